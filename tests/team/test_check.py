"""`custjournal check` on a team database: the derived columns and the search index."""

from __future__ import annotations

import pytest

from custjournal.cli import main
from tests.pgserver import PgServer


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_finds_what_is_out_of_step_and_rebuild_repairs_it(
    pg_server: PgServer, pg_database: str, capsys: pytest.CaptureFixture[str]
):
    url = pg_server.url(pg_database)
    run(capsys, "--journal", url, "add", "Ada Lovelace")
    run(capsys, "--journal", url, "log", "ada", "--summary", "tea in Zürich")
    code, out, err = run(capsys, "--journal", url, "check")
    assert code == 0, err
    assert "is healthy: its search index and derived columns check out (1 customer)" in out
    with pg_server.admin(pg_database) as con:
        con.execute("UPDATE customer SET last_touch_on = NULL")
        con.execute("DELETE FROM search_entry")
        con.execute("DROP TRIGGER tr_gift_derived ON gift")
        con.execute("DROP TRIGGER cj_undo_purchase_i ON purchase")
        # The search field's bitmaps: a word's bits gone, and a trigger that keeps them.
        con.execute("DELETE FROM search_bits WHERE key = 'zurich'")
        con.execute("DROP TRIGGER tr_search_bits_delete ON customer_fts")
        # ... and their function as an older version wrote it (one lock for all writers).
        (body,) = con.execute(
            "SELECT prosrc FROM pg_proc WHERE proname = 'cj_search_bits_trigger'"
        ).fetchone()
        con.execute(
            "CREATE OR REPLACE FUNCTION cj_search_bits_trigger() RETURNS trigger "
            "LANGUAGE plpgsql SECURITY DEFINER AS $f$"
            + body.replace("BEGIN\n", "BEGIN\n  PERFORM pg_advisory_xact_lock(7431, 16);\n", 1)
            + "$f$"
        )
    code, out, err = run(capsys, "--journal", url, "check")
    assert code == 1 and out == ""
    assert "1 of the 4 triggers that keep the last-contact days" in err
    assert "the last-contact days or purchase rhythms of 1 customer is out of step" in err
    assert "the search index misses 2 entries and holds 2 stale ones" in err
    assert "1 of the 57 triggers that record changes for undo are missing" in err
    assert "the triggers that keep the search field's bitmaps are missing" in err
    assert "1 rows of the search field's bitmaps are out of step" in err
    assert "the function that keeps the search field's bitmaps is out of date" in err
    code, out, err = run(capsys, "--journal", url, "check", "--rebuild-index")
    assert code == 0, err
    code, out, err = run(capsys, "--journal", url, "check")
    assert code == 0, err
    code, out, _err = run(capsys, "--journal", url, "search", "zurich")
    assert "tea in Zürich" in out
    from custjournal.store import search
    from custjournal.store.journal import open_journal

    journal = open_journal(url, create=False)
    try:
        with journal.reader() as source:
            assert search.matching_customer_ids(source, "zur") == {1}
    finally:
        journal.close()


def test_backup_writes_a_complete_json_export_and_names_pg_dump(
    pg_server: PgServer, pg_database: str, capsys: pytest.CaptureFixture[str]
):
    import json
    import stat

    from custjournal import paths

    url = pg_server.url(pg_database)
    run(capsys, "--journal", url, "add", "Ada Lovelace", "--tag", "vip")
    code, out, err = run(capsys, "--journal", url, "backup")
    assert code == 0, err
    assert "the server's own backups (pg_dump) remain the team's safety net" in out
    made = list((paths.data_dir() / "backups" / "team").rglob("*.json"))
    assert len(made) == 1 and stat.S_IMODE(made[0].stat().st_mode) == 0o600
    document = json.loads(made[0].read_text(encoding="utf-8"))
    assert [c["name"] for c in document["customers"]] == ["Ada Lovelace"]


def test_forget_erases_a_customer_from_every_table_and_the_index(
    pg_server: PgServer, pg_database: str, capsys: pytest.CaptureFixture[str]
):
    url = pg_server.url(pg_database)
    run(capsys, "--journal", url, "add", "Ada Lovelace")
    run(capsys, "--journal", url, "log", "ada", "--summary", "secret plans", "--pain", "cost")
    run(capsys, "--journal", url, "add", "Bob")
    code, out, err = run(capsys, "--journal", url, "forget", "ada", "--yes")
    assert code == 0, err
    with pg_server.admin(pg_database) as con:
        for table in ("customer", "conversation", "pain_point", "search_entry", "customer_fts"):
            count = con.execute(
                f"SELECT count(*) FROM {table} WHERE body LIKE '%secret%'"
                if table == "customer_fts"
                else f"SELECT count(*) FROM {table}"
            ).fetchone()[0]
            assert count == (1 if table in ("customer", "search_entry") else 0), table
        assert con.execute("SELECT name FROM customer").fetchall() == [("Bob",)]
        bodies = con.execute("SELECT body FROM search_fts").fetchall()
        assert all("secret" not in b[0] and "ada" not in b[0] for b in bodies)
        # Nor as a key of the search field's bitmaps (store/backend.py SEARCH_BITS_PG).
        keys = {r[0] for r in con.execute("SELECT key FROM search_bits")}
        assert not keys & {"secret", "plans", "ada", "lovelace", "cost"}
