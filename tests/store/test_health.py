"""Relationship health on small hand-computed journals (docs/health.md has the rules).

Each case builds a journal through ops/, then reads one element as of a day; the comment beside
each expected score is the hand computation from the weights in domain/health.py.
"""

import datetime as dt

import pytest

from custjournal import ops
from custjournal.domain import health as rules
from custjournal.ops.actions import PainInput
from custjournal.store import health, settings
from tests import rawdb

D = dt.date


def added(journal_path, cid, day):
    """Backdate when the customer was added (ops stamp the real clock)."""
    con = rawdb.connect(journal_path)
    con.execute(
        "UPDATE customer SET created_at = ? WHERE id = ?", (f"{day.isoformat()} 09:00:00", cid)
    )
    con.commit()
    con.close()


def customer(journal, journal_path, day, **kw):
    kw.setdefault("stage", "connection")
    cid = ops.add_customer(journal, "Ada Lovelace", **kw).id
    added(journal_path, cid, day)
    return cid


def element(journal, cid, today, name):
    with journal.read() as session:
        h = health.health_of(session, cid, today)
    assert h is not None
    return getattr(h, name)


# --- knowledge ---------------------------------------------------------------------------------


def knowledge_journal(journal, journal_path):
    cid = customer(journal, journal_path, D(2025, 1, 1))
    ops.log_conversation(
        journal, cid, on=D(2025, 3, 1), why_buy="fast delivery", delights=["the samples"]
    )
    ops.add_fact(journal, cid, "family", "two kids", on=D(2025, 3, 1))
    ops.add_fact(journal, cid, "interests", "sailing", on=D(2025, 3, 1))
    return cid


@pytest.mark.parametrize(
    ("today", "score", "said"),
    [
        # Nothing learned yet on that day: the conversation and facts come later.
        (D(2025, 2, 15), None, "Not enough to tell yet: nothing learned yet, in 0 conversations."),
        # 2 of 4 areas: 20; why asked: 25; 1 of 2 delights: 7.5; learned 92 days ago: 20.
        (D(2025, 6, 1), 73, "Personal facts known in 2 of 6 areas: family and interests."),
        # The same, learned 457 days ago (more than a year): recency 0, so 52.5.
        (D(2026, 6, 1), 53, "Last learned something new 457 days ago."),
    ],
)
def test_knowledge(journal, journal_path, today, score, said):
    cid = knowledge_journal(journal, journal_path)
    k = element(journal, cid, today, "knowledge")
    assert k.score == score
    assert any(said in r for r in k.reasons), k.reasons


def test_knowledge_after_conversations_that_taught_nothing(journal, journal_path):
    cid = customer(journal, journal_path, D(2025, 1, 1))
    ops.log_conversation(journal, cid, on=D(2025, 1, 5))
    k = element(journal, cid, D(2025, 2, 1), "knowledge")
    assert (k.score, k.reasons) == (
        None,
        ("Not enough to tell yet: nothing learned yet, in 1 conversation.",),
    )
    ops.log_conversation(journal, cid, on=D(2025, 1, 20))
    # Two conversations and nothing learned: every part is 0; that is a score, not missing data.
    k = element(journal, cid, D(2025, 2, 1), "knowledge")
    assert k.score == 0
    assert k.reasons == (
        "No personal fact known yet.",
        "Never asked why they buy.",
        "No delight recorded yet.",
    )


def test_knowledge_of_facts_alone_never_asked_why(journal, journal_path):
    cid = customer(journal, journal_path, D(2025, 1, 1))
    for category in ("family", "interests", "goals", "preferences", "dislikes"):
        ops.add_fact(journal, cid, category, "something", on=D(2025, 1, 10))
    # 5 areas: the whole 40; never asked why: 0; no delight: 0; 202 days ago: half of 20.
    k = element(journal, cid, D(2025, 7, 31), "knowledge")
    assert k.score == 50
    assert "Never asked why they buy." in k.reasons


# --- responsibility ----------------------------------------------------------------------------


def promises_journal(journal, journal_path, **kw):
    cid = customer(journal, journal_path, D(2025, 1, 1), **kw)
    made = D(2025, 3, 1)
    for text, due in (
        ("send the brochure", D(2025, 3, 10)),
        ("call back about prices", D(2025, 3, 10)),
        ("visit the plant", D(2025, 3, 20)),
        ("quote for next year", D(2025, 7, 1)),
    ):
        ops.add_promise(journal, cid, text, due=due, on=made)
    ops.mark_promise_done(journal, cid, "send", on=D(2025, 3, 8))
    ops.mark_promise_done(journal, cid, "call", on=D(2025, 3, 15))
    return cid


@pytest.mark.parametrize(
    ("today", "score", "reasons"),
    [
        (
            D(2025, 2, 1),
            None,
            ("Not enough to tell yet: no promise with a due date has come due.",),
        ),
        # Only the brochure's day has come, and it was kept on time.
        (D(2025, 3, 9), 100, ("1 of 1 promise due kept on time.",)),
        # Brochure on time, the call not kept by the 12th: overdue. (1 + 0) / 2.
        (
            D(2025, 3, 12),
            50,
            (
                "1 of 2 promises due kept on time.",
                "1 overdue now.",
                "The oldest, 'call back about prices', was due 2 days ago.",
            ),
        ),
        # On time, late (half), overdue (the plant): (1 + 0.5) / 3; the quote is not due yet.
        (
            D(2025, 4, 1),
            50,
            (
                "1 of 3 promises due kept on time.",
                "1 kept late.",
                "1 overdue now.",
                "The oldest, 'visit the plant', was due 12 days ago.",
            ),
        ),
    ],
)
def test_responsibility(journal, journal_path, today, score, reasons):
    cid = promises_journal(journal, journal_path)
    r = element(journal, cid, today, "responsibility")
    assert (r.score, r.reasons) == (score, reasons)


def test_the_next_step_keeps_the_overdue_promise_when_responsibility_is_weakest(
    journal, journal_path
):
    # A yearly cadence: too soon to tell care, so responsibility is the only element scored.
    cid = promises_journal(journal, journal_path, cadence_days=365)
    with journal.read() as session:
        h = health.health_of(session, cid, D(2025, 3, 12))
    assert h is not None
    assert h.next_step == (
        "Keep the overdue promise 'call back about prices', or tell them when you will."
    )


# --- respect -----------------------------------------------------------------------------------


def test_respect_needs_a_pain_point_or_three_conversations(journal, journal_path):
    cid = customer(journal, journal_path, D(2025, 1, 1))
    ops.log_conversation(journal, cid, on=D(2025, 1, 5), delights=["quick answers"])
    ops.log_conversation(journal, cid, on=D(2025, 1, 6))
    s = element(journal, cid, D(2025, 2, 1), "respect")
    assert s.score is None
    assert s.reasons[0].startswith("Not enough to tell yet: no pain point with us raised")
    ops.log_conversation(journal, cid, on=D(2025, 1, 7))
    # Three conversations, no pain with us: their words alone, 1 of 3 kinds heard.
    s = element(journal, cid, D(2025, 2, 1), "respect")
    assert s.score == 33
    assert s.reasons == (
        "No pain point with us raised.",
        "In their own words: what delights them.",
    )


def respect_journal(journal, journal_path):
    cid = customer(journal, journal_path, D(2024, 12, 1))
    ops.log_conversation(
        journal,
        cid,
        on=D(2025, 1, 1),
        delights=["the samples"],
        pains=[
            PainInput("slow shipping"),
            PainInput("wrong invoice"),
            PainInput("rude support", "competitor"),
        ],
    )
    ops.resolve_pain_point(journal, cid, "slow", on=D(2025, 1, 11))
    return cid


@pytest.mark.parametrize(
    ("today", "score", "first"),
    [
        # Nothing resolved yet: speed is left out; words 2 of 3 kinds: (0 + 20 * 2/3) / 80.
        (D(2025, 1, 5), 17, "0 of 2 pain points with us resolved."),
        # 1 of 2 resolved: 30; in 10 days (fast): 20; words: 13.3.
        (D(2025, 2, 1), 63, "1 of 2 pain points with us resolved."),
        # Before the conversation: nothing raised, no conversation.
        (D(2024, 12, 20), None, "Not enough to tell yet"),
    ],
)
def test_respect(journal, journal_path, today, score, first):
    cid = respect_journal(journal, journal_path)
    s = element(journal, cid, today, "respect")
    assert s.score == score
    assert s.reasons[0].startswith(first)


def test_respect_reasons_name_speed_the_open_pain_and_competitors(journal, journal_path):
    cid = respect_journal(journal, journal_path)
    s = element(journal, cid, D(2025, 2, 1), "respect")
    assert s.reasons == (
        "1 of 2 pain points with us resolved.",
        "Resolved in 10 days (median).",
        "Open the longest: 'wrong invoice', raised 31 days ago.",
        "1 pain point with competitors heard.",
        "In their own words: what delights them and what troubles them.",
    )


# --- care --------------------------------------------------------------------------------------


def care_journal(journal, journal_path):
    cid = customer(journal, journal_path, D(2024, 1, 1), cadence_days=30)
    for month in range(7, 13):
        ops.log_conversation(journal, cid, on=D(2024, month, 15))
    ops.add_fact(journal, cid, "important-date", "Birthday", month_day=(11, 20), on=D(2024, 6, 1))
    return cid


@pytest.mark.parametrize(
    ("today", "score", "reasons"),
    [
        # Known 9 days, less than one cadence of 30.
        (
            D(2024, 1, 10),
            None,
            (
                "Not enough to tell yet: known for 9 days, less than one cadence (own cadence: 30 days).",
            ),
        ),
        # 6 touches of 12.2 expected: 50 * 0.493; last contact 17 days ago: 20; the birthday met
        # (15 November, within a week before the 20th): 15; no gift of the 2 a Connection
        # customer calls for: 0. 24.7 + 20 + 15 = 59.7.
        (
            D(2025, 1, 1),
            60,
            (
                "6 touches in the last 12 months, about 12 expected (own cadence: 30 days).",
                "Last contact 17 days ago.",
                "1 of 1 important date met with a touch.",
                "0 gifts and invitations in the last 12 months; a Connection customer calls for 2.",
            ),
        ),
        # 76 days since the last contact, 2.5 cadences: current 0. 24.7 + 0 + 15 = 39.7.
        (D(2025, 3, 1), 40, None),
    ],
)
def test_care(journal, journal_path, today, score, reasons):
    cid = care_journal(journal, journal_path)
    c = element(journal, cid, today, "care")
    assert c.score == score
    if reasons:
        assert c.reasons == reasons


def test_care_counts_gifts_and_invitations_and_a_missed_date(journal, journal_path):
    cid = care_journal(journal, journal_path)
    ops.add_gift(journal, cid, "Tea", on=D(2024, 9, 1))
    ops.record_invitation(journal, cid, "Gala", D(2024, 10, 20), invited_on=D(2024, 10, 1))
    ops.add_fact(journal, cid, "important-date", "Anniversary", month_day=(9, 30), on=D(2024, 6, 1))
    # 8 touches of 12.17: 50 * 0.658 = 32.9; current: 20; dates 2 of 2 (the anniversary on 30
    # September is met by the invitation sent the day after): 15; generosity 2 of 2: 15.
    # 32.9 + 20 + 15 + 15 = 82.9.
    c = element(journal, cid, D(2025, 1, 1), "care")
    assert c.score == 83
    assert "2 of 2 important dates met with a touch." in c.reasons


# --- all four ----------------------------------------------------------------------------------


def test_health_of_all_agrees_with_health_of_one(journal, journal_path):
    a = promises_journal(journal, journal_path)
    b = care_journal(journal, journal_path)
    c = customer(journal, journal_path, D(2025, 6, 1))  # added after the day asked
    with journal.read() as session:
        every = health.health_of_all(session, D(2025, 4, 1))
        ones = {cid: health.health_of(session, cid, D(2025, 4, 1)) for cid in (a, b, c)}
        assert health.health_of(session, 999, D(2025, 4, 1)) is None
    assert every == ones
    assert [e.score for e in every[c].elements] == [None, None, None, None]


def test_json_gives_null_with_a_reason():
    facts = rules.HealthFacts(1, "prospecting", 14, "Prospecting cadence: 14 days", D(2025, 1, 1))
    out = rules.to_json(rules.assess(facts, D(2025, 1, 5)))
    assert out["knowledge"] == {
        "score": None,
        "reasons": ["Not enough to tell yet: nothing learned yet, in 0 conversations."],
        "reason": "Not enough to tell yet: nothing learned yet, in 0 conversations.",
    }
    assert out["overall"] is None
    assert out["next_step"].startswith("Talk with them")


def test_one_customers_tier_agrees_with_the_lists_ranking(journal):
    """tier_of_one counts the buyers above instead of ranking them all: the same tiers, ties
    at the boundaries and pins included."""
    import random

    from custjournal.store import queries

    rng = random.Random(7)
    today = D(2026, 3, 1)
    ids = []
    for n in range(23):
        pin = rng.choice([None, None, None, None, "A", "C"])
        cid = ops.add_customer(journal, f"Customer {n}", tier_pin=pin).id
        ids.append(cid)
        for _ in range(rng.randint(0, 3)):
            # Few distinct amounts, so that ties fall on the boundaries.
            amount = rng.choice([1000, 2000, 2000, 5000])
            on = today - dt.timedelta(days=rng.randint(0, 500))
            ops.add_purchase(journal, cid, amount, on=on)
    with journal.read() as session:
        pins = dict(queries.raw_rows(session, "SELECT id, tier_pin FROM customer"))
        currency = settings.currency(session)
        seen = set()
        for cid in ids:
            expected = queries.customer_tier(session, cid, today, currency)
            assert health.tier_of_one(session, cid, pins[cid], today, currency) == expected, cid
            if not pins[cid]:
                seen.add(expected)
    assert seen == {"A", "B", "C"}


def test_scores_of_all_agree_with_health_of_all(journal, journal_path):
    """The Insights page reads scores only (rules.scores, without the sentences): they are the
    scores assess gives, for every customer of a demo journal (every branch of the rules: new,
    silent, pinned, with and without pains, promises, dates) and of the hand-made journals, on
    days from before the journal began to its last."""
    from custjournal import demo

    promises_journal(journal, journal_path)
    care_journal(journal, journal_path)
    demo.fill(journal, customers=60, seed=3, today=D(2025, 6, 1))
    days = [D(2024, 1, 1), D(2024, 12, 31), D(2025, 1, 1), D(2025, 3, 3), D(2025, 4, 1)]
    days += [D(2025, 6, 1), D(2025, 9, 1)]
    compared = 0
    with journal.read() as session:
        for day in days:
            full = health.health_of_all(session, day)
            short = health.scores_of_all(session, day)
            assert short.keys() == full.keys()
            for cid, h in full.items():
                assert short[cid] == tuple(e.score for e in h.elements), (day, cid)
                compared += sum(e.score is not None for e in h.elements)
    assert compared > 500  # the demo's customers were scored, not only left unknown


def test_the_lists_health_at_a_glance_is_assess_without_the_others_reasons(journal, journal_path):
    """The list's Health column (glance_of_all, rules.at_a_glance) shows what the customer's page
    shows: the same four scores, the same next step, and the weakest element's reasons; the
    other elements' reasons, which the list never shows, are left out."""
    from custjournal import demo

    promises_journal(journal, journal_path)
    care_journal(journal, journal_path)
    demo.fill(journal, customers=60, seed=3, today=D(2025, 6, 1))
    steps = 0
    with journal.read() as session:
        for day in [D(2024, 12, 31), D(2025, 3, 3), D(2025, 6, 1), D(2025, 9, 1)]:
            full = health.health_of_all(session, day)
            glance = health.glance_of_all(session, day)
            assert glance.keys() == full.keys()
            for cid, h in full.items():
                g = glance[cid]
                assert [e.score for e in g.elements] == [e.score for e in h.elements], cid
                assert g.next_step == h.next_step, (day, cid)
                assert g.overall == h.overall
                weakest = h.weakest.element if h.weakest else "knowledge"
                for mine, theirs in zip(g.elements, h.elements, strict=True):
                    expected = theirs.reasons if theirs.element == weakest else ()
                    assert mine.reasons == expected, (day, cid, theirs.element)
                steps += g.next_step is not None
    assert steps > 50


def test_scores_on_two_days_read_together_are_each_days_own(journal, journal_path):
    """The Insights page asks for today and 90 days ago at once (scores_of_all_at reads the
    counts and latest days once, the earlier day's as conditional columns): each day's scores
    are those the day asked alone gives, for pairs of days around the journal's first and last
    entries, within and across a 12-month window, and a day before anything happened."""
    from custjournal import demo

    promises_journal(journal, journal_path)
    care_journal(journal, journal_path)
    demo.fill(journal, customers=60, seed=3, today=D(2025, 6, 1))
    pairs = [
        (D(2024, 1, 1), D(2025, 6, 1)),
        (D(2025, 3, 3), D(2025, 6, 1)),
        (D(2025, 1, 1), D(2025, 4, 1)),
        (D(2024, 12, 31), D(2025, 9, 1)),
        (D(2025, 6, 1), D(2025, 6, 2)),
    ]
    differ = 0
    with journal.read() as session:
        for earlier, later in pairs:
            both = health.scores_of_all_at(session, (earlier, later))
            assert both == (
                health.scores_of_all(session, earlier),
                health.scores_of_all(session, later),
            ), (earlier, later)
            differ += sum(both[0][c] != both[1][c] for c in both[0])
        with pytest.raises(ValueError):
            health.scores_of_all_at(session, (D(2025, 6, 1), D(2025, 6, 1)))
    assert differ > 50  # the two days tell apart, so the check has something to compare
