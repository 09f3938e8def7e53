"""Reads the journal for the Insights page: `compute_insights(session, segment, today)`.

The sections' types live in `domain/insights.py`; this module reads the few columns each
section needs in a handful of statements and hands them to the domain's rules.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from custjournal.domain import insights as di
from custjournal.domain.errors import UserError
from custjournal.store import queries, settings

_LATER = "Not worked out yet."


def compute_insights(session: Session, segment: di.Segment, today: dt.date) -> di.Insights:
    """Every section of the Insights page for the customers of *segment*, as of *today*."""
    currency = settings.currency(session)
    rows = queries.customer_rows(session, today, sort=False)
    if segment.kind == "tag":
        wanted = str(segment.value).casefold()
        if not any(wanted == t.casefold() for r in rows for t in r.tags):
            raise UserError(f"No customer has the tag '{segment.value}'.")
        rows = [r for r in rows if any(wanted == t.casefold() for t in r.tags)]
    elif segment.kind == "stage":
        rows = [r for r in rows if r.stage == segment.value]
    elif segment.kind == "tier":
        rows = [r for r in rows if r.tier == segment.value]
    ids = tuple(r.id for r in rows)
    return di.Insights(
        today=today,
        segment=segment,
        currency=currency,
        customers=len(ids),
        customer_ids=ids,
        best_customers=di.BestCustomers(None, _LATER, currency, customers=len(ids)),
        why_they_buy=di.WhyTheyBuy(None, _LATER),
        delights=di.Delights(None, _LATER),
        pains=di.Pains(None, _LATER),
        trust=di.Trust(None, _LATER, currency),
        stages=di.Stages(None, _LATER),
        health=di.HealthSection(None, _LATER),
    )
