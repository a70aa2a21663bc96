<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CLI</name>
    <message>
        <location filename="../../desktop/cli/cmd_export.py" line="86"/>
        <source>, password-protected</source>
        <translation>, protégé par mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_export.py" line="33"/>
        <source>export statistics, cases, the Incident Recorder or victim assistance</source>
        <translation>exporter les statistiques, les dossiers, l’Incident Recorder ou l’assistance aux victimes</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_export.py" line="37"/>
        <source>what to export</source>
        <translation>ce qu’il faut exporter</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_export.py" line="39"/>
        <source>first day (YYYY-MM-DD)</source>
        <translation>premier jour (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_export.py" line="41"/>
        <source>last day, included (YYYY-MM-DD)</source>
        <translation>dernier jour, inclus (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_export.py" line="43"/>
        <source>file format</source>
        <translation>format du fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_export.py" line="44"/>
        <source>file to write</source>
        <translation>fichier à écrire</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_export.py" line="45"/>
        <source>site code, or "all" (default: your own site)</source>
        <translation>code du site, ou « all » (par défaut : votre site)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_export.py" line="46"/>
        <source>protect the file with a password (read after yours)</source>
        <translation>protéger le fichier par un mot de passe (lu après le vôtre)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_export.py" line="48"/>
        <source>include identifying data (supervisors; needs --reason and a password)</source>
        <translation>inclure les données identifiantes (superviseurs ; exige --reason et un mot de passe)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_export.py" line="50"/>
        <source>why identifying data must leave Relais (recorded in the audit log)</source>
        <translation>pourquoi des données identifiantes doivent sortir de Relais (inscrit au journal d’audit)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_export.py" line="70"/>
        <source>--reason goes with --identifying</source>
        <translation>--reason s’utilise avec --identifying</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_export.py" line="81"/>
        <source>Export password: </source>
        <translation>Mot de passe de l’export : </translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_export.py" line="87"/>
        <source>Wrote {path} ({rows} rows{protected}).</source>
        <translation>Fichier écrit : {path} ({rows} lignes{protected}).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_export.py" line="106"/>
        <source>No site has the code {code}.</source>
        <translation>Aucun site n’a le code {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_export.py" line="28"/>
        <source>argument {flag}: not a date (YYYY-MM-DD): {text}</source>
        <translation>argument {flag} : date invalide (AAAA-MM-JJ) : {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_export.py" line="1"/>
        <source>file to write (a password-protected CSV is a .zip and named so)</source>
        <translation>fichier à écrire (un CSV protégé par mot de passe est un .zip et nommé ainsi)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_export.py" line="1"/>
        <source>CSV separator (default: ; in French, , in English, as Excel expects)</source>
        <translation>séparateur CSV (par défaut : ; en français, , en anglais, comme Excel l’attend)</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="201"/>
        <source>Case summary</source>
        <translation>Résumé du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="126"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="126"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="126"/>
        <source>Done</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="126"/>
        <source>Assigned to</source>
        <translation>Confié à</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="126"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="126"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="128"/>
        <source>No follow-up.</source>
        <translation>Aucun suivi.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="155"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="155"/>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="155"/>
        <source>Given by</source>
        <translation>Donné par</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="155"/>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="155"/>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="155"/>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="157"/>
        <source>No consent recorded.</source>
        <translation>Aucun consentement enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="53"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="53"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="111"/>
        <source>Referrals</source>
        <translation>Références</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="111"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="111"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="111"/>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="111"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="111"/>
        <source>Sent</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="111"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="111"/>
        <source>Feedback</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="113"/>
        <source>No referral.</source>
        <translation>Aucune référence.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="115"/>
        <source>Referral status history</source>
        <translation>Historique des statuts des références</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="115"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="115"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="115"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="115"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="115"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="117"/>
        <source>No status change.</source>
        <translation>Aucun changement de statut.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="165"/>
        <source>Case worker</source>
        <translation>Gestionnaire de cas</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="165"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="167"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="184"/>
        <source>Case management steps</source>
        <translation>Étapes de la gestion de cas</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="190"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="192"/>
        <source>No note.</source>
        <translation>Aucune note.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="193"/>
        <source>Closure reasons</source>
        <translation>Motifs de clôture</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="195"/>
        <source>Closure requested by</source>
        <translation>Clôture demandée par</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="196"/>
        <source>Requested on</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="197"/>
        <source>Closed by</source>
        <translation>Clôturé par</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="197"/>
        <source>Closed on</source>
        <translation>Clôturé le</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="199"/>
        <source>Closure</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="207"/>
        <source>Confidential: this document identifies a survivor. Keep it locked away and share it only as the survivor agreed.</source>
        <translation>Confidentiel : ce document identifie une personne survivante. Gardez-le sous clé et ne le partagez que selon l’accord de la personne survivante.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="124"/>
        <source>not done</source>
        <translation>non fait</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="138"/>
        <source>Case action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="184"/>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="190"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="85"/>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="146"/>
        <source>Release to: {service}</source>
        <translation>Partage avec : {service}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="200"/>
        <source>Closure note</source>
        <translation>Note de clôture</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="209"/>
        <source>Relais — confidential case summary — {number}</source>
        <translation>Relais — résumé confidentiel du dossier — {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="80"/>
        <source>No perpetrator recorded.</source>
        <translation>Aucun auteur présumé enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="149"/>
        <source>To receive services</source>
        <translation>Pour recevoir des services</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="150"/>
        <source>To share non-identifying data for statistics</source>
        <translation>Pour partager des données non identifiantes à des fins statistiques</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="204"/>
        <source>Survivor code: {code}</source>
        <translation>Code de la personne survivante : {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_summary.py" line="205"/>
        <source>Printed on {day}</source>
        <translation>Imprimé le {day}</translation>
    </message>
    <message>
        <source>To inform the UN entity, the SEA focal point and the Victims&apos; Rights Advocate</source>
        <translation>Informer l’entité des Nations Unies, le point focal EAS et la Défenseure des droits des victimes</translation>
    </message>
    <message>
        <source>Consent pending supervisor approval</source>
        <translation>Consentement en attente d’approbation par une superviseure ou un superviseur</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>Auteur présumé</translation>
    </message>
    <message>
        <source>Alleged perpetrators — {number} of {total}</source>
        <translation>Auteurs présumés — {number} sur {total}</translation>
    </message>
    <message>
        <source>Possible sexual exploitation</source>
        <translation>Exploitation sexuelle possible</translation>
    </message>
    <message>
        <source>Yes: goods, money or services were exchanged.</source>
        <translation>Oui : des biens, de l’argent ou des services ont été échangés.</translation>
    </message>
    <message>
        <source>Yes: see the SEA details and the alleged perpetrator&apos;s affiliation.</source>
        <translation>Oui : voir le détail EAS et l’affiliation de l’auteur présumé.</translation>
    </message>
    <message>
      <source>SEA file (UN Victim Assistance Protocol)</source>
      <translation>Dossier EAS (Protocole des Nations Unies sur l’assistance aux victimes)</translation>
    </message>
    <message>
      <source>computed from the date of birth</source>
      <translation>calculé d’après la date de naissance</translation>
    </message>
    <message>
      <source>entered</source>
      <translation>saisi</translation>
    </message>
    <message>
      <source>Children born of SEA</source>
      <translation>Enfants nés d’EAS</translation>
    </message>
    <message>
      <source>Child</source>
      <translation>Enfant</translation>
    </message>
    <message>
      <source>Child {n}</source>
      <translation>Enfant {n}</translation>
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
      <source>No child recorded.</source>
      <translation>Aucun enfant enregistré.</translation>
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
      <source>No claim recorded.</source>
      <translation>Aucune demande enregistrée.</translation>
    </message>
    <message>
      <source>Victim informed of the investigation</source>
      <translation>Information de la victime sur l’enquête</translation>
    </message>
    <message>
      <source>Informed of</source>
      <translation>Objet</translation>
    </message>
    <message>
      <source>Not informed yet.</source>
      <translation>Pas encore informée.</translation>
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
      <source>Until</source>
      <translation>Au</translation>
    </message>
    <message>
      <source>Provider or staff</source>
      <translation>Prestataire ou membre du personnel</translation>
    </message>
    <message>
      <source>The victim</source>
      <translation>La victime</translation>
    </message>
    <message>
      <source>No assistance recorded.</source>
      <translation>Aucune assistance enregistrée.</translation>
    </message>
    <message>
      <source>Services given by the centre</source>
      <translation>Services fournis par le centre</translation>
    </message>
    <message>
      <source>Provided by</source>
      <translation>Fourni par</translation>
    </message>
    <message>
      <source>Incident</source>
      <translation>Incident</translation>
    </message>
    <message>
      <source>No service given by the centre.</source>
      <translation>Aucun service fourni par le centre.</translation>
    </message>
    <message>
      <source>{title} {number} of {total}</source>
      <translation>{title} {number} sur {total}</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../desktop/core/services/export_build.py" line="104"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/export_build.py" line="122"/>
        <source>Victim assistance</source>
        <translation>Assistance aux victimes</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/exports.py" line="79"/>
        <source>Only the case export can include identifying data.</source>
        <translation>Seul l’export des dossiers peut contenir des données identifiantes.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/exports.py" line="81"/>
        <source>Write why identifying data must leave Relais (at least 10 characters).</source>
        <translation>Écrivez pourquoi des données identifiantes doivent sortir de Relais (au moins 10 caractères).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/exports.py" line="84"/>
        <source>An identifying export must be protected by a password.</source>
        <translation>Un export identifiant doit être protégé par un mot de passe.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/exports.py" line="70"/>
        <source>Choose one of: {kinds}.</source>
        <translation>Choisissez parmi : {kinds}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/exports.py" line="75"/>
        <source>The export password needs at least {n} characters.</source>
        <translation>Le mot de passe de l’export doit compter au moins {n} caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/exports.py" line="72"/>
        <source>This export can be made as: {formats}.</source>
        <translation>Cet export peut être produit en : {formats}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/files.py" line="26"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’export a été annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/files.py" line="75"/>
        <source>The folder for the export does not exist.</source>
        <translation>Le dossier choisi pour l’export n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/files.py" line="86"/>
        <source>The export file could not be written.</source>
        <translation>Le fichier d’export n’a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/files.py" line="87"/>
        <source>Check the disk and the folder.</source>
        <translation>Vérifiez le disque et le dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/case_rows.py" line="65"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/case_rows.py" line="99"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/case_rows.py" line="99"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/case_rows.py" line="41"/>
        <source>Case status</source>
        <translation>Statut du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/case_rows.py" line="42"/>
        <source>Case management step</source>
        <translation>Étape de la gestion de cas</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/case_rows.py" line="43"/>
        <source>SEA case</source>
        <translation>Cas d’EAS</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/case_rows.py" line="44"/>
        <source>Closure reason</source>
        <translation>Motif de clôture</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/case_rows.py" line="46"/>
        <source>Closed on</source>
        <translation>Clôturé le</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/victim_assistance.py" line="30"/>
        <source>Victim code</source>
        <translation>Code de la victime</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/victim_assistance.py" line="30"/>
        <source>Perpetrator affiliation (code)</source>
        <translation>Affiliation de l’auteur présumé (code)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/victim_assistance.py" line="30"/>
        <source>Perpetrator affiliation</source>
        <translation>Affiliation de l’auteur présumé</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/victim_assistance.py" line="30"/>
        <source>Category of personnel</source>
        <translation>Catégorie de personnel</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/victim_assistance.py" line="30"/>
        <source>Entity or contingent</source>
        <translation>Entité ou contingent</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/victim_assistance.py" line="30"/>
        <source>Paternity or child-support claim</source>
        <translation>Demande de reconnaissance de paternité ou de pension alimentaire</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/victim_assistance.py" line="30"/>
        <source>Reported to the UN on</source>
        <translation>Signalé à l’ONU le</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/victim_assistance.py" line="30"/>
        <source>Assistance provider</source>
        <translation>Prestataire de l’assistance</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/victim_assistance.py" line="30"/>
        <source>Type of assistance (code)</source>
        <translation>Type d’assistance (code)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/victim_assistance.py" line="30"/>
        <source>Type of assistance</source>
        <translation>Type d’assistance</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/victim_assistance.py" line="30"/>
        <source>Referred on</source>
        <translation>Référée le</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/victim_assistance.py" line="30"/>
        <source>Response due on</source>
        <translation>Réponse attendue le</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/victim_assistance.py" line="30"/>
        <source>Feedback received on</source>
        <translation>Retour reçu le</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/victim_assistance.py" line="30"/>
        <source>Status (code)</source>
        <translation>Statut (code)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/victim_assistance.py" line="30"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/victim_assistance.py" line="1"/>
        <source>Uniformed personnel</source>
        <translation>Personnel en uniforme</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/victim_assistance.py" line="1"/>
        <source>Civilian personnel</source>
        <translation>Personnel civil</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/victim_assistance.py" line="1"/>
        <source>Implementing partner personnel</source>
        <translation>Personnel d’un partenaire de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/victim_assistance.py" line="1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/case_rows.py" line="56"/>
        <source>Age at the incident</source>
        <translation>Âge au moment de l’incident</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/case_rows.py" line="57"/>
        <source>Age group at the incident</source>
        <translation>Tranche d’âge au moment de l’incident</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Ce qui est compté</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <source>Victims listed in this file (consented to inform the UN entity, the SEA focal point and the Victims&apos; Rights Advocate)</source>
        <translation>Victimes présentes dans ce fichier (consentement à informer l’entité des Nations Unies, le point focal EAS et la Défenseure des droits des victimes)</translation>
    </message>
    <message>
        <source>Victims counted only (no consent to inform the UN): nothing identifying or linkable about them is in this file</source>
        <translation>Victimes seulement comptées (pas de consentement à informer l’ONU) : rien qui les identifie ou permette de les retrouver n’est dans ce fichier</translation>
    </message>
    <message>
        <source>Counted only, by category of personnel:</source>
        <translation>Seulement comptées, par catégorie de personnel :</translation>
    </message>
    <message>
        <source>Counted only, by type of assistance referred to:</source>
        <translation>Seulement comptées, par type d’assistance vers lequel elles ont été référées :</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are shown as “&lt;5”; “*” hides a count that would reveal a small one.</source>
        <translation>Les effectifs de 1 à 4 sont affichés « &lt;5 » ; « * » masque un effectif qui permettrait d’en déduire un petit.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/exports/protect.py" line="68"/>
        <source>The protected workbook could not be made; no file was written.</source>
        <translation>Le classeur protégé n’a pas pu être produit ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/exports.py" line="1"/>
        <source>The CSV separator can be ; or ,.</source>
        <translation>Le séparateur CSV peut être ; ou ,.</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Pour</translation>
    </message>
    <message>
      <source>Recorded as</source>
      <translation>Enregistrée comme</translation>
    </message>
    <message>
      <source>Provided from</source>
      <translation>Fournie à partir du</translation>
    </message>
    <message>
      <source>Provided until</source>
      <translation>Fournie jusqu’au</translation>
    </message>
    <message>
      <source>Victim</source>
      <translation>Victime</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Référence</translation>
    </message>
    <message>
      <source>SEA file</source>
      <translation>Dossier EAS</translation>
    </message>
    <message>
      <source>SEA victims</source>
      <translation>Victimes d’EAS</translation>
    </message>
    <message>
      <source>Children born of SEA</source>
      <translation>Enfants nés d’EAS</translation>
    </message>
    <message>
      <source>Paternity and support claims</source>
      <translation>Demandes de paternité et pension</translation>
    </message>
    <message>
      <source>UN allegation reference</source>
      <translation>Référence de l’allégation à l’ONU</translation>
    </message>
    <message>
      <source>UN entity</source>
      <translation>Entité des Nations Unies</translation>
    </message>
    <message>
      <source>Mission</source>
      <translation>Mission</translation>
    </message>
    <message>
      <source>Category of personnel (code)</source>
      <translation>Catégorie de personnel (code)</translation>
    </message>
    <message>
      <source>Category of personnel (Protocol)</source>
      <translation>Catégorie de personnel (Protocole)</translation>
    </message>
    <message>
      <source>Exploitation or abuse (code)</source>
      <translation>Exploitation ou abus (code)</translation>
    </message>
    <message>
      <source>Exploitation or abuse</source>
      <translation>Exploitation ou abus</translation>
    </message>
    <message>
      <source>Nationality of the alleged perpetrator (ISO code)</source>
      <translation>Nationalité de l’auteur présumé (code ISO)</translation>
    </message>
    <message>
      <source>Nationality of the alleged perpetrator</source>
      <translation>Nationalité de l’auteur présumé</translation>
    </message>
    <message>
      <source>Age computed from the date of birth</source>
      <translation>Âge calculé d’après la date de naissance</translation>
    </message>
    <message>
      <source>Investigation status (code)</source>
      <translation>État de l’enquête (code)</translation>
    </message>
    <message>
      <source>Investigation status</source>
      <translation>État de l’enquête</translation>
    </message>
    <message>
      <source>Investigation status as of</source>
      <translation>État de l’enquête au</translation>
    </message>
    <message>
      <source>Informed of progress on</source>
      <translation>Informée de l’avancement le</translation>
    </message>
    <message>
      <source>Informed of the outcome on</source>
      <translation>Informée du résultat le</translation>
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
      <source>Sex (code)</source>
      <translation>Sexe (code)</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <source>Claim</source>
      <translation>Demande</translation>
    </message>
    <message>
      <source>For the child</source>
      <translation>Pour l’enfant</translation>
    </message>
    <message>
      <source>Claim made on</source>
      <translation>Demande faite le</translation>
    </message>
    <message>
      <source>DNA sample taken on</source>
      <translation>Prélèvement ADN fait le</translation>
    </message>
    <message>
      <source>Paternity established on</source>
      <translation>Paternité établie le</translation>
    </message>
    <message>
      <source>Child support ordered on</source>
      <translation>Pension alimentaire ordonnée le</translation>
    </message>
    <message>
      <source>Child support paid on</source>
      <translation>Pension alimentaire versée le</translation>
    </message>
    <message>
      <source>Child {n}</source>
      <translation>Enfant {n}</translation>
    </message>
    <message>
      <source>Counted only, by investigation status:</source>
      <translation>Seulement comptées, par état de l’enquête :</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>Non renseigné</translation>
    </message>
    <message>
      <source>Children born of SEA of the victims counted only</source>
      <translation>Enfants nés d’EAS des victimes seulement comptées</translation>
    </message>
    <message>
        <source>Given in house</source>
        <translation>Fournie par le centre</translation>
    </message>
    <message>
        <source>Counted only, by type of assistance (referred or given in house):</source>
        <translation>Comptées seulement, par type d’assistance (référée ou fournie par le centre) :</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="55"/>
        <source>Sent, waiting</source>
        <translation>Envoyée, en attente</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="55"/>
        <source>No response</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="56"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="56"/>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="57"/>
        <source>Service provided</source>
        <translation>Service fourni</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="58"/>
        <source>Service not provided</source>
        <translation>Service non fourni</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="59"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="93"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="156"/>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="47"/>
        <source>0–3 days</source>
        <translation>0 à 3 jours</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="47"/>
        <source>4–5 days</source>
        <translation>4 à 5 jours</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="48"/>
        <source>6–14 days</source>
        <translation>6 à 14 jours</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="48"/>
        <source>15 days – 1 month</source>
        <translation>15 jours à 1 mois</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="49"/>
        <source>Over 1 month</source>
        <translation>Plus d’1 mois</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="83"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="105"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="111"/>
        <source>Incidents by type of GBV</source>
        <translation>Incidents par type de VBG</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="112"/>
        <source>Type of GBV</source>
        <translation>Type de VBG</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="116"/>
        <source>Incidents by survivor's age group and sex</source>
        <translation>Incidents par tranche d’âge et sexe de la personne survivante</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="117"/>
        <source>Age at the incident</source>
        <translation>Âge au moment de l’incident</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="122"/>
        <source>Incidents by relationship and age group of the primary alleged perpetrator</source>
        <translation>Incidents par lien avec la personne survivante et tranche d’âge de l’auteur présumé principal</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="124"/>
        <source>Relationship to the survivor</source>
        <translation>Lien avec la personne survivante</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="128"/>
        <source>Incidents by type of location</source>
        <translation>Incidents par type de lieu</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="129"/>
        <source>Type of location</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="132"/>
        <source>Time between incident and report</source>
        <translation>Délai entre l’incident et le signalement</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="133"/>
        <source>Time</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="137"/>
        <source>SEA cases by affiliation of the alleged perpetrator</source>
        <translation>Cas d’EAS par affiliation de l’auteur présumé</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="138"/>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="139"/>
        <source>A case with perpetrators of several affiliations counts once for each.</source>
        <translation>Un cas dont les auteurs présumés ont plusieurs affiliations compte une fois pour chacune.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="142"/>
        <source>Referrals by type of service and outcome</source>
        <translation>Références par type de service et résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="143"/>
        <source>Type of service</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="70"/>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="106"/>
        <source>Opened in the period</source>
        <translation>Ouverts pendant la période</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="107"/>
        <source>Active at the end of the period</source>
        <translation>Actifs à la fin de la période</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="108"/>
        <source>Closed in the period</source>
        <translation>Clôturés pendant la période</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/report_tables.py" line="93"/>
        <source>not enough data</source>
        <translation>données insuffisantes</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/report_tables.py" line="98"/>
        <source>Median days from referral to service</source>
        <translation>Délai médian entre la référence et le service</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/report_tables.py" line="99"/>
        <source>Overdue follow-ups</source>
        <translation>Suivis en retard</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/report_tables.py" line="100"/>
        <source>Cases of the period not counted (no statistics consent)</source>
        <translation>Dossiers de la période non comptés (sans consentement aux statistiques)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/report_tables.py" line="94"/>
        <source>{days} days (over {n} referrals)</source>
        <translation>{days} jours (sur {n} références)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/report_period.py" line="30"/>
        <source>Choose a month from 1 to 12.</source>
        <translation>Choisissez un mois de 1 à 12.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/report_period.py" line="38"/>
        <source>Choose a quarter from 1 to 4.</source>
        <translation>Choisissez un trimestre de 1 à 4.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/report_period.py" line="48"/>
        <source>The end of the period is before its start.</source>
        <translation>La fin de la période est avant son début.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/report_period.py" line="64"/>
        <source>Q{n} {year}</source>
        <translation>T{n} {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/export_build.py" line="58"/>
        <source>Relais — de-identified statistics — counts from 1 to 4 shown as &lt;5</source>
        <translation>Relais — statistiques anonymisées — effectifs de 1 à 4 affichés « &lt;5 »</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/export_build.py" line="43"/>
        <source>Only cases whose survivor consented to sharing non-identifying data for statistics are counted.</source>
        <translation>Seuls les dossiers dont la personne survivante a consenti au partage de données non identifiantes pour les statistiques sont comptés.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/export_build.py" line="45"/>
        <source>Counts from 1 to 4 are shown as “&lt;5” to protect survivors; zero is shown as 0.</source>
        <translation>Les effectifs de 1 à 4 sont affichés « &lt;5 » pour protéger les personnes survivantes ; zéro est affiché 0.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/export_build.py" line="47"/>
        <source>Incidents are counted in the period of their interview.</source>
        <translation>Les incidents sont comptés dans la période de leur entretien.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/export_build.py" line="61"/>
        <source>Chart:</source>
        <translation>Graphique :</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/export_build.py" line="26"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/export_build.py" line="33"/>
        <source>Period: {start} to {end}</source>
        <translation>Période : du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/export_build.py" line="35"/>
        <source>Site: {site}</source>
        <translation>Site : {site}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/export_build.py" line="36"/>
        <source>Made on {day}</source>
        <translation>Établi le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/export_build.py" line="74"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="162"/>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/export_build.py" line="47"/>
        <source>A few other counts are shown as “hidden” so that no “&lt;5” can be worked out by subtraction from the totals.</source>
        <translation>Quelques autres effectifs sont affichés « masqué » pour qu’aucun « &lt;5 » ne puisse être retrouvé par soustraction à partir des totaux.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="163"/>
        <source>n.p.</source>
        <translation>n.p.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/statistics.py" line="164"/>
        <source>n.p.: not published, too few incidents in the period to publish these counts without revealing a count under 5.</source>
        <translation>n.p. : non publié, trop peu d’incidents sur la période pour publier ces effectifs sans révéler un effectif inférieur à 5.</translation>
    </message>
    <message>
        <source>Services provided by the centre itself, by type</source>
        <translation>Services fournis par le centre lui-même, par type</translation>
    </message>
    <message>
        <source>Care given in house (not referred), counted by the day it was given.</source>
        <translation>Soins et services fournis sur place (non référés), comptés au jour où ils ont été fournis.</translation>
    </message>
    <message>
        <source>Survivors assisted (a service given in house or a referral made in the period)</source>
        <translation>Personnes survivantes assistées (un service fourni par le centre ou une référence faite dans la période)</translation>
    </message>
    <message>
        <source>A survivor who reported several incidents counts once per incident in the incident tables, and once among the cases and the survivors assisted.</source>
        <translation>Une personne survivante qui a rapporté plusieurs incidents compte une fois par incident dans les tableaux d’incidents, et une fois parmi les dossiers et les personnes survivantes assistées.</translation>
    </message>
</context>
</TS>
