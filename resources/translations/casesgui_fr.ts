<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>BoolEditor</name>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Inconnu</translation>
    </message>
  </context>
  <context>
    <name>CaseFileView</name>
    <message>
      <source>Summary</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>Étapes</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Références</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation>Actions</translation>
    </message>
    <message>
      <source>Edit the intake</source>
      <translation>Modifier l’accueil</translation>
    </message>
    <message>
      <source>Assign</source>
      <translation>Attribuer</translation>
    </message>
    <message>
      <source>Request closure…</source>
      <translation>Demander la clôture…</translation>
    </message>
    <message>
      <source>Approve the closure</source>
      <translation>Approuver la clôture</translation>
    </message>
    <message>
      <source>Refuse the closure</source>
      <translation>Refuser la clôture</translation>
    </message>
    <message>
      <source>Reopen the case</source>
      <translation>Rouvrir le cas</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Numéro du cas</translation>
    </message>
    <message>
      <source>Survivor code</source>
      <translation>Code de la personne survivante</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>GBV type</source>
      <translation>Type de VBG</translation>
    </message>
    <message>
      <source>SEA</source>
      <translation>EAS</translation>
    </message>
    <message>
      <source>Case worker</source>
      <translation>Gestionnaire de cas</translation>
    </message>
    <message>
      <source>Date of interview</source>
      <translation>Date de l’entretien</translation>
    </message>
    <message>
      <source>Safety risk</source>
      <translation>Risque pour la sécurité</translation>
    </message>
    <message>
      <source>Step saved.</source>
      <translation>Étape enregistrée.</translation>
    </message>
    <message>
      <source>Plan saved.</source>
      <translation>Plan enregistré.</translation>
    </message>
    <message>
      <source>Note added.</source>
      <translation>Note ajoutée.</translation>
    </message>
    <message>
      <source>Case assigned.</source>
      <translation>Cas attribué.</translation>
    </message>
    <message>
      <source>Closure requested: a supervisor will approve it.</source>
      <translation>Clôture demandée : un·e superviseur·e doit l’approuver.</translation>
    </message>
    <message>
      <source>Case closed.</source>
      <translation>Cas clôturé.</translation>
    </message>
    <message>
      <source>Closure refused: the case stays open.</source>
      <translation>Clôture refusée : le cas reste ouvert.</translation>
    </message>
    <message>
      <source>Reopen this case?</source>
      <translation>Rouvrir ce cas ?</translation>
    </message>
    <message>
      <source>Case reopened.</source>
      <translation>Cas rouvert.</translation>
    </message>
      <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Consent approved.</source>
        <translation>Consentement approuvé.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
</context>
  <context>
    <name>CaseListModel</name>
    <message>
      <source>Case number</source>
      <translation>Numéro du cas</translation>
    </message>
    <message>
      <source>Survivor code</source>
      <translation>Code de la personne survivante</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Interview</source>
      <translation>Entretien</translation>
    </message>
    <message>
      <source>GBV type</source>
      <translation>Type de VBG</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>SEA</source>
      <translation>EAS</translation>
    </message>
    <message>
      <source>Case worker</source>
      <translation>Gestionnaire de cas</translation>
    </message>
    <message>
      <source>Next follow-up</source>
      <translation>Prochain suivi</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
  </context>
  <context>
    <name>CaseListView</name>
    <message>
      <source>Case number or survivor code</source>
      <translation>Numéro du cas ou code de la personne survivante</translation>
    </message>
    <message>
      <source>Follow-up overdue</source>
      <translation>Suivi en retard</translation>
    </message>
    <message>
      <source>Show names</source>
      <translation>Afficher les noms</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>GBV type</source>
      <translation>Type de VBG</translation>
    </message>
    <message>
      <source>SEA</source>
      <translation>EAS</translation>
    </message>
    <message>
      <source>Case worker</source>
      <translation>Gestionnaire de cas</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Tous</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Clôturé</translation>
    </message>
    <message>
      <source>SEA only</source>
      <translation>EAS seulement</translation>
    </message>
    <message>
      <source>Without SEA</source>
      <translation>Sans EAS</translation>
    </message>
    <message>
      <source>Case number, survivor code or name</source>
      <translation>Numéro du cas, code de la personne survivante ou nom</translation>
    </message>
    <message numerus="yes">
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n cas</numerusform>
        <numerusform>%n cas</numerusform>
      </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Cas ouverts</translation>
    </message>
    <message>
        <source>Closure requested</source>
        <translation>Clôture demandée</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Cas clôturés</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Tous les cas</translation>
    </message>
    <message numerus="yes">
      <source>at least %n case(s)</source>
      <translation>
        <numerusform>au moins %n cas</numerusform>
        <numerusform>au moins %n cas</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/gui/cases/case_list.py" />
      <source>New intake…</source>
      <translation>Nouvel accueil…</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/cases/case_list.py" />
      <source>Show all cases</source>
      <translation>Voir tous les cas</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/cases/case_list.py" />
      <source>No case matches these filters.</source>
      <translation>Aucun cas ne correspond à ces filtres.</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/cases/case_list.py" />
      <source>No open case for now: a case starts with an intake.</source>
      <translation>Aucun cas ouvert pour l’instant : un cas commence par un accueil.</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/cases/case_list.py" />
      <source>No case yet: a case starts with an intake.</source>
      <translation>Aucun cas pour l’instant : un cas commence par un accueil.</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/cases/case_list.py" />
      <source>No case in this list.</source>
      <translation>Aucun cas dans cette liste.</translation>
    </message>
    <message>
      <source>names found: most recently registered first</source>
      <translation>noms trouvés : les derniers enregistrés d’abord</translation>
    </message>
    <message>
      <source>names found: first registered first</source>
      <translation>noms trouvés : les premiers enregistrés d’abord</translation>
    </message>
</context>
  <context>
    <name>CaseText</name>
    <message>
      <source>Open</source>
      <translation>Ouvert</translation>
    </message>
    <message>
      <source>Closure requested</source>
      <translation>Clôture demandée</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Clôturé</translation>
    </message>
    <message>
      <source>Case file viewed</source>
      <translation>Dossier consulté</translation>
    </message>
    <message>
      <source>Case opened</source>
      <translation>Cas ouvert</translation>
    </message>
    <message>
      <source>Intake corrected</source>
      <translation>Accueil corrigé</translation>
    </message>
    <message>
      <source>Case assigned</source>
      <translation>Cas attribué</translation>
    </message>
    <message>
      <source>Step changed</source>
      <translation>Changement d’étape</translation>
    </message>
    <message>
      <source>Case closed</source>
      <translation>Cas clôturé</translation>
    </message>
    <message>
      <source>Case reopened</source>
      <translation>Cas rouvert</translation>
    </message>
    <message>
      <source>Note added</source>
      <translation>Note ajoutée</translation>
    </message>
    <message>
      <source>Referral created</source>
      <translation>Référence créée</translation>
    </message>
    <message>
      <source>Referral status changed</source>
      <translation>Statut de la référence modifié</translation>
    </message>
    <message>
      <source>Consent overridden by a supervisor</source>
      <translation>Consentement outrepassé par un·e superviseur·e</translation>
    </message>
    <message>
      <source>Referral letter printed</source>
      <translation>Lettre de référence imprimée</translation>
    </message>
    <message>
      <source>Case summary printed</source>
      <translation>Résumé du cas imprimé</translation>
    </message>
    <message>
      <source>Follow-up planned</source>
      <translation>Suivi planifié</translation>
    </message>
    <message>
      <source>Follow-up done</source>
      <translation>Suivi effectué</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <source>Possible sexual exploitation</source>
      <translation>Exploitation sexuelle possible</translation>
    </message>
    <message>
      <source>Closure waiting for a supervisor</source>
      <translation>Clôture en attente d’un·e superviseur·e</translation>
    </message>
    <message>
      <source>Closure reasons: {reasons}</source>
      <translation>Motifs de clôture : {reasons}</translation>
    </message>
    <message>
      <source>Safety risk: {risk}</source>
      <translation>Risque pour la sécurité : {risk}</translation>
    </message>
      <message>
        <source>Consent pending supervisor approval</source>
        <translation>Consentement en attente d’approbation par une superviseure ou un superviseur</translation>
    </message>
    <message>
        <source>Consent approved by a supervisor</source>
        <translation>Consentement approuvé par une superviseure ou un superviseur</translation>
    </message>
    <message>
      <source>SEA file changed</source>
      <translation>Dossier EAS modifié</translation>
    </message>
    <message>
        <source>New incident recorded</source>
        <translation>Nouvel incident enregistré</translation>
    </message>
    <message>
        <source>Service given by the centre recorded</source>
        <translation>Service fourni par le centre enregistré</translation>
    </message>
    <message>
        <source>Service given by the centre removed</source>
        <translation>Service fourni par le centre supprimé</translation>
    </message>
    <message>
        <source>High safety risk</source>
        <translation>Risque élevé pour la sécurité</translation>
    </message>
    <message>
        <source>Safety risk assessed</source>
        <translation>Risque pour la sécurité évalué</translation>
    </message>
    <message>
        <source>Safety plan saved</source>
        <translation>Plan de sécurité enregistré</translation>
    </message>
    <message>
        <source>Safe contact saved</source>
        <translation>Contact sûr enregistré</translation>
    </message>
</context>
  <context>
    <name>CasesForm</name>
    <message>
      <source>identifying</source>
      <translation>identifiant</translation>
    </message>
    <message>
      <source>This information identifies the survivor: it never leaves the encrypted database without consent.</source>
      <translation>Cette information identifie la personne survivante : elle ne quitte jamais la base chiffrée sans son consentement.</translation>
    </message>
  </context>
  <context>
    <name>CasesPage</name>
    <message>
      <source>Case list</source>
      <translation>Liste des cas</translation>
    </message>
    <message>
      <source>New intake</source>
      <translation>Nouvel accueil</translation>
    </message>
    <message>
      <source>Open the case file</source>
      <translation>Ouvrir le dossier</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Cas</translation>
    </message>
  </context>
  <context>
    <name>ClassificationWidget</name>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <source>Possible sexual exploitation: goods, money or services were exchanged.</source>
      <translation>Exploitation sexuelle possible : des biens, de l’argent ou des services ont été échangés.</translation>
    </message>
    <message>
      <source>GBV type: answer the questions in order.</source>
      <translation>Type de VBG : répondez aux questions dans l’ordre.</translation>
    </message>
    <message>
      <source>GBV type: {type}</source>
      <translation>Type de VBG : {type}</translation>
    </message>
    <message>
      <source>GBV type: not known yet</source>
      <translation>Type de VBG : pas encore connu</translation>
    </message>
  </context>
  <context>
    <name>ClosureDialog</name>
    <message>
      <source>Request closure</source>
      <translation>Demander la clôture</translation>
    </message>
    <message>
      <source>Tick every reason that applies. A supervisor approves the closure.</source>
      <translation>Cochez chaque motif qui s’applique. Un·e superviseur·e approuve la clôture.</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Tick at least one reason.</source>
      <translation>Cochez au moins un motif.</translation>
    </message>
    <message>
      <source>Say what the other reason is in the note.</source>
      <translation>Précisez l’autre motif dans la note.</translation>
    </message>
  </context>
  <context>
    <name>DateEditor</name>
    <message>
      <source>not set</source>
      <translation>non renseigné</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Aujourd’hui</translation>
    </message>
    <message>
      <source>Clear the date</source>
      <translation>Effacer la date</translation>
    </message>
  </context>
  <context>
    <name>HistoryPanel</name>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Quoi</translation>
    </message>
  </context>
  <context>
    <name>IntEditor</name>
    <message>
      <source>not set</source>
      <translation>non renseigné</translation>
    </message>
  </context>
  <context>
    <name>IntakeDrafts</name>
    <message>
      <source>An intake was not finished (the application was closed, locked or stopped). Do you want to continue it?</source>
      <translation>Un accueil n’a pas été terminé (l’application a été fermée, verrouillée ou arrêtée). Voulez-vous le reprendre ?</translation>
    </message>
    <message>
      <source>Unsaved intake</source>
      <translation>Accueil non terminé</translation>
    </message>
    <message>
      <source>Continue it</source>
      <translation>Le reprendre</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Pas maintenant</translation>
    </message>
    <message>
      <source>The unsaved intake was restored.</source>
      <translation>L’accueil non sauvegardé a été restauré.</translation>
    </message>
  </context>
  <context>
    <name>IntakeForm</name>
    <message>
      <source>Save draft</source>
      <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
      <source>Open case</source>
      <translation>Ouvrir le cas</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/cases/intake_form.py" line="153" />
      <location filename="../../desktop/gui/cases/intake_form.py" line="224" />
      <source>Save changes</source>
      <translation>Enregistrer les modifications</translation>
    </message>
    <message>
      <source>Draft saved.</source>
      <translation>Brouillon enregistré.</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Enregistrement en cours…</translation>
    </message>
    <message>
      <source>Not saved: an unexpected problem occurred.</source>
      <translation>Non enregistré : un problème inattendu est survenu.</translation>
    </message>
    <message>
      <source>Changes saved.</source>
      <translation>Modifications enregistrées.</translation>
    </message>
    <message>
      <source>Saved: the case is open.</source>
      <translation>Enregistré : le cas est ouvert.</translation>
    </message>
    <message numerus="yes">
      <source>The case was not opened: %n field(s) to correct.</source>
      <translation>
        <numerusform>Le cas n’a pas été ouvert : %n champ à corriger.</numerusform>
        <numerusform>Le cas n’a pas été ouvert : %n champs à corriger.</numerusform>
      </translation>
    </message>
    <message>
      <source>‹ Previous</source>
      <translation>‹ Précédent</translation>
    </message>
    <message>
      <source>Next ›</source>
      <translation>Suivant ›</translation>
    </message>
    <message>
      <source>Step {number} of {count} — {title}</source>
      <translation>Étape {number} sur {count} — {title}</translation>
    </message>
    <message>
      <source>Saved: case {number} is open.</source>
      <translation>Enregistré : le cas {number} est ouvert.</translation>
    </message>
    <message>
      <source>New intake</source>
      <translation>Nouvel accueil</translation>
    </message>
    <message>
      <source>Intake of case {number}</source>
      <translation>Accueil du cas {number}</translation>
    </message>
  </context>
  <context>
    <name>IntakeSections</name>
    <message>
      <source>generated when the case is opened</source>
      <translation>attribué à l’ouverture du cas</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Numéro du cas</translation>
    </message>
    <message>
      <source>Survivor code</source>
      <translation>Code de la personne survivante</translation>
    </message>
      <message>
        <source>A perpetrator is UN or humanitarian personnel: record the SEA details below. She decides whether the UN entity, the SEA focal point and the Victims&apos; Rights Advocate are informed: ask her, and record her answer with its date and who gave it.</source>
        <translation>Un auteur présumé fait partie du personnel des Nations Unies ou humanitaire : notez ci-dessous les éléments d’EAS. C’est elle qui décide si l’entité des Nations Unies, le point focal EAS et la Défenseure des droits des victimes sont informés : demandez-le-lui et notez sa réponse, sa date et qui l’a donnée.</translation>
    </message>
    <message>
        <source>Safety: ask each question; the level follows from her answers (set another level only with a reason). Who threatens her is a relationship, never a name.</source>
        <translation>Sécurité : posez chaque question ; le niveau découle de ses réponses (n’en choisissez un autre qu’avec un motif). Qui la menace : un lien, jamais un nom.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <source>Level the answers suggest: {level}</source>
        <translation>Niveau suggéré par les réponses : {level}</translation>
    </message>
</context>
  <context>
    <name>NotesPanel</name>
    <message>
      <source>Write a note…</source>
      <translation>Écrire une note…</translation>
    </message>
    <message>
      <source>Add the note</source>
      <translation>Ajouter la note</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/cases/case_file_parts.py" />
      <source>No note yet: write the first one below.</source>
      <translation>Aucune note pour l’instant : écrivez la première ci-dessous.</translation>
    </message>
  </context>
  <context>
    <name>PerpetratorList</name>
    <message>
      <source>Add a perpetrator</source>
      <translation>Ajouter un auteur présumé</translation>
    </message>
  </context>
  <context>
    <name>PerpetratorPanel</name>
    <message>
      <source>Alleged perpetrator {number}</source>
      <translation>Auteur présumé {number}</translation>
    </message>
    <message>
      <source>Remove this perpetrator</source>
      <translation>Retirer cet auteur présumé</translation>
    </message>
  </context>
  <context>
    <name>PlanPanel</name>
    <message>
      <source>&lt;b&gt;Initial assessment&lt;/b&gt;</source>
      <translation>&lt;b&gt;Évaluation initiale&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Action plan&lt;/b&gt;</source>
      <translation>&lt;b&gt;Plan d’action&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Save the plan</source>
      <translation>Enregistrer le plan</translation>
    </message>
  </context>
  <context>
    <name>StepsPanel</name>
    <message>
      <source>Move to step {number}: {name}</source>
      <translation>Passer à l’étape {number} : {name}</translation>
    </message>
  </context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>The caregiver is recorded as an alleged perpetrator: another trusted adult or the case worker gives consent, with a best-interest note, and a supervisor approves it.</source>
        <translation>Le parent ou tuteur est enregistré comme auteur présumé : un autre adulte de confiance ou la personne chargée du dossier donne le consentement, avec une note sur l’intérêt supérieur de l’enfant, et une superviseure ou un superviseur l’approuve.</translation>
    </message>
    <message>
        <source>Child survivor — {band}.</source>
        <translation>Enfant — {band}.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Approve this consent</source>
        <translation>Approuver ce consentement</translation>
    </message>
    <message>
        <source>Consent pending supervisor approval: until then referrals that need consent are refused and nothing identifying is shared.</source>
        <translation>Consentement en attente d’approbation par une superviseure ou un superviseur : d’ici là, les références qui demandent un consentement sont refusées et rien d’identifiant n’est partagé.</translation>
    </message>
    <message>
        <source>Consent approved by {who} on {when}.</source>
        <translation>Consentement approuvé par {who} le {when}.</translation>
    </message>
    <message>
        <source>Caregiver&apos;s consent not asked — {why}.</source>
        <translation>Consentement du parent ou tuteur non demandé — {why}.</translation>
    </message>
    <message>
        <source>The child&apos;s informed assent: {answer}.</source>
        <translation>Assentiment éclairé de l’enfant : {answer}.</translation>
    </message>
    <message>
        <source>given by {who} on {day}, recorded by {worker}</source>
        <translation>donné par {who} le {day}, enregistré par {worker}</translation>
    </message>
    <message>
        <source>withdrawn on {day}</source>
        <translation>retiré le {day}</translation>
    </message>
    <message>
        <source>{consent}: {answer}</source>
        <translation>{consent} : {answer}</translation>
    </message>
    <message>
        <source>{day}: {change} — {who}, recorded by {worker}</source>
        <translation>{day} : {change} — {who}, enregistré par {worker}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/cases/consent_panel.py" />
      <source>No consent recorded: record her consents in the intake (Edit the intake).</source>
      <translation>Aucun consentement enregistré : enregistrez ses consentements dans l’accueil (Modifier l’accueil).</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/cases/consent_panel.py" />
      <source>answered by {who} on {day}, recorded by {worker}</source>
      <translation>réponse de {who} le {day}, enregistrée par {worker}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/cases/consent_panel.py" />
      <source>Best-interest note: {note}</source>
      <translation>Note sur l’intérêt supérieur de l’enfant : {note}</translation>
    </message>
</context>
  <context>
    <name>SeaPanel</name>
    <message>
      <source>The allegation and the investigation</source>
      <translation>L’allégation et l’enquête</translation>
    </message>
    <message>
      <source>Save the SEA file</source>
      <translation>Enregistrer le dossier EAS</translation>
    </message>
    <message>
      <source>Computed from her date of birth and the incident&apos;s date.</source>
      <translation>Calculé d’après sa date de naissance et la date de l’incident.</translation>
    </message>
    <message>
      <source>Her date of birth or the incident&apos;s date is not known: enter her age.</source>
      <translation>Sa date de naissance ou la date de l’incident n’est pas connue : saisissez son âge.</translation>
    </message>
    <message>
      <source>SEA file saved.</source>
      <translation>Dossier EAS enregistré.</translation>
    </message>
    <message>
      <source>Nothing to save: the SEA file is as shown.</source>
      <translation>Rien à enregistrer : le dossier EAS est tel qu’affiché.</translation>
    </message>
    <message>
      <source>Child {n}</source>
      <translation>Enfant {n}</translation>
    </message>
    <message>
      <source>The victim herself</source>
      <translation>La victime elle-même</translation>
    </message>
    <message>
      <source>Remove this entry from the SEA file?</source>
      <translation>Retirer cette entrée du dossier EAS ?</translation>
    </message>
    <message>
      <source>Incident</source>
      <translation>Incident</translation>
    </message>
    <message>
      <source>Incident {n}</source>
      <translation>Incident {n}</translation>
    </message>
  </context>
  <context>
    <name>SeaEntryDialog</name>
    <message>
      <source>A child born of SEA</source>
      <translation>Un enfant né d’EAS</translation>
    </message>
    <message>
      <source>Paternity and child-support claim</source>
      <translation>Demande de paternité et de pension alimentaire</translation>
    </message>
    <message>
      <source>The victim was informed</source>
      <translation>La victime a été informée</translation>
    </message>
    <message>
      <source>Assistance (UN Protocol)</source>
      <translation>Assistance (Protocole des Nations Unies)</translation>
    </message>
  </context>
  <context>
    <name>SeaTables</name>
    <message>
      <source>Children born of SEA</source>
      <translation>Enfants nés d’EAS</translation>
    </message>
    <message>
      <source>Child</source>
      <translation>Enfant</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <source>Paternity and child-support claims</source>
      <translation>Demandes de paternité et de pension alimentaire</translation>
    </message>
    <message>
      <source>Claim made</source>
      <translation>Demande faite</translation>
    </message>
    <message>
      <source>DNA sample</source>
      <translation>Prélèvement ADN</translation>
    </message>
    <message>
      <source>Paternity established</source>
      <translation>Paternité établie</translation>
    </message>
    <message>
      <source>Support ordered</source>
      <translation>Pension ordonnée</translation>
    </message>
    <message>
      <source>Support paid</source>
      <translation>Pension versée</translation>
    </message>
    <message>
      <source>Victim informed of the investigation</source>
      <translation>Information de la victime sur l’enquête</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Informed of</source>
      <translation>Objet</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Enregistré par</translation>
    </message>
    <message>
      <source>Assistance (UN Protocol)</source>
      <translation>Assistance (Protocole des Nations Unies)</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Pour</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Au</translation>
    </message>
    <message>
      <source>Provider or staff</source>
      <translation>Prestataire ou membre du personnel</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Ajouter…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Record a step…</source>
      <translation>Enregistrer une étape…</translation>
    </message>
    <message>
      <source>Child {n}</source>
      <translation>Enfant {n}</translation>
    </message>
    <message>
      <source>The victim</source>
      <translation>La victime</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/cases/sea_tables.py" />
      <source>None recorded yet.</source>
      <translation>Rien d’enregistré pour l’instant.</translation>
    </message>
  </context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Told on</source>
        <translation>Rapporté le</translation>
    </message>
    <message>
        <source>Date of incident</source>
        <translation>Date de l’incident</translation>
    </message>
    <message>
        <source>Type of GBV</source>
        <translation>Type de VBG</translation>
    </message>
    <message>
        <source>Alleged perpetrators</source>
        <translation>Auteurs présumés</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Mandatory report</source>
        <translation>Signalement obligatoire</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Nouvel incident…</translation>
    </message>
    <message>
        <source>A survivor who comes back after a new incident keeps her case: record the incident here. Each incident is counted in the statistics and the Incident Recorder.</source>
        <translation>Une personne survivante qui revient après un nouvel incident garde son dossier : enregistrez l’incident ici. Chaque incident est compté dans les statistiques et l’Incident Recorder.</translation>
    </message>
    <message>
        <source>Yes: {to}, {on}</source>
        <translation>Oui : {to}, {on}</translation>
    </message>
    <message>
        <source>she was not told first</source>
        <translation>elle n’a pas été informée avant</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>The case is closed: reopen it (Actions) to record a new incident.</source>
        <translation>Le dossier est clos : rouvrez-le (Actions) pour enregistrer un nouvel incident.</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>When she told the centre</source>
        <translation>Quand elle en a parlé au centre</translation>
    </message>
    <message>
        <source>Date of interview for this incident *</source>
        <translation>Date de l’entretien pour cet incident *</translation>
    </message>
    <message>
        <source>She keeps her case number and survivor code; this incident is counted in the statistics and the Incident Recorder in the period of this interview.</source>
        <translation>Elle garde son numéro de dossier et son code ; cet incident est compté dans les statistiques et l’Incident Recorder dans la période de cet entretien.</translation>
    </message>
    <message>
        <source>Save the incident</source>
        <translation>Enregistrer l’incident</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) to correct.</source>
        <translation>
            <numerusform>Non enregistré : %n champ à corriger.</numerusform>
            <numerusform>Non enregistré : %n champs à corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>The unsaved incident was restored.</source>
        <translation>L’incident non enregistré a été restauré.</translation>
    </message>
</context>
<context>
    <name>ServicesGivenPanel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Fourni par</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A short note (what was done), optional</source>
        <translation>Une courte note (ce qui a été fait), facultative</translation>
    </message>
    <message>
        <source>Record the service</source>
        <translation>Enregistrer le service</translation>
    </message>
    <message>
        <source>Remove the selected service…</source>
        <translation>Supprimer le service sélectionné…</translation>
    </message>
    <message>
        <source>Medical, psychosocial and other services the centre gives itself (not referred). They count as assistance in the reports and the Incident Recorder.</source>
        <translation>Services médicaux, psychosociaux et autres fournis par le centre lui-même (sans référence). Ils comptent comme assistance dans les rapports et l’Incident Recorder.</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Fourni le</translation>
    </message>
    <message>
        <source>Remove this service? Do it only for a service recorded by mistake.</source>
        <translation>Supprimer ce service ? Faites-le seulement pour un service enregistré par erreur.</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/cases/services_panel.py" />
      <source>No service given by the centre recorded yet: record one below.</source>
      <translation>Aucun service donné par le centre enregistré pour l’instant : enregistrez-en un ci-dessous.</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>New risk assessment</source>
        <translation>Nouvelle évaluation du risque</translation>
    </message>
    <message>
        <source>Level the answers suggest</source>
        <translation>Niveau suggéré par les réponses</translation>
    </message>
    <message>
        <source>As suggested</source>
        <translation>Comme suggéré</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Why, when the level is not the one suggested</source>
        <translation>Pourquoi, quand le niveau n’est pas celui suggéré</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Record the assessment</source>
        <translation>Enregistrer l’évaluation</translation>
    </message>
    <message>
        <source>Assessments (newest first)</source>
        <translation>Évaluations (la plus récente en premier)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Recorded in</source>
        <translation>Saisie dans</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Before assessments</source>
        <translation>Avant les évaluations</translation>
    </message>
    <message>
        <source>Safety risk: {level}</source>
        <translation>Risque pour la sécurité : {level}</translation>
    </message>
    <message>
        <source>latest assessment on {day} by {person}</source>
        <translation>dernière évaluation le {day} par {person}</translation>
    </message>
    <message>
        <source>no assessment yet</source>
        <translation>pas encore d’évaluation</translation>
    </message>
    <message>
        <source>none yet (answer the questions)</source>
        <translation>aucun pour l’instant (répondez aux questions)</translation>
    </message>
    <message>
        <source>Assessment recorded.</source>
        <translation>Évaluation enregistrée.</translation>
    </message>
    <message>
        <source>Safety plan saved.</source>
        <translation>Plan de sécurité enregistré.</translation>
    </message>
    <message>
        <source>Safe contact saved.</source>
        <translation>Contact sûr enregistré.</translation>
    </message>
    <message>
        <source>No answer recorded (a level only).</source>
        <translation>Aucune réponse enregistrée (un niveau seulement).</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/cases/safety_panel.py" />
      <source>No assessment yet: answer the questions and record it.</source>
      <translation>Aucune évaluation pour l’instant : répondez aux questions et enregistrez-la.</translation>
    </message>
</context>
<context>
    <name>SafeContactBox</name>
    <message>
        <source>Safe contact</source>
        <translation>Contact sûr</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>May we call her?</source>
        <translation>Pouvons-nous l’appeler ?</translation>
    </message>
    <message>
        <source>May we leave a message?</source>
        <translation>Pouvons-nous laisser un message ?</translation>
    </message>
    <message>
        <source>When is it safe to call?</source>
        <translation>Quand peut-on l’appeler sans danger ?</translation>
    </message>
    <message>
        <source>Another safe number</source>
        <translation>Autre numéro sûr</translation>
    </message>
    <message>
        <source>Code word, or what to say if someone else answers</source>
        <translation>Mot de passe, ou quoi dire si quelqu’un d’autre répond</translation>
    </message>
    <message>
        <source>Save safe contact</source>
        <translation>Enregistrer le contact sûr</translation>
    </message>
</context>
<context>
    <name>SafetyPlanBox</name>
    <message>
        <source>Safety plan, in her words</source>
        <translation>Plan de sécurité, dans ses mots</translation>
    </message>
    <message>
        <source>Her concerns</source>
        <translation>Ses inquiétudes</translation>
    </message>
    <message>
        <source>People she trusts</source>
        <translation>Personnes de confiance</translation>
    </message>
    <message>
        <source>Safe places</source>
        <translation>Lieux sûrs</translation>
    </message>
    <message>
        <source>What she will do</source>
        <translation>Ce qu’elle fera</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contacts d’urgence</translation>
    </message>
    <message>
        <source>Save the safety plan</source>
        <translation>Enregistrer le plan de sécurité</translation>
    </message>
    <message>
        <source>Last saved by {person}</source>
        <translation>Dernier enregistrement par {person}</translation>
    </message>
</context>
  <context>
    <name>ConsentGrid</name>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <source>Not asked</source>
      <translation>Non demandé</translation>
    </message>
    <message>
      <source>Release information to:</source>
      <translation>Partager ses informations avec :</translation>
    </message>
  </context>
  <context>
    <name>StepOutline</name>
    <message numerus="yes">
      <source>✗ %n error(s) to correct</source>
      <translation>
        <numerusform>✗ %n erreur à corriger</numerusform>
        <numerusform>✗ %n erreurs à corriger</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n filled</source>
      <translation>
        <numerusform>%n rempli</numerusform>
        <numerusform>%n remplis</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n to complete</source>
      <translation>
        <numerusform>%n à compléter</numerusform>
        <numerusform>%n à compléter</numerusform>
      </translation>
    </message>
    <message>
      <source>Optional</source>
      <translation>Facultatif</translation>
    </message>
  </context>
</TS>