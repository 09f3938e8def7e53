"""Backups, restore and integrity checks for a journal file. Plain Python, no Qt.

    backup_now(path, dest=None, progress=None) -> Path   # a consistent copy, any time
    auto_backup(path) -> Path | None     # at most one a day; refuses a damaged journal
    rotate(path) -> list[Path]           # keep 7 daily and 4 weekly
    list_backups(path) -> list[BackupInfo]     # newest first
    latest_good_backup(path) -> Path | None
    restore(path, backup_file) -> RestoreResult
    check(path, quick=False) -> CheckReport
    backups_holding(path, customer_id, name) / erase_from_backups(...)   # for `forget`

Backups live in `paths.backup_dir(journal)` (a 0700 folder), named
`<stem>-<UTC YYYYmmddTHHMMSSZ>.sqlite3` (0600); the safety copy `restore` takes first ends in
`-before-restore.sqlite3`, and a damaged journal that a restore replaces is kept as
`-damaged.sqlite3` (never counted as a good backup, never rotated away).

How a backup is made: SQLite's online backup API from a connection of its own into a temporary
file beside the target, which is checked (quick_check), switched out of WAL mode (a backup is a
single file) and fsynced before it is renamed into place. A process killed half-way leaves at
most a stale temporary file (removed by a later backup), never a backup that looks complete.
`Connection.backup()` loops for ever while the source is locked by a write transaction on the
same connection (measured here, ENGINEERING.md): this module never backs up from a connection
that writes, and gives up with a sentence after BUSY_SECONDS of a busy source. Callers must not
call it from inside `journal.write()`.

Rotation (restic's "keep-daily 7, keep-weekly 4"): of the backups, keep the newest of each of
the 7 most recent days that have one, and the newest of each of the 4 most recent ISO weeks that
have one; remove the rest. Days and weeks are the user's local calendar.

Restore checks the backup first (integrity_check, foreign_key_check, a journal of a schema this
version knows), takes a safety backup of the current journal (or keeps a damaged one as it is),
then copies the backup *into* the journal with the backup API: SQLite writes it as one
transaction through the journal's own WAL, so there is no moment with a half-replaced file and
no stale -wal/-shm can be replayed over it. Only when the current journal can't be opened at all
is the file replaced (temporary file, rename; its -wal and -shm removed first). An older schema
is upgraded right after.
"""

from __future__ import annotations

import datetime as dt
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
from custjournal.domain.errors import UserError
from custjournal.domain.matching import Candidate
from custjournal.domain.text import fold
from custjournal.store.journal import JournalMissing, require_sqlite, schema_revision

BUSY_SECONDS = 10.0
_PAGES_PER_STEP = 4096  # 16 MB at 4 KB pages: progress is reported between steps
_STALE_TEMP_SECONDS = 3600

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?(?P<tag>-before-restore)?\.sqlite3$"
)
_SQLITE_HEADER = b"SQLite format 3\x00"

Progress = Callable[[int, int], "bool | None"]


class JournalDamaged(UserError):
    """The journal failed its check: it must not replace a good backup."""

    def __init__(self, report: CheckReport) -> None:
        super().__init__(report.summary())
        self.report = report


class BackupCancelled(UserError):
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # aware, UTC
    kind: str  # "auto" or "before-restore"
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
            count = f" ({self.customers} customers)" if self.customers is not None else ""
            return f"The journal {self.path} is healthy: {what} all check out{count}."
        lines = [f"The journal {self.path} has problems:"]
        lines += [f"- {p}" for p in self.problems + self.index_problems]
        if self.problems:
            lines.append(
                "Restore the latest good backup with 'custjournal restore FILE' (backups are in "
                f"{paths.backup_dir(self.path)}); keep the damaged file for inspection."
            )
        else:
            lines.append(
                "These are worked out from the entries, which are sound: rebuild them with "
                "'custjournal check --rebuild-index'."
            )
        return "\n".join(lines)


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


def _uri(path: Path, *, readonly: bool) -> str:
    quoted = urllib.parse.quote(str(path))
    if not readonly:
        return f"file:{quoted}"
    # Without a -wal file nothing is pending outside the main file: immutable opens it without
    # creating -wal/-shm beside it (a check must not write a byte).
    wal = Path(f"{path}-wal")
    return f"file:{quoted}?mode=ro" + ("" if wal.exists() else "&immutable=1")


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    con = sqlite3.connect(_uri(path, readonly=readonly), uri=True, isolation_level=None)
    con.execute(f"PRAGMA busy_timeout={int(BUSY_SECONDS * 1000)}")
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
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


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


def list_backups(journal: Path) -> list[BackupInfo]:
    """The journal's backups in its backup folder, newest first."""
    folder = paths.backup_dir(Path(journal))
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if not m or not entry.is_file():
            continue
        taken = dt.datetime.strptime(m.group("stamp"), "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
        kind = "before-restore" if m.group("tag") else "auto"
        found.append(BackupInfo(entry, taken, kind, entry.stat().st_size))
    found.sort(key=lambda b: (b.taken_at, int(_NAME.match(b.path.name).group("n") or 0)))  # type: ignore[union-attr]
    found.reverse()
    return found


# --- making a backup -----------------------------------------------------------------------


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_stale_temps(folder: Path) -> None:
    cutoff = time.time() - _STALE_TEMP_SECONDS
    for entry in folder.glob(".*.backup-tmp"):
        try:
            if entry.stat().st_mtime < cutoff:
                entry.unlink()
        except OSError:
            pass


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
                    f"The journal {what} stayed busy (another program is writing to it): "
                    "try again in a moment."
                )
            return
        if progress is not None and progress(total - remaining, total):
            raise BackupCancelled("The backup was cancelled; nothing was written.")

    source.backup(target, pages=_PAGES_PER_STEP, progress=step)


def _quick_ok(con: sqlite3.Connection) -> bool:
    rows = con.execute("PRAGMA quick_check").fetchall()
    return rows == [("ok",)]


def backup_now(
    journal: Path,
    dest: Path | None = None,
    *,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    _tag: str = "",
) -> Path:
    """A consistent copy of *journal*, in its backup folder or at *dest* (a file or a folder).

    Safe while the app or the command line write to the journal. Returns the backup's path.
    An existing *dest* file is replaced only if it is an SQLite file (an older backup).
    """
    journal = Path(journal)
    if not journal.is_file():
        raise JournalMissing(f"No journal at {journal}: there is nothing to back up.")
    moment = _now(now)
    if dest is None:
        folder = paths.backup_dir(journal)
        paths.ensure_private_dir(folder)
        target = _free_name(folder, journal.stem, _stamp(moment), _tag)
    else:
        dest = Path(dest)
        if dest.is_dir():
            target = _free_name(dest, journal.stem, _stamp(moment))
        else:
            target = dest
            if not target.parent.is_dir():
                raise UserError(f"The folder {target.parent} does not exist: create it first.")
            if target.exists():
                with open(target, "rb") as handle:
                    if handle.read(16) != _SQLITE_HEADER:
                        raise UserError(
                            f"{target} exists and is not a backup: choose another file name."
                        )
        if target.resolve() == journal.resolve():
            raise UserError("A backup can't replace the journal itself: choose another file.")
    folder = target.parent
    _remove_stale_temps(folder)
    try:
        tmp = _private_copy(
            journal, target, ".backup-tmp", readonly=False, progress=progress, checked=True
        )
        os.replace(tmp, target)
        _fsync_dir(folder)
    except sqlite3.Error as exc:
        from custjournal.store.errors import known_error

        raise known_error(exc, journal) or UserError(
            f"The backup of {journal} failed ({exc}): run 'custjournal check'."
        ) from None
    return target


def _private_copy(
    source_path: Path,
    beside: Path,
    suffix: str,
    *,
    readonly: bool,
    progress: Callable[[int, int], bool | None] | None = None,
    checked: bool = False,
) -> Path:
    """A copy of the database *source_path* in a temporary file beside *beside*: made with the
    online backup API, out of WAL mode (one self-contained file), owner-only and synced.

    With *checked*, the copy must pass a quick check. The caller moves the file into place;
    on any failure the temporary file is gone.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=f".{beside.name}.", suffix=suffix, dir=beside.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        source = _connect(source_path, readonly=readonly)
        try:
            copy = sqlite3.connect(tmp, isolation_level=None)
            try:
                _copy_with_backup_api(source, copy, progress, source_path)
                copy.execute("PRAGMA journal_mode=DELETE")
                if checked and not _quick_ok(copy):
                    raise UserError(
                        f"The copy of {source_path} did not pass its check: the journal may be "
                        "damaged. Run 'custjournal check'."
                    )
            finally:
                copy.close()
        finally:
            source.close()
        os.chmod(tmp, 0o600)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


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
    if any(b.taken_at.astimezone().date() == today for b in list_backups(journal)):
        return None
    if not checked:
        report = check(journal, quick=True)
        if not report.ok:
            raise JournalDamaged(report)
    made = backup_now(journal, now=moment)
    rotate(journal)
    return made


def rotate(journal: Path, *, keep_daily: int = 7, keep_weekly: int = 4) -> list[Path]:
    """Remove the backups the 7-daily + 4-weekly rule does not keep; returns what went."""
    backups = list_backups(journal)  # newest first
    keep: set[Path] = set()
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    for b in backups:
        local = b.taken_at.astimezone().date()
        if local not in days and len(days) < keep_daily:
            days.add(local)
            keep.add(b.path)
        week = local.isocalendar()[:2]
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.add(week)
            keep.add(b.path)
    removed = []
    for b in backups:
        if b.path not in keep:
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
        raise JournalMissing(f"No journal at {path}: check the path, or pass --journal.")
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
    except sqlite3.Error as exc:
        report.problems.append(f"it can't be opened ({exc})")
        return report
    try:
        pragma = "quick_check" if quick else "integrity_check(100)"
        rows = [r[0] for r in con.execute(f"PRAGMA {pragma}").fetchall()]
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
    except sqlite3.Error as exc:
        report.problems.append(f"the file is damaged: {exc}")
    finally:
        con.close()
    return report


# --- restoring -----------------------------------------------------------------------------


def _keep_damaged(journal: Path, moment: dt.datetime) -> Path:
    folder = paths.backup_dir(journal)
    paths.ensure_private_dir(folder)
    target = folder / f"{journal.stem}-{_stamp(moment)}-damaged.sqlite3"
    for extra in ("", "-wal"):
        src = Path(f"{journal}{extra}")
        if src.exists():
            shutil.copyfile(src, Path(f"{target}{extra}"))
            os.chmod(Path(f"{target}{extra}"), 0o600)
    return target


def _replace_file(journal: Path, backup_file: Path) -> None:
    """Put a copy of *backup_file* where *journal* is, for a journal that can't be opened."""
    paths.ensure_private_dir(journal.parent)
    tmp = _private_copy(backup_file, journal, ".restore-tmp", readonly=True)
    try:
        # A stale -wal beside the new file would be replayed over it: remove them first.
        for extra in ("-wal", "-shm", "-journal"):
            Path(f"{journal}{extra}").unlink(missing_ok=True)
        os.replace(tmp, journal)
        _fsync_dir(journal.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def restore(journal: Path, backup_file: Path, *, now: dt.datetime | None = None) -> RestoreResult:
    """Replace the journal with *backup_file*, after checking it and backing up the journal."""
    journal, backup_file = Path(journal), Path(backup_file)
    if not backup_file.is_file():
        raise UserError(f"There is no backup at {backup_file}: check the path.")
    if journal.exists() and backup_file.resolve() == journal.resolve():
        raise UserError("That file is the journal itself: choose a backup to restore.")
    report = check(backup_file)
    if not report.data_ok:
        raise UserError(
            f"{backup_file} can't be restored: {'; '.join(report.problems)}. "
            "The journal was left as it was."
        )
    moment = _now(now)
    safety: Path | None = None
    healthy = False
    if journal.is_file():
        current = check(journal, quick=True)
        healthy = current.ok
        if healthy:
            safety = backup_now(journal, now=moment, _tag="-before-restore")
        else:
            safety = _keep_damaged(journal, moment)
    restored = False
    if healthy:
        try:
            source = _connect(backup_file, readonly=True)
            try:
                target = _connect(journal, readonly=False)
                try:
                    _copy_with_backup_api(source, target, None, journal)
                    target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    target.close()
            finally:
                source.close()
            restored = True
        except sqlite3.Error:
            restored = False  # e.g. a page size the journal's WAL can't take: replace the file
    if not restored:
        _replace_file(journal, backup_file)
    os.chmod(journal, 0o600)
    _finish_restore(journal, rebuild_index=not report.ok)
    kept = f" The journal as it was is kept in {safety}." if safety else ""
    return RestoreResult(
        journal, backup_file, safety, f"Restored {journal} from {backup_file}.{kept}"
    )


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


def _same_customer(con: sqlite3.Connection, customer_id: int, name: str) -> bool:
    row = con.execute("SELECT name FROM customer WHERE id = ?", (customer_id,)).fetchone()
    return row is not None and " ".join(fold(row[0]).split()) == " ".join(fold(name).split())


def _readable_backups(journal: Path) -> Iterator[tuple[BackupInfo, sqlite3.Connection]]:
    for b in list_backups(journal):
        try:
            con = _connect(b.path, readonly=True)
            con.execute("SELECT 1 FROM customer LIMIT 1")
        except sqlite3.Error:
            continue
        try:
            yield b, con
        finally:
            con.close()


def backups_holding(journal: Path, customer_id: int, name: str) -> list[Path]:
    """The backups that still hold customer #id with this name."""
    held = []
    for b, con in _readable_backups(journal):
        try:
            if _same_customer(con, customer_id, name):
                held.append(b.path)
        except sqlite3.Error:
            continue
    return held


def backup_candidates(journal: Path) -> list[Candidate]:
    """Every customer found in the backups (to erase one already gone from the journal)."""
    seen: dict[tuple[int, str], Candidate] = {}
    for _b, con in _readable_backups(journal):
        try:
            for cid, name, company in con.execute("SELECT id, name, company FROM customer"):
                seen.setdefault((cid, fold(name)), Candidate(cid, name, company))
        except sqlite3.Error:
            continue
    return sorted(seen.values(), key=lambda c: c.id)


def erase_from_backups(journal: Path, customer_id: int, name: str) -> list[Path]:
    """Erase the customer from every backup holding them, as `forget` does in the journal."""
    from custjournal.store import search

    erased = []
    for path in backups_holding(journal, customer_id, name):
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
            # Free pages may still hold old words of theirs: VACUUM rewrites the file.
            con.execute("VACUUM")
        finally:
            con.close()
        os.chmod(path, 0o600)
        erased.append(path)
    return erased
