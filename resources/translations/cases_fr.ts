<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CLI</name>
    <message>
        <location filename="../../desktop/cli/cmd_demo.py" line="28"/>
        <source>create or fill a data folder with fictional demo cases</source>
        <translation>créer ou remplir un dossier de données avec des cas fictifs de démonstration</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_demo.py" line="30"/>
        <source>data folder</source>
        <translation>dossier de données</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_demo.py" line="31"/>
        <source>your username (an administrator; needed for an existing folder)</source>
        <translation>votre nom d’utilisateur (un administrateur ; requis pour un dossier existant)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_demo.py" line="33"/>
        <source>how many cases to add</source>
        <translation>nombre de cas à ajouter</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_demo.py" line="35"/>
        <source>random seed, to make the same data again</source>
        <translation>graine aléatoire, pour refaire les mêmes données</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_demo.py" line="44"/>
        <source>New password for {user}: </source>
        <translation>Nouveau mot de passe de {user} : </translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_demo.py" line="52"/>
        <source>Recovery key above: write it down and keep it in a safe place. It is shown only once.</source>
        <translation>Clé de secours ci-dessus : notez-la et gardez-la en lieu sûr. Elle n’est affichée qu’une fois.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_demo.py" line="54"/>
        <source>Demo accounts {names} share the administrator&apos;s password.</source>
        <translation>Les comptes de démonstration {names} ont le même mot de passe que l’administrateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_demo.py" line="63"/>
        <source>This folder already holds a database.</source>
        <translation>Ce dossier contient déjà une base de données.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_demo.py" line="64"/>
        <source>Give --as with an administrator&apos;s username.</source>
        <translation>Indiquez --as avec le nom d’utilisateur d’un administrateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cmd_demo.py" line="80"/>
        <source>{count} fictional cases added in {seconds} s.</source>
        <translation>{count} cas fictifs ajoutés en {seconds} s.</translation>
    </message>
    <message>
        <source>list the open cases at high safety risk (tab-separated)</source>
        <translation>lister les dossiers ouverts à risque élevé pour la sécurité (séparés par des tabulations)</translation>
    </message>
    <message>
        <source>every case of the site (supervisors), not only yours</source>
        <translation>tous les dossiers du site (superviseurs), pas seulement les vôtres</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <location filename="../../desktop/core/services/access.py" line="31"/>
        <source>This case does not exist or is not yours to see.</source>
        <translation>Ce cas n’existe pas ou vous n’avez pas accès à ce cas.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/access.py" line="40"/>
        <source>This case is closed.</source>
        <translation>Ce cas est clôturé.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/access.py" line="41"/>
        <source>Reopen it before changing it.</source>
        <translation>Rouvrez-le avant de le modifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/access.py" line="49"/>
        <source>Log in with a staff account to work on cases.</source>
        <translation>Connectez-vous avec un compte du personnel pour travailler sur les cas.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_actions.py" line="45"/>
        <source>Choose a step from 1 to 5; a case is closed through a closure request.</source>
        <translation>Choisissez une étape de 1 à 5 ; un cas se clôture par une demande de clôture.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_actions.py" line="61"/>
        <source>This person is not an active staff member of the site.</source>
        <translation>Cette personne n’est pas un membre actif du personnel du site.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_actions.py" line="72"/>
        <source>Write the note first.</source>
        <translation>Écrivez d’abord la note.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_actions.py" line="100"/>
        <source>Tick at least one reason.</source>
        <translation>Cochez au moins un motif.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_actions.py" line="102"/>
        <source>Choose reasons from the list.</source>
        <translation>Choisissez les motifs dans la liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_actions.py" line="104"/>
        <source>Say what the other reason is.</source>
        <translation>Précisez l’autre motif.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_actions.py" line="118"/>
        <source>Closure was already asked for this case.</source>
        <translation>La clôture de ce cas a déjà été demandée.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_actions.py" line="131"/>
        <source>Nobody has asked to close this case.</source>
        <translation>Personne n’a demandé la clôture de ce cas.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/case_actions.py" line="169"/>
        <source>This case is not closed.</source>
        <translation>Ce cas n’est pas clôturé.</translation>
    </message>
    <message>
        <source>This case has no consent waiting for a supervisor&apos;s approval.</source>
        <translation>Ce dossier n’a pas de consentement en attente d’approbation par une superviseure ou un superviseur.</translation>
    </message>
    <message>
        <source>You recorded this consent: another supervisor must approve it.</source>
        <translation>Vous avez enregistré ce consentement : une autre superviseure ou un autre superviseur doit l’approuver.</translation>
    </message>
        <message>
            <source>Your role may not see names in the list.</source>
            <translation>Votre rôle ne permet pas de voir les noms dans la liste.</translation>
        </message>
    <message>
        <source>given</source>
        <translation>donné</translation>
    </message>
    <message>
        <source>recorded as not given</source>
        <translation>enregistré comme non donné</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>given again</source>
        <translation>donné de nouveau</translation>
    </message>
    <message>
        <source>who gives it changed</source>
        <translation>changement de la personne qui le donne</translation>
    </message>
    <message>
        <source>date corrected</source>
        <translation>date corrigée</translation>
    </message>
    <message>
      <source>This case has no incident to attach an SEA file to.</source>
      <translation>Ce dossier n’a pas d’incident auquel rattacher un dossier EAS.</translation>
    </message>
    <message>
      <source>This incident does not belong to the case.</source>
      <translation>Cet incident n’appartient pas à ce dossier.</translation>
    </message>
    <message>
      <source>This case is not an SEA case: it has no SEA file.</source>
      <translation>Ce dossier ne relève pas de l’EAS : il n’a pas de dossier EAS.</translation>
    </message>
    <message>
      <source>Choose a value from the list.</source>
      <translation>Choisissez une valeur dans la liste.</translation>
    </message>
    <message>
      <source>Enter a date.</source>
      <translation>Saisissez une date.</translation>
    </message>
    <message>
      <source>This date is in the future.</source>
      <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
      <source>Enter an age from 0 to 120.</source>
      <translation>Saisissez un âge de 0 à 120 ans.</translation>
    </message>
    <message>
      <source>Enter text.</source>
      <translation>Saisissez du texte.</translation>
    </message>
    <message>
      <source>At most {n} characters.</source>
      <translation>{n} caractères au plus.</translation>
    </message>
    <message>
      <source>Unknown field of the SEA file.</source>
      <translation>Champ inconnu du dossier EAS.</translation>
    </message>
    <message>
      <source>Enter the date.</source>
      <translation>Saisissez la date.</translation>
    </message>
    <message>
      <source>This child is not recorded in the SEA file.</source>
      <translation>Cet enfant n’est pas enregistré dans le dossier EAS.</translation>
    </message>
    <message>
      <source>A step of the claim is dated before the step it follows.</source>
      <translation>Une étape de la demande est datée avant l’étape qui la précède.</translation>
    </message>
    <message>
      <source>This claim is not in the SEA file.</source>
      <translation>Cette demande n’est pas dans le dossier EAS.</translation>
    </message>
    <message>
      <source>Choose a type of assistance.</source>
      <translation>Choisissez un type d’assistance.</translation>
    </message>
    <message>
      <source>The end date comes before the start date.</source>
      <translation>La date de fin précède la date de début.</translation>
    </message>
    <message>
      <source>Say which provider or which member of staff provides it.</source>
      <translation>Indiquez quel prestataire ou quel membre du personnel la fournit.</translation>
    </message>
    <message>
      <source>This provider is not in the directory.</source>
      <translation>Ce prestataire n’est pas dans l’annuaire.</translation>
    </message>
    <message>
      <source>This person is not a staff member of the site.</source>
      <translation>Cette personne n’est pas membre du personnel du site.</translation>
    </message>
    <message>
      <source>This entry is not in the SEA file.</source>
      <translation>Cette entrée n’est pas dans le dossier EAS.</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <location filename="../../desktop/core/catalogue/classification.py" line="30"/>
        <source>Did the reported incident involve penetration, even slight, of the vagina, anus or mouth with a penis or other body part, or of the vagina or anus with an object?</source>
        <translation>L’incident rapporté comprend-il une pénétration, même légère, du vagin, de l’anus ou de la bouche par un pénis ou une autre partie du corps, ou du vagin ou de l’anus par un objet ?</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/classification.py" line="34"/>
        <source>Did the reported incident involve unwanted sexual contact without penetration?</source>
        <translation>L’incident rapporté comprend-il un contact sexuel non désiré sans pénétration ?</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/classification.py" line="37"/>
        <source>Did the reported incident involve physical assault (hitting, slapping, kicking, beating, burning or another act of physical violence)?</source>
        <translation>L’incident rapporté comprend-il une agression physique (coups, gifles, coups de pied, passage à tabac, brûlures ou autre acte de violence physique) ?</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/classification.py" line="41"/>
        <source>Was the incident an act of forced marriage?</source>
        <translation>L’incident est-il un mariage forcé ?</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/classification.py" line="43"/>
        <source>Did the reported incident involve the denial of rightful access to economic resources, assets, livelihood opportunities, education, health or other social services?</source>
        <translation>L’incident rapporté comprend-il le refus d’un accès légitime aux ressources économiques, aux biens, aux moyens de subsistance, à l’éducation, à la santé ou à d’autres services sociaux ?</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/classification.py" line="47"/>
        <source>Did the reported incident involve psychological or emotional abuse (threats, humiliation, isolation, stalking, harassment)?</source>
        <translation>L’incident rapporté comprend-il une violence psychologique ou émotionnelle (menaces, humiliation, isolement, traque, harcèlement) ?</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../desktop/core/services/demo.py" line="327"/>
        <source>Give a number of cases from 1 to {high}.</source>
        <translation>Indiquez un nombre de cas de 1 à {high}.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="33"/>
        <source>Registration</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="34"/>
        <source>Survivor</source>
        <translation>Personne survivante</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="35"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="36"/>
        <source>Alleged perpetrators</source>
        <translation>Auteurs présumés</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="37"/>
        <source>Sexual exploitation and abuse (UN or aid personnel)</source>
        <translation>Exploitation et abus sexuels (personnel de l’ONU ou humanitaire)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="38"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="39"/>
        <source>Initial assessment</source>
        <translation>Évaluation initiale</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="84"/>
        <source>Case number</source>
        <translation>Numéro de cas</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="86"/>
        <source>Given by Relais when the case is opened.</source>
        <translation>Attribué par Relais à l’ouverture du cas.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="87"/>
        <source>Survivor code</source>
        <translation>Code de la personne survivante</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="89"/>
        <source>Given by Relais; never the name.</source>
        <translation>Attribué par Relais ; jamais le nom.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="90"/>
        <source>Case worker</source>
        <translation>Gestionnaire de cas</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="92"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="94"/>
        <source>Date of interview</source>
        <translation>Date de l’entretien</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="96"/>
        <source>Date of report</source>
        <translation>Date du signalement</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="98"/>
        <source>Referred by</source>
        <translation>Référée par</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="103"/>
        <location filename="../../desktop/core/catalogue/fields.py" line="193"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="104"/>
        <source>Optional. Never shown in lists unless asked for.</source>
        <translation>Facultatif. N’apparaît jamais dans les listes sans le demander.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="105"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="106"/>
        <source>Address or village</source>
        <translation>Adresse ou village</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="108"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="110"/>
        <source>Age (estimated)</source>
        <translation>Âge (estimé)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="111"/>
        <source>Give the date of birth or the age.</source>
        <translation>Indiquez la date de naissance ou l’âge.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="112"/>
        <location filename="../../desktop/core/catalogue/fields.py" line="182"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="114"/>
        <location filename="../../desktop/core/catalogue/fields.py" line="191"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="116"/>
        <source>Ethnicity</source>
        <translation>Ethnie</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="118"/>
        <source>Marital status</source>
        <translation>Situation matrimoniale</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="120"/>
        <source>Number of dependents</source>
        <translation>Nombre de personnes à charge</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="122"/>
        <location filename="../../desktop/core/catalogue/fields.py" line="189"/>
        <source>Occupation</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="123"/>
        <source>Displacement status</source>
        <translation>Statut de déplacement</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="125"/>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="128"/>
        <source>Unaccompanied or separated child</source>
        <translation>Enfant non accompagné ou séparé</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="130"/>
        <source>Caregiver&apos;s name</source>
        <translation>Nom du parent ou tuteur</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="131"/>
        <source>Needed for a child survivor.</source>
        <translation>Nécessaire pour une personne survivante mineure.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="132"/>
        <source>Caregiver&apos;s phone</source>
        <translation>Téléphone du parent ou tuteur</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="135"/>
        <source>Caregiver&apos;s relationship to the child</source>
        <translation>Lien du parent ou tuteur avec l’enfant</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="137"/>
        <source>Caregiver informed</source>
        <translation>Parent ou tuteur informé</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="142"/>
        <source>Date of incident</source>
        <translation>Date de l’incident</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="144"/>
        <source>Time of day</source>
        <translation>Moment de la journée</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="146"/>
        <source>Type of location</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="148"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="150"/>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="152"/>
        <source>Choose the region first.</source>
        <translation>Choisissez d’abord la région.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="153"/>
        <source>Commune, town or camp</source>
        <translation>Commune, ville ou camp</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="156"/>
        <source>Stage of displacement at incident</source>
        <translation>Étape du déplacement au moment de l’incident</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="158"/>
        <source>Account of the incident</source>
        <translation>Récit de l’incident</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="160"/>
        <source>In the survivor&apos;s words, as far as she wishes.</source>
        <translation>Avec les mots de la personne survivante, dans la mesure où elle le souhaite.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="161"/>
        <source>Type of GBV</source>
        <translation>Type de VBG</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="163"/>
        <source>Answer the questions in order; the first yes gives the type.</source>
        <translation>Répondez aux questions dans l’ordre ; le premier « oui » donne le type.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="165"/>
        <source>Harmful traditional practice</source>
        <translation>Pratique traditionnelle néfaste</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="168"/>
        <source>Money, goods, benefits or services exchanged</source>
        <translation>Argent, biens, avantages ou services échangés</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="170"/>
        <source>Type of abduction</source>
        <translation>Type d’enlèvement</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="172"/>
        <source>Reported elsewhere</source>
        <translation>Signalé ailleurs</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="174"/>
        <source>Where it was reported</source>
        <translation>Où il a été signalé</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="175"/>
        <source>Previous GBV incidents</source>
        <translation>Incidents de VBG antérieurs</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="180"/>
        <source>Primary perpetrator</source>
        <translation>Auteur principal</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="184"/>
        <source>Age group</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="186"/>
        <source>Relationship to the survivor</source>
        <translation>Lien avec la personne survivante</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="195"/>
        <source>Previous incident with this person</source>
        <translation>Incident antérieur avec cette personne</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="198"/>
        <source>Affiliation (UN or aid personnel)</source>
        <translation>Affiliation (personnel de l’ONU ou humanitaire)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="200"/>
        <source>Entity or contingent, if known</source>
        <translation>Entité ou contingent, si connu</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="205"/>
        <source>Date reported to the UN</source>
        <translation>Date de signalement à l’ONU</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="209"/>
        <source>Paternity or child-support claim</source>
        <translation>Demande de reconnaissance de paternité ou de pension alimentaire</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="214"/>
        <source>Release information to health services</source>
        <translation>Partager les informations avec les services de santé</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="215"/>
        <source>Release information to psychosocial services</source>
        <translation>Partager les informations avec les services psychosociaux</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="216"/>
        <source>Release information to legal aid</source>
        <translation>Partager les informations avec l’assistance juridique</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="217"/>
        <source>Release information to safety and police</source>
        <translation>Partager les informations avec la sécurité et la police</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="218"/>
        <source>Release information to safe shelter</source>
        <translation>Partager les informations avec un hébergement sûr</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="219"/>
        <source>Release information to livelihoods programmes</source>
        <translation>Partager les informations avec les programmes de moyens de subsistance</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="220"/>
        <source>Release information to child protection</source>
        <translation>Partager les informations avec la protection de l’enfance</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="221"/>
        <source>Release information for material assistance</source>
        <translation>Partager les informations pour l’assistance matérielle</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="222"/>
        <source>Release information to other services</source>
        <translation>Partager les informations avec d’autres services</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="226"/>
        <source>Consents to receive services</source>
        <translation>Consent à recevoir des services</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="229"/>
        <source>Consents to share non-identifying data for statistics</source>
        <translation>Consent au partage de données non identifiantes pour les statistiques</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="233"/>
        <source>Consent given by</source>
        <translation>Consentement donné par</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="235"/>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="240"/>
        <source>Medical need</source>
        <translation>Besoin médical</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="241"/>
        <source>Medical: note</source>
        <translation>Médical : note</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="242"/>
        <source>Psychosocial need</source>
        <translation>Besoin psychosocial</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="243"/>
        <source>Psychosocial: note</source>
        <translation>Psychosocial : note</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="244"/>
        <source>Legal need</source>
        <translation>Besoin juridique</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="245"/>
        <source>Legal: note</source>
        <translation>Juridique : note</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="246"/>
        <source>Safety need</source>
        <translation>Besoin de sécurité</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="247"/>
        <source>Safety: note</source>
        <translation>Sécurité : note</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="248"/>
        <source>Shelter need</source>
        <translation>Besoin d’hébergement</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="249"/>
        <source>Shelter: note</source>
        <translation>Hébergement : note</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="250"/>
        <source>Material need</source>
        <translation>Besoin matériel</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="251"/>
        <source>Material: note</source>
        <translation>Matériel : note</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="252"/>
        <source>Socio-economic need</source>
        <translation>Besoin socio-économique</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="253"/>
        <source>Socio-economic: note</source>
        <translation>Socio-économique : note</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="257"/>
        <source>Safety risk</source>
        <translation>Risque pour la sécurité</translation>
    </message>
    <message>
        <source>Consents to inform the UN entity, the SEA focal point and the Victims&apos; Rights Advocate</source>
        <translation>Consent à informer l’entité des Nations Unies, le point focal EAS et la Défenseure des droits des victimes</translation>
    </message>
    <message>
        <source>Without this consent nothing identifying or linkable about her leaves in the victim-assistance file: she is only counted.</source>
        <translation>Sans ce consentement, rien qui l’identifie ou permette de la retrouver ne sort dans le fichier d’assistance aux victimes : elle y est seulement comptée.</translation>
    </message>
    <message>
        <source>Consent to inform the UN given on</source>
        <translation>Consentement à informer l’ONU donné le</translation>
    </message>
    <message>
        <source>Consent to inform the UN given by</source>
        <translation>Consentement à informer l’ONU donné par</translation>
    </message>
    <message>
        <source>The caregiver is an alleged perpetrator</source>
        <translation>Le parent ou tuteur est un auteur présumé</translation>
    </message>
    <message>
        <source>Then the caregiver&apos;s consent cannot be accepted.</source>
        <translation>Son consentement ne peut alors pas être accepté.</translation>
    </message>
    <message>
        <source>The child gives informed assent</source>
        <translation>L’enfant donne son assentiment éclairé</translation>
    </message>
    <message>
        <source>Why the caregiver does not give consent</source>
        <translation>Pourquoi le parent ou tuteur ne donne pas le consentement</translation>
    </message>
    <message>
        <source>Best-interest note</source>
        <translation>Note sur l’intérêt supérieur de l’enfant</translation>
    </message>
    <message>
        <source>Why this person consents for the child; a supervisor approves it.</source>
        <translation>Pourquoi cette personne consent pour l’enfant ; une superviseure ou un superviseur l’approuve.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="195"/>
        <source>Does the survivor want to pursue legal action?</source>
        <translation>La personne survivante souhaite-t-elle engager une action en justice ?</translation>
    </message>
    <message>
        <location filename="../../desktop/core/catalogue/fields.py" line="212"/>
        <source>Type of occupation</source>
        <translation>Catégorie de profession</translation>
    </message>
    <message>
      <source>UN allegation reference</source>
      <translation>Référence de l’allégation à l’ONU</translation>
    </message>
    <message>
      <source>The reference the UN entity gave the allegation, if known.</source>
      <translation>La référence donnée à l’allégation par l’entité des Nations Unies, si elle est connue.</translation>
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
      <source>Category of personnel</source>
      <translation>Catégorie de personnel</translation>
    </message>
    <message>
      <source>Exploitation or abuse</source>
      <translation>Exploitation ou abus</translation>
    </message>
    <message>
      <source>Nationality of the alleged perpetrator</source>
      <translation>Nationalité de l’auteur présumé</translation>
    </message>
    <message>
      <source>Victim&apos;s age at the incident</source>
      <translation>Âge de la victime au moment de l’incident</translation>
    </message>
    <message>
      <source>Computed from her date of birth and the incident&apos;s date when both are known; otherwise enter it.</source>
      <translation>Calculé d’après sa date de naissance et la date de l’incident quand les deux sont connues ; sinon, saisissez-le.</translation>
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
      <source>Notes on the SEA file</source>
      <translation>Notes sur le dossier EAS</translation>
    </message>
    <message>
      <source>Child&apos;s date of birth</source>
      <translation>Date de naissance de l’enfant</translation>
    </message>
    <message>
      <source>Child&apos;s sex</source>
      <translation>Sexe de l’enfant</translation>
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
      <source>Informed on</source>
      <translation>Victime informée le</translation>
    </message>
    <message>
      <source>Informed of</source>
      <translation>Objet de l’information</translation>
    </message>
    <message>
      <source>Type of assistance</source>
      <translation>Type d’assistance</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Pour</translation>
    </message>
    <message>
      <source>Provided from</source>
      <translation>Fournie à partir du</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Jusqu’au</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Prestataire</translation>
    </message>
    <message>
      <source>Provided by (staff)</source>
      <translation>Fournie par (membre du personnel)</translation>
    </message>
    <message>
        <source>The date of the incident is</source>
        <translation>La date de l’incident est</translation>
    </message>
    <message>
        <source>Estimated: give the closest day she can say. Unknown: leave the date empty.</source>
        <translation>Estimée : indiquez le jour le plus proche qu’elle peut dire. Inconnue : laissez la date vide.</translation>
    </message>
    <message>
        <source>Incident reported by</source>
        <translation>Incident signalé par</translation>
    </message>
    <message>
        <source>A mandatory report was made</source>
        <translation>Un signalement obligatoire a été fait</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Signalé à</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>She was told before the report was made</source>
        <translation>Elle a été informée avant le signalement</translation>
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
        <source>Left blank: the level the answers suggest.</source>
        <translation>Laissé vide : le niveau que suggèrent les réponses.</translation>
    </message>
    <message>
        <source>Why this level (when it is not the one suggested)</source>
        <translation>Pourquoi ce niveau (quand ce n’est pas celui suggéré)</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../desktop/core/services/intake_rules.py" line="24"/>
        <source>Enter a valid date.</source>
        <translation>Saisissez une date valide.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/intake_rules.py" line="25"/>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/intake_rules.py" line="26"/>
        <source>Enter an age from 0 to 120.</source>
        <translation>Saisissez un âge de 0 à 120 ans.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/intake_rules.py" line="27"/>
        <source>Answer yes or no.</source>
        <translation>Répondez par oui ou par non.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/intake_rules.py" line="28"/>
        <source>Choose a value from the list.</source>
        <translation>Choisissez une valeur dans la liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/intake_rules.py" line="29"/>
        <source>Choose values from the list.</source>
        <translation>Choisissez des valeurs dans la liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/intake_rules.py" line="30"/>
        <source>Enter text.</source>
        <translation>Saisissez du texte.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/intake_rules.py" line="31"/>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/intake_rules.py" line="32"/>
        <source>This date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/intake_rules.py" line="33"/>
        <source>The perpetrators could not be read.</source>
        <translation>Les auteurs présumés n’ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/intake_rules.py" line="34"/>
        <source>The incident cannot be after the interview.</source>
        <translation>L’incident ne peut pas être postérieur à l’entretien.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/intake_rules.py" line="35"/>
        <source>The incident cannot be before the date of birth.</source>
        <translation>L’incident ne peut pas être antérieur à la date de naissance.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/intake_rules.py" line="36"/>
        <source>Consent is given at or after the interview.</source>
        <translation>Le consentement est donné le jour de l’entretien ou après.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/intake_rules.py" line="37"/>
        <source>This cercle is not in the region chosen.</source>
        <translation>Ce cercle n’est pas dans la région choisie.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/intake_rules.py" line="38"/>
        <source>The age does not match the date of birth.</source>
        <translation>L’âge ne correspond pas à la date de naissance.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/intake_rules.py" line="39"/>
        <source>A child survivor needs the caregiver&apos;s details.</source>
        <translation>Pour une personne survivante mineure, indiquez le parent ou tuteur.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/intake_rules.py" line="40"/>
        <source>Say whether the caregiver is informed.</source>
        <translation>Indiquez si le parent ou tuteur est informé.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/intake_rules.py" line="41"/>
        <source>A case is opened only with the survivor&apos;s consent to receive services.</source>
        <translation>Un cas n’est ouvert qu’avec le consentement de la personne survivante à recevoir des services.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/services/intake.py" line="67"/>
        <source>Some fields need attention; see the messages beside them.</source>
        <translation>Certains champs sont à revoir ; voyez les messages à côté.</translation>
    </message>
    <message>
        <source>The caregiver is recorded as an alleged perpetrator: the caregiver&apos;s consent cannot be accepted. Another trusted adult or the case worker consents, with a best-interest note.</source>
        <translation>Le parent ou tuteur est enregistré comme auteur présumé : son consentement ne peut pas être accepté. Un autre adulte de confiance ou la personne chargée du dossier consent, avec une note sur l’intérêt supérieur de l’enfant.</translation>
    </message>
    <message>
        <source>Not for this age. {band}.</source>
        <translation>Pas pour cet âge. {band}.</translation>
    </message>
    <message>
        <source>Another adult or the case worker consents only for a child survivor.</source>
        <translation>Un autre adulte ou la personne chargée du dossier ne consent que pour un enfant survivant.</translation>
    </message>
    <message>
        <source>Record whether the child gives informed assent.</source>
        <translation>Indiquez si l’enfant donne son assentiment éclairé.</translation>
    </message>
    <message>
        <source>Say why the caregiver does not give consent.</source>
        <translation>Indiquez pourquoi le parent ou tuteur ne donne pas le consentement.</translation>
    </message>
    <message>
        <source>Write the best-interest note: why this person consents for the child.</source>
        <translation>Rédigez la note sur l’intérêt supérieur : pourquoi cette personne consent pour l’enfant.</translation>
    </message>
    <message>
        <source>The child does not assent: write in the best-interest note why services go ahead.</source>
        <translation>L’enfant ne donne pas son assentiment : expliquez dans la note sur l’intérêt supérieur pourquoi les services sont poursuivis.</translation>
    </message>
    <message>
        <source>Give the date of this consent.</source>
        <translation>Indiquez la date de ce consentement.</translation>
    </message>
    <message>
        <source>Say who gave this consent.</source>
        <translation>Indiquez qui a donné ce consentement.</translation>
    </message>
    <message>
        <source>Enter the date of the incident, or say that it is unknown.</source>
        <translation>Saisissez la date de l’incident, ou indiquez qu’elle est inconnue.</translation>
    </message>
    <message>
        <source>The date is said to be unknown: leave it empty, or choose estimated.</source>
        <translation>La date est dite inconnue : laissez-la vide, ou choisissez « estimée ».</translation>
    </message>
    <message>
        <source>Say to whom the report was made.</source>
        <translation>Indiquez à qui le signalement a été fait.</translation>
    </message>
    <message>
        <source>Say when the report was made.</source>
        <translation>Indiquez quand le signalement a été fait.</translation>
    </message>
    <message>
        <source>Say whether she was told before the report was made.</source>
        <translation>Indiquez si elle a été informée avant le signalement.</translation>
    </message>
    <message>
        <source>The report cannot be before the incident.</source>
        <translation>Le signalement ne peut pas précéder l’incident.</translation>
    </message>
    <message>
        <source>Enter the day she told the centre of it.</source>
        <translation>Saisissez le jour où elle en a parlé au centre.</translation>
    </message>
    <message>
        <source>A new incident is told on or after the day the case was opened.</source>
        <translation>Un nouvel incident est rapporté le jour de l’ouverture du dossier ou après.</translation>
    </message>
</context>
<context>
    <name>Reporting</name>
    <message>
        <source>Mandatory reporting. For an adult survivor, the centre reports nothing to the police or the justice without her informed consent, unless her life or another person&apos;s life is in immediate danger. For a child survivor, Malian law (the Child Protection Code) requires anyone who knows that a child is in danger to report it to the child protection delegate or to the judge, and the centre&apos;s policy is to do so in the child&apos;s best interest. Before any report, tell her (and, for a child, a caregiver who is not an alleged perpetrator) what will be reported, to whom and why, and record below whether a report was made, to whom, when, and whether she was told first.</source>
        <translation>Signalement obligatoire. Pour une personne survivante adulte, le centre ne signale rien à la police ni à la justice sans son consentement éclairé, sauf si sa vie ou celle d’une autre personne est en danger immédiat. Pour un enfant, la loi malienne (Code de protection de l’enfant) oblige toute personne qui sait qu’un enfant est en danger à le signaler au délégué à la protection de l’enfance ou au juge, et la politique du centre est de le faire dans l’intérêt supérieur de l’enfant. Avant tout signalement, dites-lui (et, pour un enfant, à une personne qui s’en occupe et qui n’est pas auteur présumé) ce qui sera signalé, à qui et pourquoi ; notez ci-dessous si un signalement a été fait, à qui, quand, et si elle en a été informée avant.</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Choose the type of service.</source>
        <translation>Choisissez le type de service.</translation>
    </message>
    <message>
        <source>Enter the day the service was given.</source>
        <translation>Saisissez le jour où le service a été fourni.</translation>
    </message>
    <message>
        <source>The perpetrator&apos;s name is not collected here (an administrator can turn the field on).</source>
        <translation>Le nom de l’auteur présumé n’est pas recueilli ici (un administrateur peut activer ce champ).</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Say why the level is not the one the answers suggest ({level}).</source>
        <translation>Dites pourquoi le niveau n’est pas celui que suggèrent les réponses ({level}).</translation>
    </message>
    <message>
        <source>Answer the questions or choose a level.</source>
        <translation>Répondez aux questions ou choisissez un niveau.</translation>
    </message>
    <message>
        <source>Choose an answer from the list.</source>
        <translation>Choisissez une réponse dans la liste.</translation>
    </message>
    <message>
        <source>This text is too long ({limit} characters at most).</source>
        <translation>Ce texte est trop long ({limit} caractères au plus).</translation>
    </message>
    <message>
        <source>Some parts need attention.</source>
        <translation>Certaines parties demandent votre attention.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <source>A service is given on or after the day the case was opened.</source>
        <translation>Un service est fourni le jour de l’ouverture du dossier ou après.</translation>
    </message>
    <message>
        <source>Choose who gave the service (an active staff member of the site).</source>
        <translation>Choisissez qui a fourni le service (un membre actif du personnel du site).</translation>
    </message>
    <message>
        <source>Keep the note under 500 characters.</source>
        <translation>La note doit faire moins de 500 caractères.</translation>
    </message>
    <message>
        <source>This service is not recorded on this case.</source>
        <translation>Ce service n’est pas enregistré dans ce dossier.</translation>
    </message>
    <message>
        <source>Enter text.</source>
        <translation>Saisissez du texte.</translation>
    </message>
    <message>
        <source>This part is not in a safety plan.</source>
        <translation>Cette partie n’existe pas dans un plan de sécurité.</translation>
    </message>
    <message>
        <source>This is not a safe-contact instruction.</source>
        <translation>Ce n’est pas une consigne de contact sûr.</translation>
    </message>
    <message>
        <source>She may be called.</source>
        <translation>On peut l’appeler.</translation>
    </message>
    <message>
        <source>Do not call her.</source>
        <translation>Ne pas l’appeler.</translation>
    </message>
    <message>
        <source>A message may be left.</source>
        <translation>On peut laisser un message.</translation>
    </message>
    <message>
        <source>Leave no message.</source>
        <translation>Ne laisser aucun message.</translation>
    </message>
    <message>
        <source>Safe times to call: {value}</source>
        <translation>Heures sûres pour appeler : {value}</translation>
    </message>
    <message>
        <source>Other safe number: {value}</source>
        <translation>Autre numéro sûr : {value}</translation>
    </message>
    <message>
        <source>If someone else answers: {value}</source>
        <translation>Si quelqu’un d’autre répond : {value}</translation>
    </message>
    <message>
        <source>Only a supervisor sees the high-risk cases of the whole site.</source>
        <translation>Seul un superviseur voit les dossiers à risque élevé de tout le site.</translation>
    </message>
    <message>
        <source>Safety risk</source>
        <translation>Risque pour la sécurité</translation>
    </message>
    <message>
        <source>Latest assessment</source>
        <translation>Dernière évaluation</translation>
    </message>
    <message>
        <source>{day} by {person}</source>
        <translation>{day} par {person}</translation>
    </message>
    <message>
        <source>Level the answers suggest</source>
        <translation>Niveau suggéré par les réponses</translation>
    </message>
    <message>
        <source>Why this level</source>
        <translation>Pourquoi ce niveau</translation>
    </message>
    <message>
        <source>Safety assessments</source>
        <translation>Évaluations de la sécurité</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
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
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>No safety assessment.</source>
        <translation>Aucune évaluation de la sécurité.</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Dernier enregistrement</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>pas encore rédigé</translation>
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
        <source>Intake</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Recorded before assessments</source>
        <translation>Saisi avant les évaluations</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Without answers to the questions, say why this level.</source>
        <translation>Sans réponse aux questions, dites pourquoi ce niveau.</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <source>Safety risk</source>
        <translation>Risque pour la sécurité</translation>
    </message>
</context>
<context>
    <name>CaseBadges</name>
    <message>
      <location filename="../../desktop/core/services/cases/case_badges.py" />
      <source>1 day late</source>
      <translation>1 jour de retard</translation>
    </message>
    <message>
      <location filename="../../desktop/core/services/cases/case_badges.py" />
      <source>{count} days late</source>
      <translation>{count} jours de retard</translation>
    </message>
    <message>
      <location filename="../../desktop/core/services/cases/case_badges.py" />
      <source>A follow-up due on {day} is not done.</source>
      <translation>Un suivi prévu le {day} n’est pas fait.</translation>
    </message>
    <message>
      <location filename="../../desktop/core/services/cases/case_badges.py" />
      <source>{count} follow-ups are overdue (the oldest was due on {day}).</source>
      <translation>{count} suivis sont en retard (le plus ancien était prévu le {day}).</translation>
    </message>
    <message>
      <location filename="../../desktop/core/services/cases/case_badges.py" />
      <source>Referral {reference}: no answer since its due date, {day}.</source>
      <translation>Référence {reference} : pas de réponse depuis son échéance, le {day}.</translation>
    </message>
    <message>
      <location filename="../../desktop/core/services/cases/case_badges.py" />
      <source>Consent missing</source>
      <translation>Consentement manquant</translation>
    </message>
    <message>
      <location filename="../../desktop/core/services/cases/case_badges.py" />
      <source>No consent to receive services is recorded: ask her and record it in the intake.</source>
      <translation>Aucun consentement à recevoir des services n’est enregistré : demandez-le à la personne survivante et enregistrez-le dans l’accueil.</translation>
    </message>
    <message>
      <location filename="../../desktop/core/services/cases/case_badges.py" />
      <source>She did not consent to receive services.</source>
      <translation>La personne survivante n’a pas consenti à recevoir des services.</translation>
    </message>
    <message>
      <location filename="../../desktop/core/services/cases/case_badges.py" />
      <source>She withdrew her consent to receive services on {day}.</source>
      <translation>La personne survivante a retiré son consentement à recevoir des services le {day}.</translation>
    </message>
    <message>
      <location filename="../../desktop/core/services/cases/case_badges.py" />
      <source>Another adult or the case worker consented for the child: the consent counts once a supervisor approves it (tab Consent).</source>
      <translation>Un autre adulte ou la personne gestionnaire du cas a consenti pour l’enfant : le consentement compte une fois approuvé par un·e superviseur·e (onglet Consentement).</translation>
    </message>
    <message>
      <location filename="../../desktop/core/services/cases/case_badges.py" />
      <source>High risk</source>
      <translation>Risque élevé</translation>
    </message>
    <message>
      <location filename="../../desktop/core/services/cases/case_badges.py" />
      <source>The latest safety assessment found a high risk: see the Safety tab.</source>
      <translation>La dernière évaluation de la sécurité a trouvé un risque élevé : voir l’onglet Sécurité.</translation>
    </message>
    <message>
      <location filename="../../desktop/core/services/cases/case_badges.py" />
      <source>SEA</source>
      <translation>EAS</translation>
    </message>
    <message>
      <location filename="../../desktop/core/services/cases/case_badges.py" />
      <source>Sexual exploitation or abuse by UN or aid personnel: the SEA tab holds what the Victim Assistance Protocol tracks.</source>
      <translation>Exploitation ou abus sexuels par du personnel des Nations unies ou humanitaire : l’onglet EAS contient ce que suit le Protocole d’assistance aux victimes.</translation>
    </message>
</context>
</TS>
