"""What an action changed: typed flags per kind of thing, the customers it touched, and the one
interface every operation's result satisfies (`OpResult`).

`Changed` is an `enum.Flag` rather than a frozen dataclass of bools (Anki's `OpChanges` is a
message of bools): an action that touches several kinds of entries builds its answer with `|`,
a screen asks about several at once with `&`, a misspelt flag is an AttributeError at import
instead of a string that silently matches nothing (imports once said "pain_point" where every
other writer said "pain"), and an entry kind maps to its flag with one dictionary lookup. A
dataclass would need `dataclasses.replace` per flag to accumulate and an `any(...)` per question.

A screen decides from a `Change` whether to refresh: `Change.concerns(customer_id)` for what is
shown about one customer, `change.what & FLAGS` for anything else. This is also what undo will
stand on: a command's redo and undo each hand back a `Change`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol, runtime_checkable


class Changed(enum.Flag):
    NONE = 0
    CUSTOMER = enum.auto()  # a customer's own fields: name, stage, tags, archived, erased, added
    CONVERSATION = enum.auto()
    DELIGHT = enum.auto()
    PAIN = enum.auto()
    FACT = enum.auto()
    PROMISE = enum.auto()
    GIFT = enum.auto()
    INVITATION = enum.auto()
    MILESTONE = enum.auto()
    PURCHASE = enum.auto()
    STAGE_CHANGE = enum.auto()
    CONTACT_POINT = enum.auto()
    REMINDER = enum.auto()  # a reminder snoozed, dismissed or brought back
    RELATIONSHIP = enum.auto()  # two customers linked or unlinked (both are in customer_ids)
    SAME_FIRM = enum.auto()  # two company names said to be one firm, or no longer
    # Journal-wide: the cadences and the currency, read by every customer's due date and brief.
    SETTINGS = enum.auto()
    # Anything, for any customer: another program wrote, a backup was restored, another journal
    # was opened. Comes with no customer ids; every screen reloads.
    OUTSIDE = enum.auto()

    ENTRIES = (
        CONVERSATION
        | DELIGHT
        | PAIN
        | FACT
        | PROMISE
        | GIFT
        | INVITATION
        | MILESTONE
        | PURCHASE
        | STAGE_CHANGE
        | CONTACT_POINT
    )
    # Flags that concern every customer, whatever `customer_ids` says.
    EVERY_CUSTOMER = SETTINGS | OUTSIDE


# The flag of each entry kind, as `ops.ENTRY_MODELS` and the JSON document's parts spell it.
ENTRY_FLAGS: dict[str, Changed] = {
    "conversation": Changed.CONVERSATION,
    "delight": Changed.DELIGHT,
    "pain": Changed.PAIN,
    "pain_point": Changed.PAIN,
    "fact": Changed.FACT,
    "promise": Changed.PROMISE,
    "gift": Changed.GIFT,
    "invitation": Changed.INVITATION,
    "invitation_status": Changed.INVITATION,
    "invitation_status_change": Changed.INVITATION,
    "milestone": Changed.MILESTONE,
    "purchase": Changed.PURCHASE,
    "stage_change": Changed.STAGE_CHANGE,
    "contact_point": Changed.CONTACT_POINT,
    "reminder_state": Changed.REMINDER,  # not an entry, but a part of the JSON document
}


def entry_flag(kind: str) -> Changed:
    """The flag of an entry kind ("pain" or "pain_point"); KeyError for an unknown kind."""
    return ENTRY_FLAGS[kind]


@dataclass(frozen=True)
class Change:
    """What an action touched, so each screen can decide whether to refresh."""

    customer_ids: frozenset[int] = frozenset()
    what: Changed = Changed.NONE

    @classmethod
    def outside(cls) -> Change:
        """Anything may differ (another program wrote, a restore, another journal)."""
        return cls(frozenset(), Changed.OUTSIDE)

    def concerns(self, customer_id: int) -> bool:
        """Whether what is shown about *customer_id* may now be out of date."""
        return customer_id in self.customer_ids or bool(self.what & Changed.EVERY_CUSTOMER)


@runtime_checkable
class OpResult(Protocol):
    """What every operation hands back: what changed, and a sentence for the status bar.

    `ops.Result`, `ops.ImportResult` and `store.backup.RestoreResult` all satisfy it, so the
    app's controller announces any of them the same way.
    """

    @property
    def change(self) -> Change: ...

    @property
    def message(self) -> str: ...
