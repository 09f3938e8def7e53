"""The system keyring, for users who opt in to keep a journal's passphrase there.

Never the default: the command line's `--remember` and the app's checkbox in its passphrase
dialog are the only ways in. Entries are named by service "custjournal" and the journal's
absolute path. The `keyring` package is part of the `custjournal[encryption]` extra; without
it, or without a keyring backend (a server, a container), nothing is kept and the user is told.
"""

from __future__ import annotations

from pathlib import Path

KEYRING_SERVICE = "custjournal"
KEPT = "The passphrase is kept in the system keyring."


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


def keyring_set(path: Path, passphrase: str) -> str:
    """Keep the passphrase in the keyring; returns what to tell the user."""
    try:
        import keyring
        from keyring.errors import KeyringError, NoKeyringError
    except ImportError:
        return "The keyring package is not installed: the passphrase was not kept."
    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_user(path), passphrase)
    except NoKeyringError:
        return (
            "No system keyring is available here (keyring found no backend): the passphrase "
            "was not kept."
        )
    except (KeyringError, RuntimeError) as exc:
        return f"The system keyring refused the passphrase ({type(exc).__name__}): it was not kept."
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
