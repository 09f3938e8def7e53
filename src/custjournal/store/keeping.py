"""How many kept results this process committed: the kept health (store/health_kept.py) and the
kept Insights pages (store/insights_kept.py) are written from reading paths, each only when
nothing changed the journal since its read began. The app tells such commits of its own from
another program's change by this count (gui/controller.py, `keeping`)."""

from __future__ import annotations

import threading
from typing import Any

# A keep waits for no writer; then the reading connection's own wait is put back: store/journal.py's
# BUSY_TIMEOUT_MS (tests/store/test_health_kept.py checks they agree), as a whole statement.
BUSY_TIMEOUT_MS = 5000
BUSY_TIMEOUT_SQL = "PRAGMA busy_timeout = 5000"

_lock = threading.Lock()
_written = 0


def may_keep(source: Any) -> bool:
    """Whether a keep may be written through *source* now: not while its journal's keeps are
    held (`Journal.keeps_held`: the app holds them from opening a file until its start-up
    integrity check finds the data sound, so a damaged journal is never written to)."""
    journal = getattr(source, "journal", None)
    # Nor into a journal that refuses changes (read-only, or found damaged).
    return journal is None or not (journal.keeps_held or getattr(journal, "refusal", None))


def written() -> int:
    """How many keeps committed in this process so far."""
    return _written


def count_written() -> None:
    """A keep committed (called right after its commit)."""
    global _written
    with _lock:
        _written += 1
