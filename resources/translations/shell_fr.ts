<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AdminPage</name>
        <message>
            <source>Only administrators manage staff accounts and settings.</source>
            <translation>Seuls les administrateurs gèrent les comptes du personnel et les réglages.</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Nom d’utilisateur</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Add a person…</source>
            <translation>Ajouter une personne…</translation>
        </message>
        <message>
            <source>Change role…</source>
            <translation>Changer le rôle…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>Nouveau mot de passe…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Retirer…</translation>
        </message>
        <message>
            <source>Staff accounts</source>
            <translation>Comptes du personnel</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Sécurité</translation>
        </message>
        <message>
            <source>Lock the session after</source>
            <translation>Verrouiller la session après</translation>
        </message>
        <message>
            <source> min of inactivity</source>
            <translation> min d’inactivité</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>New recovery key…</source>
            <translation>Nouvelle clé de secours…</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>Select a person in the list first.</source>
            <translation>Sélectionnez d’abord une personne dans la liste.</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Changer le rôle</translation>
        </message>
        <message>
            <source>New role for {name}:</source>
            <translation>Nouveau rôle pour {name} :</translation>
        </message>
        <message>
            <source>Remove {name}? They will no longer be able to log in. Their past work stays in the history.

The database is then re-encrypted with a new key (it can take a moment), so that an old copy of the key file no longer opens it.</source>
            <translation>Retirer {name} ? Cette personne ne pourra plus se connecter. Son travail passé reste dans l’historique.

La base de données est ensuite rechiffrée avec une nouvelle clé (cela peut prendre un moment), pour qu’une ancienne copie du fichier de clés ne l’ouvre plus.</translation>
        </message>
        <message>
            <source>Remove a person</source>
            <translation>Retirer une personne</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Make a new recovery key? The old one will stop working: destroy the paper it is written on once the new one is put away.</source>
            <translation>Créer une nouvelle clé de secours ? L’ancienne ne fonctionnera plus : détruisez le papier où elle est écrite une fois la nouvelle rangée en lieu sûr.</translation>
        </message>
        <message>
            <source>New recovery key</source>
            <translation>Nouvelle clé de secours</translation>
        </message>
        <message>
            <source>Make a new key</source>
            <translation>Créer une nouvelle clé</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <source>Privacy of shared files</source>
            <translation>Confidentialité des fichiers partagés</translation>
        </message>
        <message>
            <source>Include the survivor&apos;s ethnicity in shared files (case export, Incident Recorder)</source>
            <translation>Inclure l’ethnie de la personne survivante dans les fichiers partagés (export des cas, Incident Recorder)</translation>
        </message>
        <message>
            <source>Off by default: ethnicity can single a person out in a small community. Statistics are not affected.</source>
            <translation>Désactivé par défaut : l’ethnie peut désigner une personne dans une petite communauté. Les statistiques ne changent pas.</translation>
        </message>
    <message>
        <source>Letterhead of referral letters</source>
        <translation>En-tête des lettres de référence</translation>
    </message>
    <message>
        <source>e.g. Rue 12, porte 40, Sévaré</source>
        <translation>p. ex. Rue 12, porte 40, Sévaré</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Save the letterhead</source>
        <translation>Enregistrer l’en-tête</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Téléphone professionnel</translation>
    </message>
    <message>
        <source>Work phone of {user}, printed on the referral letters they write (empty: none):</source>
        <translation>Téléphone professionnel de {user}, imprimé sur les lettres de référence que la personne rédige (vide : aucun) :</translation>
    </message>
    <message>
        <source>Work phone…</source>
        <translation>Téléphone professionnel…</translation>
    </message>
    <message>
        <source>Collect the alleged perpetrator&apos;s name (intake and case file)</source>
        <translation>Recueillir le nom de l’auteur présumé (accueil et dossier)</translation>
    </message>
    <message>
        <source>Off by default, as the GBV guidelines advise: the name is not needed to help her and puts her at risk if the file is seen. Names recorded earlier stay stored, hidden until this is turned on again.</source>
        <translation>Désactivé par défaut, comme le recommandent les lignes directrices VBG : le nom n’est pas nécessaire pour l’aider et la met en danger si le dossier est vu. Les noms déjà saisis restent enregistrés, masqués jusqu’à ce que ce réglage soit réactivé.</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/admin/page.py" />
      <source>Username, name or role</source>
      <translation>Nom d’utilisateur, nom ou rôle</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/admin/page.py" />
      <source>Nobody matches “{text}”.</source>
      <translation>Personne ne correspond à « {text} ».</translation>
    </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Relais</source>
            <translation>Relais</translation>
        </message>
        <message>
            <source>Something unexpected went wrong in Relais.</source>
            <translation>Un problème inattendu est survenu dans Relais.</translation>
        </message>
        <message>
            <source>What was saved before is safe. If it happens again, tell your administrator what you were doing.</source>
            <translation>Ce qui a été enregistré avant est en sécurité. Si cela se reproduit, dites à votre administrateur ce que vous faisiez.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
    </context>
    <context>
        <name>LoginWindow</name>
        <message>
            <source>Relais — log in</source>
            <translation>Relais — connexion</translation>
        </message>
        <message>
            <source>Log in with your username and password.</source>
            <translation>Connectez-vous avec votre nom d’utilisateur et votre mot de passe.</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Nom d’utilisateur</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clé de secours</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Restore a backup…</source>
            <translation>Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Use the recovery key</source>
            <translation>Utiliser la clé de secours</translation>
        </message>
        <message>
            <source>Type the recovery key written down at setup.</source>
            <translation>Tapez la clé de secours notée à l’installation.</translation>
        </message>
        <message>
            <source>Use a password</source>
            <translation>Utiliser un mot de passe</translation>
        </message>
        <message>
            <source>Type your username.</source>
            <translation>Tapez votre nom d’utilisateur.</translation>
        </message>
        <message>
            <source>Too many tries: wait for the countdown on the button, then try again.</source>
            <translation>Trop d’essais : attendez la fin du décompte sur le bouton, puis réessayez.</translation>
        </message>
        <message>
            <source>Wait {n} s</source>
            <translation>Patientez {n} s</translation>
        </message>
        <message>
            <source>Relais is locked: the case data is hidden. Type your password to go on.</source>
            <translation>Relais est verrouillé : les données des dossiers sont masquées. Tapez votre mot de passe pour continuer.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Session</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Verrouiller</translation>
        </message>
        <message>
            <source>Log &amp;out</source>
            <translation>Se &amp;déconnecter</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>L&amp;anguage</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;About Relais</source>
            <translation>À &amp;propos de Relais</translation>
        </message>
        <message>
            <source>Relais {version}
Encrypted case management for the assistance of survivors of gender-based violence and of sexual exploitation and abuse.</source>
            <translation>Relais {version}
Gestion de cas chiffrée pour l’assistance aux survivant·es de violences basées sur le genre et d’exploitation et d’abus sexuels.</translation>
        </message>
        <message>
            <source>About Relais</source>
            <translation>À propos de Relais</translation>
        </message>
        <message>
            <source>&amp;Change my password…</source>
            <translation>&amp;Changer mon mot de passe…</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;New intake</source>
            <translation>&amp;Nouvel accueil</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>A&amp;ffichage</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Ac&amp;tualiser</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Cases</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Référencements</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Suivis</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Annuaire</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>Referrals whose answer is late</source>
            <translation>Références dont la réponse est en retard</translation>
        </message>
        <message>
            <source>Follow-ups due today or overdue</source>
            <translation>Suivis prévus aujourd’hui ou en retard</translation>
        </message>
        <message>
            <source>Things waiting for you</source>
            <translation>Ce qui vous attend</translation>
        </message>
    </context>
    <context>
        <name>Placeholder</name>
        <message>
            <source>This page is not available yet.</source>
            <translation>Cette page n’est pas encore disponible.</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>Here you will register survivors (intake), follow each case through the six case management steps and write case notes.</source>
            <translation>Ici, vous enregistrerez les survivant·es (accueil), suivrez chaque dossier à travers les six étapes de la gestion de cas et rédigerez les notes de suivi.</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Référencements</translation>
        </message>
        <message>
            <source>Here you will refer survivors to services with their consent, follow each referral's status and print referral letters.</source>
            <translation>Ici, vous référerez les survivant·es vers des services avec leur consentement, suivrez l’état de chaque référencement et imprimerez les lettres de référencement.</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Suivis</translation>
        </message>
        <message>
            <source>Here you will see the follow-ups due and overdue, and record those done.</source>
            <translation>Ici, vous verrez les suivis à faire et en retard, et enregistrerez ceux qui sont faits.</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Annuaire</translation>
        </message>
        <message>
            <source>Here you will keep the directory of service providers and the services they offer.</source>
            <translation>Ici, vous tiendrez l’annuaire des prestataires de services et des services qu’ils offrent.</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <source>Here supervisors will produce de-identified monthly statistics, case summaries and the Incident Recorder export.</source>
            <translation>Ici, les superviseurs produiront les statistiques mensuelles anonymisées, les résumés de dossiers et l’export Incident Recorder.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKey</name>
        <message>
            <source>This key opens the database when every password is lost. Keep this page locked away, apart from the computer.</source>
            <translation>Cette clé ouvre la base de données quand tous les mots de passe sont perdus. Gardez cette page sous clé, loin de l’ordinateur.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clé de secours</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Imprimé le</translation>
        </message>
        <message>
            <source>This is the recovery key. It opens the database if every password is lost. It is shown only now: write it on paper or print it, and keep it locked away.</source>
            <translation>Voici la clé de secours. Elle ouvre la base de données si tous les mots de passe sont perdus. Elle n’est affichée qu’une fois : écrivez-la sur papier ou imprimez-la, et gardez-la sous clé.</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>I have written it down (or printed it) and put it away</source>
            <translation>Je l’ai écrite (ou imprimée) et rangée en lieu sûr</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <source>New recovery key</source>
            <translation>Nouvelle clé de secours</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Relais — first setup</source>
            <translation>Relais — première installation</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Welcome to Relais&lt;/h2&gt;&lt;p&gt;Set up this computer: your organisation, your site and the first administrator. The data will be kept encrypted in:&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Bienvenue dans Relais&lt;/h2&gt;&lt;p&gt;Préparez cet ordinateur : votre organisation, votre site et le premier administrateur. Les données seront gardées chiffrées dans :&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Region (optional)</source>
            <translation>Région (facultatif)</translation>
        </message>
        <message>
            <source>Administrator's username</source>
            <translation>Nom d’utilisateur de l’administrateur</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Confirmer le mot de passe</translation>
        </message>
        <message>
            <source>Create the database</source>
            <translation>Créer la base de données</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Les deux mots de passe sont différents.</translation>
        </message>
    <message>
        <source>Address (optional)</source>
        <translation>Adresse (facultatif)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Téléphone (facultatif)</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>Courriel (facultatif)</translation>
    </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>The administrator also supervises the cases</source>
            <translation>L’administrateur supervise aussi les dossiers</translation>
        </message>
        <message>
            <source>A supervisor sees the survivors' cases, the reports and the exports. Untick the box when someone else supervises the cases.</source>
            <translation>Un·e superviseur·e voit les dossiers des personnes survivantes, les rapports et les exports. Décochez la case si quelqu’un d’autre supervise les dossiers.</translation>
        </message>
    </context>
    <context>
        <name>StaffDialogs</name>
        <message>
            <source>The two passwords differ.</source>
            <translation>Les deux mots de passe sont différents.</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Ajouter une personne</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Nom d’utilisateur</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Confirmer le mot de passe</translation>
        </message>
        <message>
            <source>Give the password to the person in private; they can change it later.</source>
            <translation>Donnez le mot de passe à la personne en privé ; elle pourra le changer ensuite.</translation>
        </message>
        <message>
            <source>New password for {name}</source>
            <translation>Nouveau mot de passe pour {name}</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Nouveau mot de passe</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source>An unexpected problem stopped this work. Nothing was half-saved.</source>
            <translation>Un problème inattendu a arrêté ce travail. Rien n’a été enregistré à moitié.</translation>
        </message>
        <message>
            <source>Try again; if it happens again, tell your administrator.</source>
            <translation>Réessayez ; si cela se reproduit, prévenez votre administrateur.</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change my password</source>
            <translation>Changer mon mot de passe</translation>
        </message>
        <message>
            <source>Your new password opens Relais from now on, on this computer. The others' passwords do not change.</source>
            <translation>Votre nouveau mot de passe ouvre Relais dès maintenant, sur cet ordinateur. Les mots de passe des autres ne changent pas.</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Mot de passe actuel</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Nouveau mot de passe</translation>
        </message>
        <message>
            <source>Confirm the new password</source>
            <translation>Confirmer le nouveau mot de passe</translation>
        </message>
        <message>
            <source>Your password is changed. Use the new one from now on.</source>
            <translation>Votre mot de passe est changé. Utilisez désormais le nouveau.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>This page has no search box.</source>
            <translation>Cette page n’a pas de champ de recherche.</translation>
        </message>
        <message>
            <source>Nothing to print on this page: open a case file or a referral first.</source>
            <translation>Rien à imprimer sur cette page : ouvrez d’abord un dossier ou une référence.</translation>
        </message>
        <message>
            <source>Refreshed.</source>
            <translation>Actualisé.</translation>
        </message>
    </context>
</TS>
