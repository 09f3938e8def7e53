"""Encrypting a journal, decrypting it, changing its passphrase: one atomic file conversion.

    encrypt(path, passphrase)            # plain -> SQLCipher 4
    decrypt(path)                        # SQLCipher -> plain (the key from store/connect.py)
    change_passphrase(path, passphrase)  # SQLCipher -> SQLCipher with a new key and salt
    tidy(path)                           # what a killed conversion left behind, erased

Each runs the same steps, chosen so that a SIGKILL at any moment leaves the journal's path
holding either the old or the new journal, never neither, and never a half-written one:

1. The journal is opened with sqlcipher3 (it reads plain files too) and switched out of WAL
   mode. SQLite refuses that while any other connection has it open, which is how "the app or
   another command is using it" is noticed; it also folds the -wal file into the main file.
   Then an exclusive lock is taken and held to the end: nobody writes the old file meanwhile.
2. `sqlcipher_export()` copies everything into a temporary file beside it (ATTACH ... KEY, the
   new key; an empty key writes a plain file), which is checked (quick_check, same tables) and
   fsynced. The temporary file is flock()ed while it is written, so `tidy` in another process
   leaves it alone.
3. A second name is linked to the old file (`.<name>.erase`), then the new file is renamed over
   the journal's path (atomic), then the old file is overwritten with zeros, fsynced and
   unlinked through that second name: a plain journal leaves no readable page behind (as far as
   the file system rewrites in place; see docs/privacy.md).

A kill leaves at most a temporary file or an `.erase` link: `tidy` (run before any conversion
and whenever a journal is opened) erases a temporary file, and erases the `.erase` link's file
unless it is still the journal itself (killed before the rename), when only the link goes.

Backups in the journal's backup folder are converted the same way, so that encrypting a
journal does not leave its history readable beside it (and decrypting leaves none unreadable).
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from custjournal import paths
from custjournal.domain.errors import Hint, UserError
from custjournal.domain.i18n import ErrorText
from custjournal.store import connect

try:  # flock keeps `tidy` away from a conversion still running in another process
    import fcntl
except ImportError:  # pragma: no cover - not on Windows
    fcntl = None  # type: ignore[assignment]

_TMP_SUFFIX = ".crypt-tmp"
_ERASE_SUFFIX = ".erase"
_CHUNK = 1 << 20
MIN_PASSPHRASE = 8

# Called between the steps with the step's name (the kill tests stop a child there).
Step = Callable[[str], None]


def _no_step(_name: str) -> None:
    pass


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(
            ErrorText.tr(
                "A passphrase needs at least {least} characters: choose a longer one "
                "(a few unrelated words are easy to remember and hard to guess).",
                least=str(MIN_PASSPHRASE),
            )
        )


def encrypt(path: Path, passphrase: str, *, step: Step = _no_step) -> list[Path]:
    """Encrypt the plain journal at *path* (and its backups) with *passphrase*.

    Returns the backups converted with it. The passphrase is kept for this process.
    """
    path = Path(path)
    check_passphrase(passphrase)
    _exists(path)
    if connect.is_encrypted(path):
        raise UserError(
            ErrorText.tr("The journal {path} is already encrypted.", path=path),
            hint=Hint.CHANGE_PASSPHRASE,
        )
    connect.sqlcipher()
    raw = connect.new_key(passphrase)
    _convert(path, None, raw, step)
    connect.remember_key(raw, passphrase)
    return _convert_backups(path, raw)


def decrypt(path: Path, *, step: Step = _no_step) -> list[Path]:
    """Turn the encrypted journal at *path* (and its backups) back into plain SQLite files."""
    path = Path(path)
    _exists(path)
    if not connect.is_encrypted(path):
        raise UserError(
            ErrorText.tr(
                "The journal {path} is not encrypted: there is nothing to decrypt.", path=path
            )
        )
    old = connect.key_for(path)
    _convert(path, old, "", step)
    return _convert_backups(path, "")


def change_passphrase(path: Path, passphrase: str, *, step: Step = _no_step) -> list[Path]:
    """Re-encrypt the journal at *path* (and its backups) under a new passphrase and salt."""
    path = Path(path)
    check_passphrase(passphrase)
    _exists(path)
    if not connect.is_encrypted(path):
        raise UserError(
            ErrorText.tr("The journal {path} is not encrypted.", path=path), hint=Hint.ENCRYPT
        )
    old = connect.key_for(path)
    raw = connect.new_key(passphrase)
    _convert(path, old, raw, step)
    connect.remember_key(raw, passphrase)
    return _convert_backups(path, raw)


def _exists(path: Path) -> None:
    if not path.is_file() or path.stat().st_size == 0:
        raise UserError(
            ErrorText.tr("No journal at {path}: check the path.", path=path),
            hint=Hint.OTHER_JOURNAL,
        )
    # A conversion replaces the file: not one that can't be written, nor one found damaged
    # (the sentences of store/journal.py, which opens such a journal read-only).
    from custjournal.store import journal

    if journal.refusal_of(path) is not None:
        raise UserError(journal.refusal_of(path) or "")


# --- the conversion ------------------------------------------------------------------------


def _open_source(path: Path, raw_key: str | None) -> Any:
    module = connect.sqlcipher()
    con = module.connect(str(path), isolation_level=None, timeout=0.2)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        if raw_key is not None:
            con.execute(f'PRAGMA key = "{raw_key}"')
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        con.close()
        raise
    return con


def _busy(path: Path) -> UserError:
    return UserError(
        ErrorText.tr(
            "The journal {path} is open in another program (the app, or a command still "
            "running): close it, then try again. Nothing was changed.",
            path=path,
        )
    )


def _take_alone(con: Any, path: Path, module: Any) -> None:
    """Out of WAL mode and an exclusive lock held until *con* closes, or UserError if busy."""
    try:
        mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise _busy(path)
        con.execute("PRAGMA locking_mode=EXCLUSIVE")
        version = int(con.execute("PRAGMA user_version").fetchone()[0])
        con.execute("BEGIN EXCLUSIVE")
        # A write (of the same value) is what makes exclusive locking mode keep the lock.
        con.execute(f"PRAGMA user_version={version}")
        con.execute("COMMIT")
    except module.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise _busy(path) from None
        raise


@contextlib.contextmanager
def _locked_temp(beside: Path) -> Iterator[Path]:
    import tempfile  # here: every open of a journal loads this module, few convert (17 ms)

    fd, name = tempfile.mkstemp(prefix=f".{beside.name}.", suffix=_TMP_SUFFIX, dir=beside.parent)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield Path(name)
    finally:
        os.close(fd)


def _tables(con: Any) -> list[tuple[str, int]]:
    """The row count of every journal table the file has: the converted copy must hold the
    same. (The search index is rebuilt from these tables; the integrity check covers it.)"""
    present = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [
        (name, con.execute(sql).fetchone()[0])
        for name, sql in _count_statements().items()
        if name in present
    ]


@functools.cache
def _count_statements() -> dict[str, str]:
    """One complete `SELECT count(*)` per journal table, compiled by SQLAlchemy from the
    models (identifiers quoted by the dialect), never put together by hand."""
    from sqlalchemy import func, select
    from sqlalchemy.dialects import sqlite
    from sqlmodel import SQLModel

    from custjournal.store import models  # noqa: F401 - registers the tables

    dialect = sqlite.dialect()
    return {
        table.name: str(select(func.count()).select_from(table).compile(dialect=dialect))
        for table in SQLModel.metadata.sorted_tables
    }


def _convert(path: Path, old_key: str | None, new_key: str, step: Step) -> None:
    """Replace the database at *path* by a copy under *new_key* ("" for plain), atomically."""
    tidy(path)
    module = connect.sqlcipher()
    source = _open_source(path, old_key)
    try:
        _take_alone(source, path, module)
        step("locked")
        with _locked_temp(path) as tmp:
            # A raw key is a literal x'…' inside the KEY string: written into the statement.
            source.execute(f"ATTACH DATABASE '{_sql_str(tmp)}' AS converted KEY \"{new_key}\"")
            # The copy is checked and fsynced as a whole before it replaces anything, and a
            # kill leaves only a temporary file: no rollback journal nor a sync per table
            # (which made the export of a small journal take 1.4 s instead of 14 ms).
            source.execute("PRAGMA converted.synchronous=OFF")
            source.execute("PRAGMA converted.journal_mode=OFF")
            try:
                source.execute("SELECT sqlcipher_export('converted')")
                step("exported")
            finally:
                source.execute("DETACH DATABASE converted")
            # Checked through a connection of its own: the export writes the schema of the
            # search index's virtual tables directly, which this connection does not reload.
            _verify(tmp, new_key, module, _tables(source))
            os.chmod(tmp, 0o600)
            with open(tmp, "rb") as handle:
                os.fsync(handle.fileno())
            step("checked")
            erase_link = path.with_name(f".{path.name}{_ERASE_SUFFIX}")
            erase_link.unlink(missing_ok=True)
            os.link(path, erase_link)
            # The old file's -wal/-shm were emptied by leaving WAL mode; none may be replayed
            # over the new file.
            for extra in ("-wal", "-shm", "-journal"):
                _erase(Path(f"{path}{extra}"))
            step("linked")
            os.replace(tmp, path)
            paths.fsync_dir(path.parent)
            step("renamed")
    finally:
        source.close()
    _erase(erase_link)
    paths.fsync_dir(path.parent)


def _sql_str(path: Path) -> str:
    return str(path).replace("'", "''")


def _verify(tmp: Path, key: str, module: Any, expected: list[tuple[str, int]]) -> None:
    con = module.connect(str(tmp), isolation_level=None)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        if key:
            con.execute(f'PRAGMA key = "{key}"')
        rows = con.execute("PRAGMA quick_check").fetchall()
        tables = _tables(con)
    finally:
        con.close()
    if rows != [("ok",)]:
        raise RuntimeError(f"the converted copy failed its check: {rows[:3]}")
    if tables != expected:
        raise RuntimeError("the converted copy does not hold the same rows as the journal")


def _convert_backups(journal: Path, new_key: str) -> list[Path]:
    """Convert each backup of *journal* that this process can open; returns those done."""
    from custjournal.store.backup import list_backups

    done = []
    for info in list_backups(journal):
        backup = info.path
        try:
            old = connect.key_for(backup) if connect.is_encrypted(backup) else None
        except UserError:
            continue  # a backup under a passphrase this process does not know: left as it is
        if (old is None and new_key == "") or old == new_key:
            continue
        _convert(backup, old, new_key, _no_step)
        done.append(backup)
    return done


# --- erasing -------------------------------------------------------------------------------


def _erase(path: Path) -> None:
    """Overwrite *path* with zeros, sync, and unlink it (nothing if it does not exist)."""
    try:
        fd = os.open(path, os.O_WRONLY)
    except FileNotFoundError:
        return
    try:
        size = os.fstat(fd).st_size
        zeros = b"\0" * _CHUNK
        written = 0
        while written < size:
            written += os.write(fd, zeros[: min(_CHUNK, size - written)])
        os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink(missing_ok=True)


def _unlocked(path: Path) -> bool:
    """True when no process holds the flock of *path* (a conversion still running does)."""
    if fcntl is None:
        return True
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)
    return True


def tidy(path: Path) -> None:
    """Erase what a killed conversion left beside the journal *path* and its backups."""
    path = Path(path)
    folders = [path.parent, paths.backup_dir(path)]
    for folder in folders:
        try:
            leftovers = [
                entry
                for entry in folder.iterdir()
                if entry.name.startswith(".")
                and (entry.name.endswith(_TMP_SUFFIX) or entry.name.endswith(_ERASE_SUFFIX))
            ]
        except OSError:
            continue
        for entry in leftovers:
            try:
                _tidy_one(entry)
            except OSError:
                pass  # a read-only folder: nothing can be erased, and nothing was written


def _tidy_one(entry: Path) -> None:
    if entry.name.endswith(_TMP_SUFFIX):
        if _unlocked(entry):  # not a conversion still running in another process
            _erase(entry)
        return
    original = entry.with_name(entry.name[1 : -len(_ERASE_SUFFIX)])
    try:
        still_in_use = original.exists() and os.path.samefile(original, entry)
    except OSError:
        still_in_use = False
    if still_in_use:
        # Killed before the rename: the link is the journal itself, not a leftover.
        entry.unlink(missing_ok=True)
    else:
        _erase(entry)
