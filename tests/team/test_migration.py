"""A team database made at the first released schema (0001) upgrades keeping every row.

The rows are the SQLite fixture's (tests/store/fixtures/schema_0001.sql: a row in every table,
CJK and accents, quotes), put into a PostgreSQL database set up at 0001 by the same Alembic
history, the search index included (its folded text, as SQLite's FTS5 tables held it).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine

from custjournal.store import backend, migrate
from custjournal.store.journal import HEAD
from custjournal.store.team import open_team
from tests.pgserver import PgServer

FIXTURE = Path(__file__).parents[1] / "store" / "fixtures" / "schema_0001.sql"
_SKIP = ("alembic_version", "sqlite_")


def sqlite_rows(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    con = sqlite3.connect(path)
    found = {}
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        if table.startswith(_SKIP) or table.startswith(("search_fts_", "customer_fts_")):
            continue
        if table in ("search_fts", "customer_fts"):
            columns = ["rowid", "body"]
        else:
            columns = [r[0] for r in con.execute("SELECT name FROM pragma_table_info(?)", (table,))]
        cursor = con.execute("SELECT " + ", ".join(columns) + " FROM " + table)
        found[table] = (columns, cursor.fetchall())
    con.close()
    return found


def test_a_0001_team_database_upgrades_with_every_row(
    pg_server: PgServer, pg_database: str, tmp_path: Path
):
    source = tmp_path / "old.sqlite3"
    con = sqlite3.connect(source)
    con.executescript(FIXTURE.read_text(encoding="utf-8"))
    con.close()
    old = sqlite_rows(source)
    assert all(rows for table, (_c, rows) in old.items() if table != "setting")

    engine = create_engine("postgresql+psycopg://", creator=lambda: pg_server.admin(pg_database))
    with engine.begin() as conn:
        migrate.upgrade(conn, "0001")
    engine.dispose()
    with pg_server.admin(pg_database) as pg:
        booleans = {
            (t, c)
            for t, c in pg.execute(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE data_type = 'boolean'"
            )
        }
        pg.execute("DELETE FROM setting")
        with pg.transaction():
            pg.execute("SET CONSTRAINTS ALL DEFERRED")
            for table, (columns, rows) in old.items():
                flags = [(table, c) in booleans for c in columns]
                marks = ", ".join(["%s"] * len(columns))
                statement = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
                pg.cursor().executemany(
                    statement,
                    [
                        tuple(bool(v) if f else v for v, f in zip(row, flags, strict=True))
                        for row in rows
                    ],
                )
        pg.execute(backend.RESET_SEQUENCES_PG)

    journal = open_team(pg_server.url(pg_database))  # upgrades 0001 -> HEAD
    journal.close()
    with pg_server.admin(pg_database) as pg:
        backend.as_sqlite_rows(pg)
        assert pg.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
        for table, (columns, rows) in old.items():
            got = pg.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            normal = sorted(tuple(int(v) if isinstance(v, bool) else v for v in r) for r in got)
            assert normal == sorted(rows), table
        # Migration 0009's columns: every row at version 1, no entry with an author.
        assert pg.execute("SELECT DISTINCT version FROM customer").fetchall() == [(1,)]
        assert pg.execute("SELECT DISTINCT version FROM conversation").fetchall() == [(1,)]
        assert pg.execute("SELECT count(author) FROM conversation").fetchone()[0] == 0
        # Migration 0018's column: every gift in the journal's currency setting (EUR).
        assert pg.execute("SELECT DISTINCT currency FROM gift").fetchall() == [("EUR",)]
        # The columns migration 0004 added were worked out from the entries.
        assert pg.execute(backend.COUNT_OUT_OF_STEP_PG).fetchone()[0] == 0
        touched = pg.execute("SELECT count(*) FROM customer WHERE last_touch_on IS NOT NULL")
        assert touched.fetchone()[0] >= 1
        # The sequences are past the copied ids: a new customer gets a new id.
        new_id = pg.execute(
            "INSERT INTO customer (created_at, updated_at, name, stage, archived) "
            "VALUES (now(), now(), 'New', 'prospecting', false) RETURNING id"
        ).fetchone()[0]
        assert new_id == 1 + max(r[columns_index(old, "customer")] for r in old["customer"][1])


def columns_index(old: dict, table: str) -> int:
    return old[table][0].index("id")
