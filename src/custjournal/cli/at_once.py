"""`custjournal due --count` answered before the rest of the command line is imported.

A shell prompt or a status bar runs it every few seconds, so it should cost about what
`python -c "import sqlite3"` does: `main` asks `answer(argv)` first, and this module loads only
the journal opener (store/journal.py, store/connect.py, paths) and the count itself
(store/due_count.py), not the parser, the domain rules nor the terminal filter.

Only the plain case is answered here: the arguments are `due --count`, with at most
`--journal PATH` (anywhere) and `--today YYYY-MM-DD` (after `due`), each once; the journal is a
plain (not encrypted) SQLite file at the current schema, with no backup's temporary files beside
it; and the count can be taken in SQL (`due_count.count`). Anything else — another option, a
date in words, a missing, encrypted, damaged or older journal, any error — returns None and the
ordinary command line runs, which parses, checks and says what is wrong in its usual words: the
number printed and every message are the same either way (tests/cli/test_due_count.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_VALUED = ("--journal", "--today")


def _parsed(argv: Sequence[str]) -> tuple[str | None, dt.date | None] | None:
    """(--journal value, --today day) of a plain `due --count` command line, else None."""
    values: dict[str, str] = {}
    words: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        name, eq, value = arg.partition("=")
        if arg in _VALUED:
            if i + 1 >= len(argv):
                return None
            name, value = arg, argv[i + 1]
            i += 2
        elif eq and name in _VALUED:
            i += 1
        else:
            words.append(arg)
            i += 1
            continue
        if name in values or not value or value.startswith("-"):
            return None
        if name == "--today" and not words:
            return None  # an option of `due`: before the command argparse refuses it
        values[name] = value
    if words != ["due", "--count"]:
        return None
    today = None
    text = values.get("--today")
    if text is not None:
        if not _ISO_DAY.fullmatch(text):
            return None
        try:
            today = dt.date.fromisoformat(text)
        except ValueError:
            return None
        if not 1900 <= today.year <= 2999:  # domain/values.check_date_range's bounds
            return None
    return values.get("--journal"), today


def answer(argv: Sequence[str]) -> int | None:
    """The number of due items when *argv* is a plain `due --count` (see above), else None."""
    parsed = _parsed(argv)
    if parsed is None:
        return None
    try:
        from custjournal import paths
        from custjournal.store import connect, due_count
        from custjournal.store import journal as store

        path = paths.resolve_journal(parsed[0])
        if not path.is_file() or paths.has_temp_files(path) or connect.is_encrypted(path):
            return None
        if store.schema_revision(path) != store.HEAD:
            return None  # empty, older (to be upgraded) or not a journal: said the usual way
        journal = store.open_journal(path, create=False)
        try:
            with journal.reader() as source:
                return due_count.count(source, parsed[1] or dt.date.today())
        finally:
            journal.close()
    except Exception:  # noqa: BLE001 - the ordinary path runs, and reports what went wrong
        return None
