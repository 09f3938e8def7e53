"""Sorting database errors into the user's environment (a sentence) and bugs (a traceback).

Following qutebrowser's misc/sql.py: locked, read-only, full, damaged or unreadable journals are
*known* errors the user can act on; anything else is a bug and is re-raised.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from custjournal.domain.errors import UserError

_KNOWN = (
    (
        "database is locked",
        "The journal {path} is busy: another program is writing to it. "
        "Wait a moment and try again, or close the other program.",
    ),
    (
        "readonly database",
        "The journal {path} is read-only: check the file's permissions "
        "or copy it to a folder you can write to.",
    ),
    (
        "disk is full",
        "The disk holding the journal {path} is full: free some space and try "
        "again. Nothing was changed.",
    ),
    (
        "disk i/o error",
        "The journal {path} could not be read or written (disk I/O error): "
        "check the disk, then run 'custjournal check'.",
    ),
    (
        "file is not a database",
        "{path} is not a Customer Journal file, or it is damaged: "
        "check the path, or restore a backup with 'custjournal restore'.",
    ),
    (
        "malformed",
        "The journal {path} is damaged: restore a backup with "
        "'custjournal restore', and keep the damaged file for inspection.",
    ),
    (
        "unable to open database file",
        "The journal {path} can't be opened: check that the folder "
        "exists and that you may read and write it.",
    ),
)


def known_error(exc: BaseException, path: Path | str) -> UserError | None:
    """The user-facing sentence for a database error of the environment, or None for a bug."""
    inner = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(inner, sqlite3.Error):
        return None
    text = str(inner).casefold()
    for needle, sentence in _KNOWN:
        if needle in text:
            return UserError(sentence.format(path=path))
    return None
