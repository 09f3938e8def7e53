"""The customer page's timeline makes its rows a page at a time, the next page as the view is
scrolled near its end (a customer with 500 entries opens as fast as one with 60)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from custjournal import ops
from custjournal.gui import customer_page
from custjournal.gui.controller import JournalController
from custjournal.gui.main_window import MainWindow
from custjournal.store.journal import open_journal

TODAY = dt.date.today()
ENTRIES = 2 * customer_page.TIMELINE_PAGE + 15


@pytest.fixture
def busy(journal):
    """A customer with ENTRIES conversations, one a day, the newest yesterday."""
    cid = ops.add_customer(journal, "Ada Lovelace").id
    for n in range(ENTRIES):
        ops.log_conversation(
            journal, cid, summary=f"Call {n}", on=TODAY - dt.timedelta(days=ENTRIES - n)
        )
    journal.close()
    return cid


@pytest.fixture
def window(qtbot, journal_path, busy):
    w = MainWindow(JournalController(open_journal(journal_path)))
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.rows_loaded, timeout=10_000):
        w.show()
    yield w
    w.controller.close()


def summaries(page) -> list[str]:
    tree = page.timeline
    return [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]


def test_the_first_page_is_the_newest_entries(window, busy):
    window.select_customer(busy)
    page = window.page
    shown = summaries(page)
    assert len(shown) == customer_page.TIMELINE_PAGE
    # Newest first: the stage she was added in (today), then the calls from yesterday back.
    assert shown[0].startswith("Stage:") and shown[1].endswith(f"Call {ENTRIES - 1}")
    assert shown[-1].endswith(f"Call {ENTRIES - customer_page.TIMELINE_PAGE + 1}")
    assert page.can_fetch_more()


def test_scrolling_to_the_end_brings_every_entry_in_order(window, busy, qtbot):
    window.select_customer(busy)
    page = window.page
    tree = page.timeline
    tree.setFocus()
    while page.can_fetch_more():  # End, as a person scrolls: the next page each time
        before = tree.topLevelItemCount()
        qtbot.keyClick(tree, Qt.Key.Key_End)
        assert tree.topLevelItemCount() > before
    shown = summaries(page)
    assert len(shown) == ENTRIES + 1  # and the stage the customer was added in
    calls = [s for s in shown if "Call " in s]
    assert [int(s.rsplit(" ", 1)[1]) for s in calls] == list(range(ENTRIES - 1, -1, -1))


def test_another_customer_starts_again_at_the_first_page(window, busy, journal_path):
    window.select_customer(busy)
    window.page.fetch_more()
    window.page.fetch_more()
    assert not window.page.can_fetch_more()
    window.page.reload()
    assert len(summaries(window.page)) == customer_page.TIMELINE_PAGE
