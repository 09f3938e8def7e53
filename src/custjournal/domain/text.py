"""Small text rules said once: folding for matching (case and accents removed, Unicode normal
forms made alike), tag lists, counted nouns, and picking one item by the start of its text."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from custjournal.domain.errors import UserError
from custjournal.domain.i18n import ErrorText, Message

T = TypeVar("T")

# The combining diacritical marks of Latin, Greek and Cyrillic letters (all of U+0300-U+036F
# but the grapheme joiner U+034F, which is not a combining mark), taken off at once; and
# scripts with no combining mark at all (Latin, IPA, Greek, Cyrillic and Armenian letters, jamo,
# kana, ideographs, hangul): a name decomposed into these needs no look at each character.
# Finding a customer by name folds all 10,000 names of a big journal (tests/domain/test_text.py
# checks both sets against unicodedata).
_DIACRITICS = re.compile("[\u0300-\u034e\u0350-\u036f]+")
_UNMARKED_SET = (
    "[\x00-\u02ff\u0370-\u0482\u048a-\u058f\u1100-\u11ff\u3040-\u3098\u309b-\u30ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]*"
)


@functools.cache
def unmarked() -> re.Pattern[str]:
    """The scripts with no combining mark (above), compiled when first asked for: its ranges
    up to hangul take 1 ms to compile, and `due` or `list` fold no name."""
    return re.compile(_UNMARKED_SET)


def fold(text: str) -> str:
    """Casefold and strip combining marks, so 'Zoë', 'ZOE' and 'zoe' compare equal."""
    if text.isascii():  # most text: nothing to decompose, and casefold is lower() here
        return text.lower()
    decomposed = _DIACRITICS.sub("", unicodedata.normalize("NFD", text))
    if decomposed.isascii():  # an accented Latin name: nothing else to take off
        return decomposed.lower()
    if unmarked().fullmatch(decomposed) is None:
        decomposed = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", decomposed.casefold())


def is_cjk(ch: str) -> bool:
    """Ideographs, kana and hangul: scripts written without spaces between words."""
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF  # hiragana, katakana
        or 0x3400 <= code <= 0x4DBF  # CJK extension A
        or 0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
        or 0xAC00 <= code <= 0xD7AF  # hangul syllables
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0x20000 <= code <= 0x2FA1F  # extensions B..
    )


def unique_tags(tags: Iterable[str] | None) -> list[str]:
    """Tags with their spacing collapsed, blanks dropped, and each tag once (case folded); the
    first spelling met is kept, in the order given."""
    seen: dict[str, str] = {}
    for tag in tags or ():
        text = " ".join(tag.split())
        if text:
            seen.setdefault(text.casefold(), text)
    return list(seen.values())


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 tag', '3 tags', '2 addresses': *many* where the plural is not regular."""
    if n == 1:
        return f"1 {word}"
    return f"{n} {many or word + ('es' if word.endswith(('s', 'sh', 'ch', 'x')) else 's')}"


@dataclass(frozen=True, slots=True)
class PickWords:
    """How `pick_by_prefix` names what it picks from, as whole sentences (each language words
    "no open promises" or "2 important dates" its own way): there are none; none starts with
    the text given; several do (with how to name one)."""

    none: Callable[[str], Message]  # (owner)
    no_match: Callable[[str, str], Message]  # (owner, text)
    several: Callable[[str, int, str], Message]  # (owner, count, the items listed)


OPEN_PROMISES = PickWords(
    lambda owner: ErrorText.tr("{owner} has no open promises.", owner=owner),
    lambda owner, text: ErrorText.tr(
        "No open promise of {owner} starts with '{text}'.", owner=owner, text=text
    ),
    lambda owner, n, listed: ErrorText.tr(
        "{owner} has %n open promise(s): {listed}. Give the start of the one you mean.",
        "",
        n,
        owner=owner,
        listed=listed,
    ),
)
OPEN_PAIN_POINTS = PickWords(
    lambda owner: ErrorText.tr("{owner} has no open pain points.", owner=owner),
    lambda owner, text: ErrorText.tr(
        "No open pain point of {owner} starts with '{text}'.", owner=owner, text=text
    ),
    lambda owner, n, listed: ErrorText.tr(
        "{owner} has %n open pain point(s): {listed}. Give the start of the one you mean.",
        "",
        n,
        owner=owner,
        listed=listed,
    ),
)
# A reminder's promise or date may be named by its key too (`custjournal due` lists them).
PROMISE_TARGETS = PickWords(
    OPEN_PROMISES.none,
    OPEN_PROMISES.no_match,
    lambda owner, n, listed: ErrorText.tr(
        "{owner} has %n open promise(s): {listed}. Give the start of the one you mean, or its key.",
        "",
        n,
        owner=owner,
        listed=listed,
    ),
)
DATE_TARGETS = PickWords(
    lambda owner: ErrorText.tr("{owner} has no important dates.", owner=owner),
    lambda owner, text: ErrorText.tr(
        "No important date of {owner} starts with '{text}'.", owner=owner, text=text
    ),
    lambda owner, n, listed: ErrorText.tr(
        "{owner} has %n important date(s): {listed}. Give the start of the one you mean, or "
        "its key.",
        "",
        n,
        owner=owner,
        listed=listed,
    ),
)


def pick_by_prefix(
    items: Sequence[T],
    text: str | None,
    *,
    text_of: Callable[[T], str],
    words: PickWords,
    owner: str,
    shown: Callable[[T], str] | None = None,
) -> T:
    """The one item the user means: the only one, or the one whose text starts with *text*
    (folded for case and accents).

    Raises a UserError naming the choices when there are none, several, or no match, in the
    sentences of *words* ("*owner* has no open promises.", "No open promise of *owner* starts
    with '...'.", "*owner* has 2 open promises: ..."). *shown* is how an item is listed (its
    text in quotes by default).
    """
    if not items:
        raise UserError(words.none(owner))
    chosen = list(items)
    wanted = fold((text or "").strip())
    if wanted:
        chosen = [i for i in chosen if fold(text_of(i)).startswith(wanted)]
        if not chosen:
            raise UserError(words.no_match(owner, (text or "").strip()))
    if len(chosen) > 1:
        show = shown or (lambda i: f"'{text_of(i)}'")
        listed = "; ".join(show(i) for i in chosen[:8])
        raise UserError(words.several(owner, len(chosen), listed))
    return chosen[0]
