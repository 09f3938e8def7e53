"""A/B/C tiers at their boundaries."""

import datetime as dt
import math

from hypothesis import given
from hypothesis import strategies as st

from custjournal.domain.tiers import assign, ranking, tier, window_start


def test_top_fifth_is_a_next_up_to_half_is_b():
    values = {i: (11 - i) * 100 for i in range(1, 11)}  # 10 buyers, distinct values
    tiers = assign(values, {}, list(range(1, 13)))
    assert [tiers[i] for i in range(1, 11)] == ["A", "A", "B", "B", "B", "C", "C", "C", "C", "C"]
    assert tiers[11] == tiers[12] == "C"  # no purchases


def test_ties_at_a_boundary_go_to_the_higher_tier():
    values = {1: 500, 2: 400, 3: 400, 4: 100, 5: 100}
    tiers = assign(values, {}, [1, 2, 3, 4, 5])
    # ceil(20% of 5) = 1 A slot, but 1 alone; ceil(50%) = 3 in A+B: 2 and 3 are B.
    assert tiers == {1: "A", 2: "B", 3: "B", 4: "C", 5: "C"}
    tied = assign({1: 300, 2: 300, 3: 100}, {}, [1, 2, 3])
    assert tied[1] == tied[2] == "A"


def test_pinned_customers_keep_their_pin_and_take_no_slot():
    values = {1: 900, 2: 800, 3: 100, 4: 50, 5: 10}
    tiers = assign(values, {1: "C"}, [1, 2, 3, 4, 5])
    assert tiers[1] == "C"
    assert tiers[2] == "A"


def test_window_is_the_twelve_months_up_to_today():
    assert window_start(dt.date(2026, 11, 23)) == dt.date(2025, 11, 24)
    assert window_start(dt.date(2028, 2, 29)) == dt.date(2027, 3, 1)


def _ranked_one_by_one(values, pins, all_ids):
    """The rule as docs/rules.md says it: rank the unpinned buyers, the first ceil(20%) are A,
    up to ceil(50%) B, ties at a boundary with the higher tier; pins kept; everyone else C."""
    ranked = sorted((v for cid, v in values.items() if not pins.get(cid)), reverse=True)
    tiers = {}
    for cid in all_ids:
        if pins.get(cid):
            tiers[cid] = pins[cid]
        elif cid not in values:
            tiers[cid] = "C"
        else:
            better = sum(1 for v in ranked if v > values[cid])  # ties share the best place
            n = len(ranked)
            tiers[cid] = (
                "A" if better < math.ceil(n * 0.2) else "B" if better < math.ceil(n * 0.5) else "C"
            )
    return tiers


@given(
    st.dictionaries(st.integers(1, 40), st.integers(-500, 5000), max_size=30),
    st.dictionaries(st.integers(1, 40), st.sampled_from(["A", "B", "C", "", None]), max_size=8),
)
def test_the_floors_rank_as_the_rule_says(values, pins):
    """`ranking` and `tier` (what the list and the due list work each row out with) and
    `assign` give every customer the tier of the rule."""
    ids = list(range(1, 45))
    expected = _ranked_one_by_one(values, pins, ids)
    assert assign(values, pins, ids) == expected
    a_floor, b_floor = ranking(values, pins)
    assert {c: tier(values.get(c), pins.get(c), a_floor, b_floor) for c in ids} == expected
