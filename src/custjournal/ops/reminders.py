"""Putting reminders away: snooze an item until a day, dismiss it until the next touch, undo both.

Public API (each one write transaction through `actions._run`, returning `ops.Result` like every
other action; its `change.what` is `Changed.REMINDER`, so the Today view and the tray know to
refresh):

- `snooze(journal, customer_id, item_key, until, *, today=None)`: hide the item until *until*
  (it shows again on that day). *until* must be after *today*.
- `dismiss(journal, customer_id, item_key, today=None)`: hide the item until the customer's next
  touch dated after *today* (for an important date: also only for this year's occurrence).
- `unsnooze(journal, customer_id, item_key)`: forget any snooze or dismissal of the item.

*item_key* is a `DueItem.item_key`: "neglected", "buying-stopped", "promise:ID" or "date:ID"
(a reason as typed, "Buying stopped", is accepted too). A promise or date key must name an entry
of that customer, or a UserError says so. One state row is kept per customer and item key
(`reminder_state`); a snooze replaces a dismissal and the other way round.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, select

from custjournal.domain import reminders as rules
from custjournal.domain.changes import Changed
from custjournal.domain.errors import Hint, UserError
from custjournal.domain.i18n import QT_TRANSLATE_NOOP, ErrorText, Message, ReminderText, phrase
from custjournal.ops.actions import Result, _Ctx, _run
from custjournal.store import due, models
from custjournal.store.journal import Journal
from custjournal.store.models import utcnow

__all__ = ["dismiss", "snooze", "unsnooze"]

_LABELS = {
    rules.NEGLECTED: QT_TRANSLATE_NOOP("ReminderText", "the reminder to get in touch"),
    rules.BUYING_STOPPED: QT_TRANSLATE_NOOP("ReminderText", "the buying-stopped reminder"),
    rules.PROMISE: QT_TRANSLATE_NOOP("ReminderText", "the promise reminder"),
    rules.DATE: QT_TRANSLATE_NOOP("ReminderText", "the important-date reminder"),
}


def _check(session: Session, customer_id: int, item_key: str) -> tuple[models.Customer, str]:
    """The customer and the item key in its canonical spelling, or a UserError."""
    customer = session.get(models.Customer, customer_id)
    if customer is None:
        raise UserError(
            ErrorText.tr(
                "There is no customer #{id}: it may have been erased.", id=str(customer_id)
            )
        )
    reason, entry_id = rules.parse_item_key(item_key)
    if entry_id is not None and not due.target_exists(session, customer_id, reason, entry_id):
        what = "promise" if reason == rules.PROMISE else "important date"
        raise UserError(
            f"{customer.name} has no {what} #{entry_id}: give the start of its text instead.",
            hint=Hint.SHOW_ENTRIES,
        )
    return customer, rules.item_key(reason, entry_id)


def _find_state(session: Session, customer_id: int, key: str) -> models.ReminderState | None:
    return session.exec(
        select(models.ReminderState).where(
            models.ReminderState.customer_id == customer_id,
            models.ReminderState.item_key == key,
        )
    ).first()


def _state(session: Session, customer_id: int, key: str) -> models.ReminderState:
    state = _find_state(session, customer_id, key)
    if state is None:
        state = models.ReminderState(customer_id=customer_id, item_key=key)
        session.add(state)
    return state


def _label(key: str) -> str:
    return _LABELS[rules.parse_item_key(key)[0]]


# The labels as a sentence opens with them (marked as such: German capitalizes otherwise).
_OPENINGS = {
    rules.NEGLECTED: QT_TRANSLATE_NOOP("ReminderText", "The reminder to get in touch"),
    rules.BUYING_STOPPED: QT_TRANSLATE_NOOP("ReminderText", "The buying-stopped reminder"),
    rules.PROMISE: QT_TRANSLATE_NOOP("ReminderText", "The promise reminder"),
    rules.DATE: QT_TRANSLATE_NOOP("ReminderText", "The important-date reminder"),
}


def _opening(key: str) -> Message:
    return phrase("ReminderText", _OPENINGS[rules.parse_item_key(key)[0]])


def _put_away(
    journal: Journal,
    customer_id: int,
    item_key: str,
    snoozed_until: dt.date | None,
    dismissed_on: dt.date | None,
    message: str,
    **args: object,
) -> Result:
    """Record a snooze or a dismissal (the other is cleared); *message* (marked in the context
    "ReminderText") may use {item}, {customer} and *args*."""

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        customer, key = _check(ctx.session, customer_id, item_key)
        state = _state(ctx.session, customer_id, key)
        state.snoozed_until = snoozed_until
        state.dismissed_on = dismissed_on
        state.updated_at = utcnow()
        ctx.session.flush()
        ctx.touched(customer_id, Changed.REMINDER)
        item = phrase("ReminderText", _label(key))
        return state.id, Message(
            "ReminderText", message, args=dict(args, item=item, customer=customer.name)
        )

    return _run(journal, action)


def snooze(
    journal: Journal,
    customer_id: int,
    item_key: str,
    until: dt.date,
    *,
    today: dt.date | None = None,
) -> Result:
    """Hide the item until *until*; it comes back on that day."""
    rules.check_snooze_until(until, today or dt.date.today())
    message = QT_TRANSLATE_NOOP("ReminderText", "Snoozed {item} for {customer} until {until}.")
    return _put_away(journal, customer_id, item_key, until, None, message, until=until)


def dismiss(
    journal: Journal, customer_id: int, item_key: str, today: dt.date | None = None
) -> Result:
    """Hide the item until the customer's next touch dated after *today*."""
    day = today or dt.date.today()
    message = QT_TRANSLATE_NOOP(
        "ReminderText", "Dismissed {item} for {customer} until the next contact."
    )
    return _put_away(journal, customer_id, item_key, None, day, message)


def unsnooze(journal: Journal, customer_id: int, item_key: str) -> Result:
    """Forget any snooze or dismissal of the item, so it shows whenever it is due."""

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        customer, key = _check(ctx.session, customer_id, item_key)
        ctx.touched(customer_id, Changed.REMINDER)
        state = _find_state(ctx.session, customer_id, key)
        if state is None:
            return None, ReminderText.tr(
                "{item} for {customer} was not put away.",
                item=_opening(key),
                customer=customer.name,
            )
        ctx.session.delete(state)
        return state.id, ReminderText.tr(
            "{item} for {customer} is back.", item=_opening(key), customer=customer.name
        )

    return _run(journal, action)
