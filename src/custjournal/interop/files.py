"""Reading and writing the files users hand us: size limits, text decoding, private output.

- `read_bytes(path, what)` reads an input file, turning "missing", "a folder" and "unreadable"
  into sentences.
- `decode_text(data)` guesses the encoding the way contact exports need: a byte-order mark wins
  (UTF-8, UTF-16), then UTF-8, then Windows-1252 (what Outlook writes without saying so).
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
from typing import IO

from custjournal.domain.errors import UserError

# An input larger than this is not a contact file; refusing it early keeps memory in bounds.
MAX_INPUT_BYTES = 512 * 1024 * 1024


def read_bytes(path: Path, what: str = "file") -> bytes:
    path = Path(path)
    if not path.exists():
        raise UserError(f"There is no {what} at {path}: check the path.")
    if path.is_dir():
        raise UserError(f"{path} is a folder: give the path of a {what}.")
    try:
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise UserError(
                f"{path} is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB: that is not a "
                f"{what} Customer Journal can read."
            )
        return path.read_bytes()
    except OSError as exc:
        raise UserError(f"Can't read {path}: {exc.strerror or exc}.") from None


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


def _temp_beside(path: Path) -> tuple[int, Path]:
    folder = path.parent
    if path.is_dir():
        raise UserError(f"{path} is a folder: give the name of the file to write.")
    if not folder.is_dir():
        raise UserError(f"The folder {folder} does not exist: create it first or pick another.")
    try:
        # mkstemp creates the file 0600 and exclusively: no other user ever sees it.
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UserError(f"Can't write to {folder}: {exc.strerror or exc}.") from None
    return fd, Path(name)


def _finish(tmp: Path, path: Path) -> None:
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


@contextlib.contextmanager
def private_output(path: Path, *, binary: bool = False) -> Iterator[IO]:
    """Open *path* for writing, owner-only, replacing it atomically when the block succeeds."""
    path = Path(path)
    fd, tmp = _temp_beside(path)
    try:
        if binary:
            handle: IO = open(fd, "wb")
        else:
            handle = open(fd, "w", encoding="utf-8", newline="")
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _finish(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"Can't write {path}: {exc.strerror or exc}.") from None
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
        raise UserError(f"Can't write {path}: {exc.strerror or exc}.") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
