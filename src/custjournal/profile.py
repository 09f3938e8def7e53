"""The person using this app or command line: the display name their entries are written by.

Kept in the user's config folder (`profile.json`), not in the journal: in a team journal each
person has their own, and the command line (which never loads Qt) reads the same one as the
app's Settings. Empty means "the default": on a team database the database role the person
connects as, on a journal file none (docs/decisions.md, "Who wrote an entry").
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from custjournal.domain.values import NAME_LIMIT, clean_optional

_FILE = "profile.json"


def _path() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("custjournal", appauthor=False)) / _FILE


def display_name() -> str | None:
    """The name set in Settings, or None. A missing or unreadable file is no name."""
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    name = data.get("display_name") if isinstance(data, dict) else None
    return name.strip() or None if isinstance(name, str) else None


def save_display_name(name: str | None) -> None:
    """Keep *name* (None or blank: back to the default), checked as a customer's name is."""
    clean = clean_optional(name, "name", limit=NAME_LIMIT)
    path = _path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"display_name": clean or ""}), encoding="utf-8")
    os.replace(tmp, path)
