"""`custjournal copy`: a whole journal between a file and a team database, ids and history kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from custjournal.cli import main
from tests.pgserver import PgServer


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def exported(capsys: pytest.CaptureFixture[str], journal: str, to: Path) -> dict:
    code, _out, err = run(capsys, "--journal", journal, "export", str(to))
    assert code == 0, err
    document = json.loads(to.read_text(encoding="utf-8"))
    document.pop("exported_at")
    return document


def test_file_to_team_database_to_file_gives_the_same_export(
    pg_server: PgServer,
    pg_database: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
):
    first, last = tmp_path / "first.sqlite3", tmp_path / "last.sqlite3"
    code, _out, err = run(
        capsys, "--journal", str(first), "demo", "--customers", "25", "--seed", "3"
    )
    assert code == 0, err
    run(capsys, "--journal", str(first), "add", "Zoë 北京茶叶 O'Brien", "--tag", "vip")
    url = pg_server.url(pg_database)
    code, out, err = run(capsys, "copy", str(first), url)
    assert code == 0, err
    assert out.startswith("Copied 26 customers with their history from ")
    code, out, err = run(capsys, "copy", url, str(last))
    assert code == 0, err
    before = exported(capsys, str(first), tmp_path / "first.json")
    assert len(before["customers"]) == 26
    assert exported(capsys, url, tmp_path / "team.json") == before
    assert exported(capsys, str(last), tmp_path / "last.json") == before
    # The team database goes on from there: new ids after the copied ones, search finds them.
    code, out, err = run(capsys, "--journal", url, "add", "New Customer")
    assert code == 0 and "(#27)" in out, (out, err)
    code, out, err = run(capsys, "--journal", url, "search", "北京")
    assert code == 0 and "Zoë 北京茶叶 O'Brien" in out


def test_a_destination_with_customers_is_refused(
    pg_server: PgServer,
    pg_database: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
):
    source = tmp_path / "source.sqlite3"
    run(capsys, "--journal", str(source), "add", "Ada")
    url = pg_server.url(pg_database)
    run(capsys, "--journal", url, "add", "Bob")
    code, _out, err = run(capsys, "copy", str(source), url)
    assert code == 1
    assert "already holds customers: a copy goes only into a new or empty journal" in err
    code, out, _err = run(capsys, "--journal", url, "list")
    assert "Bob" in out and "Ada" not in out
