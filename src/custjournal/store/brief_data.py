"""Gathering what the brief needs for one customer, in a few short indexed queries.

`load_brief(session, customer_id, today)` is the one call the command line and the app's Brief
view make; the domain (`domain.brief.build_brief`) decides what goes in and in which order.
`load_detail` hands the domain a frozen, typed `domain.detail.CustomerDetail`: the rows are
converted here, once (every day a `datetime.date`), so the domain reads attributes.

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
from collections.abc import Mapping
from typing import Any

from sqlmodel import Session

from custjournal.domain.brief import Brief, build_brief
from custjournal.domain.detail import (
    ConversationDetail,
    CustomerDetail,
    DelightDetail,
    FactDetail,
    GiftDetail,
    InvitationDetail,
    MilestoneDetail,
    PainDetail,
    PromiseDetail,
    PurchaseDetail,
    StageChangeDetail,
    as_date,
)
from custjournal.domain.errors import UserError
from custjournal.store import queries, settings


def load_brief(session: Session, customer_id: int, today: dt.date) -> Brief:
    """The brief of customer *customer_id* as of *today*.

    Raises UserError when the customer does not exist (erased meanwhile, say).
    """
    detail = load_detail(session, customer_id)
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


def load_detail(session: Session, customer_id: int) -> CustomerDetail | None:
    """The customer and every entry the brief reads, typed; None when there is no such customer."""
    found = queries.customer_detail(session, customer_id)
    return None if found is None else detail_from(found)


def _day(value: Any) -> dt.date:
    day = as_date(value)
    if day is None:
        raise ValueError("a stored day is missing")
    return day


def detail_from(d: Mapping[str, Any]) -> CustomerDetail:
    """The typed detail from `queries.customer_detail`'s dicts: every day converted here, once."""

    def each(key: str) -> list[Mapping[str, Any]]:
        return list(d.get(key) or ())

    return CustomerDetail(
        id=int(d["id"]),
        name=d["name"],
        stage=d["stage"],
        company=d.get("company"),
        role=d.get("role"),
        cadence_days=d.get("cadence_days"),
        tier_pin=d.get("tier_pin"),
        archived=bool(d.get("archived")),
        added_on=as_date(d.get("created_at")),
        conversations=tuple(
            ConversationDetail(
                c["id"],
                _day(c["occurred_on"]),
                c.get("channel"),
                c.get("summary"),
                c.get("notes"),
                c.get("why_buy"),
            )
            for c in each("conversations")
        ),
        delights=tuple(
            DelightDetail(
                x["id"], x["text"], x.get("conversation_id"), as_date(x.get("created_at"))
            )
            for x in each("delights")
        ),
        pain_points=tuple(
            PainDetail(
                p["id"],
                p["text"],
                p.get("conversation_id"),
                p.get("with_whom") or "us",
                as_date(p.get("resolved_on")),
                as_date(p.get("created_at")),
            )
            for p in each("pain_points")
        ),
        facts=tuple(
            FactDetail(
                f["id"],
                f["category"],
                f["text"],
                _day(f["learned_on"]),
                f.get("month"),
                f.get("day"),
            )
            for f in each("facts")
        ),
        promises=tuple(
            PromiseDetail(
                p["id"],
                p["text"],
                _day(p["made_on"]),
                as_date(p.get("due_on")),
                as_date(p.get("done_on")),
            )
            for p in each("promises")
        ),
        gifts=tuple(
            GiftDetail(
                g["id"],
                g["what"],
                _day(g["given_on"]),
                g.get("kind"),
                g.get("occasion"),
                g.get("cost_minor"),
                g.get("reaction"),
            )
            for g in each("gifts")
        ),
        invitations=tuple(
            InvitationDetail(
                i["id"],
                i["event"],
                _day(i["event_on"]),
                _day(i["invited_on"]),
                i.get("status") or "invited",
                bool(i.get("as_guest", True)),
            )
            for i in each("invitations")
        ),
        milestones=tuple(
            MilestoneDetail(m["id"], m["kind"], _day(m["occurred_on"]), m.get("note"))
            for m in each("milestones")
        ),
        purchases=tuple(
            PurchaseDetail(p["id"], _day(p["purchased_on"]), int(p["amount_minor"]), p["currency"])
            for p in each("purchases")
        ),
        stage_history=tuple(
            StageChangeDetail(s["id"], s["stage"], _day(s["changed_on"]), s.get("from_stage"))
            for s in each("stage_history")
        ),
    )
