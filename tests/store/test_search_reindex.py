"""The search index after a change to customers' own fields only (a tag for many): written from
what it already holds, it is the index a rebuild from the journal's rows would make."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from custjournal import ops
from custjournal.store import search
from custjournal.store.journal import Journal

TODAY = dt.date(2026, 11, 23)


def _index(journal: Journal) -> dict[str, set[tuple[object, ...]]]:
    with journal.read() as session:
        conn = session.connection()
        return {
            table: set(conn.exec_driver_sql(sql))
            for table, sql in {
                "entries": "SELECT rowid, customer_id, kind, entry_id, entry_date FROM search_entry",
                "entry text": "SELECT rowid, body FROM search_fts",
                "customer text": "SELECT rowid, body FROM customer_fts",
            }.items()
        }


def _rebuilt(journal: Journal) -> dict[str, set[tuple[object, ...]]]:
    with journal.write() as session:
        search.rebuild(session.connection())
    return _index(journal)


def _found(journal: Journal, query: str) -> set[int]:
    with journal.reader() as reader:
        return {hit.customer_id for hit in search.search(reader, query)}


def _people(journal: Journal) -> list[int]:
    ids = []
    for i, (name, note) in enumerate(
        [
            ("Zoë Åkesson", "Café au lait, naïve façade"),
            ("山田 花子", "東京の会社で新しい製品について話しました"),
            ("Ἀλέξανδρος Παπαδόπουλος", "ῥόδον and Straße"),
            ("Ada Lovelace", "plain ascii"),
        ]
    ):
        cid = ops.add_customer(journal, name, tags=["vip"] if i % 2 else []).id
        assert cid is not None
        ops.log_conversation(
            journal, cid, on=TODAY, summary=note, delights=[f"délice {i}"], today=TODAY
        )
        ops.add_fact(journal, cid, "interests", f"Ünïcode {note}", today=TODAY)
        ids.append(cid)
    return ids


def test_tagging_many_leaves_the_index_a_rebuild_would_make(journal: Journal) -> None:
    ids = _people(journal)
    result = ops.add_tag_many(journal, ids, "Frühjahrsmesse")
    after_tag = _index(journal)
    assert after_tag == _rebuilt(journal)
    assert _found(journal, "frühjahrsmesse") == set(ids)
    # Undone: the tag is gone from the index, the entries' text is still found.
    assert result.inverse is not None
    ops.apply_inverse(journal, result.inverse, "Undo")
    assert _index(journal) == _rebuilt(journal)
    assert _found(journal, "frühjahrsmesse") == set()
    assert _found(journal, "délice") == set(ids)


def test_removing_a_tag_from_many_leaves_the_index_a_rebuild_would_make(journal: Journal) -> None:
    ids = _people(journal)
    ops.remove_tag_many(journal, ids, "VIP")
    assert _index(journal) == _rebuilt(journal)
    assert _found(journal, "vip") == set()


# Letters with accents written both ways, marks of their own, CJK, Greek, Hangul, and the odd
# case folds (ß, ﬁ): what the journal's folding meets.
_TEXT = st.lists(
    st.sampled_from(
        list("aZ ß\u0301\u0308\u0300éÅöﬁ東京山田はがガ한국ῥόΣς\u3099\u309a-.,")
        + ["e\u0301", "\u1e9e", "İ"]
    ),
    max_size=12,
).map("".join)


@given(st.lists(_TEXT, max_size=5))
def test_joining_indexed_texts_is_indexing_the_joined_text(texts: list[str]) -> None:
    assert "\n".join(search.index_text(t) for t in texts) == search.index_text("\n".join(texts))
