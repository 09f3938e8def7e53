"""The small text rules said once in domain/text.py: tags, counted nouns, picking by prefix."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custjournal.domain import text as text_rules
from custjournal.domain.errors import UserError
from custjournal.domain.text import (
    OPEN_PROMISES,
    PROMISE_TARGETS,
    fold,
    pick_by_prefix,
    plural,
    unique_tags,
)


def test_tags_are_trimmed_collapsed_and_kept_once_in_their_first_spelling():
    assert unique_tags(["  Key  account ", "key ACCOUNT", "", "   ", "Café", "café"]) == [
        "Key account",
        "Café",
    ]
    assert unique_tags(None) == []


def test_plural_counts_regular_and_sibilant_nouns():
    assert plural(1, "tag") == "1 tag"
    assert plural(0, "customer") == "0 customers"
    assert plural(2, "address") == "2 addresses"
    assert plural(3, "day") == "3 days"
    assert plural(2, "person", "people") == "2 people"


@dataclass
class Item:
    text: str
    key: str = ""


def test_pick_by_prefix_folds_case_and_accents():
    items = [Item("Send the brochure"), Item("Schedule the tasting")]
    assert (
        pick_by_prefix(items, "SCHÉD", text_of=lambda i: i.text, words=OPEN_PROMISES, owner="Ada")
        is items[1]
    )
    assert (
        pick_by_prefix(items[:1], None, text_of=lambda i: i.text, words=OPEN_PROMISES, owner="Ada")
        is (items[0])
    )


def test_pick_by_prefix_says_what_is_wrong():
    items = [Item("Send the brochure", "promise:1"), Item("Send samples", "promise:2")]
    pick = dict(text_of=lambda i: i.text, words=OPEN_PROMISES, owner="Ada")
    with pytest.raises(UserError, match=r"^Ada has no open promises\.$"):
        pick_by_prefix([], None, **pick)
    with pytest.raises(UserError, match=r"^No open promise of Ada starts with 'call'\.$"):
        pick_by_prefix(items, "  call ", **pick)
    with pytest.raises(UserError) as info:
        pick_by_prefix(
            items,
            "send",
            text_of=lambda i: i.text,
            words=PROMISE_TARGETS,
            owner="Ada",
            shown=lambda i: f"'{i.text}' ({i.key})",
        )
    assert str(info.value) == (
        "Ada has 2 open promises: 'Send the brochure' (promise:1); 'Send samples' (promise:2). "
        "Give the start of the one you mean, or its key."
    )


def _fold_by_each_character(text: str) -> str:
    """fold as the rule says it: decomposed, every combining mark taken off, casefolded."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped.casefold())


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(
            st.sampled_from("AndrésGómezZoëŁódźİßǰΐ\u034f\u0301\u0483Ἀθήνα北京 "),
            st.characters(max_codepoint=0x4E2D, blacklist_categories=("Cs",)),
        ),
        max_size=30,
    )
)
def test_fold_takes_off_the_same_marks_as_a_look_at_each_character(text):
    """The shortcuts of fold (ASCII text; an accented Latin name) change nothing it gives."""
    assert fold(text) == _fold_by_each_character(text)


def test_the_marks_fold_takes_off_at_once_are_combining_and_the_scripts_it_skips_have_none():
    for code in range(0x110000):
        ch = chr(code)
        if text_rules._DIACRITICS.fullmatch(ch):
            assert unicodedata.combining(ch), hex(code)
        if text_rules.unmarked().fullmatch(ch):
            assert not unicodedata.combining(ch), hex(code)
