"""The brief's content: each talking-point rule at its edge, each section's order, empty sections.

The brief is built from a real journal (ops write it, `store.brief_data.load_brief` reads it), on
fixed dates, so what is tested is what the command line and the app show.
"""

import datetime as dt

import pytest

from custjournal import ops
from custjournal.domain import brief as rules
from custjournal.domain.brief import build_brief
from custjournal.domain.detail import CustomerDetail, DelightDetail
from custjournal.store import queries
from custjournal.store.brief_data import load_brief

TODAY = dt.date(2026, 3, 15)
D = dt.timedelta


def days(n: int) -> dt.date:
    """*n* days before TODAY (negative: after)."""
    return TODAY - D(days=n)


@pytest.fixture
def cid(journal):
    return ops.add_customer(
        journal, "Ada Lovelace", company="Analytical Engines", role="CTO", today=days(400)
    ).id


def brief_of(journal, customer_id, today=TODAY):
    with journal.read() as session:
        return load_brief(session, customer_id, today)


def points(journal, customer_id, kind=None, today=TODAY):
    return [
        p
        for p in brief_of(journal, customer_id, today).talking_points
        if kind is None or p.kind == kind
    ]


# --- talking points -----------------------------------------------------------------------------


def test_open_promises_overdue_from_the_day_after_their_due_day(journal, cid):
    ops.add_promise(journal, cid, "send the brochure", due=days(1), on=days(10), today=TODAY)
    ops.add_promise(journal, cid, "call back", due=TODAY, on=days(10), today=TODAY)
    ops.add_promise(journal, cid, "someday maybe", on=days(10), today=TODAY)
    ops.add_promise(journal, cid, "already kept", due=days(5), on=days(10), today=TODAY)
    ops.mark_promise_done(journal, cid, "already", on=days(2), today=TODAY)
    found = points(journal, cid, "promise")
    assert [p.urgent for p in found] == [True, False, False]
    overdue, due_today, undated = (p.text for p in found)
    assert overdue == "Overdue promise (due 2026-03-14, yesterday): send the brochure"
    assert due_today == "Open promise, due today (2026-03-15): call back"
    assert undated == "Open promise (made 2026-03-05): someday maybe"


def test_unresolved_pain_points_ours_and_competitors(journal, cid):
    ops.log_conversation(
        journal,
        cid,
        on=days(3),
        pains=[ops.PainInput("slow shipping"), ops.PainInput("rude support", "competitor")],
        today=TODAY,
    )
    ops.log_conversation(journal, cid, on=days(2), pains=[ops.PainInput("late invoice")])
    ops.resolve_pain_point(journal, cid, "late", on=days(1), today=TODAY)
    texts = [p.text for p in points(journal, cid, "pain")]
    assert texts == [  # newest first; the same day, the one written down last first
        "Unresolved pain point with a competitor: rude support",
        "Unresolved pain point with us: slow shipping",
    ]


def test_facts_learned_within_90_days_are_worth_asking_about(journal, cid):
    ops.add_fact(journal, cid, "interests", "runs marathons", on=days(90), today=TODAY)
    ops.add_fact(journal, cid, "interests", "plays chess", on=days(91), today=TODAY)
    ops.add_fact(journal, cid, "family", "a new grandchild", on=days(3), today=TODAY)
    texts = [p.text for p in points(journal, cid, "fact")]
    assert texts == [
        "Ask about family: a new grandchild (learned 2026-03-12)",  # newest first
        "Ask about interests: runs marathons (learned 2025-12-15)",
    ]


def test_recurring_dates_within_30_days_are_coming_up_and_urgent_within_7(journal, cid):
    old = days(400)  # learned long ago: only the date can make it a point
    for offset, text in ((0, "birthday"), (7, "anniversary"), (8, "name day"), (30, "founding")):
        when = TODAY + D(days=offset)
        ops.add_fact(
            journal,
            cid,
            "important-date",
            text,
            month_day=(when.month, when.day),
            on=old,
            today=TODAY,
        )
    beyond = TODAY + D(days=31)
    ops.add_fact(
        journal,
        cid,
        "important-date",
        "too far",
        month_day=(beyond.month, beyond.day),
        on=old,
        today=TODAY,
    )
    found = points(journal, cid, "date")
    assert [(p.text.split(": ")[1], p.urgent) for p in found] == [
        ("birthday", True),
        ("anniversary", True),
        ("name day", False),
        ("founding", False),
    ]
    assert found[0].text == "Coming up today (2026-03-15): birthday"
    # The urgent dates lead the whole list, ahead of ordinary points.
    assert [p.urgent for p in points(journal, cid)][:2] == [True, True]


def test_a_recent_fact_with_a_distant_date_is_still_worth_asking_about(journal, cid):
    ops.add_fact(
        journal, cid, "family", "daughter's birthday", month_day=(9, 1), on=days(5), today=TODAY
    )
    (point,) = points(journal, cid)
    assert point.kind == "fact" and "daughter's birthday" in point.text


def test_29_february_falls_on_28_february_in_a_common_year(journal, cid):
    today = dt.date(2027, 2, 21)
    ops.add_fact(
        journal,
        cid,
        "important-date",
        "leap birthday",
        month_day=(2, 29),
        on=days(400),
        today=today,
    )
    (point,) = points(journal, cid, "date", today=today)
    assert point.date == dt.date(2027, 2, 28) and point.urgent  # 7 days ahead
    (point,) = points(journal, cid, "date", today=dt.date(2028, 2, 21))
    assert point.date == dt.date(2028, 2, 29) and not point.urgent  # a leap year: 8 days


def test_ask_why_they_bought_only_when_they_bought_and_never_said(journal, cid):
    assert points(journal, cid, "why-buy") == []  # no purchases: nothing to ask
    ops.add_purchase(journal, cid, 10000, on=days(20), today=TODAY)
    (point,) = points(journal, cid, "why-buy")
    assert point.text.startswith("Ask why they bought")
    ops.log_conversation(journal, cid, on=days(1), why_buy="you listen", today=TODAY)
    assert points(journal, cid, "why-buy") == []


def test_an_invitation_awaits_an_answer_until_its_event_day(journal, cid):
    ops.record_invitation(journal, cid, "Spring fair", TODAY, invited_on=days(20), today=TODAY)
    ops.record_invitation(journal, cid, "Winter gala", days(1), invited_on=days(30), today=TODAY)
    ops.record_invitation(
        journal,
        cid,
        "Roastery tour",
        TODAY + D(days=9),
        status="accepted",
        invited_on=days(4),
        today=TODAY,
    )
    (point,) = points(journal, cid, "invitation")
    assert point.text == (
        "Awaiting an answer: invited to Spring fair on 2026-03-15 (today), sent 2026-02-23."
    )


def test_a_gift_in_the_last_90_days_is_not_to_be_repeated(journal, cid):
    ops.add_gift(journal, cid, "tea sampler", on=days(90), today=TODAY)
    (point,) = points(journal, cid, "gift")
    assert point.text == "Gift given 90 days ago (2025-12-15): tea sampler. Don't repeat it."
    assert points(journal, cid, "gift", today=TODAY + D(days=1)) == []  # 91 days, tier C


def test_a_tier_a_customer_who_never_got_a_gift_gets_a_hint(journal, cid):
    other = ops.add_customer(journal, "Grace Hopper", today=days(400)).id
    ops.add_purchase(journal, cid, 900000, on=days(10), today=TODAY)  # the only buyer: tier A
    assert brief_of(journal, cid).header.tier == "A"
    (point,) = points(journal, cid, "gift")
    assert point.text.startswith("No gift ever given to this tier A customer")
    assert points(journal, other, "gift") == []  # tier C: no hint
    ops.add_gift(journal, cid, "a book", on=days(200), today=TODAY)
    assert points(journal, cid, "gift") == []  # given once, long ago: nothing to say


def test_talking_points_follow_the_rule_order(journal, cid):
    ops.add_purchase(journal, cid, 100, on=days(300), today=TODAY)
    ops.log_conversation(
        journal,
        cid,
        on=days(100),
        pains=[ops.PainInput("slow")],
        promise="brochure",
        today=TODAY,
    )
    ops.add_fact(journal, cid, "goals", "open a second shop", on=days(1), today=TODAY)
    ops.record_invitation(journal, cid, "Fair", TODAY + D(days=3), invited_on=days(1), today=TODAY)
    ops.add_gift(journal, cid, "mug", on=days(2), today=TODAY)
    kinds = [p.kind for p in points(journal, cid)]
    assert kinds == ["promise", "pain", "fact", "why-buy", "invitation", "gift"]


# --- header ------------------------------------------------------------------------------------


def test_header_stage_since_value_touch_and_next_due(journal, cid):
    ops.set_stage(journal, cid, "purchase", on=days(200), today=TODAY)
    ops.set_stage(journal, cid, "connection", on=days(100), today=TODAY)
    ops.add_purchase(journal, cid, 50000, on=days(400), today=TODAY)  # outside 12 months
    ops.add_purchase(journal, cid, 12000, on=days(30), today=TODAY)
    ops.add_purchase(journal, cid, 99900, on=days(20), currency="USD", today=TODAY)
    ops.add_gift(journal, cid, "mug", on=days(12), today=TODAY)
    ops.log_conversation(journal, cid, on=days(5), today=TODAY)
    b = brief_of(journal, cid)
    h = b.header
    assert (h.name, h.company, h.role) == ("Ada Lovelace", "Analytical Engines", "CTO")
    assert (h.stage, h.stage_since) == ("connection", days(100))
    assert (h.value_total.minor, h.value_12m.minor, h.value_total.currency) == (62000, 12000, "EUR")
    assert [(o.currency, o.minor, o.count) for o in h.other_currencies] == [("USD", 99900, 1)]
    assert h.value_note == (
        "Left out of value: 1 purchase in USD (999.00 USD), not in the journal's currency (EUR)."
    )
    assert h.last_touch == days(5)
    with journal.read() as session:
        row = queries.customer_row(session, cid, TODAY)
    assert (h.tier, h.next_due, h.cadence_days) == (row.tier, row.next_due, row.cadence_days)
    assert row.value_12m == h.value_12m.minor


def test_entries_after_today_count_neither_for_value_nor_touch(journal, cid):
    ops.add_purchase(journal, cid, 5000, on=days(1), today=TODAY)
    ops.log_conversation(journal, cid, on=days(1), today=TODAY)
    h = brief_of(journal, cid, today=days(2)).header
    assert h.value_total.minor == 0 and h.last_touch is None


# --- sections ----------------------------------------------------------------------------------


def test_what_they_value_newest_first_with_reasons_for_buying(journal, cid):
    ops.log_conversation(journal, cid, on=days(30), delights=["quick quote"], today=TODAY)
    ops.log_conversation(
        journal, cid, on=days(10), delights=["the tea"], why_buy="you listen", today=TODAY
    )
    ops.log_conversation(journal, cid, on=days(20), why_buy="fair prices", today=TODAY)
    items = [(v.date, v.kind, v.text) for v in brief_of(journal, cid).values]
    assert items == [
        (days(10), "why-buy", "you listen"),
        (days(10), "delight", "the tea"),
        (days(20), "why-buy", "fair prices"),
        (days(30), "delight", "quick quote"),
    ]


def test_repeated_delights_show_once_with_a_count(journal, cid):
    for n in (30, 20, 10):
        ops.log_conversation(journal, cid, on=days(n), delights=["Fast delivery"], today=TODAY)
    ops.log_conversation(journal, cid, on=days(5), delights=["fast  DELIVERY"], today=TODAY)
    (item,) = brief_of(journal, cid).values
    assert (item.date, item.text, item.times) == (days(5), "fast DELIVERY", 4)


def test_pain_points_open_first_each_newest_first(journal, cid):
    for n, text, side in (
        (40, "old open", "us"),
        (30, "resolved later", "us"),
        (20, "competitor open", "competitor"),
        (10, "resolved soon", "us"),
    ):
        ops.log_conversation(
            journal, cid, on=days(n), pains=[ops.PainInput(text, side)], today=TODAY
        )
    ops.resolve_pain_point(journal, cid, "resolved later", on=days(2), today=TODAY)
    ops.resolve_pain_point(journal, cid, "resolved soon", on=days(1), today=TODAY)
    pains = brief_of(journal, cid).pain_points
    assert [(p.text, p.with_whom, p.is_open) for p in pains] == [
        ("competitor open", "competitor", True),
        ("old open", "us", True),
        ("resolved soon", "us", False),
        ("resolved later", "us", False),
    ]


def test_personal_facts_grouped_by_category_in_vocabulary_order(journal, cid):
    ops.add_fact(journal, cid, "dislikes", "long meetings", on=days(300), today=TODAY)
    ops.add_fact(journal, cid, "family", "two kids", on=days(300), today=TODAY)
    ops.add_fact(journal, cid, "family", "married", on=days(200), today=TODAY)
    ops.add_fact(journal, cid, "interests", "sailing", on=days(250), today=TODAY)
    groups = brief_of(journal, cid).personal
    assert [(g.label, [f.text for f in g.facts]) for g in groups] == [
        ("Family", ["married", "two kids"]),
        ("Interests", ["sailing"]),
        ("Dislikes", ["long meetings"]),
    ]


def test_last_five_conversations_newest_first(journal, cid):
    for n in range(7):
        ops.log_conversation(journal, cid, on=days(10 * n + 1), summary=f"talk {n}", today=TODAY)
    b = brief_of(journal, cid)
    assert [c.summary for c in b.conversations] == [f"talk {n}" for n in range(5)]
    assert b.older["conversations"] == 2


def test_gifts_and_invitations_together_newest_first(journal, cid):
    ops.add_gift(journal, cid, "mug", on=days(50), reaction="smiled", today=TODAY)
    ops.record_invitation(journal, cid, "Gala", TODAY + D(days=5), invited_on=days(1), today=TODAY)
    ops.add_gift(journal, cid, "tea", on=days(10), today=TODAY)
    ops.record_invitation(
        journal, cid, "Fair", days(30), status="attended", invited_on=days(60), today=TODAY
    )
    items = brief_of(journal, cid).gifts_invitations
    assert [getattr(i, "what", None) or i.event for i in items] == ["Gala", "tea", "Fair", "mug"]
    assert items[3].reaction == "smiled" and items[2].status == "attended"


def test_trust_milestones_and_stage_changes_oldest_first(journal, cid):
    ops.add_milestone(journal, cid, "referral", on=days(10), note="sent Grace", today=TODAY)
    ops.add_milestone(journal, cid, "first-purchase", on=days(100), today=TODAY)
    ops.set_stage(journal, cid, "purchase", on=days(100), today=TODAY)
    labels = [(m.date, m.label) for m in brief_of(journal, cid).milestones]
    assert labels == [
        (days(100), "Moved to Purchase (from Prospecting)"),
        (days(100), "First purchase"),
        (days(10), "Gave a referral"),
    ]


def test_a_customer_with_nothing_logged_has_a_header_and_no_sections(journal, cid):
    b = brief_of(journal, cid)
    assert b.talking_points == () and b.sections() == []
    assert b.header.last_touch is None and b.header.tier == "C"
    assert b.header.stage_since == days(400)


def test_long_histories_keep_the_newest_and_count_the_rest(journal, cid):
    for n in range(rules.VALUES_SHOWN + 3):
        ops.log_conversation(journal, cid, on=days(n + 1), delights=[f"thing {n}"], today=TODAY)
    b = brief_of(journal, cid)
    assert len(b.values) == rules.VALUES_SHOWN and b.values[0].text == "thing 0"
    assert b.older["values"] == 3


def test_a_delight_whose_conversation_was_deleted_keeps_the_day_it_was_noted():
    detail = CustomerDetail(
        id=1,
        name="Zoë",
        stage="connection",
        added_on=dt.date(2025, 1, 1),
        delights=(
            DelightDetail(
                id=4, text="quick answers", conversation_id=None, noted_on=dt.date(2026, 2, 1)
            ),
        ),
    )
    b = build_brief(detail, tier="C", currency="EUR", cadences={"connection": 21}, today=TODAY)
    assert [(v.date, v.text) for v in b.values] == [(dt.date(2026, 2, 1), "quick answers")]
    assert b.header.next_due == dt.date(2025, 1, 22)  # no touch: the day added plus the cadence


def test_a_fact_noted_twice_shows_once_and_makes_one_point(journal, cid):
    ops.add_fact(journal, cid, "interests", "Sailing", on=days(40), today=TODAY)
    ops.add_fact(journal, cid, "interests", "sailing", on=days(20), today=TODAY)
    (group,) = brief_of(journal, cid).personal
    assert [(f.text, f.learned_on) for f in group.facts] == [("sailing", days(20))]
    assert len(points(journal, cid, "fact")) == 1
