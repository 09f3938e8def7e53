"""`custjournal encrypt / decrypt / passphrase` and how a passphrase reaches a command."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from custjournal.store import connect

pytestmark = pytest.mark.journal_file

pytest.importorskip("sqlcipher3")

PASS = "correct horse battery"
NEW = "a brand new phrase"


def secret_file(tmp_path: Path, text: str, name: str = "pass.txt", mode: int = 0o600) -> Path:
    path = tmp_path / name
    path.write_text(text + "\n")
    path.chmod(mode)
    return path


def one_sentence(err: str) -> bool:
    return err.count("\n") == 1 and err.strip().endswith(".")


@pytest.fixture
def filled(cli, journal_path):
    assert cli("add", "Zebulon Quixotic", "--company", "Xylophone Works").code == 0
    assert cli("backup").code == 0
    return journal_path


def test_encrypt_decrypt_passphrase_round_trip(cli, filled, tmp_path, monkeypatch):
    monkeypatch.setenv("CUSTJOURNAL_PASSPHRASE_FILE", str(secret_file(tmp_path, PASS)))
    r = cli("encrypt")
    assert r.code == 0, r.err
    assert "Encrypted" in r.out and "Its 1 backup too" in r.out and "can't be recovered" in r.out
    assert PASS not in r.out + r.err
    assert connect.is_encrypted(filled)
    assert b"Zebulon" not in filled.read_bytes()

    connect.forget_keys()  # as a new process would be
    r = cli("list")
    assert r.code == 0 and "Zebulon Quixotic" in r.out

    monkeypatch.setenv("CUSTJOURNAL_NEW_PASSPHRASE_FILE", str(secret_file(tmp_path, NEW, "n")))
    # `list` leaves its journal to the end of the process; in this one, to the collector.
    gc.collect()
    r = cli("passphrase")
    assert r.code == 0, r.err
    assert "Changed the passphrase" in r.out

    connect.forget_keys()
    r = cli("list")  # the old passphrase no longer opens it
    assert r.code == 1 and one_sentence(r.err) and "does not open the journal" in r.err

    connect.forget_keys()
    monkeypatch.setenv("CUSTJOURNAL_PASSPHRASE_FILE", str(secret_file(tmp_path, NEW, "n2")))
    gc.collect()
    r = cli("decrypt")
    assert r.code == 0, r.err
    assert "plain SQLite file again" in r.out
    assert filled.read_bytes()[:16] == connect.SQLITE_HEADER
    monkeypatch.delenv("CUSTJOURNAL_PASSPHRASE_FILE")
    connect.forget_keys()
    assert "Zebulon Quixotic" in cli("list").out


def test_passphrase_from_a_file_descriptor(cli, filled, tmp_path):
    pass_file = secret_file(tmp_path, PASS)
    fd = os.open(pass_file, os.O_RDONLY)
    try:
        assert cli("encrypt", "--passphrase-fd", str(fd)).code == 0
    finally:
        os.close(fd)
    connect.forget_keys()
    fd = os.open(pass_file, os.O_RDONLY)
    try:
        r = cli("show", "zeb", "--passphrase-fd", str(fd))
    finally:
        os.close(fd)
    assert r.code == 0 and "Xylophone Works" in r.out


def test_a_passphrase_file_others_can_read_is_refused(cli, filled, tmp_path, monkeypatch):
    loose = secret_file(tmp_path, PASS, mode=0o644)
    monkeypatch.setenv("CUSTJOURNAL_PASSPHRASE_FILE", str(loose))
    r = cli("encrypt")
    assert r.code == 1 and one_sentence(r.err)
    assert "others may read (mode 0644)" in r.err and "chmod 600" in r.err
    assert not connect.is_encrypted(filled)


def test_no_passphrase_without_a_terminal_is_one_sentence(cli, filled, tmp_path, monkeypatch):
    monkeypatch.setenv("CUSTJOURNAL_PASSPHRASE_FILE", str(secret_file(tmp_path, PASS)))
    assert cli("encrypt").code == 0
    monkeypatch.delenv("CUSTJOURNAL_PASSPHRASE_FILE")
    connect.forget_keys()
    r = cli("due")
    assert r.code == 1 and one_sentence(r.err)
    assert "is encrypted: give its passphrase" in r.err


def test_terminal_prompt_three_tries(cli, filled, tmp_path, monkeypatch):
    from custjournal.cli import encryption

    monkeypatch.setenv("CUSTJOURNAL_PASSPHRASE_FILE", str(secret_file(tmp_path, PASS)))
    assert cli("encrypt").code == 0
    monkeypatch.delenv("CUSTJOURNAL_PASSPHRASE_FILE")
    connect.forget_keys()
    typed = iter(["wrong", "still wrong", PASS])
    monkeypatch.setattr(encryption, "_terminal", lambda: True)
    monkeypatch.setattr(encryption.getpass, "getpass", lambda prompt: next(typed))
    r = cli("list")
    assert r.code == 0 and "Zebulon" in r.out
    assert r.err.count("does not open the journal: try again") == 2


def test_remember_without_a_keyring_says_so(cli, filled, tmp_path, monkeypatch):
    monkeypatch.setenv("CUSTJOURNAL_PASSPHRASE_FILE", str(secret_file(tmp_path, PASS)))
    r = cli("encrypt", "--remember")
    assert r.code == 0
    assert "No system keyring is available here" in r.err
    assert PASS not in r.err


def test_remember_keeps_it_in_the_keyring_and_later_commands_use_it(
    cli, filled, tmp_path, monkeypatch
):
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1
        store: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            self.store.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        monkeypatch.setenv("CUSTJOURNAL_PASSPHRASE_FILE", str(secret_file(tmp_path, PASS)))
        assert cli("list").code == 0
        assert MemoryKeyring.store == {}  # never the default
        r = cli("encrypt", "--remember")
        assert "kept in the system keyring" in r.err
        assert list(MemoryKeyring.store.values()) == [PASS]
        monkeypatch.delenv("CUSTJOURNAL_PASSPHRASE_FILE")
        connect.forget_keys()
        r = cli("list")
        assert r.code == 0 and "Zebulon" in r.out
        connect.forget_keys()
        # `list` leaves its journal to the end of the process; in this one, to the collector.
        gc.collect()
        assert cli("decrypt").code == 0
        assert MemoryKeyring.store == {}  # nothing left to keep
    finally:
        keyring.set_keyring(previous)


def test_export_of_an_encrypted_journal_warns_it_is_plain(cli, filled, tmp_path, monkeypatch):
    monkeypatch.setenv("CUSTJOURNAL_PASSPHRASE_FILE", str(secret_file(tmp_path, PASS)))
    out = tmp_path / "out.csv"
    r = cli("export", str(out))
    assert r.code == 0 and "plain text" not in r.err
    out.unlink()
    assert cli("encrypt").code == 0
    r = cli("export", str(out))
    assert r.code == 0
    assert "the journal is encrypted, but" in r.err and "plain text" in r.err


def test_wrong_passphrase_in_a_process_prints_no_sqlcipher_noise(
    filled, tmp_path, cli, monkeypatch
):
    monkeypatch.setenv("CUSTJOURNAL_PASSPHRASE_FILE", str(secret_file(tmp_path, PASS)))
    assert cli("encrypt").code == 0
    env = dict(
        os.environ,
        CUSTJOURNAL_PASSPHRASE_FILE=str(secret_file(tmp_path, "not the passphrase", "w")),
    )
    done = subprocess.run(
        [sys.executable, "-m", "custjournal", "--journal", str(filled), "list"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr == (
        f"That passphrase does not open the journal {filled}: check it and try again "
        "(a lost passphrase can't be recovered; see docs/privacy.md).\n"
    )


def test_without_the_extra_the_commands_name_the_package(cli, filled, monkeypatch):
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)
    r = cli("encrypt")
    assert r.code == 1 and one_sentence(r.err)
    assert "pip install 'custjournal[encryption]'" in r.err


def test_the_key_of_a_scripted_passphrase_is_derived_while_the_cli_imports(
    cli, filled, tmp_path, monkeypatch
):
    from custjournal.cli import _early

    monkeypatch.setenv("CUSTJOURNAL_PASSPHRASE_FILE", str(secret_file(tmp_path, PASS)))
    assert cli("encrypt").code == 0
    connect.forget_keys()
    _early.start(["--journal", str(filled), "due"])
    assert len(connect._soon) == 1  # started in a thread
    calls = []
    original = connect.derive
    monkeypatch.setattr(connect, "derive", lambda p, s: calls.append(s) or original(p, s))
    r = cli("list")
    assert r.code == 0 and "Zebulon" in r.out
    assert calls == []  # the thread's key was taken over, not derived again


def test_beside_another_process_a_passphrase_on_a_descriptor_is_read_once(
    filled, tmp_path, cli, monkeypatch
):
    """Another process (the app) has the encrypted journal open and lost its locks on the
    file: a command beside it asks for nothing more than it would alone (a wrong passphrase on
    the descriptor gets the usual sentence), and with the right one leaves the -wal in place."""
    monkeypatch.setenv("CUSTJOURNAL_PASSPHRASE_FILE", str(secret_file(tmp_path, PASS)))
    assert cli("encrypt").code == 0
    connect.forget_keys()
    import sqlcipher3

    app = sqlcipher3.connect(str(filled), isolation_level=None)
    try:
        app.execute(f"PRAGMA key = '{PASS}'")
        app.execute("PRAGMA journal_mode = WAL")
        app.execute("UPDATE customer SET name = name")
        os.close(os.open(filled, os.O_RDONLY))  # the app's locks on the file are gone
        env = {k: v for k, v in os.environ.items() if k != "CUSTJOURNAL_PASSPHRASE_FILE"}

        def listing(given: str, *args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [sys.executable, "-m", "custjournal", "--journal", str(filled)]
                + [*(args or ("list",)), "--passphrase-fd", "0"],
                env=env,
                input=given,
                capture_output=True,
                text=True,
                timeout=120,
            )

        wrong = listing("not the passphrase\n")
        assert wrong.returncode == 1
        assert wrong.stderr == (
            f"That passphrase does not open the journal {filled}: check it and try again "
            "(a lost passphrase can't be recovered; see docs/privacy.md).\n"
        )
        for args in (("list",), ("add", "Grace Murray")):
            right = listing(PASS + "\n", *args)
            assert right.returncode == 0, right.stderr
            assert Path(f"{filled}-wal").exists(), f"`{args[0]}` deleted the app's -wal"
            assert Path(f"{filled}-shm").exists()
        assert "Grace Murray" in listing(PASS + "\n").stdout
    finally:
        app.close()
