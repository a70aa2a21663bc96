<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>utilisation : </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>arguments positionnels </translation>
        </message>
        <message>
            <source>options</source>
            <translation>options </translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>afficher cette aide et s’arrêter</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s : %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>arguments non reconnus : %s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>arguments obligatoires manquants : %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>un des arguments %s est obligatoire</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>impossible avec l’argument %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>valeur ignorée : %r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>une valeur attendue</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>au plus une valeur attendue</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>au moins une valeur attendue</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>%s valeur attendue</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>%s valeurs attendues</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>option ambiguë : %(option)s peut désigner %(matches)s</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>option inattendue : %s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valeur invalide (%(type)s) : %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>choix invalide : %(value)r (choisir parmi %(choices)s)</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>impossible d’ouvrir « %(filename)s » : %(error)s</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>commande inconnue %(parser_name)r (choix : %(choices)s)</translation>
        </message>
    </context>
    <context>
        <name>CLI</name>
        <message>
            <source>commands</source>
            <translation>commandes </translation>
        </message>
        <message>
            <source>Without a command, relais opens its window (the GUI). The data folder is {folder} unless --data or the RELAIS_DATA variable gives another one.</source>
            <translation>Sans commande, relais ouvre sa fenêtre (l’interface graphique). Le dossier des données est {folder}, sauf si --data ou la variable RELAIS_DATA en indique un autre.</translation>
        </message>
        <message>
            <source>show the version of Relais and stop</source>
            <translation>afficher la version de Relais et s’arrêter</translation>
        </message>
        <message>
            <source>data folder (default: {folder})</source>
            <translation>dossier des données (par défaut : {folder})</translation>
        </message>
    </context>
    <context>
        <name>CLI placeholder</name>
        <message>
            <source>ADDRESS</source>
            <translation>ADRESSE</translation>
        </message>
        <message>
            <source>ADMIN</source>
            <translation>ADMINISTRATEUR</translation>
        </message>
        <message>
            <source>CASES</source>
            <translation>NOMBRE</translation>
        </message>
        <message>
            <source>COMMAND</source>
            <translation>COMMANDE</translation>
        </message>
        <message>
            <source>DATA</source>
            <translation>DOSSIER</translation>
        </message>
        <message>
            <source>EMAIL</source>
            <translation>COURRIEL</translation>
        </message>
        <message>
            <source>END</source>
            <translation>FIN</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FICHIER</translation>
        </message>
        <message>
            <source>FILE.pdf</source>
            <translation>FICHIER.pdf</translation>
        </message>
        <message>
            <source>FULL_NAME</source>
            <translation>NOM_COMPLET</translation>
        </message>
        <message>
            <source>ORG</source>
            <translation>ORGANISATION</translation>
        </message>
        <message>
            <source>OUT</source>
            <translation>FICHIER</translation>
        </message>
        <message>
            <source>PHONE</source>
            <translation>TÉLÉPHONE</translation>
        </message>
        <message>
            <source>REASON</source>
            <translation>MOTIF</translation>
        </message>
        <message>
            <source>REFERENCE</source>
            <translation>RÉFÉRENCE</translation>
        </message>
        <message>
            <source>SEED</source>
            <translation>GRAINE</translation>
        </message>
        <message>
            <source>SITE</source>
            <translation>SITE</translation>
        </message>
        <message>
            <source>START</source>
            <translation>DÉBUT</translation>
        </message>
        <message>
            <source>USER</source>
            <translation>UTILISATEUR</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>téléphone</translation>
        </message>
        <message>
            <source>username</source>
            <translation>utilisateur</translation>
        </message>
        <message>
            <source>FILE_OR_DIR</source>
            <translation>FICHIER_OU_DOSSIER</translation>
        </message>
    </context>
</TS>
