"""The menus of a window on a team database (the session's PostgreSQL server), used as a person
would: every file-only action is disabled and says why, and what does mean something for a
team database (export, a brief as PDF, erase a customer, Back Up Now) works there.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from custjournal import ops, paths
from custjournal.gui.controller import JournalController
from custjournal.gui.main_window import MainWindow
from custjournal.store import team
from custjournal.store.journal import open_journal

WAIT = 20_000


@pytest.fixture
def team_url(pg_server, pg_database) -> str:
    url = pg_server.url(pg_database)
    journal = open_journal(url)
    ops.add_customer(journal, "Ada Lovelace", company="Analytical Engines")
    ops.add_customer(journal, "Grace Hopper")
    journal.close()
    return url


@pytest.fixture
def make_window(qtbot):
    made: list[MainWindow] = []

    def make(where) -> MainWindow:
        window = MainWindow(JournalController(open_journal(where)))
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
            window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.controller.close()


def menu_items(menu) -> dict[str, object]:
    menu.aboutToShow.emit()  # as when the user opens it
    return {a.text().replace("&", ""): a for a in menu.actions() if not a.isSeparator()}


def wait_box(qtbot, transfer) -> QMessageBox:
    qtbot.waitUntil(
        lambda: isinstance(transfer.dialog, QMessageBox) and transfer.dialog.isVisible(),
        timeout=WAIT,
    )
    return transfer.dialog


def test_file_only_actions_are_disabled_on_a_team_window_and_say_why(team_url, make_window):
    window = make_window(team_url)
    items = menu_items(window.file_menu)
    restore = items["Restore from Backup…"]
    assert restore.isVisible() and not restore.isEnabled()
    assert "pg_dump" in restore.toolTip()
    assert window.file_menu.toolTipsVisible()  # the tooltip shows on the disabled item
    assert not items["Encrypt Journal…"].isVisible()
    assert items["Back Up Now"].isEnabled()
    assert "JSON export" in items["Back Up Now"].toolTip()
    for kept in ("Import…", "Export…", "Open Team Database…", "Quit"):
        assert items[kept].isVisible() and items[kept].isEnabled(), kept
    edit = menu_items(window.edit_menu)
    if not window.controller.journal.undoable:  # no undo recorded: Undo says why it is off
        assert not edit["Undo"].isEnabled()
        assert "team database" in edit["Undo"].toolTip()
    else:  # undo on a team database (store/undo_log.py): nothing said against it
        assert "team database" not in edit["Undo"].toolTip()
    assert not window.welcome.sample_button.isEnabled()
    assert "file of its own" in window.welcome.sample_button.toolTip()


def test_a_journal_file_window_keeps_every_file_action(journal_path, make_window):
    window = make_window(journal_path)
    items = menu_items(window.file_menu)
    assert items["Restore from Backup…"].isEnabled()
    assert items["Restore from Backup…"].toolTip() == "Replace the journal with one of its backups"
    assert items["Encrypt Journal…"].isVisible()
    assert window.welcome.sample_button.isEnabled()


def test_export_from_a_team_window_writes_the_team_journal(team_url, make_window, tmp_path, qtbot):
    """File > Export… was refused on a team window (it asked for the journal's file)."""
    window = make_window(team_url)
    target = tmp_path / "team.json"
    with qtbot.waitSignal(
        window.transfer.finished, timeout=WAIT, check_params_cb=lambda f, _r: f == "export"
    ) as done:
        window.transfer.export_file(target)
    assert done.args[1] is not None
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert sorted(c["name"] for c in exported["customers"]) == ["Ada Lovelace", "Grace Hopper"]


def test_erase_a_customer_on_a_team_window(team_url, make_window, qtbot):
    """Customer > Erase Customer… on a team window erases them from the database (there are no
    backup files of ours beside it to look into)."""
    window = make_window(team_url)
    ada = next(c.id for c in window.controller.candidates() if c.name == "Ada Lovelace")
    window.select_customer(ada)
    window.transfer.act_erase.trigger()
    box = wait_box(qtbot, window.transfer)
    assert box.text() == "Erase Ada Lovelace (Analytical Engines) and everything logged about them?"
    assert box.checkBox() is None  # no backups of ours to offer
    erase = next(b for b in box.buttons() if b.text().replace("&", "") == "Erase")
    with qtbot.waitSignal(
        window.transfer.finished, timeout=WAIT, check_params_cb=lambda f, _r: f == "erase"
    ):
        qtbot.mouseClick(erase, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WAIT)
    assert [c.name for c in window.controller.candidates()] == ["Grace Hopper"]


def test_back_up_now_on_a_team_window_writes_a_json_export_and_says_so(
    team_url, make_window, qtbot
):
    window = make_window(team_url)
    with qtbot.waitSignal(
        window.transfer.finished, timeout=WAIT, check_params_cb=lambda f, _r: f == "backup"
    ) as done:
        window.transfer.act_backup.trigger()
    made = done.args[1]
    assert isinstance(made, Path), made
    folder = paths.team_backup_dir(team.Target(team_url).folder_name)
    assert made.parent == folder and made.suffix == ".json"
    box = wait_box(qtbot, window.transfer)
    assert str(made) in box.text()
    assert "pg_dump" in box.text()


def test_a_brief_saved_as_pdf_from_a_team_window(team_url, tmp_path, qtbot):
    """The brief's Save as PDF was refused on a team database (it asked for the journal's file
    to protect)."""
    from custjournal.gui.brief_view import BriefView

    controller = JournalController(open_journal(team_url))
    try:
        view = BriefView(controller)
        qtbot.addWidget(view)
        ada = next(c.id for c in controller.candidates() if c.name == "Ada Lovelace")
        view.show_customer(ada)
        target = tmp_path / "ada.pdf"
        assert view.save_pdf(str(target)) is not None
        assert target.read_bytes().startswith(b"%PDF")
    finally:
        controller.close()
