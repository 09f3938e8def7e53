"""Columns worked out from the entries stay right whatever writes the entries (migration 0004).

`customer.last_touch_on` and the purchase rhythm are kept by triggers; these tests change
touches and purchases every way the app and the command line can (log, edit the date, delete,
undo the delete, erase the customer, import) and compare the columns with what the entries
themselves say, by the rules' own code.
"""

import datetime as dt
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custjournal import ops
from custjournal.domain import reminders as rules
from custjournal.domain.errors import Hint
from custjournal.store import backup, derived, due, queries
from custjournal.store.journal import open_journal

TODAY = dt.date(2026, 11, 23)


def stored(journal, customer_id):
    with journal.read() as session:
        return (
            session.connection()
            .exec_driver_sql("SELECT last_touch_on FROM customer WHERE id = ?", (customer_id,))
            .scalar()
        )


def last_contact(journal, customer_id, today=TODAY):
    with journal.read() as session:
        rows = {r.id: r for r in queries.customer_rows(session, today)}
        single = queries.customer_row(session, customer_id, today)
    assert single is not None and single.last_contact == rows[customer_id].last_contact
    return rows[customer_id].last_contact


def add(journal, name):
    return ops.add_customer(journal, name, today=TODAY).id


def test_each_kind_of_touch_moves_the_last_contact_later_only(journal):
    cid = add(journal, "Ana Lima")
    assert last_contact(journal, cid) is None
    ops.log_conversation(journal, cid, on=dt.date(2026, 10, 1), summary="call", today=TODAY)
    assert last_contact(journal, cid) == dt.date(2026, 10, 1)
    ops.add_gift(journal, cid, "Coffee", on=dt.date(2026, 11, 2), today=TODAY)
    assert last_contact(journal, cid) == dt.date(2026, 11, 2)
    ops.record_invitation(
        journal,
        cid,
        "Tasting",
        dt.date(2026, 12, 5),
        invited_on=dt.date(2026, 11, 10),
        today=TODAY,
    )
    assert last_contact(journal, cid) == dt.date(2026, 11, 10)
    # An older conversation logged afterwards leaves the last contact where it was.
    ops.log_conversation(journal, cid, on=dt.date(2026, 3, 1), summary="old", today=TODAY)
    assert last_contact(journal, cid) == dt.date(2026, 11, 10)
    # Purchases and promises are not touches.
    ops.add_purchase(journal, cid, 1200, what="Beans", on=dt.date(2026, 11, 20), today=TODAY)
    assert last_contact(journal, cid) == dt.date(2026, 11, 10)


def test_editing_and_deleting_the_latest_touch_falls_back_to_the_one_before(journal):
    cid = add(journal, "Ana Lima")
    ops.log_conversation(journal, cid, on=dt.date(2026, 9, 1), summary="a", today=TODAY)
    latest = ops.log_conversation(
        journal, cid, on=dt.date(2026, 11, 1), summary="b", today=TODAY
    ).id
    ops.update_entry(journal, "conversation", latest, occurred_on=dt.date(2026, 8, 1), today=TODAY)
    assert last_contact(journal, cid) == dt.date(2026, 9, 1)
    ops.update_entry(journal, "conversation", latest, occurred_on=dt.date(2026, 11, 5), today=TODAY)
    assert last_contact(journal, cid) == dt.date(2026, 11, 5)
    deleted = ops.delete_entry(journal, "conversation", latest)
    assert last_contact(journal, cid) == dt.date(2026, 9, 1)
    ops.restore_entry(journal, deleted.snapshot)  # Edit > Undo
    assert last_contact(journal, cid) == dt.date(2026, 11, 5)


def test_deleting_every_touch_means_never_contacted(journal):
    cid = add(journal, "Ana Lima")
    gift = ops.add_gift(journal, cid, "Tea", on=dt.date(2026, 11, 1), today=TODAY).id
    ops.delete_entry(journal, "gift", gift)
    assert last_contact(journal, cid) is None and stored(journal, cid) is None


def test_touches_logged_ahead_do_not_count_before_their_day(journal):
    """A list "as of" an earlier day (due --today) works out the touch of that day."""
    cid = add(journal, "Ana Lima")
    ops.log_conversation(journal, cid, on=dt.date(2026, 6, 1), summary="a", today=TODAY)
    ops.log_conversation(journal, cid, on=dt.date(2026, 11, 20), summary="b", today=TODAY)
    assert last_contact(journal, cid, today=dt.date(2026, 7, 1)) == dt.date(2026, 6, 1)
    assert last_contact(journal, cid, today=dt.date(2026, 5, 1)) is None
    with journal.read() as session:
        facts = {f.id: f for f in due.customer_facts(session, dt.date(2026, 10, 1))}
    assert facts[cid].last_touch == dt.date(2026, 6, 1)


def test_erasing_a_customer_leaves_the_others_alone(journal):
    keep, gone = add(journal, "Ana Lima"), add(journal, "Bo Chen")
    for cid in (keep, gone):
        ops.log_conversation(journal, cid, on=dt.date(2026, 11, 1), summary="x", today=TODAY)
    ops.forget_customer(journal, gone)
    assert last_contact(journal, keep) == dt.date(2026, 11, 1)


def test_imported_journal_has_right_last_contacts(journal, tmp_path):
    from custjournal.interop import jsonio

    cid = add(journal, "Ana Lima")
    ops.log_conversation(journal, cid, on=dt.date(2026, 10, 3), summary="x", today=TODAY)
    ops.add_gift(journal, cid, "Tea", on=dt.date(2026, 10, 9), today=TODAY)
    document = tmp_path / "all.json"
    with journal.read() as session, document.open("w", encoding="utf-8") as out:
        jsonio.write_journal(session, out)
    other = open_journal(tmp_path / "other.sqlite3")
    try:
        ops.imports.import_file(other, document)
        with other.read() as session:
            (new_id,) = [r.id for r in queries.customer_rows(session, TODAY)]
        assert last_contact(other, new_id) == dt.date(2026, 10, 9)
    finally:
        other.close()


# The file's check (store/backup.py) of SQLite's triggers; a team database's: tests/team.
@pytest.mark.journal_file
def test_check_reports_and_repairs_last_contacts_out_of_step(journal, journal_path):
    cid = add(journal, "Ana Lima")
    ops.log_conversation(journal, cid, on=dt.date(2026, 10, 3), summary="x", today=TODAY)
    journal.close()
    con = sqlite3.connect(journal_path)
    con.execute("UPDATE customer SET last_touch_on = '2020-01-01'")  # what no trigger would do
    con.commit()
    assert derived.out_of_step(con) == ["the last-contact day of 1 customer is out of step"]
    con.close()
    report = backup.check(journal_path)
    assert report.data_ok and not report.ok
    assert report.index_problems == ["the last-contact day of 1 customer is out of step"]
    assert "can be rebuilt" in report.summary()
    assert report.hint == Hint.REBUILD_INDEX  # 'check --rebuild-index' on the command line
    backup.rebuild_index(journal_path)
    assert backup.check(journal_path).ok


# --- the purchase rhythm ---------------------------------------------------------------------


def stored_rhythm(journal, customer_id):
    with journal.read() as session:
        days, last, median = (
            session.connection()
            .exec_driver_sql(
                "SELECT purchase_days, last_purchase_on, purchase_gap_median FROM customer "
                "WHERE id = ?",
                (customer_id,),
            )
            .one()
        )
    return days, _day(last), median


def _day(value):
    """A stored day: text in a journal file, a date on a team database."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def expected_rhythm(journal, customer_id):
    with journal.read() as session:
        dates = [
            _day(d)
            for (d,) in session.connection().exec_driver_sql(
                "SELECT purchased_on FROM purchase WHERE customer_id = ?", (customer_id,)
            )
        ]
    rhythm = rules.purchase_rhythm(dates, dt.date.max)
    return (0, None, None) if rhythm is None else (rhythm.days, rhythm.last, rhythm.median_gap)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    offsets=st.lists(st.integers(min_value=0, max_value=400), max_size=9),
    removed=st.integers(min_value=0, max_value=8),
)
def test_the_stored_purchase_rhythm_is_the_rules_own(journal, offsets, removed):
    """Days bought on, the last one and the median gap, as reminders.purchase_rhythm has them,
    through adding (the same day twice too), moving and deleting purchases."""
    cid = add(journal, f"Buyer {len(offsets)}-{removed}")
    start = dt.date(2025, 1, 1)
    ids = [
        ops.add_purchase(journal, cid, 100, on=start + dt.timedelta(days=o), today=TODAY).id
        for o in offsets
    ]
    assert stored_rhythm(journal, cid) == expected_rhythm(journal, cid)
    if ids:
        moved = ids[removed % len(ids)]
        ops.update_entry(journal, "purchase", moved, purchased_on=dt.date(2026, 2, 3), today=TODAY)
        assert stored_rhythm(journal, cid) == expected_rhythm(journal, cid)
        ops.delete_entry(journal, "purchase", ids[0])
        assert stored_rhythm(journal, cid) == expected_rhythm(journal, cid)


def test_buying_stopped_as_of_a_day_before_a_later_purchase(journal):
    """`due --today` in the past: a purchase after that day doesn't count yet."""
    cid = add(journal, "Ana Lima")
    ops.log_conversation(journal, cid, on=dt.date(2025, 6, 1), summary="x", today=TODAY)
    for day in (
        dt.date(2025, 1, 1),
        dt.date(2025, 1, 31),
        dt.date(2025, 3, 2),
        dt.date(2025, 4, 1),
    ):
        ops.add_purchase(journal, cid, 100, on=day, today=TODAY)

    def reasons(today):
        with journal.read() as session:
            items = due.due_items(session, today)
        return [i.reason for i in items if i.reason == "buying-stopped"]

    assert reasons(dt.date(2025, 5, 31)) == []  # 60 days: twice the 30-day gap, not more
    assert reasons(dt.date(2025, 6, 1)) == ["buying-stopped"]
    ops.add_purchase(journal, cid, 100, on=dt.date(2025, 6, 20), today=TODAY)
    assert reasons(dt.date(2025, 6, 1)) == ["buying-stopped"]  # the June purchase is later
    assert reasons(dt.date(2025, 6, 25)) == []


# The file's check (store/backup.py) of SQLite's triggers; a team database's: tests/team.
@pytest.mark.journal_file
def test_check_reports_and_repairs_a_purchase_rhythm_out_of_step(journal, journal_path):
    cid = add(journal, "Ana Lima")
    for day in (dt.date(2025, 1, 1), dt.date(2025, 1, 11), dt.date(2025, 2, 1)):
        ops.add_purchase(journal, cid, 100, on=day, today=TODAY)
    journal.close()
    con = sqlite3.connect(journal_path)
    con.execute("UPDATE customer SET purchase_gap_median = 99")
    con.commit()
    con.close()
    report = backup.check(journal_path)
    assert report.index_problems == ["the purchase rhythm of 1 customer is out of step"]
    backup.rebuild_index(journal_path)
    assert backup.check(journal_path).ok
    reopened = open_journal(journal_path)
    try:
        assert stored_rhythm(reopened, cid) == (3, dt.date(2025, 2, 1), 15.5)
    finally:
        reopened.close()


# The file's check (store/backup.py) of SQLite's triggers; a team database's: tests/team.
@pytest.mark.journal_file
def test_missing_triggers_are_reported_and_put_back(journal, journal_path):
    """What a future migration copying a table would do to them, if start-up didn't put them
    back: `check` says so, and its repair brings them back for good."""
    cid = add(journal, "Ana Lima")
    journal.close()
    con = sqlite3.connect(journal_path)
    con.execute("DROP TRIGGER tr_purchase_rhythm_insert")
    con.commit()
    con.close()
    report = backup.check(journal_path)
    assert report.index_problems == [
        "1 of the 12 triggers that keep the last-contact days and purchase rhythms are missing"
    ]
    backup.rebuild_index(journal_path)
    assert backup.check(journal_path).ok
    reopened = open_journal(journal_path)
    try:
        for day in (dt.date(2025, 1, 1), dt.date(2025, 1, 11), dt.date(2025, 2, 1)):
            ops.add_purchase(reopened, cid, 100, on=day, today=TODAY)
        assert stored_rhythm(reopened, cid) == (3, dt.date(2025, 2, 1), 15.5)
    finally:
        reopened.close()


def test_a_replaced_row_counts_as_deleted(journal):
    """INSERT OR REPLACE (no code of ours uses it) deletes the old row: the triggers see it."""
    cid = add(journal, "Ana Lima")
    conv = ops.log_conversation(journal, cid, on=dt.date(2026, 11, 1), summary="x", today=TODAY).id
    with journal.write() as session:
        session.connection().exec_driver_sql(
            "INSERT OR REPLACE INTO conversation (id, customer_id, occurred_on, channel, "
            "created_at, updated_at) SELECT id, customer_id, '2026-01-05', channel, created_at, "
            "updated_at FROM conversation WHERE id = ?",
            (conv,),
        )
    assert last_contact(journal, cid) == dt.date(2026, 1, 5)
    assert stored(journal, cid) == "2026-01-05"


def test_a_long_purchase_history_imports_with_its_rhythm(journal, tmp_path):
    """An import writes with the triggers off and works the columns out once at the end."""
    from custjournal.interop import jsonio

    cid = add(journal, "Ana Lima")
    start = dt.date(2020, 1, 1)
    with journal.write() as session:  # 400 purchases every 3 days, as an old regular's
        session.connection().exec_driver_sql(
            "INSERT INTO purchase (customer_id, purchased_on, amount_minor, currency, "
            "created_at, updated_at) VALUES "
            + ", ".join(
                f"({cid}, '{start + dt.timedelta(days=3 * i)}', 350, 'EUR', "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
                for i in range(400)
            )
        )
    document = tmp_path / "all.json"
    with journal.read() as session, document.open("w", encoding="utf-8") as out:
        jsonio.write_journal(session, out)
    other = open_journal(tmp_path / "other.sqlite3")
    try:
        ops.imports.import_file(other, document)
        (new_id,) = [
            r[0] for r in other.engine.connect().exec_driver_sql("SELECT id FROM customer")
        ]
        assert stored_rhythm(other, new_id) == (400, start + dt.timedelta(days=3 * 399), 3.0)
        con = sqlite3.connect(other.path)
        assert derived.out_of_step(con) == []
        con.close()
    finally:
        other.close()


# The file's check (store/backup.py) of SQLite's triggers; a team database's: tests/team.
@pytest.mark.journal_file
def test_a_trigger_of_another_version_is_reported_and_replaced(journal, journal_path):
    journal.close()
    con = sqlite3.connect(journal_path)
    con.execute("DROP TRIGGER tr_gift_touch_insert")
    con.execute(  # what an older release might have left: it forgets to compare the days
        "CREATE TRIGGER tr_gift_touch_insert AFTER INSERT ON gift BEGIN "
        "UPDATE customer SET last_touch_on = NEW.given_on WHERE id = NEW.customer_id; END"
    )
    con.commit()
    assert derived.out_of_step(con) == [
        "1 of the triggers that keep the last-contact days and purchase rhythms are not "
        "this version's"
    ]
    con.close()
    backup.rebuild_index(journal_path)
    assert backup.check(journal_path).ok
