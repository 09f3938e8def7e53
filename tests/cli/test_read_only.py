"""A journal file that can't be written, and one found damaged, on the command line: reading
commands work; every writing command says one sentence (the read-only one, or the damaged one),
exits 1, and writes nothing. `check` says there is no backup when there is none.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from custjournal import ops
from custjournal.cli import main
from custjournal.store.journal import damage_marker, open_journal
from tests.readonly import listing, read_only_file, read_only_folder

pytestmark = pytest.mark.journal_file

WRITING = [
    ["add", "Bob Builder"],
    ["log", "Ada", "--summary", "hi"],
    ["fact", "Ada", "likes tea", "--category", "interests"],
    ["stage", "Ada", "loyalty"],
    ["tag", "Ada", "vip"],
    ["archive", "Ada"],
    ["cadence", "prospecting", "20"],
    ["import", "--format", "json", "IMPORT"],
]
READING = [["list"], ["show", "Ada"], ["due", "--count"], ["search", "tea"], ["brief", "Ada"]]


def one_sentence(err: str) -> bool:
    return err.count("\n") == 1 and err.strip().endswith(".")


def fill(folder: Path) -> None:
    journal = open_journal(folder / "j.sqlite3")
    ops.add_customer(journal, "Ada Lovelace", notes="tea at four")
    journal.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(journal: Path, args: list[str], capsys) -> tuple[int, str, str]:
    if "IMPORT" in args:  # a file to import: the export of another journal
        other = journal.parent.parent / "other.json"
        if not other.exists():
            made = open_journal(journal.parent.parent / "other.sqlite3")
            ops.add_customer(made, "Grace Hopper")
            made.close()
            main(["--journal", str(journal.parent.parent / "other.sqlite3"), "export", str(other)])
        args = [str(other) if a == "IMPORT" else a for a in args]
    capsys.readouterr()
    code = main(["--journal", str(journal), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_journal_whose_folder_cant_be_written_reads_and_refuses_every_change(tmp_path, capsys):
    with read_only_folder(tmp_path / "ro", fill) as folder:
        journal = folder / "j.sqlite3"
        before = listing(folder)
        for args in READING:
            code, out, err = run(journal, args, capsys)
            assert code == 0 and out and not err, (args, err)
        code, _out, err = run(journal, ["export", str(tmp_path / "out.json")], capsys)
        assert code == 0, err
        for args in WRITING:
            code, _out, err = run(journal, args, capsys)
            assert code == 1 and one_sentence(err), (args, err)
            assert "is read-only: " in err and "can't be written" in err, (args, err)
            assert "Something went wrong" not in err
        assert listing(folder) == before


def test_a_read_only_file_in_a_writable_folder_refuses_every_change_with_one_sentence(
    tmp_path, capsys
):
    fill(tmp_path)
    journal = tmp_path / "j.sqlite3"
    with read_only_file(journal):
        before = listing(tmp_path)
        assert run(journal, ["list"], capsys)[0] == 0
        for args in WRITING:
            code, _out, err = run(journal, args, capsys)
            # Before, `add` said "can't be opened: check that the folder exists…", `log`
            # "is read-only": every writing command says the same now.
            assert code == 1 and one_sentence(err), (args, err)
            assert "is read-only: the file can't be written" in err, (args, err)
        assert listing(tmp_path) == before  # not even a -wal or -shm beside it


def damage_where_a_write_does_not_look(path: Path) -> None:
    """Overwrite pages of the conversations' index-free words, far from what `log` reads and
    writes: SQLite itself does not notice on the way (as on the user's machine)."""
    data = bytearray(path.read_bytes())
    pages = [
        i for i in range(len(data) // 4096) if b"long talk long talk" in data[i * 4096 :][:4096]
    ]
    assert pages
    for page in pages[len(pages) // 2 : len(pages) // 2 + 4]:
        data[page * 4096 : (page + 1) * 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(tmp_path) -> Path:
    path = tmp_path / "damaged.sqlite3"
    journal = open_journal(path)
    for i in range(40):
        cid = ops.add_customer(journal, f"Customer {i:02}").id
        ops.log_conversation(journal, cid, summary="long talk " * 60)
    ops.add_customer(journal, "Ada Lovelace")
    journal.checkpoint()
    journal.close()
    damage_where_a_write_does_not_look(path)
    return path


def test_a_journal_check_found_damaged_is_never_written_by_a_command(damaged, capsys):
    code, _out, err = run(damaged, ["check"], capsys)
    assert code == 1 and "damaged" in err
    before = digest(damaged)
    for args in WRITING:
        code, _out, err = run(damaged, args, capsys)
        assert code == 1 and one_sentence(err), (args, err)
        assert "is damaged, so it is open for reading only" in err, (args, err)
    assert digest(damaged) == before
    assert not Path(f"{damaged}-wal").exists() or Path(f"{damaged}-wal").stat().st_size == 0
    # Reading still works, for whatever can be read.
    assert run(damaged, ["show", "Ada"], capsys)[0] == 0


def test_check_says_there_is_no_backup_when_there_is_none(damaged, capsys):
    code, _out, err = run(damaged, ["check"], capsys)
    assert code == 1
    assert "There is no backup of this journal to restore" in err
    assert "backups are in" not in err and "custjournal restore" not in err
    assert not (damaged.parent / "backups").exists()


def test_a_restored_backup_takes_changes_again(tmp_path, capsys):
    path = tmp_path / "j.sqlite3"
    fill(tmp_path)
    assert run(path, ["backup"], capsys)[0] == 0
    saved = next((tmp_path / "backups" / "j").glob("*.sqlite3"))
    damage_marker(path).touch()  # as a check that found it damaged leaves it
    code, _out, err = run(path, ["add", "Bob"], capsys)
    assert code == 1 and "damaged" in err
    code, _out, err = run(path, ["check"], capsys)  # sound after all: no longer refused
    assert code == 0 and not damage_marker(path).exists()
    damage_marker(path).touch()
    assert run(path, ["restore", str(saved), "--yes"], capsys)[0] == 0
    assert not damage_marker(path).exists()
    assert run(path, ["add", "Bob"], capsys)[0] == 0


def test_sqlite_finding_damage_on_a_read_refuses_every_later_write(damaged):
    """A statement that meets the damage marks the journal damaged: no later change of the
    process is written, though the pages it would write are sound."""
    from custjournal.domain.errors import UserError

    before = digest(damaged)
    journal = open_journal(damaged, create=False)
    try:
        with pytest.raises(UserError, match="is damaged"), journal.reader() as source:
            source.rows("SELECT count(*), max(length(summary)) FROM conversation")
        assert journal.damaged
        with pytest.raises(UserError, match="is damaged, so it is open for reading only"):
            ops.add_customer(journal, "Bob Builder")
    finally:
        journal.close()
    assert digest(damaged) == before


def test_an_older_journal_that_cant_be_written_says_it_needs_an_upgrade(tmp_path, capsys):
    import sqlite3

    def older(folder: Path) -> None:
        fill(folder)
        con = sqlite3.connect(folder / "j.sqlite3")
        con.execute("UPDATE alembic_version SET version_num = '0016'")
        con.commit()
        con.close()

    with read_only_folder(tmp_path / "ro", older) as folder:
        before = listing(folder)
        code, _out, err = run(folder / "j.sqlite3", ["list"], capsys)
        assert code == 1 and "must be upgraded" in err and "copy it to a folder" in err
        assert listing(folder) == before
