"""Sorting database errors into the user's environment (a sentence) and bugs (a traceback).

Following qutebrowser's misc/sql.py: locked, read-only, full, damaged or unreadable journals are
*known* errors the user can act on; anything else is a bug and is re-raised.

The sort goes by SQLite's result code (`sqlite3.Error.sqlite_errorcode`, Python 3.11), not by the
English message: the code is what SQLite promises to keep, the message is not. The primary code
is the low byte of the extended one (SQLITE_IOERR_WRITE is SQLITE_IOERR | 3 << 8). `classify`
takes a bare (code, message) pair so that any driver speaking SQLite's codes can feed it (the
sqlite3 module here, an SQLCipher binding later); only an exception that carries no code at all
is sorted by its message, as a last resort.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from custjournal.domain.errors import Hint, UserError
from custjournal.domain.i18n import QT_TRANSLATE_NOOP, Message

# SQLite's primary result codes (https://sqlite.org/rescode.html), spelled out here rather than
# taken from the sqlite3 module so that another driver's errors are read the same way.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_BUSY = QT_TRANSLATE_NOOP(
    "ErrorText",
    "The journal {path} is busy: another program is writing to it. "
    "Wait a moment and try again, or close the other program.",
)
_READONLY = QT_TRANSLATE_NOOP(
    "ErrorText",
    "The journal {path} is read-only: check the file's permissions "
    "or copy it to a folder you can write to.",
)
_FULL = QT_TRANSLATE_NOOP(
    "ErrorText",
    "The disk holding the journal {path} is full: free some space and try again. "
    "Nothing was changed.",
)
_IOERR = QT_TRANSLATE_NOOP(
    "ErrorText",
    "The journal {path} could not be read or written (disk I/O error): check the disk.",
)
_NOTADB = QT_TRANSLATE_NOOP(
    "ErrorText",
    "{path} is not a Customer Journal file, or it is damaged: check the path, or restore a backup.",
)
_CORRUPT = QT_TRANSLATE_NOOP(
    "ErrorText",
    "The journal {path} is damaged: restore a backup, and keep the damaged file for inspection.",
)
_CANTOPEN = QT_TRANSLATE_NOOP(
    "ErrorText",
    "The journal {path} can't be opened: check that the folder "
    "exists and that you may read and write it.",
)

# The sentences of a file SQLite found damaged: a journal that meets one refuses every change
# from then on (store/journal.py, `Journal.mark_damaged`).
DAMAGE_SENTENCES = frozenset({_CORRUPT, _NOTADB})
# SQLITE_IOERR's extended codes (the high bits) that say the disk or the file failed: a
# journal that meets one on a write takes no more changes in this process. Not those of memory
# (IOERR_NOMEM, 12), of a lock (8, 9, 14, 15, 20), of a path or permission (25, 26, 28):
# nothing was lost on the disk, and the next change may well go through.
_DISK_FAILED = frozenset(
    {0, 1, 2, 3, 4, 5, 6, 7, 10, 13, 16, 17, 18, 19, 21, 22, 23, 24, 27, 29, 30, 31, 32, 33}
)

# Primary result code -> the sentence for it.
_BY_CODE: dict[int, str] = {
    SQLITE_BUSY: _BUSY,
    SQLITE_LOCKED: _BUSY,
    SQLITE_READONLY: _READONLY,
    SQLITE_PERM: _CANTOPEN,
    SQLITE_FULL: _FULL,
    SQLITE_IOERR: _IOERR,
    SQLITE_NOTADB: _NOTADB,
    SQLITE_CORRUPT: _CORRUPT,
    SQLITE_CANTOPEN: _CANTOPEN,
}

# What to do next, worded by each front end (domain/errors.py): the command line names its
# commands, the app its menu.
_HINTS: dict[str, Hint] = {_IOERR: Hint.CHECK, _NOTADB: Hint.RESTORE, _CORRUPT: Hint.RESTORE}

# Only for an error without a code (a driver that does not give one): SQLite's own messages.
_BY_MESSAGE = (
    ("database is locked", _BUSY),
    ("readonly database", _READONLY),
    ("disk is full", _FULL),
    ("disk i/o error", _IOERR),
    ("file is not a database", _NOTADB),
    ("malformed", _CORRUPT),
    ("unable to open database file", _CANTOPEN),
)


def classify(code: int | None, message: str = "") -> str | None:
    """The sentence template (with `{path}`) for an SQLite error, or None for a bug.

    *code* is SQLite's result code, primary or extended; *message* is read only when there is
    no code.
    """
    if code is not None:
        return _BY_CODE.get(code & 0xFF)
    text = message.casefold()
    for needle, sentence in _BY_MESSAGE:
        if needle in text:
            return sentence
    return None


def known_error(exc: BaseException, path: Path | str) -> UserError | None:
    """The user-facing sentence for a database error of the environment, or None for a bug."""
    # SQLAlchemy wraps the driver's error; a process that never imported it has no wrapper
    # (the plain read path, store/reader.py), so it is not imported here for the test.
    sa_exc = sys.modules.get("sqlalchemy.exc")
    inner = exc.orig if sa_exc is not None and isinstance(exc, sa_exc.DBAPIError) else exc
    if not isinstance(inner, sqlite3.Error) and not _is_driver_error(inner):
        return None
    code = getattr(inner, "sqlite_errorcode", None)
    sentence = classify(code if isinstance(code, int) else None, str(inner))
    if sentence is None:
        return None
    # A Message in the context the templates are marked in: the app says it in its language.
    return UserError(Message("ErrorText", sentence, args={"path": path}), hint=_HINTS.get(sentence))


def _is_driver_error(exc: BaseException | None) -> bool:
    """Another DB-API driver's error carrying SQLite's code (an SQLCipher binding's, say)."""
    return exc is not None and isinstance(getattr(exc, "sqlite_errorcode", None), int)


def disk_failed(exc: BaseException) -> bool:
    """Whether *exc* is SQLite saying the disk or the journal's files failed (a write error, a
    log deleted from under this process), not memory or a lock: see _DISK_FAILED."""
    sa_exc = sys.modules.get("sqlalchemy.exc")
    inner = exc.orig if sa_exc is not None and isinstance(exc, sa_exc.DBAPIError) else exc
    code = getattr(inner, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return classify(None, str(inner)) == _IOERR
    return code & 0xFF == SQLITE_IOERR and code >> 8 in _DISK_FAILED
