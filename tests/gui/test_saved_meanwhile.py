"""Two people editing the same thing at once, in the app: a second connection to the same
journal (a file, or a team database on the session's PostgreSQL server) saves first, and the
dialog still open on the first connection is refused. It shows what the other person saved,
keeps every word its user typed, and lets them decide; nothing is overwritten silently.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from custjournal import ops
from custjournal.gui import dialogs
from custjournal.store import queries
from custjournal.store.journal import open_journal

both_backends = pytest.mark.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def other(journal_path):
    """The other person's connection to the same journal."""
    journal = open_journal(journal_path)
    yield journal
    journal.close()


@pytest.fixture
def show(qtbot):
    def shown(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        with qtbot.waitExposed(dialog):
            pass
        return dialog

    return shown


def detail(journal, customer_id: int) -> dict:
    with journal.read() as session:
        return queries.customer_detail(session, customer_id)


def hint_under(dialog, field) -> str:
    """The grey line shown under *field* after a refused save ('' when none)."""
    hint = dialog._meanwhile_hints.get(field)
    return hint.text() if hint is not None and hint.isVisible() else ""


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@both_backends
def test_a_conversation_saved_meanwhile_shows_theirs_and_keeps_what_you_typed(
    controller, other, show, keyboard, qtbot
):
    ada = ops.add_customer(controller.journal, "Ada Lovelace").id
    ops.log_conversation(
        controller.journal, ada, channel="call", summary="Spring order", notes="Wants samples"
    )
    entry = detail(controller.journal, ada)["conversations"][0]
    dialog = show(dialogs.ConversationDialog(controller, ada, entry))

    # The other person changes the summary and the channel, and saves first.
    conversation_id = int(entry["id"])
    ops.update_entry(
        other,
        "conversation",
        conversation_id,
        summary="Spring order: 40 kg",
        channel="email",
        version=entry["version"],
    )
    # Meanwhile this user rewrites the summary and adds to the notes.
    dialog.summary.setFocus()
    dialog.summary.selectAll()
    keyboard.type("Spring order, delivery in May")
    dialog.notes.setFocus()
    dialog.notes.moveCursor(dialog.notes.textCursor().MoveOperation.End)
    keyboard.type(" and a price list")
    click(qtbot, dialog.save_button)

    # Refused: nothing of theirs overwritten, the dialog stays open with a sentence.
    assert dialog.isVisible()
    saved = detail(controller.journal, ada)["conversations"][0]
    assert (saved["summary"], saved["notes"], saved["channel"]) == (
        "Spring order: 40 kg",
        "Wants samples",
        "email",
    )
    assert "Someone else saved this while you were editing" in dialog.general_error.text()
    assert "Nothing was saved yet" in dialog.general_error.text()
    # Every word typed is still in the fields.
    assert dialog.summary.toPlainText() == "Spring order, delivery in May"
    assert dialog.notes.toPlainText() == "Wants samples and a price list"
    # What they saved is shown: under the field both changed, and in the one only they did.
    assert hint_under(dialog, dialog.summary) == "Someone else saved: Spring order: 40 kg"
    assert dialog.channel.currentData() == "email"
    assert hint_under(dialog, dialog.channel) == "Changed by someone else meanwhile."
    assert hint_under(dialog, dialog.notes) == ""

    # Their version and back: the user's text is never lost by looking.
    assert dialog.theirs_button.isVisible()
    click(qtbot, dialog.theirs_button)
    assert dialog.summary.toPlainText() == "Spring order: 40 kg"
    assert dialog.notes.toPlainText() == "Wants samples and a price list"  # not disputed
    click(qtbot, dialog.theirs_button)
    assert dialog.summary.toPlainText() == "Spring order, delivery in May"

    # Save again: the user's changes on top of theirs, the other person's channel kept.
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    saved = detail(other, ada)["conversations"][0]
    assert (saved["summary"], saved["notes"], saved["channel"]) == (
        "Spring order, delivery in May",
        "Wants samples and a price list",
        "email",
    )


@both_backends
def test_a_promise_changed_elsewhere_in_other_fields_is_merged_after_a_look(
    controller, other, show, keyboard, qtbot
):
    """Only the other person's due date moved: the user's new text is kept, their date shown;
    the user sees it, saves again, and both changes stand."""
    ada = ops.add_customer(controller.journal, "Ada Lovelace").id
    ops.add_promise(controller.journal, ada, "Send the price list")
    entry = detail(controller.journal, ada)["promises"][0]
    dialog = show(dialogs.PromiseDialog(controller, ada, entry))
    ops.update_entry(
        other, "promise", int(entry["id"]), due_on=controller.today(), version=entry["version"]
    )
    dialog.text.setFocus()
    dialog.text.selectAll()
    keyboard.type("Send the spring price list")
    click(qtbot, dialog.save_button)

    assert dialog.isVisible()
    assert "their changes are shown now" in dialog.general_error.text()
    assert not dialog.theirs_button.isVisible()  # nothing disputed
    assert dialog.text.text() == "Send the spring price list"
    assert dialog.due.text() == controller.today().isoformat()
    assert hint_under(dialog, dialog.due) == "Changed by someone else meanwhile."
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    saved = detail(other, ada)["promises"][0]
    assert (saved["text"], str(saved["due_on"])) == (
        "Send the spring price list",
        controller.today().isoformat(),
    )


def test_an_entry_deleted_meanwhile_keeps_the_text_and_says_so(
    controller, other, show, keyboard, qtbot
):
    ada = ops.add_customer(controller.journal, "Ada Lovelace").id
    ops.add_gift(controller.journal, ada, "Tasting box")
    entry = detail(controller.journal, ada)["gifts"][0]
    dialog = show(dialogs.GiftDialog(controller, ada, entry))
    ops.update_entry(other, "gift", int(entry["id"]), occasion="Tenth order")
    ops.delete_entry(other, "gift", int(entry["id"]))
    dialog.reaction.setFocus()
    keyboard.type("Loved it")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.reaction.text() == "Loved it"
    assert dialog.general_error.text()
