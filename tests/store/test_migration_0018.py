"""Migration 0018 (a gift's cost keeps its currency): a journal at 0017 with gifts upgrades,
keeps every row as it was, and gives every gift the journal's currency setting as it stood (EUR
when the journal never had one); after a change of the journal's currency the old gifts stay in
theirs. (A team database made at 0001 upgrades through it too: tests/team/test_migration.py.)"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine

from custjournal import ops
from custjournal.store import derived, migrate, queries
from custjournal.store.journal import HEAD, open_journal, schema_revision
from tests.store.test_migration_0009 import _tables
from tests.store.test_schema_fixture import FIXTURES, build, rows_by_table


def _at_0017(path: Path, currency: str | None) -> Path:
    build(FIXTURES / "schema_0001.sql", path)
    con = sqlite3.connect(path)
    with con:
        con.execute("DELETE FROM setting WHERE key = 'currency'")
        if currency is not None:
            con.execute("INSERT INTO setting (key, value) VALUES ('currency', ?)", (currency,))
        # A second gift, without a cost: it takes the currency too.
        con.execute(
            "INSERT INTO gift (created_at, updated_at, customer_id, what, given_on) "
            "SELECT created_at, updated_at, customer_id, 'Card', given_on FROM gift LIMIT 1"
        )
    con.close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        with conn.begin():
            derived.drop_triggers(conn)
            migrate.upgrade(conn, "0017")
            derived.install(conn)
    engine.dispose()
    return path


def _gift_currencies(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT what, cost_minor, currency FROM gift ORDER BY id").fetchall()
    finally:
        con.close()


def test_every_gift_takes_the_journals_currency_and_keeps_it(tmp_path):
    path = _at_0017(tmp_path / "journal.sqlite3", "GBP")
    assert schema_revision(path) == "0017"
    tables = _tables(path)
    tables.pop("journal_change", None)  # a counter the upgrade itself moves on
    assert "currency" not in tables["gift"]
    before = rows_by_table(path, tables)
    assert len(before["gift"]) == 2

    journal = open_journal(path)
    try:
        assert schema_revision(path) == HEAD
        assert rows_by_table(path, tables) == before  # every old column of every row kept
        found = _gift_currencies(path)
        assert [c for _what, _cost, c in found] == ["GBP", "GBP"]
        assert any(cost is not None for _what, cost, _c in found)
        ops.set_currency(journal, "JPY")
        customer_id = before["gift"][0][tables["gift"].index("customer_id")]
        with journal.reader() as source:
            detail = queries.customer_detail(source, customer_id)
        assert detail is not None
        assert {g["currency"] for g in detail["gifts"]} == {"GBP"}
    finally:
        journal.close()


def test_a_journal_without_a_currency_setting_gives_its_gifts_eur(tmp_path):
    path = _at_0017(tmp_path / "journal.sqlite3", None)
    open_journal(path).close()
    assert [c for _what, _cost, c in _gift_currencies(path)] == ["EUR", "EUR"]
