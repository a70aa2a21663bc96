<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Packages</name>
    <message>
        <source>This is not a Relais contact card, or it is damaged.</source>
        <translation>Ce n’est pas une fiche de contact Relais, ou elle est abîmée.</translation>
    </message>
    <message>
        <source>Ask the organisation for its card again.</source>
        <translation>Redemandez sa fiche à l’organisation.</translation>
    </message>
    <message>
        <source>This file is too large to be a contact card.</source>
        <translation>Ce fichier est trop gros pour être une fiche de contact.</translation>
    </message>
    <message>
        <source>This contact card was made by a newer version of Relais.</source>
        <translation>Cette fiche de contact a été faite par une version plus récente de Relais.</translation>
    </message>
    <message>
        <source>This contact card is not signed: it cannot be trusted.</source>
        <translation>Cette fiche de contact n’est pas signée : on ne peut pas s’y fier.</translation>
    </message>
    <message>
        <source>This contact card's signature does not match its content: it was changed or damaged.</source>
        <translation>La signature de cette fiche de contact ne correspond pas à son contenu : elle a été modifiée ou abîmée.</translation>
    </message>
    <message>
        <source>This provider is not in the directory.</source>
        <translation>Ce prestataire n’est pas dans l’annuaire.</translation>
    </message>
    <message>
        <source>Update Relais, then import the card again.</source>
        <translation>Mettez Relais à jour, puis importez de nouveau la fiche.</translation>
    </message>
    <message>
        <source>The fingerprint confirmed is not the card's: do not attach this card.</source>
        <translation>L’empreinte confirmée n’est pas celle de la fiche : ne rattachez pas cette fiche.</translation>
    </message>
    <message>
        <source>This is this installation's own card.</source>
        <translation>C’est la fiche de cette installation elle-même.</translation>
    </message>
    <message>
        <source>The fingerprint confirmed is not the card's ({fingerprint}): do not attach this card; check it with the organisation.</source>
        <translation>L’empreinte confirmée n’est pas celle de la fiche ({fingerprint}) : ne rattachez pas cette fiche ; vérifiez-la avec l’organisation.</translation>
    </message>
    <message>
        <source>The card could not be written: {error}</source>
        <translation>La fiche n’a pas pu être écrite : {error}</translation>
    </message>
    <message>
        <source>The card {path} cannot be read: {error}</source>
        <translation>La fiche {path} ne peut pas être lue : {error}</translation>
    </message>
    <message>
        <source>This card is already attached to {provider}.</source>
        <translation>Cette fiche est déjà rattachée à {provider}.</translation>
    </message>
    <message>
        <source>This package is damaged or was changed after it was signed: nothing was imported.</source>
        <translation>Ce paquet est abîmé ou a été modifié après sa signature : rien n’a été importé.</translation>
    </message>
    <message>
        <source>Ask the sender for the package again.</source>
        <translation>Redemandez le paquet à l’expéditeur.</translation>
    </message>
    <message>
        <source>This package was made by a newer version of Relais.</source>
        <translation>Ce paquet a été fait par une version plus récente de Relais.</translation>
    </message>
    <message>
        <source>Update Relais, then import it again.</source>
        <translation>Mettez Relais à jour, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>This package holds more items than Relais accepts ({limit}): nothing was imported.</source>
        <translation>Ce paquet contient plus d’éléments que Relais n’en accepte ({limit}) : rien n’a été importé.</translation>
    </message>
    <message>
        <source>Choose the outcome: service provided or not provided.</source>
        <translation>Choisissez le résultat : service fourni ou non fourni.</translation>
    </message>
    <message>
        <source>Unknown service type.</source>
        <translation>Type de service inconnu.</translation>
    </message>
    <message>
        <source>Choose the services provided.</source>
        <translation>Choisissez les services fournis.</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation>La note est trop longue.</translation>
    </message>
    <message>
        <source>Feedback package from {organisation}.</source>
        <translation>Paquet de retour de {organisation}.</translation>
    </message>
    <message>
        <source>Choose at least one incoming referral.</source>
        <translation>Choisissez au moins une référence reçue.</translation>
    </message>
    <message>
        <source>Accept the referral before recording what was provided.</source>
        <translation>Acceptez la référence avant d’enregistrer ce qui a été fourni.</translation>
    </message>
    <message>
        <source>A package goes to one organisation: these referrals came from several.</source>
        <translation>Un paquet va à une seule organisation : ces références viennent de plusieurs.</translation>
    </message>
    <message>
        <source>Accept or decline each referral before sending its feedback.</source>
        <translation>Acceptez ou refusez chaque référence avant d’envoyer son retour.</translation>
    </message>
    <message>
        <source>The sender's contact card is no longer attached: attach it again first.</source>
        <translation>La fiche de contact de l’expéditeur n’est plus rattachée : rattachez-la d’abord de nouveau.</translation>
    </message>
    <message>
        <source>This package names a referral that was not sent to {provider}: it is refused.</source>
        <translation>Ce paquet nomme une référence qui n’a pas été envoyée à {provider} : il est refusé.</translation>
    </message>
    <message>
        <source>This incoming referral does not exist or is not for your site.</source>
        <translation>Cette référence reçue n’existe pas ou n’est pas pour votre site.</translation>
    </message>
    <message>
        <source>This package names a referral that another organisation sent here: it is refused.</source>
        <translation>Ce paquet nomme une référence qu’une autre organisation a envoyée ici : il est refusé.</translation>
    </message>
    <message>
        <source>This referral was already accepted or declined.</source>
        <translation>Cette référence a déjà été acceptée ou refusée.</translation>
    </message>
    <message>
        <source>Write why the referral is declined.</source>
        <translation>Écrivez pourquoi la référence est refusée.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>Le motif est trop long.</translation>
    </message>
    <message>
        <source>No survivor has the code {code} here.</source>
        <translation>Aucune personne survivante n’a le code {code} ici.</translation>
    </message>
    <message>
        <source>Item {position} of this package is not valid: nothing was imported.</source>
        <translation>L’élément {position} de ce paquet n’est pas valide : rien n’a été importé.</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>This file is larger than a package can be ({limit} MB): nothing was imported.</source>
        <translation>Ce fichier est plus gros qu’un paquet ne peut l’être ({limit} Mo) : rien n’a été importé.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>{name} already exists.</source>
        <translation>{name} existe déjà.</translation>
    </message>
    <message>
        <source>A package holds at most {limit} items: send them in several packages.</source>
        <translation>Un paquet contient au plus {limit} éléments : envoyez-les en plusieurs paquets.</translation>
    </message>
    <message>
        <source>The package could not be written: {error}</source>
        <translation>Le paquet n’a pas pu être écrit : {error}</translation>
    </message>
    <message>
        <source>The package {name} cannot be read: {error}</source>
        <translation>Le paquet {name} ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <source>A different package with this package's id was imported before: this one is refused (replayed or forged).</source>
        <translation>Un autre paquet portant l’identifiant de celui-ci a déjà été importé : celui-ci est refusé (rejoué ou falsifié).</translation>
    </message>
    <message>
        <source>Ask that organisation for its card, check the fingerprint with them by phone, attach it to the provider in the directory, then import again.</source>
        <translation>Demandez sa fiche à cette organisation, vérifiez l’empreinte avec elle par téléphone, rattachez-la au prestataire dans l’annuaire, puis importez de nouveau.</translation>
    </message>
    <message>
        <source>This package comes from “{organisation}”, whose card is not attached to any provider here (fingerprint {fingerprint}): nothing was imported.</source>
        <translation>Ce paquet vient de « {organisation} », dont la fiche n’est rattachée à aucun prestataire ici (empreinte {fingerprint}) : rien n’a été importé.</translation>
    </message>
    <message>
        <source>This package was made for another installation ({fingerprint}): nothing was imported.</source>
        <translation>Ce paquet a été fait pour une autre installation ({fingerprint}) : rien n’a été importé.</translation>
    </message>
    <message>
        <source>This referral does not exist or is not yours to see.</source>
        <translation>Cette référence n’existe pas ou ne vous est pas accessible.</translation>
    </message>
    <message>
        <source>Choose at least one referral to send.</source>
        <translation>Choisissez au moins une référence à envoyer.</translation>
    </message>
    <message>
        <source>A package goes to one provider: these referrals go to several.</source>
        <translation>Un paquet va à un seul prestataire : ces références vont à plusieurs.</translation>
    </message>
    <message>
        <source>{provider} has no contact card: attach its card in the directory first, or print the letter.</source>
        <translation>{provider} n’a pas de fiche de contact : rattachez d’abord sa fiche dans l’annuaire, ou imprimez la lettre.</translation>
    </message>
    <message>
        <source>{provider} has no contact card: referrals to it travel as letters.</source>
        <translation>{provider} n’a pas de fiche de contact : les références qui lui sont faites partent en lettres.</translation>
    </message>
    <message>
        <source>Sent as an encrypted package.</source>
        <translation>Envoyée en paquet chiffré.</translation>
    </message>
    <message>
        <source>Referral {reference} is no longer a draft or sent: it is not sent again.</source>
        <translation>La référence {reference} n’est plus un brouillon ni envoyée : elle n’est pas renvoyée.</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>this installation's identity: fingerprint and contact card</source>
        <translation>l’identité de cette installation : empreinte et fiche de contact</translation>
    </message>
    <message>
        <source>show the organisation, the site and the fingerprint</source>
        <translation>afficher l’organisation, le site et l’empreinte</translation>
    </message>
    <message>
        <source>write this installation's contact card (administrators)</source>
        <translation>écrire la fiche de contact de cette installation (administrateurs)</translation>
    </message>
    <message>
        <source>where to write the card</source>
        <translation>où écrire la fiche</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Organisation: {organisation}</source>
        <translation>Organisation : {organisation}</translation>
    </message>
    <message>
        <source>Site: {site}</source>
        <translation>Site : {site}</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Empreinte : {fingerprint}</translation>
    </message>
    <message>
        <source>Card written to {path}. Fingerprint: {fingerprint}</source>
        <translation>Fiche écrite dans {path}. Empreinte : {fingerprint}</translation>
    </message>
    <message>
        <source>the incoming referral: its id (or its start) or its reference</source>
        <translation>la référence reçue : son identifiant (ou son début) ou son numéro</translation>
    </message>
    <message>
        <source>send and import encrypted referral and feedback packages</source>
        <translation>envoyer et importer des paquets chiffrés de références et de retours</translation>
    </message>
    <message>
        <source>write a package of referrals to a provider that has a contact card</source>
        <translation>écrire un paquet de références pour un prestataire qui a une fiche de contact</translation>
    </message>
    <message>
        <source>a referral's reference (repeat for several)</source>
        <translation>le numéro d’une référence (à répéter pour plusieurs)</translation>
    </message>
    <message>
        <source>where to write the package</source>
        <translation>où écrire le paquet</translation>
    </message>
    <message>
        <source>import a referral or feedback package</source>
        <translation>importer un paquet de références ou de retours</translation>
    </message>
    <message>
        <source>the package</source>
        <translation>le paquet</translation>
    </message>
    <message>
        <source>list the referrals received (tab-separated)</source>
        <translation>lister les références reçues (séparées par des tabulations)</translation>
    </message>
    <message>
        <source>also those already accepted or declined</source>
        <translation>aussi celles déjà acceptées ou refusées</translation>
    </message>
    <message>
        <source>accept an incoming referral: open a case or link an existing one</source>
        <translation>accepter une référence reçue : ouvrir un dossier ou la lier à un dossier existant</translation>
    </message>
    <message>
        <source>link to the case of this survivor code instead of opening a case</source>
        <translation>lier au dossier de ce code de survivante au lieu d’ouvrir un dossier</translation>
    </message>
    <message>
        <source>decline an incoming referral, with the reason</source>
        <translation>refuser une référence reçue, avec le motif</translation>
    </message>
    <message>
        <source>why</source>
        <translation>pourquoi</translation>
    </message>
    <message>
        <source>record the outcome of an accepted incoming referral</source>
        <translation>enregistrer le résultat d’une référence reçue acceptée</translation>
    </message>
    <message>
        <source>the services provided, codes separated by commas (e.g. legal,psychosocial)</source>
        <translation>les services fournis, codes séparés par des virgules (p. ex. legal,psychosocial)</translation>
    </message>
    <message>
        <source>the outcome</source>
        <translation>le résultat</translation>
    </message>
    <message>
        <source>a note for the sender</source>
        <translation>une note pour l’expéditeur</translation>
    </message>
    <message>
        <source>write the feedback package of incoming referrals</source>
        <translation>écrire le paquet de retour de références reçues</translation>
    </message>
    <message>
        <source>Declined.</source>
        <translation>Refusée.</translation>
    </message>
    <message>
        <source>Feedback recorded; send it with relais packages send-feedback.</source>
        <translation>Retour enregistré ; envoyez-le avec relais packages send-feedback.</translation>
    </message>
    <message>
        <source>See relais packages incoming --all.</source>
        <translation>Voir relais packages incoming --all.</translation>
    </message>
    <message>
        <source>No single incoming referral is {text}.</source>
        <translation>Aucune référence reçue unique ne correspond à {text}.</translation>
    </message>
    <message>
        <source>{count} referrals written to {path} for {organisation} (fingerprint {fingerprint}).</source>
        <translation>{count} références écrites dans {path} pour {organisation} (empreinte {fingerprint}).</translation>
    </message>
    <message>
        <source>Accepted; case {case}.</source>
        <translation>Acceptée ; dossier {case}.</translation>
    </message>
    <message>
        <source>{count} feedbacks written to {path} for {organisation} (fingerprint {fingerprint}).</source>
        <translation>{count} retours écrits dans {path} pour {organisation} (empreinte {fingerprint}).</translation>
    </message>
    <message>
        <source>This package from {organisation} was already imported: nothing added.</source>
        <translation>Ce paquet de {organisation} a déjà été importé : rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>{new} incoming referrals from {organisation}, {known} already here.</source>
        <translation>{new} références reçues de {organisation}, {known} déjà présentes.</translation>
    </message>
    <message>
        <source>{new} feedbacks from {organisation} applied, {known} already here or older.</source>
        <translation>{new} retours de {organisation} appliqués, {known} déjà présents ou plus anciens.</translation>
    </message>
    <message>
        <source>attach a provider's contact card after checking its fingerprint</source>
        <translation>rattacher la fiche de contact d’un prestataire après avoir vérifié son empreinte</translation>
    </message>
    <message>
        <source>the provider, by id or by exact name</source>
        <translation>le prestataire, par identifiant ou par son nom exact</translation>
    </message>
    <message>
        <source>the provider's contact card</source>
        <translation>la fiche de contact du prestataire</translation>
    </message>
    <message>
        <source>the fingerprint the provider read to you</source>
        <translation>l’empreinte que le prestataire vous a lue</translation>
    </message>
    <message>
        <source>remove the provider's card instead</source>
        <translation>retirer plutôt la fiche du prestataire</translation>
    </message>
    <message>
        <source>Give --card and --fingerprint (or --detach).</source>
        <translation>Donnez --card et --fingerprint (ou --detach).</translation>
    </message>
    <message>
        <source>Give its name exactly as the directory writes it.</source>
        <translation>Donnez son nom exactement comme l’annuaire l’écrit.</translation>
    </message>
    <message>
        <source>Card removed.</source>
        <translation>Fiche retirée.</translation>
    </message>
    <message>
        <source>No single provider is {text}.</source>
        <translation>Aucun prestataire unique ne correspond à {text}.</translation>
    </message>
    <message>
        <source>Card of {organisation} ({site}) attached, fingerprint {fingerprint}.</source>
        <translation>Fiche de {organisation} ({site}) rattachée, empreinte {fingerprint}.</translation>
    </message>
    <message>
        <source>write the letter of an incoming referral as PDF</source>
        <translation>écrire la lettre d’une référence reçue en PDF</translation>
    </message>
    <message>
        <source>Letter written to {path}.</source>
        <translation>Lettre écrite dans {path}.</translation>
    </message>
    <message>
        <source>queue the package for the hub: it goes at the next relais sync</source>
        <translation>mettre le paquet en attente pour le hub : il part à la prochaine synchronisation relais sync</translation>
    </message>
    <message>
        <source>Queued for the hub: it goes to {organisation} at the next relais sync.</source>
        <translation>En attente pour le hub : il part vers {organisation} à la prochaine synchronisation relais sync.</translation>
    </message>
    <message>
        <source>import the packages the last relais sync received from the hub</source>
        <translation>importer les paquets reçus du hub à la dernière synchronisation relais sync</translation>
    </message>
    <message>
        <source>{count} packages from the hub imported.</source>
        <translation>{count} paquets du hub importés.</translation>
    </message>
</context>
<context>
    <name>CLI placeholder</name>
    <message>
        <source>FILE.relaiscard</source>
        <translation>FICHIER.relaiscard</translation>
    </message>
    <message>
        <source>FILE.relais</source>
        <translation>FICHIER.relais</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>IDENTIFIANT</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>IDENTIFIANT|NOM</translation>
    </message>
    <message>
        <source>XXXX-XXXX-…</source>
        <translation>XXXX-XXXX-…</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTE</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>This installation has no key pair: the database is damaged. Restore the latest backup.</source>
        <translation>Cette installation n’a pas de paire de clés : la base de données est abîmée. Restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>Encrypting needs at least one recipient.</source>
        <translation>Chiffrer demande au moins un destinataire.</translation>
    </message>
    <message>
        <source>This is not an age public key.</source>
        <translation>Ce n’est pas une clé publique age.</translation>
    </message>
    <message>
        <source>This file was not encrypted to this installation, or it is damaged.</source>
        <translation>Ce fichier n’a pas été chiffré pour cette installation, ou il est abîmé.</translation>
    </message>
</context>
</TS>
