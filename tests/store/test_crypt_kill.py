"""A SIGKILL at any step of encrypt, decrypt or a passphrase change leaves the journal whole.

The child stops at a named step of store/crypt.py's conversion (it prints "HALF" there and
waits) and is killed: the journal's path then holds the old or the new journal, never neither;
opening it afterwards erases what the conversion left (a temporary copy, the old file), so no
plain copy of an encrypted journal stays behind.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from custjournal import ops
from custjournal.store import connect, crypt, queries
from custjournal.store.journal import open_journal
from tests.store.test_kill import kill, run_until_half

pytestmark = pytest.mark.journal_file

pytest.importorskip("sqlcipher3")

OLD = "the old passphrase"
NEW = "the new passphrase"
# After the export (a temporary copy exists), after the second name is linked (before the
# rename), and after the rename (before the old file is erased).
STEPS = ["exported", "linked", "renamed"]

SCRIPT = """
    import time
    from pathlib import Path
    from custjournal.store import connect, crypt

    connect.set_passphrase_source(lambda path, attempt: {old!r})

    def step(name):
        if name == {stop!r}:
            print("HALF", flush=True)
            time.sleep(60)

    crypt.{operation}(Path({journal!r}){extra}, step=step)
"""


def _fill(journal_path: Path) -> None:
    journal = open_journal(journal_path)
    try:
        for i in range(60):
            ops.add_customer(journal, f"Person {i}", notes="Quixotic words " * 30)
    finally:
        journal.close()


def _names_after(journal_path: Path) -> int:
    # Either passphrase may be the right one, depending on where the kill landed.
    connect.forget_keys()
    tries = iter([OLD, NEW, OLD, NEW])
    connect.set_passphrase_source(lambda path, attempt: next(tries))
    journal = open_journal(journal_path)
    try:
        with journal.read() as session:
            return len(queries.candidates(session))
    finally:
        journal.close()


def _leftovers(journal_path: Path) -> list[str]:
    return sorted(
        p.name for p in journal_path.parent.iterdir() if p.name.endswith((".crypt-tmp", ".erase"))
    )


@pytest.mark.parametrize("operation", ["encrypt", "decrypt", "change_passphrase"])
@pytest.mark.parametrize("stop", STEPS)
def test_sigkill_during_a_conversion(operation, stop, journal_path, tmp_path):
    _fill(journal_path)
    if operation != "encrypt":
        crypt.encrypt(journal_path, OLD)
    extra = {"encrypt": f", {OLD!r}", "decrypt": "", "change_passphrase": f", {NEW!r}"}[operation]
    child = run_until_half(
        SCRIPT.format(
            old=OLD, stop=stop, operation=operation, journal=str(journal_path), extra=extra
        ),
        tmp_path,
    )
    kill(child)
    assert _names_after(journal_path) == 60  # the old or the new journal, whole
    assert _leftovers(journal_path) == []  # opening it erased what the kill left
    if operation == "encrypt" and stop == "renamed":
        # the plain journal it replaced was erased, not left readable on disk by its name
        assert connect.is_encrypted(journal_path)
        for path in journal_path.parent.iterdir():
            if path.is_file():
                assert b"Quixotic" not in path.read_bytes(), path
