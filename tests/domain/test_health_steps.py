"""Care's next step: something to do whenever Care has something to do (docs/health.md).

The list's health tooltip once said "Keep in touch every 4 days, as you do." for a Care of 67:
in touch now, but a third of the touches the cadence asks for. Each case is one customer's
facts, known for over a year, with a 4-day cadence and no stage generosity (Prospecting);
Care is their only scored element, so its step is the customer's next step.
"""

from __future__ import annotations

import datetime as dt

import pytest

from custjournal.domain import health as rules

TODAY = dt.date(2026, 6, 15)


def facts(touches: int, last_days_ago: int, **kw: object) -> rules.HealthFacts:
    return rules.HealthFacts(
        customer_id=1,
        stage=str(kw.pop("stage", "prospecting")),
        cadence_days=4,
        cadence_explanation="own cadence: 4 days",
        first_seen=TODAY - dt.timedelta(days=500),
        last_touch=TODAY - dt.timedelta(days=last_days_ago),
        touches_12m=touches,
        **kw,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("touches", "last", "extra", "score", "step"),
    [
        # 30 of ~91 touches (0.33 × 50), in touch now (20): 36.5 / 70 = 52.
        (
            30,
            2,
            {},
            52,
            "Get in touch about every 4 days: 30 touches in the last 12 months against about "
            "91 expected.",
        ),
        # Every touch the cadence asks for and in touch now: nothing to change.
        (95, 2, {}, 100, "Keep in touch every 4 days, as you do."),
        # Past the cadence (10 days: 2.5 cadences, in touch now 0): 16.4 / 70 = 23. Get in
        # touch comes first.
        (
            30,
            10,
            {},
            23,
            "Get in touch: the last contact was 10 days ago, more than the 4 days of their "
            "cadence.",
        ),
        # A date missed (0 of 15) comes before the rhythm: 36.4 / 85 = 43.
        (
            30,
            2,
            {"dates_due": 1, "dates_remembered": 0},
            43,
            "Mark their important dates with a call or a card, from a week before.",
        ),
        # A Loyalty customer without gifts or invitations (0 of 15): 70 / 85 = 82.
        (
            95,
            2,
            {"stage": "loyalty"},
            82,
            "Invite them to an event or send a small gift, as a Loyalty customer deserves.",
        ),
    ],
)
def test_cares_next_step_says_what_to_do(
    touches: int, last: int, extra: dict[str, object], score: int, step: str
) -> None:
    f = facts(touches, last, **extra)
    care, care_step = rules.care(f, TODAY)
    assert (care.score, str(care_step)) == (score, step)
    h = rules.assess(f, TODAY)
    assert str(h.next_step) == step
    assert str(rules.at_a_glance(f, TODAY).next_step) == step
