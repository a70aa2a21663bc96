<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../desktop/gui/reports/export_dialog.py" line="38" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/export_dialog.py" line="42" />
        <source>Export: {kind}. By default the file is de-identified: no names, telephone numbers, addresses or incident accounts.</source>
        <translation>Export : {kind}. Par défaut, le fichier est désidentifié : ni noms, ni numéros de téléphone, ni adresses, ni récits d’incident.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/export_dialog.py" line="46" />
        <source>Protect the file with a password</source>
        <translation>Protéger le fichier par un mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/export_dialog.py" line="52" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/export_dialog.py" line="53" />
        <source>Password again</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/export_dialog.py" line="54" />
        <source>At least {n} characters. Give the password to the recipient by another way than the file (for example by telephone).</source>
        <translation>Au moins {n} caractères. Communiquez le mot de passe au destinataire par un autre moyen que le fichier (par exemple par téléphone).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/export_dialog.py" line="59" />
        <source>Include identifying data (names, contacts)</source>
        <translation>Inclure les données identifiantes (noms, contacts)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/export_dialog.py" line="63" />
        <source>Why must identifying data leave Relais, and for whom?</source>
        <translation>Pourquoi des données identifiantes doivent-elles sortir de Relais, et pour qui ?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/export_dialog.py" line="66" />
        <source>An identifying export is recorded in the audit log with your name and this reason. It must be protected by a password.</source>
        <translation>Un export identifiant est inscrit au journal d’audit avec votre nom et ce motif. Il doit être protégé par un mot de passe.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/export_dialog.py" line="70" />
        <source>Identifying export (supervisors only)</source>
        <translation>Export identifiant (superviseurs uniquement)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/export_dialog.py" line="81" />
        <source>Choose where to save…</source>
        <translation>Choisir où enregistrer…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/export_dialog.py" line="116" />
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/export_dialog.py" line="1"/>
        <source>Semicolon ; (Excel in French)</source>
        <translation>Point-virgule ; (Excel en français)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/export_dialog.py" line="1"/>
        <source>Comma , (Excel in English)</source>
        <translation>Virgule , (Excel en anglais)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/export_dialog.py" line="1"/>
        <source>CSV separator</source>
        <translation>Séparateur CSV</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location filename="../../desktop/gui/reports/export_runner.py" line="44" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/export_runner.py" line="75" />
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/export_runner.py" line="88" />
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/export_runner.py" line="93" />
        <location filename="../../desktop/gui/reports/export_runner.py" line="103" />
        <source>Written: {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/export_runner.py" line="109" />
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/export_runner.py" line="117" />
        <source>The export was written to:
{path}</source>
        <translation>L’export a été enregistré ici :
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/export_runner.py" line="119" />
        <source>It is protected by the password you chose.</source>
        <translation>Il est protégé par le mot de passe que vous avez choisi.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../desktop/gui/reports/period_picker.py" line="34" />
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/period_picker.py" line="34" />
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/period_picker.py" line="34" />
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/period_picker.py" line="47" />
        <source>Q{n} ({first}–{last})</source>
        <translation>T{n} ({first}–{last})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/period_picker.py" line="56" />
        <source>to</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../desktop/gui/reports/report_view.py" line="99" />
        <source>{period} — {site}</source>
        <translation>{period} — {site}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/report_view.py" line="106" />
        <source>Only cases whose survivor consented to statistics are counted. Counts from 1 to 4 are shown as “&lt;5”, and a few other counts as “hidden” so that no “&lt;5” can be worked out from the totals; their bars are not drawn.</source>
        <translation>Seuls les cas dont la personne survivante a consenti aux statistiques sont comptés. Les effectifs de 1 à 4 sont affichés « &lt;5 », et quelques autres effectifs « masqué » pour qu’aucun « &lt;5 » ne puisse être retrouvé à partir des totaux ; leurs barres ne sont pas dessinées.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/report_view.py" line="128" />
        <source>Totals of the rows above.</source>
        <translation>Totaux des lignes ci-dessus.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/gui/reports/page.py" line="52" />
        <source>Reports and exports are for supervisors and administrators. Ask your supervisor for the figures you need.</source>
        <translation>Les rapports et les exports sont réservés aux superviseurs et aux administrateurs. Demandez à votre superviseur les chiffres dont vous avez besoin.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/page.py" line="61" />
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/page.py" line="74" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/page.py" line="85" />
        <source>Period and site</source>
        <translation>Période et site</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/page.py" line="87" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/page.py" line="92" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/page.py" line="93" />
        <source>Export a file</source>
        <translation>Exporter un fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/page.py" line="95" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/page.py" line="97" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/page.py" line="118" />
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/page.py" line="122" />
        <source>Statistics (tables and charts)</source>
        <translation>Statistiques (tableaux et graphiques)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/page.py" line="123" />
        <source>De-identified cases (one row per case)</source>
        <translation>Cas désidentifiés (une ligne par cas)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/page.py" line="124" />
        <source>GBVIMS Incident Recorder</source>
        <translation>Incident Recorder GBVIMS</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/page.py" line="125" />
        <source>SEA victim assistance</source>
        <translation>Assistance aux victimes d’EAS</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/page.py" line="166" />
        <source>This site ({name})</source>
        <translation>Ce site ({name})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/page.py" line="168" />
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/page.py" line="192" />
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/page.py" line="242" />
        <source>Save the export</source>
        <translation>Enregistrer l’export</translation>
    </message>
</context>
<context>
    <name>SummaryPdfButton</name>
    <message>
        <location filename="../../desktop/gui/cases/summary_action.py" line="32" />
        <source>Case summary PDF…</source>
        <translation>Résumé du cas en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/cases/summary_action.py" line="33" />
        <source>The whole case file as a PDF, to print or to keep. It identifies the survivor: keep it safe.</source>
        <translation>Tout le dossier du cas en PDF, à imprimer ou à conserver. Il identifie la personne survivante : gardez-le en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/cases/summary_action.py" line="44" />
        <source>Case summary</source>
        <translation>Résumé du cas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/cases/summary_action.py" line="45" />
        <source>Language of the summary</source>
        <translation>Langue du résumé</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/cases/summary_action.py" line="51" />
        <source>Save the case summary</source>
        <translation>Enregistrer le résumé du cas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/cases/summary_action.py" line="72" />
        <source>The case summary was written to:
{path}</source>
        <translation>Le résumé du cas a été enregistré ici :
{path}</translation>
    </message>
</context>
</TS>