<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Fields</name>
    <message>
        <source>Plan note</source>
        <translation>Note du plan</translation>
    </message>
    <message>
        <source>Need answered</source>
        <translation>Besoin concerné</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Plan item status</source>
        <translation>État de l’élément du plan</translation>
    </message>
    <message>
        <source>Why not done</source>
        <translation>Pourquoi non réalisé</translation>
    </message>
    <message>
        <source>Supervisor's comment on the plan</source>
        <translation>Commentaire du superviseur sur le plan</translation>
    </message>
    <message>
        <source>Follow-up method</source>
        <translation>Mode du suivi</translation>
    </message>
    <message>
        <source>Still safe?</source>
        <translation>Toujours en sécurité ?</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Note sur la sécurité</translation>
    </message>
    <message>
        <source>Closure recommended</source>
        <translation>Clôture recommandée</translation>
    </message>
    <message>
        <source>Safety plan reviewed</source>
        <translation>Plan de sécurité revu</translation>
    </message>
    <message>
        <source>She knows she can come back</source>
        <translation>Elle sait qu’elle peut revenir</translation>
    </message>
    <message>
        <source>Plan goals met</source>
        <translation>Objectifs du plan atteints</translation>
    </message>
    <message>
        <source>Explanation of unticked items</source>
        <translation>Explication des éléments non cochés</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <source>Keep this under {limit} characters.</source>
        <translation>Restez sous {limit} caractères.</translation>
    </message>
    <message>
        <source>This need was not found at assessment: add it to the assessment first (a follow-up review can add it).</source>
        <translation>Ce besoin n’a pas été relevé à l’évaluation : ajoutez-le d’abord à l’évaluation (la revue d’un suivi peut l’ajouter).</translation>
    </message>
    <message>
        <source>Write the goal.</source>
        <translation>Écrivez l’objectif.</translation>
    </message>
    <message>
        <source>Say who is responsible.</source>
        <translation>Indiquez qui est responsable.</translation>
    </message>
    <message>
        <source>Choose a staff member of this site.</source>
        <translation>Choisissez un membre du personnel de ce site.</translation>
    </message>
    <message>
        <source>Choose an active provider of the directory.</source>
        <translation>Choisissez un prestataire actif de l’annuaire.</translation>
    </message>
    <message>
        <source>Enter the target date.</source>
        <translation>Saisissez la date cible.</translation>
    </message>
    <message>
        <source>The target date is in the past.</source>
        <translation>La date cible est passée.</translation>
    </message>
    <message>
        <source>Choose a status from the list.</source>
        <translation>Choisissez un état dans la liste.</translation>
    </message>
    <message>
        <source>Say why it was not done.</source>
        <translation>Indiquez pourquoi ce n’a pas été réalisé.</translation>
    </message>
    <message>
        <source>Link only referrals of this case.</source>
        <translation>Ne liez que des références de ce dossier.</translation>
    </message>
    <message>
        <source>This plan item does not exist or is not yours to see.</source>
        <translation>Cet élément du plan n’existe pas ou ne vous est pas accessible.</translation>
    </message>
    <message>
        <source>There is no plan to review yet.</source>
        <translation>Il n’y a pas encore de plan à revoir.</translation>
    </message>
    <message>
        <source>A follow-up already reviewed this item: mark it not done, with the reason, instead of removing it.</source>
        <translation>Un suivi a déjà revu cet élément : marquez-le non réalisé, avec la raison, au lieu de le retirer.</translation>
    </message>
    <message>
        <source>Say how the follow-up was done.</source>
        <translation>Indiquez comment le suivi a été fait.</translation>
    </message>
    <message>
        <source>Say whether she is still safe.</source>
        <translation>Indiquez si elle est toujours en sécurité.</translation>
    </message>
    <message>
        <source>Write what worries you about her safety.</source>
        <translation>Écrivez ce qui vous inquiète pour sa sécurité.</translation>
    </message>
    <message>
        <source>Say why each item not done was not done.</source>
        <translation>Indiquez pourquoi chaque élément non réalisé ne l’a pas été.</translation>
    </message>
    <message>
        <source>Choose needs from the list.</source>
        <translation>Choisissez des besoins dans la liste.</translation>
    </message>
    <message>
        <source>Only the open items of this case's plan are reviewed.</source>
        <translation>Seuls les éléments en cours du plan de ce dossier sont revus.</translation>
    </message>
    <message>
        <source>Fill in the closure checklist.</source>
        <translation>Remplissez la liste de vérification de clôture.</translation>
    </message>
    <message>
        <source>{count} plan item(s) are still planned or in progress: mark each one done, or not done with its reason, before ticking that the goals are met.</source>
        <translation>{count} élément(s) du plan sont encore prévus ou en cours : marquez chacun réalisé, ou non réalisé avec sa raison, avant de cocher que les objectifs sont atteints.</translation>
    </message>
    <message>
        <source>Explain why each unticked item of the checklist is not done.</source>
        <translation>Expliquez pourquoi chaque élément non coché de la liste n’est pas fait.</translation>
    </message>
    <message>
        <source>Safety plan reviewed with her</source>
        <translation>Plan de sécurité revu avec elle</translation>
    </message>
    <message>
        <source>She knows she can come back at any time</source>
        <translation>Elle sait qu’elle peut revenir à tout moment</translation>
    </message>
    <message>
        <source>The plan's goals are met</source>
        <translation>Les objectifs du plan sont atteints</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind} : {name}</translation>
    </message>
    <message>
        <source>No plan item.</source>
        <translation>Aucun élément de plan.</translation>
    </message>
    <message>
        <source>Plan reviewed by a supervisor</source>
        <translation>Plan revu par un superviseur</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>On {day} by {name}</source>
        <translation>Le {day} par {name}</translation>
    </message>
    <message>
        <source>The plan changed since this review.</source>
        <translation>Le plan a changé depuis cette revue.</translation>
    </message>
    <message>
        <source>Plan note</source>
        <translation>Note du plan</translation>
    </message>
    <message>
        <source>Supervisor's comment</source>
        <translation>Commentaire du superviseur</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Revue du plan</translation>
    </message>
    <message>
        <source>Follow-up reviews</source>
        <translation>Revues des suivis</translation>
    </message>
    <message>
        <source>No follow-up review.</source>
        <translation>Aucune revue de suivi.</translation>
    </message>
    <message>
        <source>Why items are not ticked</source>
        <translation>Pourquoi des éléments ne sont pas cochés</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Still safe?</source>
        <translation>Toujours en sécurité ?</translation>
    </message>
    <message>
        <source>New needs</source>
        <translation>Nouveaux besoins</translation>
    </message>
    <message>
        <source>Closure recommended</source>
        <translation>Clôture recommandée</translation>
    </message>
</context>
<context>
    <name>ActionPlanPanel</name>
    <message>
        <source>&lt;b&gt;Initial assessment&lt;/b&gt;</source>
        <translation>&lt;b&gt;Évaluation initiale&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Action plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plan d’action&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mark reviewed…</source>
        <translation>Marquer revu…</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Add an item…</source>
        <translation>Ajouter un élément…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Plan note</source>
        <translation>Note du plan</translation>
    </message>
    <message>
        <source>What the plan as a whole says (optional)</source>
        <translation>Ce que dit le plan dans son ensemble (facultatif)</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Not reviewed by a supervisor yet.</source>
        <translation>Pas encore revu par un superviseur.</translation>
    </message>
    <message>
        <source>Reviewed on {day} by {name}</source>
        <translation>Revu le {day} par {name}</translation>
    </message>
    <message>
        <source>(changed since)</source>
        <translation>(modifié depuis)</translation>
    </message>
    <message>
        <source>Plan item added.</source>
        <translation>Élément du plan ajouté.</translation>
    </message>
    <message>
        <source>Plan item saved.</source>
        <translation>Élément du plan enregistré.</translation>
    </message>
    <message>
        <source>Remove this plan item?</source>
        <translation>Retirer cet élément du plan ?</translation>
    </message>
    <message>
        <source>Plan item removed.</source>
        <translation>Élément du plan retiré.</translation>
    </message>
    <message>
        <source>Review the plan</source>
        <translation>Revoir le plan</translation>
    </message>
    <message>
        <source>Your comment on the plan (optional):</source>
        <translation>Votre commentaire sur le plan (facultatif) :</translation>
    </message>
    <message>
        <source>Plan marked reviewed.</source>
        <translation>Plan marqué revu.</translation>
    </message>
    <message>
        <source>{review}: {comment}</source>
        <translation>{review} : {comment}</translation>
    </message>
    <message>
        <source>Actions: {actions}</source>
        <translation>Actions : {actions}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/cases/plan_panel.py" />
      <source>No item in the action plan yet: add one for each need found at the assessment.</source>
      <translation>Aucun élément dans le plan d’action pour l’instant : ajoutez-en un pour chaque besoin trouvé à l’évaluation.</translation>
    </message>
</context>
<context>
    <name>PlanItemDialog</name>
    <message>
        <source>Edit the plan item</source>
        <translation>Modifier l’élément du plan</translation>
    </message>
    <message>
        <source>Add a plan item</source>
        <translation>Ajouter un élément au plan</translation>
    </message>
    <message>
        <source>General (no particular need)</source>
        <translation>Général (aucun besoin particulier)</translation>
    </message>
    <message>
        <source>What she wants to reach</source>
        <translation>Ce qu’elle veut atteindre</translation>
    </message>
    <message>
        <source>What will be done, step by step</source>
        <translation>Ce qui sera fait, étape par étape</translation>
    </message>
    <message>
        <source>Why it was not done</source>
        <translation>Pourquoi ce n’a pas été réalisé</translation>
    </message>
    <message>
        <source>Need answered</source>
        <translation>Besoin concerné</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why not done</source>
        <translation>Pourquoi non réalisé</translation>
    </message>
    <message>
        <source>Referrals made for it</source>
        <translation>Références faites pour cet élément</translation>
    </message>
    <message>
        <source>No referral yet for this case.</source>
        <translation>Aucune référence pour ce dossier pour l’instant.</translation>
    </message>
</context>
<context>
    <name>FollowUpReviewDialog</name>
    <message>
        <source>Follow-up done: review</source>
        <translation>Suivi fait : revue</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>Outcome: what was found, what comes next</source>
        <translation>Résultat : ce qui a été constaté, la suite</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode de suivi</translation>
    </message>
    <message>
        <source>{need}: {goal}</source>
        <translation>{need} : {goal}</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Closure of the case recommended</source>
        <translation>Clôture du dossier recommandée</translation>
    </message>
    <message>
        <source>Open items of the action plan: needs met?</source>
        <translation>Éléments en cours du plan d’action : besoins satisfaits ?</translation>
    </message>
    <message>
        <source>No open item in the plan.</source>
        <translation>Aucun élément en cours dans le plan.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Why not done</source>
        <translation>Pourquoi non réalisé</translation>
    </message>
    <message>
        <source>New needs (added to the assessment)</source>
        <translation>Nouveaux besoins (ajoutés à l’évaluation)</translation>
    </message>
    <message>
        <source>Every need is already in the assessment.</source>
        <translation>Tous les besoins sont déjà dans l’évaluation.</translation>
    </message>
    <message>
        <source>Is she still safe?</source>
        <translation>Est-elle toujours en sécurité ?</translation>
    </message>
    <message>
        <source>What worries you (required for a concern or "no")</source>
        <translation>Ce qui vous inquiète (obligatoire pour une inquiétude ou « non »)</translation>
    </message>
    <message>
        <source>Say how the follow-up was done.</source>
        <translation>Indiquez comment le suivi a été fait.</translation>
    </message>
    <message>
        <source>Write the outcome.</source>
        <translation>Écrivez le résultat.</translation>
    </message>
    <message>
        <source>Say whether she is still safe.</source>
        <translation>Indiquez si elle est toujours en sécurité.</translation>
    </message>
    <message>
        <source>Write what worries you about her safety.</source>
        <translation>Écrivez ce qui vous inquiète pour sa sécurité.</translation>
    </message>
    <message>
        <source>Say why each item not done was not done.</source>
        <translation>Indiquez pourquoi chaque élément non réalisé ne l’a pas été.</translation>
    </message>
</context>
<context>
    <name>ReviewViewDialog</name>
    <message>
        <source>Follow-up review</source>
        <translation>Revue du suivi</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>{day} by {person}</source>
        <translation>{day} par {person}</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Marked done without a review (before reviews were recorded): only its outcome is known.</source>
        <translation>Marqué fait sans revue (avant que les revues soient enregistrées) : seul son résultat est connu.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode de suivi</translation>
    </message>
    <message>
        <source>{answer} — {note}</source>
        <translation>{answer} — {note}</translation>
    </message>
    <message>
        <source>Is she still safe?</source>
        <translation>Est-elle toujours en sécurité ?</translation>
    </message>
    <message>
        <source>New needs (added to the assessment)</source>
        <translation>Nouveaux besoins (ajoutés à l’évaluation)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Closure of the case recommended</source>
        <translation>Clôture du dossier recommandée</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Action plan items reviewed</source>
        <translation>Éléments du plan d’action revus</translation>
    </message>
    <message>
        <source>No open item in the plan then.</source>
        <translation>Aucun élément en cours dans le plan à ce moment-là.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>{status} — {reason}</source>
        <translation>{status} — {reason}</translation>
    </message>
    <message>
        <source>{need}: {goal}</source>
        <translation>{need} : {goal}</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>{item} — not ticked</source>
        <translation>{item} — non coché</translation>
    </message>
    <message>
        <source>Action plan changed</source>
        <translation>Plan d’action modifié</translation>
    </message>
    <message>
        <source>Action plan reviewed by a supervisor</source>
        <translation>Plan d’action revu par un superviseur</translation>
    </message>
    <message>
        <source>Why not: {text}</source>
        <translation>Pourquoi : {text}</translation>
    </message>
    <message>
        <source>Close this case?</source>
        <translation>Clôturer ce dossier ?</translation>
    </message>
    <message>
        <source>Closure recommended at the follow-up of {day}</source>
        <translation>Clôture recommandée au suivi du {day}</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <source>&lt;b&gt;Before closing&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avant de clôturer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Why an item is not ticked</source>
        <translation>Pourquoi un élément n’est pas coché</translation>
    </message>
    <message>
        <source>Explain why each unticked item is not done.</source>
        <translation>Expliquez pourquoi chaque élément non coché n’est pas fait.</translation>
    </message>
</context>
</TS>
