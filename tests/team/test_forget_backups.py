"""Erasing a customer on a team database, and the team's JSON backups on this computer (what
`backup` and File > Back Up Now write for it): said when they still hold the customer, erased
there too when asked; the server's own backups are named as beyond reach."""

from __future__ import annotations

import json
import stat
import time
from pathlib import Path

import pytest

from custjournal import paths
from custjournal.cli import main
from tests.pgserver import PgServer


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def exports() -> list[Path]:
    return sorted((paths.data_dir() / "backups" / "team").rglob("*.json"))


def assert_ada_gone_bob_kept() -> None:
    """No word of Ada's in any JSON backup on this computer; Bob still in each."""
    for path in exports():
        text = path.read_bytes()
        assert b"Ada Lovelace" not in text and b"secret plans" not in text
        assert b"Bob Babbage" in text


@pytest.fixture
def url(pg_server: PgServer, pg_database: str, capsys: pytest.CaptureFixture[str]) -> str:
    """A team database with Ada (and a relationship and a conversation) and Bob, backed up
    twice (two JSON exports on this computer)."""
    url = pg_server.url(pg_database)
    for args in (
        ("add", "Ada Lovelace", "--company", "Analytical Engines"),
        ("log", "ada", "--summary", "secret plans"),
        ("add", "Bob Babbage"),
        ("link", "bob", "ada", "--kind", "referred-by"),
    ):
        code, _out, err = run(capsys, "--journal", url, *args)
        assert code == 0, err
    for _ in range(2):
        code, _out, err = run(capsys, "--journal", url, "backup")
        assert code == 0, err
        time.sleep(1.1)  # the exports are named by the second
    assert len(exports()) == 2
    return url


def test_forget_says_which_json_backups_still_hold_them(
    url: str, capsys: pytest.CaptureFixture[str]
):
    code, out, err = run(capsys, "--journal", url, "forget", "ada", "--yes")
    assert code == 0, err
    assert "2 JSON backups of the team database on this computer still hold Ada Lovelace" in out
    assert "forget '#1' --backups --yes" in out
    assert "The server's own backups (pg_dump)" in out
    assert all(b"Ada Lovelace" in p.read_bytes() for p in exports())


def test_the_command_forget_suggests_erases_them_from_the_json_backups_afterwards(
    url: str, capsys: pytest.CaptureFixture[str]
):
    """Ada is erased from the database first; the command the sentence gives then finds her in
    the JSON backups alone and takes her out of them, Bob kept."""
    code, out, err = run(capsys, "--journal", url, "forget", "ada", "--yes")
    assert code == 0, err
    assert "forget '#1' --backups --yes" in out
    code, out, err = run(capsys, "--journal", url, "forget", "#1", "--backups", "--yes")
    assert code == 0, err
    assert "Erased them from 2 JSON backups on this computer too." in out
    assert_ada_gone_bob_kept()
    # Nobody of that name is left anywhere: one sentence, exit 1.
    code, out, err = run(capsys, "--journal", url, "forget", "ada", "--backups", "--yes")
    assert code == 1
    assert "in the team database or its JSON backups on this computer" in err


def test_forget_with_backups_erases_them_from_the_json_backups_too(
    url: str, capsys: pytest.CaptureFixture[str]
):
    before = [json.loads(p.read_text(encoding="utf-8")) for p in exports()]
    code, out, err = run(capsys, "--journal", url, "forget", "ada", "--yes", "--backups")
    assert code == 0, err
    assert "Erased them from 2 JSON backups on this computer too." in out
    assert "The server's own backups (pg_dump)" in out
    for path, old in zip(exports(), before, strict=True):
        text = path.read_bytes()
        assert b"Ada Lovelace" not in text and b"secret plans" not in text
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        document = json.loads(text)
        # The rest of the export as it was: Bob, the settings, the format; the link gone.
        assert document["customers"] == [c for c in old["customers"] if c["id"] != 1]
        assert len(old["relationships"]) == 1 and document["relationships"] == []
        assert {k: v for k, v in document.items() if k != "customers"} == {
            k: v for k, v in old.items() if k != "customers"
        } | {"relationships": []}
    # A backup left after erasing restores without them (the export stays a valid document).
    code, out, err = run(capsys, "--journal", url, "forget", "bob", "--yes")
    assert code == 0, err
    code, out, err = run(capsys, "--journal", url, "restore", str(exports()[-1]), "--yes")
    assert code == 0, err
    code, out, err = run(capsys, "--journal", url, "list")
    assert "Bob Babbage" in out and "Ada" not in out


def test_an_unreadable_json_backup_holding_the_name_is_deleted(
    url: str, capsys: pytest.CaptureFixture[str]
):
    damaged = exports()[0]
    damaged.write_bytes(damaged.read_bytes()[: len(damaged.read_bytes()) // 2])
    assert b"Ada Lovelace" in damaged.read_bytes()
    code, out, err = run(capsys, "--journal", url, "forget", "ada", "--yes", "--backups")
    assert code == 0, err
    assert "Erased them from 2 JSON backups" in out and "1 unreadable one" in out
    assert not damaged.exists()
    assert all(b"Ada Lovelace" not in p.read_bytes() for p in exports())


def test_erasing_the_last_customer_and_then_every_one_leaves_exports_as_the_export_writes_them(
    url: str, capsys: pytest.CaptureFixture[str]
):
    """Each export is edited a customer at a time (a big one is never held in memory whole):
    what is left is the text json.dump would write for the document without them."""
    before = [json.loads(p.read_text(encoding="utf-8")) for p in exports()]
    for who, gone in (("bob", "Bob Babbage"), ("ada", "Ada Lovelace")):
        code, out, err = run(capsys, "--journal", url, "forget", who, "--yes", "--backups")
        assert code == 0, err
        assert "Erased them from 2 JSON backups on this computer too." in out
        for path, old in zip(exports(), before, strict=True):
            old["customers"] = [c for c in old["customers"] if c["name"] != gone]
            old["relationships"] = []  # the link names both
            text = path.read_text(encoding="utf-8")
            assert json.loads(text) == old
            assert text == json.dumps(old, indent=2, ensure_ascii=False) + "\n"
    assert all(json.loads(p.read_text(encoding="utf-8"))["customers"] == [] for p in exports())


def test_a_customer_renamed_since_the_backups_is_found_and_erased_there(
    url: str, capsys: pytest.CaptureFixture[str]
):
    """The JSON backups hold Ada under the name she had then: erasing her by her new name
    finds her there by her id and the moment she was added, and takes her out."""
    from custjournal import ops
    from custjournal.store.journal import open_journal

    journal = open_journal(url)
    try:
        ops.update_customer(journal, 1, name="Ada King")
    finally:
        journal.close()
    code, out, err = run(capsys, "--journal", url, "forget", "ada king", "--yes")
    assert code == 0, err
    assert "2 JSON backups of the team database on this computer still hold Ada King" in out
    code, out, err = run(capsys, "--journal", url, "forget", "#1", "--backups", "--yes")
    assert code == 0, err
    assert "Erased them from 2 JSON backups on this computer too." in out
    assert_ada_gone_bob_kept()
