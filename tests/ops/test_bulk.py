"""Editing many customers at once (ops/bulk.py): each change is one transaction over the whole
selection, and its one inverse puts every customer back, row for row, search index included."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from custjournal import ops
from custjournal.domain.errors import UserError
from custjournal.store import queries
from custjournal.store.journal import Journal
from tests import rawdb
from tests.ops.test_undo import in_step, rows

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def people(journal: Journal) -> list[int]:
    ids = []
    for i, (name, stage, tags) in enumerate(
        [
            ("Ada Lovelace", "connection", ["vip"]),
            ("Grace Hopper", "prospecting", ["Navy", "VIP"]),
            ("Zoë Åkesson", "loyalty", ["Café"]),
            ("Alan Turing", "connection", []),
        ]
    ):
        result = ops.add_customer(
            journal, name, stage=stage, tags=tags, cadence_days=10 + i if i % 2 else None
        )
        assert result.id is not None
        ops.log_conversation(
            journal, result.id, on=TODAY, summary=f"talked about plan {i}", today=TODAY
        )
        ids.append(result.id)
    return ids


def _customers(journal: Journal) -> dict[int, queries.CustomerRow]:
    with journal.read() as session:
        return {r.id: r for r in queries.customer_rows(session, TODAY)}


BULK: dict[str, Callable[[Journal, list[int]], ops.Result]] = {
    "stage": lambda j, ids: ops.set_stage_many(j, ids, "loyalty", today=TODAY),
    "add tag": lambda j, ids: ops.add_tag_many(j, ids, "Spring fair"),
    "remove tag": lambda j, ids: ops.remove_tag_many(j, ids, "vip"),
    "cadence": lambda j, ids: ops.set_cadence_many(j, ids, 14),
    "clear cadence": lambda j, ids: ops.set_cadence_many(j, ids, None),
    "archive": lambda j, ids: ops.set_archived_many(j, ids, True),
}


@pytest.mark.parametrize("name", list(BULK))
def test_one_undo_puts_every_customer_back(journal, people, name):
    before = rows(rawdb.where(journal))
    done = BULK[name](journal, people)
    after = rows(rawdb.where(journal))
    assert after != before
    assert done.inverse is not None
    assert done.change.customer_ids  # the screens hear whom it touched

    undone = ops.apply_inverse(journal, done.inverse, "Undone")
    assert rows(rawdb.where(journal)) == before
    assert in_step(rawdb.where(journal))
    assert undone.inverse is not None
    ops.apply_inverse(journal, undone.inverse, "Redone")
    assert rows(rawdb.where(journal)) == after


def test_stage_for_many_keeps_each_change_in_the_history(journal, people):
    result = ops.set_stage_many(journal, people, "loyalty", today=TODAY)
    assert result.message == "Stage set to Loyalty for 3 customers (1 was in Loyalty already)."
    shown = _customers(journal)
    assert {shown[i].stage for i in people} == {"loyalty"}
    for cid in people:
        detail = ops_detail(journal, cid)
        history = [(s["from_stage"], s["stage"]) for s in detail["stage_history"]]
        if cid == people[2]:
            assert ("loyalty", "loyalty") not in history
        else:
            assert any(to == "loyalty" and old not in (None, "loyalty") for old, to in history)


def ops_detail(journal: Journal, cid: int) -> dict:
    with journal.read() as session:
        found = queries.customer_detail(session, cid)
    assert found is not None
    return found


def test_tags_are_added_and_removed_whatever_their_case(journal, people):
    added = ops.add_tag_many(journal, people, "VIP")
    assert added.message == "Tag VIP added to 2 customers (2 were tagged already)."
    shown = _customers(journal)
    assert shown[people[0]].tags == ["vip"]  # kept as it was, not doubled
    assert "VIP" in shown[people[3]].tags

    removed = ops.remove_tag_many(journal, people, "vip")
    assert removed.message == "Tag vip removed from 4 customers."
    assert all(not any(t.casefold() == "vip" for t in r.tags) for r in _customers(journal).values())
    # Accents and non-ASCII case are folded in Python, not by SQLite's lower().
    assert ops.remove_tag_many(journal, people, "CAFÉ").message == (
        "Tag CAFÉ removed from 1 customer."
    )


def test_the_tag_is_found_by_search_after_adding_it(journal, people):
    ops.add_tag_many(journal, people[:2], "springfair")
    with journal.read() as session:
        from custjournal.store import search

        found = search.matching_customer_ids(session.connection(), "springfair")
    assert found == set(people[:2])


def test_cadence_is_set_and_cleared(journal, people):
    ops.set_cadence_many(journal, people, 21)
    con = rawdb.connect(rawdb.where(journal))
    try:
        assert {r[0] for r in con.execute("SELECT cadence_days FROM customer")} == {21}
        cleared = ops.set_cadence_many(journal, people[:2], None)
        assert cleared.message == "Own cadence cleared for 2 customers."
        assert sorted((r[0] is None) for r in con.execute("SELECT cadence_days FROM customer")) == [
            False,
            False,
            True,
            True,
        ]
    finally:
        con.close()


def test_archive_and_bring_back(journal, people):
    assert ops.set_archived_many(journal, people[:3], True).message == "Archived 3 customers."
    assert ops.set_archived_many(journal, people, True).message == (
        "Archived 1 customer (3 were archived already)."
    )
    assert ops.set_archived_many(journal, people, False).message == "Brought back 4 customers."


def test_many_customers_go_in_chunks_in_one_transaction(journal, monkeypatch):
    from custjournal.ops import bulk

    monkeypatch.setattr(bulk, "_CHUNK", 3)
    ids = [ops.add_customer(journal, f"Customer {i}").id for i in range(10)]
    result = ops.set_stage_many(journal, [i for i in ids if i], "connection", today=TODAY)
    assert result.message == "Stage set to Connection for 10 customers."
    assert result.inverse is not None
    ops.apply_inverse(journal, result.inverse, "Undone")
    assert {r.stage for r in _customers(journal).values()} == {"prospecting"}


@pytest.mark.parametrize(
    ("call", "sentence"),
    [
        (lambda j, ids: ops.set_stage_many(j, ids, "nowhere"), "stage"),
        (lambda j, ids: ops.add_tag_many(j, ids, "   "), "can't be empty"),
        (lambda j, ids: ops.set_cadence_many(j, ids, 0), "between 1 and 3650"),
        (lambda j, ids: ops.set_archived_many(j, [], True), "No customers are selected"),
        (lambda j, ids: ops.set_archived_many(j, [*ids, 999], True), "no customer #999"),
    ],
)
def test_bad_input_writes_nothing(journal, people, call, sentence):
    before = rows(rawdb.where(journal))
    with pytest.raises(UserError, match=sentence):
        call(journal, people)
    assert rows(rawdb.where(journal)) == before
