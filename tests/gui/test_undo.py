"""Edit > Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z) for every kind of change made in the app, driven
by keys as a person would: adding a customer, logging a call, snoozing and dismissing in Today."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from custjournal import ops
from custjournal.gui.main_window import MainWindow
from custjournal.store import queries

TODAY = dt.date.today()
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, controller):
    journal = controller.journal
    ada = ops.add_customer(journal, "Ada Lovelace", stage="connection").id
    ops.log_conversation(
        journal,
        ada,
        on=TODAY - dt.timedelta(days=40),
        summary="Engines",
        promise="Send the brochure",
        promise_due=TODAY - dt.timedelta(days=2),
        today=TODAY,
    )
    w = MainWindow(controller, use_tray=False)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.today_view.loaded, timeout=10_000):
        w.show()
    with qtbot.waitExposed(w):
        pass
    qtbot.waitUntil(lambda: w.model.rowCount() == 1)
    w.ada = ada
    return w


def in_dialog(keys) -> None:
    """Run *keys(dialog)* once the modal dialog a key is about to open runs its own loop (and
    shows with the keyboard focus in it)."""

    def when_open() -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if dialog is None or focus is None or not dialog.isAncestorOf(focus):
            QTimer.singleShot(10, when_open)
            return
        try:
            keys(dialog)
        finally:
            if dialog.isVisible():  # a failed step must not leave the test waiting forever
                dialog.reject()

    QTimer.singleShot(0, when_open)


def names(w: MainWindow) -> list[str]:
    return [w.model.index(r, 0).data() for r in range(w.model.rowCount())]


def due_keys(w: MainWindow) -> list[str]:
    model = w.today_view.model
    return [model.item(r).item_key for r in range(model.rowCount())]


def press(qtbot, w: MainWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    if QApplication.activeWindow() is not w:  # back from a dialog (a window manager does it)
        with qtbot.waitActive(w):
            w.activateWindow()
    target = QApplication.focusWidget() or w
    with qtbot.waitSignal(w.today_view.loaded, timeout=10_000):
        qtbot.keyClick(target, key, modifier)


def status(w: MainWindow) -> str:
    return w.statusBar().currentMessage()


def test_adding_a_customer_is_undone_by_ctrl_z_and_redone_by_ctrl_shift_z(window, qtbot, keyboard):
    def type_name(dialog) -> None:
        keyboard.type("Katherine Johnson")
        keyboard.press(Qt.Key.Key_Return)

    in_dialog(type_name)
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: "Katherine Johnson" in names(window), timeout=10_000)
    assert window.act_undo.isEnabled()  # it stayed greyed before

    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: "Katherine Johnson" not in names(window), timeout=10_000)
    assert status(window).startswith("Undone: Added Katherine Johnson")
    assert window.act_redo.isEnabled()

    press(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    qtbot.waitUntil(lambda: "Katherine Johnson" in names(window), timeout=10_000)
    assert status(window).startswith("Redone: Added Katherine Johnson")


def test_a_call_logged_from_today_is_undone(window, qtbot, keyboard):
    window.show_today()

    def log(dialog) -> None:
        keyboard.type("Asked about the brochure")
        keyboard.press(Qt.Key.Key_Return, CTRL)

    in_dialog(log)
    press(qtbot, window, Qt.Key.Key_L)

    def conversations() -> int:
        with window.controller.journal.read() as session:
            return len(queries.customer_detail(session, window.ada)["conversations"])

    assert conversations() == 2
    assert window.act_undo.isEnabled()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert conversations() == 1
    assert status(window).startswith("Undone: Logged a")
    assert "neglected" in due_keys(window)  # the call no longer counts as a touch


@pytest.mark.parametrize("key", [Qt.Key.Key_S, Qt.Key.Key_D])
def test_snoozing_and_dismissing_in_today_are_undone(window, qtbot, key):
    window.show_today()
    view = window.today_view
    row = due_keys(window).index("neglected")
    view.table.setCurrentIndex(view.model.index(row, 0))
    before = due_keys(window)
    press(qtbot, window, key)
    qtbot.waitUntil(lambda: "neglected" not in due_keys(window), timeout=10_000)
    assert window.act_undo.isEnabled()

    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: due_keys(window) == before, timeout=10_000)
    assert status(window).startswith(("Undone: Snoozed", "Undone: Dismissed"))

    press(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    qtbot.waitUntil(lambda: "neglected" not in due_keys(window), timeout=10_000)


def test_an_import_with_a_merge_is_undone_and_redone(window, qtbot, tmp_path):
    from custjournal.gui.transfer import ImportPreviewDialog
    from tests.gui.test_transfer import card, crlf, wait_dialog, wait_finished
    from tests.ops.test_undo import rows

    journal = window.controller.journal
    contacts = tmp_path / "contacts.vcf"
    contacts.write_bytes(
        crlf(
            card("Ada Lovelace", "TEL:+44 20 7946 0000")  # merged: her phone is new
            + card("Grace Hopper", "EMAIL:grace@navy.example")
        )
    )
    before = rows(journal.path)
    window.transfer.import_file(contacts)
    preview = wait_dialog(qtbot, window.transfer, ImportPreviewDialog)
    with wait_finished(qtbot, window.transfer, "import"):
        qtbot.keyClick(preview, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Grace Hopper" in names(window), timeout=10_000)
    after = rows(journal.path)

    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert rows(journal.path) == before  # the merge into Ada undone too
    assert status(window).startswith("Undone: Imported contacts.vcf")
    qtbot.waitUntil(lambda: "Grace Hopper" not in names(window), timeout=10_000)

    press(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert rows(journal.path) == after
    qtbot.waitUntil(lambda: "Grace Hopper" in names(window), timeout=10_000)
