"""How customers are connected: relationship kinds and their wording, and which company is which.

Relationships (`docs/rules.md`, "Relationship kinds"): a link is stored once, from the customer
whose sentence it is ("Bob was referred by Ada": Bob's row, kind `referred-by`, other Ada), and
read from either side; the other side gets the inverse wording ("Referred Bob", "Manages Bob").
The symmetric kinds (`works-with`, `partner`, `family`) read the same from both sides and are
stored with the lower id first, so one pair has one row whatever side it was set from.

A user may name a kind from either side: `referred` (Ada referred Bob) is stored as Bob
`referred-by` Ada, `manages` as `reports-to` the other way round.

Companies: two spellings are the same firm when they fold to the same key, after case, accents,
punctuation and legal suffixes ("Acme GmbH" = "ACME gmbh" = "Acme"), or when the user said so
(a same-firm declaration, joined transitively by `FirmGroups`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from custjournal.domain.errors import Field, UserError
from custjournal.domain.i18n import QT_TRANSLATE_NOOP, ErrorText
from custjournal.domain.i18n import phrase as marked
from custjournal.domain.text import fold
from custjournal.domain.vocab import normalize_word

# Stored kinds, in the order pickers list them.
KINDS: tuple[str, ...] = ("referred-by", "works-with", "reports-to", "partner", "family")
SYMMETRIC = frozenset({"works-with", "partner", "family"})
# Words for a kind seen from the other side: accepted as input, stored as the kind they invert.
INVERSE_WORDS: dict[str, str] = {"referred": "referred-by", "manages": "reports-to"}
# Every word a user may give, in the order the error sentence lists them.
KNOWN_WORDS: tuple[str, ...] = (
    "referred-by",
    "referred",
    "works-with",
    "reports-to",
    "manages",
    "partner",
    "family",
)

# (as the row's customer says it, as the other side says it), before the other's name.
_PHRASES: dict[str, tuple[str, str]] = {
    "referred-by": (
        QT_TRANSLATE_NOOP("LinkText", "Referred by"),
        QT_TRANSLATE_NOOP("LinkText", "Referred"),
    ),
    "works-with": (
        QT_TRANSLATE_NOOP("LinkText", "Works with"),
        QT_TRANSLATE_NOOP("LinkText", "Works with"),
    ),
    "reports-to": (
        QT_TRANSLATE_NOOP("LinkText", "Reports to"),
        QT_TRANSLATE_NOOP("LinkText", "Manages"),
    ),
    "partner": (
        QT_TRANSLATE_NOOP("LinkText", "Partner of"),
        QT_TRANSLATE_NOOP("LinkText", "Partner of"),
    ),
    "family": (
        QT_TRANSLATE_NOOP("LinkText", "Family of"),
        QT_TRANSLATE_NOOP("LinkText", "Family of"),
    ),
}
# The same words inside a sentence ("Ada — referred by Bob"), marked for the app.
_IN_SENTENCES = (
    QT_TRANSLATE_NOOP("LinkText", "referred by"),
    QT_TRANSLATE_NOOP("LinkText", "works with"),
    QT_TRANSLATE_NOOP("LinkText", "reports to"),
    QT_TRANSLATE_NOOP("LinkText", "partner of"),
    QT_TRANSLATE_NOOP("LinkText", "family of"),
)
# How each word reads as a choice in the app's picker, from the page's own customer.
WORD_LABELS: dict[str, str] = {
    "referred-by": QT_TRANSLATE_NOOP("LinkText", "Was referred by"),
    "referred": QT_TRANSLATE_NOOP("LinkText", "Referred"),
    "works-with": QT_TRANSLATE_NOOP("LinkText", "Works with"),
    "reports-to": QT_TRANSLATE_NOOP("LinkText", "Reports to"),
    "manages": QT_TRANSLATE_NOOP("LinkText", "Manages"),
    "partner": QT_TRANSLATE_NOOP("LinkText", "Is the partner of"),
    "family": QT_TRANSLATE_NOOP("LinkText", "Is family of"),
}


@dataclass(frozen=True)
class LinkKind:
    """A kind as given by a user from the first customer's side, resolved for storing."""

    kind: str  # a stored kind
    inverted: bool  # True: the row belongs to the *other* customer (referred, manages)


def parse_kind(value: str) -> LinkKind:
    """The kind *value* names (case-insensitive, a space is a hyphen); UserError listing them."""
    key = normalize_word(value or "")
    if key in KINDS:
        return LinkKind(key, False)
    if key in INVERSE_WORDS:
        return LinkKind(INVERSE_WORDS[key], True)
    raise UserError(
        ErrorText.tr(
            "Unknown relationship kind '{value}': use one of {allowed}.",
            value=value,
            allowed=", ".join(KNOWN_WORDS),
        ),
        field=Field.KIND,
    )


def stored_pair(customer_id: int, other_id: int, kind: LinkKind) -> tuple[int, int]:
    """(row customer, row other) for a link given from *customer_id*'s side."""
    first, second = (other_id, customer_id) if kind.inverted else (customer_id, other_id)
    if kind.kind in SYMMETRIC and first > second:
        first, second = second, first
    return first, second


def phrase(kind: str, from_row_side: bool) -> str:
    """The words before the other customer's name: 'Referred by' (the row's side) or
    'Referred' (the other side). An unknown kind (a newer journal) is shown as written."""
    pair = _PHRASES.get(kind)
    if pair is None:
        return kind
    return marked("LinkText", pair[0] if from_row_side else pair[1])


def check_not_self(customer_id: int, other_id: int) -> None:
    if customer_id == other_id:
        raise UserError(
            ErrorText.tr(
                "A customer can't be linked to themselves: choose two different customers. "
                "Nothing was changed."
            ),
            field=Field.CUSTOMER,
        )


# --- companies -------------------------------------------------------------------------------

# Legal forms, folded and without dots, as trailing words of a company name. Several may
# follow each other ("GmbH & Co. KG"); a name that is nothing but a legal form keeps it.
LEGAL_SUFFIXES: frozenset[str] = frozenset(
    {
        "ab",
        "ag",
        "as",
        "asa",
        "bv",
        "bvba",
        "co",
        "company",
        "corp",
        "corporation",
        "cv",
        "eg",
        "ev",
        "gbr",
        "gmbh",
        "inc",
        "incorporated",
        "kft",
        "kg",
        "kgaa",
        "limited",
        "llc",
        "llp",
        "lp",
        "ltd",
        "ltda",
        "nv",
        "oy",
        "oyj",
        "plc",
        "pty",
        "sa",
        "sarl",
        "sas",
        "sasu",
        "se",
        "snc",
        "spa",
        "sp zoo",
        "srl",
        "sro",
        "ug",
    }
)
# Legal forms written without a space in Chinese and Japanese, at the end (or, for 株式会社,
# also at the start) of a name: 北京茶叶有限公司 is 北京茶叶.
CJK_LEGAL_FORMS: tuple[str, ...] = (
    "股份有限公司",
    "有限责任公司",
    "有限責任公司",
    "有限公司",
    "株式会社",
    "有限会社",
    "合同会社",
)
_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=65536)
def company_key(name: str | None) -> str:
    """The folded key two spellings of one firm share ('' for no company).

    Case and accents are folded, punctuation drops out ("S.A.R.L." is "sarl", "&" and "," go),
    and trailing legal forms are taken off: "Acme GmbH", "ACME gmbh" and "Acme" share "acme".
    """
    # Dots inside abbreviations join their letters ("S.A." -> "sa", "B.V." -> "bv").
    text = fold(name or "").replace(".", "")
    words = _WORD.findall(text.replace("_", " "))
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    if len(words) > 1 and words[-1] in CJK_LEGAL_FORMS:
        words.pop()
    if len(words) > 1 and words[0] in CJK_LEGAL_FORMS:
        words.pop(0)
    if words:
        for form in CJK_LEGAL_FORMS:
            if words[-1].endswith(form) and len(words[-1]) > len(form):
                words[-1] = words[-1][: -len(form)]
                break
            if words[0].startswith(form) and len(words[0]) > len(form):
                words[0] = words[0][len(form) :]
                break
    if len(words) > 2 and " ".join(words[-2:]) in LEGAL_SUFFIXES:  # "sp z o.o." as "sp zoo"
        words = words[:-2]
    return " ".join(words)


class FirmGroups:
    """Company keys joined by the user's same-firm declarations (transitively)."""

    def __init__(self, pairs: Iterable[tuple[str, str]] = ()) -> None:
        self._parent: dict[str, str] = {}
        for a, b in pairs:
            self.join(company_key(a), company_key(b))

    def _find(self, key: str) -> str:
        parent = self._parent.get(key, key)
        if parent == key:
            return key
        root = self._find(parent)
        self._parent[key] = root
        return root

    def join(self, a: str, b: str) -> None:
        if not a or not b:
            return
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            # The smaller key is the root, so the group's key does not depend on order.
            low, high = sorted((ra, rb))
            self._parent[high] = low

    def group_of(self, name: str | None) -> str:
        """The key of the firm *name* belongs to ('' for no company)."""
        key = company_key(name)
        return self._find(key) if key else ""

    def same(self, a: str | None, b: str | None) -> bool:
        ga = self.group_of(a)
        return bool(ga) and ga == self.group_of(b)
