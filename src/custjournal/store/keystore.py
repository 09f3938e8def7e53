"""The system keyring, for users who opt in to keep a journal's passphrase there.

Never the default: the command line's `--remember` and the app's checkbox in its passphrase
dialog are the only ways in. Entries are named by service "custjournal" and the journal's
absolute path. `read_passphrase_file` reads the private file scripts name with CUSTJOURNAL_PASSPHRASE_FILE.
The `keyring` package is part of the `custjournal[encryption]` extra; without
it, or without a keyring backend (a server, a container), nothing is kept and the user is told.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from custjournal.domain.errors import UserError
from custjournal.domain.i18n import ErrorText, Message, OpsText

KEYRING_SERVICE = "custjournal"
PASSPHRASE_FILE = "CUSTJOURNAL_PASSPHRASE_FILE"
KEPT = OpsText.tr("The passphrase is kept in the system keyring.")


def _keyring_user(path: Path) -> str:
    return str(Path(path).resolve())


def keyring_get(path: Path) -> str | None:
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, _keyring_user(path))
    except (KeyringError, RuntimeError):
        return None


def keyring_set(path: Path, passphrase: str) -> Message:
    """Keep the passphrase in the keyring; returns what to tell the user (KEPT when kept)."""
    try:
        import keyring
        from keyring.errors import KeyringError, NoKeyringError
    except ImportError:
        return OpsText.tr("The keyring package is not installed: the passphrase was not kept.")
    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_user(path), passphrase)
    except NoKeyringError:
        return OpsText.tr(
            "No system keyring is available here (keyring found no backend): the passphrase "
            "was not kept."
        )
    except (KeyringError, RuntimeError) as exc:
        return OpsText.tr(
            "The system keyring refused the passphrase ({error}): it was not kept.",
            error=type(exc).__name__,
        )
    return KEPT


def keyring_delete(path: Path) -> None:
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return
    try:
        keyring.delete_password(KEYRING_SERVICE, _keyring_user(path))
    except (KeyringError, RuntimeError):
        pass


def _first_line(text: str) -> str:
    line = text.split("\n", 1)[0].rstrip("\r")
    if not line:
        raise UserError(ErrorText.tr("The passphrase given is empty: put it on the first line."))
    return line


def read_passphrase_file(variable: str) -> str:
    """The first line of the private (0600) file named by the environment *variable*."""
    name = os.environ[variable]
    path = Path(name)
    try:
        info = path.stat()
    except OSError:
        raise UserError(
            ErrorText.tr(
                "{variable} names {name}, which can't be read: check the path.",
                variable=variable,
                name=name,
            )
        ) from None
    if stat.S_IMODE(info.st_mode) & 0o077:
        raise UserError(
            ErrorText.tr(
                "{variable} names {name}, which others may read (mode {mode}): make it private "
                "with 'chmod 600 {name}'.",
                variable=variable,
                name=name,
                mode=f"{stat.S_IMODE(info.st_mode):04o}",
            )
        )
    try:
        return _first_line(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        raise UserError(
            ErrorText.tr(
                "{variable} names {name}, which can't be read: check the file.",
                variable=variable,
                name=name,
            )
        ) from None
