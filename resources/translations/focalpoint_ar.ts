<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <location filename="../../app/gui/app.py" line="97"/>
        <source>Setting up this node...</source>
        <translation>جارٍ إعداد هذه العقدة...</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="31"/>
        <source>An unexpected error stopped this action; what was saved before is safe. The details below are also in the log file.</source>
        <translation>أوقف خطأ غير متوقع هذا الإجراء؛ وما حُفظ قبله سليم. وترد التفاصيل أدناه أيضا في ملف السجل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="42"/>
        <source>FocalPoint</source>
        <translation>FocalPoint</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="66"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="67"/>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>في هذا السجل تغييرات لم تُحفظ. هل تريد حفظها؟</translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="44"/>
        <source>(choose)</source>
        <translation>(اختر)</translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="44"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="56"/>
        <source>Type a country name</source>
        <translation>اكتب اسم البلد</translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="59"/>
        <location filename="../../app/gui/form.py" line="60"/>
        <source>Type to search</source>
        <translation>اكتب للبحث</translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="63"/>
        <source>Separate several with commas</source>
        <translation>افصل بين القيم المتعددة بفواصل</translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="102"/>
        <source>Fields marked * are required.</source>
        <translation>الحقول المعلَّمة بعلامة * إلزامية.</translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="132"/>
        <source>Required</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/placeholder.py" line="32"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/placeholder.py" line="34"/>
        <source>Here you will send and receive sync bundles: export a signed, encrypted bundle for headquarters, import bundles from other nodes, see what was sent and received, trust or revoke other nodes&apos; keys and resolve conflicts.

Until this screen is ready, use the command line: &apos;focalpoint export --to NODE&apos;, &apos;focalpoint import FILE&apos;, &apos;focalpoint keys card&apos;, &apos;focalpoint conflicts resolve&apos;.</source>
        <translation>ستتمكن هنا من إرسال حزم المزامنة واستلامها: تصدير حزمة موقَّعة ومشفَّرة إلى المقر، واستيراد الحزم من العقد الأخرى، والاطلاع على ما أُرسل وما استُلم، والوثوق بمفاتيح العقد الأخرى أو إبطالها، وتسوية التعارضات.

إلى أن تصبح هذه الشاشة جاهزة، استخدم سطر الأوامر: &apos;focalpoint export --to NODE&apos;، &apos;focalpoint import FILE&apos;، &apos;focalpoint keys card&apos;، &apos;focalpoint conflicts resolve&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/placeholder.py" line="46"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/placeholder.py" line="48"/>
        <source>Here you will print PDF sign-in sheets and attendance reports for an activity, assessment reports and the programme report, and export figures to XLSX, disaggregated by sex, institution, category and country.

Until this screen is ready, use the command line: &apos;focalpoint report sign-in ACTIVITY --out FILE.pdf&apos;, &apos;focalpoint report attendance ...&apos;, &apos;focalpoint report programme ...&apos;.</source>
        <translation>ستتمكن هنا من طباعة أوراق تسجيل الحضور وتقارير الحضور الخاصة بنشاط ما بصيغة PDF، وتقارير التقييم وتقرير البرنامج، ومن تصدير الأرقام بصيغة XLSX مصنفة حسب الجنس والمؤسسة والفئة والبلد.

إلى أن تصبح هذه الشاشة جاهزة، استخدم سطر الأوامر: &apos;focalpoint report sign-in ACTIVITY --out FILE.pdf&apos;، &apos;focalpoint report attendance ...‎&apos;، &apos;focalpoint report programme ...‎&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="58"/>
        <source>The printer cannot be opened; check that it is on and try again.</source>
        <translation>تعذر فتح الطابعة؛ تحقق من أنها قيد التشغيل وأعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="43"/>
        <source>(deleted)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="43"/>
        <source>(present)</source>
        <translation>(موجود)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="47"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="59"/>
        <source>The passphrase needs at least %d characters.</source>
        <translation>يجب ألا يقل طول عبارة المرور عن %d أحرف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="61"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>العبارتان مختلفتان؛ اكتب العبارة نفسها مرتين.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="68"/>
        <source>Choose a passphrase of several words that only you know.</source>
        <translation>اختر عبارة مرور من عدة كلمات لا يعرفها أحد سواك.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="71"/>
        <source>Strength: %s.</source>
        <translation>درجة القوة: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="131"/>
        <location filename="../../app/gui/wizard.py" line="133"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="132"/>
        <source>The language of FocalPoint&apos;s windows on this computer.</source>
        <translation>لغة نوافذ FocalPoint على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="134"/>
        <source>You can change it later in the Language menu.</source>
        <translation>يمكنك تغييرها لاحقا من قائمة «اللغة».</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="142"/>
        <source>This computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="143"/>
        <source>Is this laptop used in a mission, or at headquarters?</source>
        <translation>هل يُستخدم هذا الحاسوب المحمول في بعثة أم في المقر؟</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="144"/>
        <source>A mission&apos;s computer (field node)</source>
        <translation>حاسوب بعثة (عقدة ميدانية)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="145"/>
        <source>Headquarters</source>
        <translation>المقر</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="148"/>
        <source>e.g. MONUSCO Goma</source>
        <translation>مثال: MONUSCO Goma</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="150"/>
        <source>e.g. MONUSCO</source>
        <translation>مثال: MONUSCO</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="152"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="156"/>
        <source>Empty: this computer. Server: postgresql+psycopg://...</source>
        <translation>فارغ: هذا الحاسوب. خادم: postgresql+psycopg://...‎</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="161"/>
        <source>Kind of node</source>
        <translation>نوع العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="163"/>
        <source>Name of this node *</source>
        <translation>اسم هذه العقدة *</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="164"/>
        <source>Mission code *</source>
        <translation>رمز البعثة *</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="165"/>
        <source>Your name *</source>
        <translation>اسمك *</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="166"/>
        <source>Database URL (headquarters server)</source>
        <translation>عنوان قاعدة البيانات (خادم المقر)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="179"/>
        <source>Give this node a name.</source>
        <translation>أدخل اسما لهذه العقدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="181"/>
        <source>A field node needs its mission code (e.g. MONUSCO).</source>
        <translation>يلزم إدخال رمز البعثة للعقدة الميدانية (مثل MONUSCO).</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="183"/>
        <source>Give your name: it is recorded with every change.</source>
        <translation>أدخل اسمك: فهو يُسجَّل مع كل تغيير.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="186"/>
        <source>A server&apos;s database URL starts with postgresql+psycopg:// (leave it empty to keep the data on this computer).</source>
        <translation>يبدأ عنوان قاعدة البيانات على الخادم بـ postgresql+psycopg://‎ (اتركه فارغا لحفظ البيانات على هذا الحاسوب).</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="197"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="200"/>
        <source>It protects this node&apos;s keys, which sign and open sync bundles. It cannot be recovered: write it down somewhere safe.</source>
        <translation>تحمي هذه العبارة مفاتيح هذه العقدة التي توقِّع حزم المزامنة وتفتحها. ولا يمكن استرجاعها: دوِّنها في مكان آمن.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="214"/>
        <source>Passphrase *</source>
        <translation>عبارة المرور *</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="215"/>
        <source>Again *</source>
        <translation>تأكيد العبارة *</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="240"/>
        <source>Demo programme</source>
        <translation>البرنامج التوضيحي</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="243"/>
        <source>Load the demo programme (sample missions, activities and participants to try the application)</source>
        <translation>تحميل البرنامج التوضيحي (بعثات وأنشطة ومشاركون على سبيل المثال لتجربة التطبيق)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="252"/>
        <source>The demo programme is not part of this build.</source>
        <translation>البرنامج التوضيحي غير مدرج في هذا الإصدار.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="269"/>
        <location filename="../../app/gui/wizard.py" line="290"/>
        <source>Set up FocalPoint</source>
        <translation>إعداد FocalPoint</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="66"/>
        <source>Click to list the records behind this figure</source>
        <translation>انقر لعرض السجلات التي يستند إليها هذا الرقم</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="133"/>
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="137"/>
        <source>All missions</source>
        <translation>جميع البعثات</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="143"/>
        <source>Whole period</source>
        <translation>الفترة كاملة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="145"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="147"/>
        <source>Mission</source>
        <translation>البعثة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="147"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="148"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="168"/>
        <source>Findings by thematic area and severity (click a cell to list them)</source>
        <translation>الاستنتاجات حسب المجال المواضيعي ودرجة الخطورة (انقر على خلية لعرضها)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="208"/>
        <source>Computing the programme&apos;s figures...</source>
        <translation>جارٍ حساب أرقام البرنامج...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="228"/>
        <source>%s activities in all</source>
        <translation>مجموع الأنشطة: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="233"/>
        <source>%s women</source>
        <translation>عدد النساء: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="236"/>
        <source>points, over %s pre/post tests</source>
        <translation>نقاط (عدد أزواج الاختبارين القبلي والبعدي: %s)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="238"/>
        <source>%s findings</source>
        <translation>عدد الاستنتاجات: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="241"/>
        <source>%(n)s of %(total)s findings</source>
        <translation>%(n)s من أصل %(total)s من الاستنتاجات</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="247"/>
        <source>of %s missions</source>
        <translation>من أصل %s من البعثات</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="264"/>
        <source>Activities by kind</source>
        <translation>الأنشطة حسب النوع</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="266"/>
        <source>Beneficiaries by sex</source>
        <translation>المستفيدون حسب الجنس</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="268"/>
        <source>State and non-state beneficiaries</source>
        <translation>المستفيدون من الجهات الحكومية ومن غير الدول</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="271"/>
        <source>Beneficiaries by category</source>
        <translation>المستفيدون حسب الفئة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="273"/>
        <source>Beneficiaries by country</source>
        <translation>المستفيدون حسب البلد</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="274"/>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="301"/>
        <source>Listing the records...</source>
        <translation>جارٍ إعداد قائمة السجلات...</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="77"/>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="167"/>
        <source>Entities this assessment covers (tick them):</source>
        <translation>الكيانات التي يشملها هذا التقييم (ضع علامة عليها):</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="173"/>
        <source>Findings</source>
        <translation>الاستنتاجات</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="173"/>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="71"/>
        <source>Double-click a day to name its session</source>
        <translation>انقر نقرا مزدوجا على يوم لتسمية جلسته</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="73"/>
        <source>Add walk-in...</source>
        <translation>تسجيل عند الباب...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="74"/>
        <source>Register a person at the door (Ctrl+W)</source>
        <translation>تسجيل شخص عند الباب (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="77"/>
        <source>Import list...</source>
        <translation>استيراد قائمة...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="78"/>
        <source>Import participants from a CSV or XLSX file</source>
        <translation>استيراد المشاركين من ملف CSV أو XLSX</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="113"/>
        <source>Save the activity first; then register its participants here.</source>
        <translation>احفظ النشاط أولا، ثم سجِّل المشاركين فيه هنا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/attendance.py" line="134"/>
        <source>Registered: %n</source>
        <translation>
            <numerusform>المسجلون: %n</numerusform>
            <numerusform>المسجلون: %n</numerusform>
            <numerusform>المسجلون: %n</numerusform>
            <numerusform>المسجلون: %n</numerusform>
            <numerusform>المسجلون: %n</numerusform>
            <numerusform>المسجلون: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="135"/>
        <source>By category: </source>
        <translation>حسب الفئة: </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="136"/>
        <source>Present per day: </source>
        <translation>الحاضرون في كل يوم: </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/attendance.py" line="137"/>
        <source>Certificates: %n</source>
        <translation>
            <numerusform>الشهادات: %n</numerusform>
            <numerusform>الشهادات: %n</numerusform>
            <numerusform>الشهادات: %n</numerusform>
            <numerusform>الشهادات: %n</numerusform>
            <numerusform>الشهادات: %n</numerusform>
            <numerusform>الشهادات: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="145"/>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="145"/>
        <source>Name of the session on %s:</source>
        <translation>اسم جلسة يوم %s:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="175"/>
        <source>Registered.</source>
        <translation>تم التسجيل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="182"/>
        <source>Import a participant list</source>
        <translation>استيراد قائمة مشاركين</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="183"/>
        <source>Participant lists (*.csv *.xlsx)</source>
        <translation>قوائم المشاركين (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="80"/>
        <source>On this node</source>
        <translation>في هذه العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="81"/>
        <source>Incoming</source>
        <translation>القيمة الواردة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="86"/>
        <source>Keep this node&apos;s value</source>
        <translation>الإبقاء على قيمة هذه العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="87"/>
        <source>Take the incoming value</source>
        <translation>اعتماد القيمة الواردة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="88"/>
        <source>Type the right value...</source>
        <translation>كتابة القيمة الصحيحة...</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="89"/>
        <source>Do the same for every field of this record</source>
        <translation>تطبيق الخيار نفسه على جميع حقول هذا السجل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="93"/>
        <source>No conflicts: every change received agreed with this node&apos;s data.</source>
        <translation>لا توجد تعارضات: جميع التغييرات المستلمة متوافقة مع بيانات هذه العقدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="129"/>
        <source>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;changed by %s, %s</source>
        <translation>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;عدّلها %s، %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="131"/>
        <source>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;changed by %s on %s, %s</source>
        <translation>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;عدّلها %s في %s، %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="154"/>
        <source>Settle the conflict</source>
        <translation>تسوية التعارض</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="155"/>
        <source>The right value of &apos;%s&apos;:</source>
        <translation>القيمة الصحيحة لحقل «%s»:</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../app/gui/widgets.py" line="41"/>
        <source>Type the date or pick it from the calendar; select it all and press Delete to clear it</source>
        <translation>اكتب التاريخ أو اختره من التقويم؛ ولمسحه حدِّده كله واضغط Delete</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="97"/>
        <source>Drop one or more bundle files (.fpbundle) here</source>
        <translation>أفلِت هنا ملفا واحدا أو أكثر من ملفات الحزم (بامتداد fpbundle)</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="66"/>
        <source>New finding</source>
        <translation>استنتاج جديد</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="68"/>
        <source>Delete finding</source>
        <translation>حذف الاستنتاج</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="70"/>
        <source>Save finding</source>
        <translation>حفظ الاستنتاج</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="88"/>
        <source>Save the assessment first.</source>
        <translation>احفظ التقييم أولا.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="126"/>
        <source>Finding saved.</source>
        <translation>تم حفظ الاستنتاج.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="132"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="132"/>
        <source>Delete this finding?</source>
        <translation>هل تريد حذف هذا الاستنتاج؟</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="83"/>
        <source>Import a participant list</source>
        <translation>استيراد قائمة مشاركين</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="84"/>
        <source>Reading the file...</source>
        <translation>جارٍ قراءة الملف...</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="90"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="91"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="92"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="93"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="94"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="95"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="96"/>
        <source>What happens</source>
        <translation>ما سيحدث</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="97"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="102"/>
        <source>Import valid rows</source>
        <translation>استيراد الصفوف الصحيحة</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="105"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="122"/>
        <source>Importing lists is not available in this build.</source>
        <translation>استيراد القوائم غير متاح في هذا الإصدار.</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="129"/>
        <source>Reading the list...</source>
        <translation>جارٍ قراءة القائمة...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/import_dialog.py" line="162"/>
        <source>%n row(s) will be imported</source>
        <translation>
            <numerusform>لن يُستورَد أي صف</numerusform>
            <numerusform>سيُستورَد صف واحد</numerusform>
            <numerusform>سيُستورَد صفان</numerusform>
            <numerusform>سيُستورَد %n صفوف</numerusform>
            <numerusform>سيُستورَد %n صفا</numerusform>
            <numerusform>سيُستورَد %n صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/import_dialog.py" line="163"/>
        <source>%n invalid row(s) will be skipped (in red)</source>
        <translation>
            <numerusform>لن يُتخطّى أي صف غير صالح (بالأحمر)</numerusform>
            <numerusform>سيُتخطّى صف واحد غير صالح (بالأحمر)</numerusform>
            <numerusform>سيُتخطّى صفان غير صالحين (بالأحمر)</numerusform>
            <numerusform>سيُتخطّى %n صفوف غير صالحة (بالأحمر)</numerusform>
            <numerusform>سيُتخطّى %n صفا غير صالح (بالأحمر)</numerusform>
            <numerusform>سيُتخطّى %n صف غير صالح (بالأحمر)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/import_dialog.py" line="164"/>
        <source>%n row(s) already registered or repeated (in yellow).</source>
        <translation>
            <numerusform>لا توجد صفوف مسجلة سابقا أو مكررة (بالأصفر).</numerusform>
            <numerusform>صف واحد مسجل سابقا أو مكرر (بالأصفر).</numerusform>
            <numerusform>صفان مسجلان سابقا أو مكرران (بالأصفر).</numerusform>
            <numerusform>%n صفوف مسجلة سابقا أو مكررة (بالأصفر).</numerusform>
            <numerusform>%n صفا مسجلا سابقا أو مكررا (بالأصفر).</numerusform>
            <numerusform>%n صف مسجل سابقا أو مكرر (بالأصفر).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="179"/>
        <source>Importing...</source>
        <translation>جارٍ الاستيراد...</translation>
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
        <translation>جارٍ فتح قاعدة البيانات...</translation>
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
        <translation>جاهز.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="279"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="281"/>
        <source>&amp;Back up the database...</source>
        <translation>&amp;نسخ احتياطي لقاعدة البيانات...</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="284"/>
        <source>Load the &amp;demo programme</source>
        <translation>&amp;تحميل البرنامج التوضيحي</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="290"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="292"/>
        <source>&amp;Record</source>
        <translation>&amp;سجل</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="293"/>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="294"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="295"/>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="297"/>
        <source>&amp;Cancel changes</source>
        <translation>&amp;إلغاء التغييرات</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="301"/>
        <source>&amp;Go</source>
        <translation>&amp;تنقل</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="325"/>
        <source>Back up the database</source>
        <translation>نسخ احتياطي لقاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="327"/>
        <source>Database (*.db)</source>
        <translation>قاعدة بيانات (*.db)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="334"/>
        <source>Backup saved: %s</source>
        <translation>تم حفظ النسخة الاحتياطية: ‎%s</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="335"/>
        <source>Backing up the database...</source>
        <translation>جارٍ النسخ الاحتياطي لقاعدة البيانات...</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="346"/>
        <source>Loading the demo programme...</source>
        <translation>جارٍ تحميل البرنامج التوضيحي...</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="74"/>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="78"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="97"/>
        <source>Upcoming and current activities</source>
        <translation>الأنشطة الجارية والقادمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="98"/>
        <source>Recent activities</source>
        <translation>الأنشطة الأخيرة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="127"/>
        <source>Opening the database...</source>
        <translation>جارٍ فتح قاعدة البيانات...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="158"/>
        <source>Participants: </source>
        <translation>المشاركون: </translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="77"/>
        <source>History</source>
        <translation>سجل المشاركة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="84"/>
        <source>This person may already be recorded:</source>
        <translation>قد يكون هذا الشخص مسجلا بالفعل:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="89"/>
        <source>Save a new participant anyway? Choose No to keep one record per person (open the existing one from the list).</source>
        <translation>هل تريد حفظ مشارك جديد على أي حال؟ اختر «لا» للإبقاء على سجل واحد لكل شخص (وافتح السجل الموجود من القائمة).</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="93"/>
        <source>Possible duplicate</source>
        <translation>تكرار محتمل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/participants.py" line="103"/>
        <source>%n activity(ies) attended</source>
        <translation>
            <numerusform>لا مشاركة في أي نشاط</numerusform>
            <numerusform>مشاركة في نشاط واحد</numerusform>
            <numerusform>مشاركة في نشاطين</numerusform>
            <numerusform>مشاركة في %n أنشطة</numerusform>
            <numerusform>مشاركة في %n نشاطا</numerusform>
            <numerusform>مشاركة في %n نشاط</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="105"/>
        <source>Save the person to see a history.</source>
        <translation>احفظ بيانات الشخص لعرض سجل مشاركته.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="64"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="73"/>
        <source>Passphrase of this node&apos;s keys:</source>
        <translation>عبارة مرور مفاتيح هذه العقدة:</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../app/gui/report_preview.py" line="90"/>
        <source>Choose a report and its options, then press Make the report. It is shown here before you print or save it.</source>
        <translation>اختر تقريرا وخياراته، ثم اضغط «إعداد التقرير». ويُعرض التقرير هنا قبل طباعته أو حفظه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="98"/>
        <source>Print...</source>
        <translation>طباعة...</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="99"/>
        <source>Open with the system viewer</source>
        <translation>فتح بعارض النظام</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="100"/>
        <source>Save as...</source>
        <translation>حفظ باسم...</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="125"/>
        <source>The workbook %s is ready. Open it with the spreadsheet program, or save it where you keep your reports.</source>
        <translation>المصنف %s جاهز. افتحه ببرنامج جداول البيانات، أو احفظه حيث تحتفظ بتقاريرك.</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="162"/>
        <source>No program to open this file was found; use Save as and open the copy.</source>
        <translation>لم يُعثر على برنامج لفتح هذا الملف؛ استخدم «حفظ باسم» وافتح النسخة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="168"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="168"/>
        <source>Workbook (*.xlsx)</source>
        <translation>مصنف (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="169"/>
        <source>Save the report as</source>
        <translation>حفظ التقرير باسم</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="180"/>
        <source>The report could not be saved there; choose another folder (the file may be open in another program).</source>
        <translation>تعذر حفظ التقرير في هذا المكان؛ اختر مجلدا آخر (ربما يكون الملف مفتوحا في برنامج آخر).</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="183"/>
        <source>Report saved</source>
        <translation>تم حفظ التقرير</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="183"/>
        <source>Saved as %s.</source>
        <translation>تم الحفظ باسم ‎%s.</translation>
    </message>
</context>
<context>
    <name>ReceiveTab</name>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="126"/>
        <source>Choose bundle files...</source>
        <translation>اختيار ملفات الحزم...</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="131"/>
        <source>Bundles are checked first; nothing is written until you press Import.</source>
        <translation>تُفحص الحزم أولا؛ ولا يُكتب شيء إلى أن تضغط «استيراد».</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="147"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="156"/>
        <source>Bundles to import</source>
        <translation>الحزم المراد استيرادها</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="169"/>
        <source>Bundles are encrypted for this node: type the passphrase to open them.</source>
        <translation>الحزم مشفَّرة لهذه العقدة: اكتب عبارة المرور لفتحها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="172"/>
        <source>Checking the bundles...</source>
        <translation>جارٍ فحص الحزم...</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="181"/>
        <source>Type the passphrase again to import the bundles.</source>
        <translation>اكتب عبارة المرور مرة أخرى لاستيراد الحزم.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="183"/>
        <source>Importing the bundles...</source>
        <translation>جارٍ استيراد الحزم...</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="190"/>
        <source>%s of %s bundles can be imported; nothing has been written yet. Check the list, then press Import.</source>
        <translation>يمكن استيراد %s من أصل %s من الحزم؛ ولم يُكتب شيء بعد. راجع القائمة، ثم اضغط «استيراد».</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="201"/>
        <source>Bundles imported: %s. Records added: %s, changed: %s, deleted: %s; conflicts to settle: %s.</source>
        <translation>الحزم المستوردة: %s. السجلات المضافة: %s، والمعدَّلة: %s، والمحذوفة: %s؛ والتعارضات المطلوب تسويتها: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="242"/>
        <source>Double-click to trust this node after its operator read you the fingerprint by phone.</source>
        <translation>انقر نقرا مزدوجا للوثوق بهذه العقدة بعد أن يقرأ عليك مشغِّلها البصمة عبر الهاتف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="246"/>
        <source>Nothing written yet.</source>
        <translation>لم يُكتب شيء بعد.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="248"/>
        <source>This bundle was already imported; nothing changed.</source>
        <translation>سبق استيراد هذه الحزمة؛ ولم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../app/gui/pages/base.py" line="121"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="122"/>
        <source>New record (Ctrl+N)</source>
        <translation>سجل جديد (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="140"/>
        <source>Search (Ctrl+F)</source>
        <translation>بحث (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="209"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="219"/>
        <location filename="../../app/gui/pages/base.py" line="367"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="221"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="222"/>
        <source>Undo the changes not saved (Esc)</source>
        <translation>التراجع عن التغييرات غير المحفوظة (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="224"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="225"/>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/base.py" line="266"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>لا توجد سجلات</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%n سجلات</numerusform>
            <numerusform>%n سجلا</numerusform>
            <numerusform>%n سجل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="317"/>
        <source>New record</source>
        <translation>سجل جديد</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="334"/>
        <source>Not saved.</source>
        <translation>لم يُحفظ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="338"/>
        <source>Not saved: check the fields marked in red.</source>
        <translation>لم يُحفظ: راجع الحقول المعلَّمة بالأحمر.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="346"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="360"/>
        <source>Changes undone.</source>
        <translation>تم التراجع عن التغييرات.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="368"/>
        <source>Delete this record? It is kept as deleted so the deletion can be sent to headquarters.</source>
        <translation>هل تريد حذف هذا السجل؟ سيُحتفظ به بوصفه محذوفا حتى يمكن إبلاغ المقر بالحذف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="380"/>
        <source>Deleted.</source>
        <translation>تم الحذف.</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message numerus="yes">
        <location filename="../../app/gui/dashboard_records.py" line="98"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>لا توجد سجلات</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%n سجلات</numerusform>
            <numerusform>%n سجلا</numerusform>
            <numerusform>%n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/dashboard_records.py" line="100"/>
        <source>The first %n records (narrow the period or the mission to see the rest)</source>
        <translation>
            <numerusform>لا توجد سجلات (ضيِّق نطاق الفترة أو البعثة لعرض البقية)</numerusform>
            <numerusform>السجل الأول (ضيِّق نطاق الفترة أو البعثة لعرض البقية)</numerusform>
            <numerusform>أول سجلين (ضيِّق نطاق الفترة أو البعثة لعرض البقية)</numerusform>
            <numerusform>أول %n سجلات (ضيِّق نطاق الفترة أو البعثة لعرض البقية)</numerusform>
            <numerusform>أول %n سجلا (ضيِّق نطاق الفترة أو البعثة لعرض البقية)</numerusform>
            <numerusform>أول %n سجل (ضيِّق نطاق الفترة أو البعثة لعرض البقية)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="169"/>
        <source>Only activities starting in a period</source>
        <translation>الأنشطة التي تبدأ في فترة محددة فقط</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="177"/>
        <source>Replace names by codes (pseudonymised)</source>
        <translation>استبدال الأسماء برموز (أسماء مستعارة)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="184"/>
        <source>Make the report</source>
        <translation>إعداد التقرير</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="194"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="202"/>
        <source>Activity:</source>
        <translation>النشاط:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="203"/>
        <source>Assessment:</source>
        <translation>التقييم:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="204"/>
        <source>Mission:</source>
        <translation>البعثة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="206"/>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="208"/>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="222"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="232"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="247"/>
        <source>All missions</source>
        <translation>جميع البعثات</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="275"/>
        <source>All activities in the period</source>
        <translation>جميع الأنشطة في الفترة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="307"/>
        <location filename="../../app/gui/pages/reports.py" line="310"/>
        <source>Making the report...</source>
        <translation>جارٍ إعداد التقرير...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="316"/>
        <source>Ready: %s pages.</source>
        <translation>جاهز (عدد الصفحات: %s).</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="317"/>
        <source>Ready.</source>
        <translation>جاهز.</translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <location filename="../../app/gui/sync_send.py" line="49"/>
        <source>Choose the node the bundle is for.</source>
        <translation>اختر العقدة المرسَلة إليها الحزمة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="51"/>
        <source>Encrypt the bundle for the recipient (recommended)</source>
        <translation>تشفير الحزمة للمستلم (موصى به)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="61"/>
        <source>Choose...</source>
        <translation>اختيار...</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="66"/>
        <source>Make the bundle</source>
        <translation>إعداد الحزمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="76"/>
        <source>1. Recipient:</source>
        <translation>1. المستلم:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="77"/>
        <source>2. It will carry:</source>
        <translation>2. محتواها:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="78"/>
        <source>3. Encryption:</source>
        <translation>3. التشفير:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="80"/>
        <source>4. Save it in:</source>
        <translation>4. مكان الحفظ:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="105"/>
        <source>No trusted node yet: add another node&apos;s card on the Nodes tab first.</source>
        <translation>لا توجد عقدة موثوق بها بعد: أضف أولا بطاقة عقدة أخرى في علامة التبويب «هذه العقدة والعقد الموثوق بها».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sync_send.py" line="120"/>
        <source>%n change(s) not yet confirmed by the recipient:</source>
        <translation>
            <numerusform>لا تغييرات بانتظار تأكيد المستلم:</numerusform>
            <numerusform>تغيير واحد لم يؤكد المستلم استلامه بعد:</numerusform>
            <numerusform>تغييران لم يؤكد المستلم استلامهما بعد:</numerusform>
            <numerusform>%n تغييرات لم يؤكد المستلم استلامها بعد:</numerusform>
            <numerusform>%n تغييرًا لم يؤكد المستلم استلامه بعد:</numerusform>
            <numerusform>%n تغيير لم يؤكد المستلم استلامه بعد:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="124"/>
        <source>No new changes: the bundle only tells the recipient what this node has received (an acknowledgement).</source>
        <translation>لا توجد تغييرات جديدة: لا تُبلغ الحزمة المستلم إلا بما استلمته هذه العقدة (إشعار بالاستلام).</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="131"/>
        <source>This bundle carries names of people: without encryption anyone who finds the file can read them. Keep encryption on unless the recipient cannot decrypt.</source>
        <translation>تحمل هذه الحزمة أسماء أشخاص: ومن دون تشفير يمكن لأي شخص يعثر على الملف قراءتها. أبقِ التشفير مفعَّلا ما لم يكن المستلم غير قادر على فك التشفير.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="136"/>
        <source>Save the bundle in</source>
        <translation>حفظ الحزمة في</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="148"/>
        <source>No encryption</source>
        <translation>دون تشفير</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="149"/>
        <source>The bundle names people and will not be encrypted. Make it anyway?</source>
        <translation>تتضمن الحزمة أسماء أشخاص ولن تُشفَّر. هل تريد إعدادها على أي حال؟</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="158"/>
        <source>The bundle is signed with this node&apos;s key: type the passphrase to unlock it.</source>
        <translation>تُوقَّع الحزمة بمفتاح هذه العقدة: اكتب عبارة المرور لفتح المفتاح.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="159"/>
        <source>Making the bundle...</source>
        <translation>جارٍ إعداد الحزمة...</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="162"/>
        <source>encrypted</source>
        <translation>مشفَّرة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="162"/>
        <source>NOT encrypted</source>
        <translation>غير مشفَّرة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sync_send.py" line="164"/>
        <source>Bundle number %s saved (%Ln change(s), %s, %s KB):
%s
Take this file to the recipient, for example on a USB stick.</source>
        <translation>
            <numerusform>تم حفظ الحزمة رقم %s (عدد التغييرات: %Ln، %s، الحجم: %s كيلوبايت):
‎%s
سلِّم هذا الملف إلى المستلم، على وحدة تخزين USB مثلا.</numerusform>
            <numerusform>تم حفظ الحزمة رقم %s (عدد التغييرات: %Ln، %s، الحجم: %s كيلوبايت):
‎%s
سلِّم هذا الملف إلى المستلم، على وحدة تخزين USB مثلا.</numerusform>
            <numerusform>تم حفظ الحزمة رقم %s (عدد التغييرات: %Ln، %s، الحجم: %s كيلوبايت):
‎%s
سلِّم هذا الملف إلى المستلم، على وحدة تخزين USB مثلا.</numerusform>
            <numerusform>تم حفظ الحزمة رقم %s (عدد التغييرات: %Ln، %s، الحجم: %s كيلوبايت):
‎%s
سلِّم هذا الملف إلى المستلم، على وحدة تخزين USB مثلا.</numerusform>
            <numerusform>تم حفظ الحزمة رقم %s (عدد التغييرات: %Ln، %s، الحجم: %s كيلوبايت):
‎%s
سلِّم هذا الملف إلى المستلم، على وحدة تخزين USB مثلا.</numerusform>
            <numerusform>تم حفظ الحزمة رقم %s (عدد التغييرات: %Ln، %s، الحجم: %s كيلوبايت):
‎%s
سلِّم هذا الملف إلى المستلم، على وحدة تخزين USB مثلا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncBox</name>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="47"/>
        <source>never</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="48"/>
        <source>&lt;a href=&quot;nodes&quot;&gt;%s&lt;/a&gt;: received %s, sent %s</source>
        <translation>&lt;a href=&quot;nodes&quot;&gt;%s&lt;/a&gt;: آخر استلام: %s، آخر إرسال: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="51"/>
        <source> (not yet confirmed)</source>
        <translation> (لم يؤكَّد بعد)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="54"/>
        <source>No trusted node yet: &lt;a href=&quot;nodes&quot;&gt;add a node&apos;s card&lt;/a&gt;.</source>
        <translation>لا توجد عقدة موثوق بها بعد: &lt;a href=&quot;nodes&quot;&gt;أضف بطاقة عقدة&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="55"/>
        <source>&lt;a href=&quot;send&quot;&gt;Changes waiting to be sent: %s&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;send&quot;&gt;تغييرات بانتظار الإرسال: %s&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="57"/>
        <source>&lt;a href=&quot;conflicts&quot;&gt;Open conflicts: %s&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;conflicts&quot;&gt;تعارضات لم تُسوَّ بعد: %s&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="59"/>
        <source>&lt;b&gt;Sync&lt;/b&gt;: </source>
        <translation>&lt;b&gt;المزامنة&lt;/b&gt;: </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="103"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="112"/>
        <source>This node and trusted nodes</source>
        <translation>هذه العقدة والعقد الموثوق بها</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="113"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="114"/>
        <source>Receive</source>
        <translation>استلام</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="115"/>
        <location filename="../../app/gui/pages/sync.py" line="203"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="119"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="136"/>
        <source>Other nodes</source>
        <translation>العقد الأخرى</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="139"/>
        <source>Add a node&apos;s card...</source>
        <translation>إضافة بطاقة عقدة...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="142"/>
        <source>Revoke the selected node...</source>
        <translation>إبطال العقدة المحددة...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="152"/>
        <source>This node</source>
        <translation>هذه العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="163"/>
        <source>Read this fingerprint aloud, group by group, to the operator of a node that adds your card; they type it to trust you.</source>
        <translation>اقرأ هذه البصمة بصوت عالٍ، مجموعةً تلو الأخرى، على مشغِّل العقدة التي تضيف بطاقتك؛ فيكتبها للوثوق بعقدتك.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="166"/>
        <source>Save my card...</source>
        <translation>حفظ بطاقتي...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="189"/>
        <source>This node has no keys.</source>
        <translation>لا توجد مفاتيح لهذه العقدة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="202"/>
        <source>Conflicts (%s)</source>
        <translation>التعارضات (%s)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="207"/>
        <source>Revoked: %s</source>
        <translation>مُبطَلة: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="209"/>
        <source>Trusted</source>
        <translation>موثوق بها</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="209"/>
        <source>Not trusted</source>
        <translation>غير موثوق بها</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="223"/>
        <source>Save my card in</source>
        <translation>حفظ بطاقتي في</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="229"/>
        <source>Card saved</source>
        <translation>تم حفظ البطاقة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="230"/>
        <source>Your card is saved as %s. Give it to the other node; its operator will phone you to check the fingerprint.</source>
        <translation>تم حفظ بطاقتك باسم ‎%s. سلِّمها إلى العقدة الأخرى؛ وسيتصل بك مشغِّلها هاتفيا للتحقق من البصمة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="246"/>
        <source>The card file cannot be read; check that the USB stick is plugged in and choose the file again.</source>
        <translation>تتعذر قراءة ملف البطاقة؛ تحقق من توصيل وحدة تخزين USB واختر الملف مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="260"/>
        <location filename="../../app/gui/pages/sync.py" line="269"/>
        <source>Revoke</source>
        <translation>إبطال</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="260"/>
        <source>Select the node to revoke first.</source>
        <translation>حدِّد أولا العقدة المراد إبطالها.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="263"/>
        <source>Revoke %s</source>
        <translation>إبطال %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="264"/>
        <source>Why is this node&apos;s key revoked (laptop lost, operator left...)? Its bundles made after the last one imported here will be refused.</source>
        <translation>ما سبب إبطال مفتاح هذه العقدة (فقدان الحاسوب المحمول، مغادرة المشغِّل...)؟ ستُرفض حزمها التي أُعدَّت بعد آخر حزمة استُوردت هنا.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="270"/>
        <source>Give the reason for the revocation; nothing was revoked.</source>
        <translation>اذكر سبب الإبطال؛ لم يُبطَل أي شيء.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../app/gui/tasks.py" line="135"/>
        <source>Working</source>
        <translation>جارٍ التنفيذ</translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="107"/>
        <source>Trust another node</source>
        <translation>الوثوق بعقدة أخرى</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="110"/>
        <source>Card of &lt;b&gt;%s&lt;/b&gt; (%s%s). Phone its operator and ask them to read the fingerprint shown on their Sync page; type it below. Do not copy it from the card file: a card can be forged, the voice of a colleague cannot.</source>
        <translation>بطاقة &lt;b&gt;%s&lt;/b&gt; (%s%s). اتصل بمشغِّلها هاتفيا واطلب منه قراءة البصمة المعروضة في صفحة «المزامنة» لديه، ثم اكتبها أدناه. لا تنسخها من ملف البطاقة: فالبطاقة يمكن تزويرها، أما صوت الزميل فلا.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="124"/>
        <source>Fingerprint read over the phone (spaces do not matter, capitals do):</source>
        <translation>البصمة المقروءة عبر الهاتف (المسافات لا تهم، أما الأحرف الكبيرة فمهمة):</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="132"/>
        <source>Trust this node</source>
        <translation>الوثوق بهذه العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="143"/>
        <source>Type the fingerprint the other node&apos;s operator reads to you.</source>
        <translation>اكتب البصمة التي يقرؤها عليك مشغِّل العقدة الأخرى.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../app/gui/walk_in.py" line="45"/>
        <source>Add a walk-in participant</source>
        <translation>تسجيل مشارك عند الباب</translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="54"/>
        <source>Already recorded? Pick the person below instead of typing them again.</source>
        <translation>هل الشخص مسجل من قبل؟ اختره أدناه بدلا من إعادة كتابة بياناته.</translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="57"/>
        <source>Register selected person</source>
        <translation>تسجيل الشخص المحدد</translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="59"/>
        <source>Save and register</source>
        <translation>حفظ وتسجيل</translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="62"/>
        <source>Save as a different person</source>
        <translation>حفظ كشخص آخر</translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="65"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="80"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../app/gui/attendance_model.py" line="29"/>
        <location filename="../../app/gui/dashboard_records.py" line="35"/>
        <location filename="../../app/gui/pages/participants.py" line="25"/>
        <source>Pre-test</source>
        <translation>اختبار قبلي</translation>
    </message>
    <message>
        <location filename="../../app/gui/attendance_model.py" line="30"/>
        <location filename="../../app/gui/dashboard_records.py" line="36"/>
        <location filename="../../app/gui/pages/participants.py" line="26"/>
        <source>Post-test</source>
        <translation>اختبار بعدي</translation>
    </message>
    <message>
        <location filename="../../app/gui/attendance_model.py" line="31"/>
        <location filename="../../app/gui/pages/participants.py" line="27"/>
        <source>Certificate</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <location filename="../../app/gui/attendance_model.py" line="32"/>
        <source>Commitment</source>
        <translation>التعهد</translation>
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
        <translation>العنوان</translation>
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
        <translation>النوع</translation>
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
        <translation>البدء</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="20"/>
        <location filename="../../app/gui/dashboard_records.py" line="57"/>
        <location filename="../../app/gui/pages/activities.py" line="30"/>
        <location filename="../../app/gui/pages/assessments.py" line="149"/>
        <location filename="../../app/gui/pages/overview.py" line="47"/>
        <location filename="../../app/gui/pages/simple.py" line="26"/>
        <source>End</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="21"/>
        <location filename="../../app/gui/pages/activities.py" line="31"/>
        <location filename="../../app/gui/pages/overview.py" line="48"/>
        <source>City</source>
        <translation>المدينة</translation>
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
        <translation>البعثة</translation>
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
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="26"/>
        <location filename="../../app/gui/pages/participants.py" line="45"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="27"/>
        <location filename="../../app/gui/pages/participants.py" line="46"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="28"/>
        <source>State / non-state</source>
        <translation>حكومية / من غير الدول</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="29"/>
        <location filename="../../app/gui/pages/activities.py" line="32"/>
        <location filename="../../app/gui/pages/participants.py" line="49"/>
        <location filename="../../app/gui/pages/simple.py" line="90"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="30"/>
        <location filename="../../app/gui/pages/participants.py" line="47"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="34"/>
        <location filename="../../app/gui/pages/participants.py" line="19"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="37"/>
        <source>Gain</source>
        <translation>التحسن</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="41"/>
        <location filename="../../app/gui/dashboard_records.py" line="55"/>
        <location filename="../../app/gui/pages/assessments.py" line="146"/>
        <location filename="../../app/gui/pages/simple.py" line="24"/>
        <location filename="../../app/gui/sync_receive.py" line="49"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="42"/>
        <location filename="../../app/gui/pages/assessments.py" line="147"/>
        <source>Method</source>
        <translation>المنهجية</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="47"/>
        <source>Finding</source>
        <translation>الاستنتاج</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="48"/>
        <location filename="../../app/gui/dashboard_records.py" line="63"/>
        <location filename="../../app/gui/pages/assessments.py" line="39"/>
        <location filename="../../app/gui/pages/simple.py" line="47"/>
        <source>Thematic area</source>
        <translation>المجال المواضيعي</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="49"/>
        <location filename="../../app/gui/pages/assessments.py" line="40"/>
        <source>Severity</source>
        <translation>درجة الخطورة</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="50"/>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="51"/>
        <source>Answered by</source>
        <translation>المبادرة المستجيبة</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="64"/>
        <location filename="../../app/gui/pages/simple.py" line="48"/>
        <source>Shared</source>
        <translation>تاريخ التبادل</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="67"/>
        <location filename="../../app/gui/pages/simple.py" line="105"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="69"/>
        <location filename="../../app/gui/pages/simple.py" line="107"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="38"/>
        <source>Need or gap</source>
        <translation>الاحتياج أو الثغرة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="32"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="33"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="34"/>
        <source>Registrations</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="35"/>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="36"/>
        <source>Findings</source>
        <translation>الاستنتاجات</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="37"/>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="38"/>
        <source>Lessons</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="39"/>
        <source>Focal points</source>
        <translation>جهات التنسيق</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="40"/>
        <source>Partner entities</source>
        <translation>الكيانات الشريكة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="41"/>
        <source>Missions</source>
        <translation>البعثات</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="49"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="23"/>
        <location filename="../../app/gui/pages/simple.py" line="71"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="24"/>
        <source>Days present</source>
        <translation>أيام الحضور</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="44"/>
        <source>Native script</source>
        <translation>بالحروف الأصلية</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="48"/>
        <source>Position</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="72"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="73"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="89"/>
        <source>Acronym</source>
        <translation>المختصر</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="91"/>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="108"/>
        <source>Host countries</source>
        <translation>البلدان المضيفة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="42"/>
        <location filename="../../app/gui/pages/sync.py" line="54"/>
        <source>Node</source>
        <translation>العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="45"/>
        <source>Trust</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="46"/>
        <source>Last bundle received</source>
        <translation>آخر حزمة مستلمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="47"/>
        <source>Last bundle sent</source>
        <translation>آخر حزمة مرسلة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="48"/>
        <source>Changes to send</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="49"/>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="52"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="53"/>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="55"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="56"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="57"/>
        <location filename="../../app/gui/sync_receive.py" line="51"/>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="58"/>
        <location filename="../../app/gui/sync_receive.py" line="46"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="59"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="30"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="32"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="33"/>
        <source>On this node</source>
        <translation>في هذه العقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="34"/>
        <source>Incoming</source>
        <translation>القيمة الواردة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="35"/>
        <location filename="../../app/gui/sync_receive.py" line="47"/>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="36"/>
        <source>Changed there</source>
        <translation>تاريخ التعديل في المصدر</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="48"/>
        <source>File date</source>
        <translation>تاريخ الملف</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="50"/>
        <source>Adds</source>
        <translation>الإضافات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="52"/>
        <source>Deletes</source>
        <translation>المحذوفات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="53"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="54"/>
        <source>What it means</source>
        <translation>المعنى</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="38"/>
        <source>Trainings held</source>
        <extracomment>(figure, card caption) in the order the cards are laid out.</extracomment>
        <translation>الدورات التدريبية المنعقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="39"/>
        <source>Other events held</source>
        <translation>الفعاليات الأخرى المنعقدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="40"/>
        <source>Unique beneficiaries</source>
        <translation>المستفيدون دون تكرار</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="41"/>
        <source>Share of women</source>
        <translation>نسبة النساء</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="42"/>
        <source>Average knowledge gain</source>
        <translation>متوسط التحسن في المعارف</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="43"/>
        <source>Assessments done</source>
        <translation>التقييمات المنجزة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="44"/>
        <source>Findings answered by an initiative</source>
        <translation>الاستنتاجات التي استجابت لها مبادرة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="45"/>
        <source>Initiatives running</source>
        <translation>المبادرات الجارية</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="46"/>
        <source>Lessons shared</source>
        <translation>الدروس المتبادلة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="47"/>
        <source>Missions active</source>
        <translation>البعثات النشطة</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../app/domain/fields.py" line="3"/>
        <source>Acronym</source>
        <translation>المختصر</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="4"/>
        <source>Active from</source>
        <translation>تاريخ بدء المهام</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="5"/>
        <source>Active to</source>
        <translation>تاريخ انتهاء المهام</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="6"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="7"/>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="8"/>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="9"/>
        <source>Assessors</source>
        <translation>المقيمون</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="10"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="11"/>
        <source>Certificate issued</source>
        <translation>صدرت شهادة</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="12"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="13"/>
        <source>Co-organisers</source>
        <translation>الجهات المشاركة في التنظيم</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="14"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="15"/>
        <source>Commitment signed</source>
        <translation>وقّع التعهد</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="16"/>
        <source>Commitments</source>
        <translation>التعهدات</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="17"/>
        <source>Common ground</source>
        <translation>القواسم المشتركة</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="18"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="19"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="20"/>
        <source>Date shared</source>
        <translation>تاريخ التبادل</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="21"/>
        <source>Days present</source>
        <translation>أيام الحضور</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="22"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="23"/>
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="24"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="25"/>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="26"/>
        <source>Entity</source>
        <translation>الكيان</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="27"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="28"/>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="29"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="30"/>
        <source>Host countries</source>
        <translation>البلدان المضيفة</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="31"/>
        <source>Initiative</source>
        <translation>المبادرة</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="32"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="33"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="34"/>
        <source>Linked initiative</source>
        <translation>المبادرة المرتبطة</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="35"/>
        <source>Method</source>
        <translation>المنهجية</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="36"/>
        <source>Mission</source>
        <translation>البعثة</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="37"/>
        <source>Modules covered</source>
        <translation>الوحدات المشمولة</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="38"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="39"/>
        <source>Name in native script</source>
        <translation>الاسم بالحروف الأصلية</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="40"/>
        <source>Need or gap</source>
        <translation>الاحتياج أو الثغرة</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="41"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="42"/>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="43"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="44"/>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="45"/>
        <source>Parties represented</source>
        <translation>الأطراف الممثلة</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="46"/>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="47"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="48"/>
        <source>Position or rank</source>
        <translation>الوظيفة أو الرتبة</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="49"/>
        <source>Post-test score</source>
        <translation>درجة الاختبار البعدي</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="50"/>
        <source>Pre-test score</source>
        <translation>درجة الاختبار القبلي</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="51"/>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="52"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="53"/>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="54"/>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="55"/>
        <source>Severity</source>
        <translation>درجة الخطورة</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="56"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="57"/>
        <source>Source activity</source>
        <translation>النشاط المصدر</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="58"/>
        <source>Source assessment</source>
        <translation>التقييم المصدر</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="59"/>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="60"/>
        <source>State or non-state</source>
        <translation>نوع الجهة الفاعلة</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="61"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="62"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="63"/>
        <source>Tags</source>
        <translation>الكلمات الدالة</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="64"/>
        <source>Target audience</source>
        <translation>الجمهور المستهدف</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="65"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="66"/>
        <source>Thematic area</source>
        <translation>المجال المواضيعي</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="67"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="68"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="69"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="70"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
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
        <translation>البعثة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="59"/>
        <location filename="../../app/gui/pages/simple.py" line="52"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="60"/>
        <location filename="../../app/gui/pages/assessments.py" line="155"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="61"/>
        <location filename="../../app/gui/pages/assessments.py" line="156"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="154"/>
        <location filename="../../app/gui/pages/simple.py" line="31"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="54"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="56"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="58"/>
        <location filename="../../app/gui/pages/simple.py" line="95"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="54"/>
        <source>Thematic area</source>
        <translation>المجال المواضيعي</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="94"/>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="111"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="36"/>
        <source>New participant</source>
        <extracomment>The import service&apos;s row statuses, said for people; new and matched rows are imported.</extracomment>
        <translation>مشارك جديد</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="37"/>
        <source>Already recorded: registered</source>
        <translation>موجود مسبقا: يُسجَّل في النشاط</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="38"/>
        <source>Already registered: skipped</source>
        <translation>مسجَّل في النشاط مسبقا: يُتخطّى</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="39"/>
        <source>Repeated in the file: skipped</source>
        <translation>مكرر في الملف: يُتخطّى</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="40"/>
        <source>Invalid: skipped</source>
        <translation>غير صالح: يُتخطّى</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../app/gui/language_menu.py" line="25"/>
        <source>System language (%s)</source>
        <translation>لغة النظام (%s)</translation>
    </message>
    <message>
        <location filename="../../app/gui/language_menu.py" line="40"/>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../../app/gui/language_menu.py" line="59"/>
        <source>FocalPoint will be in %s the next time it starts.</source>
        <translation>عند تشغيل FocalPoint في المرة القادمة ستكون لغته: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/language_menu.py" line="68"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="70"/>
        <location filename="../../app/gui/pages/overview.py" line="64"/>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="72"/>
        <location filename="../../app/gui/pages/dashboard.py" line="101"/>
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="78"/>
        <location filename="../../app/gui/pages/assessments.py" line="143"/>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="83"/>
        <location filename="../../app/gui/pages/simple.py" line="21"/>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="88"/>
        <location filename="../../app/gui/pages/activities.py" line="25"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="93"/>
        <location filename="../../app/gui/pages/participants.py" line="41"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="96"/>
        <location filename="../../app/gui/pages/simple.py" line="124"/>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="97"/>
        <location filename="../../app/gui/pages/simple.py" line="43"/>
        <source>Lessons</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="98"/>
        <location filename="../../app/gui/pages/sync.py" line="96"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="101"/>
        <location filename="../../app/gui/pages/reports.py" line="140"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="68"/>
        <source>Focal points</source>
        <translation>جهات التنسيق</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="86"/>
        <source>Partner entities</source>
        <translation>الكيانات الشريكة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="103"/>
        <source>Missions</source>
        <translation>البعثات</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="23"/>
        <source>Very weak</source>
        <extracomment>zxcvbn&apos;s score 0-4 as a word.</extracomment>
        <translation>ضعيفة جدًا</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="24"/>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="25"/>
        <source>Fair</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="26"/>
        <source>Good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="27"/>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="32"/>
        <source>Use a few words, avoid common phrases.</source>
        <extracomment>Every warning and suggestion zxcvbn 4.x can give, as it writes them.</extracomment>
        <translation>استخدم بضع كلمات وتجنب العبارات الشائعة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="33"/>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>لا حاجة إلى رموز أو أرقام أو أحرف كبيرة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="34"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>أضف كلمة أو كلمتين. الكلمات غير الشائعة أفضل.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="35"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>صفوف المفاتيح المتتالية على لوحة المفاتيح سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="36"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>الأنماط القصيرة على لوحة المفاتيح سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="37"/>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>استخدم نمطًا أطول على لوحة المفاتيح مع تغييرات أكثر في الاتجاه.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="38"/>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>التكرارات مثل «aaa» سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="39"/>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>التكرارات مثل «abcabcabc» أصعب قليلًا فقط في التخمين من «abc».</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="41"/>
        <source>Avoid repeated words and characters.</source>
        <translation>تجنب تكرار الكلمات والأحرف.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="42"/>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>التسلسلات مثل «abc» أو «6543» سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="43"/>
        <source>Avoid sequences.</source>
        <translation>تجنب التسلسلات.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="44"/>
        <source>Recent years are easy to guess.</source>
        <translation>السنوات الأخيرة سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="45"/>
        <source>Avoid recent years.</source>
        <translation>تجنب السنوات الأخيرة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="46"/>
        <source>Avoid years that are associated with you.</source>
        <translation>تجنب السنوات المرتبطة بك.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="47"/>
        <source>Dates are often easy to guess.</source>
        <translation>التواريخ سهلة التخمين في أغلب الأحيان.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="48"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>تجنب التواريخ والسنوات المرتبطة بك.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="49"/>
        <source>This is a top-10 common password.</source>
        <translation>هذه من كلمات المرور العشر الأكثر شيوعًا.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="50"/>
        <source>This is a top-100 common password.</source>
        <translation>هذه من كلمات المرور المئة الأكثر شيوعًا.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="51"/>
        <source>This is a very common password.</source>
        <translation>هذه كلمة مرور شائعة جدًا.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="52"/>
        <source>This is similar to a commonly used password.</source>
        <translation>هذه تشبه كلمة مرور شائعة الاستخدام.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="53"/>
        <source>A word by itself is easy to guess.</source>
        <translation>الكلمة المنفردة سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="54"/>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>الأسماء والألقاب وحدها سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="55"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation>الأسماء والألقاب الشائعة سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="56"/>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>البدء بحرف كبير لا يفيد كثيرًا.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="57"/>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>الكتابة كلها بأحرف كبيرة سهلة التخمين تقريبًا مثل الكتابة كلها بأحرف صغيرة.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="59"/>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>الكلمات المكتوبة بالمقلوب ليست أصعب كثيرًا في التخمين.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="60"/>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>الاستبدالات المتوقعة مثل «@» بدلًا من «a» لا تفيد كثيرًا.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="52"/>
        <source>Sign-in sheet of an activity (PDF)</source>
        <translation>ورقة تسجيل الحضور لنشاط (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="54"/>
        <source>Attendance report of an activity (PDF)</source>
        <translation>تقرير الحضور لنشاط (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="57"/>
        <source>Assessment report (PDF)</source>
        <translation>تقرير التقييم (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="59"/>
        <source>Programme report (PDF)</source>
        <translation>تقرير البرنامج (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="61"/>
        <source>Programme figures (XLSX)</source>
        <translation>أرقام البرنامج (XLSX)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="63"/>
        <source>Participants and attendance (XLSX)</source>
        <translation>المشاركون والحضور (XLSX)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="114"/>
        <source>Choose the activity the report is about; if the list is empty, record one first.</source>
        <extracomment>What to say when the report&apos;s record is not chosen: whole sentences, since the noun&apos;s gender changes the grammar of the sentence in French, Arabic and Russian.</extracomment>
        <translation>اختر النشاط الذي يتناوله التقرير؛ وإذا كانت القائمة فارغة فسجِّل نشاطًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="117"/>
        <source>Choose the assessment the report is about; if the list is empty, record one first.</source>
        <translation>اختر التقييم الذي يتناوله التقرير؛ وإذا كانت القائمة فارغة فسجِّل تقييمًا أولًا.</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="17"/>
        <source>Code-of-conduct workshop</source>
        <translation>حلقة عمل بشأن مدونة قواعد السلوك</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="18"/>
        <source>Side event</source>
        <translation>مناسبة جانبية</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="37"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="50"/>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="55"/>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="62"/>
        <source>received</source>
        <translation>مستلَمة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="63"/>
        <source>sent</source>
        <translation>مرسَلة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="64"/>
        <source>imported</source>
        <translation>مستورَدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="65"/>
        <source>made</source>
        <translation>أُعدَّت</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="66"/>
        <source>refused</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="67"/>
        <source>already imported</source>
        <translation>مستورَدة سابقا</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="74"/>
        <source>Identity card</source>
        <translation>بطاقة الهوية</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="75"/>
        <source>Identity cards (*.fpkey.json *.json)</source>
        <translation>بطاقات الهوية (*.fpkey.json *.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="90"/>
        <source>never</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="39"/>
        <source>Ready to import</source>
        <translation>جاهزة للاستيراد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="40"/>
        <source>Imported</source>
        <translation>مستورَدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="41"/>
        <source>Already imported: nothing to do</source>
        <translation>مستورَدة سابقا: لا إجراء مطلوب</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="42"/>
        <source>Refused</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="43"/>
        <source>Identity card of a new node</source>
        <translation>بطاقة هوية عقدة جديدة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="61"/>
        <source>Sync bundles (*.fpbundle)</source>
        <translation>حزم المزامنة (*.fpbundle)</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../../app/gui/sync_words.py" line="14"/>
        <source>Mission</source>
        <extracomment>One record of each synchronised table (the Conflicts list&apos;s &quot;Kind&quot; column).</extracomment>
        <translation>بعثة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="15"/>
        <source>Focal point</source>
        <translation>جهة تنسيق</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="16"/>
        <source>Partner entity</source>
        <translation>كيان شريك</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="17"/>
        <source>Lesson</source>
        <translation>درس مستفاد</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="18"/>
        <source>Initiative</source>
        <translation>مبادرة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="19"/>
        <source>Assessment</source>
        <translation>تقييم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="20"/>
        <source>Entity assessed</source>
        <translation>كيان مشمول بالتقييم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="21"/>
        <source>Finding</source>
        <translation>استنتاج</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="22"/>
        <source>Activity</source>
        <translation>نشاط</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="23"/>
        <source>Activity day</source>
        <translation>يوم نشاط</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="24"/>
        <source>Participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="25"/>
        <source>Attendance</source>
        <translation>سجل حضور</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="30"/>
        <source>Missions</source>
        <extracomment>The records of each table, counted (&quot;Participants 3&quot;).</extracomment>
        <translation>البعثات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="31"/>
        <source>Focal points</source>
        <translation>جهات التنسيق</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="32"/>
        <source>Partner entities</source>
        <translation>الكيانات الشريكة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="33"/>
        <source>Lessons</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="34"/>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="35"/>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="36"/>
        <source>Entities assessed</source>
        <translation>الكيانات المشمولة بالتقييم</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="37"/>
        <source>Findings</source>
        <translation>الاستنتاجات</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="38"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="39"/>
        <source>Activity days</source>
        <translation>أيام الأنشطة</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="40"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="41"/>
        <source>Attendance records</source>
        <translation>سجلات الحضور</translation>
    </message>
</context>
<context>
    <name>util</name>
    <message>
        <location filename="../../app/gui/util.py" line="100"/>
        <source>Not applied: %s.</source>
        <translation>لم يُطبَّق: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/util.py" line="102"/>
        <source>Not made: %s.</source>
        <translation>لم يُنشأ: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/util.py" line="103"/>
        <source>Not saved: %s.</source>
        <translation>لم يُحفظ: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/util.py" line="137"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
</context>
</TS>
