"""What a write transaction changed, row by row, as the SQL that puts it back (undo's raw material).

This is SQLite's own "automatic undo/redo" recipe (sqlite.org/undoredo.html): temporary triggers
on the journal's tables write, for every row a statement inserts, updates or deletes, the
statement that reverses it into a temporary table. `recording(conn)` switches them on for one
transaction and hands back the `Row`s; running them newest first (`replay`) restores the rows
exactly as they were, ids included. Replaying is itself recorded, so the inverse of an undo is
its redo.

Why triggers rather than each operation writing its own inverse: they see every writer the same
way (the ORM, Core bulk inserts of an import, foreign-key cascades, the settings table), so a new
operation is undoable without code of its own, and an inverse can't drift from what the
operation really did.

- The triggers are TEMP: they live on the connection, never in the file, and a journal opened by
  another program or an older version knows nothing of them. They are created once per
  connection and write only while `recording` has switched them on (a one-row flag table), so
  other writers on the same connection (migrations, the demo) pay one lookup per row.
- The columns `store/derived.py` keeps are restored like any other column; replaying the base
  rows fires those triggers again, so the values end as a function of the restored entries.
- The search index is not recorded: the caller reindexes the customers a replay touched.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Connection

from custjournal.store import models

# The journal's own tables (the search index, its shadow tables and alembic_version are not).
TABLES = models.TABLE_NAMES

# The log (a new name when its columns change: connections keep old ones) and the on/off flag;
# the statements below spell the names out.
_LOG = "cj_undo_log_v2"
_ON = "cj_undo_on"


# A run of inserted rows of one table undone by one statement (the rowids as a JSON array).
_DELETE_ROWIDS = {
    "setting": "DELETE FROM main.setting WHERE rowid IN (SELECT value FROM json_each(?))",
    "customer": "DELETE FROM main.customer WHERE rowid IN (SELECT value FROM json_each(?))",
    "customer_tag": "DELETE FROM main.customer_tag WHERE rowid IN (SELECT value FROM json_each(?))",
    "contact_point": (
        "DELETE FROM main.contact_point WHERE rowid IN (SELECT value FROM json_each(?))"
    ),
    "stage_change": "DELETE FROM main.stage_change WHERE rowid IN (SELECT value FROM json_each(?))",
    "conversation": "DELETE FROM main.conversation WHERE rowid IN (SELECT value FROM json_each(?))",
    "delight": "DELETE FROM main.delight WHERE rowid IN (SELECT value FROM json_each(?))",
    "pain_point": "DELETE FROM main.pain_point WHERE rowid IN (SELECT value FROM json_each(?))",
    "fact": "DELETE FROM main.fact WHERE rowid IN (SELECT value FROM json_each(?))",
    "promise": "DELETE FROM main.promise WHERE rowid IN (SELECT value FROM json_each(?))",
    "gift": "DELETE FROM main.gift WHERE rowid IN (SELECT value FROM json_each(?))",
    "invitation": "DELETE FROM main.invitation WHERE rowid IN (SELECT value FROM json_each(?))",
    "invitation_status_change": (
        "DELETE FROM main.invitation_status_change WHERE rowid IN (SELECT value FROM json_each(?))"
    ),
    "milestone": "DELETE FROM main.milestone WHERE rowid IN (SELECT value FROM json_each(?))",
    "purchase": "DELETE FROM main.purchase WHERE rowid IN (SELECT value FROM json_each(?))",
    "reminder_state": (
        "DELETE FROM main.reminder_state WHERE rowid IN (SELECT value FROM json_each(?))"
    ),
    "not_duplicate": (
        "DELETE FROM main.not_duplicate WHERE rowid IN (SELECT value FROM json_each(?))"
    ),
    "relationship": "DELETE FROM main.relationship WHERE rowid IN (SELECT value FROM json_each(?))",
    "same_firm": "DELETE FROM main.same_firm WHERE rowid IN (SELECT value FROM json_each(?))",
}


class Conflict(Exception):
    """A row can't go back: the journal changed since it was recorded (its id taken again)."""


@dataclass(frozen=True)
class Row:
    """One row change: its table, the customer it belongs to (None: none or unknown) and the SQL
    that reverses it."""

    table: str
    customer_id: int | None
    sql: str
    inserted: int | None = None  # the rowid, when the row was inserted (undone by a delete)


def _customer_expr(table: str, columns: Sequence[str], ref: str) -> str:
    if table == "customer":
        return f"{ref}.id"
    if "customer_id" in columns:
        return f"{ref}.customer_id"
    if table == "invitation_status_change":
        return f"(SELECT customer_id FROM main.invitation WHERE id = {ref}.invitation_id)"
    return "NULL"


def _q(name: str) -> str:
    """*name* as an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def _text(value: str) -> str:
    """*value* as an SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def _triggers(table: str, columns: Sequence[str]) -> list[str]:
    t = _q(table)
    insert_name, update_name, delete_name = (_q(f"cj_undo_{table}_{op}") for op in "iud")
    guard = f"WHEN (SELECT count(*) FROM temp.{_ON}) > 0"
    log = f"INSERT INTO {_LOG} (tbl, customer_id, sql) VALUES ({_text(table)}, "
    # An insert is reversed by deleting the row (its rowid kept apart too: `replay` deletes
    # a run of them with one statement).
    on_insert = (
        f"CREATE TEMP TRIGGER {insert_name} AFTER INSERT ON main.{t} {guard} BEGIN "
        f"INSERT INTO {_LOG} (tbl, customer_id, sql, inserted) VALUES ({_text(table)}, "
        f"{_customer_expr(table, columns, 'NEW')}, "
        f"'DELETE FROM main.{t} WHERE rowid = ' || NEW.rowid, NEW.rowid); END"
    )
    # An update by setting every column back (only when one really changed).
    sets = " || ', ' || ".join(f"'{_q(c)} = ' || quote(OLD.{_q(c)})" for c in columns)
    differs = " OR ".join(f"OLD.{_q(c)} IS NOT NEW.{_q(c)}" for c in columns)
    on_update = (
        f"CREATE TEMP TRIGGER {update_name} AFTER UPDATE ON main.{t} "
        f"WHEN (SELECT count(*) FROM temp.{_ON}) > 0 AND ({differs}) BEGIN "
        f"{log}{_customer_expr(table, columns, 'OLD')}, "
        f"'UPDATE main.{t} SET ' || {sets} || ' WHERE rowid = ' || OLD.rowid); END"
    )
    # A delete by inserting the row again, with its rowid.
    names = ", ".join(["rowid", *(_q(c) for c in columns)]).replace("'", "''")
    values = " || ', ' || ".join(["OLD.rowid", *(f"quote(OLD.{_q(c)})" for c in columns)])
    on_delete = (
        f"CREATE TEMP TRIGGER {delete_name} BEFORE DELETE ON main.{t} {guard} BEGIN "
        f"{log}{_customer_expr(table, columns, 'OLD')}, "
        f"'INSERT INTO main.{t} ({names}) VALUES (' || {values} || ')'); END"
    )
    return [on_insert, on_update, on_delete]


def _install(conn: Connection) -> None:
    """Create the log, the flag and the triggers on this connection, once."""
    found = conn.exec_driver_sql(
        "SELECT count(*) FROM sqlite_temp_master WHERE name = ?", (_LOG,)
    ).scalar()
    if found:
        return
    conn.exec_driver_sql(
        "CREATE TEMP TABLE cj_undo_log_v2 (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, "
        "customer_id INTEGER, sql TEXT NOT NULL, inserted INTEGER)"
    )
    conn.exec_driver_sql("CREATE TEMP TABLE cj_undo_on (x)")
    for table in TABLES:
        columns = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM pragma_table_info(?, 'main') ORDER BY cid", (table,)
            )
        ]
        if not columns:
            continue  # an older schema without this table
        for ddl in _triggers(table, columns):
            conn.exec_driver_sql(ddl)


class Recording:
    """The rows a `recording` block changed; `rows` is filled when the block ends."""

    def __init__(self) -> None:
        self.rows: tuple[Row, ...] = ()


@contextmanager
def recording(conn: Connection) -> Iterator[Recording]:
    """Record every row change made on *conn* inside the block (the caller's transaction)."""
    _install(conn)
    conn.exec_driver_sql("DELETE FROM temp.cj_undo_log_v2")
    conn.exec_driver_sql("INSERT INTO temp.cj_undo_on VALUES (1)")
    result = Recording()
    try:
        yield result
    except BaseException:
        # The write failed: a rolled-back transaction may have taken the temporary tables with
        # it (they are made again next time); the failure is what the caller must hear.
        with contextlib.suppress(Exception):
            conn.exec_driver_sql("DELETE FROM temp.cj_undo_on")
        raise
    conn.exec_driver_sql("DELETE FROM temp.cj_undo_on")
    result.rows = tuple(
        Row(tbl, cid, sql, inserted)
        for tbl, cid, sql, inserted in conn.exec_driver_sql(
            "SELECT tbl, customer_id, sql, inserted FROM temp.cj_undo_log_v2 ORDER BY seq"
        )
    )
    # Emptied now, so the words of what was recorded don't wait in the connection until the
    # next write.
    conn.exec_driver_sql("DELETE FROM temp.cj_undo_log_v2")


def replay(conn: Connection, rows: Sequence[Row]) -> None:
    """Reverse *rows* (as `recording` gave them), newest first, in the caller's transaction.

    Foreign keys are checked at commit rather than per statement: a customer's rows come back
    before or after the customer, in whichever order they were taken.
    """
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    # Straight to the DBAPI connection, inside the same transaction: SQLAlchemy's per-statement
    # work was most of the time of undoing an import's hundred thousand rows.
    raw = conn.connection.dbapi_connection
    assert raw is not None
    # Each statement's text is new to SQLite (its rowid is in it) and is parsed afresh: a run
    # of deletes from one table goes as one statement instead.
    try:
        _replay(raw, rows)
    except Exception as exc:
        # sqlite3's or sqlcipher3's IntegrityError (the two share no base class).
        if type(exc).__name__ == "IntegrityError":
            raise Conflict(str(exc)) from exc
        raise


def _replay(raw: Any, rows: Sequence[Row]) -> None:
    run_table: str | None = None
    run: list[int] = []

    def flush() -> None:
        if run:
            raw.execute(_DELETE_ROWIDS[run_table or ""], (json.dumps(run),))
        run.clear()

    for row in reversed(rows):
        if row.inserted is not None and row.table == run_table:
            run.append(row.inserted)
            continue
        flush()
        if row.inserted is not None:
            run_table = row.table
            run.append(row.inserted)
        else:
            run_table = None
            raw.execute(row.sql)
    flush()
