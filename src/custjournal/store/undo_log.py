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

from custjournal.store import backend, models

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


# Each table's three temporary triggers, as SQLite itself writes them from the table's columns
# (`pragma_table_info`, so an older journal or a new column is followed): identifiers quoted by
# `printf('%w')`, string literals by `printf('%Q')`. `who` is the expression naming the customer a
# row belongs to, with `@` for NEW or OLD. Both lists of columns come from one aggregate pass over
# the same ordered rows, so names and values stay in the same order.
_TRIGGERS_SQL = """
SELECT
  printf('CREATE TEMP TRIGGER "cj_undo_%w_i" AFTER INSERT ON main."%w" WHEN (SELECT count(*) FROM
  temp.cj_undo_on) > 0 BEGIN INSERT INTO cj_undo_log_v2 (tbl, customer_id, sql, inserted)
  VALUES (%Q, %s, %Q || NEW.rowid, NEW.rowid); END', t.name, t.name, t.name,
  replace(t.who, '@', 'NEW'), printf('DELETE FROM main."%w" WHERE rowid = ', t.name)),
  printf('CREATE TEMP TRIGGER "cj_undo_%w_u" AFTER UPDATE ON main."%w" WHEN (SELECT count(*) FROM
  temp.cj_undo_on) > 0 AND (%s) BEGIN INSERT INTO cj_undo_log_v2 (tbl, customer_id, sql)
  VALUES (%Q, %s, %Q || %s || '' WHERE rowid = '' || OLD.rowid); END', t.name, t.name, c.differs,
  t.name, replace(t.who, '@', 'OLD'), printf('UPDATE main."%w" SET ', t.name), c.sets),
  printf('CREATE TEMP TRIGGER "cj_undo_%w_d" BEFORE DELETE ON main."%w" WHEN (SELECT count(*) FROM
  temp.cj_undo_on) > 0 BEGIN INSERT INTO cj_undo_log_v2 (tbl, customer_id, sql) VALUES (%Q,
  %s, %Q || OLD.rowid || '', '' || %s || '')''); END', t.name, t.name, t.name,
  replace(t.who, '@', 'OLD'), printf('INSERT INTO main."%w" (rowid, %s) VALUES (', t.name,
  c.names), c.vals)
FROM (
  SELECT :table AS name, CASE
    WHEN :table = 'customer' THEN '@.id'
    WHEN EXISTS (SELECT 1 FROM pragma_table_info(:table, 'main') WHERE name = 'customer_id')
      THEN '@.customer_id'
    WHEN :table = 'invitation_status_change'
      THEN '(SELECT customer_id FROM main.invitation WHERE id = @.invitation_id)'
    ELSE 'NULL' END AS who
) AS t, (
  SELECT
    group_concat(printf('"%w"', name), ', ') AS names,
    group_concat(printf('quote(OLD."%w")', name), ' || '', '' || ') AS vals,
    group_concat(printf('%Q || quote(OLD."%w")', printf('"%w" = ', name), name),
                 ' || '', '' || ') AS sets,
    group_concat(printf('OLD."%w" IS NOT NEW."%w"', name, name), ' OR ') AS differs
  FROM (SELECT name FROM pragma_table_info(:table, 'main') ORDER BY cid)
) AS c
WHERE c.names IS NOT NULL
"""


def _triggers(conn: Connection, table: str) -> list[str]:
    """*table*'s three trigger statements (none for a table this journal's schema lacks)."""
    found = conn.exec_driver_sql(_TRIGGERS_SQL, {"table": table}).first()
    return [] if found is None else [str(ddl) for ddl in found]


def _install(conn: Connection) -> None:
    """Create the log, the flag and the triggers on this connection, once."""
    if backend.is_postgresql(conn):
        _install_pg_session(conn)
        return
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
        for ddl in _triggers(conn, table):
            conn.exec_driver_sql(ddl)


# --- PostgreSQL ------------------------------------------------------------------------------
# A team database has no temporary triggers on its tables: the triggers are the database's own,
# installed with the derived columns' (`install_pg`, after every upgrade and by `check
# --rebuild-index`), and write only in a transaction where `recording` set `cj.undo` on (a
# transaction-local setting: every other writer's rows pass the trigger's WHEN and cost
# nothing more). They write into the session's temporary log, as SQLite's do. A row is named
# by its id (by its primary key's columns where it has no id: settings, tags), and its values
# travel as the JSON of the row, which `jsonb_populate_record` turns back into the row's own
# types; every identifier is quoted by `format('%I')`.
_CAPTURE_PG = """
CREATE OR REPLACE FUNCTION cj_undo_capture() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  r jsonb;
  who integer;
  tbl text := format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME);
  one text;
  key text;
BEGIN
  IF TG_OP = 'INSERT' THEN r := to_jsonb(NEW); ELSE r := to_jsonb(OLD); END IF;
  IF TG_TABLE_NAME = 'customer' THEN
    who := (r ->> 'id')::integer;
  ELSIF r -> 'customer_id' IS NOT NULL THEN
    who := (r ->> 'customer_id')::integer;
  ELSIF TG_TABLE_NAME = 'invitation_status_change' THEN
    SELECT customer_id INTO who FROM invitation WHERE id = (r ->> 'invitation_id')::integer;
  END IF;
  one := format('jsonb_populate_record(NULL::%s, %L)', tbl, r);
  -- The row as it is after this statement: an update may have changed its key.
  IF TG_OP = 'UPDATE' THEN
    key := CASE WHEN r -> 'id' IS NOT NULL THEN format('id = %L', to_jsonb(NEW) ->> 'id') ELSE
      format('(%s) = (SELECT %s FROM jsonb_populate_record(NULL::%s, %L))', TG_ARGV[1],
             TG_ARGV[1], tbl, to_jsonb(NEW)) END;
  ELSE
    key := CASE WHEN r -> 'id' IS NOT NULL THEN format('id = %L', r ->> 'id') ELSE
      format('(%s) = (SELECT %s FROM %s)', TG_ARGV[1], TG_ARGV[1], one) END;
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO pg_temp.cj_undo_log_v2 (tbl, customer_id, sql, inserted)
    VALUES (TG_TABLE_NAME, who, format('DELETE FROM %s WHERE %s', tbl, key),
            (r ->> 'id')::bigint);
    RETURN NULL;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO pg_temp.cj_undo_log_v2 (tbl, customer_id, sql)
    VALUES (TG_TABLE_NAME, who, format('UPDATE %s SET (%s) = (SELECT %s FROM %s) WHERE %s',
            tbl, TG_ARGV[0], TG_ARGV[0], one, key));
    RETURN NULL;
  END IF;
  INSERT INTO pg_temp.cj_undo_log_v2 (tbl, customer_id, sql)
  VALUES (TG_TABLE_NAME, who, format('INSERT INTO %s SELECT * FROM %s', tbl, one));
  RETURN OLD;
END $$
"""

# Each journal table's three triggers (dropped first, so an upgrade that added a column gets
# them anew), written by the database from the table's columns and primary key.
_TRIGGERS_PG = """
SELECT u.ddl FROM (
  SELECT c.relname::text AS t,
    (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) FROM pg_attribute a
     WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS cols,
    (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY k.n)
     FROM pg_index i, unnest(i.indkey) WITH ORDINALITY AS k(attnum, n), pg_attribute a
     WHERE i.indrelid = c.oid AND i.indisprimary AND a.attrelid = c.oid
       AND a.attnum = k.attnum) AS pk
  FROM pg_class c
  WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
    AND c.relname::text = ANY(:tables)
) AS x, LATERAL unnest(ARRAY[
  format('DROP TRIGGER IF EXISTS %I ON %I', 'cj_undo_' || x.t || '_i', x.t),
  format('DROP TRIGGER IF EXISTS %I ON %I', 'cj_undo_' || x.t || '_u', x.t),
  format('DROP TRIGGER IF EXISTS %I ON %I', 'cj_undo_' || x.t || '_d', x.t),
  format('CREATE TRIGGER %I AFTER INSERT ON %I FOR EACH ROW WHEN (current_setting(''cj.undo'', '
         'true) = ''on'') EXECUTE FUNCTION cj_undo_capture(%L, %L)', 'cj_undo_' || x.t || '_i',
         x.t, x.cols, x.pk),
  format('CREATE TRIGGER %I AFTER UPDATE ON %I FOR EACH ROW WHEN (current_setting(''cj.undo'', '
         'true) = ''on'' AND OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION '
         'cj_undo_capture(%L, %L)', 'cj_undo_' || x.t || '_u', x.t, x.cols, x.pk),
  format('CREATE TRIGGER %I BEFORE DELETE ON %I FOR EACH ROW WHEN (current_setting(''cj.undo'', '
         'true) = ''on'') EXECUTE FUNCTION cj_undo_capture(%L, %L)', 'cj_undo_' || x.t || '_d',
         x.t, x.cols, x.pk)
]) WITH ORDINALITY AS u(ddl, n)
ORDER BY x.t, u.n
"""

# How many of the capture triggers a team database has (check's question).
COUNT_TRIGGERS_PG = (
    "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'cj\\_undo\\_%' "
    "AND tgrelid IN (SELECT oid FROM pg_class WHERE relnamespace = current_schema()::regnamespace)"
)

# A run of inserted rows of one table undone by one statement (their ids as an array).
_DELETE_IDS_PG = {
    "customer": "DELETE FROM customer WHERE id = ANY(%s)",
    "contact_point": "DELETE FROM contact_point WHERE id = ANY(%s)",
    "stage_change": "DELETE FROM stage_change WHERE id = ANY(%s)",
    "conversation": "DELETE FROM conversation WHERE id = ANY(%s)",
    "delight": "DELETE FROM delight WHERE id = ANY(%s)",
    "pain_point": "DELETE FROM pain_point WHERE id = ANY(%s)",
    "fact": "DELETE FROM fact WHERE id = ANY(%s)",
    "promise": "DELETE FROM promise WHERE id = ANY(%s)",
    "gift": "DELETE FROM gift WHERE id = ANY(%s)",
    "invitation": "DELETE FROM invitation WHERE id = ANY(%s)",
    "invitation_status_change": "DELETE FROM invitation_status_change WHERE id = ANY(%s)",
    "milestone": "DELETE FROM milestone WHERE id = ANY(%s)",
    "purchase": "DELETE FROM purchase WHERE id = ANY(%s)",
    "reminder_state": "DELETE FROM reminder_state WHERE id = ANY(%s)",
    "not_duplicate": "DELETE FROM not_duplicate WHERE id = ANY(%s)",
    "relationship": "DELETE FROM relationship WHERE id = ANY(%s)",
    "same_firm": "DELETE FROM same_firm WHERE id = ANY(%s)",
}


def install_pg(conn: Connection) -> None:
    """The capture function and every journal table's triggers, in the team database (inside
    the caller's transaction: the owner's upgrade, or check --rebuild-index)."""
    conn.exec_driver_sql(_CAPTURE_PG)
    for (ddl,) in conn.exec_driver_sql(_TRIGGERS_PG, {"tables": list(TABLES)}).fetchall():
        conn.exec_driver_sql(str(ddl))


def _install_pg_session(conn: Connection) -> None:
    """This session's temporary log, once (a rolled-back transaction may take it along)."""
    if conn.exec_driver_sql("SELECT to_regclass('pg_temp.cj_undo_log_v2')").scalar():
        return
    conn.exec_driver_sql(
        "CREATE TEMP TABLE cj_undo_log_v2 (seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
        "tbl TEXT NOT NULL, customer_id INTEGER, sql TEXT NOT NULL, inserted BIGINT)"
    )


# The statements `recording` runs, per backend: (empty the log, switch on, switch off, read).
_RECORDING = {
    backend.SQLITE: (
        "DELETE FROM temp.cj_undo_log_v2",
        "INSERT INTO temp.cj_undo_on VALUES (1)",
        "DELETE FROM temp.cj_undo_on",
        "SELECT tbl, customer_id, sql, inserted FROM temp.cj_undo_log_v2 ORDER BY seq",
    ),
    backend.POSTGRESQL: (
        "DELETE FROM pg_temp.cj_undo_log_v2",
        "SELECT set_config('cj.undo', 'on', true)",
        "SELECT set_config('cj.undo', 'off', true)",
        "SELECT tbl, customer_id, sql, inserted FROM pg_temp.cj_undo_log_v2 ORDER BY seq",
    ),
}


class Recording:
    """The rows a `recording` block changed; `rows` is filled when the block ends."""

    def __init__(self) -> None:
        self.rows: tuple[Row, ...] = ()


@contextmanager
def recording(conn: Connection) -> Iterator[Recording]:
    """Record every row change made on *conn* inside the block (the caller's transaction)."""
    _install(conn)
    empty, switch_on, switch_off, read = _RECORDING[backend.dialect(conn)]
    conn.exec_driver_sql(empty)
    conn.exec_driver_sql(switch_on)
    result = Recording()
    try:
        yield result
    except BaseException:
        # The write failed: a rolled-back transaction may have taken the temporary tables with
        # it (they are made again next time); the failure is what the caller must hear.
        with contextlib.suppress(Exception):
            conn.exec_driver_sql(switch_off)
        raise
    conn.exec_driver_sql(switch_off)
    result.rows = tuple(
        Row(tbl, cid, sql, inserted) for tbl, cid, sql, inserted in conn.exec_driver_sql(read)
    )
    # Emptied now, so the words of what was recorded don't wait in the connection until the
    # next write.
    conn.exec_driver_sql(empty)


def replay(conn: Connection, rows: Sequence[Row]) -> None:
    """Reverse *rows* (as `recording` gave them), newest first, in the caller's transaction.

    Foreign keys are checked at commit rather than per statement: a customer's rows come back
    before or after the customer, in whichever order they were taken (a team database's foreign
    keys are DEFERRABLE for this, migration 0013).
    """
    team = backend.is_postgresql(conn)
    conn.exec_driver_sql(
        "SET CONSTRAINTS ALL DEFERRED" if team else "PRAGMA defer_foreign_keys = ON"
    )
    # Straight to the DBAPI connection, inside the same transaction: SQLAlchemy's per-statement
    # work was most of the time of undoing an import's hundred thousand rows.
    raw = conn.connection.dbapi_connection
    assert raw is not None
    # Each statement's text is new to SQLite (its rowid is in it) and is parsed afresh: a run
    # of deletes from one table goes as one statement instead.
    try:
        _replay(raw, rows, _DELETE_IDS_PG if team else _DELETE_ROWIDS)
    except Exception as exc:
        # sqlite3's, sqlcipher3's or psycopg's IntegrityError (they share no base class;
        # psycopg raises a subclass such as UniqueViolation).
        if any(cls.__name__ == "IntegrityError" for cls in type(exc).__mro__):
            raise Conflict(str(exc)) from exc
        raise


def _replay(raw: Any, rows: Sequence[Row], deletes: dict[str, str]) -> None:
    run_table: str | None = None
    run: list[int] = []

    def flush() -> None:
        if run:
            ids: Any = list(run) if deletes is _DELETE_IDS_PG else json.dumps(run)
            raw.execute(deletes[run_table or ""], (ids,))
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
