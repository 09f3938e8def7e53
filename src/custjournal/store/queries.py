"""Read-side queries: plain rows for lists, pages and the command line. Short and indexed.

Nothing here writes. Results are plain dataclasses and dicts, never live ORM objects, so the
GUI can hold them after the session is gone.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from custjournal.domain import cadence as cadence_rules
from custjournal.domain import tiers as tier_rules
from custjournal.domain.errors import UserError
from custjournal.domain.matching import Candidate
from custjournal.store import models, settings


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
    next_due: dt.date
    tags: list[str] = field(default_factory=list)

    def days_until_due(self, today: dt.date) -> int:
        return (self.next_due - today).days


def candidates(session: Session) -> list[Candidate]:
    rows = session.connection().exec_driver_sql("SELECT id, name, company FROM customer")
    return [Candidate(i, n, c) for i, n, c in rows]


def raw_rows(session: Session, sql: str, params: object = ()) -> list[tuple[Any, ...]]:
    """All rows of *sql*, read on the session's own DBAPI connection (same transaction).

    SQLAlchemy's result rows cost about 4 us each here; lists read tens of thousands of rows.
    """
    raw = session.connection().connection.dbapi_connection
    assert raw is not None
    rows: list[tuple[Any, ...]] = raw.execute(sql, params).fetchall()
    return rows


def values_12m(session: Session, today: dt.date, currency: str) -> dict[int, int]:
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


def tags_by_customer(session: Session) -> dict[int, list[str]]:
    result: dict[int, list[str]] = defaultdict(list)
    for cid, tag in raw_rows(session, "SELECT customer_id, tag FROM customer_tag ORDER BY tag"):
        result[cid].append(tag)
    return result


def customer_notes(session: Session) -> dict[int, tuple[str | None, Any]]:
    """Every customer's notes and last-updated stamp (what exports add to the list rows)."""
    return {
        cid: (notes, updated)
        for cid, notes, updated in raw_rows(session, "SELECT id, notes, updated_at FROM customer")
    }


def contact_points(session: Session) -> list[tuple[int, str, str | None, str]]:
    """(customer id, kind, label, value) of every contact point, in the order they were added."""
    return raw_rows(
        session,
        "SELECT customer_id, kind, label, value FROM contact_point ORDER BY customer_id, id",
    )


def important_dates(session: Session) -> list[tuple[int, str, int | None, int | None]]:
    """(customer id, text, month, day) of every important-date fact, oldest first."""
    return raw_rows(
        session,
        "SELECT customer_id, text, month, day FROM fact WHERE category = 'important-date' "
        "ORDER BY customer_id, id",
    )


def customer_tier(session: Session, customer_id: int, today: dt.date, currency: str) -> str:
    """One customer's tier as of *today*, by the same rule (and code) as the customer list.

    Only the 12-month value of each buyer and the pins are needed, not every customer's row.
    """
    conn = session.connection()
    row = conn.exec_driver_sql(
        "SELECT tier_pin FROM customer WHERE id = ?", (customer_id,)
    ).fetchone()
    if row is None:
        raise UserError(f"Customer #{customer_id} does not exist (it may have been erased).")
    if row[0]:
        return str(row[0])
    values = values_12m(session, today, currency)
    if customer_id not in values:
        return "C"  # no purchases in the window: never ranked
    # Pinned buyers take no slot: only their pins matter to the ranking, not everyone's.
    pins = {
        cid: pin
        for cid, pin in conn.exec_driver_sql(
            "SELECT id, tier_pin FROM customer WHERE tier_pin IS NOT NULL AND tier_pin != ''"
        )
    }
    return tier_rules.assign(values, pins, [customer_id])[customer_id]


# A customer's own columns, then the last touch on or before :today, in one scan.
# The last touch on or before :today ('' if none); the due list reads the same rows. customer.last_touch_on is the
# latest touch of any day, kept by triggers (migration 0004); only when that day is after
# :today (entries logged ahead, or a list "as of" an earlier day) is the touch looked up again,
# one seek in each (customer_id, date) index. ISO dates compare correctly as text.
LIST_SQL = """
    SELECT c.id, c.name, c.company, c.role, c.email, c.phone, c.stage, c.tier_pin, c.archived,
           substr(c.created_at, 1, 10) AS added_on, c.cadence_days,
        CASE WHEN c.last_touch_on IS NULL THEN ''
             WHEN c.last_touch_on <= :today THEN c.last_touch_on
             ELSE max(coalesce((SELECT max(occurred_on) FROM conversation
                                 WHERE customer_id = c.id AND occurred_on <= :today), ''),
                      coalesce((SELECT max(given_on) FROM gift
                                 WHERE customer_id = c.id AND given_on <= :today), ''),
                      coalesce((SELECT max(invited_on) FROM invitation
                                 WHERE customer_id = c.id AND invited_on <= :today), ''))
        END AS last_touch
    FROM customer c
"""
# The same for one customer, :id.
_ONE_SQL = LIST_SQL + " WHERE c.id = :id"

_CadenceCache = dict[tuple[str, str, int | None], cadence_rules.Cadence]


def _row(
    record: Any,
    tier: str,
    value: int,
    last: dt.date | None,
    tags: list[str],
    cadences: dict[str, int],
    cache: _CadenceCache,
) -> CustomerRow:
    cid, name, company, role, email, phone, stg, pin, archived, created, override = record[:11]
    added_on = dt.date.fromisoformat(created)
    # Few distinct (stage, tier, override) combinations: work each cadence out once.
    key = (stg, tier, override)
    cad = cache.get(key)
    if cad is None:
        cad = cache[key] = cadence_rules.effective(stg, tier, override, cadences)
    days = cad.days
    # Positional, in field order (about twice as fast as keywords for 10,000 rows).
    return CustomerRow(
        cid,
        name,
        company,
        role,
        email,
        phone,
        stg,
        tier,
        bool(pin),
        bool(archived),
        added_on,
        last,
        value,
        days,
        cad.explanation,
        override,
        (last or added_on) + dt.timedelta(days=days),  # cadence.next_due, inlined
        tags,
    )


def customer_rows(
    session: Session,
    today: dt.date,
    *,
    stage: str | None = None,
    tag: str | None = None,
    include_archived: bool = True,
    sort: bool = True,
) -> list[CustomerRow]:
    """Every customer with tier, last contact, value and next due, sorted by name.

    *sort* False leaves them in id order, for a caller that sorts them its own way.
    """
    currency = settings.currency(session)
    cadences = settings.cadences(session)
    customers = raw_rows(session, LIST_SQL, {"today": today.isoformat()})
    values = values_12m(session, today, currency)
    pins = {r[0]: r[7] for r in customers if r[7]}
    tiers = tier_rules.assign(values, pins, [r[0] for r in customers])
    tags = tags_by_customer(session)
    cache: _CadenceCache = {}
    fromiso = dt.date.fromisoformat
    folded = tag.casefold() if tag else None
    rows = []
    for record in customers:
        cid, stg, archived, last = record[0], record[6], record[8], record[11]
        if stage and stg != stage:
            continue
        if folded and folded not in (t.casefold() for t in tags.get(cid, ())):
            continue
        if archived and not include_archived:
            continue
        rows.append(
            _row(
                record,
                tiers[cid],
                values.get(cid, 0),
                fromiso(last) if last else None,
                tags.get(cid) or [],
                cadences,
                cache,
            )
        )
    if sort:
        rows.sort(key=lambda r: (r.name.casefold(), r.id))
    return rows


def customer_row(session: Session, customer_id: int, today: dt.date) -> CustomerRow | None:
    """One customer's row, from that customer's entries (and the 12-month values for the tier)."""
    conn = session.connection()
    found = raw_rows(session, _ONE_SQL, {"today": today.isoformat(), "id": customer_id})
    if not found:
        return None
    record = found[0]
    currency = settings.currency(session)
    last = dt.date.fromisoformat(record[11]) if record[11] else None
    (value,) = conn.exec_driver_sql(
        "SELECT coalesce(sum(amount_minor), 0) FROM purchase WHERE customer_id = ? "
        "AND purchased_on >= ? AND purchased_on <= ? AND currency = ?",
        (customer_id, tier_rules.window_start(today).isoformat(), today.isoformat(), currency),
    ).one()
    tags = [
        t
        for (t,) in conn.exec_driver_sql(
            "SELECT tag FROM customer_tag WHERE customer_id = ? ORDER BY tag", (customer_id,)
        )
    ]
    tier = customer_tier(session, customer_id, today, currency)
    return _row(record, tier, int(value), last, tags, settings.cadences(session), {})


def _plain(obj: SQLModel) -> dict[str, object]:
    return obj.model_dump()


def customer_detail(session: Session, customer_id: int) -> dict[str, object] | None:
    """The customer's own fields plus every entry list, newest first, as plain dicts."""
    customer = session.get(models.Customer, customer_id)
    if customer is None:
        return None
    detail = _plain(customer)
    detail["tags"] = [
        t
        for (t,) in session.connection().exec_driver_sql(
            "SELECT tag FROM customer_tag WHERE customer_id = ? ORDER BY tag", (customer_id,)
        )
    ]
    conversations = session.exec(
        select(models.Conversation)
        .where(models.Conversation.customer_id == customer_id)
        .order_by(col(models.Conversation.occurred_on).desc(), col(models.Conversation.id).desc())
    ).all()
    delights: dict[int | None, list[dict[str, object]]] = defaultdict(list)
    for d in session.exec(select(models.Delight).where(models.Delight.customer_id == customer_id)):
        delights[d.conversation_id].append(_plain(d))
    pains: dict[int | None, list[dict[str, object]]] = defaultdict(list)
    for p in session.exec(
        select(models.PainPoint).where(models.PainPoint.customer_id == customer_id)
    ):
        pains[p.conversation_id].append(_plain(p))
    convs = []
    for conv in conversations:
        item = _plain(conv)
        item["delights"] = delights.get(conv.id, [])
        item["pain_points"] = pains.get(conv.id, [])
        convs.append(item)
    detail["conversations"] = convs
    detail["delights"] = [d for items in delights.values() for d in items]
    detail["pain_points"] = [p for items in pains.values() for p in items]

    def newest(model: type[SQLModel], date_col: str) -> list[dict[str, object]]:
        stmt = (
            select(model)
            .where(model.customer_id == customer_id)  # type: ignore[attr-defined]
            .order_by(col(getattr(model, date_col)).desc(), col(model.id).desc())  # type: ignore[attr-defined]
        )
        return [_plain(o) for o in session.exec(stmt)]

    detail["promises"] = newest(models.Promise, "made_on")
    detail["facts"] = newest(models.Fact, "learned_on")
    detail["gifts"] = newest(models.Gift, "given_on")
    invitations = newest(models.Invitation, "invited_on")
    for inv in invitations:
        inv["status_history"] = [
            _plain(s)
            for s in session.exec(
                select(models.InvitationStatusChange)
                .where(models.InvitationStatusChange.invitation_id == inv["id"])
                .order_by(col(models.InvitationStatusChange.id).desc())
            )
        ]
    detail["invitations"] = invitations
    detail["milestones"] = newest(models.Milestone, "occurred_on")
    detail["purchases"] = newest(models.Purchase, "purchased_on")
    detail["stage_history"] = newest(models.StageChange, "changed_on")
    detail["contact_points"] = [
        _plain(o)
        for o in session.exec(
            select(models.ContactPoint)
            .where(models.ContactPoint.customer_id == customer_id)
            .order_by(col(models.ContactPoint.id).desc())
        )
    ]
    return detail
