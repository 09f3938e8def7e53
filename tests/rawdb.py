"""A test's own look at the journal's tables, under the app: sqlite3 on a journal file, psycopg
on a team database (the `journal_path` fixture gives a path or a URL).

The connection takes the same SQL text on both (`?` marks, SQLite's spelling: psycopg's marks
come from store/backend.py's translation) and reads dates and timestamps back as the text a
journal file holds, so a test's checks of stored rows serve both backends.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from custjournal.store import backend

# The kept health (store/health_kept.py) is worked out from the tables, like the search index.
_SKIPPED = ("alembic_version", "search_", "customer_fts", "sqlite_", "health_kept")


class _Pg:
    """A psycopg connection spoken to like sqlite3's (execute, commit, close)."""

    def __init__(self, url: str) -> None:
        import psycopg

        self.con = psycopg.connect(url)
        backend.as_sqlite_rows(self.con)
        self.con.commit()

    def execute(self, sql: str, params: Any = ()) -> Any:
        if not params:
            return self.con.execute(sql.replace("%", "%%") if "%" in sql else sql)
        return self.con.execute(backend.pg_text(sql), params)

    def commit(self) -> None:
        self.con.commit()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> _Pg:
        return self

    def __exit__(self, *exc: object) -> None:
        self.con.commit()


def is_team(where: object) -> bool:
    return isinstance(where, str) and where.startswith("postgresql")


def connect(where: Path | str) -> Any:
    """sqlite3.connect(*where*), or its like on the team database *where* names."""
    if is_team(where):
        return _Pg(str(where))
    return sqlite3.connect(where)


def table_names(con: Any) -> list[str]:
    """The journal's own tables (not the search index's, nor Alembic's), by name."""
    if isinstance(con, _Pg):
        found = con.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
        )
    else:
        found = con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1")
    return [name for (name,) in found if not name.startswith(_SKIPPED)]


def counts(where: Path | str) -> dict[str, int]:
    """How many rows each of the journal's tables holds."""
    con = connect(where)
    try:
        return {
            name: con.execute("SELECT count(*) FROM " + name).fetchone()[0]
            for name in table_names(con)
        }
    finally:
        con.close()


def where(journal: Any) -> Path | str:
    """Where an open journal lives: its file, or its team database's URL."""
    target = getattr(journal, "target", None)
    return journal.path if target is None else str(target.public)


def exists(where: Path | str) -> bool:
    """Whether a journal is there: the file, or any table in the team database."""
    if not is_team(where):
        return Path(where).exists()
    con = _Pg(str(where))
    try:
        found = con.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
        ).fetchone()
        return bool(found[0])
    finally:
        con.close()


def said_missing(err: str, where: Path | str) -> bool:
    """Whether *err* is the sentence for no journal at *where* (a file, or an empty database)."""
    return ("holds no journal yet" if is_team(where) else "No journal at") in err


def dump(where: Path | str) -> list[Any]:
    """The journal's content: SQLite's dump of the file, or every table's rows sorted."""
    if not is_team(where):
        con = sqlite3.connect(where)
        try:
            return list(con.iterdump())
        finally:
            con.close()
    pg = _Pg(str(where))
    try:
        names = [
            name
            for (name,) in pg.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
            )
        ]
        return [(n, sorted(map(repr, pg.execute("SELECT * FROM " + n).fetchall()))) for n in names]
    finally:
        pg.close()
