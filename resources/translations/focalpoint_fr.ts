<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <location filename="../../app/gui/app.py" line="97"/>
        <source>Setting up this node...</source>
        <translation>Configuration de ce nœud...</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="31"/>
        <source>An unexpected error stopped this action; what was saved before is safe. The details below are also in the log file.</source>
        <translation>Une erreur inattendue a interrompu cette action&#xa0;; les données enregistrées auparavant sont intactes. Les détails ci-dessous figurent aussi dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="42"/>
        <source>FocalPoint</source>
        <translation>FocalPoint</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="66"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="67"/>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>Cette fiche comporte des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="44"/>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="44"/>
        <source>(none)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="56"/>
        <source>Type a country name</source>
        <translation>Saisissez le nom d&apos;un pays</translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="59"/>
        <location filename="../../app/gui/form.py" line="60"/>
        <source>Type to search</source>
        <translation>Tapez pour rechercher</translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="63"/>
        <source>Separate several with commas</source>
        <translation>Séparez plusieurs valeurs par des virgules</translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="102"/>
        <source>Fields marked * are required.</source>
        <translation>Les champs marqués d&apos;un * sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="132"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/placeholder.py" line="32"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/placeholder.py" line="34"/>
        <source>Here you will send and receive sync bundles: export a signed, encrypted bundle for headquarters, import bundles from other nodes, see what was sent and received, trust or revoke other nodes&apos; keys and resolve conflicts.

Until this screen is ready, use the command line: &apos;focalpoint export --to NODE&apos;, &apos;focalpoint import FILE&apos;, &apos;focalpoint keys card&apos;, &apos;focalpoint conflicts resolve&apos;.</source>
        <translation>Cet écran permettra d&apos;envoyer et de recevoir des paquets de synchronisation&#xa0;: exporter un paquet signé et chiffré pour le Siège, importer les paquets d&apos;autres nœuds, voir ce qui a été envoyé et reçu, accorder ou révoquer la confiance dans les clés d&apos;autres nœuds et résoudre les conflits.

En attendant, utilisez la ligne de commande&#xa0;: &apos;focalpoint export --to NODE&apos;, &apos;focalpoint import FILE&apos;, &apos;focalpoint keys card&apos;, &apos;focalpoint conflicts resolve&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/placeholder.py" line="46"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/placeholder.py" line="48"/>
        <source>Here you will print PDF sign-in sheets and attendance reports for an activity, assessment reports and the programme report, and export figures to XLSX, disaggregated by sex, institution, category and country.

Until this screen is ready, use the command line: &apos;focalpoint report sign-in ACTIVITY --out FILE.pdf&apos;, &apos;focalpoint report attendance ...&apos;, &apos;focalpoint report programme ...&apos;.</source>
        <translation>Cet écran permettra d&apos;imprimer au format PDF les feuilles de présence et les rapports de présence d&apos;une activité, les rapports d&apos;évaluation et le rapport sur le programme, et d&apos;exporter les chiffres au format XLSX, ventilés par sexe, institution, catégorie et pays.

En attendant, utilisez la ligne de commande&#xa0;: &apos;focalpoint report sign-in ACTIVITY --out FILE.pdf&apos;, &apos;focalpoint report attendance ...&apos;, &apos;focalpoint report programme ...&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="58"/>
        <source>The printer cannot be opened; check that it is on and try again.</source>
        <translation>Impossible d&apos;accéder à l&apos;imprimante&#xa0;; vérifiez qu&apos;elle est allumée, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="43"/>
        <source>(deleted)</source>
        <translation>(fiche supprimée)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="43"/>
        <source>(present)</source>
        <translation>(fiche présente)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="47"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="59"/>
        <source>The passphrase needs at least %d characters.</source>
        <translation>La phrase secrète doit compter au moins %d caractères.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="61"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;; saisissez deux fois la même.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="68"/>
        <source>Choose a passphrase of several words that only you know.</source>
        <translation>Choisissez une phrase secrète de plusieurs mots, connue uniquement de vous.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="71"/>
        <source>Strength: %s.</source>
        <translation>Robustesse&#xa0;: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="131"/>
        <location filename="../../app/gui/wizard.py" line="133"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="132"/>
        <source>The language of FocalPoint&apos;s windows on this computer.</source>
        <translation>La langue des fenêtres de FocalPoint sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="134"/>
        <source>You can change it later in the Language menu.</source>
        <translation>Vous pourrez la modifier plus tard dans le menu Langue.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="142"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="143"/>
        <source>Is this laptop used in a mission, or at headquarters?</source>
        <translation>Cet ordinateur portable est-il utilisé dans une mission ou au Siège&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="144"/>
        <source>A mission&apos;s computer (field node)</source>
        <translation>Ordinateur d&apos;une mission (nœud de terrain)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="145"/>
        <source>Headquarters</source>
        <translation>Siège</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="148"/>
        <source>e.g. MONUSCO Goma</source>
        <translation>p. ex. MONUSCO Goma</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="150"/>
        <source>e.g. MONUSCO</source>
        <translation>p. ex. MONUSCO</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="152"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="156"/>
        <source>Empty: this computer. Server: postgresql+psycopg://...</source>
        <translation>Vide&#xa0;: cet ordinateur. Serveur&#xa0;: postgresql+psycopg://...</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="161"/>
        <source>Kind of node</source>
        <translation>Type de nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="163"/>
        <source>Name of this node *</source>
        <translation>Nom de ce nœud *</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="164"/>
        <source>Mission code *</source>
        <translation>Code de la mission *</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="165"/>
        <source>Your name *</source>
        <translation>Votre nom *</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="166"/>
        <source>Database URL (headquarters server)</source>
        <translation>URL de la base de données (serveur du Siège)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="179"/>
        <source>Give this node a name.</source>
        <translation>Donnez un nom à ce nœud.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="181"/>
        <source>A field node needs its mission code (e.g. MONUSCO).</source>
        <translation>Un nœud de terrain doit avoir le code de sa mission (p. ex. MONUSCO).</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="183"/>
        <source>Give your name: it is recorded with every change.</source>
        <translation>Indiquez votre nom&#xa0;: il est enregistré avec chaque modification.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="186"/>
        <source>A server&apos;s database URL starts with postgresql+psycopg:// (leave it empty to keep the data on this computer).</source>
        <translation>L&apos;URL de la base de données d&apos;un serveur commence par postgresql+psycopg:// (laissez ce champ vide pour conserver les données sur cet ordinateur).</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="197"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="200"/>
        <source>It protects this node&apos;s keys, which sign and open sync bundles. It cannot be recovered: write it down somewhere safe.</source>
        <translation>Elle protège les clés de ce nœud, qui signent et ouvrent les paquets de synchronisation. Elle ne peut pas être récupérée&#xa0;: notez-la en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="214"/>
        <source>Passphrase *</source>
        <translation>Phrase secrète *</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="215"/>
        <source>Again *</source>
        <translation>Confirmation *</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="240"/>
        <source>Demo programme</source>
        <translation>Programme de démonstration</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="243"/>
        <source>Load the demo programme (sample missions, activities and participants to try the application)</source>
        <translation>Charger le programme de démonstration (missions, activités et participants fictifs pour essayer l&apos;application)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="252"/>
        <source>The demo programme is not part of this build.</source>
        <translation>Le programme de démonstration n&apos;est pas inclus dans cette version.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="269"/>
        <location filename="../../app/gui/wizard.py" line="290"/>
        <source>Set up FocalPoint</source>
        <translation>Configurer FocalPoint</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="66"/>
        <source>Click to list the records behind this figure</source>
        <translation>Cliquez pour afficher la liste des fiches correspondant à ce chiffre</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="133"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="137"/>
        <source>All missions</source>
        <translation>Toutes les missions</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="143"/>
        <source>Whole period</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="145"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="147"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="147"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="148"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="168"/>
        <source>Findings by thematic area and severity (click a cell to list them)</source>
        <translation>Constatations par domaine thématique et par gravité (cliquez sur une cellule pour les afficher)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="208"/>
        <source>Computing the programme&apos;s figures...</source>
        <translation>Calcul des chiffres du programme...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="228"/>
        <source>%s activities in all</source>
        <translation>%s activités au total</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="233"/>
        <source>%s women</source>
        <translation>%s femmes</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="236"/>
        <source>points, over %s pre/post tests</source>
        <translation>points, sur %s paires pré-test/post-test</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="238"/>
        <source>%s findings</source>
        <translation>%s constatations</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="241"/>
        <source>%(n)s of %(total)s findings</source>
        <translation>%(n)s constatations sur %(total)s</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="247"/>
        <source>of %s missions</source>
        <translation>sur %s missions</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="264"/>
        <source>Activities by kind</source>
        <translation>Activités par type</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="266"/>
        <source>Beneficiaries by sex</source>
        <translation>Bénéficiaires par sexe</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="268"/>
        <source>State and non-state beneficiaries</source>
        <translation>Bénéficiaires étatiques et non étatiques</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="271"/>
        <source>Beneficiaries by category</source>
        <translation>Bénéficiaires par catégorie</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="273"/>
        <source>Beneficiaries by country</source>
        <translation>Bénéficiaires par pays</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="274"/>
        <source>Unknown</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="301"/>
        <source>Listing the records...</source>
        <translation>Chargement de la liste des fiches...</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="77"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="167"/>
        <source>Entities this assessment covers (tick them):</source>
        <translation>Entités couvertes par cette évaluation (cochez-les)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="173"/>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="173"/>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="71"/>
        <source>Double-click a day to name its session</source>
        <translation>Double-cliquez sur un jour pour nommer sa séance</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="73"/>
        <source>Add walk-in...</source>
        <translation>Inscrire sur place...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="74"/>
        <source>Register a person at the door (Ctrl+W)</source>
        <translation>Inscrire une personne à l&apos;entrée (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="77"/>
        <source>Import list...</source>
        <translation>Importer une liste...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="78"/>
        <source>Import participants from a CSV or XLSX file</source>
        <translation>Importer des participants depuis un fichier CSV ou XLSX</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="113"/>
        <source>Save the activity first; then register its participants here.</source>
        <translation>Enregistrez d&apos;abord l&apos;activité&#xa0;; inscrivez ensuite ses participants ici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/attendance.py" line="134"/>
        <source>Registered: %n</source>
        <translation>
            <numerusform>Inscrits&#xa0;: %n</numerusform>
            <numerusform>Inscrits&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="135"/>
        <source>By category: </source>
        <translation>Par catégorie&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="136"/>
        <source>Present per day: </source>
        <translation>Présents par jour&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/attendance.py" line="137"/>
        <source>Certificates: %n</source>
        <translation>
            <numerusform>Certificats&#xa0;: %n</numerusform>
            <numerusform>Certificats&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="145"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="145"/>
        <source>Name of the session on %s:</source>
        <translation>Nom de la séance du %s&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="175"/>
        <source>Registered.</source>
        <translation>Inscription enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="182"/>
        <source>Import a participant list</source>
        <translation>Importer une liste de participants</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="183"/>
        <source>Participant lists (*.csv *.xlsx)</source>
        <translation>Listes de participants (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="80"/>
        <source>On this node</source>
        <translation>Sur ce nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="81"/>
        <source>Incoming</source>
        <translation>Valeur reçue</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="86"/>
        <source>Keep this node&apos;s value</source>
        <translation>Garder la valeur de ce nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="87"/>
        <source>Take the incoming value</source>
        <translation>Prendre la valeur reçue</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="88"/>
        <source>Type the right value...</source>
        <translation>Saisir la bonne valeur...</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="89"/>
        <source>Do the same for every field of this record</source>
        <translation>Faire de même pour tous les champs de cette fiche</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="93"/>
        <source>No conflicts: every change received agreed with this node&apos;s data.</source>
        <translation>Aucun conflit&#xa0;: toutes les modifications reçues concordaient avec les données de ce nœud.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="129"/>
        <source>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;changed by %s, %s</source>
        <translation>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;modifiée par %s, %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="131"/>
        <source>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;changed by %s on %s, %s</source>
        <translation>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;modifiée par %s sur %s, %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="154"/>
        <source>Settle the conflict</source>
        <translation>Régler le conflit</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="155"/>
        <source>The right value of &apos;%s&apos;:</source>
        <translation>Bonne valeur de «&#xa0;%s&#xa0;»&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../app/gui/widgets.py" line="41"/>
        <source>Type the date or pick it from the calendar; select it all and press Delete to clear it</source>
        <translation>Saisissez la date ou choisissez-la dans le calendrier&#xa0;; pour l&apos;effacer, sélectionnez-la entièrement et appuyez sur Suppr</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="97"/>
        <source>Drop one or more bundle files (.fpbundle) here</source>
        <translation>Déposez ici un ou plusieurs fichiers de paquet (.fpbundle)</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="66"/>
        <source>New finding</source>
        <translation>Nouvelle constatation</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="68"/>
        <source>Delete finding</source>
        <translation>Supprimer la constatation</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="70"/>
        <source>Save finding</source>
        <translation>Enregistrer la constatation</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="88"/>
        <source>Save the assessment first.</source>
        <translation>Enregistrez d&apos;abord l&apos;évaluation.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="126"/>
        <source>Finding saved.</source>
        <translation>Constatation enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="132"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="132"/>
        <source>Delete this finding?</source>
        <translation>Supprimer cette constatation&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="83"/>
        <source>Import a participant list</source>
        <translation>Importer une liste de participants</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="84"/>
        <source>Reading the file...</source>
        <translation>Lecture du fichier...</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="90"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="91"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="92"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="93"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="94"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="95"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="96"/>
        <source>What happens</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="97"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="102"/>
        <source>Import valid rows</source>
        <translation>Importer les lignes valides</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="105"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="122"/>
        <source>Importing lists is not available in this build.</source>
        <translation>L&apos;importation de listes n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="129"/>
        <source>Reading the list...</source>
        <translation>Lecture de la liste...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/import_dialog.py" line="162"/>
        <source>%n row(s) will be imported</source>
        <translation>
            <numerusform>%n ligne sera importée</numerusform>
            <numerusform>%n lignes seront importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/import_dialog.py" line="163"/>
        <source>%n invalid row(s) will be skipped (in red)</source>
        <translation>
            <numerusform>%n ligne non valide sera ignorée (en rouge)</numerusform>
            <numerusform>%n lignes non valides seront ignorées (en rouge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/import_dialog.py" line="164"/>
        <source>%n row(s) already registered or repeated (in yellow).</source>
        <translation>
            <numerusform>%n ligne déjà inscrite ou en double (en jaune).</numerusform>
            <numerusform>%n lignes déjà inscrites ou en double (en jaune).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="179"/>
        <source>Importing...</source>
        <translation>Importation...</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="117"/>
        <source>FocalPoint</source>
        <translation>FocalPoint</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="152"/>
        <location filename="../../app/gui/main_window.py" line="186"/>
        <source>Opening the database...</source>
        <translation>Ouverture de la base de données...</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="159"/>
        <location filename="../../app/gui/main_window.py" line="178"/>
        <source>FocalPoint - %s</source>
        <translation>FocalPoint - %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="181"/>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="279"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="281"/>
        <source>&amp;Back up the database...</source>
        <translation>&amp;Sauvegarder la base de données...</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="284"/>
        <source>Load the &amp;demo programme</source>
        <translation>Charger le programme de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="290"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="292"/>
        <source>&amp;Record</source>
        <translation>Fi&amp;che</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="293"/>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="294"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="295"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="297"/>
        <source>&amp;Cancel changes</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="301"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="325"/>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="327"/>
        <source>Database (*.db)</source>
        <translation>Base de données (*.db)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="334"/>
        <source>Backup saved: %s</source>
        <translation>Sauvegarde enregistrée&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="335"/>
        <source>Backing up the database...</source>
        <translation>Sauvegarde de la base de données...</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="346"/>
        <source>Loading the demo programme...</source>
        <translation>Chargement du programme de démonstration...</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="74"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="78"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="97"/>
        <source>Upcoming and current activities</source>
        <translation>Activités en cours et à venir</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="98"/>
        <source>Recent activities</source>
        <translation>Activités récentes</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="127"/>
        <source>Opening the database...</source>
        <translation>Ouverture de la base de données...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="158"/>
        <source>Participants: </source>
        <translation>Participants&#xa0;: </translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="77"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="84"/>
        <source>This person may already be recorded:</source>
        <translation>Cette personne est peut-être déjà enregistrée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="89"/>
        <source>Save a new participant anyway? Choose No to keep one record per person (open the existing one from the list).</source>
        <translation>Enregistrer quand même un nouveau participant&#xa0;? Choisissez Non pour conserver une seule fiche par personne (ouvrez la fiche existante depuis la liste).</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="93"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/participants.py" line="103"/>
        <source>%n activity(ies) attended</source>
        <translation>
            <numerusform>%n activité suivie</numerusform>
            <numerusform>%n activités suivies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="105"/>
        <source>Save the person to see a history.</source>
        <translation>Enregistrez la personne pour voir son historique.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="64"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="73"/>
        <source>Passphrase of this node&apos;s keys:</source>
        <translation>Phrase secrète des clés de ce nœud&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../app/gui/report_preview.py" line="90"/>
        <source>Choose a report and its options, then press Make the report. It is shown here before you print or save it.</source>
        <translation>Choisissez un rapport et ses options, puis cliquez sur Générer le rapport. Il s&apos;affiche ici avant que vous ne l&apos;imprimiez ou ne l&apos;enregistriez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="98"/>
        <source>Print...</source>
        <translation>Imprimer...</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="99"/>
        <source>Open with the system viewer</source>
        <translation>Ouvrir avec la visionneuse du système</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="100"/>
        <source>Save as...</source>
        <translation>Enregistrer sous...</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="125"/>
        <source>The workbook %s is ready. Open it with the spreadsheet program, or save it where you keep your reports.</source>
        <translation>Le classeur %s est prêt. Ouvrez-le avec le tableur ou enregistrez-le là où vous conservez vos rapports.</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="162"/>
        <source>No program to open this file was found; use Save as and open the copy.</source>
        <translation>Aucun programme permettant d&apos;ouvrir ce fichier n&apos;a été trouvé&#xa0;; utilisez Enregistrer sous et ouvrez la copie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="168"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="168"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Classeur (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="169"/>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="180"/>
        <source>The report could not be saved there; choose another folder (the file may be open in another program).</source>
        <translation>Le rapport n&apos;a pas pu être enregistré à cet emplacement&#xa0;; choisissez un autre dossier (le fichier est peut-être ouvert dans un autre programme).</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="183"/>
        <source>Report saved</source>
        <translation>Rapport enregistré</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="183"/>
        <source>Saved as %s.</source>
        <translation>Enregistré sous %s.</translation>
    </message>
</context>
<context>
    <name>ReceiveTab</name>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="126"/>
        <source>Choose bundle files...</source>
        <translation>Choisir les paquets...</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="131"/>
        <source>Bundles are checked first; nothing is written until you press Import.</source>
        <translation>Les paquets sont d&apos;abord vérifiés&#xa0;; rien n&apos;est écrit tant que vous n&apos;avez pas cliqué sur Importer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="147"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="156"/>
        <source>Bundles to import</source>
        <translation>Paquets à importer</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="169"/>
        <source>Bundles are encrypted for this node: type the passphrase to open them.</source>
        <translation>Les paquets sont chiffrés pour ce nœud&#xa0;: saisissez la phrase secrète pour les ouvrir.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="172"/>
        <source>Checking the bundles...</source>
        <translation>Vérification des paquets...</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="181"/>
        <source>Type the passphrase again to import the bundles.</source>
        <translation>Saisissez de nouveau la phrase secrète pour importer les paquets.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="183"/>
        <source>Importing the bundles...</source>
        <translation>Importation des paquets...</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="190"/>
        <source>%s of %s bundles can be imported; nothing has been written yet. Check the list, then press Import.</source>
        <translation>Paquets importables&#xa0;: %s sur %s&#xa0;; rien n&apos;a encore été écrit. Vérifiez la liste, puis cliquez sur Importer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="201"/>
        <source>Bundles imported: %s. Records added: %s, changed: %s, deleted: %s; conflicts to settle: %s.</source>
        <translation>Paquets importés&#xa0;: %s. Fiches ajoutées&#xa0;: %s, modifiées&#xa0;: %s, supprimées&#xa0;: %s&#xa0;; conflits à régler&#xa0;: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="242"/>
        <source>Double-click to trust this node after its operator read you the fingerprint by phone.</source>
        <translation>Double-cliquez pour faire confiance à ce nœud une fois que son opérateur vous a lu l&apos;empreinte par téléphone.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="246"/>
        <source>Nothing written yet.</source>
        <translation>Rien n&apos;a encore été écrit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="248"/>
        <source>This bundle was already imported; nothing changed.</source>
        <translation>Ce paquet a déjà été importé&#xa0;; rien n&apos;a changé.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../app/gui/pages/base.py" line="121"/>
        <source>New</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="122"/>
        <source>New record (Ctrl+N)</source>
        <translation>Nouvelle fiche (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="140"/>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="209"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="219"/>
        <location filename="../../app/gui/pages/base.py" line="367"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="221"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="222"/>
        <source>Undo the changes not saved (Esc)</source>
        <translation>Annuler les modifications non enregistrées (Échap)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="224"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="225"/>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/base.py" line="266"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="317"/>
        <source>New record</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="334"/>
        <source>Not saved.</source>
        <translation>Fiche non enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="338"/>
        <source>Not saved: check the fields marked in red.</source>
        <translation>Fiche non enregistrée&#xa0;: vérifiez les champs signalés en rouge.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="346"/>
        <source>Saved.</source>
        <translation>Fiche enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="360"/>
        <source>Changes undone.</source>
        <translation>Modifications annulées.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="368"/>
        <source>Delete this record? It is kept as deleted so the deletion can be sent to headquarters.</source>
        <translation>Supprimer cette fiche&#xa0;? Elle est conservée comme supprimée afin que la suppression puisse être transmise au Siège.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="380"/>
        <source>Deleted.</source>
        <translation>Fiche supprimée.</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message numerus="yes">
        <location filename="../../app/gui/dashboard_records.py" line="98"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/dashboard_records.py" line="100"/>
        <source>The first %n records (narrow the period or the mission to see the rest)</source>
        <translation>
            <numerusform>%n seule fiche affichée (restreignez la période ou la mission pour voir les autres)</numerusform>
            <numerusform>Les %n premières fiches (restreignez la période ou la mission pour voir les autres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="169"/>
        <source>Only activities starting in a period</source>
        <translation>Uniquement les activités débutant dans une période</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="177"/>
        <source>Replace names by codes (pseudonymised)</source>
        <translation>Remplacer les noms par des codes (pseudonymisation)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="184"/>
        <source>Make the report</source>
        <translation>Générer le rapport</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="194"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="202"/>
        <source>Activity:</source>
        <translation>Activité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="203"/>
        <source>Assessment:</source>
        <translation>Évaluation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="204"/>
        <source>Mission:</source>
        <translation>Mission&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="206"/>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="208"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="222"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="232"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="247"/>
        <source>All missions</source>
        <translation>Toutes les missions</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="275"/>
        <source>All activities in the period</source>
        <translation>Toutes les activités de la période</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="307"/>
        <location filename="../../app/gui/pages/reports.py" line="310"/>
        <source>Making the report...</source>
        <translation>Génération du rapport...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="316"/>
        <source>Ready: %s pages.</source>
        <translation>Rapport prêt&#xa0;: %s pages.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="317"/>
        <source>Ready.</source>
        <translation>Rapport prêt.</translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <location filename="../../app/gui/sync_send.py" line="49"/>
        <source>Choose the node the bundle is for.</source>
        <translation>Choisissez le nœud destinataire du paquet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="51"/>
        <source>Encrypt the bundle for the recipient (recommended)</source>
        <translation>Chiffrer le paquet pour le destinataire (recommandé)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="61"/>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="66"/>
        <source>Make the bundle</source>
        <translation>Créer le paquet</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="76"/>
        <source>1. Recipient:</source>
        <translation>1. Destinataire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="77"/>
        <source>2. It will carry:</source>
        <translation>2. Contenu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="78"/>
        <source>3. Encryption:</source>
        <translation>3. Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="80"/>
        <source>4. Save it in:</source>
        <translation>4. Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="105"/>
        <source>No trusted node yet: add another node&apos;s card on the Nodes tab first.</source>
        <translation>Aucun nœud de confiance pour l&apos;instant&#xa0;: ajoutez d&apos;abord la carte d&apos;un autre nœud dans l&apos;onglet des nœuds.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sync_send.py" line="120"/>
        <source>%n change(s) not yet confirmed by the recipient:</source>
        <translation>
            <numerusform>%n modification non encore confirmée par le destinataire&#xa0;:</numerusform>
            <numerusform>%n modifications non encore confirmées par le destinataire&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="124"/>
        <source>No new changes: the bundle only tells the recipient what this node has received (an acknowledgement).</source>
        <translation>Aucune nouvelle modification&#xa0;: le paquet indique seulement au destinataire ce que ce nœud a reçu (accusé de réception).</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="131"/>
        <source>This bundle carries names of people: without encryption anyone who finds the file can read them. Keep encryption on unless the recipient cannot decrypt.</source>
        <translation>Ce paquet contient des noms de personnes&#xa0;: sans chiffrement, quiconque trouve le fichier peut les lire. Laissez le chiffrement activé, sauf si le destinataire ne peut pas déchiffrer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="136"/>
        <source>Save the bundle in</source>
        <translation>Enregistrer le paquet dans</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="148"/>
        <source>No encryption</source>
        <translation>Sans chiffrement</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="149"/>
        <source>The bundle names people and will not be encrypted. Make it anyway?</source>
        <translation>Le paquet contient des noms de personnes et ne sera pas chiffré. Le créer quand même&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="158"/>
        <source>The bundle is signed with this node&apos;s key: type the passphrase to unlock it.</source>
        <translation>Le paquet est signé avec la clé de ce nœud&#xa0;: saisissez la phrase secrète pour la déverrouiller.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="159"/>
        <source>Making the bundle...</source>
        <translation>Création du paquet...</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="162"/>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="162"/>
        <source>NOT encrypted</source>
        <translation>NON chiffré</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sync_send.py" line="164"/>
        <source>Bundle number %s saved (%Ln change(s), %s, %s KB):
%s
Take this file to the recipient, for example on a USB stick.</source>
        <translation>
            <numerusform>Paquet n° %s enregistré (%Ln modification, %s, %s Ko)&#xa0;:
%s
Remettez ce fichier au destinataire, par exemple sur une clé USB.</numerusform>
            <numerusform>Paquet n° %s enregistré (%Ln modifications, %s, %s Ko)&#xa0;:
%s
Remettez ce fichier au destinataire, par exemple sur une clé USB.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncBox</name>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="47"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="48"/>
        <source>&lt;a href=&quot;nodes&quot;&gt;%s&lt;/a&gt;: received %s, sent %s</source>
        <translation>&lt;a href=&quot;nodes&quot;&gt;%s&lt;/a&gt;&#xa0;: réception %s, envoi %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="51"/>
        <source> (not yet confirmed)</source>
        <translation> (pas encore confirmé)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="54"/>
        <source>No trusted node yet: &lt;a href=&quot;nodes&quot;&gt;add a node&apos;s card&lt;/a&gt;.</source>
        <translation>Aucun nœud de confiance pour l&apos;instant&#xa0;: &lt;a href=&quot;nodes&quot;&gt;ajoutez la carte d&apos;un nœud&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="55"/>
        <source>&lt;a href=&quot;send&quot;&gt;Changes waiting to be sent: %s&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;send&quot;&gt;Modifications en attente d&apos;envoi&#xa0;: %s&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="57"/>
        <source>&lt;a href=&quot;conflicts&quot;&gt;Open conflicts: %s&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;conflicts&quot;&gt;Conflits à régler&#xa0;: %s&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="59"/>
        <source>&lt;b&gt;Sync&lt;/b&gt;: </source>
        <translation>&lt;b&gt;Synchronisation&lt;/b&gt;&#xa0;: </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="103"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="112"/>
        <source>This node and trusted nodes</source>
        <translation>Ce nœud et les nœuds de confiance</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="113"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="114"/>
        <source>Receive</source>
        <translation>Recevoir</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="115"/>
        <location filename="../../app/gui/pages/sync.py" line="203"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="119"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="136"/>
        <source>Other nodes</source>
        <translation>Autres nœuds</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="139"/>
        <source>Add a node&apos;s card...</source>
        <translation>Ajouter la carte d&apos;un nœud...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="142"/>
        <source>Revoke the selected node...</source>
        <translation>Révoquer le nœud sélectionné...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="152"/>
        <source>This node</source>
        <translation>Ce nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="163"/>
        <source>Read this fingerprint aloud, group by group, to the operator of a node that adds your card; they type it to trust you.</source>
        <translation>Lisez cette empreinte à voix haute, groupe par groupe, à l&apos;opérateur d&apos;un nœud qui ajoute votre carte&#xa0;; il la saisit pour vous faire confiance.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="166"/>
        <source>Save my card...</source>
        <translation>Enregistrer ma carte...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="189"/>
        <source>This node has no keys.</source>
        <translation>Ce nœud n&apos;a pas de clés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="202"/>
        <source>Conflicts (%s)</source>
        <translation>Conflits (%s)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="207"/>
        <source>Revoked: %s</source>
        <translation>Révoqué&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="209"/>
        <source>Trusted</source>
        <translation>De confiance</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="209"/>
        <source>Not trusted</source>
        <translation>Confiance non accordée</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="223"/>
        <source>Save my card in</source>
        <translation>Enregistrer ma carte dans</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="229"/>
        <source>Card saved</source>
        <translation>Carte enregistrée</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="230"/>
        <source>Your card is saved as %s. Give it to the other node; its operator will phone you to check the fingerprint.</source>
        <translation>Votre carte est enregistrée sous %s. Remettez-la à l&apos;autre nœud&#xa0;; son opérateur vous téléphonera pour vérifier l&apos;empreinte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="246"/>
        <source>The card file cannot be read; check that the USB stick is plugged in and choose the file again.</source>
        <translation>Impossible de lire le fichier de la carte&#xa0;; vérifiez que la clé USB est branchée et choisissez de nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="260"/>
        <location filename="../../app/gui/pages/sync.py" line="269"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="260"/>
        <source>Select the node to revoke first.</source>
        <translation>Sélectionnez d&apos;abord le nœud à révoquer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="263"/>
        <source>Revoke %s</source>
        <translation>Révoquer %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="264"/>
        <source>Why is this node&apos;s key revoked (laptop lost, operator left...)? Its bundles made after the last one imported here will be refused.</source>
        <translation>Pourquoi la clé de ce nœud est-elle révoquée (ordinateur portable perdu, départ de l&apos;opérateur...)&#xa0;? Ses paquets créés après le dernier importé ici seront refusés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="270"/>
        <source>Give the reason for the revocation; nothing was revoked.</source>
        <translation>Indiquez le motif de la révocation&#xa0;; rien n&apos;a été révoqué.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../app/gui/tasks.py" line="135"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="107"/>
        <source>Trust another node</source>
        <translation>Faire confiance à un autre nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="110"/>
        <source>Card of &lt;b&gt;%s&lt;/b&gt; (%s%s). Phone its operator and ask them to read the fingerprint shown on their Sync page; type it below. Do not copy it from the card file: a card can be forged, the voice of a colleague cannot.</source>
        <translation>Carte de &lt;b&gt;%s&lt;/b&gt; (%s%s). Téléphonez à son opérateur et demandez-lui de lire l&apos;empreinte affichée sur sa page Synchronisation&#xa0;; saisissez-la ci-dessous. Ne la copiez pas depuis le fichier de la carte&#xa0;: une carte peut être falsifiée, pas la voix d&apos;un collègue.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="124"/>
        <source>Fingerprint read over the phone (spaces do not matter, capitals do):</source>
        <translation>Empreinte lue au téléphone (les espaces sont ignorés, pas les majuscules)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="132"/>
        <source>Trust this node</source>
        <translation>Faire confiance à ce nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="143"/>
        <source>Type the fingerprint the other node&apos;s operator reads to you.</source>
        <translation>Saisissez l&apos;empreinte que vous lit l&apos;opérateur de l&apos;autre nœud.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../app/gui/walk_in.py" line="45"/>
        <source>Add a walk-in participant</source>
        <translation>Inscrire un participant sur place</translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="54"/>
        <source>Already recorded? Pick the person below instead of typing them again.</source>
        <translation>Déjà enregistré&#xa0;? Choisissez la personne ci-dessous au lieu de la saisir de nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="57"/>
        <source>Register selected person</source>
        <translation>Inscrire la personne choisie</translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="59"/>
        <source>Save and register</source>
        <translation>Enregistrer et inscrire</translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="62"/>
        <source>Save as a different person</source>
        <translation>Enregistrer comme une autre personne</translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="65"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="80"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../app/gui/attendance_model.py" line="29"/>
        <location filename="../../app/gui/dashboard_records.py" line="35"/>
        <location filename="../../app/gui/pages/participants.py" line="25"/>
        <source>Pre-test</source>
        <translation>Pré-test</translation>
    </message>
    <message>
        <location filename="../../app/gui/attendance_model.py" line="30"/>
        <location filename="../../app/gui/dashboard_records.py" line="36"/>
        <location filename="../../app/gui/pages/participants.py" line="26"/>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <location filename="../../app/gui/attendance_model.py" line="31"/>
        <location filename="../../app/gui/pages/participants.py" line="27"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../../app/gui/attendance_model.py" line="32"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="17"/>
        <location filename="../../app/gui/dashboard_records.py" line="40"/>
        <location filename="../../app/gui/dashboard_records.py" line="54"/>
        <location filename="../../app/gui/dashboard_records.py" line="61"/>
        <location filename="../../app/gui/pages/activities.py" line="27"/>
        <location filename="../../app/gui/pages/assessments.py" line="145"/>
        <location filename="../../app/gui/pages/overview.py" line="44"/>
        <location filename="../../app/gui/pages/simple.py" line="23"/>
        <location filename="../../app/gui/pages/simple.py" line="45"/>
        <source>Title</source>
        <extracomment>Columns shown for each table the dashboard can list.</extracomment>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="18"/>
        <location filename="../../app/gui/dashboard_records.py" line="62"/>
        <location filename="../../app/gui/pages/activities.py" line="28"/>
        <location filename="../../app/gui/pages/overview.py" line="45"/>
        <location filename="../../app/gui/pages/participants.py" line="20"/>
        <location filename="../../app/gui/pages/simple.py" line="46"/>
        <location filename="../../app/gui/pages/sync.py" line="43"/>
        <location filename="../../app/gui/sync_conflicts.py" line="31"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="19"/>
        <location filename="../../app/gui/dashboard_records.py" line="43"/>
        <location filename="../../app/gui/dashboard_records.py" line="56"/>
        <location filename="../../app/gui/pages/activities.py" line="29"/>
        <location filename="../../app/gui/pages/assessments.py" line="148"/>
        <location filename="../../app/gui/pages/overview.py" line="46"/>
        <location filename="../../app/gui/pages/participants.py" line="21"/>
        <location filename="../../app/gui/pages/simple.py" line="25"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="20"/>
        <location filename="../../app/gui/dashboard_records.py" line="57"/>
        <location filename="../../app/gui/pages/activities.py" line="30"/>
        <location filename="../../app/gui/pages/assessments.py" line="149"/>
        <location filename="../../app/gui/pages/overview.py" line="47"/>
        <location filename="../../app/gui/pages/simple.py" line="26"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="21"/>
        <location filename="../../app/gui/pages/activities.py" line="31"/>
        <location filename="../../app/gui/pages/overview.py" line="48"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="22"/>
        <location filename="../../app/gui/dashboard_records.py" line="44"/>
        <location filename="../../app/gui/dashboard_records.py" line="58"/>
        <location filename="../../app/gui/pages/activities.py" line="33"/>
        <location filename="../../app/gui/pages/assessments.py" line="150"/>
        <location filename="../../app/gui/pages/overview.py" line="50"/>
        <location filename="../../app/gui/pages/participants.py" line="22"/>
        <location filename="../../app/gui/pages/participants.py" line="50"/>
        <location filename="../../app/gui/pages/simple.py" line="27"/>
        <location filename="../../app/gui/pages/simple.py" line="49"/>
        <location filename="../../app/gui/pages/simple.py" line="74"/>
        <location filename="../../app/gui/pages/sync.py" line="44"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="25"/>
        <location filename="../../app/gui/dashboard_records.py" line="33"/>
        <location filename="../../app/gui/dashboard_records.py" line="68"/>
        <location filename="../../app/gui/pages/participants.py" line="43"/>
        <location filename="../../app/gui/pages/simple.py" line="70"/>
        <location filename="../../app/gui/pages/simple.py" line="88"/>
        <location filename="../../app/gui/pages/simple.py" line="106"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="26"/>
        <location filename="../../app/gui/pages/participants.py" line="45"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="27"/>
        <location filename="../../app/gui/pages/participants.py" line="46"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="28"/>
        <source>State / non-state</source>
        <translation>Étatique / non étatique</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="29"/>
        <location filename="../../app/gui/pages/activities.py" line="32"/>
        <location filename="../../app/gui/pages/participants.py" line="49"/>
        <location filename="../../app/gui/pages/simple.py" line="90"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="30"/>
        <location filename="../../app/gui/pages/participants.py" line="47"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="34"/>
        <location filename="../../app/gui/pages/participants.py" line="19"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="37"/>
        <source>Gain</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="41"/>
        <location filename="../../app/gui/dashboard_records.py" line="55"/>
        <location filename="../../app/gui/pages/assessments.py" line="146"/>
        <location filename="../../app/gui/pages/simple.py" line="24"/>
        <location filename="../../app/gui/sync_receive.py" line="49"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="42"/>
        <location filename="../../app/gui/pages/assessments.py" line="147"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="47"/>
        <source>Finding</source>
        <translation>Constatation</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="48"/>
        <location filename="../../app/gui/dashboard_records.py" line="63"/>
        <location filename="../../app/gui/pages/assessments.py" line="39"/>
        <location filename="../../app/gui/pages/simple.py" line="47"/>
        <source>Thematic area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="49"/>
        <location filename="../../app/gui/pages/assessments.py" line="40"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="50"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="51"/>
        <source>Answered by</source>
        <translation>Traitée par</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="64"/>
        <location filename="../../app/gui/pages/simple.py" line="48"/>
        <source>Shared</source>
        <translation>Partagé le</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="67"/>
        <location filename="../../app/gui/pages/simple.py" line="105"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="69"/>
        <location filename="../../app/gui/pages/simple.py" line="107"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="38"/>
        <source>Need or gap</source>
        <translation>Besoin ou lacune</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="32"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="33"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="34"/>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="35"/>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="36"/>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="37"/>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="38"/>
        <source>Lessons</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="39"/>
        <source>Focal points</source>
        <translation>Points focaux</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="40"/>
        <source>Partner entities</source>
        <translation>Entités partenaires</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="41"/>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="49"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="23"/>
        <location filename="../../app/gui/pages/simple.py" line="71"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="24"/>
        <source>Days present</source>
        <translation>Jours de présence</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="44"/>
        <source>Native script</source>
        <translation>Nom original</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="48"/>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="72"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="73"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="89"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="91"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="108"/>
        <source>Host countries</source>
        <translation>Pays hôtes</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="42"/>
        <location filename="../../app/gui/pages/sync.py" line="54"/>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="45"/>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="46"/>
        <source>Last bundle received</source>
        <translation>Dernier paquet reçu</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="47"/>
        <source>Last bundle sent</source>
        <translation>Dernier paquet envoyé</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="48"/>
        <source>Changes to send</source>
        <translation>Modifications à envoyer</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="49"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="52"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="53"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="55"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="56"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="57"/>
        <location filename="../../app/gui/sync_receive.py" line="51"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="58"/>
        <location filename="../../app/gui/sync_receive.py" line="46"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="59"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="30"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="32"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="33"/>
        <source>On this node</source>
        <translation>Sur ce nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="34"/>
        <source>Incoming</source>
        <translation>Valeur reçue</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="35"/>
        <location filename="../../app/gui/sync_receive.py" line="47"/>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="36"/>
        <source>Changed there</source>
        <translation>Modifiée à l&apos;origine le</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="48"/>
        <source>File date</source>
        <translation>Date du fichier</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="50"/>
        <source>Adds</source>
        <translation>Ajouts</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="52"/>
        <source>Deletes</source>
        <translation>Suppressions</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="53"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="54"/>
        <source>What it means</source>
        <translation>Signification</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="38"/>
        <source>Trainings held</source>
        <extracomment>(figure, card caption) in the order the cards are laid out.</extracomment>
        <translation>Formations organisées</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="39"/>
        <source>Other events held</source>
        <translation>Autres activités organisées</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="40"/>
        <source>Unique beneficiaries</source>
        <translation>Bénéficiaires distincts</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="41"/>
        <source>Share of women</source>
        <translation>Proportion de femmes</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="42"/>
        <source>Average knowledge gain</source>
        <translation>Progression moyenne des connaissances</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="43"/>
        <source>Assessments done</source>
        <translation>Évaluations réalisées</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="44"/>
        <source>Findings answered by an initiative</source>
        <translation>Constatations traitées par une initiative</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="45"/>
        <source>Initiatives running</source>
        <translation>Initiatives en cours</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="46"/>
        <source>Lessons shared</source>
        <translation>Enseignements partagés</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="47"/>
        <source>Missions active</source>
        <translation>Missions actives</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../app/domain/fields.py" line="3"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="4"/>
        <source>Active from</source>
        <translation>En fonction depuis le</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="5"/>
        <source>Active to</source>
        <translation>En fonction jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="6"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="7"/>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="8"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="9"/>
        <source>Assessors</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="10"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="11"/>
        <source>Certificate issued</source>
        <translation>Certificat délivré</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="12"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="13"/>
        <source>Co-organisers</source>
        <translation>Coorganisateurs</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="14"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="15"/>
        <source>Commitment signed</source>
        <translation>Engagement signé</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="16"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="17"/>
        <source>Common ground</source>
        <translation>Points de convergence</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="18"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="19"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="20"/>
        <source>Date shared</source>
        <translation>Date de partage</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="21"/>
        <source>Days present</source>
        <translation>Jours de présence</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="22"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="23"/>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="24"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="25"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="26"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="27"/>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="28"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="29"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="30"/>
        <source>Host countries</source>
        <translation>Pays hôtes</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="31"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="32"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="33"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="34"/>
        <source>Linked initiative</source>
        <translation>Initiative liée</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="35"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="36"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="37"/>
        <source>Modules covered</source>
        <translation>Modules traités</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="38"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="39"/>
        <source>Name in native script</source>
        <translation>Nom dans l&apos;écriture d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="40"/>
        <source>Need or gap</source>
        <translation>Besoin ou lacune</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="41"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="42"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="43"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="44"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="45"/>
        <source>Parties represented</source>
        <translation>Parties représentées</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="46"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="47"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="48"/>
        <source>Position or rank</source>
        <translation>Fonction ou grade</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="49"/>
        <source>Post-test score</source>
        <translation>Note au post-test</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="50"/>
        <source>Pre-test score</source>
        <translation>Note au pré-test</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="51"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="52"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="53"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="54"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="55"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="56"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="57"/>
        <source>Source activity</source>
        <translation>Activité d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="58"/>
        <source>Source assessment</source>
        <translation>Évaluation d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="59"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="60"/>
        <source>State or non-state</source>
        <translation>Acteur étatique ou non étatique</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="61"/>
        <source>Status</source>
        <translation>État d&apos;avancement</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="62"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="63"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="64"/>
        <source>Target audience</source>
        <translation>Public cible</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="65"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="66"/>
        <source>Thematic area</source>
        <translation>Domaine thématique</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="67"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="68"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="69"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="70"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
</context>
<context>
    <name>filters</name>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="58"/>
        <location filename="../../app/gui/pages/assessments.py" line="153"/>
        <location filename="../../app/gui/pages/participants.py" line="53"/>
        <location filename="../../app/gui/pages/simple.py" line="30"/>
        <location filename="../../app/gui/pages/simple.py" line="56"/>
        <location filename="../../app/gui/pages/simple.py" line="76"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="59"/>
        <location filename="../../app/gui/pages/simple.py" line="52"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="60"/>
        <location filename="../../app/gui/pages/assessments.py" line="155"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="61"/>
        <location filename="../../app/gui/pages/assessments.py" line="156"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="154"/>
        <location filename="../../app/gui/pages/simple.py" line="31"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="54"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="56"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="58"/>
        <location filename="../../app/gui/pages/simple.py" line="95"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="54"/>
        <source>Thematic area</source>
        <translation>Domaine thématique</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="94"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="111"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="36"/>
        <source>New participant</source>
        <extracomment>The import service&apos;s row statuses, said for people; new and matched rows are imported.</extracomment>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="37"/>
        <source>Already recorded: registered</source>
        <translation>Déjà enregistré&#xa0;: inscrit</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="38"/>
        <source>Already registered: skipped</source>
        <translation>Déjà inscrit&#xa0;: ignoré</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="39"/>
        <source>Repeated in the file: skipped</source>
        <translation>En double dans le fichier&#xa0;: ignoré</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="40"/>
        <source>Invalid: skipped</source>
        <translation>Non valide&#xa0;: ignoré</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../app/gui/language_menu.py" line="25"/>
        <source>System language (%s)</source>
        <translation>Langue du système (%s)</translation>
    </message>
    <message>
        <location filename="../../app/gui/language_menu.py" line="40"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../app/gui/language_menu.py" line="59"/>
        <source>FocalPoint will be in %s the next time it starts.</source>
        <translation>Langue de FocalPoint au prochain démarrage&#xa0;: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/language_menu.py" line="68"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="70"/>
        <location filename="../../app/gui/pages/overview.py" line="64"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="72"/>
        <location filename="../../app/gui/pages/dashboard.py" line="101"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="78"/>
        <location filename="../../app/gui/pages/assessments.py" line="143"/>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="83"/>
        <location filename="../../app/gui/pages/simple.py" line="21"/>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="88"/>
        <location filename="../../app/gui/pages/activities.py" line="25"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="93"/>
        <location filename="../../app/gui/pages/participants.py" line="41"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="96"/>
        <location filename="../../app/gui/pages/simple.py" line="124"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="97"/>
        <location filename="../../app/gui/pages/simple.py" line="43"/>
        <source>Lessons</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="98"/>
        <location filename="../../app/gui/pages/sync.py" line="96"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="101"/>
        <location filename="../../app/gui/pages/reports.py" line="140"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="68"/>
        <source>Focal points</source>
        <translation>Points focaux</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="86"/>
        <source>Partner entities</source>
        <translation>Entités partenaires</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="103"/>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="23"/>
        <source>Very weak</source>
        <extracomment>zxcvbn&apos;s score 0-4 as a word.</extracomment>
        <translation>très faible</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="24"/>
        <source>Weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="25"/>
        <source>Fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="26"/>
        <source>Good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="27"/>
        <source>Strong</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="32"/>
        <source>Use a few words, avoid common phrases.</source>
        <extracomment>Every warning and suggestion zxcvbn 4.x can give, as it writes them.</extracomment>
        <translation>Utilisez quelques mots et évitez les expressions courantes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="33"/>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Les symboles, les chiffres et les majuscules ne sont pas nécessaires.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="34"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Ajoutez un ou deux mots. Les mots peu courants sont préférables.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="35"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Les touches alignées sur une rangée du clavier sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="36"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Les motifs courts sur le clavier sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="37"/>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Utilisez un motif plus long sur le clavier, avec plus de changements de direction.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="38"/>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Les répétitions comme «&#xa0;aaa&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="39"/>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Les répétitions comme «&#xa0;abcabcabc&#xa0;» sont à peine plus difficiles à deviner que «&#xa0;abc&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="41"/>
        <source>Avoid repeated words and characters.</source>
        <translation>Évitez les mots et les caractères répétés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="42"/>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Les suites comme «&#xa0;abc&#xa0;» ou «&#xa0;6543&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="43"/>
        <source>Avoid sequences.</source>
        <translation>Évitez les suites.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="44"/>
        <source>Recent years are easy to guess.</source>
        <translation>Les années récentes sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="45"/>
        <source>Avoid recent years.</source>
        <translation>Évitez les années récentes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="46"/>
        <source>Avoid years that are associated with you.</source>
        <translation>Évitez les années liées à votre vie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="47"/>
        <source>Dates are often easy to guess.</source>
        <translation>Les dates sont souvent faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="48"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Évitez les dates et les années liées à votre vie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="49"/>
        <source>This is a top-10 common password.</source>
        <translation>C&apos;est l&apos;un des 10 mots de passe les plus courants.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="50"/>
        <source>This is a top-100 common password.</source>
        <translation>C&apos;est l&apos;un des 100 mots de passe les plus courants.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="51"/>
        <source>This is a very common password.</source>
        <translation>C&apos;est un mot de passe très courant.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="52"/>
        <source>This is similar to a commonly used password.</source>
        <translation>Cela ressemble à un mot de passe courant.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="53"/>
        <source>A word by itself is easy to guess.</source>
        <translation>Un mot seul est facile à deviner.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="54"/>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Les prénoms et les noms de famille seuls sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="55"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Les prénoms et les noms de famille courants sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="56"/>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Une majuscule initiale n&apos;aide pas beaucoup.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="57"/>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Un mot tout en majuscules est presque aussi facile à deviner que tout en minuscules.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="59"/>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Les mots écrits à l&apos;envers ne sont guère plus difficiles à deviner.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="60"/>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Les substitutions prévisibles comme «&#xa0;@&#xa0;» au lieu de «&#xa0;a&#xa0;» n&apos;aident pas beaucoup.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="52"/>
        <source>Sign-in sheet of an activity (PDF)</source>
        <translation>Feuille de présence d&apos;une activité (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="54"/>
        <source>Attendance report of an activity (PDF)</source>
        <translation>Rapport de présence d&apos;une activité (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="57"/>
        <source>Assessment report (PDF)</source>
        <translation>Rapport d&apos;évaluation (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="59"/>
        <source>Programme report (PDF)</source>
        <translation>Rapport sur le programme (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="61"/>
        <source>Programme figures (XLSX)</source>
        <translation>Chiffres du programme (XLSX)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="63"/>
        <source>Participants and attendance (XLSX)</source>
        <translation>Participants et présence (XLSX)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="114"/>
        <source>Choose the activity the report is about; if the list is empty, record one first.</source>
        <extracomment>What to say when the report&apos;s record is not chosen: whole sentences, since the noun&apos;s gender changes the grammar of the sentence in French, Arabic and Russian.</extracomment>
        <translation>Choisissez l&apos;activité sur laquelle porte le rapport&#xa0;; si la liste est vide, enregistrez-en une d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="117"/>
        <source>Choose the assessment the report is about; if the list is empty, record one first.</source>
        <translation>Choisissez l&apos;évaluation sur laquelle porte le rapport&#xa0;; si la liste est vide, enregistrez-en une d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="17"/>
        <source>Code-of-conduct workshop</source>
        <translation>Atelier sur le code de conduite</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="18"/>
        <source>Side event</source>
        <translation>Manifestation parallèle</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="37"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="50"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="55"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="62"/>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="63"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="64"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="65"/>
        <source>made</source>
        <translation>créé</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="66"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="67"/>
        <source>already imported</source>
        <translation>déjà importé</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="74"/>
        <source>Identity card</source>
        <translation>Carte d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="75"/>
        <source>Identity cards (*.fpkey.json *.json)</source>
        <translation>Cartes d&apos;identité (*.fpkey.json *.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="90"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="39"/>
        <source>Ready to import</source>
        <translation>Prêt à importer</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="40"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="41"/>
        <source>Already imported: nothing to do</source>
        <translation>Déjà importé&#xa0;: rien à faire</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="42"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="43"/>
        <source>Identity card of a new node</source>
        <translation>Carte d&apos;identité d&apos;un nouveau nœud</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="61"/>
        <source>Sync bundles (*.fpbundle)</source>
        <translation>Paquets de synchronisation (*.fpbundle)</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../../app/gui/sync_words.py" line="14"/>
        <source>Mission</source>
        <extracomment>One record of each synchronised table (the Conflicts list&apos;s &quot;Kind&quot; column).</extracomment>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="15"/>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="16"/>
        <source>Partner entity</source>
        <translation>Entité partenaire</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="17"/>
        <source>Lesson</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="18"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="19"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="20"/>
        <source>Entity assessed</source>
        <translation>Entité évaluée</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="21"/>
        <source>Finding</source>
        <translation>Constatation</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="22"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="23"/>
        <source>Activity day</source>
        <translation>Journée d&apos;activité</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="24"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="25"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="30"/>
        <source>Missions</source>
        <extracomment>The records of each table, counted (&quot;Participants 3&quot;).</extracomment>
        <translation>Missions</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="31"/>
        <source>Focal points</source>
        <translation>Points focaux</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="32"/>
        <source>Partner entities</source>
        <translation>Entités partenaires</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="33"/>
        <source>Lessons</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="34"/>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="35"/>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="36"/>
        <source>Entities assessed</source>
        <translation>Entités évaluées</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="37"/>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="38"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="39"/>
        <source>Activity days</source>
        <translation>Journées d&apos;activité</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="40"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="41"/>
        <source>Attendance records</source>
        <translation>Présences</translation>
    </message>
</context>
<context>
    <name>util</name>
    <message>
        <location filename="../../app/gui/util.py" line="100"/>
        <source>Not applied: %s.</source>
        <translation>Non appliqué&#xa0;: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/util.py" line="102"/>
        <source>Not made: %s.</source>
        <translation>Rien n&apos;a été produit&#xa0;: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/util.py" line="103"/>
        <source>Not saved: %s.</source>
        <translation>Fiche non enregistrée&#xa0;: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/util.py" line="137"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
</TS>
