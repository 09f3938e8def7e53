"""The list filter on a team journal reads bitmaps of customers per word (store/backend.py,
SEARCH_BITS_PG): it must find exactly the customers the full-text index finds, for every
prefix a person types, and stay so through edits, deletes and forget. On a journal file the
same questions go to FTS5, and the same answers are expected."""

from __future__ import annotations

import pytest

from custjournal import ops
from custjournal.store import backend, search

TEXTS = [
    ("Zoë Ångström", "北京茶叶 Ltd", "Grinder 2000, oat milk; ada-lovelace.com"),
    ("Ada Lovelace", "Analytical Engines", "Wants c++ bindings; met O'Brien about grinders"),
    ("Øyvind Ærø", "Renovation & Søn", "renovated the café, Straße 12"),
    ("Grace Hopper", "Navy", "grind grinding grinder gr g"),
    ("Ren Oat", "Milkmaid", "oat oats oatmeal milk milky m"),
]
QUERIES = ["O'Brien", "c++", "ada-lovelace", "北京", "茶", "strasse", "zoe angs", "oat m", "2000"]


def _plain(conn, query: str) -> set[int] | None:
    """The full-text index's own answer (FTS5, or the GIN index on PostgreSQL)."""
    if conn.dialect.name == "postgresql":
        expr = search.tsquery_expression(query)
        sql = "SELECT rowid FROM customer_fts WHERE tsv @@ to_tsquery('simple', :q)"
    else:
        expr = search.match_expression(query)
        sql = "SELECT rowid FROM customer_fts WHERE customer_fts MATCH :q"
    if expr is None:
        return None
    from sqlalchemy import text

    return {r[0] for r in conn.execute(text(sql), {"q": expr})}


def _queries() -> list[str]:
    words: set[str] = set()
    for parts in TEXTS:
        for part in parts:
            for word in part.replace(",", " ").split():
                words.update(word[:i] for i in range(1, len(word) + 1))
    return sorted(words) + QUERIES + [w + " g" for w in ("oat", "milk", "zoe")]


def _same_answers(journal) -> None:
    with journal.read() as s:
        conn = s.connection()
        for query in _queries():
            assert search.matching_customer_ids(conn, query) == _plain(conn, query), query
        if conn.dialect.name == "postgresql":
            out = conn.exec_driver_sql(backend.SEARCH_BITS_OUT_OF_STEP_PG).scalar()
            assert out == 0


@pytest.fixture
def people(journal):
    ids = []
    for name, company, notes in TEXTS:
        ids.append(ops.add_customer(journal, name, company=company, notes=notes).id)
    ops.log_conversation(journal, ids[1], summary="Grinder demo", notes="Oat milk frother")
    return ids


def test_every_prefix_finds_what_the_full_text_index_finds(journal, people):
    _same_answers(journal)


def test_the_answers_follow_edits_deletes_and_forget(journal, people):
    ops.update_customer(journal, people[3], notes="Quetzal xylophone")
    ops.log_conversation(journal, people[0], summary="Grilled renovations")
    _same_answers(journal)
    with journal.read() as s:
        assert search.matching_customer_ids(s.connection(), "quetz") == {people[3]}
        assert search.matching_customer_ids(s.connection(), "grind") == {people[0], people[1]}
    ops.forget_customer(journal, people[3])
    _same_answers(journal)
    with journal.read() as s:
        conn = s.connection()
        assert search.matching_customer_ids(conn, "quetz") == set()
        if conn.dialect.name == "postgresql":
            # No key of the forgotten customer's own words stays behind.
            left = conn.exec_driver_sql(
                "SELECT count(*) FROM search_bits WHERE key IN ('quetzal', 'xylophone')"
            ).scalar()
            assert left == 0


def test_ids_in_every_chunk_of_the_bitmaps_are_found(journal):
    """Customers far apart (the bitmaps hold 1,024 customers a row): each on either side of a
    row's edge is found, alone and with others, as the full-text index finds them."""
    from sqlalchemy import text

    rowids = [1, 1023, 1024, 1025, 2047, 2048, 5000, 70001]
    with journal.write() as s:
        conn = s.connection()
        for n, rowid in enumerate(rowids):
            body = f"edge{n} common grinder{'x' * (n % 3)}"
            conn.execute(
                text("INSERT INTO customer_fts (rowid, body) VALUES (:r, :b)"),
                {"r": rowid, "b": body},
            )
    with journal.read() as s:
        conn = s.connection()
        for query in ("c", "co", "common", "grinder", "grinderx", "grinderxx", "edge3", "e"):
            found = search.matching_customer_ids(conn, query)
            assert found == _plain(conn, query), query
        assert search.matching_customer_ids(conn, "common") == set(rowids)
        assert search.matching_customer_ids(conn, "edge2 gr") == {1024}
        assert 70001 in search.matching_customer_ids(conn, "grind")
        assert 70002 not in search.matching_customer_ids(conn, "grind")
