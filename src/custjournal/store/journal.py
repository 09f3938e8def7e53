"""Opening a journal file: paths and permissions, engine and sessions, schema version, upgrades.

Start-up does only cheap work: the schema version is read with plain `sqlite3`, opened read-only
(so a journal made by a newer version stays byte-for-byte as it was), and Alembic is imported only
when an upgrade is due (the revision stored in the journal is compared with HEAD, a constant that
tests/store checks against Alembic's scripts). SQLAlchemy and SQLModel are imported only when the
engine is first needed (a write, a Session): `Journal.reader()` reads on a plain DBAPI
connection from store/connect.py (store/reader.py), so reading commands and the app's first
screen never load them.

Transactions follow SQLAlchemy's pysqlite "serializable isolation" recipe: pysqlite's own
transaction handling is off, and every write transaction starts with BEGIN IMMEDIATE, so a
failed step (a migration included) leaves nothing half done. Connection pragmas go on the raw
DBAPI connection, where they are not swallowed by an open transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import threading
import urllib.parse
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from custjournal.domain.errors import Hint, UserError, os_reason
from custjournal.domain.i18n import ErrorText, Message
from custjournal.paths import TEAM_SCHEMES, ensure_private_dir
from custjournal.store import connect, crypt
from custjournal.store.errors import DAMAGE_SENTENCES, disk_failed, known_error
from custjournal.store.reader import Reader

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine
    from sqlmodel import Session

# Every released schema revision, oldest first. A journal whose revision is not here was made by
# a newer Customer Journal and is refused untouched. tests/store checks this against Alembic.
# Window functions (the purchase rhythm, store/derived.py) came with SQLite 3.25.
MIN_SQLITE = (3, 25, 0)
REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0009",
    "0011",
    "0012",
    "0013",
    "0014",
    "0015",
    "0016",
    "0017",
    "0018",
)
HEAD = REVISIONS[-1]

BUSY_TIMEOUT_MS = 5000

# Tables every released revision has (0001 made them): a file with our alembic_version table
# but without these belongs to another program, or lost its tables.
JOURNAL_TABLES = frozenset({"customer", "setting", "conversation", "promise", "stage_change"})


class JournalMissing(UserError):
    """No journal at the path, for a command that only reads."""


class JournalTooNew(UserError):
    """The journal was made by a newer version of the app (left untouched)."""


@dataclass(frozen=True)
class SchemaSentences:
    """What a schema check says, in the words of where the journal is (a file, or a team
    database): tables of another program, a lost version, a newer version's schema (made
    only when said: the check runs at every start)."""

    foreign: Callable[[], Message]
    foreign_hint: Hint | None
    lost: Callable[[], Message]
    lost_hint: Hint | None
    too_new: Callable[[str], Message]  # of the revision found


def revision_of(
    tables: Collection[str],
    version: Callable[[], Sequence[Any] | None],
    says: SchemaSentences,
    *,
    before_version: Callable[[], None] | None = None,
) -> str | None:
    """The schema revision of a journal with *tables*, its alembic_version row read by
    *version()*: None when there are no tables; UserError (*says*) for tables of another
    program or a lost version, JournalTooNew for a newer version's schema. The one check for a
    journal file (`schema_revision`) and a team database (store/team.py); *before_version*
    runs once the tables are known to be a journal's (a team database checks its rights)."""
    if not tables:
        return None
    if "alembic_version" not in tables or not JOURNAL_TABLES <= set(tables):
        raise UserError(says.foreign(), hint=says.foreign_hint)
    if before_version is not None:
        before_version()
    row = version()
    if row is None:
        raise UserError(says.lost(), hint=says.lost_hint)
    revision = str(row[0])
    if revision not in REVISIONS:
        raise JournalTooNew(says.too_new(revision))
    return revision


def _file_sentences(path: Path) -> SchemaSentences:
    return SchemaSentences(
        foreign=lambda: ErrorText.tr(
            "{path} is an SQLite file but not a Customer Journal (it lacks the "
            "journal's tables): choose another file. The file was left untouched.",
            path=path,
        ),
        foreign_hint=Hint.OTHER_JOURNAL,
        lost=lambda: ErrorText.tr(
            "The journal {path} has lost its schema version (its alembic_version "
            "table is empty), so it can't be opened safely: restore a backup. "
            "The file was left untouched.",
            path=path,
        ),
        lost_hint=Hint.RESTORE,
        too_new=lambda revision: ErrorText.tr(
            "The journal {path} was made by a newer version of Customer Journal (schema "
            "{revision}): update the app to open it. The file was left untouched.",
            path=path,
            revision=revision,
        ),
    )


def schema_revision(path: Path) -> str | None:
    """The journal's schema revision read without writing a byte; None for an empty new file.

    Raises UserError for a file that is not a journal (or is damaged) or comes from a newer
    version of the app.
    """
    # store/connect.py, the one opener (plain or encrypted): with no -wal file beside it,
    # nothing is pending outside the main file, and it opens immutable, so not even the
    # -shm/-wal files appear. Otherwise read-only (they exist already).
    try:
        con = connect.connect(path, readonly=True)
        try:
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            return revision_of(
                tables,
                lambda: con.execute("SELECT version_num FROM alembic_version").fetchone(),
                _file_sentences(path),
            )
        finally:
            con.close()
    except connect.errors() as exc:
        raise known_error(exc, path) or UserError(
            ErrorText.tr(
                "{path} can't be read as a journal ({reason}): check the path, or restore a "
                "backup.",
                path=path,
                reason=str(exc),
            )
        ) from None


def _readonly_uri(path: Path) -> str:
    """A URI that opens *path* read-only; immutable (no -shm, no locks) with no -wal beside it."""
    wal = Path(f"{path}-wal")
    return f"file:{urllib.parse.quote(str(path))}?mode=ro" + (
        "" if wal.exists() else "&immutable=1"
    )


def _writable(path: Path) -> bool:
    """Whether SQLite may write the file and create its -wal/-shm beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _readonly_reason(path: Path) -> Message:
    """Why the journal file at *path* is opened read-only: the file, or its folder, can't be
    written (a read-only medium, or permissions)."""
    if not os.access(path, os.W_OK):
        return ErrorText.tr(
            "The journal {path} is read-only: the file can't be written, so it is open for "
            "reading only. To change it, copy it to a folder you can write to, or ask for the "
            "right to write it.",
            path=path,
        )
    return ErrorText.tr(
        "The journal {path} is read-only: its folder can't be written, so it is open for "
        "reading only. To change it, copy it to a folder you can write to, or ask for the "
        "right to write there.",
        path=path,
    )


def refusal_of(path: Path) -> Message | None:
    """Why the existing journal file *path* takes no changes (it, or its folder, can't be
    written; a check found it damaged), or None."""
    if not _writable(path):
        return _readonly_reason(path)
    if damage_marker(path).exists():
        return damaged_sentence(path)
    return None


def damaged_sentence(path: Path | str) -> Message:
    """What a journal found damaged says to any change: nothing is written into it."""
    return ErrorText.tr(
        "The journal {path} is damaged, so it is open for reading only and nothing is written "
        "into it: restore a backup, or export what can still be read.",
        path=path,
    )


def io_error_sentence(path: Path | str) -> Message:
    """What a journal says to any change after a write of it failed with a disk I/O error."""
    return ErrorText.tr(
        "A change to the journal {path} could not be written (disk I/O error), so it is open "
        "for reading only and nothing more is written into it: close Customer Journal and "
        "open the journal again, which checks it.",
        path=path,
    )


def damage_marker(path: Path) -> Path:
    """The small file beside a journal file that says a check found it damaged: every later
    opening (the app's, the command line's) is read-only until a check finds it sound or a
    backup is restored. A stat at opening is all it costs."""
    return path.parent / f".{path.name}-damaged"


def note_damage(path: Path, damaged: bool) -> None:
    """Record what an integrity check of the journal file *path* found (`damage_marker`):
    never a byte of the journal itself. Where the folder can't be written, nothing is noted
    (the journal opens read-only there anyway)."""
    marker = damage_marker(path)
    with contextlib.suppress(OSError):
        if damaged:
            marker.touch(mode=0o600)
        else:
            marker.unlink(missing_ok=True)


def _make_engine(path: Path, *, readonly: bool = False) -> Engine:
    from sqlalchemy import event
    from sqlmodel import create_engine

    # Read-only (a read-only medium or folder): opened so that SQLite never tries to write.
    url = f"sqlite:///{_readonly_uri(path)}&uri=true" if readonly else f"sqlite:///{path}"
    # Every connection comes from store/connect.py, which keys an encrypted journal (with the
    # key derived once per process) and picks the DBAPI module that can read it.
    engine = create_engine(
        url,
        module=connect.dbapi_module(path),
        # A pooled connection moves between threads (the app's workers): what SQLAlchemy's
        # pysqlite dialect sets for a file by itself, but not for connections from a creator.
        creator=lambda: connect.connect(
            path, readonly=readonly, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        ),
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        # Set once, kept by the file: asked first, since setting it again takes a lock that a
        # connection keeping what it worked out (store/health_kept.py) may hold a moment.
        if not readonly and dbapi_connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            dbapi_connection.execute("PRAGMA journal_mode=WAL")
        dbapi_connection.execute("PRAGMA foreign_keys=ON")
        dbapi_connection.execute("PRAGMA synchronous=NORMAL")
        # Deleted content is overwritten, so an erased customer leaves no words in the file.
        dbapi_connection.execute("PRAGMA secure_delete=ON")
        # A row that INSERT OR REPLACE replaces fires the delete triggers too, so the columns
        # store/derived.py keeps stay right on that path as well (no trigger chain recurses).
        dbapi_connection.execute("PRAGMA recursive_triggers=ON")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get("cj_readonly"):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _create_private_file(path: Path) -> None:
    ensure_private_dir(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def default_currency() -> str:
    import locale  # here: only a new journal asks

    try:
        locale.setlocale(locale.LC_MONETARY, "")
        code = (locale.localeconv().get("int_curr_symbol") or "").strip()
    except (locale.Error, ValueError):
        code = ""
    return code if len(code) == 3 and code.isalpha() else "EUR"


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


class Journal:
    """An open journal file. Hands out short sessions; holds no session itself."""

    # Whether ops record each change's inverse (store/undo_log.py's triggers: a journal file's
    # temporary ones, a team database's own).
    undoable = True

    def __init__(self, path: Path, engine: Engine | None = None, *, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        # Why no change may be written (a Message), or None: a file or folder that can't be
        # written, a journal found damaged. `write` refuses with it before touching the file.
        self.refusal: Message | None = None
        self._refusal_hint: Hint | None = None
        self._damaged = False
        # Called (from whichever thread wrote) when a failed write makes the journal refuse
        # every later change: the app switches its window to read-only.
        self.on_refused: Callable[[], None] | None = None
        self._engine = engine
        self._read_engine: Engine | None = None
        self._watch: Any = None  # a DBAPI connection (sqlite3 or sqlcipher3)
        self._kept: Any = None  # the same, kept between reads by `kept_reader`
        self._kept_lock = threading.Lock()
        self._identity = _identity(path)
        self._engine_lock = threading.Lock()  # the app's workers may ask for it at once
        # Kept results (health, Insights pages) are not written while True: the app holds them
        # from opening until its start-up check finds the file sound (store/keeping.py).
        self.keeps_held = False

    @property
    def writable(self) -> bool:
        """Whether changes may be written (see `refusal`)."""
        return self.refusal is None

    @property
    def damaged(self) -> bool:
        """Whether the journal was found damaged (a check, or SQLite on a statement)."""
        return self._damaged

    def refuse_writes(self, why: Message) -> None:
        """From now on no change is written: every `write` raises UserError(*why*)."""
        self.refusal = why

    def mark_damaged(self) -> None:
        """The journal was found damaged: read-only from now on, for this process."""
        self._damaged = True
        self.refuse_writes(damaged_sentence(self.name))

    def stop_writing_after_io_error(self) -> None:
        """A write failed with a disk I/O error: from now on nothing is written by this
        process. What SQLite holds of the file (its log, its index) may no longer be what is on
        disk (a log deleted from under it by another program): a later change could go
        nowhere, or a closing checkpoint write an old log into the file. A new start opens the
        journal afresh."""
        if self.refusal is not None:
            return
        self._refusal_hint = Hint.CHECK
        self.refuse_writes(io_error_sentence(self.name))
        if self.on_refused is not None:
            self.on_refused()

    def _refuse(self) -> None:
        if self.refusal is not None:
            hint = Hint.RESTORE if self._damaged else self._refusal_hint
            raise UserError(self.refusal, hint=hint)

    @property
    def file(self) -> Path | None:
        """The journal's file; None for a team journal (store/team.py)."""
        return self.path

    @property
    def name(self) -> str:
        """How a sentence names the journal: its path, or the team database."""
        return str(self.path)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made (and SQLAlchemy imported) when first needed."""
        if self._engine is None:
            with self._engine_lock:
                if self._engine is None:
                    self._engine = _make_engine(self.path, readonly=self.readonly)
        return self._engine

    @contextlib.contextmanager
    def reader(self, pause: Callable[[], None] | None = None) -> Iterator[Reader]:
        """One read transaction on a plain DBAPI connection (store/reader.py): the queries of
        store/ read from it as from a Session, without SQLAlchemy. Deferred BEGIN: never blocks
        a writer. The connection comes from store/connect.py, so an encrypted journal works.
        *pause*: called between batches of rows (`Reader.pause`; the app's workers)."""
        con = self._read_connection()
        try:
            con.execute("BEGIN")
            yield Reader(con, self, pause)
        except Exception as exc:
            known = self._known(exc)
            if known is None:
                raise
            raise known from exc
        finally:
            con.close()  # ends the read transaction

    def _read_connection(self) -> Any:
        """A plain DBAPI connection for `reader` and `kept_reader` (store/connect.py's, so an
        encrypted journal works), its transactions begun by us."""
        try:
            con = connect.connect(
                self.path,
                readonly=self.readonly,
                timeout=BUSY_TIMEOUT_MS / 1000,
                check_same_thread=False,
            )
        except connect.errors() as exc:
            raise known_error(exc, self.path) or exc from None
        con.isolation_level = None  # we emit BEGIN ourselves
        return con

    def kept_reader(self, one_statement: bool = False) -> contextlib.AbstractContextManager[Reader]:
        """`reader` on one connection kept for the next call: for a read asked for again and
        again on one thread (the search field's, a query per keystroke), which then costs no
        connect. Each call is a read transaction of its own, so it sees every write committed
        before it (WAL: a new transaction, a new snapshot). `close` closes the connection; a
        call while another thread has it, or a team journal (its `reader` keeps its own),
        reads as `reader` does. *one_statement*: the caller runs a single statement, which is
        its own transaction (no BEGIN and ROLLBACK around it: two steps fewer per keystroke,
        each a turn of the interpreter lock a busy worker may take)."""
        if self.file is None or self.readonly or not self._kept_lock.acquire(blocking=False):
            return self.reader()
        return self._kept_read(one_statement)

    @contextlib.contextmanager
    def _kept_read(self, one_statement: bool) -> Iterator[Reader]:
        # Called with self._kept_lock held; lets go of it.
        try:
            if self._kept is None:
                self._kept = self._read_connection()
            con = self._kept
            try:
                if one_statement:  # autocommit: the statement sees every committed write
                    yield Reader(con, self)
                    return
                con.execute("BEGIN")
                try:
                    yield Reader(con, self)
                finally:
                    con.execute("ROLLBACK")  # ends the read transaction: the next sees new writes
            except Exception as exc:
                # Whatever went wrong, the next read starts on a new connection.
                self._kept = None
                with contextlib.suppress(Exception):
                    con.close()
                known = self._known(exc)
                if known is None:
                    raise
                raise known from exc
        finally:
            self._kept_lock.release()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (deferred BEGIN: never blocks a writer)."""
        from sqlmodel import Session

        if self._read_engine is None:
            self._read_engine = self.engine.execution_options(cj_readonly=True)
        with Session(self._read_engine, expire_on_commit=False) as session:
            try:
                yield session
            except Exception as exc:
                known = self._known(exc)
                if known is None:
                    raise
                raise known from exc
            finally:
                session.rollback()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed if the block ends normally, rolled back otherwise."""
        self._refuse()  # before a connection: a read-only or damaged file is never touched
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                self._refuse()  # found damaged by a statement of this very transaction
                self._still_the_same_file()
                session.commit()
            except Exception as exc:
                session.rollback()
                known = self._known(exc)
                if known is None:
                    raise
                if disk_failed(exc):
                    self.stop_writing_after_io_error()
                raise known from exc

    def _known(self, exc: BaseException) -> UserError | None:
        """`known_error` of *exc*; SQLite finding the file damaged (or not a database) marks
        the journal damaged, so no later change of this process is written into it."""
        known = known_error(exc, self.path)
        if known is not None and getattr(known.message, "source", None) in DAMAGE_SENTENCES:
            self.mark_damaged()
        return known

    def _still_the_same_file(self) -> None:
        """Refuse to commit into a file that is no longer the journal: a restore that had to
        replace an unreadable journal's file (store/backup.py) would otherwise leave this
        program writing into the deleted file, lost without a word."""
        if self._identity is not None and _identity(self.path) != self._identity:
            raise UserError(
                ErrorText.tr(
                    "The journal {path} was replaced (restored from a backup) while this "
                    "program had it open, so this change was not saved: open the journal again "
                    "and repeat it.",
                    path=self.path,
                )
            )

    def default_author(self) -> str | None:
        """Who wrote an entry when the person set no name in Settings: nobody on a journal file,
        which is one person's (docs/decisions.md); a team journal says its database role."""
        return None

    def data_version(self) -> int:
        """Changes whenever any other connection commits (the app's sign of outside edits).

        SQLite compares against the *same* connection's earlier answer, so one plain connection
        is kept for this question alone.
        """
        if self._watch is None:
            self._watch = connect.connect(
                self.path, readonly=self.readonly, check_same_thread=False
            )
        return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    def checkpoint(self) -> bool:
        """Copy the write-ahead log into the file and empty it; False if a reader kept it busy.

        Erasing relies on it: until then deleted content may still sit in the -wal file.
        """
        self._refuse()
        with self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            busy, _pages, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return bool(busy == 0)

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        with self._kept_lock:
            kept, self._kept = self._kept, None
        if kept is not None:
            kept.close()
        if self._engine is not None:
            self._engine.dispose()


def require_sqlite() -> None:
    """UserError when Python's SQLite is older than the journal's SQL needs."""
    if sqlite3.sqlite_version_info < MIN_SQLITE:
        raise UserError(
            ErrorText.tr(
                "This Python uses SQLite {version}, and Customer Journal needs {needed} or "
                "newer (window functions): install a newer Python, or start the app with the "
                "one its installer set up.",
                version=sqlite3.sqlite_version,
                needed=".".join(map(str, MIN_SQLITE)),
            )
        )


def open_journal(path: Path | str, *, create: bool = True, today: dt.date | None = None) -> Journal:
    """Open (and create or upgrade) the journal at *path*: a file, or a team database's
    `postgresql://` URL (store/team.py).

    With *create* False a missing file raises JournalMissing and nothing is created.
    """
    if isinstance(path, str) and path.lower().startswith(TEAM_SCHEMES):
        from custjournal.store.team import open_team

        return open_team(path, create=create)
    path = Path(path)
    require_sqlite()
    try:
        str(path).encode("utf-8")  # SQLite takes file names as UTF-8
    except UnicodeEncodeError:
        shown = os.fsencode(path).decode("utf-8", "backslashreplace")
        raise UserError(
            ErrorText.tr(
                "The journal path {path} is not UTF-8 text, which SQLite needs: rename the file "
                "or its folder, or choose another path.",
                path=shown,
            ),
            hint=Hint.OTHER_JOURNAL,
        ) from None
    if path.is_dir():
        raise UserError(
            ErrorText.tr("{path} is a folder: give the path of a journal file.", path=path)
        )
    if path.exists() and not path.is_file():
        # /dev/null, a pipe or a socket: SQLite would put its -journal file beside it.
        raise UserError(
            ErrorText.tr(
                "{path} is not a regular file (a device, pipe or socket): give the path of a "
                "journal file.",
                path=path,
            ),
            hint=Hint.OTHER_JOURNAL,
        )
    crypt.tidy(path)  # what a killed encrypt/decrypt/passphrase change left beside it
    existed = path.exists() and path.stat().st_size > 0
    created = False
    if not path.exists():
        if not create:
            raise JournalMissing(
                ErrorText.tr(
                    "No journal at {path}: add a customer to start one, or give the path of an "
                    "existing journal.",
                    path=path,
                ),
                hint=Hint.OTHER_JOURNAL,
            )
        try:
            _create_private_file(path)
        except OSError as exc:
            raise UserError(
                ErrorText.tr(
                    "Can't create the journal {path}: {reason}.", path=path, reason=os_reason(exc)
                )
            ) from None
        created = True
    revision = schema_revision(path) if existed else None
    if revision is None and not create:
        # An empty file, or an SQLite file without tables: reading commands never make it
        # a journal (nor switch it to WAL).
        raise JournalMissing(
            ErrorText.tr(
                "{path} holds no journal yet (it is empty): add a customer to start one, or "
                "give the path of an existing journal.",
                path=path,
            ),
            hint=Hint.OTHER_JOURNAL,
        )
    # An existing journal whose file or folder can't be written opens read-only, for reading
    # commands and for the app alike: every change is refused with one sentence (`write`).
    readonly = revision == HEAD and not _writable(path)
    if revision is not None and revision != HEAD and not _writable(path):
        # An older schema is read only after its upgrade, which writes the file.
        raise UserError(
            ErrorText.tr(
                "The journal {path} was made by an older version of Customer Journal and must "
                "be upgraded to be opened, but its file or folder can't be written: copy it to "
                "a folder you can write to and open the copy. The file was left untouched.",
                path=path,
            ),
        )
    if create and revision == HEAD and not readonly:
        _ensure_wal(path)
    # At HEAD the engine (and SQLAlchemy) waits for the first write or Session.
    journal = Journal(path, readonly=readonly)
    if readonly:
        journal.refuse_writes(_readonly_reason(path))
    elif revision is not None and damage_marker(path).exists():
        journal.mark_damaged()
    if revision != HEAD:
        engine = journal.engine
        try:
            _upgrade(engine, fresh=revision is None, path=path)
        except BaseException as exc:
            engine.dispose()
            if not created:
                raise
            # A journal that could not be made is not left behind half made (an empty file
            # would later look like a damaged journal).
            _remove_new_journal(path)
            if isinstance(exc, UserError):  # the disk is full, read-only, failing...
                cause = exc.__cause__
                reason = str(getattr(cause, "orig", cause) or exc.message)
                raise UserError(
                    ErrorText.tr(
                        "A new journal could not be created at {path} ({reason}): free some "
                        "space on that disk, or choose another place. No file was left behind.",
                        path=path,
                        reason=reason,
                    ),
                    hint=Hint.OTHER_JOURNAL,
                ) from exc
            raise
    return journal


def _ensure_wal(path: Path) -> None:
    """Switch a journal file that comes in the rollback-journal mode to WAL, before any other
    connection of this process has it open.

    A file converted by store/crypt.py (encrypted, decrypted, a new passphrase) leaves that
    mode behind, like a copy made by another tool; the engine's connections switch to WAL
    when they connect, but at HEAD the first one waits for the first write, while the app's
    workers read and keep their results (store/health_kept.py) on plain connections at once.
    In the rollback mode a reader's lock blocks a writer and a keep's commit blocks readers,
    and the engine's switch, asked while a keep holds its lock, was refused "database is
    locked" whatever the busy timeout: SQLite gives up at once where waiting could deadlock.
    Here none of this process's connections has the file yet (another program's, such as the
    command line's, is waited for by the busy timeout). A plain file says its mode in its header (bytes 18
    and 19 are 2 in WAL), so only an encrypted one costs a connection.
    """
    if not connect.is_encrypted(path):
        try:
            head = connect.read_head(path, 20)  # never a close() of the file (connect.py)
        except OSError:
            return  # the engine says what is wrong when it connects
        if head[18:20] == b"\x02\x02":
            return
    try:
        con = connect.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            if con.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                con.execute("PRAGMA journal_mode=WAL")
        finally:
            con.close()
    except connect.errors() as exc:
        raise known_error(exc, path) or exc from None


def _remove_new_journal(path: Path) -> None:
    for leftover in (path, *(Path(f"{path}{s}") for s in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def _upgrade(engine: Engine, *, fresh: bool, path: Path) -> None:
    """Run the Alembic migrations from the journal's revision to HEAD in one transaction."""
    # migrate imports Alembic (~0.15 s): only when an upgrade is due.
    from custjournal.store import derived, migrate

    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        # Batch mode rebuilds tables by copy-and-drop: with foreign keys on, ON DELETE CASCADE
        # would empty the child tables. Off before BEGIN, checked before COMMIT.
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                # The derived columns' triggers (store/derived.py) are put back after the
                # migrations, as they are now: a batch migration copies tables, and a trigger
                # naming a copied table would break the copy or vanish with it.
                derived.drop_triggers(conn)
                migrate.upgrade(conn)
                derived.install(conn)
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise RuntimeError(f"foreign key check failed after upgrade: {problems[:5]}")
                if fresh:
                    from custjournal.store import settings

                    settings.set_raw(conn, "currency", default_currency())
        except Exception as exc:
            known = known_error(exc, path)
            if known is None:
                raise
            raise known from exc
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
