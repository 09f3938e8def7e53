"""The health scores' short ways (domain/health.py): `scores` adds up the parts as the element
functions do (`assess`), and `day_scores` keeps another day's knowledge or care only where the
day asked gives the same; on any facts and any two days (a new day's carried health reads them
for every customer, store/health.py)."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from custjournal.domain import health as rules
from custjournal.domain.vocab import FACT_CATEGORIES, STAGE_LABELS

D = dt.date
DAYS = st.dates(min_value=D(2023, 1, 1), max_value=D(2026, 12, 31))
MAYBE_DAY = st.none() | DAYS


@st.composite
def facts(draw: st.DrawFn) -> rules.HealthFacts:
    f = rules.HealthFacts(
        1,
        draw(st.sampled_from(sorted(STAGE_LABELS))),
        draw(st.integers(0, 400)),
        "cadence",
        draw(DAYS),
    )
    f.conversations = draw(st.integers(0, 30))
    f.fact_categories = draw(
        st.dictionaries(st.sampled_from([*FACT_CATEGORIES, "other"]), DAYS, max_size=7)
    )
    f.why_buy_answers = draw(st.integers(0, 3))
    f.last_why_buy_on = draw(MAYBE_DAY) if f.why_buy_answers else None
    f.delights = draw(st.integers(0, 4))
    f.last_delight_on = draw(MAYBE_DAY) if f.delights else None
    f.promises_on_time, f.promises_late, f.promises_overdue = (
        draw(st.integers(0, 5)) for _ in range(3)
    )
    f.our_pains = draw(st.integers(0, 4))
    f.resolve_days = draw(st.lists(st.integers(0, 200), max_size=f.our_pains))
    f.competitor_pains = draw(st.integers(0, 3))
    f.last_touch = draw(MAYBE_DAY)
    f.touches_12m = draw(st.integers(0, 60))
    f.gifts_invitations_12m = draw(st.integers(0, 8))
    f.dates_due = draw(st.integers(0, 3))
    f.dates_remembered = draw(st.integers(0, f.dates_due))
    return f


@settings(max_examples=600, deadline=None)
@given(facts(), DAYS)
def test_scores_are_the_element_functions_scores(f, today):
    assert rules.scores(f, today) == tuple(e.score for e in rules.assess(f, today).elements)


@settings(max_examples=1500, deadline=None)
@given(facts(), DAYS, st.integers(-400, 400))
def test_a_day_moved_keeps_only_the_scores_that_day_gives(f, today, move):
    other = today + dt.timedelta(days=move)
    before = rules.scores(f, other)
    assert rules.day_scores(f, today, before, other, True) == rules.scores(f, today)
    assert rules.day_scores(f, today, before) == rules.scores(f, today)


def test_a_day_moved_across_a_boundary_scores_again():
    """Knowledge half fresh after 180 days; care past its cadence: the kept scores do not
    stay."""
    f = rules.HealthFacts(1, "connection", 30, "cadence", D(2024, 1, 1))
    f.conversations = 5
    f.fact_categories = {"family": D(2025, 6, 1)}
    f.last_touch = D(2025, 11, 1)
    f.touches_12m = 12
    day, next_day = D(2025, 11, 28), D(2025, 11, 29)  # 180 days, then 181; 27 then 28
    before = rules.scores(f, day)
    after = rules.day_scores(f, next_day, before, day, True)
    assert after == rules.scores(f, next_day)
    assert after[0] != before[0]
    later = D(2025, 12, 5)  # the gap past the cadence (34 days of 30)
    assert rules.day_scores(f, later, after, next_day, True)[3] == rules.scores(f, later)[3]
    assert rules.scores(f, later)[3] != after[3]
