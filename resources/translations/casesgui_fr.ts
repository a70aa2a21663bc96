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
      <source>Assessment and plan</source>
      <translation>Évaluation et plan</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Referrals and follow-ups</source>
      <translation>Références et suivis</translation>
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
      <translation>Modifier l'enregistrement</translation>
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
      <translation>Date de l'entretien</translation>
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
      <translation>Clôture demandée : un·e superviseur·e doit l'approuver.</translation>
    </message>
    <message>
      <source>Case closed.</source>
      <translation>Cas clôturé.</translation>
    </message>
    <message>
      <source>Closure refused: the case stays open.</source>
      <translation>Clôture refusée : le cas reste ouvert.</translation>
    </message>
    <message>
      <source>Reopen this case?</source>
      <translation>Rouvrir ce cas ?</translation>
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
    <message numerus="yes">
      <source>at least %n case(s)</source>
      <translation>
        <numerusform>au moins %n cas</numerusform>
        <numerusform>au moins %n cas</numerusform>
      </translation>
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
      <translation>Enregistrement corrigé</translation>
    </message>
    <message>
      <source>Case assigned</source>
      <translation>Cas attribué</translation>
    </message>
    <message>
      <source>Step changed</source>
      <translation>Changement d'étape</translation>
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
      <translation>Clôture en attente d'un·e superviseur·e</translation>
    </message>
    <message>
      <source>Closure reasons: {reasons}</source>
      <translation>Motifs de clôture : {reasons}</translation>
    </message>
    <message>
      <source>Safety risk: {risk}</source>
      <translation>Risque pour la sécurité : {risk}</translation>
    </message>
      <message>
        <source>Consent pending supervisor approval</source>
        <translation>Consentement en attente d&apos;approbation par une superviseure ou un superviseur</translation>
    </message>
    <message>
        <source>Consent approved by a supervisor</source>
        <translation>Consentement approuvé par une superviseure ou un superviseur</translation>
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
      <translation>Cette information identifie la personne survivante : elle ne quitte jamais la base chiffrée sans son consentement.</translation>
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
      <translation>Nouvel enregistrement</translation>
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
      <translation>Exploitation sexuelle possible : des biens, de l'argent ou des services ont été échangés.</translation>
    </message>
    <message>
      <source>GBV type: answer the questions in order.</source>
      <translation>Type de VBG : répondez aux questions dans l'ordre.</translation>
    </message>
    <message>
      <source>GBV type: {type}</source>
      <translation>Type de VBG : {type}</translation>
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
      <translation>Cochez chaque motif qui s'applique. Un·e superviseur·e approuve la clôture.</translation>
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
      <translation>Précisez l'autre motif dans la note.</translation>
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
      <translation>Aujourd'hui</translation>
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
      <translation>Un enregistrement n'a pas été terminé (l'application a été fermée, verrouillée ou arrêtée). Voulez-vous le reprendre ?</translation>
    </message>
    <message>
      <source>Unsaved intake</source>
      <translation>Enregistrement non sauvegardé</translation>
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
      <translation>L'enregistrement non sauvegardé a été restauré.</translation>
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
      <translation>Enregistrement…</translation>
    </message>
    <message>
      <source>Not saved: an unexpected problem occurred.</source>
      <translation>Non enregistré : un problème inattendu est survenu.</translation>
    </message>
    <message>
      <source>Changes saved.</source>
      <translation>Modifications enregistrées.</translation>
    </message>
    <message>
      <source>Saved: the case is open.</source>
      <translation>Enregistré : le cas est ouvert.</translation>
    </message>
    <message numerus="yes">
      <source>The case was not opened: %n field(s) to correct.</source>
      <translation>
        <numerusform>Le cas n'a pas été ouvert : %n champ à corriger.</numerusform>
        <numerusform>Le cas n'a pas été ouvert : %n champs à corriger.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>IntakeSections</name>
    <message>
      <source>generated when the case is opened</source>
      <translation>attribué à l'ouverture du cas</translation>
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
        <translation>Un auteur présumé fait partie du personnel des Nations Unies ou humanitaire : notez ci-dessous les éléments d&apos;EAS. C&apos;est elle qui décide si l&apos;entité des Nations Unies, le point focal EAS et la Défenseure des droits des victimes sont informés : demandez-le-lui et notez sa réponse, sa date et qui l&apos;a donnée.</translation>
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
      <translation>&lt;b&gt;Plan d'action&lt;/b&gt;</translation>
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
      <translation>Passer à l'étape {number} : {name}</translation>
    </message>
  </context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>The caregiver is recorded as an alleged perpetrator: another trusted adult or the case worker gives consent, with a best-interest note, and a supervisor approves it.</source>
        <translation>Le parent ou tuteur est enregistré comme auteur présumé : un autre adulte de confiance ou la personne chargée du dossier donne le consentement, avec une note sur l&apos;intérêt supérieur de l&apos;enfant, et une superviseure ou un superviseur l&apos;approuve.</translation>
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
        <translation>Consentement en attente d&apos;approbation par une superviseure ou un superviseur : d&apos;ici là, les références qui demandent un consentement sont refusées et rien d&apos;identifiant n&apos;est partagé.</translation>
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
        <translation>Assentiment éclairé de l&apos;enfant : {answer}.</translation>
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
        <translation>{consent} : {answer}</translation>
    </message>
    <message>
        <source>{day}: {change} — {who}, recorded by {worker}</source>
        <translation>{day} : {change} — {who}, enregistré par {worker}</translation>
    </message>
</context>
</TS>