"""Backups, restore and integrity checks for a journal file. Plain Python, no Qt.

    backup_now(path, dest=None, progress=None) -> Path   # a consistent copy, any time
    back_up(path) -> BackupInfo          # into the backup folder, then rotate (the CLI, the app)
    auto_backup(path) -> Path | None     # at most one a day; refuses a damaged journal
    rotate(path) -> list[Path]           # keep 7 daily and 4 weekly
    list_backups(path) / safety_copies(path) -> list[BackupInfo]     # newest first
    latest_good_backup(path) -> Path | None
    restore(path, backup_file) -> RestoreResult
    check(path, quick=False) -> CheckReport
    remove_stale_temps(path)             # what a killed backup or restore left (every start)
    backups_holding(path, customer_id, name) / erase_from_backups(...)   # for `forget`

Backups live in `paths.backup_dir(journal)` (a 0700 folder), named
`<stem>-<UTC YYYYmmddTHHMMSS.mmmZ>.sqlite3` (0600; a name is never used twice: it is taken
with a hard link, which fails when it exists); the safety copy `restore` takes first ends in
`-before-restore.sqlite3`, and a damaged journal that a restore replaces is kept as
`-damaged.sqlite3` (never counted as a good backup). Safety copies never count in the rotation:
they go after SAFETY_DAYS.

How a backup is made: SQLite's online backup API from a connection of its own into a temporary
file beside the target, which is checked (quick_check), switched out of WAL mode (a backup is a
single file) and fsynced before it is given its name. A process killed half-way leaves at
most a stale temporary file (unlocked: its writer held an flock on it), never a backup that
looks complete; remove_stale_temps deletes those at every start.
`Connection.backup()` loops for ever while the source is locked by a write transaction on the
same connection (measured; `docs/rules.md`, "Backups and measured facts of SQLite"): this
module never backs up from a connection that writes, and gives up with a sentence after BUSY_SECONDS of a busy source. Callers must not
call it from inside `journal.write()`.

Rotation (restic's "keep-daily 7, keep-weekly 4"): of the regular backups, keep the newest of
each of the 7 most recent days that have one, and the newest of each of the 4 most recent ISO
weeks that have one; remove the rest, never the backup just made. Days and weeks are the user's
local calendar.

Restore checks the backup first (integrity_check, foreign_key_check, a journal of a schema this
version knows), takes a safety backup of the current journal (or keeps a damaged one as it is),
then copies the backup *into* the journal with the backup API: SQLite writes it as one
transaction through the journal's own WAL, so there is no moment with a half-replaced file, no
stale -wal/-shm can be replayed over it, and programs holding the journal open see the new
content and keep writing into the same file. A backup of another page size is first rewritten
with the journal's (a WAL journal can't take other pages). Only when SQLite can't open the
current journal at all is the file replaced (temporary file, rename; its -wal and -shm removed
first). An older schema is upgraded right after.

Every connection this module opens goes through _connect (one place for an encrypted journal's
opener to hook).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import shutil
import sqlite3
import tempfile
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from custjournal import paths
from custjournal.domain.changes import Change
from custjournal.domain.errors import Hint, UserError, os_reason
from custjournal.domain.i18n import ErrorText, OpsText
from custjournal.domain.matching import Candidate, same_customer
from custjournal.domain.text import fold
from custjournal.store import connect
from custjournal.store.journal import (
    JournalMissing,
    note_damage,
    require_sqlite,
    schema_revision,
)

try:
    import fcntl
except ImportError:  # Windows: no flock; stale temporary files are then told by their age
    fcntl = None  # type: ignore[assignment]

BUSY_SECONDS = 10.0
_PAGES_PER_STEP = 4096  # 16 MB at 4 KB pages: progress is reported between steps
_STALE_TEMP_SECONDS = 3600

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}(?:\.\d{3})?Z)(?:-(?P<n>\d+))?"
    r"(?P<tag>-before-restore|-damaged|-daily)?\.sqlite3$"
)
# Safety copies (the journal as it was before a restore, a damaged journal a restore replaced)
# never count in the rotation: they go when the user deletes them, or after this many days.
SAFETY_DAYS = 90
# Temporary files this module writes (a backup or restore in progress): a live one is locked by
# its writer (flock), so a stale one, left by a killed process, can be told apart and removed.
_TEMP_PATTERNS = tuple(".*" + suffix for suffix in paths.TEMP_SUFFIXES)
_SQLITE_HEADER = b"SQLite format 3\x00"

Progress = Callable[[int, int], "bool | None"]


class JournalDamaged(UserError):
    """The journal failed its check: it must not replace a good backup."""

    def __init__(self, report: CheckReport) -> None:
        super().__init__(report.summary(), hint=report.hint)
        self.report = report


class BackupCancelled(UserError):
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # aware, UTC
    kind: str  # "auto", "daily" (the automatic one of a day), "before-restore" or "damaged"
    size: int


@dataclass
class CheckReport:
    path: Path
    problems: list[str] = field(default_factory=list)
    index_problems: list[str] = field(default_factory=list)  # derived data: rebuildable
    revision: str | None = None
    customers: int | None = None
    quick: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems and not self.index_problems

    @property
    def data_ok(self) -> bool:
        """Sound apart from the search index (which can always be rebuilt)."""
        return not self.problems

    def summary(self) -> str:
        if self.ok:
            what = (
                "quick check"
                if self.quick
                else "integrity, foreign keys, search index and derived columns"
            )
            count = ""
            if self.customers is not None:
                count = f" ({self.customers} customer{'' if self.customers == 1 else 's'})"
            return f"The journal {self.path} is healthy: {what} all check out{count}."
        lines = [f"The journal {self.path} has problems:"]
        lines += [f"- {p}" for p in self.problems + self.index_problems]
        if self.problems and self._has_backups():
            lines.append(
                f"Restore the latest good backup (backups are in {paths.backup_dir(self.path)}) "
                "and keep the damaged file for inspection."
            )
        elif self.problems:
            lines.append(
                "There is no backup of this journal to restore: keep the damaged file as it is "
                "for inspection, and export what can still be read."
            )
        else:
            lines.append(
                "These are worked out from the entries, which are sound, and can be rebuilt."
            )
        return "\n".join(lines)

    @property
    def hint(self) -> Hint | None:
        """What to do about the problems found, worded by each front end (domain/errors.py)."""
        if self.ok:
            return None
        if self.problems:
            return Hint.RESTORE if self._has_backups() else None
        return Hint.REBUILD_INDEX

    def _has_backups(self) -> bool:
        """Whether the journal has a backup to restore (its folder may not even exist)."""
        try:
            return bool(list_backups(self.path))
        except OSError:
            return False


@dataclass(frozen=True)
class RestoreResult:
    journal: Path
    restored_from: Path
    safety_copy: Path | None  # the journal as it was (None when there was none)
    message: str

    @property
    def change(self) -> Change:
        """A restore replaces the whole journal: every screen reloads (`OpResult`)."""
        return Change.outside()


# --- connections ---------------------------------------------------------------------------


def _uri(path: Path, *, readonly: bool) -> str:  # tests read backups with it
    quoted = urllib.parse.quote(str(path))
    if not readonly:
        return f"file:{quoted}"
    # Without a -wal file nothing is pending outside the main file: immutable opens it without
    # creating -wal/-shm beside it (a check must not write a byte).
    wal = Path(f"{path}-wal")
    return f"file:{quoted}?mode=ro" + ("" if wal.exists() else "&immutable=1")


# The statement that sets each page size SQLite has (powers of two, 512 to 65536 bytes).
_SET_PAGE_SIZE = {
    512: "PRAGMA page_size=512",
    1024: "PRAGMA page_size=1024",
    2048: "PRAGMA page_size=2048",
    4096: "PRAGMA page_size=4096",
    8192: "PRAGMA page_size=8192",
    16384: "PRAGMA page_size=16384",
    32768: "PRAGMA page_size=32768",
    65536: "PRAGMA page_size=65536",
}


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    # store/connect.py: plain or encrypted (a backup of an encrypted journal has its key).
    # timeout= is SQLite's busy timeout (sqlite3_busy_timeout): a writer waits, not fails.
    con: sqlite3.Connection = connect.connect(
        path, readonly=readonly, isolation_level=None, timeout=BUSY_SECONDS
    )
    return con


class _RawConnection:
    """Enough of SQLAlchemy's Connection for store.search on a plain sqlite3 connection."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con

    def exec_driver_sql(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        if isinstance(params, list):
            return self.con.executemany(sql, params)
        return self.con.execute(sql, params)


# --- naming and listing --------------------------------------------------------------------


def _stamp(moment: dt.datetime) -> str:
    # Milliseconds: a name is never used twice, not even after rotation removed the backup
    # that had it (names of older versions, without them, are still read).
    utc = moment.astimezone(dt.UTC)
    return utc.strftime("%Y%m%dT%H%M%S") + f".{utc.microsecond // 1000:03d}Z"


def _parse_stamp(text: str) -> dt.datetime:
    layout = "%Y%m%dT%H%M%S.%fZ" if "." in text else "%Y%m%dT%H%M%SZ"
    return dt.datetime.strptime(text, layout).replace(tzinfo=dt.UTC)


def _now(now: dt.datetime | None) -> dt.datetime:
    moment = now or dt.datetime.now(dt.UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _free_name(folder: Path, stem: str, stamp: str, tag: str = "") -> Path:
    candidate = folder / f"{stem}-{stamp}{tag}.sqlite3"
    n = 1
    while candidate.exists():
        candidate = folder / f"{stem}-{stamp}-{n}{tag}.sqlite3"
        n += 1
    return candidate


def _publish(tmp: Path, folder: Path, stem: str, stamp: str, tag: str = "") -> Path:
    """Give the finished copy *tmp* a name of its own in *folder*, never one already taken.

    A hard link fails if the name exists, so two backups in the same second (two processes,
    or one after another) each get their own name (`-1`, `-2`...), atomically. Where links are
    not supported, the name is claimed with O_EXCL first and the copy renamed over it.
    """
    n = 0
    while True:
        candidate = folder / f"{stem}-{stamp}{f'-{n}' if n else ''}{tag}.sqlite3"
        try:
            os.link(tmp, candidate)
        except FileExistsError:
            n += 1
            continue
        except OSError:
            try:
                os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            except FileExistsError:
                n += 1
                continue
            os.replace(tmp, candidate)
            return candidate
        tmp.unlink()
        return candidate


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """Backups, rotation and erasing in one backup folder take turns, across processes."""
    if fcntl is None:
        yield
        return
    fd = os.open(folder / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


# Regular backups, the ones the rotation counts: made on request ("auto": the command line's
# `backup`, File > Back Up Now) and the day's automatic one ("daily", from auto_backup), which
# a later backup of the same day never pushes out (Back Up Now used to replace it).
REGULAR = ("auto", "daily")


def list_backups(journal: Path) -> list[BackupInfo]:
    """The journal's backups in its backup folder, newest first (safety copies of a damaged
    journal are not backups: see safety_copies)."""
    return [b for b in _listed(journal) if b.kind != "damaged"]


def safety_copies(journal: Path) -> list[BackupInfo]:
    """The copies restore kept (before-restore, damaged), newest first: outside the rotation."""
    return [b for b in _listed(journal) if b.kind not in REGULAR]


def _listed(journal: Path) -> list[BackupInfo]:
    folder = paths.backup_dir(Path(journal))
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if not m or not entry.is_file():
            continue
        taken = _parse_stamp(m.group("stamp"))
        kind = (m.group("tag") or "-auto")[1:]
        found.append(BackupInfo(entry, taken, kind, entry.stat().st_size))
    found.sort(key=lambda b: (b.taken_at, int(_NAME.match(b.path.name).group("n") or 0)))  # type: ignore[union-attr]
    found.reverse()
    return found


# --- making a backup -----------------------------------------------------------------------


def _stale(entry: Path) -> bool:
    """Whether a temporary file is left over (its writer is gone), not in use right now."""
    if fcntl is None:  # no flock: only an old file is surely stale
        return entry.stat().st_mtime < time.time() - _STALE_TEMP_SECONDS
    fd = os.open(entry, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # a backup or restore is writing it
    finally:
        os.close(fd)
    return True


def _remove_stale_temps(folder: Path) -> list[Path]:
    removed = []
    for pattern in _TEMP_PATTERNS:
        for entry in folder.glob(pattern):
            try:
                if _stale(entry):
                    entry.unlink()
                    removed.append(entry)
            except OSError:
                pass
    return removed


def remove_stale_temps(journal: Path) -> list[Path]:
    """Remove what a killed backup or restore left (temporary copies, which hold customers'
    words) beside the journal and in its backup folder. Run at every start of the app and of
    the command line; files in use by a running backup are left alone. Never raises."""
    journal = Path(journal)
    removed = []
    for folder in (journal.parent, paths.backup_dir(journal)):
        try:
            if folder.is_dir():
                removed += _remove_stale_temps(folder)
        except OSError:
            pass
    return removed


def _copy_with_backup_api(
    source: sqlite3.Connection,
    target: sqlite3.Connection,
    progress: Progress | None,
    what: Path,
) -> None:
    started = time.monotonic()

    def step(status: int, remaining: int, total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            if time.monotonic() - started > BUSY_SECONDS:
                raise UserError(
                    ErrorText.tr(
                        "The journal {path} stayed busy (another program is writing to it): "
                        "try again in a moment.",
                        path=what,
                    )
                )
            return
        if progress is not None and progress(total - remaining, total):
            raise BackupCancelled(ErrorText.tr("The backup was cancelled; nothing was written."))

    source.backup(target, pages=_PAGES_PER_STEP, progress=step)


def _quick_ok(con: sqlite3.Connection) -> bool:
    rows = con.execute("PRAGMA quick_check").fetchall()
    return rows == [("ok",)]


def _cant_write(folder: Path, exc: BaseException) -> UserError:
    """The sentence for a backup or restore that could not write in *folder*: it names that
    folder's disk, which need not be the journal's."""
    text = str(exc).casefold()
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "full" in text:
        why: str = ErrorText.tr(
            "the disk holding it is full: free some space there or choose another folder"
        )
    elif isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = ErrorText.tr("the folder is read-only or not yours: choose another folder")
    elif isinstance(exc, OSError) and exc.errno == errno.EFBIG:
        why = ErrorText.tr("the file grew past the size this system allows: choose another folder")
    else:
        why = os_reason(exc)
    return UserError(
        ErrorText.tr(
            "Nothing could be written in {folder}: {why}. Nothing was changed.",
            folder=folder,
            why=why,
        )
    )


def _writing_error(exc: BaseException) -> bool:
    """Whether a copy failed writing its target (disk full, write refused), not reading."""
    text = str(exc).casefold()
    return any(w in text for w in ("full", "i/o error", "readonly", "unable to open"))


def backup_now(
    journal: Path,
    dest: Path | None = None,
    *,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    _tag: str = "",
) -> Path:
    """A consistent copy of *journal*, in its backup folder or at *dest* (a file or a folder).

    Safe while the app or the command line write to the journal. Returns the backup's path,
    a name no other backup had (two in the same second get `-1`, `-2`...). An existing *dest*
    file is replaced only if it is an SQLite file (an older backup).
    """
    journal = Path(journal)
    if not journal.is_file():
        raise JournalMissing(
            ErrorText.tr("No journal at {path}: there is nothing to back up.", path=journal)
        )
    moment = _now(now)
    stamp = _stamp(moment)
    target: Path | None = None  # an explicit file to replace; else a new name in *folder*
    if dest is None:
        folder = paths.backup_dir(journal)
        try:
            paths.ensure_private_dir(folder)
        except OSError as exc:
            raise _cant_write(folder, exc) from None
    else:
        dest = Path(dest)
        if dest.is_dir():
            folder = dest
        else:
            target = dest
            folder = target.parent
            if not folder.is_dir():
                raise UserError(
                    ErrorText.tr(
                        "The folder {folder} does not exist: create it first.", folder=folder
                    )
                )
            if target.exists():
                if target.resolve() == journal.resolve():
                    raise UserError(
                        ErrorText.tr(
                            "A backup can't replace the journal itself: choose another file."
                        )
                    )
                try:
                    with open(target, "rb") as handle:
                        header = handle.read(16)
                except OSError as exc:
                    raise UserError(
                        ErrorText.tr(
                            "{path} can't be read ({reason}).", path=target, reason=os_reason(exc)
                        )
                    ) from None
                if header != _SQLITE_HEADER:
                    raise UserError(
                        ErrorText.tr(
                            "{path} exists and is not a backup: choose another file name.",
                            path=target,
                        )
                    )
    _remove_stale_temps(folder)
    beside = target or folder / f"{journal.stem}-{stamp}{_tag}.sqlite3"
    try:
        with _private_copy(
            journal, beside, ".backup-tmp", readonly=False, progress=progress, checked=True
        ) as tmp:
            if target is not None:
                os.replace(tmp, target)
            else:
                target = _publish(tmp, folder, journal.stem, stamp, _tag)
        paths.fsync_dir(folder)
    except connect.errors() as exc:
        if _writing_error(exc):
            raise _cant_write(folder, exc) from None
        from custjournal.store.errors import known_error

        raise known_error(exc, journal) or UserError(
            ErrorText.tr("The backup of {path} failed ({reason}).", path=journal, reason=str(exc)),
            hint=Hint.CHECK,
        ) from None
    except OSError as exc:
        raise _cant_write(folder, exc) from None
    return target


def back_up(
    journal: Path,
    *,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    daily: bool = False,
) -> BackupInfo:
    """`custjournal backup` and File > Back Up Now: a backup into the backup folder, then the
    rotation, which never removes the backup just made. Backups of one journal take turns
    (a lock in the folder), so back-to-back runs each keep their own."""
    journal = Path(journal)
    folder = paths.backup_dir(journal)
    if journal.is_file():
        try:
            paths.ensure_private_dir(folder)
        except OSError as exc:
            raise _cant_write(folder, exc) from None
    with _locked(folder):
        made = backup_now(journal, now=now, progress=progress, _tag="-daily" if daily else "")
        size = made.stat().st_size
        rotate(journal, keep=made, now=now)
    return BackupInfo(made, _now(now), "daily" if daily else "auto", size)


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """_folder_lock, or nothing when the folder can't hold a lock file (read-only)."""
    try:
        lock = _folder_lock(folder)
        lock.__enter__()
    except OSError:
        yield
        return
    try:
        yield
    finally:
        lock.__exit__(None, None, None)


def _locked_temp(folder: Path, prefix: str, suffix: str) -> tuple[int, Path]:
    """A new private temporary file, locked (flock) before it takes the name that
    remove_stale_temps looks for: another process's clean-up never sees it unlocked."""
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=suffix + ".new", dir=folder)
    final = Path(name[: -len(".new")])
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.rename(name, final)
    except BaseException:
        os.close(fd)
        Path(name).unlink(missing_ok=True)
        raise
    return fd, final


@contextlib.contextmanager
def _private_copy(
    source_path: Path,
    beside: Path,
    suffix: str,
    *,
    readonly: bool,
    progress: Callable[[int, int], bool | None] | None = None,
    checked: bool = False,
    page_size: int | None = None,
) -> Iterator[Path]:
    """A copy of the database *source_path* in a temporary file beside *beside*: made with the
    online backup API, out of WAL mode (one self-contained file), owner-only and synced.

    With *checked*, the copy must pass a quick check; with *page_size*, it is rewritten with
    that page size. The caller moves the file into place inside the `with` block; after it,
    and on any failure, the temporary file is gone. Until the block ends the file is locked
    (flock), so that remove_stale_temps in another process leaves it alone.
    """
    fd, tmp = _locked_temp(beside.parent, f".{beside.name}.", suffix)
    try:
        source = _connect(source_path, readonly=readonly)
        try:
            # Keyed as the source is: a backup of an encrypted journal is encrypted with the
            # same key (the backup API copies pages between two connections keyed the same).
            copy = connect.connect(
                tmp, like=source_path, isolation_level=None, timeout=BUSY_SECONDS
            )
            try:
                _copy_with_backup_api(source, copy, progress, source_path)
                copy.execute("PRAGMA journal_mode=DELETE")
                if page_size is not None:
                    copy.execute(_SET_PAGE_SIZE[int(page_size)])
                    copy.execute("VACUUM")
                if checked and not _quick_ok(copy):
                    raise UserError(
                        ErrorText.tr(
                            "The copy of {path} did not pass its check: the journal may be "
                            "damaged.",
                            path=source_path,
                        ),
                        hint=Hint.CHECK,
                    )
            finally:
                copy.close()
        finally:
            source.close()
        os.chmod(tmp, 0o600)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        yield tmp
    finally:
        tmp.unlink(missing_ok=True)  # gone already when the caller moved it into place
        # Closed only now (the lock goes with it): SQLite's connection to the file is closed
        # by this point, and closing a descriptor drops this process's locks on the file.
        os.close(fd)


def auto_backup(
    journal: Path, *, now: dt.datetime | None = None, checked: bool = False
) -> Path | None:
    """The day's backup: made if none was made today, after a quick check, then rotated.

    Returns the new backup, or None when there is no journal or today's backup exists.
    Raises JournalDamaged (a UserError) if the journal fails the quick check: a damaged
    journal never pushes a good backup out of the rotation. *checked* says the caller has just
    run that check itself (the app's start-up does), so it is not run twice; the copy is still
    checked before it joins the backups.
    """
    journal = Path(journal)
    if not journal.is_file():
        return None
    moment = _now(now)
    today = moment.astimezone().date()
    # Only a regular backup counts: a before-restore copy holds the journal as it was before
    # that restore, not as it is now.
    made_today = (
        b.kind in REGULAR and b.taken_at.astimezone().date() == today for b in list_backups(journal)
    )
    if any(made_today):
        return None
    if not checked:
        report = check(journal, quick=True)
        if not report.ok:
            raise JournalDamaged(report)
    return back_up(journal, now=moment, daily=True).path


def rotate(
    journal: Path,
    *,
    keep_daily: int = 7,
    keep_weekly: int = 4,
    keep: Path | None = None,
    now: dt.datetime | None = None,
) -> list[Path]:
    """Remove the backups the 7-daily + 4-weekly rule does not keep; returns what went.

    Only regular backups count: safety copies (before-restore, damaged) go only after
    SAFETY_DAYS days. *keep* (the backup just made) is never removed, nor the automatic
    backup of a day kept by the daily rule (a Back Up Now later that day adds to it).
    """
    everything = _listed(journal)  # newest first
    backups = [b for b in everything if b.kind in REGULAR]
    kept: set[Path] = set() if keep is None else {Path(keep)}
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    for b in backups:
        local = b.taken_at.astimezone().date()
        if local not in days and len(days) < keep_daily:
            days.add(local)
            kept.add(b.path)
        week = local.isocalendar()[:2]
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.add(week)
            kept.add(b.path)
    kept |= {
        b.path for b in backups if b.kind == "daily" and b.taken_at.astimezone().date() in days
    }
    too_old = _now(now) - dt.timedelta(days=SAFETY_DAYS)
    going = [b for b in backups if b.path not in kept]
    going += [b for b in everything if b.kind not in REGULAR and b.taken_at < too_old]
    removed = []
    for b in going:
        if b.path in kept:
            continue
        for extra in ("", "-wal", "-shm", "-journal"):
            Path(f"{b.path}{extra}").unlink(missing_ok=True)
        removed.append(b.path)
    return removed


def latest_good_backup(journal: Path) -> Path | None:
    """The newest backup that passes a quick check and is a journal this version can open."""
    for b in list_backups(journal):
        report = check(b.path, quick=True)
        if report.ok:
            return b.path
    return None


# --- checking ------------------------------------------------------------------------------


def _index_problems(con: sqlite3.Connection) -> list[str]:
    """What is out of step in the data derived from the entries (search index, customer columns)."""
    from custjournal.store import derived, search

    problems = derived.out_of_step(con)
    missing = con.execute(
        "SELECT count(*) FROM customer WHERE id NOT IN (SELECT rowid FROM customer_fts)"
    ).fetchone()[0]
    stale = con.execute(
        "SELECT count(*) FROM customer_fts WHERE rowid NOT IN (SELECT id FROM customer)"
    ).fetchone()[0]
    unpaired = con.execute(
        "SELECT (SELECT count(*) FROM search_entry WHERE rowid NOT IN "
        "(SELECT rowid FROM search_fts)) + (SELECT count(*) FROM search_fts WHERE rowid NOT IN "
        "(SELECT rowid FROM search_entry))"
    ).fetchone()[0]
    expected = {
        (d.kind, d.entry_id, d.customer_id)
        for d in search.documents(_RawConnection(con))  # type: ignore[arg-type]
    }
    actual = set(con.execute("SELECT kind, entry_id, customer_id FROM search_entry").fetchall())
    if missing or stale:
        problems.append(
            f"the customer index misses {missing} customers and holds {stale} that are gone"
        )
    if expected != actual or unpaired:
        problems.append(
            f"the search index misses {len(expected - actual)} entries and holds "
            f"{len(actual - expected) + unpaired} stale ones"
        )
    return problems


def check(path: Path, *, quick: bool = False) -> CheckReport:
    """Integrity of a journal (or backup) file, read without writing a byte.

    Full: PRAGMA integrity_check, foreign_key_check, the schema revision, and the search index
    against the data. Quick: PRAGMA quick_check and the schema revision (what start-up and
    auto_backup use).
    """
    path = Path(path)
    require_sqlite()  # an older SQLite would take the checks' SQL for damage
    report = CheckReport(path, quick=quick)
    if not path.is_file():
        raise JournalMissing(
            ErrorText.tr("No journal at {path}: check the path.", path=path),
            hint=Hint.OTHER_JOURNAL,
        )
    try:
        report.revision = schema_revision(path)
    except UserError as exc:
        report.problems.append(exc.message)
        return report
    if report.revision is None:
        report.problems.append("the file holds no journal tables (it is empty)")
        return report
    try:
        con = _connect(path, readonly=True)
    except connect.errors() as exc:
        report.problems.append(f"it can't be opened ({exc})")
        return report
    try:
        pragma = "PRAGMA quick_check" if quick else "PRAGMA integrity_check(100)"
        rows = [r[0] for r in con.execute(pragma).fetchall()]
        if rows != ["ok"]:
            shown = "; ".join(rows[:5]) + (f"; and {len(rows) - 5} more" if len(rows) > 5 else "")
            report.problems.append(f"the file is damaged: {shown}")
            return report
        report.customers = con.execute("SELECT count(*) FROM customer").fetchone()[0]
        if quick:
            return report
        dangling = con.execute("PRAGMA foreign_key_check").fetchall()
        if dangling:
            tables = sorted({r[0] for r in dangling})
            report.problems.append(
                f"{len(dangling)} rows point to rows that don't exist (in {', '.join(tables)})"
            )
        report.index_problems.extend(_index_problems(con))
    except connect.errors() as exc:
        report.problems.append(f"the file is damaged: {exc}")
    finally:
        con.close()
    return report


# --- restoring -----------------------------------------------------------------------------


def _keep_damaged(journal: Path, moment: dt.datetime) -> Path:
    """A byte-for-byte copy of a damaged journal (and its -wal), for inspection."""
    folder = paths.backup_dir(journal)
    paths.ensure_private_dir(folder)
    fd, tmp = _locked_temp(folder, f".{journal.name}.", ".backup-tmp")
    try:
        shutil.copyfile(journal, tmp)
        os.chmod(tmp, 0o600)
        target = _publish(tmp, folder, journal.stem, _stamp(moment), "-damaged")
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)
    wal = Path(f"{journal}-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(f"{target}-wal"))
        os.chmod(Path(f"{target}-wal"), 0o600)
    return target


def _replace_file(journal: Path, backup_file: Path) -> None:
    """Put a copy of *backup_file* where *journal* is, for a journal SQLite can't open at all.

    Only then: a program that had such a file open can't read or write it either (every
    transaction fails on its header), so no write of theirs goes to the replaced file.
    """
    paths.ensure_private_dir(journal.parent)
    with _private_copy(backup_file, journal, ".restore-tmp", readonly=True) as tmp:
        # A stale -wal beside the new file would be replayed over it: remove them first.
        for extra in ("-wal", "-shm", "-journal"):
            Path(f"{journal}{extra}").unlink(missing_ok=True)
        os.replace(tmp, journal)
    paths.fsync_dir(journal.parent)


def _page_size(path: Path) -> int:
    if connect.is_encrypted(path):
        return 4096  # SQLCipher's page size (encrypted files of a journal share their key)
    header = connect.read_head(path, 18)  # never a close() of the journal's file (connect.py)
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def _restore_in_place(journal: Path, backup_file: Path) -> None:
    """Copy *backup_file* into the journal's own file with the backup API.

    SQLite writes it as one transaction through the journal's WAL, so programs that have the
    journal open (the app, another command) see the restored content on their next
    transaction and keep writing into the same file. A journal in WAL mode can't take pages of
    another size: such a backup is first rewritten with the journal's page size (VACUUM).
    """
    target = _connect(journal, readonly=False)
    try:
        page = target.execute("PRAGMA page_size").fetchone()[0]
        with contextlib.ExitStack() as stack:
            source_path = backup_file
            if _page_size(backup_file) != page:
                source_path = stack.enter_context(
                    _private_copy(backup_file, journal, ".page-tmp", readonly=True, page_size=page)
                )
            source = _connect(source_path, readonly=True)
            try:
                _copy_with_backup_api(source, target, None, journal)
            finally:
                source.close()
        target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        target.close()


def _unopenable(exc: BaseException) -> bool:
    text = str(exc).casefold()
    return "not a database" in text or "malformed" in text or "corrupt" in text


def restore(journal: Path, backup_file: Path, *, now: dt.datetime | None = None) -> RestoreResult:
    """Replace the journal's content with *backup_file*, after checking it and backing up the
    journal: in place, so that open programs see it (see _restore_in_place)."""
    journal, backup_file = Path(journal), Path(backup_file)
    if not backup_file.is_file():
        raise UserError(
            ErrorText.tr("There is no backup at {path}: check the path.", path=backup_file)
        )
    if journal.exists() and not journal.is_file():
        raise UserError(
            ErrorText.tr("{path} is a folder, not a journal.", path=journal),
            hint=Hint.OTHER_JOURNAL,
        )
    if journal.exists() and backup_file.resolve() == journal.resolve():
        raise UserError(
            ErrorText.tr("That file is the journal itself: choose a backup to restore.")
        )
    report = check(backup_file)
    if not report.data_ok:
        raise UserError(
            ErrorText.tr(
                "{path} can't be restored: {problems}. The journal was left as it was.",
                path=backup_file,
                problems="; ".join(report.problems),
            )
        )
    moment = _now(now)
    safety: Path | None = None
    healthy = False
    try:
        mismatch = connect.is_encrypted(backup_file) != connect.is_encrypted(journal)
        if journal.is_file():
            current = check(journal, quick=True)
            healthy = current.ok
            if healthy and mismatch:
                # The backup API copies pages between two files keyed alike only. (A journal
                # that can't be opened is replaced below, whatever it was, and kept.)
                if connect.is_encrypted(backup_file):
                    alike = ErrorText.tr(
                        "{backup} is encrypted and the journal {path} is not: both must be "
                        "alike to restore. The journal was left as it was.",
                        backup=backup_file,
                        path=journal,
                    )
                else:
                    alike = ErrorText.tr(
                        "{backup} is not encrypted and the journal {path} is not: both must be "
                        "alike to restore. The journal was left as it was.",
                        backup=backup_file,
                        path=journal,
                    )
                raise UserError(alike, hint=Hint.MATCH_ENCRYPTION)
            if current.ok:
                safety = backup_now(journal, now=moment, _tag="-before-restore")
            else:
                safety = _keep_damaged(journal, moment)
        restored = False
        if journal.is_file() and not mismatch:
            try:
                _restore_in_place(journal, backup_file)
                restored = True
            except connect.errors() as exc:
                if not _unopenable(exc):
                    raise
        if not restored:
            _replace_file(journal, backup_file)
        os.chmod(journal, 0o600)
    except connect.errors() as exc:
        from custjournal.store.errors import known_error

        raise known_error(exc, journal) or UserError(
            ErrorText.tr(
                "The restore of {path} failed ({reason}): the journal was left as it was.",
                path=journal,
                reason=str(exc),
            )
        ) from None
    except OSError as exc:
        raise _cant_write(
            Path(exc.filename).parent if exc.filename else journal.parent, exc
        ) from None
    _finish_restore(journal, rebuild_index=not report.ok)
    note_damage(journal, False)  # a sound backup's content now: no longer found damaged
    if safety:
        said = OpsText.tr(
            "Restored {path} from {backup}. The journal as it was is kept in {safety}.",
            path=journal,
            backup=backup_file,
            safety=safety,
        )
    else:
        said = OpsText.tr("Restored {path} from {backup}.", path=journal, backup=backup_file)
    return RestoreResult(journal, backup_file, safety, said)


def _finish_restore(journal: Path, *, rebuild_index: bool) -> None:
    """Upgrade an older schema now, and rebuild a search index the backup had out of step."""
    from custjournal.store import derived, search
    from custjournal.store.journal import open_journal

    opened = open_journal(journal)
    try:
        if rebuild_index:
            with opened.write() as session:
                search.rebuild(session.connection())
                derived.install(session.connection())
    finally:
        opened.close()


def rebuild_index(journal: Path) -> None:
    """Rebuild the search index and derived columns from the data (what `check` suggests)."""
    from custjournal.store import derived, search
    from custjournal.store.journal import open_journal

    opened = open_journal(journal, create=False)
    try:
        with opened.write() as session:
            search.rebuild(session.connection())
            derived.install(session.connection())
    finally:
        opened.close()


# --- privacy: customers in backups ---------------------------------------------------------


def _same_customer(con: sqlite3.Connection, customer_id: int, name: str, added: str | None) -> bool:
    row = con.execute(
        "SELECT name, created_at FROM customer WHERE id = ?", (customer_id,)
    ).fetchone()
    return row is not None and same_customer(row[0], row[1], name, added)


def _readable_backups(journal: Path) -> Iterator[tuple[BackupInfo, sqlite3.Connection]]:
    for b in _listed(journal):  # backups and safety copies alike
        try:
            con = _connect(b.path, readonly=True)
            con.execute("SELECT 1 FROM customer LIMIT 1")
        except connect.errors():
            continue
        try:
            yield b, con
        finally:
            con.close()


def _holds_raw(path: Path, name: str) -> bool:
    """Whether the bytes of *path* (or its -wal) hold *name*: for a copy SQLite can't read."""
    needle = name.encode()
    for file in (path, Path(f"{path}-wal")):
        try:
            if needle in file.read_bytes():
                return True
        except OSError:
            continue
    return False


def backups_holding(
    journal: Path, customer_id: int, name: str, added: str | None = None
) -> list[Path]:
    """The files in the backup folder that still hold customer #id with this name, or (when
    *added* is given: their created_at) added at that moment under another name, renamed since:
    backups, safety copies, and damaged copies whose bytes hold the name."""
    held = []
    for b in _listed(journal):
        try:
            con = _connect(b.path, readonly=True)
            try:
                if _same_customer(con, customer_id, name, added):
                    held.append(b.path)
                continue
            finally:
                con.close()
        except connect.errors():
            pass  # unreadable (a damaged copy): judged by its bytes
        if _holds_raw(b.path, name):
            held.append(b.path)
    return held


def backup_candidates(journal: Path) -> list[Candidate]:
    """Every customer found in the backups (to erase one already gone from the journal)."""
    seen: dict[tuple[int, str], Candidate] = {}
    for _b, con in _readable_backups(journal):
        try:
            for cid, name, company, added in con.execute(
                "SELECT id, name, company, created_at FROM customer"
            ):
                seen.setdefault((cid, fold(name)), Candidate(cid, name, company, added))
        except connect.errors():
            continue
    return sorted(seen.values(), key=lambda c: c.id)


class Erased(list[Path]):
    """The copies a customer was erased from; `removed` are damaged copies that could not be
    edited and were deleted instead (they count too)."""

    def __init__(self, erased: list[Path], removed: list[Path]) -> None:
        super().__init__(erased + removed)
        self.removed = removed

    def sentence(self) -> str:
        """What a confirmation adds about removed damaged copies ('' when there were none)."""
        if not self.removed:
            return ""
        n = len(self.removed)
        return (
            f" {n} damaged cop{'ies' if n != 1 else 'y'} that could not be edited "
            f"{'were' if n != 1 else 'was'} deleted instead."
        )


def _erase_in(path: Path, customer_id: int) -> None:
    from custjournal.store import search

    con = _connect(path, readonly=False)
    try:
        con.execute("PRAGMA foreign_keys=ON")
        con.execute("PRAGMA secure_delete=ON")
        con.execute("BEGIN IMMEDIATE")
        try:
            con.execute("DELETE FROM customer WHERE id = ?", (customer_id,))
            raw = _RawConnection(con)
            search.reindex_customers(raw, [customer_id])  # type: ignore[arg-type]
            search.optimize(raw)  # type: ignore[arg-type]
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        # Free pages may still hold old words of theirs: VACUUM rewrites the file; a copy
        # in WAL mode (a damaged journal's) is then folded into one file, its -wal gone.
        con.execute("VACUUM")
        con.execute("PRAGMA journal_mode=DELETE")
        if not _quick_ok(con):
            raise sqlite3.DatabaseError("database disk image is malformed")
    finally:
        con.close()
    os.chmod(path, 0o600)


def erase_from_backups(
    journal: Path, customer_id: int, name: str, added: str | None = None
) -> Erased:
    """Erase the customer from every file in the backup folder holding them (`backups_holding`:
    by id and name, or id and *added*), as `forget` does in the journal: backups and safety
    copies are edited; a damaged copy that can't be edited is deleted; what a killed backup or
    restore left is removed first."""
    journal = Path(journal)
    remove_stale_temps(journal)
    folder = paths.backup_dir(journal)
    erased: list[Path] = []
    removed: list[Path] = []
    with _locked(folder) if folder.is_dir() else contextlib.nullcontext():
        for path in backups_holding(journal, customer_id, name, added):
            try:
                _erase_in(path, customer_id)
                erased.append(path)
            except connect.errors():
                for extra in ("", "-wal", "-shm", "-journal"):
                    Path(f"{path}{extra}").unlink(missing_ok=True)
                removed.append(path)
            for extra in ("-shm", "-journal"):
                Path(f"{path}{extra}").unlink(missing_ok=True)
    return Erased(erased, removed)
