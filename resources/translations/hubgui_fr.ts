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
    <message><source>Synchronising… {count} batches sent</source><translation>Synchronisation… {count} lots envoyés</translation></message>
    <message><source>Synchronised: {batches} batches sent, {cases} cases brought up to date.</source><translation>Synchronisé : {batches} lots envoyés, {cases} dossiers mis à jour.</translation></message>
    <message><source>Enrol at a hub</source><translation>Inscription auprès d’un hub</translation></message>
    <message><source>The hub's address (https://…)</source><translation>L’adresse du hub (https://…)</translation></message>
    <message><source>The one-time enrolment code</source><translation>Le code d’inscription à usage unique</translation></message>
    <message><source>Enrolled. Compare the hub's fingerprint with the coordinator's.</source><translation>Inscrit. Comparez l’empreinte du hub avec celle que lit la coordination.</translation></message>
    <message><source>Reference lists</source><translation>Listes de référence</translation></message>
    <message><source>as shipped with this version of Relais</source><translation>celles fournies avec cette version de Relais</translation></message>
    <message><source>version {version} from the hub ({lists})</source><translation>version {version} du hub ({lists})</translation></message>
    <message><source>Reference lists updated to version {version}.</source><translation>Listes de référence mises à jour (version {version}).</translation></message>
  </context>
</TS>
