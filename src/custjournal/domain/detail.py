"""One customer's stored detail as typed, frozen data: what the brief is built from.

The store (`store.brief_data.load_detail`) fills these from the journal once, with every day a
`datetime.date`, so the domain reads attributes instead of indexing string keys and never has
to guess whether a value is a date, a datetime or ISO text. Lists are tuples in the store's
order (newest first); the brief sorts them again by its own rules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


def as_date(value: object) -> dt.date | None:
    """A stored value as a day: a date, the day of a datetime, or the day of ISO text."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


@dataclass(frozen=True, slots=True)
class ConversationDetail:
    id: int
    occurred_on: dt.date
    channel: str | None = None
    summary: str | None = None
    notes: str | None = None
    why_buy: str | None = None


@dataclass(frozen=True, slots=True)
class DelightDetail:
    id: int
    text: str
    conversation_id: int | None = None
    noted_on: dt.date | None = None  # the day it was written down (created_at)


@dataclass(frozen=True, slots=True)
class PainDetail:
    id: int
    text: str
    conversation_id: int | None = None
    with_whom: str = "us"
    resolved_on: dt.date | None = None
    noted_on: dt.date | None = None  # the day it was written down (created_at)


@dataclass(frozen=True, slots=True)
class FactDetail:
    id: int
    category: str
    text: str
    learned_on: dt.date
    month: int | None = None
    day: int | None = None


@dataclass(frozen=True, slots=True)
class PromiseDetail:
    id: int
    text: str
    made_on: dt.date
    due_on: dt.date | None = None
    done_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class GiftDetail:
    id: int
    what: str
    given_on: dt.date
    kind: str | None = None
    occasion: str | None = None
    cost_minor: int | None = None
    reaction: str | None = None
    currency: str | None = None  # the cost's (migration 0018); None: the journal's


@dataclass(frozen=True, slots=True)
class InvitationDetail:
    id: int
    event: str
    event_on: dt.date
    invited_on: dt.date
    status: str = "invited"
    as_guest: bool = True


@dataclass(frozen=True, slots=True)
class MilestoneDetail:
    id: int
    kind: str
    occurred_on: dt.date
    note: str | None = None


@dataclass(frozen=True, slots=True)
class PurchaseDetail:
    id: int
    purchased_on: dt.date
    amount_minor: int
    currency: str


@dataclass(frozen=True, slots=True)
class StageChangeDetail:
    id: int
    stage: str
    changed_on: dt.date
    from_stage: str | None = None


@dataclass(frozen=True, slots=True)
class CustomerDetail:
    id: int
    name: str
    stage: str
    company: str | None = None
    role: str | None = None
    cadence_days: int | None = None
    tier_pin: str | None = None
    archived: bool = False
    added_on: dt.date | None = None  # the day the customer was written down (created_at)
    conversations: tuple[ConversationDetail, ...] = ()
    delights: tuple[DelightDetail, ...] = ()
    pain_points: tuple[PainDetail, ...] = ()
    facts: tuple[FactDetail, ...] = ()
    promises: tuple[PromiseDetail, ...] = ()
    gifts: tuple[GiftDetail, ...] = ()
    invitations: tuple[InvitationDetail, ...] = ()
    milestones: tuple[MilestoneDetail, ...] = ()
    purchases: tuple[PurchaseDetail, ...] = ()
    stage_history: tuple[StageChangeDetail, ...] = ()
