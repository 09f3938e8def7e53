"""One app per journal: a second launch on the same journal brings the first window forward.

The first instance listens on a local socket named after the journal's path; a later launch
connects, says "raise", and exits.

The socket is a full path in a folder only the user can enter: `$XDG_RUNTIME_DIR` when it is
the user's own and private (0700), else `run/` in the user's cache folder, made 0700 (else, when
that path is too long for a socket, `custjournal-UID` in the temporary folder, made 0700 and
checked to be ours). A bare name would put it in /tmp, where another local user could listen on
it first and make every launch say "already open" and quit. (On Windows a name is a named pipe,
which Qt restricts to the user with UserAccessOption.)
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCryptographicHash, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from custjournal import paths

TIMEOUT_MS = 1000
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


def place_digest(where: str, length: int) -> str:
    """The first *length* hex digits of the SHA-256 of *where* (a journal's path or address).

    Qt's hash, already loaded: hashlib would map OpenSSL's libcrypto (3 MB resident) into the
    app before its first paint for these two short names (this one and the window layout's).
    """
    data = where.encode("utf-8", "surrogateescape")
    hexed = QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha256).toHex()
    return bytes(hexed.data()).decode("ascii")[:length]


def server_name(journal: Path | str) -> str:
    """The socket of *journal*'s app: a full path in a private folder (see the module doc).
    A team database's address (a str) names it as it is."""
    where = journal if isinstance(journal, str) else str(journal.resolve())
    key = place_digest(where, 12)
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


def ask_running_instance(journal: Path | str) -> bool:
    """True if an app already has this journal open (and was asked to come forward)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(journal))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(b"raise\n")
    socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    raise_requested = Signal()

    def __init__(self, journal: Path | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(journal)
        if not self.server.listen(name):
            # A stale socket file from a crashed instance: nobody answered, so take it over.
            QLocalServer.removeServer(name)
            self.server.listen(name)
        self.server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).strip() == b"raise":
            self.raise_requested.emit()
        socket.disconnectFromServer()

    def close(self) -> None:
        self.server.close()
