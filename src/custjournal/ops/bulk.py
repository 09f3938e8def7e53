"""Editing many customers at once: a stage, a tag, a cadence or archiving for a selection.

Each function is one user action over a set of customer ids, run by `actions._run` as one write
transaction: every customer changes or none does, the search index follows, and the result
carries one `Inverse`, so the app's Edit > Undo puts every customer back with one step. The
statements go through SQLAlchemy Core a chunk of ids at a time rather than one ORM object per
customer: a selection can be the whole journal.

An id that is not in the journal (erased meanwhile, or mistyped on the command line) is a
UserError naming it, and nothing is written. Customers that already are as asked are left
alone and not counted: "Tag vip added to 3 customers (2 had it already)."
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import delete, insert, select, update
from sqlmodel import col

from custjournal.domain import vocab
from custjournal.domain.changes import Changed
from custjournal.domain.errors import UserError
from custjournal.domain.i18n import ErrorText, OpsText, phrase
from custjournal.domain.values import NAME_LIMIT, check_length
from custjournal.ops.actions import Reindex, Result, _check_cadence, _Ctx, _past, _run
from custjournal.store import models
from custjournal.store.journal import Journal
from custjournal.store.models import utcnow

__all__ = [
    "set_stage_many",
    "add_tag_many",
    "remove_tag_many",
    "set_cadence_many",
    "set_archived_many",
]

# Ids per statement: well below SQLite's limit on bound parameters, on every build.
_CHUNK = 500


def _customers(n: int) -> str:
    return OpsText.tr("%n customer(s)", "", n)


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def _clean_ids(customer_ids: Iterable[int]) -> list[int]:
    ids = sorted({int(i) for i in customer_ids})
    if not ids:
        raise UserError(ErrorText.tr("No customers are selected: select one or more first."))
    return ids


def _rows(ctx: _Ctx, ids: list[int], *columns: object) -> dict[int, tuple[object, ...]]:
    """The customers' *columns* by id; a UserError naming any id not in the journal."""
    customer = models.Customer.__table__  # type: ignore[attr-defined]
    found: dict[int, tuple[object, ...]] = {}
    for chunk in _chunks(ids):
        statement = select(customer.c.id, *columns).where(customer.c.id.in_(chunk))
        for row in ctx.session.connection().execute(statement):
            found[row[0]] = tuple(row[1:])
    missing = [i for i in ids if i not in found]
    if missing:
        shown = ", ".join(f"#{i}" for i in missing[:5]) + (" …" if len(missing) > 5 else "")
        raise UserError(
            ErrorText.tr(
                "There is no customer {shown} any more: they may have been erased. Nothing was "
                "changed.",
                shown=shown,
            )
        )
    return found


def _update(ctx: _Ctx, ids: list[int], **values: object) -> None:
    customer = models.Customer.__table__  # type: ignore[attr-defined]
    now = utcnow()
    for chunk in _chunks(ids):
        ctx.session.connection().execute(
            update(customer).where(customer.c.id.in_(chunk)).values(updated_at=now, **values)
        )
    for cid in ids:
        ctx.touched(cid, Changed.CUSTOMER)


def _already(n: int, what: str) -> str:
    return OpsText.tr(" (%n were {what} already)", "", n, what=what) if n else ""


def set_stage_many(
    journal: Journal,
    customer_ids: Iterable[int],
    stage: str,
    *,
    on: dt.date | None = None,
    today: dt.date | None = None,
) -> Result:
    """Move every customer in *customer_ids* to *stage*, each change in their stage history."""
    stage = vocab.parse_stage(stage)
    day = _past(on, today, "stage change date")
    ids = _clean_ids(customer_ids)
    label = vocab.STAGE_LABELS[stage]
    customer = models.Customer.__table__  # type: ignore[attr-defined]

    def action(ctx: _Ctx) -> tuple[None, str]:
        current = _rows(ctx, ids, customer.c.stage)
        moving = [i for i in ids if current[i][0] != stage]
        if moving:
            now = utcnow()
            ctx.session.connection().execute(
                insert(models.StageChange.__table__),  # type: ignore[attr-defined]
                [
                    {
                        "customer_id": i,
                        "from_stage": current[i][0],
                        "stage": stage,
                        "changed_on": day,
                        "created_at": now,
                        "updated_at": now,
                    }
                    for i in moving
                ],
            )
            _update(ctx, moving, stage=stage)
            ctx.what |= Changed.STAGE_CHANGE
        stage_word = phrase("Vocabulary", label)
        return None, OpsText.tr(
            "Stage set to {stage} for {customers}{already}.",
            stage=stage_word,
            customers=_customers(len(moving)),
            already=_already(len(ids) - len(moving), OpsText.tr("in {stage}", stage=stage_word)),
        )

    # Stage, cadence and archived are not in the search index: nothing to reindex.
    return _run(journal, action, reindex=Reindex.NOTHING)


def _tag(tag: str) -> str:
    text = " ".join((tag or "").split())
    if not text:
        raise UserError(ErrorText.tr("A tag can't be empty: type the tag."), field="tags")
    return check_length(text, "tag", limit=NAME_LIMIT)


def _tags_of(ctx: _Ctx, ids: list[int], tag: str) -> dict[int, list[str]]:
    """The spellings of *tag* each customer has (compared case folded), by customer id.

    Folded in Python: SQLite's lower() folds ASCII only (docs/rules.md, "CUSTOMER").
    """
    table = models.CustomerTag.__table__  # type: ignore[attr-defined]
    found: dict[int, list[str]] = {}
    folded = tag.casefold()
    for chunk in _chunks(ids):
        statement = select(table.c.customer_id, table.c.tag).where(table.c.customer_id.in_(chunk))
        for cid, spelling in ctx.session.connection().execute(statement):
            if spelling.casefold() == folded:
                found.setdefault(cid, []).append(spelling)
    return found


def add_tag_many(journal: Journal, customer_ids: Iterable[int], tag: str) -> Result:
    """Give every customer in *customer_ids* the tag *tag* (those who have it keep theirs)."""
    tag = _tag(tag)
    ids = _clean_ids(customer_ids)

    def action(ctx: _Ctx) -> tuple[None, str]:
        _rows(ctx, ids)
        having = _tags_of(ctx, ids, tag)
        adding = [i for i in ids if i not in having]
        if adding:
            ctx.session.connection().execute(
                insert(models.CustomerTag.__table__),  # type: ignore[attr-defined]
                [{"customer_id": i, "tag": tag} for i in adding],
            )
            _update(ctx, adding)
        return None, OpsText.tr(
            "Tag {tag} added to {customers}{already}.",
            tag=tag,
            customers=_customers(len(adding)),
            already=_already(len(ids) - len(adding), OpsText.tr("tagged")),
        )

    # A tag is one of the customers' own fields: their entries' indexed text stands.
    return _run(journal, action, reindex=Reindex.OWN_FIELDS)


def remove_tag_many(journal: Journal, customer_ids: Iterable[int], tag: str) -> Result:
    """Take the tag *tag* (in any case) off every customer in *customer_ids* who has it."""
    tag = _tag(tag)
    ids = _clean_ids(customer_ids)
    table = models.CustomerTag.__table__  # type: ignore[attr-defined]

    def action(ctx: _Ctx) -> tuple[None, str]:
        _rows(ctx, ids)
        having = _tags_of(ctx, ids, tag)
        for cid, spellings in having.items():
            ctx.session.connection().execute(
                delete(table).where(table.c.customer_id == cid, col(table.c.tag).in_(spellings))
            )
        removed = sorted(having)
        _update(ctx, removed)
        return None, OpsText.tr(
            "Tag {tag} removed from {customers}.", tag=tag, customers=_customers(len(removed))
        )

    # A tag is one of the customers' own fields: their entries' indexed text stands.
    return _run(journal, action, reindex=Reindex.OWN_FIELDS)


def set_cadence_many(journal: Journal, customer_ids: Iterable[int], days: int | None) -> Result:
    """Give every customer in *customer_ids* their own cadence of *days*; None clears it, so
    their stage's cadence applies again."""
    days = _check_cadence(days)
    ids = _clean_ids(customer_ids)
    customer = models.Customer.__table__  # type: ignore[attr-defined]

    def action(ctx: _Ctx) -> tuple[None, str]:
        current = _rows(ctx, ids, customer.c.cadence_days)
        changing = [i for i in ids if current[i][0] != days]
        _update(ctx, changing, cadence_days=days)
        if days is None:
            return None, OpsText.tr(
                "Own cadence cleared for {customers}.", customers=_customers(len(changing))
            )
        return None, OpsText.tr(
            "Cadence set to every {days} days for {customers}.",
            days=days,
            customers=_customers(len(changing)),
        )

    # Stage, cadence and archived are not in the search index: nothing to reindex.
    return _run(journal, action, reindex=Reindex.NOTHING)


def set_archived_many(journal: Journal, customer_ids: Iterable[int], archived: bool) -> Result:
    """Archive every customer in *customer_ids* (*archived* False: bring them back)."""
    ids = _clean_ids(customer_ids)
    customer = models.Customer.__table__  # type: ignore[attr-defined]

    def action(ctx: _Ctx) -> tuple[None, str]:
        current = _rows(ctx, ids, customer.c.archived)
        changing = [i for i in ids if bool(current[i][0]) != archived]
        _update(ctx, changing, archived=archived)
        customers = _customers(len(changing))
        if archived:
            already = _already(len(ids) - len(changing), OpsText.tr("archived"))
            return None, OpsText.tr(
                "Archived {customers}{already}.", customers=customers, already=already
            )
        already = _already(len(ids) - len(changing), OpsText.tr("active"))
        return None, OpsText.tr(
            "Brought back {customers}{already}.", customers=customers, already=already
        )

    # Stage, cadence and archived are not in the search index: nothing to reindex.
    return _run(journal, action, reindex=Reindex.NOTHING)
