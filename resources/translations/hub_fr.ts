<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Hub</name>
    <message>
        <source>Refused: the batch is too large.</source>
        <translation>Refusé : le lot est trop gros.</translation>
    </message>
    <message>
        <source>Refused: not an enrolment request.</source>
        <translation>Refusé : ce n’est pas une demande d’inscription.</translation>
    </message>
    <message>
        <source>Not a PostgreSQL address: give postgresql://user@host/database.</source>
        <translation>Ce n’est pas une adresse PostgreSQL : donnez postgresql://utilisateur@hôte/base.</translation>
    </message>
    <message>
        <source>The hub's database cannot be reached: {why}</source>
        <translation>La base de données du hub est injoignable : {why}</translation>
    </message>
    <message>
        <source>Refused: this enrolment code is unknown, already used or expired; ask the hub for a new one.</source>
        <translation>Refusé : ce code d’inscription est inconnu, déjà utilisé ou expiré ; demandez-en un nouveau au hub.</translation>
    </message>
    <message>
        <source>A site name has 1 to 64 letters, digits, - or _.</source>
        <translation>Un nom de site compte de 1 à 64 lettres, chiffres, - ou _.</translation>
    </message>
    <message>
        <source>Refused: the site's public keys are not valid.</source>
        <translation>Refusé : les clés publiques du site ne sont pas valides.</translation>
    </message>
    <message>
        <source>This is not a Relais batch file.</source>
        <translation>Ce n’est pas un fichier de lots Relais.</translation>
    </message>
    <message>
        <source>This batch file holds no batch.</source>
        <translation>Ce fichier de lots ne contient aucun lot.</translation>
    </message>
    <message>
        <source>This file is too large for a batch file.</source>
        <translation>Ce fichier est trop gros pour un fichier de lots.</translation>
    </message>
    <message>
        <source>Refused: every batch of this file was already stored (batches {first} to {last} of site {site}; replayed). Its acknowledgement is written: take it back to the site, then write a new file there.</source>
        <translation>Refusé : tous les lots de ce fichier étaient déjà enregistrés (lots {first} à {last} du site {site} ; rejoués). Son accusé de réception est écrit : rapportez-le au site, puis écrivez-y un nouveau fichier.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {why}</source>
        <translation>Impossible de lire {file} : {why}</translation>
    </message>
    <message>
        <source>This hub has no keys yet: run relais hub init.</source>
        <translation>Ce hub n’a pas encore de clés : lancez relais hub init.</translation>
    </message>
    <message>
        <source>This file is not encrypted to this hub, or it is damaged.</source>
        <translation>Ce fichier n’est pas chiffré pour ce hub, ou il est abîmé.</translation>
    </message>
    <message>
        <source>Refused: site {site} is not enrolled at this hub.</source>
        <translation>Refusé : le site {site} n’est pas inscrit à ce hub.</translation>
    </message>
    <message>
        <source>Refused: batch {number} is not signed by site {site} (altered on the way, or signed by another key).</source>
        <translation>Refusé : le lot {number} n’est pas signé par le site {site} (modifié en route, ou signé par une autre clé).</translation>
    </message>
    <message>
        <source>Refused: batch {number} of site {site} was already stored (replayed); the hub has up to batch {last}.</source>
        <translation>Refusé : le lot {number} du site {site} était déjà enregistré (rejoué) ; le hub a les lots jusqu’au {last}.</translation>
    </message>
    <message>
        <source>Refused: batch {number} of site {site} does not start where batch {last} ended (made before the hub's last answer reached the site): take that answer back to the site, then send again.</source>
        <translation>Refusé : le lot {number} du site {site} ne commence pas où le lot {last} s’est arrêté (fait avant que la dernière réponse du hub n’atteigne le site) : rapportez cette réponse au site, puis renvoyez.</translation>
    </message>
    <message>
        <source>Refused: batch {number} of site {site} comes before batch {expected} (a gap: batches are stored in order).</source>
        <translation>Refusé : le lot {number} du site {site} arrive avant le lot {expected} (un trou : les lots sont enregistrés dans l’ordre).</translation>
    </message>
    <message>
        <source>Give --listen as HOST:PORT, e.g. 0.0.0.0:8443.</source>
        <translation>Donnez --listen sous la forme HÔTE:PORT, par exemple 0.0.0.0:8443.</translation>
    </message>
    <message>
        <source>Give both --cert and --key for HTTPS, or neither.</source>
        <translation>Donnez à la fois --cert et --key pour le HTTPS, ou aucun des deux.</translation>
    </message>
    <message>
        <source>The hub's database is not initialised or not current: run relais hub init --db URL.</source>
        <translation>La base du hub n’est pas initialisée ou pas à jour : lancez relais hub init --db URL.</translation>
    </message>
    <message>
        <source>The batch's content is not valid ({detail}): nothing was stored.</source>
        <translation>Le contenu du lot n’est pas valide ({detail}) : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Refused: not a directory version.</source>
        <translation>Refusé : ce n’est pas une version d’annuaire.</translation>
    </message>
    <message>
        <source>no kind (NGO, Network, Government service…)</source>
        <translation>pas de type (ONG, Réseau, Service public…)</translation>
    </message>
    <message>
        <source>another row has this name, region and town</source>
        <translation>une autre ligne a ce nom, cette région et cette ville</translation>
    </message>
    <message>
        <source>Refused: the file holds no provider to publish.</source>
        <translation>Refusé : le fichier ne contient aucun prestataire à publier.</translation>
    </message>
    <message>
        <source>Refused: the package is too large.</source>
        <translation>Refusé : le paquet est trop gros.</translation>
    </message>
    <message>
        <source>Refused: this site is not enrolled at this hub.</source>
        <translation>Refusé : ce site n’est pas inscrit auprès de ce hub.</translation>
    </message>
    <message>
        <source>Refused: the package is not signed by the site it names.</source>
        <translation>Refusé : le paquet n’est pas signé par le site qu’il nomme.</translation>
    </message>
    <message>
        <source>Refused: the recipient is not enrolled at this hub; give it the package on a stick.</source>
        <translation>Refusé : le destinataire n’est pas inscrit auprès de ce hub ; remettez-lui le paquet sur une clé USB.</translation>
    </message>
    <message>
        <source>Refused: not a mailbox request.</source>
        <translation>Refusé : ce n’est pas une demande de boîte aux lettres.</translation>
    </message>
    <message>
        <source>Refused: the request is not signed by the site it names.</source>
        <translation>Refusé : la demande n’est pas signée par le site qu’elle nomme.</translation>
    </message>
    <message>
        <source>Refused: the request is too old (or this computer's clock is wrong).</source>
        <translation>Refusé : la demande est trop ancienne (ou l’horloge de cet ordinateur est fausse).</translation>
    </message>
    <message>
        <source>Refused: {file} holds no .json file.</source>
        <translation>Refusé : {file} ne contient aucun fichier .json.</translation>
    </message>
    <message>
        <source>Refused: {file} is larger than {most} kB.</source>
        <translation>Refusé : {file} dépasse {most} ko.</translation>
    </message>
    <message>
        <source>Refused: {file} is not JSON ({why}).</source>
        <translation>Refusé : {file} n’est pas du JSON ({why}).</translation>
    </message>
    <message>
        <source>Refused: these lists are the ones published already (version {version}).</source>
        <translation>Refusé : ces listes sont celles déjà publiées (version {version}).</translation>
    </message>
    <message>
        <source>Refused: the reference lists would be larger than {most} kB.</source>
        <translation>Refusé : les listes de référence dépasseraient {most} ko.</translation>
    </message>
    <message>
        <source>Refused: the list {name} is given twice.</source>
        <translation>Refusé : la liste {name} est donnée deux fois.</translation>
    </message>
    <message>
        <source>Refused: not a reference lists version.</source>
        <translation>Refusé : ce n’est pas une version de listes de référence.</translation>
    </message>
    <message>
        <source>Give --keep-packages as a number of days from 1 to 3650.</source>
        <translation>Donnez --keep-packages en nombre de jours, de 1 à 3650.</translation>
    </message>
</context>
<context>
    <name>HubCLI</name>
    <message>
        <source>the hub server: national consolidation on PostgreSQL</source>
        <translation>le serveur hub : consolidation nationale sur PostgreSQL</translation>
    </message>
    <message>
        <source>create or upgrade the hub's database</source>
        <translation>créer ou mettre à jour la base du hub</translation>
    </message>
    <message>
        <source>a one-time enrolment code for a site (shown once)</source>
        <translation>un code d’inscription à usage unique pour un site (affiché une fois)</translation>
    </message>
    <message>
        <source>the site's name at the hub</source>
        <translation>le nom du site au hub</translation>
    </message>
    <message>
        <source>the sites, their last sync and backlog</source>
        <translation>les sites, leur dernière synchronisation et leur retard</translation>
    </message>
    <message>
        <source>serve the hub (HTTPS with --cert)</source>
        <translation>servir le hub (HTTPS avec --cert)</translation>
    </message>
    <message>
        <source>address and port, HOST:PORT</source>
        <translation>adresse et port, HÔTE:PORT</translation>
    </message>
    <message>
        <source>TLS certificate (PEM)</source>
        <translation>certificat TLS (PEM)</translation>
    </message>
    <message>
        <source>TLS private key (PEM)</source>
        <translation>clé privée TLS (PEM)</translation>
    </message>
    <message>
        <source>store the batches of a file a site brought</source>
        <translation>enregistrer les lots d’un fichier apporté par un site</translation>
    </message>
    <message>
        <source>the batch file</source>
        <translation>le fichier de lots</translation>
    </message>
    <message>
        <source>where to write the acknowledgement for the site (default: beside the file)</source>
        <translation>où écrire l’accusé de réception pour le site (par défaut : à côté du fichier)</translation>
    </message>
    <message>
        <source>the hub's PostgreSQL database (postgresql://…)</source>
        <translation>la base PostgreSQL du hub (postgresql://…)</translation>
    </message>
    <message>
        <source>Give the hub's database with --db postgresql://… (or RELAIS_HUB_DB).</source>
        <translation>Donnez la base du hub avec --db postgresql://… (ou RELAIS_HUB_DB).</translation>
    </message>
    <message>
        <source>The hub's keys were made and are kept in its database: back it up with pg_dump.</source>
        <translation>Les clés du hub ont été créées et sont gardées dans sa base : sauvegardez-la avec pg_dump.</translation>
    </message>
    <message>
        <source>No site yet: relais hub enrol --site NAME.</source>
        <translation>Aucun site pour l’instant : relais hub enrol --site NOM.</translation>
    </message>
    <message>
        <source>The hub's packages are not installed: pip install -e .[hub]</source>
        <translation>Les paquets du hub ne sont pas installés : pip install -e .[hub]</translation>
    </message>
    <message>
        <source>The hub's database is ready (schema {rev}).</source>
        <translation>La base du hub est prête (schéma {rev}).</translation>
    </message>
    <message>
        <source>The hub's fingerprint (sites compare it when they enrol): {fp}</source>
        <translation>Empreinte du hub (les sites la comparent à leur inscription) : {fp}</translation>
    </message>
    <message>
        <source>Enrolment code for {site} (valid {days} days, once): {code}</source>
        <translation>Code d’inscription pour {site} (valable {days} jours, une seule fois) : {code}</translation>
    </message>
    <message>
        <source>At the site: relais sync --data DIR --as USER --hub URL --enrol {code}</source>
        <translation>Au site : relais sync --data DOSSIER --as UTILISATEUR --hub URL --enrol {code}</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>inscrit</translation>
    </message>
    <message>
        <source>last sync</source>
        <translation>dernière synchro</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>lots</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>cas</translation>
    </message>
    <message>
        <source>backlog</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Site {site}: batches {first} to {last} stored ({cases} cases); acknowledgement written to {file}</source>
        <translation>Site {site} : lots {first} à {last} enregistrés ({cases} cas) ; accusé de réception écrit dans {file}</translation>
    </message>
    <message>
        <source>Site {site} is enrolled; the answer for it is written to {file}</source>
        <translation>Le site {site} est inscrit ; la réponse pour lui est écrite dans {file}</translation>
    </message>
    <message>
        <source>Already stored before, passed over: batches {first} to {last}.</source>
        <translation>Déjà enregistrés auparavant, ignorés : lots {first} à {last}.</translation>
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
        <source>the national service directory the sites receive</source>
        <translation>l’annuaire national des services que reçoivent les sites</translation>
    </message>
    <message>
        <source>publish a directory file (CSV or XLSX) as the next version, signed by the hub</source>
        <translation>publier un fichier d’annuaire (CSV ou XLSX) comme version suivante, signée par le hub</translation>
    </message>
    <message>
        <source>the directory file (CSV or XLSX)</source>
        <translation>le fichier d’annuaire (CSV ou XLSX)</translation>
    </message>
    <message>
        <source>Directory version {version} published: {providers} providers; the sites receive it at their next sync.</source>
        <translation>Annuaire version {version} publié : {providers} prestataires ; les sites le reçoivent à leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Left out, line {line}: {why}</source>
        <translation>Écartée, ligne {line} : {why}</translation>
    </message>
    <message>
        <source>the updated reference lists the sites receive</source>
        <translation>les listes de référence mises à jour que reçoivent les sites</translation>
    </message>
    <message>
        <source>publish reference lists (a JSON file, or a folder of list files) as the next version, signed by the hub</source>
        <translation>publier des listes de référence (un fichier JSON, ou un dossier de fichiers de listes) comme version suivante, signée par le hub</translation>
    </message>
    <message>
        <source>a JSON of one or more lists in the shape of resources/reference/*.json</source>
        <translation>un JSON d’une ou plusieurs listes, de la forme de resources/reference/*.json</translation>
    </message>
    <message>
        <source>Reference lists version {version} published ({size} kB): {changed} changed; the sites receive every list held ({lists}) at their next sync.</source>
        <translation>Listes de référence version {version} publiées ({size} ko) : {changed} modifiées ; les sites reçoivent toutes les listes tenues ({lists}) à leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>delete relayed packages not fetched within DAYS days (default 90)</source>
        <translation>supprimer les paquets relayés non retirés dans les DAYS jours (90 par défaut)</translation>
    </message>
    <message>
        <source>packages waiting</source>
        <translation>paquets en attente</translation>
    </message>
    <message>
        <source>oldest package</source>
        <translation>plus ancien paquet</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Give the hub's address as https://host:port.</source>
        <translation>Donnez l’adresse du hub sous la forme https://hôte:port.</translation>
    </message>
    <message>
        <source>The hub cannot be reached ({why}): nothing is lost, sync again later or use a file.</source>
        <translation>Le hub est injoignable ({why}) : rien n’est perdu, synchronisez plus tard ou passez par un fichier.</translation>
    </message>
    <message>
        <source>The hub answered {status}.</source>
        <translation>Le hub a répondu {status}.</translation>
    </message>
    <message>
        <source>This site is not enrolled at a hub: ask the hub for an enrolment code, then relais sync --hub URL --enrol CODE.</source>
        <translation>Ce site n’est inscrit à aucun hub : demandez un code d’inscription au hub, puis relais sync --hub URL --enrol CODE.</translation>
    </message>
    <message>
        <source>Refused: this acknowledgement is not signed by the hub this site is enrolled at, or not for this site.</source>
        <translation>Refusé : cet accusé de réception n’est pas signé par le hub où ce site est inscrit, ou n’est pas pour ce site.</translation>
    </message>
    <message>
        <source>The hub has only batches up to {hub} of this site, which sent up to {site}: the hub's database was restored from an older backup. Ask its administrator; nothing was changed here.</source>
        <translation>Le hub n’a que les lots jusqu’au {hub} de ce site, qui en a envoyé jusqu’au {site} : la base du hub a été restaurée d’une sauvegarde plus ancienne. Voyez avec son administrateur ; rien n’a été changé ici.</translation>
    </message>
    <message>
        <source>Give the hub's address with --hub https://…</source>
        <translation>Donnez l’adresse du hub avec --hub https://…</translation>
    </message>
    <message>
        <source>Nothing waits to be sent to the hub.</source>
        <translation>Rien n’attend d’être envoyé au hub.</translation>
    </message>
    <message>
        <source>The hub's answer is not an enrolment.</source>
        <translation>La réponse du hub n’est pas une inscription.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {why}</source>
        <translation>Impossible de lire {file} : {why}</translation>
    </message>
    <message>
        <source>This is not a Relais sync batch, or it is damaged.</source>
        <translation>Ce n’est pas un lot de synchronisation Relais, ou il est abîmé.</translation>
    </message>
    <message>
        <source>This is not a hub acknowledgement, or it is damaged.</source>
        <translation>Ce n’est pas un accusé de réception du hub, ou il est abîmé.</translation>
    </message>
    <message>
        <source>This is not a Relais enrolment file, or it is damaged.</source>
        <translation>Ce n’est pas un fichier d’inscription Relais, ou il est abîmé.</translation>
    </message>
    <message>
        <source>This is not a directory published by a hub, or it is damaged.</source>
        <translation>Ce n’est pas un annuaire publié par un hub, ou il est endommagé.</translation>
    </message>
    <message>
        <source>Refused: this directory is not signed by the hub this site is enrolled with.</source>
        <translation>Refusé : cet annuaire n’est pas signé par le hub auprès duquel ce site est inscrit.</translation>
    </message>
    <message>
        <source>This is not a relayed package, or it is damaged.</source>
        <translation>Ce n’est pas un paquet relayé, ou il est endommagé.</translation>
    </message>
    <message>
        <source>This site is not enrolled at a hub: relais sync --hub URL --enrol CODE first, or use a stick.</source>
        <translation>Ce site n’est inscrit auprès d’aucun hub : d’abord relais sync --hub URL --enrol CODE, ou utilisez une clé USB.</translation>
    </message>
    <message>
        <source>Refused: these reference lists are not signed by the hub this site is enrolled with.</source>
        <translation>Refusé : ces listes de référence ne sont pas signées par le hub auquel ce site est inscrit.</translation>
    </message>
    <message>
        <source>Refused: these reference lists (version {version}) are older than the ones this site holds (version {held}).</source>
        <translation>Refusé : ces listes de référence (version {version}) sont plus anciennes que celles de ce site (version {held}).</translation>
    </message>
    <message>
        <source>Refused: these are not reference lists published by a hub, or they are damaged.</source>
        <translation>Refusé : ce ne sont pas des listes de référence publiées par un hub, ou elles sont endommagées.</translation>
    </message>
    <message>
        <source>Refused: the reference lists from the hub are larger than {most} kB.</source>
        <translation>Refusé : les listes de référence du hub dépassent {most} ko.</translation>
    </message>
    <message>
        <source>The automatic synchronisation is off, or this site is not enrolled at a hub over a line.</source>
        <translation>La synchronisation automatique est désactivée, ou ce site n’est pas inscrit auprès d’un hub par une ligne.</translation>
    </message>
    <message>
        <source>A package sent through the hub on {sent} to {recipient} was never fetched; the hub deleted it on {expired}: send it again, or give it on a stick.</source>
        <translation>Un paquet envoyé par le hub le {sent} à {recipient} n’a jamais été retiré ; le hub l’a supprimé le {expired} : envoyez-le de nouveau, ou remettez-le sur une clé USB.</translation>
    </message>
    <message>
        <source>The hub's answer is not a list of expired packages.</source>
        <translation>La réponse du hub n’est pas une liste de paquets expirés.</translation>
    </message>
</context>
<context>
    <name>SyncCLI</name>
    <message>
        <source>send this site's de-identified changes to the hub (or to a file)</source>
        <translation>envoyer au hub les changements désidentifiés de ce site (ou dans un fichier)</translation>
    </message>
    <message>
        <source>the hub's address, https://host:port (kept after enrolment)</source>
        <translation>l’adresse du hub, https://hôte:port (gardée après l’inscription)</translation>
    </message>
    <message>
        <source>the certificate (PEM) that signed the hub's, when not a public one</source>
        <translation>le certificat (PEM) qui a signé celui du hub, s’il n’est pas public</translation>
    </message>
    <message>
        <source>enrol this site at the hub with its one-time code (with --hub, or with --out for a request file)</source>
        <translation>inscrire ce site au hub avec son code à usage unique (avec --hub, ou avec --out pour un fichier de demande)</translation>
    </message>
    <message>
        <source>write the waiting batches to a file for the hub (encrypted to it)</source>
        <translation>écrire les lots en attente dans un fichier pour le hub (chiffré pour lui)</translation>
    </message>
    <message>
        <source>read the hub's acknowledgement file</source>
        <translation>lire le fichier d’accusé de réception du hub</translation>
    </message>
    <message>
        <source>Give the hub's address with --hub https://…</source>
        <translation>Donnez l’adresse du hub avec --hub https://…</translation>
    </message>
    <message>
        <source>Sent {batches} batches ({cases} cases); the hub has up to batch {last}; {backlog} changes still waiting.</source>
        <translation>{batches} lots envoyés ({cases} cas) ; le hub a les lots jusqu’au {last} ; {backlog} changements encore en attente.</translation>
    </message>
    <message>
        <source>Enrolment request written to {file}: take it to the hub (relais hub import), then read its answer with relais sync --ack FILE.</source>
        <translation>Demande d’inscription écrite dans {file} : portez-la au hub (relais hub import), puis lisez sa réponse avec relais sync --ack FICHIER.</translation>
    </message>
    <message>
        <source>Enrolled at the hub as site {site}.</source>
        <translation>Inscrit au hub comme site {site}.</translation>
    </message>
    <message>
        <source>The hub's fingerprint: {fp} (compare it with the one the hub's coordinator reads out).</source>
        <translation>Empreinte du hub : {fp} (comparez-la avec celle que lit le coordinateur du hub).</translation>
    </message>
    <message>
        <source>{batches} batches ({cases} cases) written to {file}: take it to the hub, then read its answer with relais sync --ack FILE.</source>
        <translation>{batches} lots ({cases} cas) écrits dans {file} : portez-le au hub, puis lisez sa réponse avec relais sync --ack FICHIER.</translation>
    </message>
    <message>
        <source>The hub has stored this site's batches up to {batch}.</source>
        <translation>Le hub a enregistré les lots de ce site jusqu’au {batch}.</translation>
    </message>
    <message>
        <source>The hub's directory: nothing newer than the one applied.</source>
        <translation>Annuaire du hub : rien de plus récent que celui appliqué.</translation>
    </message>
    <message>
        <source>The hub's directory version {version} applied: {added} providers added, {updated} updated, {deactivated} marked inactive, {removed} removed; {kept} left out (this site has its own of that name).</source>
        <translation>Annuaire du hub version {version} appliqué : {added} prestataires ajoutés, {updated} mis à jour, {deactivated} marqués inactifs, {removed} retirés ; {kept} écartés (ce site a le sien de ce nom).</translation>
    </message>
    <message>
        <source>queue a package file for the hub (with --to), sent by this sync</source>
        <translation>mettre un fichier de paquet en attente pour le hub (avec --to), envoyé par cette synchronisation</translation>
    </message>
    <message>
        <source>the fingerprint of the package's recipient (its contact card's)</source>
        <translation>l’empreinte du destinataire du paquet (celle de sa fiche de contact)</translation>
    </message>
    <message>
        <source>Give the recipient's fingerprint with --to XXXX-…: the hub cannot read the package to find it.</source>
        <translation>Donnez l’empreinte du destinataire avec --to XXXX-… : le hub ne peut pas lire le paquet pour la trouver.</translation>
    </message>
    <message>
        <source>Packages: {sent} sent through the hub, {fetched} received, {imported} imported, {waiting} waiting for a case worker (relais packages import-hub).</source>
        <translation>Paquets : {sent} envoyés par le hub, {fetched} reçus, {imported} importés, {waiting} en attente d’un agent (relais packages import-hub).</translation>
    </message>
    <message>
        <source>Reference lists from the hub updated to version {version}: {lists}.</source>
        <translation>Listes de référence du hub mises à jour, version {version} : {lists}.</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>Refused: the file holds no reference list (expected {{"list name": [entries]}} or a list file named after its list).</source>
        <translation>Refusé : le fichier ne contient aucune liste de référence (attendu : {{"nom de la liste" : [entrées]}} ou un fichier de liste nommé d’après sa liste).</translation>
    </message>
    <message>
        <source>Refused: the list {name} must hold between 1 and {most} entries.</source>
        <translation>Refusé : la liste {name} doit contenir entre 1 et {most} entrées.</translation>
    </message>
    <message>
        <source>Refused: every code of the list {name} is retired: forms would offer nothing.</source>
        <translation>Refusé : tous les codes de la liste {name} sont retirés : les formulaires ne proposeraient rien.</translation>
    </message>
    <message>
        <source>Refused: the list {name} holds something that is not an entry.</source>
        <translation>Refusé : la liste {name} contient quelque chose qui n’est pas une entrée.</translation>
    </message>
    <message>
        <source>Refused: an entry of the list {name} has no valid code (small letters, digits, _ . or -, at most 60).</source>
        <translation>Refusé : une entrée de la liste {name} n’a pas de code valide (minuscules, chiffres, _ . ou -, 60 au plus).</translation>
    </message>
    <message>
        <source>Refused: the age groups in use must follow each other without a gap or an overlap, the last one with no upper age ("high": null).</source>
        <translation>Refusé : les tranches d’âge en usage doivent se suivre sans trou ni chevauchement, la dernière sans âge maximal ("high" : null).</translation>
    </message>
    <message>
        <source>Refused: {name} is not a reference list of Relais.</source>
        <translation>Refusé : {name} n’est pas une liste de référence de Relais.</translation>
    </message>
    <message>
        <source>Refused: the list {name} is a rule of the program, not data: it changes only with a new version of Relais, never from the hub.</source>
        <translation>Refusé : la liste {name} est une règle du programme, pas une donnée : elle ne change qu’avec une nouvelle version de Relais, jamais depuis le hub.</translation>
    </message>
    <message>
        <source>Refused: the code {code} appears twice in the list {name}.</source>
        <translation>Refusé : le code {code} figure deux fois dans la liste {name}.</translation>
    </message>
    <message>
        <source>Refused: the list {name} leaves out the code {code} that Relais ships: a code is never removed (old records keep it); mark it "retired": true instead.</source>
        <translation>Refusé : la liste {name} omet le code {code} fourni avec Relais : un code n’est jamais supprimé (les anciens dossiers le gardent) ; marquez-le plutôt "retired" : true.</translation>
    </message>
    <message>
        <source>Refused: the code {code} of the list {name} needs its label in French and in English (fr, en; at most {most} characters).</source>
        <translation>Refusé : le code {code} de la liste {name} doit avoir son libellé en français et en anglais (fr, en ; {most} caractères au plus).</translation>
    </message>
    <message>
        <source>Refused: the code {code} of the list {name} has the key {key}, which this list does not have.</source>
        <translation>Refusé : le code {code} de la liste {name} porte la clé {key}, que cette liste n’a pas.</translation>
    </message>
    <message>
        <source>Refused: the key {key} of the code {code} in the list {name} must be {kind}.</source>
        <translation>Refusé : la clé {key} du code {code} de la liste {name} doit être de type {kind}.</translation>
    </message>
    <message>
        <source>Refused: the key {key} of the code {code} in the list {name} is too long.</source>
        <translation>Refusé : la clé {key} du code {code} de la liste {name} est trop longue.</translation>
    </message>
    <message>
        <source>Refused: the new code {code} of the list {name} needs {key} like the list's other entries.</source>
        <translation>Refusé : le nouveau code {code} de la liste {name} doit avoir {key}, comme les autres entrées de la liste.</translation>
    </message>
    <message>
        <source>Refused: the cercle {code} appears in two regions.</source>
        <translation>Refusé : le cercle {code} figure dans deux régions.</translation>
    </message>
    <message>
        <source>Refused: the list {name} takes no new code from the hub (here {code}): each service type has its own consent to release information, a rule of the program; correct its labels or retire a code only.</source>
        <translation>Refusé : la liste {name} ne reçoit aucun nouveau code du hub (ici {code}) : chaque type de service a son propre consentement à la transmission d’informations, une règle du programme ; corrigez ses libellés ou retirez un code seulement.</translation>
    </message>
    <message>
        <source>Refused: the code {code} of the list {name} cannot be retired: the program itself uses it.</source>
        <translation>Refusé : le code {code} de la liste {name} ne peut pas être retiré : le programme lui-même s’en sert.</translation>
    </message>
</context>
</TS>
