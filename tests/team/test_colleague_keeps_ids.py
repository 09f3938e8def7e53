"""A colleague (data rights only, not the tables' owner) putting a whole journal into an empty
team database with its ids kept: refused before anything is written, since they may not move the
id sequences past those ids and the next new entry would collide with one of them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from custjournal import ops
from custjournal.cli import main
from custjournal.domain.errors import UserError
from custjournal.store import queries
from custjournal.store.journal import open_journal
from tests.pgserver import PgServer

REFUSED = "Only the team database's owner can put in a whole journal with its ids kept"


@pytest.fixture
def empty_team(pg_server: PgServer, pg_database: str) -> Iterator[tuple[str, str]]:
    """(the owner's URL, a colleague's URL) of a team database the owner set up, still empty,
    with the colleague granted what docs/team.md grants."""
    open_journal(pg_server.url(pg_database)).close()  # the owner makes the schema
    with pg_server.colleague(pg_database) as colleague:
        yield pg_server.url(pg_database), colleague


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def exported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """(a journal file with three customers and their history, its JSON export)."""
    file, export = tmp_path / "shop.sqlite3", tmp_path / "shop.json"
    for args in (
        ("demo", "--customers", "3", "--seed", "2"),
        ("export", str(export)),
    ):
        code, _out, err = run(capsys, "--journal", str(file), *args)
        assert code == 0, err
    assert len(json.loads(export.read_text(encoding="utf-8"))["customers"]) == 3
    return file, export


def customers(url: str) -> int:
    journal = open_journal(url)
    try:
        with journal.reader() as source:
            return queries.customer_count(source)
    finally:
        journal.close()


def test_the_command_line_refuses_it_and_writes_nothing(
    empty_team: tuple[str, str], exported: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
):
    owner, colleague = empty_team
    _file, export = exported
    for extra in ((), ("--dry-run",)):
        code, out, err = run(capsys, "--journal", colleague, "import", str(export), *extra)
        assert code == 1, (out, err)
        assert REFUSED in err and "ask the owner to import or copy it" in err
        assert "Traceback" not in err and "colleague may not move" in err
    assert customers(owner) == 0
    # The colleague adds a customer of their own afterwards without any collision.
    code, out, err = run(capsys, "--journal", colleague, "add", "Grace Hopper")
    assert code == 0, err
    assert customers(owner) == 1


def test_the_import_is_refused_before_the_preview_and_on_applying(
    empty_team: tuple[str, str], exported: tuple[Path, Path]
):
    """The app plans an import before it shows it (the refusal comes there, in its error box),
    and applying a plan made earlier is refused too."""
    owner, colleague = empty_team
    _file, export = exported
    source = ops.imports.read_source(export)
    journal = open_journal(colleague)
    try:
        with pytest.raises(UserError, match=REFUSED):
            ops.imports.plan_import(journal, source)
        plan = ops.ImportPlan(source, [], True, [])
        with pytest.raises(UserError, match=REFUSED):
            ops.imports.apply_import(journal, plan)
    finally:
        journal.close()
    assert customers(owner) == 0


def test_a_copy_into_the_team_database_is_refused_too(
    empty_team: tuple[str, str], exported: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
):
    owner, colleague = empty_team
    file, _export = exported
    code, out, err = run(capsys, "copy", str(file), colleague)
    assert code == 1, (out, err)
    assert REFUSED in err and "Traceback" not in err
    assert customers(owner) == 0


def test_the_owner_imports_it_with_the_ids_kept(
    empty_team: tuple[str, str], exported: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
):
    owner, colleague = empty_team
    _file, export = exported
    code, out, err = run(capsys, "--journal", owner, "import", str(export))
    assert code == 0, err
    # Afterwards the colleague's new customer takes a fresh id.
    code, out, err = run(capsys, "--journal", colleague, "add", "Grace Hopper")
    assert code == 0 and "(#4)" in out, (out, err)


def test_a_restore_of_a_json_backup_is_refused_too(
    empty_team: tuple[str, str], exported: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
):
    owner, colleague = empty_team
    _file, export = exported
    code, out, err = run(capsys, "--journal", colleague, "restore", str(export), "--yes")
    assert code == 1, (out, err)
    assert REFUSED in err and "Traceback" not in err
    assert customers(owner) == 0
