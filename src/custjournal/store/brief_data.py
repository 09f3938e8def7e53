"""Gathering what the brief needs for one customer, in a few short indexed queries.

`load_brief(session, customer_id, today)` is the one call the command line and the app's Brief
view make; the domain (`domain.brief.build_brief`) decides what goes in and in which order.

Why not `queries.customer_row` for the tier and next due: it builds a row for every customer in
the journal (0.25-0.38 s on the 10,000-customer demo here), while one customer's tier needs only
the 12-month value of each buyer and the pins. Next due then comes from the same domain rules
`customer_rows` uses (cadence.effective and cadence.next_due over the last touch), so the two
agree; tests/store/test_brief_data.py checks that they do.

One customer's tier comes from `queries.customer_tier`, which ranks the 12-month values of the
buyers only (a covering index, migration 0002, answers that from the window's rows alone).
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from custjournal.domain.brief import Brief, build_brief
from custjournal.domain.errors import UserError
from custjournal.store import queries, settings


def load_brief(session: Session, customer_id: int, today: dt.date) -> Brief:
    """The brief of customer *customer_id* as of *today*.

    Raises UserError when the customer does not exist (erased meanwhile, say).
    """
    detail = queries.customer_detail(session, customer_id)
    if detail is None:
        raise UserError(f"Customer #{customer_id} does not exist (it may have been erased).")
    stored = settings.all_settings(session)
    currency = stored.get("currency", "EUR")
    return build_brief(
        detail,
        tier=queries.customer_tier(session, customer_id, today, currency),
        currency=currency,
        cadences=settings.cadences(session),
        today=today,
    )
