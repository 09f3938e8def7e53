"""A team journal: the journal's tables in a PostgreSQL database (docs/team.md).

    is_team_url(text) -> bool                 # postgresql:// or postgresql+psycopg://
    public_url(url) -> str                    # the URL without any password: what is shown/saved
    open_team(url, *, create=True) -> TeamJournal

Connections go through psycopg 3 (the `custjournal[team]` extra). A password is never taken
into a URL that is shown, saved or logged: libpq finds it itself (`~/.pgpass`, `PGPASSFILE`, a
service file, `PGPASSWORD`); one given inside the URL is used for the connection and dropped
everywhere else. `sslmode` and every other libpq parameter pass through.

Opening sorts what can go wrong into one sentence each (store/errors.py's idea for the file):
a server that can't be reached, a wrong or missing password, an unknown role or database, a
database holding other tables than ours, a schema newer than this version, a role that may not
create or upgrade the schema. The first connection creates the schema (or upgrades it) in one
transaction, under an advisory lock so that two first starts don't both create it: PostgreSQL's
DDL is transactional, so a failure leaves the database as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import select
import sys
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from custjournal.domain.errors import Hint, UserError
from custjournal.domain.i18n import ErrorText, Message
from custjournal.store.journal import (
    HEAD,
    Journal,
    JournalMissing,
    SchemaSentences,
    default_currency,
    revision_of,
)
from custjournal.store.reader import Reader

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")
INSTALL_HINT = "pip install 'custjournal[team]' (the psycopg package)"
CONNECT_TIMEOUT_S = 10
LOST_CONNECTION = ErrorText.tr(
    "The connection to the team database was lost: check the network and the server, then "
    "try again."
)
# A write that met a colleague's at the same moment: PostgreSQL ended it (a deadlock, 40P01;
# a serialization failure, 40001) or it waited longer than LOCK_TIMEOUT for a lock a colleague's
# open transaction held (55P03). Rolled back whole: nothing of it was written.
CONCURRENT_WRITE = ErrorText.tr(
    "A colleague was saving to the same customers at the same moment; nothing was changed: "
    "try again."
)
_CONCURRENT_STATES = frozenset({"40P01", "40001", "55P03"})
# How long a statement of this program waits for a lock a colleague's transaction holds before
# it gives up (with CONCURRENT_WRITE): the app saves on its GUI thread, so this is the longest
# a save can freeze the window on a lock. A colleague's save holds its locks for milliseconds;
# an import of thousands of customers may hold a chunk of the search bitmaps for many seconds,
# and then telling the user beats an unbounded wait. Longer than the server's deadlock_timeout
# (1 s by default), so a deadlock is found and ended before the wait gives up. Set once per
# connection (the engine's), not per transaction: no extra round trip on each save.
LOCK_TIMEOUT = "3s"
# Held while a schema is created or upgraded (the key is "cjournal" in ASCII).
_LOCK_SQL = "SELECT pg_advisory_xact_lock(7163660707507888492)"
# SQLSTATE codes (PostgreSQL's appendix A), stable across versions and languages.
_INVALID_PASSWORD = "28P01"
_INVALID_AUTHORIZATION = "28000"
_UNKNOWN_DATABASE = "3D000"
_INSUFFICIENT_PRIVILEGE = "42501"


class TeamUnavailable(UserError):
    """psycopg is not installed."""


def is_team_url(text: object) -> bool:
    return isinstance(text, str) and text.lower().startswith(SCHEMES)


def _libpq_url(url: str) -> str:
    """*url* as libpq reads it (SQLAlchemy's `postgresql+psycopg://` spelling accepted)."""
    scheme, _, rest = url.partition("://")
    return f"postgresql://{rest}" if "+" in scheme or scheme == "postgres" else url


def _parts(url: str) -> dict[str, str]:
    psycopg_module()  # not installed: the sentence that says what to install, not a traceback
    from psycopg.conninfo import conninfo_to_dict

    try:
        return {k: str(v) for k, v in conninfo_to_dict(_libpq_url(url)).items()}
    except Exception:  # noqa: BLE001 - psycopg's ProgrammingError; the message may hold the URL
        raise UserError(
            ErrorText.tr(
                "That team database address is not a valid PostgreSQL URL: write it as "
                "postgresql://USER@HOST[:PORT]/DATABASE."
            )
        ) from None


def connection_parts(url: str) -> dict[str, str]:
    """libpq's settings in *url* (host, port, dbname, user, sslmode, ...), without a password."""
    parts = _parts(url)
    parts.pop("password", None)
    return parts


def url_from_fields(
    *, host: str, port: str, dbname: str, user: str, service: str, options: str
) -> str:
    """The address (no password) of the database a person described field by field (the app's
    File > Open Team Database…); *options* are libpq's other settings as `name=value` words."""
    psycopg_module()
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = {k: str(v) for k, v in conninfo_to_dict(options).items()} if options else {}
    except Exception:  # noqa: BLE001 - psycopg's ProgrammingError: a word is not a setting
        raise UserError(
            ErrorText.tr(
                "The other settings are not PostgreSQL connection settings: write them as "
                "name=value, separated by spaces, such as sslmode=require."
            )
        ) from None
    if "password" in parts:
        raise UserError(
            ErrorText.tr(
                "A password does not belong in the settings, where it would be kept: put it in "
                "your ~/.pgpass file (or PGPASSWORD), where PostgreSQL finds it."
            )
        )
    if port and not port.isdigit():
        raise UserError(
            ErrorText.tr(
                "The port {port} is not a number: PostgreSQL's usual port is 5432.", port=port
            )
        )
    given = {"host": host, "port": port, "dbname": dbname, "user": user, "service": service}
    parts.update({k: v for k, v in given.items() if v})
    if not parts.get("dbname") and not parts.get("service"):
        raise UserError(ErrorText.tr("Give the name of the team's database (or a service name)."))
    return _url_of(parts)


def public_url(url: str) -> str:
    """*url* without its password (if one was written in it), as a `postgresql://` URL."""
    return _url_of(connection_parts(url))


def _url_of(parts: dict[str, str]) -> str:
    parts = dict(parts)
    user = urllib.parse.quote(parts.pop("user", ""), safe="")
    host = parts.pop("host", "")
    port = parts.pop("port", "")
    dbname = urllib.parse.quote(parts.pop("dbname", ""), safe="")
    netloc = f"{user}@" if user else ""
    query: dict[str, str] = {}
    if host.startswith("/") or "," in host:
        query["host"] = host  # a socket folder (or several hosts) goes in the query
        if port:
            query["port"] = port
    else:
        netloc += host + (f":{port}" if port else "")
    query.update(sorted(parts.items()))
    tail = f"?{urllib.parse.urlencode(query, safe='/')}" if query else ""
    return f"postgresql://{netloc}/{dbname}{tail}"


def psycopg_module() -> Any:
    try:
        import psycopg
    except ImportError:
        raise TeamUnavailable(
            ErrorText.tr(
                "Team databases need psycopg, which is not installed: {hint}.", hint=INSTALL_HINT
            )
        ) from None
    return psycopg


class Target:
    """Where a team journal lives: the URL to connect with and the words to show for it."""

    def __init__(self, url: str) -> None:
        self._url = _libpq_url(url)  # may hold a password: never shown, saved or logged
        self.public = public_url(url)
        parts = _parts(url)
        self.user = parts.get("user") or ""
        self.dbname = parts.get("dbname") or ""
        host = parts.get("host") or "localhost"
        self.where = f"{host}:{parts['port']}" if parts.get("port") else host
        db = self.dbname or "(unnamed)"
        # Its name in a sentence, and at the start of one (a str: English where it is used as one).
        self.name = ErrorText.tr("the team database {db} on {where}", db=db, where=self.where)
        self.Name = ErrorText.tr("The team database {db} on {where}", db=db, where=self.where)
        # A file or folder name for this database (its backups): letters, digits, - and _.
        self.folder_name = "".join(
            c if c.isalnum() or c in "-_" else "_"
            for c in f"{self.dbname}-{host.strip('/').replace('/', '_')}"
        )

    def connect(self, **kwargs: Any) -> Any:
        """A psycopg connection, or a UserError saying what stood in the way."""
        psycopg = psycopg_module()
        try:
            return psycopg.connect(
                self._url,
                connect_timeout=CONNECT_TIMEOUT_S,
                application_name="custjournal",
                **kwargs,
            )
        except psycopg.OperationalError as exc:
            raise self.connect_error(exc) from None

    def connect_error(self, exc: Exception) -> UserError:
        """One sentence for a failed connection (libpq's message is never passed on whole:
        it may name the password file, and nothing a person needs is lost)."""
        state = getattr(exc, "sqlstate", None)
        text = str(exc)
        who = (
            ErrorText.tr("the role {user}", user=self.user)
            if self.user
            else ErrorText.tr("your user name")
        )
        if state == _INVALID_PASSWORD or "password authentication failed" in text:
            return UserError(
                ErrorText.tr(
                    "The password for {who} was not accepted by {name}: correct it in your "
                    "~/.pgpass file (or PGPASSWORD) and try again.",
                    who=who,
                    name=self.name,
                )
            )
        if "no password supplied" in text:
            return UserError(
                ErrorText.tr(
                    "{Name} asks for a password for {who}: put it in your ~/.pgpass file (or "
                    "PGPASSWORD), never in the address.",
                    Name=self.Name,
                    who=who,
                )
            )
        if state == _UNKNOWN_DATABASE or ("database" in text and "does not exist" in text):
            return UserError(
                ErrorText.tr(
                    "There is no database {db} on {where}: check the name, or ask the server's "
                    "administrator to create it (createdb).",
                    db=self.dbname,
                    where=self.where,
                )
            )
        if state == _INVALID_AUTHORIZATION or ("role" in text and "does not exist" in text):
            return UserError(
                ErrorText.tr(
                    "{Name} does not let {who} in: check the user name, or ask the server's "
                    "administrator for access.",
                    Name=self.Name,
                    who=who,
                )
            )
        if state == _INSUFFICIENT_PRIVILEGE:
            return UserError(
                ErrorText.tr(
                    "The role {user} may not connect to {name}: ask its owner to grant it CONNECT.",
                    user=self.user,
                    name=self.name,
                )
                if self.user
                else ErrorText.tr(
                    "Your user name may not connect to {name}: ask its owner to grant it CONNECT.",
                    name=self.name,
                )
            )
        return UserError(
            ErrorText.tr(
                "Can't reach the PostgreSQL server at {where}: check that it is running and "
                "that the address is right, or ask the server's administrator.",
                where=self.where,
            )
        )


def _make_engine(target: Target, token: str) -> Engine:
    """An SQLAlchemy engine whose connections come from *target* (the URL with any password
    stays out of SQLAlchemy's URL, which its messages and logs show). A transaction that
    wrote tells the others on commit, with *token* as its signature (store/notify.py)."""
    from sqlalchemy import event
    from sqlmodel import create_engine

    engine = create_engine("postgresql+psycopg://", creator=target.connect, pool_pre_ping=True)

    @event.listens_for(engine, "connect")
    def _utc(dbapi_connection: Any, _record: Any) -> None:
        # Timestamps given as text (SQLite's form of them, from the bulk writer) are UTC.
        dbapi_connection.execute("SET TIME ZONE 'UTC'")
        dbapi_connection.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'")
        dbapi_connection.commit()

    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _portable(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool):  # type: ignore[no-untyped-def]
        # Text run with exec_driver_sql is written for SQLite (`?`, `:name`); compiled
        # statements are the dialect's own already.
        if context is not None and context.compiled is None and params is not None:
            from custjournal.store import backend

            statement = backend.pg_text(statement)
        return statement, params

    @event.listens_for(engine, "commit")
    def _tell_others(conn: Any) -> None:
        # Before the DBAPI commit, in the same transaction: PostgreSQL delivers the
        # notification only if the commit succeeds. The DBAPI connection directly: the
        # SQLAlchemy connection is inside its own commit here.
        from custjournal.store import notify

        raw = conn.connection.dbapi_connection
        if raw is not None:
            raw.execute(notify.NOTIFY_SQL, (token,))

    return engine


class TeamJournal(Journal):
    """A journal in a PostgreSQL database. Shares Journal's sessions; reads with psycopg.

    Undo works as on a journal file: store/undo_log.py's triggers are the database's own here
    (installed with each upgrade) and record only the rows of this session's recorded writes.
    """

    # Read connections kept between reads: a new one per read cost every read its connect
    # (an empty read 25.6 ms against 0.01 ms kept, a search keystroke's median 75 ms against
    # 44 ms, 2,000 customers on the local server, load 9). Two: the GUI thread and the app's
    # one worker.
    KEEP_READERS = 2

    def __init__(self, target: Target) -> None:
        super().__init__(Path("."), None)
        self.target = target
        self._identity = None  # no file to be replaced under us
        # This journal object's signature on its notifications (store/notify.py).
        # (os.urandom, as secrets.token_hex reads it: importing secrets took 2.4 ms of a
        # team start, for hmac and hashlib nothing else here needs.)
        self.token = os.urandom(8).hex()
        self._idle: list[Any] = []
        self._idle_lock = threading.Lock()
        self._listener: Any = None
        self._heard_before = 0  # changes heard by listeners that were lost since
        self.listener_lost = False  # until `listen_again` connected a new one
        self._closed = False
        self._role: str | None = None
        # The connection the open checked the schema on (autocommit, no session settings),
        # kept for the first connection this journal needs next: the app's listener (made on
        # its GUI thread while the window starts), or a command's first read. One connection
        # to the server fewer at every start: its connect is its round trips, and the server
        # starting a backend for it.
        self._spare: Any = None

    # A team journal has no file: whatever asks for one (backups beside it, a restore) is
    # told so instead of working on the current folder.
    @property
    def path(self) -> Path:
        raise UserError(
            ErrorText.tr(
                "This works on a journal file only, not yet on {name}: give a journal file.",
                name=self.target.name,
            )
        )

    @path.setter
    def path(self, value: Path) -> None:
        pass

    @property
    def name(self) -> str:
        return self.target.name

    @property
    def file(self) -> Path | None:
        return None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            with self._engine_lock:
                if self._engine is None:
                    self._engine = _make_engine(self.target, self.token)
        return self._engine

    @contextlib.contextmanager
    def reader(self, pause: Callable[[], None] | None = None) -> Iterator[Reader]:
        """One read transaction (REPEATABLE READ: one snapshot) on a psycopg connection whose
        rows read as the SQLite journal's do (store/backend.py). The connection is kept for
        the next read; each thread reading at once has one of its own. *pause*: as
        `Journal.reader`'s."""
        from custjournal.store import backend

        psycopg = psycopg_module()
        con = self._reading_connection()
        try:
            yield Reader(backend.PgConnection(con), pause=pause)
        except psycopg.OperationalError:
            # Dropped under us (a server restart the socket did not show yet): the next read
            # connects anew, since a broken connection is not kept.
            raise UserError(LOST_CONNECTION) from None
        finally:
            self._put_back(con)

    def keep_spare(self, con: Any) -> None:
        """Keep *con* (autocommit, as `open_team` checked the schema on it) for the next
        connection this journal needs (`_take_spare`); closed with the journal if none does."""
        with self._idle_lock:
            old, self._spare = self._spare, con
        if old is not None:
            with contextlib.suppress(Exception):
                old.close()

    def _take_spare(self) -> Any:
        """The kept connection, if it is still sound (else closed), once; or None."""
        with self._idle_lock:
            con, self._spare = self._spare, None
        if con is None or _sound(con):
            return con
        with contextlib.suppress(Exception):
            con.close()
        return None

    def _listening_connection(self, **kwargs: Any) -> Any:
        """The listener's connection (autocommit): the open's, else a new one."""
        con = self._take_spare() if kwargs == {"autocommit": True} else None
        return con if con is not None else self.target.connect(**kwargs)

    def _new_reading_connection(self) -> Any:
        from custjournal.store import backend

        psycopg = psycopg_module()
        con = self._take_spare() or self.target.connect(autocommit=True)
        try:
            # Set in autocommit, outside any transaction: the session keeps it (a rollback at
            # the end of a read would undo a setting made inside one), in one round trip
            # where a transaction of its own took two.
            backend.as_sqlite_rows(con)
            con.autocommit = False  # each read then begins its own transaction:
            # BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY.
            con.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            con.read_only = True
        except BaseException:
            con.close()
            raise
        return con

    def _reading_connection(self) -> Any:
        """A kept connection that is still sound, else a new one. The server sends nothing to
        an idle connection unless it is ending it (a restart, pg_terminate_backend): so a kept
        one whose socket has something to read is dropped. A look at the socket costs no
        round trip, where a `SELECT 1` cost one on every read."""
        while True:
            with self._idle_lock:
                con = self._idle.pop() if self._idle else None
            if con is None:
                return self._new_reading_connection()
            if _sound(con):
                return con
            with contextlib.suppress(Exception):
                con.close()

    def _put_back(self, con: Any) -> None:
        psycopg = psycopg_module()
        try:
            con.rollback()  # the read's snapshot ends; the next read sees newer writes
            keep = (
                not con.closed and con.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
            )
        except Exception:  # noqa: BLE001 - a broken connection is dropped, never reused
            keep = False
        if keep:
            with self._idle_lock:
                if len(self._idle) < self.KEEP_READERS:
                    self._idle.append(con)
                    return
        with contextlib.suppress(Exception):
            con.close()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
            except Exception as exc:
                if concurrent_write(exc):
                    raise UserError(CONCURRENT_WRITE) from None
                raise
            finally:
                session.rollback()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except Exception as exc:
                session.rollback()
                if concurrent_write(exc):
                    raise UserError(CONCURRENT_WRITE) from None
                raise

    def default_author(self) -> str | None:
        """The database role this person connects as (asked once: a service file or PGUSER
        may name it rather than the URL)."""
        if self._role is None:
            with self.reader() as reader:
                self._role = str(reader.rows("SELECT current_user")[0][0])
        return self._role

    def data_version(self) -> int:
        """A number that moves when someone else changed the database (the journal file's
        `PRAGMA data_version`): the changes heard on a connection that LISTENs
        (store/notify.py). A lost listener raises notify.ListenerLost, from then until
        `listen_again` connected a new one; the number has moved by then (changes may have
        been missed while it was down)."""
        from custjournal.store import notify

        listener = self._listener
        if listener is None:
            if self.listener_lost:
                # Connecting again may wait for an unreachable server: that is done by
                # `listen_again`, off the thread that asks here (the app's GUI thread).
                raise notify.ListenerLost("not listening again yet")
            listener = self._listener = notify.Listener(self._listening_connection, self.token)
        try:
            return self._heard_before + int(listener.version())
        except notify.ListenerLost:
            self._heard_before += listener.heard + 1
            self._listener = None
            self.listener_lost = True
            listener.close()
            raise

    def listen_again(self) -> None:
        """Connect a new listener after one was lost (it waits for the server: a worker
        thread's job). The next `data_version` has moved: changes may have been missed."""
        from custjournal.store import notify

        listener = notify.Listener(self.target.connect, self.token)
        if self._closed:
            listener.close()
            return
        self._listener = listener
        self.listener_lost = False

    def notify_socket(self) -> int | None:
        """The socket that becomes readable when a change by someone else arrives (the
        listener's; None before `data_version` first ran or after the listener was lost)."""
        return None if self._listener is None else int(self._listener.fileno())

    def close(self) -> None:
        self._closed = True
        with self._idle_lock:
            idle, self._idle = self._idle, []
        spare = self._take_spare()
        for con in [*idle, *([spare] if spare is not None else [])]:
            with contextlib.suppress(Exception):
                con.close()
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        super().close()

    def checkpoint(self) -> bool:
        return True  # no write-ahead log file of ours: the server keeps its own


def _sound(con: Any) -> bool:
    """Whether an idle connection kept open is still usable. The server sends nothing to an
    idle connection unless it is ending it (a restart, pg_terminate_backend): so one whose
    socket has something to read is not. A look at the socket costs no round trip."""
    try:
        waiting, _, _ = select.select([con.fileno()], [], [], 0)
        return not waiting and not con.broken and not con.closed
    except (OSError, ValueError):
        return False


# The database's tables, and whether the role has every right the journal's work needs on its
# tables (NULL without a customer table; has_table_privilege with a list of privileges is true
# when ANY of them is held: so one call each), in one round trip: the open's check asks the
# server twice, not three times.
_TABLES_AND_RIGHTS_SQL = (
    "SELECT ARRAY(SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema()), "
    "CASE WHEN to_regclass('customer') IS NULL THEN NULL ELSE "
    "has_table_privilege('customer', 'SELECT') AND has_table_privilege('customer', 'INSERT') "
    "AND has_table_privilege('customer', 'UPDATE') AND "
    "has_table_privilege('customer', 'DELETE') END"
)


def _tables_and_rights(con: Any) -> tuple[set[str], bool]:
    tables, rights = con.execute(_TABLES_AND_RIGHTS_SQL).fetchone()
    return set(tables), bool(rights)


def _require_rights(target: Target, rights: bool) -> None:
    """UserError when the role may not read and change the journal's tables (a role made for
    something else, or not granted yet): said now, rather than at the first read or save."""
    if rights:
        return
    raise UserError(
        ErrorText.tr(
            "{Role} may not read and change the journal in {name}: ask its owner ({owner}) to "
            "grant it the rights to read, add, change and delete rows in its tables "
            "(docs/team.md shows how). Nothing was changed.",
            Role=_role(target, capital=True),
            name=target.name,
            owner=_owner(target),
        )
    )


def _role(target: Target, *, capital: bool = False) -> Message:
    """The role a person connects as, for a sentence ("the role ada", or "your role")."""
    if target.user:
        if capital:
            return ErrorText.tr("The role {user}", user=target.user)
        return ErrorText.tr("the role {user}", user=target.user)
    return ErrorText.tr("Your role") if capital else ErrorText.tr("your role")


def _team_sentences(target: Target) -> SchemaSentences:
    return SchemaSentences(
        foreign=lambda: ErrorText.tr(
            "{Name} holds other tables than a Customer Journal's: give an empty database, "
            "or the one your team uses. Nothing was changed.",
            Name=target.Name,
        ),
        foreign_hint=Hint.OTHER_JOURNAL,
        lost=lambda: ErrorText.tr(
            "{Name} has lost its schema version (its alembic_version table is empty): ask "
            "its administrator to restore it from a backup. Nothing was changed.",
            Name=target.Name,
        ),
        lost_hint=None,
        too_new=lambda revision: ErrorText.tr(
            "{Name} was set up by a newer version of Customer Journal (schema {revision}): "
            "update the app to use it. Nothing was changed.",
            Name=target.Name,
            revision=revision,
        ),
    )


def schema_revision(target: Target, con: Any) -> str | None:
    """The database's schema revision; None for a database without tables (store/journal.py's
    `revision_of`, the same check as a journal file's, in a team database's words)."""
    tables, rights = _tables_and_rights(con)
    return revision_of(
        tables,
        lambda: con.execute("SELECT version_num FROM alembic_version").fetchone(),
        _team_sentences(target),
        before_version=lambda: _require_rights(target, rights),
    )


READY, EMPTY, OLDER = "ready", "empty", "older"


def probe(url: str) -> str:
    """What opening the team database at *url* would find, changing nothing: READY (a
    journal at this version's schema that the role may work on), EMPTY (set up on opening),
    OLDER (upgraded on opening); UserError for whatever stands in the way."""
    target = Target(url)
    with target.connect(autocommit=True) as con:
        revision = schema_revision(target, con)
    if revision is None:
        return EMPTY
    return READY if revision == HEAD else OLDER


def open_team(url: str, *, create: bool = True, today: dt.date | None = None) -> TeamJournal:
    """Connect to the team database at *url*; create or upgrade its schema when due."""
    target = Target(url)
    con = target.connect(autocommit=True)
    try:
        revision = schema_revision(target, con)
    except BaseException:
        con.close()
        raise
    if revision is None and not create:
        con.close()
        raise JournalMissing(
            ErrorText.tr(
                "{Name} holds no journal yet: add a customer to set it up, or give the "
                "database your team uses.",
                Name=target.Name,
            ),
            hint=Hint.OTHER_JOURNAL,
        )
    journal = TeamJournal(target)
    if revision != HEAD:
        con.close()  # the upgrade works on connections of its own
        try:
            _upgrade(journal, fresh=revision is None, revision=revision)
        except BaseException:
            journal.close()
            raise
    else:
        journal.keep_spare(con)  # the next connection this journal needs
    return journal


def _upgrade(journal: TeamJournal, *, fresh: bool, revision: str | None) -> None:
    """Create or upgrade the schema in one transaction (all of it, or nothing)."""
    from custjournal.store import derived, migrate, settings, undo_log

    psycopg = psycopg_module()
    target = journal.target
    try:
        with journal.engine.begin() as conn:
            # An upgrade waits for another first start and for colleagues' open transactions
            # as long as they take: it is not a save the window waits on.
            conn.exec_driver_sql("SET LOCAL lock_timeout = 0")
            conn.exec_driver_sql(_LOCK_SQL)
            # Another first start may have set it up while this one waited for the lock.
            now = None
            if conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar():
                now = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            if now == HEAD:
                return
            derived.drop_triggers(conn)
            migrate.upgrade(conn)
            derived.install(conn)
            undo_log.install_pg(conn)
            if now is None:
                settings.set_raw(conn, "currency", default_currency())
    except Exception as exc:
        orig = getattr(exc, "orig", exc)
        if isinstance(orig, psycopg.errors.InsufficientPrivilege):
            owner = _owner(target)
            role = _role(target)
            if fresh:
                raise UserError(
                    ErrorText.tr(
                        "{Name} is empty, and {role} may not create tables in it: ask its owner "
                        "({owner}) to start Customer Journal on it once, which sets it up. "
                        "Nothing was changed.",
                        Name=target.Name,
                        role=role,
                        owner=owner,
                    )
                ) from None
            raise UserError(
                ErrorText.tr(
                    "{Name} is at schema {revision} and this version needs {head}, which {role} "
                    "may not make: ask its owner ({owner}) to start this version on it once, "
                    "which upgrades it. Nothing was changed.",
                    Name=target.Name,
                    revision=revision,
                    head=HEAD,
                    role=role,
                    owner=owner,
                )
            ) from None
        if isinstance(orig, psycopg.OperationalError):
            raise target.connect_error(orig) from None
        raise


def _owner(target: Target) -> str:
    try:
        with target.connect(autocommit=True) as con:
            row = con.execute(
                "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"
            ).fetchone()
    except UserError:
        return ErrorText.tr("the database's owner")
    return str(row[0]) if row else ErrorText.tr("the database's owner")


def concurrent_write(exc: BaseException) -> bool:
    """*exc* (or the database error it wraps) is a write that met a colleague's at the same
    moment (CONCURRENT_WRITE): a deadlock, a serialization failure, a lock waited for too long."""
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None) in _CONCURRENT_STATES


def known_error(exc: BaseException, command: str | None) -> UserError | None:
    """A database error met while a command worked on a team journal, as a sentence.

    A lost connection is the user's environment. Any other error of the database is a query
    this version has not yet ported to PostgreSQL (docs/team.md lists what works): said as
    such, rather than as a crash, and logged like a bug for us to see.
    """
    psycopg = sys.modules.get("psycopg")
    if psycopg is None:
        return None
    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, psycopg.Error):
        return None
    if concurrent_write(orig):
        return UserError(CONCURRENT_WRITE)
    if isinstance(orig, psycopg.OperationalError):
        return UserError(LOST_CONNECTION)
    from custjournal.logs import log_bug

    log_bug("command not yet ported to a team database: %s", command)
    return UserError(
        ErrorText.tr(
            "'custjournal {command}' does not work on a team database yet (docs/team.md lists "
            "what does): use it on a journal file for now. Nothing was changed.",
            command=command,
        )
    )


# --- check ---------------------------------------------------------------------------------

_CUSTOMERS_NOT_INDEXED = (
    "SELECT count(*) FROM customer WHERE id NOT IN (SELECT rowid FROM customer_fts)"
)
_INDEXED_NOT_CUSTOMERS = (
    "SELECT count(*) FROM customer_fts WHERE rowid NOT IN (SELECT id FROM customer)"
)
_UNPAIRED = (
    "SELECT (SELECT count(*) FROM search_entry WHERE rowid NOT IN (SELECT rowid FROM "
    "search_fts)) + (SELECT count(*) FROM search_fts WHERE rowid NOT IN (SELECT rowid FROM "
    "search_entry))"
)
_TRIGGERS_PRESENT = (
    "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgrelid IN "
    "('conversation'::regclass, 'gift'::regclass, 'invitation'::regclass, "
    "'purchase'::regclass)"
)


def index_problems(journal: TeamJournal) -> tuple[int, list[str]]:
    """The number of customers, and what is out of step in the data derived from the entries
    (derived columns and their triggers, the search index): `check` on a team journal. Foreign
    keys and the storage are the server's to keep (constraints are never off there)."""
    from custjournal.store import backend, search, undo_log

    problems: list[str] = []
    with journal.engine.connect() as conn:
        customers = int(conn.exec_driver_sql("SELECT count(*) FROM customer").scalar() or 0)
        present = {r[0] for r in conn.exec_driver_sql(_TRIGGERS_PRESENT)}
        expected_triggers = {n for n in backend.TRIGGERS_PG if n.startswith("tr_")}
        if not expected_triggers <= present:
            problems.append(
                f"{len(expected_triggers - present)} of the {len(expected_triggers)} triggers "
                "that keep the last-contact days and purchase rhythms are missing"
            )
        undo_triggers = int(conn.exec_driver_sql(undo_log.COUNT_TRIGGERS_PG).scalar() or 0)
        expected_undo = 3 * len(undo_log.TABLES)
        if undo_triggers < expected_undo:
            problems.append(
                f"{expected_undo - undo_triggers} of the {expected_undo} triggers that record "
                "changes for undo are missing"
            )
        out = int(conn.exec_driver_sql(backend.COUNT_OUT_OF_STEP_PG).scalar() or 0)
        if out:
            problems.append(
                f"the last-contact days or purchase rhythms of {out} customer"
                f"{'s are' if out != 1 else ' is'} out of step"
            )
        missing = int(conn.exec_driver_sql(_CUSTOMERS_NOT_INDEXED).scalar() or 0)
        stale = int(conn.exec_driver_sql(_INDEXED_NOT_CUSTOMERS).scalar() or 0)
        unpaired = int(conn.exec_driver_sql(_UNPAIRED).scalar() or 0)
        bits_triggers = {
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = 'customer_fts'::regclass"
            )
        }
        if not set(backend.SEARCH_BITS_TRIGGERS_PG) <= bits_triggers:
            problems.append("the triggers that keep the search field's bitmaps are missing")
        bits_function = conn.exec_driver_sql(
            "SELECT prosrc FROM pg_proc WHERE proname = 'cj_search_bits_trigger' "
            "AND pronamespace = current_schema()::regnamespace"
        ).scalar()
        if bits_function != backend.SEARCH_BITS_FUNCTION_BODY_PG:
            problems.append("the function that keeps the search field's bitmaps is out of date")
        bits_out = int(conn.exec_driver_sql(backend.SEARCH_BITS_OUT_OF_STEP_PG).scalar() or 0)
        if bits_out:
            problems.append(f"{bits_out} rows of the search field's bitmaps are out of step")
        expected = {(d.kind, d.entry_id, d.customer_id) for d in search.documents(conn)}
        actual = {
            tuple(r)
            for r in conn.exec_driver_sql("SELECT kind, entry_id, customer_id FROM search_entry")
        }
        conn.rollback()
    if missing or stale:
        problems.append(
            f"the customer index misses {missing} customers and holds {stale} that are gone"
        )
    if expected != actual or unpaired:
        problems.append(
            f"the search index misses {len(expected - actual)} entries and holds "
            f"{len(actual - expected) + unpaired} stale ones"
        )
    return customers, problems


def rebuild_index(journal: TeamJournal) -> None:
    """The derived columns (with their functions and triggers) and the search index made
    again from the entries, in one transaction."""
    from custjournal.store import backend, derived, search, undo_log

    with journal.engine.begin() as conn:
        # Its tables' locks wait for colleagues' open transactions as long as they take: a
        # command, not a save the window waits on.
        conn.exec_driver_sql("SET LOCAL lock_timeout = 0")
        derived.install(conn)
        undo_log.install_pg(conn)
        # The search field's bitmaps are filled once from the new index, not kept row by row
        # while it is made (their triggers would clear and set every bit a chunk at a time).
        for drop in backend.DROP_SEARCH_BITS_TRIGGERS_PG:
            conn.exec_driver_sql(drop)
        search.rebuild(conn)
        backend.install_search_bits(conn)
