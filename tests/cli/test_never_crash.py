"""A sentence, never a crash: odd arguments, dates, files and media each get their own sentence
and exit 1, and write nothing."""

import hashlib
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from custjournal.cli import core
from tests import rawdb

NOT_A_BUG = "Something went wrong"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(r, *words: str) -> None:
    """Exit 1 with one sentence naming *words*; no traceback, no 'something went wrong'."""
    assert r.code == 1, (r.code, r.err)
    assert NOT_A_BUG not in r.err and "Traceback" not in r.err, r.err
    for word in words:
        assert word in r.err, r.err


@pytest.fixture
def ada(cli):
    assert cli("add", "Ada Lovelace").code == 0


# --- arguments --------------------------------------------------------------------------------


def test_a_non_utf8_argument_is_a_sentence_and_creates_nothing(cli, journal_path):
    # What Python makes of the bytes of `custjournal add $'\xff'` (surrogateescape).
    bad = b"\xff".decode("utf-8", "surrogateescape")
    r = cli("add", bad)
    refused(r, "'\\xff'", "UTF-8")
    assert not rawdb.exists(journal_path)


def test_a_non_utf8_argument_from_a_real_terminal_prints_no_traceback(tmp_path):
    journal = tmp_path / "j.sqlite3"
    r = subprocess.run(
        [sys.executable, "-m", "custjournal", "--journal", str(journal), "add", b"\xff"],
        capture_output=True,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )
    assert r.returncode == 1, r.stderr
    assert b"Traceback" not in r.stderr and b"UTF-8" in r.stderr
    assert not journal.exists()


# --- dates outside the supported range ---------------------------------------------------------


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1899-12-31", "3000-01-01"])
@pytest.mark.parametrize(
    "command", [["due"], ["list"], ["show", "ada"], ["export", "x.ics"], ["brief", "ada"]]
)
def test_an_evaluation_day_out_of_range_is_a_sentence(cli, ada, tmp_path, day, command):
    args = [str(tmp_path / a) if a == "x.ics" else a for a in command]
    r = cli(*args, "--today", day)
    refused(r, day, "1900-01-01", "2999-12-31")
    assert not (tmp_path / "x.ics").exists()


def test_the_edges_of_the_range_work(cli, ada, tmp_path):
    for day in ("1900-01-01", "2999-12-31"):
        assert cli("due", "--today", day).code == 0
        assert cli("export", str(tmp_path / f"{day}.ics"), "--today", day).code == 0


def test_a_stored_date_out_of_range_is_refused(cli, ada, journal_path):
    r = cli("log", "ada", "--promise", "call back", "--due", "9999-12-31")
    refused(r, "9999-12-31", "2999-12-31")
    r = cli("invite", "ada", "--event", "Gala", "--event-date", "9999-12-31")
    refused(r, "9999-12-31")
    con = rawdb.connect(journal_path)
    assert con.execute("SELECT count(*) FROM promise").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM invitation").fetchone()[0] == 0
    con.close()


# --- imports ----------------------------------------------------------------------------------


def test_a_json_integer_over_4300_digits_is_a_sentence(cli, ada, tmp_path, journal_path):
    source = tmp_path / "big.json"
    source.write_text(
        '{"format": "custjournal", "version": 1, "customers": [{"name": "A", "cadence_days": '
        + "9" * 5000
        + "}]}"
    )
    before = rawdb.dump(journal_path)
    refused(cli("import", str(source)), "4,300 digits")
    assert rawdb.dump(journal_path) == before


def test_a_10_mb_name_is_refused_with_the_limit(cli, ada, tmp_path, journal_path):
    huge = "Big" + "x" * 10_000_000
    card = tmp_path / "big.vcf"
    card.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{huge}\r\nEND:VCARD\r\n")
    document = tmp_path / "big.json"
    document.write_text(
        json.dumps({"format": "custjournal", "version": 1, "customers": [{"name": huge}]})
    )
    for source in (card, document):
        r = cli("import", str(source))
        refused(r, "too long", "500")
    con = rawdb.connect(journal_path)
    assert con.execute("SELECT max(length(name)) FROM customer").fetchone()[0] < 100
    con.close()


def test_names_and_notes_have_stated_limits(cli, ada):
    refused(cli("add", "x" * 501), "at most 500 characters")
    assert cli("add", "y" * 500).code == 0
    refused(cli("add", "Bob", "--company", "c" * 501), "company", "500")
    refused(cli("add", "Bob", "--notes", "n" * 20_001), "notes", "20,000")
    refused(cli("log", "ada", "--summary", "s" * 20_001), "summary", "20,000")
    refused(cli("show", "a" * 501), "500")
    assert "Bob" not in cli("list").out


# --- the journal file -------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["list"], ["add", "Ada"], ["due"], ["check"]])
def test_dev_null_is_refused_and_no_dev_null_journal_appears(cli, command):
    before = _dev_null_journal()
    r = cli("--journal", "/dev/null", *command)
    refused(r, "/dev/null")
    assert _dev_null_journal() == before  # not made, nor written to


def _foreign(path: Path, sql: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path)
    con.executescript(sql)
    con.close()
    return path


FOREIGN = {
    "no tables": "PRAGMA user_version = 3;",
    "our alembic_version, foreign tables": (
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL);"
        "INSERT INTO alembic_version VALUES ('0004');"
        "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);"
    ),
    "another program's alembic_version": (
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL);"
        "INSERT INTO alembic_version VALUES ('ae1027a6acf');"
        "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);"
    ),
}


@pytest.mark.journal_file
@pytest.mark.parametrize("kind", list(FOREIGN))
@pytest.mark.parametrize(
    "command", [["list"], ["show", "x"], ["due"], ["search", "x"], ["export", "out.json"]]
)
def test_reading_commands_leave_a_foreign_file_byte_identical(cli, journal_path, kind, command):
    _foreign(journal_path, FOREIGN[kind])
    before = digest(journal_path)
    args = [str(journal_path.parent / a) if a == "out.json" else a for a in command]
    r = cli(*args)
    refused(r, str(journal_path))
    assert digest(journal_path) == before
    assert sorted(p.name for p in journal_path.parent.iterdir()) == [journal_path.name]


@pytest.mark.journal_file
@pytest.mark.parametrize("kind", list(FOREIGN)[1:])
def test_adding_to_a_file_with_foreign_tables_is_refused(cli, journal_path, kind):
    _foreign(journal_path, FOREIGN[kind])
    before = digest(journal_path)
    refused(cli("add", "Ada"), "not a Customer Journal")
    assert digest(journal_path) == before


@pytest.mark.journal_file
def test_an_empty_alembic_version_is_named_not_called_empty(cli, journal_path):
    assert cli("demo", "--customers", "20").code == 0
    con = sqlite3.connect(journal_path)
    con.execute("DELETE FROM alembic_version")
    con.commit()
    con.close()
    before = digest(journal_path)
    for command in (["list"], ["add", "Bob"], ["due"]):
        refused(cli(*command), "alembic_version", "restore")
    r = cli("check")
    assert r.code == 1
    assert "alembic_version" in r.out + r.err
    assert "holds no journal tables" not in r.out + r.err
    assert digest(journal_path) == before


# --- a full disk ------------------------------------------------------------------------------


def _small_file_limit() -> None:
    # Writes past 16 KiB fail with EFBIG (as on a full disk) instead of killing the process.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (16384, 16384))


def test_add_on_a_full_disk_leaves_no_file_behind(tmp_path):
    folder = tmp_path / "disk"
    folder.mkdir()
    journal = folder / "j.sqlite3"
    r = subprocess.run(
        [sys.executable, "-m", "custjournal", "--journal", str(journal), "add", "Ada"],
        capture_output=True,
        text=True,
        preexec_fn=_small_file_limit,
    )
    assert r.returncode == 1, r.stderr
    assert "could not be created" in r.stderr and "Traceback" not in r.stderr
    assert [p.name for p in folder.iterdir()] == []  # not even an empty file


# --- a read-only medium -----------------------------------------------------------------------


@pytest.mark.journal_file
def test_reading_commands_open_an_unwritable_journal_read_only(cli, journal_path, monkeypatch):
    """As if the folder and the file were read-only (0500/0400 for another user than root,
    who bypasses permissions): the journal is opened with mode=ro and nothing is written."""
    assert cli("add", "Ada Lovelace").code == 0
    assert cli("log", "ada", "--summary", "tea").code == 0
    con = sqlite3.connect(journal_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    for leftover in (Path(f"{journal_path}-wal"), Path(f"{journal_path}-shm")):
        leftover.unlink(missing_ok=True)
    before = digest(journal_path)
    real_access = os.access
    folder = journal_path.parent

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK and Path(path) in (journal_path, folder):
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    out = folder.parent / "out.json"
    for command in (["list"], ["show", "ada"], ["due"], ["export", str(out)]):
        r = cli(*command)
        assert r.code == 0, (command, r.err)
    assert "Ada Lovelace" in cli("list").out
    assert digest(journal_path) == before
    assert sorted(p.name for p in folder.iterdir()) == [journal_path.name]


def _read_only_mount_works() -> bool:
    """Whether this machine lets us make a read-only bind mount in a mount namespace of our
    own (root with CAP_SYS_ADMIN; a plain container or a normal user can't)."""
    if shutil.which("unshare") is None or os.geteuid() != 0:
        return False
    with tempfile.TemporaryDirectory() as folder:
        probe = (
            f'mount --bind "{folder}" "{folder}" && mount -o remount,ro,bind "{folder}" && '
            f'! touch "{folder}/x" 2>/dev/null'
        )
        r = subprocess.run(["unshare", "-m", "sh", "-c", probe], capture_output=True)
    return r.returncode == 0


@pytest.mark.skipif(
    not _read_only_mount_works(), reason="needs a read-only bind mount: root, unshare -m"
)
def test_reading_commands_work_on_a_read_only_medium(tmp_path):
    folder = tmp_path / "medium"
    journal = folder / "j.sqlite3"
    run = [sys.executable, "-m", "custjournal", "--journal", str(journal)]
    assert subprocess.run([*run, "add", "Ada Lovelace"], capture_output=True).returncode == 0
    before = digest(journal)
    listing_before = sorted(p.name for p in folder.iterdir())
    out = tmp_path / "out.json"
    script = f'mount --bind "{folder}" "{folder}" && mount -o remount,ro,bind "{folder}" && '
    for command in ("list", "show ada", "due", f'export "{out}"'):
        shell = " ".join(f'"{a}"' for a in run) + " " + command
        r = subprocess.run(
            ["unshare", "-m", "sh", "-c", script + shell], capture_output=True, text=True
        )
        assert r.returncode == 0, (command, r.stderr)
    assert out.exists()
    assert digest(journal) == before
    assert sorted(p.name for p in folder.iterdir()) == listing_before


# --- database errors by kind, wherever they surface ---------------------------------------------


@pytest.mark.journal_file
@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("database is locked", "busy"),
        ("attempt to write a readonly database", "read-only"),
        ("database or disk is full", "full"),
        ("database disk image is malformed", "damaged"),
        ("file is not a database", "not a Customer Journal file"),
    ],
)
def test_database_errors_escaping_a_command_are_sentences(cli, ada, monkeypatch, message, words):
    def broken(_args):
        raise sqlite3.OperationalError(message)

    monkeypatch.setattr(core, "cmd_list", broken)
    refused(cli("list"), words)


def test_a_date_stored_before_the_range_existed_still_exports(cli, ada, journal_path, tmp_path):
    con = rawdb.connect(journal_path)
    con.execute(
        "INSERT INTO promise (customer_id, text, made_on, due_on, created_at, updated_at) "
        "SELECT id, 'call back', '2026-01-01', '9999-12-31', created_at, updated_at FROM customer"
    )
    con.commit()
    con.close()
    out = tmp_path / "promises.ics"
    r = cli("export", str(out))
    assert r.code == 0, r.err
    assert "DTSTART;VALUE=DATE:99991231" in out.read_text()


def test_odd_arguments_found_while_attacking_are_sentences(cli, ada):
    refused(cli("cadence", "", "5"), "Unknown stage")
    r = cli("search", "ada", "--limit", "9" * 30)
    assert r.code == 0, r.err


def _dev_null_journal():
    """What SQLite would leave beside /dev/null: None, or (size, mtime) of an older leftover."""
    try:
        st = Path("/dev/null-journal").stat()
    except FileNotFoundError:
        return None
    return st.st_size, st.st_mtime_ns


def test_a_journal_path_that_is_not_utf8_is_a_sentence(tmp_path, monkeypatch, capsys):
    from custjournal.cli import main

    path = os.fsdecode(bytes(tmp_path) + b"/\xff.sqlite3")
    monkeypatch.setenv("CUSTJOURNAL_JOURNAL", path)
    for command in (["add", "Ada"], ["list"]):
        assert main(command) == 1
        err = capsys.readouterr().err
        assert "\\xff" in err and "not UTF-8" in err
    assert not os.path.exists(path)
