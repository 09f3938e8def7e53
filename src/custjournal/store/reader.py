"""The read seam: one SQL text, run on a plain DBAPI connection or through SQLAlchemy.

Every read-side query (store/queries.py, store/due.py, store/search.py, ...) is SQL text that
takes a *source*, and gets its rows with `rows(source, sql, params)`:

- `Reader`: a plain DBAPI connection to an SQLite journal (sqlite3, or sqlcipher3 for an
  encrypted one, both from store/connect.py, the one opener) inside one read transaction.
  `Journal.reader()` hands it out. Neither SQLAlchemy nor SQLModel is imported for it, so a
  reading command or the app's first screen costs little more than `import sqlite3`.
- a SQLModel `Session` or an SQLAlchemy `Connection` (inside a write, or a journal that is not
  SQLite): on SQLite its own DBAPI connection, the same transaction (SQLAlchemy's result rows
  cost about 4 us each, and lists read tens of thousands of rows); on any other database the
  same text through SQLAlchemy (`exec_driver_sql`), its days and moments read back as the text
  a journal file holds (`_as_stored`).
- `Through(session)`: the text through SQLAlchemy on SQLite as well (what another database
  gets; tests/store/test_reader.py proves both paths give the same rows).

Parameters are `:name` (a dict) or `?` (a tuple): SQLite's DBAPI modules take both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, Union

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlmodel import Session

Row = tuple[Any, ...]

# Rows a team journal's read turns into Python at a time (`Reader.rows`): 2,000 list rows take
# 1-2 ms.
PG_BATCH = 2_000


# How many rows, or items of a loop, between two checkpoints of a worker that may pause.
PAUSE_EVERY = 64


class Reader:
    """A plain DBAPI connection to a journal, in one read transaction (a consistent snapshot)."""

    __slots__ = ("con", "journal", "pause")

    def __init__(
        self, con: Any, journal: Any = None, pause: Callable[[], None] | None = None
    ) -> None:
        self.con = con
        # The Journal it reads (store/journal.py), if any: asked whether kept results may be
        # written now (store/keeping.py, `may_keep`).
        self.journal = journal
        # Called between batches of rows and every PAUSE_EVERY items of a long loop
        # (`checkpoint`): the app's workers wait in it while the user types (the GUI thread
        # then has the interpreter lock to itself); None, as the command line reads: no waits.
        self.pause = pause

    def rows(self, sql: str, params: object = ()) -> list[Row]:
        cursor = self.con.execute(sql, params)
        found: list[Row]
        if self.pause is None and not on_postgresql(self):
            # sqlite3 lets go of the interpreter lock at every row it steps to.
            found = cursor.fetchall()
            return found
        # A worker that makes way for the user: a checkpoint every few rows. And psycopg turns
        # a whole result into rows in one call, holding the interpreter lock (100,000 rows of
        # the customer list kept the GUI thread waiting ~100 ms for a worker): a batch at a
        # time, the same rows and time, and the lock changes hands in between.
        found = []
        while batch := cursor.fetchmany(PG_BATCH if self.pause is None else PAUSE_EVERY):
            found += batch
            if self.pause is not None:
                self.pause()
        return found


def pause_of(source: Any) -> Callable[[], None] | None:
    """The *source*'s pause (a `Reader` the app's worker opened with one), else None."""
    return getattr(source, "pause", None) if isinstance(source, Reader) else None


T = TypeVar("T")


def paced(items: Iterable[T], pause: Callable[[], None] | None) -> Iterable[T]:
    """*items*, with *pause* called before every PAUSE_EVERY-th of them (a long loop's
    checkpoints in a worker that makes way for the user); *items* itself without a pause."""
    return items if pause is None else _paced(items, pause)


def _paced(items: Iterable[T], pause: Callable[[], None]) -> Iterator[T]:
    for i, item in enumerate(items):
        if not i % PAUSE_EVERY:
            pause()
        yield item


class Through:
    """A Session whose rows are read through SQLAlchemy even on SQLite."""

    __slots__ = ("session",)

    def __init__(self, session: Session) -> None:
        self.session = session


Source = Union[Reader, "Session", "Connection", Through]


def _connection(source: Any) -> Connection:
    # A Session has .connection() (the connection of its transaction); a Connection is one.
    return source.connection() if hasattr(source, "exec") else source  # type: ignore[no-any-return]


def rows(source: Source, sql: str, params: object = ()) -> list[Row]:
    """Every row of *sql* (SQL text) with *params*, as plain tuples, read from *source*."""
    if isinstance(source, Reader):
        return source.rows(sql, params)
    if isinstance(source, Through):
        conn = source.session.connection()
        result = conn.exec_driver_sql(sql, params)  # type: ignore[arg-type]
        if conn.dialect.name != "sqlite":
            return [_as_stored(r) for r in result]
        return [tuple(r) for r in result]
    conn = _connection(source)
    if conn.dialect.name != "sqlite":
        return [_as_stored(r) for r in conn.exec_driver_sql(sql, params)]  # type: ignore[arg-type]
    raw = conn.connection.dbapi_connection
    assert raw is not None
    found: list[Row] = raw.execute(sql, params).fetchall()
    return found


def _plain(value: Any) -> Any:
    """A PostgreSQL value as a journal file holds it (what the plain read path's psycopg
    connection gives, store/backend.py `as_sqlite_rows`): days and moments (in UTC) as text,
    numeric as int or float."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat(" ", "microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _as_stored(row: Any) -> Row:
    return tuple(_plain(v) for v in row)


def on_postgresql(source: Source) -> bool:
    """Whether *source* reads a team journal (store/backend.py), for the few queries whose
    SQL differs between the two backends."""
    if isinstance(source, Reader):
        return type(source.con).__name__ == "PgConnection"
    if isinstance(source, Through):
        return False
    return bool(_connection(source).dialect.name == "postgresql")


def one(source: Source, sql: str, params: object = ()) -> Row | None:
    """The first row of *sql*, or None."""
    found = rows(source, sql, params)
    return found[0] if found else None


def scalar(source: Source, sql: str, params: object = ()) -> Any:
    """The first column of the first row of *sql*, or None."""
    row = one(source, sql, params)
    return None if row is None else row[0]
