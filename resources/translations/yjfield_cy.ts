<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name></name>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="29"/>
        <source>The absence was acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="30"/>
        <source>Agree a re-engagement plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="31"/>
        <source>Close the work: not engaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="32"/>
        <source>Give a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="33"/>
        <source>Start breach proceedings (a manager approves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="34"/>
        <source>Ask the panel for a progress meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="35"/>
        <source>Refer back to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="36"/>
        <source>Not acceptable: a failure to comply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../yjfield/ui/case/appointment_dialog.py" line="30"/>
        <source>Appointments with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/appointment_dialog.py" line="37"/>
        <source>Book a new appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/appointment_dialog.py" line="50"/>
        <source>What it is for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/appointment_dialog.py" line="51"/>
        <location filename="../../yjfield/ui/case/appointment_dialog.py" line="57"/>
        <source>Cancel this appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/appointment_dialog.py" line="52"/>
        <source>&amp;Appointment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/appointment_dialog.py" line="52"/>
        <source>Which appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/appointment_dialog.py" line="53"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/appointment_dialog.py" line="53"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/appointment_dialog.py" line="54"/>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/appointment_dialog.py" line="54"/>
        <source>How you will meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/appointment_dialog.py" line="55"/>
        <source>Whe&amp;re:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/appointment_dialog.py" line="55"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/appointment_dialog.py" line="56"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachApprovalDialog</name>
    <message>
        <location filename="../../yjfield/ui/case/breach_dialog.py" line="21"/>
        <source>Approve breach proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/breach_dialog.py" line="35"/>
        <source>Anything the court officer should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/breach_dialog.py" line="36"/>
        <source>&amp;Proposal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/breach_dialog.py" line="36"/>
        <source>Breach proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/breach_dialog.py" line="38"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/breach_dialog.py" line="38"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/breach_dialog.py" line="40"/>
        <source>No breach proceedings are waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/breach_dialog.py" line="43"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/breach_dialog.py" line="52"/>
        <source>the case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/breach_dialog.py" line="53"/>
        <source>Proposed by {by}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/breach_dialog.py" line="66"/>
        <source>There is nothing to approve.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <location filename="../../yjfield/ui/capture_actions.py" line="201"/>
        <source>Their feedback is saved in their words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/capture_actions.py" line="210"/>
        <source>Red flag raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/capture_actions.py" line="221"/>
        <source>Session saved; each child&apos;s hours are updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/capture_actions.py" line="233"/>
        <source>Plan saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/capture_actions.py" line="248"/>
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
    <name>CaseActions</name>
    <message>
        <location filename="../../yjfield/ui/case/case_actions.py" line="78"/>
        <source>Programme saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/case_actions.py" line="86"/>
        <source>Reparation hours saved; they show in the caseload&apos;s Hours to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/case_actions.py" line="99"/>
        <source>Appointment saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/case_actions.py" line="106"/>
        <source>Review saved; the next review is counted from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/case_actions.py" line="111"/>
        <source>Concern acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/case_actions.py" line="112"/>
        <source>Action recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/case_actions.py" line="113"/>
        <source>Concern closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/case_actions.py" line="125"/>
        <source>Decision saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/case_actions.py" line="134"/>
        <source>Breach proceedings approved; the case manager sees it after their sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/case_actions.py" line="146"/>
        <source>The child&apos;s details are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/case_actions.py" line="154"/>
        <source>Project saved; supervisors see it after their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/case_actions.py" line="169"/>
        <source>Contact saved.</source>
        <translation type="unfinished">Cyswllt wedi&apos;i gadw.</translation>
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
    <name>ChildDetailsDialog</name>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="55"/>
        <source>Details of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="68"/>
        <source>Which language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="69"/>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="74"/>
        <source>For example: needs time to answer; prefers pictures to written words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="75"/>
        <source>Additional learning needs (ALN) identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="77"/>
        <source>Special educational needs or disability (SEND) identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="85"/>
        <source>Looked after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="86"/>
        <source>Child in need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="87"/>
        <source>Child protection plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="90"/>
        <source>since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="96"/>
        <source>{status} since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="101"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="101"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="102"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="102"/>
        <source>Their language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="110"/>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="113"/>
        <source>Name of key contact {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="114"/>
        <source>Relationship of key contact {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="115"/>
        <source>Phone of key contact {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="115"/>
        <source>Language of key contact {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="122"/>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="123"/>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="124"/>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="124"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="125"/>
        <source>&amp;Preferred name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="126"/>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="127"/>
        <source>&amp;Ethnicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="128"/>
        <source>Lang&amp;uage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="128"/>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="129"/>
        <source>&amp;Other language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="130"/>
        <source>Which other language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="131"/>
        <source>Date the language preference was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="132"/>
        <source>&amp;Communication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="133"/>
        <source>Communication needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="135"/>
        <source>&amp;School or ETE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="136"/>
        <source>School or ETE provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="139"/>
        <source>Legal status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="142"/>
        <source>Key contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/child_details_dialog.py" line="223"/>
        <source>Nothing has changed. Edit a detail, or press Cancel.</source>
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
    <name>DecisionDialog</name>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="49"/>
        <source>Decide on a missed appointment: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="68"/>
        <source>What happened, and why you decided this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="70"/>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="76"/>
        <source>Warning letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="71"/>
        <source>&amp;Missed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="71"/>
        <source>Missed appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="74"/>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="75"/>
        <source>&amp;Circumstances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="75"/>
        <source>Circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="76"/>
        <source>&amp;Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="78"/>
        <source>No missed appointment of {name}&apos;s is waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="105"/>
        <source>Programme: {programme}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="107"/>
        <source>none recorded (treated as voluntary work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="108"/>
        <source>Warnings in the warned period: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="113"/>
        <source>This is a further failure in a warned period in which a further warning was already given: breach proceedings must start. A service manager approves them from their own laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="137"/>
        <source>you did not come to your appointment and did not tell us why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="162"/>
        <source>There is nothing to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/decision_dialog.py" line="166"/>
        <source>Say what happened and why you decided this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <location filename="../../yjfield/ui/case/diary_page.py" line="23"/>
        <source>&lt;h2&gt;Today and this week&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/diary_page.py" line="27"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/diary_page.py" line="27"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/diary_page.py" line="27"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/diary_page.py" line="27"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/diary_page.py" line="28"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/diary_page.py" line="28"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/diary_page.py" line="28"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/diary_page.py" line="31"/>
        <source>Record the &amp;contact for this appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/diary_page.py" line="33"/>
        <source>&amp;Back to the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/diary_page.py" line="47"/>
        <source>No appointments booked for the coming week. Book one from the Case menu (Ctrl+Shift+A) with a child chosen in the caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/diary_page.py" line="51"/>
        <source>{count} past appointment(s) have no outcome recorded: choose one and press Enter to record what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/diary_page.py" line="54"/>
        <source>Choose an appointment and press Enter to record the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/diary_page.py" line="60"/>
        <source>Outcome not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/diary_page.py" line="61"/>
        <source>Contact recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <location filename="../../yjfield/ui/case/figures_page.py" line="27"/>
        <source>&lt;h2&gt;My caseload in figures&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/figures_page.py" line="28"/>
        <source>Worked out on this laptop from what it holds, so it is as up to date as the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/figures_page.py" line="34"/>
        <source>children on the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/figures_page.py" line="35"/>
        <source>plan reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/figures_page.py" line="36"/>
        <source>not seen face to face as often as expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/figures_page.py" line="37"/>
        <source>missed appointments to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/figures_page.py" line="38"/>
        <source>concerns not yet closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/figures_page.py" line="39"/>
        <source>appointments in the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/figures_page.py" line="57"/>
        <source>Face-to-face contacts with the child&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/figures_page.py" line="59"/>
        <source>Agreed plans with the child&apos;s own section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/figures_page.py" line="64"/>
        <source>&amp;Back to the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/figures_page.py" line="71"/>
        <source>&lt;b&gt;The child&apos;s voice&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/figures_page.py" line="87"/>
        <source>{share}% of {whole} face-to-face contacts have the child&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/figures_page.py" line="89"/>
        <source>No face-to-face contacts recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/figures_page.py" line="91"/>
        <source>{share}% of {whole} agreed plans have the child&apos;s own section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/figures_page.py" line="92"/>
        <source>No agreed plans yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/figures_page.py" line="93"/>
        <source>Reparation: {done} credited of {required} required</source>
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
    <name>FlagMoveDialog</name>
    <message>
        <location filename="../../yjfield/ui/case/flag_move_dialog.py" line="28"/>
        <source>Acknowledge a concern about {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flag_move_dialog.py" line="29"/>
        <source>Record action on a concern about {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flag_move_dialog.py" line="30"/>
        <source>Close a concern about {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flag_move_dialog.py" line="38"/>
        <source>&lt;b&gt;{category}, {severity}&lt;/b&gt; raised {when}:&lt;br&gt;{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flag_move_dialog.py" line="45"/>
        <source>What you did, or will do, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flag_move_dialog.py" line="47"/>
        <source>Choose how it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flag_move_dialog.py" line="48"/>
        <source>Referral made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flag_move_dialog.py" line="49"/>
        <source>Safety plan in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flag_move_dialog.py" line="51"/>
        <source>No further action (say why in the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flag_move_dialog.py" line="54"/>
        <source>For example: children&apos;s services front door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flag_move_dialog.py" line="56"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flag_move_dialog.py" line="56"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flag_move_dialog.py" line="58"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flag_move_dialog.py" line="58"/>
        <source>How the concern ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flag_move_dialog.py" line="59"/>
        <source>Referred &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flag_move_dialog.py" line="59"/>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flag_move_dialog.py" line="60"/>
        <source>Their &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flag_move_dialog.py" line="61"/>
        <source>Their reference</source>
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
    <name>FlagsToActPage</name>
    <message>
        <location filename="../../yjfield/ui/case/flags_page.py" line="22"/>
        <source>&lt;h2&gt;Concerns to act on&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flags_page.py" line="25"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flags_page.py" line="25"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flags_page.py" line="25"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flags_page.py" line="26"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flags_page.py" line="26"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flags_page.py" line="27"/>
        <source>Acknowledge by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flags_page.py" line="27"/>
        <source>What is the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flags_page.py" line="28"/>
        <source>Concerns to act on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flags_page.py" line="30"/>
        <source>Ac&amp;knowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flags_page.py" line="31"/>
        <source>Record acti&amp;on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flags_page.py" line="32"/>
        <source>&amp;Close with outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flags_page.py" line="40"/>
        <source>&amp;Back to the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flags_page.py" line="54"/>
        <source>No open concerns on your caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flags_page.py" line="56"/>
        <source>{n} concern(s) not acknowledged in the service&apos;s time (shown in red).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flags_page.py" line="59"/>
        <source>Choose a concern, then acknowledge it, record the action taken, or close it with its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/flags_page.py" line="77"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeldChangesPage</name>
    <message>
        <location filename="../../yjfield/ui/case/held_page.py" line="33"/>
        <source>&lt;h2&gt;Changes held for your decision&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/held_page.py" line="36"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/held_page.py" line="36"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/held_page.py" line="36"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/held_page.py" line="37"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/held_page.py" line="37"/>
        <source>Why it was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/held_page.py" line="38"/>
        <source>Changes held for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/held_page.py" line="41"/>
        <source>What the change carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/held_page.py" line="43"/>
        <source>Reason for declining (the author reads it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/held_page.py" line="44"/>
        <source>Reason for declining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/held_page.py" line="45"/>
        <source>Acce&amp;pt: apply it as theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/held_page.py" line="46"/>
        <source>&amp;Decline with this reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/held_page.py" line="53"/>
        <source>&amp;Back to the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/held_page.py" line="65"/>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/held_page.py" line="73"/>
        <source>Nothing is waiting for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/held_page.py" line="74"/>
        <source>Choose a change and read what it carries, then accept or decline it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/held_page.py" line="99"/>
        <source>Give the reason for declining: the practitioner who made the change reads it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="55"/>
        <source>yjfield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="135"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Cloi nawr</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="138"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Cysoni nawr</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="141"/>
        <source>Record &amp;contact…</source>
        <translation>Cofnodi &amp;cyswllt…</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="143"/>
        <source>Add the child&apos;s &amp;voice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="145"/>
        <source>Raise a red &amp;flag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="147"/>
        <source>End-of-intervention feed&amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="149"/>
        <source>Log a &amp;reparation session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="151"/>
        <source>Edit the &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="153"/>
        <source>C&amp;orrect the chosen entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="155"/>
        <source>Add a v&amp;ictim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="157"/>
        <source>Record contact with a vic&amp;tim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="159"/>
        <source>Record restorative &amp;justice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="162"/>
        <source>&amp;Programmes and orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="164"/>
        <source>Add reparation &amp;hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="166"/>
        <source>Book or move an &amp;appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="168"/>
        <source>&amp;Today and this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="170"/>
        <source>My caseload in fi&amp;gures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="172"/>
        <source>Reparation pro&amp;jects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="174"/>
        <source>Concerns to act &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="176"/>
        <source>&amp;Decide on a missed appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="178"/>
        <source>Approve &amp;breach proceedings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="180"/>
        <source>Changes held for a de&amp;cision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="182"/>
        <source>The child&apos;s d&amp;etails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="184"/>
        <source>Record a re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="196"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="199"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="203"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="205"/>
        <source>Change service pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="207"/>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="210"/>
        <source>&amp;Record</source>
        <translation>&amp;Cofnodi</translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="222"/>
        <source>C&amp;ase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="319"/>
        <source>This laptop is set up, but the first sync did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="320"/>
        <source>Unlock with your new passphrase; it will carry on when connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="466"/>
        <source>Accepted: it is applied as its author&apos;s change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="467"/>
        <source>Declined: the author&apos;s laptop shows your reason at its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/main_window.py" line="530"/>
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
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="34"/>
        <source>Programmes and orders for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="43"/>
        <source>New programme or order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="52"/>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="53"/>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="54"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="56"/>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="57"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="59"/>
        <source>Revoked early for good progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="61"/>
        <source>Returned to court or resentenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="62"/>
        <source>Transferred to another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="63"/>
        <source>Other (say why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="68"/>
        <source>Why it ended, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="72"/>
        <source>What changed for the child, and what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="73"/>
        <source>While the order runs, its end date is the date set by the court or the panel. To close it, choose why it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="76"/>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="76"/>
        <source>Which programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="77"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="77"/>
        <source>Programme or order type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="78"/>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="78"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="79"/>
        <source>&amp;End date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="79"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="80"/>
        <source>&amp;Conviction date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="80"/>
        <source>Conviction date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="81"/>
        <source>Eligibility e&amp;vent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="82"/>
        <source>Date of the event that made the child eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="84"/>
        <source>Ended &amp;because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="84"/>
        <source>Why it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="85"/>
        <source>In &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="85"/>
        <source>Why it ended, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="86"/>
        <source>E&amp;xit summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="86"/>
        <source>Exit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/programme_dialog.py" line="159"/>
        <source>Closing a programme needs its exit summary: what changed for the child, and what happens next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../yjfield/ui/case/project_dialog.py" line="22"/>
        <source>Reparation projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/project_dialog.py" line="28"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/project_dialog.py" line="30"/>
        <source> (not active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/project_dialog.py" line="34"/>
        <source>For example: Riverside community garden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/project_dialog.py" line="39"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/project_dialog.py" line="41"/>
        <source>The risk assessment&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/project_dialog.py" line="42"/>
        <source>Active: supervisors can log sessions here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/project_dialog.py" line="44"/>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/project_dialog.py" line="44"/>
        <source>Which project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/project_dialog.py" line="45"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/project_dialog.py" line="45"/>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/project_dialog.py" line="46"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/project_dialog.py" line="47"/>
        <source>Direct or indirect reparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/project_dialog.py" line="48"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/project_dialog.py" line="48"/>
        <source>Host organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/project_dialog.py" line="49"/>
        <source>Pla&amp;ces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/project_dialog.py" line="49"/>
        <source>Places per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/project_dialog.py" line="50"/>
        <source>&amp;Risk assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/project_dialog.py" line="51"/>
        <source>Risk assessment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/project_dialog.py" line="52"/>
        <source>Active</source>
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
    <name>RequirementDialog</name>
    <message>
        <location filename="../../yjfield/ui/case/requirement_dialog.py" line="30"/>
        <source>Reparation hours for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/requirement_dialog.py" line="44"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/requirement_dialog.py" line="46"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/requirement_dialog.py" line="48"/>
        <source>Only needed above the service&apos;s cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/requirement_dialog.py" line="49"/>
        <source>The person harmed has agreed to direct reparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/requirement_dialog.py" line="50"/>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/requirement_dialog.py" line="50"/>
        <source>Programme or order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/requirement_dialog.py" line="51"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/requirement_dialog.py" line="51"/>
        <source>Where the hours come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/requirement_dialog.py" line="52"/>
        <source>&amp;Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/requirement_dialog.py" line="52"/>
        <source>Hours required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/requirement_dialog.py" line="53"/>
        <source>S&amp;tart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/requirement_dialog.py" line="53"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/requirement_dialog.py" line="54"/>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/requirement_dialog.py" line="54"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/requirement_dialog.py" line="55"/>
        <source>&amp;Reason for more hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/requirement_dialog.py" line="56"/>
        <source>Reason for hours above the cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/requirement_dialog.py" line="60"/>
        <source>{name} has no open programme. Add the programme or order first (Case menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/requirement_dialog.py" line="116"/>
        <source>Add the child&apos;s programme or order first.</source>
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
    <name>ReviewDialog</name>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="23"/>
        <source>Review of {name}&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="34"/>
        <source>What the child said, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="36"/>
        <source>Only if the child&apos;s view could not be heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="39"/>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="52"/>
        <source>What the parent or carer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="42"/>
        <source>What was decided and what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="45"/>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="45"/>
        <source>Date of the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="46"/>
        <source>&amp;Why now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="46"/>
        <source>Why the review was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="47"/>
        <source>The &amp;child said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="48"/>
        <source>What the child said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="49"/>
        <source>If not, wh&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="50"/>
        <source>Why the child&apos;s view is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="51"/>
        <source>&amp;Parent or carer said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="53"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="54"/>
        <source>&amp;Next review by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="55"/>
        <source>Next review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="60"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="61"/>
        <source>Significant change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="62"/>
        <source>Non-compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="63"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="64"/>
        <source>End of the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="103"/>
        <source>Record what the child said, or why their view could not be heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/case/review_dialog.py" line="107"/>
        <source>Record the outcome: what was decided.</source>
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
        <location filename="../../yjfield/ui/voice_dialog.py" line="28"/>
        <source>How was it for you? End-of-intervention feedback from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="29"/>
        <source>Add the voice of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="36"/>
        <source>Exactly what they said, wrote or drew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="38"/>
        <source>For example: school, home, the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="44"/>
        <source>The child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="45"/>
        <source>A parent or carer (kept apart from the child&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="47"/>
        <source>Read back to or seen by the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="49"/>
        <source>Ask: “How was it for you?” What helped, what did not, what would you change? Write their answer in their words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="53"/>
        <source>End-of-intervention feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="54"/>
        <source>Wh&amp;ose words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="54"/>
        <source>Whose words these are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="55"/>
        <source>The &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="55"/>
        <source>The words, exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="56"/>
        <source>&amp;About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="56"/>
        <source>What the words are about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="57"/>
        <source>&amp;How captured:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="58"/>
        <source>How the words were captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../yjfield/ui/voice_dialog.py" line="59"/>
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
