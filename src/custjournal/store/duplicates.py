"""What the duplicate finder reads: every customer's name, company, emails and phones, and the
pairs the user said are not duplicates (domain/duplicates.py does the finding)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from sqlmodel import Session

from custjournal.domain import duplicates
from custjournal.store import queries
from custjournal.store.journal import Journal

_CUSTOMERS = "SELECT id, name, company, email, phone FROM customer ORDER BY id"
_POINTS = (
    "SELECT customer_id, kind, value FROM contact_point WHERE kind IN ('email', 'phone') "
    "ORDER BY id"
)
_DECIDED = "SELECT customer_id, other_id FROM not_duplicate"


def people(session: Session) -> list[duplicates.Person]:
    # Read on the DBAPI connection: 10,000 customers and their contact points.
    emails: dict[int, list[str]] = defaultdict(list)
    phones: dict[int, list[str]] = defaultdict(list)
    for cid, kind, value in queries.raw_rows(session, _POINTS):
        (emails if kind == "email" else phones)[cid].append(value)
    result = []
    for cid, name, company, email, phone in queries.raw_rows(session, _CUSTOMERS):
        result.append(
            duplicates.Person(
                cid,
                name,
                company,
                tuple(e for e in (email, *emails.get(cid, ())) if e),
                tuple(p for p in (phone, *phones.get(cid, ())) if p),
            )
        )
    return result


def decided(session: Session) -> set[tuple[int, int]]:
    """The pairs said not to be duplicates, the smaller id first."""
    return {(min(a, b), max(a, b)) for a, b in session.connection().exec_driver_sql(_DECIDED)}


def find(
    journal: Journal,
    *,
    progress: Callable[[int, int], bool | None] | None = None,
    ratio: Callable[[str, str], float] | None = None,
) -> list[duplicates.Pair]:
    """Likely duplicates in *journal*, strongest first (a short read, then work in memory)."""
    with journal.read() as session:
        found = people(session)
        skip = decided(session)
    return duplicates.find(found, not_duplicates=skip, progress=progress, ratio=ratio)
