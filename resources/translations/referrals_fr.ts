<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>CLI</name>
        <message>
            <source>list the referrals you may see (tab-separated)</source>
            <translation>lister les références qui vous sont accessibles (séparées par des tabulations)</translation>
        </message>
        <message>
            <source>only referrals with this status</source>
            <translation>seulement les références ayant ce statut</translation>
        </message>
        <message>
            <source>write a referral letter as PDF</source>
            <translation>écrire une lettre de référence en PDF</translation>
        </message>
        <message>
            <source>the referral's reference, e.g. REF-MOP-2026-00017-4</source>
            <translation>la référence, p. ex. REF-MOP-2026-00017-4</translation>
        </message>
        <message>
            <source>language of the letter</source>
            <translation>langue de la lettre</translation>
        </message>
        <message>
            <source>where to write the PDF</source>
            <translation>où écrire le PDF</translation>
        </message>
        <message>
            <source>replace the file if it exists</source>
            <translation>remplacer le fichier s’il existe</translation>
        </message>
        <message>
            <source>Choose another file, or add --force.</source>
            <translation>Choisissez un autre fichier, ou ajoutez --force.</translation>
        </message>
        <message>
            <source>{path} already exists.</source>
            <translation>{path} existe déjà.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n’existe pas.</translation>
        </message>
        <message>
            <source>{reference} is not a valid referral reference (check its last character).</source>
            <translation>{reference} n’est pas une référence valide (vérifiez son dernier caractère).</translation>
        </message>
        <message>
            <source>Letter {reference} written to {path}.</source>
            <translation>Lettre {reference} écrite dans {path}.</translation>
        </message>
        <message>
            <source>The letter could not be written to {path}.</source>
            <translation>La lettre n’a pas pu être écrite dans {path}.</translation>
        </message>
        <message>
            <source>import or export the service directory</source>
            <translation>importer ou exporter l’annuaire des services</translation>
        </message>
        <message>
            <source>import providers from a CSV or XLSX file (administrators)</source>
            <translation>importer des prestataires depuis un fichier CSV ou XLSX (administrateurs)</translation>
        </message>
        <message>
            <source>the file to read</source>
            <translation>le fichier à lire</translation>
        </message>
        <message>
            <source>show what the import would do, write nothing</source>
            <translation>montrer ce que ferait l’import, sans rien écrire</translation>
        </message>
        <message>
            <source>write every provider to a CSV file</source>
            <translation>écrire tous les prestataires dans un fichier CSV</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>le fichier à écrire</translation>
        </message>
        <message>
            <source>add</source>
            <translation>ajout</translation>
        </message>
        <message>
            <source>update</source>
            <translation>mise à jour</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>fusionnée</translation>
        </message>
        <message>
            <source>skip</source>
            <translation>ignorée</translation>
        </message>
        <message>
            <source>line {line}: {action}: {name}</source>
            <translation>ligne {line} : {action} : {name}</translation>
        </message>
        <message>
            <source>{path} is not a file.</source>
            <translation>{path} n’est pas un fichier.</translation>
        </message>
        <message>
            <source>Nothing written (--dry-run): {add} to add, {update} to update, {unchanged} already up to date, {skip} to skip.</source>
            <translation>Rien n’est écrit (--dry-run) : {add} à ajouter, {update} à mettre à jour, {unchanged} déjà à jour, {skip} ignorées.</translation>
        </message>
        <message>
            <source>{added} providers added, {updated} updated, {unchanged} already up to date, {skipped} rows skipped.</source>
            <translation>{added} prestataires ajoutés, {updated} mis à jour, {unchanged} déjà à jour, {skipped} lignes ignorées.</translation>
        </message>
        <message>
            <source>{count} providers written to {path}.</source>
            <translation>{count} prestataires écrits dans {path}.</translation>
        </message>
        <message>
            <source>Columns not used: {columns}.</source>
            <translation>Colonnes non utilisées : {columns}.</translation>
        </message>
    </context>
    <context>
        <name>Directory</name>
        <message>
            <source>Medical and psychosocial care on site; legal aid and socio-economic reintegration through the centre's partners.</source>
            <translation>Prise en charge médicale et psychosociale sur place ; assistance juridique et réinsertion socio-économique par les partenaires du centre.</translation>
        </message>
        <message>
            <source>Enter the provider's name.</source>
            <translation>Saisissez le nom du prestataire.</translation>
        </message>
        <message>
            <source>Choose the kind of provider.</source>
            <translation>Choisissez le type de prestataire.</translation>
        </message>
        <message>
            <source>Choose a region from the list.</source>
            <translation>Choisissez une région dans la liste.</translation>
        </message>
        <message>
            <source>Unknown service type.</source>
            <translation>Type de service inconnu.</translation>
        </message>
        <message>
            <source>Enter an email address like name@example.org.</source>
            <translation>Saisissez une adresse électronique comme nom@exemple.org.</translation>
        </message>
        <message>
            <source>This provider is not in the directory.</source>
            <translation>Ce prestataire n’est pas dans l’annuaire.</translation>
        </message>
        <message>
            <source>A provider with this name already exists in this region and town.</source>
            <translation>Un prestataire de ce nom existe déjà dans cette région et cette ville.</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Le fichier n’a pas pu être lu.</translation>
        </message>
        <message>
            <source>The file could not be written to this place.</source>
            <translation>Le fichier n’a pas pu être écrit à cet endroit.</translation>
        </message>
        <message>
            <source>One-Stop Centre of {town}</source>
            <translation>Centre One Stop de {town}</translation>
        </message>
        <message>
            <source>Check that it still exists and is not open elsewhere.</source>
            <translation>Vérifiez qu’il existe toujours et qu’il n’est pas ouvert ailleurs.</translation>
        </message>
        <message>
            <source>Choose another folder or a USB key with free space.</source>
            <translation>Choisissez un autre dossier ou une clé USB avec de la place libre.</translation>
        </message>
        <message>
            <source>The file of synonyms {name} in the data folder cannot be read: correct it (JSON, as in the README) or remove it.</source>
            <translation>Le fichier de synonymes {name} du dossier de données ne peut pas être lu : corrigez-le (JSON, comme dans le README) ou retirez-le.</translation>
        </message>
        <message>
            <source>The kind is empty: a new provider needs one (add a column "Type" to the file: NGO, Network, Government service…).</source>
            <translation>Le type est vide : un nouveau prestataire en a besoin (ajoutez au fichier une colonne « Type » : ONG, Réseau, Service de l’État…).</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Another provider of the directory has this name, region and town.</source>
            <translation>Un autre prestataire de l’annuaire a déjà ce nom, cette région et cette ville.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryCsv</name>
        <message>
            <source>The directory is exported as CSV, but this file name ends in {suffix}.</source>
            <translation>L’annuaire est exporté en CSV, mais ce nom de fichier se termine par {suffix}.</translation>
        </message>
        <message>
            <source>Name the file with .csv at the end: Excel and LibreOffice open it.</source>
            <translation>Donnez au fichier un nom qui se termine par .csv : Excel et LibreOffice l’ouvrent.</translation>
        </message>
        <message>
            <source>The name is empty.</source>
            <translation>Le nom est vide.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Le fichier est vide.</translation>
        </message>
        <message>
            <source>This row has {count} values but the header has {expected} columns.</source>
            <translation>Cette ligne a {count} valeurs alors que l’en-tête a {expected} colonnes.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>{column} "{value}": </source>
            <translation>{column} « {value} » : </translation>
        </message>
        <message>
            <source> Did you mean "{label}"?</source>
            <translation> Vouliez-vous dire « {label} » ?</translation>
        </message>
        <message>
            <source>Unknown service.</source>
            <translation>Service inconnu.</translation>
        </message>
        <message>
            <source>Not yes or no.</source>
            <translation>Ni oui ni non.</translation>
        </message>
        <message>
            <source>Too long: {length} characters, at most {limit}.</source>
            <translation>Trop long : {length} caractères, au plus {limit}.</translation>
        </message>
        <message>
            <source>Unknown kind (expected One-Stop Centre, NGO, network, government service or UN).</source>
            <translation>Type inconnu (attendu : Centre One Stop, ONG, réseau, service de l’État ou Nations Unies).</translation>
        </message>
        <message>
            <source>Unknown region of Mali.</source>
            <translation>Région du Mali inconnue.</translation>
        </message>
        <message>
            <source>Not an email address.</source>
            <translation>Ce n’est pas une adresse électronique.</translation>
        </message>
        <message>
            <source>No header row found in the first rows: the file needs a column for the name ("nom", "Nom de l'organisation"…) and at least one other known column (type, services, ville…).</source>
            <translation>Aucune ligne d’en-tête trouvée dans les premières lignes : le fichier doit avoir une colonne pour le nom (« nom », « Nom de l’organisation »…) et au moins une autre colonne connue (type, services, ville…).</translation>
        </message>
        <message>
            <source>The file holds a header but no provider.</source>
            <translation>Le fichier contient un en-tête mais aucun prestataire.</translation>
        </message>
        <message>
            <source>Same provider as line {other} (name and town): merged into it.</source>
            <translation>Même prestataire qu’à la ligne {other} (nom et ville) : fusionné avec elle.</translation>
        </message>
        <message>
            <source>The file is larger than {size} MB: a directory file is much smaller. Check that it is the right file.</source>
            <translation>Le fichier dépasse {size} Mo : un fichier d’annuaire est bien plus petit. Vérifiez que c’est le bon fichier.</translation>
        </message>
        <message>
            <source>This is an old Excel file (.xls). In the spreadsheet, save it as "Excel workbook (.xlsx)" or as CSV, then import it again.</source>
            <translation>C’est un ancien fichier Excel (.xls). Dans le tableur, enregistrez-le au format « Classeur Excel (.xlsx) » ou en CSV, puis importez-le à nouveau.</translation>
        </message>
        <message>
            <source>This file is not a spreadsheet (CSV or XLSX). Choose the file saved from the spreadsheet program.</source>
            <translation>Ce fichier n’est pas un tableau (CSV ou XLSX). Choisissez le fichier enregistré depuis le tableur.</translation>
        </message>
        <message>
            <source>Line {line} cannot be read: a cell is too long or a quote is not closed.</source>
            <translation>La ligne {line} ne peut pas être lue : une cellule est trop longue ou un guillemet n’est pas fermé.</translation>
        </message>
        <message>
            <source>The file has more than {count} rows: a directory file is much smaller. Split it or check that it is the right file.</source>
            <translation>Le fichier a plus de {count} lignes : un fichier d’annuaire est bien plus petit. Découpez-le ou vérifiez que c’est le bon fichier.</translation>
        </message>
        <message>
            <source>This XLSX file is damaged and cannot be opened.</source>
            <translation>Ce fichier XLSX est endommagé et ne peut pas être ouvert.</translation>
        </message>
        <message>
            <source>This XLSX file would unpack to more than {size} MB: it is not an ordinary directory workbook and is not opened.</source>
            <translation>Ce fichier XLSX occuperait plus de {size} Mo une fois décompressé : ce n’est pas un classeur d’annuaire ordinaire, il n’est pas ouvert.</translation>
        </message>
        <message>
            <source>This zip file is not an Excel workbook (.xlsx).</source>
            <translation>Ce fichier zip n’est pas un classeur Excel (.xlsx).</translation>
        </message>
        <message>
            <source>A formula: imported as its text, never computed.</source>
            <translation>Une formule : importée comme texte, jamais calculée.</translation>
        </message>
        <message>
            <source>Other values than line {other} for: {fields}; those of line {other} are kept.</source>
            <translation>Autres valeurs qu’à la ligne {other} pour : {fields} ; celles de la ligne {other} sont gardées.</translation>
        </message>
    </context>
    <context>
        <name>FollowUps</name>
        <message>
            <source>Enter the date of the follow-up.</source>
            <translation>Saisissez la date du suivi.</translation>
        </message>
        <message>
            <source>Write what the follow-up is for.</source>
            <translation>Indiquez l’objet du suivi.</translation>
        </message>
        <message>
            <source>The date of the follow-up is in the past.</source>
            <translation>La date du suivi est passée.</translation>
        </message>
        <message>
            <source>Only a supervisor can give a follow-up to someone else.</source>
            <translation>Seul un superviseur peut confier un suivi à quelqu’un d’autre.</translation>
        </message>
        <message>
            <source>This follow-up does not exist or is not yours to see.</source>
            <translation>Ce suivi n’existe pas ou ne vous est pas accessible.</translation>
        </message>
        <message>
            <source>Only a supervisor sees the whole site's follow-ups.</source>
            <translation>Seul un superviseur voit les suivis de tout le site.</translation>
        </message>
        <message>
            <source>Write the outcome of the follow-up.</source>
            <translation>Indiquez le résultat du suivi.</translation>
        </message>
        <message>
            <source>Unknown scope.</source>
            <translation>Portée inconnue.</translation>
        </message>
        <message>
            <source>This referral does not belong to the case.</source>
            <translation>Cette référence n’appartient pas au dossier.</translation>
        </message>
        <message>
            <source>This person does not work on this case.</source>
            <translation>Cette personne ne travaille pas sur ce dossier.</translation>
        </message>
        <message>
            <source>This follow-up is already done.</source>
            <translation>Ce suivi est déjà fait.</translation>
        </message>
        <message>
            <source>Case closed</source>
            <translation>Dossier clôturé</translation>
        </message>
        <message>
            <source>This follow-up is not done yet.</source>
            <translation>Ce suivi n’est pas encore fait.</translation>
        </message>
    </context>
    <context>
        <name>LetterDocument</name>
        <message>
            <source>the survivor's caregiver</source>
            <translation>la personne qui s’occupe de la personne survivante</translation>
        </message>
        <message>
            <source>the survivor</source>
            <translation>la personne survivante</translation>
        </message>
        <message>
            <source>Priority: {priority} — answer expected by {date}</source>
            <translation>Priorité : {priority} — réponse attendue au plus tard le {date}</translation>
        </message>
        <message>
            <source>Survivor code</source>
            <translation>Code de la personne survivante</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Âge</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Consent to release information for {service} was given by {who} on {date} and recorded by {worker}.</source>
            <translation>Le consentement à la transmission d’informations pour « {service} » a été donné par {who} le {date} et enregistré par {worker}.</translation>
        </message>
        <message>
            <source>To be completed by the provider and returned to {organisation}, {site}, quoting the reference.</source>
            <translation>À remplir par le prestataire et à renvoyer à {organisation}, {site}, en rappelant la référence.</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Prestataire</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Reçue le</translation>
        </message>
        <message>
            <source>Services given</source>
            <translation>Services fournis</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Prochaines étapes</translation>
        </message>
        <message>
            <source>Name, signature, date</source>
            <translation>Nom, signature, date</translation>
        </message>
        <message>
            <source>Cut here and return the slip below</source>
            <translation>Découper ici et renvoyer le coupon ci-dessous</translation>
        </message>
        <message>
            <source>Referral letter {reference}</source>
            <translation>Lettre de référence {reference}</translation>
        </message>
        <message>
            <source>Referral letter</source>
            <translation>Lettre de référence</translation>
        </message>
        <message>
            <source>REFERRAL LETTER</source>
            <translation>LETTRE DE RÉFÉRENCE</translation>
        </message>
        <message>
            <source>Identification</source>
            <translation>Identification</translation>
        </message>
        <message>
            <source>The survivor has not consented to release information for this service ({service}). The referral was authorised by the supervisor {supervisor}; no identifying information is given.</source>
            <translation>La personne survivante n’a pas consenti à la transmission d’informations pour ce service (« {service} »). La référence a été autorisée par {supervisor}, superviseur·e ; aucune information identifiante n’est transmise.</translation>
        </message>
        <message>
            <source>RETURN SLIP (counter-referral)</source>
            <translation>COUPON-RÉPONSE (contre-référence)</translation>
        </message>
        <message>
            <source>Survivor</source>
            <translation>Personne survivante</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <source>CONFIDENTIAL. This letter contains information about a survivor of violence. Share it only with the staff who provide the service; keep it locked away; do not copy it, photograph it or send it by messaging applications. Destroy it when it is no longer needed.</source>
            <translation>CONFIDENTIEL. Cette lettre contient des informations sur une personne survivante de violences. Ne la montrez qu’au personnel qui fournit le service ; gardez-la sous clé ; ne la copiez pas, ne la photographiez pas et ne l’envoyez pas par messagerie. Détruisez-la quand elle n’est plus utile.</translation>
        </message>
        <message>
            <source>COPY</source>
            <translation>COPIE</translation>
        </message>
        <message>
            <source>Withheld: the survivor has not consented to release identifying information to this service. Please use the survivor code only.</source>
            <translation>Non communiquée : la personne survivante n’a pas consenti à la transmission d’informations identifiantes à ce service. Utilisez uniquement le code de la personne survivante.</translation>
        </message>
        <message>
            <source>Referring worker</source>
            <translation>Agent·e qui réfère</translation>
        </message>
        <message>
            <source>Received by (provider)</source>
            <translation>Reçue par (prestataire)</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <source>Services requested</source>
            <translation>Services demandés</translation>
        </message>
        <message>
            <source>Reason for referral</source>
            <translation>Motif de la référence</translation>
        </message>
        <message>
            <source>Date: {date}</source>
            <translation>Date : {date}</translation>
        </message>
        <message>
            <source>{age} years</source>
            <translation>{age} ans</translation>
        </message>
        <message>
            <source>COPY no. {number}</source>
            <translation>COPIE n° {number}</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>Signature:</source>
            <translation>Signature :</translation>
        </message>
        <message>
            <source>Signature and date:</source>
            <translation>Signature et date :</translation>
        </message>
        <message>
            <source>Confidential — {reference} — page {page} of {pages}</source>
            <translation>Confidentiel — {reference} — page {page} sur {pages}</translation>
        </message>
        <message>
            <source>Referral letter {reference} (continued, page {page} of {pages})</source>
            <translation>Lettre de référence {reference} (suite, page {page} sur {pages})</translation>
        </message>
    <message>
        <source>another trusted adult, approved by a supervisor</source>
        <translation>un autre adulte de confiance, avec l’approbation d’une superviseure ou d’un superviseur</translation>
    </message>
    <message>
        <source>the case worker in the child&apos;s best interest, approved by a supervisor</source>
        <translation>la personne chargée du dossier, dans l’intérêt supérieur de l’enfant, avec l’approbation d’une superviseure ou d’un superviseur</translation>
    </message>
    <message>
        <source>Referral of {date} — reprinted on {printed}</source>
        <translation>Référence du {date} — réimprimée le {printed}</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Tél. :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <source>Safe contact</source>
        <translation>Contact sûr</translation>
    </message>
</context>
    <context>
        <name>Letters</name>
        <message>
            <source>The letter is in French (fr) or English (en).</source>
            <translation>La lettre est en français (fr) ou en anglais (en).</translation>
        </message>
    </context>
    <context>
        <name>Referrals</name>
        <message>
            <source>Choose at least one service.</source>
            <translation>Choisissez au moins un service.</translation>
        </message>
        <message>
            <source>Choose a provider.</source>
            <translation>Choisissez un prestataire.</translation>
        </message>
        <message>
            <source>Choose a priority.</source>
            <translation>Choisissez une priorité.</translation>
        </message>
        <message>
            <source>Enter the date the feedback was received.</source>
            <translation>Saisissez la date de réception du retour.</translation>
        </message>
        <message>
            <source>Write the services given or the next steps.</source>
            <translation>Indiquez les services fournis ou les prochaines étapes.</translation>
        </message>
        <message>
            <source>Only a supervisor can override a missing consent.</source>
            <translation>Seul un superviseur peut passer outre un consentement manquant.</translation>
        </message>
        <message>
            <source>Unknown service type.</source>
            <translation>Type de service inconnu.</translation>
        </message>
        <message>
            <source>This referral does not exist or is not yours to see.</source>
            <translation>Cette référence n’existe pas ou ne vous est pas accessible.</translation>
        </message>
        <message>
            <source>The date the feedback was received is in the future.</source>
            <translation>La date de réception du retour est dans le futur.</translation>
        </message>
        <message>
            <source>Record the survivor's consent first, or ask a supervisor to override with a written reason.</source>
            <translation>Enregistrez d’abord le consentement de la personne survivante, ou demandez à un superviseur de passer outre avec un motif écrit.</translation>
        </message>
        <message>
            <source>Write the reason for overriding the missing consent.</source>
            <translation>Écrivez le motif pour passer outre le consentement manquant.</translation>
        </message>
        <message>
            <source>The survivor has not consented to release information for {service}: the referral is refused.</source>
            <translation>La personne survivante n’a pas consenti à la transmission d’informations pour {service} : la référence est refusée.</translation>
        </message>
        <message>
            <source>This provider is not (or no longer) active in the directory.</source>
            <translation>Ce prestataire n’est pas (ou plus) actif dans l’annuaire.</translation>
        </message>
        <message>
            <source>A referral cannot go from "{old}" to "{new}".</source>
            <translation>Une référence ne peut pas passer de « {old} » à « {new} ».</translation>
        </message>
        <message>
            <source>This provider does not offer {service}.</source>
            <translation>Ce prestataire n’offre pas : {service}.</translation>
        </message>
        <message>
            <source>No referral with the reference {reference} that you may see.</source>
            <translation>Aucune référence {reference} qui vous soit accessible.</translation>
        </message>
        <message>
            <source>Unknown referral status "{status}".</source>
            <translation>Statut de référence inconnu « {status} ».</translation>
        </message>
    </context>
</TS>
