"""Read-side queries agree with each other: one customer's row is that customer's list row."""

import datetime as dt

from custjournal import demo, ops
from custjournal.store import queries

TODAY = dt.date(2026, 11, 23)


def test_one_row_matches_the_list_row_for_every_customer(journal):
    demo.fill(journal, customers=40, seed=3, today=TODAY)
    pinned = ops.add_customer(journal, "Pinned Person", tier_pin="B").id
    with journal.read() as session:
        rows = {r.id: r for r in queries.customer_rows(session, TODAY)}
        for cid, row in rows.items():
            assert queries.customer_row(session, cid, TODAY) == row, cid
        assert queries.customer_row(session, 10_000, TODAY) is None
    assert rows[pinned].tier == "B" and rows[pinned].tier_pinned
    assert {r.tier for r in rows.values()} >= {"A", "B", "C"}


def test_entries_after_the_evaluation_day_do_not_count(journal):
    cid = ops.add_customer(journal, "Ada").id
    ops.log_conversation(journal, cid, on=dt.date(2026, 1, 10), today=TODAY)
    ops.add_purchase(journal, cid, 10_000, on=dt.date(2026, 3, 1), today=TODAY)
    with journal.read() as session:
        early = queries.customer_row(session, cid, dt.date(2026, 2, 1))
        later = queries.customer_row(session, cid, TODAY)
    assert early.last_contact == dt.date(2026, 1, 10) and early.value_12m == 0
    assert later.value_12m == 10_000
