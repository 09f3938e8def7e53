"""A process killed with SIGKILL in the middle of an import, a backup or a forget loses
nothing and leaves no half state.

The child signals "HALF" from its progress callback once half the work is done, then waits;
the test kills it there, so the kill lands inside the import's transaction or between two
steps of the backup, every time.
"""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from custjournal import ops, paths
from custjournal.store import backup

pytestmark = [
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
    pytest.mark.journal_file,
]


def run_until_half(script: str, env_home: Path) -> subprocess.Popen:
    env = dict(os.environ, HOME=str(env_home), PYTHONUNBUFFERED="1")
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    line = child.stdout.readline()
    if line.strip() != "HALF":
        child.kill()
        _, err = child.communicate(timeout=30)
        raise AssertionError(f"child did not reach half-way: {line!r} {err}")
    return child


def kill(child: subprocess.Popen) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.communicate(timeout=30)  # reaps it and closes its pipes
    assert child.returncode == -signal.SIGKILL


def customer_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM customer").fetchone()[0]
    finally:
        con.close()


def big_vcard(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "big.vcf"
    path.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nEMAIL:p{i}@example.com\r\n"
            f"NOTE:note {i}\r\nEND:VCARD\r\n"
            for i in range(n)
        )
    )
    return path


IMPORT_SCRIPT = """
    import sys, time
    from pathlib import Path
    from custjournal import ops
    from custjournal.store.journal import open_journal

    journal = open_journal(Path({journal!r}))

    def progress(done, total):
        if done >= total // 2:
            print("HALF", flush=True)
            time.sleep(60)

    ops.import_file(journal, Path({source!r}), progress=progress)
"""


def test_sigkill_in_the_middle_of_an_import(journal, journal_path, tmp_path):
    ops.add_customer(journal, "Already here", email="here@example.com")
    journal.close()
    source = big_vcard(tmp_path, 1500)
    child = run_until_half(
        IMPORT_SCRIPT.format(journal=str(journal_path), source=str(source)), tmp_path
    )
    kill(child)
    assert backup.check(journal_path).ok
    assert customer_count(journal_path) == 1  # none of that import
    # and the journal takes the whole import afterwards
    from custjournal.store.journal import open_journal

    again = open_journal(journal_path)
    try:
        assert ops.import_file(again, source).added == 1500
    finally:
        again.close()
    assert customer_count(journal_path) == 1501
    assert backup.check(journal_path).ok


BACKUP_SCRIPT = """
    import time
    from pathlib import Path
    from custjournal.store import backup

    backup._PAGES_PER_STEP = 4

    def progress(done, total):
        if done >= total // 2:
            print("HALF", flush=True)
            time.sleep(60)

    backup.backup_now(Path({journal!r}), progress=progress)
"""


def test_sigkill_in_the_middle_of_a_backup(journal, journal_path, tmp_path):
    for i in range(200):
        ops.add_customer(journal, f"Person {i}", notes="words " * 40)
    good = backup.backup_now(journal_path)
    journal.close()
    child = run_until_half(BACKUP_SCRIPT.format(journal=str(journal_path)), tmp_path)
    kill(child)
    assert backup.check(journal_path).ok
    assert customer_count(journal_path) == 200
    # no half backup looks like a backup; the good one is still the latest good one
    assert [b.path for b in backup.list_backups(journal_path)] == [good]
    assert backup.latest_good_backup(journal_path) == good
    leftovers = list(paths.backup_dir(journal_path).glob(".*.backup-tmp"))
    assert len(leftovers) == 1
    # a later backup works beside the leftover (removed once it is an hour old)
    assert backup.check(backup.backup_now(journal_path)).ok


FORGET_SCRIPT = """
    import contextlib, io, sys, time
    from custjournal.cli import main
    from custjournal.store import backup, search

    STOP = {stop!r}
    calls = []

    def halt():
        print("HALF", file=sys.__stdout__, flush=True)
        time.sleep(60)

    real_optimize = search.optimize

    def optimize(conn):
        calls.append(1)
        # the 1st call is inside the journal's transaction, the 2nd inside a backup's
        if (STOP == "journal" and len(calls) == 1) or (STOP == "backup" and len(calls) == 2):
            halt()
        return real_optimize(conn)

    search.optimize = optimize
    real_erase = backup.erase_from_backups

    def erase(*args):
        if STOP == "between":
            halt()
        return real_erase(*args)

    backup.erase_from_backups = erase
    with contextlib.redirect_stdout(io.StringIO()):  # only HALF on the pipe
        main(["--journal", {journal!r}, "forget", "ada", "--backups", "--yes"])
"""


def _holds(path: Path, customer_id: int) -> tuple[int, int]:
    con = sqlite3.connect(path)
    try:
        return (
            con.execute("SELECT count(*) FROM customer WHERE id = ?", (customer_id,)).fetchone()[0],
            con.execute(
                "SELECT count(*) FROM conversation WHERE customer_id = ?", (customer_id,)
            ).fetchone()[0],
        )
    finally:
        con.close()


@pytest.mark.parametrize("stop", ["journal", "between", "backup"])
def test_sigkill_at_any_moment_of_forget(journal, journal_path, tmp_path, stop):
    """Killed inside the journal's erase, between it and the backups, or inside a backup's:
    the customer is fully there or fully gone in each file, and forget can be run again."""
    ada = ops.add_customer(journal, "Ada Lovelace", notes="secret-zq").id
    for i in range(5):
        ops.log_conversation(journal, ada, summary=f"talk {i}")
    ops.add_customer(journal, "Bob")
    first = backup.backup_now(journal_path)
    second = backup.backup_now(journal_path)
    journal.close()
    child = run_until_half(FORGET_SCRIPT.format(journal=str(journal_path), stop=stop), tmp_path)
    kill(child)
    assert backup.check(journal_path).ok
    in_journal = _holds(journal_path, ada)
    assert in_journal == ((1, 5) if stop == "journal" else (0, 0))
    for copy in (first, second):
        assert backup.check(copy).ok
        assert _holds(copy, ada) in ((1, 5), (0, 0))
    # the same command finishes the job
    from custjournal.cli import main

    assert main(["--journal", str(journal_path), "forget", "ada", "--backups", "--yes"]) == 0
    for path in (journal_path, first, second):
        assert _holds(path, ada) == (0, 0)
        assert b"secret-zq" not in path.read_bytes()
