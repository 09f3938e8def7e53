"""A team database's JSON backups on this computer, when a customer is erased (forget).

`backup` and File > Back Up Now on a team database write a complete JSON export into the user's
backups folder for that database (`exporting.back_up_team`, paths.team_backup_dir). Erasing a
customer does there what it does in a journal file's backups (store/backup.py): it says which of
these files still hold them, and, when asked, takes them out of each file: the customer with
everything under them, and the pairs and relationships naming them, the rest of the document as it
was (same order, same formatting), the file replaced as a whole and readable by the user only. A
file that is not a readable export (damaged, cut short) but whose text holds the name is deleted
instead, as a damaged journal copy is.

What it can't reach is said where it is asked: the server's own backups (pg_dump, the team's
safety net, docs/team.md) and the exports on colleagues' computers.

Which files hold the customer is first judged by their text holding the name (one pass over the
bytes, quick enough to ask before a confirmation); erasing reads each of those files completely
and takes out only the customer with that id and that name.
"""

from __future__ import annotations

import contextlib
import json
import mmap
import os
import tempfile
from pathlib import Path
from typing import Any

from custjournal import paths
from custjournal.domain.text import fold

__all__ = ["ErasedExports", "erase_from_exports", "exports_holding"]


class ErasedExports(list[Path]):
    """The exports a customer was taken out of; `removed` are unreadable ones whose text held
    the name, deleted instead (they count too)."""

    def __init__(self, erased: list[Path], removed: list[Path]) -> None:
        super().__init__(erased + removed)
        self.removed = removed


def _folder(folder_name: str) -> Path:
    return paths.team_backup_dir(folder_name)


def _exports(folder_name: str) -> list[Path]:
    folder = _folder(folder_name)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.json") if p.is_file() and not p.name.startswith("."))


def _holds_text(path: Path, name: str) -> bool:
    """Whether the file's text holds *name* as the export writes it (a JSON string)."""
    needles = {json.dumps(name, ensure_ascii=False).encode(), name.encode()}
    try:
        with path.open("rb") as f:
            if os.fstat(f.fileno()).st_size == 0:
                return False
            with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
                return any(m.find(needle) >= 0 for needle in needles)
    except OSError:
        return False


def exports_holding(folder_name: str, customer_id: int, name: str) -> list[Path]:
    """The team database's JSON backups on this computer whose text holds *name* (the customer
    #customer_id is named so in each export; another customer of the same name counts too)."""
    del customer_id  # judged by the name alone: quick, before a confirmation
    return [p for p in _exports(folder_name) if _holds_text(p, name)]


def _same(a: str, b: str) -> bool:
    return " ".join(fold(a).split()) == " ".join(fold(b).split())


def _without(document: dict[str, Any], customer_id: int, name: str) -> bool:
    """Take customer #customer_id called *name* out of *document*; whether it held them."""
    customers = document.get("customers")
    if not isinstance(customers, list):
        raise ValueError("no customers")
    kept = [
        c
        for c in customers
        if not (
            isinstance(c, dict) and c.get("id") == customer_id and _same(str(c.get("name")), name)
        )
    ]
    if len(kept) == len(customers):
        return False
    document["customers"] = kept
    for key in ("not_duplicates", "relationships"):
        rows = document.get(key)
        if isinstance(rows, list):
            document[key] = [
                r
                for r in rows
                if not (
                    isinstance(r, dict) and customer_id in (r.get("customer_id"), r.get("other_id"))
                )
            ]
    return True


def _replace(path: Path, document: dict[str, Any]) -> None:
    """*document* written as the export writes it, then put in place of *path* at once."""
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".json-tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(document, out, indent=2, ensure_ascii=False)
            out.write("\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def erase_from_exports(folder_name: str, customer_id: int, name: str) -> ErasedExports:
    """Take the customer out of every JSON backup of this team database on this computer that
    holds them (see the module docstring)."""
    erased: list[Path] = []
    removed: list[Path] = []
    for path in exports_holding(folder_name, customer_id, name):
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(document, dict):
                raise ValueError("not a document")
            if _without(document, customer_id, name):
                _replace(path, document)
                erased.append(path)
        except (ValueError, UnicodeDecodeError):
            path.unlink(missing_ok=True)  # not readable as an export, yet holding the name
            removed.append(path)
    return ErasedExports(erased, removed)
