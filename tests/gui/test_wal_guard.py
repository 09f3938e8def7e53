"""A file dialog of the app must never let another program delete the journal's -wal.

A journal named *.db is ambiguous by name: Qt's file dialog, asking each file's type for its
icon, opened and closed the journal to read its first bytes, and POSIX drops every lock a
process holds on a file when any of its descriptors for it is closed. A command run beside
the app then took itself for the journal's last user, checkpointed and deleted the -wal and
-shm under the app, whose next change failed "disk I/O error" and was lost.

Driven as a person would: the app on a real *.db journal, File > Import… (and Export…) shown on
the journal's folder until the dialog has listed it with its icons and types, Cancel; then the
command line in another process; the -wal is still there, the app saves, `check` finds the
journal sound.
"""

from __future__ import annotations

import ast
import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QMessageBox

from custjournal import ops
from custjournal.domain.errors import UserError
from custjournal.gui import file_dialogs, launch, startup
from custjournal.store.journal import open_journal

WAIT = 15_000
GUI = Path(__file__).resolve().parents[2] / "src" / "custjournal" / "gui"


def fill(path: Path) -> None:
    journal = open_journal(path)
    try:
        for name in ("Ada Lovelace", "Grace Hopper", "Alan Turing"):
            ops.add_customer(journal, name)
    finally:
        journal.close()


def locks_held(path: Path, pid: int) -> list[str]:
    """The POSIX locks process *pid* holds on *path* (from /proc/locks)."""
    inode = os.stat(path).st_ino
    held = []
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if "->" in fields:  # a lock waiting for another
            continue
        if len(fields) >= 6 and fields[4] == str(pid) and fields[5].endswith(f":{inode}"):
            held.append(line)
    return held


def command(
    journal: Path, *args: str, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """The command line in another process, as a person would run it in a terminal (or cron,
    ssh, su: *env* instead of this one's)."""
    return subprocess.run(
        [sys.executable, "-m", "custjournal", "--journal", str(journal), *args],
        capture_output=True,
        text=True,
        timeout=120,
        input=stdin,
        env={**(os.environ if env is None else env), "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.fixture
def told(monkeypatch) -> list[tuple]:
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
    controller.wait_for_tasks()
    return window, controller, server


def close(window, controller, server) -> None:
    QApplication.processEvents()
    controller.wait_for_tasks()
    window.close()
    server.close()
    controller.close()
    window.deleteLater()
    QApplication.processEvents()


def browse_and_cancel(qtbot, folder: Path, open_dialog: Callable[[], object]) -> list[str]:
    """Open a file dialog of the app with *open_dialog*; once it has listed *folder* with every
    file's icon and type, Cancel. Returns the names it showed (those of the type chosen)."""
    listed: list[str] = []
    failures: list[BaseException] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, look)
            return
        try:
            model = dialog.findChild(QFileSystemModel)
            assert model is not None
            # The folder listed: its files are fetched whether the type chosen shows them or not.
            qtbot.waitUntil(lambda: model.index(str(folder)).isValid(), timeout=WAIT)
            parent = model.index(str(folder))
            qtbot.waitUntil(lambda: not model.canFetchMore(parent), timeout=WAIT)
            qtbot.wait(500)
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                listed.append(model.fileName(index))
                # What the dialog's views show: the icon and the type column.
                model.data(index, Qt.ItemDataRole.DecorationRole)
                model.fileIcon(index)
                model.data(model.index(row, 2, parent), Qt.ItemDataRole.DisplayRole)
            qtbot.wait(500)  # the model's worker thread fetches icons and types meanwhile
            for row in range(model.rowCount(parent)):
                model.data(model.index(row, 0, parent), Qt.ItemDataRole.DecorationRole)
            qtbot.wait(200)
        except BaseException as exc:  # raised after the dialog is gone
            failures.append(exc)
        finally:
            dialog.reject()

    QTimer.singleShot(0, look)
    open_dialog()
    if failures:
        raise failures[0]
    return listed


def dialogs(window, folder: Path) -> dict[str, Callable[[], object]]:
    window.transfer.settings.setValue("transfer/folder", str(folder))
    return {
        "import": window.transfer.act_import.trigger,
        "export": window.transfer.act_export.trigger,
        # A dialog that shows the journal itself: the restore's and start-up's "All files".
        "all files": lambda: file_dialogs.open_file_name(
            window, "Open", str(folder), "Customer Journal (*.sqlite3 *.db);;All files (*)"
        ),
    }


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="POSIX locks as Linux shows them")
@pytest.mark.parametrize("which", ["import", "export", "all files"])
def test_a_file_dialog_on_the_journals_folder_keeps_its_wal_safe(tmp_path, qtbot, told, which):
    folder = tmp_path / "x"
    folder.mkdir()
    journal = folder / "j.db"
    fill(journal)
    opened = open_and_settle(journal, qtbot)
    window, controller, _server = opened
    try:
        wal = Path(f"{journal}-wal")
        assert wal.exists()
        assert locks_held(journal, os.getpid()), "the app holds a lock on its journal"
        listed = browse_and_cancel(qtbot, folder, dialogs(window, folder)[which])
        assert ("j.db" in listed) == (which == "all files")
        assert locks_held(journal, os.getpid()), "the dialog cost the app its lock"

        listing = command(journal, "list")
        assert listing.returncode == 0, listing.stderr
        assert "Grace Hopper" in listing.stdout
        assert wal.exists(), "the command deleted the -wal of the journal the app has open"
        assert Path(f"{journal}-shm").exists()

        controller.apply(ops.add_customer, "Edsger Dijkstra")
        qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=WAIT)
        assert "read-only" not in window.windowTitle()
    finally:
        close(*opened)
    assert told == []
    checked = command(journal, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    listing = command(journal, "list")
    assert "Edsger Dijkstra" in listing.stdout


def test_every_file_dialog_of_the_app_goes_through_one_module():
    """The safe dialog is the only one: no other module of the app uses QFileDialog."""

    def uses(path: Path) -> bool:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Name) and node.id == "QFileDialog":
                return True
            if isinstance(node, ast.alias) and node.name == "QFileDialog":
                return True
            if isinstance(node, ast.Attribute) and node.attr in (
                "QFileDialog",
                "QFileIconProvider",
            ):
                return True
        return False

    users = sorted(
        str(path.relative_to(GUI))
        for path in GUI.rglob("*.py")
        if path.name != "file_dialogs.py" and uses(path)
    )
    assert users == []


@contextlib.contextmanager
def files_may_not_grow_past(size: int) -> Iterator[None]:
    """A real write error of the disk's kind: this process may write no file past its first
    *size* bytes (such a write fails EFBIG, to SQLite a "disk I/O error")."""
    import resource  # POSIX only

    before = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, before[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, before)
        signal.signal(signal.SIGXFSZ, handler)


@pytest.mark.skipif(sys.platform == "win32", reason="a file size limit of POSIX")
def test_after_a_disk_io_error_on_a_write_the_window_takes_no_more_changes(tmp_path, qtbot, told):
    journal_path = tmp_path / "j.sqlite3"
    fill(journal_path)
    opened = open_and_settle(journal_path, qtbot)
    window, controller, _server = opened
    try:
        with files_may_not_grow_past(1):
            with pytest.raises(UserError, match="disk I/O error"):
                controller.apply(ops.add_customer, "Edsger Dijkstra", notes="word " * 4000)
        qtbot.waitUntil(lambda: "read-only" in window.windowTitle(), timeout=WAIT)
        why = window.read_only_label.toolTip()
        assert "could not be written (disk I/O error)" in why and "open the journal again" in why
        assert not window.act_new.isEnabled() and not window.act_undo.isEnabled()
        assert not window.transfer.act_restore.isEnabled()  # a restore writes the file
        assert window.transfer.act_export.isEnabled()  # reading goes on
        # A key still asking for a change is refused, and nothing is written.
        with pytest.raises(UserError, match="nothing more is written"):
            controller.apply(ops.add_customer, "Barbara Liskov")
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(50)
        assert QApplication.activeModalWidget() is None
    finally:
        close(*opened)
    assert told == []
    checked = command(journal_path, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    listing = command(journal_path, "list").stdout
    assert "Grace Hopper" in listing
    assert "Edsger" not in listing and "Barbara" not in listing


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="POSIX locks as Linux shows them")
def test_a_command_beside_the_app_keeps_the_wal_even_if_the_app_lost_its_locks(
    tmp_path, qtbot, told
):
    """The second line: should the app lose its locks all the same (here as Qt's dialog made
    it: a descriptor of the journal opened and closed in the app's process), a command run
    beside the window, reading or writing, leaves the -wal and -shm where they are; also one
    run from cron, ssh or su, whose environment differs from the app's."""
    folder = tmp_path / "x"
    folder.mkdir()
    journal = folder / "j.db"
    fill(journal)
    opened = open_and_settle(journal, qtbot)
    window, controller, _server = opened
    wal = Path(f"{journal}-wal")
    try:
        os.close(os.open(journal, os.O_RDONLY))
        assert not locks_held(journal, os.getpid())
        elsewhere = tmp_path / "run"
        elsewhere.mkdir(mode=0o700)
        unset = {k: v for k, v in os.environ.items() if k != "XDG_RUNTIME_DIR"}
        other = {**os.environ, "XDG_RUNTIME_DIR": str(elsewhere)}
        for args, env in (
            (("list",), None),
            (("list",), unset),
            (("add", "Grace Murray"), other),
        ):
            done = command(journal, *args, env=env)
            assert done.returncode == 0, done.stderr
            assert wal.exists(), f"`{' '.join(args)}` deleted the -wal of the app's journal"
            assert Path(f"{journal}-shm").exists()
        controller.apply(ops.add_customer, "Edsger Dijkstra")
        qtbot.waitUntil(lambda: window.model.rowCount() == 5, timeout=WAIT)
        assert "read-only" not in window.windowTitle()
    finally:
        close(*opened)
    assert told == []
    checked = command(journal, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    listing = command(journal, "list").stdout
    assert "Edsger Dijkstra" in listing and "Grace Murray" in listing


def test_a_command_without_the_app_tidies_the_wal_away(tmp_path):
    """Without a window, a command's last connection copies the log in and deletes it, as
    always: a journal copied as one file after it has everything."""
    journal = tmp_path / "j.db"
    fill(journal)
    assert command(journal, "add", "Grace Murray").returncode == 0
    assert not Path(f"{journal}-wal").exists()
    assert not Path(f"{journal}-shm").exists()
