"""Importing contacts (vCard, CSV) and whole journals (JSON): plan first, then apply.

    source = read_source(path, format=None, mapping=None)   # parse; UserError names card/line
    plan = plan_import(journal, source)                      # what would be added/merged/skipped
    result = apply_import(journal, plan, progress=cb)        # one transaction
    # or in one go: import_file(journal, path, format=..., mapping=..., progress=cb)

`plan.items` is the preview: one `PlanItem` per contact with its action ("add", "merge",
"skip"), the customer it matches and why ("same email ada@example.com as #12 Ada Lovelace"),
and what a merge would change. `plan_import(None, source)` plans against an empty journal
(a dry run on a journal that does not exist yet writes nothing).

Duplicates: a contact is the same customer as one in the journal (or earlier in the same file)
when any of its emails equals any of theirs (primary or contact point, case folded) and the
names could be the same person (a shared invoices@ mailbox joins nobody), or when
its name and company are the same (folded for case, accents and spacing; no company equals no
company). A merge fills the customer's empty fields (company, role, primary email and phone,
notes, and for JSON cadence and tier pin), adds emails, phones, addresses and links they don't
have, tags, a birthday they don't have as an important date, and (JSON) entries that are not
already there; it never overwrites anything. A contact that brings nothing new is skipped.

A JSON document imported into a journal without customers keeps every id and timestamp and
takes the document's settings and currency, so export → import → export gives the same file
(apart from `exported_at`); into a journal with customers it merges like any import, with new
ids (a merged customer's stage history and reminder snoozes stay the journal's own).

`apply_import` plans again inside its write transaction (the journal may have changed since the
preview), writes through the one bulk writer (`store.bulk`), brings the search index in step in the same
transaction, and commits once. `progress(done, total)` is called between batches; returning
True cancels: the transaction rolls back and the journal is as before (`result.cancelled`).
A birthday becomes an important-date fact "Birthday (born 1984)" on its day.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from custjournal.domain import links as link_rules
from custjournal.domain.changes import Change, Changed, entry_flag
from custjournal.domain.errors import Field, Hint, UserError
from custjournal.domain.i18n import ErrorText, Number, OpsText, field_word
from custjournal.domain.text import fold, plural, unique_tags
from custjournal.domain.values import NAME_LIMIT, TEXT_LIMIT
from custjournal.interop import jsonio
from custjournal.interop.records import ContactFile, ContactRecord
from custjournal.ops.actions import Inverse
from custjournal.store import backend, bulk, derived, search, undo_log
from custjournal.store import settings as store_settings
from custjournal.store.journal import Journal

__all__ = [
    "FORMATS",
    "ImportPlan",
    "ImportResult",
    "PlanItem",
    "Progress",
    "apply_import",
    "format_of",
    "import_file",
    "plan_import",
    "read_source",
]

FORMATS = ("vcard", "csv", "json")
_EXTENSIONS = {".vcf": "vcard", ".vcard": "vcard", ".csv": "csv", ".json": "json"}

# progress(done, total) -> True to cancel
Progress = Callable[[int, int], "bool | None"]

_BATCH = 500  # customers written between two progress calls
# Above this many touched customers one rebuild of the whole index beats reindexing each.
_REBUILD_ABOVE = 2000


class _Cancelled(Exception):
    pass


def format_of(path: Path, given: str | None = None, allowed: Sequence[str] = FORMATS) -> str:
    """The format named by *given* (case-insensitive), else by the file's extension."""
    if given:
        value = given.strip().casefold()
        if value == "vcf":
            value = "vcard"
        if value not in allowed:
            raise UserError(
                ErrorText.tr(
                    "Unknown format '{given}': use one of {allowed}.",
                    given=given,
                    allowed=", ".join(allowed),
                )
            )
        return value
    found = _EXTENSIONS.get(Path(path).suffix.casefold())
    if found is None and Path(path).suffix.casefold() == ".ics":
        found = "ics"
    if found is None or found not in allowed:
        raise UserError(
            ErrorText.tr(
                "Can't tell the format of {name} from its name: it can be {formats} or {last}.",
                name=Path(path).name,
                formats=", ".join(allowed[:-1]),
                last=allowed[-1],
            ),
            field=Field.FORMAT,
            hint=Hint.FORMAT,
        )
    return found


# --- sources -------------------------------------------------------------------------------


@dataclass
class Source:
    """A parsed file: contact records or a journal document."""

    path: Path | None
    format: str  # "vcard", "csv:google", "json", ...
    contacts: ContactFile | None = None
    document: jsonio.JournalDocument | None = None

    @property
    def warnings(self) -> list[str]:
        if self.contacts is not None:
            return self.contacts.warnings
        return self.document.warnings if self.document else []


def read_source(
    path: Path, *, format: str | None = None, mapping: Sequence[tuple[str, str]] | None = None
) -> Source:
    """Parse *path* completely; UserError (naming the card, line or place) if it can't be read."""
    path = Path(path)
    fmt = format_of(path, format)
    if mapping and fmt != "csv":
        raise UserError(
            ErrorText.tr("A column mapping is only for CSV files."), field=Field.MAPPING
        )
    if fmt == "vcard":
        from custjournal.interop import vcard

        contacts = vcard.read_file(path)
        return Source(path, contacts.format, contacts=_check_lengths(contacts, path))
    if fmt == "csv":
        from custjournal.interop import csvio

        contacts = csvio.read_file(path, mapping)
        return Source(path, contacts.format, contacts=_check_lengths(contacts, path))
    from custjournal.interop.files import JSON_FILE, read_bytes

    return Source(path, "json", document=jsonio.load(read_bytes(path, JSON_FILE)))


def _check_lengths(contacts: ContactFile, path: Path) -> ContactFile:
    """*contacts*, if no field is longer than the journal keeps (domain/values.py, Limits)."""
    for record in contacts.records:
        fields = [("name", record.name, NAME_LIMIT), ("company", record.company, NAME_LIMIT)]
        fields += [("role", record.role, NAME_LIMIT), ("notes", record.notes, TEXT_LIMIT)]
        fields += [(p.kind, p.value, NAME_LIMIT) for p in record.points]
        fields += [(f"{p.kind} label", p.label, NAME_LIMIT) for p in record.points]
        fields += [("tag", tag, NAME_LIMIT) for tag in record.tags]
        for what, value, limit in fields:
            if value is not None and len(value) > limit:
                raise UserError(
                    ErrorText.tr(
                        "{name} can't be imported: the {what} of {source} is too long "
                        "({length} characters; at most {limit} are kept). Shorten it in "
                        "the file and try again. Nothing was imported.",
                        name=path.name,
                        what=field_word(what),
                        source=record.source,
                        length=Number(len(value)),
                        limit=Number(limit),
                    )
                )
    return contacts


# --- the plan ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanItem:
    action: str  # "add", "merge" or "skip"
    source: str  # "card 3", "line 12", "customers[4]"
    name: str
    company: str | None = None
    target_id: int | None = None  # the journal's customer it merges into or duplicates
    target_name: str | None = None
    reason: str = ""  # why it matched, or why it was skipped
    changes: tuple[str, ...] = ()  # what a merge adds or fills

    def describe(self) -> str:
        """One line for a preview: 'merge  Ada (card 3) into #12 Ada Lovelace: fills ...'."""
        who = self.name + (f" ({self.company})" if self.company else "")
        if self.action == "add":
            return f"add    {who} [{self.source}]"
        target = f"#{self.target_id} {self.target_name}" if self.target_id else self.target_name
        what = "; ".join(self.changes)
        if self.action == "merge":
            return f"merge  {who} [{self.source}] into {target} ({self.reason}): {what}"
        into = f" ({self.reason}, already as {target})" if target else f" ({self.reason})"
        return f"skip   {who} [{self.source}]{into}"


@dataclass
class ImportPlan:
    source: Source
    items: list[PlanItem]
    keeps_ids: bool  # a JSON document into a journal without customers
    warnings: list[str] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for i in self.items if i.action == action)

    @property
    def added(self) -> int:
        return self.count("add")

    @property
    def merged(self) -> int:
        return self.count("merge")

    @property
    def skipped(self) -> int:
        return self.count("skip")


@dataclass(frozen=True)
class ImportResult:
    added: int
    merged: int
    skipped: int
    cancelled: bool
    change: Change
    message: str
    warnings: tuple[str, ...] = ()
    new_customer_ids: tuple[int, ...] = ()
    inverse: Inverse | None = None  # what undoes the import (ops.apply_inverse)


# A customer about to be written or merged: the columns of its row, its tags, and its rows of
# every other table (jsonio.Row, keyed like the JSON document).
@dataclass
class _Incoming:
    source: str
    values: dict[str, Any]
    tags: list[str]
    parts: dict[str, list[jsonio.Row]]
    from_json: bool = False
    source_id: int | None = None  # its id in a JSON document ("not duplicates" name it)


def _points_rows(record: ContactRecord, skip_primary: bool = True) -> list[jsonio.Row]:
    rows = []
    first = {"email": True, "phone": True}
    for p in record.points:
        if skip_primary and first.get(p.kind):
            first[p.kind] = False
            continue
        rows.append(jsonio.Row({"kind": p.kind, "label": p.label, "value": p.value}))
    return rows


def _from_record(record: ContactRecord, today: dt.date, now: dt.datetime) -> _Incoming:
    emails, phones = record.emails, record.phones
    stage = record.stage or "prospecting"
    values = {
        "id": None,
        "name": record.name,
        "company": record.company,
        "role": record.role,
        "email": emails[0] if emails else None,
        "phone": phones[0] if phones else None,
        "notes": record.notes,
        "stage": stage,
        "cadence_days": None,
        "tier_pin": None,
        "archived": False,
        "created_at": now,
        "updated_at": now,
    }
    parts: dict[str, list[jsonio.Row]] = {p.key: [] for p in jsonio.PARTS}
    parts["contact_points"] = _points_rows(record)
    parts["stage_history"] = [jsonio.Row({"from_stage": None, "stage": stage, "changed_on": today})]
    if record.birthday:
        b = record.birthday
        parts["facts"] = [
            jsonio.Row(
                {
                    "conversation_id": None,
                    "category": "important-date",
                    "text": b.fact_text(),
                    "learned_on": today,
                    "month": b.month,
                    "day": b.day,
                }
            )
        ]
    return _Incoming(record.source, values, list(record.tags), parts)


def _from_document(doc: jsonio.JournalDocument, keep_ids: bool) -> list[_Incoming]:
    out = []
    for i, customer in enumerate(doc.customers):
        parts = {key: list(rows) for key, rows in customer.parts.items()}
        values = dict(customer.values)
        if not keep_ids:
            values["id"] = None
        out.append(
            _Incoming(
                f"customers[{i}]",
                values,
                list(customer.tags),
                parts,
                True,
                customer.values.get("id"),
            )
        )
    return out


# --- what the journal holds, for matching ---------------------------------------------------


def _email_key(value: str | None) -> str | None:
    text = (value or "").strip().casefold()
    return text or None


def _phone_key(value: str) -> str:
    digits = "".join(ch for ch in value if ch.isdigit())
    return ("+" if value.strip().startswith("+") else "") + digits if digits else fold(value)


def _point_key(kind: str, value: str) -> tuple[str, str]:
    if kind == "email":
        return kind, _email_key(value) or ""
    if kind == "phone":
        return kind, _phone_key(value)
    return kind, " ".join(fold(value).split())


def _name_key(name: str, company: str | None) -> str:
    return " ".join(fold(name).split()) + "\x00" + " ".join(fold(company or "").split())


@dataclass
class _Known:
    """A customer as far as matching and merging need: the journal's, or one being added."""

    id: int | None  # None while it is only planned
    name: str
    company: str | None
    fields: dict[str, Any]
    points: set[tuple[str, str]]
    tags: set[str]
    dates: set[tuple[int, int]]  # important dates (month, day)
    incoming: _Incoming | None = None  # for a planned new customer
    source: str | None = None


_FILLABLE = ("company", "role", "email", "phone", "notes")
_FILLABLE_JSON = ("cadence_days", "tier_pin")


def _load_known(conn: Connection) -> list[_Known]:
    known: dict[int, _Known] = {}
    for cid, name, company, role, email, phone, notes, cadence, pin in conn.exec_driver_sql(
        "SELECT id, name, company, role, email, phone, notes, cadence_days, tier_pin FROM customer"
    ):
        fields = {
            "company": company,
            "role": role,
            "email": email,
            "phone": phone,
            "notes": notes,
            "cadence_days": cadence,
            "tier_pin": pin,
        }
        points = set()
        if email:
            points.add(_point_key("email", email))
        if phone:
            points.add(_point_key("phone", phone))
        known[cid] = _Known(cid, name, company, fields, points, set(), set())
    for cid, kind, value in conn.exec_driver_sql(
        "SELECT customer_id, kind, value FROM contact_point"
    ):
        known[cid].points.add(_point_key(kind, value))
    for cid, tag in conn.exec_driver_sql("SELECT customer_id, tag FROM customer_tag"):
        known[cid].tags.add(tag.casefold())
    for cid, month, day in conn.exec_driver_sql(
        "SELECT customer_id, month, day FROM fact WHERE month IS NOT NULL AND day IS NOT NULL"
    ):
        known[cid].dates.add((month, day))
    return list(known.values())


class _Index:
    def __init__(self, customers: Iterable[_Known]) -> None:
        self.by_email: dict[str, _Known] = {}
        self.by_name: dict[str, _Known] = {}
        for c in customers:
            self.add(c)

    def add(self, c: _Known) -> None:
        for kind, key in sorted(c.points):
            if kind == "email" and key:
                self.by_email.setdefault(key, c)
        self.by_name.setdefault(_name_key(c.name, c.company), c)

    def find(self, inc: _Incoming) -> tuple[_Known | None, str]:
        for email in _incoming_emails(inc):
            key = _email_key(email)
            if key and key in self.by_email:
                known = self.by_email[key]
                # A shared mailbox (invoices@, info@) is no proof: two people with different
                # names stay two customers, or an import of our own export would fold them.
                if _names_compatible(known.name, inc.values["name"]):
                    return known, f"same email {email}"
        key = _name_key(inc.values["name"], inc.values.get("company"))
        if key in self.by_name:
            return self.by_name[key], "same name and company"
        return None, ""


def _names_compatible(a: str, b: str) -> bool:
    """Could these names be the same person?

    Two full names (two words or more) that share no word are two people ("Lorenzo Bianchi"
    and "Francesca Galli" at one invoices@ address); anything else may be one person under a
    nickname or a shortening ("Bob" and "Robert", "A. Lovelace" and "Ada Lovelace").
    """
    wa = [w.rstrip(".") for w in fold(a).split()]
    wb = [w.rstrip(".") for w in fold(b).split()]
    if len(wa) < 2 or len(wb) < 2:
        return True
    return any(x.startswith(y) or y.startswith(x) for x in wa for y in wb if x and y)


def _incoming_emails(inc: _Incoming) -> list[str]:
    emails = [inc.values["email"]] if inc.values.get("email") else []
    emails += [
        r.values["value"]
        for r in inc.parts.get("contact_points", [])
        if r.values["kind"] == "email"
    ]
    return emails


def _incoming_points(inc: _Incoming) -> list[tuple[str, str | None, str]]:
    """Every email, phone, address and link of *inc*, primary ones first."""
    out: list[tuple[str, str | None, str]] = []
    if inc.values.get("email"):
        out.append(("email", None, inc.values["email"]))
    if inc.values.get("phone"):
        out.append(("phone", None, inc.values["phone"]))
    out += [
        (r.values["kind"], r.values.get("label"), r.values["value"])
        for r in inc.parts.get("contact_points", [])
    ]
    return out


def _known_from_incoming(inc: _Incoming) -> _Known:
    fields = {k: inc.values.get(k) for k in (*_FILLABLE, *_FILLABLE_JSON)}
    points = {_point_key(kind, value) for kind, _, value in _incoming_points(inc)}
    dates = {
        (r.values["month"], r.values["day"])
        for r in inc.parts.get("facts", [])
        if r.values.get("month") is not None
    }
    return _Known(
        None,
        inc.values["name"],
        inc.values.get("company"),
        fields,
        points,
        {t.casefold() for t in inc.tags},
        dates,
        incoming=inc,
        source=inc.source,
    )


# --- merging -------------------------------------------------------------------------------


@dataclass
class _Merge:
    """What merging one incoming contact into a customer adds or fills."""

    target: _Known
    fills: dict[str, Any] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    parts: dict[str, list[jsonio.Row]] = field(default_factory=dict)
    conversation_map: dict[int, int] = field(default_factory=dict)  # JSON: theirs -> existing
    describe: list[str] = field(default_factory=list)

    def empty(self) -> bool:
        return not (self.fills or self.tags or any(self.parts.values()))


# What does not make an entry another one: ids, stamps, its edit count and who wrote it (an
# older export names nobody; the same entry imported again is still the same entry).
_ENTRY_IGNORED = {
    "id",
    "customer_id",
    "conversation_id",
    "created_at",
    "updated_at",
    "version",
    "author",
}
# Parts a merge never adds: they describe the journal's own customer.
_MERGE_SKIPS = {"stage_history", "reminder_states"}


def _signature(part: jsonio.Part, values: dict[str, Any]) -> tuple[Any, ...]:
    items = []
    for name in part.columns():
        if name in _ENTRY_IGNORED:
            continue
        value = values.get(name)
        if isinstance(value, dt.datetime):
            value = value.isoformat()
        elif isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, bool):
            value = int(value)
        items.append(value)
    return tuple(items)


def _existing_signatures(
    conn: Connection, customer_id: int
) -> dict[str, dict[tuple[Any, ...], int]]:
    """Signature -> id of every entry of an existing customer (for JSON merges)."""
    result: dict[str, dict[tuple[Any, ...], int]] = {}
    for part in jsonio.PARTS:
        names = part.columns()
        table = bulk.core_table(part.name)
        rows = conn.execute(
            select(*(table.c[name] for name in names)).where(
                table.c[part.parent_column] == customer_id
            )
        )
        sigs: dict[tuple[Any, ...], int] = {}
        for row in rows:
            values = dict(zip(names, row, strict=True))
            sigs.setdefault(_signature(part, values), values["id"])
        result[part.key] = sigs
    return result


def _merge(inc: _Incoming, target: _Known, conn: Connection | None) -> _Merge:
    merge = _Merge(target)
    fillable = _FILLABLE + (_FILLABLE_JSON if inc.from_json else ())
    incoming_points = _incoming_points(inc)
    have = set(target.points)
    for name in fillable:
        if name in ("email", "phone"):
            continue
        value = inc.values.get(name)
        if value not in (None, "") and target.fields.get(name) in (None, ""):
            merge.fills[name] = value
            merge.describe.append(f"fills {name.replace('_', ' ')}")
    for kind in ("email", "phone"):
        if target.fields.get(kind):
            continue
        for k, _, value in incoming_points:
            if k == kind and _point_key(k, value) not in have:
                merge.fills[kind] = value
                have.add(_point_key(k, value))
                merge.describe.append(f"fills {kind} {value}")
                break
    new_points = []
    for kind, label, value in incoming_points:
        key = _point_key(kind, value)
        if key in have:
            continue
        have.add(key)
        new_points.append(jsonio.Row({"kind": kind, "label": label, "value": value}))
    if new_points:
        merge.parts["contact_points"] = new_points
        counts: dict[str, int] = {}
        for r in new_points:
            counts[r.values["kind"]] = counts.get(r.values["kind"], 0) + 1
        for kind, n in counts.items():
            merge.describe.append(f"adds {plural(n, kind)}")
    tags = [t for t in inc.tags if t.casefold() not in target.tags]
    if tags:
        merge.tags = tags
        merge.describe.append(f"adds {plural(len(tags), 'tag')}")
    # Entries: for contacts only a birthday; for JSON every entry not already there.
    if not inc.from_json:
        facts = [
            r
            for r in inc.parts.get("facts", [])
            if (r.values["month"], r.values["day"]) not in target.dates
        ]
        if facts:
            merge.parts["facts"] = facts
            merge.describe.append("adds the birthday")
        return merge
    existing = _existing_signatures(conn, target.id) if (conn is not None and target.id) else {}
    for part in jsonio.PARTS:
        if part.key in _MERGE_SKIPS or part.key == "contact_points":
            continue
        sigs = existing.get(part.key, {})
        added = []
        for row in inc.parts.get(part.key, []):
            sig = _signature(part, row.values)
            if sig in sigs:
                if part.name == "conversation" and row.values.get("id") is not None:
                    merge.conversation_map[row.values["id"]] = sigs[sig]
                continue
            added.append(row)
        if added:
            merge.parts[part.key] = added
            merge.describe.append(
                f"adds {plural(len(added), part.key.rstrip('s').replace('_', ' '))}"
            )
    return merge


# --- planning ------------------------------------------------------------------------------


@dataclass
class _Work:
    items: list[PlanItem]
    new: list[_Incoming]
    merges: list[tuple[_Incoming, _Merge]]
    keep_ids: bool
    # A JSON document's customer id -> the journal's customer it became: an existing id, or
    # the incoming customer written (its id is known once written).
    routes: dict[int, int | _Incoming] = field(default_factory=dict)


def _plan(conn: Connection | None, source: Source, today: dt.date) -> _Work:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    known = _load_known(conn) if conn is not None else []
    items: list[PlanItem] = []
    if source.document is not None:
        keep = not known and source.document.has_all_ids
        incoming = _from_document(source.document, keep)
    else:
        assert source.contacts is not None
        keep = False
        incoming = [_from_record(r, today, now) for r in source.contacts.records]
        for s in source.contacts.skipped:
            items.append(PlanItem("skip", s.source, s.source, reason=s.reason))
    if keep:
        # A faithful restore of an export: every customer as it was, no matching.
        items += [
            PlanItem("add", inc.source, inc.values["name"], inc.values.get("company"))
            for inc in incoming
        ]
        return _Work(items, incoming, [], True)
    if conn is not None:
        # A gift whose file named no currency at all is written in the journal's (_write_parts);
        # it must compare as such, or the same file imported again would add its gifts twice.
        journal_currency = store_settings.currency(conn)
        for inc in incoming:
            for row in inc.parts.get("gifts", []):
                if row.values.get("currency") is None:
                    row.values["currency"] = journal_currency
    index = _Index(known)
    new: list[_Incoming] = []
    merges: list[tuple[_Incoming, _Merge]] = []
    routes: dict[int, int | _Incoming] = {}
    for inc in incoming:
        target, why = index.find(inc)
        name, company = inc.values["name"], inc.values.get("company")
        if inc.source_id is not None:
            routes[inc.source_id] = inc if target is None else target.id or target.incoming or inc
        if target is None:
            new.append(inc)
            index.add(_known_from_incoming(inc))
            items.append(PlanItem("add", inc.source, name, company))
            continue
        merge = _merge(inc, target, conn)
        target_name = target.name if target.id else f"{target.name} ({target.source})"
        if merge.empty():
            items.append(
                PlanItem(
                    "skip", inc.source, name, company, target.id, target_name, f"{why}, nothing new"
                )
            )
            continue
        items.append(
            PlanItem(
                "merge",
                inc.source,
                name,
                company,
                target.id,
                target_name,
                why,
                tuple(merge.describe),
            )
        )
        _absorb(target, merge)
        if target.id is None:
            assert target.incoming is not None
            _fold_into_new(target.incoming, merge)
        else:
            merges.append((inc, merge))
        index.add(target)
    return _Work(items, new, merges, False, routes)


def _absorb(target: _Known, merge: _Merge) -> None:
    """Later contacts of the same file see what earlier merges added."""
    for name, value in merge.fills.items():
        target.fields[name] = value
        if name in ("email", "phone"):
            target.points.add(_point_key(name, value))
    for row in merge.parts.get("contact_points", []):
        target.points.add(_point_key(row.values["kind"], row.values["value"]))
    target.tags.update(t.casefold() for t in merge.tags)
    for row in merge.parts.get("facts", []):
        if row.values.get("month") is not None:
            target.dates.add((row.values["month"], row.values["day"]))


def _fold_into_new(inc: _Incoming, merge: _Merge) -> None:
    """A duplicate within the file merges into the customer the file adds."""
    inc.values.update(merge.fills)
    inc.tags.extend(merge.tags)
    for key, rows in merge.parts.items():
        inc.parts.setdefault(key, []).extend(rows)


def plan_import(
    journal: Journal | None, source: Source, *, today: dt.date | None = None
) -> ImportPlan:
    """What importing *source* into *journal* would do (None: a journal that doesn't exist)."""
    day = today or dt.date.today()
    if journal is None:
        work = _plan(None, source, day)
    else:
        with journal.read() as session:
            work = _plan(session.connection(), source, day)
            if work.keep_ids:  # said before the preview, not after the person agreed
                backend.require_moving_ids(session.connection())
    return ImportPlan(source, work.items, work.keep_ids, list(source.warnings))


# --- writing -------------------------------------------------------------------------------


@dataclass
class _Batch:
    """New rows (by table, through the bulk writer) and fills of existing customers."""

    rows: bulk.Writer
    updates: list[tuple[int, dict[str, Any]]] = field(default_factory=list)

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.rows.add(table, row)

    def flush(self) -> None:
        self.rows.flush()
        for customer_id, fills in self.updates:
            bulk.update_row(self.rows.conn, "customer", customer_id, fills)
        self.updates.clear()


def _stamped(values: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
    """Rows keep the timestamps they came with (JSON); new ones are stamped now."""
    out = dict(values)
    for stamp in ("created_at", "updated_at"):
        out[stamp] = out.get(stamp) or now
    return out


def _write_parts(
    batch: _Batch,
    customer_id: int,
    parts: dict[str, list[jsonio.Row]],
    now: dt.datetime,
    keep: bool,
    conversation_map: dict[int, int],
    currency: str,
) -> None:
    """*currency*: the journal's, for a gift whose document named no currency at all."""
    conv_ids = dict(conversation_map)
    ordered = sorted(jsonio.PARTS, key=lambda p: p.name != "conversation")  # conversations first
    for part in ordered:
        for row in parts.get(part.key, []):
            values = dict(row.values)
            old_id = values.get("id")
            values["id"] = old_id if keep else batch.rows[part.name].new_id()
            if part.name == "conversation" and old_id is not None:
                conv_ids[old_id] = values["id"]
            if values.get("conversation_id") is not None and not keep:
                values["conversation_id"] = conv_ids.get(values["conversation_id"])
            values[part.parent_column] = customer_id
            if part.name == "gift" and values.get("currency") is None:
                values["currency"] = currency
            batch.add(part.name, _stamped(values, now))
            for child in part.children:
                for kid in row.children.get(child.key, []):
                    kid_values = dict(kid.values)
                    if not keep:
                        kid_values["id"] = batch.rows[child.name].new_id()
                    kid_values[child.parent_column] = values["id"]
                    batch.add(child.name, _stamped(kid_values, now))


def apply_import(
    journal: Journal,
    plan: ImportPlan,
    *,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> ImportResult:
    """Carry out *plan* in one transaction (planned again inside it); see the module docstring."""
    day = today or dt.date.today()
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    try:
        with journal.write() as session:
            conn = session.connection()
            # A journal that keeps no undo records no inverse (Journal.undoable).
            recording = (
                undo_log.recording(conn)
                if journal.undoable
                else contextlib.nullcontext(undo_log.Recording())
            )
            with recording as recorded:
                work = _plan(conn, plan.source, day)
                if work.keep_ids:
                    backend.require_moving_ids(conn)
                touched, new_ids = _write(conn, work, plan.source, now, progress)
            backend.ids_written(conn)
    except _Cancelled:
        return ImportResult(
            0,
            0,
            0,
            True,
            Change(),
            OpsText.tr("Import cancelled: the journal was left as it was."),
            tuple(plan.warnings),
        )
    added = sum(1 for i in work.items if i.action == "add")
    merged = sum(1 for i in work.items if i.action == "merge")
    skipped = sum(1 for i in work.items if i.action == "skip")
    name = plan.source.path.name if plan.source.path else OpsText.tr("the file")
    message = OpsText.tr(
        "Imported {name}: %n customer(s) added, {merged} merged, {skipped} skipped.",
        "",
        added,
        name=name,
        merged=merged,
        skipped=skipped,
    )
    what = Changed.CUSTOMER | Changed.RELATIONSHIP | Changed.SAME_FIRM
    for part in jsonio.PARTS:
        for table in (part, *part.children):
            what |= entry_flag(table.name)
    if work.keep_ids:
        what |= Changed.SETTINGS
    return ImportResult(
        added,
        merged,
        skipped,
        False,
        Change(frozenset(touched), what),
        message,
        tuple(plan.warnings),
        tuple(new_ids),
        Inverse.of(recorded.rows, message) if journal.undoable else None,
    )


def _write(
    conn: Connection, work: _Work, source: Source, now: dt.datetime, progress: Progress | None
) -> tuple[set[int], list[int]]:
    was_empty = conn.exec_driver_sql("SELECT count(*) FROM customer").scalar() == 0
    total = len(work.new) + len(work.merges)
    index_work = total
    done = 0

    def report(step: int) -> None:
        nonlocal done
        done += step
        if progress is not None and progress(done, total + index_work):
            raise _Cancelled

    def indexed(customers: int, of: int) -> None:
        # The index rebuild reports on the whole journal; scale that to our share of the bar.
        at = total + (index_work * customers // of if of else index_work)
        report(at - done)

    report(0)
    if work.keep_ids and source.document is not None:
        doc = source.document
        for key, value in doc.settings.items():
            store_settings.set_raw(conn, key, value)
        store_settings.set_raw(conn, "currency", doc.currency)
    currency = store_settings.currency(conn)
    touched: set[int] = set()
    new_ids: list[int] = []
    written: dict[int, int] = {}  # id() of an incoming customer -> its id in the journal
    batch = _Batch(bulk.Writer(conn))
    pending = 0
    # Bulk inserts with the derived columns' triggers off, then those columns worked out once
    # for the customers written (store/derived.py: per-row triggers are quadratic in a long
    # purchase history).
    with derived.suspended(conn, touched):
        for inc in work.new:
            values = dict(inc.values)
            if not work.keep_ids:
                values["id"] = batch.rows["customer"].new_id()
            cid = values["id"]
            written[id(inc)] = cid
            touched.add(cid)
            new_ids.append(cid)
            batch.add("customer", _stamped(values, now))
            for tag in unique_tags(inc.tags):
                batch.add("customer_tag", {"customer_id": cid, "tag": tag})
            _write_parts(batch, cid, inc.parts, now, work.keep_ids, {}, currency)
            pending += 1
            if pending >= _BATCH:
                batch.flush()
                report(pending)
                pending = 0
        for _inc, merge in work.merges:
            cid = merge.target.id
            assert cid is not None
            touched.add(cid)
            fills = dict(merge.fills)
            fills["updated_at"] = now
            batch.updates.append((cid, fills))
            for tag in merge.tags:
                batch.add("customer_tag", {"customer_id": cid, "tag": tag})
            _write_parts(batch, cid, merge.parts, now, False, merge.conversation_map, currency)
            pending += 1
            if pending >= _BATCH:
                batch.flush()
                report(pending)
                pending = 0
        batch.flush()
        report(pending)
    if source.document is not None:
        _write_pairs(conn, source.document, work, written, now)
        _write_links(conn, source.document, work, written, now)
    # The search index, in the same transaction: all of it or none of it.
    if was_empty or len(touched) > _REBUILD_ABOVE:
        search.rebuild(conn, progress=indexed)
        indexed(1, 1)
    else:
        ordered = sorted(touched)
        for start in range(0, len(ordered), _BATCH):
            chunk = ordered[start : start + _BATCH]
            search.reindex_customers(conn, chunk)
            report(len(chunk))
        report(index_work - len(ordered))
    return touched, new_ids


def _write_pairs(
    conn: Connection,
    doc: jsonio.JournalDocument,
    work: _Work,
    written: dict[int, int],
    now: dt.datetime,
) -> None:
    """The document's "not duplicates" pairs, naming the customers its customers became (a pair
    the journal already has, or one that became a single customer, is left out)."""

    def journal_id(source_id: int) -> int | None:
        route = work.routes.get(source_id)
        return written.get(id(route)) if isinstance(route, _Incoming) else route

    rows = []
    for pair in doc.not_duplicates:
        values = _stamped(pair, now)
        if not work.keep_ids:
            a, b = journal_id(pair["customer_id"]), journal_id(pair["other_id"])
            if a is None or b is None or a == b:
                continue
            # A new id from the journal (an explicit NULL is no id on PostgreSQL).
            values.pop("id", None)
            values.update(customer_id=min(a, b), other_id=max(a, b))
        rows.append(values)
    if rows:
        conn.execute(insert(jsonio.PAIRS_TABLE).prefix_with("OR IGNORE", dialect="sqlite"), rows)


def _write_links(
    conn: Connection,
    doc: jsonio.JournalDocument,
    work: _Work,
    written: dict[int, int],
    now: dt.datetime,
) -> None:
    """The document's relationships between the customers its customers became, and its
    same-firm declarations. A link whose two ends became one customer, or that the journal has
    already, is left out; so is a declaration the journal's firms already make true."""

    def journal_id(source_id: int) -> int | None:
        route = work.routes.get(source_id)
        return written.get(id(route)) if isinstance(route, _Incoming) else route

    have = {
        (a, b, k)
        for a, b, k in conn.exec_driver_sql("SELECT customer_id, other_id, kind FROM relationship")
    }
    rows = []
    for row in doc.relationships:
        values = _stamped(row, now)
        if not work.keep_ids:
            first, second = journal_id(row["customer_id"]), journal_id(row["other_id"])
            if first is None or second is None or first == second:
                continue
            if row["kind"] in link_rules.SYMMETRIC and first > second:
                first, second = second, first
            if (first, second, row["kind"]) in have:
                continue
            have.add((first, second, row["kind"]))
            values.pop("id", None)  # a new id from the journal
            values.update(customer_id=first, other_id=second)
        rows.append(values)
    if rows:
        conn.execute(insert(bulk.core_table("relationship")), rows)
    groups = link_rules.FirmGroups(
        (a, b) for a, b in conn.exec_driver_sql("SELECT name, same_as FROM same_firm")
    )
    firms = []
    for row in doc.same_firms:
        if not work.keep_ids:
            if groups.same(row["name"], row["same_as"]):
                continue
            groups.join(link_rules.company_key(row["name"]), link_rules.company_key(row["same_as"]))
        kept = dict(row) if work.keep_ids else {k: v for k, v in row.items() if k != "id"}
        firms.append(_stamped(kept, now))
    if firms:
        conn.execute(insert(bulk.core_table("same_firm")), firms)


def import_file(
    journal: Journal,
    path: Path,
    *,
    format: str | None = None,
    mapping: Sequence[tuple[str, str]] | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> ImportResult:
    """Read, plan and apply in one call (the command line's `import`)."""
    source = read_source(path, format=format, mapping=mapping)
    plan = ImportPlan(source, [], False, list(source.warnings))
    return apply_import(journal, plan, progress=progress, today=today)
