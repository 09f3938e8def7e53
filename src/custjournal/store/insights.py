"""Reads the journal for the Insights page: `compute_insights(session, segment, today)`.

The sections' types live in `domain/insights.py` and the theme grouping in `domain/themes.py`;
this module reads the few columns each section needs (one statement per kind of entry, on the
session's own DBAPI connection, as `queries.raw_rows` does) and works the sections out. The
journal is read as of *today*: entries dated after it don't count (`docs/insights.md`).
What each figure means is documented in `docs/insights.md`.
"""

from __future__ import annotations

import datetime as dt
import importlib
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlmodel import Session

from custjournal.domain import insights as di
from custjournal.domain import themes as th
from custjournal.domain import tiers as tier_rules
from custjournal.domain.errors import UserError
from custjournal.domain.text import fold, plural
from custjournal.domain.vocab import MILESTONE_LABELS, STAGE_LABELS, STAGES
from custjournal.store import queries, settings
from custjournal.store.queries import CustomerRow, raw_rows

TOP_ROWS = 20  # best customers listed
THEMES_SHOWN = 12  # themes per list
QUOTES = 3
LIST_CAP = 50  # customers in an "act on these" list
FALLERS = 10
RECENT_DAYS = 90


def _pct(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


_DAYS: dict[str, dt.date] = {}


def _day(value: Any) -> dt.date:
    """A stored day (ISO text, or a date from PostgreSQL); days repeat, so each is parsed once."""
    if isinstance(value, dt.date):
        return value
    day = _DAYS.get(value)
    if day is None:
        if len(_DAYS) > 100_000:
            _DAYS.clear()
        day = _DAYS[value] = dt.date.fromisoformat(str(value)[:10])
    return day


@dataclass
class _Context:
    today: dt.date
    currency: str
    rows: dict[int, CustomerRow]  # the segment's customers
    total_value: int  # the segment's 12-month value

    def name(self, cid: int) -> str:
        return self.rows[cid].name

    def refs(self, ids: Iterable[int]) -> tuple[di.CustomerRef, ...]:
        return tuple(di.CustomerRef(cid, self.rows[cid].name) for cid in ids)

    def by_value(self, ids: Iterable[int]) -> list[int]:
        """Ids, the most valuable customer first (then by name)."""
        return sorted(ids, key=lambda c: (-self.rows[c].value_12m, self.rows[c].name.casefold(), c))

    def value_share(self, ids: Iterable[int]) -> float | None:
        if not self.total_value:
            return None
        return sum(self.rows[c].value_12m for c in set(ids)) / self.total_value


def segment_rows(session: Session, segment: di.Segment, today: dt.date) -> list[CustomerRow]:
    """The customers of *segment* as the customer list shows them; an unknown tag is a UserError
    (a stage or tier with nobody in it is just an empty segment)."""
    rows = queries.customer_rows(session, today, sort=False)
    if segment.kind == "tag":
        wanted = fold(str(segment.value))
        rows = [r for r in rows if any(fold(t) == wanted for t in r.tags)]
        if not rows:
            known = sorted(
                {t for (t,) in raw_rows(session, "SELECT DISTINCT tag FROM customer_tag")},
                key=str.casefold,
            )
            listed = ", ".join(known[:12]) if known else "there are no tags yet"
            raise UserError(f"No customer has the tag '{segment.value}' (tags: {listed}).")
    elif segment.kind == "stage":
        rows = [r for r in rows if r.stage == segment.value]
    elif segment.kind == "tier":
        rows = [r for r in rows if r.tier == segment.value]
    return rows


def compute_insights(session: Session, segment: di.Segment, today: dt.date) -> di.Insights:
    """Every section of the Insights page for the customers of *segment*, as of *today*."""
    currency = settings.currency(session)
    rows = segment_rows(session, segment, today)
    ctx = _Context(today, currency, {r.id: r for r in rows}, sum(r.value_12m for r in rows))
    why = [_Said(c, on, text) for c, on, text, _, _ in _entries(session, ctx, _WHY_SQL)]
    liked = [_Said(c, on, text) for c, on, text, _, _ in _entries(session, ctx, _DELIGHT_SQL)]
    pain_rows = _entries(session, ctx, _PAIN_SQL)
    languages = _languages(why, liked, [_Said(r[0], r[1], r[2]) for r in pain_rows])
    ids = tuple(sorted(ctx.rows))
    return di.Insights(
        today=today,
        segment=segment,
        currency=currency,
        customers=len(ids),
        customer_ids=ids,
        best_customers=best_customers(ctx),
        why_they_buy=why_they_buy(ctx, why, languages),
        delights=delights(ctx, liked, languages),
        pains=pains(ctx, pain_rows, languages),
        trust=trust(session, ctx),
        stages=stages(session, ctx),
        health=health(session, ctx),
    )


# --- 1. Best customers -------------------------------------------------------------------------


def best_customers(ctx: _Context) -> di.BestCustomers:
    buyers = [r for r in ctx.rows.values() if r.value_12m > 0]
    if not buyers:
        return di.BestCustomers(
            None,
            "No purchases in the 12 months up to "
            f"{ctx.today.isoformat()}: value and tiers appear once you log purchases.",
            ctx.currency,
            customers=len(ctx.rows),
        )
    buyers.sort(key=lambda r: (-r.value_12m, r.id))
    total = sum(r.value_12m for r in buyers)
    n = len(buyers)
    curve = []
    running = 0
    for rank, r in enumerate(buyers, 1):
        running += r.value_12m
        curve.append(di.ParetoPoint(rank, r.id, rank / n, running / total))
    boundaries = []
    for tier, members in (("A", ("A",)), ("B", ("A", "B"))):
        inside = [r for r in buyers if r.tier in members]
        boundaries.append(
            di.TierBoundary(
                tier,
                len(inside),
                len(inside) / n,
                sum(r.value_12m for r in inside) / total,
                tuple(r.id for r in inside),
            )
        )
    top = tuple(
        di.BestCustomerRow(
            r.id,
            r.name,
            r.tier,
            r.tier_pinned,
            r.value_12m,
            r.value_12m / total,
            r.last_contact,
            r.next_due,
            r.next_due < ctx.today,
        )
        for r in buyers[:TOP_ROWS]
    )
    a = boundaries[0]
    if a.customers:
        meaning = (
            f"Your top {plural(a.customers, 'customer')} ({_pct(a.customer_share)} of those who"
            f" bought) bring {_pct(a.value_share)} of the last 12 months' value."
        )
    else:
        meaning = f"{plural(n, 'customer')} bought in the last 12 months; none of them is tier A."
    return di.BestCustomers(
        meaning, None, ctx.currency, total, n, len(ctx.rows), tuple(curve), tuple(boundaries), top
    )


# --- Themes ------------------------------------------------------------------------------------


class _Said(NamedTuple):
    """One thing a customer said (a reason, a delight, a pain) and when (a tuple: there are
    tens of thousands)."""

    customer_id: int
    on: dt.date
    text: str
    strip: str | None = None


def _languages(*said: Sequence[_Said]) -> dict[int, str]:
    """Each customer's language, guessed from all their answers, delights and pains."""
    texts: dict[int, list[str]] = defaultdict(list)
    for items in said:
        for s in items:
            texts[s.customer_id].append(s.text)
    return {cid: th.guess_language(items) for cid, items in texts.items()}


def _themes(
    ctx: _Context, said: Sequence[_Said], languages: dict[int, str]
) -> list[tuple[str, str, list[_Said]]]:
    """(key, name, what was said) per theme, most customers first."""
    groups = th.group(
        [th.Answer(s.text, languages.get(s.customer_id, "english"), s.strip) for s in said]
    )
    result = []
    for key, indexes in groups:
        members = [said[i] for i in indexes]
        result.append((key, th.theme_name([m.text for m in members]), members))
    result.sort(key=lambda t: (-len({m.customer_id for m in t[2]}), -len(t[2]), t[0]))
    return result


def _quotes(ctx: _Context, members: Sequence[_Said]) -> tuple[di.Quote, ...]:
    """The latest words of up to three different customers, different words first."""
    chosen: list[_Said] = []
    latest = sorted(members, key=lambda m: (m.on, m.customer_id, m.text), reverse=True)
    for distinct_text in (True, False):
        for m in latest:
            if len(chosen) == QUOTES:
                break
            if any(c.customer_id == m.customer_id for c in chosen):
                continue
            if distinct_text and any(fold(c.text) == fold(m.text) for c in chosen):
                continue
            chosen.append(m)
    chosen.sort(key=lambda m: (m.on, m.customer_id), reverse=True)
    return tuple(di.Quote(m.customer_id, ctx.name(m.customer_id), m.on, m.text) for m in chosen)


def _theme(ctx: _Context, key: str, name: str, members: Sequence[_Said]) -> di.Theme:
    ids = ctx.by_value({m.customer_id for m in members})
    return di.Theme(
        key, name, len(members), tuple(ids), ctx.value_share(ids), _quotes(ctx, members)
    )


def _entries(session: Session, ctx: _Context, sql: str) -> list[tuple[int, dt.date, str, Any, Any]]:
    """(customer, day said, text, extra, extra) of *sql*'s rows for the segment, up to today."""
    today = ctx.today
    result = []
    for cid, day, text, a, b in raw_rows(session, sql):
        if cid not in ctx.rows or not text or not text.strip():
            continue
        on = _day(day)
        if on <= today:
            result.append((cid, on, text.strip(), a, b))
    return result


# A delight or pain is dated by its conversation, or by the day it was written down.
_DELIGHT_SQL = (
    "SELECT d.customer_id, coalesce(c.occurred_on, substr(d.created_at, 1, 10)), d.text, NULL,"
    " NULL FROM delight d LEFT JOIN conversation c ON c.id = d.conversation_id"
)
_PAIN_SQL = (
    "SELECT p.customer_id, coalesce(c.occurred_on, substr(p.created_at, 1, 10)), p.text,"
    " p.with_whom, p.resolved_on FROM pain_point p"
    " LEFT JOIN conversation c ON c.id = p.conversation_id"
)
_WHY_SQL = (
    "SELECT customer_id, occurred_on, why_buy, NULL, NULL FROM conversation"
    " WHERE why_buy IS NOT NULL AND why_buy != ''"
)


# --- 2. Why they buy ---------------------------------------------------------------------------


def why_they_buy(ctx: _Context, said: Sequence[_Said], languages: dict[int, str]) -> di.WhyTheyBuy:
    answered = {s.customer_id for s in said}
    best = [cid for cid, r in ctx.rows.items() if r.tier == "A" and cid not in answered]
    never = ctx.refs(ctx.by_value(best)[:LIST_CAP])
    never_meaning = (
        f"{plural(len(best), 'best customer')} (tier A) never said why they buy: ask them first."
        if best
        else None
    )
    if not said:
        return di.WhyTheyBuy(
            None,
            "No reasons for buying recorded yet: ask your customers why they buy from you and "
            "note their own words.",
            never_asked=never,
            never_asked_meaning=never_meaning,
        )
    themes = tuple(_theme(ctx, *t) for t in _themes(ctx, said, languages)[:THEMES_SHOWN])
    first = themes[0]
    share = f", {_pct(first.value_share)} of the value" if first.value_share is not None else ""
    meaning = (
        f"{plural(len(answered), 'customer')} told you why they buy; the reason most give is "
        f"'{first.name}' ({plural(first.customer_count, 'customer')}{share})."
    )
    return di.WhyTheyBuy(meaning, None, len(said), len(answered), themes, never, never_meaning)


# --- 3. Delights and pains ---------------------------------------------------------------------


def delights(ctx: _Context, said: Sequence[_Said], languages: dict[int, str]) -> di.Delights:
    if not said:
        return di.Delights(
            None, "No delights recorded yet: note what pleases your customers when they say it."
        )
    themes = tuple(_theme(ctx, *t) for t in _themes(ctx, said, languages)[:THEMES_SHOWN])
    first = themes[0]
    meaning = (
        f"What delights customers most: '{first.name}' "
        f"({plural(first.customer_count, 'customer')}); start your marketing there."
    )
    return di.Delights(meaning, None, len(said), themes)


def pains(
    ctx: _Context, rows: Sequence[tuple[int, dt.date, str, Any, Any]], languages: dict[int, str]
) -> di.Pains:
    if not rows:
        return di.Pains(
            None,
            "No pain points recorded yet: note what troubles your customers, with you or "
            "with a competitor.",
        )
    today = ctx.today
    comp_rows = [r for r in rows if r[3] == "competitor"]
    names = th.competitor_names([r[2] for r in comp_rows])
    competitor_of = {id(r): names.get(i) for i, r in enumerate(comp_rows)}

    def resolved_on(r: tuple[Any, ...]) -> dt.date | None:
        done = _day(r[4]) if r[4] else None
        return done if done and done <= today else None

    def build(
        grouped: list[tuple[str, str, list[_Said]]], whom: str, states: dict[int, bool]
    ) -> tuple[di.PainTheme, ...]:
        """Pain themes; *states* says, by id of each _Said, whether it is still open."""
        result = []
        for key, name, members in grouped[:THEMES_SHOWN]:
            opened = [m for m in members if states[id(m)]]
            comps = sorted({m.strip for m in members if m.strip}, key=str.casefold)
            result.append(
                di.PainTheme(
                    key,
                    name,
                    len(members),
                    tuple(ctx.by_value({m.customer_id for m in members})),
                    len(opened),
                    len(members) - len(opened),
                    tuple(comps) if whom == "competitor" else (),
                    _quotes(ctx, members),
                    tuple(ctx.by_value({m.customer_id for m in opened})),
                )
            )
        return tuple(result)

    ours = [r for r in rows if r[3] != "competitor"]
    ours_open = sum(1 for r in ours if resolved_on(r) is None)
    comp_open = sum(1 for r in comp_rows if resolved_on(r) is None)
    days = [
        (done - r[1]).days for r in ours if (done := resolved_on(r)) is not None and done >= r[1]
    ]
    median = float(statistics.median(days)) if days else None
    last_start = today - dt.timedelta(days=RECENT_DAYS)
    prev_start = last_start - dt.timedelta(days=RECENT_DAYS)

    def window(day: dt.date | None) -> int:
        """1 for the last 90 days, 2 for the 90 before them, 0 otherwise."""
        if day is None or day <= prev_start:
            return 0
        return 1 if day > last_start else 2

    raised = Counter(window(r[1]) for r in ours)
    closed = Counter(window(resolved_on(r)) for r in ours)
    changes = []
    built = {}
    for whom, items in (("us", ours), ("competitor", comp_rows)):
        said = [_Said(r[0], r[1], r[2], competitor_of.get(id(r))) for r in items]
        states = {id(m): resolved_on(r) is None for m, r in zip(said, items, strict=True)}
        grouped = _themes(ctx, said, languages)
        built[whom] = build(grouped, whom, states)
        for key, name, members in grouped:
            counts = Counter(window(m.on) for m in members)
            if counts[1] or counts[2]:
                changes.append(di.ThemeChange(key, name, whom, counts[1], counts[2]))
    changes.sort(key=lambda c: (-abs(c.last_90 - c.previous_90), -c.last_90, c.key))
    change_meaning = (
        f"In the last 90 days customers raised {plural(raised[1], 'pain')} with you "
        f"({raised[2]} in the 90 days before) and you resolved {closed[1]} ({closed[2]} before)."
    )
    rising = [c for c in changes if c.last_90 > c.previous_90]
    if rising:
        change_meaning += f" Rising most: '{rising[0].name}' ({rising[0].last_90} against "
        change_meaning += f"{rising[0].previous_90})."
    med = f", resolved in {median:g} days (median)" if median is not None else ""
    meaning = (
        f"{ours_open} of {plural(len(ours), 'pain')} with you are open{med}; "
        f"{comp_open} of {plural(len(comp_rows), 'pain')} with competitors are open — "
        "their pains are your opportunity."
    )
    return di.Pains(
        meaning,
        None,
        built["us"],
        built["competitor"],
        ours_open,
        len(ours) - ours_open,
        comp_open,
        len(comp_rows) - comp_open,
        median,
        raised[1],
        raised[2],
        closed[1],
        closed[2],
        tuple(changes[:THEMES_SHOWN]),
        change_meaning,
    )


# --- 4. Trust and generosity -------------------------------------------------------------------


def trust(session: Session, ctx: _Context) -> di.Trust:
    today = ctx.today
    gifts = [
        (cid, _day(on), cost, reaction)
        for cid, on, cost, reaction in raw_rows(
            session, "SELECT customer_id, given_on, cost_minor, reaction FROM gift"
        )
        if cid in ctx.rows and _day(on) <= today
    ]
    status_of: dict[int, str] = {}
    for inv_id, status, on in raw_rows(
        session,
        "SELECT invitation_id, status, changed_on FROM invitation_status_change "
        "ORDER BY changed_on, id",
    ):
        if _day(on) <= today:
            status_of[inv_id] = status
    invitations = [
        (cid, _day(event_on), status_of.get(inv_id, status))
        for inv_id, cid, event_on, invited_on, status in raw_rows(
            session, "SELECT id, customer_id, event_on, invited_on, status FROM invitation"
        )
        if cid in ctx.rows and _day(invited_on) <= today
    ]
    milestones = [
        (cid, kind)
        for cid, kind, on in raw_rows(
            session, "SELECT customer_id, kind, occurred_on FROM milestone"
        )
        if cid in ctx.rows and _day(on) <= today
    ]
    invited = {cid for cid, _, _ in invitations}
    never = [
        cid
        for cid, r in ctx.rows.items()
        if r.stage in ("connection", "loyalty") and cid not in invited
    ]
    since = tier_rules.window_start(today)
    gifted_12m = {cid for cid, on, _, _ in gifts if on >= since}
    no_gift = [cid for cid, r in ctx.rows.items() if r.tier == "A" and cid not in gifted_12m]
    never_meaning = (
        f"{plural(len(never), 'customer')} in Connection or Loyalty never had an invitation."
        if never
        else None
    )
    no_gift_meaning = (
        f"{plural(len(no_gift), 'best customer')} (tier A) had no gift in 12 months."
        if no_gift
        else None
    )
    lists = {
        "never_invited": ctx.refs(ctx.by_value(never)[:LIST_CAP]),
        "never_invited_meaning": never_meaning,
        "best_without_gift": ctx.refs(ctx.by_value(no_gift)[:LIST_CAP]),
        "best_without_gift_meaning": no_gift_meaning,
    }
    if not gifts and not invitations and not milestones:
        return di.Trust(
            None,
            "No gifts, invitations or milestones recorded yet: trust grows through generosity "
            "and invitations, so note them as they happen.",
            ctx.currency,
            **lists,  # type: ignore[arg-type]
        )
    reactions: dict[str, list[tuple[int, dt.date, str]]] = defaultdict(list)
    for cid, on, _, reaction in gifts:
        if reaction and reaction.strip():
            reactions[fold(" ".join(reaction.split())).rstrip(".!")].append((cid, on, reaction))
    reaction_rows = sorted(
        (
            di.ReactionCount(
                key,
                th.theme_name([t for _, _, t in items]),
                len(items),
                tuple(ctx.by_value({c for c, _, _ in items})),
                _quotes(ctx, [_Said(c, on, t) for c, on, t in items]),
            )
            for key, items in reactions.items()
        ),
        key=lambda r: (-r.count, r.key),
    )
    past = [s for _, event_on, s in invitations if event_on <= today]
    accepted = sum(1 for s in past if s in ("accepted", "attended", "no-show"))
    attended = sum(1 for s in past if s == "attended")
    no_show = sum(1 for s in past if s == "no-show")
    declined = sum(1 for s in past if s == "declined")
    kinds: dict[str, set[int]] = defaultdict(set)
    kind_count: Counter[str] = Counter()
    for cid, kind in milestones:
        kinds[kind].add(cid)
        kind_count[kind] += 1
    milestone_rows = tuple(
        di.MilestoneCount(k, MILESTONE_LABELS.get(k, k), kind_count[k], tuple(ctx.by_value(ids)))
        for k, ids in sorted(kinds.items(), key=lambda kv: (-kind_count[kv[0]], kv[0]))
    )
    cost = sum(c or 0 for _, _, c, _ in gifts)
    gift_customers = len({cid for cid, _, _, _ in gifts})
    parts = [f"{plural(len(gifts), 'gift')} to {plural(gift_customers, 'customer')}"]
    if past:
        parts.append(
            f"{_pct(_ratio(accepted, len(past)))} of invitations accepted, "
            f"{_pct(_ratio(attended, accepted))} of those attended"
        )
    parts.append(f"{plural(len(milestones), 'trust milestone')} reached")
    meaning = "; ".join(parts) + "."
    return di.Trust(
        meaning,
        None,
        ctx.currency,
        len(gifts),
        gift_customers,
        cost,
        sum(1 for g in gifts if g[3] and g[3].strip()),
        tuple(reaction_rows[:THEMES_SHOWN]),
        len(invitations),
        len(past),
        _ratio(accepted, len(past)),
        _ratio(attended, accepted),
        _ratio(no_show, accepted),
        _ratio(declined, len(past)),
        milestone_rows,
        **lists,  # type: ignore[arg-type]
    )


# --- 5. Stages ---------------------------------------------------------------------------------


def stages(session: Session, ctx: _Context) -> di.Stages:
    if not ctx.rows:
        return di.Stages(None, "No customers here yet: stages appear once you add customers.")
    today = ctx.today
    history: dict[int, list[tuple[dt.date, str | None, str]]] = defaultdict(list)
    for cid, from_stage, stage, on in raw_rows(
        session,
        "SELECT customer_id, from_stage, stage, changed_on FROM stage_change "
        "ORDER BY customer_id, changed_on, id",
    ):
        if cid in ctx.rows and _day(on) <= today:
            history[cid].append((_day(on), from_stage, stage))
    spent: dict[str, list[int]] = defaultdict(list)
    recent_start = today - dt.timedelta(days=RECENT_DAYS)
    moves: dict[tuple[str | None, str], list[int]] = defaultdict(list)
    for cid, changes in history.items():
        for (on, from_stage, stage), nxt in zip(changes, changes[1:] + [None], strict=True):
            if nxt is not None:
                spent[stage].append((nxt[0] - on).days)
            if on > recent_start and from_stage is not None and from_stage != stage:
                moves[(from_stage, stage)].append(cid)
    members: dict[str, list[int]] = defaultdict(list)
    for cid, r in ctx.rows.items():
        members[r.stage].append(cid)
    n = len(ctx.rows)
    rows = []
    for stage in STAGES:
        ids = ctx.by_value(members.get(stage, ()))
        neglected = [c for c in ids if ctx.rows[c].next_due < today]
        into = sum(len(v) for (_, to), v in moves.items() if to == stage)
        rows.append(
            di.StageRow(
                stage,
                STAGE_LABELS[stage],
                len(ids),
                tuple(ids),
                _ratio(len(ids), n),
                float(statistics.median(spent[stage])) if spent.get(stage) else None,
                into,
                len(neglected),
                tuple(neglected),
                _ratio(len(neglected), len(ids)),
            )
        )
    move_rows = tuple(
        di.StageMove(f, t, len(ids), tuple(ctx.by_value(set(ids))))
        for (f, t), ids in sorted(
            moves.items(), key=lambda kv: (-len(kv[1]), str(kv[0][0]), kv[0][1])
        )
    )
    total_moves = sum(m.count for m in move_rows)
    biggest = max(rows, key=lambda r: (r.customers, -STAGES.index(r.stage)))
    meaning = (
        f"Most customers are in {biggest.label} ({biggest.customers} of {n}); "
        f"{plural(total_moves, 'stage move')} in the last 90 days."
    )
    rated = [r for r in rows if r.neglect_rate is not None]
    worst = max(rated, key=lambda r: (r.neglect_rate or 0, r.customers)) if rated else None
    neglect_meaning = (
        f"{worst.label} is the most neglected stage: {_pct(worst.neglect_rate)} of its customers "
        "are past their stay-in-touch cadence."
        if worst and worst.neglected
        else None
    )
    return di.Stages(meaning, None, tuple(rows), total_moves, move_rows, neglect_meaning)


# --- 6. Relationship health --------------------------------------------------------------------


def _health_of_all() -> Callable[[Session, dt.date], dict[int, Any]] | None:
    """The health lane's `store.health.health_of_all`, where this build has it."""
    try:
        module = importlib.import_module("custjournal.store.health")
    except ImportError:
        return None
    found: Callable[[Session, dt.date], dict[int, Any]] | None = getattr(
        module, "health_of_all", None
    )
    return found


def _bucket(score: int) -> int:
    return min(score // 20, 4)


def health(session: Session, ctx: _Context) -> di.HealthSection:
    of_all = _health_of_all()
    if of_all is None:
        return di.HealthSection(None, "Relationship health is not available in this version.")
    if not ctx.rows:
        return di.HealthSection(None, "No customers here yet: health appears once you add some.")
    now = of_all(session, ctx.today)
    before = of_all(session, ctx.today - dt.timedelta(days=RECENT_DAYS))
    elements = []
    known_any = False
    for element in di.HEALTH_ELEMENTS:
        buckets: list[list[int]] = [[] for _ in di.HEALTH_BUCKETS]
        scores = []
        unknown = 0
        for cid in ctx.by_value(ctx.rows):
            h = now.get(cid)
            score = getattr(getattr(h, element, None), "score", None) if h else None
            if score is None:
                unknown += 1
                continue
            buckets[_bucket(int(score))].append(cid)
            scores.append(int(score))
        known_any = known_any or bool(scores)
        elements.append(
            di.ElementDistribution(
                element,
                element.capitalize(),
                tuple(len(b) for b in buckets),
                tuple(tuple(b) for b in buckets),
                unknown,
                float(statistics.median(scores)) if scores else None,
            )
        )
    if not known_any:
        return di.HealthSection(
            None, "Not enough to tell yet: health needs conversations, promises and facts."
        )
    fallers = []
    for cid in ctx.rows:
        a, b = before.get(cid), now.get(cid)
        if a is None or b is None:
            continue
        drops: dict[str, int] = {}
        then_scores, now_scores = [], []
        for element in di.HEALTH_ELEMENTS:
            s0 = getattr(a, element).score
            s1 = getattr(b, element).score
            if s0 is None or s1 is None:
                continue
            then_scores.append(s0)
            now_scores.append(s1)
            drops[element] = s0 - s1
        if not then_scores:
            continue
        then_mean = sum(then_scores) / len(then_scores)
        now_mean = sum(now_scores) / len(now_scores)
        if then_mean > now_mean:
            weakest = max(drops, key=lambda e: (drops[e], -di.HEALTH_ELEMENTS.index(e)))
            fallers.append(
                di.HealthFaller(
                    cid, ctx.name(cid), then_mean, now_mean, then_mean - now_mean, weakest, drops
                )
            )
    fallers.sort(key=lambda f: (-f.drop, f.name.casefold(), f.customer_id))
    weakest_el = min((e for e in elements if e.median is not None), key=lambda e: e.median or 0.0)
    meaning = (
        f"{weakest_el.label} is the weakest element across these customers "
        f"(median {weakest_el.median:g} of 100)."
    )
    fallers_meaning = (
        f"{plural(len(fallers), 'customer')}' health fell in the last 90 days; "
        f"most: {fallers[0].name} ({fallers[0].before:.0f} → {fallers[0].now:.0f})."
        if fallers
        else "Nobody's health fell in the last 90 days."
    )
    return di.HealthSection(
        meaning, None, tuple(elements), tuple(fallers[:FALLERS]), fallers_meaning
    )
