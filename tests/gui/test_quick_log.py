"""Quick log driven by keyboard only, as after a phone call: type, Tab, type, Ctrl+Enter."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from custjournal import ops
from custjournal.domain.matching import Candidate
from custjournal.gui.quick_log import CustomerMatcher, QuickLogDialog
from custjournal.store import queries

CTRL = Qt.KeyboardModifier.ControlModifier

# The completion list is a popup; the offscreen platform can't raise it or let it grab the
# keyboard and says so once. Harmless here, and not said on a real desktop.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing", extend=True
)


@pytest.fixture
def people(controller):
    ids = {}
    for name, company in (
        ("Ada Lovelace", "Analytical Engines"),
        ("Adam Smith", "Pin Factory"),
        ("Zoë Ångström", "Nordic Tea"),
        ("Grace Hopper", "Navy"),
    ):
        ids[name.split()[0]] = ops.add_customer(controller.journal, name, company=company).id
    return ids


def detail(controller, customer_id):
    with controller.journal.read() as session:
        return queries.customer_detail(session, customer_id)


def conversation_count(controller) -> int:
    with controller.journal.read() as session:
        return session.connection().exec_driver_sql("SELECT count(*) FROM conversation").scalar()


@pytest.fixture
def open_dialog(qtbot, controller):
    def make(customer_id=None) -> QuickLogDialog:
        dialog = QuickLogDialog(controller, customer_id)
        qtbot.addWidget(dialog)
        dialog.show()
        with qtbot.waitExposed(dialog):
            pass
        return dialog

    return make


def test_logging_a_call_by_keyboard_only(open_dialog, people, controller, keyboard):
    """The whole flow of the product brief: no mouse, one pass through the fields."""
    dialog = open_dialog()
    assert QApplication.focusWidget() is dialog.customer
    keyboard.type("zoe")  # folded: finds Zoë Ångström
    keyboard.tab()  # the unique match is picked on the way out
    keyboard.type("m")  # channel: first letter picks Meeting
    keyboard.tab()  # date: today, left as it is
    keyboard.tab()
    keyboard.type("Tasting of the autumn teas")
    keyboard.tab()
    keyboard.type("Fast delivery")
    keyboard.press(Qt.Key.Key_Return)  # a new line: one delight per line
    keyboard.type("The handwritten note")
    keyboard.tab()
    keyboard.type("Invoice arrived late")
    keyboard.tab()
    keyboard.type("Their old supplier never calls back")
    keyboard.tab()
    keyboard.type("We answer the same day")
    keyboard.tab()
    keyboard.type("Send the price list")
    keyboard.tab()
    keyboard.type("today")
    keyboard.press(Qt.Key.Key_Up)  # tomorrow
    keyboard.press(Qt.Key.Key_Return, CTRL)

    assert not dialog.isVisible()
    assert dialog.result_value is not None
    today = controller.today()
    zoe = detail(controller, people["Zoë"])
    (conv,) = zoe["conversations"]
    assert conv["channel"] == "meeting"
    assert conv["occurred_on"] == today
    assert conv["summary"] == "Tasting of the autumn teas"
    assert conv["why_buy"] == "We answer the same day"
    assert sorted(d["text"] for d in conv["delights"]) == ["Fast delivery", "The handwritten note"]
    assert {(p["text"], p["with_whom"]) for p in conv["pain_points"]} == {
        ("Invoice arrived late", "us"),
        ("Their old supplier never calls back", "competitor"),
    }
    (promise,) = zoe["promises"]
    assert promise["text"] == "Send the price list"
    assert promise["due_on"] == today + dt.timedelta(days=1)
    assert promise["conversation_id"] == conv["id"]


def test_the_shortest_log_name_tab_summary_ctrl_enter(open_dialog, people, controller, keyboard):
    dialog = open_dialog()
    keyboard.type("grace")
    keyboard.tab(3)  # channel, date, summary
    keyboard.type("Quick call about the compiler order")
    keyboard.press(Qt.Key.Key_Return, CTRL)

    assert not dialog.isVisible()
    (conv,) = detail(controller, people["Grace"])["conversations"]
    assert conv["channel"] == "call"
    assert conv["occurred_on"] == controller.today()
    assert conv["summary"] == "Quick call about the compiler order"


def test_enter_on_a_unique_match_picks_it_and_moves_on(open_dialog, people, keyboard):
    dialog = open_dialog()
    keyboard.type("ENGINES")  # a word of the company, any case
    assert dialog.customer_hint.text() == (
        "✓ Ada Lovelace, Analytical Engines (#1): Enter or Tab to pick."
    )
    popup = dialog.customer.completer_.popup()
    assert popup.isVisible()
    assert popup.model().rowCount() == 1
    keyboard.press(Qt.Key.Key_Return)
    assert dialog.customer.text() == "Ada Lovelace — Analytical Engines"
    assert dialog.customer.customer_id() == people["Ada"]
    assert QApplication.focusWidget() is dialog.channel
    assert dialog.isVisible()  # Enter picked the customer; it did not save
    assert dialog.customer_hint.isHidden()  # the field itself now says who


def test_an_ambiguous_name_is_shown_inline_and_nothing_is_written(
    open_dialog, people, controller, keyboard
):
    dialog = open_dialog()
    keyboard.type("ad")
    assert dialog.customer_hint.text().startswith("2 customers match")
    keyboard.press(Qt.Key.Key_Escape)  # closes the completion list only
    assert dialog.isVisible()
    keyboard.press(Qt.Key.Key_Return)
    message = dialog.error_text("customer")
    assert "matches 2 customers" in message
    assert "Ada Lovelace — Analytical Engines" in message
    assert "Adam Smith — Pin Factory" in message
    assert QApplication.focusWidget() is dialog.customer

    keyboard.press(Qt.Key.Key_Return, CTRL)  # saving is refused the same way
    assert dialog.isVisible()
    assert "matches 2 customers" in dialog.error_text("customer")
    assert conversation_count(controller) == 0


def test_arrow_keys_pick_from_the_completion_list(open_dialog, people, keyboard):
    dialog = open_dialog()
    keyboard.type("ad")
    popup = dialog.customer.completer_.popup()
    labels = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert labels == ["Ada Lovelace — Analytical Engines", "Adam Smith — Pin Factory"]
    keyboard.press(Qt.Key.Key_Down)
    keyboard.press(Qt.Key.Key_Down)
    keyboard.press(Qt.Key.Key_Return)
    assert dialog.customer.customer_id() == people["Adam"]
    assert not popup.isVisible()
    assert QApplication.focusWidget() is dialog.channel


def test_tab_out_of_the_list_takes_the_highlighted_customer(open_dialog, people, keyboard):
    dialog = open_dialog()
    keyboard.type("ad")
    keyboard.press(Qt.Key.Key_Down)  # Ada Lovelace highlighted
    keyboard.tab()
    assert dialog.customer.customer_id() == people["Ada"]
    assert QApplication.focusWidget() is dialog.channel


def test_an_unknown_customer_is_refused_next_to_the_field(
    open_dialog, people, controller, keyboard
):
    dialog = open_dialog()
    keyboard.type("Nobody")
    assert dialog.customer_hint.text() == "No customer matches."
    keyboard.press(Qt.Key.Key_Return, CTRL)
    assert "No customer matches 'Nobody'" in dialog.error_text("customer")
    assert dialog.isVisible()
    assert conversation_count(controller) == 0


def test_channel_is_chosen_by_its_first_letters(open_dialog, people, keyboard):
    dialog = open_dialog(people["Ada"])
    dialog.channel.setFocus()
    keyboard.type("me")
    assert dialog.channel.currentData() == "meeting"
    keyboard.type("s")  # typed quickly, the letters add up: "mes"
    assert dialog.channel.currentData() == "message"


def test_opened_for_a_customer_starts_at_the_summary(open_dialog, people, controller, keyboard):
    dialog = open_dialog(people["Ada"])
    assert dialog.customer.text() == "Ada Lovelace — Analytical Engines"
    assert QApplication.focusWidget() is dialog.summary
    keyboard.type("Visit at the works")
    keyboard.press(Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier)
    assert not dialog.isVisible()
    (conv,) = detail(controller, people["Ada"])["conversations"]
    assert conv["summary"] == "Visit at the works"


def test_a_due_date_without_a_promise_is_refused(open_dialog, people, controller, keyboard):
    dialog = open_dialog(people["Ada"])
    dialog.due.setFocus()
    keyboard.type("2030-01-01")
    keyboard.press(Qt.Key.Key_Return, CTRL)
    assert dialog.error_text("promise").startswith("A due date needs the promise itself")
    assert QApplication.focusWidget() is dialog.promise
    assert conversation_count(controller) == 0


def test_a_future_or_malformed_date_is_refused(open_dialog, people, controller, keyboard):
    dialog = open_dialog(people["Ada"])
    dialog.date.setFocus()
    dialog.date.selectAll()
    keyboard.type("2026-02-30")
    keyboard.press(Qt.Key.Key_Return, CTRL)
    assert "'2026-02-30' is not a valid conversation date" in dialog.error_text("conversation date")
    assert QApplication.focusWidget() is dialog.date

    dialog.date.selectAll()
    tomorrow = controller.today() + dt.timedelta(days=1)
    keyboard.type(tomorrow.isoformat())
    assert dialog.error_text("conversation date") == ""  # editing clears the old complaint
    keyboard.press(Qt.Key.Key_Return, CTRL)
    assert "is in the future" in dialog.error_text("conversation date")
    assert conversation_count(controller) == 0


def test_escape_cancels_without_writing(open_dialog, people, controller, keyboard):
    dialog = open_dialog(people["Ada"])
    keyboard.type("Half a thought")
    keyboard.press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result_value is None
    assert conversation_count(controller) == 0


def test_tab_order_follows_the_form(open_dialog, people):
    dialog = open_dialog()
    order = [dialog.customer]
    widget = dialog.customer
    for _ in range(11):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[:11] == [
        dialog.customer,
        dialog.channel,
        dialog.date,
        dialog.summary,
        dialog.delights,
        dialog.pains_us,
        dialog.pains_competitor,
        dialog.why_buy,
        dialog.promise,
        dialog.due,
        dialog.save_button,
    ]
    assert isinstance(dialog.channel, QComboBox)


# --- the matcher behind the completion ---------------------------------------------------------


def test_matcher_folds_case_and_accents_and_matches_any_word():
    matcher = CustomerMatcher(
        [
            Candidate(1, "Ada Lovelace", "Analytical Engines"),
            Candidate(2, "Adam Smith", None),
            Candidate(3, "Zoë Ångström", "Nordic Tea"),
        ]
    )
    assert [c.id for c in matcher.find("ZOE")] == [3]
    assert [c.id for c in matcher.find("angs")] == [3]
    assert [c.id for c in matcher.find("tea")] == [3]
    assert [c.id for c in matcher.find("ada eng")] == [1]
    assert [c.id for c in matcher.find("ad")] == [1, 2]
    assert [c.id for c in matcher.find("ada lovelace")] == [1]
    assert [c.id for c in matcher.find("#2")] == [2]
    assert matcher.find("#99") == []
    assert matcher.find("") == []


def test_an_exact_full_name_wins_and_labels_stay_unique():
    matcher = CustomerMatcher(
        [Candidate(1, "Ada", None), Candidate(2, "Ada Byron", None), Candidate(3, "Ada", None)]
    )
    assert [c.id for c in matcher.find("ada")] == [1, 3]  # both exact, Ada Byron left out
    assert matcher.label(1) == "Ada (#1)"
    assert matcher.label(3) == "Ada (#3)"
    assert [c.id for c in matcher.find("Ada (#3)")] == [3]
    assert matcher.label(2) == "Ada Byron"
