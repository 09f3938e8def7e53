"""Finding the customer a user means: `#12`, `id:12`, or a name folded for case and accents.

An exact full-name match wins; otherwise the query matches every name it is a prefix of, or that
has a word it is a prefix of. One match is the customer; several or none is a UserError that
lists the candidates or the close names.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field

from custjournal.domain.errors import Field, Hint, UserError
from custjournal.domain.i18n import ErrorText
from custjournal.domain.text import fold


@dataclass(frozen=True)
class Candidate:
    id: int
    name: str
    company: str | None = None
    # When the customer was added (their created_at, as the journal or an export keeps it), where
    # it was read: what knows them again under an older name in an older copy (`same_customer`).
    added: str | None = field(default=None, compare=False)

    def describe(self) -> str:
        return f"#{self.id} {self.name}" + (f" ({self.company})" if self.company else "")


def added_moment(value: object) -> dt.datetime | None:
    """A created_at as a naive UTC moment, from any of the forms it is kept in: a journal file's
    text (`2026-11-30 10:00:00.000000`), an export's (`2026-11-30T10:00:00Z`), a team
    database's datetime; None for anything else."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip().removesuffix("Z"))
        except ValueError:
            return None
    if not isinstance(value, dt.datetime):
        return None
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def same_name(a: str, b: str) -> bool:
    """Whether two names are the same name, folded for case, accents and spacing."""
    return " ".join(fold(a).split()) == " ".join(fold(b).split())


def same_customer(name: str, added: object, wanted_name: str, wanted_added: object = None) -> bool:
    """Whether the customer with the wanted id found in another copy of the journal (a backup,
    an export) called *name* and added at *added* is the wanted one: the same name, or, when
    both moments are known, the same moment added (a customer renamed since the copy was made is
    known again by it; an id given to someone else later has another)."""
    if same_name(name, wanted_name):
        return True
    ours, theirs = added_moment(wanted_added), added_moment(added)
    return ours is not None and ours == theirs


def parse_id(query: str) -> int | None:
    """The id in `#12` or `id:12`, or None when *query* is a name."""
    text = query.strip()
    for prefix in ("#", "id:"):
        if text.casefold().startswith(prefix):
            rest = text[len(prefix) :].strip()
            if rest.isdigit():
                return int(rest)
            raise UserError(
                ErrorText.tr(
                    "'{query}' is not a customer id: write it as #12 or id:12.", query=query
                )
            )
    return None


def _name_matches(folded_query: str, folded_name: str) -> bool:
    if folded_name.startswith(folded_query):
        return True
    return any(word.startswith(folded_query) for word in folded_name.split())


def match(query: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """All candidates the name *query* could mean (exact full-name matches alone if any)."""
    q = " ".join(fold(query).split())
    if not q:
        return []
    folded = [(c, " ".join(fold(c.name).split())) for c in candidates]
    exact = [c for c, name in folded if name == q]
    if exact:
        return exact
    return [c for c, name in folded if _name_matches(q, name)]


def resolve(query: str, candidates: Sequence[Candidate]) -> Candidate:
    """The one customer *query* names, or a UserError that helps the user pick."""
    if not query.strip():
        raise UserError(
            ErrorText.tr("The customer can't be empty: give a name or an id such as '#12'.")
        )
    wanted = parse_id(query)
    if wanted is not None:
        for c in candidates:
            if c.id == wanted:
                return c
        raise UserError(
            ErrorText.tr("There is no customer #{id}.", id=str(wanted)),
            field=Field.CUSTOMER,
            hint=Hint.LIST_IDS,
        )
    found = match(query, candidates)
    if len(found) == 1:
        return found[0]
    if found:
        shown = "; ".join(c.describe() for c in found[:10])
        more = ErrorText.tr(" and {count} more", count=len(found) - 10) if len(found) > 10 else ""
        raise UserError(
            ErrorText.tr(
                "'{query}' matches %n customer(s): {shown}{more}. "
                "Give more of the name, or the id such as '#12'.",
                "",
                len(found),
                query=query,
                shown=shown,
                more=more,
            )
        )
    names = {fold(c.name): c for c in candidates}
    close = difflib.get_close_matches(fold(query), list(names), n=3, cutoff=0.6)
    said = [names[n].describe() for n in close]
    hint: str = ""
    if len(said) == 1:
        hint = ErrorText.tr(" Did you mean {first}?", first=said[0])
    elif len(said) == 2:
        hint = ErrorText.tr(" Did you mean {first} or {second}?", first=said[0], second=said[1])
    elif said:
        hint = ErrorText.tr(
            " Did you mean {first} or {second} or {third}?",
            first=said[0],
            second=said[1],
            third=said[2],
        )
    raise UserError(ErrorText.tr("No customer matches '{query}'.{hint}", query=query, hint=hint))
