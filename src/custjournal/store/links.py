"""Reading how customers are connected: one customer's relationships, and the company view.

Nothing here writes (ops/links.py does). Results are plain dicts and dataclasses.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from custjournal.domain import links as rules
from custjournal.domain import tiers as tier_rules
from custjournal.store import queries, settings
from custjournal.store.reader import Source


def relationships(session: Source, customer_id: int) -> list[dict[str, Any]]:
    """Every link of the customer, from their side, newest first (by `since`, then id), as
    `show --json` lists every array.

    Each: {id, kind, direction ("out": the row is theirs, "in": the other's), other_id,
    other_name, other_company, label ("Referred by"), note, since}.
    """
    rows = queries.raw_rows(
        session,
        "SELECT r.id, r.kind, r.customer_id, r.other_id, r.note, r.since, c.name, c.company "
        "FROM relationship r JOIN customer c "
        "ON c.id = CASE WHEN r.customer_id = ? THEN r.other_id ELSE r.customer_id END "
        "WHERE r.customer_id = ? OR r.other_id = ? ORDER BY r.since DESC, r.id DESC",
        (customer_id, customer_id, customer_id),
    )
    out = []
    for rid, kind, owner, other, note, since, name, company in rows:
        mine = owner == customer_id
        out.append(
            {
                "id": rid,
                "kind": kind,
                "direction": "out" if mine else "in",
                "other_id": other if mine else owner,
                "other_name": name,
                "other_company": company,
                "label": rules.phrase(kind, mine),
                "note": note,
                "since": dt.date.fromisoformat(str(since)[:10]),
            }
        )
    return out


def same_firm_pairs(session: Source) -> list[tuple[int, str, str]]:
    """(id, name, same_as) of every same-firm declaration, oldest first."""
    return [
        (int(i), str(a), str(b))
        for i, a, b in queries.raw_rows(
            session, "SELECT id, name, same_as FROM same_firm ORDER BY id"
        )
    ]


def firm_groups(session: Source) -> rules.FirmGroups:
    return rules.FirmGroups((a, b) for _i, a, b in same_firm_pairs(session))


@dataclass
class CompanyMember:
    id: int
    name: str
    company: str  # as written on this customer
    role: str | None
    archived: bool
    last_contact: dt.date | None
    value_12m: int
    open_promises: int


@dataclass
class Company:
    key: str  # the firm's folded key (FirmGroups.group_of)
    name: str  # the spelling most of its customers use
    spellings: list[str]
    value_12m: int  # minor units, journal currency
    last_contact: dt.date | None
    open_promises: int
    next_promise_due: dt.date | None
    members: list[CompanyMember] = field(default_factory=list)


# Customers with a company, and their last touch as of :today: customer.last_touch_on is kept by
# the journal (migration 0004); only a touch dated after :today is looked up again (the same
# rule as queries.LIST_SQL, over these customers only). The days are compared as text, as on a
# journal file, so a team database takes the same statement.
_MEMBERS_SQL = """
    SELECT c.id, c.name, c.company, c.role, c.archived,
        CASE WHEN c.last_touch_on IS NULL OR c.last_touch_on <= :today
             THEN CAST(c.last_touch_on AS TEXT)
             ELSE nullif(max(coalesce(CAST((SELECT max(occurred_on) FROM conversation
                                        WHERE customer_id = c.id AND occurred_on <= :today)
                                       AS TEXT), ''),
                             coalesce(CAST((SELECT max(given_on) FROM gift
                                        WHERE customer_id = c.id AND given_on <= :today)
                                       AS TEXT), ''),
                             coalesce(CAST((SELECT max(invited_on) FROM invitation
                                        WHERE customer_id = c.id AND invited_on <= :today)
                                       AS TEXT), '')),
                         '')
        END
    FROM customer c
    WHERE c.company IS NOT NULL AND c.company != '' AND (:archived OR NOT c.archived)
"""


def companies(session: Source, today: dt.date, *, include_archived: bool = False) -> list[Company]:
    """Customers grouped by company (folded, joined by same-firm declarations), by name.

    A company's 12-month value is its customers' (journal currency), its last touch the
    latest of theirs, and its open promises theirs together.
    """
    groups = firm_groups(session)
    currency = settings.currency(session)
    values = queries.values_12m(session, today, currency)
    customers = queries.raw_rows(
        session, _MEMBERS_SQL, {"today": today.isoformat(), "archived": include_archived}
    )
    promises: dict[int, tuple[int, str | None]] = {
        cid: (int(n), due)
        for cid, n, due in queries.raw_rows(
            session,
            "SELECT customer_id, count(*), min(due_on) FROM promise WHERE done_on IS NULL "
            "GROUP BY customer_id",
        )
    }
    by_key: dict[str, list[CompanyMember]] = defaultdict(list)
    dues: dict[str, list[str]] = defaultdict(list)
    fromiso = dt.date.fromisoformat
    for cid, name, company, role, archived, last in customers:
        key = groups.group_of(company)
        if not key:
            continue
        count, due = promises.get(cid, (0, None))
        if due:
            dues[key].append(str(due)[:10])
        by_key[key].append(
            CompanyMember(
                cid,
                name,
                company,
                role,
                bool(archived),
                fromiso(str(last)[:10]) if last else None,
                values.get(cid, 0),
                count,
            )
        )
    result = []
    for key, members in by_key.items():
        members.sort(key=lambda m: (m.name.casefold(), m.id))
        spellings = Counter(" ".join(m.company.split()) for m in members)
        first_id: dict[str, int] = {}
        for m in sorted(members, key=lambda m: m.id):
            first_id.setdefault(" ".join(m.company.split()), m.id)
        # The most used spelling names the firm; a tie goes to the one written first.
        name = min(spellings, key=lambda s: (-spellings[s], first_id[s]))
        lasts = [m.last_contact for m in members if m.last_contact]
        result.append(
            Company(
                key,
                name,
                sorted(spellings, key=lambda s: (s.casefold(), s)),
                sum(m.value_12m for m in members),
                max(lasts) if lasts else None,
                sum(m.open_promises for m in members),
                fromiso(min(dues[key])) if dues[key] else None,
                members,
            )
        )
    result.sort(key=lambda c: (c.name.casefold(), c.key))
    return result


def company_key_of(session: Source, customer_id: int) -> str | None:
    """The key of the customer's firm (None without a company): what a page links to."""
    found = queries.raw_rows(session, "SELECT company FROM customer WHERE id = ?", (customer_id,))
    row = found[0] if found else None
    if row is None or not rules.company_key(row[0]):
        return None
    return firm_groups(session).group_of(row[0])


def company_of(session: Source, customer_id: int, today: dt.date) -> Company | None:
    """The company the customer belongs to, with all its customers; None without one."""
    key = company_key_of(session, customer_id)
    if key is None:
        return None
    for company in companies(session, today, include_archived=True):
        if company.key == key:
            return company
    return None


def referrer_tiers(session: Source, ids: list[int], today: dt.date) -> dict[int, str]:
    """The tier of each of *ids* as of *today*, by the customer list's rule."""
    if not ids:
        return {}
    currency = settings.currency(session)
    values = queries.values_12m(session, today, currency)
    pins = {
        cid: pin
        for cid, pin in queries.raw_rows(
            session,
            "SELECT id, tier_pin FROM customer WHERE tier_pin IS NOT NULL AND tier_pin != ''",
        )
    }
    return tier_rules.assign(values, pins, ids)
