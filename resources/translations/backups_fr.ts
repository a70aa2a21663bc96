<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Backups</name>
    <message>
        <location filename="../../work/main/desktop/core/services/backups.py" line="136" />
        <source>The backup folder {folder} is not available (is the USB stick plugged in?).</source>
        <translation>Le dossier de sauvegarde {folder} n’est pas disponible (la clé USB est-elle branchée ?).</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/services/backups.py" line="140" />
        <source>{problem} The backup was written to the data folder instead: {path}. Plug the backup disk in and make a backup again.</source>
        <translation>{problem} La sauvegarde a été écrite dans le dossier des données à la place : {path}. Branchez le disque de sauvegarde et refaites une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/services/backups.py" line="232" />
        <source>This folder does not exist or cannot be written to.</source>
        <translation>Ce dossier n’existe pas ou on ne peut pas y écrire.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/services/backups.py" line="261" />
        <source>Today's automatic backup could not be written: {problem} It will be tried again at the next login.</source>
        <translation>La sauvegarde automatique du jour n’a pas pu être écrite : {problem} Elle sera retentée à la prochaine connexion.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/store/backup_file.py" line="72" />
        <source>This file is not a readable Relais backup (damaged or of another kind).</source>
        <translation>Ce fichier n’est pas une sauvegarde Relais lisible (abîmée ou d’un autre type).</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/store/backup_file.py" line="74" />
        <source>Choose another backup file.</source>
        <translation>Choisissez un autre fichier de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/store/backup_file.py" line="133" />
        <source>The copy of the database failed its integrity check; no backup was written.</source>
        <translation>La copie de la base n’a pas passé le contrôle d’intégrité ; aucune sauvegarde n’a été écrite.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/store/backup_file.py" line="135" />
        <source>Run 'relais check' and restore an earlier backup if the database is damaged.</source>
        <translation>Lancez « relais check » et restaurez une sauvegarde plus ancienne si la base est abîmée.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="39" />
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="40" />
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="41" />
        <source>Before an upgrade</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="47" />
        <source>{n} MB</source>
        <translation>{n} Mo</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="48" />
        <source>{n} kB</source>
        <translation>{n} ko</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="57" />
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="70" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="70" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="71" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="87" />
        <source>Backup folder:</source>
        <translation>Dossier de sauvegarde :</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="90" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="92" />
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="95" />
        <source>Keep the newest</source>
        <translation>Garder les</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="97" />
        <source>daily and manual backups</source>
        <translation>sauvegardes quotidiennes et manuelles les plus récentes</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="98" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="102" />
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="104" />
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="106" />
        <source>Restore from a file…</source>
        <translation>Restaurer depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="110" />
        <source>A backup is made at the first login of each day. Backups are encrypted: they open only with a password or the recovery key.</source>
        <translation>Une sauvegarde est faite à la première connexion de chaque jour. Les sauvegardes sont chiffrées : elles ne s’ouvrent qu’avec un mot de passe ou la clé de secours.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="146" />
        <source>the data folder ({path})</source>
        <translation>le dossier des données ({path})</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="171" />
        <source>Writing the backup…</source>
        <translation>Écriture de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="188" />
        <source>Backup written: {path} ({size}).</source>
        <translation>Sauvegarde écrite : {path} ({size}).</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="191" />
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="197" />
        <source>No backup was written.</source>
        <translation>Aucune sauvegarde n’a été écrite.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="205" />
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="220" />
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="229" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="235" />
        <source>Select a backup in the list first.</source>
        <translation>Sélectionnez d’abord une sauvegarde dans la liste.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="241" />
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/admin/backups_box.py" line="242" />
        <source>Relais backups (*.relaisbak)</source>
        <translation>Sauvegardes Relais (*.relaisbak)</translation>
    </message>
    <message>
        <source>The database is damaged: no backup was written.</source>
        <translation>La base est endommagée : aucune sauvegarde n’a été écrite.</translation>
    </message>
    <message>
        <source>Keep the last good backup, run 'relais check' and restore that backup.</source>
        <translation>Gardez la dernière bonne sauvegarde, lancez « relais check » et restaurez cette sauvegarde.</translation>
    </message>
    <message>
        <source>Not enough free space to restore this backup: nothing was changed.</source>
        <translation>Pas assez d’espace libre pour restaurer cette sauvegarde : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then try again.</source>
        <translation>Libérez de l’espace sur le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>The copy of the database did not match the database (a memory or disk fault while copying): no backup was written.</source>
        <translation>La copie de la base ne correspond pas à la base (défaut de mémoire ou de disque pendant la copie) : aucune sauvegarde n’a été écrite.</translation>
    </message>
    <message>
        <source>Make the backup again; the earlier backups are kept. If it happens again, try another backup disk.</source>
        <translation>Refaites la sauvegarde ; les sauvegardes précédentes sont conservées. Si cela se reproduit, essayez un autre disque de sauvegarde.</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../work/main/desktop/cli/cmd_backup.py" line="27" />
        <source>write an encrypted backup (database and key slots)</source>
        <translation>écrire une sauvegarde chiffrée (base et emplacements de clé)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/cli/cmd_backup.py" line="30" />
        <source>backup file to write (default: the backup folder, with rotation)</source>
        <translation>fichier de sauvegarde à écrire (par défaut : le dossier de sauvegarde, avec rotation)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/cli/cmd_backup.py" line="34" />
        <source>restore a backup into the data folder (the replaced files are kept aside)</source>
        <translation>restaurer une sauvegarde dans le dossier des données (les fichiers remplacés sont mis de côté)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/cli/cmd_backup.py" line="38" />
        <source>backup file to restore</source>
        <translation>fichier de sauvegarde à restaurer</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/cli/cmd_backup.py" line="40" />
        <source>an administrator account in the backup (its password is read)</source>
        <translation>un compte administrateur de la sauvegarde (son mot de passe est lu)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/cli/cmd_backup.py" line="42" />
        <source>read the backup's recovery key instead of a password</source>
        <translation>lire la clé de secours de la sauvegarde au lieu d’un mot de passe</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/cli/cmd_backup.py" line="58" />
        <source>Backup written: {path} ({size} MB, {seconds} s)</source>
        <translation>Sauvegarde écrite : {path} ({size} Mo, {seconds} s)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/cli/cmd_backup.py" line="67" />
        <source>Recovery key of the backup: </source>
        <translation>Clé de secours de la sauvegarde : </translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/cli/cmd_backup.py" line="71" />
        <source>Administrator username in the backup: </source>
        <translation>Nom d’utilisateur administrateur dans la sauvegarde : </translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/cli/cmd_backup.py" line="72" />
        <source>Password for {user} (as in the backup): </source>
        <translation>Mot de passe de {user} (tel que dans la sauvegarde) : </translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/cli/cmd_backup.py" line="75" />
        <source>Restored the backup of {date} ({n} accounts).</source>
        <translation>Sauvegarde du {date} restaurée ({n} comptes).</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/cli/cmd_backup.py" line="78" />
        <source>The replaced files are kept in {path}.</source>
        <translation>Les fichiers remplacés sont conservés dans {path}.</translation>
    </message>
    <message>
        <source>allow a backup of another organisation or database to replace this folder's</source>
        <translation>permettre qu’une sauvegarde d’une autre organisation ou d’une autre base remplace celle de ce dossier</translation>
    </message>
    <message>
        <source>Backup of {organisation}, site {site}, made {date}: {cases} cases, {accounts} accounts.</source>
        <translation>Sauvegarde de {organisation}, site {site}, faite le {date} : {cases} dossiers, {accounts} comptes.</translation>
    </message>
    <message>
        <source>This data folder holds another database ({live}).</source>
        <translation>Ce dossier de données contient une autre base ({live}).</translation>
    </message>
    <message>
        <source>ok (the check could not be recorded in the audit log: the folder refused the write)</source>
        <translation>ok (la vérification n’a pas pu être inscrite au journal d’audit : le dossier a refusé l’écriture)</translation>
    </message>
    <message>
        <source>Restore the latest backup.</source>
        <translation>Restaurez la dernière sauvegarde.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../../work/main/desktop/core/services/restore.py" line="48" />
        <source>The backup is damaged: nothing was changed.</source>
        <translation>La sauvegarde est abîmée : rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/services/restore.py" line="49" />
        <source>Choose an older backup.</source>
        <translation>Choisissez une sauvegarde plus ancienne.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/services/restore.py" line="57" />
        <source>This recovery key does not open this backup.</source>
        <translation>Cette clé de secours n’ouvre pas cette sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/services/restore.py" line="61" />
        <source>This username and password do not open this backup.</source>
        <translation>Ce nom d’utilisateur et ce mot de passe n’ouvrent pas cette sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/services/restore.py" line="63" />
        <location filename="../../work/main/desktop/core/services/restore.py" line="69" />
        <source>Use an administrator's password as it was when the backup was made, or the recovery key.</source>
        <translation>Utilisez le mot de passe d’un administrateur tel qu’il était lors de la sauvegarde, ou la clé de secours.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/services/restore.py" line="88" />
        <source>This backup was made by a newer version of Relais: nothing was changed.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente de Relais : rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/services/restore.py" line="90" />
        <source>Install the newer version to restore it.</source>
        <translation>Installez la version plus récente pour la restaurer.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/services/restore.py" line="104" />
        <source>Only an administrator of the backup can restore it: nothing was changed.</source>
        <translation>Seul un administrateur de la sauvegarde peut la restaurer : rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/services/restore.py" line="106" />
        <source>Ask an administrator, or use the recovery key.</source>
        <translation>Demandez à un administrateur, ou utilisez la clé de secours.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/services/restore.py" line="139" />
        <location filename="../../work/main/desktop/core/services/restore.py" line="161" />
        <source>The backup file was not found.</source>
        <translation>Le fichier de sauvegarde est introuvable.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/services/restore.py" line="162" />
        <source>Check the path, or plug the backup disk in.</source>
        <translation>Vérifiez le chemin, ou branchez le disque de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/services/restore.py" line="164" />
        <source>Give an administrator's username and password, or the recovery key.</source>
        <translation>Donnez le nom d’utilisateur et le mot de passe d’un administrateur, ou la clé de secours.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/services/restore.py" line="179" />
        <source>The restore could not finish: {reason}</source>
        <translation>La restauration n’a pas pu se terminer : {reason}</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/services/restore.py" line="181" />
        <source>Free some space or check the disk, then open Relais again: it finishes the restore itself.</source>
        <translation>Libérez de la place ou vérifiez le disque, puis rouvrez Relais : il termine lui-même la restauration.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="51" />
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="171" />
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="176" />
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="52" />
        <source>Type the password of an administrator account as it was when the backup was made, or use the recovery key.</source>
        <translation>Tapez le mot de passe d’un compte administrateur tel qu’il était lors de la sauvegarde, ou utilisez la clé de secours.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="62" />
        <source>Use the recovery key instead</source>
        <translation>Utiliser plutôt la clé de secours</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="71" />
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="92" />
        <source>Administrator username:</source>
        <translation>Nom d’utilisateur administrateur :</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="72" />
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="96" />
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="76" />
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="177" />
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="79" />
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="172" />
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="177" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="95" />
        <source>Recovery key:</source>
        <translation>Clé de secours :</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="136" />
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="145" />
        <source>No backup was found in the data folder or the backup folder. Choose a backup file (for example on the USB stick).</source>
        <translation>Aucune sauvegarde n’a été trouvée dans le dossier des données ni dans le dossier de sauvegarde. Choisissez un fichier de sauvegarde (par exemple sur la clé USB).</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="148" />
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="149" />
        <source>Relais backups (*.relaisbak)</source>
        <translation>Sauvegardes Relais (*.relaisbak)</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="165" />
        <source>Restore the backup of {date}?

The database is replaced by the one in the backup: everything saved after {date} will no longer be in Relais. The current files are kept in a 'replaced-…' folder inside the data folder. Everyone is logged out.</source>
        <translation>Restaurer la sauvegarde du {date} ?

La base est remplacée par celle de la sauvegarde : tout ce qui a été enregistré après le {date} ne sera plus dans Relais. Les fichiers actuels sont conservés dans un dossier « replaced-… » du dossier des données. Tout le monde est déconnecté.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="172" />
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="174" />
        <source>Are you sure? Work saved after {date} will be set aside.</source>
        <translation>Êtes-vous sûr ? Le travail enregistré après le {date} sera mis de côté.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="192" />
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="219" />
        <source>The backup of {date} was restored ({n} accounts). Log in again.</source>
        <translation>La sauvegarde du {date} a été restaurée ({n} comptes). Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="223" />
        <source>The replaced files are kept in {path}.</source>
        <translation>Les fichiers remplacés sont conservés dans {path}.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/gui/restore_flow.py" line="227" />
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>the database now in this folder</source>
        <translation>la base qui est actuellement dans ce dossier</translation>
    </message>
    <message>
        <source>This backup is of another organisation or database ({organisation}, {site}), not of {live}: nothing was changed.</source>
        <translation>Cette sauvegarde est celle d’une autre organisation ou d’une autre base ({organisation}, {site}), pas de {live} : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>To replace this folder's database with it all the same, ask for exactly that (relais restore --replace-other-organisation).</source>
        <translation>Pour remplacer quand même la base de ce dossier par celle-ci, demandez-le expressément (relais restore --replace-other-organisation).</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>Ouverture de la sauvegarde…</translation>
    </message>
    <message>
        <source>Restore the backup of {organisation} ({site}), made on {date}, holding {cases} cases?

The database is replaced by the one in the backup: everything saved after {date} will no longer be in Relais. The current files are kept in a 'replaced-…' folder inside the data folder. Everyone is logged out.</source>
        <translation>Restaurer la sauvegarde de {organisation} ({site}), faite le {date}, qui contient {cases} dossiers ?

La base est remplacée par celle de la sauvegarde : tout ce qui a été enregistré après le {date} ne sera plus dans Relais. Les fichiers actuels sont conservés dans un dossier « replaced-… » du dossier de données. Tout le monde est déconnecté.</translation>
    </message>
    <message>
        <source>This backup is of another organisation or database: {organisation} ({site}), not {live}.

Replace the database of {live} with that of {organisation}? Only do this if you mean to take this PC over for {organisation}.</source>
        <translation>Cette sauvegarde est celle d’une autre organisation ou d’une autre base : {organisation} ({site}), pas {live}.

Remplacer la base de {live} par celle de {organisation} ? Ne le faites que si ce PC doit désormais servir à {organisation}.</translation>
    </message>
    <message>
        <source>Replace with {organisation}</source>
        <translation>Remplacer par {organisation}</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../work/main/desktop/core/store/datafolder.py" line="95" />
        <source>The database file is missing or empty.</source>
        <translation>Le fichier de la base est absent ou vide.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/store/datafolder.py" line="98" />
        <location filename="../../work/main/desktop/core/store/keyslots.py" line="248" />
        <source>The key-slot file is missing.</source>
        <translation>Le fichier des emplacements de clé est absent.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/services/session.py" line="111" />
        <source>The database could not be upgraded: nothing was changed.</source>
        <translation>La base n’a pas pu être mise à jour : rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../work/main/desktop/core/services/session.py" line="113" />
        <source>Keep using the previous version of Relais and report the problem; a backup was made before the upgrade in the backups folder.</source>
        <translation>Continuez avec la version précédente de Relais et signalez le problème ; une sauvegarde a été faite avant la mise à jour dans le dossier des sauvegardes.</translation>
    </message>
    </context>
<context>
    <name>Check</name>
    <message>
        <source>The database is damaged: the integrity check found {n} problem(s), first: {first}.</source>
        <translation>La base est endommagée : la vérification d’intégrité a trouvé {n} problème(s), le premier : {first}.</translation>
    </message>
</context>
<context>
    <name>Upkeep</name>
    <message>
        <source>{what}…</source>
        <translation>{what}…</translation>
    </message>
    <message>
        <source>{what}: done in {seconds:.1f} s.</source>
        <translation>{what} : terminé en {seconds:.1f} s.</translation>
    </message>
    <message>
        <source>Daily backup of the database</source>
        <translation>Sauvegarde quotidienne de la base</translation>
    </message>
    <message>
        <source>Analysing the database for faster searches</source>
        <translation>Analyse de la base pour des recherches plus rapides</translation>
    </message>
</context>
<context>
    <name>Upgrade</name>
    <message>
        <source>statistics and name search</source>
        <translation>statistiques et recherche par nom</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>index</translation>
    </message>
    <message>
        <source>case list indexes</source>
        <translation>index de la liste des dossiers</translation>
    </message>
    <message>
        <source>statistics summaries</source>
        <translation>résumés statistiques</translation>
    </message>
    <message>
        <source>{n} GB</source>
        <translation>{n} Go</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} Mo</translation>
    </message>
    <message>
        <source>{n} kB</source>
        <translation>{n} ko</translation>
    </message>
    <message>
        <source>Backing up the database before the upgrade ({size})…</source>
        <translation>Sauvegarde de la base avant la mise à jour ({size})…</translation>
    </message>
    <message>
        <source>Upgrading the database: step {n} of {total}…</source>
        <translation>Mise à jour de la base : étape {n} sur {total}…</translation>
    </message>
    <message>
        <source>Upgrading the database: step {n} of {total} ({what})…</source>
        <translation>Mise à jour de la base : étape {n} sur {total} ({what})…</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>The database is upgraded (in {took}).</source>
        <translation>La base est mise à jour (en {took}).</translation>
    </message>
</context>
</TS>
