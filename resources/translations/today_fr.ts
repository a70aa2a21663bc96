<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>TodayPage</name>
    <message><source>New intake…</source><translation>Nouvel accueil…</translation></message>
    <message><source>My follow-ups due and overdue</source><translation>Mes suivis prévus et en retard</translation></message>
    <message><source>No follow-up due. Schedule one from a case file (tab Referrals).</source><translation>Aucun suivi prévu. Programmez-en un depuis un dossier (onglet Références).</translation></message>
    <message><source>Due on</source><translation>Prévu le</translation></message>
    <message><source>Late</source><translation>Retard</translation></message>
    <message><source>Case</source><translation>N° du cas</translation></message>
    <message><source>Survivor code</source><translation>Code de la personne survivante</translation></message>
    <message><source>Purpose</source><translation>Objet</translation></message>
    <message><source>Referrals awaiting an answer</source><translation>Références en attente de réponse</translation></message>
    <message><source>No referral waits for a provider's answer.</source><translation>Aucune référence n’attend la réponse d’un prestataire.</translation></message>
    <message><source>Answer due</source><translation>Échéance</translation></message>
    <message><source>Reference</source><translation>N° de référence</translation></message>
    <message><source>Service</source><translation>Service</translation></message>
    <message><source>Drafts to finish</source><translation>Brouillons à terminer</translation></message>
    <message><source>No draft waits.</source><translation>Aucun brouillon en attente.</translation></message>
    <message><source>What</source><translation>Quoi</translation></message>
    <message><source>Saved or due</source><translation>Enregistré ou prévu le</translation></message>
    <message><source>Closures to approve</source><translation>Clôtures à approuver</translation></message>
    <message><source>No case waits for your approval to close.</source><translation>Aucun dossier n’attend votre accord pour être clôturé.</translation></message>
    <message><source>Asked by</source><translation>Demandée par</translation></message>
    <message><source>Asked on</source><translation>Demandée le</translation></message>
    <message><source>Overdue work on the site, by case worker</source><translation>Travail en retard sur le site, par gestionnaire de cas</translation></message>
    <message><source>Nothing is overdue on the site.</source><translation>Rien n’est en retard sur le site.</translation></message>
    <message><source>Case worker</source><translation>Gestionnaire de cas</translation></message>
    <message><source>Follow-ups overdue</source><translation>Suivis en retard</translation></message>
    <message><source>Referrals late</source><translation>Références en retard</translation></message>
    <message><source>Oldest</source><translation>Le plus ancien</translation></message>
    <message><source>Today</source><translation>Aujourd’hui</translation></message>
    <message><source>&lt;h2&gt;Today, {day}&lt;/h2&gt;</source><translation>&lt;h2&gt;Aujourd’hui, {day}&lt;/h2&gt;</translation></message>
    <message><source>Nothing is due today. To register a survivor, click “New intake…”; the case list is under Cases.</source><translation>Rien n’est prévu aujourd’hui. Pour enregistrer une personne survivante, cliquez sur « Nouvel accueil… » ; la liste des cas est sous Dossiers.</translation></message>
    <message><source>Intake not finished (new case)</source><translation>Accueil non terminé (nouveau cas)</translation></message>
    <message><source>Intake correction not saved</source><translation>Correction de l’accueil non enregistrée</translation></message>
    <message><source>Note or feedback not saved</source><translation>Note ou retour non enregistré</translation></message>
    <message><source>Case {number}, survivor code {code}</source><translation>Cas {number}, code de la personne survivante {code}</translation></message>
    <message><source>Referral not sent yet</source><translation>Référence pas encore envoyée</translation></message>
      <message>
        <source>Open cases at high risk</source>
        <translation>Cas ouverts à risque élevé</translation>
    </message>
    <message>
        <source>No open case is at high risk.</source>
        <translation>Aucun cas ouvert n’est à risque élevé.</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évalué le</translation>
    </message>
</context>
  <context>
    <name>Section</name>
    <message><source>&lt;b&gt;{title}&lt;/b&gt; ({count})</source><translation>&lt;b&gt;{title}&lt;/b&gt; ({count})</translation></message>
    <message><source>The {shown} oldest are shown, of {total}.</source><translation>Les {shown} plus anciens sont affichés, sur {total}.</translation></message>
  </context>
  <context>
    <name>Badges</name>
    <message numerus="yes">
      <source>%n day(s) late</source>
      <translation>
        <numerusform>%n jour de retard</numerusform>
        <numerusform>%n jours de retard</numerusform>
      </translation>
    </message>
    <message><source>Due today</source><translation>Prévu aujourd’hui</translation></message>
    <message><source>Status:</source><translation>Statut :</translation></message>
  </context>
</TS>
