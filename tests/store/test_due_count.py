"""The due count in SQL (store/due_count.py) is the length of the rules' own due list.

`custjournal due --count` counts in SQL; the list (`due`, the Today view, the tray) is built by
the Python rules of domain/reminders.py, the one definition. Hypothesis writes random journals
(stages, own cadences, pins, archived customers, touches of three kinds, purchases in two
currencies, promises open, kept and kept later, important dates around 29 February, snoozes and
dismissals of every kind of item, entries dated after the evaluation day) and evaluates them on
random days: the count and the list's length are the same, or the count declines (None) because
a purchase is dated after that day, and only then.
"""

import datetime as dt
import json
import math
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custjournal.domain import reminders, tiers
from custjournal.domain.vocab import STAGES
from custjournal.store import due, due_count, queries
from custjournal.store.journal import open_journal

BASES = (
    dt.date(2026, 12, 1),
    dt.date(2027, 2, 24),  # 28 February within the week ahead, not a leap year
    dt.date(2028, 2, 23),  # a leap year: 29 February is a day of its own
    dt.date(2025, 12, 29),  # the week ahead crosses the new year
)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A fresh journal file (schema, triggers), copied for each example."""
    path = tmp_path_factory.mktemp("due-count") / "template.sqlite3"
    open_journal(path).close()
    return path


# Offsets in days from the base day, mostly close to it (where the rules' edges are: a promise
# kept on the evaluation day, a touch a cadence ago to the day).
days = st.integers(min_value=-9, max_value=2) | st.integers(min_value=-60, max_value=12)
maybe_day = st.none() | days


customer = st.fixed_dictionaries(
    {
        "stage": st.sampled_from(STAGES),
        "own": st.sampled_from([None, None, 0, 1, 5, 30]),
        "pin": st.sampled_from([None, None, None, "", "A", "A", "B", "C"]),
        "archived": st.booleans() | st.just(False),
        "added": st.integers(min_value=-120, max_value=5),
        "touches": st.lists(
            st.tuples(st.sampled_from(["conversation", "gift", "invitation"]), days), max_size=3
        ),
        "purchases": st.lists(
            st.tuples(
                st.integers(min_value=-400, max_value=0),
                st.sampled_from([0, 100, 100, 250, 9_000]),
                st.sampled_from(["EUR", "EUR", "USD"]),
            ),
            max_size=6,
        ),
        "promises": st.lists(st.tuples(days, maybe_day, maybe_day), max_size=3),
        "dates": st.lists(
            st.tuples(
                st.sampled_from([(2, 28), (2, 29), (3, 1), (3, 2), (12, 31), (1, 2), (12, 3)])
                | st.tuples(st.integers(1, 12), st.integers(1, 28)),
                days,
            ),
            max_size=2,
        ),
        # (which item: 0 neglected, 1 buying stopped, 2 a promise, 3 a date), snoozed, dismissed
        "marks": st.lists(
            st.tuples(st.integers(0, 3), st.integers(0, 2), maybe_day, maybe_day), max_size=3
        ),
    }
)


def _write(path: Path, base: dt.date, people: list[dict], cadence: int | None) -> None:
    """The journal of *people*, their entries dated in days from *base*, written as the app
    stores them (the journal's triggers keep the derived columns)."""

    def day(offset: int) -> str:
        return (base + dt.timedelta(days=offset)).isoformat()

    stamp = base.isoformat() + " 09:00:00"
    con = sqlite3.connect(path)
    try:
        if cadence is not None:
            con.execute(
                "INSERT OR REPLACE INTO setting (key, value) VALUES ('cadence.connection', ?)",
                (str(cadence),),
            )
        con.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('currency', 'EUR')")
        for n, p in enumerate(people, start=1):
            con.execute(
                "INSERT INTO customer (id, created_at, updated_at, name, stage, cadence_days, "
                "tier_pin, archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    n,
                    day(p["added"]) + " 09:00:00",
                    stamp,
                    f"C{n}",
                    p["stage"],
                    p["own"],
                    p["pin"],
                    p["archived"],
                ),
            )
            for kind, when in p["touches"]:
                if kind == "conversation":
                    con.execute(
                        "INSERT INTO conversation (created_at, updated_at, customer_id, "
                        "occurred_on, channel) VALUES (?, ?, ?, ?, 'call')",
                        (stamp, stamp, n, day(when)),
                    )
                elif kind == "gift":
                    con.execute(
                        "INSERT INTO gift (created_at, updated_at, customer_id, what, given_on) "
                        "VALUES (?, ?, ?, 'tea', ?)",
                        (stamp, stamp, n, day(when)),
                    )
                else:
                    con.execute(
                        "INSERT INTO invitation (created_at, updated_at, customer_id, event, "
                        "event_on, invited_on, as_guest, status) VALUES (?, ?, ?, 'fair', ?, ?, 0, "
                        "'invited')",
                        (stamp, stamp, n, day(when), day(when)),
                    )
            for when, amount, currency in p["purchases"]:
                con.execute(
                    "INSERT INTO purchase (created_at, updated_at, customer_id, purchased_on, "
                    "amount_minor, currency) VALUES (?, ?, ?, ?, ?, ?)",
                    (stamp, stamp, n, day(when), amount, currency),
                )
            promise_ids = []
            for made, due_on, done in p["promises"]:
                cur = con.execute(
                    "INSERT INTO promise (created_at, updated_at, customer_id, text, made_on, "
                    "due_on, done_on) VALUES (?, ?, ?, 'a quote', ?, ?, ?)",
                    (
                        stamp,
                        stamp,
                        n,
                        day(made),
                        None if due_on is None else day(due_on),
                        None if done is None else day(done),
                    ),
                )
                promise_ids.append(cur.lastrowid)
            date_ids = []
            for (month, mday), learned in p["dates"]:
                cur = con.execute(
                    "INSERT INTO fact (created_at, updated_at, customer_id, category, text, "
                    "learned_on, month, day) VALUES (?, ?, ?, 'important-date', 'birthday', ?, ?, ?)",
                    (stamp, stamp, n, day(learned), month, mday),
                )
                date_ids.append(cur.lastrowid)
            con.execute(
                "INSERT INTO fact (created_at, updated_at, customer_id, category, text, "
                "learned_on) VALUES (?, ?, ?, 'interests', 'sailing', ?)",
                (stamp, stamp, n, day(-5)),
            )
            keys = set()
            for which, pick, snoozed, dismissed in p["marks"]:
                if which == 0:
                    key = reminders.NEGLECTED
                elif which == 1:
                    key = reminders.BUYING_STOPPED
                else:
                    ids = promise_ids if which == 2 else date_ids
                    if not ids:
                        continue
                    reason = reminders.PROMISE if which == 2 else reminders.DATE
                    key = reminders.item_key(reason, ids[pick % len(ids)])
                if key in keys:
                    continue
                keys.add(key)
                con.execute(
                    "INSERT INTO reminder_state (created_at, updated_at, customer_id, item_key, "
                    "snoozed_until, dismissed_on) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        stamp,
                        stamp,
                        n,
                        key,
                        snoozed is not None and day(snoozed) or None,
                        dismissed is not None and day(dismissed) or None,
                    ),
                )
        con.commit()
    finally:
        con.close()


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    people=st.lists(customer, max_size=9),
    base=st.sampled_from(BASES),
    as_of=st.just(0) | st.integers(min_value=-3, max_value=9) | st.integers(-45, 400),
    cadence=st.sampled_from([None, None, "1", "3", "9"]),
)
def test_the_count_is_the_length_of_the_rules_list(template, people, base, as_of, cadence):
    today = base + dt.timedelta(days=as_of)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "j.sqlite3"
        shutil.copy(template, path)
        _write(path, base, people, int(cadence) if cadence else None)
        journal = open_journal(path, create=False)
        try:
            with journal.reader() as source:
                counted = due_count.count(source, today)
                listed = due.due_items(source, today)
                # The list from the customer list's rows (what the app does) is the same: the
                # shortcut past customers no rule can list, taken on dates there and on ISO
                # text here, leaves out no one.
                rows = queries.customer_rows(source, today)
                assert due.due_items(source, today, rows=rows) == listed
                (latest,) = source.rows("SELECT max(purchased_on) FROM purchase")[0]
        finally:
            journal.close()
    if latest is not None and latest > today.isoformat():
        assert counted is None
    else:
        assert counted == len(listed)


def test_a_hand_made_journal_counts_every_kind_of_item(template, tmp_path):
    """One of each item, one of each hidden: the count is what the list shows (5), not more."""
    base = dt.date(2026, 12, 1)
    ada = {
        "stage": "connection", "own": None, "pin": None, "archived": False, "added": -100,
        "touches": [("conversation", -40)],
        "purchases": [(-300, 100, "EUR"), (-250, 100, "EUR"), (-200, 100, "EUR")],
        "promises": [(-40, -2, None), (-40, 1, None), (-40, -3, None)],
        "dates": [((12, 4), -40), ((12, 5), -40)],
        # the third promise snoozed, the second date dismissed
        "marks": [(2, 2, 5, None), (3, 1, None, -1)],
    }  # fmt: skip
    path = tmp_path / "j.sqlite3"
    shutil.copy(template, path)
    _write(path, base, [ada], None)
    journal = open_journal(path, create=False)
    try:
        with journal.reader() as source:
            listed = due.due_items(source, base)
            assert due_count.count(source, base) == len(listed) == 5
    finally:
        journal.close()
    assert sorted(item.reason for item in listed) == [
        "buying-stopped", "date", "neglected", "promise", "promise",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("stage", "pin", "touched", "done"),
    [
        ("consideration", "A", -4, None),  # 7 days halved for tier A is 4, not 3: not due
        ("consideration", "A", -5, None),  # due
        ("consideration", None, -7, 0),  # a promise kept today is not open today
        ("consideration", None, -7, 1),  # kept tomorrow: open today
    ],
)
def test_the_edges_count_as_the_rules_say(template, tmp_path, stage, pin, touched, done):
    base = dt.date(2026, 12, 1)
    person = {
        "stage": stage, "own": None, "pin": pin, "archived": False, "added": -100,
        "touches": [("gift", touched)], "purchases": [],
        "promises": [(-10, -1, done)], "dates": [], "marks": [],
    }  # fmt: skip
    path = tmp_path / "j.sqlite3"
    shutil.copy(template, path)
    _write(path, base, [person], None)
    journal = open_journal(path, create=False)
    try:
        with journal.reader() as source:
            assert due_count.count(source, base) == len(due.due_items(source, base))
    finally:
        journal.close()


def test_the_counts_constants_are_the_rules_own():
    assert due_count.DATE_LEAD_DAYS == reminders.DATE_LEAD_DAYS
    assert due_count.PROMISE_LEAD_DAYS == reminders.PROMISE_LEAD_DAYS
    assert due_count.MIN_PURCHASE_DATES == reminders.MIN_PURCHASE_DATES
    assert due_count.STOPPED_AFTER_GAPS == reminders.STOPPED_AFTER_GAPS


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2999, 12, 20)))
def test_the_week_ahead_is_the_rules_own(today):
    found = due_count.occurrences(today)
    assert {(code // 100, code % 100) for code in found} == reminders.month_days_within(today)
    for code, day in found.items():
        assert day == reminders.next_occurrence(code // 100, code % 100, today)


@given(st.lists(st.integers(min_value=0, max_value=50), min_size=1, max_size=40))
def test_the_floors_rank_as_the_rule_says(values):
    """docs/rules.md, "Tier": the first ceil(20%) are A, up to ceil(50%) in all B, ties at a
    boundary go to the higher tier."""
    ranked = sorted(values, reverse=True)
    a_floor, b_floor = tiers.floors(ranked)
    a_slots, b_total = math.ceil(len(values) * 0.2), math.ceil(len(values) * 0.5)
    for i, value in enumerate(ranked):
        expected = (
            "A"
            if i < a_slots or value == ranked[a_slots - 1]
            else ("B" if i < b_total or value == ranked[b_total - 1] else "C")
        )
        assert ("A" if value >= a_floor else "B" if value >= b_floor else "C") == expected


def test_json_dumps_of_the_week_is_an_object_of_codes():
    # The SQL reads :dates as {"1203": "2026-12-03", ...}: the keys are the codes as text.
    text = json.dumps(
        {k: v.isoformat() for k, v in due_count.occurrences(dt.date(2026, 12, 1)).items()}
    )
    assert json.loads(text)["1203"] == "2026-12-03"
