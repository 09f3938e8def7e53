"""The pre-meeting brief as data: everything worth knowing about one customer, on one page.

`build_brief` turns plain inputs (the customer's typed detail, `domain.detail.CustomerDetail`,
as `store.brief_data.load_detail` returns it, plus their tier, the journal's currency and cadences, and the evaluation day) into a
frozen `Brief`. Text, Markdown, JSON, HTML and PDF are renderings of that one structure
(`interop.brief_render`, `interop.brief_pdf`): no renderer decides what goes in or in which order.

Rules `docs/rules.md` leaves open, decided here (docs/brief.md says the same for users):

- Everything is "as of" *today*: purchases, conversations, gifts and invitations dated after it
  count neither for value nor for the last touch (so `--today` can look back in time).
- Value counts purchases in the journal's currency only. Purchases in another currency are listed
  in a note under the value and left out of it (`docs/rules.md`, "Model": Currency).
- Talking points, in this order (an urgent one, marked, comes before the others):
  - every open promise; one whose due day is before today is overdue and urgent;
  - every unresolved pain point, ours and competitors';
  - a personal fact with a recurring date in the next RECURRING_AHEAD_DAYS days (today
    included; 29 February falls on 28 February in other years), urgent within
    RECURRING_URGENT_DAYS days, the window the reminders use; otherwise a fact learned in the
    last RECENT_FACT_DAYS days (so still fresh enough to ask about);
  - "Ask why they bought" when the customer has purchases and no conversation holds a reason;
  - each invitation still "invited" to an event today or later (an answer is awaited; after the
    event it is a stale status, not a question to ask);
  - the latest gift when one was given in the last RECENT_GIFT_DAYS days (don't repeat it), or,
    for a tier A customer who never got one, a hint to reward them.
- At most MAX_POINTS talking points, read in a minute: three or more of one sort (overdue
  promises, other open promises, pain points with us, facts to ask about) become one line that
  counts them and names the first two; two or more competitors' pain points become one line
  naming the competitors ("3 open complaints about competitors: BeanCo (2), Tea Palace"). What
  still does not fit is counted and named by sort in a last line ("And 2 more: gifts.").
- Sections: what they value (delights and reasons for buying) newest first; pain points open
  first, each group newest first; facts grouped by category in the vocabulary's order, newest
  first within one; the last LAST_CONVERSATIONS conversations; gifts and invitations together,
  newest first (a gift by the day it was given, an invitation by its event day); trust
  milestones and stage changes oldest first, because they read as a timeline of growing trust.
- The same words said again (a delight, a pain point, a fact; compared folded for case and
  accents) show once, at their latest date, with how often they came up: repetition is what
  matters most to the customer, and it keeps the page short.
- One page: a long history shows its newest VALUES_SHOWN values, RESOLVED_PAINS_SHOWN resolved
  pain points and GIFTS_INVITATIONS_SHOWN gifts and invitations, and `Brief.older` says how
  many older entries the journal holds; open pain points, facts and milestones are all shown.
  Where that is still more than a page (the PDF, a printout), `fit_steps` and `shortened` make
  ever shorter briefs, one entry fewer each step, and the page takes the longest that fits.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from custjournal.domain import cadence as cadence_rules
from custjournal.domain import tiers as tier_rules
from custjournal.domain.detail import (
    ConversationDetail,
    CustomerDetail,
    DelightDetail,
    GiftDetail,
    PainDetail,
    PromiseDetail,
)
from custjournal.domain.health import Health
from custjournal.domain.i18n import (
    QT_TRANSLATE_NOOP,
    Amount,
    BriefText,
    Listed,
    Message,
    Parts,
    clause,
    phrase,
)
from custjournal.domain.text import fold
from custjournal.domain.values import format_money
from custjournal.domain.vocab import (
    CATEGORY_HEADINGS,
    FACT_CATEGORIES,
    STAGE_LABELS,
    milestone_label,
)

RECENT_FACT_DAYS = 90
RECURRING_AHEAD_DAYS = 30
RECURRING_URGENT_DAYS = 7
RECENT_GIFT_DAYS = 90
LAST_CONVERSATIONS = 5
# The brief is one page read in two minutes: long histories show their newest entries and say how
# many older ones the journal holds. Open pain points, facts and milestones are always all shown.
VALUES_SHOWN = 8
RESOLVED_PAINS_SHOWN = 3
GIFTS_INVITATIONS_SHOWN = 6
# Talking points: a list longer than a glance is not read. A sort with MERGE_FROM or more points
# becomes one line naming the first NAMED_IN_MERGE of them.
MAX_POINTS = 7
MERGE_FROM = 3
NAMED_IN_MERGE = 2

# Talking point kinds, in the order the points are listed.
POINT_KINDS: tuple[str, ...] = (
    "promise",
    "pain",
    "date",
    "fact",
    "why-buy",
    "invitation",
    "gift",
    "more",  # the last line when more points than MAX_POINTS were found
)

# Section keys in the brief's order (docs/brief.md, "Sections"), with their titles: every renderer walks this list.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("values", QT_TRANSLATE_NOOP("BriefText", "What they value")),
    ("pain_points", QT_TRANSLATE_NOOP("BriefText", "Pain points")),
    ("personal", QT_TRANSLATE_NOOP("BriefText", "Personal")),
    ("connections", QT_TRANSLATE_NOOP("BriefText", "Connections")),
    ("conversations", QT_TRANSLATE_NOOP("BriefText", "Last conversations")),
    ("gifts_invitations", QT_TRANSLATE_NOOP("BriefText", "Gifts and invitations")),
    ("milestones", QT_TRANSLATE_NOOP("BriefText", "Trust milestones")),
)

CATEGORY_LABELS = CATEGORY_HEADINGS  # the brief groups facts under these headings


# --- the structure ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Money:
    """An exact amount in minor units (cents) and its currency."""

    minor: int
    currency: str

    def __str__(self) -> str:
        return format_money(self.minor, self.currency)


@dataclass(frozen=True)
class OtherCurrency:
    """Purchases in a currency other than the journal's: shown, but left out of value."""

    currency: str
    minor: int
    count: int


@dataclass(frozen=True)
class Header:
    customer_id: int
    name: str
    company: str | None
    role: str | None
    stage: str
    stage_label: str
    stage_since: dt.date | None  # the day of the latest change into the current stage
    tier: str
    tier_pinned: bool
    value_total: Money  # every purchase up to today, journal currency only
    value_12m: Money  # the 12 months up to today, as tiers count them
    other_currencies: tuple[OtherCurrency, ...]
    value_note: Message | None  # the sentence saying what was left out of value, if anything
    last_touch: dt.date | None
    next_due: dt.date
    cadence_days: int
    cadence_explanation: str
    archived: bool


@dataclass(frozen=True)
class TalkingPoint:
    kind: str  # one of POINT_KINDS
    text: str  # one line, ready to print
    urgent: bool = False
    date: dt.date | None = None  # the day the point is about (due day, event, gift...)


@dataclass(frozen=True)
class ValueItem:
    date: dt.date  # the latest time it was said
    kind: str  # "why-buy" (their reason for buying) or "delight"
    text: str
    times: int = 1  # how often the same words came up: what is said again matters most


@dataclass(frozen=True)
class PainItem:
    date: dt.date  # when it was (last) noted
    text: str
    with_whom: str  # "us" or "competitor"
    resolved_on: dt.date | None
    times: int = 1  # the same complaint, still open (or resolved), noted this often

    @property
    def is_open(self) -> bool:
        return self.resolved_on is None


@dataclass(frozen=True)
class FactItem:
    category: str
    text: str
    learned_on: dt.date
    month: int | None = None
    day: int | None = None

    @property
    def month_day(self) -> str | None:
        return f"{self.month:02d}-{self.day:02d}" if self.month and self.day else None


@dataclass(frozen=True)
class FactGroup:
    category: str
    label: str
    facts: tuple[FactItem, ...]


@dataclass(frozen=True)
class ConversationItem:
    date: dt.date
    channel: str
    summary: str | None  # the summary, else the notes; None when neither was written


@dataclass(frozen=True)
class GiftItem:
    date: dt.date  # given on
    what: str
    kind: str | None
    occasion: str | None
    cost: Money | None
    reaction: str | None


@dataclass(frozen=True)
class InvitationItem:
    date: dt.date  # the event's day
    event: str
    invited_on: dt.date
    status: str
    as_guest: bool


@dataclass(frozen=True)
class MilestoneItem:
    date: dt.date
    kind: str  # a milestone kind, a custom kind as written, or "stage" for a stage change
    label: str
    note: str | None


@dataclass(frozen=True)
class ConnectionItem:
    """Another customer this one is linked to, as this one's brief says it."""

    kind: str  # a stored relationship kind (domain/links.py)
    direction: str  # "out": said from this customer's side ("Referred by"), "in": the other's
    label: str  # "Referred by", "Referred", "Works with", ...
    other_id: int
    other_name: str
    other_tier: str
    since: dt.date
    note: str | None

    @property
    def text(self) -> str:
        """'Referred by Ada Lovelace (tier A) in 2025': a referral happened in a year, the
        other kinds hold since one."""
        words = dict(label=self.label, name=self.other_name, tier=self.other_tier)
        if self.kind == "referred-by":
            return BriefText.tr(
                "{label} {name} (tier {tier}) in {year}", **words, year=str(self.since.year)
            )
        return BriefText.tr(
            "{label} {name} (tier {tier}) since {year}", **words, year=str(self.since.year)
        )


@dataclass(frozen=True)
class Brief:
    """One customer's brief as of *today*. Empty tuples are sections the renderers leave out."""

    today: dt.date
    currency: str
    header: Header
    talking_points: tuple[TalkingPoint, ...]
    values: tuple[ValueItem, ...]
    pain_points: tuple[PainItem, ...]
    personal: tuple[FactGroup, ...]
    conversations: tuple[ConversationItem, ...]
    gifts_invitations: tuple[GiftItem | InvitationItem, ...]
    milestones: tuple[MilestoneItem, ...]
    connections: tuple[ConnectionItem, ...] = ()
    # Section key -> how many older entries were left out of it (see VALUES_SHOWN...).
    older: Mapping[str, int] = field(default_factory=dict)
    # The relationship's health as of *today* (domain/health.py), filled in by the store.
    health: Health | None = None

    def sections(self) -> list[tuple[str, str, tuple[Any, ...]]]:
        """(key, title, items) of each non-empty section, in the brief's order."""
        return [
            (key, phrase("BriefText", title), getattr(self, key))
            for key, title in SECTIONS
            if getattr(self, key)
        ]


@dataclass(frozen=True)
class Limits:
    """How many entries of each section a shorter brief keeps (`shortened`)."""

    values: int
    open_pains: int
    resolved_pains: int
    facts: int  # per category
    conversations: int
    gifts_invitations: int
    milestones: int  # the newest; they still read oldest first


# Shorter and shorter briefs, for a page that does not hold the whole one: the PDF and the
# printout take the longest that fits on one page (interop/brief_pdf.py, `fit_to_page`), and each
# section says how many entries it leaves out ("… and 4 older entries in the journal"). Talking
# points, the header and health stay whole: they are what the page is for. Each step takes one
# entry from the section that shows the most (resolved pain points counting double, open ones
# at three quarters: what is settled goes first); of equal ones, from the first in this order
# (the history before what they value and what troubles them now). No section drops below its
# floor.
_TRIM_WEIGHT = {"resolved_pains": 2.0, "open_pains": 0.75}
_TRIM_ORDER = (
    "milestones",
    "gifts_invitations",
    "conversations",
    "resolved_pains",
    "facts",
    "values",
    "open_pains",
)
_FLOORS = {"resolved_pains": 0}  # the others keep at least one entry


def fit_steps(brief: Brief) -> list[Limits]:
    """The limits of ever shorter versions of *brief*, one entry fewer each step."""
    open_pains = sum(1 for p in brief.pain_points if p.is_open)
    counts = {
        "values": len(brief.values),
        "open_pains": open_pains,
        "resolved_pains": len(brief.pain_points) - open_pains,
        "facts": max((len(g.facts) for g in brief.personal), default=0),
        "conversations": len(brief.conversations),
        "gifts_invitations": len(brief.gifts_invitations),
        "milestones": len(brief.milestones),
    }
    steps: list[Limits] = []
    while True:
        over = [k for k in _TRIM_ORDER if counts[k] > _FLOORS.get(k, 1)]
        if not over:
            return steps
        key = max(over, key=lambda k: (counts[k] * _TRIM_WEIGHT.get(k, 1.0), -_TRIM_ORDER.index(k)))
        counts[key] -= 1
        steps.append(Limits(**counts))


def shortened(brief: Brief, limits: Limits) -> Brief:
    """*brief* with at most *limits* entries per section (the newest), and `older` counting
    what each section leaves out."""
    older = dict(brief.older)

    def cut(key: str, items: Sequence[Any], keep: int, *, newest_last: bool = False) -> list[Any]:
        keep = max(keep, 0)
        if len(items) <= keep:
            return list(items)
        older[key] = older.get(key, 0) + len(items) - keep
        if newest_last:
            return list(items[len(items) - keep :])
        return list(items[:keep])

    open_pains = [p for p in brief.pain_points if p.is_open]
    resolved = [p for p in brief.pain_points if not p.is_open]
    groups = []
    for group in brief.personal:
        facts = cut("personal", group.facts, limits.facts)
        if facts:
            groups.append(replace(group, facts=tuple(facts)))
    return replace(
        brief,
        values=tuple(cut("values", brief.values, limits.values)),
        pain_points=tuple(
            cut("pain_points", open_pains, limits.open_pains)
            + cut("pain_points", resolved, limits.resolved_pains)
        ),
        personal=tuple(groups),
        conversations=tuple(cut("conversations", brief.conversations, limits.conversations)),
        gifts_invitations=tuple(
            cut("gifts_invitations", brief.gifts_invitations, limits.gifts_invitations)
        ),
        milestones=tuple(cut("milestones", brief.milestones, limits.milestones, newest_last=True)),
        older=older,
    )


# --- small helpers shared with the renderers ---------------------------------------------------


def relative(day: dt.date, today: dt.date) -> str:
    """'today', 'tomorrow', 'yesterday', 'in 5 days' or '5 days ago'."""
    days = (day - today).days
    if days == 0:
        return BriefText.tr("today")
    if days == 1:
        return BriefText.tr("tomorrow")
    if days == -1:
        return BriefText.tr("yesterday")
    return (
        BriefText.tr("in %n day(s)", "", days)
        if days > 0
        else BriefText.tr("%n day(s) ago", "", -days)
    )


def next_occurrence(month: int, day: int, today: dt.date) -> dt.date:
    """The next time a recurring month-day comes round, today included (29 Feb -> 28 Feb)."""
    for year in (today.year, today.year + 1):
        try:
            when = dt.date(year, month, day)
        except ValueError:  # 29 February in a common year
            when = dt.date(year, month, 28)
        if when >= today:
            return when
    raise ValueError(f"no occurrence of {month:02d}-{day:02d}")  # unreachable for valid dates


def one_line(text: str | None) -> str:
    """Whitespace (newlines included) collapsed, so an item stays one paragraph."""
    return " ".join((text or "").split())


# --- building ---------------------------------------------------------------------------------


def last_touch(detail: CustomerDetail, today: dt.date) -> dt.date | None:
    """The latest conversation, gift given or invitation sent on or before *today*."""
    days = [
        *(c.occurred_on for c in detail.conversations),
        *(g.given_on for g in detail.gifts),
        *(i.invited_on for i in detail.invitations),
    ]
    past = [d for d in days if d <= today]
    return max(past) if past else None


def build_brief(
    detail: CustomerDetail,
    *,
    tier: str,
    currency: str,
    cadences: Mapping[str, int],
    today: dt.date,
    connections: Sequence[ConnectionItem] = (),
) -> Brief:
    """The brief of the customer in *detail*.

    *tier* is the customer's tier as of *today* (a pin already applied): it needs the whole
    journal, so the caller works it out. *cadences* are the journal's stage cadences.
    *connections* are the customer's links, each with the other's tier (also journal-wide).
    """
    header = _header(detail, tier=tier, currency=currency, cadences=cadences, today=today)
    conv_dates = {c.id: c.occurred_on for c in detail.conversations}

    def noted_on(item: DelightDetail | PainDetail) -> dt.date:
        # Delights and pain points carry the date of their conversation; one whose conversation
        # was deleted (SET NULL) falls back to the day it was written down.
        conv = item.conversation_id
        if conv is not None and conv in conv_dates:
            return conv_dates[conv]
        return item.noted_on or today

    pains = _pain_points(detail.pain_points, noted_on)
    facts = [
        FactItem(
            category=f.category,
            text=one_line(f.text),
            learned_on=f.learned_on,
            month=f.month,
            day=f.day,
        )
        for f in detail.facts
    ]
    personal = _fact_groups(facts)
    unique_facts = [f for group in personal for f in group.facts]
    older: dict[str, int] = {}

    def capped(key: str, items: Sequence[Any], shown: int) -> tuple[Any, ...]:
        if len(items) > shown:
            older[key] = len(items) - shown
        return tuple(items[:shown])

    open_pains = [p for p in pains if p.is_open]
    resolved = [p for p in pains if not p.is_open]
    conversations = sorted(detail.conversations, key=lambda c: (c.occurred_on, c.id), reverse=True)
    return Brief(
        today=today,
        currency=currency,
        header=header,
        talking_points=tuple(_talking_points(detail, header, pains, unique_facts, today)),
        values=capped("values", _values(detail, noted_on), VALUES_SHOWN),
        pain_points=tuple(open_pains) + capped("pain_points", resolved, RESOLVED_PAINS_SHOWN),
        personal=tuple(personal),
        conversations=capped("conversations", _conversations(conversations), LAST_CONVERSATIONS),
        gifts_invitations=capped(
            "gifts_invitations", _gifts_invitations(detail, currency), GIFTS_INVITATIONS_SHOWN
        ),
        milestones=tuple(_milestones(detail, connections)),
        connections=tuple(connections),
        older=older,
    )


def _header(
    detail: CustomerDetail,
    *,
    tier: str,
    currency: str,
    cadences: Mapping[str, int],
    today: dt.date,
) -> Header:
    stage = detail.stage
    since = max((s.changed_on for s in detail.stage_history if s.stage == stage), default=None)
    window = tier_rules.window_start(today)
    total = in_12m = 0
    others: dict[str, list[int]] = {}
    for p in detail.purchases:
        day = p.purchased_on
        if day > today:
            continue
        amount = p.amount_minor
        if p.currency == currency:
            total += amount
            if day >= window:
                in_12m += amount
        else:
            slot = others.setdefault(p.currency, [0, 0])
            slot[0] += amount
            slot[1] += 1
    other = tuple(OtherCurrency(c, minor, n) for c, (minor, n) in sorted(others.items()))
    touch = last_touch(detail, today)
    cad = cadence_rules.effective(stage, tier, detail.cadence_days, cadences)
    added_on = detail.added_on or today
    return Header(
        customer_id=detail.id,
        name=one_line(detail.name),
        company=one_line(detail.company) or None,
        role=one_line(detail.role) or None,
        stage=stage,
        stage_label=STAGE_LABELS.get(stage, stage),
        stage_since=since,
        tier=tier,
        tier_pinned=bool(detail.tier_pin),
        value_total=Money(total, currency),
        value_12m=Money(in_12m, currency),
        other_currencies=other,
        value_note=_value_note(other, currency),
        last_touch=touch,
        next_due=cadence_rules.next_due(touch, added_on, cad.days),
        cadence_days=cad.days,
        cadence_explanation=cad.explanation,
        archived=detail.archived,
    )


def _value_note(other: Sequence[OtherCurrency], currency: str) -> Message | None:
    """What was left out of value, as a sentence the app says in its language."""
    if not other:
        return None
    parts = Listed(
        BriefText.tr(
            "%n purchase(s) in {currency} ({amount})",
            "",
            o.count,
            currency=o.currency,
            amount=Amount(o.minor, o.currency),
        )
        for o in other
    )
    return BriefText.tr(
        "Left out of value: {parts}, not in the journal's currency ({currency}).",
        parts=parts,
        currency=currency,
    )


def _pain_points(
    items: Iterable[PainDetail], noted_on: Callable[[PainDetail], dt.date]
) -> list[PainItem]:
    pains = [
        (
            PainItem(
                date=noted_on(p),
                text=one_line(p.text),
                with_whom=p.with_whom or "us",
                resolved_on=p.resolved_on,
            ),
            p.id,
        )
        for p in items
    ]
    # Open ones first; newest first within each group.
    pains.sort(key=lambda pi: (pi[0].is_open, pi[0].date, pi[1]), reverse=True)
    return _merge_repeats([p for p, _ in pains], lambda p: (p.is_open, p.with_whom, fold(p.text)))


def _merge_repeats(items: list[Any], key: Any) -> list[Any]:
    """The first of each run of equal *key* (the newest: items come newest first), counted."""
    first: dict[Any, int] = {}
    counts: list[int] = []
    kept: list[Any] = []
    for item in items:
        k = key(item)
        if k in first:
            counts[first[k]] += 1
            continue
        first[k] = len(kept)
        kept.append(item)
        counts.append(1)
    return [replace(item, times=n) if n > 1 else item for item, n in zip(kept, counts, strict=True)]


def _values(
    detail: CustomerDetail, noted_on: Callable[[DelightDetail], dt.date]
) -> list[ValueItem]:
    rows: list[tuple[dt.date, int, int, ValueItem]] = []
    for c in detail.conversations:
        if why := one_line(c.why_buy):
            day = c.occurred_on
            # A reason for buying comes before a delight of the same day: it is the rarer answer.
            rows.append((day, 1, c.id, ValueItem(day, "why-buy", why)))
    for d in detail.delights:
        day = noted_on(d)
        rows.append((day, 0, d.id, ValueItem(day, "delight", one_line(d.text))))
    rows.sort(key=lambda r: r[:3], reverse=True)
    return _merge_repeats([r[3] for r in rows], lambda v: (v.kind, fold(v.text)))


def _fact_groups(facts: Sequence[FactItem]) -> list[FactGroup]:
    order = {c: i for i, c in enumerate(FACT_CATEGORIES)}
    categories = sorted({f.category for f in facts}, key=lambda c: (order.get(c, len(order)), c))
    groups = []
    for category in categories:
        # Stable sort keeps the detail's id order among facts learned the same day.
        members = sorted(
            (f for f in facts if f.category == category), key=lambda f: f.learned_on, reverse=True
        )
        # The same fact noted twice is shown once, with the day it was last learned.
        seen: set[tuple[str, int | None, int | None]] = set()
        unique = []
        for f in members:
            if (k := (fold(f.text), f.month, f.day)) not in seen:
                seen.add(k)
                unique.append(f)
        groups.append(FactGroup(category, CATEGORY_LABELS.get(category, category), tuple(unique)))
    return groups


def _conversations(items: Iterable[ConversationDetail]) -> list[ConversationItem]:
    return [
        ConversationItem(
            date=c.occurred_on,
            channel=c.channel or "other",
            summary=one_line(c.summary) or one_line(c.notes) or None,
        )
        for c in items
    ]


def _gifts_invitations(detail: CustomerDetail, currency: str) -> list[GiftItem | InvitationItem]:
    rows: list[tuple[dt.date, int, int, GiftItem | InvitationItem]] = []
    for g in detail.gifts:
        cost = g.cost_minor
        item = GiftItem(
            date=g.given_on,
            what=one_line(g.what),
            kind=one_line(g.kind) or None,
            occasion=one_line(g.occasion) or None,
            cost=Money(cost, g.currency or currency) if cost is not None else None,
            reaction=one_line(g.reaction) or None,
        )
        rows.append((item.date, 0, g.id, item))
    for i in detail.invitations:
        inv = InvitationItem(
            date=i.event_on,
            event=one_line(i.event),
            invited_on=i.invited_on,
            status=i.status or "invited",
            as_guest=i.as_guest,
        )
        rows.append((inv.date, 1, i.id, inv))
    rows.sort(key=lambda r: r[:3], reverse=True)
    return [r[3] for r in rows]


def referral_names(
    milestones: Sequence[tuple[int, str, dt.date]], referred: Sequence[tuple[dt.date, str]]
) -> dict[int, str]:
    """Which customer each "Gave a referral" milestone was about: milestone id -> name.

    *milestones* are (id, kind, day) and *referred* the (day linked, name) of the customers
    this one referred; each referral milestone takes the referred customer nearest its day
    (none taken twice), so the milestone names whom the referral brought.
    """
    left = sorted(referred)
    names: dict[int, str] = {}
    referrals = sorted((m for m in milestones if m[1] == "referral"), key=lambda m: m[2])
    for mid, _kind, day in referrals:
        if not left:
            break
        best = min(left, key=lambda r: (abs((r[0] - day).days), r[0], r[1]))
        left.remove(best)
        names[mid] = best[1]
    return names


def _milestones(
    detail: CustomerDetail, connections: Sequence[ConnectionItem] = ()
) -> list[MilestoneItem]:
    rows: list[tuple[dt.date, int, int, MilestoneItem]] = []
    referred = [
        (c.since, c.other_name)
        for c in connections
        if c.kind == "referred-by" and c.direction == "in"
    ]
    whom = referral_names([(m.id, m.kind, m.occurred_on) for m in detail.milestones], referred)
    for m in detail.milestones:
        day = m.occurred_on
        note = one_line(m.note)
        if m.id in whom:
            note = (
                BriefText.tr("referred {name}: {note}", name=whom[m.id], note=note)
                if note
                else BriefText.tr("referred {name}", name=whom[m.id])
            )
        item = MilestoneItem(day, m.kind, milestone_label(m.kind), note)
        rows.append((day, 1, m.id, item))
    for s in detail.stage_history:
        if not s.from_stage:
            continue  # the stage they were added in is no step of trust; the header shows it
        day = s.changed_on
        label = BriefText.tr(
            "Moved to {stage} (from {before})",
            stage=phrase("Vocabulary", STAGE_LABELS.get(s.stage, s.stage)),
            before=phrase("Vocabulary", STAGE_LABELS.get(s.from_stage, s.from_stage)),
        )
        rows.append((day, 0, s.id, MilestoneItem(day, "stage", label, None)))
    rows.sort(key=lambda r: r[:3])
    return [MilestoneItem(m.date, m.kind, m.label, m.note or None) for *_, m in rows]


# --- talking points ---------------------------------------------------------------------------


def _talking_points(
    detail: CustomerDetail,
    header: Header,
    pains: Sequence[PainItem],
    facts: Sequence[FactItem],
    today: dt.date,
) -> list[TalkingPoint]:
    points: list[TalkingPoint] = []
    points += _promise_points(detail.promises, today)
    points += _pain_talking_points([p for p in pains if p.is_open])
    points += _fact_points(facts, today)

    bought = any(p.purchased_on <= today for p in detail.purchases)
    said_why = any(one_line(c.why_buy) for c in detail.conversations)
    if bought and not said_why:
        points.append(
            TalkingPoint(
                "why-buy",
                BriefText.tr("Ask why they bought: they have purchases but never said why."),
            )
        )

    awaiting = [i for i in detail.invitations if i.status == "invited" and i.event_on >= today]
    for i in sorted(awaiting, key=lambda i: (i.event_on, i.id)):
        event_on = i.event_on
        points.append(
            TalkingPoint(
                "invitation",
                BriefText.tr(
                    "Awaiting an answer: invited to {event} on {day} ({when}), sent {sent}.",
                    event=one_line(i.event),
                    day=event_on,
                    when=relative(event_on, today),
                    sent=i.invited_on,
                ),
                False,
                event_on,
            )
        )

    points += _gift_point(detail.gifts, header.tier, today)
    # Urgent points lead; otherwise the rule order above (a stable sort keeps it).
    points.sort(key=lambda p: not p.urgent)
    if len(points) > MAX_POINTS:
        kept, rest = points[: MAX_POINTS - 1], points[MAX_POINTS - 1 :]
        about = list(dict.fromkeys(_MORE_LABELS.get(p.kind, p.kind) for p in rest))
        kept.append(
            TalkingPoint(
                "more",
                BriefText.tr(
                    "And {more} more: {about}.",
                    more=len(rest),
                    about=Parts(phrase("BriefText", a) for a in about),
                ),
            )
        )
        points = kept
    return points


# What the last line names when points did not fit ("And 2 more: why they bought; a gift.").
_MORE_LABELS = {
    "promise": QT_TRANSLATE_NOOP("BriefText", "open promises"),
    "pain": QT_TRANSLATE_NOOP("BriefText", "pain points"),
    "date": QT_TRANSLATE_NOOP("BriefText", "dates coming up"),
    "fact": QT_TRANSLATE_NOOP("BriefText", "facts to ask about"),
    "why-buy": QT_TRANSLATE_NOOP("BriefText", "ask why they bought"),
    "invitation": QT_TRANSLATE_NOOP("BriefText", "invitations awaiting an answer"),
    "gift": QT_TRANSLATE_NOOP("BriefText", "gifts"),
}


def _merged(
    kind: str, count_text: str, texts: Sequence[str], urgent: bool, day: dt.date | None
) -> TalkingPoint:
    """One line for several points of one sort: "N …: first; second; and M more" (each
    clause without its own full stop, `Parts`)."""
    named: list[Any] = list(texts[:NAMED_IN_MERGE])
    more = len(texts) - NAMED_IN_MERGE
    if more > 0:
        named.append(BriefText.tr("and %n more", "", more))
    return TalkingPoint(
        kind, BriefText.tr("{head}: {named}", head=count_text, named=Parts(named)), urgent, day
    )


_NAME_RUN = re.compile(r"[A-Z][\w&.’'-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&.’'-]*)*")


def competitor_name(text: str) -> str:
    """The competitor a pain point names ("BeanCo keeps missing…" -> "BeanCo").

    Pain points are free text: "Name: what" gives Name; otherwise the likeliest run of
    capitalised words, a run that looks like a name (two words, an inner capital, a possessive)
    or stands inside the sentence rather than at its start. No name: the text's first words.
    """
    head, colon, _rest = text.partition(":")
    if colon and 1 <= len(head.split()) <= 4:
        return head.strip()
    best: tuple[int, int, str] | None = None
    for m in _NAME_RUN.finditer(text):
        run = m.group().rstrip(".")
        possessive = run.endswith(("'s", "’s"))
        name = run[:-2] if possessive else run
        looks_named = " " in name or any(c.isupper() for c in name[1:]) or possessive
        score = 2 * looks_named + (m.start() > 0)
        if best is None or score > best[0]:
            best = (score, m.start(), name)
    if best is not None:
        return best[2]
    words = text.split()
    return " ".join(words[:3]) + ("…" if len(words) > 3 else "")


def _pain_talking_points(open_pains: Sequence[PainItem]) -> list[TalkingPoint]:
    """Unresolved pain points in their order (newest first): ours one by one until there are
    MERGE_FROM, the competitors' one by one until there are two; a merged line stands where
    the newest of its sort stood."""
    ours = [p for p in open_pains if p.with_whom == "us"]
    theirs = [p for p in open_pains if p.with_whom != "us"]
    merged: dict[str, TalkingPoint] = {}
    if len(theirs) >= 2:
        counts: dict[str, int] = {}
        for p in theirs:
            name = competitor_name(p.text)
            key = next((k for k in counts if fold(k) == fold(name)), name)
            counts[key] = counts.get(key, 0) + p.times
        names = ", ".join(f"{n} ({c})" if c > 1 else n for n, c in counts.items())
        total = sum(counts.values())
        merged["competitor"] = TalkingPoint(
            "pain",
            BriefText.tr(
                "{total} open complaints about competitors: {names}", total=total, names=names
            ),
            False,
            theirs[0].date,
        )
    if len(ours) >= MERGE_FROM:
        merged["us"] = _merged(
            "pain",
            BriefText.tr("{count} unresolved pain points with us", count=len(ours)),
            [p.text for p in ours],
            False,
            ours[0].date,
        )
    points: list[TalkingPoint] = []
    placed: set[str] = set()
    for p in open_pains:
        side = "us" if p.with_whom == "us" else "competitor"
        if side in merged:
            if side not in placed:  # at the newest one's place; the others are in it
                points.append(merged[side])
                placed.add(side)
            continue
        said = clause(p.text) if p.times > 1 else p.text  # "(noted 2 times…)" goes on
        if side == "us":
            text = BriefText.tr("Unresolved pain point with us: {text}", text=said)
        else:
            text = BriefText.tr("Unresolved pain point with a competitor: {text}", text=said)
        if p.times > 1:
            text = BriefText.tr(
                "{point} (noted {times} times, last {day})", point=text, times=p.times, day=p.date
            )
        points.append(TalkingPoint("pain", text, False, p.date))
    return points


def _promise_points(items: Iterable[PromiseDetail], today: dt.date) -> list[TalkingPoint]:
    """Open promises, the most overdue first; MERGE_FROM or more overdue ones, or MERGE_FROM or
    more not yet due, become one line each."""
    open_ = [p for p in items if p.done_on is None]
    overdue = [p for p in open_ if (p.due_on or dt.date.max) < today]
    pending = [p for p in open_ if p not in overdue]
    lines: list[TalkingPoint] = []
    if len(overdue) >= MERGE_FROM:
        overdue.sort(key=lambda p: (p.due_on or dt.date.max, p.id))
        oldest = overdue[0].due_on or today
        lines.append(
            _merged(
                "promise",
                BriefText.tr(
                    "{count} overdue promises, the oldest due {day} ({when})",
                    count=len(overdue),
                    day=oldest,
                    when=relative(oldest, today),
                ),
                [one_line(p.text) for p in overdue],
                True,
                oldest,
            )
        )
        open_ = pending
    if len(pending) >= MERGE_FROM:
        points = _single_promise_points(overdue if not lines else [], today)
        dated = sorted(
            (p for p in pending if p.due_on), key=lambda p: (p.due_on or dt.date.max, p.id)
        )
        undated = sorted((p for p in pending if not p.due_on), key=lambda p: (p.made_on, p.id))
        head = BriefText.tr("{count} open promises", count=len(pending))
        first_due = dated[0].due_on if dated else None
        if first_due is not None:
            head = BriefText.tr(
                "{count} open promises, the next due {when} ({day})",
                count=len(pending),
                when=relative(first_due, today),
                day=first_due,
            )
        merged = _merged(
            "promise", head, [one_line(p.text) for p in dated + undated], False, first_due
        )
        return lines + points + [merged]
    return lines + _single_promise_points(open_, today)


def _single_promise_points(open_: Iterable[PromiseDetail], today: dt.date) -> list[TalkingPoint]:
    """One line per open promise: with a due day first, the most overdue first."""

    def order(p: PromiseDetail) -> tuple[bool, dt.date, dt.date, int]:
        due = p.due_on
        # Promises with a due day first, soonest (most overdue) first; then the undated ones.
        return (due is None, due or dt.date.max, p.made_on, p.id)

    points = []
    for p in sorted(open_, key=order):
        text = one_line(p.text)
        due = p.due_on
        if due is None:
            points.append(
                TalkingPoint(
                    "promise",
                    BriefText.tr("Open promise (made {day}): {text}", day=p.made_on, text=text),
                    False,
                    None,
                )
            )
        elif due < today:
            points.append(
                TalkingPoint(
                    "promise",
                    BriefText.tr(
                        "Overdue promise (due {day}, {when}): {text}",
                        day=due,
                        when=relative(due, today),
                        text=text,
                    ),
                    True,
                    due,
                )
            )
        else:
            points.append(
                TalkingPoint(
                    "promise",
                    BriefText.tr(
                        "Open promise, due {when} ({day}): {text}",
                        when=relative(due, today),
                        day=due,
                        text=text,
                    ),
                    False,
                    due,
                )
            )
    return points


def _fact_points(facts: Sequence[FactItem], today: dt.date) -> list[TalkingPoint]:
    dated: list[tuple[dt.date, TalkingPoint]] = []
    recent: list[tuple[dt.date, TalkingPoint]] = []
    named: list[str] = []  # each recent fact as a merged line names it ("family: …")
    for f in facts:
        if f.month and f.day:
            when = next_occurrence(f.month, f.day, today)
            ahead = (when - today).days
            if ahead <= RECURRING_AHEAD_DAYS:
                text = BriefText.tr(
                    "Coming up {when} ({day}): {text}",
                    when=relative(when, today),
                    day=when,
                    text=f.text,
                )
                point = TalkingPoint("date", text, ahead <= RECURRING_URGENT_DAYS, when)
                dated.append((when, point))
                continue
        if f.learned_on <= today and (today - f.learned_on).days <= RECENT_FACT_DAYS:
            label = CATEGORY_LABELS.get(f.category, f.category).lower()
            text = BriefText.tr(
                "Ask about {area}: {text} (learned {day})",
                area=phrase("Areas", label),
                text=clause(f.text),
                day=f.learned_on,
            )
            recent.append((f.learned_on, TalkingPoint("fact", text, False, f.learned_on)))
            named.append(BriefText.tr("{area}: {text}", area=phrase("Areas", label), text=f.text))
    dated.sort(key=lambda d: d[0])
    order = sorted(range(len(recent)), key=lambda i: recent[i][0], reverse=True)
    recent = [recent[i] for i in order]
    if len(recent) >= MERGE_FROM:
        texts = [named[i] for i in order]
        merged = _merged(
            "fact",
            BriefText.tr("Ask about {count} things learned lately", count=len(recent)),
            texts,
            False,
            recent[0][0],
        )
        return [p for _, p in dated] + [merged]
    return [p for _, p in dated] + [p for _, p in recent]


def _gift_point(items: Iterable[GiftDetail], tier: str, today: dt.date) -> list[TalkingPoint]:
    gifts = [g for g in items if g.given_on <= today]
    if gifts:
        latest = max(gifts, key=lambda g: (g.given_on, g.id))
        given = latest.given_on
        if (today - given).days <= RECENT_GIFT_DAYS:
            return [
                TalkingPoint(
                    "gift",
                    BriefText.tr(
                        "Gift given {when} ({day}): {what}. Don't repeat it.",
                        when=relative(given, today),
                        day=given,
                        what=clause(one_line(latest.what)),
                    ),
                    False,
                    given,
                )
            ]
        return []
    if tier == "A":
        return [
            TalkingPoint(
                "gift",
                BriefText.tr(
                    "No gift ever given to this tier A customer: consider a small thank-you "
                    "(a reward, not a bribe)."
                ),
            )
        ]
    return []
