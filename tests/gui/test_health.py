"""Relationship health in the app: the customer page's bars read and hovered, and the list
sorted by health and by 12-month value, clicking the headers as a person would."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QToolTip

from custjournal import ops
from custjournal.gui.controller import JournalController
from custjournal.gui.customer_model import HEALTH, VALUE
from custjournal.gui.health_bars import HealthBar
from custjournal.gui.main_window import MainWindow
from custjournal.store.journal import open_journal

TODAY = dt.date.today()


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


@pytest.fixture
def journal_of_three(journal, journal_path):
    """Ada: known, promises kept, no pain of ours; Bob: an overdue promise; Cy: new."""
    ada = ops.add_customer(journal, "Ada Lovelace", stage="connection", tier_pin="B").id
    bob = ops.add_customer(journal, "Bob Stone", stage="connection").id
    cy = ops.add_customer(journal, "Cy Young", stage="prospecting").id
    ops.log_conversation(
        journal, ada, on=ago(10), why_buy="fast delivery", delights=["the samples"]
    )
    ops.add_fact(journal, ada, "family", "two kids", on=ago(10))
    ops.add_promise(journal, ada, "send brochure", due=ago(5), on=ago(10))
    ops.mark_promise_done(journal, ada, "send", on=ago(6))
    ops.add_promise(journal, bob, "quote for the new line", due=ago(20), on=ago(40))
    ops.log_conversation(journal, bob, on=ago(40))
    ops.add_purchase(journal, bob, 90_000, on=ago(30))
    ops.add_purchase(journal, ada, 12_050, on=ago(30))
    journal.close()
    con = sqlite3.connect(journal_path)
    con.execute(
        "UPDATE customer SET created_at = ? WHERE id IN (?, ?)", (f"{ago(60)} 09:00:00", ada, bob)
    )
    con.execute("UPDATE customer SET created_at = ? WHERE id = ?", (f"{ago(2)} 09:00:00", cy))
    con.commit()
    con.close()
    return {"ada": ada, "bob": bob, "cy": cy}


@pytest.fixture
def window(qtbot, journal_path, journal_of_three):
    controller = JournalController(open_journal(journal_path))
    w = MainWindow(controller)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.rows_loaded, timeout=10_000):
        w.show()
    # The health column is read in a worker after the rows.
    qtbot.waitUntil(lambda: bool(w.model.health), timeout=10_000)
    yield w
    controller.close()


def column(w: MainWindow, col: int) -> list[str]:
    return [w.model.index(r, col).data() for r in range(w.model.rowCount())]


def names(w: MainWindow) -> list[str]:
    return column(w, 0)


def click_header(qtbot, w: MainWindow, col: int) -> None:
    header = w.table.horizontalHeader()
    w.table.scrollTo(w.model.index(0, col))
    pos = QPoint(header.sectionViewportPosition(col) + 5, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_a_narrow_page_says_not_enough_to_tell_yet_in_short(window, qtbot, journal_of_three):
    """Four labels cut to "Respect: not enou…" side by side read as broken: with too little
    room an element with too little data shows "Respect –", its reasons on hover."""
    window.select_customer(journal_of_three["bob"], show=True)
    bars = window.page.health
    label = bars.labels["respect"]
    room = label.fontMetrics().horizontalAdvance("Respect: not enough to tell yet")
    bars.resize(room * 4 + 200, bars.height())
    qtbot.waitUntil(lambda: label.width() > room)
    assert QLabel.text(label) == "Respect: not enough to tell yet"
    bars.resize(room * 2, bars.height())
    qtbot.waitUntil(lambda: label.width() < room)
    assert QLabel.text(label) == "Respect –"
    assert label.text() == "Respect: not enough to tell yet"  # the label's own text is whole
    assert label.toolTip().startswith("Not enough to tell yet: ")  # the reasons, on hover
    assert label.accessibleName() == "Respect: not enough to tell yet"
    # An element with a score is cut as before, never shortened to a dash.
    assert "–" not in QLabel.text(bars.labels["responsibility"])


def test_the_page_shows_four_bars_with_reasons_on_hover(window, qtbot, journal_of_three):
    window.select_customer(journal_of_three["bob"], show=True)
    bars = window.page.health
    assert bars.isVisible()
    texts = {e: label.text() for e, label in bars.labels.items()}
    assert texts["responsibility"] == "Responsibility 0"
    assert texts["respect"] == "Respect: not enough to tell yet"
    bar = bars.bars["responsibility"]
    assert isinstance(bar, HealthBar) and bar.score == 0
    assert bar.accessibleName() == "Responsibility: 0 out of 100"
    assert "1 overdue now." in bar.accessibleDescription()
    assert bars.bars["respect"].score is None
    assert bars.next_step.text() == (
        "Next step: Keep the overdue promise 'quote for the new line', or tell them when you will."
    )
    # Hover the bar: its reasons come up as the tooltip.
    qtbot.mouseMove(bar, bar.rect().center())
    qtbot.waitUntil(QToolTip.isVisible, timeout=5000)
    assert "0 of 1 promise due kept on time." in QToolTip.text()
    assert "The oldest, 'quote for the new line', was due 20 days ago." in QToolTip.text()


def test_the_bars_follow_a_change(window, qtbot, journal_of_three):
    window.select_customer(journal_of_three["bob"], show=True)
    window.controller.apply(ops.mark_promise_done, journal_of_three["bob"], "quote")
    bars = window.page.health
    # Kept today, 20 days late: half a promise.
    qtbot.waitUntil(lambda: bars.labels["responsibility"].text() == "Responsibility 50")


def test_the_list_sorts_by_health_and_by_value(window, qtbot):
    click_header(qtbot, window, HEALTH)
    assert window.model.sort_column == HEALTH
    # Weakest first; Cy has nothing to tell yet and comes last, with an empty cell.
    order = names(window)
    assert order[-1] == "Cy Young" and column(window, HEALTH)[-1] == ""
    scores = [int(s) for s in column(window, HEALTH)[:-1]]
    assert scores == sorted(scores)
    click_header(qtbot, window, HEALTH)  # again: strongest first, Cy still last
    assert names(window) == [*reversed(order[:-1]), "Cy Young"]
    click_header(qtbot, window, VALUE)  # the most valuable first
    assert names(window) == ["Bob Stone", "Ada Lovelace", "Cy Young"]
    assert column(window, VALUE) == ["900.00", "120.50", ""]  # EUR: the legend says
    click_header(qtbot, window, VALUE)  # the least first; no value still last, as health's
    assert names(window) == ["Ada Lovelace", "Bob Stone", "Cy Young"]


def test_the_health_cell_and_the_pinned_tier_explain_themselves(window):
    m = window.model
    row = names(window).index("Ada Lovelace")
    assert m.index(row, 3).data() == "B*"
    assert m.index(row, 3).data(Qt.ItemDataRole.ToolTipRole) == "Tier B, pinned by hand"
    tip = m.index(row, HEALTH).data(Qt.ItemDataRole.ToolTipRole)
    assert "Responsibility: 100/100" in tip and "Respect: not enough to tell yet" in tip
    header_tip = m.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "* a tier pinned by hand" in header_tip
    assert "in EUR" in m.headerData(VALUE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert window.list_legend.text().startswith("Tier * pinned by hand · 12-month value in EUR")


def test_a_change_to_one_customer_updates_that_health_only(window, qtbot, journal_of_three):
    bob = journal_of_three["bob"]
    row_of = lambda: names(window).index("Bob Stone")  # noqa: E731
    before = window.model.health[bob].responsibility.score
    loads = window._health_token
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.controller.apply(ops.mark_promise_done, bob, "quote")
    assert before == 0
    assert window.model.health[bob].responsibility.score == 50
    assert window.model.index(row_of(), HEALTH).data() == str(window.model.health[bob].overall)
    assert window._health_token == loads  # nobody else's health was read again
    # A purchase can move other customers' tiers: everyone's health is read again.
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.controller.apply(ops.add_purchase, bob, 100)
    assert window._health_token == loads + 1


def test_health_arriving_after_the_window_is_gone_is_dropped(qtbot, journal_path, journal_of_three):
    """Seen in the suite: every customer's health reached a deleted window's model."""
    import shiboken6
    from PySide6.QtWidgets import QApplication

    controller = JournalController(open_journal(journal_path))
    w = MainWindow(controller)
    with qtbot.waitSignal(w.rows_loaded, timeout=10_000):
        w.show()
    controller.wait_for_tasks()
    QApplication.processEvents()  # the first health arrives
    w._load_health(TODAY)  # another read under way...
    shiboken6.delete(w)  # ...when the window goes
    controller.wait_for_tasks()
    QApplication.processEvents()  # its result comes to nobody, quietly
    controller.close()


def test_a_page_opened_from_the_list_shows_the_health_worked_out_in_full(
    qtbot, journal_path, clock
):
    """The page takes the customer's tier from the list's row instead of ranking every buyer
    again: for every customer of a demo journal (tiers A, B and C, some pinned), its bars are
    the health worked out from scratch."""
    from custjournal import demo

    journal = open_journal(journal_path)
    demo.fill(journal, customers=40, seed=5, today=clock.day)
    journal.close()
    w = MainWindow(JournalController(open_journal(journal_path)), use_tray=False)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.rows_loaded, timeout=10_000):
        w.show()
    try:
        rows = [w.model.customer(r) for r in range(w.model.rowCount())]
        assert {r.tier for r in rows} >= {"A", "B", "C"}
        for row in rows:
            w.page.show_customer(row)
            full = w.controller.health(row.id)
            assert full is not None
            shown = {e: label.text() for e, label in w.page.health.labels.items()}
            w.page.health.show_health(full)
            assert shown == {e: label.text() for e, label in w.page.health.labels.items()}
            assert w.controller.health(row.id, row.tier) == full
    finally:
        w.controller.close()


def kept_rows(journal_path) -> int:
    """The customers whose health is kept for today (the Insights page worked out ahead keeps
    90 days before as well)."""
    con = sqlite3.connect(journal_path)
    try:
        return con.execute(
            "SELECT count(*) FROM health_kept WHERE day = ?", (TODAY.isoformat(),)
        ).fetchone()[0]
    finally:
        con.close()


def test_the_health_column_is_kept_and_keeping_is_not_an_outside_change(
    qtbot, window, journal_path, journal_of_three
):
    # The first read of the day worked every customer's health out in the worker and kept it;
    # that commit is the app's own: no refresh of every view, and Undo stays.
    assert kept_rows(journal_path) == 3
    assert not window.controller.check_outside_changes()
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.controller.apply(ops.log_conversation, journal_of_three["cy"], on=TODAY)
    assert kept_rows(journal_path) == 2  # Cy's went with the new conversation
    assert window.act_undo.isEnabled()
    health_before = window.model.health
    window._load_health(TODAY)  # what a larger change (an import) runs: every customer's
    qtbot.waitUntil(lambda: window.model.health is not health_before, timeout=10_000)
    assert kept_rows(journal_path) == 3
    assert not window.controller.check_outside_changes()
    assert window.act_undo.isEnabled()
    cy = window.model.health[journal_of_three["cy"]]
    assert cy.knowledge.score is None and cy.next_step  # worked out from the kept facts
