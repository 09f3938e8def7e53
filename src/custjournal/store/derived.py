"""Columns of `customer` worked out from the entries, kept by triggers: checked and rebuilt here.

Migration 0004 made them and says why they exist: `last_touch_on` (read through
`queries.LAST_TOUCH_SQL`) and the purchase rhythm `purchase_days`, `last_purchase_on`,
`purchase_gap_median` (read by `store/due.py`). Like the search index they can always be worked
out again from the entries, so `custjournal check` reports values out of step, and the same
repair (`check --rebuild-index`, or a restore of a backup that needs it) rebuilds them, with the
very SQL the triggers run (read from the migration, which owns it).
"""

from __future__ import annotations

import importlib
import sqlite3
from types import ModuleType

from sqlalchemy.engine import Connection

COLUMNS = ("last_touch_on", "purchase_days", "last_purchase_on", "purchase_gap_median")


def _definitions() -> ModuleType:
    # Imports Alembic (~0.15 s): only `check` and its repair come here, never a list or a load.
    return importlib.import_module("custjournal.store.migrations.versions.0004_due_list_indexes")


def _has_columns(con: sqlite3.Connection) -> bool:
    present = {row[1] for row in con.execute("PRAGMA table_info(customer)")}
    return set(COLUMNS) <= present


def out_of_step(con: sqlite3.Connection) -> list[str]:
    """What differs from the entries, in sentences (none for a journal older than 0004)."""
    if not _has_columns(con):
        return []
    sql = _definitions()
    problems = []
    for what, assignments in (
        ("the last-contact days", sql.LAST_TOUCH),
        ("the purchase rhythms", sql.RHYTHM),
    ):
        # "a = expr, b = expr" becomes "a IS NOT (expr) OR b IS NOT (expr)".
        differs = " OR ".join(
            f"{column.strip()} IS NOT ({expression.strip()})"
            for column, expression in _split_assignments(assignments)
        )
        count = con.execute(f"SELECT count(*) FROM customer WHERE {differs}").fetchone()[0]
        if count:
            problems.append(f"{what} of {count} customers are out of step")
    return problems


def rebuild(conn: Connection) -> None:
    """Work every customer's values out again from the entries (inside the caller's write)."""
    sql = _definitions()
    conn.exec_driver_sql(f"UPDATE customer SET {sql.LAST_TOUCH}, {sql.RHYTHM}")


def _split_assignments(assignments: str) -> list[tuple[str, str]]:
    """Split "col = expr, col = expr" at the top-level commas (not those inside parentheses)."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(assignments):
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and depth == 0:
            parts.append(assignments[start:i])
            start = i + 1
    parts.append(assignments[start:])
    return [tuple(part.split("=", 1)) for part in parts if part.strip()]  # type: ignore[misc]
