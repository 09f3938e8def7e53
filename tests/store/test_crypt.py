"""Encryption at rest: the one opener, encrypting, decrypting, changing the passphrase, backups."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from custjournal import ops, paths
from custjournal.domain.errors import Hint, UserError
from custjournal.store import backup, connect, crypt, queries
from custjournal.store.journal import open_journal, schema_revision

pytestmark = pytest.mark.journal_file

pytest.importorskip("sqlcipher3")

PASS = "correct horse battery"
SECRETS = [b"Zebulon", b"Quixotic", b"Xylophone", b"marzipan-allergy", b"zebulon@example.com"]


def add_secret_customer(journal) -> None:
    ops.add_customer(
        journal,
        "Zebulon Quixotic",
        company="Xylophone Works",
        email="zebulon@example.com",
        notes="marzipan-allergy",
    )


def names(journal) -> list[str]:
    with journal.read() as session:
        return sorted(c.name for c in queries.candidates(session))


def files_of(journal_path: Path) -> list[Path]:
    """Every file the journal has: itself, its -wal/-shm, everything in its backup folder."""
    found = [p for p in journal_path.parent.iterdir() if p.is_file()]
    folder = paths.backup_dir(journal_path)
    if folder.exists():
        found += [p for p in folder.rglob("*") if p.is_file()]
    return found


def leaks(journal_path: Path) -> list[tuple[str, bytes]]:
    return [(p.name, s) for p in files_of(journal_path) for s in SECRETS if s in p.read_bytes()]


@pytest.fixture
def plain(journal_path: Path) -> Path:
    journal = open_journal(journal_path)
    add_secret_customer(journal)
    ops.add_customer(journal, "Ada Lovelace")
    journal.close()
    return journal_path


def test_encrypt_leaves_no_readable_string_in_journal_wal_or_backups(plain):
    backup.backup_now(plain)  # a plain backup from before: encrypted with the journal
    assert leaks(plain)
    converted = crypt.encrypt(plain, PASS)
    assert len(converted) == 1
    assert connect.is_encrypted(plain)
    assert plain.read_bytes()[:16] != connect.SQLITE_HEADER
    journal = open_journal(plain)
    try:
        assert names(journal) == ["Ada Lovelace", "Zebulon Quixotic"]
        ops.add_customer(journal, "Yolanda Wexford", notes="marzipan-allergy again")
        assert Path(f"{plain}-wal").exists()  # the new entry sits in the WAL, encrypted too
        made = backup.backup_now(plain)
        assert connect.is_encrypted(made)
        assert not leaks(plain), leaks(plain)
        assert backup.check(made).ok and backup.check(plain).ok
    finally:
        journal.close()
    assert not leaks(plain)
    # no temporary or erase file is left beside it
    assert sorted(p.name for p in plain.parent.iterdir()) == ["backups", plain.name]


def test_a_new_process_needs_the_passphrase_and_a_wrong_one_is_one_sentence(plain):
    crypt.encrypt(plain, PASS)
    connect.forget_keys()
    with pytest.raises(
        connect.PassphraseNeeded, match="is encrypted: it needs its passphrase"
    ) as e:
        open_journal(plain)
    assert e.value.hint is Hint.PASSPHRASE_SOURCE
    asked = []
    connect.set_passphrase_source(lambda path, n: asked.append(n) or "not it at all")
    with pytest.raises(connect.WrongPassphrase, match="does not open the journal"):
        open_journal(plain)
    assert asked == [1, 2, 3]
    connect.set_passphrase_source(lambda path, n: PASS)
    journal = open_journal(plain)
    journal.close()
    assert schema_revision(plain) is not None


def test_the_key_is_derived_once_per_process(plain, monkeypatch):
    crypt.encrypt(plain, PASS)
    connect.forget_keys()
    derived = []
    original = connect.derive
    monkeypatch.setattr(connect, "derive", lambda p, s: derived.append(s) or original(p, s))
    connect.set_passphrase_source(lambda path, n: PASS)
    journal = open_journal(plain)
    try:
        for _ in range(3):
            names(journal)
            journal.data_version()
        backup.check(plain)
        backup.backup_now(plain)
    finally:
        journal.close()
    assert len(derived) == 1


def test_decrypt_and_change_passphrase_round_trip(plain):
    backup.backup_now(plain)
    crypt.encrypt(plain, PASS)
    crypt.change_passphrase(plain, "a brand new phrase")
    connect.forget_keys()
    connect.set_passphrase_source(lambda path, n: PASS)
    with pytest.raises(connect.WrongPassphrase):
        open_journal(plain)
    connect.forget_keys()
    connect.set_passphrase_source(lambda path, n: "a brand new phrase")
    converted = crypt.decrypt(plain)
    assert len(converted) == 1
    assert plain.read_bytes()[:16] == connect.SQLITE_HEADER
    assert all(not connect.is_encrypted(b.path) for b in backup.list_backups(plain))
    con = sqlite3.connect(plain)
    try:
        assert con.execute("SELECT count(*) FROM customer").fetchone()[0] == 2
    finally:
        con.close()
    assert backup.check(plain).ok


def test_refusals_say_what_to_do(plain, tmp_path):
    with pytest.raises(UserError, match="at least 8 characters"):
        crypt.encrypt(plain, "short")
    with pytest.raises(UserError, match="is not encrypted: there is nothing to decrypt"):
        crypt.decrypt(plain)
    with pytest.raises(UserError, match="is not encrypted") as e:
        crypt.change_passphrase(plain, PASS)
    assert e.value.hint is Hint.ENCRYPT
    crypt.encrypt(plain, PASS)
    with pytest.raises(UserError, match="already encrypted") as e:
        crypt.encrypt(plain, PASS)
    assert e.value.hint is Hint.CHANGE_PASSPHRASE
    with pytest.raises(UserError, match="No journal at"):
        crypt.encrypt(tmp_path / "none.sqlite3", PASS)


def test_a_journal_open_elsewhere_is_not_converted(plain):
    # Another process (the app) has the journal open: nothing is changed.
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sqlite3, sys
                con = sqlite3.connect({str(plain)!r})
                con.execute("PRAGMA journal_mode=WAL")
                con.execute("SELECT count(*) FROM customer").fetchone()
                print("OPEN", flush=True)
                sys.stdin.read()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "OPEN"
        before = plain.read_bytes()
        with pytest.raises(UserError, match="open in another program"):
            crypt.encrypt(plain, PASS)
        assert plain.read_bytes() == before
        assert not connect.is_encrypted(plain)
    finally:
        holder.communicate("", timeout=30)


def test_restore_of_an_encrypted_backup_and_a_mismatched_one(plain):
    plain_backup = backup.backup_now(plain, plain.parent.parent / "outside.sqlite3")
    crypt.encrypt(plain, PASS)
    made = backup.backup_now(plain)
    journal = open_journal(plain)
    ops.add_customer(journal, "Later Person")
    journal.close()
    result = backup.restore(plain, made)
    assert connect.is_encrypted(plain) and connect.is_encrypted(result.safety_copy)
    journal = open_journal(plain)
    try:
        assert names(journal) == ["Ada Lovelace", "Zebulon Quixotic"]
    finally:
        journal.close()
    with pytest.raises(UserError, match="not encrypted and the journal"):
        backup.restore(plain, plain_backup)


def test_forget_with_backups_on_an_encrypted_journal(plain):
    crypt.encrypt(plain, PASS)
    backup.backup_now(plain)
    journal = open_journal(plain)
    try:
        with journal.read() as session:
            zeb = next(c for c in queries.candidates(session) if c.name.startswith("Zebulon"))
        assert backup.backups_holding(plain, zeb.id, zeb.name)
        ops.forget_customer(journal, zeb.id)
        assert backup.erase_from_backups(plain, zeb.id, zeb.name)
        assert backup.backups_holding(plain, zeb.id, zeb.name) == []
    finally:
        journal.close()


def test_without_sqlcipher_an_encrypted_journal_names_the_package(plain, monkeypatch):
    crypt.encrypt(plain, PASS)
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)  # as if the extra were not installed
    connect.forget_keys()
    with pytest.raises(connect.EncryptionUnavailable, match=r"custjournal\[encryption\]"):
        open_journal(plain)


def test_a_text_file_is_not_taken_for_an_encrypted_journal(tmp_path):
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("just some notes\n" * 100)
    assert not connect.is_encrypted(junk)


@pytest.mark.parametrize("conversion", ["encrypt", "decrypt"])
def test_a_converted_journal_is_read_while_a_writer_holds_its_lock(plain, conversion):
    """A converted file comes out of the rollback-journal mode. Opened, it reads and writes
    in WAL again before anything else has it: a window's read while a worker commits what it
    kept (the Health column's) was refused "database is locked" in 1 start of ~10."""
    crypt.encrypt(plain, PASS)
    if conversion == "decrypt":
        crypt.decrypt(plain)
    journal = open_journal(plain)
    writer = connect.connect(plain, timeout=5)
    try:
        writer.isolation_level = None
        writer.execute("BEGIN IMMEDIATE")  # a keep's commit under way
        writer.execute("UPDATE customer SET notes = notes")
        # The window's reads: the engine's first connection, and a plain one.
        assert names(journal) == ["Ada Lovelace", "Zebulon Quixotic"]
        with journal.reader() as source:
            assert queries.customer_count(source) == 2
        writer.execute("COMMIT")
    finally:
        writer.close()
        journal.close()
