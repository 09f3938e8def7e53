"""Kept health (store/health_kept.py): what is read from kept rows equals what the entries give
now, after every kind of write, on a new day, and where nothing can be kept."""

import datetime as dt
import os
import stat

import pytest

from custjournal import ops
from custjournal.domain import health as rules
from custjournal.ops.actions import PainInput
from custjournal.store import health, health_kept, keeping
from custjournal.store.journal import Journal, open_journal
from tests import rawdb

D = dt.date
TODAY = D(2026, 6, 1)


def build(journal):
    """Three customers with a bit of everything the rules read."""
    a = ops.add_customer(journal, "Ada Lovelace", stage="connection").id
    b = ops.add_customer(journal, "Bob Builder", stage="loyalty").id
    c = ops.add_customer(journal, "Cleo Chen", stage="prospecting").id
    first = ops.log_conversation(
        journal,
        a,
        on=D(2026, 3, 1),
        why_buy="fast delivery",
        delights=["the samples"],
        pains=[PainInput("slow invoices"), PainInput("rival's prices", "competitor")],
        promise="send the catalogue",
        promise_due=D(2026, 3, 10),
    ).id
    ops.log_conversation(journal, a, on=D(2026, 5, 2))
    ops.log_conversation(journal, b, on=D(2026, 1, 15))
    ops.add_fact(journal, a, "family", "two kids", on=D(2026, 3, 1))
    ops.add_fact(journal, a, "important-date", "birthday", month_day=(4, 20), on=D(2026, 1, 1))
    ops.add_gift(journal, b, "a book", on=D(2026, 2, 1))
    ops.record_invitation(journal, a, "Summer fair", D(2026, 7, 1), invited_on=D(2026, 4, 19))
    ops.add_purchase(journal, a, 120_000, on=D(2026, 2, 1))
    ops.add_purchase(journal, b, 50_000, on=D(2026, 4, 1))
    return a, b, c, first


def kept(journal, day=TODAY):
    with journal.reader() as source:
        return health.health_of_all(source, day)


def fresh(journal, day=TODAY):
    with journal.reader() as source:
        return health._gather(source, (day,), health.ALL)[0]


def kept_rows(journal, day=TODAY):
    con = rawdb.connect(rawdb.where(journal))
    try:
        return dict(
            con.execute(
                "SELECT customer_id, facts FROM health_kept WHERE day = ?", (day.isoformat(),)
            ).fetchall()
        )
    finally:
        con.close()


def same(left, right):
    """Two {id: Health}: the same scores, reasons and next steps (the kept ones' sentences
    worked out from their kept facts)."""
    assert left.keys() == right.keys()
    for cid in left:
        mine, theirs = left[cid], right[cid]
        assert [(e.element, e.score, e.reasons) for e in mine.elements] == [
            (e.element, e.score, e.reasons) for e in theirs.elements
        ], cid
        assert mine.next_step == theirs.next_step, cid
        assert mine.overall == theirs.overall


WRITES = {
    "conversation": lambda j, a, b, c, conv: ops.log_conversation(j, c, on=D(2026, 5, 30)),
    "fact": lambda j, a, b, c, conv: ops.add_fact(j, b, "goals", "expand", on=D(2026, 5, 1)),
    "promise": lambda j, a, b, c, conv: ops.add_promise(
        j, c, "call back", due=D(2026, 5, 1), on=D(2026, 4, 1)
    ),
    "promise kept": lambda j, a, b, c, conv: ops.mark_promise_done(j, a, on=D(2026, 3, 20)),
    "pain resolved": lambda j, a, b, c, conv: ops.resolve_pain_point(
        j, a, "slow", on=D(2026, 4, 1)
    ),
    "gift": lambda j, a, b, c, conv: ops.add_gift(j, c, "flowers", on=D(2026, 5, 5)),
    "invitation": lambda j, a, b, c, conv: ops.record_invitation(
        j, b, "Gala", D(2026, 9, 1), invited_on=D(2026, 5, 20)
    ),
    "purchase (tiers of all)": lambda j, a, b, c, conv: ops.add_purchase(
        j, c, 900_000, on=D(2026, 5, 1)
    ),
    "stage": lambda j, a, b, c, conv: ops.set_stage(j, c, "connection", on=D(2026, 5, 1)),
    "own cadence": lambda j, a, b, c, conv: ops.update_customer(j, a, cadence_days=5),
    "tier pin": lambda j, a, b, c, conv: ops.update_customer(j, b, tier_pin="C"),
    "cadence setting": lambda j, a, b, c, conv: ops.update_settings(j, cadences={"connection": 7}),
    "entry moved in time": lambda j, a, b, c, conv: ops.update_entry(
        j, "conversation", conv, occurred_on=D(2025, 3, 1)
    ),
    "entry deleted": lambda j, a, b, c, conv: ops.delete_entry(j, "conversation", conv),
    "merge": lambda j, a, b, c, conv: ops.merge_customers(j, a, b),
    "forget": lambda j, a, b, c, conv: ops.forget_customer(j, b),
    "undo": lambda j, a, b, c, conv: ops.apply_inverse(
        j, ops.log_conversation(j, b, on=D(2026, 5, 31), why_buy="price").inverse, "Undo"
    ),
}


@pytest.mark.parametrize("write", list(WRITES), ids=list(WRITES))
def test_kept_health_equals_fresh_after_each_kind_of_write(journal, write):
    if write == "undo" and not journal.undoable:
        pytest.skip("a team journal has no undo yet (store/team.py)")
    a, b, c, conv = build(journal)
    first = kept(journal)
    same(first, fresh(journal))
    assert set(kept_rows(journal)) == {a, b, c}  # the first read kept every customer's

    WRITES[write](journal, a, b, c, conv)

    after = kept(journal)
    same(after, fresh(journal))
    assert set(kept_rows(journal)) == set(after)  # and the missing ones kept again
    with journal.reader() as source:
        assert health.scores_of_all(source, TODAY) == {
            cid: tuple(e.score for e in h.elements) for cid, h in after.items()
        }


def test_a_write_forgets_only_what_it_changes(journal):
    a, b, c, _conv = build(journal)
    kept(journal)
    before = kept_rows(journal)
    ops.log_conversation(journal, c, on=D(2026, 5, 30))
    assert set(kept_rows(journal)) == {a, b}  # c's row went with the conversation
    kept(journal)
    assert kept_rows(journal)[a] == before[a]
    ops.add_purchase(journal, c, 1_000, on=D(2026, 5, 1))
    assert kept_rows(journal) == {}  # a purchase may move everyone's tier


def test_forget_leaves_no_word_of_the_customer_in_the_kept_rows(journal):
    a, b, c, _conv = build(journal)
    kept(journal)
    assert "send the catalogue" in kept_rows(journal)[a]  # the overdue promise's text is kept
    ops.forget_customer(journal, a)
    assert a not in kept_rows(journal)
    assert not any("catalogue" in facts for facts in kept_rows(journal).values())


def test_a_new_day_is_worked_out_anew(journal):
    a, b, c, _conv = build(journal)
    today = kept(journal)
    later = D(2026, 8, 1)
    tomorrow = kept(journal, later)
    same(tomorrow, fresh(journal, later))
    assert today[a].care.score != tomorrow[a].care.score  # the gap grew
    assert set(kept_rows(journal, later)) == {a, b, c}


def test_the_insights_days_are_kept_together(journal):
    build(journal)
    days = (TODAY - dt.timedelta(days=health_kept.PARTNER_DAYS), TODAY)
    with journal.reader() as source:
        first = health.scores_of_all_at(source, days)
    with journal.reader() as source:
        assert health.scores_of_all_at(source, days) == first
        assert first[0] == {
            cid: tuple(rules.scores(f, days[0]))
            for cid, f in health._facts(source, days[:1], health.ALL)[0].items()
        }
    assert kept_rows(journal, days[0]) and kept_rows(journal, days[1])


def test_the_glance_from_kept_rows_is_the_lists(journal):
    build(journal)
    kept(journal)
    with journal.reader() as source:
        glance = health.glance_of_all(source, TODAY)
        expected = health._gather(source, (TODAY,), health.ALL, rules.at_a_glance)[0]
    same(glance, expected)


def test_facts_survive_their_json():
    f = rules.HealthFacts(7, "connection", 21, "Connection cadence: 21 days", D(2025, 1, 1))
    f.fact_categories = {"family": D(2026, 1, 2)}
    f.oldest_overdue = ("call 北京 back", D(2026, 2, 3))
    f.oldest_open_pain = ('"slow"', D(2026, 1, 1))
    f.resolve_days = [3, 40]
    f.last_touch = D(2026, 5, 1)
    assert health_kept.decode(7, health_kept.encode(f)) == f


def test_a_read_only_journal_still_answers_and_keeps_nothing(tmp_path, backend):
    if backend == "postgresql":
        pytest.skip("a file's permissions; a team role without rights is the next test")
    path = tmp_path / "journal.sqlite3"
    journal = open_journal(path)
    build(journal)
    expected = fresh(journal)
    journal.close()
    mode = path.stat().st_mode
    os.chmod(path, stat.S_IRUSR)
    try:
        if os.access(path, os.W_OK):  # root writes read-only files: open it as one that isn't
            readonly = Journal(path, readonly=True)
        else:
            readonly = open_journal(path, create=False)
        assert readonly.readonly
        same(kept(readonly), expected)
        readonly.close()
    finally:
        os.chmod(path, mode)
    assert kept_rows(open_journal(path)) == {}


def test_a_reader_that_cannot_write_still_answers(journal, backend, monkeypatch):
    """Another program writing meanwhile (SQLite refuses to upgrade the read), or a team
    role without the right to write: the health is worked out and nothing is kept."""
    a, b, c, _conv = build(journal)
    expected = fresh(journal)
    with journal.reader() as source:
        # Someone writes after this read began: what it worked out may be older than that.
        source.rows("SELECT count(*) FROM customer")
        health_kept.begin(source)
        ops.add_fact(journal, c, "goals", "grow", on=D(2026, 5, 1))
        got = health.health_of_all(source, TODAY)
    same(got, expected)  # the read's own snapshot
    assert kept_rows(journal) == {}
    same(kept(journal), fresh(journal))  # the next read keeps


def test_check_finds_kept_rows_in_step(journal, backend):
    if backend == "postgresql":
        pytest.skip("check reads a journal file")
    from custjournal.store import backup

    build(journal)
    kept(journal)
    assert backup.check(journal.path).ok
    con = rawdb.connect(journal.path)
    con.execute("UPDATE health_kept SET care = 1 WHERE customer_id = 1")
    con.commit()
    con.close()
    report = backup.check(journal.path)
    assert "the kept health of 1 customer is out of step" in " ".join(report.index_problems)


def test_exports_leave_the_kept_rows_out(journal):
    import io

    from custjournal.interop.exporting import write_export

    build(journal)
    kept(journal)
    assert kept_rows(journal)
    out = io.StringIO()
    write_export(journal, out, "json")
    assert "health_kept" not in out.getvalue()
    assert "Connection cadence" not in out.getvalue()  # a kept fact's words
    con = rawdb.connect(rawdb.where(journal))
    try:
        assert "health_kept" not in rawdb.table_names(con)  # what tests count as the journal's
    finally:
        con.close()


def test_the_busy_timeout_put_back_is_the_journals():
    from custjournal.store import journal as journal_module

    assert keeping.BUSY_TIMEOUT_SQL.endswith(f"= {journal_module.BUSY_TIMEOUT_MS}")


def test_a_team_role_without_rights_on_the_kept_rows_writes_and_reads(
    journal, journal_path, backend, request
):
    """A role given its rights before migration 0011 made the table has none on it: its
    writes still forget kept rows (the triggers run with their owner's rights), its reads
    answer and keep nothing; once the owner's next set-up copies its rights, it keeps."""
    if backend != "postgresql":
        pytest.skip("a team database's roles")
    from psycopg import sql

    from custjournal.store import derived, team

    a, b, c, _conv = build(journal)
    kept(journal)  # the owner keeps every customer's
    server = request.getfixturevalue("pg_server")
    dbname = team.Target(str(journal_path)).dbname
    with server.admin(dbname) as con:
        con.execute("DROP ROLE IF EXISTS kept_clerk")
        con.execute(sql.SQL("CREATE ROLE kept_clerk LOGIN"))
        con.execute(
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO kept_clerk"
        )
        con.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO kept_clerk")
        con.execute("REVOKE ALL ON health_kept FROM kept_clerk")
    clerk = open_journal(server.url(dbname, "kept_clerk"))
    try:
        ops.log_conversation(clerk, c, on=D(2026, 5, 30))  # forgets Cy's kept row
        assert set(kept_rows(journal)) == {a, b}
        same(kept(clerk), fresh(journal))  # answered, nothing kept
        assert set(kept_rows(journal)) == {a, b}
        with journal.engine.begin() as conn:  # the owner's next set-up (an upgrade)
            derived.install(conn)
        kept(clerk)
        assert set(kept_rows(journal)) == {a, b, c}
    finally:
        clerk.close()
        with server.admin(dbname) as con:
            con.execute("DROP OWNED BY kept_clerk")
            con.execute("DROP ROLE kept_clerk")


def test_an_import_leaves_no_stale_kept_row(journal, tmp_path):
    import io

    from custjournal.interop.exporting import write_export

    build(journal)
    other = open_journal(tmp_path / "other.sqlite3")
    dora = ops.add_customer(other, "Dora Explorer", stage="connection").id
    ops.log_conversation(other, dora, on=D(2026, 5, 1), why_buy="maps")
    ops.add_purchase(other, dora, 990_000, on=D(2026, 5, 1))
    out = io.StringIO()
    write_export(other, out, "json")
    other.close()
    exported = tmp_path / "export.json"
    exported.write_text(out.getvalue(), encoding="utf-8")
    kept(journal)
    assert ops.import_file(journal, exported).added == 1
    assert kept_rows(journal) == {}  # Dora's purchase moves everyone's tier
    after = kept(journal)
    assert len(after) == 4
    same(after, fresh(journal))


def test_a_restore_leaves_no_stale_kept_row(journal, journal_path, tmp_path, backend):
    if backend == "postgresql":
        pytest.skip("a team database is backed up by its server (docs/team.md)")
    from custjournal.store import backup

    a, b, c, _conv = build(journal)
    saved = backup.backup_now(journal_path, tmp_path / "saved.sqlite3")
    ops.log_conversation(journal, a, on=D(2026, 5, 30), why_buy="trust")
    kept(journal)  # kept after the conversation the backup does not hold
    journal.close()
    backup.restore(journal_path, saved)
    again = open_journal(journal_path)
    try:
        same(kept(again), fresh(again))
    finally:
        again.close()


def test_insights_after_the_list_work_out_only_the_earlier_day(journal, monkeypatch):
    build(journal)
    kept(journal)  # the list kept today's
    asked = []
    real = health._facts
    monkeypatch.setattr(
        health, "_facts", lambda s, days, *a, **k: asked.append(days) or real(s, days, *a, **k)
    )
    earlier = TODAY - dt.timedelta(days=health_kept.PARTNER_DAYS)
    with journal.reader() as source:
        before, now = health.scores_of_all_at(source, (earlier, TODAY))
    assert asked == [(earlier,)]
    with journal.reader() as source:
        assert now == health.scores_of_all(source, TODAY)
        assert before == {
            cid: rules.scores(f, earlier)
            for cid, f in real(source, (earlier,), health.ALL)[0].items()
        }


def test_an_encrypted_journal_answers_and_keeps(tmp_path, backend):
    if backend == "postgresql":
        pytest.skip("a journal file's encryption")
    pytest.importorskip("sqlcipher3")
    from custjournal.store import crypt

    path = tmp_path / "secret.sqlite3"
    journal = open_journal(path)
    build(journal)
    journal.close()
    crypt.encrypt(path, "correct horse battery staple")
    journal = open_journal(path)
    try:
        same(kept(journal), fresh(journal))
        with journal.reader() as source:
            assert source.rows("SELECT count(*) FROM health_kept") == [(3,)]
        same(kept(journal), fresh(journal))
    finally:
        journal.close()


def test_a_read_that_pauses_works_out_the_same_health_and_rows(journal, monkeypatch):
    """The app's workers read with a pause (`Journal.reader(pause=...)`), called between
    batches of rows and every few items of a long loop while the user types: what they read
    and work out is what a read without one gives."""
    from custjournal import demo
    from custjournal.store import queries, reader

    demo.fill(journal, customers=30, seed=3, today=TODAY)
    monkeypatch.setattr(reader, "PAUSE_EVERY", 4)
    with journal.read() as session:  # nothing kept yet, and a session keeps nothing
        worked_out = health.glance_of_all(session, TODAY)
        names = queries.raw_rows(session, "SELECT id, name FROM customer ORDER BY id")
    pauses: list[int] = []
    with journal.reader(pause=lambda: pauses.append(1)) as source:
        paused = health.glance_of_all(source, TODAY)  # worked out too, then kept
        assert queries.raw_rows(source, "SELECT id, name FROM customer ORDER BY id") == names
    assert len(paused) == 30 and paused == worked_out
    assert len(pauses) > 30  # rows in batches of four, and the loops' checkpoints
    with journal.reader() as source:
        assert health.glance_of_all(source, TODAY) == worked_out  # now from the kept rows


def test_tomorrows_rows_worked_out_today_leave_todays(journal):
    """The app works tomorrow's Insights page out the day before: its rows (tomorrow's and 90
    days before it) leave today's page's, and today's kept again after a change leave
    tomorrow's but for the customer changed; each day's rows are what the entries give."""
    a, b, c, _conv = build(journal)
    one, partner = dt.timedelta(days=1), dt.timedelta(days=health_kept.PARTNER_DAYS)
    tomorrow = TODAY + one
    with journal.reader() as source:
        health.scores_of_all_at(source, (TODAY - partner, TODAY))  # today's page
    with journal.reader() as source:
        health.scores_of_all_at(source, (tomorrow - partner, tomorrow))  # tomorrow's
    for day in (TODAY - partner, TODAY, tomorrow - partner, tomorrow):
        assert set(kept_rows(journal, day)) == {a, b, c}, day
    same(kept(journal), fresh(journal))
    assert health.Worked.kept == [3] and health.Worked.worked_out == [0]

    ops.log_conversation(journal, c, on=TODAY)  # a change after the work ahead
    same(kept(journal), fresh(journal))  # today's list: c's row again
    assert set(kept_rows(journal, tomorrow)) == {a, b}  # tomorrow's but c's stay
    same(kept(journal, tomorrow), fresh(journal, tomorrow))  # the day's change: c worked out
    assert health.Worked.kept == [2] and health.Worked.worked_out == [1]


def test_days_further_than_a_day_from_those_kept_are_dropped(journal):
    build(journal)
    days = [TODAY + dt.timedelta(days=n) for n in range(4)]
    for day in days:
        kept(journal, day)
    with journal.reader() as source:
        kept_days = set(health_kept.days_kept(source))
    assert kept_days == set(days[2:])  # the last day kept and the day before it
