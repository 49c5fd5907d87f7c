"""The child's voice in every face-to-face contact: no words asks why (unless the service
turns the prompt off), words can be marked as read back to the child, and a parent's or
carer's words are kept apart from the child's."""

from datetime import date

from pytestqt.qtbot import QtBot

from tests.ui.conftest import Laptop, in_dialog, open_window, press
from tests.ui.test_capture import choose
from yjfield.domain.codes import Speaker, VoicePurpose
from yjfield.domain.ids import new_id
from yjfield.domain.policy import LocalPolicy
from yjfield.ui.contact_dialog import ContactDialog
from yjfield.ui.voice_dialog import VoiceDialog


def test_a_parents_words_are_kept_apart_and_read_back_is_recorded(qtbot: QtBot,
                                                                  laptop: Laptop) -> None:
    child = laptop.children[0]
    window = open_window(qtbot, laptop.folder)
    choose(window, child)

    def say(dialog: VoiceDialog) -> None:
        qtbot.keyClicks(dialog.speaker, "A")  # the parent or carer (a space opens the list)
        dialog.words.setFocus()
        qtbot.keyClicks(dialog.words, "He's been helping with his little sister")
        dialog.read_back.setChecked(True)
        press(qtbot, dialog, "Ctrl+Return")

    in_dialog(window, say)
    press(qtbot, window, "Ctrl+Shift+V")
    session = window.session
    assert session is not None
    [entry] = session.child_record(child.id).voice
    assert (entry.speaker, entry.seen_by_child) == (Speaker.PARENT_CARER, True)
    shown = window.caseload_page.record.voice.item(0).text()
    assert shown.startswith("A parent or carer: ") and "read back to them" in shown

    def contact(dialog: ContactDialog) -> None:
        qtbot.keyClicks(dialog.note, "Met at the club")
        press(qtbot, dialog, "Ctrl+Return")
        assert dialog.isVisible() and dialog.no_words.isVisible()
        qtbot.keyClicks(dialog.no_words, "Declined")
        press(qtbot, dialog, "Ctrl+Return")

    in_dialog(window, contact)
    press(qtbot, window, "Ctrl+Shift+C")
    [line] = session.child_record(child.id).contacts
    assert line.contact.no_words_reason == "Declined to say anything for the record"
    window.lock()


def test_a_service_can_turn_the_prompt_off(qtbot: QtBot) -> None:
    dialog = ContactDialog(new_id(), "Tegan", LocalPolicy(ask_why_no_voice=False))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.note.setPlainText("Met at the club")
    dialog.accept()
    assert dialog.contact is not None and dialog.contact.no_words_reason is None
    assert dialog.contact.start.date() <= date.today()


def test_end_of_intervention_feedback_in_the_childs_words(qtbot: QtBot, laptop: Laptop) -> None:
    child = laptop.children[2]
    window = open_window(qtbot, laptop.folder)
    choose(window, child)

    def answer(dialog: VoiceDialog) -> None:
        assert "How was it for you?" in dialog.windowTitle()
        dialog.words.setFocus()
        qtbot.keyClicks(dialog.words, "Better than I thought. The garden was the best bit.")
        press(qtbot, dialog, "Ctrl+Return")

    in_dialog(window, answer)
    press(qtbot, window, "Ctrl+Shift+X")
    assert window.message_bar.text() == "Their feedback is saved in their words."
    session = window.session
    assert session is not None
    [entry] = session.child_record(child.id).voice
    assert (entry.purpose, entry.speaker, entry.topic) == (
        VoicePurpose.EXIT_FEEDBACK, Speaker.CHILD, "End-of-intervention feedback")
    window.lock()
