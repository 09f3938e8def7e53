"""The journals and files the benchmarks run on, built once and kept in benchmarks/journals/.

- `empty_journal()`: a journal with the schema and no customer (the app's and the memory
  baseline). It is created and migrated once, so that a start on it measures opening a journal,
  not running the migrations.
- `demo_journal(size, seed)`: `demo.fill` with *size* customers (about 50 entries each).
- `heavy_journal(demo)`: a copy of a demo journal where one customer has 500 timeline entries
  (rows copied from other customers' history, so the text is as realistic as the rest), for the
  customer page benchmark.
- `vcard_file(demo)`: a vCard 3.0 file with one contact per customer of a demo journal (names in
  many scripts, organisations, titles, several emails and phones, addresses, notes of a few
  sentences, birthdays, categories), for the import benchmark.

Each built file has a `.json` beside it saying how it was made. A file is reused when that
description still matches: same size and seed, same schema revision (an older one would be
upgraded, i.e. written, by the first program that opens it) and same demo generator source (a
changed generator makes a different journal). The folder is git-ignored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from custjournal import demo
from custjournal.domain.text import fold
from custjournal.store import search
from custjournal.store.journal import HEAD, open_journal

HERE = Path(__file__).resolve().parent
FOLDER = HERE / "journals"
HEAVY_ENTRIES = 500  # timeline entries of the heavy customer
# How the typical customer is picked; a journal built under an older rule gets it picked again.
# 2: names compared folded (accents too), as the commands match them: "Álvaro Ibáñez" was
# picked beside an "Alvaro Ibanez", and `show` and `brief` asked which one.
TYPICAL_RULE = 2

Log = Callable[[str], None]


@dataclass(frozen=True)
class Demo:
    path: Path
    size: int
    seed: int
    meta: dict

    @property
    def typical_id(self) -> int:
        return int(self.meta["typical"]["id"])

    @property
    def typical_name(self) -> str:
        return str(self.meta["typical"]["name"])


def _generator_hash() -> str:
    return hashlib.sha256(Path(demo.__file__).read_bytes()).hexdigest()[:16]


def _read_meta(path: Path) -> dict | None:
    meta = path.with_suffix(".json")
    if not path.exists() or not meta.exists():
        return None
    try:
        return json.loads(meta.read_text(encoding="utf-8"))
    except ValueError:
        return None


def _write_meta(path: Path, meta: dict) -> None:
    path.with_suffix(".json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")


def _remove(path: Path) -> None:
    for extra in ("", "-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    path.with_suffix(".json").unlink(missing_ok=True)


def _settle(path: Path) -> None:
    """Fold the WAL into the main file, so a copy of the file alone is the whole journal."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def empty_journal(log: Log) -> Path:
    path = FOLDER / "empty.sqlite3"
    meta = _read_meta(path)
    if meta and meta.get("schema") == HEAD:
        return path
    _remove(path)
    FOLDER.mkdir(parents=True, exist_ok=True)
    log(f"Creating {path.name} (schema {HEAD})")
    open_journal(path).close()
    _settle(path)
    _write_meta(path, {"size": 0, "schema": HEAD})
    return path


def _typical_customer(path: Path) -> dict[str, object]:
    """A customer with a median number of entries and a name nobody else has.

    The commands find a customer by name as a user would type it, so the name must be unique;
    the median keeps `show` and `brief` comparable between a small and a big journal.
    """
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        counts = dict(
            con.execute("SELECT customer_id, count(*) FROM search_entry GROUP BY customer_id")
        )
        names: dict[str, list[int]] = defaultdict(list)
        active = set()
        for cid, name, archived in con.execute("SELECT id, name, archived FROM customer"):
            names[fold(name)].append(cid)
            if not archived:
                active.add(cid)
        # At 100,000 customers every demo name is taken twice or more: any active one then.
        unique = {ids[0] for ids in names.values() if len(ids) == 1} & active or active
        median = statistics.median(counts.values())
        cid = min(unique, key=lambda c: (abs(counts.get(c, 0) - median), c))
        (name,) = con.execute("SELECT name FROM customer WHERE id = ?", (cid,)).fetchone()
    finally:
        con.close()
    return {"id": cid, "name": name, "entries": counts.get(cid, 0)}


def demo_journal(size: int, seed: int, log: Log) -> Demo:
    path = FOLDER / f"demo-{size}-s{seed}.sqlite3"
    wanted = {"size": size, "seed": seed, "schema": HEAD, "generator": _generator_hash()}
    meta = _read_meta(path)
    if meta and all(meta.get(k) == v for k, v in wanted.items()):
        if meta.get("typical_rule") != TYPICAL_RULE:
            meta = {**meta, "typical": _typical_customer(path), "typical_rule": TYPICAL_RULE}
            _write_meta(path, meta)
        return Demo(path, size, seed, meta)
    _remove(path)
    FOLDER.mkdir(parents=True, exist_ok=True)
    today = dt.date.today()
    log(f"Building {path.name}: {size} demo customers (seed {seed}, as of {today})...")
    start = time.perf_counter()
    journal = open_journal(path)
    try:
        summary = demo.fill(journal, customers=size, seed=seed, today=today)
    finally:
        journal.close()
    _settle(path)
    seconds = time.perf_counter() - start
    log(f"  {summary.entries} entries in {seconds:.1f} s, {path.stat().st_size / 2**20:.0f} MB")
    meta = {
        **wanted,
        "built_on": today.isoformat(),
        "build_seconds": round(seconds, 1),
        "entries": summary.entries,
        "typical": _typical_customer(path),
        "typical_rule": TYPICAL_RULE,
    }
    _write_meta(path, meta)
    return Demo(path, size, seed, meta)


# Timeline entries are these tables' rows (conversations with their delights and pain points
# below them); stage changes too, but a customer has only a few of those.
_TIMELINE = (
    "conversation",
    "promise",
    "gift",
    "invitation",
    "milestone",
    "purchase",
    "stage_change",
)
# How the added entries are spread: what a long, busy relationship looks like.
_MIX = (("conversation", 0.6), ("purchase", 0.2), ("promise", 0.15), ("gift", 0.05))
_COPY_COLUMNS = {
    "conversation": ("occurred_on", "channel, summary, notes, why_buy"),
    "purchase": ("purchased_on", "amount_minor, currency, what"),
    "promise": ("made_on", "conversation_id, text, due_on, done_on"),
    "gift": ("given_on", "what, kind, cost_minor, occasion, reaction, currency"),
}


def _timeline_count(con: sqlite3.Connection, cid: int) -> int:
    return sum(
        con.execute(f"SELECT count(*) FROM {table} WHERE customer_id = ?", (cid,)).fetchone()[0]
        for table in _TIMELINE
    )


def _add_history(con: sqlite3.Connection, cid: int, wanted: int, today: dt.date) -> None:
    """Copy other customers' entries to *cid* until it has *wanted* timeline entries.

    Dates are spread evenly over the last two years; a copied conversation brings its
    delights and pain points along (re-pointed to the copy), a copied promise loses its link
    to a conversation of someone else.
    """
    missing = wanted - _timeline_count(con, cid)
    if missing <= 0:
        return
    stamp = f"{today.isoformat()} 09:00:00"
    counts = {table: round(missing * share) for table, share in _MIX[1:]}
    counts[_MIX[0][0]] = missing - sum(counts.values())
    for table, n in counts.items():
        date_col, columns = _COPY_COLUMNS[table]
        sources = con.execute(
            f"SELECT id, {columns} FROM {table} WHERE customer_id != ? ORDER BY id LIMIT ?",
            (cid, n),
        ).fetchall()
        # A small journal may hold fewer rows than needed: use them again.
        for i in range(n if sources else 0):
            source_id, *values = sources[i % len(sources)]
            day = (today - dt.timedelta(days=730 * (i + 1) // (n + 1))).isoformat()
            if table == "promise":
                values[0] = None  # conversation_id: not this customer's
                values[2] = None if values[2] is None else day  # due_on
                values[3] = None if values[3] is None else day  # done_on
            marks = ", ".join("?" * (len(values) + 4))
            cur = con.execute(
                f"INSERT INTO {table} (created_at, updated_at, customer_id, {date_col}, "
                f"{columns}) VALUES ({marks})",
                (stamp, stamp, cid, day, *values),
            )
            if table == "conversation":
                new_id = cur.lastrowid
                for child, extra in (("delight", ""), ("pain_point", ", with_whom, resolved_on")):
                    con.execute(
                        f"INSERT INTO {child} (created_at, updated_at, customer_id, "
                        f"conversation_id, text{extra}) SELECT ?, ?, ?, ?, text{extra} "
                        f"FROM {child} WHERE conversation_id = ?",
                        (stamp, stamp, cid, new_id, source_id),
                    )


def heavy_journal(base: Demo, log: Log) -> tuple[Path, int]:
    """A copy of *base* in which its typical customer has HEAVY_ENTRIES timeline entries."""
    path = base.path.with_name(base.path.stem + "-heavy.sqlite3")
    cid = base.typical_id
    wanted = {
        "base": base.path.name,
        "base_meta": base.meta,
        "customer": cid,
        "entries": HEAVY_ENTRIES,
    }
    meta = _read_meta(path)
    if meta and all(meta.get(k) == v for k, v in wanted.items()):
        return path, cid
    _remove(path)
    log(f"Copying {base.path.name} to {path.name}, giving #{cid} {HEAVY_ENTRIES} entries...")
    shutil.copyfile(base.path, path)
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        _add_history(con, cid, HEAVY_ENTRIES, dt.date.fromisoformat(base.meta["built_on"]))
        con.execute("COMMIT")
    finally:
        con.close()
    # The search index is kept by ops/, not by triggers: bring this customer's rows in step.
    journal = open_journal(path)
    try:
        with journal.write() as session:
            search.reindex_customers(session.connection(), [cid])
    finally:
        journal.close()
    _settle(path)
    _write_meta(path, wanted)
    return path, cid


# --- vCard ----------------------------------------------------------------------------------

_TEL_TYPES = {"mobile": "CELL", "office": "WORK", "home": "HOME", "fax": "FAX"}


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """RFC 2425 folding at 75 octets, never inside a UTF-8 character."""
    out, current, size = [], "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += width
    out.append(current)
    return out


def _card(row: tuple, points: list[tuple[str, str | None, str]], extra: dict) -> list[str]:
    cid, name, company, role, email, phone, notes = row
    given, _, family = name.rpartition(" ")
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"FN:{_escape(name)}",
        f"N:{_escape(family)};{_escape(given)};;;",
    ]
    if company:
        lines.append(f"ORG:{_escape(company)}")
    if role:
        lines.append(f"TITLE:{_escape(role)}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET,WORK,PREF:{email}")
    if phone:
        lines.append(f"TEL;TYPE=WORK,VOICE,PREF:{phone}")
    group = 0
    for kind, label, value in points:
        if kind == "email":
            # Apple's way of labelling: an item group with an X-ABLabel.
            group += 1
            lines.append(f"item{group}.EMAIL;TYPE=INTERNET:{value}")
            lines.append(f"item{group}.X-ABLabel:{_escape(label or 'other')}")
        elif kind == "phone":
            lines.append(f"TEL;TYPE={_TEL_TYPES.get(label or '', 'VOICE')}:{value}")
        elif kind == "address":
            street, _, city = value.rpartition(", ")
            lines.append(f"ADR;TYPE=WORK:;;{_escape(street)};{_escape(city)};;;")
        elif kind == "url":
            lines.append(f"URL:{value}")
    note = "\n".join(x for x in (notes, extra.get("note")) if x)
    if note:
        lines.append(f"NOTE:{_escape(note)}")
    if extra.get("bday"):
        lines.append(f"BDAY:{extra['bday']}")
    if extra.get("tags"):
        lines.append("CATEGORIES:" + ",".join(_escape(t) for t in extra["tags"]))
    lines.append(f"UID:bench-{cid}@example.org")
    lines.append("END:VCARD")
    return [part for line in lines for part in _fold(line)]


class _Distinct:
    """Makes each contact a different person, as in a real address book.

    The demo draws from a few hundred company names, so thousands of its customers share a
    name and company, or an accounts address such as invoices@..., with another: imported as
    they are, half the file would merge into the other half. A repeated name and company gets
    the branch's city (or a number), a repeated email a personal suffix, and a shared extra
    email is left out.
    """

    def __init__(self) -> None:
        self.people: set[tuple[str, str]] = set()
        self.emails: set[str] = set()

    def contact(
        self,
        row: tuple,
        points: list[tuple[str, str | None, str]],
    ) -> tuple[tuple, list[tuple[str, str | None, str]]]:
        cid, name, company, role, email, phone, notes = row
        if company and (name.casefold(), company.casefold()) in self.people:
            city = next((v.rpartition(", ")[2] for k, _, v in points if k == "address"), None)
            company = f"{company} {city}" if city else company
        base, n = company, 1
        while (name.casefold(), (company or "").casefold()) in self.people:
            n += 1
            company = f"{base or name} ({n})"
        self.people.add((name.casefold(), (company or "").casefold()))
        if email:
            local, _, domain = email.partition("@")
            if email.casefold() in self.emails:
                email = f"{local}.{cid}@{domain}"
            self.emails.add(email.casefold())
        kept = []
        for kind, label, value in points:
            if kind == "email":
                if value.casefold() in self.emails:
                    continue
                self.emails.add(value.casefold())
            kept.append((kind, label, value))
        return (cid, name, company, role, email, phone, notes), kept


def vcard_file(base: Demo, log: Log) -> Path:
    """One vCard 3.0 contact per customer of *base*, made from what the journal knows."""
    path = base.path.with_name(f"contacts-{base.size}-s{base.seed}.vcf")
    wanted = {
        "base": base.path.name,
        "base_meta": base.meta,
        "format": "vcard-3.0",
        "contacts": "distinct",
    }
    meta = _read_meta(path)
    if meta and all(meta.get(k) == v for k, v in wanted.items()):
        return path
    log(f"Writing {path.name}: {base.size} contacts...")
    con = sqlite3.connect(f"file:{base.path}?mode=ro", uri=True)
    try:
        points: dict[int, list[tuple[str, str | None, str]]] = defaultdict(list)
        for cid, kind, label, value in con.execute(
            "SELECT customer_id, kind, label, value FROM contact_point ORDER BY id"
        ):
            points[cid].append((kind, label, value))
        extra: dict[int, dict] = defaultdict(dict)
        # A contact's note is often a paragraph: the first conversation's notes stand in.
        for cid, notes in con.execute(
            "SELECT customer_id, notes FROM conversation WHERE id IN "
            "(SELECT min(id) FROM conversation WHERE notes IS NOT NULL GROUP BY customer_id)"
        ):
            extra[cid]["note"] = notes
        for cid, month, day in con.execute(
            "SELECT customer_id, month, day FROM fact WHERE text = 'Birthday' AND month IS NOT NULL"
        ):
            extra[cid]["bday"] = f"{1950 + cid % 50}-{month:02d}-{min(day, 28):02d}"
        for cid, tag in con.execute("SELECT customer_id, tag FROM customer_tag ORDER BY tag"):
            extra[cid].setdefault("tags", []).append(tag)
        lines: list[str] = []
        unique = _Distinct()
        for row in con.execute(
            "SELECT id, name, company, role, email, phone, notes FROM customer ORDER BY id"
        ):
            row, kept = unique.contact(row, points[row[0]])
            lines.extend(_card(row, kept, extra[row[0]]))
    finally:
        con.close()
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    _write_meta(path, wanted)
    return path
