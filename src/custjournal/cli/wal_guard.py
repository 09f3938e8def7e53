"""A command run beside the app never deletes the -wal and -shm of the journal the app has open.

SQLite's last connection to a journal in WAL mode, as it closes, copies the log into the file
and deletes the -wal and -shm. It takes itself for the last when it can lock the whole file,
which it can only if no other process holds a lock on it: the app's connections do. The app
must never lose those locks (gui/file_dialogs.py, store/connect.py say how it once did); this
is the second line, should it lose them all the same: a command deleting the log under a
running app made the app's next changes go nowhere, and its closing checkpoint damaged the
journal.

So when a window of the app has the journal open (its single-instance socket takes a
connection, instance.py), the command holds one more connection of its own, read-only, from
before its first to after its last: its other connections, closing, see that one's lock (SQLite
counts the connections of one process) and leave the log alone; the read-only one, closing
last, cannot lock the file for writing and leaves it too. The log's changes are in the log,
which the app (or the next opening) copies in: nothing is lost, and nothing else changes.
Python 3.12's SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE would say this directly; 3.11 has no way to.
Without a window (or on Windows, whose locks are the handle's: nothing to lose), the command
opens the journal as always, and its last connection tidies the log away as before.

    hold(journal_arg) -> connection or None    # before the command's first connection
    let_go(held)                               # after its last (main's `finally`)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def hold(journal_arg: str | None) -> Any:
    """The read-only connection kept while the command runs, when a window of the app has
    the journal open and its log is beside it; else None. Never an error of its own: without
    it, the command runs as it always did."""
    try:
        from custjournal import paths

        if paths.team_url(journal_arg):
            return None  # a team database: no file of ours
        path = paths.resolve_journal(journal_arg)
        if not path.is_file() or not Path(f"{path}-wal").exists():
            return None  # no log to lose
        from custjournal import instance

        if not instance.window_has_open(path):
            return None
        from custjournal.store import connect

        held = connect.connect(path, readonly=True)
    except Exception:  # noqa: BLE001 - the guard is an extra: it never fails a command
        return None
    try:
        held.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the log
    except Exception:  # noqa: BLE001 - an encrypted journal not unlocked, a damaged one
        held.close()
        return None
    return held


def let_go(held: Any) -> None:
    """Close the held connection, after every other of the command's."""
    if held is None:
        return
    try:
        held.close()
    except Exception:  # noqa: BLE001 - closing never turns a result into a failure
        pass
