"""Before the command line imports the rest of itself (~0.7 s): start deriving the key of an
encrypted journal whose passphrase a script gave in CUSTJOURNAL_PASSPHRASE_FILE.

The key derivation (PBKDF2, 0.1-0.3 s) then runs in a thread beside the imports instead of after
them, so that `custjournal due` on an encrypted journal costs about what it does on a plain one.
Light on purpose: only the standard library, paths and store/connect.py. Nothing here reports
an error; the command reads the file again in the ordinary way and says what is wrong.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path


def _journal_argument(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--journal" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--journal="):
            return arg.split("=", 1)[1]
    return None


def start(argv: list[str] | None = None) -> None:
    name = os.environ.get("CUSTJOURNAL_PASSPHRASE_FILE")
    if not name:
        return
    try:
        from custjournal import paths
        from custjournal.store import connect

        path = paths.resolve_journal(_journal_argument(sys.argv[1:] if argv is None else argv))
        if not connect.is_encrypted(path):
            return
        secret = Path(name)
        if stat.S_IMODE(secret.stat().st_mode) & 0o077:
            return  # refused later, with a sentence
        passphrase = secret.read_text(encoding="utf-8").split("\n", 1)[0].rstrip("\r")
        if passphrase:
            connect.derive_soon(path, passphrase)
    except Exception:  # noqa: BLE001 - an optimisation only: the command does it properly
        return
