"""Finding customers who are likely the same person, each pair with the reason in words.

Evidence, each folded before it is compared:

- the same email (any of a customer's emails: the primary one and the contact points), compared
  case-folded;
- the same phone, compared as digits after dropping spaces and punctuation, an international
  prefix (`+`, `00`) with its country code and a trunk `0`: "+49 30 1234567" is "030 1234567";
- names close after folding case and accents and dropping punctuation: a typo ("Jon"/"John"),
  given and family name swapped ("Smith John"), a missing middle name ("Ada King Lovelace" /
  "Ada Lovelace");
- the same company (folded, legal suffixes such as GmbH or Ltd left out), which lets names a
  little further apart count.

A pair needs an email, a phone, or names at least `NAME_ALONE`% alike (`NAME_WITH_COMPANY`%
with the same company) whose every word stands for a word of the other (`words_match`): the
same company alone makes colleagues, not duplicates. Names alone don't make a pair of two
customers at two different companies (a common name at two firms is two people; an email or a
phone still does).

Candidates are found through blocking keys, never by comparing every pair (50 million at 10,000
customers): an email, a phone's last seven digits, and for names each word with the first letter
of another word of the same name (a typo, a swap or a missing middle name leaves at least one
word and one initial as they were). Only customers sharing a key are compared.

Name similarity is rapidfuzz's indel ratio on the words in sorted order (the measure of
`difflib.SequenceMatcher.ratio`, in C). Measured here: 0.4 us a name pair against 46 us for
difflib; on the 10,000-customer demo (`benchmarks/drivers.py duplicates`) the same 14,932 pairs,
in 0.62 s of CPU against 1.03 s, most pairs being turned down before any ratio is taken (figures
in benchmarks/RESULTS.md). `ratio_function("difflib")` stays for that comparison.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import combinations

from custjournal.domain.i18n import DuplicateText
from custjournal.domain.text import fold

# Names at least this alike make a pair on their own; with the same company, a little less.
NAME_ALONE = 88
NAME_WITH_COMPANY = 80
# Each word of one name must be this alike to a word of the other (or its start, or the same).
WORD_ALIKE = 75
SHORT_FORM = 60  # "Chris" and "Christopher" are 62% alike, "Weiß" and "Weißenbäck" 57%
# A phone's digits compared by their end (what survives a country code or trunk prefix).
PHONE_KEY_DIGITS = 7
PHONE_MIN_DIGITS = 6
# An email or phone shared by more customers than this is a shared mailbox or switchboard
# (invoices@..., a reception desk), not a sign of one person: left out as evidence.
SHARED_LIMIT = 4
# Words of a name used for blocking keys: a long name beyond this adds keys, not pairs.
_KEY_WORDS = 5

# Legal forms left out when companies are compared ("Acme GmbH" is "ACME").
_LEGAL = frozenset(
    "ag bv co corp corporation gmbh inc incorporated kg limited llc llp ltd plc sa sarl "
    "sas spa srl".split()
)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Person:
    """A customer as the finder needs them."""

    id: int
    name: str
    company: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pair:
    """Two customers who are likely one, with why (`reason`, a sentence without a full stop)."""

    first: int  # the smaller id
    second: int
    score: int  # for ordering: stronger evidence first
    reasons: tuple[str, ...]
    name_similarity: int  # 0-100

    @property
    def reason(self) -> str:
        return ", ".join(self.reasons)


# --- folding -------------------------------------------------------------------------------


def name_words(name: str) -> list[str]:
    """The words of *name*, folded for case and accents, punctuation dropped."""
    return _WORD.findall(fold(name))


def company_key(company: str | None) -> str:
    words = [w for w in _WORD.findall(fold(company or "")) if w not in _LEGAL]
    return " ".join(words)


def email_key(email: str) -> str:
    return unicodedata.normalize("NFC", email.strip()).casefold()


def phone_key(phone: str) -> str:
    """The digits of *phone* without an international prefix's `00` or a trunk `0`."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    digits = digits[2:] if digits.startswith("00") else digits
    return digits.lstrip("0")


def same_phone(a: str, b: str) -> bool:
    """Whether two phone keys are one number: equal, or one is the other after a country code."""
    if a == b:
        return len(a) >= PHONE_MIN_DIGITS
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= PHONE_MIN_DIGITS and len(long) - len(short) <= 3 and long.endswith(short)


# --- name similarity -----------------------------------------------------------------------


def _difflib_ratio(a: str, b: str) -> float:
    return 100.0 * SequenceMatcher(None, a, b, autojunk=False).ratio()


def _rapidfuzz_ratio() -> Callable[[str, str], float]:
    from rapidfuzz.fuzz import ratio

    return ratio


def ratio_function(kind: str = "rapidfuzz") -> Callable[[str, str], float]:
    """The string similarity (0-100) used for names: "rapidfuzz" or "difflib" (the standard
    library's, kept for the benchmark that compares the two)."""
    return _difflib_ratio if kind == "difflib" else _rapidfuzz_ratio()


def name_similarity(a: Sequence[str], b: Sequence[str], ratio: Callable[[str, str], float]) -> int:
    """How alike two names are, 0-100, from their folded words.

    Word order does not count (the words are compared sorted), and a name whose words are all in
    the other one (two words at least: a missing middle name) counts as 100.
    """
    if not a or not b:
        return 0
    if len(a) >= 2 and len(b) >= 2:
        sa, sb = set(a), set(b)
        if sa <= sb or sb <= sa:
            return 100
    return round(ratio(" ".join(sorted(a)), " ".join(sorted(b))))


def words_match(a: Sequence[str], b: Sequence[str], ratio: Callable[[str, str], float]) -> bool:
    """Whether every word of the shorter name stands for its own word of the longer one: the
    same, one the start of the other ("Chris", "J" for "Christopher", "John"), or a typo away
    (`WORD_ALIKE`% alike). Without it, a long shared family name made "Lisa" and "Lena"
    Weißenbäck 88% alike."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    free = list(long)
    for word in short:
        for i, other in enumerate(free):
            alike = word == other or ratio(word, other)
            prefix = other.startswith(word) or word.startswith(other)
            # A start counts as an initial, or a short form ("Chris"), not as another family
            # name that begins the same ("Weiß", "Weißenbäck").
            if (
                alike is True
                or alike >= WORD_ALIKE
                or (prefix and (min(len(word), len(other)) == 1 or alike >= SHORT_FORM))
            ):
                del free[i]
                break
        else:
            return False
    return True


# --- finding -------------------------------------------------------------------------------


def _name_keys(words: Sequence[str]) -> set[str]:
    words = list(dict.fromkeys(words))[:_KEY_WORDS]
    if len(words) == 1:
        return {words[0] + "\x00"}
    return {w + "\x00" + o[0] for w in words for o in words if o != w}


class Cancelled(Exception):
    """The progress callback asked to stop."""


def find(
    people: Iterable[Person],
    *,
    not_duplicates: Collection[tuple[int, int]] = (),
    progress: Callable[[int, int], bool | None] | None = None,
    ratio: Callable[[str, str], float] | None = None,
) -> list[Pair]:
    """Likely duplicates among *people*, strongest first; pairs in *not_duplicates* (the
    smaller id first) are left out. *progress(done, total)* is called as candidate pairs are
    compared; returning True stops with `Cancelled`."""
    compare = ratio or ratio_function()
    by_id: dict[int, Person] = {}
    words: dict[int, list[str]] = {}
    emails: dict[str, list[int]] = defaultdict(list)
    phones: dict[str, list[tuple[int, str]]] = defaultdict(list)
    names: dict[str, list[int]] = defaultdict(list)
    for person in people:
        by_id[person.id] = person
        words[person.id] = name_words(person.name)
        for email in {email_key(e) for e in person.emails if e and e.strip()}:
            emails[email].append(person.id)
        for phone in {phone_key(p) for p in person.phones if p}:
            if len(phone) >= PHONE_MIN_DIGITS:
                phones[phone[-PHONE_KEY_DIGITS:]].append((person.id, phone))
        for key in _name_keys(words[person.id]):
            names[key].append(person.id)

    # Pairs with an email or a phone in common: few, each with its reasons.
    evidence: dict[tuple[int, int], list[str]] = defaultdict(list)
    for email, ids in emails.items():
        if 2 <= len(ids) <= SHARED_LIMIT:
            for a, b in combinations(ids, 2):
                evidence[_ordered(a, b)].append(DuplicateText.tr("same email {email}", email=email))
    for block in phones.values():
        if 2 <= len(block) <= SHARED_LIMIT:
            for (a, pa), (b, pb) in combinations(block, 2):
                if same_phone(pa, pb):
                    shown = next(p for p in by_id[a].phones if phone_key(p) == pa)
                    evidence[_ordered(a, b)].append(
                        DuplicateText.tr("same phone {phone}", phone=shown.strip())
                    )
    # Pairs sharing a name key: many, most of them turned down by the cheap tests below.
    # People come in id order, so each block's ids ascend and its pairs are ordered already.
    named: set[tuple[int, int]] = set()
    for ids in names.values():
        if len(ids) > 1:
            named.update(combinations(ids, 2))
    skip = {_ordered(a, b) for a, b in not_duplicates}
    named -= evidence.keys()
    named -= skip
    companies = _Companies(by_id)  # worked out for the customers in a candidate pair only
    total = len(evidence) + len(named)
    step = max(1, total // 100)
    pairs: list[Pair] = []

    def pair(a: int, b: int, found: list[str]) -> Pair | None:
        ca, cb = companies[a], companies[b]
        same_company = bool(ca) and ca == cb
        # Two firms named: the same name at each is two people (a common name, or a parent
        # and child), unless an email or a phone says otherwise.
        if not found and ca and cb and not same_company:
            return None
        wa, wb = words[a], words[b]
        if wa == wb:
            matched, similarity = True, 100
        else:
            matched = words_match(wa, wb, compare)
            if not found and not matched:
                return None
            similarity = name_similarity(wa, wb, compare)
        limit = NAME_WITH_COMPANY if same_company else NAME_ALONE
        name_counts = matched and similarity >= limit
        if not found and not name_counts:
            return None
        reasons = list(dict.fromkeys(found))  # one email twice (primary and contact point)
        if name_counts:
            reasons.append(
                DuplicateText.tr("same name")
                if wa == wb
                else DuplicateText.tr("names {similarity}% alike", similarity=similarity)
            )
        if same_company:
            reasons.append(DuplicateText.tr("same company"))
        score = 100 * len(found) + similarity + (10 if same_company else 0)
        return Pair(a, b, score, tuple(reasons), similarity)

    done = 0
    for (a, b), found in evidence.items():
        if (a, b) not in skip and (made := pair(a, b, found)) is not None:
            pairs.append(made)
    done = len(evidence)
    for a, b in named:
        if progress is not None and done % step == 0 and progress(done, total):
            raise Cancelled
        done += 1
        ca, cb = companies[a], companies[b]
        if ca and cb and ca != cb:
            continue  # (the test `pair` starts with, here to spare most pairs a call)
        if (made := pair(a, b, [])) is not None:
            pairs.append(made)
    if progress is not None:
        progress(total, total)
    pairs.sort(key=lambda p: (-p.score, p.first, p.second))
    return pairs


class _Companies(dict[int, str]):
    """Each customer's `company_key`, worked out when first asked for."""

    def __init__(self, people: dict[int, Person]) -> None:
        super().__init__()
        self.people = people

    def __missing__(self, pid: int) -> str:
        key = self[pid] = company_key(self.people[pid].company)
        return key


def _ordered(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)
