"""Today, the brief and the customer page on pinned days: across a month end and 29 February.

The `clock` fixture (tests/gui/conftest.py) pins the app's day; moving it and reloading shows
what the user would see on that day, without waiting for a real calendar.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from custjournal import ops
from custjournal.gui.main_window import MainWindow
from custjournal.gui.table_model import OVERDUE_BRUSH

START = dt.date(2027, 1, 10)
DUE = dt.date(2027, 1, 31)


def make_window(qtbot, controller) -> MainWindow:
    w = MainWindow(controller, use_tray=False)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.today_view.loaded, timeout=10_000):
        w.show()
    return w


def move_to(qtbot, w: MainWindow, clock, day: dt.date) -> None:
    """The day changes (as at midnight): the lists are worked out again for *day*."""
    clock.day = day
    with qtbot.waitSignal(w.today_view.loaded, timeout=10_000):
        w.reload_list()


def today_rows(w: MainWindow) -> list[tuple[str, str, str]]:
    model = w.today_view.model
    return [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]


def brief_text(w: MainWindow, customer_id: int) -> str:
    w.show_brief_for(customer_id)
    return w.brief_view.browser.toPlainText()


@pytest.fixture
def promised(controller, clock):
    """Ada, last spoken to on 10 January 2027, promised something for 31 January; her own
    cadence of 21 days makes her due on 31 January too."""
    clock.day = START
    journal = controller.journal
    ada = ops.add_customer(journal, "Ada Lovelace", cadence_days=21, today=START).id
    ops.log_conversation(
        journal,
        ada,
        on=START,
        summary="Engines",
        promise="Send the quote",
        promise_due=DUE,
        today=START,
    )
    return ada


def test_a_promise_due_on_31_january_is_due_tomorrow_on_the_30th(
    qtbot, controller, clock, promised
):
    clock.day = dt.date(2027, 1, 30)
    w = make_window(qtbot, controller)
    rows = [r for r in today_rows(w) if "Send the quote" in r[1]]
    assert len(rows) == 1 and rows[0][2] == "in 1 d"
    model = w.today_view.model
    row = [r for r in range(model.rowCount()) if "Send the quote" in model.index(r, 1).data()][0]
    assert model.index(row, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Open promise, due tomorrow (2027-01-31): Send the quote" in brief_text(w, promised)
    w.open_customer(promised)
    header = w.page.facts_line.text()
    assert "due in 1 day" in header and "overdue" not in header


def test_the_same_promise_is_overdue_on_1_february(qtbot, controller, clock, promised):
    clock.day = dt.date(2027, 1, 30)
    w = make_window(qtbot, controller)
    move_to(qtbot, w, clock, dt.date(2027, 2, 1))
    model = w.today_view.model
    assert "Send the quote" in model.index(0, 1).data()  # overdue promises come first
    assert model.index(0, 2).data() == "1 d ago"
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_BRUSH
    assert "Overdue promise (due 2027-01-31, yesterday): Send the quote" in brief_text(w, promised)
    w.open_customer(promised)
    assert "contact 1 day overdue" in w.page.facts_line.text()


def test_on_31_january_the_promise_and_the_customer_are_due_today(
    qtbot, controller, clock, promised
):
    clock.day = DUE
    w = make_window(qtbot, controller)
    rows = [r for r in today_rows(w) if "Send the quote" in r[1]]
    assert rows[0][2] == "today"
    w.open_customer(promised)
    assert "due today" in w.page.facts_line.text()


@pytest.fixture
def leap_birthday(controller, clock):
    """Grace, born on 29 February."""
    day = dt.date(2026, 12, 1)
    clock.day = day
    grace = ops.add_customer(controller.journal, "Grace Hopper", today=day).id
    ops.add_fact(
        controller.journal, grace, "important-date", "Birthday", month_day=(2, 29), today=day
    )
    return grace


def birthday_rows(w: MainWindow) -> list[tuple[str, str, str]]:
    return [r for r in today_rows(w) if "Birthday" in r[1]]


def test_a_29_february_birthday_shows_on_28_february_in_a_year_without_one(
    qtbot, controller, clock, leap_birthday
):
    clock.day = dt.date(2027, 2, 27)
    w = make_window(qtbot, controller)
    assert [r[2] for r in birthday_rows(w)] == ["in 1 d"]
    move_to(qtbot, w, clock, dt.date(2027, 2, 28))
    rows = birthday_rows(w)
    assert [r[2] for r in rows] == ["today"] and "29 February" in rows[0][1]
    assert "Coming up today (2027-02-28): Birthday" in brief_text(w, leap_birthday)
    move_to(qtbot, w, clock, dt.date(2027, 3, 1))
    assert birthday_rows(w) == []


def test_in_a_leap_year_the_birthday_is_on_29_february_itself(
    qtbot, controller, clock, leap_birthday
):
    clock.day = dt.date(2028, 2, 28)
    w = make_window(qtbot, controller)
    assert [r[2] for r in birthday_rows(w)] == ["in 1 d"]
    assert "Coming up tomorrow (2028-02-29): Birthday" in brief_text(w, leap_birthday)
    move_to(qtbot, w, clock, dt.date(2028, 2, 29))
    assert [r[2] for r in birthday_rows(w)] == ["today"]
    assert "Coming up today (2028-02-29): Birthday" in brief_text(w, leap_birthday)
