"""Encryption at rest on the command line: `encrypt`, `decrypt`, `passphrase`, and where a
passphrase comes from (docs/privacy.md).

A passphrase is read, in this order, from `--passphrase-fd N` (scripts: a pipe or a file
opened by the shell), from the file named by `$CUSTJOURNAL_PASSPHRASE_FILE` (which must be
private, 0600: any other mode is refused with a sentence), from the system keyring if the user
opted in with `--remember` earlier, and from the terminal (getpass, three tries). Only the
first line counts. A passphrase is never printed, logged or written anywhere else.
A new passphrase (`encrypt`, `passphrase`) is read the same way from `--new-passphrase-fd N`
or `$CUSTJOURNAL_NEW_PASSPHRASE_FILE`, or typed twice on the terminal.
"""

from __future__ import annotations

import argparse
import functools
import getpass
import os
import sys
from pathlib import Path

from custjournal.cli.common import add_command, journal_file, journal_hint, journal_path
from custjournal.domain.errors import UserError
from custjournal.store import connect
from custjournal.store.keystore import (
    keyring_delete,
    keyring_get,
    keyring_set,
    read_passphrase_file,
)

PASSPHRASE_FILE = "CUSTJOURNAL_PASSPHRASE_FILE"
NEW_PASSPHRASE_FILE = "CUSTJOURNAL_NEW_PASSPHRASE_FILE"


def add_options(parser: argparse.ArgumentParser, *, default: object = None) -> None:
    """--passphrase-fd and --remember, accepted before or after the command."""
    parser.add_argument(
        "--passphrase-fd",
        metavar="N",
        default=default,
        help="read an encrypted journal's passphrase from file descriptor N (scripts)",
    )
    parser.add_argument(
        "--remember",
        action="store_true",
        default=default if default is not None else False,
        help="keep the passphrase in the system keyring (off unless asked for)",
    )


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    command = functools.partial(add_command, subparsers, common)
    p = command("encrypt", cmd_encrypt, "encrypt the journal and its backups with a passphrase")
    _new_fd(p)
    command(
        "decrypt", cmd_decrypt, "turn an encrypted journal and its backups back into plain files"
    )
    p = command("passphrase", cmd_passphrase, "change the passphrase of an encrypted journal")
    _new_fd(p)


def _new_fd(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--new-passphrase-fd",
        metavar="N",
        help="read the new passphrase from file descriptor N (scripts)",
    )


# --- reading a passphrase ------------------------------------------------------------------


def _first_line(text: str) -> str:
    line = text.split("\n", 1)[0].rstrip("\r")
    if not line:
        raise UserError("The passphrase given is empty: put it on the first line.")
    return line


def _from_fd(value: str, option: str) -> str:
    try:
        fd = int(value)
    except ValueError:
        raise UserError(f"{option} needs a file descriptor number, not “{value}”.") from None
    try:
        with os.fdopen(fd, "r", encoding="utf-8", closefd=False) as handle:
            return _first_line(handle.read())
    except OSError:
        raise UserError(
            f"Nothing can be read from file descriptor {fd} ({option}): open it in the "
            f"shell, e.g. {option} 3 3<passphrase.txt."
        ) from None


def _terminal() -> bool:
    return sys.stdin.isatty()


def install_source(args: argparse.Namespace) -> None:
    """Tell store/connect.py how this command gets a passphrase when a journal needs one."""
    fd = getattr(args, "passphrase_fd", None)
    tries = {"keyring": False}

    def source(path: Path, attempt: int) -> str | None:
        if fd is not None:
            return _from_fd(fd, "--passphrase-fd") if attempt == 1 else None
        if os.environ.get(PASSPHRASE_FILE):
            return read_passphrase_file(PASSPHRASE_FILE) if attempt == 1 else None
        if not tries["keyring"]:
            tries["keyring"] = True
            kept = keyring_get(path)
            if kept:
                return kept
        if not _terminal():
            if attempt > 1:
                return None
            raise connect.PassphraseNeeded(
                f"The journal {path} is encrypted: give its passphrase on a terminal, in a "
                f"private file named by {PASSPHRASE_FILE}, or with --passphrase-fd N."
            )
        if attempt > 1:
            print("That passphrase does not open the journal: try again.", file=sys.stderr)
        return getpass.getpass(f"Passphrase for {path}: ")

    connect.set_passphrase_source(source)


def _new_passphrase(args: argparse.Namespace) -> str:
    fd = getattr(args, "new_passphrase_fd", None)
    if fd is not None:
        return _from_fd(fd, "--new-passphrase-fd")
    if os.environ.get(NEW_PASSPHRASE_FILE):
        return read_passphrase_file(NEW_PASSPHRASE_FILE)
    if args.command == "encrypt":
        # For a plain journal the usual sources give the passphrase to encrypt with.
        if getattr(args, "passphrase_fd", None) is not None:
            return _from_fd(args.passphrase_fd, "--passphrase-fd")
        if os.environ.get(PASSPHRASE_FILE):
            return read_passphrase_file(PASSPHRASE_FILE)
    if not _terminal():
        raise UserError(
            f"Give the new passphrase on a terminal, in a private file named by "
            f"{NEW_PASSPHRASE_FILE}, or with --new-passphrase-fd N."
        )
    from custjournal.store.crypt import check_passphrase

    first = getpass.getpass("New passphrase: ")
    check_passphrase(first)
    if getpass.getpass("The same again: ") != first:
        raise UserError("The two passphrases differ: nothing was changed. Try again.")
    return first


def warn_plain_output(args: argparse.Namespace, target: str) -> None:
    """An export of an encrypted journal is plain text: say so, on stderr."""
    path = journal_file(args)  # a team database is no file: nothing of it is encrypted here
    if path is not None and connect.is_encrypted(path):
        print(
            f"Note: the journal is encrypted, but {target} is not: it is plain text that "
            "anyone with the file can read. Keep it safe, and delete it when done.",
            file=sys.stderr,
        )


# --- the commands --------------------------------------------------------------------------


def _say_backups(done: list[Path]) -> str:
    if not done:
        return ""
    return f" Its {len(done)} backup{'s' if len(done) != 1 else ''} too."


def _remember(args: argparse.Namespace, path: Path, passphrase: str) -> None:
    if args.remember:
        print(keyring_set(path, passphrase), file=sys.stderr)


def _journal_file(args: argparse.Namespace) -> Path:
    """The journal file to encrypt, decrypt or re-key: a team database is refused for good, as
    the server's to protect (docs/team.md, docs/decisions.md)."""
    if journal_file(args) is None:
        raise UserError(
            "A team database is not encrypted by Customer Journal: the server protects it "
            "(its disk encryption, and sslmode=verify-full in the address on the way). "
            "Nothing was changed."
        )
    return journal_path(args)


def cmd_encrypt(args: argparse.Namespace) -> int:
    from custjournal.store import crypt

    path = _journal_file(args)
    if not path.is_file():
        raise UserError(f"No journal at {path}: there is nothing to encrypt. {journal_hint(args)}")
    if connect.is_encrypted(path):
        raise UserError(
            f"The journal {path} is already encrypted: to change its passphrase, use "
            "'custjournal passphrase'."
        )
    connect.sqlcipher()
    passphrase = _new_passphrase(args)
    done = crypt.encrypt(path, passphrase)
    print(
        f"Encrypted {path}.{_say_backups(done)} Without the passphrase it can't be opened, "
        "and a lost passphrase can't be recovered: keep it safe."
    )
    _remember(args, path, passphrase)
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    from custjournal.store import crypt

    path = _journal_file(args)
    done = crypt.decrypt(path)
    keyring_delete(path)
    print(f"Decrypted {path}: it is a plain SQLite file again.{_say_backups(done)}")
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    from custjournal.store import crypt

    path = _journal_file(args)
    if not path.is_file():
        raise UserError(
            f"No journal at {path}: there is no passphrase to change. {journal_hint(args)}"
        )
    if not connect.is_encrypted(path):
        raise UserError(
            f"The journal {path} is not encrypted: encrypt it with 'custjournal encrypt'."
        )
    connect.key_for(path)  # the current passphrase first, before asking for a new one
    passphrase = _new_passphrase(args)
    done = crypt.change_passphrase(path, passphrase)
    print(f"Changed the passphrase of {path}.{_say_backups(done)}")
    if args.remember or keyring_get(path) is not None:
        # Kept before (the user opted in then): the keyring follows the new passphrase.
        print(keyring_set(path, passphrase), file=sys.stderr)
    return 0


def after_command(args: argparse.Namespace) -> None:
    """`--remember` on any other command: keep the passphrase that opened the journal."""
    if getattr(args, "remember", False) and args.command not in ("encrypt", "passphrase"):
        passphrase = connect.known_passphrase()
        if passphrase is not None:
            print(keyring_set(journal_path(args), passphrase), file=sys.stderr)
