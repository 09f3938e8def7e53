"""Reminder rules at their edges, with fixed dates: the day before, on, and after each threshold."""

import datetime as dt

import pytest

from custjournal.domain import reminders as rules
from custjournal.domain.cadence import effective
from custjournal.domain.errors import UserError
from custjournal.domain.reminders import (
    CustomerFacts,
    ImportantDate,
    OpenPromise,
    ReminderMark,
    Target,
)
from custjournal.domain.vocab import DEFAULT_CADENCE

D = dt.date
T0 = D(2026, 3, 2)  # the last touch in most tests
ADDED = D(2025, 1, 1)


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def customer(
    id: int = 1,
    *,
    name: str = "Ada Lovelace",
    stage: str = "connection",
    tier: str = "C",
    override: int | None = None,
    last_touch: dt.date | None = T0,
    added_on: dt.date = ADDED,
    archived: bool = False,
    **kw,
) -> CustomerFacts:
    return CustomerFacts(
        id=id,
        name=name,
        stage=stage,
        tier=tier,
        archived=archived,
        added_on=added_on,
        last_touch=last_touch,
        cadence=effective(stage, tier, override, DEFAULT_CADENCE),
        **kw,
    )


def reasons(c: CustomerFacts, today: dt.date) -> list[str]:
    return [i.reason for i in rules.due_items([c], today)]


# --- neglected ------------------------------------------------------------------------------


@pytest.mark.parametrize(("offset", "listed"), [(20, False), (21, False), (22, True)])
def test_neglect_is_listed_from_the_day_after_the_cadence_runs_out(offset, listed):
    items = rules.due_items([customer()], T0 + days(offset))
    assert bool(items) is listed
    if listed:
        (item,) = items
        assert item.reason == "neglected" and item.item_key == "neglected"
        assert item.due == T0 + days(21)  # last touch + cadence
        assert item.detail == "No contact for 22 days — Connection cadence: 21 days"
        assert item.ratio == pytest.approx(22 / 21)


def test_never_touched_counts_from_the_day_the_customer_was_added():
    c = customer(stage="prospecting", last_touch=None, added_on=D(2026, 1, 1))
    assert reasons(c, D(2026, 1, 15)) == []
    (item,) = rules.due_items([c], D(2026, 1, 16))
    assert item.due == D(2026, 1, 15)
    assert item.detail == "Never contacted, added 15 days ago — Prospecting cadence: 14 days"


@pytest.mark.parametrize(
    ("stage", "full", "half"),
    [("connection", 21, 11), ("loyalty", 45, 23), ("consideration", 7, 4), ("prospecting", 14, 7)],
)
def test_tier_a_gets_half_the_stage_cadence_rounded_up(stage, full, half):
    c = customer(stage=stage, tier="A")
    assert c.cadence.days == half
    assert reasons(c, T0 + days(half)) == []
    (item,) = rules.due_items([c], T0 + days(half + 1))
    assert f"cadence, halved for tier A: {half} days" in item.detail
    assert item.due == T0 + days(half)
    assert customer(stage=stage, tier="B").cadence.days == full


def test_a_customers_own_cadence_wins_over_stage_and_tier():
    c = customer(tier="A", override=30)
    assert reasons(c, T0 + days(30)) == []
    (item,) = rules.due_items([c], T0 + days(31))
    assert item.detail == "No contact for 31 days — own cadence: 30 days"


def test_one_day_is_singular():
    c = customer(override=1, last_touch=T0)
    (item,) = rules.due_items([c], T0 + days(2))
    assert item.detail.startswith("No contact for 2 days")
    c = customer(stage="consideration", last_touch=None, added_on=T0, override=None)
    assert "added 8 days ago" in rules.due_items([c], T0 + days(8))[0].detail


def test_archived_customers_never_come_due():
    c = customer(
        archived=True,
        last_touch=D(2020, 1, 1),
        promises=[OpenPromise(1, "call back", D(2020, 2, 1))],
        dates=[ImportantDate(2, 3, 3, "Birthday")],
        purchase_dates=[D(2019, 1, 1), D(2019, 2, 1), D(2019, 3, 1)],
    )
    assert rules.due_items([c], D(2026, 3, 2)) == []


# --- promises -------------------------------------------------------------------------------

DUE = D(2026, 3, 10)


@pytest.mark.parametrize(
    ("today", "detail", "overdue"),
    [
        (DUE - days(2), None, False),
        (DUE - days(1), "Promise due tomorrow: send the brochure", False),
        (DUE, "Promise due today: send the brochure", False),
        (DUE + days(1), "Promise overdue by 1 day (due 2026-03-10): send the brochure", True),
        (DUE + days(5), "Promise overdue by 5 days (due 2026-03-10): send the brochure", True),
    ],
)
def test_promise_shows_from_the_day_before_it_is_due(today, detail, overdue):
    c = customer(last_touch=today, promises=[OpenPromise(12, "send the brochure", DUE)])
    items = rules.due_items([c], today)
    if detail is None:
        assert items == []
        return
    (item,) = items
    assert (item.reason, item.item_key, item.due) == ("promise", "promise:12", DUE)
    assert item.detail == detail
    assert item.subject == "send the brochure"
    assert item.overdue_promise is overdue


# --- important dates ------------------------------------------------------------------------


def birthday(month: int, day: int, fact_id: int = 34) -> list[ImportantDate]:
    return [ImportantDate(fact_id, month, day, "Birthday")]


@pytest.mark.parametrize(
    ("today", "when"),
    [
        (D(2026, 3, 6), None),  # 8 days before
        (D(2026, 3, 7), "in 7 days"),
        (D(2026, 3, 13), "tomorrow"),
        (D(2026, 3, 14), "today"),
        (D(2026, 3, 15), None),  # the day after: next year's is far away
    ],
)
def test_important_date_shows_from_a_week_before_through_the_day(today, when):
    c = customer(last_touch=today, dates=birthday(3, 14))
    items = rules.due_items([c], today)
    if when is None:
        assert items == []
        return
    (item,) = items
    assert (item.reason, item.item_key, item.due) == ("date", "date:34", D(2026, 3, 14))
    assert item.detail == f"Important date {when} (14 March): Birthday"


def test_important_date_across_the_new_year():
    c = customer(last_touch=D(2026, 12, 28), dates=birthday(1, 3))
    (item,) = rules.due_items([c], D(2026, 12, 28))
    assert item.due == D(2027, 1, 3) and "in 6 days" in item.detail


@pytest.mark.parametrize(
    ("today", "due"),
    [
        (D(2027, 2, 20), None),  # 8 days before 28 February
        (D(2027, 2, 21), D(2027, 2, 28)),
        (D(2027, 2, 28), D(2027, 2, 28)),
        (D(2027, 3, 1), None),
        (D(2028, 2, 21), None),  # leap year: 8 days before the 29th
        (D(2028, 2, 22), D(2028, 2, 29)),
        (D(2028, 2, 29), D(2028, 2, 29)),
    ],
)
def test_29_february_falls_on_28_february_in_other_years(today, due):
    c = customer(last_touch=today, dates=birthday(2, 29))
    items = rules.due_items([c], today)
    assert [i.due for i in items] == ([due] if due else [])
    if due == D(2027, 2, 28):
        assert "(28 February, for 29 February)" in items[0].detail
    if due == D(2028, 2, 29):
        assert "for 29 February" not in items[0].detail


def test_month_days_within_includes_29_february_with_its_stand_in():
    assert (2, 29) in rules.month_days_within(D(2027, 2, 21))
    assert (2, 29) not in rules.month_days_within(D(2027, 2, 20))
    assert (2, 29) in rules.month_days_within(D(2028, 2, 22))
    assert len(rules.month_days_within(D(2026, 6, 1))) == 8


# --- buying stopped -------------------------------------------------------------------------

LAST_BUY = D(2026, 3, 1)
EVERY_30 = [LAST_BUY - days(60), LAST_BUY - days(30), LAST_BUY]


@pytest.mark.parametrize(("offset", "listed"), [(59, False), (60, False), (61, True)])
def test_buying_stopped_after_twice_the_median_gap(offset, listed):
    today = LAST_BUY + days(offset)
    c = customer(last_touch=today, purchase_dates=EVERY_30)
    items = rules.due_items([c], today)
    assert bool(items) is listed
    if listed:
        (item,) = items
        assert (item.reason, item.item_key) == ("buying-stopped", "buying-stopped")
        assert item.due == LAST_BUY + days(60)
        assert item.detail == "No purchase for 61 days — usually buys every 30 days"


def test_buying_stopped_needs_three_distinct_purchase_dates():
    two_days = [D(2025, 1, 1), D(2025, 1, 1), D(2025, 2, 1), D(2025, 2, 1)]
    today = D(2026, 3, 1)
    assert reasons(customer(last_touch=today, purchase_dates=two_days), today) == []
    three = [*two_days, D(2025, 3, 1)]
    assert reasons(customer(last_touch=today, purchase_dates=three), today) == ["buying-stopped"]


def test_buying_stopped_uses_the_median_not_the_mean():
    # gaps 10, 20, 30, 40: median 25, so stopped after 50 days (the mean would say 50 too; the
    # gaps 10, 10, 100 below have median 10 and mean 40).
    start = D(2025, 1, 1)
    dates = [start, start + days(10), start + days(20), start + days(120)]
    last = dates[-1]
    c = customer(last_touch=last + days(21), purchase_dates=dates)
    assert reasons(c, last + days(20)) == []
    (item,) = rules.due_items([c], last + days(21))
    assert "usually buys every 10 days" in item.detail
    half = [start, start + days(1), start + days(3)]  # gaps 1 and 2: median 1.5
    c = customer(last_touch=D(2025, 2, 1), purchase_dates=half)
    assert rules.buying_stopped(half, start + days(6)) is None
    stopped = rules.buying_stopped(half, start + days(7))
    assert stopped == (start + days(6), 4, 1.5)
    assert "every 1.5 days" in rules.due_items([c], start + days(7))[0].detail


def test_purchases_after_the_evaluation_day_do_not_count():
    today = LAST_BUY + days(61)
    later = [*EVERY_30, today + days(1)]
    assert rules.buying_stopped(later, today) is not None


# --- order ----------------------------------------------------------------------------------


def test_overdue_promises_first_then_ratio_then_tier():
    today = D(2026, 6, 1)
    c_ratio3 = customer(1, name="Cleo", tier="C", last_touch=today - days(63))  # 63/21 = 3
    a_ratio2 = customer(2, name="Abe", tier="A", last_touch=today - days(22))  # 22/11 = 2
    b_ratio2 = customer(3, name="Bea", tier="B", last_touch=today - days(42))  # 42/21 = 2
    calm = customer(
        4,
        name="Dot",
        tier="C",
        last_touch=today - days(2),
        promises=[
            OpenPromise(7, "call back", today - days(1)),
            OpenPromise(8, "send samples", today),  # due today: not overdue
        ],
    )
    older = customer(
        5, name="Eve", last_touch=today, promises=[OpenPromise(9, "quote", today - days(9))]
    )
    items = rules.due_items([c_ratio3, a_ratio2, b_ratio2, calm, older], today)
    assert [(i.customer, i.reason, i.item_key) for i in items] == [
        ("Eve", "promise", "promise:9"),  # longest overdue first
        ("Dot", "promise", "promise:7"),
        ("Cleo", "neglected", "neglected"),  # ratio 3
        ("Abe", "neglected", "neglected"),  # ratio 2, tier A
        ("Bea", "neglected", "neglected"),  # ratio 2, tier B
        ("Dot", "promise", "promise:8"),  # ratio 2/21
    ]


def test_a_customers_items_share_its_ratio():
    today = D(2026, 6, 1)
    c = customer(last_touch=today - days(42), dates=birthday(6, 3))
    items = rules.due_items([c], today)
    assert [i.reason for i in items] == ["neglected", "date"]
    assert {i.ratio for i in items} == {2.0}


# --- snooze and dismiss ---------------------------------------------------------------------


def test_a_snoozed_item_is_hidden_until_its_date():
    today = T0 + days(30)
    mark = {"neglected": ReminderMark(snoozed_until=today + days(7))}
    c = customer(marks=mark)
    assert reasons(c, today) == []
    assert reasons(c, today + days(6)) == []
    assert reasons(c, today + days(7)) == ["neglected"]


def test_a_dismissed_item_is_hidden_until_the_next_touch_after_the_dismissal():
    today = D(2026, 3, 20)
    promise = [OpenPromise(12, "send the brochure", D(2026, 3, 10))]
    dismissed = {"promise:12": ReminderMark(dismissed_on=today)}
    assert reasons(customer(last_touch=D(2026, 3, 19), promises=promise), today) == ["promise"]
    assert (
        reasons(customer(last_touch=D(2026, 3, 19), promises=promise, marks=dismissed), today) == []
    )
    # The call logged on the day of the dismissal came before it: still hidden.
    assert reasons(customer(last_touch=today, promises=promise, marks=dismissed), today) == []
    later = today + days(1)
    assert reasons(customer(last_touch=later, promises=promise, marks=dismissed), later) == [
        "promise"
    ]


def test_a_touch_clears_neglect_by_itself():
    c = customer(last_touch=T0)
    assert reasons(c, T0 + days(30)) == ["neglected"]
    touched = customer(last_touch=T0 + days(30))
    assert reasons(touched, T0 + days(30)) == []


def test_dismissing_an_important_date_lasts_for_this_years_occurrence_only():
    marks = {"date:34": ReminderMark(dismissed_on=D(2026, 3, 10))}
    c = customer(last_touch=D(2026, 1, 1), override=1000, dates=birthday(3, 14), marks=marks)
    assert reasons(c, D(2026, 3, 12)) == []
    assert reasons(c, D(2027, 3, 12)) == ["date"]  # no touch since, but a new year


def test_snooze_must_end_after_today():
    with pytest.raises(UserError, match="after today"):
        rules.check_snooze_until(T0, T0)
    assert rules.check_snooze_until(T0 + days(1), T0) == T0 + days(1)


# --- item keys and picking ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("neglected", ("neglected", None)),
        ("Buying stopped", ("buying-stopped", None)),
        ("promise:12", ("promise", 12)),
        ("DATE:34", ("date", 34)),
    ],
)
def test_item_keys_parse(text, parsed):
    assert rules.parse_item_key(text) == parsed
    assert rules.item_key(*parsed) == (
        f"{parsed[0]}:{parsed[1]}" if parsed[1] is not None else parsed[0]
    )


@pytest.mark.parametrize("text", ["bogus", "promise", "promise:x", "neglected:3", ""])
def test_bad_item_keys_are_user_errors(text):
    with pytest.raises(UserError):
        rules.parse_item_key(text)


def test_pick_target_by_the_start_of_its_text():
    targets = [Target("promise:1", "Send the brochure"), Target("promise:2", "Schedule a visit")]
    assert rules.pick_target("promise", targets[:1], None, "Ada") == "promise:1"
    assert rules.pick_target("promise", targets, "send", "Ada") == "promise:1"
    assert rules.pick_target("promise", targets, "SCHÉD", "Ada") == "promise:2"
    with pytest.raises(UserError, match="2 open promises: 'Send the brochure' \\(promise:1\\)"):
        rules.pick_target("promise", targets, "s", "Ada")
    with pytest.raises(UserError, match="No open promise of Ada starts with 'call'"):
        rules.pick_target("promise", targets, "call", "Ada")
    with pytest.raises(UserError, match="Ada has no important dates"):
        rules.pick_target("date", [], None, "Ada")
