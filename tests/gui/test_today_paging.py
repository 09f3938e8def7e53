"""A long Today list (thousands of items in a big journal) shows each group's items a page at a
time: scrolling, the arrow keys and End still reach every item, in order, and the headings
count them all."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt

from custjournal import ops
from custjournal.gui import today
from custjournal.gui.main_window import MainWindow

TODAY = dt.date.today()
PROMISES = 2 * today.GROUP_PAGE + 30


@pytest.fixture
def window(qtbot, controller):
    """Ada owes PROMISES promises, the longest overdue first as 'Promise 0', and is neglected."""
    journal = controller.journal
    ada = ops.add_customer(journal, "Ada Lovelace", stage="connection").id
    ops.log_conversation(
        journal, ada, on=TODAY - dt.timedelta(days=40), summary="Engines", today=TODAY
    )
    for n in range(PROMISES):
        ops.add_promise(
            journal, ada, f"Promise {n}", due=TODAY - dt.timedelta(days=PROMISES - n), today=TODAY
        )
    w = MainWindow(controller, use_tray=False)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.today_view.loaded, timeout=10_000):
        w.show()
    qtbot.waitExposed(w)
    w.show_today()
    return w


def promise_number(view: today.TodayView) -> int:
    item = view.current_item()
    assert item is not None and item.reason == "promise"
    found = re.search(r"Promise (\d+)", item.detail)
    assert found is not None
    return int(found.group(1))


def shown_promises(view: today.TodayView) -> list[str]:
    grouped = view.grouped
    group = grouped.group_index("promise")
    return [grouped.index(i, 1, group).data() for i in range(grouped.rowCount(group))]


def test_the_headings_count_every_item(window):
    grouped = window.today_view.grouped
    headings = [grouped.index(g, 0).data() for g in range(grouped.rowCount())]
    assert headings == [f"Promises ({PROMISES})", "Neglected (1)"]
    assert window.today_view.model.rowCount() == PROMISES + 1


def test_scrolling_to_the_end_brings_every_promise_in_order(window, qtbot):
    view = window.today_view
    bar = view.table.verticalScrollBar()
    for _ in range(PROMISES):  # as a person drags the scroll bar down, again and again
        if len(shown_promises(view)) == PROMISES:
            break
        bar.setValue(bar.maximum())
        qtbot.waitUntil(
            lambda: bar.value() < bar.maximum() or len(shown_promises(view)) == PROMISES
        )
    numbers = [re.search(r"Promise (\d+)", text) for text in shown_promises(view)]
    assert [int(m.group(1)) for m in numbers if m] == list(range(PROMISES))


def test_the_down_key_walks_through_every_promise_then_the_next_group(window, qtbot):
    view = window.today_view
    tree = view.table
    tree.setFocus()
    tree.setCurrentIndex(view.model.index(0, 0))
    seen = [promise_number(view)]
    for _ in range(PROMISES - 1):
        qtbot.keyClick(tree, Qt.Key.Key_Down)
        seen.append(promise_number(view))
    assert seen == list(range(PROMISES))
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # the next group's heading, then its item
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert view.current_item() is not None and view.current_item().reason == "neglected"


def test_end_goes_to_the_last_item(window, qtbot):
    view = window.today_view
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_End)
    item = view.current_item()
    assert item is not None and item.reason == "neglected"


def test_acting_far_down_the_list_moves_the_selection_to_the_next_item(window, qtbot):
    view = window.today_view
    tree = view.table
    tree.setFocus()
    far = today.GROUP_PAGE + 20  # beyond the first page
    tree.setCurrentIndex(view.model.index(far, 0))
    assert promise_number(view) == far
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        qtbot.keyClick(tree, Qt.Key.Key_K)  # kept: the list comes again without it
    assert promise_number(view) == far + 1


def test_the_grouped_model_with_items_not_shown_yet_passes_the_model_tester(window, qtmodeltester):
    grouped = window.today_view.grouped
    group = grouped.group_index("promise")
    assert grouped.rowCount(group) < PROMISES  # some are still to come
    qtmodeltester.check(grouped)
