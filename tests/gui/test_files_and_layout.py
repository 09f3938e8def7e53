"""File dialogs, backups and the window's layout as a user meets them (a new user's trial found
these): the import dialog opens on a folder with no name typed in, Back Up Now keeps the
day's automatic backup, each journal keeps its own window size, F1 says where each key works."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from shiboken6 import isValid

from custjournal.gui.controller import JournalController
from custjournal.gui.main_window import MainWindow
from custjournal.store import backup
from custjournal.store.journal import open_journal

WAIT = 15_000


@pytest.fixture
def window(qtbot, journal_path):
    made: list[MainWindow] = []

    def make(path=None) -> MainWindow:
        controller = JournalController(open_journal(path or journal_path))
        win = MainWindow(controller, use_tray=False)
        qtbot.addWidget(win)
        with qtbot.waitSignal(win.rows_loaded, timeout=WAIT):
            win.show()
        made.append(win)
        return win

    yield make
    for win in made:
        win.controller.close()


def test_the_import_dialog_opens_on_a_folder_with_no_file_name_typed(window, qtbot):
    win = window()
    seen = {}

    def look() -> None:
        # The timer may fire in an event loop that runs before the dialog is shown (the app's
        # own work at start): look again until it is there.
        dialog = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QFileDialog) and w.isVisible()
            ),
            None,
        )
        if dialog is None:
            QTimer.singleShot(10, look)
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        seen["name"] = name.text() if name is not None else ""
        seen["folder"] = dialog.directory().absolutePath()
        dialog.reject()

    QTimer.singleShot(0, look)
    win.transfer.act_import.trigger()
    qtbot.waitUntil(lambda: "name" in seen, timeout=WAIT)
    assert seen["name"] == ""  # not "Documents"
    from pathlib import Path

    assert Path(seen["folder"]).is_dir()


def test_back_up_now_keeps_the_automatic_backup_of_the_same_day(window, journal_path, qtbot):
    win = window()
    with qtbot.waitSignal(
        win.transfer.finished, timeout=WAIT, check_params_cb=lambda f, _r: f == "auto-backup"
    ) as auto:
        win.transfer.start_auto_backups()
    automatic = auto.args[1]
    assert automatic is not None and automatic.exists()
    with qtbot.waitSignal(
        win.transfer.finished, timeout=WAIT, check_params_cb=lambda f, _r: f == "backup"
    ) as manual:
        win.transfer.act_backup.trigger()
    assert manual.args[1] != automatic and manual.args[1].exists()
    assert automatic.exists()  # was removed by the rotation
    assert {b.path for b in backup.list_backups(journal_path)} >= {automatic, manual.args[1]}


def test_each_journal_keeps_its_own_window_size(window, journal_path, tmp_path, qtbot):
    sample = tmp_path / "sample.sqlite3"
    # (sizes within the offscreen screen, 800 x 800: restoring a geometry fits it to the screen)
    big = window()
    big.resize(780, 560)
    big.close()
    small = window(sample)
    small.resize(660, 520)
    small.close()
    assert window().size().width() == 780  # the big journal opens as it was left
    assert window(sample).size().width() == 660


def test_f1_says_where_each_key_works(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    win = window()
    shown = {}

    def read_and_close() -> None:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        if not boxes:  # not shown yet: look again in a moment
            QTimer.singleShot(10, read_and_close)
            return
        shown["text"] = boxes[0].text()
        boxes[0].accept()

    QTimer.singleShot(0, read_and_close)
    qtbot.keyClick(win, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: "text" in shown, timeout=WAIT)
    text = shown["text"]
    headings = [part.split("</h4>")[0] for part in text.split("<h4>")[1:]]
    assert headings[:4] == ["Anywhere", "In the customer list", "In the search field", "In Today"]
    groups = dict(win.shortcut_groups())
    anywhere = dict(groups["Anywhere"])
    today = dict(groups["In Today"])
    assert anywhere["Ctrl+N"] == "New Customer" and anywhere["Ctrl+L"] == "Quick Log"
    today_keys = {
        a.shortcut().toString() for a in win.today_view.findChildren(type(win.act_new))
    } - {""}
    assert today_keys and today_keys <= set(today)  # Today's own keys are listed there...
    assert not today_keys & set(anywhere)  # ...and not as if they worked anywhere
    assert dict(groups["In the search field"])["Esc"] == "Clear the search; again: go to the list"


def test_a_load_that_arrives_after_its_window_is_gone_is_dropped(qtbot, journal_path):
    """A worker's rows can come back after the window that asked for them was closed and
    deleted: they are dropped, not painted into deleted widgets (that raised "Internal C++
    object (DueTree) already deleted" inside Qt's event loop)."""
    controller = JournalController(open_journal(journal_path))
    try:
        win = MainWindow(controller, use_tray=False)
        with qtbot.waitSignal(win.rows_loaded, timeout=WAIT):
            win.show()
        # Hold the worker so that its result comes back only once the window is gone.
        from custjournal.gui import loading

        real_load, gate = loading.load, []

        def slow_load(*args, **kwargs):
            while not gate:
                time.sleep(0.01)
            return real_load(*args, **kwargs)

        loading.load = slow_load
        try:
            win.reload_list()
            # Deleted without its closing backup, which would wait for this very worker.
            win.hide()
            win.deleteLater()
            qtbot.waitUntil(lambda: not isValid(win), timeout=WAIT)
            gate.append(True)
            qtbot.waitUntil(lambda: not controller._tasks, timeout=WAIT)
        finally:
            loading.load = real_load
    finally:
        controller.close()
