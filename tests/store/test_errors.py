"""Database errors sorted by SQLite's result code: real failures of the user's environment get
their sentence, bugs stay bugs, and the English message text no longer decides."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from custjournal.store import errors
from custjournal.store.errors import classify, known_error
from custjournal.store.journal import open_journal


def _error_of(fn) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as info:
        fn()
    return info.value


def _journal(tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite3"
    open_journal(path).close()
    return path


def test_a_journal_another_program_is_writing_is_busy(tmp_path: Path):
    path = _journal(tmp_path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        exc = _error_of(lambda: other.execute("BEGIN IMMEDIATE"))
        other.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert exc.sqlite_errorcode & 0xFF == errors.SQLITE_BUSY
    known = known_error(exc, path)
    assert known is not None
    assert str(known) == (
        f"The journal {path} is busy: another program is writing to it. "
        "Wait a moment and try again, or close the other program."
    )


def test_a_read_only_journal_says_so(tmp_path: Path):
    path = _journal(tmp_path)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    exc = _error_of(lambda: con.execute("INSERT INTO setting (key, value) VALUES ('x', 'y')"))
    con.close()
    known = known_error(exc, path)
    assert known is not None
    assert str(known).startswith(f"The journal {path} is read-only: check the file's permissions")


def test_a_file_that_is_not_a_database(tmp_path: Path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"shopping list: milk, beans, oat milk\n" * 200)
    con = sqlite3.connect(path)
    exc = _error_of(lambda: con.execute("SELECT * FROM sqlite_master").fetchall())
    con.close()
    known = known_error(exc, path)
    assert known is not None
    assert str(known).startswith(f"{path} is not a Customer Journal file, or it is damaged")


def test_a_truncated_journal_is_damaged(tmp_path: Path):
    path = tmp_path / "journal.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE note (text TEXT)")
    con.executemany("INSERT INTO note VALUES (?)", [("a long note " * 40,) for _ in range(2000)])
    con.commit()
    con.close()
    with open(path, "r+b") as f:
        f.truncate(path.stat().st_size // 2)
    con = sqlite3.connect(path)
    exc = _error_of(lambda: con.execute("SELECT count(*), max(length(text)) FROM note").fetchall())
    con.close()
    known = known_error(exc, path)
    assert known is not None
    assert str(known).startswith(f"The journal {path} is damaged: restore a backup")


def test_a_folder_that_does_not_exist_cannot_be_opened(tmp_path: Path):
    path = tmp_path / "missing" / "journal.sqlite3"
    exc = _error_of(lambda: sqlite3.connect(path))
    known = known_error(exc, path)
    assert known is not None
    assert str(known).startswith(f"The journal {path} can't be opened")


def test_a_broken_rule_is_a_bug_not_the_environment(tmp_path: Path):
    con = sqlite3.connect(tmp_path / "x.sqlite3")
    con.execute("CREATE TABLE t (x UNIQUE)")
    con.execute("INSERT INTO t VALUES (1)")
    exc = _error_of(lambda: con.execute("INSERT INTO t VALUES (1)"))
    con.close()
    assert known_error(exc, "j") is None


def test_the_code_decides_not_the_message():
    # SQLite's messages are not a promise (and another build may word them differently): a
    # busy error in other words is still busy, and a message that merely mentions "malformed"
    # under a constraint code is still a bug.
    busy = sqlite3.OperationalError("la base de données est verrouillée")
    busy.sqlite_errorcode = errors.SQLITE_BUSY
    known = known_error(busy, "j.sqlite3")
    assert known is not None and "is busy" in str(known)
    constraint = sqlite3.IntegrityError("CHECK constraint failed: malformed amount")
    constraint.sqlite_errorcode = 275  # SQLITE_CONSTRAINT_CHECK
    assert known_error(constraint, "j.sqlite3") is None


def test_extended_codes_fall_under_their_primary_code():
    assert classify(errors.SQLITE_IOERR | 3 << 8, "") == classify(errors.SQLITE_IOERR, "")
    assert "disk I/O error" in (classify(778) or "")  # SQLITE_IOERR_WRITE
    assert "read-only" in (classify(1032) or "")  # SQLITE_READONLY_DBMOVED
    assert "busy" in (classify(errors.SQLITE_LOCKED) or "")
    assert "is full" in (classify(errors.SQLITE_FULL) or "")


def test_a_driver_without_codes_is_sorted_by_message():
    assert "busy" in (classify(None, "database is locked") or "")
    assert classify(None, "no such table: customer") is None


def test_only_a_failing_disk_or_file_stops_the_writes():
    """An I/O error of the disk or the journal's files makes a journal take no more changes;
    one of memory or of a lock does not (the next change may go through)."""

    def error(code: int) -> sqlite3.OperationalError:
        exc = sqlite3.OperationalError("disk I/O error")
        exc.sqlite_errorcode = code
        return exc

    assert errors.disk_failed(error(errors.SQLITE_IOERR | 3 << 8))  # IOERR_WRITE
    assert errors.disk_failed(error(errors.SQLITE_IOERR | 4 << 8))  # IOERR_FSYNC
    assert errors.disk_failed(error(errors.SQLITE_IOERR))
    assert errors.disk_failed(sqlite3.OperationalError("disk I/O error"))  # no code at all
    assert not errors.disk_failed(error(errors.SQLITE_IOERR | 12 << 8))  # IOERR_NOMEM
    assert not errors.disk_failed(error(errors.SQLITE_IOERR | 15 << 8))  # IOERR_LOCK
    assert not errors.disk_failed(error(errors.SQLITE_BUSY))
