"""Migration 0007 (relationships, same-firm declarations) from a journal at 0006 with a row in
every table: every row kept, the new tables ready, their keys enforced."""

import sqlite3
from pathlib import Path

from custjournal import ops
from custjournal.store import backup, derived, migrate
from custjournal.store.journal import HEAD, _make_engine, open_journal, schema_revision
from tests.store.test_schema_fixture import FIXTURES, build, rows_by_table


def at_0006(tmp_path: Path) -> Path:
    """The first released journal (a row in every table), upgraded to 0006 only, with a
    "not duplicates" decision (0005's table) so that every table has a row."""
    path = build(FIXTURES / "schema_0001.sql", tmp_path / "journal.sqlite3")
    engine = _make_engine(path)
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys=OFF")
        with conn.begin():
            derived.drop_triggers(conn)
            migrate.upgrade(conn, "0006")
            derived.install(conn)
            first, second = conn.exec_driver_sql(
                "SELECT id FROM customer ORDER BY id LIMIT 2"
            ).scalars()
            conn.exec_driver_sql(
                "INSERT INTO not_duplicate (customer_id, other_id, created_at, updated_at) "
                "VALUES (?, ?, '2026-11-20 10:00:00.000000', '2026-11-20 10:00:00.000000')",
                (first, second),
            )
        raw.execute("PRAGMA foreign_keys=ON")
    engine.dispose()
    return path


def tables_of(path: Path) -> dict[str, list[str]]:
    con = sqlite3.connect(path)
    try:
        return {
            name: [r[1] for r in con.execute(f"PRAGMA table_info({name})")]
            for (name,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version' AND name NOT LIKE 'search_fts%' "
                "AND name NOT LIKE 'customer_fts%'"
            )
        }
    finally:
        con.close()


def test_a_0006_journal_upgrades_keeping_every_row_and_links_work(tmp_path):
    path = at_0006(tmp_path)
    assert schema_revision(path) == "0006"
    tables = tables_of(path)
    assert "relationship" not in tables and "same_firm" not in tables
    before = rows_by_table(path, tables)
    assert all(before[t] for t in tables if t != "setting"), "a row in every table"

    journal = open_journal(path)
    try:
        assert schema_revision(path) == HEAD
        assert rows_by_table(path, tables) == before  # every row, every column, as it was
        con = sqlite3.connect(path)
        assert con.execute("SELECT count(*) FROM relationship").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM same_firm").fetchone() == (0,)
        keys = {(r[2], r[3], r[6]) for r in con.execute("PRAGMA foreign_key_list(relationship)")}
        assert keys == {("customer", "customer_id", "CASCADE"), ("customer", "other_id", "CASCADE")}
        con.close()
        con = sqlite3.connect(path)
        first, second = [r[0] for r in con.execute("SELECT id FROM customer ORDER BY id LIMIT 2")]
        con.close()
        ops.link_customers(journal, first, second, "referred-by", note="from the old journal")
        ops.declare_same_firm(journal, "Acme", "Acme Industries")
        # Erasing either customer takes the link with it (a foreign key, not a dangling id).
        ops.forget_customer(journal, second)
        con = sqlite3.connect(path)
        assert con.execute("SELECT count(*) FROM relationship").fetchone() == (0,)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        con.close()
    finally:
        journal.close()
    assert backup.check(path).ok
