"""Reading and writing the files users hand us: size limits, text decoding, private output.

- `read_bytes(path, what)` reads an input file, turning "missing", "a folder" and "unreadable"
  into sentences.
- `decode_text(data)` guesses the encoding the way contact exports need: a byte-order mark wins
  (UTF-8, UTF-16), then UTF-8, then Windows-1252 (what Outlook writes without saying so).
- `refuse_journal_files(target, journal)` refuses an output that is the journal, one of its
  SQLite side files (-wal, -shm, -journal) or a file in its backup folder, by path (through
  symlinks) or by inode (hard links): an export or a brief must never replace them. The command
  line and the app both call it before writing anything.
- `private_output(path)` writes a file owner-only (0600) through a temporary file in the same
  folder that replaces the target only when everything was written: a failed or interrupted
  export never leaves half a file, and never a world-readable one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from custjournal import paths
from custjournal.domain.errors import UserError, os_reason
from custjournal.domain.i18n import QT_TRANSLATE_NOOP, ErrorText, phrase

# An input larger than this is not a contact file; refusing it early keeps memory in bounds.
MAX_INPUT_BYTES = 512 * 1024 * 1024

# What `read_bytes` calls its file (its *what*), marked for the app to translate.
FILE = QT_TRANSLATE_NOOP("ErrorText", "file")
CSV_FILE = QT_TRANSLATE_NOOP("ErrorText", "CSV file")
VCARD_FILE = QT_TRANSLATE_NOOP("ErrorText", "vCard file")
JSON_FILE = QT_TRANSLATE_NOOP("ErrorText", "JSON file")


def read_bytes(path: Path, what: str = FILE) -> bytes:
    path = Path(path)
    if not path.exists():
        raise UserError(
            ErrorText.tr(
                "There is no {what} at {path}: check the path.",
                what=phrase("ErrorText", what),
                path=path,
            )
        )
    if path.is_dir():
        raise UserError(
            ErrorText.tr(
                "{path} is a folder: give the path of a {what}.",
                path=path,
                what=phrase("ErrorText", what),
            )
        )
    try:
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise UserError(
                ErrorText.tr(
                    "{path} is larger than {size} MB: that is not a {what} Customer Journal "
                    "can read.",
                    path=path,
                    size=str(MAX_INPUT_BYTES // (1024 * 1024)),
                    what=phrase("ErrorText", what),
                )
            )
        return path.read_bytes()
    except OSError as exc:
        raise UserError(
            ErrorText.tr("Can't read {path}: {reason}.", path=path, reason=os_reason(exc))
        ) from None


def decode_text(data: bytes) -> str:
    """Bytes as text: BOM first, then UTF-8, then Windows-1252 (never fails)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


# The files SQLite keeps beside a journal while it is open or after a crash: replacing one of
# them corrupts or loses the newest writes just as surely as replacing the journal.
_SIDE_FILES = ("-wal", "-shm", "-journal")


def _same_file(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _protected_files(journal: Path) -> list[tuple[Path, str]]:
    """The journal's own files, each with what a sentence calls it."""
    found: list[tuple[Path, str]] = [(journal, ErrorText.tr("the journal itself"))]
    found += [
        (Path(f"{journal}{side}"), ErrorText.tr("the journal's {side} file", side=side))
        for side in _SIDE_FILES
    ]
    return found


def refuse_journal_files(target: Path | str, journal: Path | str | None) -> None:
    """Raise UserError if writing *target* would replace *journal*, its side files or a backup
    (None: a team database, which has no file here to protect).

    Paths are compared resolved (symlinks followed), and an existing *target* also by device and
    inode, so that a hard link to the journal is caught too.
    """
    if journal is None:
        return
    target = Path(target).expanduser()
    journal = Path(journal).expanduser()
    resolved = target.resolve()
    try:
        target_stat: os.stat_result | None = os.stat(target)
    except OSError:
        target_stat = None
    what = None
    for path, name in _protected_files(journal):
        if resolved == path.resolve():
            what = name
            break
        if target_stat is not None:
            try:
                if _same_file(target_stat, os.stat(path)):
                    what = name
                    break
            except OSError:
                continue
    if what is None:
        what = _in_backups(resolved, target_stat, paths.backup_dir(journal))
    if what is not None:
        raise UserError(
            ErrorText.tr(
                "{target} is {what}: nothing was written. Choose another file name for the output.",
                target=target,
                what=what,
            )
        )


def _in_backups(resolved: Path, target_stat: os.stat_result | None, folder: Path) -> str | None:
    """What a sentence calls *resolved* if it lies in the backup *folder* or is one of its files."""
    folder = folder.resolve()
    if resolved == folder or resolved.is_relative_to(folder):
        return ErrorText.tr("in the journal's backup folder")
    if target_stat is None or not folder.is_dir():
        return None
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_file(follow_symlinks=False) and _same_file(target_stat, entry.stat()):
                    return ErrorText.tr("a backup of the journal ({name})", name=entry.name)
    except OSError:
        return None
    return None


def _temp_beside(path: Path) -> tuple[int, Path]:
    folder = path.parent
    if path.is_dir():
        raise UserError(
            ErrorText.tr("{path} is a folder: give the name of the file to write.", path=path)
        )
    if not folder.is_dir():
        raise UserError(
            ErrorText.tr(
                "The folder {folder} does not exist: create it first or pick another.",
                folder=folder,
            )
        )
    try:
        # mkstemp creates the file 0600 and exclusively: no other user ever sees it.
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UserError(
            ErrorText.tr("Can't write to {folder}: {reason}.", folder=folder, reason=os_reason(exc))
        ) from None
    return fd, Path(name)


def _finish(tmp: Path, path: Path) -> None:
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


@contextlib.contextmanager
def private_output(path: Path, *, binary: bool = False) -> Iterator[IO[Any]]:
    """Open *path* for writing, owner-only, replacing it atomically when the block succeeds."""
    path = Path(path)
    fd, tmp = _temp_beside(path)
    try:
        if binary:
            handle: IO[Any] = open(fd, "wb")
        else:
            handle = open(fd, "w", encoding="utf-8", newline="")
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _finish(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            ErrorText.tr("Can't write {path}: {reason}.", path=path, reason=os_reason(exc))
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def private_path(path: Path) -> Iterator[Path]:
    """Like private_output, for writers that want a path to write to (the iCalendar exporter).

    The writer writes the yielded temporary path; it becomes *path*, owner-only, only when the
    block succeeds.
    """
    path = Path(path)
    fd, tmp = _temp_beside(path)
    os.close(fd)
    try:
        yield tmp
        _finish(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            ErrorText.tr("Can't write {path}: {reason}.", path=path, reason=os_reason(exc))
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
