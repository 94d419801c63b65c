<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <location filename="../../app/gui/app.py" line="97"/>
        <source>Setting up this node...</source>
        <translation>Настройка этого узла...</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="31"/>
        <source>An unexpected error stopped this action; what was saved before is safe. The details below are also in the log file.</source>
        <translation>Непредвиденная ошибка прервала это действие; ранее сохраненные данные не пострадали. Подробности ниже также записаны в файл журнала.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="42"/>
        <source>FocalPoint</source>
        <translation>FocalPoint</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="66"/>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="67"/>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>В этой записи есть несохраненные изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="44"/>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="44"/>
        <source>(none)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="56"/>
        <source>Type a country name</source>
        <translation>Введите название страны</translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="59"/>
        <location filename="../../app/gui/form.py" line="60"/>
        <source>Type to search</source>
        <translation>Введите текст для поиска</translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="63"/>
        <source>Separate several with commas</source>
        <translation>Несколько значений разделяйте запятыми</translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="102"/>
        <source>Fields marked * are required.</source>
        <translation>Поля, отмеченные *, обязательны для заполнения.</translation>
    </message>
    <message>
        <location filename="../../app/gui/form.py" line="132"/>
        <source>Required</source>
        <translation>Обязательное поле</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/placeholder.py" line="32"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/placeholder.py" line="34"/>
        <source>Here you will send and receive sync bundles: export a signed, encrypted bundle for headquarters, import bundles from other nodes, see what was sent and received, trust or revoke other nodes&apos; keys and resolve conflicts.

Until this screen is ready, use the command line: &apos;focalpoint export --to NODE&apos;, &apos;focalpoint import FILE&apos;, &apos;focalpoint keys card&apos;, &apos;focalpoint conflicts resolve&apos;.</source>
        <translation>Здесь можно будет отправлять и получать пакеты синхронизации: экспортировать подписанный зашифрованный пакет для Центральных учреждений, импортировать пакеты других узлов, просматривать отправленное и полученное, доверять ключам других узлов или отзывать их, а также разрешать конфликты.

Пока этот экран не готов, пользуйтесь командной строкой: &apos;focalpoint export --to NODE&apos;, &apos;focalpoint import FILE&apos;, &apos;focalpoint keys card&apos;, &apos;focalpoint conflicts resolve&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/placeholder.py" line="46"/>
        <source>Reports</source>
        <translation>Отчеты</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/placeholder.py" line="48"/>
        <source>Here you will print PDF sign-in sheets and attendance reports for an activity, assessment reports and the programme report, and export figures to XLSX, disaggregated by sex, institution, category and country.

Until this screen is ready, use the command line: &apos;focalpoint report sign-in ACTIVITY --out FILE.pdf&apos;, &apos;focalpoint report attendance ...&apos;, &apos;focalpoint report programme ...&apos;.</source>
        <translation>Здесь можно будет печатать в формате PDF листы регистрации участников и отчеты о посещаемости мероприятий, отчеты об оценке и отчет о программе, а также экспортировать показатели в формат XLSX с разбивкой по полу, учреждению, категории и стране.

Пока этот экран не готов, пользуйтесь командной строкой: &apos;focalpoint report sign-in ACTIVITY --out FILE.pdf&apos;, &apos;focalpoint report attendance ...&apos;, &apos;focalpoint report programme ...&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="58"/>
        <source>The printer cannot be opened; check that it is on and try again.</source>
        <translation>Не удается подключиться к принтеру; проверьте, включен ли он, и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="43"/>
        <source>(deleted)</source>
        <translation>(запись удалена)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="43"/>
        <source>(present)</source>
        <translation>(запись существует)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="47"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="59"/>
        <source>The passphrase needs at least %d characters.</source>
        <translation>Парольная фраза должна содержать не менее %d символов.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="61"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Парольные фразы не совпадают; введите одну и ту же фразу дважды.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="68"/>
        <source>Choose a passphrase of several words that only you know.</source>
        <translation>Придумайте парольную фразу из нескольких слов, известную только вам.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="71"/>
        <source>Strength: %s.</source>
        <translation>Надежность: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="131"/>
        <location filename="../../app/gui/wizard.py" line="133"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="132"/>
        <source>The language of FocalPoint&apos;s windows on this computer.</source>
        <translation>Язык интерфейса FocalPoint на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="134"/>
        <source>You can change it later in the Language menu.</source>
        <translation>Его можно изменить позже в меню «Язык».</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="142"/>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="143"/>
        <source>Is this laptop used in a mission, or at headquarters?</source>
        <translation>Где используется этот ноутбук: в миссии или в Центральных учреждениях?</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="144"/>
        <source>A mission&apos;s computer (field node)</source>
        <translation>Компьютер миссии (полевой узел)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="145"/>
        <source>Headquarters</source>
        <translation>Центральные учреждения</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="148"/>
        <source>e.g. MONUSCO Goma</source>
        <translation>например, UNRCCA Ашхабад</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="150"/>
        <source>e.g. MONUSCO</source>
        <translation>например, UNRCCA</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="152"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="156"/>
        <source>Empty: this computer. Server: postgresql+psycopg://...</source>
        <translation>Пусто — этот компьютер. Сервер: postgresql+psycopg://...</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="161"/>
        <source>Kind of node</source>
        <translation>Тип узла</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="163"/>
        <source>Name of this node *</source>
        <translation>Название этого узла *</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="164"/>
        <source>Mission code *</source>
        <translation>Код миссии *</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="165"/>
        <source>Your name *</source>
        <translation>Ваше имя *</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="166"/>
        <source>Database URL (headquarters server)</source>
        <translation>URL базы данных (сервер Центральных учреждений)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="179"/>
        <source>Give this node a name.</source>
        <translation>Укажите название этого узла.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="181"/>
        <source>A field node needs its mission code (e.g. MONUSCO).</source>
        <translation>Для полевого узла нужен код его миссии (например, UNRCCA).</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="183"/>
        <source>Give your name: it is recorded with every change.</source>
        <translation>Укажите свое имя: оно записывается при каждом изменении.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="186"/>
        <source>A server&apos;s database URL starts with postgresql+psycopg:// (leave it empty to keep the data on this computer).</source>
        <translation>URL базы данных на сервере начинается с postgresql+psycopg:// (оставьте поле пустым, чтобы хранить данные на этом компьютере).</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="197"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="200"/>
        <source>It protects this node&apos;s keys, which sign and open sync bundles. It cannot be recovered: write it down somewhere safe.</source>
        <translation>Она защищает ключи этого узла, которыми подписываются и открываются пакеты синхронизации. Восстановить ее невозможно: запишите ее и храните в надежном месте.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="214"/>
        <source>Passphrase *</source>
        <translation>Парольная фраза *</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="215"/>
        <source>Again *</source>
        <translation>Повторите *</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="240"/>
        <source>Demo programme</source>
        <translation>Демонстрационная программа</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="243"/>
        <source>Load the demo programme (sample missions, activities and participants to try the application)</source>
        <translation>Загрузить демонстрационную программу (примеры миссий, мероприятий и участников для знакомства с приложением)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="252"/>
        <source>The demo programme is not part of this build.</source>
        <translation>Демонстрационная программа не входит в эту сборку.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="269"/>
        <location filename="../../app/gui/wizard.py" line="290"/>
        <source>Set up FocalPoint</source>
        <translation>Настройка FocalPoint</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="66"/>
        <source>Click to list the records behind this figure</source>
        <translation>Щелкните, чтобы увидеть записи, на которых основан этот показатель</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="133"/>
        <source>Dashboard</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="137"/>
        <source>All missions</source>
        <translation>Все миссии</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="143"/>
        <source>Whole period</source>
        <translation>Весь период</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="145"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="147"/>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="147"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="148"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="168"/>
        <source>Findings by thematic area and severity (click a cell to list them)</source>
        <translation>Выводы по тематическим областям и степени серьезности (щелкните ячейку, чтобы увидеть их список)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="208"/>
        <source>Computing the programme&apos;s figures...</source>
        <translation>Расчет показателей программы...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="228"/>
        <source>%s activities in all</source>
        <translation>всего мероприятий: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="233"/>
        <source>%s women</source>
        <translation>женщин: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="236"/>
        <source>points, over %s pre/post tests</source>
        <translation>балла (пар тестов: %s)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="238"/>
        <source>%s findings</source>
        <translation>выводов: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="241"/>
        <source>%(n)s of %(total)s findings</source>
        <translation>выводов: %(n)s из %(total)s</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="247"/>
        <source>of %s missions</source>
        <translation>всего миссий: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="264"/>
        <source>Activities by kind</source>
        <translation>Мероприятия по видам</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="266"/>
        <source>Beneficiaries by sex</source>
        <translation>Бенефициары по полу</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="268"/>
        <source>State and non-state beneficiaries</source>
        <translation>Бенефициары по типу субъекта</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="271"/>
        <source>Beneficiaries by category</source>
        <translation>Бенефициары по категориям</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="273"/>
        <source>Beneficiaries by country</source>
        <translation>Бенефициары по странам</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="274"/>
        <source>Unknown</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="301"/>
        <source>Listing the records...</source>
        <translation>Составление списка записей...</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="77"/>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="167"/>
        <source>Entities this assessment covers (tick them):</source>
        <translation>Структуры, охваченные этой оценкой (отметьте их):</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="173"/>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="173"/>
        <source>Entities</source>
        <translation>Структуры</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="71"/>
        <source>Double-click a day to name its session</source>
        <translation>Дважды щелкните по дню, чтобы указать название заседания</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="73"/>
        <source>Add walk-in...</source>
        <translation>Регистрация на месте...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="74"/>
        <source>Register a person at the door (Ctrl+W)</source>
        <translation>Зарегистрировать человека у входа (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="77"/>
        <source>Import list...</source>
        <translation>Импорт списка...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="78"/>
        <source>Import participants from a CSV or XLSX file</source>
        <translation>Импортировать участников из файла CSV или XLSX</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="113"/>
        <source>Save the activity first; then register its participants here.</source>
        <translation>Сначала сохраните мероприятие, затем зарегистрируйте здесь его участников.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/attendance.py" line="134"/>
        <source>Registered: %n</source>
        <translation>
            <numerusform>Зарегистрировано: %n</numerusform>
            <numerusform>Зарегистрировано: %n</numerusform>
            <numerusform>Зарегистрировано: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="135"/>
        <source>By category: </source>
        <translation>По категориям: </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="136"/>
        <source>Present per day: </source>
        <translation>Присутствовали по дням: </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/attendance.py" line="137"/>
        <source>Certificates: %n</source>
        <translation>
            <numerusform>Сертификаты: %n</numerusform>
            <numerusform>Сертификаты: %n</numerusform>
            <numerusform>Сертификаты: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="145"/>
        <source>Session</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="145"/>
        <source>Name of the session on %s:</source>
        <translation>Название заседания (%s):</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="175"/>
        <source>Registered.</source>
        <translation>Участник зарегистрирован.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="182"/>
        <source>Import a participant list</source>
        <translation>Импорт списка участников</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/attendance.py" line="183"/>
        <source>Participant lists (*.csv *.xlsx)</source>
        <translation>Списки участников (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="80"/>
        <source>On this node</source>
        <translation>На этом узле</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="81"/>
        <source>Incoming</source>
        <translation>Полученное значение</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="86"/>
        <source>Keep this node&apos;s value</source>
        <translation>Оставить значение этого узла</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="87"/>
        <source>Take the incoming value</source>
        <translation>Принять полученное значение</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="88"/>
        <source>Type the right value...</source>
        <translation>Ввести правильное значение...</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="89"/>
        <source>Do the same for every field of this record</source>
        <translation>Применить ко всем полям этой записи</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="93"/>
        <source>No conflicts: every change received agreed with this node&apos;s data.</source>
        <translation>Конфликтов нет: все полученные изменения согласуются с данными этого узла.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="129"/>
        <source>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;changed by %s, %s</source>
        <translation>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;автор изменения: %s, %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="131"/>
        <source>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;changed by %s on %s, %s</source>
        <translation>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;автор изменения: %s, узел %s, %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="154"/>
        <source>Settle the conflict</source>
        <translation>Разрешение конфликта</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="155"/>
        <source>The right value of &apos;%s&apos;:</source>
        <translation>Правильное значение поля «%s»:</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../app/gui/widgets.py" line="41"/>
        <source>Type the date or pick it from the calendar; select it all and press Delete to clear it</source>
        <translation>Введите дату или выберите ее в календаре; чтобы очистить поле, выделите дату целиком и нажмите Delete</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="97"/>
        <source>Drop one or more bundle files (.fpbundle) here</source>
        <translation>Перетащите сюда один или несколько файлов пакетов (.fpbundle)</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="66"/>
        <source>New finding</source>
        <translation>Новый вывод</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="68"/>
        <source>Delete finding</source>
        <translation>Удалить вывод</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="70"/>
        <source>Save finding</source>
        <translation>Сохранить вывод</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="88"/>
        <source>Save the assessment first.</source>
        <translation>Сначала сохраните оценку.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="126"/>
        <source>Finding saved.</source>
        <translation>Вывод сохранен.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="132"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="132"/>
        <source>Delete this finding?</source>
        <translation>Удалить этот вывод?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="83"/>
        <source>Import a participant list</source>
        <translation>Импорт списка участников</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="84"/>
        <source>Reading the file...</source>
        <translation>Чтение файла...</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="90"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="91"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="92"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="93"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="94"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="95"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="96"/>
        <source>What happens</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="97"/>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="102"/>
        <source>Import valid rows</source>
        <translation>Импортировать допустимые строки</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="105"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="122"/>
        <source>Importing lists is not available in this build.</source>
        <translation>Импорт списков в этой сборке недоступен.</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="129"/>
        <source>Reading the list...</source>
        <translation>Чтение списка...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/import_dialog.py" line="162"/>
        <source>%n row(s) will be imported</source>
        <translation>
            <numerusform>Будет импортирована %n строка</numerusform>
            <numerusform>Будут импортированы %n строки</numerusform>
            <numerusform>Будет импортировано %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/import_dialog.py" line="163"/>
        <source>%n invalid row(s) will be skipped (in red)</source>
        <translation>
            <numerusform>будет пропущена %n недопустимая строка (выделена красным)</numerusform>
            <numerusform>будут пропущены %n недопустимые строки (выделены красным)</numerusform>
            <numerusform>будет пропущено %n недопустимых строк (выделены красным)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/import_dialog.py" line="164"/>
        <source>%n row(s) already registered or repeated (in yellow).</source>
        <translation>
            <numerusform>%n строка уже зарегистрирована или повторяется (выделена желтым).</numerusform>
            <numerusform>%n строки уже зарегистрированы или повторяются (выделены желтым).</numerusform>
            <numerusform>%n строк уже зарегистрированы или повторяются (выделены желтым).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="179"/>
        <source>Importing...</source>
        <translation>Импорт...</translation>
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
        <translation>Открытие базы данных...</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="159"/>
        <location filename="../../app/gui/main_window.py" line="178"/>
        <source>FocalPoint - %s</source>
        <translation>FocalPoint — %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="181"/>
        <source>Ready.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="279"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="281"/>
        <source>&amp;Back up the database...</source>
        <translation>&amp;Резервная копия базы данных...</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="284"/>
        <source>Load the &amp;demo programme</source>
        <translation>Загрузить &amp;демонстрационную программу</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="290"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="292"/>
        <source>&amp;Record</source>
        <translation>&amp;Запись</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="293"/>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="294"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="295"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="297"/>
        <source>&amp;Cancel changes</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="301"/>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="325"/>
        <source>Back up the database</source>
        <translation>Резервное копирование базы данных</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="327"/>
        <source>Database (*.db)</source>
        <translation>База данных (*.db)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="334"/>
        <source>Backup saved: %s</source>
        <translation>Резервная копия сохранена: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="335"/>
        <source>Backing up the database...</source>
        <translation>Резервное копирование базы данных...</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="346"/>
        <source>Loading the demo programme...</source>
        <translation>Загрузка демонстрационной программы...</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="74"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="78"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="97"/>
        <source>Upcoming and current activities</source>
        <translation>Текущие и предстоящие мероприятия</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="98"/>
        <source>Recent activities</source>
        <translation>Недавние мероприятия</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="127"/>
        <source>Opening the database...</source>
        <translation>Открытие базы данных...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="158"/>
        <source>Participants: </source>
        <translation>Участники: </translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="77"/>
        <source>History</source>
        <translation>История участия</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="84"/>
        <source>This person may already be recorded:</source>
        <translation>Возможно, этот человек уже внесен в базу:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="89"/>
        <source>Save a new participant anyway? Choose No to keep one record per person (open the existing one from the list).</source>
        <translation>Все равно сохранить нового участника? Выберите «Нет», чтобы на каждого человека была одна запись (откройте существующую запись из списка).</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="93"/>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/participants.py" line="103"/>
        <source>%n activity(ies) attended</source>
        <translation>
            <numerusform>Посещено %n мероприятие</numerusform>
            <numerusform>Посещено %n мероприятия</numerusform>
            <numerusform>Посещено %n мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="105"/>
        <source>Save the person to see a history.</source>
        <translation>Сохраните запись об участнике, чтобы увидеть историю участия.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="64"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="73"/>
        <source>Passphrase of this node&apos;s keys:</source>
        <translation>Парольная фраза ключей этого узла:</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../app/gui/report_preview.py" line="90"/>
        <source>Choose a report and its options, then press Make the report. It is shown here before you print or save it.</source>
        <translation>Выберите отчет и его параметры, затем нажмите «Сформировать отчет». Отчет появится здесь, чтобы его можно было просмотреть перед печатью или сохранением.</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="98"/>
        <source>Print...</source>
        <translation>Печать...</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="99"/>
        <source>Open with the system viewer</source>
        <translation>Открыть в программе просмотра</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="100"/>
        <source>Save as...</source>
        <translation>Сохранить как...</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="125"/>
        <source>The workbook %s is ready. Open it with the spreadsheet program, or save it where you keep your reports.</source>
        <translation>Файл %s готов. Откройте его в программе электронных таблиц или сохраните там, где вы храните отчеты.</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="162"/>
        <source>No program to open this file was found; use Save as and open the copy.</source>
        <translation>Не найдена программа для открытия этого файла; воспользуйтесь командой «Сохранить как» и откройте копию.</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="168"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="168"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Электронная таблица (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="169"/>
        <source>Save the report as</source>
        <translation>Сохранить отчет как</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="180"/>
        <source>The report could not be saved there; choose another folder (the file may be open in another program).</source>
        <translation>Не удалось сохранить отчет в этом месте; выберите другую папку (возможно, файл открыт в другой программе).</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="183"/>
        <source>Report saved</source>
        <translation>Отчет сохранен</translation>
    </message>
    <message>
        <location filename="../../app/gui/report_preview.py" line="183"/>
        <source>Saved as %s.</source>
        <translation>Отчет сохранен в файле %s.</translation>
    </message>
</context>
<context>
    <name>ReceiveTab</name>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="126"/>
        <source>Choose bundle files...</source>
        <translation>Выбрать файлы пакетов...</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="131"/>
        <source>Bundles are checked first; nothing is written until you press Import.</source>
        <translation>Сначала пакеты проверяются; ничего не записывается, пока вы не нажмете «Импортировать».</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="147"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="156"/>
        <source>Bundles to import</source>
        <translation>Пакеты для импорта</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="169"/>
        <source>Bundles are encrypted for this node: type the passphrase to open them.</source>
        <translation>Пакеты зашифрованы для этого узла: введите парольную фразу, чтобы открыть их.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="172"/>
        <source>Checking the bundles...</source>
        <translation>Проверка пакетов...</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="181"/>
        <source>Type the passphrase again to import the bundles.</source>
        <translation>Чтобы импортировать пакеты, введите парольную фразу еще раз.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="183"/>
        <source>Importing the bundles...</source>
        <translation>Импорт пакетов...</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="190"/>
        <source>%s of %s bundles can be imported; nothing has been written yet. Check the list, then press Import.</source>
        <translation>Можно импортировать пакетов: %s из %s; пока ничего не записано. Проверьте список, затем нажмите «Импортировать».</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="201"/>
        <source>Bundles imported: %s. Records added: %s, changed: %s, deleted: %s; conflicts to settle: %s.</source>
        <translation>Импортировано пакетов: %s. Записей добавлено: %s, изменено: %s, удалено: %s; конфликтов для разрешения: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="242"/>
        <source>Double-click to trust this node after its operator read you the fingerprint by phone.</source>
        <translation>Дважды щелкните, чтобы доверять этому узлу, после того как его оператор зачитает вам отпечаток ключа по телефону.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="246"/>
        <source>Nothing written yet.</source>
        <translation>Пока ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="248"/>
        <source>This bundle was already imported; nothing changed.</source>
        <translation>Этот пакет уже был импортирован; ничего не изменилось.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../app/gui/pages/base.py" line="121"/>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="122"/>
        <source>New record (Ctrl+N)</source>
        <translation>Новая запись (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="140"/>
        <source>Search (Ctrl+F)</source>
        <translation>Поиск (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="209"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="219"/>
        <location filename="../../app/gui/pages/base.py" line="367"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="221"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="222"/>
        <source>Undo the changes not saved (Esc)</source>
        <translation>Отменить несохраненные изменения (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="224"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="225"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/base.py" line="266"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="317"/>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="334"/>
        <source>Not saved.</source>
        <translation>Запись не сохранена.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="338"/>
        <source>Not saved: check the fields marked in red.</source>
        <translation>Запись не сохранена: проверьте поля, выделенные красным.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="346"/>
        <source>Saved.</source>
        <translation>Запись сохранена.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="360"/>
        <source>Changes undone.</source>
        <translation>Изменения отменены.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="368"/>
        <source>Delete this record? It is kept as deleted so the deletion can be sent to headquarters.</source>
        <translation>Удалить эту запись? Она сохранится с пометкой «удалена», чтобы сведения об удалении можно было передать в Центральные учреждения.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="380"/>
        <source>Deleted.</source>
        <translation>Запись удалена.</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message numerus="yes">
        <location filename="../../app/gui/dashboard_records.py" line="98"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/dashboard_records.py" line="100"/>
        <source>The first %n records (narrow the period or the mission to see the rest)</source>
        <translation>
            <numerusform>Первая %n запись (чтобы увидеть остальные, сузьте период или выберите одну миссию)</numerusform>
            <numerusform>Первые %n записи (чтобы увидеть остальные, сузьте период или выберите одну миссию)</numerusform>
            <numerusform>Первые %n записей (чтобы увидеть остальные, сузьте период или выберите одну миссию)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="169"/>
        <source>Only activities starting in a period</source>
        <translation>Только мероприятия, начинающиеся в заданный период</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="177"/>
        <source>Replace names by codes (pseudonymised)</source>
        <translation>Заменить имена кодами (псевдонимизация)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="184"/>
        <source>Make the report</source>
        <translation>Сформировать отчет</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="194"/>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="202"/>
        <source>Activity:</source>
        <translation>Мероприятие:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="203"/>
        <source>Assessment:</source>
        <translation>Оценка:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="204"/>
        <source>Mission:</source>
        <translation>Миссия:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="206"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="208"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="222"/>
        <source>Reports</source>
        <translation>Отчеты</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="232"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="247"/>
        <source>All missions</source>
        <translation>Все миссии</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="275"/>
        <source>All activities in the period</source>
        <translation>Все мероприятия за период</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="307"/>
        <location filename="../../app/gui/pages/reports.py" line="310"/>
        <source>Making the report...</source>
        <translation>Формирование отчета...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="316"/>
        <source>Ready: %s pages.</source>
        <translation>Готово, страниц: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="317"/>
        <source>Ready.</source>
        <translation>Готово.</translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <location filename="../../app/gui/sync_send.py" line="49"/>
        <source>Choose the node the bundle is for.</source>
        <translation>Выберите узел, для которого предназначен пакет.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="51"/>
        <source>Encrypt the bundle for the recipient (recommended)</source>
        <translation>Зашифровать пакет для получателя (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="61"/>
        <source>Choose...</source>
        <translation>Выбрать...</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="66"/>
        <source>Make the bundle</source>
        <translation>Создать пакет</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="76"/>
        <source>1. Recipient:</source>
        <translation>1. Получатель:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="77"/>
        <source>2. It will carry:</source>
        <translation>2. Содержимое:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="78"/>
        <source>3. Encryption:</source>
        <translation>3. Шифрование:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="80"/>
        <source>4. Save it in:</source>
        <translation>4. Сохранить в папке:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="105"/>
        <source>No trusted node yet: add another node&apos;s card on the Nodes tab first.</source>
        <translation>Доверенных узлов пока нет: сначала добавьте карточку другого узла на вкладке «Этот узел и доверенные узлы».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sync_send.py" line="120"/>
        <source>%n change(s) not yet confirmed by the recipient:</source>
        <translation>
            <numerusform>%n изменение, еще не подтвержденное получателем:</numerusform>
            <numerusform>%n изменения, еще не подтвержденные получателем:</numerusform>
            <numerusform>%n изменений, еще не подтвержденных получателем:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="124"/>
        <source>No new changes: the bundle only tells the recipient what this node has received (an acknowledgement).</source>
        <translation>Новых изменений нет: пакет лишь сообщит получателю, что получил этот узел (подтверждение получения).</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="131"/>
        <source>This bundle carries names of people: without encryption anyone who finds the file can read them. Keep encryption on unless the recipient cannot decrypt.</source>
        <translation>Этот пакет содержит имена людей: без шифрования их сможет прочитать любой, кто найдет файл. Не отключайте шифрование, если только получатель не может расшифровать пакет.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="136"/>
        <source>Save the bundle in</source>
        <translation>Папка для сохранения пакета</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="148"/>
        <source>No encryption</source>
        <translation>Без шифрования</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="149"/>
        <source>The bundle names people and will not be encrypted. Make it anyway?</source>
        <translation>Пакет содержит имена людей и не будет зашифрован. Все равно создать его?</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="158"/>
        <source>The bundle is signed with this node&apos;s key: type the passphrase to unlock it.</source>
        <translation>Пакет подписывается ключом этого узла: введите парольную фразу, чтобы разблокировать ключ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="159"/>
        <source>Making the bundle...</source>
        <translation>Создание пакета...</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="162"/>
        <source>encrypted</source>
        <translation>зашифрован</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_send.py" line="162"/>
        <source>NOT encrypted</source>
        <translation>НЕ зашифрован</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sync_send.py" line="164"/>
        <source>Bundle number %s saved (%Ln change(s), %s, %s KB):
%s
Take this file to the recipient, for example on a USB stick.</source>
        <translation>
            <numerusform>Пакет № %s сохранен (изменений: %Ln, %s, %s КБ):
%s
Передайте этот файл получателю, например на USB-накопителе.</numerusform>
            <numerusform>Пакет № %s сохранен (изменений: %Ln, %s, %s КБ):
%s
Передайте этот файл получателю, например на USB-накопителе.</numerusform>
            <numerusform>Пакет № %s сохранен (изменений: %Ln, %s, %s КБ):
%s
Передайте этот файл получателю, например на USB-накопителе.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncBox</name>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="47"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="48"/>
        <source>&lt;a href=&quot;nodes&quot;&gt;%s&lt;/a&gt;: received %s, sent %s</source>
        <translation>&lt;a href=&quot;nodes&quot;&gt;%s&lt;/a&gt; — прием: %s, отправка: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="51"/>
        <source> (not yet confirmed)</source>
        <translation> (получение еще не подтверждено)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="54"/>
        <source>No trusted node yet: &lt;a href=&quot;nodes&quot;&gt;add a node&apos;s card&lt;/a&gt;.</source>
        <translation>Доверенных узлов пока нет: &lt;a href=&quot;nodes&quot;&gt;добавьте карточку узла&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="55"/>
        <source>&lt;a href=&quot;send&quot;&gt;Changes waiting to be sent: %s&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;send&quot;&gt;Изменения, ожидающие отправки: %s&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="57"/>
        <source>&lt;a href=&quot;conflicts&quot;&gt;Open conflicts: %s&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;conflicts&quot;&gt;Неразрешенные конфликты: %s&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_overview.py" line="59"/>
        <source>&lt;b&gt;Sync&lt;/b&gt;: </source>
        <translation>&lt;b&gt;Синхронизация&lt;/b&gt;: </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="103"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="112"/>
        <source>This node and trusted nodes</source>
        <translation>Этот узел и доверенные узлы</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="113"/>
        <source>Send</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="114"/>
        <source>Receive</source>
        <translation>Получение</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="115"/>
        <location filename="../../app/gui/pages/sync.py" line="203"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="119"/>
        <source>History</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="136"/>
        <source>Other nodes</source>
        <translation>Другие узлы</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="139"/>
        <source>Add a node&apos;s card...</source>
        <translation>Добавить карточку узла...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="142"/>
        <source>Revoke the selected node...</source>
        <translation>Отозвать ключ выбранного узла...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="152"/>
        <source>This node</source>
        <translation>Этот узел</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="163"/>
        <source>Read this fingerprint aloud, group by group, to the operator of a node that adds your card; they type it to trust you.</source>
        <translation>Прочитайте этот отпечаток ключа вслух, группа за группой, оператору узла, который добавляет вашу карточку; он введет его, чтобы доверять вам.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="166"/>
        <source>Save my card...</source>
        <translation>Сохранить мою карточку...</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="189"/>
        <source>This node has no keys.</source>
        <translation>У этого узла нет ключей.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="202"/>
        <source>Conflicts (%s)</source>
        <translation>Конфликты (%s)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="207"/>
        <source>Revoked: %s</source>
        <translation>Ключ отозван: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="209"/>
        <source>Trusted</source>
        <translation>Доверенный</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="209"/>
        <source>Not trusted</source>
        <translation>Недоверенный</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="223"/>
        <source>Save my card in</source>
        <translation>Папка для сохранения карточки</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="229"/>
        <source>Card saved</source>
        <translation>Карточка сохранена</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="230"/>
        <source>Your card is saved as %s. Give it to the other node; its operator will phone you to check the fingerprint.</source>
        <translation>Ваша карточка сохранена в файле %s. Передайте ее другому узлу; его оператор позвонит вам, чтобы сверить отпечаток ключа.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="246"/>
        <source>The card file cannot be read; check that the USB stick is plugged in and choose the file again.</source>
        <translation>Не удается прочитать файл карточки; проверьте, подключен ли USB-накопитель, и выберите файл еще раз.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="260"/>
        <location filename="../../app/gui/pages/sync.py" line="269"/>
        <source>Revoke</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="260"/>
        <source>Select the node to revoke first.</source>
        <translation>Сначала выберите узел, ключ которого нужно отозвать.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="263"/>
        <source>Revoke %s</source>
        <translation>Отзыв ключа узла %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="264"/>
        <source>Why is this node&apos;s key revoked (laptop lost, operator left...)? Its bundles made after the last one imported here will be refused.</source>
        <translation>Почему отзывается ключ этого узла (утерян ноутбук, оператор покинул миссию...)? Его пакеты, созданные после последнего импортированного здесь, будут отклоняться.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="270"/>
        <source>Give the reason for the revocation; nothing was revoked.</source>
        <translation>Укажите причину отзыва; ключ не отозван.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../app/gui/tasks.py" line="135"/>
        <source>Working</source>
        <translation>Выполнение</translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="107"/>
        <source>Trust another node</source>
        <translation>Доверие к другому узлу</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="110"/>
        <source>Card of &lt;b&gt;%s&lt;/b&gt; (%s%s). Phone its operator and ask them to read the fingerprint shown on their Sync page; type it below. Do not copy it from the card file: a card can be forged, the voice of a colleague cannot.</source>
        <translation>Карточка узла &lt;b&gt;%s&lt;/b&gt; (%s%s). Позвоните его оператору и попросите прочитать отпечаток ключа, показанный на его странице «Синхронизация»; введите его ниже. Не копируйте отпечаток из файла карточки: карточку можно подделать, а голос коллеги — нет.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="124"/>
        <source>Fingerprint read over the phone (spaces do not matter, capitals do):</source>
        <translation>Отпечаток, прочитанный по телефону (пробелы не важны, регистр букв важен):</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="132"/>
        <source>Trust this node</source>
        <translation>Доверять этому узлу</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_dialogs.py" line="143"/>
        <source>Type the fingerprint the other node&apos;s operator reads to you.</source>
        <translation>Введите отпечаток, который вам зачитывает оператор другого узла.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../app/gui/walk_in.py" line="45"/>
        <source>Add a walk-in participant</source>
        <translation>Регистрация участника на месте</translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="54"/>
        <source>Already recorded? Pick the person below instead of typing them again.</source>
        <translation>Человек уже есть в базе? Выберите его ниже, чтобы не вводить данные повторно.</translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="57"/>
        <source>Register selected person</source>
        <translation>Зарегистрировать выбранного</translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="59"/>
        <source>Save and register</source>
        <translation>Сохранить и зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="62"/>
        <source>Save as a different person</source>
        <translation>Сохранить как другого человека</translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="65"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/gui/walk_in.py" line="80"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../app/gui/attendance_model.py" line="29"/>
        <location filename="../../app/gui/dashboard_records.py" line="35"/>
        <location filename="../../app/gui/pages/participants.py" line="25"/>
        <source>Pre-test</source>
        <translation>Входной тест</translation>
    </message>
    <message>
        <location filename="../../app/gui/attendance_model.py" line="30"/>
        <location filename="../../app/gui/dashboard_records.py" line="36"/>
        <location filename="../../app/gui/pages/participants.py" line="26"/>
        <source>Post-test</source>
        <translation>Итоговый тест</translation>
    </message>
    <message>
        <location filename="../../app/gui/attendance_model.py" line="31"/>
        <location filename="../../app/gui/pages/participants.py" line="27"/>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <location filename="../../app/gui/attendance_model.py" line="32"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
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
        <translation>Название</translation>
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
        <translation>Вид</translation>
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
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="20"/>
        <location filename="../../app/gui/dashboard_records.py" line="57"/>
        <location filename="../../app/gui/pages/activities.py" line="30"/>
        <location filename="../../app/gui/pages/assessments.py" line="149"/>
        <location filename="../../app/gui/pages/overview.py" line="47"/>
        <location filename="../../app/gui/pages/simple.py" line="26"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="21"/>
        <location filename="../../app/gui/pages/activities.py" line="31"/>
        <location filename="../../app/gui/pages/overview.py" line="48"/>
        <source>City</source>
        <translation>Город</translation>
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
        <translation>Миссия</translation>
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
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="26"/>
        <location filename="../../app/gui/pages/participants.py" line="45"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="27"/>
        <location filename="../../app/gui/pages/participants.py" line="46"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="28"/>
        <source>State / non-state</source>
        <translation>Тип субъекта</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="29"/>
        <location filename="../../app/gui/pages/activities.py" line="32"/>
        <location filename="../../app/gui/pages/participants.py" line="49"/>
        <location filename="../../app/gui/pages/simple.py" line="90"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="30"/>
        <location filename="../../app/gui/pages/participants.py" line="47"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="34"/>
        <location filename="../../app/gui/pages/participants.py" line="19"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="37"/>
        <source>Gain</source>
        <translation>Прирост</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="41"/>
        <location filename="../../app/gui/dashboard_records.py" line="55"/>
        <location filename="../../app/gui/pages/assessments.py" line="146"/>
        <location filename="../../app/gui/pages/simple.py" line="24"/>
        <location filename="../../app/gui/sync_receive.py" line="49"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="42"/>
        <location filename="../../app/gui/pages/assessments.py" line="147"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="47"/>
        <source>Finding</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="48"/>
        <location filename="../../app/gui/dashboard_records.py" line="63"/>
        <location filename="../../app/gui/pages/assessments.py" line="39"/>
        <location filename="../../app/gui/pages/simple.py" line="47"/>
        <source>Thematic area</source>
        <translation>Тематика</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="49"/>
        <location filename="../../app/gui/pages/assessments.py" line="40"/>
        <source>Severity</source>
        <translation>Серьезность</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="50"/>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="51"/>
        <source>Answered by</source>
        <translation>Ответная инициатива</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="64"/>
        <location filename="../../app/gui/pages/simple.py" line="48"/>
        <source>Shared</source>
        <translation>Распространен</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="67"/>
        <location filename="../../app/gui/pages/simple.py" line="105"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_records.py" line="69"/>
        <location filename="../../app/gui/pages/simple.py" line="107"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="38"/>
        <source>Need or gap</source>
        <translation>Потребность или пробел</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="32"/>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="33"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="34"/>
        <source>Registrations</source>
        <translation>Регистрации</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="35"/>
        <source>Assessments</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="36"/>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="37"/>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="38"/>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="39"/>
        <source>Focal points</source>
        <translation>Координаторы</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="40"/>
        <source>Partner entities</source>
        <translation>Партнерские структуры</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="41"/>
        <source>Missions</source>
        <translation>Миссии</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="49"/>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="23"/>
        <location filename="../../app/gui/pages/simple.py" line="71"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="24"/>
        <source>Days present</source>
        <translation>Дни присутствия</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="44"/>
        <source>Native script</source>
        <translation>В оригинале</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="48"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="72"/>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="73"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="89"/>
        <source>Acronym</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="91"/>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="108"/>
        <source>Host countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="42"/>
        <location filename="../../app/gui/pages/sync.py" line="54"/>
        <source>Node</source>
        <translation>Узел</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="45"/>
        <source>Trust</source>
        <translation>Доверие</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="46"/>
        <source>Last bundle received</source>
        <translation>Последний полученный пакет</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="47"/>
        <source>Last bundle sent</source>
        <translation>Последний отправленный пакет</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="48"/>
        <source>Changes to send</source>
        <translation>Изменения к отправке</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="49"/>
        <source>Fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="52"/>
        <source>When</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="53"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="55"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="56"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="57"/>
        <location filename="../../app/gui/sync_receive.py" line="51"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="58"/>
        <location filename="../../app/gui/sync_receive.py" line="46"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="59"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="30"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="32"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="33"/>
        <source>On this node</source>
        <translation>На этом узле</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="34"/>
        <source>Incoming</source>
        <translation>Полученное</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="35"/>
        <location filename="../../app/gui/sync_receive.py" line="47"/>
        <source>From</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_conflicts.py" line="36"/>
        <source>Changed there</source>
        <translation>Изменено у отправителя</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="48"/>
        <source>File date</source>
        <translation>Дата файла</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="50"/>
        <source>Adds</source>
        <translation>Добавления</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="52"/>
        <source>Deletes</source>
        <translation>Удаления</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="53"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="54"/>
        <source>What it means</source>
        <translation>Пояснение</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="38"/>
        <source>Trainings held</source>
        <extracomment>(figure, card caption) in the order the cards are laid out.</extracomment>
        <translation>Проведено учебных курсов</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="39"/>
        <source>Other events held</source>
        <translation>Проведено других мероприятий</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="40"/>
        <source>Unique beneficiaries</source>
        <translation>Бенефициары (разные лица)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="41"/>
        <source>Share of women</source>
        <translation>Доля женщин</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="42"/>
        <source>Average knowledge gain</source>
        <translation>Средний прирост знаний</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="43"/>
        <source>Assessments done</source>
        <translation>Проведено оценок</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="44"/>
        <source>Findings answered by an initiative</source>
        <translation>Выводы с ответной инициативой</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="45"/>
        <source>Initiatives running</source>
        <translation>Текущие инициативы</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="46"/>
        <source>Lessons shared</source>
        <translation>Распространенные уроки</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/dashboard.py" line="47"/>
        <source>Missions active</source>
        <translation>Действующие миссии</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../app/domain/fields.py" line="3"/>
        <source>Acronym</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="4"/>
        <source>Active from</source>
        <translation>В должности с</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="5"/>
        <source>Active to</source>
        <translation>В должности по</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="6"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="7"/>
        <source>Age band</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="8"/>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="9"/>
        <source>Assessors</source>
        <translation>Эксперты по оценке</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="10"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="11"/>
        <source>Certificate issued</source>
        <translation>Сертификат выдан</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="12"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="13"/>
        <source>Co-organisers</source>
        <translation>Соорганизаторы</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="14"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="15"/>
        <source>Commitment signed</source>
        <translation>Обязательство подписано</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="16"/>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="17"/>
        <source>Common ground</source>
        <translation>Точки соприкосновения</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="18"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="19"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="20"/>
        <source>Date shared</source>
        <translation>Дата распространения</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="21"/>
        <source>Days present</source>
        <translation>Дни присутствия</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="22"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="23"/>
        <source>Disability</source>
        <translation>Инвалидность</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="24"/>
        <source>Email</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="25"/>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="26"/>
        <source>Entity</source>
        <translation>Структура</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="27"/>
        <source>Evidence</source>
        <translation>Доказательная база</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="28"/>
        <source>Follow-up</source>
        <translation>Последующие меры</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="29"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="30"/>
        <source>Host countries</source>
        <translation>Принимающие страны</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="31"/>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="32"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="33"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="34"/>
        <source>Linked initiative</source>
        <translation>Связанная инициатива</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="35"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="36"/>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="37"/>
        <source>Modules covered</source>
        <translation>Охваченные модули</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="38"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="39"/>
        <source>Name in native script</source>
        <translation>Имя в оригинале</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="40"/>
        <source>Need or gap</source>
        <translation>Потребность или пробел</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="41"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="42"/>
        <source>Objectives</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="43"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="44"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="45"/>
        <source>Parties represented</source>
        <translation>Представленные стороны</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="46"/>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="47"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="48"/>
        <source>Position or rank</source>
        <translation>Должность или звание</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="49"/>
        <source>Post-test score</source>
        <translation>Балл итогового теста</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="50"/>
        <source>Pre-test score</source>
        <translation>Балл входного теста</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="51"/>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="52"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="53"/>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="54"/>
        <source>Session</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="55"/>
        <source>Severity</source>
        <translation>Степень серьезности</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="56"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="57"/>
        <source>Source activity</source>
        <translation>Исходное мероприятие</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="58"/>
        <source>Source assessment</source>
        <translation>Исходная оценка</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="59"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="60"/>
        <source>State or non-state</source>
        <translation>Тип субъекта</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="61"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="62"/>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="63"/>
        <source>Tags</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="64"/>
        <source>Target audience</source>
        <translation>Целевая аудитория</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="65"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="66"/>
        <source>Thematic area</source>
        <translation>Тематическая область</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="67"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="68"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="69"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/domain/fields.py" line="70"/>
        <source>Unit</source>
        <translation>Подразделение</translation>
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
        <translation>Миссия</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="59"/>
        <location filename="../../app/gui/pages/simple.py" line="52"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="60"/>
        <location filename="../../app/gui/pages/assessments.py" line="155"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="61"/>
        <location filename="../../app/gui/pages/assessments.py" line="156"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/assessments.py" line="154"/>
        <location filename="../../app/gui/pages/simple.py" line="31"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="54"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="56"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/participants.py" line="58"/>
        <location filename="../../app/gui/pages/simple.py" line="95"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="54"/>
        <source>Thematic area</source>
        <translation>Тематическая область</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="94"/>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="111"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="36"/>
        <source>New participant</source>
        <extracomment>The import service&apos;s row statuses, said for people; new and matched rows are imported.</extracomment>
        <translation>Новый участник</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="37"/>
        <source>Already recorded: registered</source>
        <translation>Уже в базе: регистрация</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="38"/>
        <source>Already registered: skipped</source>
        <translation>Уже зарегистрирован: пропуск</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="39"/>
        <source>Repeated in the file: skipped</source>
        <translation>Повтор в файле: пропуск</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_dialog.py" line="40"/>
        <source>Invalid: skipped</source>
        <translation>Ошибка: пропуск</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../app/gui/language_menu.py" line="25"/>
        <source>System language (%s)</source>
        <translation>Язык системы (%s)</translation>
    </message>
    <message>
        <location filename="../../app/gui/language_menu.py" line="40"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../app/gui/language_menu.py" line="59"/>
        <source>FocalPoint will be in %s the next time it starts.</source>
        <translation>При следующем запуске FocalPoint будет использовать язык: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/language_menu.py" line="68"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="70"/>
        <location filename="../../app/gui/pages/overview.py" line="64"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="72"/>
        <location filename="../../app/gui/pages/dashboard.py" line="101"/>
        <source>Dashboard</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="78"/>
        <location filename="../../app/gui/pages/assessments.py" line="143"/>
        <source>Assessments</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="83"/>
        <location filename="../../app/gui/pages/simple.py" line="21"/>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="88"/>
        <location filename="../../app/gui/pages/activities.py" line="25"/>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="93"/>
        <location filename="../../app/gui/pages/participants.py" line="41"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="96"/>
        <location filename="../../app/gui/pages/simple.py" line="124"/>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="97"/>
        <location filename="../../app/gui/pages/simple.py" line="43"/>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="98"/>
        <location filename="../../app/gui/pages/sync.py" line="96"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="101"/>
        <location filename="../../app/gui/pages/reports.py" line="140"/>
        <source>Reports</source>
        <translation>Отчеты</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="68"/>
        <source>Focal points</source>
        <translation>Координаторы</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="86"/>
        <source>Partner entities</source>
        <translation>Партнерские структуры</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/simple.py" line="103"/>
        <source>Missions</source>
        <translation>Миссии</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="23"/>
        <source>Very weak</source>
        <extracomment>zxcvbn&apos;s score 0-4 as a word.</extracomment>
        <translation>очень низкая</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="24"/>
        <source>Weak</source>
        <translation>низкая</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="25"/>
        <source>Fair</source>
        <translation>средняя</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="26"/>
        <source>Good</source>
        <translation>хорошая</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="27"/>
        <source>Strong</source>
        <translation>высокая</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="32"/>
        <source>Use a few words, avoid common phrases.</source>
        <extracomment>Every warning and suggestion zxcvbn 4.x can give, as it writes them.</extracomment>
        <translation>Используйте несколько слов, избегайте распространенных фраз.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="33"/>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Символы, цифры и заглавные буквы не обязательны.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="34"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Добавьте еще одно-два слова. Редкие слова лучше.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="35"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Ряды соседних клавиш легко угадать.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="36"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Короткие узоры на клавиатуре легко угадать.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="37"/>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Используйте более длинный узор на клавиатуре с большим числом поворотов.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="38"/>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Повторы вроде «aaa» легко угадать.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="39"/>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Повторы вроде «abcabcabc» угадать лишь немного труднее, чем «abc».</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="41"/>
        <source>Avoid repeated words and characters.</source>
        <translation>Избегайте повторяющихся слов и символов.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="42"/>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Последовательности вроде «abc» или «6543» легко угадать.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="43"/>
        <source>Avoid sequences.</source>
        <translation>Избегайте последовательностей.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="44"/>
        <source>Recent years are easy to guess.</source>
        <translation>Недавние годы легко угадать.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="45"/>
        <source>Avoid recent years.</source>
        <translation>Избегайте недавних лет.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="46"/>
        <source>Avoid years that are associated with you.</source>
        <translation>Избегайте лет, связанных с вами.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="47"/>
        <source>Dates are often easy to guess.</source>
        <translation>Даты часто легко угадать.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="48"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Избегайте дат и лет, связанных с вами.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="49"/>
        <source>This is a top-10 common password.</source>
        <translation>Это один из 10 самых распространенных паролей.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="50"/>
        <source>This is a top-100 common password.</source>
        <translation>Это один из 100 самых распространенных паролей.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="51"/>
        <source>This is a very common password.</source>
        <translation>Это очень распространенный пароль.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="52"/>
        <source>This is similar to a commonly used password.</source>
        <translation>Это похоже на распространенный пароль.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="53"/>
        <source>A word by itself is easy to guess.</source>
        <translation>Одно слово легко угадать.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="54"/>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Имена и фамилии сами по себе легко угадать.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="55"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Распространенные имена и фамилии легко угадать.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="56"/>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Заглавная первая буква мало помогает.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="57"/>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Слово из одних заглавных букв угадать почти так же легко, как из строчных.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="59"/>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Слова, написанные задом наперед, угадать ненамного труднее.</translation>
    </message>
    <message>
        <location filename="../../app/gui/passphrase_advice.py" line="60"/>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Предсказуемые замены вроде «@» вместо «a» мало помогают.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="52"/>
        <source>Sign-in sheet of an activity (PDF)</source>
        <translation>Лист регистрации участников мероприятия (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="54"/>
        <source>Attendance report of an activity (PDF)</source>
        <translation>Отчет о посещаемости мероприятия (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="57"/>
        <source>Assessment report (PDF)</source>
        <translation>Отчет об оценке (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="59"/>
        <source>Programme report (PDF)</source>
        <translation>Отчет о программе (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="61"/>
        <source>Programme figures (XLSX)</source>
        <translation>Показатели программы (XLSX)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="63"/>
        <source>Participants and attendance (XLSX)</source>
        <translation>Участники и посещаемость (XLSX)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="114"/>
        <source>Choose the activity the report is about; if the list is empty, record one first.</source>
        <extracomment>What to say when the report&apos;s record is not chosen: whole sentences, since the noun&apos;s gender changes the grammar of the sentence in French, Arabic and Russian.</extracomment>
        <translation>Выберите мероприятие, по которому составляется отчет; если список пуст, сначала внесите мероприятие.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/reports.py" line="117"/>
        <source>Choose the assessment the report is about; if the list is empty, record one first.</source>
        <translation>Выберите оценку, по которой составляется отчет; если список пуст, сначала внесите оценку.</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="17"/>
        <source>Code-of-conduct workshop</source>
        <translation>Практикум по кодексу поведения</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="18"/>
        <source>Side event</source>
        <translation>Параллельное мероприятие</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="37"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="50"/>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/activities.py" line="55"/>
        <source>Follow-up</source>
        <translation>Последующие меры</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="62"/>
        <source>received</source>
        <translation>получен</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="63"/>
        <source>sent</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="64"/>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="65"/>
        <source>made</source>
        <translation>создан</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="66"/>
        <source>refused</source>
        <translation>отклонен</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="67"/>
        <source>already imported</source>
        <translation>уже импортирован</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="74"/>
        <source>Identity card</source>
        <translation>Идентификационная карточка</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="75"/>
        <source>Identity cards (*.fpkey.json *.json)</source>
        <translation>Идентификационные карточки (*.fpkey.json *.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/sync.py" line="90"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="39"/>
        <source>Ready to import</source>
        <translation>Готов к импорту</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="40"/>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="41"/>
        <source>Already imported: nothing to do</source>
        <translation>Уже импортирован: действий не требуется</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="42"/>
        <source>Refused</source>
        <translation>Отклонен</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="43"/>
        <source>Identity card of a new node</source>
        <translation>Идентификационная карточка нового узла</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_receive.py" line="61"/>
        <source>Sync bundles (*.fpbundle)</source>
        <translation>Пакеты синхронизации (*.fpbundle)</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../../app/gui/sync_words.py" line="14"/>
        <source>Mission</source>
        <extracomment>One record of each synchronised table (the Conflicts list&apos;s &quot;Kind&quot; column).</extracomment>
        <translation>Миссия</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="15"/>
        <source>Focal point</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="16"/>
        <source>Partner entity</source>
        <translation>Партнерская структура</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="17"/>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="18"/>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="19"/>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="20"/>
        <source>Entity assessed</source>
        <translation>Оцениваемая структура</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="21"/>
        <source>Finding</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="22"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="23"/>
        <source>Activity day</source>
        <translation>День мероприятия</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="24"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="25"/>
        <source>Attendance</source>
        <translation>Запись о присутствии</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="30"/>
        <source>Missions</source>
        <extracomment>The records of each table, counted (&quot;Participants 3&quot;).</extracomment>
        <translation>Миссии</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="31"/>
        <source>Focal points</source>
        <translation>Координаторы</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="32"/>
        <source>Partner entities</source>
        <translation>Партнерские структуры</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="33"/>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="34"/>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="35"/>
        <source>Assessments</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="36"/>
        <source>Entities assessed</source>
        <translation>Оцениваемые структуры</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="37"/>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="38"/>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="39"/>
        <source>Activity days</source>
        <translation>Дни мероприятий</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="40"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_words.py" line="41"/>
        <source>Attendance records</source>
        <translation>Записи о присутствии</translation>
    </message>
</context>
<context>
    <name>util</name>
    <message>
        <location filename="../../app/gui/util.py" line="100"/>
        <source>Not applied: %s.</source>
        <translation>Не применено: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/util.py" line="102"/>
        <source>Not made: %s.</source>
        <translation>Не создано: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/util.py" line="103"/>
        <source>Not saved: %s.</source>
        <translation>Запись не сохранена: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/util.py" line="137"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
</context>
</TS>
