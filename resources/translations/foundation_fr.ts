<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Accounts</name>
        <message>
            <source>A username has 2 to 64 letters, digits, dots, dashes or underscores, without spaces.</source>
            <translation>Un nom d’utilisateur a de 2 à 64 lettres, chiffres, points, tirets ou tirets bas, sans espaces.</translation>
        </message>
        <message>
            <source>The password needs at least {n} characters.</source>
            <translation>Le mot de passe doit avoir au moins {n} caractères.</translation>
        </message>
        <message>
            <source>Choose a role: case worker, supervisor, administrator, or administrator and supervisor.</source>
            <translation>Choisissez un rôle : gestionnaire de cas, superviseur·e, administrateur·rice, ou administrateur·rice et superviseur·e.</translation>
        </message>
        <message>
            <source>This username is already taken.</source>
            <translation>Ce nom d’utilisateur est déjà pris.</translation>
        </message>
        <message>
            <source>No active account with this username.</source>
            <translation>Aucun compte actif avec ce nom d’utilisateur.</translation>
        </message>
        <message>
            <source>Relais needs at least one administrator.</source>
            <translation>Relais a besoin d’au moins un administrateur.</translation>
        </message>
        <message>
            <source>The recovery key has no password.</source>
            <translation>La clé de secours n’a pas de mot de passe.</translation>
        </message>
        <message>
            <source>You cannot remove your own account.</source>
            <translation>Vous ne pouvez pas retirer votre propre compte.</translation>
        </message>
    <message>
        <source>Enter a phone number (digits, spaces, + - . ( ), at most 40).</source>
        <translation>Saisissez un numéro de téléphone (chiffres, espaces, + - . ( ), 40 caractères au plus).</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as contact@example.org.</source>
        <translation>Saisissez une adresse de courriel, par exemple contact@exemple.org.</translation>
    </message>
    <message>
        <source>Keep the address to three lines (200 characters at most).</source>
        <translation>L’adresse tient en trois lignes (200 caractères au plus).</translation>
    </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>The backup could not be written: {reason}</source>
            <translation>La sauvegarde n’a pas pu être écrite : {reason}</translation>
        </message>
        <message>
            <source>Check that the disk or USB stick is plugged in and has free space.</source>
            <translation>Vérifiez que le disque ou la clé USB est branché et a de la place libre.</translation>
        </message>
    </context>
    <context>
        <name>CLI</name>
        <message>
            <source>check the database (quick_check and cipher_integrity_check)</source>
            <translation>vérifier la base de données (quick_check et cipher_integrity_check)</translation>
        </message>
        <message>
            <source>run the full integrity_check (slower)</source>
            <translation>lancer l’integrity_check complet (plus lent)</translation>
        </message>
        <message>
            <source>Password for {user}: </source>
            <translation>Mot de passe de {user} : </translation>
        </message>
        <message>
            <source>create a new encrypted database</source>
            <translation>créer une nouvelle base de données chiffrée</translation>
        </message>
        <message>
            <source>organisation name</source>
            <translation>nom de l’organisation</translation>
        </message>
        <message>
            <source>site name</source>
            <translation>nom du site</translation>
        </message>
        <message>
            <source>administrator username</source>
            <translation>nom d’utilisateur de l’administrateur</translation>
        </message>
        <message>
            <source>administrator's name</source>
            <translation>nom de l’administrateur</translation>
        </message>
        <message>
            <source>New password for {user}: </source>
            <translation>Nouveau mot de passe de {user} : </translation>
        </message>
        <message>
            <source>Recovery key above: write it down and keep it in a safe place. It is shown only once.</source>
            <translation>Clé de secours ci-dessus : notez-la et gardez-la en lieu sûr. Elle n’est affichée qu’une fois.</translation>
        </message>
        <message>
            <source>manage staff accounts</source>
            <translation>gérer les comptes du personnel</translation>
        </message>
        <message>
            <source>list accounts</source>
            <translation>lister les comptes</translation>
        </message>
        <message>
            <source>add a person</source>
            <translation>ajouter une personne</translation>
        </message>
        <message>
            <source>remove a person (their key slot goes, the database is rekeyed)</source>
            <translation>retirer une personne (son emplacement de clé est supprimé, la base est rechiffrée)</translation>
        </message>
        <message>
            <source>set a person's password</source>
            <translation>définir le mot de passe d’une personne</translation>
        </message>
        <message>
            <source>Added {user}.</source>
            <translation>{user} ajouté·e.</translation>
        </message>
        <message>
            <source>Removed {user}; the database was rekeyed.</source>
            <translation>{user} retiré·e ; la base de données a été rechiffrée.</translation>
        </message>
        <message>
            <source>Password changed for {user}.</source>
            <translation>Mot de passe changé pour {user}.</translation>
        </message>
        <message>
            <source>Current password for {user}: </source>
            <translation>Mot de passe actuel de {user} : </translation>
        </message>
        <message>
            <source>Expected a password on standard input: {what}</source>
            <translation>Un mot de passe était attendu sur l’entrée standard : {what}</translation>
        </message>
        <message>
            <source>Type it again: </source>
            <translation>Retapez-le : </translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Les deux mots de passe sont différents.</translation>
        </message>
        <message>
            <source>Relais: encrypted case management for survivor assistance.</source>
            <translation>Relais : gestion de cas chiffrée pour l’assistance aux survivant·es.</translation>
        </message>
        <message>
            <source>data folder</source>
            <translation>dossier de données</translation>
        </message>
        <message>
            <source>language</source>
            <translation>langue</translation>
        </message>
        <message>
            <source>your username</source>
            <translation>votre nom d’utilisateur</translation>
        </message>
        <message>
            <source>relais: interrupted</source>
            <translation>relais : interrompu</translation>
        </message>
        <message>
            <source>admin_supervisor (default: also supervises the cases, as in a small centre) or administrator (accounts, settings and backups only, no access to survivors' cases)</source>
            <translation>admin_supervisor (par défaut : supervise aussi les dossiers, comme dans un petit centre) ou administrator (comptes, réglages et sauvegardes seulement, sans accès aux dossiers des personnes survivantes)</translation>
        </message>
        <message>
            <source>Standard input is not UTF-8 text: save or send the password as UTF-8.</source>
            <translation>L’entrée standard n’est pas du texte UTF-8 : enregistrez ou envoyez le mot de passe en UTF-8.</translation>
        </message>
    <message>
        <source>the organisation&apos;s address, printed on referral letters (optional)</source>
        <translation>adresse de l’organisation, imprimée sur les lettres de référence (facultatif)</translation>
    </message>
    <message>
        <source>the organisation&apos;s phone (optional)</source>
        <translation>téléphone de l’organisation (facultatif)</translation>
    </message>
    <message>
        <source>the organisation&apos;s e-mail (optional)</source>
        <translation>courriel de l’organisation (facultatif)</translation>
    </message>
    <message>
        <source>work phone, printed on the referral letters the person writes</source>
        <translation>téléphone professionnel, imprimé sur les lettres de référence que la personne rédige</translation>
    </message>
    <message>
        <source>set a person&apos;s work phone (empty: none), printed on their referral letters</source>
        <translation>définir le téléphone professionnel d’une personne (vide : aucun), imprimé sur ses lettres de référence</translation>
    </message>
    <message>
        <source>Work phone saved for {user}.</source>
        <translation>Téléphone professionnel enregistré pour {user}.</translation>
    </message>
    </context>
    <context>
        <name>Login</name>
        <message>
            <source>Too many wrong passwords. Wait {seconds} seconds, then try again.</source>
            <translation>Trop de mots de passe erronés. Patientez {seconds} secondes, puis réessayez.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clé de secours</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>Nobody is logged in.</source>
            <translation>Personne n’est connecté.</translation>
        </message>
        <message>
            <source>Your role does not allow this action.</source>
            <translation>Votre rôle ne permet pas cette action.</translation>
        </message>
    <message>
        <source>You may see the statistics of your own site only.</source>
        <translation>Vous ne pouvez voir que les statistiques de votre site.</translation>
    </message>
    <message>
        <source>Choose your site.</source>
        <translation>Choisissez votre site.</translation>
    </message>
        <message>
            <source>Ask a supervisor or an administrator.</source>
            <translation>Demandez à un superviseur ou à un administrateur.</translation>
        </message>
        <message>
            <source>Your role gives no access to survivors' cases.</source>
            <translation>Votre rôle ne donne pas accès aux dossiers des personnes survivantes.</translation>
        </message>
        <message>
            <source>An administrator who is also the supervisor needs the role "Administrator and supervisor".</source>
            <translation>Un administrateur qui est aussi superviseur a besoin du rôle « Administrateur et superviseur ».</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Case worker</source>
            <translation>Gestionnaire de cas</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Superviseur·e</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrateur·rice</translation>
        </message>
        <message>
            <source>Administrator and supervisor</source>
            <translation>Administrateur·rice et superviseur·e</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Enter a whole number.</source>
            <translation>Saisissez un nombre entier.</translation>
        </message>
        <message>
            <source>Enter a number from {low} to {high}.</source>
            <translation>Saisissez un nombre de {low} à {high}.</translation>
        </message>
        <message>
            <source>This value is not allowed.</source>
            <translation>Cette valeur n’est pas permise.</translation>
        </message>
    </context>
    <context>
        <name>Setup</name>
        <message>
            <source>Enter the organisation's name.</source>
            <translation>Saisissez le nom de l’organisation.</translation>
        </message>
        <message>
            <source>Enter the site's name.</source>
            <translation>Saisissez le nom du site.</translation>
        </message>
        <message>
            <source>The first account must be an administrator.</source>
            <translation>Le premier compte doit être un administrateur.</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>No Relais database in this folder.</source>
            <translation>Aucune base de données Relais dans ce dossier.</translation>
        </message>
        <message>
            <source>Create one with the setup wizard or 'relais init'.</source>
            <translation>Créez-en une avec l’assistant d’installation ou « relais init ».</translation>
        </message>
        <message>
            <source>This folder already holds a Relais database.</source>
            <translation>Ce dossier contient déjà une base de données Relais.</translation>
        </message>
        <message>
            <source>Relais is already open on this data folder.</source>
            <translation>Relais est déjà ouvert sur ce dossier de données.</translation>
        </message>
        <message>
            <source>Close the other window (or wait for the other command to end), then try again.</source>
            <translation>Fermez l’autre fenêtre (ou attendez la fin de l’autre commande), puis réessayez.</translation>
        </message>
        <message>
            <source>The username or password is not correct.</source>
            <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
        </message>
        <message>
            <source>This data folder has no recovery key.</source>
            <translation>Ce dossier de données n’a pas de clé de secours.</translation>
        </message>
        <message>
            <source>The recovery key is not correct.</source>
            <translation>La clé de secours est incorrecte.</translation>
        </message>
        <message>
            <source>The key-slot file is damaged.</source>
            <translation>Le fichier des clés est endommagé.</translation>
        </message>
        <message>
            <source>The database holds no site.</source>
            <translation>La base de données ne contient aucun site.</translation>
        </message>
        <message>
            <source>This key does not open the database.</source>
            <translation>Cette clé n’ouvre pas la base de données.</translation>
        </message>
        <message>
            <source>The database file is damaged.</source>
            <translation>Le fichier de la base de données est endommagé.</translation>
        </message>
        <message>
            <source>Restore the latest backup.</source>
            <translation>Restaurez la dernière sauvegarde.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved.</source>
            <translation>Le disque est plein : rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>The data folder is read-only: nothing was saved.</source>
            <translation>Le dossier de données est en lecture seule : rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>The database is busy: nothing was saved. Try again.</source>
            <translation>La base de données est occupée : rien n’a été enregistré. Réessayez.</translation>
        </message>
        <message>
            <source>The disk refused the write: nothing was saved.</source>
            <translation>Le disque a refusé l’écriture : rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>Free some space or check the disk, then save again.</source>
            <translation>Libérez de la place ou vérifiez le disque, puis enregistrez de nouveau.</translation>
        </message>
        <message>
            <source>This database was made by a newer version of Relais.</source>
            <translation>Cette base de données a été créée par une version plus récente de Relais.</translation>
        </message>
        <message>
            <source>Install the newer version to open it.</source>
            <translation>Installez la version plus récente pour l’ouvrir.</translation>
        </message>
        <message>
            <source>The session is locked.</source>
            <translation>La session est verrouillée.</translation>
        </message>
        <message>
            <source>The key slot of {user} is damaged.</source>
            <translation>L’emplacement de clé de {user} est endommagé.</translation>
        </message>
    </context>
    <context>
        <name>PasswordChange</name>
        <message>
            <source>Type your current password.</source>
            <translation>Tapez votre mot de passe actuel.</translation>
        </message>
        <message>
            <source>The two new passwords differ.</source>
            <translation>Les deux nouveaux mots de passe diffèrent.</translation>
        </message>
        <message>
            <source>The new password is the same as the current one.</source>
            <translation>Le nouveau mot de passe est le même que l’actuel.</translation>
        </message>
        <message>
            <source>The current password is not right.</source>
            <translation>Le mot de passe actuel n’est pas le bon.</translation>
        </message>
        <message>
            <source>Wait {seconds} seconds before the next try.</source>
            <translation>Attendez {seconds} secondes avant le prochain essai.</translation>
        </message>
    </context>
</TS>
