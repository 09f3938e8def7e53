"""Exports and briefs never replace the journal, its side files or a backup, and replace any
other existing file only when told to (--force, or a yes on a terminal), whole or not at all."""

from __future__ import annotations

import errno
import gc
import hashlib
import os
import sqlite3

import pytest

from custjournal import paths
from custjournal.store import backup
from tests import rawdb


def one_sentence(err: str) -> bool:
    return err.count("\n") == 1 and err.strip().endswith(".")


def snapshot(journal_path):
    """The journal's content (its bytes may change when a closing connection checkpoints) and
    every byte of its backup folder."""
    gc.collect()  # connections a command left to the collector close (and checkpoint) now
    con = sqlite3.connect(journal_path)
    try:
        content = list(con.iterdump())
    finally:
        con.close()
    folder = paths.backup_dir(journal_path)
    backups = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    return content, backups


@pytest.fixture
def filled(cli, journal_path):
    """A journal with a customer, and (a journal file's) its backup's path."""
    assert cli("add", "Ada Lovelace", "--notes", "likes tea").code == 0
    assert cli("backup").code == 0
    if rawdb.is_team(journal_path):  # its backup is a JSON export, not beside a file
        return None
    (made,) = backup.list_backups(journal_path)
    return made.path


@pytest.mark.journal_file
@pytest.mark.parametrize("fmt", ["csv", "json", "vcard", "ics"])
def test_export_never_replaces_the_journal(cli, filled, journal_path, fmt):
    before = snapshot(journal_path)
    for extra in ((), ("--force",)):
        r = cli("export", str(journal_path), "--format", fmt, *extra)
        assert r.code == 1 and one_sentence(r.err), r.err
        assert "is the journal itself: nothing was written" in r.err
    assert snapshot(journal_path) == before
    assert "Ada Lovelace" in cli("list").out


@pytest.mark.journal_file
@pytest.mark.parametrize("side", ["-wal", "-shm", "-journal"])
def test_export_never_replaces_the_journals_side_files(cli, filled, journal_path, side):
    target = f"{journal_path}{side}"
    before = snapshot(journal_path)
    r = cli("export", target, "--format", "csv", "--force")
    assert r.code == 1 and f"the journal's {side} file" in r.err and one_sentence(r.err)
    assert snapshot(journal_path) == before


@pytest.mark.journal_file
def test_export_never_writes_into_the_backup_folder(cli, filled, journal_path):
    before = snapshot(journal_path)
    r = cli("export", str(filled), "--format", "json", "--force")
    assert r.code == 1 and "backup folder" in r.err and one_sentence(r.err)
    r = cli("export", str(paths.backup_dir(journal_path) / "people.csv"))
    assert r.code == 1 and "backup folder" in r.err
    assert snapshot(journal_path) == before


@pytest.mark.journal_file
def test_links_and_other_spellings_of_the_journal_are_refused(
    cli, filled, journal_path, tmp_path, monkeypatch
):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "soft.csv").symlink_to(journal_path)
    os.link(journal_path, elsewhere / "hard.csv")
    os.link(filled, elsewhere / "old-backup.json")
    before = snapshot(journal_path)
    for name, what in (
        ("soft.csv", "the journal itself"),
        ("hard.csv", "the journal itself"),
        ("old-backup.json", "a backup of the journal"),
    ):
        r = cli("export", str(elsewhere / name), "--force")
        assert r.code == 1 and what in r.err, (name, r.err)
    monkeypatch.chdir(journal_path.parent)
    for spelling in (journal_path.name, f"../{journal_path.parent.name}/{journal_path.name}"):
        r = cli("export", spelling, "--format", "csv", "--force")
        assert r.code == 1 and "the journal itself" in r.err, spelling
    assert snapshot(journal_path) == before


@pytest.mark.journal_file
@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "pdf"])
def test_a_brief_never_replaces_the_journal_or_a_backup(cli, filled, journal_path, fmt):
    before = snapshot(journal_path)
    for target in (journal_path, filled):
        r = cli("brief", "ada", "--format", fmt, "-o", str(target), "--force")
        assert r.code == 1 and "nothing was written" in r.err and one_sentence(r.err), r.err
    assert snapshot(journal_path) == before


@pytest.mark.parametrize("command", ["export", "brief"])
def test_replacing_another_file_needs_force_or_a_yes(cli, filled, tmp_path, monkeypatch, command):
    target = tmp_path / "out.md"
    target.write_text("mine\n")
    args = (
        ("export", str(target), "--format", "csv")
        if command == "export"
        else ("brief", "ada", "--format", "markdown", "-o", str(target))
    )
    r = cli(*args)  # no terminal (a script): refused, naming --force
    assert r.code == 1 and "--force" in r.err and one_sentence(r.err)
    assert target.read_text() == "mine\n"

    asked = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or "n")
    r = cli(*args)
    assert r.code == 1 and "Nothing was written" in r.err
    assert asked == [f"{target} already exists. Replace it? [y/N] "]
    assert target.read_text() == "mine\n"

    monkeypatch.setattr("builtins.input", lambda prompt: "y")
    assert cli(*args).code == 0
    assert "Ada Lovelace" in target.read_text()

    target.write_text("mine\n")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    r = cli(*args, "--force")
    assert r.code == 0, r.err
    assert "Ada Lovelace" in target.read_text()


def test_a_failed_export_leaves_the_old_file_whole(cli, filled, tmp_path, monkeypatch):
    from custjournal.interop import csvio

    target = tmp_path / "people.csv"
    target.write_text("the old export\n")

    def disk_full(rows, out):
        out.write("id,name\n")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(csvio, "write_customers", disk_full)
    r = cli("export", str(target), "--force")
    assert r.code == 1 and ": no space left on device." in r.err
    assert target.read_text() == "the old export\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".people")) == []


def test_a_brief_replaces_its_file_whole_never_through_a_shared_inode(cli, filled, tmp_path):
    target = tmp_path / "brief.md"
    target.write_text("an older brief\n")
    other = tmp_path / "kept.md"
    os.link(target, other)  # the same bytes under another name: a write in place changes both
    r = cli("brief", "ada", "--format", "markdown", "-o", str(target), "--force")
    assert r.code == 0, r.err
    assert target.read_text().startswith("# Ada Lovelace")
    assert other.read_text() == "an older brief\n"
