"""One app per journal: a second launch on the same journal brings the first window forward.

The first instance listens on a local socket named after the journal's path; a later launch
connects, says "raise", and exits.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 1000


def server_name(journal: Path) -> str:
    key = hashlib.sha256(str(journal.resolve()).encode("utf-8")).hexdigest()[:20]
    user = os.environ.get("USER") or str(os.getuid() if hasattr(os, "getuid") else "")
    return f"custjournal-{user}-{key}"


def ask_running_instance(journal: Path) -> bool:
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

    def __init__(self, journal: Path, parent: QObject | None = None) -> None:
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
