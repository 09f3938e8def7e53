"""A command run beside the app never deletes the -wal and -shm of the journal the app has open.

SQLite's last connection to a journal in WAL mode, as it closes, copies the log into the file
and deletes the -wal and -shm. It takes itself for the last when it can lock the whole file,
which it can only if no other process holds a lock on it: the app's connections do. The app
must never lose those locks (gui/file_dialogs.py, store/connect.py say how it once did); this
is the second line, should it lose them all the same: a command deleting the log under a
running app made the app's next changes go nowhere, and its closing checkpoint damaged the
journal.

So when another process has the journal open (the kernel says it holds the read lock every
connection in WAL mode keeps on the -shm's DMS byte for its life; a descriptor closed on the
journal *file* does not drop locks on the -shm; asked whatever the command's environment, cron,
ssh or su), the command holds one more connection of its own, read-only, from before its first
to after its last (an encrypted journal's from right after its first, once the passphrase is
known: the guard never asks for one). Its other connections, closing, see that one's lock
(SQLite counts the connections of one process) and leave the log alone; the read-only one,
closing last, cannot lock the file for writing and leaves it too. The log's changes are in the
log, which the app (or the next opening) copies in: nothing is lost, and nothing else changes.
Python 3.12's SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE would say this directly; 3.11 has no way to.
With no other process on the journal (or on Windows, whose locks are the handle's: nothing to
lose; or a system whose `struct flock` is not known here: Linux and macOS are), the command
opens the journal as always, and its last connection tidies the log away as before.

    hold(journal_arg) -> connection or None    # before the command's first connection
    let_go(held)                               # after its last (cli/__init__.py's `finally`)

In store/ with the other code that opens the journal's connections (store/connect.py runs an
encrypted journal's guard): the command line only calls it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

# SQLite's unix VFS: the -shm's locks start at byte 120; the DMS ("dead man switch") at 128.
_DMS_BYTE = 128


def _flock_layout() -> tuple[str, int] | None:
    """struct flock as (struct format, index of l_type); None where unknown."""
    if sys.platform.startswith("linux"):
        return "hhqqi", 0  # l_type, l_whence, l_start, l_len, l_pid (off_t is 64 bits)
    if sys.platform == "darwin":
        return "qqihh", 3  # l_start, l_len, l_pid, l_type, l_whence
    return None


def another_process_has_open(path: Path) -> bool:
    """Whether another process holds a lock on *path*'s -shm DMS byte: has it open in WAL mode.

    Asked before this process opens the journal: the descriptor opened here is closed at once,
    and closing a descriptor drops every lock the process holds on that file (none yet)."""
    layout = _flock_layout()
    if layout is None:
        return False
    import fcntl
    import struct

    fmt, type_at = layout
    try:
        fd = os.open(f"{path}-shm", os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return False
    try:
        fields = [0] * len(fmt)
        fields[type_at] = fcntl.F_WRLCK
        fields[fmt.index("q")] = _DMS_BYTE  # l_start; l_whence SEEK_SET (0)
        fields[fmt.index("q") + 1] = 1  # l_len
        asked = struct.pack(fmt, *fields)
        got = struct.unpack(fmt, fcntl.fcntl(fd, fcntl.F_GETLK, asked))
        return bool(got[type_at] != fcntl.F_UNLCK)
    except OSError:
        return False
    finally:
        os.close(fd)


def hold(journal_arg: str | None) -> Any:
    """The read-only connection kept while the command runs, when another process has the
    journal open and its log is beside it; else None. Never an error of its own: without it,
    the command runs as it always did. Never asks for a passphrase: for an encrypted journal
    the connection is opened right after the command's first (store/connect.py), and let_go
    closes it."""
    try:
        from custjournal import paths

        if paths.team_url(journal_arg):
            return None  # a team database: no file of ours
        path = paths.resolve_journal(journal_arg)
        if not path.is_file() or not Path(f"{path}-wal").exists():
            return None  # no log to lose
        if not another_process_has_open(path):
            return None
        from custjournal.store import connect

        if connect.is_encrypted(path):
            return _Later(path)
        return _opened(path)
    except Exception:  # noqa: BLE001 - the guard is an extra: it never fails a command
        return None


def _opened(path: Path) -> Any:
    """The read-only connection to *path*, its log opened; None if it won't open."""
    from custjournal.store import connect

    try:
        held = connect.connect(path, readonly=True)
    except Exception:  # noqa: BLE001 - a damaged journal: the command says so itself
        return None
    try:
        held.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the log
    except Exception:  # noqa: BLE001 - a damaged one
        held.close()
        return None
    return held


class _Later:
    """The guard of an encrypted journal: opened by store/connect.py right after the command's
    first connection to it succeeds (the key is known then), before anything closes."""

    def __init__(self, path: Path) -> None:
        from custjournal.store import connect

        self.held: Any = None
        connect.after_first_connection(path, self._open)

    def _open(self, path: Path) -> None:
        self.held = _opened(path)

    def close(self) -> None:
        from custjournal.store import connect

        connect.after_first_connection(None, None)
        if self.held is not None:
            self.held.close()


def let_go(held: Any) -> None:
    """Close the held connection, after every other of the command's."""
    if held is None:
        return
    try:
        held.close()
    except Exception:  # noqa: BLE001 - closing never turns a result into a failure
        pass
