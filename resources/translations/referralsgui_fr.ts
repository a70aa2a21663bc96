<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>CaseReferralsPanel</name>
    <message>
        <location filename="../../desktop/gui/referrals/case_panel.py" line="46" />
        <source>New referral…</source>
        <translation>Nouvelle référence…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/case_panel.py" line="49" />
        <source>Schedule a follow-up…</source>
        <translation>Planifier un suivi…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/case_panel.py" line="52" />
        <source>Mark the follow-up done…</source>
        <translation>Marquer le suivi comme fait…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/case_panel.py" line="65" />
        <source>Due on</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/case_panel.py" line="65" />
        <source>Referral</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/case_panel.py" line="66" />
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/case_panel.py" line="66" />
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/case_panel.py" line="67" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/case_panel.py" line="78" />
        <source>&lt;b&gt;Follow-ups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Suivis&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/referrals/case_panel.py" />
      <source>No referral yet.</source>
      <translation>Aucune référence pour l’instant.</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/referrals/case_panel.py" />
      <source>Open the referral</source>
      <translation>Ouvrir la référence</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/referrals/case_panel.py" />
      <source>No follow-up planned yet.</source>
      <translation>Aucun suivi prévu pour l’instant.</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/referrals/case_panel.py" />
      <source>Open its referral</source>
      <translation>Ouvrir sa référence</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/referrals/case_panel.py" />
      <source>&lt;b&gt;Referrals&lt;/b&gt;</source>
      <translation>&lt;b&gt;Références&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/referrals/case_panel.py" />
      <source>Back to the case's referrals</source>
      <translation>Retour aux références du cas</translation>
    </message>
    <message>
        <source>View the review…</source>
        <translation>Voir la revue…</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../desktop/gui/directory/page.py" line="42" />
        <source>Search by name, town, contact…</source>
        <translation>Rechercher par nom, ville, contact…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/page.py" line="44" />
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/page.py" line="46" />
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/page.py" line="47" />
        <source>Show inactive</source>
        <translation>Afficher les inactifs</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/page.py" line="60" />
        <source>Add a provider…</source>
        <translation>Ajouter un prestataire…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/page.py" line="61" />
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/page.py" line="62" />
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/page.py" line="66" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/page.py" line="97" />
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/page.py" line="124" />
        <source>{count} providers</source>
        <translation>{count} prestataires</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/page.py" line="135" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/page.py" line="135" />
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/page.py" line="176" />
        <source>Deactivate {name}? It will no longer be offered for new referrals.</source>
        <translation>Désactiver {name} ? Il ne sera plus proposé pour les nouvelles références.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/page.py" line="200" />
        <source>Export the directory</source>
        <translation>Exporter l’annuaire</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/page.py" line="209" />
        <source>{count} providers written to {path}.</source>
        <translation>{count} prestataires écrits dans {path}.</translation>
    </message>
    <message>
        <source>Import (CSV, Excel)…</source>
        <translation>Importer (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Import providers from a CSV or Excel file</source>
        <translation>Importer des prestataires depuis un fichier CSV ou Excel</translation>
    </message>
    <message>
        <source>{added} providers added, {updated} updated, {unchanged} already up to date, {skipped} rows skipped.</source>
        <translation>{added} prestataires ajoutés, {updated} mis à jour, {unchanged} déjà à jour, {skipped} lignes ignorées.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <location filename="../../desktop/gui/followups/dialogs.py" line="77" />
        <source>Follow-up done</source>
        <translation>Suivi fait</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/dialogs.py" line="80" />
        <source>Outcome: what was found, what comes next</source>
        <translation>Résultat : ce qui a été constaté, la suite</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <location filename="../../desktop/gui/followups/page.py" line="37" />
        <source>Due on</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/page.py" line="37" />
        <source>Case</source>
        <translation>N° du cas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/page.py" line="37" />
        <source>Referral</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/page.py" line="38" />
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/page.py" line="38" />
        <source>Assigned to</source>
        <translation>Confié à</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../desktop/gui/followups/page.py" line="73" />
        <source>My follow-ups</source>
        <translation>Mes suivis</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/page.py" line="74" />
        <source>Whole site</source>
        <translation>Tout le site</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/page.py" line="85" />
        <source>Mark done…</source>
        <translation>Marquer comme fait…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/page.py" line="89" />
        <source>&lt;b&gt;Follow-ups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Suivis&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/page.py" line="105" />
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/page.py" line="140" />
        <source>&lt;b&gt;Due today&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;Prévus aujourd’hui&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/page.py" line="141" />
        <source>&lt;b&gt;Overdue&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;En retard&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <source>Case number, referral, purpose or person</source>
        <translation>N° du cas, référence, objet ou personne</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/followups/page.py" />
      <source>Open the case file</source>
      <translation>Ouvrir le dossier</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/followups/page.py" />
      <source>Open the referral</source>
      <translation>Ouvrir la référence</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/followups/page.py" />
      <source>Nothing due today.</source>
      <translation>Rien de prévu aujourd’hui.</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/followups/page.py" />
      <source>No follow-up overdue.</source>
      <translation>Aucun suivi en retard.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import of the directory — preview</source>
        <translation>Import de l’annuaire — aperçu</translation>
    </message>
    <message>
        <source>&lt;b&gt;{add} to add, {update} to update&lt;/b&gt;, {unchanged} already up to date, {merged} merged into an earlier row, &lt;b&gt;{skip} to skip&lt;/b&gt;. Nothing is written until you click Import.</source>
        <translation>&lt;b&gt;{add} à ajouter, {update} à mettre à jour&lt;/b&gt;, {unchanged} déjà à jour, {merged} fusionnées avec une ligne précédente, &lt;b&gt;{skip} ignorées&lt;/b&gt;. Rien n’est écrit avant que vous cliquiez sur Importer.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Read as an Excel workbook, sheet "{sheet}"; column names on row {line}.</source>
        <translation>Lu comme un classeur Excel, feuille « {sheet} » ; noms des colonnes à la ligne {line}.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Read as {encoding} text, separator "{separator}"; column names on line {line}.</source>
        <translation>Lu comme du texte {encoding}, séparateur « {separator} » ; noms des colonnes à la ligne {line}.</translation>
    </message>
    <message>
        <source>Columns not used: {columns}.</source>
        <translation>Colonnes non utilisées : {columns}.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Déjà à jour</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnée</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Problems and changes</source>
        <translation>Problèmes et modifications</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>town</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>services</source>
        <translation>services</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horaires</translation>
    </message>
    <message>
        <source>SEA cases</source>
        <translation>cas EAS</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>remarques</translation>
    </message>
    <message>
        <source>Changes: {fields}.</source>
        <translation>Modifications : {fields}.</translation>
    </message>
    <message>
        <source>{column} (like "{field}"? add it to the synonyms)</source>
        <translation>{column} (comme « {field} » ? ajoutez-la aux synonymes)</translation>
    </message>
</context>
<context>
    <name>NewReferralDialog</name>
    <message>
        <location filename="../../desktop/gui/referrals/new_referral.py" line="53" />
        <source>New referral</source>
        <translation>Nouvelle référence</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/new_referral.py" line="59" />
        <source>Case {number} — survivor {code}</source>
        <translation>Cas {number} — personne survivante {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/new_referral.py" line="62" />
        <source>Services requested</source>
        <translation>Services demandés</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/new_referral.py" line="83" />
        <source>Why this referral, what the survivor needs…</source>
        <translation>Pourquoi cette référence, ce dont la personne survivante a besoin…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/new_referral.py" line="87" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/new_referral.py" line="88" />
        <source>Response due by</source>
        <translation>Réponse attendue le</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/new_referral.py" line="89" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/new_referral.py" line="96" />
        <source>Create the referral</source>
        <translation>Créer la référence</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/new_referral.py" line="104" />
        <source>Matching providers</source>
        <translation>Prestataires correspondants</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/new_referral.py" line="105" />
        <source> (taking SEA cases)</source>
        <translation> (acceptant les cas d’EAS)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/new_referral.py" line="122" />
        <source>Supervisor override</source>
        <translation>Dérogation de la superviseure</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/new_referral.py" line="124" />
        <source>Override the missing consent (recorded and audited)</source>
        <translation>Passer outre le consentement manquant (enregistré et journalisé)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/new_referral.py" line="130" />
        <source>Written reason for the override (required)</source>
        <translation>Motif écrit de la dérogation (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/new_referral.py" line="156" />
        <source>The survivor has not consented to release information for: {services}.</source>
        <translation>La personne survivante n’a pas consenti à la transmission d’informations pour : {services}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/new_referral.py" line="160" />
        <source>A referral is refused without consent, unless you override it as a supervisor with a written reason.</source>
        <translation>Sans consentement, la référence est refusée, sauf si vous, en tant que superviseure, passez outre avec un motif écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/new_referral.py" line="163" />
        <source>This referral cannot be made. Only a supervisor can override the missing consent, with a written reason.</source>
        <translation>Cette référence ne peut pas être faite. Seule une superviseure peut passer outre le consentement manquant, avec un motif écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/new_referral.py" line="175" />
        <source>Tick the services needed to see the providers.</source>
        <translation>Cochez les services nécessaires pour voir les prestataires.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/new_referral.py" line="187" />
        <source>No active provider in the directory offers all these services. Choose fewer services, or ask the administrator to complete the directory.</source>
        <translation>Aucun prestataire actif de l’annuaire n’offre tous ces services. Choisissez moins de services, ou demandez à l’administrateur de compléter l’annuaire.</translation>
    </message>
    <message>
        <source>High safety risk: the priority starts at the highest one (you may lower it).</source>
        <translation>Risque élevé pour la sécurité : la priorité commence au plus haut (vous pouvez la baisser).</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <location filename="../../desktop/gui/directory/provider_dialog.py" line="35" />
        <source>Service provider</source>
        <translation>Prestataire de services</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/provider_dialog.py" line="36" />
        <source>New service provider</source>
        <translation>Nouveau prestataire de services</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/provider_dialog.py" line="48" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/provider_dialog.py" line="49" />
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/provider_dialog.py" line="52" />
        <source>Services offered</source>
        <translation>Services offerts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/provider_dialog.py" line="56" />
        <source>Takes cases of sexual exploitation and abuse (SEA)</source>
        <translation>Accepte les cas d’exploitation et d’abus sexuels (EAS)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/provider_dialog.py" line="59" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/provider_dialog.py" line="86" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/provider_dialog.py" line="86" />
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/provider_dialog.py" line="86" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/provider_dialog.py" line="87" />
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/provider_dialog.py" line="87" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/provider_dialog.py" line="88" />
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/provider_dialog.py" line="88" />
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/provider_dialog.py" line="89" />
        <source>Opening hours</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/provider_dialog.py" line="89" />
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>ProviderModel</name>
    <message>
        <location filename="../../desktop/gui/directory/model.py" line="24" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/model.py" line="24" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/model.py" line="25" />
        <source>Town, region</source>
        <translation>Ville, région</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/model.py" line="25" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/model.py" line="26" />
        <source>Takes SEA cases</source>
        <translation>Cas d’EAS</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/model.py" line="26" />
        <location filename="../../desktop/gui/directory/model.py" line="49" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/model.py" line="48" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/model.py" line="48" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/directory/model.py" line="49" />
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
</context>
<context>
    <name>ReferralDetail</name>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="56" />
        <source>Referral</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="59" />
        <source>Reference</source>
        <translation>N° de référence</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="59" />
        <source>Case</source>
        <translation>N° du cas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="60" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="60" />
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="61" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="61" />
        <source>Response due by</source>
        <translation>Réponse attendue le</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="62" />
        <location filename="../../desktop/gui/referrals/detail.py" line="73" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="62" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="63" />
        <source>Consent override</source>
        <translation>Dérogation au consentement</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="73" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="73" />
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="74" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="91" />
        <source>&lt;b&gt;Status history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique des statuts&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="106" />
        <source>Change the status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="113" />
        <source>Note (what happened)</source>
        <translation>Note (ce qui s’est passé)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="115" />
        <source>Save the status</source>
        <translation>Enregistrer le statut</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="121" />
        <source>Provider's feedback (counter-referral)</source>
        <translation>Retour du prestataire (contre-référence)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="134" />
        <source>Save the feedback</source>
        <translation>Enregistrer le retour</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="135" />
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="136" />
        <source>Services given</source>
        <translation>Services fournis</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="137" />
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="141" />
        <source>Letter and follow-up</source>
        <translation>Lettre et suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="145" />
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="146" />
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="149" />
        <source>Preview / print…</source>
        <translation>Aperçu / imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="151" />
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="153" />
        <source>Follow-up for this referral…</source>
        <translation>Suivi de cette référence…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="256" />
        <source>What you had typed before the lock is back.</source>
        <translation>Ce que vous aviez saisi avant le verrouillage est rétabli.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="268" />
        <source>Yes — {reason}</source>
        <translation>Oui — {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="269" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="299" />
        <source>Status saved.</source>
        <translation>Statut enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/detail.py" line="308" />
        <source>Feedback saved.</source>
        <translation>Retour enregistré.</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/referrals/detail.py" />
      <source>Open the case file</source>
      <translation>Ouvrir le dossier</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/gui/referrals/detail.py" />
      <source>Letter issued %n time(s): a reprint is marked COPY.</source>
      <translation>
        <numerusform>Lettre émise %n fois : une réimpression porte la mention COPIE.</numerusform>
        <numerusform>Lettre émise %n fois : une réimpression porte la mention COPIE.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/gui/referrals/detail.py" />
      <source>Reprint / preview…</source>
      <translation>Réimprimer / aperçu…</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/referrals/detail.py" />
      <source>No letter issued yet.</source>
      <translation>Aucune lettre émise pour l’instant.</translation>
    </message>
</context>
<context>
    <name>ReferralLetter</name>
    <message>
        <location filename="../../desktop/gui/referrals/letter.py" line="53" />
        <source>Referral letter — preview</source>
        <translation>Lettre de référence — aperçu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/letter.py" line="64" />
        <source>Save the letter as PDF</source>
        <translation>Enregistrer la lettre en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/letter.py" line="80" />
        <source>The letter could not be written to this place.</source>
        <translation>La lettre n’a pas pu être écrite à cet endroit.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/letter.py" line="82" />
        <source>Choose another folder or a USB key with free space.</source>
        <translation>Choisissez un autre dossier ou une clé USB avec de la place libre.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/letter.py" line="34" />
        <source>Referral letter {reference}</source>
        <translation>Lettre de référence {reference}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/letter.py" line="60" />
        <source>The printer did not accept the letter.</source>
        <translation>L’imprimante n’a pas accepté la lettre.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/letter.py" line="62" />
        <source>Check that the printer is on and connected, then print again. This print was not recorded.</source>
        <translation>Vérifiez que l’imprimante est allumée et connectée, puis imprimez à nouveau. Cette impression n’a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>ReferralModel</name>
    <message>
        <location filename="../../desktop/gui/referrals/list_model.py" line="39" />
        <source>Reference</source>
        <translation>N° de référence</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/list_model.py" line="39" />
        <source>Case</source>
        <translation>N° du cas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/list_model.py" line="40" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/list_model.py" line="40" />
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/list_model.py" line="41" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/list_model.py" line="41" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/list_model.py" line="53" />
        <source>The provider's answer is late.</source>
        <translation>La réponse du prestataire est en retard.</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../../desktop/gui/referrals/page.py" line="39" />
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/page.py" line="46" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/page.py" line="70" />
        <source>Referrals</source>
        <translation>Références</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/page.py" line="97" />
        <source>{count} referrals</source>
        <translation>{count} références</translation>
    </message>
    <message>
        <source>{count} referral</source>
        <translation>{count} référence</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/referrals/page.py" line="123" />
        <source>Follow-up scheduled.</source>
        <translation>Suivi planifié.</translation>
    </message>
    <message>
        <source>Reference, case number, service or provider</source>
        <translation>Référence, n° du cas, service ou prestataire</translation>
    </message>
    <message>
        <source>To do (draft, sent, accepted)</source>
        <translation>À traiter (brouillon, envoyée, acceptée)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <source>at least {count} referrals</source>
        <translation>au moins {count} références</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/referrals/page.py" />
      <source>Open the case file</source>
      <translation>Ouvrir le dossier</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/referrals/page.py" />
      <source>Show every referral</source>
      <translation>Voir toutes les références</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/referrals/page.py" />
      <source>No referral matches this search.</source>
      <translation>Aucune référence ne correspond à cette recherche.</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/referrals/page.py" />
      <source>No referral waiting: nothing to do here today.</source>
      <translation>Aucune référence en attente : rien à faire ici aujourd’hui.</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/referrals/page.py" />
      <source>No referral with this status.</source>
      <translation>Aucune référence avec ce statut.</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/referrals/page.py" />
      <source>No referral yet. A referral is made from a case file, tab Referrals: New referral…</source>
      <translation>Aucune référence pour l’instant. Une référence se fait depuis un dossier, onglet Références : Nouvelle référence…</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../desktop/gui/followups/dialogs.py" line="33" />
        <source>Schedule a follow-up</source>
        <translation>Planifier un suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/dialogs.py" line="47" />
        <source>What to check (e.g. whether the survivor received the service)</source>
        <translation>Ce qu’il faut vérifier (par ex. si la personne survivante a reçu le service)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/dialogs.py" line="52" />
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/dialogs.py" line="53" />
        <source>Due on</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/dialogs.py" line="54" />
        <source>Assigned to</source>
        <translation>Confié à</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/followups/dialogs.py" line="55" />
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
</context>
</TS>