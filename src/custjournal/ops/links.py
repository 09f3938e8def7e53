"""Linking customers (relationships) and saying two company names are one firm.

Each is one transaction through `ops.actions._run`, so it is undoable in the app like any other
change and says what it did in one sentence. Bad input (a customer linked to themselves, a kind
we don't know, a customer that is gone) is a UserError before anything is written.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import col, select

from custjournal.domain import links as rules
from custjournal.domain.changes import Changed
from custjournal.domain.errors import Field, UserError
from custjournal.domain.i18n import ErrorText, LinkText, OpsText, phrase
from custjournal.domain.values import NAME_LIMIT, clean_optional, require_text
from custjournal.ops.actions import Result, _Ctx, _customer, _past, _run
from custjournal.store import models
from custjournal.store.journal import Journal

__all__ = ["declare_same_firm", "link_customers", "undeclare_same_firm", "unlink_customers"]


def _sentence(first: str, kind: str, second: str) -> str:
    how = phrase("LinkText", rules.phrase(kind, True).lower())  # marked in domain/links.py
    return LinkText.tr("{first} — {how} {second}", first=first, how=how, second=second)


def link_customers(
    journal: Journal,
    customer_id: int,
    other_id: int,
    kind: str,
    *,
    note: str | None = None,
    since: dt.date | None = None,
    today: dt.date | None = None,
) -> Result:
    """Link *customer_id* to *other_id* as *kind* said from *customer_id*'s side ("referred-by":
    they were referred by the other; "referred": they referred the other).

    Linking the same pair with the same kind again updates its note and day.
    """
    rules.check_not_self(customer_id, other_id)
    parsed = rules.parse_kind(kind)
    note = clean_optional(note, "note")
    day = _past(since, today, "relationship date")
    owner, other = rules.stored_pair(customer_id, other_id, parsed)

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        first = _customer(ctx.session, owner)
        second = _customer(ctx.session, other)
        found = ctx.session.exec(
            select(models.Relationship).where(
                models.Relationship.customer_id == owner,
                models.Relationship.other_id == other,
                models.Relationship.kind == parsed.kind,
            )
        ).first()
        said = _sentence(first.name, parsed.kind, second.name)
        if found is not None:
            if found.note == note and (since is None or found.since == day):
                raise UserError(
                    ErrorText.tr(
                        "{first} and {second} are already linked that way ({how}). "
                        "Nothing was changed.",
                        first=first.name,
                        second=second.name,
                        how=rules.phrase(parsed.kind, True).lower(),
                    ),
                    field=Field.KIND,
                )
            found.note = note
            if since is not None:
                found.since = day
            found.updated_at = models.utcnow()
            ctx.session.add(found)
            message = OpsText.tr("Updated the link: {said}.", said=said)
            link = found
        else:
            link = models.Relationship(
                customer_id=owner, other_id=other, kind=parsed.kind, note=note, since=day
            )
            ctx.session.add(link)
            message = OpsText.tr("Linked: {said}.", said=said)
        ctx.session.flush()
        ctx.touched(owner, Changed.RELATIONSHIP)
        ctx.touched(other, Changed.RELATIONSHIP)
        return link.id, message

    return _run(journal, action)


def unlink_customers(
    journal: Journal, customer_id: int, other_id: int, kind: str | None = None
) -> Result:
    """Remove the links between the two customers (only those of *kind*, when given)."""
    rules.check_not_self(customer_id, other_id)
    parsed = rules.parse_kind(kind) if kind else None

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        first = _customer(ctx.session, customer_id)
        second = _customer(ctx.session, other_id)
        pair = (customer_id, other_id)
        stmt = select(models.Relationship).where(
            col(models.Relationship.customer_id).in_(pair),
            col(models.Relationship.other_id).in_(pair),
        )
        if parsed is not None:
            stmt = stmt.where(models.Relationship.kind == parsed.kind)
        links = ctx.session.exec(stmt).all()
        if not links:
            how = ErrorText.tr(" as '{kind}'", kind=kind_word(parsed)) if parsed else ""
            raise UserError(
                ErrorText.tr(
                    "{first} and {second} are not linked{how}: nothing to remove. "
                    "Nothing was changed.",
                    first=first.name,
                    second=second.name,
                    how=how,
                ),
                field=Field.CUSTOMER,
            )
        for link in links:
            ctx.session.delete(link)
        ctx.session.flush()
        ctx.touched(customer_id, Changed.RELATIONSHIP)
        ctx.touched(other_id, Changed.RELATIONSHIP)
        n = len(links)
        if n == 1:
            removed = OpsText.tr(
                "Removed the link between {first} and {second}.",
                first=first.name,
                second=second.name,
            )
        else:
            removed = OpsText.tr(
                "Removed the %n links between {first} and {second}.",
                "",
                n,
                first=first.name,
                second=second.name,
            )
        return None, removed

    return _run(journal, action)


def remove_link(journal: Journal, link_id: int) -> Result:
    """Remove one link by its id (the app's customer page)."""

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        link = ctx.session.get(models.Relationship, link_id)
        if link is None:
            raise UserError(ErrorText.tr("That link was removed meanwhile. Nothing was changed."))
        first = _customer(ctx.session, link.customer_id)
        second = _customer(ctx.session, link.other_id)
        said = _sentence(first.name, link.kind, second.name)
        ctx.session.delete(link)
        ctx.session.flush()
        ctx.touched(first.id or 0, Changed.RELATIONSHIP)
        ctx.touched(second.id or 0, Changed.RELATIONSHIP)
        return None, OpsText.tr("Removed the link: {said}.", said=said)

    return _run(journal, action)


def kind_word(parsed: rules.LinkKind) -> str:
    """The word a user gave for *parsed* (the inverse word when it was inverted)."""
    if parsed.inverted:
        return next(w for w, k in rules.INVERSE_WORDS.items() if k == parsed.kind)
    return parsed.kind


# --- companies ---------------------------------------------------------------------------------


def _firm_name(value: str, what: str) -> str:
    text = require_text(value, what, limit=NAME_LIMIT)
    if not rules.company_key(text):
        raise UserError(
            ErrorText.tr(
                "'{value}' is no company name (nothing is left once punctuation is taken off): "
                "give the firm's name.",
                value=value,
            ),
            field=what,
        )
    return " ".join(text.split())


def declare_same_firm(journal: Journal, name: str, same_as: str) -> Result:
    """Say that the company names *name* and *same_as* are one firm (kept as typed)."""
    first = _firm_name(name, "company")
    second = _firm_name(same_as, "other company")

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        pairs = [(r.name, r.same_as) for r in ctx.session.exec(select(models.SameFirm))]
        groups = rules.FirmGroups(pairs)
        if groups.same(first, second):
            how = (
                ErrorText.tr("they are written alike")
                if rules.company_key(first) == rules.company_key(second)
                else ErrorText.tr("you said so before")
            )
            raise UserError(
                ErrorText.tr(
                    "'{first}' and '{second}' are already one firm ({how}). Nothing was changed.",
                    first=first,
                    second=second,
                    how=how,
                ),
                field="other company",
            )
        row = models.SameFirm(name=first, same_as=second)
        ctx.session.add(row)
        ctx.session.flush()
        ctx.touched_journal(Changed.SAME_FIRM)
        return row.id, OpsText.tr(
            "'{first}' and '{second}' are now one firm.", first=first, second=second
        )

    return _run(journal, action)


def undeclare_same_firm(journal: Journal, name: str, same_as: str) -> Result:
    """Take back the declarations joining *name* and *same_as* (either way round)."""
    first = _firm_name(name, "company")
    second = _firm_name(same_as, "other company")
    a, b = rules.company_key(first), rules.company_key(second)

    def action(ctx: _Ctx) -> tuple[int | None, str]:
        rows = [
            r
            for r in ctx.session.exec(select(models.SameFirm))
            if {rules.company_key(r.name), rules.company_key(r.same_as)} == {a, b}
        ]
        if not rows:
            why = (
                ErrorText.tr(" (they are written alike, which always makes them one)")
                if a == b
                else ""
            )
            raise UserError(
                ErrorText.tr(
                    "You never said '{first}' and '{second}' are one firm{why}: nothing to take "
                    "back. Nothing was changed.",
                    first=first,
                    second=second,
                    why=why,
                ),
                field="other company",
            )
        for row in rows:
            ctx.session.delete(row)
        ctx.session.flush()
        ctx.touched_journal(Changed.SAME_FIRM)
        return None, OpsText.tr(
            "'{first}' and '{second}' are no longer counted as one firm.",
            first=first,
            second=second,
        )

    return _run(journal, action)
