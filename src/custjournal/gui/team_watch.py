"""Changes by others on a team database, heard at once: the PostgreSQL sibling of the poll.

A journal file is watched by the controller's poll of its data version (gui/controller.py,
every few seconds). A team database's data version is the count of notifications heard on a
connection that LISTENs (store/notify.py, store/team.py); this watches that connection's
socket with a QSocketNotifier, so a change made by someone else reaches the open window as soon
as PostgreSQL delivers it (milliseconds), through the same `check_outside_changes`, which
refreshes the list, Today and the open customer as for a file.

When the listening connection is lost (the server restarted, the network went), a thread
connects a new one (which may wait for a server that can't be reached: never the GUI thread);
the controller's next poll then refreshes, since changes may have been missed meanwhile, and
the notifier is armed again on the new connection.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Slot


class PushWatcher(QObject):
    """Calls `controller.check_outside_changes` when the team database's listener hears."""

    def __init__(self, controller: Any) -> None:
        super().__init__(controller)
        self.controller = controller
        self.notifier: QSocketNotifier | None = None
        self._fd: int | None = None
        self._reconnecting: threading.Thread | None = None
        self.arm()
        controller._poll.timeout.connect(self.arm)

    def _socket(self) -> int | None:
        try:
            fd = self.controller.journal.notify_socket()
        except Exception:  # noqa: BLE001 - a journal being replaced or closed: look again later
            return None
        return None if fd is None else int(fd)

    @Slot()
    def arm(self) -> None:
        """Watch the listener's socket (again), if there is one and it is not watched yet;
        when the listener was lost, have a new one connected in a thread."""
        fd = self._socket()
        if fd is None:
            self._listen_again()
            return
        if self.notifier is not None and fd == self._fd:
            return
        self.disarm()
        self._fd = fd
        self.notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._heard)

    def disarm(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
            self._fd = None

    def _listen_again(self) -> None:
        journal = self.controller.journal
        if not getattr(journal, "listener_lost", False) or self._reconnecting is not None:
            return

        def connect() -> None:  # a thread of its own: touches no Qt object
            try:
                journal.listen_again()
            except Exception:  # noqa: BLE001 - still unreachable: the next poll tries again
                pass
            finally:
                self._reconnecting = None

        self._reconnecting = threading.Thread(target=connect, name="listen-again", daemon=True)
        self._reconnecting.start()

    @Slot()
    def _heard(self) -> None:
        self.controller.check_outside_changes()
        if self._socket() != self._fd:
            # The listener was lost (its socket said end of file): stop watching a dead socket,
            # which would stay readable; the next poll connects a new listener.
            self.disarm()


def push_watcher(controller: Any) -> PushWatcher | None:
    """A PushWatcher for a team journal's controller; None for a journal file."""
    if not hasattr(controller.journal, "notify_socket"):
        return None
    return PushWatcher(controller)
