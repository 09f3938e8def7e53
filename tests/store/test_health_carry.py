"""A new day's health carried from a kept day (store/health.py, `_carry`): every customer's
scores and facts exactly what the entries give that day from scratch, on seeded journals and day
moves of every kind, and the move really carried (most customers not read again)."""

import datetime as dt
import json
import re

import pytest

from custjournal import demo, ops
from custjournal.domain import health as rules
from custjournal.ops.actions import PainInput
from custjournal.store import health, health_kept, queries
from tests import rawdb
from tests.store.test_health_kept import kept_rows

D = dt.date
TODAY = D(2026, 6, 1)


@pytest.fixture
def always_carry(monkeypatch):
    """Carry whatever the size of the journal and however many customers the move touches: the
    result must be the same as worked out afresh either way."""
    monkeypatch.setattr(health, "_FEW_MISSING", 0)
    monkeypatch.setattr(health, "CARRY_SHARE", 1.0)
    monkeypatch.setattr(health, "CARRY_DAYS", 400)


def keep(journal, *days):
    with journal.reader() as source:
        if len(days) == 2:
            health.scores_of_all_at(source, days)
        else:
            health.scores_of_all(source, days[0])


def carried_equals_fresh(journal, *days):
    """What the kept rows and the carry give on *days* is what the entries give from scratch:
    the scores, the facts, and the rows kept for those days. How many were carried, per day."""
    with journal.reader() as source:
        found = health._kept_or_worked_out(source, days)
    carried = list(health.Worked.carried)
    with journal.reader() as source:
        fresh = health._facts(source, days, health.ALL)
    for day, got, want in zip(days, found, fresh, strict=True):
        assert got.keys() == want.keys()
        for cid, f in want.items():
            scores, facts = got[cid]
            assert scores == rules.scores(f, day), (day, cid)
            assert health_kept._same(f, facts), (day, cid, facts, f)
        rows = kept_rows(journal, day)
        assert rows.keys() == want.keys()
        for cid, f in want.items():
            assert health_kept._same(f, rows[cid]), (day, cid)
    return carried


def kept_days(journal):
    con = rawdb.connect(rawdb.where(journal))
    try:
        return sorted(
            D.fromisoformat(d)
            for (d,) in con.execute("SELECT DISTINCT day FROM health_kept").fetchall()
        )
    finally:
        con.close()


# (kept day, day asked): each entry dated between arrives (the journal was filled up to TODAY,
# so everything after the kept day was future-dated then), promises fall due, touches and
# purchases leave the 12-month windows, important dates come round.
MOVES = {
    "a day": (D(2026, 5, 20), D(2026, 5, 21)),
    "a weekend": (D(2026, 5, 15), D(2026, 5, 18)),  # Friday to Monday
    "89 days": (D(2026, 2, 1), D(2026, 5, 1)),
    "90 days": (D(2026, 1, 31), D(2026, 5, 1)),
    "91 days": (D(2026, 1, 30), D(2026, 5, 1)),
    "across the new year": (D(2025, 12, 31), D(2026, 1, 1)),
    "a week across the new year": (D(2025, 12, 28), D(2026, 1, 4)),
    "back a few days": (D(2026, 5, 25), D(2026, 5, 21)),
    "up to today": (D(2026, 5, 31), TODAY),
}


@pytest.mark.parametrize("move", list(MOVES), ids=list(MOVES))
@pytest.mark.parametrize("seed", [1, 7])
def test_a_carried_day_is_the_day_worked_out_afresh(journal, always_carry, move, seed):
    demo.fill(journal, customers=40, seed=seed, today=TODAY)
    kept_on, day = MOVES[move]
    keep(journal, kept_on)
    carried = carried_equals_fresh(journal, day)
    assert carried[0] > 0 or abs((day - kept_on).days) > 60  # 40 customers: most touched then


@pytest.mark.parametrize("seed", [2, 5])
def test_the_insights_days_carried_from_yesterdays(journal, always_carry, seed):
    demo.fill(journal, customers=40, seed=seed, today=TODAY)
    before = TODAY - dt.timedelta(days=health_kept.PARTNER_DAYS)
    yesterday = dt.timedelta(days=1)
    keep(journal, before - yesterday, TODAY - yesterday)  # yesterday's page
    carried = carried_equals_fresh(journal, before, TODAY)
    assert all(carried)


def test_both_days_carried_from_one_kept_day_each_keep_their_rows(journal, always_carry):
    """Two days asked, both carried from the one day kept between them (dropped once they are
    kept): each day's rows are all there, the kept day's rows copied to both."""
    demo.fill(journal, customers=40, seed=2, today=TODAY)
    for name in ("Nina New", "Olaf Other"):  # nothing yet: the same row on every day
        ops.add_customer(journal, name, stage="connection")
    earlier, later = D(2026, 3, 1), D(2026, 5, 30)
    keep(journal, D(2026, 4, 15))
    carried = carried_equals_fresh(journal, earlier, later)
    assert all(carried)
    assert kept_days(journal) == [earlier, later]


def test_a_leap_day_and_its_window(journal, always_carry):
    demo.fill(journal, customers=30, seed=4, today=D(2028, 3, 5))
    days = [D(2028, 2, 27), D(2028, 2, 28), D(2028, 2, 29), D(2028, 3, 1), D(2028, 3, 2)]
    keep(journal, days[0])
    for day in days[1:]:
        carried_equals_fresh(journal, day)  # each from the day before, kept by the last


def test_a_change_since_the_kept_day_is_read_afresh(journal, always_carry):
    demo.fill(journal, customers=40, seed=3, today=TODAY)
    kept_on, day = D(2026, 5, 20), D(2026, 5, 21)
    keep(journal, kept_on)
    with journal.reader() as source:
        ids = sorted(health.scores_of_all(source, kept_on))
    ops.log_conversation(journal, ids[3], on=D(2026, 4, 2), why_buy="the service")
    ops.add_fact(journal, ids[5], "goals", "a second shop", on=D(2026, 3, 3))
    ops.mark_promise_done(journal, _with_an_open_promise(journal), on=D(2026, 5, 21))
    carried = carried_equals_fresh(journal, day)
    assert carried[0] > 0


def _with_an_open_promise(journal):
    con = rawdb.connect(rawdb.where(journal))
    try:
        (cid,) = con.execute(
            "SELECT min(customer_id) FROM promise WHERE done_on IS NULL"
        ).fetchone()
        return cid
    finally:
        con.close()


def build(journal):
    """Customers whose facts the move from 2026-05-31 to 2026-06-01 changes, each in one way the
    rules read, and one it leaves alone."""
    add = ops.add_customer
    due = add(journal, "Ada Lovelace", stage="connection").id
    gone = add(journal, "Gus Gone", stage="connection").id
    new = add(journal, "Bob Builder", stage="loyalty").id
    buyer = add(journal, "Pia Payer", stage="connection").id
    born = add(journal, "Cleo Chen", stage="prospecting").id
    quiet = add(journal, "Quentin Quiet", stage="connection").id
    ops.log_conversation(
        journal,
        due,
        on=D(2026, 3, 1),
        why_buy="fast delivery",
        delights=["the samples"],
        pains=[PainInput("slow invoices"), PainInput("rival's prices", "competitor")],
        promise="send the catalogue",
        promise_due=D(2026, 5, 31),  # overdue from 2026-06-01
    )
    ops.log_conversation(journal, gone, on=D(2025, 6, 1))  # leaves the window on 2026-06-01
    ops.log_conversation(journal, new, on=D(2026, 6, 1), delights=["the tour"])  # arrives
    ops.log_conversation(journal, buyer, on=D(2026, 3, 1))
    ops.add_purchase(journal, buyer, 120_000, on=D(2025, 6, 1))  # leaves the value window
    ops.add_purchase(journal, new, 50_000, on=D(2026, 4, 1))
    ops.add_fact(journal, born, "important-date", "birthday", month_day=(6, 2), on=D(2026, 1, 1))
    ops.log_conversation(journal, born, on=D(2026, 5, 28))  # near the birthday: remembered
    ops.log_conversation(journal, quiet, on=D(2026, 3, 1), why_buy="price")
    return due, gone, new, buyer, born, quiet


def test_what_a_day_alone_changes_is_carried_right(journal, always_carry):
    due, gone, new, buyer, born, quiet = build(journal)
    keep(journal, D(2026, 5, 31))
    carried_equals_fresh(journal, TODAY)
    # All six carried; three with a group read again: the promise, the touch leaving, the
    # conversation and delight arriving. The buyer's tier and the birthday are the day's.
    assert (health.Worked.carried, health.Worked.reread) == ([6], [3])
    with journal.reader() as source:
        then = health._facts(source, (D(2026, 5, 31),), health.ALL)[0]
        now = health._facts(source, (TODAY,), health.ALL)[0]
    assert then[buyer].cadence_days != now[buyer].cadence_days  # tier A, then C
    assert (then[due].promises_overdue, now[due].promises_overdue) == (0, 1)
    assert (then[gone].touches_12m, now[gone].touches_12m) == (1, 0)
    assert (then[new].delights, now[new].delights) == (0, 1)
    carried_equals_fresh(journal, D(2026, 6, 9))  # the birthday passed, the touch near it
    with journal.reader() as source:
        later = health._facts(source, (D(2026, 6, 9),), health.ALL)[0]
    assert (now[born].dates_due, later[born].dates_due, later[born].dates_remembered) == (0, 1, 1)


def test_an_important_date_due_alike_on_both_days_keeps_its_count_met(journal, always_carry):
    """The birthday met on 2026-06-09 is met on 2026-06-10 too: carried, not asked again."""
    due, gone, new, buyer, born, quiet = build(journal)
    keep(journal, D(2026, 6, 9))
    asked = []
    real = queries.raw_rows

    def spy(source, sql, params=()):
        if sql == health._DATES_MET:
            asked.append({cid for cid, *_ in json.loads(params["spans"])})
        return real(source, sql, params)

    with pytest.MonkeyPatch.context() as m:
        m.setattr(queries, "raw_rows", spy)
        carried_equals_fresh(journal, D(2026, 6, 10))
    # The birthday's span asked only when worked out afresh to compare: the carry asks none.
    assert health.Worked.carried == [6] and asked == [{born}]
    with journal.reader() as source:
        now = health._facts(source, (D(2026, 6, 10),), health.ALL)[0]
    assert (now[born].dates_due, now[born].dates_remembered) == (1, 1)


def test_a_delight_or_pain_written_down_without_a_conversation_arrives_on_its_day(
    journal, always_carry
):
    """Dated by when they were written down: the day after the kept one, they are read again
    (the written-down moment's index, migration 0017), from midnight to the last second."""
    demo.fill(journal, customers=20, seed=3, today=TODAY)
    with journal.reader() as source:
        ids = sorted(health.scores_of_all(source, TODAY))
    con = rawdb.connect(rawdb.where(journal))
    for cid, at in ((ids[2], "2026-05-21 00:00:00"), (ids[4], "2026-05-21 23:59:59.999999")):
        con.execute(
            "INSERT INTO delight (created_at, updated_at, customer_id, text) VALUES (?, ?, ?, ?)",
            (at, at, cid, "the garden"),
        )
        con.execute(
            "INSERT INTO pain_point (created_at, updated_at, customer_id, text, with_whom) "
            "VALUES (?, ?, ?, ?, 'us')",
            (at, at, cid, "the stairs"),
        )
    con.commit()
    con.close()
    keep(journal, D(2026, 5, 20))
    plans = []
    real = health._facts
    with pytest.MonkeyPatch.context() as m:
        m.setattr(
            health,
            "_facts",
            lambda s, days, ids, tier=None, plan=None, **more: (
                plans.append(plan) or real(s, days, ids, tier, plan, **more)
            ),
        )
        carried_equals_fresh(journal, D(2026, 5, 21))
    plan = plans[0]
    assert {ids[2], ids[4]} <= set(plan.groups[2]) & set(plan.groups[3])
    assert ids[2] not in plan.whole


def test_a_new_day_reads_only_what_it_touches(journal, monkeypatch):
    """At the sizes it is for, without forcing: the journal's first read of a day reads again
    only the customers the move touches, and of each only the group of figures it touches."""
    monkeypatch.setattr(health, "_FEW_MISSING", 8)
    demo.fill(journal, customers=120, seed=6, today=TODAY)
    keep(journal, D(2026, 5, 20))
    plans = []
    real = health._facts
    monkeypatch.setattr(
        health,
        "_facts",
        lambda s, days, ids, tier=None, plan=None, **more: (
            plans.append(plan) or real(s, days, ids, tier, plan, **more)
        ),
    )
    carried = carried_equals_fresh(journal, D(2026, 5, 21))
    monkeypatch.setattr(health, "_facts", real)
    (plan, _fresh) = plans
    assert carried == [120] and plan.whole == set()
    between = health.touched_between(D(2026, 5, 20), D(2026, 5, 21))
    assert (between["wslo"], between["wshi"]) == ("2025-05-21", "2025-05-22")
    with journal.reader() as source:
        touched = queries.raw_rows(source, health._TOUCHED, between)
    assert plan.groups == [sorted(cid for g, cid in touched if g == n) for n in range(5)]
    reread = {cid for group in plan.groups for cid in group}
    assert health.Worked.reread == [len(reread)] and 0 < len(reread) < 60
    assert not all(len(group) == len(reread) for group in plan.groups)  # some groups only


def test_forgetting_every_group_leaves_a_new_customers_facts():
    added = D(2025, 1, 1)
    f = rules.HealthFacts(7, "connection", 21, "Connection cadence: 21 days", D(2024, 5, 5))
    for name in rules.HealthFacts.__slots__:
        value = getattr(f, name)
        if name in ("customer_id", "stage", "cadence_days", "cadence_explanation"):
            continue
        if isinstance(value, int):
            setattr(f, name, 3)
        elif isinstance(value, dict):
            setattr(f, name, {"family": D(2026, 1, 2)})
        elif isinstance(value, list):
            setattr(f, name, [4, 5])
        else:
            setattr(f, name, ("text", D(2026, 2, 3)) if "oldest" in name else D(2026, 3, 4))
    f.dates_due = f.dates_remembered = 0  # judged per day for everyone, not by group
    for group in range(len(health._GROUPS)):
        health._forget(f, group, added)
    assert f == rules.HealthFacts(7, "connection", 21, "Connection cadence: 21 days", added)


def test_too_many_touched_works_every_customer_out(journal, monkeypatch):
    monkeypatch.setattr(health, "_FEW_MISSING", 0)
    demo.fill(journal, customers=40, seed=1, today=TODAY)
    keep(journal, D(2025, 12, 1))
    assert carried_equals_fresh(journal, D(2026, 5, 1)) == [0]  # 151 days: too long
    monkeypatch.setattr(health, "CARRY_SHARE", 0.0)
    assert carried_equals_fresh(journal, D(2026, 5, 31)) == [0]  # any customer touched


def test_customers_missing_from_a_kept_day_are_read_by_id(journal, monkeypatch):
    """Nothing near to carry from, but the day kept for all but a few (more than the few read
    over their range of ids): those are read by id, the rest left as kept."""
    monkeypatch.setattr(health, "_FEW_MISSING", 0)
    demo.fill(journal, customers=40, seed=9, today=TODAY)
    keep(journal, TODAY)
    with journal.reader() as source:
        ids = sorted(health.scores_of_all(source, TODAY))
    ops.log_conversation(journal, ids[2], on=D(2026, 5, 2))
    ops.add_gift(journal, ids[30], "a plant", on=D(2026, 5, 3))
    assert kept_days(journal) == [TODAY]
    carried_equals_fresh(journal, TODAY)
    assert (health.Worked.kept, health.Worked.worked_out) == ([38], [2])


def test_the_list_first_leaves_the_pages_earlier_day_to_carry_from(journal, monkeypatch):
    """Yesterday's page kept yesterday and 90 days before it; today's list keeps today's (and
    leaves yesterday's, the day before) and leaves the day before the page's earlier day, which
    the page then carries from."""
    monkeypatch.setattr(health, "_FEW_MISSING", 0)
    monkeypatch.setattr(health, "CARRY_SHARE", 1.0)
    demo.fill(journal, customers=40, seed=8, today=TODAY)
    before = TODAY - dt.timedelta(days=health_kept.PARTNER_DAYS)
    yesterday = dt.timedelta(days=1)
    keep(journal, before - yesterday, TODAY - yesterday)
    keep(journal, TODAY)  # the list
    assert kept_days(journal) == [before - yesterday, TODAY - yesterday, TODAY]
    assert health.Worked.carried[0] > 0
    assert carried_equals_fresh(journal, before, TODAY)[0] > 0  # the page: today's kept
    assert health.Worked.kept == [0, 40]
    assert kept_days(journal) == [before - yesterday, before, TODAY - yesterday, TODAY]


def test_a_carried_rows_text_is_its_facts_encoded(journal):
    build(journal)
    day = D(2026, 5, 31)
    keep(journal, day)
    for cid, text in kept_rows(journal, day).items():
        carried = health_kept.carry(cid, ((1, 2, 3, 4), text))
        assert carried.text() == text
        carried.facts.cadence_days += 3
        carried.facts.cadence_explanation = 'another "cadence", 北京'
        carried.facts.dates_due = 4
        carried.facts.dates_remembered = 2
        assert carried.text() == health_kept.encode(carried.facts)
        assert health_kept.decode(cid, carried.text()) == carried.facts
        health._forget(carried.facts, 3, D(2020, 1, 1))
        carried.changed = True
        assert carried.text() == health_kept.encode(carried.facts)
    odd = health_kept.carry(
        cid, ((1, 2, 3, 4), text.replace(",", ", "))
    )  # not as `encode` writes it
    odd.facts.dates_due = 9
    assert odd.text() == health_kept.encode(odd.facts)


def test_the_statements_for_a_set_of_customers_are_the_ranges():
    """`_AMONG` is written out whole; each statement is its range twin with the customers'
    range swapped for the set, and nothing else."""
    assert len(health._AMONG) == 7
    for ranged, among in health._AMONG.items():
        assert ranged.count("customer_id BETWEEN :lo AND :hi") == 1
        assert re.sub(r"\s+", " ", among) == re.sub(r"\s+", " ", ranged).replace(
            "customer_id BETWEEN :lo AND :hi",
            "customer_id IN (SELECT CAST(value AS INTEGER) FROM json_each(:ids))",
        )


def test_tomorrow_carried_from_today_leaves_todays_rows(journal, always_carry):
    """Tomorrow's page worked out today (the app's work ahead) carries both its days from
    today's page's, which stay kept whole: today's next read is the kept rows, and tomorrow's
    rows are what the entries give tomorrow."""
    demo.fill(journal, customers=40, seed=6, today=TODAY)
    before = TODAY - dt.timedelta(days=health_kept.PARTNER_DAYS)
    one = dt.timedelta(days=1)
    keep(journal, before, TODAY)  # today's page
    today_rows = kept_rows(journal, TODAY)
    carried = carried_equals_fresh(journal, before + one, TODAY + one)
    assert all(carried)  # carried, from today's days
    assert kept_days(journal) == [before, before + one, TODAY, TODAY + one]
    assert kept_rows(journal, TODAY) == today_rows
    carried_equals_fresh(journal, before, TODAY)
    assert health.Worked.kept == [40, 40]
