<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Hub</name>
    <message>
        <source>A coordinator's name is 2 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Le nom d’une coordinatrice compte de 2 à 64 lettres, chiffres, points, tirets ou soulignés.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>Le mot de passe doit compter au moins {n} caractères.</translation>
    </message>
    <message>
        <source>A coordinator named {name} already exists.</source>
        <translation>Une coordinatrice nommée {name} existe déjà.</translation>
    </message>
    <message>
        <source>No such site at the hub: {names}.</source>
        <translation>Site inconnu du hub : {names}.</translation>
    </message>
</context>
<context>
    <name>HubCLI</name>
    <message>
        <source>the national report for a period (PDF, XLSX or CSV)</source>
        <translation>le rapport national d’une période (PDF, XLSX ou CSV)</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD)</source>
        <translation>premier jour (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>last day, included (YYYY-MM-DD)</source>
        <translation>dernier jour, inclus (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>a site's name at the hub (repeat for several; default: every site)</source>
        <translation>le nom d’un site au hub (à répéter pour plusieurs ; par défaut : tous les sites)</translation>
    </message>
    <message>
        <source>file format</source>
        <translation>format du fichier</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>fichier à écrire</translation>
    </message>
    <message>
        <source>the hub's coordinators</source>
        <translation>les coordinatrices du hub</translation>
    </message>
    <message>
        <source>add a coordinator (the password is asked for)</source>
        <translation>ajouter une coordinatrice (le mot de passe est demandé)</translation>
    </message>
    <message>
        <source>her name to log in with</source>
        <translation>son nom de connexion</translation>
    </message>
    <message>
        <source>Wrote {path} (national report, {sites}, {period}).</source>
        <translation>{path} écrit (rapport national, {sites}, {period}).</translation>
    </message>
    <message>
        <source>Password for {name}: </source>
        <translation>Mot de passe de {name} : </translation>
    </message>
    <message>
        <source>Coordinator {name} added: she logs in at the hub's web page.</source>
        <translation>Coordinatrice {name} ajoutée : elle se connecte à la page web du hub.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>not known (never sent to the hub)</source>
        <translation>inconnu (jamais envoyé au hub)</translation>
    </message>
</context>
<context>
    <name>HubWeb</name>
    <message>
        <source>Relais hub</source>
        <translation>Hub Relais</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>National tables</source>
        <translation>Tableaux nationaux</translation>
    </message>
    <message>
        <source>SEA victim assistance</source>
        <translation>Assistance aux victimes d’EAS</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Logged in as {name}</source>
        <translation>Connectée en tant que {name}</translation>
    </message>
    <message>
        <source>Coordinators' login</source>
        <translation>Connexion des coordinatrices</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>The form expired: log in again.</source>
        <translation>Le formulaire a expiré : connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation>Nom ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Too many failed attempts: wait {seconds} seconds, then try again.</source>
        <translation>Trop d’essais manqués : attendez {seconds} secondes, puis réessayez.</translation>
    </message>
    <message>
        <source>The form expired: reload the page.</source>
        <translation>Le formulaire a expiré : rechargez la page.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Cases held</source>
        <translation>Cas détenus</translation>
    </message>
    <message>
        <source>Waiting at the last sync</source>
        <translation>En attente à la dernière synchronisation</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no (code given)</source>
        <translation>non (code remis)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>No site yet.</source>
        <translation>Aucun site pour l’instant.</translation>
    </message>
    <message>
        <source>Cases held: consented cases the site sent (the hub holds nothing else).</source>
        <translation>Cas détenus : les cas consentis que le site a envoyés (le hub ne détient rien d’autre).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>Au (inclus)</translation>
    </message>
    <message>
        <source>Sites (none ticked: every site)</source>
        <translation>Sites (aucun coché : tous les sites)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>National report (PDF)</source>
        <translation>Rapport national (PDF)</translation>
    </message>
    <message>
        <source>National tables (CSV)</source>
        <translation>Tableaux nationaux (CSV)</translation>
    </message>
    <message>
        <source>National tables (XLSX)</source>
        <translation>Tableaux nationaux (XLSX)</translation>
    </message>
    <message>
        <source>Combined Incident Recorder (XLSX)</source>
        <translation>Incident Recorder combiné (XLSX)</translation>
    </message>
    <message>
        <source>{sites} — {period}</source>
        <translation>{sites} — {period}</translation>
    </message>
    <message>
        <source>Only survivors who consented to statistics are counted; counts from 1 to 4 show as &lt;5, and the cells that would give them away as hidden, as in every site report.</source>
        <translation>Seules les personnes survivantes qui ont consenti aux statistiques sont comptées ; les nombres de 1 à 4 s’affichent « &lt;5 », et les cases qui permettraient de les retrouver « masqué », comme dans chaque rapport de site.</translation>
    </message>
    <message>
        <source>The first day comes after the last.</source>
        <translation>Le premier jour vient après le dernier.</translation>
    </message>
    <message>
        <source>Give the dates as YYYY-MM-DD.</source>
        <translation>Donnez les dates sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>Fichier inconnu.</translation>
    </message>
    <message>
        <source>SEA victim assistance across sites</source>
        <translation>Assistance aux victimes d’EAS, tous sites</translation>
    </message>
    <message>
        <source>Victims who consented to inform the UN (as in the site export of victim assistance), by survivor code; the others are only counted in the national tables.</source>
        <translation>Les victimes qui ont consenti à informer l’ONU (comme dans l’export d’assistance aux victimes du site), par code de la personne survivante ; les autres sont seulement comptées dans les tableaux nationaux.</translation>
    </message>
    <message>
        <source>No victim to list.</source>
        <translation>Aucune victime à lister.</translation>
    </message>
    <message>
        <source>Survivor code</source>
        <translation>Code de la personne survivante</translation>
    </message>
    <message>
        <source>Category of personnel</source>
        <translation>Catégorie de personnel</translation>
    </message>
    <message>
        <source>Allegation received</source>
        <translation>Allégation reçue le</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Jours écoulés</translation>
    </message>
    <message>
        <source>SEA assistance received</source>
        <translation>Assistance EAS reçue</translation>
    </message>
    <message>
        <source>Services (referred or given)</source>
        <translation>Services (référés ou fournis)</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Suivis ouverts</translation>
    </message>
    <message>
        <source>{n} ({overdue} overdue)</source>
        <translation>{n} (dont {overdue} en retard)</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Enquête</translation>
    </message>
</context>
</TS>
