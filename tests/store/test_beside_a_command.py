"""The app and a command on the same journal file at once: the command's end leaves the app's
write-ahead log where it is, and nothing the app saves afterwards is lost.

Each of the app's reads opens a connection, and opening one read the file's first bytes. Read
with open() and close(), that dropped every lock the app's connections held on the file (POSIX
drops a process's locks on a file at any close of it): a command run beside the app then took
itself for the only one, checkpointed and deleted the -wal and -shm at its end, and the app's
next statements failed "disk I/O error" or wrote to a log no longer on disk.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from custjournal import ops
from custjournal.store import connect
from custjournal.store.journal import open_journal

pytestmark = pytest.mark.journal_file


def command(path: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "custjournal", "--journal", str(path), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def names(journal) -> list[str]:
    with journal.reader() as source:
        return [name for (name,) in source.rows("SELECT name FROM customer ORDER BY id")]


def test_a_command_beside_the_app_leaves_its_log_and_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    app = open_journal(path)
    try:
        ops.add_customer(app, "Ada Lovelace")
        assert names(app) == ["Ada Lovelace"]  # reads on connections of their own, as the app's
        wal = Path(f"{path}-wal")
        assert wal.exists()
        for args in (("list",), ("insights", "--json"), ("health", "Ada Lovelace")):
            result = command(path, tmp_path, *args)
            assert result.returncode == 0, result.stderr
            assert wal.exists(), f"`{' '.join(args)}` deleted the app's write-ahead log"
            # The app goes on reading and writing; what it saves is in the file.
            ops.add_customer(app, f"After {args[0]}")
            assert names(app)[-1] == f"After {args[0]}"
    finally:
        app.close()
    again = open_journal(path, create=False)
    try:
        assert names(again) == ["Ada Lovelace", "After list", "After insights", "After health"]
    finally:
        again.close()


def test_reading_the_header_closes_no_descriptor_of_a_file_in_use(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    open_journal(path).close()
    first = connect.read_head(path, 16)
    opened = len(os.listdir("/proc/self/fd")) if Path("/proc/self/fd").exists() else None
    for _ in range(20):
        assert connect.read_head(path, 16) == first == connect.SQLITE_HEADER
    if opened is not None:
        assert len(os.listdir("/proc/self/fd")) == opened  # one descriptor, read again
    assert connect.read_head(tmp_path / "missing.sqlite3", 16) == b""
    assert connect.read_head(tmp_path, 16) == b""


def descriptors_of(path: Path) -> list[str]:
    """This process's descriptors open on *path* (Linux's /proc)."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}") == str(path):
                found.append(fd)
        except OSError:
            pass
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs Linux's /proc")
def test_a_closed_journal_is_held_open_by_nothing(tmp_path: Path) -> None:
    """After the journal closes, not one descriptor of the app's is left on its file: the folder
    it lives in can be unmounted (a USB stick ejected) once the app has switched to another."""
    path = tmp_path / "journal.sqlite3"
    app = open_journal(path)
    ops.add_customer(app, "Ada Lovelace")
    assert names(app) == ["Ada Lovelace"]
    assert connect.read_head(path, 16) == connect.SQLITE_HEADER  # while open: kept
    assert descriptors_of(path)
    app.close()
    assert descriptors_of(path) == []
    # Read while no connection has it open: read and closed at once.
    assert connect.read_head(path, 16) == connect.SQLITE_HEADER
    assert descriptors_of(path) == []
    again = open_journal(path, create=False)
    try:
        assert names(again) == ["Ada Lovelace"]
    finally:
        again.close()
    assert descriptors_of(path) == []


def test_reading_many_other_files_keeps_the_journal_in_use_safe(tmp_path: Path) -> None:
    """Files no connection has open (a restore reading many backups' headers) are read and
    closed at once, and the journal in use keeps its locks."""
    path = tmp_path / "journal.sqlite3"
    app = open_journal(path)
    try:
        ops.add_customer(app, "Ada Lovelace")
        held = dict(connect._HEADS)
        for i in range(100):
            other = tmp_path / f"other-{i}.sqlite3"
            other.write_bytes(connect.SQLITE_HEADER)
            assert connect.read_head(other, 16) == connect.SQLITE_HEADER
        assert connect._HEADS == held  # none of the others kept
        result = command(path, tmp_path, "list")
        assert result.returncode == 0, result.stderr
        assert Path(f"{path}-wal").exists()
        ops.add_customer(app, "Bob Brown")
        assert names(app) == ["Ada Lovelace", "Bob Brown"]
    finally:
        app.close()
