"""Where bugs go: a traceback in the user's log folder, never in front of the user.

The log is private: the file is 0600 in a 0700 folder, and what goes in is a short label (the
command's name, never its arguments, which hold names and notes) and the traceback.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from custjournal import paths


def log_file() -> Path:
    return paths.log_dir() / "custjournal.log"


def _private_file(target: Path) -> None:
    """Create *target* owner-only if missing, and make an older, wider one owner-only too."""
    paths.ensure_private_dir(target.parent)
    os.chmod(target.parent, 0o700)  # the app's own log folder: nobody else needs to list it
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
    os.close(fd)
    os.chmod(target, 0o600)


def _handler(logger: logging.Logger, target: Path) -> None:
    """One file handler on *logger*, writing to *target* (tests move the log folder)."""
    for old in list(logger.handlers):
        if isinstance(old, logging.FileHandler):
            if old.baseFilename == os.path.abspath(target):
                return
            logger.removeHandler(old)
            old.close()
    handler = logging.FileHandler(target, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.propagate = False


# What logging's exc_info takes: True for the current exception, or the exception itself.
ExcInfo = (
    bool
    | BaseException
    | tuple[type[BaseException], BaseException, TracebackType | None]
    | tuple[None, None, None]
    | None
)


def log_bug(message: str, *args: object, exc_info: ExcInfo = True) -> Path:
    """Append *message* and the exception's traceback (the current one by default) to the log.

    *message* and *args* name what failed (a command, a flow), never the user's data.
    Returns the log file's path, for the sentence shown to the user.
    """
    target = log_file()
    try:
        _private_file(target)
        logger = logging.getLogger("custjournal.bugs")
        _handler(logger, target)
        logger.error(message, *args, exc_info=exc_info)
    except OSError:
        traceback.print_exc(file=sys.stderr)
    return target
