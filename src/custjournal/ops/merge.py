"""Merging two customers into one, and saying two customers are not duplicates.

`merge_customers(journal, keep, other, take=...)` keeps *keep* and folds *other* into it, in one
transaction through `actions._run` (so it is undoable like every other action, and the search
index and the derived columns follow):

- Every row that names *other* is made to name *keep*: the rows of every table with a foreign
  key to `customer`, found from the tables' metadata (`customer_references`), so a table added
  later (relationships) is carried over without a change here. A row that would then repeat one
  *keep* already has (the same tag, a snooze of the same reminder, the same "not duplicates"
  decision) is left to go with *other*: *keep*'s own stays. A row that would then name *keep*
  twice (a decision or link between the two) goes too: it is about the two being two.
- The customer's own fields come from *keep* or *other*, as *take* says per field (by default
  *keep*'s where it has one, else *other*'s; the notes of both, one after the other). A primary
  email or phone not taken stays as a contact point, and the notes say which customer was
  merged in under what name, so nothing of *other* is lost.
- "Customer since" is the earlier of the two; the result is archived only if both were; a stage
  taken from *other* is recorded in the stage history (which holds both histories).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from sqlalchemy import (
    Column,
    PrimaryKeyConstraint,
    Table,
    UniqueConstraint,
    and_,
    delete,
    exists,
    update,
)
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel, col, select

from custjournal.domain import vocab
from custjournal.domain.changes import Changed
from custjournal.domain.errors import UserError
from custjournal.domain.i18n import ErrorText, Number, OpsText
from custjournal.domain.values import TEXT_LIMIT
from custjournal.ops.actions import Result, _change_stage, _Ctx, _customer, _run
from custjournal.store import models
from custjournal.store.journal import Journal
from custjournal.store.models import utcnow

# The customer's own fields a merge chooses between, in the order a review shows them.
FIELDS: tuple[str, ...] = (
    "name",
    "company",
    "role",
    "email",
    "phone",
    "stage",
    "cadence_days",
    "tier_pin",
    "notes",
)
CHOICES = ("keep", "other", "both")  # "both": the notes of the two, one after the other


def customer_references() -> list[tuple[Table, Column[int]]]:
    """Every (table, column) with a foreign key to `customer`, from the models' metadata."""
    found = []
    for table in SQLModel.metadata.sorted_tables:
        if table.name == "customer":
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == "customer":
                found.append((table, fk.parent))
    return found


def default_take(keep: Mapping[str, object], other: Mapping[str, object]) -> dict[str, str]:
    """What a merge takes by default: *keep*'s value where it has one, else *other*'s; both
    notes when both have different ones."""
    take = {}
    for name in FIELDS:
        mine, theirs = keep.get(name), other.get(name)
        if name == "notes" and mine and theirs and mine != theirs:
            take[name] = "both"
        else:
            take[name] = "keep" if mine not in (None, "") or theirs in (None, "") else "other"
    return take


def merged_value(
    name: str, choice: str, keep: Mapping[str, object], other: Mapping[str, object]
) -> object:
    """The value of field *name* after a merge taking *choice*."""
    if choice == "both":
        parts = [str(v) for v in (keep.get(name), other.get(name)) if v not in (None, "")]
        return "\n\n".join(dict.fromkeys(parts)) or None
    return (keep if choice == "keep" else other).get(name)


def _fields(customer: models.Customer) -> dict[str, object]:
    return {name: getattr(customer, name) for name in FIELDS}


def _same(kind: str, a: str, b: str) -> bool:
    if kind == "phone":
        return "".join(c for c in a if c.isdigit()) == "".join(c for c in b if c.isdigit())
    return a.strip().casefold() == b.strip().casefold()


def merge_customers(
    journal: Journal,
    keep_id: int,
    other_id: int,
    *,
    take: Mapping[str, str] | None = None,
    today: dt.date | None = None,
) -> Result:
    """Fold customer *other_id* into *keep_id*; see the module docstring. *take* maps a field of
    `FIELDS` to "keep" or "other" ("both" for the notes); fields it leaves out take the default.
    """
    if keep_id == other_id:
        raise UserError(
            ErrorText.tr(
                "A customer can't be merged with itself: name two different customers. "
                "Nothing was changed."
            )
        )
    for name, choice in (take or {}).items():
        if name not in FIELDS:
            raise ValueError(f"a merge has no field {name!r}")
        if choice not in CHOICES or (choice == "both" and name != "notes"):
            raise ValueError(f"{name}: {choice!r} is not a choice")
    day = today or dt.date.today()

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        session = ctx.session
        keep = _customer(session, keep_id)
        other = _customer(session, other_id)
        mine, theirs = _fields(keep), _fields(other)
        chosen = {**default_take(mine, theirs), **(take or {})}
        values = {name: merged_value(name, chosen[name], mine, theirs) for name in FIELDS}
        other_name, other_company = other.name, other.company
        other_since, other_archived = other.created_at, other.archived
        session.expunge(other)  # it goes below, by a plain delete after its rows moved
        conn = session.connection()

        _repoint(conn, other_id, keep_id)

        # A primary email or phone that is not kept stays as a contact point.
        points = [
            (kind, value)
            for kind, value in session.exec(
                select(models.ContactPoint.kind, models.ContactPoint.value).where(
                    models.ContactPoint.customer_id == keep_id
                )
            )
        ]
        for kind in ("email", "phone"):
            kept = values[kind]
            for candidate in (mine[kind], theirs[kind]):
                if not candidate or (kept and _same(kind, str(kept), str(candidate))):
                    continue
                if any(k == kind and _same(kind, v, str(candidate)) for k, v in points):
                    continue
                session.add(
                    models.ContactPoint(customer_id=keep_id, kind=kind, value=str(candidate))
                )
                points.append((kind, str(candidate)))

        stage = str(values.pop("stage"))
        trail = f"Merged with #{other_id} {other_name}" + (
            f" ({other_company})" if other_company else ""
        )
        notes = values.pop("notes")
        values["notes"] = (f"{notes}\n\n" if notes else "") + f"{trail} on {day.isoformat()}."
        if len(str(values["notes"])) > TEXT_LIMIT:  # rolled back: nothing is cut off
            raise UserError(
                ErrorText.tr(
                    "The notes of both come to more than {limit} characters: keep the "
                    "notes of one of them, or shorten them first. Nothing was changed.",
                    limit=Number(TEXT_LIMIT),
                )
            )
        for name, value in values.items():
            setattr(keep, name, value)
        keep.created_at = min(_aware(keep.created_at), _aware(other_since))
        keep.archived = bool(keep.archived and other_archived)
        keep.updated_at = utcnow()
        if stage != keep.stage:
            _change_stage(ctx, keep, vocab.parse_stage(stage), day)
        session.flush()
        customer = SQLModel.metadata.tables["customer"]
        conn.execute(delete(customer).where(customer.c.id == other_id))
        what = Changed.CUSTOMER | Changed.ENTRIES | Changed.REMINDER
        ctx.touched(keep_id, what)
        ctx.touched(other_id, what)
        return keep_id, OpsText.tr(
            "Merged {other} (#{other_id}) into {keep} (#{keep_id}).",
            other=other_name,
            other_id=str(other_id),
            keep=keep.name,
            keep_id=str(keep_id),
        )

    return _run(journal, action)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _unique_with(table: Table, column: Column[int]) -> list[list[Column[Any]]]:
    """For each unique key of *table* that holds *column*: its other columns."""
    return [
        [c for c in key.columns if c.name != column.name]
        for key in table.constraints
        if isinstance(key, UniqueConstraint | PrimaryKeyConstraint) and column.name in key.columns
    ]


def _repoint(conn: Connection, other_id: int, keep_id: int) -> None:
    """Make every row naming *other_id* name *keep_id* (see the module docstring)."""
    columns_of: dict[Table, list[Column[int]]] = defaultdict(list)
    for table, column in customer_references():
        columns_of[table].append(column)
        for others in _unique_with(table, column):
            # A row that would repeat one of *keep*'s goes first (what SQLite's UPDATE OR
            # IGNORE left to the customer's delete; PostgreSQL has no such clause).
            mine = table.alias("mine")
            repeats = exists().where(
                mine.c[column.name] == keep_id, *(mine.c[c.name] == c for c in others)
            )
            conn.execute(delete(table).where(column == other_id, repeats))
        conn.execute(update(table).where(column == other_id).values({column.name: keep_id}))
    for table, columns in columns_of.items():
        if len(columns) > 1:  # a row about the two of them now names keep twice
            conn.execute(delete(table).where(and_(*(c == keep_id for c in columns))))


def mark_not_duplicates(journal: Journal, first_id: int, second_id: int) -> Result:
    """Remember that two customers are different people, so the finder leaves the pair out."""
    if first_id == second_id:
        raise UserError(
            ErrorText.tr("A customer is always the same person as themself. Nothing was changed.")
        )
    a, b = sorted((first_id, second_id))

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        session = ctx.session
        first, second = _customer(session, a), _customer(session, b)
        found = session.exec(
            select(models.NotDuplicate).where(
                col(models.NotDuplicate.customer_id) == a, col(models.NotDuplicate.other_id) == b
            )
        ).first()
        names = f"{first.name} (#{a}) and {second.name} (#{b})"
        if found is not None:
            return found.id, OpsText.tr(
                "{names} are already marked as different people.", names=names
            )
        row = models.NotDuplicate(customer_id=a, other_id=b)
        session.add(row)
        session.flush()
        ctx.touched(a, Changed.CUSTOMER)
        ctx.touched(b, Changed.CUSTOMER)
        return row.id, OpsText.tr("{names} won't be offered as duplicates again.", names=names)

    return _run(journal, action)
