"""The whole journal as JSON, and back (format "custjournal", version 1; see docs/transfer.md).

    {"format": "custjournal", "version": 1, "exported_at": "2026-11-23T10:00:00Z",
     "currency": "EUR", "settings": {"cadence.connection": "21", ...},
     "customers": [{"id": 1, "name": ..., "tags": [...], "contact_points": [...],
                    "stage_history": [...], "conversations": [...], "delights": [...],
                    "pain_points": [...], "facts": [...], "promises": [...], "gifts": [...],
                    "invitations": [{..., "status_history": [...]}], "milestones": [...],
                    "purchases": [...], "reminder_states": [...]}, ...],
     "not_duplicates": [{"id": 1, "customer_id": 3, "other_id": 7, ...}, ...],
     "relationships": [{"id": 1, "customer_id": 2, "other_id": 1, "kind": "referred-by",
                        "note": null, "since": "2025-05-02", ...}, ...],
     "same_firms": [{"id": 1, "name": "Acme", "same_as": "Acme Industries", ...}, ...]}

Every row keeps its id and its `created_at`/`updated_at` (UTC, ISO 8601 with `Z`); dates are
ISO dates; money is a decimal string (`"cost": "25.50"`, `"amount": "12000.00"`) beside its
currency (the purchase's or the gift's own, `"currency": "EUR"`; a gift in a file made before
gifts kept their currency takes the document's top-level `currency`). Delights, pain points, facts and
promises name their conversation by `conversation_id` (or null). Customers and rows are in id
order and the text is `json.dumps(document, indent=2, ensure_ascii=False)`, so the same journal
always gives the same file apart from `exported_at`.

`not_duplicates` are the pairs of customers the user said are different people (the duplicate
finder leaves them out); they name customers of the document by id, so they sit beside the
customers rather than under one. An older document without them imports as before.

Relationships link two customers, so they sit at the top level and name both by their ids in
the document; same-firm declarations (two company names said to be one firm) belong to no
customer. Both keys are left out when empty, so a journal without them exports as before.

The columns come from the table definitions (store/models.py), so a column a later schema adds
travels without a change here; a new table must be given its place in `_KEYS` (a test checks
that every table is covered).

API: `write_journal(session, out, now=None)` writes a document; `load(data) -> JournalDocument`
parses and validates one completely (types, vocabularies, references), raising a UserError that
names the place (`customers[3].conversations[0].occurred_on`) before anything is written.
`ops.imports` does the writing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, TextIO

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Table, select
from sqlalchemy.types import TypeDecorator, TypeEngine
from sqlmodel import Session, SQLModel

from custjournal.domain import links as link_rules
from custjournal.domain import vocab
from custjournal.domain.errors import UserError
from custjournal.domain.i18n import ErrorText, field_word
from custjournal.domain.values import (
    FIRST_DAY,
    LAST_DAY,
    MINOR_UNITS,
    NAME_LIMIT,
    TEXT_LIMIT,
    format_minor,
    parse_currency,
)
from custjournal.store import models  # noqa: F401  (registers the tables on the metadata)

FORMAT = "custjournal"
VERSION = 1

# Table -> its key in the document, in the order the keys are written.
_KEYS: dict[str, str] = {
    "contact_point": "contact_points",
    "stage_change": "stage_history",
    "conversation": "conversations",
    "delight": "delights",
    "pain_point": "pain_points",
    "fact": "facts",
    "promise": "promises",
    "gift": "gifts",
    "invitation": "invitations",
    "invitation_status_change": "status_history",
    "milestone": "milestones",
    "purchase": "purchases",
    "reminder_state": "reminder_states",
}
# Tables that are not rows of a customer: settings go at the top, tags as a list of strings.
_NOT_CHILDREN = {"customer", "setting", "customer_tag"}
# Tables at the top level of the document, beside the customers (their key, in order).
_TOP: dict[str, str] = {"relationship": "relationships", "same_firm": "same_firms"}
_STAMPS = ("created_at", "updated_at")


@dataclass(frozen=True)
class Part:
    """One kind of row and where it hangs: under the customer, or under a parent row."""

    table: Table
    key: str
    parent_column: str  # customer_id, or e.g. invitation_id
    children: tuple[Part, ...] = ()

    @property
    def name(self) -> str:
        return self.table.name

    def columns(self) -> list[str]:
        return [c.name for c in self.table.columns if c.name != self.parent_column]


def _parts() -> tuple[Part, ...]:
    tables = SQLModel.metadata.tables
    nested: dict[str, list[Table]] = defaultdict(list)
    direct: list[tuple[Table, str]] = []
    for name in _KEYS:
        table = tables[name]
        targets = {fk.column.table.name: fk.parent.name for fk in table.foreign_keys}
        if "customer" in targets:
            direct.append((table, targets["customer"]))
        else:
            parent_table = next(t for t in targets if t in _KEYS)
            nested[parent_table].append(table)
    result = []
    for table, column in direct:
        children = []
        for child in nested.get(table.name, []):
            fk = next(f.parent.name for f in child.foreign_keys if f.column.table is table)
            children.append(Part(child, _KEYS[child.name], fk))
        result.append(Part(table, _KEYS[table.name], column, tuple(children)))
    return tuple(result)


PARTS: tuple[Part, ...] = _parts()
CUSTOMER_TABLE: Table = SQLModel.metadata.tables["customer"]
# Pairs said not to be duplicates: beside the customers, naming two of them.
PAIRS_KEY = "not_duplicates"
PAIRS_TABLE: Table = SQLModel.metadata.tables["not_duplicate"]


def covered_tables() -> set[str]:
    """Every table the document carries (the test compares it with the metadata)."""
    names = {"customer", "setting", "customer_tag", PAIRS_TABLE.name, *_TOP}
    for part in PARTS:
        names.add(part.name)
        names.update(child.name for child in part.children)
    return names


def _base(kind: TypeEngine[Any]) -> TypeEngine[Any]:
    """The plain SQL type under a decorator (SQLModel's UTCDateTime, AutoString)."""
    return kind.impl_instance if isinstance(kind, TypeDecorator) else kind


# A row's edit counter (migration 0009) is not the journal's content: a row imported starts
# at 1, as a new one does. Who wrote an entry is, and goes just before the timestamps.
_NOT_WRITTEN = ("version",)
_LAST = ("author", *_STAMPS)


def column_names(table: Table) -> list[str]:
    """A table's columns in document order: id, the fields, who wrote it, the timestamps."""
    names = [c.name for c in table.columns if c.name not in _NOT_WRITTEN]
    middle = [n for n in names if n not in ("id", *_LAST)]
    return [n for n in ("id",) if n in names] + middle + [n for n in _LAST if n in names]


def _money_key(column: str) -> str | None:
    return column[: -len("_minor")] if column.endswith("_minor") else None


# --- writing -------------------------------------------------------------------------------


def _stamp(value: Any) -> str:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return str(value.isoformat()) + "Z"


def _out_value(table: Table, column: str, value: Any) -> tuple[str, Any]:
    money = _money_key(column)
    if money is not None:
        return money, None if value is None else format_minor(int(value))
    if value is None:
        return column, None
    kind = _base(table.columns[column].type)
    if isinstance(kind, DateTime):
        return column, _stamp(value)
    if isinstance(kind, Date):
        return column, str(value)[:10]
    if isinstance(kind, Boolean):
        return column, bool(value)
    return column, value


def _rows(session: Session, table: Table, *order: str) -> Iterator[dict[str, Any]]:
    """Every row of *table* as stored (ISO text, 0/1), ordered by the columns *order* names.

    The statement is compiled by Core from the table; it runs on the driver so the values come
    back as SQLite holds them, which is what the document writes.
    """
    names = column_names(table)
    conn = session.connection()
    query = select(*(table.c[n] for n in names)).order_by(*(table.c[n] for n in order))
    for row in conn.exec_driver_sql(str(query.compile(dialect=conn.dialect))):
        yield dict(zip(names, row, strict=True))


def _plain_row(table: Table, row: dict[str, Any], skip: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column, value in row.items():
        if column == skip:
            continue
        key, plain = _out_value(table, column, value)
        out[key] = plain
    return out


def journal_document(session: Session, now: dt.datetime | None = None) -> dict[str, Any]:
    """The whole journal as one JSON-ready dict (see the module docstring)."""
    conn = session.connection()
    settings: dict[str, str] = {
        k: v for k, v in conn.exec_driver_sql("SELECT key, value FROM setting ORDER BY key")
    }
    currency = settings.pop("currency", "EUR")
    tags: dict[int, list[str]] = defaultdict(list)
    for cid, tag in conn.exec_driver_sql(
        "SELECT customer_id, tag FROM customer_tag ORDER BY customer_id, tag"
    ):
        tags[cid].append(tag)
    grouped: dict[str, dict[int, list[dict[str, Any]]]] = {}
    for part in PARTS:
        by_parent: dict[int, list[dict[str, Any]]] = defaultdict(list)
        child_rows: dict[str, dict[int, list[dict[str, Any]]]] = {}
        for child in part.children:
            rows_of: dict[int, list[dict[str, Any]]] = defaultdict(list)
            for row in _rows(session, child.table, child.parent_column, "id"):
                rows_of[row[child.parent_column]].append(
                    _plain_row(child.table, row, child.parent_column)
                )
            child_rows[child.key] = rows_of
        for row in _rows(session, part.table, part.parent_column, "id"):
            item = _plain_row(part.table, row, part.parent_column)
            for key, rows_of in child_rows.items():
                item[key] = rows_of.get(row["id"], [])
            by_parent[row[part.parent_column]].append(item)
        grouped[part.key] = by_parent
    customers = []
    for row in _rows(session, CUSTOMER_TABLE, "id"):
        item = _plain_row(CUSTOMER_TABLE, row, None)
        item["tags"] = tags.get(row["id"], [])
        for part in PARTS:
            item[part.key] = grouped[part.key].get(row["id"], [])
        customers.append(item)
    when = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": _stamp(when),
        "currency": currency,
        "settings": settings,
        "customers": customers,
        PAIRS_KEY: [
            _plain_row(PAIRS_TABLE, row, None) for row in _rows(session, PAIRS_TABLE, "id")
        ],
    }
    for name, key in _TOP.items():
        table = SQLModel.metadata.tables[name]
        rows = [_plain_row(table, row, None) for row in _rows(session, table, "id")]
        if rows:
            document[key] = rows
    return document


def write_journal(session: Session, out: TextIO, now: dt.datetime | None = None) -> int:
    """Write the journal's document to *out*; returns the number of customers."""
    document = journal_document(session, now)
    json.dump(document, out, indent=2, ensure_ascii=False)
    out.write("\n")
    return len(document["customers"])


# --- reading -------------------------------------------------------------------------------


@dataclass
class Row:
    """A validated row: column -> Python value, plus the rows nested under it."""

    values: dict[str, Any]
    children: dict[str, list[Row]] = field(default_factory=dict)


@dataclass
class CustomerDoc:
    values: dict[str, Any]  # customer columns
    tags: list[str]
    parts: dict[str, list[Row]]  # by Part.key


@dataclass
class JournalDocument:
    currency: str
    settings: dict[str, str]
    customers: list[CustomerDoc]
    has_all_ids: bool  # every row carries an id (needed to keep ids)
    warnings: list[str] = field(default_factory=list)
    # Pairs said not to be duplicates: customer_id and other_id name customers of the document.
    not_duplicates: list[dict[str, Any]] = field(default_factory=list)
    # Validated top-level rows: relationships (customer ids as in the document), same firms.
    relationships: list[dict[str, Any]] = field(default_factory=list)
    same_firms: list[dict[str, Any]] = field(default_factory=list)


class _Invalid(Exception):
    def __init__(self, where: Any, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = str(where)
        self.problem = problem


def _text(value: Any, where: Any, *, required: bool) -> str | None:
    if value is None:
        if required:
            raise _Invalid(where, "is missing")
        return None
    if not isinstance(value, str):
        raise _Invalid(where, "must be text")
    if "\x00" in value:
        raise _Invalid(where, "holds a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _Invalid(where, "holds a lone surrogate (\\ud800-\\udfff)") from None
    if required and not value.strip():
        raise _Invalid(where, "can't be empty")
    limit = NAME_LIMIT if getattr(where, "key", None) in _ONE_LINE else TEXT_LIMIT
    if len(value) > limit:
        raise _Invalid(
            where, f"is too long ({len(value):,} characters; at most {limit:,} are kept)"
        )
    return value


# One-line fields hold a name's length, free text a page's (domain/values.py, Limits).
_ONE_LINE = frozenset({"name", "company", "role", "email", "phone", "event", "label"})


def _int(value: Any, where: Any, *, required: bool) -> int | None:
    if value is None:
        if required:
            raise _Invalid(where, "is missing")
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Invalid(where, "must be a whole number")
    if not -(2**63) <= value < 2**63:
        raise _Invalid(where, "is too large")
    return value


def _date(value: Any, where: Any, *, required: bool) -> dt.date | None:
    text = _text(value, where, required=required)
    if text is None:
        return None
    try:
        if len(text) != 10:
            raise ValueError
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise _Invalid(where, f"'{text[:40]}' is not a date (YYYY-MM-DD)") from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise _Invalid(where, f"{text} is out of range (dates go from {FIRST_DAY} to {LAST_DAY})")
    return day


def _datetime(value: Any, where: Any, *, required: bool) -> dt.datetime | None:
    text = _text(value, where, required=required)
    if text is None:
        return None
    try:
        if not re.match(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", text):
            raise ValueError
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise _Invalid(where, f"'{text[:40]}' is not a date and time (ISO 8601)") from None
    # Aware, in UTC: what the tables' UTCDateTime columns take.
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _bool(value: Any, where: Any, *, required: bool) -> bool | None:
    if value is None:
        if required:
            raise _Invalid(where, "is missing")
        return None
    if not isinstance(value, bool):
        raise _Invalid(where, "must be true or false")
    return value


_MONEY = re.compile(r"^\d{1,15}(\.\d{1,2})?$")


def _money(value: Any, where: Any, *, required: bool) -> int | None:
    text = _text(value, where, required=required)
    if text is None:
        return None
    if not _MONEY.match(text.strip()):
        raise _Invalid(
            where, f"'{text[:40]}' is not an amount: write a decimal string such as \"12.50\""
        )
    try:
        return int(Decimal(text.strip()) * MINOR_UNITS)
    except InvalidOperation:  # pragma: no cover - the pattern rules it out
        raise _Invalid(where, f"'{text[:40]}' is not an amount") from None


def _vocab(check: Callable[[Any], Any], value: Any, where: Any) -> Any:
    if value is None:
        return None
    try:
        return check(value)
    except UserError as exc:
        raise _Invalid(where, exc.message[0].lower() + exc.message[1:].rstrip(".")) from None


def _one_of(allowed: tuple[str, ...], what: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        if value not in allowed:
            raise UserError(
                ErrorText.tr(
                    "Unknown {what} '{value}': use one of {allowed}.",
                    what=field_word(what),
                    value=value,
                    allowed=", ".join(allowed),
                )
            )
        return value

    return check


def _cadence(value: int) -> int:
    if not 1 <= value <= 3650:
        raise UserError(
            ErrorText.tr("A cadence of {value} days is outside 1 to 3650 days.", value=str(value))
        )
    return value


# Columns whose values come from a vocabulary. Values are taken as the app writes them
# (canonical form), so a hand-edited "Connection" is an error rather than a silent change.
_VOCAB: dict[tuple[str, str], Any] = {
    ("customer", "stage"): _one_of(vocab.STAGES, "stage"),
    ("customer", "tier_pin"): _one_of(vocab.TIERS, "tier"),
    ("customer", "cadence_days"): _cadence,
    ("contact_point", "kind"): _one_of(vocab.CONTACT_KINDS, "contact kind"),
    ("stage_change", "stage"): _one_of(vocab.STAGES, "stage"),
    ("stage_change", "from_stage"): _one_of(vocab.STAGES, "stage"),
    ("conversation", "channel"): _one_of(vocab.CHANNELS, "channel"),
    ("pain_point", "with_whom"): _one_of(vocab.PAIN_WITH, "side"),
    ("fact", "category"): _one_of(vocab.FACT_CATEGORIES, "category"),
    ("invitation", "status"): _one_of(vocab.INVITATION_STATUSES, "status"),
    ("invitation_status_change", "status"): _one_of(vocab.INVITATION_STATUSES, "status"),
    ("purchase", "currency"): parse_currency,
    ("gift", "currency"): parse_currency,
    ("relationship", "kind"): _one_of(link_rules.KINDS, "relationship kind"),
}


class _At:
    """A place in the document, spelled out only when an error names it (500k rows: cheap)."""

    __slots__ = ("where", "key")

    def __init__(self, where: str, key: str) -> None:
        self.where = where
        self.key = key

    def __str__(self) -> str:
        return f"{self.where}.{self.key}"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


@dataclass(frozen=True)
class _Field:
    name: str  # the column
    key: str  # its key in the document (money columns lose "_minor")
    parse: Any  # (raw, at, required=) -> value
    required: bool
    default: Any  # used when the document leaves the field out
    has_default: bool
    check: Any  # vocabulary check, or None


_SPECS: dict[tuple[str, str | None], list[_Field]] = {}


def _spec(table: Table, skip: str | None) -> list[_Field]:
    cached = _SPECS.get((table.name, skip))
    if cached is not None:
        return cached
    fields = []
    for name in column_names(table):
        if name == skip:
            continue
        column = table.columns[name]
        money = _money_key(name)
        kind = _base(column.type)
        parse: Callable[..., Any]
        if money is not None:
            parse = _money
        elif isinstance(kind, Boolean):
            parse = _bool
        elif isinstance(kind, DateTime):
            parse = _datetime
        elif isinstance(kind, Date):
            parse = _date
        elif isinstance(kind, Integer):
            parse = _id if name == "id" else _int
        elif isinstance(kind, String):
            parse = _text
        else:  # pragma: no cover - a column type this module does not know yet
            raise TypeError(f"{table.name}.{name}: unsupported type {kind!r}")
        plain = name not in ("id", *_STAMPS)
        arg = getattr(column.default, "arg", None)  # a scalar default, or a factory
        has_default = plain and arg is not None and not callable(arg)
        fields.append(
            _Field(
                name,
                money or name,
                parse,
                plain and not column.nullable,
                arg if has_default else None,
                has_default,
                _VOCAB.get((table.name, name)),
            )
        )
    _SPECS[(table.name, skip)] = fields
    return fields


def _id(value: Any, where: Any, *, required: bool) -> int | None:
    number = _int(value, where, required=required)
    if number is not None and number < 1:
        raise _Invalid(where, "must be a positive whole number")
    return number


def _row(
    table: Table, data: Any, where: str, skip: str | None, warnings: list[str]
) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise _Invalid(where, "must be an object")
    values: dict[str, Any] = {}
    spec = _spec(table, skip)
    for f in spec:
        raw = data.get(f.key)
        if raw is None and f.has_default:
            values[f.name] = f.default  # booleans and stages have defaults
            continue
        at = _At(where, f.key)
        value = f.parse(raw, at, required=f.required)
        if f.check is not None:
            value = _vocab(f.check, value, at)
        values[f.name] = value
    if len(data) > len(spec):
        known = {f.key for f in spec}
        unknown = sorted(k for k in data if k not in known)
        if unknown:
            warnings.append(f"{where}: unknown fields left out: {', '.join(unknown[:8])}.")
    return values


def _check_row_rules(table: Table, values: dict[str, Any], where: str) -> None:
    if table.name == "fact":
        month, day = values.get("month"), values.get("day")
        if (month is None) != (day is None):
            raise _Invalid(where, "an important date needs both month and day")
        if month is not None:
            try:
                dt.date(2000, int(month), int(day or 0))
            except ValueError:
                raise _Invalid(where, f"{month:02d}-{day:02d} is not a day of the year") from None
        if values.get("category") == "important-date" and month is None:
            raise _Invalid(where, "an important date needs its month and day")
    if table.name == "milestone" and not values.get("custom"):
        kind = values.get("kind")
        if kind not in vocab.MILESTONE_KINDS:
            raise _Invalid(
                f"{where}.kind",
                f"unknown milestone kind '{kind}' (set \"custom\": true to keep an own kind)",
            )


def _list(data: Any, key: str, where: str) -> list[Any]:
    value = data.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Invalid(f"{where}.{key}", "must be a list")
    return value


def _customer(data: Any, where: str, warnings: list[str], ids: dict[str, set[int]]) -> CustomerDoc:
    if not isinstance(data, dict):
        raise _Invalid(where, "must be an object")
    part_keys = {p.key for p in PARTS} | {"tags"}
    plain = {k: v for k, v in data.items() if k not in part_keys}
    values = _row(CUSTOMER_TABLE, plain, where, None, warnings)
    _unique(ids, "customer", values.get("id"), f"{where}.id")
    tags: list[str] = []
    for i, tag in enumerate(_list(data, "tags", where)):
        text = _text(tag, f"{where}.tags[{i}]", required=True) or ""
        if len(text) > NAME_LIMIT:
            raise _Invalid(f"{where}.tags[{i}]", f"is too long (at most {NAME_LIMIT} characters)")
        if text not in tags:
            tags.append(text)
    parts: dict[str, list[Row]] = {}
    conversation_ids: set[int] = set()
    for part in PARTS:
        rows = []
        for i, item in enumerate(_list(data, part.key, where)):
            at = f"{where}.{part.key}[{i}]"
            child_keys = {c.key for c in part.children}
            own = (
                {k: v for k, v in item.items() if k not in child_keys}
                if isinstance(item, dict)
                else item
            )
            row_values = _row(part.table, own, at, part.parent_column, warnings)
            _check_row_rules(part.table, row_values, at)
            _unique(ids, part.name, row_values.get("id"), f"{at}.id")
            row = Row(row_values)
            for child in part.children:
                kids = []
                for j, kid in enumerate(_list(item, child.key, at)):
                    kat = f"{at}.{child.key}[{j}]"
                    kid_values = _row(child.table, kid, kat, child.parent_column, warnings)
                    _unique(ids, child.name, kid_values.get("id"), f"{kat}.id")
                    kids.append(Row(kid_values))
                row.children[child.key] = kids
            rows.append(row)
            if part.name == "conversation" and row_values.get("id") is not None:
                conversation_ids.add(row_values["id"])
        parts[part.key] = rows
    # References to a conversation must stay inside the customer.
    for part in PARTS:
        if "conversation_id" not in part.table.columns or part.name == "conversation":
            continue
        for i, row in enumerate(parts[part.key]):
            ref = row.values.get("conversation_id")
            if ref is not None and ref not in conversation_ids:
                raise _Invalid(
                    f"{where}.{part.key}[{i}].conversation_id",
                    f"names conversation {ref}, which is not one of this customer's",
                )
    return CustomerDoc(values, tags, parts)


def _top_list(document: dict[str, Any], key: str) -> list[Any]:
    value = document.get(key) or []
    if not isinstance(value, list):
        raise _Invalid(key, "must be a list")
    return value


def _unique(ids: dict[str, set[int]], table: str, value: int | None, where: str) -> None:
    if value is None:
        ids.setdefault("_missing", set()).add(1)
        return
    seen = ids.setdefault(table, set())
    if value in seen:
        raise _Invalid(where, f"id {value} is used twice")
    seen.add(value)


def load(data: bytes | str) -> JournalDocument:
    """Parse and validate a document; UserError names the place of the first problem."""
    try:
        document = json.loads(data)
    except json.JSONDecodeError as exc:
        raise UserError(
            ErrorText.tr(
                "The file is not valid JSON (line {line}, column {column}: {reason}). "
                "Nothing was imported.",
                line=exc.lineno,
                column=exc.colno,
                reason=exc.msg,
            )
        ) from None
    except (UnicodeDecodeError, RecursionError):
        raise UserError(
            ErrorText.tr("The file is not valid JSON text (UTF-8). Nothing was imported.")
        ) from None
    except ValueError:  # Python reads at most 4,300 digits of a whole number (int_max_str_digits)
        raise UserError(
            ErrorText.tr(
                "The JSON file holds a number with more than 4,300 digits, which no field of a "
                "journal can take: check the file. Nothing was imported."
            )
        ) from None
    try:
        return _document(document)
    except _Invalid as exc:
        raise UserError(
            ErrorText.tr(
                "The JSON file can't be imported: {where} {problem}. Nothing was imported.",
                where=exc.where,
                problem=exc.problem,
            )
        ) from None


def _document(document: Any) -> JournalDocument:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _Invalid(
            "the document",
            'is not a Customer Journal export (it needs "format": "custjournal")',
        )
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _Invalid("version", "must be a whole number")
    if version > VERSION:
        raise _Invalid(
            "version",
            f"is {version}: the file was made by a newer Customer Journal; update the app",
        )
    if version < 1:
        raise _Invalid("version", f"{version} is not a version of this format")
    currency_text = _text(document.get("currency", "EUR"), "currency", required=True)
    currency = _vocab(parse_currency, currency_text, "currency")
    raw_settings = document.get("settings", {}) or {}
    if not isinstance(raw_settings, dict):
        raise _Invalid("settings", "must be an object")
    settings: dict[str, str] = {}
    for key, value in raw_settings.items():
        _text(key, "settings", required=True)
        settings[key] = _text(value, f"settings.{key}", required=False) or ""
    customers_raw = document.get("customers", [])
    if not isinstance(customers_raw, list):
        raise _Invalid("customers", "must be a list")
    warnings: list[str] = []
    ids: dict[str, set[int]] = {}
    customers = [
        _customer(item, f"customers[{i}]", warnings, ids) for i, item in enumerate(customers_raw)
    ]
    if "currency" in document:
        # A gift's cost without a currency of its own (a file made before gifts kept theirs)
        # was in the currency of the journal it came from, which the document names. A
        # document that names none leaves it to the journal it goes into (ops/imports.py).
        for customer in customers:
            for row in customer.parts.get("gifts", ()):
                if row.values.get("currency") is None:
                    row.values["currency"] = currency
    pairs = _pairs(document, ids.get("customer", set()), warnings, ids)
    relationships = _relationships(document, customers, warnings, ids)
    same_firms = []
    for i, item in enumerate(_top_list(document, "same_firms")):
        at = f"same_firms[{i}]"
        values = _row(SQLModel.metadata.tables["same_firm"], item, at, None, warnings)
        _unique(ids, "same_firm", values.get("id"), f"{at}.id")
        same_firms.append(values)
    if len(warnings) > 20:
        warnings = warnings[:20] + [f"... and {len(warnings) - 20} more warnings."]
    return JournalDocument(
        currency,
        settings,
        customers,
        "_missing" not in ids,
        warnings,
        pairs,
        relationships,
        same_firms,
    )


def _pairs(
    document: dict[str, Any], customer_ids: set[int], warnings: list[str], ids: dict[str, set[int]]
) -> list[dict[str, Any]]:
    """The document's "not duplicates" pairs, each naming two of its customers by id."""
    pairs = []
    for i, item in enumerate(_list(document, PAIRS_KEY, "the document")):
        at = f"{PAIRS_KEY}[{i}]"
        values = _row(PAIRS_TABLE, item, at, None, warnings)
        for column in ("customer_id", "other_id"):
            if values[column] not in customer_ids:
                raise _Invalid(
                    f"{at}.{column}", f"names customer {values[column]}, which is not in the file"
                )
        if values["customer_id"] == values["other_id"]:
            raise _Invalid(at, "names the same customer twice")
        if values.get("id") is not None:
            _unique(ids, PAIRS_TABLE.name, values["id"], f"{at}.id")
        pairs.append(values)
    return pairs


def _relationships(
    document: dict[str, Any],
    customers: list[CustomerDoc],
    warnings: list[str],
    ids: dict[str, set[int]],
) -> list[dict[str, Any]]:
    """The document's relationships, each naming two different customers of the document."""
    known = {c.values.get("id") for c in customers} - {None}
    out = []
    table = SQLModel.metadata.tables["relationship"]
    for i, item in enumerate(_top_list(document, "relationships")):
        at = f"relationships[{i}]"
        values = _row(table, item, at, None, warnings)
        _unique(ids, "relationship", values.get("id"), f"{at}.id")
        for end in ("customer_id", "other_id"):
            if values[end] not in known:
                raise _Invalid(
                    f"{at}.{end}", f"names customer {values[end]}, who is not in the file"
                )
        if values["customer_id"] == values["other_id"]:
            raise _Invalid(at, "links a customer to themselves")
        out.append(values)
    return out
