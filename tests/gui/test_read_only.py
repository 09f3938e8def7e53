"""The app on a journal that takes no changes, driven as a person would: a file and folder that
can't be written, a file alone that can't be, and a journal the start-up check finds damaged.
Everything that reads works; everything that writes is disabled (menus, tool bar, shortcuts,
the customer page, Today's keys); the title and status bar say "read-only" and why; no backup is
tried and no warning about one is shown; nothing is written. A damaged journal restored from a
backup takes changes again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from custjournal import ops
from custjournal.gui import launch, startup
from custjournal.store import backup
from custjournal.store.journal import damage_marker, open_journal
from tests.gui.test_startup import damage, make_journal
from tests.readonly import listing, read_only_file, read_only_folder

WAIT = 15_000


def fill(folder: Path) -> None:
    """Three customers, one with a promise due today (so Today has an item to snooze)."""
    journal = open_journal(folder / "j.sqlite3")
    try:
        for name in ("Ada Lovelace", "Grace Hopper", "Alan Turing"):
            cid = ops.add_customer(journal, name).id
        ops.add_promise(journal, cid, "send the quote", due=dt.date.today())
    finally:
        journal.close()


@pytest.fixture
def told(monkeypatch) -> list[tuple]:
    """Every message box the app shows with a static call (none is expected)."""
    shown: list[tuple] = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *args, **_kw: shown.append(args))
    return shown


def open_and_settle(journal: Path, qtbot):
    window, controller, server = launch.open_window(journal)
    qtbot.addWidget(window)
    checker = window.findChild(startup.StartupCheck)
    qtbot.waitUntil(lambda: checker.report is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=WAIT)
    return window, controller, server


def close(window, controller, server) -> None:
    """Close the window once what it queued (a page shown on a timer) has run: before the
    read-only folder goes away under it."""
    QApplication.processEvents()
    controller.wait_for_tasks()
    window.close()
    server.close()
    controller.close()
    window.deleteLater()
    QApplication.processEvents()


def assert_read_only(window, qtbot, why: str, short: str) -> None:
    assert "read-only" in window.windowTitle()
    assert window.read_only_label is not None and window.read_only_label.isVisible()
    assert why in window.read_only_label.toolTip()
    # The status bar says why in a few words, not only "Read-only" with the reason on hover.
    assert window.read_only_label.text() == short
    for action in (
        window.act_new,
        window.act_log,
        window.act_duplicates,
        window.act_undo,
        window.transfer.act_import,
        window.encryption.act_encrypt,
    ):
        assert not action.isEnabled(), action.text()
        assert why in action.toolTip()
    # A customer chosen as a person would: the list, then Down.
    window.focus_list()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.current_customer_id() is not None, timeout=WAIT)
    assert window.act_brief.isEnabled()  # reading works
    for action in (window.act_edit_customer, window.act_fact, window.act_archive):
        assert not action.isEnabled(), action.text()
    assert not any(a.isEnabled() for a in window.page.add_actions.values())
    assert not window.page.act_edit.isEnabled()  # the page's Edit customer too
    assert why in window.page.act_edit.toolTip()
    # An empty "What we know" invites no write that can't be made.
    known = window.page.known.topLevelItem(0).text(0)
    assert known == "Nothing recorded yet."
    assert not window.page.stage_combo.isEnabled()
    assert window.bulk.act_export.isEnabled() and not window.bulk.act_add_tag.isEnabled()
    # Ctrl+N and Ctrl+L open nothing.
    for key in (Qt.Key.Key_N, Qt.Key.Key_L):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(50)
        assert QApplication.activeModalWidget() is None
    # Today: its item can be opened and briefed, not snoozed, kept or logged.
    window.show_today()
    today = window.today_view
    qtbot.waitUntil(lambda: today.current_item() is not None, timeout=WAIT)
    assert today.act_open.isEnabled() and today.act_brief.isEnabled()
    for action in (today.act_snooze, today.act_kept, today.act_log, today.act_dismiss):
        assert not action.isEnabled(), action.text()
    today.table.setFocus()
    current = today.current_item()
    for key in (Qt.Key.Key_S, Qt.Key.Key_K, Qt.Key.Key_L):
        window.statusBar().clearMessage()
        qtbot.keyClick(today.table, key)
        # Not nothing: the status bar says the journal is read-only, and the list stays put.
        assert window.statusBar().currentMessage() == "Read-only: nothing was changed."
        assert today.current_item() == current
        assert QApplication.activeModalWidget() is None
    assert_a_timeline_entry_is_kept(window, qtbot, why)


def assert_a_timeline_entry_is_kept(window, qtbot, why: str) -> None:
    """Alan's promise on his timeline: Delete deletes nothing and shows no box (the status bar
    says why, as it does for Enter); the context menu's writing items are disabled."""
    from custjournal.gui.customer_page import ENTRY_ROLE

    alan = next(
        window.model.customer(r).id
        for r in range(window.model.rowCount())
        if window.model.customer(r).name == "Alan Turing"
    )
    window.open_customer(alan)
    timeline = window.page.timeline

    def promise():
        for i in range(timeline.topLevelItemCount()):
            ref = timeline.topLevelItem(i).data(0, ENTRY_ROLE)
            if ref is not None and ref.kind == "promise":
                return timeline.topLevelItem(i)
        return None

    qtbot.waitUntil(lambda: promise() is not None, timeout=WAIT)
    item = promise()
    timeline.setFocus()
    timeline.setCurrentItem(item)
    window.statusBar().clearMessage()
    qtbot.keyClick(timeline, Qt.Key.Key_Delete)
    qtbot.wait(50)
    assert QApplication.activeModalWidget() is None
    assert why in window.statusBar().currentMessage()
    assert timeline.currentItem() is item  # still there, nothing reloaded
    menu = timeline.entry_menu(item.data(0, ENTRY_ROLE))  # what a right-click shows
    offered = {a.text(): a.isEnabled() for a in menu.actions() if a.text()}
    assert offered == {"Edit…": False, "Mark kept": False, "Delete": False}


def test_a_journal_whose_file_and_folder_cant_be_written_opens_read_only(tmp_path, qtbot, told):
    with read_only_folder(tmp_path / "ro", fill) as folder:
        journal = folder / "j.sqlite3"
        before = listing(folder)
        opened = open_and_settle(journal, qtbot)
        window = opened[0]
        try:
            assert_read_only(
                window, qtbot, "can't be written", "Read-only: the file can't be written"
            )
            assert not window.transfer.act_restore.isEnabled()
            assert not window.transfer.act_backup.isEnabled()
            assert window.transfer.dialog is None  # no backup was tried, nothing to warn of
        finally:
            close(*opened)
        assert told == []
        assert listing(folder) == before


def test_a_read_only_file_in_a_writable_folder_is_read_only_from_the_start(tmp_path, qtbot, told):
    folder = tmp_path / "journals"
    folder.mkdir()
    fill(folder)
    journal = folder / "j.sqlite3"
    with read_only_file(journal):
        before = listing(folder)
        opened = open_and_settle(journal, qtbot)
        window = opened[0]
        try:
            assert_read_only(
                window, qtbot, "the file can't be written", "Read-only: the file can't be written"
            )
            assert window.transfer.dialog is None
        finally:
            close(*opened)
        assert told == []
        assert listing(folder) == before  # no backup folder, no -wal, nothing


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_journal_found_damaged_is_not_written_by_the_app(journal_path, qtbot, told):
    make_journal(journal_path)
    damage(journal_path)
    before = digest(journal_path)
    window, controller, server = launch.open_window(journal_path)
    qtbot.addWidget(window)
    try:
        transfer = window.transfer
        qtbot.waitUntil(
            lambda: isinstance(transfer.dialog, startup.DamagedJournalBox), timeout=WAIT
        )
        qtbot.keyClick(transfer.dialog, Qt.Key.Key_Escape)
        assert "read-only" in window.windowTitle()
        assert "is damaged" in window.read_only_label.toolTip()
        assert window.read_only_label.text() == "Read-only: the journal is damaged"
        assert not window.page.act_edit.isEnabled()
        assert not window.act_new.isEnabled()
        assert window.transfer.act_restore.isEnabled()  # the way out stays
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(50)
        assert QApplication.activeModalWidget() is None
        with pytest.raises(Exception, match="is damaged"):
            controller.apply(ops.add_customer, "Damage Test")
    finally:
        close(window, controller, server)
    assert digest(journal_path) == before
    assert not Path(f"{journal_path}-wal").exists()
    assert damage_marker(journal_path).exists()
    # The next start is read-only at once, before its own check.
    window, controller, server = launch.open_window(journal_path)
    qtbot.addWidget(window)
    try:
        assert "read-only" in window.windowTitle() and not window.act_new.isEnabled()
    finally:
        close(window, controller, server)


def test_a_damaged_journal_restored_from_a_backup_takes_changes_again(journal_path, qtbot, told):
    make_journal(journal_path)
    backup.backup_now(journal_path)
    damage(journal_path)
    window, controller, server = launch.open_window(journal_path)
    qtbot.addWidget(window)
    try:
        transfer = window.transfer
        qtbot.waitUntil(
            lambda: (
                isinstance(transfer.dialog, startup.DamagedJournalBox)
                and transfer.dialog.isVisible()
            ),
            timeout=WAIT,
        )
        assert not window.act_new.isEnabled()
        with qtbot.waitSignal(
            transfer.finished, timeout=WAIT, check_params_cb=lambda f, _r: f == "restore"
        ):
            qtbot.mouseClick(transfer.dialog.restore_button, Qt.MouseButton.LeftButton)
        assert controller.writable
        assert "read-only" not in window.windowTitle() and window.read_only_label is None
        assert window.act_new.isEnabled() and window.act_log.isEnabled()
        assert window.transfer.act_import.isEnabled()
        assert not damage_marker(journal_path).exists()
    finally:
        close(window, controller, server)
