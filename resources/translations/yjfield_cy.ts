<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="cy_GB">
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="42" />
        <source>Search names and notes</source>
        <translation>Chwilio enwau a nodiadau</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="43" />
        <source>Search the caseload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="46" />
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="47" />
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="47" />
        <source>Review overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="48" />
        <source>Not seen face to face in 14 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="49" />
        <source>Open red flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="49" />
        <source>Reparation hours outstanding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="53" />
        <source>Caseload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="65" />
        <source>Children shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="76" />
        <source>&amp;Search:</source>
        <translation>&amp;Chwilio:</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="80" />
        <source>S&amp;how:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="124" />
        <source>{shown} of {total} children</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChildRecordWidget</name>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="30" />
        <source>The child's record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="35" />
        <source>Reparation hours done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="45" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="45" />
        <source>How</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="46" />
        <source>Attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="46" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="49" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="52" />
        <source>The child's words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="53" />
        <source>&amp;Summary</source>
        <translation>&amp;Crynodeb</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="54" />
        <source>C&amp;ontacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="55" />
        <source>&amp;Voice</source>
        <translation>&amp;Llais</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="59" />
        <source>Choose a child in the caseload to see their record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="67" />
        <source>Born {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="70" />
        <source>Language: {language}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="72" />
        <source>Characteristics of concern: {list}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="75" />
        <source>{programme} since {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="80" />
        <source>&lt;b&gt;Plan&lt;/b&gt; version {v}{due}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="82" />
        <source>, review due {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="88" />
        <source>&lt;b&gt;Open red flags:&lt;/b&gt; </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="94" />
        <source>Reparation: {done} of {required} done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="99" />
        <source> (corrected)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="42" />
        <source>&lt;h2&gt;Changes that need a person to decide&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="43" />
        <source>Two people changed the same thing without seeing each other's change. Both values are kept until you choose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="47" />
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="52" />
        <source>The values to choose from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="53" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="53" />
        <source>Written by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="54" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="58" />
        <source>Merged value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="59" />
        <source>Or write a merged value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="60" />
        <source>Save &amp;merged value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="62" />
        <source>&amp;Back to the caseload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="89" />
        <source>Nothing is in conflict.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="100" />
        <source>&lt;b&gt;{field}&lt;/b&gt; of {what} for {child}. Shown now: {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="102" />
        <source>the service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="106" />
        <source> (you)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="111" />
        <source>Keep mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="111" />
        <source>Keep this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="112" />
        <source>Keep {value}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="45" />
        <source>Record contact with {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="59" />
        <source> minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="74" />
        <source>What happened, written so the child could read it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="78" />
        <source>The child's own words (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="85" />
        <source>&amp;When:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="85" />
        <source>&amp;Length:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="86" />
        <source>&amp;Mode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="86" />
        <source>Se&amp;tting:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="87" />
        <source>&amp;Attendance:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="92" />
        <source>Present:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="94" />
        <source>Case &amp;note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="96" />
        <source>Case note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="98" />
        <source>Child's &amp;words:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="100" />
        <source>The child's own words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="102" />
        <source>&amp;How captured:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="104" />
        <source>How the words were captured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="111" />
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="142" />
        <source>A missed appointment: follow up by {date}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../yjfield/ui/crash.py" line="35" />
        <source>Something went wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/crash.py" line="36" />
        <source>&lt;b&gt;yjfield hit a problem it did not expect.&lt;/b&gt;&lt;br&gt;Everything you saved is safe on this laptop. Please copy the details below into a message to your IT service desk, then carry on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/crash.py" line="42" />
        <source>Details for the IT service desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/crash.py" line="44" />
        <source>&amp;Copy details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="27" />
        <source>&lt;h2&gt;Set up yjfield on this laptop&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="28" />
        <source>Sign in once with your service account. Then choose a passphrase: it protects the caseload kept on this laptop, and you will type it each time you unlock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="45" />
        <source>Passphrase strength</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="49" />
        <source>&amp;Set up this laptop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="52" />
        <source>First sync progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="56" />
        <source>Se&amp;rver:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="57" />
        <source>&amp;Username:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="58" />
        <source>Pass&amp;word:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="59" />
        <source>&amp;Passphrase for this laptop:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="60" />
        <source>&amp;Type it again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="82" />
        <source>At least 12 characters; a few words that mean something only to you work well.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="87" />
        <source>That passphrase is not strong enough yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="91" />
        <source>The two passphrases are different.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="92" />
        <source>Type the same passphrase in both boxes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="96" />
        <source>Some details are missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="97" />
        <source>Fill in the server, your username and password.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="40" />
        <source>yjfield</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="81" />
        <source>&amp;Lock now</source>
        <translation>&amp;Cloi nawr</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="84" />
        <source>&amp;Sync now</source>
        <translation>&amp;Cysoni nawr</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="87" />
        <source>Record &amp;contact…</source>
        <translation>Cofnodi &amp;cyswllt…</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="90" />
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="93" />
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="97" />
        <source>&amp;Record</source>
        <translation>&amp;Cofnodi</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="132" />
        <source>This laptop is set up, but the first sync did not finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="133" />
        <source>Unlock with your new passphrase; it will carry on when connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="242" />
        <source>Your choice is saved and will sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="255" />
        <source>Choose a child in the caseload first (use the arrow keys).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="264" />
        <source>Contact saved.</source>
        <translation>Cyswllt wedi'i gadw.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="18" />
        <source>Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="20" />
        <source>Changes waiting to sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="22" />
        <source>Last synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="25" />
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="26" />
        <source>Show what is in conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="29" />
        <source>Sync progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="32" />
        <location filename="../../yjfield/ui/sync_status.py" line="33" />
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="34" />
        <source>Sync now (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="45" />
        <source>● Online</source>
        <translation>● Ar-lein</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="46" />
        <source>○ Offline</source>
        <translation>○ All-lein</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="48" />
        <source>{n} changes waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="49" />
        <source>1 change waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="52" />
        <source>Last synced {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="55" />
        <source>Not synced yet</source>
        <translation>Heb gysoni eto</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="57" />
        <source>⚠ {n} in conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="68" />
        <source>Sending %p%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="69" />
        <source>Receiving %p%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="70" />
        <source>Checking</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="25" />
        <source>&lt;h2&gt;yjfield is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mae yjfield wedi'i gloi&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="26" />
        <source>Enter the passphrase for {who}'s caseload on this laptop.</source>
        <translation>Rhowch y cyfrinymadrodd ar gyfer llwyth achosion {who} ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="31" />
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="33" />
        <location filename="../../yjfield/ui/unlock_page.py" line="70" />
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="34" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="38" />
        <source>Unlock problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="40" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="51" />
        <source>Demo mode: the passphrase is &lt;b&gt;{passphrase}&lt;/b&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="70" />
        <source>Unlocking…</source>
        <translation>Yn datgloi…</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="94" />
        <source>You can try your passphrase again now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="96" />
        <source>&lt;b&gt;{what}&lt;/b&gt;&lt;br&gt;You can try again in {m}:{s:02d}.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>