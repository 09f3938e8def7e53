"""Finding the customer the user means, by id or by a folded name."""

import pytest

from custjournal.domain.errors import UserError
from custjournal.domain.matching import Candidate, resolve

PEOPLE = [
    Candidate(1, "Ada Lovelace", "Analytical Engines"),
    Candidate(2, "Zoë Ångström", "Nordic Tea"),
    Candidate(3, "Adam Smith", "Pin Factory"),
    Candidate(4, "Grace Hopper", None),
    Candidate(5, "Ada", "Solo"),
]


def test_ids_with_hash_or_id_prefix():
    assert resolve("#4", PEOPLE).name == "Grace Hopper"
    assert resolve("id:2", PEOPLE).name == "Zoë Ångström"
    with pytest.raises(UserError, match="no customer #99"):
        resolve("#99", PEOPLE)


def test_exact_full_name_wins_over_prefixes():
    assert resolve("ada", PEOPLE).id == 5


def test_prefix_of_name_or_of_any_word_folds_case_and_accents():
    assert resolve("zoe", PEOPLE).id == 2
    assert resolve("ANGSTROM", PEOPLE).id == 2
    assert resolve("love", PEOPLE).id == 1
    # NFD input matches NFC names
    assert resolve("Zoe\u0308", PEOPLE).id == 2


def test_ambiguous_lists_the_candidates_with_ids_and_companies():
    with pytest.raises(UserError) as err:
        resolve("ad", PEOPLE)
    assert "#1 Ada Lovelace (Analytical Engines)" in err.value.message
    assert "#3 Adam Smith (Pin Factory)" in err.value.message


def test_unknown_suggests_close_names():
    with pytest.raises(UserError, match="Did you mean #4 Grace Hopper"):
        resolve("Grace Hoper", PEOPLE)
    with pytest.raises(UserError, match="No customer matches 'Nobody'"):
        resolve("Nobody", PEOPLE)
