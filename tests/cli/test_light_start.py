"""What a reading command loads, and `custjournal due --count`.

A reading command on a journal at the current schema reads through the plain read path
(store/reader.py) and builds the parser of its own command's module only: it imports neither
SQLAlchemy nor SQLModel (nor pydantic, nor Alembic), checked in a fresh interpreter.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from custjournal import cli as cli_package
from custjournal.cli import COMMAND_MODULE, COMMAND_MODULES, command_named
from tests import rawdb

HEAVY = ("sqlalchemy", "sqlmodel", "pydantic", "alembic", "PySide6")


def ok(cli, *args):
    r = cli(*args)
    assert r.code == 0, r.err
    return r


@pytest.fixture
def ada(cli):
    """Ada: neglected since 23 January, an overdue promise, a birthday in three days."""
    ok(cli, "add", "Ada Lovelace", "--stage", "connection", "--company", "Engines")
    ok(cli, "log", "ada", "--on", "2025-01-02", "--promise", "send the brochure",
       "--due", "2025-02-20", "--summary", "samples and shipping")  # fmt: skip
    ok(cli, "fact", "ada", "--category", "important-date", "Birthday", "--date", "03-04",
       "--on", "2025-01-02")  # fmt: skip


def run_process(journal_path: Path, *args: str, env: dict[str, str] | None = None):
    """The command line in a fresh interpreter; the heavy modules it loaded on stderr's last line."""
    script = (
        "import sys\n"
        "from custjournal.cli import main\n"
        "try:\n"
        f"    rc = main(['--journal', {str(journal_path)!r}, *{list(args)!r}])\n"
        "finally:\n"
        f"    heavy = sorted({{m.split('.')[0] for m in sys.modules}} & {set(HEAVY)!r})\n"
        "    print('HEAVY', heavy, file=sys.stderr)\n"
        "sys.exit(rc)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env if env is not None else dict(os.environ),
        timeout=120,
    )


@pytest.mark.parametrize(
    "args",
    [
        ("due",),
        ("due", "--count"),
        ("due", "--json", "--today", "2025-03-01"),
        ("list",),
        ("list", "--json"),
        ("search", "shipping"),
        ("show", "ada"),
        ("show", "#1", "--json"),
        ("brief", "ada"),
        ("brief", "ada", "--format", "json"),
        ("cadence",),
        ("health", "ada"),
        ("list", "--sort", "health"),
        ("insights", "--json"),
        ("insights", "--segment", "stage:connection"),
    ],
)
def test_reading_commands_load_no_orm(ada, journal_path, args):
    r = run_process(journal_path, *args)
    assert r.returncode == 0, r.stderr
    assert r.stderr.splitlines()[-1] == "HEAVY []"
    assert r.stdout.strip()


def test_a_write_still_loads_the_orm_and_works(ada, journal_path):
    r = run_process(journal_path, "log", "ada", "--summary", "called back")
    assert r.returncode == 0, r.stderr
    assert "sqlmodel" in r.stderr.splitlines()[-1]


def test_each_command_is_found_in_its_own_module():
    """COMMAND_MODULE names, for every command, the module that registers it."""
    registered: dict[str, str] = {}
    for name in COMMAND_MODULES:
        parser = argparse.ArgumentParser()
        subparsers = parser.add_subparsers()
        module = __import__(f"custjournal.cli.{name}", fromlist=["register"])
        module.register(subparsers, argparse.ArgumentParser(add_help=False))
        registered.update(dict.fromkeys(subparsers.choices, name))
    assert registered == COMMAND_MODULE


def test_the_command_named_skips_options_and_their_values():
    assert command_named(["--journal", "due", "list"]) == "list"
    assert command_named(["--journal=x", "due", "--count"]) == "due"
    assert command_named(["--passphrase-fd", "3", "--remember", "show", "ada"]) == "show"
    assert command_named(["-h", "due"]) is None  # the help lists every command
    assert command_named(["--journal", "x"]) is None


def test_the_help_still_lists_every_command(cli):
    r = cli("--help")
    assert r.code == 0
    for command in ("add", "brief", "due", "export", "encrypt", "quick"):
        assert command in r.out


def test_a_misspelled_command_is_still_a_usage_error(cli):
    r = cli("lsit")
    assert r.code == 2 and "invalid choice: 'lsit'" in r.err
    assert cli_package.build_parser(None).parse_args(["due", "--count"]).count


# --- due --count ----------------------------------------------------------------------------


def test_due_count_prints_the_number_of_due_items(cli, ada):
    r = ok(cli, "due", "--count", "--today", "2025-03-01")
    assert r.out == "3\n" and r.err == ""
    listed = json.loads(ok(cli, "due", "--json", "--today", "2025-03-01").out)
    assert len(listed) == 3
    assert ok(cli, "due", "--count", "--today", "2025-01-05").out == "0\n"


def test_due_count_of_a_missing_journal_is_one_sentence_and_creates_nothing(cli, journal_path):
    r = cli("due", "--count")
    assert r.code == 1 and r.out == ""
    assert r.err.count("\n") == 1
    if rawdb.is_team(journal_path):
        assert "holds no journal yet" in r.err
    else:
        assert r.err.startswith(f"No journal at {journal_path}:")
    assert not rawdb.exists(journal_path)


def test_due_count_in_a_process(ada, journal_path, tmp_path):
    r = run_process(journal_path, "due", "--count", "--today", "2025-03-01")
    assert (r.returncode, r.stdout) == (0, "3\n")
    missing = run_process(tmp_path / "nowhere.sqlite3", "due", "--count")
    assert missing.returncode == 1 and missing.stdout == ""
    assert missing.stderr.startswith("No journal at ")


@pytest.mark.journal_file
def test_due_count_of_an_encrypted_journal(ada, journal_path, tmp_path, cli, monkeypatch):
    pytest.importorskip("sqlcipher3")
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery\n")
    secret.chmod(0o600)
    monkeypatch.setenv("CUSTJOURNAL_PASSPHRASE_FILE", str(secret))
    ok(cli, "encrypt")
    r = run_process(journal_path, "due", "--count", "--today", "2025-03-01")
    assert (r.returncode, r.stdout) == (0, "3\n"), r.stderr
    assert r.stderr.splitlines()[-1] == "HEAVY []"
    env = {k: v for k, v in os.environ.items() if k != "CUSTJOURNAL_PASSPHRASE_FILE"}
    locked = run_process(journal_path, "due", "--count", env=env)
    assert locked.returncode == 1 and locked.stdout == ""
    assert "is encrypted: give its passphrase" in locked.stderr
