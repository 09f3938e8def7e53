"""Full-text search: kept in step with writes, folded, CJK by part of a word, safe input."""

import pytest

from custjournal import ops
from custjournal.store import search


def ids(journal, query):
    with journal.read() as s:
        return search.matching_customer_ids(s.connection(), query)


def hits(journal, query):
    with journal.read() as s:
        return search.search(s.connection(), query)


@pytest.fixture
def people(journal):
    zoe = ops.add_customer(journal, "Zoë Ångström", company="北京茶叶 Ltd").id
    ada = ops.add_customer(journal, "Ada Lovelace", company="Analytical Engines").id
    ops.log_conversation(
        journal,
        ada,
        summary="Wants c++ bindings; met O'Brien",
        notes="Talked about ada-lovelace.com and the new Difference Engine.",
        delights=["the hand-written thank-you card"],
    )
    return {"zoe": zoe, "ada": ada}


def test_accents_case_and_cjk_parts_are_found(journal, people):
    assert ids(journal, "zoe") == {people["zoe"]}
    assert ids(journal, "ANGSTROM") == {people["zoe"]}
    assert ids(journal, "北京") == {people["zoe"]}
    assert ids(journal, "茶") == {people["zoe"]}


@pytest.mark.parametrize(
    "query", ["O'Brien", "c++", "ada-lovelace", '"', "difference eng", "NEAR(", "a OR b"]
)
def test_user_input_is_never_fts_syntax(journal, people, query):
    found = ids(journal, query)
    assert found is None or isinstance(found, set)


def test_prefix_on_the_last_word_and_all_words_required(journal, people):
    assert ids(journal, "differ") == {people["ada"]}
    assert ids(journal, "thank card") == {people["ada"]}
    assert ids(journal, "thank zebra") == set()


def test_index_follows_edits_and_deletes(journal, people):
    result = hits(journal, "difference")
    assert [h.kind for h in result] == ["conversation"]
    ops.delete_entry(journal, "conversation", result[0].id)
    assert ids(journal, "difference") == set()
    ops.update_customer(journal, people["zoe"], notes="Loves oolong")
    assert ids(journal, "oolong") == {people["zoe"]}


def test_snippets_show_the_original_text_around_the_match(journal, people):
    long_note = "Opening remarks. " * 10 + "She mentioned the Zürich office expansion. " + "x " * 40
    ops.log_conversation(journal, people["zoe"], summary="Visit", notes=long_note)
    (hit,) = hits(journal, "zurich")
    assert "Zürich office" in hit.snippet
    assert hit.snippet.startswith("…")


@pytest.mark.journal_file
def test_forget_leaves_no_word_in_the_file(journal, journal_path, people):
    ops.log_conversation(journal, people["zoe"], summary="Quetzalcoatlus xylophone memories")
    ops.forget_customer(journal, people["zoe"])
    journal.close()
    import sqlite3

    con = sqlite3.connect(journal_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = journal_path.read_bytes()
    assert b"Quetzalcoatlus" not in data and b"quetzalcoatlus" not in data
    assert "Ångström".encode() not in data and b"angstrom" not in data
