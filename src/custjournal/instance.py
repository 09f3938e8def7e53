"""Where the app of a journal listens (gui/single_instance.py), without Qt: the command line
asks it too, to learn whether a window has the journal open (cli/wal_guard.py).

    server_name(journal, digest) -> str    # the socket's full path (a pipe's name on Windows)
    window_has_open(journal) -> bool        # an app of this user's is listening for it now
"""

from __future__ import annotations

import os
import socket
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import platformdirs

from custjournal import paths

MAX_SOCKET_PATH = 100  # bytes: sun_path holds 108 on Linux, 104 on macOS, with a final NUL


def _private_folder(folder: Path) -> bool:
    """*folder* is a folder of this user's that nobody else may enter."""
    try:
        info = folder.stat()
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and stat.S_IMODE(info.st_mode) & 0o077 == 0
    )


def _made_private(folder: Path) -> Path | None:
    """*folder*, created 0700 if missing; None if it exists but is not ours alone."""
    try:
        paths.ensure_private_dir(folder)
    except OSError:
        return None
    if folder.is_symlink() or not _private_folder(folder):
        return None
    return folder


def _folders() -> list[Path]:
    """Where the socket may go, best first: each one the user's alone."""
    found = []
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and _private_folder(Path(runtime)):
        found.append(Path(runtime))
    cache = Path(platformdirs.user_cache_dir(paths.APP_NAME, appauthor=False)) / "run"
    if _made_private(cache) is not None:
        os.chmod(cache, 0o700)
        found.append(cache)
    # A Unix socket's path has at most ~104 bytes: a deep home folder needs a short place, made
    # 0700 and checked to be ours (another user's folder of that name is passed over).
    short = _made_private(Path(tempfile.gettempdir()) / f"custjournal-{os.getuid()}")
    if short is not None:
        found.append(short)
    return found


def server_name(journal: Path | str, digest: Callable[[str, int], str]) -> str:
    """The socket of *journal*'s app: a full path in a private folder (see
    gui/single_instance.py). A team database's address (a str) names it as it is. *digest*
    (where, length) -> the first hex digits of where's SHA-256 (the app's is Qt's)."""
    where = journal if isinstance(journal, str) else str(journal.resolve())
    key = digest(where, 12)
    name = f"custjournal-{key}"
    if sys.platform == "win32":
        return f"{name}-{os.environ.get('USERNAME', '')}"
    folders = _folders()
    for folder in folders:
        if len(os.fsencode(folder / name)) <= MAX_SOCKET_PATH:
            return str(folder / name)
    # Nowhere private and short enough: a path that can't be listened on. The app then starts
    # without the one-instance check, which is better than trusting a folder others can enter.
    return str((folders[0] if folders else Path(platformdirs.user_cache_dir())) / name)


def sha256_digest(where: str, length: int) -> str:
    """The first *length* hex digits of the SHA-256 of *where* (hashlib's: no Qt here)."""
    import hashlib

    return hashlib.sha256(where.encode("utf-8", "surrogateescape")).hexdigest()[:length]


def window_has_open(journal: Path) -> bool:
    """Whether an app of this user's has the journal file open now: its socket takes a
    connection. A connection that says nothing is ignored by the app; a socket file left by a
    crashed app refuses it. Not on Windows (a named pipe; nothing there needs to ask)."""
    if sys.platform == "win32" or not hasattr(socket, "AF_UNIX"):
        return False
    name = server_name(journal, sha256_digest)
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.settimeout(1.0)
        probe.connect(name)
    except OSError:
        return False
    finally:
        probe.close()
    return True
