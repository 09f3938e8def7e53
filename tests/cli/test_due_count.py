"""`custjournal due --count` answered at once (cli/at_once.py), and the same answer and the same
messages as the ordinary command line wherever it does not answer."""

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from custjournal.cli import at_once


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


def count_in_a_process(journal_path: Path, *args: str) -> tuple[subprocess.CompletedProcess, list]:
    """`due --count ...` in a fresh interpreter, and which of the rest it loaded."""
    script = (
        "import sys\n"
        "from custjournal.cli import main\n"
        "try:\n"
        f"    rc = main(['--journal', {str(journal_path)!r}, *{list(args)!r}])\n"
        "finally:\n"
        "    rest = ('custjournal.cli.common', 'custjournal.domain.reminders', "
        "'custjournal.interop.terminal', 'custjournal.store.due')\n"
        "    print('LOADED', sorted(m for m in rest if m in sys.modules), file=sys.stderr)\n"
        "sys.exit(rc)\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
    )
    return r, r.stderr.splitlines()[-1]


@pytest.mark.journal_file
@pytest.mark.parametrize("today", ["2025-03-01", "2025-01-10", "2025-02-28"])
def test_the_count_is_answered_without_the_rest_and_matches_the_list(ada, cli, journal_path, today):
    listed = ok(cli, "due", "--json", "--today", today).out.count('"item_key"')
    r, loaded = count_in_a_process(journal_path, "due", "--today", today, "--count")
    assert r.returncode == 0, r.stderr
    assert r.stdout == f"{listed}\n"
    assert loaded == "LOADED []"


def test_a_purchase_after_the_day_is_counted_by_the_rules(ada, cli, journal_path):
    for day in ("2024-10-01", "2024-11-01", "2024-12-01", "2025-03-20"):
        ok(cli, "purchase", "ada", "--amount", "120", "--on", day)
    listed = ok(cli, "due", "--json", "--today", "2025-03-01").out.count('"item_key"')
    assert "buying-stopped" in ok(cli, "due", "--today", "2025-03-01").out
    r, loaded = count_in_a_process(journal_path, "due", "--count", "--today", "2025-03-01")
    assert r.returncode == 0, r.stderr
    assert r.stdout == f"{listed}\n"
    assert "custjournal.store.due" in loaded  # the ordinary path counted


# A missing file's sentence is a file's.
@pytest.mark.journal_file
def test_what_the_quick_path_leaves_gets_the_usual_words(cli, journal_path, tmp_path):
    # No journal: exit 1 with the sentence, nothing created.
    r = cli("due", "--count")
    assert r.code == 1
    assert "No journal at" in r.err
    assert not journal_path.exists()
    ok(cli, "add", "Ada Lovelace")
    # A bad --today: the ordinary parser's sentence.
    r = cli("due", "--count", "--today", "2025-02-30")
    assert r.code == 1
    assert "is not a valid --today date" in r.err
    # Words for days, and --json beside --count, are the ordinary path's.
    assert ok(cli, "due", "--count", "--today", "yesterday").out == "0\n"
    assert ok(cli, "due", "--count", "--json").out == "0\n"


def test_only_a_plain_due_count_is_taken():
    parsed = at_once._parsed
    assert parsed(["due", "--count"]) == (None, None)
    assert parsed(["--journal", "j", "due", "--count"]) == ("j", None)
    assert parsed(["due", "--journal=j", "--count", "--today", "2025-03-01"]) == (
        "j",
        dt.date(2025, 3, 1),
    )
    for argv in (
        ["due"],
        ["--count", "due"],
        ["due", "--count", "--json"],
        ["due", "--cou"],  # argparse's abbreviation: the ordinary path
        ["--today", "2025-03-01", "due", "--count"],  # not an option before the command
        ["due", "--count", "--today", "today"],
        ["due", "--count", "--today", "2025-3-1"],
        ["due", "--count", "--today", "20250301"],
        ["due", "--count", "--today", "0999-01-01"],
        ["due", "--count", "--journal", "a", "--journal", "b"],
        ["due", "--count", "--journal"],
        ["due", "--count", "--journal="],
        ["--passphrase-fd", "3", "due", "--count"],
        ["list"],
    ):
        assert parsed(argv) is None, argv


def test_an_encrypted_or_older_journal_is_left_to_the_ordinary_path(tmp_path):
    plain = tmp_path / "not-a-journal.sqlite3"
    plain.write_bytes(b"SQLite format 3\x00" + bytes(1000))
    assert at_once.answer(["--journal", str(plain), "due", "--count"]) is None
    assert at_once.answer(["--journal", str(tmp_path / "missing"), "due", "--count"]) is None
