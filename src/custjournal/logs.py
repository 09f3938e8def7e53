"""Where bugs go: a traceback in the user's log folder, never in front of the user."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from custjournal import paths


def log_file() -> Path:
    return paths.log_dir() / "custjournal.log"


def log_bug(message: str, *args: object, exc_info: object = True) -> Path:
    """Append the exception's traceback (the current one by default) to the log file.

    Returns the log file's path, for the sentence shown to the user.
    """
    target = log_file()
    try:
        paths.ensure_private_dir(target.parent)
        logger = logging.getLogger("custjournal.bugs")
        if not any(isinstance(h, logging.FileHandler) for h in logger.handlers):
            handler = logging.FileHandler(target, encoding="utf-8")
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
            logger.addHandler(handler)
            logger.propagate = False
        logger.error(message, *args, exc_info=exc_info)
    except OSError:
        traceback.print_exc(file=sys.stderr)
    return target
