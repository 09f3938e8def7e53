"""A journal file copied into an empty team database with PostgreSQL's COPY (`custjournal copy`).

    copy_file_to_team(source, dest, progress=None) -> int   # the number of customers copied

The general copy (cli/transfer.py) goes through the JSON document an export writes and an
import: any direction, but row by row, with the whole journal in memory and the search index
folded again in Python. From a file into a team database this one streams each table's rows
from one read snapshot of the file into `COPY ... FROM STDIN` (psycopg's copy API), in one
transaction, the file read a batch of rows at a time (benchmarks/RESULTS.md, "Team mode", has
the times).

What is copied is what the file holds, ids and timestamps included: every table of the schema
(parents before children, so each foreign key finds its row), the settings in place of the
new database's defaults, the derived columns of `customer` as the file's triggers kept them,
and the search index's folded text (`rowid`, `body`; PostgreSQL works the `tsvector` out). The
derived columns' triggers are off while the rows go in (one trigger call per row would cost
more than the copy) and the indexes other than the keys are dropped and made again at the end
(one sort each instead of an update per row); the id sequences move past the copied ids, and
ANALYZE gives the planner its statistics before anyone searches.
A failure anywhere leaves the database as it was (PostgreSQL's DDL is transactional).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from custjournal.domain.errors import UserError
from custjournal.domain.i18n import ErrorText
from custjournal.store import backend

if TYPE_CHECKING:
    from custjournal.store.journal import Journal
    from custjournal.store.team import TeamJournal

# The search index: FTS5 tables on the file (whose `SELECT *` has no rowid), plain tables on
# the server (store/backend.py). Written after the journal's own tables.
_INDEX_READS = {
    "search_entry": "SELECT rowid, customer_id, kind, entry_id, entry_date FROM search_entry",
    "search_fts": "SELECT rowid, body FROM search_fts",
    "customer_fts": "SELECT rowid, body FROM customer_fts",
}
_INDEX_COLUMNS = {
    "search_entry": ("rowid", "customer_id", "kind", "entry_id", "entry_date"),
    "search_fts": ("rowid", "body"),
    "customer_fts": ("rowid", "body"),
}
# Kept results are the destination's own: the kept health is worked out again on the server
# (store/health_kept.py); the kept Insights pages and their change count start afresh
# (store/insights_kept.py).
# The list filter's bitmaps (store/backend.py SEARCH_BITS_PG) are filled by their triggers
# once customer_fts is in.
_NOT_COPIED = frozenset(
    {
        "alembic_version",
        "health_kept",
        "journal_change",
        "insights_kept",
        "insights_part",
        "insights_stale",
        "search_bits",
    }
)
# The server's tables and their columns a COPY may write (a generated column may not be).
_SERVER_COLUMNS = (
    "SELECT table_name, column_name FROM information_schema.columns "
    "WHERE table_schema = current_schema() AND is_generated = 'NEVER' "
    "ORDER BY table_name, ordinal_position"
)
# Indexes that are no constraint's (a primary key or a unique constraint stays: the copy
# leans on them), with the server's CREATE INDEX text of each.
_SECONDARY_INDEXES = (
    "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
    "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname "
    "AND c.connamespace = current_schema()::regnamespace) ORDER BY i.indexname"
)
_BATCH = 5000  # rows fetched from the file at a time: memory stays flat at any size


def _table_order(tables: set[str]) -> list[str]:
    """The server's tables, parents before children: the models' dependency order, then the
    search index."""
    from sqlmodel import SQLModel

    order = [t.name for t in SQLModel.metadata.sorted_tables if t.name in tables]
    rest = sorted(tables - set(order) - set(_INDEX_READS))
    return [*order, *rest, *(name for name in _INDEX_READS if name in tables)]


def _file_select(table: str, columns: tuple[str, ...]) -> str:
    """SQLite's SELECT of *columns* of *table* (compiled by SQLAlchemy: names quoted)."""
    if table in _INDEX_READS:
        return _INDEX_READS[table]
    from sqlalchemy import column, select
    from sqlalchemy import table as table_clause
    from sqlalchemy.dialects import sqlite

    query: Any = select(*(column(c) for c in columns)).select_from(table_clause(table))
    return str(query.compile(dialect=sqlite.dialect()))


def _batches(cursor: Any) -> Iterator[list[tuple[Any, ...]]]:
    while rows := cursor.fetchmany(_BATCH):
        yield rows


def copy_file_to_team(
    source: Journal,
    dest: TeamJournal,
    progress: Callable[[int, int], object] | None = None,
) -> int:
    """Every row of the journal file *source* into the empty team journal *dest*, in one
    transaction; *progress(done, total)* hears the rows written so far."""
    from psycopg import sql

    from custjournal.store import derived

    with source.reader() as found, dest.engine.begin() as conn:
        file = found.con
        raw = conn.connection.dbapi_connection
        assert raw is not None
        # Nobody writes a customer in while this runs; one already there refuses the copy.
        conn.exec_driver_sql("LOCK TABLE customer IN EXCLUSIVE MODE")
        if conn.exec_driver_sql("SELECT count(*) FROM customer").scalar():
            raise UserError(
                ErrorText.tr(
                    "{Name} already holds customers: a copy goes only into a new or empty "
                    "journal. Nothing was changed.",
                    Name=dest.target.Name,
                )
            )
        backend.require_moving_ids(conn)
        columns: dict[str, list[str]] = {}
        for table, name in conn.exec_driver_sql(_SERVER_COLUMNS):
            columns.setdefault(table, []).append(name)
        plan = [
            (t, _INDEX_COLUMNS.get(t) or tuple(columns[t]))
            for t in _table_order(set(columns) - _NOT_COPIED)
        ]
        total = sum(_count(file, t) for t, _ in plan) if progress is not None else 0
        derived.drop_triggers(conn)  # the derived values come from the file as they are
        conn.exec_driver_sql("DELETE FROM setting")  # the new database's defaults give way
        # Indexes other than the keys are made again once the rows are in: one sort each
        # rather than an update per row (the GIN indexes of the search above all).
        indexes = list(conn.exec_driver_sql(_SECONDARY_INDEXES))
        for name, _definition in indexes:
            raw.execute(sql.SQL("DROP INDEX {}").format(sql.Identifier(name)))
        done = 0
        cursor = raw.cursor()
        for table, names in plan:
            statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
                sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, names))
            )
            rows = file.execute(_file_select(table, names))
            with cursor.copy(statement) as copy:
                for batch in _batches(rows):
                    for values in batch:
                        copy.write_row(values)
                    done += len(batch)
                    if progress is not None:
                        progress(done, total)
        for _name, definition in indexes:
            raw.execute(definition)  # the server's own text (on psycopg: no parameter marks)
        derived.install(conn, customer_ids=())  # the triggers again, nothing worked out anew
        backend.ids_written(conn)
        conn.exec_driver_sql("ANALYZE")  # the planner's statistics, before the first query
        return int(conn.exec_driver_sql("SELECT count(*) FROM customer").scalar() or 0)


def _count(file: Any, table: str) -> int:
    """The rows of *table* in the file (for the progress line)."""
    from sqlalchemy import func, select
    from sqlalchemy import table as table_clause
    from sqlalchemy.dialects import sqlite

    query = select(func.count()).select_from(table_clause(table))
    return int(file.execute(str(query.compile(dialect=sqlite.dialect()))).fetchone()[0])
