<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>HubBox</name>
    <message><source>National hub</source><translation>Hub national</translation></message>
    <message><source>Hub</source><translation>Hub</translation></message>
    <message><source>Hub's fingerprint</source><translation>Empreinte du hub</translation></message>
    <message><source>Last synchronisation</source><translation>Dernière synchronisation</translation></message>
    <message><source>Changes waiting</source><translation>Modifications en attente</translation></message>
    <message><source>Synchronise</source><translation>Synchroniser</translation></message>
    <message><source>Enrol at a hub…</source><translation>S’inscrire auprès d’un hub…</translation></message>
    <message><source>Not enrolled: ask the hub's coordinator for an enrolment code.</source><translation>Non inscrit : demandez un code d’inscription à la coordination du hub.</translation></message>
    <message><source>{site} at {url}</source><translation>{site} sur {url}</translation></message>
    <message><source>(by file)</source><translation>(par fichier)</translation></message>
    <message><source>never</source><translation>jamais</translation></message>
    <message><source>Synchronising…</source><translation>Synchronisation…</translation></message>
    <message><source>Enrol at a hub</source><translation>Inscription auprès d’un hub</translation></message>
    <message><source>The hub's address (https://…)</source><translation>L’adresse du hub (https://…)</translation></message>
    <message><source>The one-time enrolment code</source><translation>Le code d’inscription à usage unique</translation></message>
    <message><source>Enrolled. Compare the hub's fingerprint with the coordinator's.</source><translation>Inscrit. Comparez l’empreinte du hub avec celle que lit la coordination.</translation></message>
    <message><source>Reference lists</source><translation>Listes de référence</translation></message>
    <message><source>as shipped with this version of Relais</source><translation>celles fournies avec cette version de Relais</translation></message>
    <message><source>version {version} from the hub ({lists})</source><translation>version {version} du hub ({lists})</translation></message>
    <message><source>Synchronise at each login when the hub answers</source><translation>Synchroniser à chaque connexion quand le hub répond</translation></message>
    <message><source>Whoever logs in, the site sends its waiting changes and receives the national directory and its packages, in the background.</source><translation>Quelle que soit la personne qui se connecte, le site envoie ses modifications en attente et reçoit l’annuaire national et ses paquets, en arrière-plan.</translation></message>
    <message><source>Synchronising automatically…</source><translation>Synchronisation automatique en cours…</translation></message>
  </context>
  <context>
    <name>HubStatus</name>
    <message><source>Synchronising with the hub…</source><translation>Synchronisation avec le hub…</translation></message>
    <message numerus="yes"><source>Synchronising with the hub… %n case(s) brought up to date</source><translation><numerusform>Synchronisation avec le hub… %n dossier mis à jour</numerusform><numerusform>Synchronisation avec le hub… %n dossiers mis à jour</numerusform></translation></message>
    <message numerus="yes"><source>%n case(s) brought up to date</source><translation><numerusform>%n dossier mis à jour</numerusform><numerusform>%n dossiers mis à jour</numerusform></translation></message>
    <message><source>national directory updated</source><translation>annuaire national mis à jour</translation></message>
    <message><source>reference lists updated to version {version}</source><translation>listes de référence mises à jour (version {version})</translation></message>
    <message><source>something was refused (details on hover)</source><translation>un élément a été refusé (détails au survol)</translation></message>
    <message numerus="yes"><source>%n package(s) received</source><translation><numerusform>%n paquet reçu</numerusform><numerusform>%n paquets reçus</numerusform></translation></message>
    <message numerus="yes"><source>%n package(s) sent</source><translation><numerusform>%n paquet envoyé</numerusform><numerusform>%n paquets envoyés</numerusform></translation></message>
    <message><source>Synchronised with the hub at {time} — nothing new</source><translation>Synchronisé avec le hub à {time} — rien de nouveau</translation></message>
    <message><source>Synchronised with the hub at {time} — {done}</source><translation>Synchronisé avec le hub à {time} — {done}</translation></message>
    <message><source>Synchronisation with the hub did not go through: {why}</source><translation>La synchronisation avec le hub n’a pas abouti : {why}</translation></message>
    <message><source>Hub unreachable — never synchronised</source><translation>Hub injoignable — jamais synchronisé</translation></message>
    <message><source>Hub unreachable — last synchronisation {ago}</source><translation>Hub injoignable — dernière synchronisation {ago}</translation></message>
    <message><source>just now</source><translation>à l’instant</translation></message>
    <message numerus="yes"><source>%n minute(s) ago</source><translation><numerusform>il y a %n minute</numerusform><numerusform>il y a %n minutes</numerusform></translation></message>
    <message numerus="yes"><source>%n hour(s) ago</source><translation><numerusform>il y a %n heure</numerusform><numerusform>il y a %n heures</numerusform></translation></message>
    <message numerus="yes"><source>%n day(s) ago</source><translation><numerusform>il y a %n jour</numerusform><numerusform>il y a %n jours</numerusform></translation></message>
  </context>
</TS>
