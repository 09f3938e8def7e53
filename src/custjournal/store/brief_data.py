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
from dataclasses import MISSING, fields, replace
from typing import Any, TypeVar, get_args, get_type_hints

from custjournal.domain.brief import Brief, ConnectionItem, build_brief
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
from custjournal.domain.i18n import ErrorText
from custjournal.store import links, queries, settings
from custjournal.store.health import health_of
from custjournal.store.reader import Source

T = TypeVar("T")


def load_brief(session: Source, customer_id: int, today: dt.date) -> Brief:
    """The brief of customer *customer_id* as of *today*.

    Raises UserError when the customer does not exist (erased meanwhile, say).
    """
    found = queries.customer_detail(session, customer_id)
    if found is None:
        raise UserError(
            ErrorText.tr(
                "Customer #{id} does not exist (it may have been erased).", id=str(customer_id)
            )
        )
    detail = detail_from(found)
    stored = settings.all_settings(session)
    currency = stored.get("currency", "EUR")
    brief = build_brief(
        detail,
        tier=queries.customer_tier(session, customer_id, today, currency),
        currency=currency,
        cadences=settings.cadences(session),
        today=today,
        connections=connections(session, _links_of(found), today),
    )
    return replace(brief, health=health_of(session, customer_id, today))


def _links_of(found: Mapping[str, Any]) -> list[Any]:
    links_found = found.get("relationships")
    return list(links_found) if isinstance(links_found, list) else []


def connections(session: Source, relationships: list[Any], today: dt.date) -> list[ConnectionItem]:
    """The customer's links (`links.relationships`) with each other customer's tier."""
    tiers = links.referrer_tiers(session, sorted({r["other_id"] for r in relationships}), today)
    return [
        ConnectionItem(
            kind=r["kind"],
            direction=r["direction"],
            label=r["label"],
            other_id=r["other_id"],
            other_name=r["other_name"],
            other_tier=tiers.get(r["other_id"], "C"),
            since=r["since"],
            note=r.get("note"),
        )
        for r in relationships
    ]


def load_detail(session: Source, customer_id: int) -> CustomerDetail | None:
    """The customer and every entry the brief reads, typed; None when there is no such customer."""
    found = queries.customer_detail(session, customer_id)
    return None if found is None else detail_from(found)


# Field -> the stored column it comes from, where the names differ.
_RENAMED = {"noted_on": "created_at", "added_on": "created_at"}
_ENTRIES: dict[str, type[Any]] = {
    "conversations": ConversationDetail,
    "delights": DelightDetail,
    "pain_points": PainDetail,
    "facts": FactDetail,
    "promises": PromiseDetail,
    "gifts": GiftDetail,
    "invitations": InvitationDetail,
    "milestones": MilestoneDetail,
    "purchases": PurchaseDetail,
    "stage_history": StageChangeDetail,
}
# Per detail class: (field, column, is a day, has a default), worked out once.
_PLANS: dict[type[Any], list[tuple[str, str, bool, bool]]] = {}


def _plan(cls: type[Any]) -> list[tuple[str, str, bool, bool]]:
    plan = _PLANS.get(cls)
    if plan is None:
        hints = get_type_hints(cls)
        plan = _PLANS[cls] = [
            (
                f.name,
                _RENAMED.get(f.name, f.name),
                dt.date in (hints[f.name], *get_args(hints[f.name])),
                f.default is not MISSING,
            )
            for f in fields(cls)
            if f.name not in _ENTRIES
        ]
    return plan


def _typed(cls: type[T], row: Mapping[str, Any], **values: Any) -> T:
    """*row* (a stored row as a dict) as the frozen *cls*: days made dates, None left to the
    field's default; *values* given as they are."""
    for name, column, is_day, has_default in _plan(cls):
        value = row.get(column)
        if is_day:
            value = as_date(value)
        if value is None and has_default:
            continue
        values[name] = value
    return cls(**values)


def detail_from(d: Mapping[str, Any]) -> CustomerDetail:
    """The typed detail from `queries.customer_detail`'s dicts: every day converted here, once."""
    entries = {
        key: tuple(_typed(cls, row) for row in d.get(key) or ()) for key, cls in _ENTRIES.items()
    }
    return _typed(CustomerDetail, d, **entries)
