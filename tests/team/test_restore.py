"""`custjournal restore` on a team database: the JSON backup `backup` wrote goes back into an
empty team database with every id and entry; a database holding customers, a journal file and a
damaged file are refused with a sentence, and nothing is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from custjournal import paths
from custjournal.cli import main
from tests import rawdb
from tests.pgserver import PgServer


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys, url: str) -> list[dict]:
    code, out, err = run(capsys, "--journal", url, "list", "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def backed_up(pg_server: PgServer, pg_database: str, capsys) -> tuple[str, Path]:
    url = pg_server.url(pg_database)
    run(capsys, "--journal", url, "add", "Ada Lovelace", "--tag", "vip")
    run(capsys, "--journal", url, "add", "Grace Hopper")
    run(capsys, "--journal", url, "log", "grace", "--summary", "COBOL in Zürich")
    run(capsys, "--journal", url, "purchase", "ada", "--amount", "120")
    code, _out, err = run(capsys, "--journal", url, "backup")
    assert code == 0, err
    (made,) = (paths.data_dir() / "backups" / "team").rglob("*.json")
    return url, made


def test_a_backup_goes_back_into_an_empty_team_database(backed_up, pg_server: PgServer, capsys):
    url, made = backed_up
    before = listed(capsys, url)
    other = pg_server.new_database()
    try:
        target = pg_server.url(other)
        code, out, err = run(capsys, "--journal", target, "restore", str(made))
        assert code == 1 and "--yes" in err  # no terminal: asks for --yes, writes nothing
        assert rawdb.counts(target) == {}
        code, out, err = run(capsys, "--journal", target, "restore", str(made), "--yes")
        assert code == 0, err
        assert "Restored 2 customers with their history" in out
        assert listed(capsys, target) == before
        code, out, _err = run(capsys, "--journal", target, "search", "zurich")
        assert "COBOL in Zürich" in out
    finally:
        pg_server.drop_database(other)


def test_a_team_database_with_customers_is_never_restored_over(backed_up, capsys):
    url, made = backed_up
    run(capsys, "--journal", url, "add", "After the backup")
    before = rawdb.counts(url)
    code, out, err = run(capsys, "--journal", url, "restore", str(made), "--yes")
    assert code == 1 and out == ""
    assert "already holds customers" in err and "Nothing was changed." in err
    assert err.count(". ") <= 3 and "Traceback" not in err
    assert rawdb.counts(url) == before


def test_a_journal_file_or_a_damaged_file_is_refused(pg_server, pg_database, tmp_path, capsys):
    url = pg_server.url(pg_database)
    journal_file = tmp_path / "journal.sqlite3"
    assert run(capsys, "--journal", str(journal_file), "add", "Ada")[0] == 0
    code, _out, err = run(capsys, "--journal", url, "restore", str(journal_file), "--yes")
    assert code == 1 and "custjournal copy" in err
    junk = tmp_path / "junk.json"
    junk.write_text('{"format": "something else"}', encoding="utf-8")
    code, _out, err = run(capsys, "--journal", url, "restore", str(junk), "--yes")
    assert code == 1 and "can't be restored" in err and "left as it was" in err
    code, _out, err = run(capsys, "--journal", url, "restore", str(tmp_path / "none"), "--yes")
    assert code == 1 and "There is no backup at" in err
    assert rawdb.counts(url) == {}  # nothing was set up
