"""Insights as a careful reader checks it against the list, Today and its own sentences.

Small hand-made journals, each figure worked out by hand in the test, on both backends:
archived customers are left out of every section (as the list and Today leave them out), lists
to act on hold every customer their sentence counts, best customers within a segment and
customers pinned to tier A are said as they are, and the sentences' counts and verbs agree.
"""

from __future__ import annotations

import datetime as dt
import math

import pytest

from custjournal import ops
from custjournal.domain.insights import Insights, Segment
from custjournal.store import insights_kept
from custjournal.store.due import due_items
from custjournal.store.insights import compute_insights
from custjournal.store.journal import Journal
from custjournal.store.queries import customer_rows

TODAY = dt.date(2026, 6, 15)
ADDED = TODAY - dt.timedelta(days=365)


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def page(journal: Journal, segment: str = "all", today: dt.date = TODAY) -> Insights:
    """The page as the app and the command read it (kept in the journal), checked against the
    page worked out afresh."""
    with journal.reader() as source:
        kept = insights_kept.page(source, Segment.parse(segment), today)
    with journal.reader() as source:
        fresh = compute_insights(source, Segment.parse(segment), today)
    assert kept == fresh
    return kept


def add(journal: Journal, name: str, value: int = 0, **kw: object) -> int:
    cid = ops.add_customer(journal, name, today=ADDED, **kw).id  # type: ignore[arg-type]
    assert cid
    if value:
        ops.add_purchase(journal, cid, value * 100, on=ago(30), today=TODAY)
    return cid


def ids_of(refs: tuple[object, ...]) -> list[int]:
    return [r.customer_id for r in refs]  # type: ignore[attr-defined]


# --- archived customers -------------------------------------------------------------------------


@pytest.fixture
def with_archived(journal: Journal) -> dict[str, int]:
    """Five customers in Connection, tagged north; Bea (the second most valuable) and Eve are
    archived. Values 1000, 800, 300, 200, 100 EUR. Cid, Dan and Eve said why they buy 60 days
    ago (past the cadence: due); Ann and Bea never did (added today, as the file has it: not
    due yet)."""
    ops.set_currency(journal, "EUR")
    c = {}
    for name, value in (("Ann", 1000), ("Bea", 800), ("Cid", 300), ("Dan", 200), ("Eve", 100)):
        c[name] = add(journal, name, value, stage="connection", tags=["north"])
    for name in ("Cid", "Dan", "Eve"):
        ops.log_conversation(journal, c[name], on=ago(60), today=TODAY, why_buy="fast delivery")
    ops.log_conversation(journal, c["Eve"], on=ago(60), today=TODAY, delights=["the samples"])
    ops.set_archived(journal, c["Bea"], True)
    ops.set_archived(journal, c["Eve"], True)
    return c


@pytest.mark.parametrize("segment", ["all", "tag:north", "stage:connection"])
def test_archived_customers_are_left_out_of_every_section(
    journal: Journal, with_archived: dict[str, int], segment: str
) -> None:
    c = with_archived
    shown = {c["Ann"], c["Cid"], c["Dan"]}
    ins = page(journal, segment)
    with journal.read() as session:
        listed = {r.id for r in customer_rows(session, TODAY, include_archived=False)}
        due = {d.customer_id for d in due_items(session, TODAY)}
    assert listed == shown and due == {c["Cid"], c["Dan"]}
    assert ins.customers == 3 and set(ins.customer_ids) == shown
    best = ins.best_customers
    assert [r.customer_id for r in best.top] == [c["Ann"], c["Cid"], c["Dan"]]
    assert best.total_value_minor == 1500_00 and best.buyers == 3
    # Tiers are the list's: ranked among all five buyers (ceil(20% of 5) = 1 is A: Ann).
    assert [r.tier for r in best.top] == ["A", "B", "C"]
    why = ins.why_they_buy
    assert why.customers_answered == 2  # Cid, Dan: not Eve
    assert set(why.themes[0].customer_ids) == {c["Cid"], c["Dan"]}
    assert ids_of(why.never_asked) == [c["Ann"]]
    assert ins.delights.meaning is None  # only Eve said one
    (connection,) = [r for r in ins.stages.rows if r.stage == "connection"]
    assert (connection.customers, connection.neglected) == (3, 2)
    assert set(connection.neglected_ids) == due
    assert ids_of(ins.trust.never_invited) == [c["Ann"], c["Cid"], c["Dan"]]
    for e in ins.health.elements:
        assert sum(e.buckets) + e.not_enough == 3


def test_archiving_a_best_customer_takes_them_off_the_kept_page(
    journal: Journal, with_archived: dict[str, int]
) -> None:
    c = with_archived
    assert page(journal).best_customers.top[0].customer_id == c["Ann"]
    ops.set_archived(journal, c["Ann"], True)
    ins = page(journal)
    assert c["Ann"] not in ins.customer_ids
    assert [r.customer_id for r in ins.best_customers.top] == [c["Cid"], c["Dan"]]
    assert ids_of(ins.why_they_buy.never_asked) == []
    ops.set_archived(journal, c["Eve"], False)  # back: her delight and reason count again
    ins = page(journal)
    assert c["Eve"] in ins.customer_ids
    assert ins.delights.themes[0].customer_ids == (c["Eve"],)
    assert ins.why_they_buy.customers_answered == 3


# --- lists to act on hold every customer ---------------------------------------------------------


def test_lists_to_act_on_hold_every_customer_their_sentence_counts(journal: Journal) -> None:
    """60 customers pinned to tier A in Loyalty, none asked why they buy, none invited, none
    given a gift: each list holds all 60, the most valuable first."""
    ops.set_currency(journal, "EUR")
    ids = [add(journal, f"Pin {n:02d}", 0, stage="loyalty", tier_pin="A") for n in range(60)]
    ins = page(journal)
    why, trust = ins.why_they_buy, ins.trust
    assert why.never_asked_meaning == (
        "60 best customers (tier A) never said why they buy: ask them first."
    )
    assert sorted(ids_of(why.never_asked)) == ids
    assert trust.never_invited_meaning == (
        "60 customers in Connection or Loyalty never had an invitation."
    )
    assert sorted(ids_of(trust.never_invited)) == ids
    assert sorted(ids_of(trust.best_without_gift)) == ids


# --- best customers ------------------------------------------------------------------------------


def test_customers_pinned_to_tier_a_without_purchases_are_said(journal: Journal) -> None:
    ops.set_currency(journal, "EUR")
    pinned = [add(journal, name, 0, tier_pin="A") for name in ("Ada", "Bo")]
    add(journal, "Cy")
    ins = page(journal)
    best = ins.best_customers
    assert best.meaning is None and best.pinned_a == 2
    assert best.reason == (
        "No purchases in the 12 months up to 2026-06-15: value appears once you log purchases. "
        "2 customers pinned to tier A by hand count as best customers meanwhile."
    )
    assert sorted(ids_of(ins.why_they_buy.never_asked)) == pinned
    # With buyers, the pinned ones who bought nothing are named after the top's sentence.
    add(journal, "Di", 500)
    best = page(journal).best_customers
    assert best.meaning == (
        "Your top 1 customer (100% of those who bought) brings 100% of the last 12 months' "
        "value. 2 more customers pinned to tier A by hand bought nothing in that time."
    )


def test_nobody_pinned_and_no_purchases_keeps_the_plain_sentence(journal: Journal) -> None:
    add(journal, "Ada")
    best = page(journal).best_customers
    assert best.pinned_a == 0
    assert best.reason == (
        "No purchases in the 12 months up to 2026-06-15: value and tiers appear once you log "
        "purchases."
    )


def test_best_customers_within_a_segment_are_its_own_top(journal: Journal) -> None:
    """Ten buyers of 1000..100 EUR: journal-wide A is the first two (1000, 900). The hotel
    segment holds 900, 500, 400, 300, 200 EUR (2300): its own top is ceil(20% of 5) = 1
    customer (900 EUR, 39% of 2300), who is tier A across the journal."""
    ops.set_currency(journal, "EUR")
    c = {}
    for n, value in enumerate(range(1000, 0, -100)):
        tags = ["hotel"] if value in (900, 500, 400, 300, 200) else ["cafe"]
        c[value] = add(journal, f"C{n}", value, tags=tags)
    best = page(journal, "tag:hotel").best_customers
    assert best.segment_top is not None
    assert best.segment_top.customer_ids == (c[900],)
    assert best.segment_top.value_share == pytest.approx(900 / 2300)
    assert best.segment_top_tier_a == 1
    assert best.meaning == (
        "Within these customers, the top 1 customer by value (20% of those who bought) brings "
        "39% of their last 12 months' value; tier A across the journal: 1."
    )
    cafe = page(journal, "tag:cafe").best_customers
    assert cafe.segment_top is not None and cafe.segment_top.customer_ids == (c[1000],)
    assert cafe.meaning is not None and cafe.meaning.endswith("tier A across the journal: 1.")
    assert page(journal).best_customers.segment_top is None  # all customers: the tiers say it


# --- sentences ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("open_ours", "resolved_ours", "open_theirs", "ours", "theirs"),
    [
        (1, 2, 1, "1 of 3 pains with you is open", "1 of 1 pain with competitors is open"),
        (2, 1, 0, "2 of 3 pains with you are open", "0 of 0 pains with competitors are open"),
        (0, 1, 2, "0 of 1 pain with you is open", "2 of 2 pains with competitors are open"),
    ],
)
def test_the_pains_verb_agrees_with_the_open_count(
    journal: Journal,
    open_ours: int,
    resolved_ours: int,
    open_theirs: int,
    ours: str,
    theirs: str,
) -> None:
    cid = add(journal, "Ada")
    n = 0
    for _ in range(open_ours + resolved_ours):
        n += 1
        ops.log_conversation(
            journal, cid, on=ago(40), today=TODAY, pains=[ops.PainInput(f"problem {n}")]
        )
    for k in range(resolved_ours):
        ops.resolve_pain_point(journal, cid, f"problem {k + 1}", on=ago(30), today=TODAY)
    for k in range(open_theirs):
        ops.log_conversation(
            journal,
            cid,
            on=ago(20),
            today=TODAY,
            pains=[ops.PainInput(f"other issue {k}", "competitor")],
        )
    meaning = page(journal).pains.meaning
    assert meaning is not None
    assert meaning.startswith(ours + ", resolved in 10 days (median); ")
    assert theirs in meaning


@pytest.mark.parametrize(
    ("stages", "sentence"),
    [
        (
            ("prospecting", "purchase", "loyalty"),
            "Customers are spread evenly over Prospecting, Purchase and Loyalty, 1 in each; ",
        ),
        (
            ("purchase", "purchase", "loyalty", "loyalty", "connection"),
            "Most customers are in Purchase and Loyalty, 2 in each (5 in all); ",
        ),
        (
            ("purchase", "purchase", "loyalty"),
            "Most customers are in Purchase (2 of 3); ",
        ),
    ],
)
def test_a_tie_between_stages_is_named(
    journal: Journal, stages: tuple[str, ...], sentence: str
) -> None:
    for n, stage in enumerate(stages):
        add(journal, f"C{n}", stage=stage)
    meaning = page(journal).stages.meaning
    assert meaning is not None and meaning.startswith(sentence), meaning


def test_medians_of_days_are_whole_days_rounded_half_up(journal: Journal) -> None:
    """Pains resolved in 10 and 15 days: the median 12.5 is said as 13 (half up, as health
    scores are rounded), never 12.5; stage days alike (a stage left after 10 and 15 days)."""
    ops.set_currency(journal, "EUR")
    a, b = add(journal, "Ada"), add(journal, "Bo")
    for cid, took in ((a, 10), (b, 15)):
        ops.log_conversation(
            journal, cid, on=ago(50), today=TODAY, pains=[ops.PainInput("slow invoices")]
        )
        ops.resolve_pain_point(journal, cid, "slow", on=ago(50 - took), today=TODAY)
        ops.set_stage(journal, cid, "consideration", on=ago(100), today=TODAY)
        ops.set_stage(journal, cid, "purchase", on=ago(100 - took), today=TODAY)
    ins = page(journal)
    assert ins.pains.median_days_to_resolve_ours == 13
    assert type(ins.pains.median_days_to_resolve_ours) is int
    assert ins.pains.meaning is not None and "resolved in 13 days (median)" in ins.pains.meaning
    (consideration,) = [r for r in ins.stages.rows if r.stage == "consideration"]
    assert consideration.median_days == 13 and type(consideration.median_days) is int
    for e in ins.health.elements:
        assert e.median is None or type(e.median) is int


def test_health_fallers_are_whole_numbers_and_all_are_listed(journal: Journal) -> None:
    """Twelve customers whose promise, due 100 days ago and kept on time then, is joined by an
    overdue one: every one fell; ten are described, all twelve are in `faller_ids`."""
    ids = []
    for n in range(12):
        cid = add(journal, f"C{n:02d}")
        ids.append(cid)
        ops.log_conversation(journal, cid, on=ago(120), today=ago(120))
        ops.log_conversation(journal, cid, on=ago(60), today=ago(60))
    for cid in ids:
        ops.add_promise(journal, cid, "call back", due=ago(110), on=ago(120), today=ago(120))
        ops.mark_promise_done(journal, cid, "call back", on=ago(111), today=ago(111))
        ops.add_promise(journal, cid, "send samples", due=ago(50), on=ago(60), today=ago(60))
    h = page(journal).health
    assert len(h.fallers) == 10 and sorted(h.faller_ids) == ids
    assert [f.customer_id for f in h.fallers] == list(h.faller_ids[:10])
    for f in h.fallers:
        assert all(type(v) is int for v in (f.before, f.now, f.drop))
        assert f.drop == f.before - f.now
    assert h.fallers_meaning is not None and h.fallers_meaning.startswith(
        "Health fell in the last 90 days for 12 customers"
    )


def test_round_half_up() -> None:
    from custjournal.store.insights import _whole

    assert [_whole(x) for x in (12.5, 13.5, 77.5, 77.49, 0.5)] == [13, 14, 78, 77, 1]
    assert _whole(12.5) == math.floor(12.5 + 0.5)
