"""Start-up safety: a damaged journal found after the window shows, one that can't be opened at
all, and the daily backup that follows a clean check. Real files in tmp_path; damage is made by
overwriting bytes in the middle (or the header) of a copy of a real journal.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from custjournal import ops
from custjournal.gui import launch, startup
from custjournal.store import backup, queries

WAIT = 15_000


@pytest.fixture
def opened(qtbot):
    """Windows opened through launch.open_window, closed (with their sockets) afterwards."""
    made = []

    def keep(result):
        if result is not None:
            window, _controller, _server = result
            qtbot.addWidget(window)
            made.append(result)
        return result

    yield keep
    for window, controller, server in made:
        window.close()
        server.close()
        controller.close()


def make_journal(path: Path, customers: int = 60) -> None:
    from custjournal.store.journal import open_journal

    journal = open_journal(path)
    try:
        for i in range(customers):
            cid = ops.add_customer(journal, f"Customer {i:02}", notes="word " * 200).id
            ops.log_conversation(journal, cid, summary="talk " * 50)
    finally:
        journal.close()


def damage(path: Path, *, at: int | None = None) -> None:
    """Overwrite a 4 KB page of the customers' words near the middle of the file (or at *at*),
    as a failing disk would. A page of words, not whatever page the middle is: where the
    schema's own pages fall moves with every table a version adds."""
    for extra in ("-wal", "-shm"):
        assert not Path(f"{path}{extra}").exists()  # everything is in the main file
    data = bytearray(path.read_bytes())
    if at is None:
        words = [i for i in range(len(data) // 4096) if b"talk talk" in data[i * 4096 :][:4096]]
        middle = len(data) // 2
        at = min(words, key=lambda page: abs(page * 4096 - middle)) * 4096 if words else middle
    start = at
    data[start : start + 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))


def customer_names(journal) -> list[str]:
    with journal.read() as session:
        return [r.name for r in queries.customer_rows(session, dt.date.today())]


def test_a_clean_start_checks_then_makes_the_days_backup(journal_path, opened, qtbot):
    make_journal(journal_path, customers=3)
    window, controller, _server = opened(launch.open_window(journal_path))
    with qtbot.waitSignal(
        window.transfer.finished, timeout=WAIT, check_params_cb=lambda f, _r: f == "auto-backup"
    ) as done:
        pass
    made = done.args[1]
    assert made is not None and backup.check(made).ok
    assert not window.transfer.damaged
    checker = window.findChild(startup.StartupCheck)
    assert checker.report is not None and checker.report.ok


def test_a_damaged_journal_at_start_offers_the_latest_backup_and_restores_it(
    journal_path, opened, qtbot, monkeypatch
):
    make_journal(journal_path)
    good = backup.backup_now(journal_path)
    damage(journal_path)
    damaged_bytes = journal_path.read_bytes()
    # A damaged page may also break the list's own query; its warning box must not block.
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))

    window, _controller, _server = opened(launch.open_window(journal_path))
    transfer = window.transfer
    qtbot.waitUntil(
        lambda: (
            isinstance(transfer.dialog, startup.DamagedJournalBox) and transfer.dialog.isVisible()
        ),
        timeout=WAIT,
    )
    box = transfer.dialog
    assert box.text() == f"The journal {journal_path.name} is damaged."
    info = box.informativeText()
    assert "Restore the latest good backup, taken" in info
    # SQLite's own words (a btreeInitPage report, or "malformed" when the check itself stops)
    # go under Show Details, not in the sentence.
    technical = box.detailedText()
    assert technical.startswith("the file is damaged: ")
    assert technical.removeprefix("the file is damaged: ") not in info
    assert "The damaged file is not overwritten: it is kept, under a name ending in" in info
    assert "no automatic backup is made" in info
    assert box.defaultButton() is box.restore_button
    assert transfer.damaged
    # No backup of the damaged file was made: only the good one is there.
    assert [b.path for b in backup.list_backups(journal_path)] == [good]

    with qtbot.waitSignal(
        transfer.finished, timeout=WAIT, check_params_cb=lambda f, _r: f == "restore"
    ) as done:
        qtbot.mouseClick(box.restore_button, Qt.MouseButton.LeftButton)
    result = done.args[1]
    kept = result.safety_copy
    assert kept.name.endswith("-damaged.sqlite3") and kept.read_bytes() == damaged_bytes
    assert backup.check(journal_path).ok
    assert len(customer_names(window.controller.journal)) == 60
    qtbot.waitUntil(lambda: window.model.rowCount() == 60, timeout=WAIT)
    assert not transfer.damaged
    assert transfer.on_close() is None  # today's good backup exists: none of the damage
    assert [b.path for b in backup.list_backups(journal_path)] == [good]


def test_a_damaged_journal_without_a_backup_is_left_as_it_is(
    journal_path, opened, qtbot, monkeypatch
):
    make_journal(journal_path)
    damage(journal_path)
    before = journal_path.read_bytes()
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)
    window, _c, _s = opened(launch.open_window(journal_path))
    transfer = window.transfer
    qtbot.waitUntil(lambda: isinstance(transfer.dialog, startup.DamagedJournalBox), timeout=WAIT)
    box = transfer.dialog
    assert box.restore_button is None
    assert "There is no good backup to restore." in box.informativeText()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    window.close()  # the closing backup is not made of a damaged journal
    assert backup.list_backups(journal_path) == []
    assert journal_path.read_bytes()[:100] == before[:100]


def click_when_shown(choice: str) -> None:
    """Answer the start-up box like a person: once it is on screen, click *choice*."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, startup.OpenProblemBox) or not box.isVisible():
            QTimer.singleShot(20, answer)
            return
        box.buttons_by_choice[choice].click()

    QTimer.singleShot(0, answer)


def test_a_journal_that_cant_be_opened_offers_a_restore_before_the_window(
    journal_path, opened, qtbot
):
    make_journal(journal_path, customers=5)
    backup.backup_now(journal_path)
    damage(journal_path, at=0)  # the header: "file is not a database"
    click_when_shown(startup.RESTORE)
    window, controller, _server = opened(
        startup.open_with_recovery(journal_path, launch.open_window)
    )
    assert len(customer_names(controller.journal)) == 5
    assert window.statusBar().currentMessage().startswith(f"Restored {journal_path} from ")
    damaged = [p for p in journal_path.parent.joinpath("backups", "test").iterdir()]
    assert any(p.name.endswith("-damaged.sqlite3") for p in damaged)


def test_the_open_problem_box_offers_what_applies(journal_path, qtbot, tmp_path):
    make_journal(journal_path, customers=2)
    backup.backup_now(journal_path)
    problem = startup.OpenProblem.of(journal_path, "The journal is busy.")
    box = startup.OpenProblemBox(problem)
    qtbot.addWidget(box)
    assert box.text() == f"Customer Journal can't open the journal {journal_path.name}."
    assert box.informativeText().startswith("The journal is busy.\n\nThe latest good backup")
    assert set(box.buttons_by_choice) == {"restore", "other", "retry", "quit"}
    assert box.defaultButton() is box.buttons_by_choice["restore"]
    assert box.escapeButton() is box.buttons_by_choice["quit"]

    # A journal made by a newer version: updating the app is the answer, not an old backup.
    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(journal_path, newer)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    (tmp_path / "backups" / "newer").mkdir(parents=True)
    shutil.copyfile(
        backup.list_backups(journal_path)[0].path,
        tmp_path / "backups" / "newer" / "newer-20260101T000000Z.sqlite3",
    )
    assert startup.made_by_newer_version(newer)
    problem = startup.OpenProblem.of(newer, "made by a newer version")
    assert problem.latest is None
    box = startup.OpenProblemBox(problem)
    qtbot.addWidget(box)
    assert "restore" not in box.buttons_by_choice
    assert box.defaultButton() is box.buttons_by_choice["other"]


def test_quit_or_another_journal_from_the_open_problem(journal_path, opened, tmp_path):
    journal_path.parent.mkdir(parents=True)
    journal_path.write_bytes(b"not a journal at all" * 100)
    before = journal_path.read_bytes()
    asked = []

    def quit_(problem):
        asked.append(problem.message)
        return startup.QUIT, None

    assert startup.open_with_recovery(journal_path, launch.open_window, ask=quit_) is None
    assert "is not a Customer Journal file, or it is damaged" in asked[0]
    assert journal_path.read_bytes() == before  # never touched

    other = tmp_path / "other.sqlite3"
    make_journal(other, customers=1)
    window, controller, _server = opened(
        startup.open_with_recovery(
            journal_path, launch.open_window, ask=lambda _p: (startup.OTHER, other)
        )
    )
    assert controller.journal.path == other
    assert window.windowTitle() == "Customer Journal — other.sqlite3"


def test_the_window_takes_the_interpreter_back_from_a_worker_within_a_millisecond(
    journal_path, opened
):
    # A worker running Python (the Health column's, a second at 10,000 customers) held the
    # interpreter lock 5 ms at a time (Python's default) while the user typed: a keystroke and
    # its repaint blocked for 50-170 ms. The app asks for turns of 1 ms.
    make_journal(journal_path, customers=1)
    before = sys.getswitchinterval()
    try:
        opened(launch.open_window(journal_path))
        assert sys.getswitchinterval() == pytest.approx(launch.GIL_SWITCH_INTERVAL)
        assert launch.GIL_SWITCH_INTERVAL <= 0.001
    finally:
        sys.setswitchinterval(before)


def test_a_damaged_journal_reopened_after_a_failed_restore_is_still_not_written_to(
    journal_path, opened, qtbot, monkeypatch
):
    """The restore offered at start fails (its backup went missing meanwhile): the damaged
    journal is opened again, and what the workers work out (health) is still not kept in it."""
    from custjournal.store import keeping

    make_journal(journal_path)
    good = backup.backup_now(journal_path)
    damage(journal_path)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)
    window, controller, _server = opened(launch.open_window(journal_path))
    transfer = window.transfer
    qtbot.waitUntil(
        lambda: (
            isinstance(transfer.dialog, startup.DamagedJournalBox) and transfer.dialog.isVisible()
        ),
        timeout=WAIT,
    )
    good.unlink()
    with qtbot.waitSignal(
        transfer.finished,
        timeout=WAIT,
        check_params_cb=lambda f, r: f == "restore" and isinstance(r, Exception),
    ):
        qtbot.mouseClick(transfer.dialog.restore_button, Qt.MouseButton.LeftButton)
    assert transfer.damaged
    controller.wait_for_tasks()
    written = keeping.written()
    window._load_health(controller.today())  # what the next change or the next day asks for
    assert controller.wait_for_tasks()
    qtbot.wait(50)
    assert keeping.written() == written
