"""Writing many rows at once: the one bulk writer behind demo data and imports.

`Writer(conn)` collects rows per table and `flush()` writes them with one `executemany` per
table, parents before children (the metadata's dependency order, so every foreign key points at
a row already written). Everything it knows about a table comes from the SQLModel metadata: the
INSERT is compiled by SQLAlchemy Core from the `Table`, and a row's values are in the table's
column order (`Table.columns`).

Two ways in, one way out:

- `Table.add(values)` takes a dict of Python values (dates, datetimes, bools), missing columns
  at their scalar defaults; each value is turned into what SQLite stores by SQLAlchemy's own
  bind processor for its column type, so a bulk row reads back exactly like an ORM row.
- `Table.rows.append(tuple)` is the demo generator's hot path: values already as stored, built
  with `day_stamp`/`stamp_text` (SQLAlchemy's DateTime storage format, the one the ORM writes)
  and `date.isoformat` (SQLite's Date).

Ids are handed out here, from the table's largest id when the table is first touched: inside
the write transaction (BEGIN IMMEDIATE) nobody else can take them, and children link to their
parents without a round trip. `update()` changes one row by id through Core.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import Boolean, Column, func, insert, select, text, update
from sqlalchemy import Table as CoreTable
from sqlalchemy import column as sql_column
from sqlalchemy import table as sql_table
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

__all__ = ["Table", "Writer", "core_table", "day_stamp", "stamp_text", "update_row"]

_METADATA = SQLModel.metadata
_DIALECT = sqlite.dialect()
_ID_BLOCK = 256  # ids a team journal's writer takes from a sequence at a time


def _processor(column: Column[Any]) -> Callable[[Any], Any] | None:
    """SQLAlchemy's own conversion of a Python value for *column* into what SQLite stores."""
    return column.type.dialect_impl(_DIALECT).bind_processor(_DIALECT)


# How SQLite holds a DateTime: SQLAlchemy's own storage format for the dialect (not a copy of
# it), "2026-03-15 09:30:00.000000". The ORM's timestamp columns (SQLModel's UTCDateTime) write
# an aware moment converted to UTC in this format; tests/store/test_bulk.py holds the two equal.
_NAMED: str = sqlite.DATETIME()._storage_format  # type: ignore[no-untyped-call]
_FIELDS = ["year", "month", "day", "hour", "minute", "second", "microsecond"]
# The same format with its fields by position (filled twice as fast, for the demo's ~150,000
# stamps); it is derived, so it can only be used while SQLAlchemy's fields come in this order.
if re.findall(r"%\((\w+)\)", _NAMED) != _FIELDS:
    raise RuntimeError(f"SQLAlchemy's DateTime storage format changed: {_NAMED}")
_FORMAT = re.sub(r"%\(\w+\)", "%", _NAMED)


def stamp_text(moment: dt.datetime) -> str:
    """*moment* (aware) as SQLite holds a created_at/updated_at column, in UTC."""
    m = moment.astimezone(dt.UTC)
    return _FORMAT % (m.year, m.month, m.day, m.hour, m.minute, m.second, m.microsecond)


def day_stamp(day: dt.date, seconds: int = 0) -> str:
    """`stamp_text` of *seconds* after midnight UTC on *day*: the demo's hot path (no datetime
    is made for each of its hundred thousand rows)."""
    hour, rest = divmod(seconds, 3600)
    minute, second = divmod(rest, 60)
    return _FORMAT % (day.year, day.month, day.day, hour, minute, second, 0)


def core_table(name: str) -> CoreTable:
    """The metadata's table called *name* (a KeyError for any other name: no free SQL)."""
    return _METADATA.tables[name]


def _order() -> dict[str, int]:
    return {t.name: i for i, t in enumerate(_METADATA.sorted_tables)}


class Table:
    """Rows waiting for one table, its column order, and the next id to hand out."""

    def __init__(self, conn: Connection, name: str, leave_out: Iterable[str] = ()) -> None:
        self.conn = conn
        self.table = core_table(name)
        self.name = name
        skip = set(leave_out)
        self.columns: tuple[str, ...] = tuple(
            c.name for c in self.table.columns if c.name not in skip
        )
        # Spelled for SQLite (`?`) on either backend: a team journal's engine translates the
        # marks (store/backend.py), and psycopg adapts Python values itself.
        # The statement names exactly these columns (a plain table() has no defaults that the
        # compiler would add back): a column left out keeps its server default.
        plain = sql_table(name, *(sql_column(c) for c in self.columns))
        self.sql = str(insert(plain).compile(dialect=_DIALECT))
        self._native = conn.dialect.name != "sqlite"
        # Yes/no columns given as SQLite's 0/1 (the demo's rows): PostgreSQL wants a boolean.
        self._flags = (
            [i for i, c in enumerate(self.columns) if isinstance(self.table.c[c].type, Boolean)]
            if self._native
            else []
        )
        self.rows: list[tuple[Any, ...]] = []
        self.written = 0
        self._next_id: int | None = None
        self._ids: list[int] = []  # a team journal's ids taken from its sequence, smallest last
        self._convert: list[tuple[str, Any, Callable[[Any], Any] | None]] | None = None

    # --- ids --------------------------------------------------------------------------------

    @property
    def next_id(self) -> int:
        """The id the next `new_id()` returns."""
        if self._native:
            if not self._ids:
                self._ids = self._taken_ids(_ID_BLOCK)
            return self._ids[-1]
        if self._next_id is None:
            top = self.conn.execute(select(func.max(self.table.c.id))).scalar()
            self._next_id = int(top or 0) + 1
        return self._next_id

    def _taken_ids(self, count: int) -> list[int]:
        """*count* ids from a team journal's id sequence, the smallest last. Taken, not worked
        out from the largest id: a colleague may add rows meanwhile, and one without the right
        to move a sequence (docs/team.md grants USAGE) may still take its values."""
        taken = self.conn.execute(
            text("SELECT nextval(pg_get_serial_sequence(:name, 'id')) FROM generate_series(1, :n)"),
            {"name": self.name, "n": count},
        ).scalars()
        return sorted((int(v) for v in taken), reverse=True)

    def new_id(self) -> int:
        if self._native:
            taken = self.next_id
            self._ids.pop()
            return taken
        value = self._next_id
        if value is None:
            value = self.next_id
        self._next_id = value + 1
        return value

    # --- rows -------------------------------------------------------------------------------

    def add(self, values: Mapping[str, Any]) -> None:
        """Queue a row given as Python values by column name; absent or None means the default."""
        convert = self._convert
        if convert is None:
            convert = self._convert = self._converters()
        row = []
        for name, default, process in convert:
            value = values.get(name)
            if value is None:
                value = default
            if value is not None and process is not None and not isinstance(value, str):
                value = process(value)
            row.append(value)
        self.rows.append(tuple(row))

    def _converters(self) -> list[tuple[str, Any, Callable[[Any], Any] | None]]:
        out = []
        for name in self.columns:
            column = self.table.columns[name]
            arg = getattr(column.default, "arg", None)
            process = None if self._native else _processor(column)
            out.append((column.name, None if callable(arg) else arg, process))
        return out

    def flush(self) -> None:
        if self.rows:
            if self._flags:
                self.rows = [self._with_booleans(row) for row in self.rows]
            self.conn.exec_driver_sql(self.sql, self.rows)
            self.written += len(self.rows)
            self.rows = []

    def _with_booleans(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        values = list(row)
        for i in self._flags:
            if values[i] is not None:
                values[i] = bool(values[i])
        return tuple(values)


class Writer(dict[str, Table]):
    """Bulk rows for many tables of one connection (a Table per name, made when first asked
    for), written parents first."""

    def __init__(
        self, conn: Connection, names: Iterable[str] = (), leave_out: Iterable[str] = ()
    ) -> None:
        super().__init__()
        self.conn = conn
        self._rank = _order()
        self._leave_out = tuple(leave_out)  # columns left to their defaults in every table
        for name in names:
            self[name]

    def __missing__(self, name: str) -> Table:
        table = self[name] = Table(self.conn, name, self._leave_out)
        return table

    def add(self, name: str, values: Mapping[str, Any]) -> None:
        self[name].add(values)

    def flush(self) -> None:
        for table in sorted(self.values(), key=lambda t: self._rank[t.name]):
            table.flush()


def update_row(conn: Connection, name: str, row_id: int, values: Mapping[str, Any]) -> None:
    """Set *values* (by column name, Python values) on row *row_id* of table *name*."""
    table = core_table(name)
    unknown = set(values) - set(table.columns.keys())
    if unknown:
        raise KeyError(f"no such column in {name}: {', '.join(sorted(unknown))}")
    conn.execute(update(table).where(table.c.id == row_id).values(dict(values)))
