"""Where bugs go: a traceback in the user's log folder, never in front of the user."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from custjournal import paths


def log_file() -> Path:
    return paths.log_dir() / "custjournal.log"


def log_bug(message: str, *args: object) -> Path:
    """Append the current exception's traceback to the log file; return the file's path."""
    target = log_file()
    try:
        paths.ensure_private_dir(target.parent)
        logger = logging.getLogger("custjournal.bugs")
        if not any(isinstance(h, logging.FileHandler) for h in logger.handlers):
            handler = logging.FileHandler(target, encoding="utf-8")
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
            logger.addHandler(handler)
            logger.propagate = False
        logger.error(message, *args, exc_info=True)
    except OSError:
        traceback.print_exc(file=sys.stderr)
    return target
