<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>CardDialog</name>
    <message><source>A partner's contact card</source><translation>La carte de contact d’un partenaire</translation></message>
    <message><source>Organisation</source><translation>Organisation</translation></message>
    <message><source>Site</source><translation>Site</translation></message>
    <message><source>Keys made on</source><translation>Clés créées le</translation></message>
    <message><source>Fingerprint on the card</source><translation>Empreinte de la carte</translation></message>
    <message><source>e.g. K7QM 4TXR …</source><translation>par ex. K7QM 4TXR …</translation></message>
    <message><source>Fingerprint the partner read to you</source><translation>Empreinte lue par le partenaire</translation></message>
    <message><source>Or: I compared every group with the partner over the phone, and they are the same.</source><translation>Ou : j’ai comparé chaque groupe avec le partenaire au téléphone, et ils sont identiques.</translation></message>
    <message><source>Attach the card</source><translation>Rattacher la carte</translation></message>
    <message><source>This card will let Relais send referral packages to &lt;b&gt;{provider}&lt;/b&gt; and accept theirs. Call the partner on a number you already know (not one written in the file) and ask them to read their fingerprint, group by group.</source><translation>Cette carte permettra à Relais d’envoyer des paquets de référence à &lt;b&gt;{provider}&lt;/b&gt; et d’accepter les siens. Appelez le partenaire à un numéro que vous connaissez déjà (pas un numéro écrit dans le fichier) et demandez-lui de lire son empreinte, groupe par groupe.</translation></message>
  </context>
  <context>
    <name>DirectoryCards</name>
    <message><source>Import a partner's card…</source><translation>Importer la carte d’un partenaire…</translation></message>
    <message><source>Detach the card…</source><translation>Détacher la carte…</translation></message>
    <message><source>Select a provider in the list first.</source><translation>Sélectionnez d’abord un prestataire dans la liste.</translation></message>
    <message><source>Detach the card</source><translation>Détacher la carte</translation></message>
    <message><source>The contact card of {provider}</source><translation>La carte de contact de {provider}</translation></message>
    <message><source>Detach</source><translation>Détacher</translation></message>
    <message><source>Cancel</source><translation>Annuler</translation></message>
    <message><source>{provider} can now receive referral packages (card of {organisation}, {site}; fingerprint {fingerprint}).</source><translation>{provider} peut désormais recevoir des paquets de référence (carte de {organisation}, {site} ; empreinte {fingerprint}).</translation></message>
    <message><source>{provider} has no contact card.</source><translation>{provider} n’a pas de carte de contact.</translation></message>
    <message><source>Detach the contact card of {provider}? No package can be sent to them, or imported from them, until a card is imported again.</source><translation>Détacher la carte de contact de {provider} ? Aucun paquet ne pourra lui être envoyé, ni être importé de sa part, avant qu’une carte soit de nouveau importée.</translation></message>
  </context>
  <context>
    <name>FeedbackDialog</name>
    <message><source>Write the feedback package</source><translation>Écrire le paquet de retour</translation></message>
    <message><source>Feedback to the partner</source><translation>Retour au partenaire</translation></message>
    <message><source>Services provided</source><translation>Services fournis</translation></message>
    <message><source>What was done, what comes next (no more than she agreed to share)</source><translation>Ce qui a été fait, la suite (pas plus que ce que la personne survivante a accepté de partager)</translation></message>
    <message><source>Outcome</source><translation>Résultat</translation></message>
    <message><source>Note</source><translation>Note</translation></message>
    <message><source>Write the feedback package…</source><translation>Écrire le paquet de retour…</translation></message>
    <message><source>The feedback is recorded here; no package was written. Click “Feedback to the partner…” again to write it.</source><translation>Le retour est enregistré ici ; aucun paquet n’a été écrit. Cliquez de nouveau sur « Retour au partenaire… » pour l’écrire.</translation></message>
    <message><source>Feedback package written to {path} for {organisation} (fingerprint {fingerprint}): the answers to {count} referrals. Send them the file: importing it updates their referrals.</source><translation>Paquet de retour écrit dans {path} pour {organisation} (empreinte {fingerprint}) : les réponses à {count} référence(s). Envoyez-lui le fichier : son import met à jour ses références.</translation></message>
    <message><source>For {organisation}, about their referral {reference}. They will see the services provided, the outcome and your note in the referral's history.</source><translation>Pour {organisation}, au sujet de sa référence {reference}. Le partenaire verra les services fournis, le résultat et votre note dans l’historique de la référence.</translation></message>
  </context>
  <context>
    <name>IdentityBox</name>
    <message><source>Identity for referral packages</source><translation>Identité pour les paquets de référence</translation></message>
    <message><source>Partners who use Relais send you referral packages with your contact card. Before trusting it, they read this fingerprint back to you over the phone.</source><translation>Les partenaires qui utilisent Relais vous envoient des paquets de référence grâce à votre carte de contact. Avant de s’y fier, ils vous relisent cette empreinte au téléphone.</translation></message>
    <message><source>Organisation</source><translation>Organisation</translation></message>
    <message><source>Site</source><translation>Site</translation></message>
    <message><source>Fingerprint</source><translation>Empreinte</translation></message>
    <message><source>Keys made on</source><translation>Clés créées le</translation></message>
    <message><source>Export the contact card…</source><translation>Exporter la carte de contact…</translation></message>
    <message><source>Renew the keys…</source><translation>Renouveler les clés…</translation></message>
    <message><source>Export the contact card</source><translation>Exporter la carte de contact</translation></message>
    <message><source>Renew this installation's keys?

Every partner will need your new contact card (and to check its new fingerprint with you) before their next package: packages made with your old card still open here, but partners should stop using it.</source><translation>Renouveler les clés de cette installation ?

Chaque partenaire aura besoin de votre nouvelle carte de contact (et de vérifier sa nouvelle empreinte avec vous) avant son prochain paquet : les paquets faits avec l’ancienne carte s’ouvrent encore ici, mais les partenaires doivent cesser de l’utiliser.</translation></message>
    <message><source>Renew the keys</source><translation>Renouveler les clés</translation></message>
    <message><source>Contact card written to {path}.

Give it to your partner (USB stick, e-mail), then call them: they read you its fingerprint and you check it is {fingerprint}.</source><translation>Carte de contact écrite dans {path}.

Remettez-la à votre partenaire (clé USB, e-mail), puis appelez-le : il vous lit son empreinte et vous vérifiez que c’est {fingerprint}.</translation></message>
    <message><source>Cancel</source><translation>Annuler</translation></message>
    <message><source>New keys made. The new fingerprint is {fingerprint}. Export the contact card again and send it to every partner.</source><translation>Nouvelles clés créées. La nouvelle empreinte est {fingerprint}. Exportez de nouveau la carte de contact et envoyez-la à chaque partenaire.</translation></message>
  </context>
  <context>
    <name>IncomingDialog</name>
    <message><source>Accept the referral</source><translation>Accepter la référence</translation></message>
    <message><source>Open a new case</source><translation>Ouvrir un nouveau dossier</translation></message>
    <message><source>She is already known here: add it to the case of the survivor code</source><translation>La personne est déjà connue ici : l’ajouter au dossier du code de la personne survivante</translation></message>
    <message><source>Accept</source><translation>Accepter</translation></message>
    <message><source>Incoming referral</source><translation>Référence reçue</translation></message>
    <message><source>About the survivor (only what her consent lets the partner share)</source><translation>La personne survivante (seulement ce que son consentement permet au partenaire de partager)</translation></message>
    <message><source>Accept…</source><translation>Accepter…</translation></message>
    <message><source>Decline…</source><translation>Refuser…</translation></message>
    <message><source>Save the letter as PDF…</source><translation>Enregistrer la lettre en PDF…</translation></message>
    <message><source>Feedback to the partner…</source><translation>Retour au partenaire…</translation></message>
    <message><source>Decline the referral</source><translation>Refuser la référence</translation></message>
    <message><source>Why do you decline it?</source><translation>Pourquoi la refusez-vous ?</translation></message>
    <message><source>Save the letter as PDF</source><translation>Enregistrer la lettre en PDF</translation></message>
    <message><source>Send the refusal to the partner…</source><translation>Envoyer le refus au partenaire…</translation></message>
    <message><source>Nothing that identifies her was shared: ask the partner (her consent did not allow it).</source><translation>Rien qui l’identifie n’a été partagé : demandez au partenaire (son consentement ne le permettait pas).</translation></message>
    <message><source>Letter saved to {path}.</source><translation>Lettre enregistrée dans {path}.</translation></message>
    <message><source>The letter could not be written to this place.</source><translation>La lettre n’a pas pu être écrite à cet endroit.</translation></message>
  </context>
  <context>
    <name>IncomingList</name>
    <message><source>Referrals received from partners</source><translation>Références reçues des partenaires</translation></message>
    <message><source>No referral was received from a partner yet.</source><translation>Aucune référence n’a encore été reçue d’un partenaire.</translation></message>
    <message><source>Open…</source><translation>Ouvrir…</translation></message>
    <message><source>Send the answers…</source><translation>Envoyer les réponses…</translation></message>
    <message><source>One feedback package for the referrals selected (accepted or declined), all from the same partner</source><translation>Un seul paquet de retour pour les références sélectionnées (acceptées ou refusées), toutes du même partenaire</translation></message>
    <message><source>Received</source><translation>Reçue le</translation></message>
    <message><source>From</source><translation>De</translation></message>
    <message><source>Their reference</source><translation>Leur n° de référence</translation></message>
    <message><source>Service</source><translation>Service</translation></message>
    <message><source>Status</source><translation>Statut</translation></message>
    <message><source>Select referrals you accepted or declined (Ctrl+click to select several).</source><translation>Sélectionnez des références que vous avez acceptées ou refusées (Ctrl+clic pour en sélectionner plusieurs).</translation></message>
  </context>
  <context>
    <name>IncomingSection</name>
    <message><source>Incoming referrals from partners</source><translation>Références reçues des partenaires</translation></message>
    <message><source>No referral from a partner waits for an answer.</source><translation>Aucune référence d’un partenaire n’attend de réponse.</translation></message>
    <message><source>Import a package…</source><translation>Importer un paquet…</translation></message>
    <message><source>A referral or feedback package a partner sent you (USB stick, e-mail attachment)</source><translation>Un paquet de références ou de retours qu’un partenaire vous a envoyé (clé USB, pièce jointe d’e-mail)</translation></message>
    <message><source>Received</source><translation>Reçue le</translation></message>
    <message><source>From</source><translation>De</translation></message>
    <message><source>Service</source><translation>Service</translation></message>
    <message><source>Priority</source><translation>Priorité</translation></message>
    <message><source>Answer due</source><translation>Échéance</translation></message>
  </context>
  <context>
    <name>IncomingText</name>
    <message><source>Accepted, feedback sent</source><translation>Acceptée, retour envoyé</translation></message>
    <message><source>From</source><translation>De</translation></message>
    <message><source>Their reference</source><translation>Leur n° de référence</translation></message>
    <message><source>Referred on</source><translation>Référée le</translation></message>
    <message><source>Service</source><translation>Service</translation></message>
    <message><source>Priority</source><translation>Priorité</translation></message>
    <message><source>Answer due by</source><translation>Réponse attendue avant le</translation></message>
    <message><source>Survivor code (theirs)</source><translation>Code de la personne survivante (le leur)</translation></message>
    <message><source>Reason</source><translation>Motif</translation></message>
    <message><source>Referred by</source><translation>Référée par</translation></message>
    <message><source>Their contacts</source><translation>Leurs coordonnées</translation></message>
    <message><source>Name</source><translation>Nom</translation></message>
    <message><source>Age</source><translation>Âge</translation></message>
    <message><source>Sex</source><translation>Sexe</translation></message>
    <message><source>Phone</source><translation>Téléphone</translation></message>
    <message><source>Safe contact</source><translation>Contact sûr</translation></message>
    <message><source>Consent to share</source><translation>Consentement au partage</translation></message>
    <message><source>Shared without her consent, decided by</source><translation>Partagé sans son consentement, décidé par</translation></message>
    <message><source>Received on {when}.</source><translation>Reçue le {when}.</translation></message>
    <message><source>Accept it (a case is opened, or it joins the case of a survivor already known here) or decline it with a reason.</source><translation>Acceptez-la (un dossier est ouvert, ou elle rejoint le dossier d’une personne survivante déjà connue ici) ou refusez-la en donnant la raison.</translation></message>
    <message><source>To accept or decline</source><translation>À accepter ou refuser</translation></message>
    <message><source>Accepted</source><translation>Acceptée</translation></message>
    <message><source>Declined</source><translation>Refusée</translation></message>
    <message><source>Accepted on {when}.</source><translation>Acceptée le {when}.</translation></message>
    <message><source>Declined on {when}: {reason}</source><translation>Refusée le {when} : {reason}</translation></message>
    <message><source>Outcome recorded: {outcome}.</source><translation>Résultat enregistré : {outcome}.</translation></message>
    <message><source>Feedback sent on {when}.</source><translation>Retour envoyé le {when}.</translation></message>
  </context>
  <context>
    <name>PackageButtons</name>
    <message><source>Import a package…</source><translation>Importer un paquet…</translation></message>
    <message><source>A referral or feedback package a partner sent you</source><translation>Un paquet de références ou de retours qu’un partenaire vous a envoyé</translation></message>
    <message><source>Received from partners…</source><translation>Reçues des partenaires…</translation></message>
  </context>
  <context>
    <name>PackageImport</name>
    <message><source>Package from {organisation}: {new} new incoming referrals, {feedbacks} feedbacks applied, {known} already known (nothing was added twice).</source><translation>Paquet de {organisation} : {new} nouvelle(s) référence(s) reçue(s), {feedbacks} retour(s) appliqué(s), {known} déjà connu(s) (rien n’a été ajouté deux fois).</translation></message>
    <message><source>Nothing was imported: this package comes from {organisation}, whose contact card is not in your directory.

Its fingerprint is {fingerprint}.

Ask them for their contact card, call them on a number you already know to check that fingerprint, then in the Directory select their provider and click “Import a partner's card…”. Import the package again afterwards.</source><translation>Rien n’a été importé : ce paquet vient de {organisation}, dont la carte de contact n’est pas dans votre annuaire.

Son empreinte est {fingerprint}.

Demandez-lui sa carte de contact, appelez-le à un numéro que vous connaissez déjà pour vérifier cette empreinte, puis dans l’Annuaire sélectionnez son prestataire et cliquez sur « Importer la carte d’un partenaire… ». Importez ensuite de nouveau le paquet.</translation></message>
    <message><source>Import a package</source><translation>Importer un paquet</translation></message>
    <message><source>Checking and importing the package…</source><translation>Vérification et import du paquet…</translation></message>
    <message><source>Cancel</source><translation>Annuler</translation></message>
    <message><source>Package imported</source><translation>Paquet importé</translation></message>
    <message><source>This package from {organisation} was already imported: nothing was added.</source><translation>Ce paquet de {organisation} a déjà été importé : rien n’a été ajouté.</translation></message>
    <message><source>Unknown sender</source><translation>Expéditeur inconnu</translation></message>
    <message><source>Import cancelled: nothing was imported.</source><translation>Import annulé : rien n’a été importé.</translation></message>
  </context>
  <context>
    <name>PackageSend</name>
    <message><source>This referral can no longer be sent as a package (it is closed or was answered).</source><translation>Cette référence ne peut plus être envoyée en paquet (elle est clôturée ou a reçu une réponse).</translation></message>
    <message><source>Send the package…</source><translation>Envoyer le paquet…</translation></message>
    <message><source>Send the package</source><translation>Envoyer le paquet</translation></message>
    <message><source>{provider} does not use Relais, or its contact card is not in the directory yet: import its card in the Directory (a directory manager does it), or print the letter.</source><translation>{provider} n’utilise pas Relais, ou sa carte de contact n’est pas encore dans l’annuaire : importez sa carte dans l’Annuaire (c’est le rôle d’un gestionnaire de l’annuaire), ou imprimez la lettre.</translation></message>
    <message><source>Yes, all in one package</source><translation>Oui, toutes dans un paquet</translation></message>
    <message><source>No, only this one</source><translation>Non, seulement celle-ci</translation></message>
    <message><source>Package written to {path}: referral {reference} ({count} in all), encrypted for {organisation} (fingerprint {fingerprint}). Only they can open it: send them the file (USB stick, e-mail).</source><translation>Paquet écrit dans {path} : référence {reference} ({count} en tout), chiffré pour {organisation} (empreinte {fingerprint}). Seul ce partenaire peut l’ouvrir : envoyez-lui le fichier (clé USB, e-mail).</translation></message>
    <message><source>Write this referral as an encrypted package that only {provider} can open.</source><translation>Écrire cette référence dans un paquet chiffré que seul {provider} peut ouvrir.</translation></message>
    <message><source>This case has {count} other draft referrals to {provider} ({references}). Put them in the same package?</source><translation>Ce dossier a {count} autre(s) référence(s) en brouillon pour {provider} ({references}). Les mettre dans le même paquet ?</translation></message>
  </context>
  <context>
    <name>ProviderModel</name>
    <message><source>Receives packages</source><translation>Reçoit les paquets</translation></message>
    <message><source>Its contact card is attached: referrals to it can be sent as encrypted packages.</source><translation>Sa carte de contact est rattachée : les références peuvent lui être envoyées en paquets chiffrés.</translation></message>
    <message><source>✉ Yes</source><translation>✉ Oui</translation></message>
  </context>
</TS>
