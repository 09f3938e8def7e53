"""What the journal teaches across its customers: the Insights page's typed result.

`store.insights.compute_insights(session, segment, today)` fills an `Insights`; the app draws it,
the command line prints it (`custjournal insights`) and `docs/insights.md` documents its JSON.
One frozen dataclass per section. Every section carries `meaning`, the one sentence that says
what its figures mean ("Your top 12 customers (20%) bring 78% of the last 12 months' value"),
and `reason`, a sentence saying why there is too little data to tell (then `meaning` is None and
the section's lists are empty). Every row carries the ids of the customers it is about, so a
reader can open a customer or filter the list to them.

Money is in integer minor units of the journal's `currency`; shares and rates are floats in
0..1 (None where the denominator is zero); days and scores are whole numbers (medians and
means rounded half up, 77.5 -> 78).

Nothing here reads the journal: plain data and the segment's parsing only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any, Literal

from custjournal.domain import i18n
from custjournal.domain.errors import UserError
from custjournal.domain.i18n import ErrorText, InsightsText, Message

SegmentKind = Literal["all", "tag", "stage", "tier"]

SECTION_KEYS: tuple[str, ...] = (
    "best_customers",
    "why_they_buy",
    "delights",
    "pains",
    "trust",
    "stages",
    "health",
)


@dataclass(frozen=True)
class Segment:
    """The customers every section looks at: all, those with a tag, in a stage or of a tier.

    `value` is the tag as typed (matched case-insensitively), a stage of `vocab.STAGES` or a tier
    A/B/C. Whether a tag or stage exists is checked against the journal by the store.
    """

    kind: SegmentKind = "all"
    value: str | None = None

    @classmethod
    def parse(cls, text: str | None) -> Segment:
        """`all`, `tag:T`, `stage:S` or `tier:A` (case-insensitive kind); a UserError otherwise.

        A stage or tier is checked here against the vocabulary; a tag by the store.
        """
        from custjournal.domain import vocab

        raw = (text or "").strip()
        if not raw or raw.casefold() == "all":
            return cls()
        kind, sep, value = raw.partition(":")
        kind = kind.strip().casefold()
        value = value.strip()
        if not sep or kind not in ("tag", "stage", "tier") or not value:
            raise UserError(
                ErrorText.tr(
                    "Unknown segment '{segment}': use all, tag:TAG, stage:STAGE or tier:A, B or C.",
                    segment=raw,
                )
            )
        # A stage or a tier from its vocabulary; one that is not says one sentence naming the
        # segment (not a command's option) and what that kind can be.
        vocabularies: dict[str, tuple[SegmentKind, Callable[[str], str], tuple[str, ...]]] = {
            "stage": ("stage", vocab.parse_stage, vocab.STAGES),
            "tier": ("tier", lambda v: vocab.parse_tier(v.upper()), vocab.TIERS),
        }
        if kind in vocabularies:
            segment_kind, parse, allowed = vocabularies[kind]
            try:
                return cls(segment_kind, parse(value))
            except UserError:
                raise UserError(
                    ErrorText.tr(
                        "Unknown segment '{segment}': use {kind}: with one of {allowed}.",
                        segment=raw,
                        kind=kind,
                        allowed=", ".join(allowed),
                    )
                ) from None
        return cls("tag", " ".join(value.split()))

    @property
    def label(self) -> Message:
        """How the segment is named in sentences and headings (the command's heading; the
        app says it in its language)."""
        if self.kind == "all":
            return InsightsText.tr("all customers")
        if self.kind == "tag":
            return InsightsText.tr("customers tagged '{tag}'", tag=self.value)
        if self.kind == "stage":
            from custjournal.domain import vocab

            stage = str(self.value)
            return InsightsText.tr(
                "customers in {stage}",
                stage=i18n.phrase("Vocabulary", vocab.STAGE_LABELS.get(stage, stage.capitalize())),
            )
        return InsightsText.tr("tier {tier} customers", tier=self.value)

    def __str__(self) -> str:
        return "all" if self.kind == "all" else f"{self.kind}:{self.value}"


@dataclass(frozen=True)
class CustomerRef:
    """A customer a row names: enough to show a name and open the customer."""

    customer_id: int
    name: str


@dataclass(frozen=True)
class Quote:
    """Words a customer said, with who and when."""

    customer_id: int
    name: str
    on: dt.date
    text: str


# --- 1. Best customers -------------------------------------------------------------------------


@dataclass(frozen=True)
class ParetoPoint:
    """After the `rank` best buyers: that share of the buyers brings that share of the value."""

    rank: int
    customer_id: int
    customer_share: float
    value_share: float


@dataclass(frozen=True)
class TierBoundary:
    """Where tier A (or B) ends on the curve: how many buyers, and their share of the value."""

    tier: str
    customers: int
    customer_share: float
    value_share: float
    customer_ids: tuple[int, ...]


@dataclass(frozen=True)
class BestCustomerRow:
    customer_id: int
    name: str
    tier: str
    tier_pinned: bool
    value_minor: int
    value_share: float
    last_touch: dt.date | None
    next_due: dt.date  # the next contact
    due_on: dt.date  # the list's Due: the next contact, or an open promise due earlier
    due: bool  # due_on is past (domain/cadence.py `is_due`), as the list shows it overdue


@dataclass(frozen=True)
class BestCustomers:
    meaning: str | None
    reason: str | None
    currency: str
    total_value_minor: int = 0
    buyers: int = 0
    customers: int = 0  # in the segment
    curve: tuple[ParetoPoint, ...] = ()
    boundaries: tuple[TierBoundary, ...] = ()
    top: tuple[BestCustomerRow, ...] = ()
    # In a segment: its own top buyers by value (the first 20% of its buyers, as tier A is of
    # the journal's, `domain/tiers.py`), and how many of them are tier A journal-wide.
    segment_top: TierBoundary | None = None
    segment_top_tier_a: int = 0
    pinned_a: int = 0  # customers pinned to tier A (by hand) with no purchases in 12 months


# --- 2. Why they buy, 3. delights and pains ----------------------------------------------------


@dataclass(frozen=True)
class Theme:
    """Answers that say the same thing in other words, under one name.

    `key` is stable across runs (the theme's folded, stemmed key words), for a reader that keeps
    a selection; `value_share` is the share of the segment's 12-month value its customers bring.
    """

    key: str
    name: str
    mentions: int
    customer_ids: tuple[int, ...]
    value_share: float | None
    quotes: tuple[Quote, ...]

    @property
    def customer_count(self) -> int:
        return len(self.customer_ids)


@dataclass(frozen=True)
class WhyTheyBuy:
    meaning: str | None
    reason: str | None
    answers: int = 0
    customers_answered: int = 0
    themes: tuple[Theme, ...] = ()
    # Tier A customers with no answer yet: seed 004 says ask them first.
    never_asked: tuple[CustomerRef, ...] = ()
    never_asked_meaning: str | None = None


@dataclass(frozen=True)
class Delights:
    meaning: str | None
    reason: str | None
    mentions: int = 0
    themes: tuple[Theme, ...] = ()


@dataclass(frozen=True)
class PainTheme:
    """A pain theme, with how many of its pains are open and how many resolved.

    `competitors` names the competitors the texts name, the most mentioned first (empty for
    pains with us, or when the texts name none).
    """

    key: str
    name: str
    mentions: int
    customer_ids: tuple[int, ...]
    open: int
    resolved: int
    competitors: tuple[str, ...]
    quotes: tuple[Quote, ...]
    open_customer_ids: tuple[int, ...] = ()

    @property
    def customer_count(self) -> int:
        return len(self.customer_ids)


@dataclass(frozen=True)
class ThemeChange:
    """A theme's mentions raised in the last 90 days against the 90 days before them."""

    key: str
    name: str
    with_whom: str  # us | competitor
    last_90: int
    previous_90: int


@dataclass(frozen=True)
class Pains:
    meaning: str | None
    reason: str | None
    ours: tuple[PainTheme, ...] = ()
    competitors: tuple[PainTheme, ...] = ()
    open_ours: int = 0
    resolved_ours: int = 0
    open_competitors: int = 0
    resolved_competitors: int = 0
    median_days_to_resolve_ours: int | None = None
    raised_last_90: int = 0
    raised_previous_90: int = 0
    resolved_last_90: int = 0
    resolved_previous_90: int = 0
    changes: tuple[ThemeChange, ...] = ()
    change_meaning: str | None = None


# --- 4. Trust and generosity -------------------------------------------------------------------


@dataclass(frozen=True)
class ReactionCount:
    """Gift reactions grouped like themes: a name, how many, and a quote or two."""

    key: str
    name: str
    count: int
    customer_ids: tuple[int, ...]
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True)
class MilestoneCount:
    kind: str
    label: str
    count: int
    customer_ids: tuple[int, ...]


@dataclass(frozen=True)
class OtherCost:
    """Gifts whose cost is in a currency other than the journal's: left out of the cost."""

    currency: str
    cost_minor: int
    gifts: int  # with a cost in that currency


@dataclass(frozen=True)
class Trust:
    meaning: str | None
    reason: str | None
    currency: str
    gifts: int = 0
    gift_customers: int = 0
    gift_cost_minor: int = 0
    gifts_with_reaction: int = 0
    reactions: tuple[ReactionCount, ...] = ()
    invitations: int = 0
    # Of invitations whose event day has come (on or before today).
    invitations_past: int = 0
    accepted_rate: float | None = None  # accepted or attended or no-show, of past invitations
    attended_rate: float | None = None  # attended, of those accepted
    no_show_rate: float | None = None  # no-show, of those accepted
    declined_rate: float | None = None
    milestones: tuple[MilestoneCount, ...] = ()
    never_invited: tuple[CustomerRef, ...] = ()  # in Connection or Loyalty
    never_invited_meaning: str | None = None
    best_without_gift: tuple[CustomerRef, ...] = ()  # tier A, no gift in 12 months
    best_without_gift_meaning: str | None = None
    # Costs in another currency than the journal's, by currency: not in gift_cost_minor.
    gift_cost_other: tuple[OtherCost, ...] = ()
    gift_cost_note: str | None = None  # says what gift_cost_other left out, or None


# --- 5. Stages ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class StageRow:
    stage: str
    label: str
    customers: int
    customer_ids: tuple[int, ...]
    share: float | None
    # Median days spent in the stage by customers who left it (moved on or back).
    median_days: int | None
    moves_in_90: int  # moves into this stage in the last 90 days
    neglected: int  # past their cadence today
    neglected_ids: tuple[int, ...]
    neglect_rate: float | None


@dataclass(frozen=True)
class StageMove:
    from_stage: str | None
    to_stage: str
    count: int
    customer_ids: tuple[int, ...]


@dataclass(frozen=True)
class Stages:
    meaning: str | None
    reason: str | None
    rows: tuple[StageRow, ...] = ()
    moves_in_90: int = 0
    moves: tuple[StageMove, ...] = ()
    neglect_meaning: str | None = None


# --- 6. Relationship health --------------------------------------------------------------------

HEALTH_ELEMENTS: tuple[str, ...] = ("knowledge", "responsibility", "respect", "care")
# Buckets of a score: 0-19, 20-39, 40-59, 60-79, 80-100.
HEALTH_BUCKETS: tuple[str, ...] = ("0-19", "20-39", "40-59", "60-79", "80-100")


@dataclass(frozen=True)
class ElementDistribution:
    element: str
    label: str
    buckets: tuple[int, ...]  # customers per HEALTH_BUCKETS
    bucket_ids: tuple[tuple[int, ...], ...]
    not_enough: int  # "not enough to tell yet"
    median: int | None


@dataclass(frozen=True)
class HealthFaller:
    """A customer whose health fell in 90 days: the mean of the elements known both times."""

    customer_id: int
    name: str
    before: int
    now: int
    drop: int
    weakest: str | None  # the element that fell most
    element_drops: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class HealthSection:
    meaning: str | None
    reason: str | None
    elements: tuple[ElementDistribution, ...] = ()
    fallers: tuple[HealthFaller, ...] = ()  # the ten whose health fell most
    fallers_meaning: str | None = None
    faller_ids: tuple[int, ...] = ()  # every customer whose health fell, most first


@dataclass(frozen=True)
class Insights:
    """The whole page, for one segment, as of one day."""

    today: dt.date
    segment: Segment
    currency: str
    customers: int  # in the segment
    customer_ids: tuple[int, ...]
    best_customers: BestCustomers
    why_they_buy: WhyTheyBuy
    delights: Delights
    pains: Pains
    trust: Trust
    stages: Stages
    health: HealthSection

    def sections(self) -> tuple[tuple[str, object], ...]:
        """(key, section) in page order; the keys are SECTION_KEYS."""
        return tuple((key, getattr(self, key)) for key in SECTION_KEYS)


# --- The page as plain JSON values, and back (store/insights_kept.py keeps it) ------------------
#
# Exact, unlike the command's JSON (interop/insights_render.py rounds shares and drops the
# types): a kept page read back equals the page worked out afresh, sentence by sentence. Each
# object says its kind, so nothing read from a journal can make the reader build anything but
# these plain types (no pickle: a team database's rows are written by other people).


def _classes() -> dict[str, type]:
    return {
        c.__name__: c
        for c in (
            Segment,
            CustomerRef,
            Quote,
            ParetoPoint,
            TierBoundary,
            BestCustomerRow,
            BestCustomers,
            Theme,
            WhyTheyBuy,
            Delights,
            PainTheme,
            ThemeChange,
            Pains,
            ReactionCount,
            MilestoneCount,
            OtherCost,
            Trust,
            StageRow,
            StageMove,
            Stages,
            ElementDistribution,
            HealthFaller,
            HealthSection,
            Insights,
        )
    }


_CLASSES = _classes()
# The page's fields in order (store/insights_kept.py encodes them one by one).
INSIGHTS_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Insights))
_FIELDS: dict[type, tuple[str, ...]] = {}
_SCALARS = frozenset((int, float, str, bool, type(None)))


def fields_of(value: object) -> tuple[str, ...] | None:
    """The field names of one of the page's typed objects, None for anything else."""
    kind = type(value)
    if _CLASSES.get(kind.__name__) is not kind:
        return None
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = tuple(f.name for f in fields(kind))  # type: ignore[arg-type]
    return names


def to_plain(value: object) -> object:
    """*value* (an `Insights`, or any part of one) as JSON values: lists, objects, numbers and
    text, each typed object tagged with its kind."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is tuple:
        items: tuple[Any, ...] = value  # type: ignore[assignment]
        if all(type(v) in _SCALARS for v in items):
            return list(items)
        return [to_plain(v) for v in items]
    if kind is i18n.Message:
        m: i18n.Message = value  # type: ignore[assignment]
        args = {k: to_plain(v) for k, v in m.args.items()}
        return {"~m": [m.context, m.source, m.disambiguation, m.n, args]}
    if kind is dt.date:
        return {"~d": value.isoformat()}  # type: ignore[attr-defined]
    if kind in (i18n.Share, i18n.Figure, i18n.Number):
        return {"~" + kind.__name__: value}
    if kind in (i18n.Parts, i18n.Listed):
        return {"~" + kind.__name__: [to_plain(v) for v in value]}  # type: ignore[attr-defined]
    if kind is i18n.Amount:
        a: i18n.Amount = value  # type: ignore[assignment]
        return {"~Amount": [a.minor, a.currency]}
    if kind is dict:
        return {"~o": [[k, to_plain(v)] for k, v in value.items()]}  # type: ignore[attr-defined]
    if kind.__name__ in _CLASSES and _CLASSES[kind.__name__] is kind:
        names = _FIELDS.get(kind)
        if names is None:
            names = _FIELDS[kind] = tuple(f.name for f in fields(kind))  # type: ignore[arg-type]
        scalars = _SCALARS
        return {
            "~": kind.__name__,
            "f": [
                v if type(v) in scalars else to_plain(v) for v in [getattr(value, n) for n in names]
            ],
        }
    if isinstance(value, str):  # another str subclass: its text
        return str(value)
    raise TypeError(f"no plain form for {kind.__name__}")


def from_plain(value: Any) -> Any:
    """What `to_plain` made, back as the typed objects; a ValueError for anything else."""
    kind = type(value)
    if kind is list:
        if all(type(v) in _SCALARS for v in value):
            return tuple(value)
        return tuple(from_plain(v) for v in value)
    if kind is not dict:
        if kind in _SCALARS:
            return value
        raise ValueError(f"not a kept page: {kind.__name__}")
    if "~" in value:
        cls = _CLASSES.get(value["~"])
        if cls is None:
            raise ValueError(f"not a kept page: {value['~']!r}")
        scalars = _SCALARS
        return cls(*[v if type(v) in scalars else from_plain(v) for v in value["f"]])
    ((tag, body),) = value.items()
    if tag == "~m":
        context, source, disambiguation, n, args = body
        return i18n.Message(
            context, source, disambiguation, n, {k: from_plain(v) for k, v in args.items()}
        )
    if tag == "~d":
        return dt.date.fromisoformat(body)
    if tag == "~Share":
        return i18n.Share(body)
    if tag == "~Figure":
        return i18n.Figure(body)
    if tag == "~Number":
        return i18n.Number(body)
    if tag == "~Parts":
        return i18n.Parts(from_plain(v) for v in body)
    if tag == "~Listed":
        return i18n.Listed(from_plain(v) for v in body)
    if tag == "~Amount":
        return i18n.Amount(int(body[0]), str(body[1]))
    if tag == "~o":
        return {k: from_plain(v) for k, v in body}
    raise ValueError(f"not a kept page: {tag!r}")
