"""Read-side queries: plain rows for lists, pages and the command line. Short and indexed.

Nothing here writes. Results are plain dataclasses and dicts, never live ORM objects, so the
GUI can hold them after the session is gone. Every query is SQL text read from a *source*
(store/reader.py): a plain DBAPI connection from `Journal.reader()` (no SQLAlchemy imported),
or a Session inside a write.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from custjournal.domain import cadence as cadence_rules
from custjournal.domain import tiers as tier_rules
from custjournal.domain.errors import UserError
from custjournal.domain.i18n import ErrorText
from custjournal.store import reader, settings
from custjournal.store.list_sql import LIST_SQL as LIST_SQL  # re-exported: queries.LIST_SQL
from custjournal.store.list_sql import LIST_SQL_NO_CONTACT
from custjournal.store.reader import Source

if TYPE_CHECKING:  # loaded by who finds a customer by name: `due` and `list` do not
    from custjournal.domain.matching import Candidate


# Slots, and built positionally in `_row`: a list load builds 10,000 of them.
@dataclass(slots=True)
class CustomerRow:
    id: int
    name: str
    company: str | None
    role: str | None
    email: str | None
    phone: str | None
    stage: str
    tier: str
    tier_pinned: bool
    archived: bool
    added_on: dt.date
    last_contact: dt.date | None
    value_12m: int  # minor units, journal currency only
    cadence_days: int
    cadence_explanation: str
    cadence_override: int | None
    next_due: dt.date  # the next contact: the last touch (or the day added) plus the cadence
    tags: list[str] = field(default_factory=list)
    promise_due: dt.date | None = None  # the earliest due date of an open promise

    def days_until_contact(self, today: dt.date) -> int:
        """Days to the next contact (negative: overdue); `due_on` may come earlier (a promise)."""
        return (self.next_due - today).days

    @property
    def due_on(self) -> dt.date:
        """When this customer next needs something from you: the next contact, or an open
        promise due earlier. The list's Due column and `list --sort due` show this."""
        return cadence_rules.due_on(self.next_due, self.promise_due)

    def is_due(self, today: dt.date) -> bool:
        """Whether `due_on` is past: the Due column shows it as overdue."""
        return cadence_rules.is_due(self.due_on, today)

    @property
    def promise_first(self) -> bool:
        """Whether `due_on` is a promise's due date (on or before the next contact's)."""
        return self.promise_due is not None and self.promise_due <= self.next_due


def candidates(session: Source) -> list[Candidate]:
    from custjournal.domain.matching import Candidate

    return [
        Candidate(i, n, c)
        for i, n, c in raw_rows(session, "SELECT id, name, company FROM customer")
    ]


def customer_count(session: Source) -> int:
    """How many customers the journal holds (archived ones too)."""
    return int(reader.scalar(session, "SELECT count(*) FROM customer") or 0)


def candidate(session: Source, customer_id: int) -> Candidate | None:
    """One customer's id, name, company and when they were added; None when there is no such
    customer."""
    from custjournal.domain.matching import Candidate

    row = reader.one(
        session, "SELECT id, name, company, created_at FROM customer WHERE id = ?", (customer_id,)
    )
    if row is None:
        return None
    added = row[3]
    return Candidate(row[0], row[1], row[2], None if added is None else str(added))


# All rows of an SQL text from a source (store/reader.py); the name the store has used.
raw_rows = reader.rows


def values_12m(session: Source, today: dt.date, currency: str) -> dict[int, int]:
    """Each buyer's purchases in the 12 months up to *today*, in the journal currency.

    Answered from the covering index ix_purchase_window (migration 0002) alone.
    """
    rows = raw_rows(
        session,
        "SELECT customer_id, sum(amount_minor) FROM purchase "
        "WHERE purchased_on >= ? AND purchased_on <= ? AND currency = ? GROUP BY customer_id",
        (tier_rules.window_start(today).isoformat(), today.isoformat(), currency),
    )
    return {cid: int(total) for cid, total in rows}


def tags_by_customer(session: Source) -> dict[int, list[str]]:
    result: dict[int, list[str]] = defaultdict(list)
    for cid, tag in raw_rows(session, "SELECT customer_id, tag FROM customer_tag ORDER BY tag"):
        result[cid].append(tag)
    return result


def customer_notes(session: Source) -> dict[int, tuple[str | None, Any]]:
    """Every customer's notes and last-updated stamp (what exports add to the list rows)."""
    return {
        cid: (notes, updated)
        for cid, notes, updated in raw_rows(session, "SELECT id, notes, updated_at FROM customer")
    }


def contact_points(session: Source) -> list[tuple[int, str, str | None, str]]:
    """(customer id, kind, label, value) of every contact point, in the order they were added."""
    return raw_rows(
        session,
        "SELECT customer_id, kind, label, value FROM contact_point ORDER BY customer_id, id",
    )


def important_dates(session: Source) -> list[tuple[int, str, int | None, int | None]]:
    """(customer id, text, month, day) of every important-date fact, oldest first."""
    return raw_rows(
        session,
        "SELECT customer_id, text, month, day FROM fact WHERE category = 'important-date' "
        "ORDER BY customer_id, id",
    )


def customer_tier(session: Source, customer_id: int, today: dt.date, currency: str) -> str:
    """One customer's tier as of *today*, by the same rule (and code) as the customer list.

    Only the 12-month value of each buyer and the pins are needed, not every customer's row.
    """
    row = reader.one(session, "SELECT tier_pin FROM customer WHERE id = ?", (customer_id,))
    if row is None:
        raise UserError(
            ErrorText.tr(
                "Customer #{id} does not exist (it may have been erased).", id=str(customer_id)
            )
        )
    if row[0]:
        return str(row[0])
    values = values_12m(session, today, currency)
    if customer_id not in values:
        return "C"  # no purchases in the window: never ranked
    # Pinned buyers take no slot: only their pins matter to the ranking, not everyone's.
    pins = {
        cid: pin
        for cid, pin in raw_rows(
            session,
            "SELECT id, tier_pin FROM customer WHERE tier_pin IS NOT NULL AND tier_pin != ''",
        )
    }
    return tier_rules.assign(values, pins, [customer_id])[customer_id]


# The customer list's SQL text lives in store/list_sql.py (light, for `due --count`).
# The same for one customer, :id.
_ONE_SQL = LIST_SQL + " WHERE c.id = :id"


def _built(
    records: list[Any],
    values: dict[int, int],
    floors: tuple[float, float],
    tags: dict[int, list[str]] | None,
    cadences: dict[str, int],
    tier: str | None = None,
    promises: dict[int, dt.date] | None = None,
) -> list[CustomerRow]:
    """The rows of LIST_SQL's *records*: each tier from the floors of `tier_rules.ranking`
    (or *tier*, for one customer), each value from *values*, tags from *tags* (None: none
    read, each row's tags empty)."""
    a_floor, b_floor = floors
    tier_of, get_value, fromiso = tier_rules.tier, values.get, dt.date.fromisoformat
    promise_of = (promises or {}).get
    no_tags: dict[int, list[str]] = {}
    tags_of = (tags or no_tags).get
    # Few distinct (stage, tier, override) combinations: each cadence worked out once, its
    # length kept as a timedelta too (one built per row cost 2 ms per 10,000).
    explained: dict[tuple[str, str, int | None], tuple[int, str, dt.timedelta]] = {}
    rows: list[CustomerRow] = []
    append = rows.append
    for (
        cid,
        name,
        company,
        role,
        email,
        phone,
        stg,
        pin,
        archived,
        created,
        override,
        last,
    ) in records:
        value = get_value(cid)
        this_tier = tier or tier_of(value, pin, a_floor, b_floor)
        cad = explained.get((stg, this_tier, override))
        if cad is None:
            worked = cadence_rules.effective(stg, this_tier, override, cadences)
            cad = (worked.days, worked.explanation, dt.timedelta(days=worked.days))
            explained[(stg, this_tier, override)] = cad
        added_on = fromiso(created)
        last_contact = fromiso(last) if last else None
        # Positional, in field order (about twice as fast as keywords for 10,000 rows).
        append(
            CustomerRow(
                cid,
                name,
                company,
                role,
                email,
                phone,
                stg,
                this_tier,
                bool(pin),
                bool(archived),
                added_on,
                last_contact,
                value or 0,
                cad[0],
                cad[1],
                override,
                (last_contact or added_on) + cad[2],  # cadence.next_due, inlined
                tags_of(cid) or [],
                promise_of(cid),
            )
        )
    return rows


# Each customer's earliest open promise due date, as of :today (a promise made later, or kept
# by then, does not count): the list's Due column. Two ranges of ix_promise_open (open, and kept
# after :today) rather than one OR, which scanned every promise: 4.4 ms against 8.6 ms over the
# 46,000 promises of the 10,000-customer demo. :id narrows it to one customer.
_OPEN_PROMISE_SQL = (
    "SELECT customer_id, due_on AS due FROM promise WHERE {kept} AND due_on IS NOT NULL "
    "AND made_on <= :today{one}"
)
OPEN_PROMISE_SQL = _OPEN_PROMISE_SQL  # store/insights.py reads the same promises
_PROMISE_DUE_SQL = (
    "SELECT customer_id, min(due) FROM ("
    + _OPEN_PROMISE_SQL.format(kept="done_on IS NULL", one="{one}")
    + " UNION ALL "
    + _OPEN_PROMISE_SQL.format(kept="done_on > :today", one="{one}")
    + ") AS open_promise GROUP BY customer_id"
)


def promise_dues(
    session: Source, today: dt.date, customer_id: int | None = None
) -> dict[int, dt.date]:
    """{customer id: the earliest due date of their open promises} as of *today*."""
    sql = _PROMISE_DUE_SQL.format(one="" if customer_id is None else " AND customer_id = :id")
    params: dict[str, object] = {"today": today.isoformat()}
    if customer_id is not None:
        params["id"] = customer_id
    fromiso = dt.date.fromisoformat
    return {cid: fromiso(str(due)[:10]) for cid, due in raw_rows(session, sql, params)}


def customer_rows(
    session: Source,
    today: dt.date,
    *,
    stage: str | None = None,
    tag: str | None = None,
    include_archived: bool = True,
    sort: bool = True,
    with_tags: bool = True,
    with_contact: bool = True,
) -> list[CustomerRow]:
    """Every customer with tier, last contact, value and next due, sorted by name.

    *sort* False leaves them in id order, for a caller that sorts them its own way.
    *with_tags* False leaves each row's tags empty, and *with_contact* False its role, email
    and phone None, for a caller that shows none (`list` on a terminal: reading 20,000 tags
    cost it a tenth of its time).
    """
    currency = settings.currency(session)
    cadences = settings.cadences(session)
    sql = LIST_SQL if with_contact else LIST_SQL_NO_CONTACT
    customers = raw_rows(session, sql, {"today": today.isoformat()})
    values = values_12m(session, today, currency)
    # Archived customers take part in the ranking too, whether they are listed or not.
    floors = tier_rules.ranking(values, {r[0]: r[7] for r in customers if r[7]})
    tags = tags_by_customer(session) if with_tags or tag else {}
    if stage:
        customers = [r for r in customers if r[6] == stage]
    if tag:
        folded = tag.casefold()
        customers = [r for r in customers if folded in (t.casefold() for t in tags.get(r[0], ()))]
    if not include_archived:
        customers = [r for r in customers if not r[8]]
    rows = _built(
        customers,
        values,
        floors,
        tags if with_tags else None,
        cadences,
        None,
        promise_dues(session, today),
    )
    if sort:
        rows.sort(key=lambda r: (r.name.casefold(), r.id))
    return rows


def customer_row(session: Source, customer_id: int, today: dt.date) -> CustomerRow | None:
    """One customer's row, from that customer's entries (and the 12-month values for the tier)."""
    found = raw_rows(session, _ONE_SQL, {"today": today.isoformat(), "id": customer_id})
    if not found:
        return None
    record = found[0]
    currency = settings.currency(session)
    value = reader.scalar(
        session,
        "SELECT coalesce(sum(amount_minor), 0) FROM purchase WHERE customer_id = ? "
        "AND purchased_on >= ? AND purchased_on <= ? AND currency = ?",
        (customer_id, tier_rules.window_start(today).isoformat(), today.isoformat(), currency),
    )
    tags = [t for (t,) in raw_rows(session, _TAGS_SQL, (customer_id,))]
    tier = customer_tier(session, customer_id, today, currency)
    values = {customer_id: int(value)}
    cadences = settings.cadences(session)
    promises = promise_dues(session, today, customer_id)
    return _built([record], values, (0, 0), {customer_id: tags}, cadences, tier, promises)[0]


_TAGS_SQL = "SELECT tag FROM customer_tag WHERE customer_id = ? ORDER BY tag"

# The customer's own columns and each kind of entry of one customer (:id), newest first, as
# the tables' models have them (created_at and updated_at first, as SQLModel dumps them):
# tests/store/test_reader.py checks each against store/models.py.
DETAIL_SQL: dict[str, str] = {
    "customer": "SELECT created_at, updated_at, version, id, name, company, role, email, phone, notes, "
    "stage, cadence_days, tier_pin, archived FROM customer WHERE id = :id",
    "conversations": "SELECT created_at, updated_at, version, author, id, customer_id, occurred_on, channel, "
    "summary, notes, why_buy FROM conversation WHERE customer_id = :id "
    "ORDER BY occurred_on DESC, id DESC",
    "delights": "SELECT created_at, updated_at, version, author, id, customer_id, conversation_id, text "
    "FROM delight WHERE customer_id = :id ORDER BY id",
    "pain_points": "SELECT created_at, updated_at, version, author, id, customer_id, conversation_id, text, "
    "with_whom, resolved_on FROM pain_point WHERE customer_id = :id ORDER BY id",
    "promises": "SELECT created_at, updated_at, version, author, id, customer_id, conversation_id, text, made_on, "
    "due_on, done_on FROM promise WHERE customer_id = :id ORDER BY made_on DESC, id DESC",
    "facts": "SELECT created_at, updated_at, version, author, id, customer_id, conversation_id, category, text, "
    "learned_on, month, day FROM fact WHERE customer_id = :id ORDER BY learned_on DESC, id DESC",
    "gifts": "SELECT created_at, updated_at, version, author, id, customer_id, what, kind, given_on, cost_minor, "
    "occasion, reaction, currency FROM gift WHERE customer_id = :id ORDER BY given_on DESC, id DESC",
    "invitations": "SELECT created_at, updated_at, version, author, id, customer_id, event, event_on, "
    "invited_on, as_guest, status FROM invitation WHERE customer_id = :id "
    "ORDER BY invited_on DESC, id DESC",
    "status_history": "SELECT s.created_at, s.updated_at, s.id, s.invitation_id, s.status, "
    "s.changed_on FROM invitation_status_change s JOIN invitation i ON i.id = s.invitation_id "
    "WHERE i.customer_id = :id ORDER BY s.id DESC",
    "milestones": "SELECT created_at, updated_at, version, author, id, customer_id, kind, custom, occurred_on, "
    "note FROM milestone WHERE customer_id = :id ORDER BY occurred_on DESC, id DESC",
    "purchases": "SELECT created_at, updated_at, version, author, id, customer_id, purchased_on, amount_minor, "
    "currency, what FROM purchase WHERE customer_id = :id ORDER BY purchased_on DESC, id DESC",
    "stage_history": "SELECT created_at, updated_at, version, author, id, customer_id, from_stage, stage, "
    "changed_on FROM stage_change WHERE customer_id = :id ORDER BY changed_on DESC, id DESC",
    "contact_points": "SELECT created_at, updated_at, version, author, id, customer_id, kind, label, value "
    "FROM contact_point WHERE customer_id = :id ORDER BY id DESC",
}
# The stored columns that are not text or numbers, by the names every table gives them.
BOOLEAN_COLUMNS = frozenset({"archived", "as_guest", "custom"})


def column_type(name: str) -> type | None:
    """What a column of the journal holds when it is not text or a number: a day (`*_on`,
    `*_until`), a moment (`*_at`) or a yes/no; None for text and numbers."""
    if name.endswith(("_on", "_until")):
        return dt.date
    if name.endswith("_at"):
        return dt.datetime
    if name in BOOLEAN_COLUMNS:
        return bool
    return None


def _moment(value: str | None) -> dt.datetime | None:
    """A stored moment as the tables' models read it (SQLModel's UTCDateTime): stored in UTC
    without an offset, read back aware."""
    if value is None:
        return None
    moment = dt.datetime.fromisoformat(value)
    if moment.utcoffset() is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def _converter(name: str) -> Any:
    kind = column_type(name)
    if kind is dt.date:
        return lambda v: None if v is None else dt.date.fromisoformat(v)
    if kind is dt.datetime:
        return _moment
    if kind is bool:
        return lambda v: None if v is None else bool(v)
    return None


def _columns(sql: str) -> list[str]:
    """The names a DETAIL_SQL statement gives its columns (the text between SELECT and FROM)."""
    listed = sql[len("SELECT ") : sql.index(" FROM ")]
    return [c.strip().rsplit(".", 1)[-1] for c in listed.split(",")]


# Per statement: its column names, and the conversion of each column (None: as stored).
_SHAPES = {
    key: (names, [_converter(n) for n in names])
    for key, sql in DETAIL_SQL.items()
    for names in [_columns(sql)]
}


def detail_rows(session: Source, key: str, customer_id: int) -> list[dict[str, object]]:
    """The rows of DETAIL_SQL[*key*] for one customer, as dicts of typed values."""
    names, converters = _SHAPES[key]
    pairs = list(zip(names, converters, strict=True))
    return [
        {name: (v if conv is None else conv(v)) for (name, conv), v in zip(pairs, row, strict=True)}
        for row in raw_rows(session, DETAIL_SQL[key], {"id": customer_id})
    ]


def customer_detail(session: Source, customer_id: int) -> dict[str, object] | None:
    """The customer's own fields plus every entry list, newest first, as plain dicts."""
    found = detail_rows(session, "customer", customer_id)
    if not found:
        return None
    detail = found[0]
    detail["tags"] = [t for (t,) in raw_rows(session, _TAGS_SQL, (customer_id,))]
    delights: dict[Any, list[dict[str, object]]] = defaultdict(list)
    for d in detail_rows(session, "delights", customer_id):
        delights[d["conversation_id"]].append(d)
    pains: dict[Any, list[dict[str, object]]] = defaultdict(list)
    for p in detail_rows(session, "pain_points", customer_id):
        pains[p["conversation_id"]].append(p)
    convs = detail_rows(session, "conversations", customer_id)
    for item in convs:
        item["delights"] = delights.get(item["id"], [])
        item["pain_points"] = pains.get(item["id"], [])
    detail["conversations"] = convs
    detail["delights"] = [d for items in delights.values() for d in items]
    detail["pain_points"] = [p for items in pains.values() for p in items]
    detail["promises"] = detail_rows(session, "promises", customer_id)
    detail["facts"] = detail_rows(session, "facts", customer_id)
    detail["gifts"] = detail_rows(session, "gifts", customer_id)
    history: dict[Any, list[dict[str, object]]] = defaultdict(list)
    for change in detail_rows(session, "status_history", customer_id):
        history[change["invitation_id"]].append(change)
    invitations = detail_rows(session, "invitations", customer_id)
    for inv in invitations:
        inv["status_history"] = history.get(inv["id"], [])
    detail["invitations"] = invitations
    detail["milestones"] = detail_rows(session, "milestones", customer_id)
    detail["purchases"] = detail_rows(session, "purchases", customer_id)
    detail["stage_history"] = detail_rows(session, "stage_history", customer_id)
    detail["contact_points"] = detail_rows(session, "contact_points", customer_id)
    from custjournal.store import links  # reads queries itself

    detail["relationships"] = links.relationships(session, customer_id)
    return detail
