"""User actions on a journal; see the package docstring."""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import event, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, col, select

from custjournal import profile
from custjournal.domain import vocab
from custjournal.domain.changes import Change, Changed, OpResult, entry_flag
from custjournal.domain.errors import Field, UserError
from custjournal.domain.i18n import Amount, ErrorText, Listed, OpsText, entry_word, phrase
from custjournal.domain.text import (
    OPEN_PAIN_POINTS,
    OPEN_PROMISES,
    PickWords,
    pick_by_prefix,
    unique_tags,
)
from custjournal.domain.values import (
    NAME_LIMIT,
    TEXT_LIMIT,
    check_date_range,
    check_length,
    check_not_future,
    clean_optional,
    parse_currency,
    require_text,
)
from custjournal.store import backend, derived, models, search, undo_log
from custjournal.store import settings as store_settings
from custjournal.store.journal import Journal
from custjournal.store.models import utcnow

__all__ = [
    "ChangedMeanwhile",
    "Change",
    "Changed",
    "OpResult",
    "Result",
    "PainInput",
    "add_customer",
    "update_customer",
    "set_stage",
    "log_conversation",
    "add_fact",
    "add_gift",
    "record_invitation",
    "add_milestone",
    "add_purchase",
    "add_promise",
    "check_promise_due",
    "mark_promise_done",
    "resolve_pain_point",
    "set_archived",
    "forget_customer",
    "delete_entry",
    "restore_entry",
    "update_entry",
    "set_cadence",
    "set_currency",
    "currency_change",
    "CurrencyChange",
    "update_settings",
    "ENTRY_MODELS",
    "Inverse",
    "apply_inverse",
]

ENTRY_MODELS: dict[str, type[SQLModel]] = {
    "conversation": models.Conversation,
    "delight": models.Delight,
    "pain": models.PainPoint,
    "fact": models.Fact,
    "promise": models.Promise,
    "gift": models.Gift,
    "invitation": models.Invitation,
    "milestone": models.Milestone,
    "purchase": models.Purchase,
    "stage_change": models.StageChange,
    "contact_point": models.ContactPoint,
}


# The flag each recorded table's rows change (store/undo_log.py names the tables).
_TABLE_FLAGS: dict[str, Changed] = {
    "setting": Changed.SETTINGS,
    "customer": Changed.CUSTOMER,
    "customer_tag": Changed.CUSTOMER,
    "reminder_state": Changed.REMINDER,
    "not_duplicate": Changed.CUSTOMER,  # a "not duplicates" decision (ops/merge.py)
    "relationship": Changed.RELATIONSHIP,
    "same_firm": Changed.SAME_FIRM,
}


def _table_flag(table: str) -> Changed:
    return _TABLE_FLAGS.get(table) or entry_flag(table)


class Reindex(enum.Enum):
    """What of the search index an operation changes, so that it (and its undo) redoes no more.

    The index holds names, details, tags and entries' text; not stages, cadences, archived."""

    NOTHING = "nothing"  # a stage, a cadence, archived
    OWN_FIELDS = "own fields"  # only the customers' own fields (tags, name): entries unchanged
    ALL = "all"  # anything: the touched customers are indexed again from their rows


@dataclass(frozen=True)
class Inverse:
    """What puts the journal back as it was before an operation: its row changes reversed.

    Every operation run through `_run` (and an import) hands one back in its result;
    `apply_inverse` runs it, and that run's own inverse is the redo. *message* is the
    operation's sentence, for "Undone: ..." in the app.
    """

    rows: tuple[undo_log.Row, ...]
    change: Change
    message: str
    reindex: Reindex = Reindex.ALL  # what of the search index the operation (and so this) changes

    @classmethod
    def of(
        cls, rows: Sequence[undo_log.Row], message: str, *, reindex: Reindex = Reindex.ALL
    ) -> Inverse | None:
        """The inverse of *rows* as recorded; None when nothing changed (nothing to undo)."""
        if not rows:
            return None
        what = Changed.NONE
        for row in rows:
            what |= _table_flag(row.table)
        ids = frozenset(r.customer_id for r in rows if r.customer_id is not None)
        return cls(tuple(rows), Change(ids, what), message, reindex)


@dataclass(frozen=True)
class Result:
    """One action's outcome; satisfies `OpResult` like every other operation's result."""

    id: int | None
    change: Change
    message: str
    snapshot: dict[str, Any] | None = None  # what a delete took (restore_entry)
    inverse: Inverse | None = None  # what undoes it (apply_inverse); None: nothing changed


@dataclass(frozen=True)
class PainInput:
    text: str
    with_whom: str = "us"  # us | competitor


@dataclass
class _Ctx:
    session: Session
    customer_ids: set[int] = field(default_factory=set)
    what: Changed = Changed.NONE
    snapshot: dict[str, Any] | None = None

    def touched(self, customer_id: int, what: Changed) -> None:
        self.customer_ids.add(customer_id)
        self.what |= what

    def touched_journal(self, what: Changed) -> None:
        """Something journal-wide (settings) that names no customer."""
        self.what |= what

    def change(self) -> Change:
        return Change(frozenset(self.customer_ids), self.what)


# Reminder states, settings and links are not in the search index: no reindex for them.
_NOT_INDEXED = Changed.REMINDER | Changed.SETTINGS | Changed.RELATIONSHIP | Changed.SAME_FIRM
# Above this many customers one rebuild of the whole index beats reindexing each (as imports do).
_REBUILD_ABOVE = 2000


def _run(
    journal: Journal,
    action: Callable[[_Ctx], tuple[int | None, str]],
    *,
    checkpoint: bool = False,
    undoable: bool = True,
    reindex: Reindex = Reindex.ALL,
) -> Result:
    """Run *action(ctx)* in one write transaction and reindex what it touched.

    Every action goes through here, so every Result says what changed in the same typed way,
    and carries its `Inverse` (the rows it changed, recorded by store/undo_log.py).
    *checkpoint* empties the write-ahead log into the file after the commit (forget).
    *undoable* False records nothing: erasing keeps no copy of what it erased. *reindex* says
    what of the search index the action changes (`Reindex`), and so what is done again after
    it and after its undo: for 10,000 customers, rebuilding the index took a minute.
    """
    undoable = undoable and journal.undoable
    author = profile.display_name() or journal.default_author()
    with journal.write() as session:
        ctx = _Ctx(session)
        if author is not None:
            event.listen(session, "before_flush", _signed(author))
        with contextlib.ExitStack() as stack:
            recorded = (
                stack.enter_context(undo_log.recording(session.connection())) if undoable else None
            )
            result_id, message = action(ctx)
            session.flush()
        if reindex is Reindex.OWN_FIELDS:
            search.reindex_customer_rows(session.connection(), ctx.customer_ids)
        elif reindex is Reindex.ALL and ctx.what & ~_NOT_INDEXED:
            if len(ctx.customer_ids) > _REBUILD_ABOVE:  # an import undone or redone
                search.rebuild(session.connection())
            else:
                search.reindex_customers(session.connection(), ctx.customer_ids)
        if checkpoint:
            search.optimize(session.connection())
    if checkpoint:
        journal.checkpoint()
    inverse = Inverse.of(recorded.rows, message, reindex=reindex) if recorded is not None else None
    return Result(result_id, ctx.change(), message, ctx.snapshot, inverse)


def _signed(author: str) -> Callable[..., None]:
    """A before_flush hook writing *author* into each new entry that names nobody yet (an
    import brings its own, or none for an export made before entries had one)."""

    def sign(session: Session, _context: Any, _instances: Any) -> None:
        for row in session.new:
            if isinstance(row, models.Written) and row.author is None:
                row.author = author

    return sign


class ChangedMeanwhile(UserError):
    """The row an edit was read at has changed since (someone else saved it first)."""


def _claim(
    session: Session,
    model: type[SQLModel],
    row_id: int,
    expected: int | None = None,
    what: Callable[[Any], str] = lambda row: f"{row.name}",
) -> None:
    """Count one more change of the row *row_id* of *model* (its `version`), first checking it
    is still at *expected* (the version an edit was read at; None: whatever it is now).

    The UPDATE comes before the row is read: on PostgreSQL it locks the row, so a second
    session doing the same waits for the first to commit, then finds the version moved on
    and is refused, instead of both saving and the later one silently winning.
    """
    table = model.__table__  # type: ignore[attr-defined]
    statement = update(table).where(table.c.id == row_id)
    if expected is not None:
        statement = statement.where(table.c.version == expected)
    if session.connection().execute(statement.values(version=table.c.version + 1)).rowcount:
        return
    row = None if expected is None else session.get(model, row_id)
    if row is None:
        return  # no such row: the caller's own sentence says so
    raise ChangedMeanwhile(
        f"{what(row)} was changed by someone else while you were editing: the new values are "
        "shown now. Make your change again if it is still needed. Nothing was saved."
    )


# The tables store/derived.py's triggers are on: the entries the derived columns come from.
_DERIVED_FROM = frozenset(
    found.group(1)
    for ddl in derived.TRIGGERS.values()
    if (found := re.search(r" ON (\w+) ", ddl)) is not None
)


def apply_inverse(journal: Journal, inverse: Inverse, message: str) -> Result:
    """Put back what *inverse* took (undo, or redo with an undo's inverse), in one transaction.

    The result's own inverse reverses this (undo's inverse is redo). A row that can't go back
    because the journal changed meanwhile (its id taken again) is a UserError, and nothing is
    changed.
    """

    def action(ctx: _Ctx) -> tuple[None, str]:
        conn = ctx.session.connection()
        if backend.is_postgresql(conn) or not any(
            row.table in _DERIVED_FROM for row in inverse.rows
        ):
            # No row the derived columns are worked out from (a stage, a tag, a cadence for
            # many): no trigger fires, and nothing needs working out again. On a team
            # database the triggers stay: dropping them needs the tables' owner (a member's
            # undo would be refused), and its trigger works a customer out in one call.
            undo_log.replay(conn, inverse.rows)
        else:
            # The derived columns' triggers recompute a customer per row (a buyer's whole
            # rhythm per purchase): off while the rows go back, then worked out once per
            # customer touched. Undoing a 2,000-customer import took 70 s with them on.
            with derived.suspended(conn, set(inverse.change.customer_ids)):
                undo_log.replay(conn, inverse.rows)
        ctx.customer_ids |= inverse.change.customer_ids
        ctx.what |= inverse.change.what
        return None, message

    try:
        result = _run(journal, action, reindex=inverse.reindex)
    except (undo_log.Conflict, IntegrityError):  # an id taken again; a customer erased (commit)
        raise UserError(
            ErrorText.tr(
                "That can't be undone any more: the journal changed since. Nothing was changed."
            )
        ) from None
    if result.inverse is not None:
        # Carry the original operation's sentence, so redo and a second undo can name it.
        result = replace(result, inverse=replace(result.inverse, message=inverse.message))
    return result


def _customer(session: Session, customer_id: int) -> models.Customer:
    customer = session.get(models.Customer, customer_id)
    if customer is None:
        raise UserError(
            ErrorText.tr(
                "There is no customer #{id}: it may have been erased.", id=str(customer_id)
            )
        )
    return customer


def _past(day: dt.date | None, today: dt.date | None, what: str) -> dt.date:
    day = day or (today or dt.date.today())
    check_date_range(day, what=what)
    check_not_future(day, today=today, what=what)
    return day


def _clean_tags(tags: Iterable[str] | None) -> list[str]:
    """Tags as domain.text.unique_tags makes them, each within the name limit."""
    return [check_length(tag, "tag", limit=NAME_LIMIT) for tag in unique_tags(tags)]


# An important date recurs on a day of the year; the fact is incomplete without it.
def _needs_day() -> UserError:
    return UserError(
        ErrorText.tr(
            "An important date needs its day of the year: write it as MM-DD, for example 03-14."
        ),
        field=Field.DAY_OF_YEAR,
    )


def check_promise_due(promise: str | None, due: dt.date | None) -> None:
    """A due date belongs to a promise: refused without one (the app checks it early too)."""
    if due is not None and not (promise or "").strip():
        raise UserError(
            ErrorText.tr("A due date needs the promise itself: write what was promised."),
            field=Field.PROMISE,
        )


def _check_cadence(days: int | None) -> int | None:
    if days is not None and not 1 <= days <= 3650:
        raise UserError(
            ErrorText.tr(
                "A cadence of {days} days makes no sense: give between 1 and 3650 days.", days=days
            ),
            field="cadence",
        )
    return days


def _check_tier_pin(pin: str | None) -> str | None:
    if pin in (None, ""):
        return None
    return vocab.parse_tier(pin)


# --- customers -----------------------------------------------------------------------------


def add_customer(
    journal: Journal,
    name: str,
    *,
    company: str | None = None,
    role: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    notes: str | None = None,
    stage: str = "prospecting",
    tags: Sequence[str] | None = None,
    cadence_days: int | None = None,
    tier_pin: str | None = None,
    contact_points: Sequence[tuple[str, str | None, str]] = (),
    today: dt.date | None = None,
) -> Result:
    name = require_text(name, "name", limit=NAME_LIMIT)
    # One-line fields hold a name's length, notes a page's (domain/values.py, Limits).
    company, role, email, phone = (
        clean_optional(v, w, limit=NAME_LIMIT)
        for v, w in ((company, "company"), (role, "role"), (email, "email"), (phone, "phone"))
    )
    notes = clean_optional(notes, "notes")
    tags = _clean_tags(tags)
    contact_points = [
        (k, clean_optional(lbl, "label", limit=NAME_LIMIT), check_length(v, k, limit=NAME_LIMIT))
        for k, lbl, v in contact_points
    ]
    stage = vocab.parse_stage(stage)
    cadence_days = _check_cadence(cadence_days)
    tier_pin = _check_tier_pin(tier_pin)
    day = today or dt.date.today()

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        customer = models.Customer(
            name=name,
            company=company,
            role=role,
            email=email,
            phone=phone,
            notes=notes,
            stage=stage,
            cadence_days=cadence_days,
            tier_pin=tier_pin,
        )
        ctx.session.add(customer)
        ctx.session.flush()
        assert customer.id is not None
        for tag in tags:
            ctx.session.add(models.CustomerTag(customer_id=customer.id, tag=tag))
        ctx.session.add(
            models.StageChange(
                customer_id=customer.id, from_stage=None, stage=stage, changed_on=day
            )
        )
        for kind, label, value in contact_points:
            ctx.session.add(
                models.ContactPoint(customer_id=customer.id, kind=kind, label=label, value=value)
            )
        ctx.touched(customer.id, Changed.CUSTOMER | Changed.STAGE_CHANGE | Changed.CONTACT_POINT)
        return customer.id, OpsText.tr("Added {name} (#{id}).", name=name, id=str(customer.id))

    return _run(journal, action)


_CUSTOMER_TEXT_FIELDS = ("company", "role", "email", "phone", "notes")


def update_customer(
    journal: Journal,
    customer_id: int,
    *,
    stage: str | None = None,
    today: dt.date | None = None,
    version: int | None = None,
    **fields: Any,
) -> Result:
    """Change a customer's own fields (name, company, ..., tags, cadence_days, tier_pin).

    A changed *stage* is recorded in the stage history (as of *today*), in the same transaction.
    *version* is the customer's `version` when the edit was read: if someone saved the customer
    since, nothing is saved and `ChangedMeanwhile` says so (None: no check, as for a command).
    """
    if stage is not None:
        stage = vocab.parse_stage(stage)
    day = today or dt.date.today()
    allowed = {"name", *_CUSTOMER_TEXT_FIELDS, "tags", "cadence_days", "tier_pin", "archived"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"unknown customer fields: {sorted(unknown)}")
    if "name" in fields:
        fields["name"] = require_text(fields["name"], "name", limit=NAME_LIMIT)
    for key in _CUSTOMER_TEXT_FIELDS:
        if key in fields:
            limit = {"notes": TEXT_LIMIT}.get(key, NAME_LIMIT)
            fields[key] = clean_optional(fields[key], key, limit=limit)
    if "tags" in fields:
        fields["tags"] = _clean_tags(fields["tags"])
    if "cadence_days" in fields:
        fields["cadence_days"] = _check_cadence(fields["cadence_days"])
    if "tier_pin" in fields:
        fields["tier_pin"] = _check_tier_pin(fields["tier_pin"])

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        _claim(ctx.session, models.Customer, customer_id, version)
        customer = _customer(ctx.session, customer_id)
        for key, value in fields.items():
            if key == "tags":
                for old in ctx.session.exec(
                    select(models.CustomerTag).where(models.CustomerTag.customer_id == customer_id)
                ):
                    ctx.session.delete(old)
                ctx.session.flush()
                for tag in value:
                    ctx.session.add(models.CustomerTag(customer_id=customer_id, tag=tag))
            elif key in _CUSTOMER_TEXT_FIELDS:
                setattr(customer, key, clean_optional(value))
            else:
                setattr(customer, key, value)
        customer.updated_at = utcnow()
        ctx.touched(customer_id, Changed.CUSTOMER)
        if stage is not None and stage != customer.stage:
            _change_stage(ctx, customer, stage, day)
        return customer_id, OpsText.tr("Saved {name}.", name=customer.name)

    return _run(journal, action)


def set_stage(
    journal: Journal,
    customer_id: int,
    stage: str,
    *,
    on: dt.date | None = None,
    today: dt.date | None = None,
) -> Result:
    stage = vocab.parse_stage(stage)
    day = _past(on, today, "stage change date")

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        customer = _customer(ctx.session, customer_id)
        stage_word = phrase("Vocabulary", vocab.STAGE_LABELS[stage])
        if customer.stage == stage:
            return None, OpsText.tr(
                "{name} is already in {stage}.", name=customer.name, stage=stage_word
            )
        _claim(ctx.session, models.Customer, customer_id)
        change = _change_stage(ctx, customer, stage, day)
        return change.id, OpsText.tr(
            "{name} is now in {stage} (since {day}).", name=customer.name, stage=stage_word, day=day
        )

    return _run(journal, action)


def _change_stage(
    ctx: _Ctx, customer: models.Customer, stage: str, day: dt.date
) -> models.StageChange:
    """Move *customer* to *stage*, keeping the change in the stage history."""
    assert customer.id is not None
    change = models.StageChange(
        customer_id=customer.id, from_stage=customer.stage, stage=stage, changed_on=day
    )
    customer.stage = stage
    customer.updated_at = utcnow()
    ctx.session.add(change)
    ctx.session.flush()
    ctx.touched(customer.id, Changed.CUSTOMER | Changed.STAGE_CHANGE)
    return change


def set_archived(journal: Journal, customer_id: int, archived: bool) -> Result:
    def action(ctx: _Ctx) -> tuple[int | None, str]:
        _claim(ctx.session, models.Customer, customer_id)
        customer = _customer(ctx.session, customer_id)
        customer.archived = archived
        customer.updated_at = utcnow()
        ctx.touched(customer_id, Changed.CUSTOMER)
        if archived:
            return customer_id, OpsText.tr("Archived {name}.", name=customer.name)
        return customer_id, OpsText.tr("Restored {name}.", name=customer.name)

    return _run(journal, action)


def forget_customer(journal: Journal, customer_id: int) -> Result:
    """Erase a customer and everything logged about them, index entries included.

    secure_delete is on for every connection, the index is optimized afterwards (FTS5 keeps
    deleted tokens until a merge on SQLite 3.40), and the write-ahead log is emptied into the
    file, so no word of theirs stays on disk, not even in the -wal file of an open app.
    """

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        customer = _customer(ctx.session, customer_id)
        name = customer.name
        ctx.session.delete(customer)
        ctx.touched(customer_id, Changed.CUSTOMER | Changed.ENTRIES | Changed.REMINDER)
        return customer_id, OpsText.tr("Erased {name} and everything logged about them.", name=name)

    # The reindex in _run drops the customer's index rows; checkpoint optimizes the index and
    # empties the -wal file after the commit.
    return _run(journal, action, checkpoint=True, undoable=False)


# --- entries -------------------------------------------------------------------------------


def log_conversation(
    journal: Journal,
    customer_id: int,
    *,
    on: dt.date | None = None,
    channel: str = "call",
    summary: str | None = None,
    notes: str | None = None,
    delights: Sequence[str] = (),
    pains: Sequence[PainInput] = (),
    why_buy: str | None = None,
    promise: str | None = None,
    promise_due: dt.date | None = None,
    today: dt.date | None = None,
) -> Result:
    channel = vocab.parse_channel(channel)
    day = _past(on, today, "conversation date")
    promise_text = clean_optional(promise, "promise")
    if promise_due is not None:
        check_date_range(promise_due, what="due date")
    summary = clean_optional(summary, "summary")
    notes = clean_optional(notes, "notes")
    why_buy = clean_optional(why_buy, "reason for buying")
    check_promise_due(promise_text, promise_due)
    cleaned_pains = []
    for pain in pains:
        with_whom = vocab.pick(pain.with_whom, vocab.PAIN_WITH, "pain point side")
        cleaned_pains.append((require_text(pain.text, "pain point"), with_whom))
    cleaned_delights = [require_text(d, "delight") for d in delights]

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        customer = _customer(ctx.session, customer_id)
        conv = models.Conversation(
            customer_id=customer_id,
            occurred_on=day,
            channel=channel,
            summary=summary,
            notes=notes,
            why_buy=why_buy,
        )
        ctx.session.add(conv)
        ctx.session.flush()
        for text in cleaned_delights:
            ctx.session.add(
                models.Delight(customer_id=customer_id, conversation_id=conv.id, text=text)
            )
        for text, with_whom in cleaned_pains:
            ctx.session.add(
                models.PainPoint(
                    customer_id=customer_id, conversation_id=conv.id, text=text, with_whom=with_whom
                )
            )
        if promise_text:
            ctx.session.add(
                models.Promise(
                    customer_id=customer_id,
                    conversation_id=conv.id,
                    text=promise_text,
                    made_on=day,
                    due_on=promise_due,
                )
            )
        ctx.touched(
            customer_id,
            Changed.CONVERSATION | Changed.DELIGHT | Changed.PAIN | Changed.PROMISE,
        )
        return (
            conv.id,
            OpsText.tr(
                "Logged {what} with {name} on {day}.",
                what=vocab.channel_phrase(channel),
                name=customer.name,
                day=day,
            ),
        )

    return _run(journal, action)


def add_promise(
    journal: Journal,
    customer_id: int,
    text: str,
    *,
    due: dt.date | None = None,
    on: dt.date | None = None,
    conversation_id: int | None = None,
    today: dt.date | None = None,
) -> Result:
    text = require_text(text, "promise")
    day = _past(on, today, "promise date")
    if due is not None:
        check_date_range(due, what="due date")

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        customer = _customer(ctx.session, customer_id)
        p = models.Promise(
            customer_id=customer_id,
            conversation_id=conversation_id,
            text=text,
            made_on=day,
            due_on=due,
        )
        ctx.session.add(p)
        ctx.session.flush()
        ctx.touched(customer_id, Changed.PROMISE)
        return p.id, OpsText.tr("Noted the promise to {name}.", name=customer.name)

    return _run(journal, action)


def add_fact(
    journal: Journal,
    customer_id: int,
    category: str,
    text: str,
    *,
    month_day: tuple[int, int] | None = None,
    on: dt.date | None = None,
    conversation_id: int | None = None,
    today: dt.date | None = None,
) -> Result:
    category = vocab.parse_fact_category(category)
    text = require_text(text, "fact")
    day = _past(on, today, "date learned")
    if category == "important-date" and month_day is None:
        raise _needs_day()

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        customer = _customer(ctx.session, customer_id)
        fact = models.Fact(
            customer_id=customer_id,
            conversation_id=conversation_id,
            category=category,
            text=text,
            learned_on=day,
            month=month_day[0] if month_day else None,
            day=month_day[1] if month_day else None,
        )
        ctx.session.add(fact)
        ctx.session.flush()
        ctx.touched(customer_id, Changed.FACT)
        return fact.id, OpsText.tr("Noted about {name}: {text}.", name=customer.name, text=text)

    return _run(journal, action)


def add_gift(
    journal: Journal,
    customer_id: int,
    what: str,
    *,
    on: dt.date | None = None,
    cost_minor: int | None = None,
    occasion: str | None = None,
    reaction: str | None = None,
    kind: str | None = None,
    currency: str | None = None,
    today: dt.date | None = None,
) -> Result:
    """A gift given; its cost is in *currency*, by default the journal's as it is now (the gift
    keeps it when the journal's currency changes later)."""
    what = require_text(what, "gift")
    day = _past(on, today, "gift date")
    if cost_minor is not None and cost_minor < 0:
        raise UserError(ErrorText.tr("The cost can't be negative."), field="cost")
    code = parse_currency(currency) if currency else None

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        customer = _customer(ctx.session, customer_id)
        gift = models.Gift(
            customer_id=customer_id,
            what=what,
            given_on=day,
            cost_minor=cost_minor,
            occasion=clean_optional(occasion),
            reaction=clean_optional(reaction),
            kind=clean_optional(kind),
            currency=code or store_settings.currency(ctx.session),
        )
        ctx.session.add(gift)
        ctx.session.flush()
        ctx.touched(customer_id, Changed.GIFT)
        return gift.id, OpsText.tr("Gave {name}: {what}.", name=customer.name, what=what)

    return _run(journal, action)


def record_invitation(
    journal: Journal,
    customer_id: int,
    event: str,
    event_on: dt.date,
    *,
    status: str = "invited",
    invited_on: dt.date | None = None,
    as_guest: bool = True,
    today: dt.date | None = None,
) -> Result:
    """Invite to an event, or update the status of the invitation to that same event."""
    event = require_text(event, "event", limit=NAME_LIMIT)
    check_date_range(event_on, what="event date")
    status = vocab.parse_invitation_status(status)
    sent = _past(invited_on, today, "invitation date")
    day = today or dt.date.today()

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        customer = _customer(ctx.session, customer_id)
        existing = ctx.session.exec(
            select(models.Invitation).where(
                models.Invitation.customer_id == customer_id,
                models.Invitation.event_on == event_on,
            )
        ).all()
        same = [i for i in existing if i.event.casefold() == event.casefold()]
        if same:
            inv = same[0]
            if inv.status == status:
                return inv.id, OpsText.tr(
                    "{name}'s invitation to {event} is already {status}.",
                    name=customer.name,
                    event=inv.event,
                    status=phrase("Statuses", status),
                )
            inv.status = status
            inv.updated_at = utcnow()
            assert inv.id is not None  # read from the journal
            ctx.session.add(
                models.InvitationStatusChange(invitation_id=inv.id, status=status, changed_on=day)
            )
            ctx.touched(customer_id, Changed.INVITATION)
            return inv.id, OpsText.tr(
                "{name}'s invitation to {event}: now {status}.",
                name=customer.name,
                event=inv.event,
                status=phrase("Statuses", status),
            )
        inv = models.Invitation(
            customer_id=customer_id,
            event=event,
            event_on=event_on,
            invited_on=sent,
            as_guest=as_guest,
            status=status,
        )
        ctx.session.add(inv)
        ctx.session.flush()
        assert inv.id is not None  # given by the flush
        ctx.session.add(
            models.InvitationStatusChange(invitation_id=inv.id, status=status, changed_on=sent)
        )
        ctx.touched(customer_id, Changed.INVITATION)
        return inv.id, OpsText.tr(
            "Invited {name} to {event} on {day} ({status}).",
            name=customer.name,
            event=event,
            day=event_on,
            status=phrase("Statuses", status),
        )

    return _run(journal, action)


def add_milestone(
    journal: Journal,
    customer_id: int,
    kind: str,
    *,
    custom: bool = False,
    on: dt.date | None = None,
    note: str | None = None,
    today: dt.date | None = None,
) -> Result:
    kind = vocab.parse_milestone_kind(kind, custom=custom)
    is_custom = kind not in vocab.MILESTONE_KINDS
    day = _past(on, today, "milestone date")

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        customer = _customer(ctx.session, customer_id)
        m = models.Milestone(
            customer_id=customer_id,
            kind=kind,
            custom=is_custom,
            occurred_on=day,
            note=clean_optional(note),
        )
        ctx.session.add(m)
        ctx.session.flush()
        ctx.touched(customer_id, Changed.MILESTONE)
        return m.id, OpsText.tr(
            "Milestone for {name}: {kind}.",
            name=customer.name,
            kind=phrase("Vocabulary", vocab.milestone_label(kind)),
        )

    return _run(journal, action)


def add_purchase(
    journal: Journal,
    customer_id: int,
    amount_minor: int,
    *,
    on: dt.date | None = None,
    what: str | None = None,
    currency: str | None = None,
    today: dt.date | None = None,
) -> Result:
    if amount_minor < 0:
        raise UserError(ErrorText.tr("The amount can't be negative."), field="amount")
    day = _past(on, today, "purchase date")
    code = parse_currency(currency) if currency else None

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        customer = _customer(ctx.session, customer_id)
        cur = code or store_settings.currency(ctx.session)
        p = models.Purchase(
            customer_id=customer_id,
            purchased_on=day,
            amount_minor=amount_minor,
            currency=cur,
            what=clean_optional(what),
        )
        ctx.session.add(p)
        ctx.session.flush()
        ctx.touched(customer_id, Changed.PURCHASE)
        return p.id, OpsText.tr(
            "{name} bought {amount}.", name=customer.name, amount=Amount(amount_minor, cur)
        )

    return _run(journal, action)


def _pick_open(items: list[Any], text: str | None, words: PickWords, customer: str) -> Any:
    return pick_by_prefix(items, text, text_of=lambda i: i.text, words=words, owner=customer)


def mark_promise_done(
    journal: Journal,
    customer_id: int,
    text: str | None = None,
    *,
    promise_id: int | None = None,
    on: dt.date | None = None,
    today: dt.date | None = None,
) -> Result:
    day = _past(on, today, "date done")

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        customer = _customer(ctx.session, customer_id)
        open_items = ctx.session.exec(
            select(models.Promise)
            .where(models.Promise.customer_id == customer_id, col(models.Promise.done_on).is_(None))
            .order_by(col(models.Promise.id))
        ).all()
        if promise_id is not None:
            open_items = [p for p in open_items if p.id == promise_id]
        promise = _pick_open(list(open_items), text, OPEN_PROMISES, customer.name)
        _claim(ctx.session, models.Promise, promise.id)
        promise.done_on = day
        promise.updated_at = utcnow()
        ctx.touched(customer_id, Changed.PROMISE)
        return promise.id, OpsText.tr(
            "Kept the promise to {name}: {text}.", name=customer.name, text=promise.text
        )

    return _run(journal, action)


def resolve_pain_point(
    journal: Journal,
    customer_id: int,
    text: str | None = None,
    *,
    pain_id: int | None = None,
    on: dt.date | None = None,
    today: dt.date | None = None,
) -> Result:
    day = _past(on, today, "date resolved")

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        customer = _customer(ctx.session, customer_id)
        open_items = ctx.session.exec(
            select(models.PainPoint)
            .where(
                models.PainPoint.customer_id == customer_id,
                col(models.PainPoint.resolved_on).is_(None),
            )
            .order_by(col(models.PainPoint.id))
        ).all()
        if pain_id is not None:
            open_items = [p for p in open_items if p.id == pain_id]
        pain = _pick_open(list(open_items), text, OPEN_PAIN_POINTS, customer.name)
        _claim(ctx.session, models.PainPoint, pain.id)
        pain.resolved_on = day
        pain.updated_at = utcnow()
        ctx.touched(customer_id, Changed.PAIN)
        return pain.id, OpsText.tr(
            "Resolved for {name}: {text}.", name=customer.name, text=pain.text
        )

    return _run(journal, action)


# --- editing and deleting any entry (the app's timeline) -----------------------------------

_EDITABLE: dict[str, set[str]] = {
    "conversation": {"occurred_on", "channel", "summary", "notes", "why_buy"},
    "delight": {"text"},
    "pain": {"text", "with_whom", "resolved_on"},
    "fact": {"category", "text", "learned_on", "month", "day"},
    "promise": {"text", "made_on", "due_on", "done_on"},
    "gift": {"what", "kind", "given_on", "cost_minor", "occasion", "reaction", "currency"},
    "invitation": {"event", "event_on", "invited_on", "status", "as_guest"},
    "milestone": {"kind", "custom", "occurred_on", "note"},
    "purchase": {"purchased_on", "amount_minor", "currency", "what"},
    "stage_change": {"changed_on"},
    "contact_point": {"kind", "label", "value"},
}
# Each editable field's name in sentences and in UserError.field: the same names the add_*
# actions use, so a dialog maps errors to its widgets the same way for adding and editing.
_FIELD_LABELS = {
    "occurred_on": "conversation date",
    "learned_on": "date learned",
    "made_on": "promise date",
    "done_on": "date done",
    "given_on": "gift date",
    "invited_on": "invitation date",
    "purchased_on": "purchase date",
    "changed_on": "stage change date",
    "resolved_on": "date resolved",
    "event_on": "event date",
    "due_on": "due date",
    "amount_minor": "amount",
    "cost_minor": "cost",
}
_PAST_FIELDS = {
    "occurred_on",
    "learned_on",
    "made_on",
    "done_on",
    "given_on",
    "invited_on",
    "purchased_on",
    "changed_on",
    "resolved_on",
}
# Text that can't be empty, per kind, with the word a sentence uses for it.
_REQUIRED_TEXT = {
    ("delight", "text"): "delight",
    ("pain", "text"): "pain point",
    ("fact", "text"): "fact",
    ("promise", "text"): "promise",
    ("gift", "what"): "gift",
    ("invitation", "event"): "event",
    ("contact_point", "value"): "value",
}


# Entry fields that are one line, as a name is (domain/values.py, Limits).
_ONE_LINE_FIELDS = frozenset({"event", "label", "value"})


def _validate_fields(kind: str, fields: dict[str, Any], today: dt.date | None) -> dict[str, Any]:
    unknown = set(fields) - _EDITABLE[kind]
    if unknown:
        raise ValueError(f"{kind} has no editable fields {sorted(unknown)}")
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        label = _FIELD_LABELS.get(key, key.replace("_", " "))
        if isinstance(value, dt.date):
            check_date_range(value, what=label)
        if key in _PAST_FIELDS and value is not None:
            check_not_future(value, today=today, what=label)
        limit = NAME_LIMIT if key in _ONE_LINE_FIELDS else TEXT_LIMIT
        if (kind, key) in _REQUIRED_TEXT:
            value = require_text(value, _REQUIRED_TEXT[kind, key], limit=limit)
        elif isinstance(value, str):
            value = clean_optional(value, label, limit=limit)
        if key == "channel":
            value = vocab.parse_channel(value or "")
        elif key == "category":
            value = vocab.parse_fact_category(value or "")
        elif key == "status":
            value = vocab.parse_invitation_status(value or "")
        elif key == "currency":
            value = parse_currency(value or "")
        elif key == "with_whom":
            value = vocab.pick(value or "", vocab.PAIN_WITH, "pain point side")
        elif key in ("amount_minor", "cost_minor") and value is not None and value < 0:
            raise UserError(
                ErrorText.tr("The {what} can't be negative.", what=phrase("Fields", label)),
                field=label,
            )
        clean[key] = value
    if kind == "milestone" and "kind" in clean:
        clean["kind"] = vocab.parse_milestone_kind(
            clean["kind"] or "", custom=bool(clean.get("custom"))
        )
        clean["custom"] = clean["kind"] not in vocab.MILESTONE_KINDS
    return clean


def update_entry(
    journal: Journal,
    kind: str,
    entry_id: int,
    /,
    *,
    today: dt.date | None = None,
    version: int | None = None,
    **fields: Any,
) -> Result:
    """Change fields of one entry; *kind* and *entry_id* are positional-only, so an entry's own
    `kind` field (gifts, milestones, contact points) can be passed among *fields*. *version*
    is the entry's when the edit was read, checked as update_customer checks a customer's."""
    model = ENTRY_MODELS[kind]
    clean = _validate_fields(kind, fields, today)
    word = kind.replace("_", " ")

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        _claim(ctx.session, model, entry_id, version, lambda _row: f"This {word}")
        entry = ctx.session.get(model, entry_id)
        if entry is None:
            raise UserError(ErrorText.tr("That {entry} no longer exists.", entry=entry_word(kind)))
        old_status = getattr(entry, "status", None)
        for key, value in clean.items():
            setattr(entry, key, value)
        # Checked on the entry as it now stands: an edit may send only what it changed.
        if isinstance(entry, models.Fact) and entry.category == "important-date":
            if entry.month is None or entry.day is None:
                raise _needs_day()  # the transaction is rolled back, nothing is saved
        entry.updated_at = utcnow()
        if kind == "invitation" and "status" in clean and clean["status"] != old_status:
            ctx.session.add(
                models.InvitationStatusChange(
                    invitation_id=entry_id,
                    status=clean["status"],
                    changed_on=today or dt.date.today(),
                )
            )
        if kind == "stage_change":
            pass  # only its date is editable; the customer's current stage stays as it is
        ctx.touched(entry.customer_id, entry_flag(kind))  # type: ignore[attr-defined]
        return entry_id, OpsText.tr("Saved the {entry}.", entry=entry_word(kind))

    return _run(journal, action)


def _dump(obj: SQLModel) -> dict[str, Any]:
    return obj.model_dump()


def delete_entry(journal: Journal, kind: str, entry_id: int) -> Result:
    """Delete one entry; the Result's snapshot restores it exactly (undo)."""
    model = ENTRY_MODELS[kind]

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        session = ctx.session
        entry = session.get(model, entry_id)
        if entry is None:
            raise UserError(ErrorText.tr("That {entry} no longer exists.", entry=entry_word(kind)))
        customer_id = entry.customer_id  # type: ignore[attr-defined]
        snapshot: dict[str, Any] = {"kind": kind, "row": _dump(entry), "children": []}
        what = entry_flag(kind)
        if kind == "conversation":
            for child_kind, child_model in (
                ("delight", models.Delight),
                ("pain", models.PainPoint),
            ):
                for child in session.exec(
                    select(child_model).where(child_model.conversation_id == entry_id)
                ):
                    snapshot["children"].append({"kind": child_kind, "row": _dump(child)})
                    session.delete(child)
                    what |= entry_flag(child_kind)
            links = []
            for link_kind, link_model in (("fact", models.Fact), ("promise", models.Promise)):
                for linked in session.exec(
                    select(link_model).where(link_model.conversation_id == entry_id)
                ):
                    # Fact | Promise joins to their base class, which has no id column.
                    links.append((link_kind, linked.id))  # type: ignore[attr-defined]
                    what |= entry_flag(link_kind)
            snapshot["links"] = links
        if kind == "invitation":
            for change in session.exec(
                select(models.InvitationStatusChange).where(
                    models.InvitationStatusChange.invitation_id == entry_id
                )
            ):
                snapshot["children"].append({"kind": "invitation_status", "row": _dump(change)})
        session.delete(entry)
        ctx.snapshot = snapshot
        ctx.touched(customer_id, what)
        return entry_id, OpsText.tr("Deleted the {entry}.", entry=entry_word(kind))

    return _run(journal, action)


_CHILD_MODELS: dict[str, type[SQLModel]] = {
    **ENTRY_MODELS,
    "invitation_status": models.InvitationStatusChange,
}


def restore_entry(journal: Journal, snapshot: dict[str, Any]) -> Result:
    """Put back exactly what delete_entry took (same ids), e.g. for Undo."""
    kind = snapshot["kind"]
    row = snapshot["row"]

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        session = ctx.session
        customer_id = row["customer_id"]
        _customer(session, customer_id)
        session.add(ENTRY_MODELS[kind](**row))
        session.flush()
        what = entry_flag(kind)
        for child in snapshot.get("children", []):
            session.add(_CHILD_MODELS[child["kind"]](**child["row"]))
            what |= entry_flag(child["kind"])
        for link_kind, link_id in snapshot.get("links", []):
            linked = session.get(ENTRY_MODELS[link_kind], link_id)
            if linked is not None:
                linked.conversation_id = row["id"]
                what |= entry_flag(link_kind)
        ctx.touched(customer_id, what)
        return row["id"], OpsText.tr("Restored the {entry}.", entry=entry_word(kind))

    return _run(journal, action)


# --- settings ------------------------------------------------------------------------------


def set_cadence(journal: Journal, stage: str, days: int) -> Result:
    stage = vocab.parse_stage(stage)
    _check_cadence(days)

    def action(ctx: _Ctx) -> tuple[None, str]:
        store_settings.set_raw(ctx.session.connection(), f"cadence.{stage}", str(days))
        ctx.touched_journal(Changed.SETTINGS)
        return None, OpsText.tr(
            "{stage} cadence is now {days} days.",
            stage=phrase("Vocabulary", vocab.STAGE_LABELS[stage]),
            days=days,
        )

    return _run(journal, action)


def update_settings(
    journal: Journal, *, cadences: dict[str, int] | None = None, currency: str | None = None
) -> Result:
    """Change the per-stage cadences and the journal's currency together, in one transaction."""
    clean = {vocab.parse_stage(stage): days for stage, days in (cadences or {}).items()}
    for days in clean.values():
        _check_cadence(days)
    code = parse_currency(currency) if currency is not None else None

    def action(ctx: _Ctx) -> tuple[None, str]:
        conn = ctx.session.connection()
        for stage, days in clean.items():
            store_settings.set_raw(conn, f"cadence.{stage}", str(days))
        if code is not None:
            store_settings.set_raw(conn, "currency", code)
        ctx.touched_journal(Changed.SETTINGS)
        return None, OpsText.tr("Settings saved.")

    return _run(journal, action)


@dataclass(frozen=True)
class CurrencyChange:
    """What changing the journal's currency from *old* to *new* does: its purchases and gifts
    with a cost in *old* stay as they are, in *old*, and no longer count: purchases toward
    value and tiers, gift costs toward the cost of gifts. *warning* says so (None when nothing
    is in *old*, or nothing changes), for the app's question and the command line."""

    old: str
    new: str
    purchases: int
    gifts: int
    warning: str | None


def currency_change(journal: Journal, code: str) -> CurrencyChange:
    """What setting the journal's currency to *code* would leave out (read, nothing written).
    A bad code is a UserError, as for saving it."""
    new = parse_currency(code)
    with journal.reader() as source:
        old = store_settings.currency(source)
        purchases, gifts = (0, 0) if old == new else store_settings.held_in(source, old)
    warning = None
    if purchases or gifts:
        entries = [
            OpsText.tr("%n purchase(s)", "", purchases) if purchases else None,
            OpsText.tr("%n gift(s) with a cost", "", gifts) if gifts else None,
        ]
        listed = Listed(e for e in entries if e is not None)
        # The verb agrees with the count ("1 purchase is", "2 purchases are"); each says only
        # what it leaves out: purchases count toward value and tiers, gift costs toward the
        # cost of gifts (never toward value or tiers).
        one = purchases + gifts == 1
        if not gifts:
            warning = (
                OpsText.tr(
                    "{entries} is in {old}: it will no longer count toward value or tiers in "
                    "{new}.",
                    entries=listed,
                    old=old,
                    new=new,
                )
                if one
                else OpsText.tr(
                    "{entries} are in {old}: they will no longer count toward value or tiers "
                    "in {new}.",
                    entries=listed,
                    old=old,
                    new=new,
                )
            )
        elif not purchases:
            warning = (
                OpsText.tr(
                    "{entries} is in {old}: it will no longer count toward the cost of gifts "
                    "in {new}.",
                    entries=listed,
                    old=old,
                    new=new,
                )
                if one
                else OpsText.tr(
                    "{entries} are in {old}: they will no longer count toward the cost of "
                    "gifts in {new}.",
                    entries=listed,
                    old=old,
                    new=new,
                )
            )
        else:
            warning = OpsText.tr(
                "{entries} are in {old}: they will no longer count toward value, tiers or the "
                "cost of gifts in {new}.",
                entries=listed,
                old=old,
                new=new,
            )
    return CurrencyChange(old, new, purchases, gifts, warning)


def set_currency(journal: Journal, code: str) -> Result:
    code = parse_currency(code)

    def action(ctx: _Ctx) -> tuple[None, str]:
        store_settings.set_raw(ctx.session.connection(), "currency", code)
        ctx.touched_journal(Changed.SETTINGS)
        return None, OpsText.tr("The journal's currency is {code}.", code=code)

    return _run(journal, action)
