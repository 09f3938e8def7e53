"""Quick log driven by keyboard only, as after a phone call: type, Tab, type, Ctrl+Enter."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from custjournal import ops
from custjournal.domain.matching import Candidate
from custjournal.gui.dates import field_date_format
from custjournal.gui.quick_log import CustomerMatcher, QuickLogDialog, locale_order
from custjournal.store import queries

CTRL = Qt.KeyboardModifier.ControlModifier

# The completion list is a popup; the offscreen platform can't raise it or let it grab the
# keyboard and says so once. Harmless here, and not said on a real desktop.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing", extend=True
)


def question(qtbot) -> QMessageBox:
    """The question the dialog asks, once it is on screen."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def answer(qtbot, box: QMessageBox, key: Qt.Key) -> None:
    """Press *key* on the question (Esc, Enter, or a button's letter) and wait for it to go."""
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, key)


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
    assert QApplication.focusWidget() is dialog.line
    keyboard.tab()  # from the one line to the fields, for those who prefer them
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
    keyboard.tab()  # from the one line to the customer
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
    keyboard.tab()
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
    # Enter goes on to the summary: on the channel list the next letters would be lost.
    assert QApplication.focusWidget() is dialog.summary
    keyboard.type("Quote")
    assert dialog.summary.toPlainText() == "Quote"
    assert dialog.channel.currentData() == "call"
    assert dialog.isVisible()  # Enter picked the customer; it did not save
    assert dialog.customer_hint.isHidden()  # the field itself now says who


def test_an_ambiguous_name_is_shown_inline_and_nothing_is_written(
    open_dialog, people, controller, keyboard
):
    dialog = open_dialog()
    keyboard.tab()
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
    keyboard.tab()
    keyboard.type("ad")
    popup = dialog.customer.completer_.popup()
    labels = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert labels == ["Ada Lovelace — Analytical Engines", "Adam Smith — Pin Factory"]
    keyboard.press(Qt.Key.Key_Down)
    keyboard.press(Qt.Key.Key_Down)
    keyboard.press(Qt.Key.Key_Return)
    assert dialog.customer.customer_id() == people["Adam"]
    assert not popup.isVisible()
    assert QApplication.focusWidget() is dialog.summary


def test_tab_out_of_the_list_takes_the_highlighted_customer(open_dialog, people, keyboard):
    dialog = open_dialog()
    keyboard.tab()
    keyboard.type("ad")
    keyboard.press(Qt.Key.Key_Down)  # Ada Lovelace highlighted
    keyboard.tab()
    assert dialog.customer.customer_id() == people["Ada"]
    assert QApplication.focusWidget() is dialog.channel


def test_an_unknown_customer_is_offered_and_keep_editing_refuses_next_to_the_field(
    open_dialog, people, controller, keyboard, qtbot
):
    dialog = open_dialog()
    keyboard.tab()
    keyboard.type("Nobody")
    assert dialog.customer_hint.text() == "No customer matches."
    keyboard.press(Qt.Key.Key_Return, CTRL)
    box = question(qtbot)
    assert box.text() == "No customer is called 'Nobody'. Add Nobody as a new customer?"
    answer(qtbot, box, Qt.Key.Key_Escape)  # Keep Editing
    assert "No customer matches 'Nobody'" in dialog.error_text("customer")
    assert dialog.isVisible()
    assert dialog.customer.text() == "Nobody"
    assert conversation_count(controller) == 0
    assert len(controller.candidates()) == len(people)


def test_channel_is_chosen_by_its_first_letters(open_dialog, people, keyboard):
    dialog = open_dialog(people["Ada"])
    dialog.channel.setFocus()
    keyboard.type("me")
    assert dialog.channel.currentData() == "meeting"
    keyboard.type("s")  # typed quickly, the letters add up: "mes"
    assert dialog.channel.currentData() == "message"


def test_opened_for_a_customer_starts_at_the_line_and_logs_for_them(
    open_dialog, people, controller, keyboard
):
    dialog = open_dialog(people["Ada"])
    assert dialog.customer.text() == "Ada Lovelace — Analytical Engines"
    assert QApplication.focusWidget() is dialog.line  # a line without "Name:" logs for Ada
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


def test_escape_with_something_typed_asks_before_discarding(
    open_dialog, people, controller, keyboard, qtbot
):
    dialog = open_dialog(people["Ada"])
    keyboard.type("Half a thought")
    keyboard.press(Qt.Key.Key_Escape)
    box = question(qtbot)
    assert box.text() == "Discard what you typed?"
    answer(qtbot, box, Qt.Key.Key_Escape)  # Esc on the question keeps editing
    assert dialog.isVisible()
    assert dialog.line.text() == "Half a thought"
    keyboard.press(Qt.Key.Key_Escape)
    answer(qtbot, question(qtbot), Qt.Key.Key_D)  # D: Discard
    assert not dialog.isVisible()
    assert dialog.result_value is None
    assert conversation_count(controller) == 0


def test_escape_on_an_untouched_quick_log_closes_it_at_once(open_dialog, people, keyboard):
    dialog = open_dialog(people["Ada"])
    keyboard.press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)


def test_tab_order_follows_the_form(open_dialog, people):
    dialog = open_dialog()
    order = [dialog.line]
    widget = dialog.line
    for _ in range(12):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[:12] == [
        dialog.line,
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


# --- the one line ----------------------------------------------------------------------------

EXAMPLE = (
    "Ada: loved the samples; pain: slow shipping; why: you answer fast; promised a quote by Friday"
)


def coming_friday(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=(4 - today.weekday() - 1) % 7 + 1)


MODIFIER_KEYS = {Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta}


class KeyCounter(QObject):
    """Counts the key presses a person makes beyond the words: keys that type no text (Tab,
    Enter, arrows, Esc) and any key held with Ctrl or Alt (Ctrl itself is not a keystroke).

    Every press first offers itself to the shortcuts as a ShortcutOverride event at the
    focused widget (or the open popup); a press a shortcut takes (Ctrl+Enter) never arrives as
    a KeyPress, so those are what is counted: once each, where the keyboard sends it."""

    def __init__(self) -> None:
        super().__init__()
        self.beyond_words: list[str] = []
        self.all = 0

    def eventFilter(self, obj, event):  # noqa: N802 (Qt override)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and event.key() not in MODIFIER_KEYS
            and obj in (QApplication.focusWidget(), QApplication.activePopupWidget())
        ):
            self.all += 1
            text = event.text()
            held = event.modifiers() & (CTRL | Qt.KeyboardModifier.AltModifier)
            if held or not text or not text.isprintable():
                self.beyond_words.append(QKeySequence(event.keyCombination()).toString())
        return False


def test_the_full_example_in_at_most_5_keystrokes_beyond_the_words(
    open_dialog, people, controller, keyboard, qapp
):
    """Customer, delight, pain, reason, promise with its due date: typed as one line, then
    Ctrl+Enter. With Ctrl+L to open the quick log, 2 keys beyond the words (the fields took
    18: Tab between each, Enter for a new line, a due date stepped with Up)."""
    counter = KeyCounter()
    qapp.installEventFilter(counter)
    try:
        dialog = open_dialog()  # Ctrl+L from the main window: 1 key, counted below
        keyboard.type(EXAMPLE.replace("Ada:", "Ada Lovelace:"))
        keyboard.press(Qt.Key.Key_Return, CTRL)
    finally:
        qapp.removeEventFilter(counter)
    assert counter.all == len(EXAMPLE) + len(" Lovelace") + 1
    assert counter.beyond_words == ["Ctrl+Return"]
    assert 1 + len(counter.beyond_words) <= 5  # Ctrl+L, then the keys above
    assert not dialog.isVisible()
    ada = detail(controller, people["Ada"])
    (conv,) = ada["conversations"]
    assert conv["channel"] == "call"
    assert conv["occurred_on"] == controller.today()
    assert conv["summary"] == "loved the samples"
    assert [d["text"] for d in conv["delights"]] == ["loved the samples"]
    assert [(p["text"], p["with_whom"]) for p in conv["pain_points"]] == [("slow shipping", "us")]
    assert conv["why_buy"] == "you answer fast"
    (promise,) = ada["promises"]
    assert promise["text"] == "a quote"
    assert promise["due_on"] == coming_friday(controller.today())


def test_the_line_fills_the_fields_and_shows_what_will_be_saved(
    open_dialog, people, controller, keyboard, clock
):
    clock.day = dt.date(2026, 11, 30)  # a Monday
    dialog = open_dialog()
    assert dialog.preview.isHidden()
    keyboard.type("Grace: compiler order; pain BeanCo: burnt beans; promised the manual in 3 days")
    assert dialog.preview.isVisible()
    friday = QLocale().toString(QDate(2026, 12, 3), QLocale.FormatType.LongFormat)
    today = QLocale().toString(QDate(2026, 11, 30), QLocale.FormatType.LongFormat)
    assert dialog.preview.text().splitlines() == [
        "Customer: Grace Hopper, Navy (#4)",
        f"Conversation: call, {today}",
        "Summary: compiler order",
        "Pain: BeanCo: burnt beans (with a competitor)",
        f"Promise: the manual, due {friday}",
    ]
    # The structured fields hold the same, for those who prefer them.
    assert dialog.customer.customer_id() == people["Grace"]
    assert dialog.customer_hint.isHidden()  # the preview says who: no second sentence
    assert dialog.summary.toPlainText() == "compiler order"
    assert dialog.pains_competitor.toPlainText() == "BeanCo: burnt beans"
    assert dialog.pains_us.toPlainText() == ""
    assert dialog.promise.text() == "the manual"
    assert dialog.due.text() == "2026-12-03"
    # ... and they follow the line as it changes.
    keyboard.press(Qt.Key.Key_End)
    for _ in "in 3 days":
        keyboard.press(Qt.Key.Key_Backspace)
    keyboard.type("next week; meeting; yesterday")
    assert dialog.due.text() == "2026-12-07"
    assert dialog.channel.currentData() == "meeting"
    assert dialog.date.text() == "2026-11-29"
    assert "Customer: Grace Hopper, Navy (#4)" in dialog.preview.text()
    keyboard.press(Qt.Key.Key_Return)  # Enter on the line saves, as Ctrl+Enter does
    assert not dialog.isVisible()
    (conv,) = detail(controller, people["Grace"])["conversations"]
    assert (conv["channel"], conv["occurred_on"]) == ("meeting", dt.date(2026, 11, 29))


def test_the_preview_says_when_the_name_is_ambiguous_or_new(open_dialog, people, keyboard):
    dialog = open_dialog()
    keyboard.type("ad: hello")
    assert "Customer: 'ad' matches 2 customers" in dialog.preview.text()
    dialog.line.clear()
    keyboard.type("Bob Builder: hello")
    assert "Customer: 'Bob Builder', a new customer: saving offers to add them" in (
        dialog.preview.text()
    )


def test_the_preview_says_where_the_name_is_missing_when_the_field_was_emptied(
    open_dialog, people, keyboard
):
    dialog = open_dialog()
    keyboard.type("Bob Builder: hello")
    dialog.customer.setFocus()
    dialog.customer.selectAll()
    keyboard.press(Qt.Key.Key_Delete)
    # The line still starts with a name and a colon: the field is what is empty.
    assert "Customer: (not given: type the name in the Customer field)" in dialog.preview.text()
    dialog.line.clear()
    dialog.line.setFocus()
    keyboard.type("hello")
    assert "Customer: (not given: start the line with the name and a colon)" in (
        dialog.preview.text()
    )


def test_an_unknown_name_is_added_as_a_customer_keeping_everything_typed(
    open_dialog, people, controller, keyboard, qtbot
):
    dialog = open_dialog()
    keyboard.type("Bob Builder: roof repair; loved the tiles; promised a quote by Friday")
    keyboard.press(Qt.Key.Key_Return, CTRL)
    box = question(qtbot)
    assert box.text() == "No customer is called 'Bob Builder'. Add Bob Builder as a new customer?"
    answer(qtbot, box, Qt.Key.Key_Escape)  # not yet: everything stays as typed
    assert dialog.isVisible()
    assert dialog.line.text().startswith("Bob Builder: roof repair")
    assert dialog.promise.text() == "a quote"
    keyboard.press(Qt.Key.Key_Return, CTRL)
    answer(qtbot, question(qtbot), Qt.Key.Key_Return)  # Enter: Add Bob Builder
    assert not dialog.isVisible()
    (bob,) = [c for c in controller.candidates() if c.name == "Bob Builder"]
    detail_ = detail(controller, bob.id)
    (conv,) = detail_["conversations"]
    assert conv["summary"] == "roof repair"
    assert [d["text"] for d in conv["delights"]] == ["loved the tiles"]
    (promise,) = detail_["promises"]
    assert promise["due_on"] == coming_friday(controller.today())


def test_a_bad_field_is_refused_before_a_new_customer_is_offered(
    open_dialog, people, controller, keyboard
):
    dialog = open_dialog()
    keyboard.type("Bob Builder: roof repair; tomorrow")  # a call can't be in the future
    keyboard.press(Qt.Key.Key_Return, CTRL)
    assert "is in the future" in dialog.error_text("conversation date")
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)
    assert len(controller.candidates()) == len(people)


@pytest.mark.parametrize(("locale", "due"), [("en_US", (3, 12)), ("de_DE", (12, 3))])
def test_numeric_dates_follow_the_users_locale(open_dialog, people, keyboard, clock, locale, due):
    clock.day = dt.date(2026, 11, 30)
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        assert locale_order() == ("mdy" if locale == "en_US" else "dmy")
        dialog = open_dialog()
        keyboard.type("Grace: promised the manual by 3/12")
    finally:
        QLocale.setDefault(before)
    month, day = due
    # The field shows the date the locale's way, with the whole year ("3/12/2027", "03.12.2026").
    expected = QDate(2027 if month == 3 else 2026, month, day)
    assert dialog.due.text() == QLocale(locale).toString(
        expected, field_date_format(QLocale(locale))
    )
    assert dialog.due.text() == ("3/12/2027" if locale == "en_US" else "03.12.2026")


def test_the_no_match_sentence_follows_the_name_retyped_in_the_line(
    open_dialog, people, controller, keyboard, qtbot
):
    dialog = open_dialog()
    keyboard.type("Zyxwv Nobody: tasting went well")
    keyboard.press(Qt.Key.Key_Return, CTRL)
    answer(qtbot, question(qtbot), Qt.Key.Key_Escape)  # Keep Editing
    assert "No customer matches 'Zyxwv Nobody'" in dialog.error_text("customer")
    # The line retyped with a real customer: the red sentence goes with the name it was about.
    dialog.line.setFocus()
    keyboard.press(Qt.Key.Key_A, CTRL)
    keyboard.type("Grace: tasting went well")
    assert dialog.error_text("customer") == ""
    assert dialog.customer.customer_id() == people["Grace"]
    keyboard.press(Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    assert conversation_count(controller) == 1


def test_a_due_date_that_names_no_day_is_flagged_and_refused_until_fixed(
    open_dialog, people, controller, keyboard
):
    dialog = open_dialog()
    keyboard.type("Grace: promised a call by 2026-02-30")
    sentence = (
        "'2026-02-30' is not a valid due date: write it as YYYY-MM-DD (for example "
        "2026-11-22), or 'today' or 'tomorrow'."
    )
    rows = dialog.preview.text().splitlines()
    assert "Promise: a call" in rows
    assert f"Not saved: {sentence}" in rows
    keyboard.press(Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible()
    assert dialog.error_text("line") == sentence
    assert conversation_count(controller) == 0
    # Fixed in the line: saved, with the day.
    assert dialog.line.hasFocus()  # the sentence's field
    keyboard.press(Qt.Key.Key_End)
    for _ in "30":
        keyboard.press(Qt.Key.Key_Backspace)
    keyboard.type("28")
    assert "Not saved" not in dialog.preview.text()
    keyboard.press(Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    (promise,) = detail(controller, people["Grace"])["promises"]
    assert (promise["text"], promise["due_on"]) == ("a call", dt.date(2026, 2, 28))
