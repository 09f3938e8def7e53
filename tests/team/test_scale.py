"""A team journal at scale: the copy by COPY (store/team_copy.py) and the list filter's plan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from custjournal.cli import main
from custjournal.store import backend, search
from custjournal.store.journal import open_journal
from custjournal.store.reader import Reader
from tests.pgserver import PgServer


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _indexes(server: PgServer, name: str) -> set[tuple[str, str]]:
    with server.admin(name) as con:
        return {
            (r[0], r[1])
            for r in con.execute(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
            )
        }


def test_a_copied_team_journal_checks_out_with_every_index_and_trigger(
    pg_server: PgServer, pg_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    file = tmp_path / "file.sqlite3"
    code, _out, err = run(capsys, "--journal", str(file), "demo", "--customers", "30")
    assert code == 0, err
    url = pg_server.url(pg_database)
    code, out, err = run(capsys, "copy", str(file), url)
    assert code == 0 and out.startswith("Copied 30 customers"), err
    # The derived columns (taken from the file), their triggers (made again) and the search
    # index (the file's folded text) agree with the entries.
    code, out, err = run(capsys, "--journal", url, "check")
    assert code == 0, err
    assert "its search index and derived columns check out (30 customers)" in out
    # The indexes dropped while the rows went in are all back, as a new journal has them.
    fresh = pg_server.new_database()
    try:
        open_journal(pg_server.url(fresh), create=True).close()
        assert _indexes(pg_server, pg_database) == _indexes(pg_server, fresh)
    finally:
        pg_server.drop_database(fresh)
    # A trigger works again: a conversation logged now moves the last contact.
    code, _out, err = run(capsys, "--journal", url, "add", "Zed Ahead")
    assert code == 0, err
    code, _out, err = run(capsys, "--journal", url, "log", "Zed Ahead", "--summary", "tea")
    assert code == 0, err
    with pg_server.admin(pg_database) as con:
        last = con.execute("SELECT last_touch_on FROM customer WHERE name = 'Zed Ahead'").fetchone()
    assert last is not None and last[0] == dt.date.today()
    # The planner has its statistics at once (ANALYZE at the end of the copy).
    with pg_server.admin(pg_database) as con:
        analyzed = con.execute(
            "SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'customer_fts'"
        ).fetchone()
    assert analyzed is not None and analyzed[0] is not None


class _Explaining(backend.PgConnection):
    """The real connection, which also asks the server for its plan of the list filter's query
    (in the same transaction, with the settings in force at that moment)."""

    plans: list[str]

    def execute(self, sql: str, params: Any = ()) -> Any:
        if ("tsv @@" in sql and "customer_fts" in sql) or "FROM search_bits" in sql:
            plan = super().execute("EXPLAIN " + sql, params).fetchall()
            self.plans.append("\n".join(r[0] for r in plan))
        return super().execute(sql, params)


_Explaining.__name__ = "PgConnection"  # what store/reader.py knows a team journal's reader by


def test_the_list_filter_reads_the_search_index_for_a_word_most_customers_have(
    pg_server: PgServer, pg_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    # A word in every customer's text: the planner's own choice is to scan the table, each
    # row's whole tsvector read and matched (150-250 ms at 10,000 customers, their text
    # kept out of line); through the GIN index it is 20-35 ms.
    file = tmp_path / "file.sqlite3"
    code, _out, err = run(capsys, "--journal", str(file), "demo", "--customers", "30")
    assert code == 0, err
    url = pg_server.url(pg_database)
    code, _out, err = run(capsys, "copy", str(file), url)
    assert code == 0, err
    journal = open_journal(url, create=False)
    con = journal.target.connect(autocommit=True)
    try:
        con.execute("ANALYZE")
        backend.as_sqlite_rows(con)
        spy = _Explaining(con)
        spy.plans = []
        con.execute("BEGIN")
        everyone = search.matching_customer_ids(Reader(spy), "a")
        # A phrase (two tokens in one word) needs the positions only the GIN index has.
        search.matching_customer_ids(Reader(spy), "a-the")
        seqscan_after = con.execute("SHOW enable_seqscan").fetchone()
        con.execute("ROLLBACK")
    finally:
        con.close()
        journal.close()
    assert everyone is not None and len(everyone) >= 25
    assert len(spy.plans) == 2
    # A plain word reads the bitmaps of its key (store/backend.py SEARCH_BITS_PG) by their key.
    assert "search_bits_pkey" in spy.plans[0] and "customer_fts" not in spy.plans[0]
    assert "Seq Scan" not in spy.plans[1]
    assert "ix_customer_fts_tsv" in spy.plans[1]
    # Only that query: the read's other statements plan as they always did.
    assert seqscan_after == ("on",)
