"""Full-text search: kept in step with writes, folded, CJK by part of a word, safe input."""

from collections.abc import Set as AbstractSet

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
    assert found is None or isinstance(found, AbstractSet)


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


def test_the_search_fields_kept_connection_sees_writes_made_elsewhere_since(
    journal, journal_path, people, monkeypatch
):
    """The search field asks on every keystroke, on one connection kept for it: each ask still
    sees what was written since, by this program or another one, and opens no new connection."""
    from custjournal.store import connect
    from custjournal.store.journal import open_journal

    opened = []
    real_connect = connect.connect

    def kept(query):
        monkeypatch.setattr(
            connect, "connect", lambda *a, **k: opened.append(a) or real_connect(*a, **k)
        )
        try:
            with journal.kept_reader() as source:
                return search.matching_customer_ids(source, query)
        finally:
            monkeypatch.setattr(connect, "connect", real_connect)

    assert kept("oolong") == set()
    ops.update_customer(journal, people["zoe"], notes="Loves oolong")
    assert kept("oolong") == {people["zoe"]}
    elsewhere = open_journal(journal_path)  # another program's connection
    try:
        bea = ops.add_customer(elsewhere, "Bea Oolong").id
    finally:
        elsewhere.close()
    assert kept("oolong") == {people["zoe"], bea}
    assert kept("ada") == {people["ada"]}
    if journal.file is not None:  # a team journal keeps its reading connections its own way
        assert len(opened) == 1  # the first ask's, kept
    # Closed (a journal switched or restored), the next ask connects anew and still finds.
    journal.close()
    assert kept("bea") == {bea}


def test_why_a_customer_matched_reads_the_same_on_the_plain_reader(journal, people):
    """The search field says why the current customer matched as the user types: read on its
    plain connection (no ORM on the GUI thread), the same entry and snippet as through a
    session, whichever entry holds the words."""
    ops.log_conversation(journal, people["zoe"], summary="Visit", notes="Zürich office plans")
    for cid, query in (
        (people["ada"], "difference engine"),
        (people["ada"], "thank-you"),
        (people["ada"], "lovelace"),
        (people["zoe"], "zurich"),
        (people["zoe"], "ltd"),
        (people["zoe"], "nowhere"),
    ):
        with journal.read() as session:
            through_session = search.why_matched(session.connection(), cid, query)
        with journal.reader() as source:
            plain = search.why_matched(source, cid, query)
        with journal.kept_reader() as source:
            kept = search.why_matched(source, cid, query)
        assert plain == through_session == kept, query
    with journal.reader() as source:
        hit = search.why_matched(source, people["zoe"], "zurich")
    assert hit is not None and hit.customer == "Zoë Ångström" and "Zürich office" in hit.snippet
