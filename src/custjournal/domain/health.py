"""Relationship health: knowledge, responsibility, respect and care (`docs/health.md`).

The four elements of loving your customers (seed 002, after Erich Fromm), each scored 0-100 from
what the journal holds about one customer as of a day, each explained in sentences built from
that data, and one suggested next step for the weakest element. An element without enough data
is `None` ("not enough to tell yet"), never a zero.

Pure rules over plain data: no SQL, no Qt. `store/health.py` gathers one `HealthFacts` per
customer (counts and dates, every entry dated after *today* left out) and calls
`assess(facts, today)`; the customer page, the brief, the customer list, `custjournal health`
and the Insights page show what comes out, so they always agree.

Each element is a weighted mean of parts, each part a share between 0 and 1. A part that does
not apply (no pain point raised, no important date known) is left out of the mean rather than
counted as zero, so a score never punishes what there was no occasion for. The weights and
thresholds are the constants below; docs/health.md explains each.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from custjournal.domain.i18n import CadenceText, HealthText, Listed, clause, phrase
from custjournal.domain.vocab import FACT_CATEGORIES, QT_TRANSLATE_NOOP, STAGE_LABELS

KNOWLEDGE = "knowledge"
RESPONSIBILITY = "responsibility"
RESPECT = "respect"
CARE = "care"
ELEMENTS: tuple[str, ...] = (KNOWLEDGE, RESPONSIBILITY, RESPECT, CARE)
ELEMENT_LABELS = {
    "knowledge": QT_TRANSLATE_NOOP("Vocabulary", "Knowledge"),
    "responsibility": QT_TRANSLATE_NOOP("Vocabulary", "Responsibility"),
    "respect": QT_TRANSLATE_NOOP("Vocabulary", "Respect"),
    "care": QT_TRANSLATE_NOOP("Vocabulary", "Care"),
}
NOT_ENOUGH = "Not enough to tell yet"

# Knowledge: personal facts across this many categories earn the whole part (of six).
KNOWLEDGE_CATEGORIES_FULL = 4
KNOWLEDGE_DELIGHTS_FULL = 2
KNOWLEDGE_FRESH_DAYS = 180
# Nothing learned in fewer conversations than this is too early to judge; after, it scores.
KNOWLEDGE_MIN_CONVERSATIONS = 2  # something learned within: fresh; within a year: half
KNOWLEDGE_WEIGHTS = {"breadth": 40, "why": 25, "delights": 15, "recency": 20}

# Respect: a pain point of ours resolved within this many days (median) is fast, within the
# second slow but answered; a respect score from listening alone needs this many conversations.
RESPECT_FAST_DAYS = 14
RESPECT_SLOW_DAYS = 60
RESPECT_MIN_CONVERSATIONS = 3
RESPECT_WEIGHTS = {"resolved": 60, "speed": 20, "words": 20}

# Care: touches in proportion to the cadence, the current gap, important dates met with a touch
# (from a week before to the day after), and gifts and invitations as the stage calls for.
CARE_WEIGHTS = {"regular": 50, "current": 20, "dates": 15, "generosity": 15}
DATE_BEFORE_DAYS = 7
DATE_AFTER_DAYS = 1
# Gifts and invitations a year that a customer of each stage is due (seed 001: trust grows
# through freebies and invitations once there is a relationship to grow).
GENEROSITY_PER_YEAR = {
    "prospecting": 0,
    "consideration": 0,
    "purchase": 1,
    "connection": 2,
    "loyalty": 2,
}
WINDOW_DAYS = 365


# Frozen, without slots: `_element` and `_health` below build them by filling the instance's
# __dict__, which skips the frozen __init__'s object.__setattr__ per field (health_of_all builds
# 50,000 of them at 10,000 customers: ~3.7 us each through __init__, ~1.5 us so).
@dataclass(frozen=True)
class ElementHealth:
    element: str
    score: int | None  # 0-100; None: not enough to tell yet
    reasons: tuple[str, ...]

    @property
    def label(self) -> str:
        return ELEMENT_LABELS.get(self.element, self.element)


@dataclass(frozen=True)
class Health:
    customer_id: int
    knowledge: ElementHealth
    responsibility: ElementHealth
    respect: ElementHealth
    care: ElementHealth
    next_step: str | None

    @property
    def elements(self) -> tuple[ElementHealth, ...]:
        return (self.knowledge, self.responsibility, self.respect, self.care)

    @property
    def overall(self) -> int | None:
        """The mean of the elements that have a score (None if none has): the list's column."""
        scores = [e.score for e in self.elements if e.score is not None]
        return round_half_up(sum(scores) / len(scores)) if scores else None

    @property
    def weakest(self) -> ElementHealth | None:
        scored = [e for e in self.elements if e.score is not None]
        return min(scored, key=lambda e: e.score or 0) if scored else None


@dataclass(slots=True)
class HealthFacts:
    """What the rules read about one customer, as of a day: entries after it left out.

    Dates are the entries' own (a delight or pain point takes its conversation's day).
    """

    customer_id: int
    stage: str
    cadence_days: int
    cadence_explanation: str
    first_seen: dt.date  # the day added, or the first touch if earlier
    # knowledge
    conversations: int = 0
    fact_categories: dict[str, dt.date] = field(default_factory=dict)  # latest learned_on
    why_buy_answers: int = 0
    last_why_buy_on: dt.date | None = None
    delights: int = 0
    last_delight_on: dt.date | None = None
    # responsibility: promises with a due day that has come, or kept by today
    promises_on_time: int = 0
    promises_late: int = 0
    promises_overdue: int = 0
    oldest_overdue: tuple[str, dt.date] | None = None  # (text, due day)
    # respect
    our_pains: int = 0
    resolve_days: list[int] = field(default_factory=list)  # of ours resolved by today
    oldest_open_pain: tuple[str, dt.date] | None = None  # (text, raised on), ours
    competitor_pains: int = 0
    # care
    last_touch: dt.date | None = None
    touches_12m: int = 0
    gifts_invitations_12m: int = 0
    dates_due: int = 0  # important dates of the last 12 months known a week ahead
    dates_remembered: int = 0  # of those, met with a touch near the day


_new = object.__new__


def _element(element: str, score: int | None, reasons: tuple[str, ...]) -> ElementHealth:
    e = _new(ElementHealth)
    e.__dict__.update(element=element, score=score, reasons=reasons)
    return e


def _health(
    customer_id: int,
    knowledge: ElementHealth,
    responsibility: ElementHealth,
    respect: ElementHealth,
    care: ElementHealth,
    next_step: str | None,
) -> Health:
    h = _new(Health)
    h.__dict__.update(
        customer_id=customer_id,
        knowledge=knowledge,
        responsibility=responsibility,
        respect=respect,
        care=care,
        next_step=next_step,
    )
    return h


def round_half_up(x: float) -> int:
    # Python's round() goes to even (72.5 -> 72); a score is read as people round.
    return math.floor(x + 0.5)


def _weighted(parts: dict[str, float | None], weights: dict[str, int]) -> int | None:
    total = 0
    acc = 0.0
    for k, v in parts.items():
        if v is not None:
            w = weights[k]
            total += w
            acc += w * v
    if not total:
        return None
    return math.floor(100 * acc / total + 0.5)


def _ago(today: dt.date, day: dt.date) -> str:
    days = (today - day).days
    if days <= 0:
        return HealthText.tr("today")
    if days == 1:
        return HealthText.tr("yesterday")
    return HealthText.tr("%n day(s) ago", "", days)


def _area(category: str) -> str:
    """A category of facts as a sentence names it ("important date")."""
    return _AREAS.get(category) or phrase("Areas", category.replace("-", " "))


# Said for every customer (the list's Health column): made once.
_AREAS = {c: phrase("Areas", c.replace("-", " ")) for c in FACT_CATEGORIES}
_DELIGHTS = phrase("Phrases", QT_TRANSLATE_NOOP("Phrases", "what delights them"))
_TROUBLES = phrase("Phrases", QT_TRANSLATE_NOOP("Phrases", "what troubles them"))
_WHY = phrase("Phrases", QT_TRANSLATE_NOOP("Phrases", "why they buy"))


def _quote(text: str, limit: int = 60) -> str:
    # Without its full stop: the sentence goes on after the quote ("'…warning', raised").
    text = clause(" ".join(text.split()))
    return f"'{text if len(text) <= limit else text[: limit - 1] + '…'}'"


def _join(words: Sequence[str]) -> Listed:
    return Listed(words)  # "a, b and c", in the app the locale's way


# --- the rules' bands: one function each, read by the element functions (with their sentences)
# and by `scores` (without), so the two can never disagree --------------------------------------


def _recency(age: int) -> float:
    """Knowledge: something learned *age* days ago is fresh, within a year half, older none."""
    return 1.0 if age <= KNOWLEDGE_FRESH_DAYS else 0.5 if age <= 365 else 0.0


def _speed(median: float | None) -> float | None:
    """Respect: pain points of ours resolved in *median* days are fast, slow, or too slow;
    None with none resolved."""
    if median is None:
        return None
    return 1.0 if median <= RESPECT_FAST_DAYS else 0.5 if median <= RESPECT_SLOW_DAYS else 0.0


def _words(f: HealthFacts) -> float | None:
    """Respect: the share of the three kinds of their own words recorded (what delights them,
    what troubles them, why they buy); None before any conversation."""
    if not f.conversations:
        return None
    return (bool(f.delights) + bool(f.our_pains + f.competitor_pains) + bool(f.why_buy_answers)) / 3


def _current(ratio: float) -> float:
    """Care: the current gap as a share of the cadence, full within it, none at twice it."""
    return 1.0 if ratio <= 1 else max(0.0, 2.0 - ratio)


def _wanted(stage: str, window: int) -> int:
    """Care: gifts and invitations a customer of *stage* is due in *window* days (0: none)."""
    yearly = GENEROSITY_PER_YEAR.get(stage, 0)
    return max(1, round_half_up(yearly * window / WINDOW_DAYS)) if yearly else 0


# --- knowledge ---------------------------------------------------------------------------------


def knowledge(f: HealthFacts, today: dt.date) -> tuple[ElementHealth, str | None]:
    learned_any = f.fact_categories or f.why_buy_answers or f.delights
    if not learned_any and f.conversations < KNOWLEDGE_MIN_CONVERSATIONS:
        return (
            _element(
                KNOWLEDGE,
                None,
                (
                    HealthText.tr(
                        "Not enough to tell yet: nothing learned yet, in %n conversation(s).",
                        "",
                        f.conversations,
                    ),
                ),
            ),
            HealthText.tr(
                "Talk with them and note what you learn: their family, interests and goals."
            ),
        )
    known = [c for c in FACT_CATEGORIES if c in f.fact_categories]
    missing = [_area(c) for c in FACT_CATEGORIES if c not in f.fact_categories]
    learned = [d for d in (*f.fact_categories.values(), f.last_why_buy_on, f.last_delight_on) if d]
    latest = max(learned) if learned else None
    age = (today - latest).days if latest else None
    recency = None if age is None else _recency(age)
    parts: dict[str, float | None] = {
        "breadth": min(len(known), KNOWLEDGE_CATEGORIES_FULL) / KNOWLEDGE_CATEGORIES_FULL,
        "why": 1.0 if f.why_buy_answers else 0.0,
        "delights": min(f.delights, KNOWLEDGE_DELIGHTS_FULL) / KNOWLEDGE_DELIGHTS_FULL,
        "recency": recency if recency is not None else 0.0,
    }
    reasons = []
    if known:
        names = _join([_area(c) for c in known])
        reasons.append(
            HealthText.tr(
                "Personal facts known in {known} of {areas} areas: {names}.",
                known=len(known),
                areas=len(FACT_CATEGORIES),
                names=names,
            )
        )
    else:
        reasons.append(HealthText.tr("No personal fact known yet."))
    if f.why_buy_answers:
        reasons.append(
            HealthText.tr(
                "Asked why they buy: %n answer(s), the last {ago}.",
                "",
                f.why_buy_answers,
                ago=_ago(today, f.last_why_buy_on or today),
            )
        )
    else:
        reasons.append(HealthText.tr("Never asked why they buy."))
    reasons.append(
        HealthText.tr("%n delight(s) recorded.", "", f.delights)
        if f.delights
        else HealthText.tr("No delight recorded yet.")
    )
    if latest:
        reasons.append(HealthText.tr("Last learned something new {ago}.", ago=_ago(today, latest)))
    if not f.why_buy_answers:
        step = HealthText.tr(
            "Ask them why they buy from you, and write down their answer in their words."
        )
    elif len(known) < KNOWLEDGE_CATEGORIES_FULL:
        step = HealthText.tr("Learn more about them: {areas}.", areas=_join(missing[:3]))
    elif age is not None and age > KNOWLEDGE_FRESH_DAYS:
        step = HealthText.tr(
            "Catch up with them: ask what has changed since you last learned something new."
        )
    else:
        step = HealthText.tr("Next time you talk, note what delights them.")
    return _element(KNOWLEDGE, _weighted(parts, KNOWLEDGE_WEIGHTS), tuple(reasons)), step


# --- responsibility ----------------------------------------------------------------------------


def responsibility(f: HealthFacts, today: dt.date) -> tuple[ElementHealth, str | None]:
    due = f.promises_on_time + f.promises_late + f.promises_overdue
    if not due:
        return (
            _element(
                RESPONSIBILITY,
                None,
                (
                    HealthText.tr(
                        "Not enough to tell yet: no promise with a due date has come due."
                    ),
                ),
            ),
            HealthText.tr("Make them a promise with a date, and keep it before it is due."),
        )
    score = round_half_up(100 * (f.promises_on_time + 0.5 * f.promises_late) / due)
    reasons = [
        HealthText.tr("{kept} of %n promise(s) due kept on time.", "", due, kept=f.promises_on_time)
    ]
    if f.promises_late:
        reasons.append(HealthText.tr("{late} kept late.", late=f.promises_late))
    step = None
    if f.promises_overdue:
        reasons.append(HealthText.tr("{overdue} overdue now.", overdue=f.promises_overdue))
        if f.oldest_overdue:
            text, due_on = f.oldest_overdue
            reasons.append(
                HealthText.tr(
                    "The oldest, {promise}, was due {ago}.",
                    promise=_quote(text),
                    ago=_ago(today, due_on),
                )
            )
            step = HealthText.tr(
                "Keep the overdue promise {promise}, or tell them when you will.",
                promise=_quote(text),
            )
    if step is None:
        step = HealthText.tr("Give each promise a date you can keep, and keep it before it is due.")
    return _element(RESPONSIBILITY, score, tuple(reasons)), step


# --- respect -----------------------------------------------------------------------------------


def respect(f: HealthFacts, today: dt.date) -> tuple[ElementHealth, str | None]:
    heard = [
        what
        for what, n in (
            (_DELIGHTS, f.delights),
            (_TROUBLES, f.our_pains + f.competitor_pains),
            (_WHY, f.why_buy_answers),
        )
        if n
    ]
    words = _words(f)
    words_reason = (
        (
            HealthText.tr("In their own words: {heard}.", heard=_join(heard))
            if heard
            else HealthText.tr("None of their own words recorded.")
        )
        if f.conversations
        else None
    )
    if not f.our_pains:
        if f.conversations < RESPECT_MIN_CONVERSATIONS:
            return (
                _element(
                    RESPECT,
                    None,
                    (
                        HealthText.tr(
                            "Not enough to tell yet: no pain point with us raised and fewer than "
                            "{least} conversations.",
                            least=RESPECT_MIN_CONVERSATIONS,
                        ),
                    ),
                ),
                HealthText.tr(
                    "Ask what troubles them, with you or with others, and write it in their words."
                ),
            )
        reasons = [HealthText.tr("No pain point with us raised.")]
        if words_reason:
            reasons.append(words_reason)
        score = _weighted({"words": words}, RESPECT_WEIGHTS)
        return (
            _element(RESPECT, score, tuple(reasons)),
            HealthText.tr(
                "Write down their own words next time: what delights them and what troubles them."
            ),
        )
    resolved = len(f.resolve_days)
    median = _median(f.resolve_days) if f.resolve_days else None
    speed = _speed(median)
    parts: dict[str, float | None] = {
        "resolved": resolved / f.our_pains,
        "speed": speed,
        "words": words,
    }
    reasons = [
        HealthText.tr(
            "{resolved} of %n pain point(s) with us resolved.", "", f.our_pains, resolved=resolved
        )
    ]
    if median is not None:
        reasons.append(HealthText.tr("Resolved in %n day(s) (median).", "", round_half_up(median)))
    if f.oldest_open_pain:
        text, raised = f.oldest_open_pain
        reasons.append(
            HealthText.tr(
                "Open the longest: {pain}, raised {ago}.",
                pain=_quote(text),
                ago=_ago(today, raised),
            )
        )
    if f.competitor_pains:
        reasons.append(
            HealthText.tr("%n pain point(s) with competitors heard.", "", f.competitor_pains)
        )
    if words_reason:
        reasons.append(words_reason)
    if f.oldest_open_pain:
        step = HealthText.tr(
            "Answer their open pain point {pain}, and tell them.",
            pain=_quote(f.oldest_open_pain[0]),
        )
    elif speed is not None and speed < 1:
        step = HealthText.tr("Answer their next pain point within two weeks.")
    else:
        step = HealthText.tr(
            "Write down their own words next time: what delights them and what troubles them."
        )
    return _element(RESPECT, _weighted(parts, RESPECT_WEIGHTS), tuple(reasons)), step


def _median(values: Sequence[int]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return float(ordered[mid]) if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


# --- care --------------------------------------------------------------------------------------


def care(f: HealthFacts, today: dt.date) -> tuple[ElementHealth, str | None]:
    cadence = max(1, f.cadence_days)
    known_days = (today - f.first_seen).days
    if known_days < cadence:
        return (
            _element(
                CARE,
                None,
                (
                    HealthText.tr(
                        "Not enough to tell yet: known for %n day(s), less than one cadence "
                        "({cadence}).",
                        "",
                        max(known_days, 0),
                        cadence=CadenceText(f.cadence_explanation),
                    ),
                ),
            ),
            None,
        )
    window = min(WINDOW_DAYS, known_days)
    expected = window / cadence
    regular = min(1.0, f.touches_12m / expected)
    since = (today - (f.last_touch or f.first_seen)).days
    ratio = since / cadence
    current = _current(ratio)
    dates = f.dates_remembered / f.dates_due if f.dates_due else None
    wanted = _wanted(f.stage, window)
    generosity = min(1.0, f.gifts_invitations_12m / wanted) if wanted else None
    parts: dict[str, float | None] = {
        "regular": regular,
        "current": current,
        "dates": dates,
        "generosity": generosity,
    }
    period = (
        HealthText.tr("in the last 12 months")
        if window == WINDOW_DAYS
        else HealthText.tr("in %n day(s)", "", window)
    )
    reasons = [
        HealthText.tr(
            "%n touch(es) {period}, about {expected} expected ({cadence}).",
            "",
            f.touches_12m,
            period=period,
            expected=round_half_up(expected),
            cadence=CadenceText(f.cadence_explanation),
        )
    ]
    if f.last_touch:
        reasons.append(HealthText.tr("Last contact {ago}.", ago=_ago(today, f.last_touch)))
    else:
        reasons.append(HealthText.tr("Never contacted."))
    if f.dates_due:
        reasons.append(
            HealthText.tr(
                "{met} of %n important date(s) met with a touch.",
                "",
                f.dates_due,
                met=f.dates_remembered,
            )
        )
    stage = phrase("Vocabulary", STAGE_LABELS.get(f.stage, f.stage))
    if wanted:
        reasons.append(
            HealthText.tr(
                "%n gift(s) and invitation(s) {period}; a {stage} customer calls for {wanted}.",
                "",
                f.gifts_invitations_12m,
                period=period,
                stage=stage,
                wanted=wanted,
            )
        )
    if ratio > 1 and not f.last_touch:
        step = HealthText.tr(
            "Get in touch: never contacted in the %n day(s) since they were added.", "", since
        )
    elif ratio > 1:
        step = HealthText.tr(
            "Get in touch: the last contact was %n day(s) ago, more than the {cadence} of their "
            "cadence.",
            "",
            since,
            cadence=HealthText.tr("%n day(s)", "", cadence),
        )
    elif dates is not None and dates < 1:
        step = HealthText.tr(
            "Mark their important dates with a call or a card, from a week before."
        )
    elif generosity is not None and generosity < 1:
        step = HealthText.tr(
            "Invite them to an event or send a small gift, as a {stage} customer deserves.",
            stage=stage,
        )
    elif regular < 1:
        # In touch now, yet fewer touches than the cadence asks for: the rhythm is the step
        # ("as you do" would praise what costs the score its most weighted part).
        step = HealthText.tr(
            "Get in touch about every {cadence}: %n touch(es) {period} against about {expected} "
            "expected.",
            "",
            f.touches_12m,
            cadence=HealthText.tr("%n day(s)", "", cadence),
            period=period,
            expected=round_half_up(expected),
        )
    else:
        step = HealthText.tr("Keep in touch every %n day(s), as you do.", "", cadence)
    return _element(CARE, _weighted(parts, CARE_WEIGHTS), tuple(reasons)), step


# --- all four ----------------------------------------------------------------------------------


def assess(f: HealthFacts, today: dt.date) -> Health:
    """The four elements of one customer as of *today*, and the next step for the weakest.

    The weakest is the lowest score (ties in the order knowledge, responsibility, respect, care);
    with no score at all, the step is knowledge's: get to know them first.
    """
    k, k_step = knowledge(f, today)
    r, r_step = responsibility(f, today)
    s, s_step = respect(f, today)
    c, c_step = care(f, today)
    steps = {KNOWLEDGE: k_step, RESPONSIBILITY: r_step, RESPECT: s_step, CARE: c_step}
    scored = [e for e in (k, r, s, c) if e.score is not None]
    if scored:
        weakest = min(scored, key=lambda e: e.score if e.score is not None else 0)
        step = steps[weakest.element]
    else:
        step = k_step
    return _health(f.customer_id, k, r, s, c, step)


_ELEMENT_RULES = {
    KNOWLEDGE: knowledge,
    RESPONSIBILITY: responsibility,
    RESPECT: respect,
    CARE: care,
}


def at_a_glance(f: HealthFacts, today: dt.date) -> Health:
    """What `assess` says, for a list: the same four scores and next step, but only the weakest
    element's reasons (the others' are left empty). Each element's sentences are marked for the
    app's language (domain/i18n.py), and a list of 10,000 customers never shows them: writing
    them all doubled the Health column's time. tests/domain/test_health.py checks the two agree.
    """
    k, r, s, c = scores(f, today)
    by_element = {KNOWLEDGE: k, RESPONSIBILITY: r, RESPECT: s, CARE: c}
    scored = [(score, e) for e, score in by_element.items() if score is not None]
    # The weakest: the lowest score, ties in the elements' order; with none, knowledge.
    weakest = min(scored, key=lambda pair: pair[0])[1] if scored else KNOWLEDGE
    told, step = _ELEMENT_RULES[weakest](f, today)
    elements = {
        e: told if e == weakest else _element(e, score, ()) for e, score in by_element.items()
    }
    return _health(
        f.customer_id,
        elements[KNOWLEDGE],
        elements[RESPONSIBILITY],
        elements[RESPECT],
        elements[CARE],
        step,
    )


def scores(f: HealthFacts, today: dt.date) -> tuple[int | None, int | None, int | None, int | None]:
    """The four elements' scores only (knowledge, responsibility, respect, care), as `assess`
    gives them, without the reasons and steps: the Insights page reads every customer's scores
    twice (today and 90 days ago) and none of their sentences. The same rules as the element
    functions above; tests/domain/test_health.py checks the two agree on a demo journal."""
    return (
        _knowledge_score(f, today),
        _responsibility_score(f),
        _respect_score(f),
        _care_score(f, today),
    )


def day_scores(
    f: HealthFacts,
    today: dt.date,
    before: tuple[int | None, int | None, int | None, int | None],
    before_day: dt.date | None = None,
    same_care: bool = False,
) -> tuple[int | None, int | None, int | None, int | None]:
    """`scores` of facts that changed since *before* (their scores on another day) only by what
    a day changes (the cadence, the important dates): responsibility and respect read none of
    those, nor the day, so they are *before*'s (store/health.py, a new day carried).

    *before_day*: the day of *before*, where known: knowledge is *before*'s when its latest
    learning is as fresh on both days; and with *same_care* (the cadence and the important
    dates as they were on *before_day*) care is *before*'s when both days give its parts the
    same values (the same window, the current gap within the cadence on both or twice past it
    on both). The same scores as `scores(f, today)` either way."""
    k: int | None
    if before_day is not None and _same_knowledge(f, today, before_day, before[0]):
        k = before[0]
    else:
        k = _knowledge_score(f, today)
    c: int | None
    if same_care and before_day is not None and _same_care(f, today, before_day):
        c = before[3]
    else:
        c = _care_score(f, today)
    return k, before[1], before[2], c


def _same_knowledge(f: HealthFacts, today: dt.date, other: dt.date, score: int | None) -> bool:
    """Whether knowledge scores *f* the same on *today* as on *other* (*score*, then): only the
    freshness of the latest learning depends on the day."""
    if score is None:
        return True  # too little learned: not a matter of the day
    cats = f.fact_categories
    latest = max(cats.values()) if cats else None
    for d in (f.last_why_buy_on, f.last_delight_on):
        if d is not None and (latest is None or d > latest):
            latest = d
    if latest is None:
        return True
    return _recency((today - latest).days) == _recency((other - latest).days)


def _same_care(f: HealthFacts, today: dt.date, other: dt.date) -> bool:
    """Whether care scores *f* (with the same cadence and important dates) the same on *today*
    as on *other*: too new on both days, or known a whole window on both with the current gap
    within the cadence on both or at twice it or more on both."""
    cadence = max(1, f.cadence_days)
    first = f.first_seen
    known_now, known_then = (today - first).days, (other - first).days
    if known_now < cadence or known_then < cadence:
        return known_now < cadence and known_then < cadence  # too new on both: no score
    if known_now < WINDOW_DAYS or known_then < WINDOW_DAYS:
        return False
    last = f.last_touch or first
    now, then = (today - last).days / cadence, (other - last).days / cadence
    return (now <= 1 and then <= 1) or (now >= 2 and then >= 2)


# The weights in the order `_weighted` adds the parts (the scores below add them in that order,
# as `_weighted` does, so their sums are the same floats): read by every customer's scores on
# every new day, so written out without a dict of parts each.
_K_BREADTH, _K_WHY, _K_DELIGHTS, _K_RECENCY = (
    KNOWLEDGE_WEIGHTS[k] for k in ("breadth", "why", "delights", "recency")
)
_K_TOTAL = _K_BREADTH + _K_WHY + _K_DELIGHTS + _K_RECENCY
_C_REGULAR, _C_CURRENT, _C_DATES, _C_GENEROSITY = (
    CARE_WEIGHTS[k] for k in ("regular", "current", "dates", "generosity")
)
_AREAS_SET = frozenset(FACT_CATEGORIES)
_floor = math.floor


def _knowledge_score(f: HealthFacts, today: dt.date) -> int | None:
    """`knowledge`'s score: `_weighted` of its four parts."""
    cats = f.fact_categories
    if not (cats or f.why_buy_answers or f.delights) and f.conversations < (
        KNOWLEDGE_MIN_CONVERSATIONS
    ):
        return None
    latest = max(cats.values()) if cats else None
    for d in (f.last_why_buy_on, f.last_delight_on):
        if d is not None and (latest is None or d > latest):
            latest = d
    acc = 0.0
    acc += _K_BREADTH * (
        min(len(_AREAS_SET.intersection(cats)), KNOWLEDGE_CATEGORIES_FULL)
        / KNOWLEDGE_CATEGORIES_FULL
    )
    acc += _K_WHY * (1.0 if f.why_buy_answers else 0.0)
    acc += _K_DELIGHTS * (min(f.delights, KNOWLEDGE_DELIGHTS_FULL) / KNOWLEDGE_DELIGHTS_FULL)
    acc += _K_RECENCY * (_recency((today - latest).days) if latest is not None else 0.0)
    return _floor(100 * acc / _K_TOTAL + 0.5)


def _responsibility_score(f: HealthFacts) -> int | None:
    due = f.promises_on_time + f.promises_late + f.promises_overdue
    r = round_half_up(100 * (f.promises_on_time + 0.5 * f.promises_late) / due) if due else None
    return r


def _respect_score(f: HealthFacts) -> int | None:
    words = _words(f)
    if not f.our_pains:
        if f.conversations < RESPECT_MIN_CONVERSATIONS:
            s = None
        else:
            s = _weighted({"words": words}, RESPECT_WEIGHTS)
    else:
        median = _median(f.resolve_days) if f.resolve_days else None
        s = _weighted(
            {
                "resolved": len(f.resolve_days) / f.our_pains,
                "speed": _speed(median),
                "words": words,
            },
            RESPECT_WEIGHTS,
        )
    return s


def _care_score(f: HealthFacts, today: dt.date) -> int | None:
    """`care`'s score: `_weighted` of its four parts (the last two None where they do not
    apply)."""
    cadence = max(1, f.cadence_days)
    known_days = (today - f.first_seen).days
    if known_days < cadence:
        return None
    window = min(WINDOW_DAYS, known_days)
    ratio = (today - (f.last_touch or f.first_seen)).days / cadence
    total = _C_REGULAR + _C_CURRENT
    acc = 0.0
    acc += _C_REGULAR * min(1.0, f.touches_12m / (window / cadence))
    acc += _C_CURRENT * (1.0 if ratio <= 1 else max(0.0, 2.0 - ratio))
    if f.dates_due:
        total += _C_DATES
        acc += _C_DATES * (f.dates_remembered / f.dates_due)
    wanted = _wanted(f.stage, window)
    if wanted:
        total += _C_GENEROSITY
        acc += _C_GENEROSITY * min(1.0, f.gifts_invitations_12m / wanted)
    return _floor(100 * acc / total + 0.5)


def unknown(customer_id: int, reason: str) -> Health:
    """Health of a customer the journal did not know yet on the day asked."""
    k, r, s, c = (
        _element(e, None, (HealthText.tr("Not enough to tell yet: {reason}", reason=reason),))
        for e in ELEMENTS
    )
    return _health(customer_id, k, r, s, c, None)


def to_json(health: Health) -> dict[str, object]:
    """Plain JSON: each element `{score, reasons}`, with `reason` (the first sentence) when the
    score is null (docs/rules.md: too little data is null with a reason)."""
    out: dict[str, object] = {"customer_id": health.customer_id, "overall": health.overall}
    for e in health.elements:
        item: dict[str, object] = {"score": e.score, "reasons": list(e.reasons)}
        if e.score is None:
            item["reason"] = e.reasons[0] if e.reasons else NOT_ENOUGH
        out[e.element] = item
    out["next_step"] = health.next_step
    return out
