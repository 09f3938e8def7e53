"""The last contact a list shows stays right whatever writes the entries (migration 0004).

`customer.last_touch_on` is kept by triggers; these tests change touches every way the app and
the command line can (log, edit the date, delete, undo the delete, erase the customer, import)
and compare each customer's last contact with what the entries themselves say.
"""

import datetime as dt
import sqlite3

from custjournal import ops
from custjournal.store import backup, due, queries, touches

TODAY = dt.date(2026, 11, 23)


def stored(journal, customer_id):
    with journal.read() as session:
        return session.connection().exec_driver_sql(
            "SELECT last_touch_on FROM customer WHERE id = ?", (customer_id,)
        ).scalar()


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
        journal, cid, "Tasting", dt.date(2026, 12, 5), invited_on=dt.date(2026, 11, 10),
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
    from custjournal.store.journal import open_journal

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


def test_check_reports_and_repairs_last_contacts_out_of_step(journal, journal_path):
    cid = add(journal, "Ana Lima")
    ops.log_conversation(journal, cid, on=dt.date(2026, 10, 3), summary="x", today=TODAY)
    journal.close()
    con = sqlite3.connect(journal_path)
    con.execute("UPDATE customer SET last_touch_on = '2020-01-01'")  # what no trigger would do
    con.commit()
    assert touches.out_of_step(con) == 1
    con.close()
    report = backup.check(journal_path)
    assert report.data_ok and not report.ok
    assert report.index_problems == ["the last-contact days of 1 customers are out of step"]
    assert "check --rebuild-index" in report.summary()
    backup.rebuild_index(journal_path)
    assert backup.check(journal_path).ok
