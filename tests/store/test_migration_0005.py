"""Migration 0005 (the "not duplicates" table): a journal at 0004 with rows upgrades, keeps
every row, and can then remember a pair and merge."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine

from custjournal import ops
from custjournal.store import derived, duplicates, migrate
from custjournal.store.journal import HEAD, open_journal, schema_revision
from tests.store.test_schema_fixture import FIXTURES, build, rows_by_table


def _at_0004(path: Path) -> Path:
    build(FIXTURES / "schema_0001.sql", path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        with conn.begin():
            derived.drop_triggers(conn)
            migrate.upgrade(conn, "0004")
            derived.install(conn)
    engine.dispose()
    return path


def test_a_journal_at_0004_upgrades_keeping_every_row(tmp_path):
    path = _at_0004(tmp_path / "journal.sqlite3")
    assert schema_revision(path) == "0004"
    con = sqlite3.connect(path)
    tables = {
        name: [r[1] for r in con.execute(f"PRAGMA table_info({name})")]
        for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' AND name NOT LIKE 'search_%' "
            "AND name NOT LIKE 'customer_fts%'"
        )
    }
    con.close()
    assert "not_duplicate" not in tables
    before = rows_by_table(path, tables)
    assert before["customer"] and before["conversation"]

    journal = open_journal(path)
    try:
        assert schema_revision(path) == HEAD
        assert rows_by_table(path, tables) == before
        ids = [r[tables["customer"].index("id")] for r in before["customer"]]
        ops.mark_not_duplicates(journal, ids[0], ids[1])
        with journal.read() as session:
            assert duplicates.decided(session) == {(min(ids[:2]), max(ids[:2]))}
        ops.merge_customers(journal, ids[0], ids[2])
    finally:
        journal.close()
    con = sqlite3.connect(path)
    try:
        assert derived.out_of_step(con) == []
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()
