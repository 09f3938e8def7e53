"""Insights on a small journal whose every figure is worked out by hand below.

Ten customers, c1..c10, with 12-month values 1000, 500, 200, 100, 50, 40, 30, 20, 10 and 0 EUR:
nine buyers, so tier A is ceil(1.8) = 2 (c1, c2), B up to ceil(4.5) = 5 (c3..c5), C the rest.
The total is 1950 EUR.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from pathlib import Path

import pytest

from custjournal import ops
from custjournal.domain.errors import UserError
from custjournal.domain.insights import Insights, Segment
from custjournal.store.insights import compute_insights
from custjournal.store.journal import Journal, open_journal

TODAY = dt.date(2026, 6, 15)
ADDED = TODAY - dt.timedelta(days=365)
VALUES = (1000, 500, 200, 100, 50, 40, 30, 20, 10, 0)
TOTAL = sum(VALUES)


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def _build(journal: Journal) -> dict[str, int]:
    ops.set_currency(journal, "EUR")
    ids: dict[str, int] = {}
    stages = {"c1": "prospecting", "c7": "prospecting"}
    for n, value in enumerate(VALUES, 1):
        key = f"c{n}"
        result = ops.add_customer(
            journal,
            f"Customer {n:02d}",
            stage=stages.get(key, "prospecting"),
            tags=["cafe"] if n % 2 else ["hotel"],
            today=ADDED,
        )
        assert result.id
        ids[key] = result.id
        if value:
            ops.add_purchase(journal, result.id, value * 100, on=ago(30), today=TODAY)
    c = ids

    def log(key: str, days: int, **kw: object) -> None:
        ops.log_conversation(journal, c[key], on=ago(days), today=TODAY, **kw)  # type: ignore[arg-type]

    # Why they buy: three ways of saying "delivery", two of "price"; c2 (tier A) never says.
    log("c1", 50, why_buy="fast delivery")
    log("c3", 40, why_buy="They deliver quickly")
    log("c6", 30, why_buy="delivered next day")
    log("c4", 20, why_buy="fair price")
    log("c5", 10, why_buy="Fair prices, always")
    # Delights.
    log("c1", 60, delights=["Loved the samples"])
    log("c2", 12, delights=["The sample box was lovely", "quick quote"])
    # Pains: ours raised 100 days ago (resolved 80 days ago: 20 days) and 10 days ago (open);
    # competitors' raised 20 and 5 days ago, one named by its possessive.
    log("c1", 100, pains=[ops.PainInput("slow shipping")])
    ops.resolve_pain_point(journal, c["c1"], "slow", on=ago(80), today=TODAY)
    log("c2", 10, pains=[ops.PainInput("Shipping is slow")])
    log("c3", 20, pains=[ops.PainInput("BeanCo keeps missing deliveries", "competitor")])
    log("c4", 5, pains=[ops.PainInput("Roastwerk's drivers keep missing deliveries", "competitor")])
    # Trust: c1 a gift a month ago, c2 one 400 days ago (none in 12 months).
    ops.add_gift(
        journal, c["c1"], "Tea", on=ago(30), cost_minor=2550, reaction="Loved it", today=TODAY
    )
    ops.add_gift(journal, c["c2"], "Mug", on=ago(400), cost_minor=1000, today=TODAY)
    # Invitations: c1 attended, c3 no-show, c4 declined, c5's event is still to come.
    for key, event_days, statuses in (
        ("c1", 40, ("accepted", "attended")),
        ("c3", 20, ("accepted", "no-show")),
        ("c4", 10, ("declined",)),
        ("c5", -10, ("accepted",)),
    ):
        for i, status in enumerate(statuses):
            ops.record_invitation(
                journal,
                c[key],
                "Tasting",
                TODAY - dt.timedelta(days=event_days),
                status=status,
                invited_on=ago(event_days + 10 - i),
                today=TODAY,
            )
    ops.add_milestone(journal, c["c1"], "referral", on=ago(20), today=TODAY)
    ops.add_milestone(journal, c["c2"], "referral", on=ago(25), today=TODAY)
    ops.add_milestone(journal, c["c1"], "testimonial", on=ago(15), today=TODAY)
    # Stages: c1 prospecting 165 days, purchase 100, connection 70, loyalty since 30 days;
    # c2 prospecting 65 days then connection; c7 prospecting 345 days then connection.
    ops.set_stage(journal, c["c1"], "purchase", on=ago(200), today=TODAY)
    ops.set_stage(journal, c["c1"], "connection", on=ago(100), today=TODAY)
    ops.set_stage(journal, c["c1"], "loyalty", on=ago(30), today=TODAY)
    ops.set_stage(journal, c["c2"], "connection", on=ago(300), today=TODAY)
    ops.set_stage(journal, c["c7"], "connection", on=ago(20), today=TODAY)
    log("c7", 100)  # c7's last touch: past the Connection cadence (21 days)
    return ids


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Journal, dict[str, int]]]:
    path: Path = tmp_path_factory.mktemp("insights") / "j.sqlite3"
    journal = open_journal(path)
    ids = _build(journal)
    yield journal, ids
    journal.close()


def insights(built: tuple[Journal, dict[str, int]], segment: str = "all") -> Insights:
    journal, _ = built
    with journal.read() as session:
        return compute_insights(session, Segment.parse(segment), TODAY)


def test_best_customers(built: tuple[Journal, dict[str, int]]) -> None:
    ins = insights(built)
    ids = built[1]
    best = ins.best_customers
    assert best.reason is None
    assert best.total_value_minor == TOTAL * 100
    assert best.buyers == 9 and best.customers == 10
    assert [p.customer_id for p in best.curve] == [ids[f"c{n}"] for n in range(1, 10)]
    assert best.curve[0].customer_share == pytest.approx(1 / 9)
    assert best.curve[0].value_share == pytest.approx(1000 / TOTAL)
    assert best.curve[-1].value_share == pytest.approx(1.0)
    a, b = best.boundaries
    assert (a.tier, a.customers, a.value_share) == ("A", 2, pytest.approx(1500 / TOTAL))
    assert (b.tier, b.customers, b.value_share) == ("B", 5, pytest.approx(1850 / TOTAL))
    assert best.meaning == (
        "Your top 2 customers (22% of those who bought) bring 77% of the last 12 months' value."
    )
    top = best.top[0]
    assert (top.customer_id, top.tier, top.value_minor) == (ids["c1"], "A", 100000)
    assert top.last_touch == ago(30)  # the gift


@pytest.mark.parametrize(
    ("segment", "customers", "buyers", "top_value"),
    [
        ("all", 10, 9, 1000),
        ("tier:A", 2, 2, 1000),
        ("tier:b", 3, 3, 200),
        ("tag:HOTEL", 5, 4, 500),  # c2, c4, c6, c8, c10: tags match whatever their case
        ("stage:connection", 2, 2, 500),  # c2 and c7
        ("stage:consideration", 0, 0, None),
    ],
)
def test_segments(
    built: tuple[Journal, dict[str, int]],
    segment: str,
    customers: int,
    buyers: int,
    top_value: int | None,
) -> None:
    ins = insights(built, segment)
    assert ins.customers == customers
    assert ins.best_customers.buyers == buyers
    if top_value is None:
        assert ins.best_customers.meaning is None
        assert ins.best_customers.reason and "No purchases" in ins.best_customers.reason
        for _, section in ins.sections():
            assert (section.meaning is None) == bool(section.reason)  # type: ignore[attr-defined]
    else:
        assert ins.best_customers.top[0].value_minor == top_value * 100


def test_unknown_tag_is_a_user_error(built: tuple[Journal, dict[str, int]]) -> None:
    with pytest.raises(UserError, match="No customer has the tag 'nope'.*cafe, hotel"):
        insights(built, "tag:nope")


@pytest.mark.parametrize("text", ["stage:nowhere", "tier:D", "colour:red", "tag:"])
def test_bad_segments(text: str) -> None:
    with pytest.raises(UserError, match="Unknown segment"):
        Segment.parse(text)


def test_why_they_buy(built: tuple[Journal, dict[str, int]]) -> None:
    ids = built[1]
    why = insights(built).why_they_buy
    assert why.answers == 5 and why.customers_answered == 5
    delivery, price = why.themes
    assert set(delivery.customer_ids) == {ids["c1"], ids["c3"], ids["c6"]}
    assert delivery.customer_ids[0] == ids["c1"]  # the most valuable first
    assert delivery.value_share == pytest.approx((1000 + 200 + 40) / TOTAL)
    assert delivery.name == "Fast delivery"  # all differ: the shortest answer
    assert [q.customer_id for q in delivery.quotes] == [ids["c6"], ids["c3"], ids["c1"]]
    assert delivery.quotes[0].on == ago(30)
    assert set(price.customer_ids) == {ids["c4"], ids["c5"]}
    assert [c.customer_id for c in why.never_asked] == [ids["c2"]]
    assert why.meaning == (
        "5 customers told you why they buy; the reason most give is 'Fast delivery' "
        "(3 customers, 64% of the value)."
    )


def test_delights(built: tuple[Journal, dict[str, int]]) -> None:
    ids = built[1]
    d = insights(built).delights
    assert d.mentions == 3
    assert [(t.customer_ids, t.mentions) for t in d.themes] == [
        ((ids["c1"], ids["c2"]), 2),
        ((ids["c2"],), 1),
    ]


def test_pains(built: tuple[Journal, dict[str, int]]) -> None:
    ids = built[1]
    p = insights(built).pains
    assert (p.open_ours, p.resolved_ours, p.open_competitors, p.resolved_competitors) == (
        1,
        1,
        2,
        0,
    )
    assert p.median_days_to_resolve_ours == 20
    (ours,) = p.ours
    assert (ours.open, ours.resolved, ours.open_customer_ids) == (1, 1, (ids["c2"],))
    (theirs,) = p.competitors
    # One complaint of two competitors: named as of "a competitor", both listed (as often
    # mentioned: by name then).
    assert theirs.name == "A competitor keeps missing deliveries"
    assert theirs.competitors == ("BeanCo", "Roastwerk")
    assert set(theirs.customer_ids) == {ids["c3"], ids["c4"]}
    assert (p.raised_last_90, p.raised_previous_90) == (1, 1)
    assert (p.resolved_last_90, p.resolved_previous_90) == (1, 0)
    # The competitors' missed deliveries rose most (2 against 0), right after a sentence that
    # counts the pains with you: it says whose they are.
    assert p.change_meaning is not None and p.change_meaning.endswith(
        "Rising most: 'A competitor keeps missing deliveries', with competitors (2 against 0)."
    ), p.change_meaning


def test_pains_as_of_an_earlier_day(built: tuple[Journal, dict[str, int]]) -> None:
    """Ninety days ago the first pain was still open, and the later ones not yet raised."""
    journal, _ = built
    with journal.read() as session:
        p = compute_insights(session, Segment(), ago(90)).pains
    assert (p.open_ours, p.resolved_ours, p.open_competitors) == (1, 0, 0)
    assert p.median_days_to_resolve_ours is None


def test_trust(built: tuple[Journal, dict[str, int]]) -> None:
    ids = built[1]
    t = insights(built).trust
    assert (t.gifts, t.gift_customers, t.gift_cost_minor) == (2, 2, 3550)
    assert [(r.name, r.count) for r in t.reactions] == [("Loved it", 1)]
    assert (t.invitations, t.invitations_past) == (4, 3)
    assert t.accepted_rate == pytest.approx(2 / 3)
    assert t.attended_rate == pytest.approx(1 / 2)
    assert t.no_show_rate == pytest.approx(1 / 2)
    assert t.declined_rate == pytest.approx(1 / 3)
    assert [(m.kind, m.count, len(m.customer_ids)) for m in t.milestones] == [
        ("referral", 2, 2),
        ("testimonial", 1, 1),
    ]
    # c2 and c7 are in Connection without an invitation; c1 (Loyalty) was invited.
    assert [c.customer_id for c in t.never_invited] == [ids["c2"], ids["c7"]]
    assert [c.customer_id for c in t.best_without_gift] == [ids["c2"]]


def test_stages(built: tuple[Journal, dict[str, int]]) -> None:
    ids = built[1]
    s = insights(built).stages
    rows = {r.stage: r for r in s.rows}
    assert [r.stage for r in s.rows] == [
        "prospecting",
        "consideration",
        "purchase",
        "connection",
        "loyalty",
    ]
    assert (rows["prospecting"].customers, rows["connection"].customers) == (7, 2)
    assert rows["loyalty"].customer_ids == (ids["c1"],)
    assert rows["prospecting"].median_days == 165  # 165, 65, 345
    assert rows["purchase"].median_days == 100
    assert rows["connection"].median_days == 70
    assert rows["consideration"].median_days is None
    assert (rows["loyalty"].moves_in_90, rows["connection"].moves_in_90) == (1, 1)
    assert s.moves_in_90 == 2
    assert rows["connection"].neglected_ids == (ids["c7"],)
    assert rows["connection"].neglect_rate == pytest.approx(0.5)
    # c1 (tier A: 23 days) was last touched 30 days ago: the only one in Loyalty.
    assert s.neglect_meaning and s.neglect_meaning.startswith("Loyalty is the most neglected")


def test_an_empty_journal_says_a_sentence_per_section(journal: Journal) -> None:
    with journal.read() as session:
        ins = compute_insights(session, Segment(), TODAY)
    assert ins.customers == 0
    for _, section in ins.sections():
        assert section.meaning is None  # type: ignore[attr-defined]
        assert section.reason and section.reason.endswith(".")  # type: ignore[attr-defined]


def test_health_across_the_journal(built: tuple[Journal, dict[str, int]]) -> None:
    """Every customer of the segment is in one bucket of each element, or not enough to tell;
    fallers are those whose mean of the elements known both times is lower than 90 days ago."""
    journal, _ = built
    from custjournal.store.health import health_of_all

    ins = insights(built)
    h = ins.health
    assert h.reason is None and h.meaning
    assert [e.element for e in h.elements] == ["knowledge", "responsibility", "respect", "care"]
    with journal.read() as session:
        now = health_of_all(session, TODAY)
        then = health_of_all(session, ago(90))
    for e in h.elements:
        assert sum(e.buckets) + e.not_enough == ins.customers
        scores = [getattr(now[c], e.element).score for c in ins.customer_ids]
        assert e.not_enough == sum(1 for s in scores if s is None)
        for bucket, ids in enumerate(e.bucket_ids):
            for cid in ids:
                score = getattr(now[cid], e.element).score
                assert score is not None and min(score // 20, 4) == bucket
    drops = [f.drop for f in h.fallers]
    assert drops == sorted(drops, reverse=True) and all(d > 0 for d in drops)
    for f in h.fallers:
        both = [
            (getattr(then[f.customer_id], e).score, getattr(now[f.customer_id], e).score)
            for e in ("knowledge", "responsibility", "respect", "care")
        ]
        known = [(a, b) for a, b in both if a is not None and b is not None]
        # The means of the elements known both times, rounded half up as the scores are.
        assert f.before == math.floor(sum(a for a, _ in known) / len(known) + 0.5)
        assert f.now == math.floor(sum(b for _, b in known) / len(known) + 0.5)


def test_health_of_a_tier_segment_counts_only_its_customers(
    built: tuple[Journal, dict[str, int]],
) -> None:
    h = insights(built, "tier:A").health
    for e in h.elements:
        assert sum(e.buckets) + e.not_enough == 2


@pytest.mark.parametrize(
    ("day", "accepted", "attended"),
    [(ago(50), None, None), (ago(20), 1.0, 0.0), (TODAY, 1.0, 1.0)],
)
def test_an_invitation_has_the_status_it_had_that_day(
    journal: Journal, day: dt.date, accepted: float | None, attended: float | None
) -> None:
    """Invited 60 days ago to an event 40 days ago, accepted 45 days ago, marked attended 5 days
    ago: 50 days ago the event was still to come, 20 days ago it was accepted, today attended."""
    cid = ops.add_customer(journal, "Ada", today=ADDED).id
    assert cid
    event = ago(40)
    for status, on in (("invited", ago(60)), ("accepted", ago(45)), ("attended", ago(5))):
        ops.record_invitation(
            journal, cid, "Gala", event, status=status, invited_on=ago(60), today=on
        )
    with journal.read() as session:
        t = compute_insights(session, Segment(), day).trust
    assert t.invitations == 1
    assert (t.accepted_rate, t.attended_rate) == (accepted, attended)


# Words that name no theme (stop words alone): the section has nothing to show, as if none had
# been said, instead of failing to work out the page.
STOP_WORDS_ONLY = {
    "delights": {"delights": ["other"]},
    "why they buy": {"why_buy": "other"},
    "pains": {"pains": [ops.PainInput("other"), ops.PainInput("the other", "competitor")]},
}


@pytest.mark.parametrize("said", list(STOP_WORDS_ONLY))
def test_words_of_stop_words_alone_leave_the_section_with_nothing_yet(
    journal: Journal, said: str
) -> None:
    from custjournal.store import insights_kept

    ops.set_currency(journal, "EUR")
    cid = ops.add_customer(journal, "Ada", today=ADDED).id
    assert cid
    ops.log_conversation(journal, cid, on=ago(5), today=TODAY, **STOP_WORDS_ONLY[said])  # type: ignore[arg-type]
    with journal.reader() as source:
        ins = insights_kept.page(source, Segment(), TODAY)
    assert ins == compute_insights_fresh(journal)
    if said == "delights":
        assert ins.delights.themes == () and ins.delights.meaning is None
        assert ins.delights.reason and ins.delights.reason.startswith("No delights recorded yet")
    elif said == "why they buy":
        assert ins.why_they_buy.themes == () and ins.why_they_buy.meaning is None
        reason = ins.why_they_buy.reason
        assert reason and reason.startswith("No reasons for buying recorded yet")
    else:  # the pains are counted (open or resolved), though none names a theme
        assert ins.pains.ours == () and ins.pains.competitors == ()
        assert ins.pains.meaning and ins.pains.meaning.startswith("1 of 1 pain with you")
    for _, section in ins.sections():
        assert section.meaning or section.reason  # type: ignore[attr-defined]


def compute_insights_fresh(journal: Journal) -> Insights:
    with journal.reader() as source:
        return compute_insights(source, Segment(), TODAY)
