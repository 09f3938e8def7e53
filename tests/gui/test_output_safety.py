"""The app's Export and the brief's Save as PDF refuse the journal's own files, as the command
line does (the save dialog asks before replacing a file, but can't know which are ours)."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from custjournal import ops, paths
from custjournal.gui.brief_view import BriefView
from custjournal.gui.main_window import MainWindow
from custjournal.store import backup

WAIT = 10_000


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def ada(controller):
    return ops.add_customer(controller.journal, "Ada Lovelace", notes="likes tea").id


@pytest.fixture
def made_backup(controller, ada):
    return backup.backup_now(controller.journal.path)


def test_export_refuses_the_journal_and_its_backups(qtbot, controller, ada, made_backup):
    window = MainWindow(controller, use_tray=False)
    qtbot.addWidget(window)
    journal = controller.journal.path
    kept = digest(made_backup)
    for target, what in (
        (journal, "is the journal itself"),
        (journal.with_name(journal.name + "-wal"), "the journal's -wal file"),
        (made_backup, "backup folder"),
        (paths.backup_dir(journal) / "people.csv", "backup folder"),
    ):
        with qtbot.waitSignal(window.transfer.finished, timeout=WAIT) as done:
            window.transfer.export_file(target)
        assert done.args == ["export", None]
        box = window.transfer.dialog
        assert isinstance(box, QMessageBox) and what in box.text(), box.text()
        assert "nothing was written" in box.text()
        box.close()
    assert digest(made_backup) == kept
    assert not (paths.backup_dir(journal) / "people.csv").exists()
    con = sqlite3.connect(journal)  # still the journal, with Ada in it
    try:
        assert con.execute("SELECT name FROM customer").fetchall() == [("Ada Lovelace",)]
    finally:
        con.close()
    assert [b.path for b in backup.list_backups(journal)] == [made_backup]
    window.close()


def test_save_as_pdf_refuses_the_journal_and_its_backups(qtbot, controller, ada, made_backup):
    view = BriefView(controller)
    qtbot.addWidget(view)
    view.show_customer(ada)
    journal = controller.journal.path
    before = (digest(journal), digest(made_backup))
    for target in (journal, made_backup):
        with qtbot.waitSignal(controller.error, timeout=WAIT) as told:
            assert view.save_pdf(str(target)) is None
        assert "nothing was written" in told.args[0]
    assert (digest(journal), digest(made_backup)) == before
