"""Migration 0009 (row versions, who wrote each entry): a journal at 0007 with rows upgrades,
keeps every row, starts every row at version 1 with no author, and then refuses a stale edit.
(A team database made at 0001 upgrades through it too: tests/team/test_migration.py.)"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from custjournal import ops
from custjournal.store import derived, migrate
from custjournal.store.journal import HEAD, open_journal, schema_revision
from tests.store.test_schema_fixture import FIXTURES, build, rows_by_table

VERSIONED = ("customer", "conversation", "promise", "fact", "gift", "purchase", "contact_point")


def _at_0007(path: Path) -> Path:
    build(FIXTURES / "schema_0001.sql", path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        with conn.begin():
            derived.drop_triggers(conn)
            migrate.upgrade(conn, "0007")
            derived.install(conn)
    engine.dispose()
    return path


def _tables(path: Path) -> dict[str, list[str]]:
    con = sqlite3.connect(path)
    try:
        return {
            name: [r[1] for r in con.execute("SELECT * FROM pragma_table_info(?)", (name,))]
            for (name,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version' AND name NOT LIKE 'search_%' "
                "AND name NOT LIKE 'customer_fts%'"
            )
        }
    finally:
        con.close()


def test_a_journal_at_0007_upgrades_keeping_every_row(tmp_path):
    path = _at_0007(tmp_path / "journal.sqlite3")
    assert schema_revision(path) == "0007"
    tables = _tables(path)
    assert "version" not in tables["customer"] and "author" not in tables["conversation"]
    before = rows_by_table(path, tables)
    assert all(before[t] for t in VERSIONED)

    journal = open_journal(path)
    try:
        assert schema_revision(path) == HEAD
        assert rows_by_table(path, tables) == before  # every old column of every row kept
        con = sqlite3.connect(path)
        try:
            for table in VERSIONED:
                versions = con.execute("SELECT DISTINCT version FROM " + table).fetchall()
                assert versions == [(1,)], table
            authors = con.execute("SELECT DISTINCT author FROM conversation").fetchall()
            assert authors == [(None,)]
        finally:
            con.close()
        cid = before["customer"][0][tables["customer"].index("id")]
        ops.update_customer(journal, cid, notes="first", version=1)
        with pytest.raises(ops.ChangedMeanwhile):
            ops.update_customer(journal, cid, notes="second", version=1)
    finally:
        journal.close()
