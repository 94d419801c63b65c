<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <location filename="../../app/gui/app.py" line="96"/>
        <source>Setting up this node...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="31"/>
        <source>An unexpected error stopped this action; what was saved before is safe. The details below are also in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="42"/>
        <source>FocalPoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="66"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="67"/>
        <source>This record has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="41"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="41"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="53"/>
        <source>Type a country name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="55"/>
        <source>Type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="58"/>
        <source>Separate several with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="97"/>
        <source>Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="127"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/placeholder.py" line="32"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/placeholder.py" line="34"/>
        <source>Here you will send and receive sync bundles: export a signed, encrypted bundle for headquarters, import bundles from other nodes, see what was sent and received, trust or revoke other nodes&apos; keys and resolve conflicts.

Until this screen is ready, use the command line: &apos;focalpoint export --to NODE&apos;, &apos;focalpoint import FILE&apos;, &apos;focalpoint keys card&apos;, &apos;focalpoint conflicts resolve&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/placeholder.py" line="46"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/placeholder.py" line="48"/>
        <source>Here you will print PDF sign-in sheets and attendance reports for an activity, assessment reports and the programme report, and export figures to XLSX, disaggregated by sex, institution, category and country.

Until this screen is ready, use the command line: &apos;focalpoint report sign-in ACTIVITY --out FILE.pdf&apos;, &apos;focalpoint report attendance ...&apos;, &apos;focalpoint report programme ...&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="58"/>
        <source>The printer cannot be opened; check that it is on and try again.</source>
        <extracomment>Pages are printed as images of this resolution (enough for text; bounded memory).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="42"/>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="42"/>
        <source>(present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="46"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="53"/>
        <source>The passphrase needs at least %d characters.</source>
        <extracomment>Headquarters on a PostgreSQL server (docs/hq-server.md); &apos;&apos; for this computer&apos;s file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="55"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="62"/>
        <source>Choose a passphrase of several words that only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="67"/>
        <source>Strength: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="107"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="108"/>
        <source>Is this laptop used in a mission, or at headquarters?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="109"/>
        <source>A mission&apos;s computer (field node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="110"/>
        <source>Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="113"/>
        <source>e.g. MONUSCO Goma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="115"/>
        <source>e.g. MONUSCO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="117"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="121"/>
        <source>Empty: this computer. Server: postgresql+psycopg://...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="126"/>
        <source>Kind of node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="128"/>
        <source>Name of this node *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="129"/>
        <source>Mission code *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="130"/>
        <source>Your name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="131"/>
        <source>Database URL (headquarters server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="144"/>
        <source>Give this node a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="146"/>
        <source>A field node needs its mission code (e.g. MONUSCO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="148"/>
        <source>Give your name: it is recorded with every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="151"/>
        <source>A server&apos;s database URL starts with postgresql+psycopg:// (leave it empty to keep the data on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="162"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="165"/>
        <source>It protects this node&apos;s keys, which sign and open sync bundles. It cannot be recovered: write it down somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="179"/>
        <source>Passphrase *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="180"/>
        <source>Again *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="205"/>
        <source>Demo programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="208"/>
        <source>Load the demo programme (sample missions, activities and participants to try the application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="217"/>
        <source>The demo programme is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="226"/>
        <source>Set up FocalPoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="77"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="167"/>
        <source>Entities this assessment covers (tick them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="173"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="173"/>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="71"/>
        <source>Double-click a day to name its session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="73"/>
        <source>Add walk-in...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="74"/>
        <source>Register a person at the door (Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="77"/>
        <source>Import list...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="78"/>
        <source>Import participants from a CSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="113"/>
        <source>Save the activity first; then register its participants here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/attendance.py" line="133"/>
        <source>Registered: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="134"/>
        <source>By category: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="135"/>
        <source>Present per day: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/attendance.py" line="136"/>
        <source>Certificates: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="144"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="144"/>
        <source>Name of the session on %s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="174"/>
        <source>Registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="181"/>
        <source>Import a participant list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="182"/>
        <source>Participant lists (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="79"/>
        <source>On this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="80"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="85"/>
        <source>Keep this node&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="86"/>
        <source>Take the incoming value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="87"/>
        <source>Type the right value...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="88"/>
        <source>Do the same for every field of this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="92"/>
        <source>No conflicts: every change received agreed with this node&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="128"/>
        <source>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;changed by %s, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="130"/>
        <source>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;changed by %s on %s, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="153"/>
        <source>Settle the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="154"/>
        <source>The right value of &apos;%s&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../app/gui/widgets.py" line="42"/>
        <source>Type the date or pick it from the calendar; select it all and press Delete to clear it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="96"/>
        <source>Drop one or more bundle files (.fpbundle) here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="66"/>
        <source>New finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="68"/>
        <source>Delete finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="70"/>
        <source>Save finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="88"/>
        <source>Save the assessment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="126"/>
        <source>Finding saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="132"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="132"/>
        <source>Delete this finding?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="83"/>
        <source>Import a participant list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="84"/>
        <source>Reading the file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="90"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="91"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="92"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="93"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="94"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="95"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="96"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="97"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="102"/>
        <source>Import valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="105"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="122"/>
        <source>Importing lists is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="129"/>
        <source>Reading the list...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/import_dialog.py" line="163"/>
        <source>%n row(s) will be imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/import_dialog.py" line="165"/>
        <source>%n invalid row(s) will be skipped (in red)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/import_dialog.py" line="167"/>
        <source>%n row(s) already registered or repeated (in yellow).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="182"/>
        <source>Importing...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="96"/>
        <source>FocalPoint - %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="125"/>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="216"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="217"/>
        <source>&amp;Back up the database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="220"/>
        <source>Load the &amp;demo programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="224"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="226"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="227"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="228"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="229"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="231"/>
        <source>&amp;Cancel changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="235"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="254"/>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="256"/>
        <source>Database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="263"/>
        <source>Backup saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="264"/>
        <source>Backing up the database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="275"/>
        <source>Loading the demo programme...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="62"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="66"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="85"/>
        <source>Upcoming and current activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="86"/>
        <source>Recent activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="126"/>
        <source>Participants: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="77"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="84"/>
        <source>This person may already be recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="89"/>
        <source>Save a new participant anyway? Choose No to keep one record per person (open the existing one from the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="93"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/participants.py" line="103"/>
        <source>%n activity(ies) attended</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="105"/>
        <source>Save the person to see a history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="45"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="54"/>
        <source>Passphrase of this node&apos;s keys:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../app/gui/report_preview.py" line="90"/>
        <source>Choose a report and its options, then press Make the report. It is shown here before you print or save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="98"/>
        <source>Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="99"/>
        <source>Open with the system viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="100"/>
        <source>Save as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="125"/>
        <source>The workbook %s is ready. Open it with the spreadsheet program, or save it where you keep your reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="162"/>
        <source>No program to open this file was found; use Save as and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="168"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="168"/>
        <source>Workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="169"/>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="180"/>
        <source>The report could not be saved there; choose another folder (the file may be open in another program).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="183"/>
        <source>Report saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="183"/>
        <source>Saved as %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveTab</name>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="125"/>
        <source>Choose bundle files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="130"/>
        <source>Bundles are checked first; nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="146"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="155"/>
        <source>Bundles to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="168"/>
        <source>Bundles are encrypted for this node: type the passphrase to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="171"/>
        <source>Checking the bundles...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="180"/>
        <source>Type the passphrase again to import the bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="182"/>
        <source>Importing the bundles...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="189"/>
        <source>%s of %s bundles can be imported; nothing has been written yet. Check the list, then press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="200"/>
        <source>Bundles imported: %s. Records added: %s, changed: %s, deleted: %s; conflicts to settle: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="241"/>
        <source>Double-click to trust this node after its operator read you the fingerprint by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="244"/>
        <source>Nothing written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="246"/>
        <source>This bundle was already imported; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../app/gui/pages/base.py" line="136"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="137"/>
        <source>New record (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="155"/>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="223"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="233"/>
        <location filename="../../app/gui/pages/base.py" line="378"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="235"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="236"/>
        <source>Undo the changes not saved (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="238"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="239"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/base.py" line="277"/>
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="328"/>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="345"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="349"/>
        <source>Not saved: check the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="357"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="371"/>
        <source>Changes undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="379"/>
        <source>Delete this record? It is kept as deleted so the deletion can be sent to headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="391"/>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message numerus="yes">
        <location filename="../../app/gui/dashboard_records.py" line="98"/>
        <source>%n record(s)</source>
        <extracomment>Where a double-clicked row opens: table -&gt; (page key, the row&apos;s field holding the id).</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/dashboard_records.py" line="100"/>
        <source>The first %n records (narrow the period or the mission to see the rest)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="158"/>
        <source>Only activities starting in a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="166"/>
        <source>Replace names by codes (pseudonymised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="171"/>
        <source>Make the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="181"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="189"/>
        <source>Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="190"/>
        <source>Assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="191"/>
        <source>Mission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="193"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="195"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="209"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="219"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="234"/>
        <source>All missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="262"/>
        <source>All activities in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="294"/>
        <location filename="../../app/gui/pages/reports.py" line="297"/>
        <source>Making the report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="303"/>
        <source>Ready: %s pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="304"/>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <location filename="../../app/gui/sync_send.py" line="53"/>
        <source>Choose the node the bundle is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="55"/>
        <source>Encrypt the bundle for the recipient (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="65"/>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="70"/>
        <source>Make the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="80"/>
        <source>1. Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="81"/>
        <source>2. It will carry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="82"/>
        <source>3. Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="84"/>
        <source>4. Save it in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="109"/>
        <source>No trusted node yet: add another node&apos;s card on the Nodes tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="123"/>
        <source>%s changes not yet confirmed by the recipient: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="127"/>
        <source>No new changes: the bundle only tells the recipient what this node has received (an acknowledgement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="134"/>
        <source>This bundle carries names of people: without encryption anyone who finds the file can read them. Keep encryption on unless the recipient cannot decrypt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="139"/>
        <source>Save the bundle in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="151"/>
        <source>No encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="152"/>
        <source>The bundle names people and will not be encrypted. Make it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="161"/>
        <source>The bundle is signed with this node&apos;s key: type the passphrase to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="162"/>
        <source>Making the bundle...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="165"/>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="165"/>
        <source>NOT encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="167"/>
        <source>Bundle number %s saved (%s changes, %s, %s KB):
%s
Take this file to the recipient, for example on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncBox</name>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="44"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="45"/>
        <source>&lt;a href=&quot;nodes&quot;&gt;%s&lt;/a&gt;: received %s, sent %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="48"/>
        <source> (not yet confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="51"/>
        <source>No trusted node yet: &lt;a href=&quot;nodes&quot;&gt;add a node&apos;s card&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="52"/>
        <source>&lt;a href=&quot;send&quot;&gt;Changes waiting to be sent: %s&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="54"/>
        <source>&lt;a href=&quot;conflicts&quot;&gt;Open conflicts: %s&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="55"/>
        <source>&lt;b&gt;Sync&lt;/b&gt;: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="102"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="111"/>
        <source>This node and trusted nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="112"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="113"/>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="114"/>
        <location filename="../../app/gui/pages/sync.py" line="199"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="118"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="135"/>
        <source>Other nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="138"/>
        <source>Add a node&apos;s card...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="141"/>
        <source>Revoke the selected node...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="151"/>
        <source>This node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="161"/>
        <source>Read this fingerprint aloud, group by group, to the operator of a node that adds your card; they type it to trust you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="164"/>
        <source>Save my card...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="187"/>
        <source>This node has no keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="198"/>
        <source>Conflicts (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="203"/>
        <source>Revoked: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="205"/>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="205"/>
        <source>Not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="218"/>
        <source>Save my card in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="224"/>
        <source>Card saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="225"/>
        <source>Your card is saved as %s. Give it to the other node; its operator will phone you to check the fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="241"/>
        <source>The card file cannot be read; check that the USB stick is plugged in and choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="255"/>
        <location filename="../../app/gui/pages/sync.py" line="264"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="255"/>
        <source>Select the node to revoke first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="258"/>
        <source>Revoke %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="259"/>
        <source>Why is this node&apos;s key revoked (laptop lost, operator left...)? Its bundles made after the last one imported here will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="265"/>
        <source>Give the reason for the revocation; nothing was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../app/gui/tasks.py" line="135"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="88"/>
        <source>Trust another node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="91"/>
        <source>Card of &lt;b&gt;%s&lt;/b&gt; (%s%s). Phone its operator and ask them to read the fingerprint shown on their Sync page; type it below. Do not copy it from the card file: a card can be forged, the voice of a colleague cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="104"/>
        <source>Fingerprint read over the phone (spaces do not matter, capitals do):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="112"/>
        <source>Trust this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="123"/>
        <source>Type the fingerprint the other node&apos;s operator reads to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../app/gui/walk_in.py" line="44"/>
        <source>Add a walk-in participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="53"/>
        <source>Already recorded? Pick the person below instead of typing them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="56"/>
        <source>Register selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="58"/>
        <source>Save and register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="61"/>
        <source>Save as a different person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="64"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="79"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../app/gui/attendance_model.py" line="29"/>
        <location filename="../../app/gui/dashboard_records.py" line="35"/>
        <location filename="../../app/gui/pages/participants.py" line="25"/>
        <source>Pre-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/attendance_model.py" line="30"/>
        <location filename="../../app/gui/dashboard_records.py" line="36"/>
        <location filename="../../app/gui/pages/participants.py" line="26"/>
        <source>Post-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/attendance_model.py" line="31"/>
        <location filename="../../app/gui/pages/participants.py" line="27"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/attendance_model.py" line="32"/>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="17"/>
        <location filename="../../app/gui/dashboard_records.py" line="40"/>
        <location filename="../../app/gui/dashboard_records.py" line="54"/>
        <location filename="../../app/gui/dashboard_records.py" line="61"/>
        <location filename="../../app/gui/pages/activities.py" line="27"/>
        <location filename="../../app/gui/pages/assessments.py" line="145"/>
        <location filename="../../app/gui/pages/overview.py" line="39"/>
        <location filename="../../app/gui/pages/simple.py" line="23"/>
        <location filename="../../app/gui/pages/simple.py" line="45"/>
        <source>Title</source>
        <extracomment>Columns shown for each table the dashboard can list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="18"/>
        <location filename="../../app/gui/dashboard_records.py" line="62"/>
        <location filename="../../app/gui/pages/activities.py" line="28"/>
        <location filename="../../app/gui/pages/overview.py" line="40"/>
        <location filename="../../app/gui/pages/participants.py" line="20"/>
        <location filename="../../app/gui/pages/simple.py" line="46"/>
        <location filename="../../app/gui/pages/sync.py" line="40"/>
        <location filename="../../app/gui/sync_conflicts.py" line="30"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="19"/>
        <location filename="../../app/gui/dashboard_records.py" line="43"/>
        <location filename="../../app/gui/dashboard_records.py" line="56"/>
        <location filename="../../app/gui/pages/activities.py" line="29"/>
        <location filename="../../app/gui/pages/assessments.py" line="148"/>
        <location filename="../../app/gui/pages/overview.py" line="41"/>
        <location filename="../../app/gui/pages/participants.py" line="21"/>
        <location filename="../../app/gui/pages/simple.py" line="25"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="20"/>
        <location filename="../../app/gui/dashboard_records.py" line="57"/>
        <location filename="../../app/gui/pages/activities.py" line="30"/>
        <location filename="../../app/gui/pages/assessments.py" line="149"/>
        <location filename="../../app/gui/pages/overview.py" line="42"/>
        <location filename="../../app/gui/pages/simple.py" line="26"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="21"/>
        <location filename="../../app/gui/pages/activities.py" line="31"/>
        <location filename="../../app/gui/pages/overview.py" line="43"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="22"/>
        <location filename="../../app/gui/dashboard_records.py" line="44"/>
        <location filename="../../app/gui/dashboard_records.py" line="58"/>
        <location filename="../../app/gui/pages/activities.py" line="33"/>
        <location filename="../../app/gui/pages/assessments.py" line="150"/>
        <location filename="../../app/gui/pages/overview.py" line="45"/>
        <location filename="../../app/gui/pages/participants.py" line="22"/>
        <location filename="../../app/gui/pages/participants.py" line="50"/>
        <location filename="../../app/gui/pages/simple.py" line="27"/>
        <location filename="../../app/gui/pages/simple.py" line="49"/>
        <location filename="../../app/gui/pages/simple.py" line="74"/>
        <location filename="../../app/gui/pages/sync.py" line="41"/>
        <source>Mission</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="26"/>
        <location filename="../../app/gui/pages/participants.py" line="45"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="27"/>
        <location filename="../../app/gui/pages/participants.py" line="46"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="28"/>
        <source>State / non-state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="29"/>
        <location filename="../../app/gui/pages/activities.py" line="32"/>
        <location filename="../../app/gui/pages/participants.py" line="49"/>
        <location filename="../../app/gui/pages/simple.py" line="90"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="30"/>
        <location filename="../../app/gui/pages/participants.py" line="47"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="34"/>
        <location filename="../../app/gui/pages/participants.py" line="19"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="37"/>
        <source>Gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="41"/>
        <location filename="../../app/gui/dashboard_records.py" line="55"/>
        <location filename="../../app/gui/pages/assessments.py" line="146"/>
        <location filename="../../app/gui/pages/simple.py" line="24"/>
        <location filename="../../app/gui/sync_receive.py" line="48"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="42"/>
        <location filename="../../app/gui/pages/assessments.py" line="147"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="47"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="48"/>
        <location filename="../../app/gui/dashboard_records.py" line="63"/>
        <location filename="../../app/gui/pages/assessments.py" line="39"/>
        <location filename="../../app/gui/pages/simple.py" line="47"/>
        <source>Thematic area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="49"/>
        <location filename="../../app/gui/pages/assessments.py" line="40"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="50"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="51"/>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="64"/>
        <location filename="../../app/gui/pages/simple.py" line="48"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="67"/>
        <location filename="../../app/gui/pages/simple.py" line="105"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="69"/>
        <location filename="../../app/gui/pages/simple.py" line="107"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="38"/>
        <source>Need or gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="27"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="28"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="29"/>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="30"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="31"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="32"/>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="33"/>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="34"/>
        <source>Focal points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="35"/>
        <source>Partner entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="36"/>
        <source>Missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="44"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="23"/>
        <location filename="../../app/gui/pages/simple.py" line="71"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="24"/>
        <source>Days present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="44"/>
        <source>Native script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="48"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="72"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="73"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="89"/>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="91"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="108"/>
        <source>Host countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="39"/>
        <location filename="../../app/gui/pages/sync.py" line="51"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="42"/>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="43"/>
        <source>Last bundle received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="44"/>
        <source>Last bundle sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="45"/>
        <source>Changes to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="46"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="49"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="50"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="52"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="53"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="54"/>
        <location filename="../../app/gui/sync_receive.py" line="50"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="55"/>
        <location filename="../../app/gui/sync_receive.py" line="45"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="56"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="29"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="31"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="32"/>
        <source>On this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="33"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="34"/>
        <location filename="../../app/gui/sync_receive.py" line="46"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="35"/>
        <source>Changed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="47"/>
        <source>File date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="49"/>
        <source>Adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="51"/>
        <source>Deletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="52"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="53"/>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="39"/>
        <source>Trainings held</source>
        <extracomment>(figure, card caption) in the order the cards are laid out.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="40"/>
        <source>Other events held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="41"/>
        <source>Unique beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="42"/>
        <source>Share of women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="43"/>
        <source>Average knowledge gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="44"/>
        <source>Assessments done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="45"/>
        <source>Findings answered by an initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="46"/>
        <source>Initiatives running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="47"/>
        <source>Lessons shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="48"/>
        <source>Missions active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="3"/>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="4"/>
        <source>Active from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="5"/>
        <source>Active to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="6"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="7"/>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="8"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="9"/>
        <source>Assessors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="10"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="11"/>
        <source>Certificate issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="12"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="13"/>
        <source>Co-organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="14"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="15"/>
        <source>Commitment signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="16"/>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="17"/>
        <source>Common ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="18"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="19"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="20"/>
        <source>Date shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="21"/>
        <source>Days present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="22"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="23"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="24"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="25"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="26"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="27"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="28"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="29"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="30"/>
        <source>Host countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="31"/>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="32"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="33"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="34"/>
        <source>Linked initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="35"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="36"/>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="37"/>
        <source>Modules covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="38"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="39"/>
        <source>Name in native script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="40"/>
        <source>Need or gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="41"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="42"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="43"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="44"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="45"/>
        <source>Parties represented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="46"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="47"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="48"/>
        <source>Position or rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="49"/>
        <source>Post-test score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="50"/>
        <source>Pre-test score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="51"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="52"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="53"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="54"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="55"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="56"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="57"/>
        <source>Source activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="58"/>
        <source>Source assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="59"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="60"/>
        <source>State or non-state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="62"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="63"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="64"/>
        <source>Target audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="65"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="66"/>
        <source>Thematic area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="67"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="68"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="69"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpsv7rhocr/domain_strings.py" line="70"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="59"/>
        <location filename="../../app/gui/pages/simple.py" line="52"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="60"/>
        <location filename="../../app/gui/pages/assessments.py" line="155"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="61"/>
        <location filename="../../app/gui/pages/assessments.py" line="156"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="154"/>
        <location filename="../../app/gui/pages/simple.py" line="31"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="54"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="56"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="58"/>
        <location filename="../../app/gui/pages/simple.py" line="95"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="54"/>
        <source>Thematic area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="94"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="111"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="36"/>
        <source>New participant</source>
        <extracomment>The import service&apos;s row statuses, said for people; new and matched rows are imported.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="37"/>
        <source>Already recorded: registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="38"/>
        <source>Already registered: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="39"/>
        <source>Repeated in the file: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="40"/>
        <source>Invalid: skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="53"/>
        <location filename="../../app/gui/pages/overview.py" line="52"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="55"/>
        <location filename="../../app/gui/pages/dashboard.py" line="101"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="61"/>
        <location filename="../../app/gui/pages/assessments.py" line="143"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="66"/>
        <location filename="../../app/gui/pages/simple.py" line="21"/>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="71"/>
        <location filename="../../app/gui/pages/activities.py" line="25"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="76"/>
        <location filename="../../app/gui/pages/participants.py" line="41"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="79"/>
        <location filename="../../app/gui/pages/simple.py" line="124"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="80"/>
        <location filename="../../app/gui/pages/simple.py" line="43"/>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="81"/>
        <location filename="../../app/gui/pages/sync.py" line="95"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="84"/>
        <location filename="../../app/gui/pages/reports.py" line="129"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="68"/>
        <source>Focal points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="86"/>
        <source>Partner entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="103"/>
        <source>Missions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="51"/>
        <source>Sign-in sheet of an activity (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="53"/>
        <source>Attendance report of an activity (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="56"/>
        <source>Assessment report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="58"/>
        <source>Programme report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="60"/>
        <source>Programme figures (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="62"/>
        <source>Participants and attendance (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="112"/>
        <source>Choose the %s the report is about; if the list is empty, record one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="17"/>
        <source>Code-of-conduct workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="18"/>
        <source>Side event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="37"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="50"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="55"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="59"/>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="60"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="61"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="62"/>
        <source>made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="63"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="64"/>
        <source>already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="65"/>
        <source>headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="66"/>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="73"/>
        <source>Identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="74"/>
        <source>Identity cards (*.fpkey.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="89"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="38"/>
        <source>Ready to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="39"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="40"/>
        <source>Already imported: nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="41"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="42"/>
        <source>Identity card of a new node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="60"/>
        <source>Sync bundles (*.fpbundle)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>util</name>
    <message>
        <location filename="../../app/gui/util.py" line="83"/>
        <source>Yes</source>
        <extracomment>Row backgrounds in result lists: refused or invalid, and skipped or nothing to do.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
