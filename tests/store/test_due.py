"""The due list read from a real journal: touches, tiers, as-of evaluation, snooze and dismiss."""

import datetime as dt

import pytest

from custjournal import ops
from custjournal.domain.changes import Changed
from custjournal.domain.errors import UserError
from custjournal.store import due, queries
from tests import rawdb

D = dt.date


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def due_list(journal, today):
    with journal.read() as session:
        return due.due_items(session, today)


def keys(journal, today):
    return [(i.customer, i.item_key) for i in due_list(journal, today)]


def add(journal, name, stage="connection", **kw):
    return ops.add_customer(journal, name, stage=stage, **kw).id


def test_each_kind_of_touch_counts_and_a_purchase_does_not(journal):
    ada = add(journal, "Ada", tier_pin="C")  # pinned, so the purchase leaves the cadence alone
    ops.log_conversation(journal, ada, on=D(2025, 1, 1))
    ops.add_gift(journal, ada, "Tea", on=D(2025, 2, 1))
    ops.record_invitation(journal, ada, "Gala", D(2025, 6, 1), invited_on=D(2025, 3, 1))
    ops.add_purchase(journal, ada, 100, on=D(2025, 3, 20))
    # The last touch is the invitation sent on 1 March: due 22 March, listed from the 23rd.
    assert keys(journal, D(2025, 3, 22)) == []
    (item,) = due_list(journal, D(2025, 3, 23))
    assert (item.reason, item.due) == ("neglected", D(2025, 3, 22))
    # Earlier, only the touches up to that day count (as-of evaluation).
    assert due_list(journal, D(2025, 1, 23))[0].due == D(2025, 1, 22)


def test_never_touched_counts_from_the_day_added(journal, journal_path):
    ada = add(journal, "Ada", stage="prospecting")
    con = rawdb.connect(journal_path)
    con.execute(
        "UPDATE customer SET created_at = '2025-01-01 09:30:00.000000' WHERE id = ?", (ada,)
    )
    con.commit()
    con.close()
    assert keys(journal, D(2025, 1, 15)) == []
    (item,) = due_list(journal, D(2025, 1, 16))
    assert item.detail == "Never contacted, added 15 days ago — Prospecting cadence: 14 days"


def test_the_journals_cadence_setting_and_the_customers_own_cadence(journal):
    ada = add(journal, "Ada")
    grace = add(journal, "Grace", cadence_days=5)
    for cid in (ada, grace):
        ops.log_conversation(journal, cid, on=D(2025, 1, 1))
    ops.set_cadence(journal, "connection", 10)
    assert keys(journal, D(2025, 1, 11)) == [("Grace", "neglected")]
    assert [i.detail for i in due_list(journal, D(2025, 1, 12))] == [
        "No contact for 11 days — own cadence: 5 days",
        "No contact for 11 days — Connection cadence: 10 days",
    ]


def test_tier_a_halves_the_cadence_and_tiers_agree_with_the_customer_list(journal):
    ids = [add(journal, f"Customer {n}") for n in range(5)]
    for n, cid in enumerate(ids):
        ops.log_conversation(journal, cid, on=D(2025, 5, 1))
        ops.add_purchase(journal, cid, 1000 * (n + 1), on=D(2025, 4, 1))
    today = D(2025, 5, 13)  # 12 days: past tier A's 11, within the others' 21
    items = due_list(journal, today)
    assert [(i.customer, i.tier) for i in items] == [("Customer 4", "A")]
    assert (
        items[0].detail == "No contact for 12 days — Connection cadence, halved for tier A: 11 days"
    )
    with journal.read() as session:
        listed = {r.id: r.tier for r in queries.customer_rows(session, D(2025, 6, 30))}
    later = {i.customer_id: i.tier for i in due_list(journal, D(2025, 6, 30))}
    assert later == listed


def test_promises_as_of_the_day_and_only_open_ones(journal):
    ada = add(journal, "Ada")
    ops.log_conversation(journal, ada, on=D(2025, 3, 1))
    ops.add_promise(journal, ada, "send the brochure", due=D(2025, 3, 10), on=D(2025, 3, 1))
    ops.add_promise(journal, ada, "no date", on=D(2025, 3, 1))
    kept = ops.add_promise(journal, ada, "kept", due=D(2025, 3, 5), on=D(2025, 3, 1)).id
    ops.mark_promise_done(journal, ada, promise_id=kept, on=D(2025, 3, 6))
    assert keys(journal, D(2025, 3, 3)) == []
    assert keys(journal, D(2025, 3, 4)) == [("Ada", f"promise:{kept}")]  # due tomorrow
    assert keys(journal, D(2025, 3, 5)) == [("Ada", f"promise:{kept}")]  # not yet kept then
    assert keys(journal, D(2025, 3, 6)) == []
    assert [i.detail for i in due_list(journal, D(2025, 3, 9))] == [
        "Promise due tomorrow: send the brochure"
    ]


def test_important_dates_and_buying_stopped(journal):
    ada = add(journal, "Ada", stage="loyalty")
    ops.log_conversation(journal, ada, on=D(2025, 6, 1))
    ops.add_fact(journal, ada, "important-date", "Birthday", month_day=(6, 14), on=D(2025, 1, 1))
    ops.add_fact(journal, ada, "family", "Two children", on=D(2025, 1, 1))
    for day in (D(2025, 3, 1), D(2025, 3, 11), D(2025, 3, 21), D(2025, 3, 21)):
        ops.add_purchase(journal, ada, 500, on=day)
    assert keys(journal, D(2025, 4, 10)) == []  # 20 days since: twice the median gap of 10
    assert [i.reason for i in due_list(journal, D(2025, 4, 11))] == ["buying-stopped"]
    items = due_list(journal, D(2025, 6, 7))
    assert [i.reason for i in items] == ["buying-stopped", "date"]  # same ratio: earlier due
    assert items[1].detail == "Important date in 7 days (14 June): Birthday"


def test_archived_customers_are_left_out(journal):
    ada = add(journal, "Ada")
    ops.log_conversation(journal, ada, on=D(2025, 1, 1), promise="call", promise_due=D(2025, 1, 2))
    assert len(due_list(journal, D(2025, 3, 1))) == 2
    ops.set_archived(journal, ada, True)
    assert due_list(journal, D(2025, 3, 1)) == []
    with journal.read() as session:
        assert due.upcoming_promises(session, D(2025, 3, 1)) == []


def test_snooze_dismiss_and_a_later_touch(journal):
    ada = add(journal, "Ada")
    ops.log_conversation(
        journal, ada, on=D(2025, 1, 1), promise="send the brochure", promise_due=D(2025, 1, 20)
    )
    today = D(2025, 2, 1)
    promise = f"promise:{due_list(journal, today)[0].item_key.split(':')[1]}"
    assert keys(journal, today) == [("Ada", promise), ("Ada", "neglected")]

    result = ops.snooze(journal, ada, "neglected", today + days(7), today=today)
    assert result.change.what == Changed.REMINDER and ada in result.change.customer_ids
    ops.dismiss(journal, ada, promise, today=today)
    assert keys(journal, today) == []
    assert keys(journal, today + days(6)) == []
    assert keys(journal, today + days(7)) == [("Ada", "neglected")]  # the snooze ran out

    # A call on the day of the dismissal does not bring the promise back; one after it does,
    # and it clears the neglect reminder by itself.
    ops.log_conversation(journal, ada, on=today)
    assert keys(journal, today + days(1)) == []
    ops.log_conversation(journal, ada, on=today + days(2))
    assert keys(journal, today + days(2)) == [("Ada", promise)]

    # Snoozing again replaces the dismissal; unsnooze forgets both.
    ops.snooze(journal, ada, promise, today + days(10), today=today + days(2))
    assert keys(journal, today + days(3)) == []
    ops.unsnooze(journal, ada, promise)
    assert keys(journal, today + days(3)) == [("Ada", promise)]
    assert "was not put away" in ops.unsnooze(journal, ada, promise).message


def bad_calls(ada, grace_promise):
    today = D(2025, 2, 1)
    return [
        (lambda j: ops.snooze(j, ada, "neglected", today, today=today), "after today"),
        (lambda j: ops.snooze(j, ada, "bogus", today + days(1), today=today), "Unknown reason"),
        (lambda j: ops.dismiss(j, ada, "promise", today=today), "does not say which promise"),
        (lambda j: ops.dismiss(j, ada, grace_promise, today=today), "has no promise #"),
        (lambda j: ops.dismiss(j, ada, "date:999", today=today), "has no important date #999"),
        (lambda j: ops.dismiss(j, 999, "neglected", today=today), "no customer #999"),
    ]


@pytest.mark.parametrize("case", range(6))
def test_bad_reminder_actions_are_user_errors_and_write_nothing(journal, journal_path, case):
    ada = add(journal, "Ada")
    grace = add(journal, "Grace")
    promise = ops.add_promise(journal, grace, "call", due=D(2025, 1, 5), on=D(2025, 1, 1)).id
    call, message = bad_calls(ada, f"promise:{promise}")[case]
    with pytest.raises(UserError, match=message):
        call(journal)
    con = rawdb.connect(journal_path)
    assert con.execute("SELECT count(*) FROM reminder_state").fetchone() == (0,)
    con.close()


def test_upcoming_promises_and_reminder_targets(journal):
    ada = add(journal, "Ada")
    later = ops.add_promise(journal, ada, "Later", due=D(2025, 9, 1), on=D(2025, 1, 1)).id
    soon = ops.add_promise(journal, ada, "Soon", due=D(2025, 2, 1), on=D(2025, 1, 1)).id
    ops.add_promise(journal, ada, "Whenever", on=D(2025, 1, 1))
    fact = ops.add_fact(journal, ada, "important-date", "Wedding", month_day=(5, 5)).id
    with journal.read() as session:
        rows = due.upcoming_promises(session, D(2025, 1, 10))
        assert [(r.id, r.text, r.due_on) for r in rows] == [
            (soon, "Soon", D(2025, 2, 1)),
            (later, "Later", D(2025, 9, 1)),
        ]
        assert [t.text for t in due.reminder_targets(session, ada, "promise")] == [
            "Later",
            "Soon",
            "Whenever",
        ]
        assert [t.key for t in due.reminder_targets(session, ada, "date")] == [f"date:{fact}"]
        assert due.reminder_targets(session, ada, "neglected") == []


def test_an_empty_journal_has_nothing_due(journal):
    assert due_list(journal, D(2025, 1, 1)) == []


def test_due_list_from_the_list_rows_is_the_same(journal):
    """The app computes the due list from the rows it loaded for the list: same answer."""
    from custjournal import demo
    from custjournal.store import due, queries

    today = dt.date(2026, 11, 23)
    demo.fill(journal, customers=60, seed=5, today=today)
    with journal.read() as session:
        rows = queries.customer_rows(session, today)
        assert due.due_items(session, today, rows=rows) == due.due_items(session, today)


def test_every_stage_has_its_cutoff_in_the_due_lists_read():
    """The read of customers who may be due leaves out the not-neglected of every stage (a
    stage it does not name is read whole: slower, never wrong)."""
    from custjournal.domain.vocab import STAGES
    from custjournal.store import due

    for stage in STAGES:
        assert f"WHEN '{stage}' THEN :cut_{stage} " in due._MAY_BE_DUE_SQL
