"""A journal made by the first released schema opens, upgrades, and keeps every row."""

import sqlite3
from pathlib import Path

import pytest

from custjournal.store import backup, derived, queries, search
from custjournal.store.journal import HEAD, open_journal, schema_revision

FIXTURES = Path(__file__).parent / "fixtures"
_FTS = ("search_fts", "customer_fts")


def build(sql: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(target)
    con.executescript(sql.read_text(encoding="utf-8"))
    con.close()
    target.chmod(0o600)
    return target


def rows_by_table(path: Path, tables: dict[str, list[str]]) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        return {
            table: con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY rowid").fetchall()
            for table, cols in tables.items()
        }
    finally:
        con.close()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.sql")), ids=lambda p: p.stem)
def test_an_old_journal_upgrades_with_every_row_intact(fixture, tmp_path):
    reference = build(fixture, tmp_path / "reference.sqlite3")
    journal_path = build(fixture, tmp_path / "journal.sqlite3")
    con = sqlite3.connect(reference)
    tables = {
        name: [r[1] for r in con.execute(f"PRAGMA table_info({name})")]
        for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' AND name NOT LIKE 'search_fts%' "
            "AND name NOT LIKE 'customer_fts%'"
        )
    }
    con.close()
    assert {"customer", "conversation", "purchase", "invitation_status_change"} <= set(tables)
    before = rows_by_table(reference, tables)
    assert all(before[t] for t in tables if t != "setting"), "the fixture has a row in every table"

    journal = open_journal(journal_path)  # upgrades to HEAD if the fixture is older
    try:
        assert schema_revision(journal_path) == HEAD
        assert rows_by_table(journal_path, tables) == before
        with journal.read() as session:
            conn = session.connection()
            assert {h.customer for h in search.search(conn, "北京")} == {"张伟"}
            assert {h.customer for h in search.search(conn, "o'brien")} == {"Bob O'Brien"}
            for (cid,) in conn.exec_driver_sql("SELECT id FROM customer").fetchall():
                assert queries.customer_detail(session, cid) is not None
    finally:
        journal.close()
    assert backup.check(journal_path).ok
    con = sqlite3.connect(journal_path)
    try:  # the columns the journal keeps, with their triggers, are there and right
        assert derived.out_of_step(con) == []
    finally:
        con.close()
