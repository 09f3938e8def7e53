"""Changes pushed between the people on one team database: PostgreSQL's LISTEN/NOTIFY.

    CHANNEL                                  # the channel every write notifies on
    NOTIFY_SQL                               # run in a writing transaction just before commit
    Listener(target, token)                  # one connection of its own, LISTENing
        .fileno() -> int                     # readable when a notification (or EOF) arrives
        .version() -> int                    # how many changes by others were heard so far

A transaction that wrote anything sends one notification on commit (PostgreSQL delivers it only
then, and folds the same payload sent twice in one transaction into one); its payload is the
token of the journal object that wrote it, so a window does not refresh for its own change,
which it has shown already. `NOTIFY_SQL` asks `pg_current_xact_id_if_assigned()` first: a
transaction gets an id only when it writes, so reads that end in a commit notify nobody.

The listener is the journal file's `data_version()` for a team database (store/team.py): a
number that moves when someone else changed the journal. The app watches `fileno()` (a
QSocketNotifier, gui/team_watch.py) so that the other windows hear of a change at once rather
than at their next poll. No Qt here; psycopg is imported by store/team.py's connection.
"""

from __future__ import annotations

import contextlib
from typing import Any

CHANNEL = "custjournal_changed"
LISTEN_SQL = "LISTEN custjournal_changed"
NOTIFY_SQL = (
    "SELECT pg_notify('custjournal_changed', %s) WHERE pg_current_xact_id_if_assigned() IS NOT NULL"
)


class ListenerLost(Exception):
    """The listening connection broke (the server restarted, the network went)."""


class Listener:
    """A connection of its own that LISTENs on CHANNEL (autocommit: it never holds a
    transaction, so it keeps no snapshot and no lock on the server)."""

    def __init__(self, connect: Any, token: str) -> None:
        self.token = token
        self.heard = 0  # notifications from others
        self.seen = 0  # every notification, one's own too
        self.con = connect(autocommit=True)
        try:
            self.con.execute(LISTEN_SQL)
        except Exception:
            self.con.close()
            raise

    def fileno(self) -> int:
        return int(self.con.fileno())

    def version(self) -> int:
        """How many changes others made that were heard by now (reads what has arrived,
        never waits); ListenerLost when the connection broke."""
        pg = self.con.pgconn
        try:
            pg.consume_input()
        except Exception as exc:  # psycopg's OperationalError: the socket is gone
            raise ListenerLost(str(exc)) from None
        while (note := pg.notifies()) is not None:
            self.seen += 1
            if note.extra.decode("utf-8", "replace") != self.token:
                self.heard += 1
        return self.heard

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.con.close()
