"""The customer and entry dialogs driven as a person would: typing, Tab, Enter, Esc, clicks.

Each test checks what the journal then holds (read back with store.queries) and what the dialog
shows: the red sentence under a field for a bad value, with nothing written.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from custjournal import ops
from custjournal.domain.changes import Changed
from custjournal.domain.errors import Field
from custjournal.gui import dialogs, theme
from custjournal.gui.forms import DateField, FormDialog
from custjournal.gui.quick_log import CustomerPicker, QuickLogDialog
from custjournal.store import queries

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier

# Completion lists and the calendar are popups; the offscreen platform can't raise them or let
# them grab the keyboard and says so. Harmless here, and not said on a real desktop.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing", extend=True
)


@pytest.fixture
def ada(controller) -> int:
    return ops.add_customer(
        controller.journal, "Ada Lovelace", company="Analytical Engines", stage="connection"
    ).id


@pytest.fixture
def show(qtbot):
    def shown(dialog: QDialog) -> QDialog:
        qtbot.addWidget(dialog)
        dialog.show()
        with qtbot.waitExposed(dialog):
            pass
        return dialog

    return shown


def detail(controller, customer_id: int) -> dict:
    with controller.journal.read() as session:
        return queries.customer_detail(session, customer_id)


def count(controller, table: str) -> int:
    with controller.journal.read() as session:
        return session.connection().exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()


def focused() -> QWidget | None:
    return QApplication.focusWidget()


# --- customers ---------------------------------------------------------------------------------


def test_new_customer_typed_field_by_field_and_saved_with_enter(show, controller, keyboard, qtbot):
    dialog = show(dialogs.CustomerDialog(controller))
    assert dialog.windowTitle() == "New customer"
    assert focused() is dialog.name
    keyboard.type("Grace Hopper")
    keyboard.tab()
    keyboard.type("Navy")
    keyboard.tab()
    keyboard.type("Rear admiral")
    keyboard.tab()
    keyboard.type("grace@navy.example")
    keyboard.tab()
    keyboard.type("+1 555 0100")
    keyboard.tab()
    keyboard.type("conn")  # stage combo: first letters pick Connection (not Consideration)
    keyboard.tab()
    keyboard.type("vip, compilers")
    keyboard.tab()
    keyboard.type("10")  # own cadence
    keyboard.tab()
    keyboard.type("a")  # tier pin: A (pinned)
    with qtbot.waitSignal(dialog.saved):
        keyboard.press(Qt.Key.Key_Tab)
        keyboard.type("Met at the conference")
        keyboard.press(Qt.Key.Key_Return, CTRL)  # notes are multi-line: Ctrl+Enter saves

    assert not dialog.isVisible()
    result = dialog.result_value
    assert isinstance(result, ops.Result)
    d = detail(controller, result.id)
    assert (d["name"], d["company"], d["role"]) == ("Grace Hopper", "Navy", "Rear admiral")
    assert (d["email"], d["phone"]) == ("grace@navy.example", "+1 555 0100")
    assert d["stage"] == "connection"
    assert d["tags"] == ["compilers", "vip"]
    assert d["cadence_days"] == 10
    assert d["tier_pin"] == "A"
    assert d["notes"] == "Met at the conference"


def test_enter_in_a_line_field_saves(show, controller, keyboard):
    dialog = show(dialogs.CustomerDialog(controller))
    keyboard.type("Katherine Johnson")
    keyboard.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    d = detail(controller, dialog.result_value.id)
    assert d["name"] == "Katherine Johnson"
    assert d["stage"] == "prospecting"
    assert d["cadence_days"] is None and d["tier_pin"] is None


def test_an_empty_name_is_refused_under_the_field_and_nothing_is_written(
    show, controller, keyboard, qtbot
):
    dialog = show(dialogs.CustomerDialog(controller))
    keyboard.type("   ")
    keyboard.tab()
    keyboard.type("Navy")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_text("name") == "The name can't be empty."
    error_label = next(
        w for w in dialog.findChildren(QLabel) if w.objectName() == "fieldError" and w.isVisible()
    )
    # The sentence sits right under the name field, in the field column.
    assert error_label.geometry().top() >= dialog.name.geometry().bottom()
    assert error_label.geometry().left() == dialog.name.geometry().left()
    assert focused() is dialog.name
    assert dialog.name.property("invalid") is True  # for a red frame in the style sheet
    assert dialog.result_value is None
    assert count(controller, "customer") == 0
    keyboard.type("Grace")  # typing again clears the complaint
    assert dialog.error_text("name") == ""
    assert not error_label.isVisible()
    assert dialog.name.property("invalid") is False


def discard_question(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert box.text() == "Discard what you typed?"
    return box


def answer(qtbot, box: QMessageBox, key: Qt.Key) -> None:
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, key)


def test_escape_cancels_a_new_customer(show, controller, keyboard, qtbot):
    dialog = show(dialogs.CustomerDialog(controller))
    keyboard.type("Somebody")
    keyboard.press(Qt.Key.Key_Escape)
    # Something was typed: Esc asks first; D (Discard) closes without saving.
    answer(qtbot, discard_question(qtbot), Qt.Key.Key_D)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert count(controller, "customer") == 0


def test_escape_on_an_untouched_dialog_closes_it_without_asking(show, controller, ada, keyboard):
    dialog = show(dialogs.PromiseDialog(controller, ada))
    keyboard.press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return])
def test_escape_after_typing_in_an_entry_dialog_asks_and_keeps_it(
    show, controller, ada, keyboard, qtbot, key
):
    """Esc or Enter on the question keeps editing (the safe answer is the default)."""
    dialog = show(dialogs.PromiseDialog(controller, ada))
    keyboard.type("Send the brochure")
    keyboard.press(Qt.Key.Key_Escape)
    answer(qtbot, discard_question(qtbot), key)
    assert dialog.isVisible()
    assert dialog.text.text() == "Send the brochure"
    dialog.cancel_button.click()  # Cancel asks the same question
    answer(qtbot, discard_question(qtbot), Qt.Key.Key_D)
    assert not dialog.isVisible()
    assert detail(controller, ada)["promises"] == []


def test_an_edit_dialog_asks_only_once_a_value_is_changed(show, controller, ada, keyboard, qtbot):
    dialog = show(dialogs.CustomerDialog(controller, ada))  # filled from the journal
    assert not dialog.has_typed_content()
    keyboard.press(Qt.Key.Key_End)
    keyboard.type("x")
    assert dialog.has_typed_content()
    keyboard.press(Qt.Key.Key_Backspace)
    assert not dialog.has_typed_content()  # back as it was: nothing to lose
    keyboard.press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_editing_a_customer_records_a_stage_change_in_the_history(show, controller, ada, keyboard):
    dialog = show(dialogs.CustomerDialog(controller, ada))
    assert dialog.windowTitle() == "Edit Ada Lovelace"
    assert dialog.name.text() == "Ada Lovelace"
    assert dialog.stage.currentData() == "connection"
    dialog.stage.setFocus()
    keyboard.type("l")  # Loyalty
    dialog.tags.setFocus()
    keyboard.type("vip")
    dialog.archived.setFocus()
    keyboard.press(Qt.Key.Key_Space)
    keyboard.press(Qt.Key.Key_Return)

    assert not dialog.isVisible()
    d = detail(controller, ada)
    assert d["stage"] == "loyalty"
    assert d["tags"] == ["vip"]
    assert d["archived"] is True
    assert [(s["from_stage"], s["stage"]) for s in d["stage_history"]] == [
        ("connection", "loyalty"),
        (None, "connection"),
    ]
    wanted = Changed.CUSTOMER | Changed.STAGE_CHANGE
    assert dialog.result_value.change.what & wanted == wanted


def test_editing_without_a_stage_change_adds_no_history(show, controller, ada, keyboard):
    dialog = show(dialogs.CustomerDialog(controller, ada))
    dialog.company.setFocus()
    dialog.company.selectAll()
    keyboard.type("Babbage & Co")
    keyboard.press(Qt.Key.Key_Return)
    d = detail(controller, ada)
    assert d["company"] == "Babbage & Co"
    assert len(d["stage_history"]) == 1


def test_cadence_shows_the_stage_default_until_one_is_given(show, controller, ada, keyboard):
    dialog = show(dialogs.CustomerDialog(controller, ada))
    assert dialog.cadence.text() == "Stage default (21 days)"  # Connection's cadence
    dialog.stage.setFocus()
    keyboard.type("p")
    assert dialog.cadence.text() == "Stage default (14 days)"  # Prospecting's


def test_a_mnemonic_moves_to_its_field(show, controller, keyboard):
    dialog = show(dialogs.CustomerDialog(controller))
    keyboard.press(Qt.Key.Key_M, ALT)  # Co&mpany
    assert focused() is dialog.company
    keyboard.press(Qt.Key.Key_O, ALT)  # N&otes
    assert focused() is dialog.notes


# --- facts ---------------------------------------------------------------------------------------


def test_the_day_of_year_is_asked_only_for_an_important_date(show, controller, ada, keyboard):
    dialog = show(dialogs.FactDialog(controller, ada))
    assert focused() is dialog.category
    assert not dialog.month_day.isEnabled()
    keyboard.type("im")  # Important date
    assert dialog.month_day.isEnabled()
    keyboard.tab()
    keyboard.type("Wedding anniversary")
    keyboard.press(Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "needs its day of the year" in dialog.error_text(Field.DAY_OF_YEAR)
    assert focused() is dialog.month_day

    keyboard.type("13-40")
    keyboard.press(Qt.Key.Key_Return)
    assert "'13-40' is not a valid recurring date" in dialog.error_text(Field.DAY_OF_YEAR)
    assert count(controller, "fact") == 0

    dialog.month_day.selectAll()
    keyboard.type("06-21")
    keyboard.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (fact,) = detail(controller, ada)["facts"]
    assert (fact["category"], fact["text"], fact["month"], fact["day"]) == (
        "important-date",
        "Wedding anniversary",
        6,
        21,
    )


def test_a_fact_learned_yesterday_and_edited_later(show, controller, ada, keyboard):
    dialog = show(dialogs.FactDialog(controller, ada))
    keyboard.type("in")  # Interests
    keyboard.tab()
    keyboard.type("Sails on weekends")
    keyboard.tab()  # the disabled day-of-year field is skipped
    assert focused() is dialog.learned
    keyboard.type("yesterday")
    keyboard.press(Qt.Key.Key_Return)
    (fact,) = detail(controller, ada)["facts"]
    assert fact["category"] == "interests"
    assert fact["learned_on"] == controller.today() - dt.timedelta(days=1)

    edit = show(dialogs.FactDialog(controller, entry=fact))
    assert edit.windowTitle() == "Edit fact — Ada Lovelace"
    assert edit.text.text() == "Sails on weekends"
    edit.text.setFocus()
    edit.text.selectAll()
    keyboard.type("Sails a 30-foot sloop")
    keyboard.press(Qt.Key.Key_Return)
    (fact,) = detail(controller, ada)["facts"]
    assert fact["text"] == "Sails a 30-foot sloop"
    assert edit.result_value.id == fact["id"]


def test_an_edited_fact_made_an_important_date_needs_its_day(show, controller, ada, keyboard):
    """The rule is the journal's (ops), so it holds for an edit as for a new fact: the sentence
    shows under the day-of-year field, which gets the focus, and nothing is saved."""
    ops.add_fact(controller.journal, ada, "family", "Married to Bob", today=controller.today())
    (fact,) = detail(controller, ada)["facts"]
    edit = show(dialogs.FactDialog(controller, entry=fact))
    assert focused() is edit.category
    keyboard.type("im")  # Important date
    keyboard.press(Qt.Key.Key_Return)
    assert edit.isVisible()
    assert edit.error_text(Field.DAY_OF_YEAR) == (
        "An important date needs its day of the year: write it as MM-DD, for example 03-14."
    )
    assert focused() is edit.month_day
    (kept,) = detail(controller, ada)["facts"]
    assert (kept["category"], kept["month"], kept["day"]) == ("family", None, None)

    keyboard.type("06-21")
    keyboard.press(Qt.Key.Key_Return)
    assert not edit.isVisible()
    (saved,) = detail(controller, ada)["facts"]
    assert (saved["category"], saved["month"], saved["day"]) == ("important-date", 6, 21)


# --- gifts -----------------------------------------------------------------------------------------


def test_a_gift_with_a_negative_cost_is_refused(show, controller, ada, keyboard):
    dialog = show(dialogs.GiftDialog(controller, ada))
    assert focused() is dialog.what
    keyboard.type("Tasting box")
    keyboard.tab()
    keyboard.type("sample")
    keyboard.tab(2)  # past the date
    assert focused() is dialog.cost
    keyboard.type("-5")
    keyboard.press(Qt.Key.Key_Return)
    assert dialog.error_text("cost") == "The cost can't be negative (-5)."
    assert focused() is dialog.cost
    assert count(controller, "gift") == 0

    keyboard.type("12.50")  # the field was selected: typing replaces it
    keyboard.tab()
    keyboard.type("Tenth order")
    keyboard.tab()
    keyboard.type("Loved it")
    keyboard.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (gift,) = detail(controller, ada)["gifts"]
    assert (gift["what"], gift["kind"], gift["cost_minor"]) == ("Tasting box", "sample", 1250)
    assert (gift["occasion"], gift["reaction"]) == ("Tenth order", "Loved it")
    assert gift["given_on"] == controller.today()


def test_a_gift_dated_in_the_future_is_refused(show, controller, ada, keyboard):
    dialog = show(dialogs.GiftDialog(controller, ada))
    keyboard.type("Book")
    dialog.given.setFocus()
    dialog.given.selectAll()
    keyboard.type((controller.today() + dt.timedelta(days=3)).isoformat())
    keyboard.press(Qt.Key.Key_Return)
    assert "is in the future" in dialog.error_text("gift date")
    assert focused() is dialog.given
    assert count(controller, "gift") == 0


def test_editing_a_gift_keeps_what_was_not_touched(show, controller, ada, keyboard):
    ops.add_gift(controller.journal, ada, "Oolong sampler", cost_minor=2000, kind="freebie")
    (gift,) = detail(controller, ada)["gifts"]
    dialog = show(dialogs.GiftDialog(controller, entry=gift))
    assert dialog.cost.text() == "20.00"
    assert dialog.gift_kind.currentText() == "freebie"
    dialog.reaction.setFocus()
    keyboard.type("Asked where to buy more")
    keyboard.press(Qt.Key.Key_Return)
    (gift,) = detail(controller, ada)["gifts"]
    assert gift["reaction"] == "Asked where to buy more"
    assert (gift["what"], gift["cost_minor"], gift["kind"]) == ("Oolong sampler", 2000, "freebie")


def test_changing_a_gifts_kind(show, controller, ada, keyboard):
    ops.add_gift(controller.journal, ada, "Oolong sampler", kind="freebie")
    (gift,) = detail(controller, ada)["gifts"]
    dialog = show(dialogs.GiftDialog(controller, entry=gift))
    dialog.gift_kind.setEditText("sample")
    dialog.save()  # called directly: from a key press the TypeError would land in Qt's loop
    (gift,) = detail(controller, ada)["gifts"]
    assert gift["kind"] == "sample"


# --- invitations -----------------------------------------------------------------------------------


def test_an_invitation_and_later_its_new_status(show, controller, ada, keyboard):
    dialog = show(dialogs.InvitationDialog(controller, ada))
    keyboard.type("Spring open house")
    keyboard.press(Qt.Key.Key_Return)
    assert "The event date can't be empty" in dialog.error_text("event date")
    assert focused() is dialog.event_on
    event_day = controller.today() + dt.timedelta(days=30)  # events may lie ahead
    keyboard.type(event_day.isoformat())
    keyboard.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (inv,) = detail(controller, ada)["invitations"]
    assert (inv["event"], inv["event_on"], inv["status"]) == (
        "Spring open house",
        event_day,
        "invited",
    )
    assert inv["as_guest"] is True

    edit = show(dialogs.InvitationDialog(controller, entry=inv))
    assert focused() is edit.status  # coming back is for the news
    assert "Invited" in edit.history.text()
    keyboard.type("ac")  # Accepted
    keyboard.press(Qt.Key.Key_Return)
    (inv,) = detail(controller, ada)["invitations"]
    assert inv["status"] == "accepted"
    assert [s["status"] for s in inv["status_history"]] == ["accepted", "invited"]


# --- milestones -------------------------------------------------------------------------------------


def test_a_known_milestone_by_its_word_and_a_custom_one(show, controller, ada, keyboard):
    dialog = show(dialogs.MilestoneDialog(controller, ada))
    assert focused() is dialog.milestone_kind
    keyboard.type("referral")  # the command line's word for "Gave a referral"
    assert dialog.kind_hint.isHidden()
    keyboard.tab(2)  # Tab leaves the completion list and the field alike
    assert focused() is dialog.note
    keyboard.type("Introduced us to her brother")
    keyboard.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (m,) = detail(controller, ada)["milestones"]
    assert (m["kind"], m["custom"], m["note"]) == (
        "referral",
        False,
        "Introduced us to her brother",
    )

    dialog = show(dialogs.MilestoneDialog(controller, ada))
    dialog.milestone_kind.lineEdit().selectAll()
    keyboard.type("Visited our roastery")
    assert dialog.kind_hint.isVisible()
    assert dialog.kind_hint.text() == "Your own kind, kept as written."
    dialog.note.setFocus()
    keyboard.press(Qt.Key.Key_Return)
    kinds = {(m["kind"], m["custom"]) for m in detail(controller, ada)["milestones"]}
    assert ("Visited our roastery", True) in kinds


def test_changing_a_milestones_kind_to_a_custom_one(show, controller, ada):
    ops.add_milestone(controller.journal, ada, "referral")
    (m,) = detail(controller, ada)["milestones"]
    dialog = show(dialogs.MilestoneDialog(controller, entry=m))
    assert dialog.milestone_kind.currentText() == "Gave a referral"
    dialog.milestone_kind.setEditText("Visited the roastery")
    dialog.save()
    (m,) = detail(controller, ada)["milestones"]
    assert (m["kind"], m["custom"]) == ("Visited the roastery", True)


def test_editing_a_milestone_note_keeps_its_kind(show, controller, ada, keyboard):
    ops.add_milestone(controller.journal, ada, "testimonial")
    (m,) = detail(controller, ada)["milestones"]
    dialog = show(dialogs.MilestoneDialog(controller, entry=m))
    dialog.note.setFocus()
    keyboard.type("On her website")
    keyboard.press(Qt.Key.Key_Return)
    (m,) = detail(controller, ada)["milestones"]
    assert (m["kind"], m["custom"], m["note"]) == ("testimonial", False, "On her website")


def test_an_empty_milestone_kind_is_refused(show, controller, ada, keyboard):
    dialog = show(dialogs.MilestoneDialog(controller, ada))
    dialog.milestone_kind.lineEdit().clear()
    dialog.note.setFocus()
    keyboard.press(Qt.Key.Key_Return)
    assert "The milestone kind can't be empty" in dialog.error_text("kind")
    assert count(controller, "milestone") == 0


# --- purchases --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("-120", "The amount can't be negative (-120)."),
        ("12,5x", "'12,5x' is not a valid amount"),
        ("9.999", "has more than two decimals"),
        ("", "The amount can't be empty"),
    ],
)
def test_a_bad_amount_is_refused_under_the_field(show, controller, ada, keyboard, amount, message):
    dialog = show(dialogs.PurchaseDialog(controller, ada))
    keyboard.type(amount)
    keyboard.press(Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert message in dialog.error_text("amount")
    assert focused() is dialog.amount
    assert count(controller, "purchase") == 0


def test_a_malformed_purchase_date_is_refused(show, controller, ada, keyboard):
    dialog = show(dialogs.PurchaseDialog(controller, ada))
    keyboard.type("99.50")
    keyboard.tab()
    keyboard.type("2026-13-45")
    keyboard.press(Qt.Key.Key_Return)
    assert dialog.error_text("purchase date") == (
        "'2026-13-45' is not a valid purchase date: write it as YYYY-MM-DD "
        "(for example 2026-12-31), or 'today' or 'yesterday'."
    )
    assert dialog.error_text("amount") == ""
    assert count(controller, "purchase") == 0


def test_a_purchase_in_the_journals_currency_then_edited(show, controller, ada, keyboard):
    dialog = show(dialogs.PurchaseDialog(controller, ada))
    with controller.journal.read() as session:
        from custjournal.store import settings

        currency = settings.currency(session)
    assert dialog.currency.text() == currency
    keyboard.type("1,200.50")
    keyboard.tab(2)
    keyboard.type("40 kg house blend")
    keyboard.press(Qt.Key.Key_Return)
    (p,) = detail(controller, ada)["purchases"]
    assert (p["amount_minor"], p["currency"], p["what"]) == (120050, currency, "40 kg house blend")

    edit = show(dialogs.PurchaseDialog(controller, entry=p))
    assert edit.amount.text() == "1200.50"
    edit.currency.setFocus()
    edit.currency.selectAll()
    keyboard.type("usd")
    keyboard.press(Qt.Key.Key_Return)
    (p,) = detail(controller, ada)["purchases"]
    assert (p["amount_minor"], p["currency"]) == (120050, "USD")


def test_the_amount_field_reads_a_decimal_comma_as_the_command_line_does(
    show, controller, ada, keyboard
):
    dialog = show(dialogs.PurchaseDialog(controller, ada))
    keyboard.type("1,234")
    keyboard.press(Qt.Key.Key_Return)
    assert "1234 if the comma groups thousands, or 1.234" in dialog.error_text("amount")
    assert count(controller, "purchase") == 0
    dialog.amount.selectAll()
    keyboard.type("12,50")
    keyboard.press(Qt.Key.Key_Return)
    (p,) = detail(controller, ada)["purchases"]
    assert p["amount_minor"] == 1250


def test_a_bad_currency_is_refused(show, controller, ada, keyboard):
    dialog = show(dialogs.PurchaseDialog(controller, ada))
    keyboard.type("10")
    dialog.currency.setFocus()
    dialog.currency.selectAll()
    keyboard.type("E1")
    keyboard.press(Qt.Key.Key_Return)
    assert "'E1' is not a currency code" in dialog.error_text("currency")
    assert count(controller, "purchase") == 0


# --- promises ---------------------------------------------------------------------------------------


def test_a_promise_with_a_due_date_then_kept(show, controller, ada, keyboard):
    dialog = show(dialogs.PromiseDialog(controller, ada))
    keyboard.type("Send the spring price list")
    keyboard.tab()
    assert focused() is dialog.due
    due = controller.today() + dt.timedelta(days=7)
    keyboard.type(due.isoformat())
    keyboard.press(Qt.Key.Key_Return)
    (promise,) = detail(controller, ada)["promises"]
    assert (promise["text"], promise["due_on"], promise["done_on"]) == (
        "Send the spring price list",
        due,
        None,
    )

    edit = show(dialogs.PromiseDialog(controller, entry=promise))
    edit.done_on.setFocus()
    keyboard.type("today")
    keyboard.press(Qt.Key.Key_Return)
    (promise,) = detail(controller, ada)["promises"]
    assert promise["done_on"] == controller.today()


def test_an_empty_promise_is_refused(show, controller, ada, keyboard):
    dialog = show(dialogs.PromiseDialog(controller, ada))
    keyboard.press(Qt.Key.Key_Return)
    assert dialog.error_text("promise") == "The promise can't be empty."
    assert count(controller, "promise") == 0


# --- conversations, delights, pain points ------------------------------------------------------------


@pytest.fixture
def logged(controller, ada) -> dict:
    ops.log_conversation(
        controller.journal,
        ada,
        channel="call",
        summary="Spring order",
        delights=["Quick quotes"],
        pains=[ops.PainInput("Late invoice", "us")],
    )
    (conv,) = detail(controller, ada)["conversations"]
    return conv


def test_editing_a_conversation(show, controller, ada, logged, keyboard):
    dialog = show(dialogs.ConversationDialog(controller, entry=logged))
    assert dialog.summary.toPlainText() == "Spring order"
    assert focused() is dialog.occurred
    keyboard.press(Qt.Key.Key_Down)  # a day earlier
    keyboard.tab()
    keyboard.type("v")  # Visit
    keyboard.tab()
    keyboard.press(Qt.Key.Key_End, CTRL)
    keyboard.type(" and the autumn one")
    keyboard.tab()
    keyboard.type("Brought cake")
    keyboard.tab()
    keyboard.type("Reliable beans")
    keyboard.press(Qt.Key.Key_Return)
    (conv,) = detail(controller, ada)["conversations"]
    assert conv["occurred_on"] == controller.today() - dt.timedelta(days=1)
    assert conv["channel"] == "visit"
    assert conv["summary"] == "Spring order and the autumn one"
    assert (conv["notes"], conv["why_buy"]) == ("Brought cake", "Reliable beans")
    assert [d["text"] for d in conv["delights"]] == ["Quick quotes"]  # untouched


def test_editing_a_delight(show, controller, ada, logged, keyboard):
    dialog = show(dialogs.DelightDialog(controller, entry=logged["delights"][0]))
    assert dialog.windowTitle() == "Edit delight — Ada Lovelace"
    dialog.text.selectAll()
    keyboard.type("Same-day quotes")
    keyboard.press(Qt.Key.Key_Return)
    (conv,) = detail(controller, ada)["conversations"]
    assert [d["text"] for d in conv["delights"]] == ["Same-day quotes"]


def test_resolving_a_pain_point_and_moving_it_to_a_competitor(
    show, controller, ada, logged, keyboard
):
    dialog = show(dialogs.PainPointDialog(controller, entry=logged["pain_points"][0]))
    assert dialog.resolved.text() == ""  # still open
    keyboard.tab()
    keyboard.type("a")  # A competitor
    keyboard.tab()
    keyboard.type("tomorrow")
    keyboard.press(Qt.Key.Key_Return)
    # 'tomorrow' is understood, and refused: a pain can't be resolved in the future.
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert f"The date resolved {tomorrow.isoformat()} is in the future" in dialog.error_text(
        "date resolved"
    )
    dialog.resolved.selectAll()
    keyboard.type("today")
    keyboard.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (pain,) = detail(controller, ada)["pain_points"]
    assert (pain["with_whom"], pain["resolved_on"]) == ("competitor", controller.today())


def test_a_customer_erased_meanwhile_is_said_above_the_buttons(show, controller, ada, keyboard):
    dialog = show(dialogs.GiftDialog(controller, ada))
    ops.forget_customer(controller.journal, ada)  # e.g. from the command line
    keyboard.type("Book")
    keyboard.press(Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.general_error.isVisible()
    assert "There is no customer" in dialog.general_error.text()


# --- the date field ---------------------------------------------------------------------------------


def test_date_field_words_and_arrow_keys(show, controller, ada, keyboard):
    dialog = show(dialogs.PromiseDialog(controller, ada))
    today = controller.today()
    dialog.due.setFocus()
    keyboard.type("today")
    keyboard.tab()  # leaving the field shows the date the word meant
    assert dialog.due.text() == today.isoformat()
    dialog.due.setFocus()
    keyboard.press(Qt.Key.Key_Up)
    keyboard.press(Qt.Key.Key_Up)
    assert dialog.due.text() == (today + dt.timedelta(days=2)).isoformat()
    keyboard.press(Qt.Key.Key_PageDown)
    assert dialog.due.date() < today
    dialog.due.clear()
    assert dialog.due.date() is None  # optional: blank is no date


def test_date_field_calendar_opens_from_the_keyboard(qtbot, controller):
    field = DateField(controller.today)
    qtbot.addWidget(field)
    field.show()
    with qtbot.waitExposed(field):
        pass
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down, ALT)
    popup = QApplication.activePopupWidget()
    assert popup is not None
    calendar = popup.findChild(QCalendarWidget)
    assert calendar.selectedDate().toPython() == controller.today()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)  # the day before
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert field.text() == (controller.today() - dt.timedelta(days=1)).isoformat()
    assert QApplication.focusWidget() is field


# --- every dialog ---------------------------------------------------------------------------------


def every_dialog(controller, ada) -> list[FormDialog]:
    ops.log_conversation(
        controller.journal,
        ada,
        summary="s",
        delights=["d"],
        pains=[ops.PainInput("p")],
        promise="x",
    )
    ops.add_fact(controller.journal, ada, "family", "Two daughters")
    ops.add_gift(controller.journal, ada, "Book")
    ops.record_invitation(controller.journal, ada, "Gala", controller.today())
    ops.add_milestone(controller.journal, ada, "referral")
    ops.add_purchase(controller.journal, ada, 1000)
    d = detail(controller, ada)
    conv = d["conversations"][0]
    return [
        dialogs.CustomerDialog(controller),
        dialogs.CustomerDialog(controller, ada),
        dialogs.FactDialog(controller, ada),
        dialogs.FactDialog(controller, entry=d["facts"][0]),
        dialogs.GiftDialog(controller, ada),
        dialogs.GiftDialog(controller, entry=d["gifts"][0]),
        dialogs.InvitationDialog(controller, ada),
        dialogs.InvitationDialog(controller, entry=d["invitations"][0]),
        dialogs.MilestoneDialog(controller, ada),
        dialogs.MilestoneDialog(controller, entry=d["milestones"][0]),
        dialogs.PurchaseDialog(controller, ada),
        dialogs.PurchaseDialog(controller, entry=d["purchases"][0]),
        dialogs.PromiseDialog(controller, ada),
        dialogs.PromiseDialog(controller, entry=d["promises"][0]),
        dialogs.ConversationDialog(controller, entry=conv),
        dialogs.DelightDialog(controller, ada, conv["delights"][0]),
        dialogs.PainPointDialog(controller, ada, conv["pain_points"][0]),
        QuickLogDialog(controller),
    ]


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.fixture(params=["en", "de"])
def language(request, qapp):
    """The dialogs in English, then in German (the translators the app installs)."""
    from PySide6.QtCore import QLocale

    from custjournal.gui import i18n

    before = QLocale()
    if request.param != "en":
        i18n.install(qapp, request.param)
    yield request.param
    if request.param != "en":
        QLocale.setDefault(before)
        i18n.install_translators(qapp, QLocale(QLocale.Language.English))


def test_every_label_has_a_unique_mnemonic_and_a_buddy(show, controller, ada, language):
    """In either language, with the button a save refused because someone else saved meanwhile
    shows (Use Their Version, then Use My Version) counted as if shown."""
    clashes: list[str] = []
    for dialog in every_dialog(controller, ada):
        show(dialog)
        dialog.theirs_button.show()  # as after a refused save
        keys: list[str] = []
        for label in dialog.findChildren(QLabel):
            if label.isVisible() and label.text() and label.buddy() is not None:
                key = mnemonic(label.text())
                assert key, f"{type(dialog).__name__}: '{label.text()}' has no mnemonic"
                keys.append(key)
        for button in dialog.findChildren(QAbstractButton):
            if button.isVisible() and mnemonic(button.text()):
                keys.append(mnemonic(button.text()))
        if len(keys) != len(set(keys)):
            shown = [
                w.text()
                for w in [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]
                if w.isVisible() and keys.count(mnemonic(w.text()) or "") > 1
            ]
            clashes.append(f"{type(dialog).__name__} ({language}): {shown} {sorted(keys)}")
        mine = QApplication.translate("FormDialog", "Use My &Version")
        assert mnemonic(mine) == mnemonic(dialog.theirs_button.text()), mine
        field_labels = [
            w for w in dialog.findChildren(QLabel) if w.isVisible() and w.text().endswith(":")
        ]
        assert all(w.buddy() is not None for w in field_labels), type(dialog).__name__
        dialog.close()
    assert not clashes, "\n".join(clashes)


def test_no_dialog_attribute_shadows_a_qt_method(controller, ada, qtbot):
    """A field named like a Qt virtual (`done`, `event`, `update`) crashed the app on close."""
    qt_names = set(dir(QDialog))
    allowed = {"accept", "reject", "staticMetaObject"}  # overridden on purpose; made by PySide
    for dialog in every_dialog(controller, ada):
        qtbot.addWidget(dialog)
        # (PySide keeps bound Qt signals in the instance dict: those are Qt's own.)
        own = {n for n, v in vars(dialog).items() if not isinstance(v, SignalInstance)}
        for cls in type(dialog).__mro__:
            if cls.__module__.startswith("custjournal"):
                own |= set(vars(cls))
        clashes = {
            n
            for n in own
            if n in qt_names and not n.startswith("__") and not n.endswith("Event")  # handlers
        } - allowed
        assert not clashes, f"{type(dialog).__name__}: {sorted(clashes)}"
    picker_clashes = {
        n for n in vars(CustomerPicker) if n in set(dir(QLineEdit)) and not n.startswith("__")
    }
    assert picker_clashes <= {"event", "keyPressEvent", "focusOutEvent", "staticMetaObject"}


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_no_text_is_cut_off_in_either_appearance(show, controller, ada, qapp, tmp_path, dark):
    style, sheet, palette = qapp.style().name(), qapp.styleSheet(), qapp.palette()
    theme.apply(qapp, dark=dark)
    try:
        for i, dialog in enumerate(every_dialog(controller, ada)):
            show(dialog)
            dialog.grab().save(str(tmp_path / f"{i:02d}-{type(dialog).__name__}.png"))
            for widget in dialog.findChildren(QWidget):
                if not widget.isVisible() or not isinstance(
                    widget, QLabel | QCheckBox | QPushButton
                ):
                    continue
                if isinstance(widget, QLabel) and widget.wordWrap():
                    continue
                assert widget.width() >= widget.sizeHint().width(), (
                    f"{type(dialog).__name__}: '{widget.text()}' is cut off"
                )
            dialog.close()
    finally:
        qapp.setStyle(style)
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)


# --- the GUI tests' own isolation ---------------------------------------------------------------


def test_qt_settings_and_standard_paths_stay_in_the_test_folder(isolated_qt, isolated_home):
    from PySide6.QtCore import QSettings, QStandardPaths

    settings = QSettings()
    settings.setValue("probe", 1)
    settings.sync()
    assert settings.fileName().startswith(str(isolated_qt))
    for location in (
        QStandardPaths.StandardLocation.AppDataLocation,
        QStandardPaths.StandardLocation.AppConfigLocation,
        QStandardPaths.StandardLocation.CacheLocation,
    ):
        assert QStandardPaths.writableLocation(location).startswith(str(isolated_home))


def test_a_customer_saved_by_someone_else_meanwhile_is_not_overwritten(
    show, controller, ada, keyboard, qtbot
):
    """Two people edit Ada: the second Save says so, shows the first one's values, keeps what
    this user typed and saves nothing; Save again (after a look) saves both changes."""
    dialog = show(dialogs.CustomerDialog(controller, ada))
    ops.update_customer(controller.journal, ada, company="Babbage & Co")  # the other person
    dialog.role.clear()
    dialog.role.setFocus()
    keyboard.type("Countess")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.general_error.isVisible()
    assert (
        dialog.general_error.text()
        .replace("\u00a0", " ")
        .startswith("Someone else saved this while you were editing: their changes are shown now")
    )
    assert dialog.company.text() == "Babbage & Co"  # reloaded: the other person's save
    assert dialog.role.text() == "Countess"  # and the user's own change kept
    assert detail(controller, ada)["company"] == "Babbage & Co"
    assert detail(controller, ada)["role"] is None
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = detail(controller, ada)
    assert (saved["company"], saved["role"]) == ("Babbage & Co", "Countess")


def test_a_gift_keeps_the_currency_it_was_given_in(show, controller, ada, keyboard):
    ops.set_currency(controller.journal, "EUR")
    ops.add_gift(controller.journal, ada, "Tea", cost_minor=9957)
    ops.set_currency(controller.journal, "JPY")
    (gift,) = detail(controller, ada)["gifts"]
    dialog = show(dialogs.GiftDialog(controller, entry=gift))
    # Its own currency, with cents, not yen: 99.57 EUR, never 99.57 JPY.
    assert (dialog.cost.text(), dialog.currency.text()) == ("99.57", "EUR")
    assert dialog.cost_currency.text() == "EUR"
    dialog.reaction.setFocus()
    keyboard.type("Loved it")
    keyboard.press(Qt.Key.Key_Return)
    (gift,) = detail(controller, ada)["gifts"]
    assert (gift["cost_minor"], gift["currency"], gift["reaction"]) == (9957, "EUR", "Loved it")

    new = show(dialogs.GiftDialog(controller, ada))
    assert new.currency.text() == "JPY" and new.cost_currency.text() == "JPY"
    keyboard.type("Mochi")
    new.cost.setFocus()
    keyboard.type("1500")
    keyboard.press(Qt.Key.Key_Return)
    assert not new.isVisible()
    mochi = next(g for g in detail(controller, ada)["gifts"] if g["what"] == "Mochi")
    assert (mochi["cost_minor"], mochi["currency"]) == (150000, "JPY")


def test_a_gifts_currency_can_be_another_and_a_bad_one_is_refused(show, controller, ada, keyboard):
    dialog = show(dialogs.GiftDialog(controller, ada))
    keyboard.type("Cup")
    dialog.cost.setFocus()
    keyboard.type("5.50")
    dialog.currency.setFocus()
    dialog.currency.selectAll()
    keyboard.type("U1")
    keyboard.press(Qt.Key.Key_Return)
    assert "not a currency code" in dialog.error_text("currency")
    assert count(controller, "gift") == 0
    dialog.currency.selectAll()
    keyboard.type("usd")
    assert dialog.cost_currency.text() == "USD"
    keyboard.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (gift,) = detail(controller, ada)["gifts"]
    assert (gift["cost_minor"], gift["currency"]) == (550, "USD")
