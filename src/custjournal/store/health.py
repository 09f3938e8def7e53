"""Gathering what the health rules read, for one customer or all of them, in a few set-based
queries; the rules themselves are `domain/health.py` (`docs/health.md`).

`health_of(session, customer_id, today)` and `health_of_all(session, today)` run the same
statements: each reads a range of customer ids (`:lo` to `:hi`; one id for one customer, every
id for all), so the (customer_id, date) indexes serve both, and each groups by customer, so the
whole journal costs a handful of scans rather than a query per customer. Every statement leaves
out what is dated after `:today` (a delight or pain point takes its conversation's day; one
logged without a conversation, the day it was written down).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from custjournal.domain import cadence as cadence_rules
from custjournal.domain import health as rules
from custjournal.domain import tiers as tier_rules
from custjournal.domain.reminders import occurrence
from custjournal.store import queries, settings
from custjournal.store.reader import Source

ALL = (0, 2**62)

_CUSTOMERS = (
    "SELECT id, stage, tier_pin, cadence_days, substr(created_at, 1, 10) FROM customer "
    "WHERE id BETWEEN :lo AND :hi"
)
# Conversations: how many, the first (for when the relationship began) and last, how many in the
# window, and the answers to why they buy with the day of the last one; one pass over the table.
_CONVERSATIONS = (
    "SELECT customer_id, count(*), min(occurred_on), max(occurred_on), sum(occurred_on >= :ws), "
    "sum(why_buy != ''), max(CASE WHEN why_buy != '' THEN occurred_on END) "
    "FROM conversation WHERE customer_id BETWEEN :lo AND :hi AND occurred_on <= :today "
    "GROUP BY customer_id"
)
_GIFTS = (
    "SELECT customer_id, min(given_on), max(given_on), sum(given_on >= :ws) FROM gift "
    "WHERE customer_id BETWEEN :lo AND :hi AND given_on <= :today GROUP BY customer_id"
)
_INVITATIONS = (
    "SELECT customer_id, min(invited_on), max(invited_on), sum(invited_on >= :ws) "
    "FROM invitation WHERE customer_id BETWEEN :lo AND :hi AND invited_on <= :today "
    "GROUP BY customer_id"
)
_FACTS = (
    "SELECT customer_id, category, max(learned_on) FROM fact "
    "WHERE customer_id BETWEEN :lo AND :hi AND learned_on <= :today "
    "GROUP BY customer_id, category"
)
_IMPORTANT_DATES = (
    "SELECT customer_id, month, day, learned_on FROM fact WHERE category = 'important-date' "
    "AND month IS NOT NULL AND day IS NOT NULL AND customer_id BETWEEN :lo AND :hi "
    "AND learned_on <= :today"
)
_DELIGHTS = (
    "SELECT d.customer_id, count(*), max(coalesce(c.occurred_on, substr(d.created_at, 1, 10))) "
    "FROM delight d LEFT JOIN conversation c ON c.id = d.conversation_id "
    "WHERE d.customer_id BETWEEN :lo AND :hi "
    "AND coalesce(c.occurred_on, substr(d.created_at, 1, 10)) <= :today GROUP BY d.customer_id"
)
# Pain points, per customer and side (ours or a competitor's): how many, the days each one
# resolved by today took (as text, comma-separated), and the oldest still open as its day and
# text joined by a unit separator (ISO days sort as text, so min() finds the oldest).
_PAINS = (
    "SELECT customer_id, ours, count(*), group_concat(CASE WHEN resolved_on <= :today THEN "
    "max(0, julianday(resolved_on) - julianday(raised)) END), "
    "min(CASE WHEN resolved_on IS NULL OR resolved_on > :today THEN raised || char(31) || text "
    "END) FROM (SELECT p.customer_id, p.with_whom = 'us' AS ours, p.resolved_on, p.text, "
    "coalesce(c.occurred_on, substr(p.created_at, 1, 10)) AS raised FROM pain_point p "
    "LEFT JOIN conversation c ON c.id = p.conversation_id "
    "WHERE p.customer_id BETWEEN :lo AND :hi) WHERE raised <= :today GROUP BY customer_id, ours"
)
# Promises whose day has come: due before today, or kept by today (on time, or late). One
# without a due day counts once kept, as kept on time.
_PROMISES = (
    "SELECT customer_id, "
    "sum(done_on IS NOT NULL AND done_on <= :today AND (due_on IS NULL OR done_on <= due_on)), "
    "sum(done_on IS NOT NULL AND done_on <= :today AND due_on IS NOT NULL AND done_on > due_on), "
    "sum((done_on IS NULL OR done_on > :today) AND due_on IS NOT NULL AND due_on < :today), "
    "min(CASE WHEN (done_on IS NULL OR done_on > :today) AND due_on IS NOT NULL "
    "AND due_on < :today THEN due_on || char(31) || text END) "
    "FROM promise WHERE customer_id BETWEEN :lo AND :hi AND made_on <= :today "
    "GROUP BY customer_id"
)
# Important dates met: each (customer, first day, last day) of the JSON array given, by its
# position, when a touch falls between.
_DATES_MET = (
    "SELECT j.key FROM json_each(:spans) j WHERE "
    "EXISTS (SELECT 1 FROM conversation WHERE customer_id = j.value ->> 0 "
    "AND occurred_on BETWEEN j.value ->> 1 AND j.value ->> 2) OR "
    "EXISTS (SELECT 1 FROM gift WHERE customer_id = j.value ->> 0 "
    "AND given_on BETWEEN j.value ->> 1 AND j.value ->> 2) OR "
    "EXISTS (SELECT 1 FROM invitation WHERE customer_id = j.value ->> 0 "
    "AND invited_on BETWEEN j.value ->> 1 AND j.value ->> 2)"
)


# One customer's tier without every buyer's value in Python (queries.customer_tier builds the
# whole ranking: ~19 ms at 10,000 customers). By the tier rule (docs/rules.md, "Model": Tier),
# an unpinned buyer is A exactly when fewer than ceil(20%) of the unpinned buyers bought more,
# and B when fewer than ceil(50%) did (ties at a boundary go to the higher tier): so the number
# of unpinned buyers and how many of them bought more than this one decide it.
_RANKING = (
    "SELECT count(*), coalesce(sum(v.total > :mine), 0) FROM (SELECT customer_id, "
    "sum(amount_minor) AS total FROM purchase WHERE purchased_on >= :ws "
    "AND purchased_on <= :today AND currency = :currency GROUP BY customer_id) v "
    "JOIN customer c ON c.id = v.customer_id WHERE coalesce(c.tier_pin, '') = ''"
)
_MINE = (
    "SELECT coalesce(sum(amount_minor), 0), count(*) FROM purchase WHERE customer_id = :id "
    "AND purchased_on >= :ws AND purchased_on <= :today AND currency = :currency"
)


def tier_of_one(
    session: Source, customer_id: int, pin: str | None, today: dt.date, currency: str
) -> str:
    """One customer's tier as of *today*, as `tier_rules.assign` would give it."""
    if pin:
        return pin
    params = {
        "id": customer_id,
        "ws": tier_rules.window_start(today).isoformat(),
        "today": today.isoformat(),
        "currency": currency,
    }
    ((mine, bought),) = queries.raw_rows(session, _MINE, params)
    if not bought:
        return "C"  # no purchase in the window: never ranked
    ((buyers, above),) = queries.raw_rows(session, _RANKING, {**params, "mine": mine})
    if above < math.ceil(buyers * 0.2):
        return "A"
    if above < math.ceil(buyers * 0.5):
        return "B"
    return "C"


def health_of(session: Source, customer_id: int, today: dt.date) -> rules.Health | None:
    """One customer's health as of *today*; None when no such customer exists."""
    return _gather(session, today, (customer_id, customer_id)).get(customer_id)


def health_of_all(session: Source, today: dt.date) -> dict[int, rules.Health]:
    """Every customer's health as of *today*, by id."""
    return _gather(session, today, ALL)


def scores_of_all(
    session: Source, today: dt.date
) -> dict[int, tuple[int | None, int | None, int | None, int | None]]:
    """Every customer's four scores as of *today* (`rules.scores`: knowledge, responsibility,
    respect, care), by id: the same facts as `health_of_all`, without the sentences."""
    return _gather(session, today, ALL, rules.scores)


def _gather(
    session: Source,
    today: dt.date,
    ids: tuple[int, int],
    judge: Callable[[rules.HealthFacts, dt.date], Any] = rules.assess,
) -> dict[int, Any]:
    iso = dt.date.fromisoformat
    day = today.isoformat()
    ws = tier_rules.window_start(today)
    params: dict[str, Any] = {"lo": ids[0], "hi": ids[1], "today": day, "ws": ws.isoformat()}

    def rows(sql: str) -> list[tuple[Any, ...]]:
        return queries.raw_rows(session, sql, params)

    customers = rows(_CUSTOMERS)
    if not customers:
        return {}
    currency = settings.currency(session)
    cadences = settings.cadences(session)
    if ids == ALL:
        values = queries.values_12m(session, today, currency)
        pins = {r[0]: r[2] for r in customers if r[2]}
        tiers = tier_rules.assign(values, pins, [r[0] for r in customers])
    else:
        cid, pin = customers[0][0], customers[0][2]
        tiers = {cid: tier_of_one(session, cid, pin, today, currency)}

    facts: dict[int, rules.HealthFacts] = {}
    added: dict[int, dt.date] = {}
    cache: dict[tuple[str, str, int | None], cadence_rules.Cadence] = {}
    for cid, stage, _pin, override, created in customers:
        key = (stage, tiers[cid], override)
        cad = cache.get(key)
        if cad is None:
            cad = cache[key] = cadence_rules.effective(stage, tiers[cid], override, cadences)
        added[cid] = iso(created)
        facts[cid] = rules.HealthFacts(cid, stage, cad.days, cad.explanation, iso(created))

    # Touches: the first and last of each kind, and how many in the window.
    firsts: dict[int, list[str]] = defaultdict(list)
    lasts: dict[int, list[str]] = defaultdict(list)
    for cid, n, first, last, in_window, whys, last_why in rows(_CONVERSATIONS):
        f = facts.get(cid)
        if f is None:
            continue
        f.conversations = n
        f.touches_12m += in_window or 0
        if whys:
            f.why_buy_answers = whys
            f.last_why_buy_on = iso(last_why)
        firsts[cid].append(first)
        lasts[cid].append(last)
    for sql in (_GIFTS, _INVITATIONS):
        for cid, first, last, in_window in rows(sql):
            f = facts.get(cid)
            if f is None:
                continue
            f.touches_12m += in_window or 0
            f.gifts_invitations_12m += in_window or 0
            firsts[cid].append(first)
            lasts[cid].append(last)
    for cid, days in lasts.items():
        if cid in facts:
            facts[cid].last_touch = iso(max(days))
            facts[cid].first_seen = min(added[cid], iso(min(firsts[cid])))

    for cid, category, learned in rows(_FACTS):
        if cid in facts:
            facts[cid].fact_categories[category] = iso(learned)
    for cid, n, last in rows(_DELIGHTS):
        if cid in facts:
            facts[cid].delights = n
            facts[cid].last_delight_on = iso(last)

    for cid, ours, n, resolve_days, oldest_open in rows(_PAINS):
        f = facts.get(cid)
        if f is None:
            continue
        if not ours:
            f.competitor_pains = n
            continue
        f.our_pains = n
        if resolve_days:
            f.resolve_days = [round(float(d)) for d in str(resolve_days).split(",")]
        if oldest_open:
            raised, _, text = oldest_open.partition("\x1f")
            f.oldest_open_pain = (text, iso(raised))

    for cid, on_time, late, overdue, oldest in rows(_PROMISES):
        f = facts.get(cid)
        if f is None:
            continue
        f.promises_on_time = on_time or 0
        f.promises_late = late or 0
        f.promises_overdue = overdue or 0
        if oldest:
            due_on, _, text = oldest.partition("\x1f")
            f.oldest_overdue = (text, iso(due_on))

    _important_dates(rows(_IMPORTANT_DATES), facts, today, ws, session)
    return {cid: judge(f, today) for cid, f in facts.items()}


def _important_dates(
    found: list[tuple[Any, ...]],
    facts: dict[int, rules.HealthFacts],
    today: dt.date,
    ws: dt.date,
    session: Source,
) -> None:
    """Each important date's last occurrence whose day after has passed, within the window and
    known a week ahead, counts as due; it is met when a touch falls from a week before to the
    day after (one statement for all of them)."""
    spans: list[tuple[int, str, str]] = []
    judged = today - dt.timedelta(days=rules.DATE_AFTER_DAYS)
    for cid, month, day, learned in found:
        f = facts.get(cid)
        if f is None:
            continue
        try:
            occ = occurrence(month, day, judged.year)
            if occ > judged:
                occ = occurrence(month, day, judged.year - 1)
        except ValueError:
            continue  # an impossible month/day kept from an old import: nothing to judge
        start = occ - dt.timedelta(days=rules.DATE_BEFORE_DAYS)
        if occ < ws or dt.date.fromisoformat(learned) > start:
            continue
        f.dates_due += 1
        end = occ + dt.timedelta(days=rules.DATE_AFTER_DAYS)
        spans.append((cid, start.isoformat(), end.isoformat()))
    if not spans:
        return
    for (key,) in queries.raw_rows(session, _DATES_MET, {"spans": json.dumps(spans)}):
        facts[spans[int(key)][0]].dates_remembered += 1
