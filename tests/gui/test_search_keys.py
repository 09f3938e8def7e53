"""The app's shortcuts while the keyboard rests in the search field, driven by keys as a person
would: the field keeps its own editing keys, never the app's (Add Purchase, Undo, Redo)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from custjournal import ops
from custjournal.gui.dialogs import PurchaseDialog
from custjournal.gui.main_window import MainWindow
from custjournal.store import queries
from tests.gui.test_undo import in_dialog

TODAY = dt.date.today()
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, controller):
    journal = controller.journal
    ada = ops.add_customer(journal, "Ada Lovelace", stage="connection").id
    ops.log_conversation(journal, ada, on=TODAY, summary="Asked about shipping costs")
    w = MainWindow(controller, use_tray=False)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.rows_loaded, timeout=10_000):
        w.show()
    with qtbot.waitExposed(w):
        pass
    w.ada = ada
    return w


def purchases(w: MainWindow) -> int:
    with w.controller.journal.read() as session:
        return len(queries.customer_detail(session, w.ada)["purchases"])


def key(qtbot, w: MainWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the keyboard is (the window active again after a dialog, as a window
    manager makes it)."""
    if QApplication.activeWindow() is not w:
        with qtbot.waitActive(w):
            w.activateWindow()
    qtbot.keyClick(QApplication.focusWidget() or w, key, modifier)


def searched_then_bought(w: MainWindow, qtbot, keyboard) -> None:
    """One customer selected, "shipping" typed in search, and a purchase added with Ctrl+U
    from there: the keyboard is back in the search field."""
    w.select_customer(w.ada)
    w.focus_search()
    keyboard.type("shipping")
    assert w.model.rowCount() == 1

    def buy(dialog) -> None:
        assert isinstance(dialog, PurchaseDialog)
        keyboard.type("120")
        keyboard.press(Qt.Key.Key_Return)

    in_dialog(buy)
    with qtbot.waitSignal(w.rows_loaded, timeout=10_000):
        key(qtbot, w, Qt.Key.Key_U, CTRL)
    assert purchases(w) == 1
    if QApplication.activeWindow() is not w:
        with qtbot.waitActive(w):
            w.activateWindow()
    assert w.search.hasFocus()
    assert w.search.text() == "shipping"


def test_ctrl_u_in_the_search_field_adds_a_purchase(window, qtbot, keyboard):
    searched_then_bought(window, qtbot, keyboard)


@pytest.mark.parametrize("redo", [(Qt.Key.Key_Z, CTRL_SHIFT), (Qt.Key.Key_Y, CTRL)])
def test_undo_and_redo_from_the_search_field_are_the_journals(window, qtbot, keyboard, redo):
    searched_then_bought(window, qtbot, keyboard)
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert purchases(window) == 0  # the purchase undone, not the search text
    assert window.search.text() == "shipping"
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        key(qtbot, window, *redo)
    assert purchases(window) == 1  # and redone
    assert window.search.text() == "shipping"
    window.close()  # and it stays (the journal's redo was a real one)
    assert purchases(window) == 1


def test_what_was_just_typed_is_undone_first_and_the_journal_redo_is_never_lost(
    window, qtbot, keyboard
):
    searched_then_bought(window, qtbot, keyboard)
    keyboard.type(" costs")  # a typing of its own, since the field got the focus back
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.search.text() == "shipping"  # the field's own undo, as in any text field
    assert purchases(window) == 1
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert purchases(window) == 0  # nothing more of the field's: the journal's
    # The field could redo " costs" still; the journal's redo comes first now, its undo
    # being the last thing done.
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        key(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert purchases(window) == 1
    assert window.search.text() == "shipping"


def test_the_fields_own_keys_still_edit_it(window, qtbot, keyboard):
    window.focus_search()
    keyboard.type("shipping")
    key(qtbot, window, Qt.Key.Key_A, CTRL)  # no action of the app's: the field's select-all
    assert window.search.selectedText() == "shipping"
    window.table.clearSelection()
    window.table.setCurrentIndex(window.model.index(-1, -1))
    window.search.setFocus()
    assert window.current_customer_id() is None
    key(qtbot, window, Qt.Key.Key_U, CTRL)  # no customer to buy: the field's own key, if any
    delete_line = QKeySequence.keyBindings(QKeySequence.StandardKey.DeleteCompleteLine)
    if QKeySequence("Ctrl+U") in delete_line:  # Linux desktops (not the offscreen platform)
        assert window.search.text() == ""
    else:
        assert window.search.text() == "shipping"


def test_the_companies_filter_leaves_undo_to_the_journal(window, qtbot, keyboard):
    window.controller.apply(ops.add_purchase, window.ada, 12_000)
    assert purchases(window) == 1
    key(qtbot, window, Qt.Key.Key_4, CTRL)  # View > Companies
    window.companies_view.filter.setFocus()
    assert window.companies_view.filter.hasFocus()
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert purchases(window) == 0
    keyboard.type("Lov")
    key(qtbot, window, Qt.Key.Key_Z, CTRL)  # its own typing: the field's
    assert window.companies_view.filter.text() == ""
    assert purchases(window) == 0
