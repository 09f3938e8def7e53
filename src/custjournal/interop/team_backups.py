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
bytes, quick enough to ask before a confirmation); erasing reads each of those files and takes
out only the customer with that id and that name. A customer renamed since a backup was written
is known there by their id and the moment they were added (created_at, `matching.same_customer`):
a file whose text holds that moment but not the name is read through to see. An unreadable file
is deleted only when it holds the name. It reads an export as the export laid it out,
a line at a time and one customer's text at a time (a 10,000-customer export, ~200 MB, is
edited in ~2 s in ~20 MB, where reading it whole held ~1.2 GB), and what it writes is the text
json.dump writes for the document without them; a file laid out otherwise is read whole.
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
from custjournal.domain.matching import Candidate, added_moment, same_customer
from custjournal.domain.text import fold

__all__ = ["ErasedExports", "erase_from_exports", "export_candidates", "exports_holding"]


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
    """Whether the file's text holds *name* as the export writes it (inside a JSON string: a
    quote or backslash in it escaped), in one pass over the bytes."""
    needle = json.dumps(name, ensure_ascii=False)[1:-1].encode()
    try:
        with path.open("rb") as f:
            if os.fstat(f.fileno()).st_size == 0:
                return False
            with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
                return m.find(needle) >= 0
    except OSError:
        return False


def exports_holding(
    folder_name: str, customer_id: int, name: str, added: str | None = None
) -> list[Path]:
    """The team database's JSON backups on this computer whose text holds *name* (the customer
    #customer_id is named so in each export; another customer of the same name counts too),
    and, with *added* (their created_at), those holding customer #customer_id added at that
    moment under another name: renamed since that backup was written."""
    stamp = _stamp(added)
    held = []
    for path in _exports(folder_name):
        if _holds_text(path, name):  # judged by the name alone: quick, before a confirmation
            held.append(path)
        elif (
            stamp is not None
            and _holds_text(path, stamp)
            and _holds_renamed(path, customer_id, name, added)
        ):
            held.append(path)
    return held


def _stamp(added: str | None) -> str | None:
    """*added* as an export writes a created_at (interop/jsonio.py), or None."""
    moment = added_moment(added)
    return None if moment is None else moment.isoformat() + "Z"


def _holds_renamed(path: Path, customer_id: int, name: str, added: str | None) -> bool:
    """Whether the export at *path* holds customer #customer_id added at *added* (read through:
    only for a file whose text holds the moment but not the name)."""
    try:
        return any(
            c.get("id") == customer_id
            and same_customer(str(c.get("name")), c.get("created_at"), name, added)
            for c in _customers_in(path)
        )
    except (OSError, ValueError, UnicodeDecodeError):
        return False  # unreadable, and not holding the name: left as it is


def export_candidates(folder_name: str) -> list[Candidate]:
    """Every customer found in the team database's JSON backups on this computer (to erase one
    already gone from the database); unreadable files are passed over."""
    seen: dict[tuple[int, str], Candidate] = {}
    for path in _exports(folder_name):
        try:
            found = list(_customers_in(path))
        except (OSError, ValueError, UnicodeDecodeError):
            continue
        for c in found:
            cid, name = c.get("id"), c.get("name")
            if isinstance(cid, int) and isinstance(name, str):
                company = c.get("company")
                seen.setdefault(
                    (cid, fold(name)),
                    Candidate(cid, name, company if company else None, _text(c.get("created_at"))),
                )
    return sorted(seen.values(), key=lambda c: c.id)


def _customers_in(path: Path) -> Any:
    """The customer objects of the export at *path*, one at a time (read as the export laid
    it out, a line at a time; a file laid out otherwise is read whole). ValueError when it is
    not a readable export."""
    with path.open(encoding="utf-8") as lines:
        if next(lines, "") == "{\n":
            for line in lines:
                if line != '  "customers": [\n':
                    continue
                item: list[str] = []
                for inner in lines:
                    if not item and inner.startswith("  ]"):
                        return
                    item.append(inner)
                    if inner in _ITEM_CLOSE:
                        values = json.loads("".join(item).rstrip().rstrip(","))
                        item = []
                        if isinstance(values, dict):
                            yield values
                raise ValueError("the customers' list never ends")
            return
    document = json.loads(path.read_text(encoding="utf-8"))
    customers = document.get("customers") if isinstance(document, dict) else None
    if not isinstance(customers, list):
        raise ValueError("no customers")
    yield from (c for c in customers if isinstance(c, dict))


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _without(
    document: dict[str, Any], customer_id: int, name: str, added: str | None = None
) -> bool:
    """Take customer #customer_id called *name* (or added at *added*, `same_customer`) out of
    *document*; whether it held them."""
    customers = document.get("customers")
    if not isinstance(customers, list):
        raise ValueError("no customers")
    kept = [
        c
        for c in customers
        if not (
            isinstance(c, dict)
            and c.get("id") == customer_id
            and same_customer(str(c.get("name")), c.get("created_at"), name, added)
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


# The export's own layout (json.dump with indent=2, interop/jsonio.py): the document's keys at
# two spaces, the items of its lists (customers, not_duplicates, relationships) as objects
# opening and closing at four. Read a line at a time, one customer's text at a time in memory:
# a 10,000-customer export is ~200 MB, which json.loads holds as ~1.2 GB of objects.
_ITEM_OPEN = "    {\n"
_ITEM_CLOSE = ("    }\n", "    },\n")
_FILTERED = ("customers", "not_duplicates", "relationships")


class _NotOurLayout(Exception):
    """The file is not laid out as the export writes it: read it whole instead."""


def _stream_without(
    path: Path, out: Any, customer_id: int, name: str, added: str | None = None
) -> bool:
    """Copy *path* to *out* a line at a time without customer #customer_id called *name* (or
    added at *added*) and the pairs and relationships naming them; whether the customer was
    there."""
    found = False
    with path.open(encoding="utf-8") as lines:
        first = next(lines, "")
        if first != "{\n":
            raise _NotOurLayout
        out.write(first)
        for line in lines:
            key = line[3 : line.find('"', 3)] if line.startswith('  "') else ""
            if key not in _FILTERED or not line.endswith(": [\n"):
                out.write(line)  # the settings, same-firm names, an empty list: as they are
                continue
            kept = 0  # items written: the list's opening line comes with the first one
            item: list[str] = []
            for inner in lines:
                if not item:
                    if inner.startswith("  ]"):
                        break
                    if inner != _ITEM_OPEN:
                        raise _NotOurLayout
                item.append(inner)
                if inner in _ITEM_CLOSE:
                    text = "".join(item).rstrip().rstrip(",")
                    item = []
                    values = json.loads(text)
                    if not isinstance(values, dict):
                        raise _NotOurLayout
                    if key == "customers":
                        gone = values.get("id") == customer_id and same_customer(
                            str(values.get("name")), values.get("created_at"), name, added
                        )
                        found = found or gone
                    else:
                        gone = customer_id in (values.get("customer_id"), values.get("other_id"))
                    if not gone:
                        out.write(",\n" + text if kept else line + text)
                        kept += 1
            else:
                raise _NotOurLayout  # the list never ended
            tail = inner[3:]  # "\n" or ",\n" after the list's closing bracket
            # An empty list is "[]" on the key's line, as json.dump writes it.
            out.write("\n  ]" + tail if kept else line[: -len("[\n")] + "[]" + tail)
    return found


def _erase_in(path: Path, customer_id: int, name: str, added: str | None = None) -> bool:
    """Take the customer out of the export at *path* (replaced at once, 0600); whether it held
    them. ValueError when the file is not a readable export."""
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".json-tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            try:
                found = _stream_without(path, out, customer_id, name, added)
            except _NotOurLayout:
                found = False
                out.seek(0)
                out.truncate()
                document = json.loads(path.read_text(encoding="utf-8"))
                if not isinstance(document, dict):
                    raise ValueError("not a document") from None
                if _without(document, customer_id, name, added):
                    found = True
                    json.dump(document, out, indent=2, ensure_ascii=False)
                    out.write("\n")
            out.flush()
            os.fsync(out.fileno())
        if found:
            os.replace(tmp, path)
        return found
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def erase_from_exports(
    folder_name: str, customer_id: int, name: str, added: str | None = None
) -> ErasedExports:
    """Take the customer out of every JSON backup of this team database on this computer that
    holds them (see the module docstring; with *added*, their created_at, also where they are
    found under an older name)."""
    erased: list[Path] = []
    removed: list[Path] = []
    for path in exports_holding(folder_name, customer_id, name, added):
        try:
            if _erase_in(path, customer_id, name, added):
                erased.append(path)
        except (ValueError, UnicodeDecodeError):
            if _holds_text(path, name):
                path.unlink(missing_ok=True)  # not readable as an export, yet holding the name
                removed.append(path)
    return ErasedExports(erased, removed)
