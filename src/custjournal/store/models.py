"""The journal's tables (SQLModel). They hold data; rules and validation live in domain/ and ops/.

Every table carries created/updated timestamps (UTC). Child rows belong to a customer and go with
it (ON DELETE CASCADE), which `forget` relies on. Money is kept in integer minor units.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, ForeignKey, Index, Integer, UniqueConstraint, text
from sqlmodel import Field, SQLModel


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _customer_fk() -> int:
    # Field() is typed Any; the column's Python type is what the annotations say.
    field: int = Field(
        sa_column=Column(
            Integer, ForeignKey("customer.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    return field


def _conversation_fk() -> int | None:
    field: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("conversation.id", ondelete="SET NULL"), nullable=True, index=True
        ),
    )
    return field


class Stamped(SQLModel):
    created_at: dt.datetime = Field(default_factory=utcnow, nullable=False)
    updated_at: dt.datetime = Field(default_factory=utcnow, nullable=False)


class Versioned(SQLModel):
    """A row two people may edit at once (migration 0009): `version` goes up by one with each
    change made through ops, which checks it against the version an edit was read at
    (ops/actions.py `_claim`): the second save of the same row is refused, never silent."""

    version: int = Field(
        default=1, sa_column_kwargs={"server_default": text("1"), "nullable": False}
    )


class Written(Versioned):
    """An entry: editable (Versioned), and who wrote it (migration 0009), the display name of
    the person whose app or command line added it (ops/actions.py; docs/decisions.md)."""

    author: str | None = None


class Setting(SQLModel, table=True):
    key: str = Field(primary_key=True)
    value: str


class Customer(Versioned, Stamped, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    company: str | None = None
    role: str | None = None
    email: str | None = None
    phone: str | None = None
    notes: str | None = None
    stage: str = Field(default="prospecting", index=True)
    cadence_days: int | None = None
    tier_pin: str | None = None
    archived: bool = False


class CustomerTag(SQLModel, table=True):
    __tablename__ = "customer_tag"
    customer_id: int = Field(
        sa_column=Column(Integer, ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True)
    )
    tag: str = Field(primary_key=True, index=True)


class ContactPoint(Written, Stamped, table=True):
    __tablename__ = "contact_point"
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = _customer_fk()
    kind: str  # email, phone, address, url
    label: str | None = None
    value: str


class StageChange(Written, Stamped, table=True):
    __tablename__ = "stage_change"
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = _customer_fk()
    from_stage: str | None = None
    stage: str
    changed_on: dt.date


class Conversation(Written, Stamped, table=True):
    __table_args__ = (
        Index("ix_conversation_customer_date", "customer_id", "occurred_on"),
        # The reasons for buying, for Insights (migration 0006).
        Index(
            "ix_conversation_why",
            "why_buy",
            "customer_id",
            "occurred_on",
            sqlite_where=text("why_buy IS NOT NULL"),
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = _customer_fk()
    occurred_on: dt.date = Field(index=True)
    channel: str = "call"
    summary: str | None = None
    notes: str | None = None
    why_buy: str | None = None


class Delight(Written, Stamped, table=True):
    # By the day written down: a new day's kept health (migration 0017, store/health.py).
    __table_args__ = (Index("ix_delight_created_at", "created_at"),)
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = _customer_fk()
    conversation_id: int | None = _conversation_fk()
    text: str


class PainPoint(Written, Stamped, table=True):
    __tablename__ = "pain_point"
    # By the days written down and resolved: a new day's kept health (migration 0017).
    __table_args__ = (
        Index("ix_pain_point_created_at", "created_at"),
        Index("ix_pain_point_resolved_on", "resolved_on"),
    )
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = _customer_fk()
    conversation_id: int | None = _conversation_fk()
    text: str
    with_whom: str = "us"  # us | competitor
    resolved_on: dt.date | None = None


class Fact(Written, Stamped, table=True):
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = _customer_fk()
    conversation_id: int | None = _conversation_fk()
    category: str
    text: str
    learned_on: dt.date
    month: int | None = None  # important dates recur every year on month/day
    day: int | None = None


class Promise(Written, Stamped, table=True):
    # Open promises by due day (migration 0004): the due list's two index ranges.
    __table_args__ = (Index("ix_promise_open", "done_on", "due_on"),)
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = _customer_fk()
    conversation_id: int | None = _conversation_fk()
    text: str
    made_on: dt.date
    due_on: dt.date | None = None
    done_on: dt.date | None = None


class Gift(Written, Stamped, table=True):
    __table_args__ = (Index("ix_gift_customer_date", "customer_id", "given_on"),)
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = _customer_fk()
    what: str
    kind: str | None = None  # freebie, sample, loss leader...
    given_on: dt.date = Field(index=True)
    cost_minor: int | None = None
    occasion: str | None = None
    reaction: str | None = None
    # The currency the gift was given in (migration 0018): the journal's at the time, unless
    # another was given. The cost is shown and summed in it, never in a later journal currency.
    currency: str | None = None


class Invitation(Written, Stamped, table=True):
    __table_args__ = (Index("ix_invitation_customer_date", "customer_id", "invited_on"),)
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = _customer_fk()
    event: str
    event_on: dt.date
    invited_on: dt.date = Field(index=True)
    as_guest: bool = True
    status: str = "invited"


class InvitationStatusChange(Stamped, table=True):
    __tablename__ = "invitation_status_change"
    id: int | None = Field(default=None, primary_key=True)
    invitation_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("invitation.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    status: str
    changed_on: dt.date


class Milestone(Written, Stamped, table=True):
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = _customer_fk()
    kind: str
    custom: bool = False
    occurred_on: dt.date
    note: str | None = None


class Purchase(Written, Stamped, table=True):
    __table_args__ = (
        Index("ix_purchase_customer_date", "customer_id", "purchased_on"),
        Index("ix_purchase_window", "purchased_on", "currency", "customer_id", "amount_minor"),
    )
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = _customer_fk()
    purchased_on: dt.date = Field(index=True)
    amount_minor: int
    currency: str
    what: str | None = None


class ReminderState(Stamped, table=True):
    """A due item the user snoozed until a date, or dismissed until the next touch."""

    __tablename__ = "reminder_state"
    __table_args__ = (UniqueConstraint("customer_id", "item_key"),)
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = _customer_fk()
    item_key: str  # e.g. "neglected", "promise:12", "date:34", "buying-stopped"
    snoozed_until: dt.date | None = None
    dismissed_on: dt.date | None = None


class NotDuplicate(Stamped, table=True):
    """Two customers the user said are different people: the duplicate finder leaves them be.

    Stored once per pair, the smaller id first (ops/merge.py); a merge carries the decisions of
    the customer merged away over to the one kept.
    """

    __tablename__ = "not_duplicate"
    __table_args__ = (UniqueConstraint("customer_id", "other_id"),)
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = _customer_fk()
    other_id: int = _customer_fk()


class Relationship(Stamped, table=True):
    """Two customers connected (migration 0007): stored once, from the side whose sentence it
    is ("customer_id was referred by other_id"); domain/links.py words both sides. Both ends
    are customers, so the link goes when either is erased."""

    __table_args__ = (UniqueConstraint("customer_id", "other_id", "kind"),)
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = _customer_fk()
    other_id: int = _customer_fk()
    kind: str  # domain/links.py KINDS
    note: str | None = None
    since: dt.date  # when it began (a referral's day), by default the day it was linked


class SameFirm(Stamped, table=True):
    """The user's word that two company names are one firm (migration 0007), as typed."""

    __tablename__ = "same_firm"
    id: int | None = Field(default=None, primary_key=True)
    name: str
    same_as: str


# Entry tables that hang off a customer, in the order `show` lists them.
ENTRY_TABLES = {
    "conversations": Conversation,
    "promises": Promise,
    "facts": Fact,
    "gifts": Gift,
    "invitations": Invitation,
    "milestones": Milestone,
    "purchases": Purchase,
    "stage_history": StageChange,
    "contact_points": ContactPoint,
}


# The journal's own tables, parents first (the search index, its shadow tables and
# alembic_version are not among them): what the undo log records and the demo fills.
TABLE_NAMES: tuple[str, ...] = tuple(t.name for t in SQLModel.metadata.sorted_tables)
