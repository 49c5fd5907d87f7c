<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>CaptureActions</name>
    <message>
        <location filename="../../yjfield/ui/capture_actions.py" line="93"/>
        <source>Choose a child in the caseload first (use the arrow keys).</source>
        <extracomment>The dialog open now, if any (tests drive it; lock closes it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/capture_actions.py" line="163"/>
        <source>Not saved: {what} Your input is kept; open the form again to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/capture_actions.py" line="181"/>
        <source>Contact saved.</source>
        <translation type="unfinished">Cyswllt wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/capture_actions.py" line="190"/>
        <source>The child&apos;s words are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/capture_actions.py" line="199"/>
        <source>Red flag raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/capture_actions.py" line="210"/>
        <source>Session saved; each child&apos;s hours are updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/capture_actions.py" line="222"/>
        <source>Plan saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/capture_actions.py" line="237"/>
        <source>Correction saved; the original is kept, marked as corrected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <location filename="../../yjfield/ui/capture_dialog.py" line="81"/>
        <source>&amp;Discard draft</source>
        <extracomment>How long after the last keystroke a draft is written.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/capture_dialog.py" line="82"/>
        <source>Discard the restored draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/capture_dialog.py" line="98"/>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/capture_dialog.py" line="160"/>
        <source>Your unsaved input from last time is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="58"/>
        <source>Search names and notes</source>
        <extracomment>What a reparation supervisor&apos;s device does not hold, so does not show. A victim worker&apos;s device holds who the child is and the victims&apos; compartment only.</extracomment>
        <translation>Chwilio enwau a nodiadau</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="59"/>
        <source>Search the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="62"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="63"/>
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="64"/>
        <source>Review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="65"/>
        <source>Not seen face to face as often as expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="67"/>
        <source>Open red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="68"/>
        <source>Missed appointments to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="70"/>
        <source>Reparation hours outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="76"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="89"/>
        <source>Children shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="100"/>
        <source>&amp;Search:</source>
        <translation>&amp;Chwilio:</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="104"/>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/caseload_page.py" line="191"/>
        <source>{shown} of {total} children</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../yjfield/ui/change_passphrase_dialog.py" line="14"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/change_passphrase_dialog.py" line="15"/>
        <source>Your passphrase protects the caseload on this laptop. Type the one you use now, then a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/change_passphrase_dialog.py" line="17"/>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/change_passphrase_dialog.py" line="22"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/change_passphrase_dialog.py" line="22"/>
        <source>&amp;Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/change_passphrase_dialog.py" line="18"/>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/change_passphrase_dialog.py" line="27"/>
        <source>Type your current passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/change_passphrase_dialog.py" line="28"/>
        <source>It is the one you unlock this laptop with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/change_passphrase_dialog.py" line="19"/>
        <source>&lt;b&gt;Your passphrase is changed.&lt;/b&gt; Use the new one from the next time you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../yjfield/ui/change_password_dialog.py" line="12"/>
        <source>Change service password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/change_password_dialog.py" line="13"/>
        <source>This is the password you sign in to the service with. Changing it needs a connection; your laptop stays signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/change_password_dialog.py" line="15"/>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/change_password_dialog.py" line="20"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/change_password_dialog.py" line="21"/>
        <source>&amp;Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/change_password_dialog.py" line="27"/>
        <source>At least 12 characters, not a common or breached password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/change_password_dialog.py" line="16"/>
        <source>C&amp;hange password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/change_password_dialog.py" line="34"/>
        <source>Some details are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/change_password_dialog.py" line="35"/>
        <source>Type your current password and the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/change_password_dialog.py" line="37"/>
        <source>The two new passwords are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/change_password_dialog.py" line="38"/>
        <source>Type the same new password in both boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/change_password_dialog.py" line="17"/>
        <source>&lt;b&gt;Your service password is changed.&lt;/b&gt; Use the new one when you next sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildRecordWidget</name>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="58"/>
        <source>The child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="65"/>
        <source>Reparation hours done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="82"/>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="86"/>
        <source>Reparatio&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="87"/>
        <source>Fla&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="100"/>
        <location filename="../../yjfield/ui/child_record.py" line="122"/>
        <source>Corr&amp;ect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="109"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="109"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="109"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="110"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="110"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="121"/>
        <source>The child&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="vanished">&amp;Crynodeb</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="83"/>
        <source>C&amp;ontacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="84"/>
        <source>&amp;Voice</source>
        <translation>&amp;Llais</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="85"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="88"/>
        <source>V&amp;ictims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="94"/>
        <source>Every way of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="95"/>
        <source>Show contacts by mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="96"/>
        <source>Any attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="97"/>
        <source>Show contacts by attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="101"/>
        <source>Correct the chosen contact (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="104"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="123"/>
        <source>Correct the chosen entry (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="171"/>
        <source>Choose a child in the caseload to see their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="184"/>
        <source>A parent or carer: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="185"/>
        <source>, read back to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="195"/>
        <source>Born {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="198"/>
        <source>Language: {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="200"/>
        <source>Characteristics of concern: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="203"/>
        <source>{programme} since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="208"/>
        <source>&lt;b&gt;Plan&lt;/b&gt; version {v}{due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="210"/>
        <source>, review due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="216"/>
        <source>&lt;b&gt;Open red flags:&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="220"/>
        <source>&lt;b&gt;Last contacts&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="227"/>
        <source>Reparation: {done} of {required} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="235"/>
        <source> (received; its laptop&apos;s clock was ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/child_record.py" line="249"/>
        <source> (corrected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="42"/>
        <source>&lt;h2&gt;Changes that need a person to decide&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="43"/>
        <source>Two people changed the same thing without seeing each other&apos;s change. Both values are kept until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="47"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="52"/>
        <source>The values to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="53"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="53"/>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="54"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="58"/>
        <source>Merged value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="59"/>
        <source>Or write a merged value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="60"/>
        <source>Save &amp;merged value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="62"/>
        <source>&amp;Back to the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="89"/>
        <source>Nothing is in conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="100"/>
        <source>&lt;b&gt;{field}&lt;/b&gt; of {what} for {child}. Shown now: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="102"/>
        <source>the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="106"/>
        <source> (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="111"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="111"/>
        <source>Keep this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/conflicts_page.py" line="112"/>
        <source>Keep {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="50"/>
        <source>Record contact with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="66"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="82"/>
        <source>What happened, written so the child could read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="85"/>
        <source>The child&apos;s own words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="87"/>
        <source>Read back to or seen by the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="90"/>
        <source>Declined to say anything for the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="91"/>
        <source>Not appropriate today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="92"/>
        <source>Too upset to talk about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="93"/>
        <location filename="../../yjfield/ui/contact_dialog.py" line="118"/>
        <source>Why no words from the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="97"/>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="98"/>
        <source>Acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="99"/>
        <source>Not acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="100"/>
        <source>Evidence awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="104"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="105"/>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="106"/>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="107"/>
        <source>Se&amp;tting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="108"/>
        <source>&amp;Attendance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="109"/>
        <source>Present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="111"/>
        <source>A&amp;bsence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="111"/>
        <source>Was the absence acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="112"/>
        <source>Case &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="112"/>
        <source>Case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="113"/>
        <source>The child&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="113"/>
        <source>Child&apos;s wo&amp;rds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="114"/>
        <source>&amp;How captured:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="115"/>
        <source>How the words were captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="117"/>
        <source>No words, &amp;because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="155"/>
        <source> (from the appointment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="166"/>
        <source>A missed appointment: follow up by {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/contact_dialog.py" line="207"/>
        <source>There are no words of the child&apos;s. Add them, or say briefly why (for example, they declined).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../yjfield/ui/correction_dialog.py" line="30"/>
        <source>Correct a {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/correction_dialog.py" line="36"/>
        <source>The original stays in the record, marked as corrected. Change what was wrong and say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/correction_dialog.py" line="40"/>
        <source>&amp;Corrected text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/correction_dialog.py" line="42"/>
        <source>Their &amp;reflection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/correction_dialog.py" line="44"/>
        <source>The victim&apos;s &amp;views:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/correction_dialog.py" line="49"/>
        <source>&amp;Attendance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/correction_dialog.py" line="56"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/correction_dialog.py" line="58"/>
        <source>&amp;Time credited:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/correction_dialog.py" line="58"/>
        <source>Time credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/correction_dialog.py" line="61"/>
        <source>For example: wrong date, wrong child, typo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/correction_dialog.py" line="62"/>
        <source>&amp;Why it is corrected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/correction_dialog.py" line="63"/>
        <source>Why it is corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/correction_dialog.py" line="97"/>
        <source>Nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/correction_dialog.py" line="100"/>
        <source>Say why it is corrected, so readers know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../yjfield/ui/crash.py" line="35"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/crash.py" line="36"/>
        <source>&lt;b&gt;yjfield hit a problem it did not expect.&lt;/b&gt;&lt;br&gt;Everything you saved is safe on this laptop. Please copy the details below into a message to your IT service desk, then carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/crash.py" line="42"/>
        <source>Details for the IT service desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/crash.py" line="44"/>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="27"/>
        <source>&lt;h2&gt;Set up yjfield on this laptop&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="28"/>
        <source>Sign in once with your service account. Then choose a passphrase: it protects the caseload kept on this laptop, and you will type it each time you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="38"/>
        <source>Only if your service gave you an authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="47"/>
        <source>&amp;Set up this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="50"/>
        <source>First sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="54"/>
        <source>Se&amp;rver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="55"/>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="56"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="57"/>
        <source>One-time &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="62"/>
        <source>&amp;Passphrase for this laptop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="63"/>
        <source>&amp;Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="81"/>
        <source>Some details are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/first_run_page.py" line="82"/>
        <source>Fill in the server, your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../yjfield/ui/flag_dialog.py" line="21"/>
        <source>Raise a red flag for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/flag_dialog.py" line="29"/>
        <source>What you saw or heard, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/flag_dialog.py" line="30"/>
        <source>If a child is in immediate danger, call 999 first. This flag tells the team; it does not replace a referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/flag_dialog.py" line="34"/>
        <source>&amp;Concern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/flag_dialog.py" line="34"/>
        <source>Kind of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/flag_dialog.py" line="35"/>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/flag_dialog.py" line="36"/>
        <source>&amp;What is the concern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/flag_dialog.py" line="37"/>
        <source>What is the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/flag_dialog.py" line="38"/>
        <source>A &amp;referral has been made already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/flag_dialog.py" line="40"/>
        <source>To whom: children&apos;s services, the police…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/flag_dialog.py" line="43"/>
        <source>Referral made now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/flag_dialog.py" line="44"/>
        <source>A referral has been made already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/flag_dialog.py" line="45"/>
        <source>Referred &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/flag_dialog.py" line="45"/>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/flag_dialog.py" line="66"/>
        <source>Say who the referral was made to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagsPage</name>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="156"/>
        <location filename="../../yjfield/ui/record_pages.py" line="161"/>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="158"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="158"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="158"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="159"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="159"/>
        <source>Last moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="160"/>
        <source>What is the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="170"/>
        <source>{stage} by {name}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="171"/>
        <source>a colleague</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="54"/>
        <source>yjfield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="131"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Cloi nawr</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="134"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Cysoni nawr</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="137"/>
        <source>Record &amp;contact…</source>
        <translation>Cofnodi &amp;cyswllt…</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="139"/>
        <source>Add the child&apos;s &amp;voice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="141"/>
        <source>Raise a red &amp;flag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="143"/>
        <source>Log a &amp;reparation session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="145"/>
        <source>Edit the &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="147"/>
        <source>C&amp;orrect the chosen entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="149"/>
        <source>Add a v&amp;ictim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="151"/>
        <source>Record contact with a vic&amp;tim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="153"/>
        <source>Record restorative &amp;justice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="156"/>
        <source>&amp;Programmes and orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="158"/>
        <source>Add reparation &amp;hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="160"/>
        <source>Book or move an &amp;appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="162"/>
        <source>&amp;Today and this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="164"/>
        <source>Reparation pro&amp;jects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="166"/>
        <source>Concerns to act &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="168"/>
        <source>&amp;Decide on a missed appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="170"/>
        <source>Approve &amp;breach proceedings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="172"/>
        <source>C&amp;hanges held for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="174"/>
        <source>The child&apos;s d&amp;etails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="176"/>
        <source>Record a re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="188"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="191"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="195"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="197"/>
        <source>Change service pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="199"/>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="202"/>
        <source>&amp;Record</source>
        <translation>&amp;Cofnodi</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="214"/>
        <source>C&amp;ase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="309"/>
        <source>This laptop is set up, but the first sync did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="310"/>
        <source>Unlock with your new passphrase; it will carry on when connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="446"/>
        <source>Accepted: it is applied as its author&apos;s change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="447"/>
        <source>Declined: the author&apos;s laptop shows your reason at its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="510"/>
        <source>Your choice is saved and will sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation type="vanished">Cyswllt wedi&apos;i gadw.</translation>
    </message>
</context>
<context>
    <name>MessageBarWidget</name>
    <message>
        <location filename="../../yjfield/ui/message_bar.py" line="31"/>
        <source>Dismiss the message</source>
        <extracomment>How long a message that is not an error stays, in milliseconds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFieldsWidget</name>
    <message>
        <location filename="../../yjfield/ui/passphrase_fields.py" line="36"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/passphrase_fields.py" line="39"/>
        <source>Su&amp;ggest one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/passphrase_fields.py" line="40"/>
        <source>Fill in five random words, shown so you can write them down somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/passphrase_fields.py" line="68"/>
        <source>At least 12 characters that are hard to guess: four or five unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/passphrase_fields.py" line="75"/>
        <source>That passphrase is not strong enough yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/passphrase_fields.py" line="77"/>
        <source>The two passphrases are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/passphrase_fields.py" line="78"/>
        <source>Type the same passphrase in both boxes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="53"/>
        <source>Plan for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="63"/>
        <source>Agreed version {v}. The child&apos;s section is in their own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="65"/>
        <source>Not agreed yet. Write the child&apos;s section with them, in their own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="68"/>
        <source>What I&apos;m &amp;good at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="69"/>
        <source>What I need &amp;help with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="70"/>
        <source>Who &amp;will help me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="78"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="78"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="78"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="79"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="79"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="71"/>
        <source>If left empty, wh&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="87"/>
        <source>Add a goa&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="90"/>
        <source>&amp;Agreed with the child (a new version), on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="96"/>
        <source>Date agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="107"/>
        <source>Next &amp;review due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="121"/>
        <source>The child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="121"/>
        <source>Their worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="122"/>
        <source>The child and their worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="126"/>
        <source>or a partner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="136"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="138"/>
        <source>Goal {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="139"/>
        <source>Area of goal {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="140"/>
        <source>Status of goal {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="141"/>
        <source>Who is responsible for goal {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="142"/>
        <source>Target date of goal {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="143"/>
        <source>Remove goal {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/plan_dialog.py" line="242"/>
        <source>Nothing has changed. Edit the plan, or press Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="57"/>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="61"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="61"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="62"/>
        <source>Plan goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="63"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="63"/>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="63"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="64"/>
        <source>Agreed versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="67"/>
        <source>&lt;b&gt;Agreed versions&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="74"/>
        <source>No plan yet. Press Ctrl+Shift+P to write one with the child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="80"/>
        <source>&lt;b&gt;{status}&lt;/b&gt;, version {v}; next review due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="82"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="83"/>
        <source>What I&apos;m good at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="84"/>
        <source>What I need help with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="85"/>
        <source>Who will help me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="88"/>
        <source>&lt;b&gt;Why the child&apos;s section is empty&lt;/b&gt;&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../yjfield/ui/problems_page.py" line="26"/>
        <source>&lt;h2&gt;Changes the server did not accept&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/problems_page.py" line="28"/>
        <source>They are kept on this laptop. A held change waits for a manager; for a refused one, read the reason and record it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/problems_page.py" line="31"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/problems_page.py" line="31"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/problems_page.py" line="31"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/problems_page.py" line="32"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/problems_page.py" line="32"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/problems_page.py" line="33"/>
        <source>Changes not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/problems_page.py" line="34"/>
        <source>&amp;Back to the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/problems_page.py" line="45"/>
        <source>Held for a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/problems_page.py" line="45"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReparationDialog</name>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="55"/>
        <source>Log a reparation session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="71"/>
        <source>What the group did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="74"/>
        <source>Type to find a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="80"/>
        <source>Children attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="81"/>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="82"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="82"/>
        <source>Date of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="83"/>
        <source>&amp;Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="83"/>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="84"/>
        <source>&amp;Ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="84"/>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="85"/>
        <source>&amp;Tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="86"/>
        <source>Signed &amp;off by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="87"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="87"/>
        <source>Find a child by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="92"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="92"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="93"/>
        <source>Their reflection (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="98"/>
        <source>{name} attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="103"/>
        <source>Minutes for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="105"/>
        <source>Reflection of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="160"/>
        <source>{count} attending, {hours} credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="166"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="199"/>
        <source>There are no reparation projects yet. A manager adds them; sync, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="222"/>
        <source>Confirm: save for {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/reparation_dialog.py" line="223"/>
        <source>Save this session: {count} attending, {hours} credited? Press Ctrl+Enter again to save it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReparationPage</name>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="101"/>
        <source>Reparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="105"/>
        <source>Reparation hours done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="106"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="106"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="106"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="107"/>
        <source>Their reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="107"/>
        <source>Reparation sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="108"/>
        <source>Corr&amp;ect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="109"/>
        <source>Correct the chosen session&apos;s hours or reflection (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="132"/>
        <source>{source}: {hours} by {deadline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="134"/>
        <source>no deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="135"/>
        <source> (direct reparation: agreement confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="136"/>
        <source>No reparation requirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="137"/>
        <source>&lt;b&gt;{done}&lt;/b&gt; credited, &lt;b&gt;{left}&lt;/b&gt; outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="143"/>
        <source>{p}% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/record_pages.py" line="145"/>
        <source> (corrected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestorativeDialog</name>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="198"/>
        <source>Record restorative justice ({name}&apos;s offence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="207"/>
        <source>In the victim&apos;s own words where you can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="209"/>
        <source>For example: apology accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="210"/>
        <source>&amp;Victim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="210"/>
        <source>Which victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="211"/>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="211"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="212"/>
        <source>&amp;Process:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="212"/>
        <source>Restorative process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="213"/>
        <source>Victim&apos;s &amp;views:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="213"/>
        <source>The victim&apos;s views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="214"/>
        <source>Out&amp;come:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="214"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretChangeDialog</name>
    <message>
        <location filename="../../yjfield/ui/secret_change_dialog.py" line="91"/>
        <source>Close</source>
        <extracomment>Called with (current, new); calls back with None when done, or (what, todo).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../yjfield/ui/sign_in_dialog.py" line="26"/>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sign_in_dialog.py" line="28"/>
        <source>The server needs your password again before this laptop can sync. Your work on this laptop is kept and will sync once you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sign_in_dialog.py" line="33"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sign_in_dialog.py" line="36"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sign_in_dialog.py" line="40"/>
        <source>One-time code, if your service gave you an authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sign_in_dialog.py" line="44"/>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sign_in_dialog.py" line="45"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sign_in_dialog.py" line="48"/>
        <source>One-time &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sign_in_dialog.py" line="52"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sign_in_dialog.py" line="68"/>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="20"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="22"/>
        <source>Changes waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="24"/>
        <source>Last synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="27"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="28"/>
        <source>Show what is in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="32"/>
        <source>Changes not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="33"/>
        <source>Show changes the server did not accept, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="36"/>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="39"/>
        <source>Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="40"/>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="41"/>
        <source>The server needs your password before this laptop can sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="45"/>
        <location filename="../../yjfield/ui/sync_status.py" line="46"/>
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="47"/>
        <source>Sync now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="60"/>
        <source>● Online</source>
        <translation>● Ar-lein</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="61"/>
        <source>○ Offline</source>
        <translation>○ All-lein</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="63"/>
        <source>{n} changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="64"/>
        <source>1 change waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="67"/>
        <source>Last synced {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="70"/>
        <source>Not synced yet</source>
        <translation>Heb gysoni eto</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="72"/>
        <source>⚠ {n} in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="74"/>
        <source>✕ {n} not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="79"/>
        <source>○ Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="90"/>
        <source>Sending %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="91"/>
        <source>Receiving %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/sync_status.py" line="92"/>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="25"/>
        <source>&lt;h2&gt;yjfield is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mae yjfield wedi&apos;i gloi&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="26"/>
        <source>Enter the passphrase for {who}&apos;s caseload on this laptop.</source>
        <translation>Rhowch y cyfrinymadrodd ar gyfer llwyth achosion {who} ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="28"/>
        <source>Enter the passphrase for the caseload on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="32"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="34"/>
        <location filename="../../yjfield/ui/unlock_page.py" line="71"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="35"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="39"/>
        <source>Unlock problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="41"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="52"/>
        <source>Demo mode: the passphrase is &lt;b&gt;{passphrase}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="71"/>
        <source>Unlocking…</source>
        <translation>Yn datgloi…</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="95"/>
        <source>You can try your passphrase again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/unlock_page.py" line="97"/>
        <source>&lt;b&gt;{what}&lt;/b&gt;&lt;br&gt;You can try again in {m}:{s:02d}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VictimActions</name>
    <message>
        <location filename="../../yjfield/ui/victim_actions.py" line="22"/>
        <source>Victim added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_actions.py" line="38"/>
        <source>Victim&apos;s details saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_actions.py" line="43"/>
        <source>Contact with the victim saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_actions.py" line="48"/>
        <source>Restorative justice record saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_actions.py" line="62"/>
        <source>No victim is recorded for {name} yet: add one first (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VictimContactDialog</name>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="151"/>
        <source>Record contact with a victim ({name}&apos;s offence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="160"/>
        <source>What was said, what they asked for, what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="162"/>
        <source>&amp;Victim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="162"/>
        <source>Which victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="163"/>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="163"/>
        <source>Date of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="164"/>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="164"/>
        <source>How you were in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="165"/>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="165"/>
        <source>Summary of the contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VictimDialog</name>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="67"/>
        <source>Add a victim of {name}&apos;s offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="68"/>
        <source>Change what is recorded about {victim}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="76"/>
        <source>A person&apos;s name, or the business or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="80"/>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="80"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="80"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="84"/>
        <source>For example: best times to call, needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="85"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="85"/>
        <source>Victim&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="86"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="86"/>
        <source>Kind of victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="87"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="87"/>
        <source>Victim&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="88"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="88"/>
        <source>Victim&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="89"/>
        <source>&amp;Agrees to be contacted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="90"/>
        <source>Agrees to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="91"/>
        <source>&amp;Wants restorative justice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="92"/>
        <source>Wants restorative justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="93"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victim_dialogs.py" line="93"/>
        <source>Notes about the victim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VictimsPage</name>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="17"/>
        <location filename="../../yjfield/ui/victims_page.py" line="26"/>
        <source>Victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="21"/>
        <source>&amp;Change the chosen victim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="22"/>
        <source>For example when they no longer agree to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="24"/>
        <location filename="../../yjfield/ui/victims_page.py" line="27"/>
        <source>Victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="24"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="25"/>
        <source>Agrees to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="25"/>
        <source>Wants RJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="26"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="27"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="27"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="28"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="28"/>
        <source>Contact and restorative justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="30"/>
        <source>Corr&amp;ect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="31"/>
        <source>Correct the chosen contact or restorative justice record (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="38"/>
        <source>&lt;b&gt;Contact and restorative justice&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="57"/>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="57"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="58"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="69"/>
        <source>No victims recorded for this child. Press Ctrl+Shift+N to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="71"/>
        <source>Ctrl+Shift+M records contact with a victim; Ctrl+Shift+J records restorative justice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="83"/>
        <source>Contact ({mode})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="86"/>
        <source> (corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/victims_page.py" line="88"/>
        <source> (a correction: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceDialog</name>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="26"/>
        <source>Add the voice of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="31"/>
        <source>Exactly what they said, wrote or drew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="33"/>
        <source>For example: school, home, the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="39"/>
        <source>The child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="40"/>
        <source>A parent or carer (kept apart from the child&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="42"/>
        <source>Read back to or seen by the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="43"/>
        <source>Wh&amp;ose words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="43"/>
        <source>Whose words these are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="44"/>
        <source>The &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="44"/>
        <source>The words, exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="45"/>
        <source>&amp;About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="45"/>
        <source>What the words are about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="46"/>
        <source>&amp;How captured:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="47"/>
        <source>How the words were captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="48"/>
        <source>W&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../yjfield/ui/run.py" line="28"/>
        <source>yjfield: {who}&apos;s laptop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
