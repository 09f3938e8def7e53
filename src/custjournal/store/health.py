"""Gathering what the health rules read, for one customer or all of them, in a few set-based
queries; the rules themselves are `domain/health.py` (`docs/health.md`).

`health_of(session, customer_id, today)` and `health_of_all(session, today)` run the same
statements: each reads a range of customer ids (`:lo` to `:hi`; one id for one customer, every
id for all), so the (customer_id, date) indexes serve both, and each groups by customer, so the
whole journal costs a handful of scans rather than a query per customer. Every statement leaves
out what is dated after the day asked (a delight or pain point takes its conversation's day;
one logged without a conversation, the day it was written down).

`scores_of_all_at(session, (earlier, later))` is the Insights page's question (every customer's
scores today and 90 days ago): the statements whose figures are counts and latest days per
customer (conversations, gifts, invitations, facts, delights) read their table once for both
days, the earlier day's figures as conditional columns beside the later day's (`:d0`, `:ws0`
the earlier day and its 12-month window; `:d1`, `:ws1` the later), pain points and promises
too (their state as of each day: resolved, kept, overdue by then); only important dates, judged
by each day's last occurrences, are read once per day. One day asked is the same statements
with both days equal.

Every customer's health (`health_of_all`, `glance_of_all`, `scores_of_all`, `scores_of_all_at`)
is kept once worked out (store/health_kept.py): those read the kept rows of the day and run the
statements above only for the customers missing there (one customer's range after one
conversation logged; everyone after a purchase), keeping what they worked out. A new day, with
nothing kept for it, is carried from the nearest day kept (`_carry`: only what the days between
touched read again, by id, `_TOUCHED` and `_AMONG`; docs/health.md, "Kept health"). What they hand
back carries the kept scores at once and works its sentences out from the kept facts when they
are first read (`_lazy`). `health_of` (one customer) is worked out afresh: a few milliseconds.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from custjournal.domain import cadence as cadence_rules
from custjournal.domain import health as rules
from custjournal.domain import tiers as tier_rules
from custjournal.domain.reminders import occurrence
from custjournal.store import health_kept, queries, settings
from custjournal.store.reader import Source, paced, pause_of

ALL = (0, 2**62)

_CUSTOMERS = (
    "SELECT id, stage, tier_pin, cadence_days, substr(created_at, 1, 10) FROM customer "
    "WHERE id BETWEEN :lo AND :hi"
)
_PINS = "SELECT id, tier_pin FROM customer WHERE coalesce(tier_pin, '') != ''"
# Conversations: how many, the first (for when the relationship began) and last, how many in the
# window, and the answers to why they buy with the day of the last one; one pass over the table.
# Each of these gives, per customer, the earlier day's figures then the later day's (the same
# columns, in the same order), after the first day of all (the same for both days where there is
# one by the earlier day).
_CONVERSATIONS = (
    "SELECT customer_id, min(occurred_on), "
    "sum(occurred_on <= :d0), max(CASE WHEN occurred_on <= :d0 THEN occurred_on END), "
    "sum(occurred_on >= :ws0 AND occurred_on <= :d0), "
    "sum(why_buy != '' AND occurred_on <= :d0), "
    "max(CASE WHEN why_buy != '' AND occurred_on <= :d0 THEN occurred_on END), "
    "count(*), max(occurred_on), sum(occurred_on >= :ws1), "
    "sum(why_buy != ''), max(CASE WHEN why_buy != '' THEN occurred_on END) "
    "FROM conversation WHERE customer_id BETWEEN :lo AND :hi AND occurred_on <= :d1 "
    "GROUP BY customer_id"
)
_GIFTS = (
    "SELECT customer_id, min(given_on), sum(given_on <= :d0), "
    "max(CASE WHEN given_on <= :d0 THEN given_on END), "
    "sum(given_on >= :ws0 AND given_on <= :d0), count(*), max(given_on), sum(given_on >= :ws1) "
    "FROM gift WHERE customer_id BETWEEN :lo AND :hi AND given_on <= :d1 GROUP BY customer_id"
)
_INVITATIONS = (
    "SELECT customer_id, min(invited_on), sum(invited_on <= :d0), "
    "max(CASE WHEN invited_on <= :d0 THEN invited_on END), "
    "sum(invited_on >= :ws0 AND invited_on <= :d0), count(*), max(invited_on), "
    "sum(invited_on >= :ws1) FROM invitation "
    "WHERE customer_id BETWEEN :lo AND :hi AND invited_on <= :d1 GROUP BY customer_id"
)
_FACTS = (
    "SELECT customer_id, category, max(CASE WHEN learned_on <= :d0 THEN learned_on END), "
    "max(learned_on) FROM fact "
    "WHERE customer_id BETWEEN :lo AND :hi AND learned_on <= :d1 "
    "GROUP BY customer_id, category"
)
_IMPORTANT_DATES = (
    "SELECT customer_id, month, day, learned_on FROM fact WHERE category = 'important-date' "
    "AND month IS NOT NULL AND day IS NOT NULL AND customer_id BETWEEN :lo AND :hi "
    "AND learned_on <= :today"
)
_DELIGHTS = (
    "SELECT customer_id, sum(day <= :d0), max(CASE WHEN day <= :d0 THEN day END), "
    "count(*), max(day) FROM (SELECT d.customer_id AS customer_id, "
    "coalesce(CAST(c.occurred_on AS TEXT), substr(d.created_at, 1, 10)) AS day "
    "FROM delight d LEFT JOIN conversation c ON c.id = d.conversation_id "
    "WHERE d.customer_id BETWEEN :lo AND :hi) r WHERE day <= CAST(:d1 AS TEXT) "
    "GROUP BY customer_id"
)
# Pain points, per customer and side (ours or a competitor's), as of each day (the earlier day's
# figures first, then the later's): how many, the days each one resolved by that day took (as
# text, comma-separated), and the oldest still open then as its day and text joined by a unit
# separator (ISO days sort as text, so min() finds the oldest).
_PAINS = (
    "SELECT customer_id, ours, sum(raised <= :d0), "
    "group_concat(CASE WHEN raised <= :d0 AND resolved_on <= :d0 THEN "
    "max(0, julianday(resolved_on) - julianday(raised)) END), "
    "min(CASE WHEN raised <= :d0 AND (resolved_on IS NULL OR resolved_on > :d0) "
    "THEN raised || :us || text END), "
    "count(*), group_concat(CASE WHEN resolved_on <= :d1 THEN "
    "max(0, julianday(resolved_on) - julianday(raised)) END), "
    "min(CASE WHEN resolved_on IS NULL OR resolved_on > :d1 THEN raised || :us || text "
    "END) FROM (SELECT p.customer_id, p.with_whom = 'us' AS ours, "
    "CAST(p.resolved_on AS TEXT) AS resolved_on, p.text, "
    "coalesce(CAST(c.occurred_on AS TEXT), substr(p.created_at, 1, 10)) AS raised FROM pain_point p "
    "LEFT JOIN conversation c ON c.id = p.conversation_id "
    "WHERE p.customer_id BETWEEN :lo AND :hi) r WHERE raised <= CAST(:d1 AS TEXT) "
    "GROUP BY customer_id, ours"
)
# Promises whose day has come by each day (the earlier day's figures first): due before it, or
# kept by it (on time, or late). One without a due day counts once kept, as kept on time.
_PROMISES = (
    "SELECT customer_id, "
    "sum(made_on <= :d0 AND done_on IS NOT NULL AND done_on <= :d0 "
    "AND (due_on IS NULL OR done_on <= due_on)), "
    "sum(made_on <= :d0 AND done_on IS NOT NULL AND done_on <= :d0 AND due_on IS NOT NULL "
    "AND done_on > due_on), "
    "sum(made_on <= :d0 AND (done_on IS NULL OR done_on > :d0) AND due_on IS NOT NULL "
    "AND due_on < :d0), "
    "min(CASE WHEN made_on <= :d0 AND (done_on IS NULL OR done_on > :d0) "
    "AND due_on IS NOT NULL AND due_on < :d0 THEN due_on || :us || text END), "
    "sum(done_on IS NOT NULL AND done_on <= :d1 AND (due_on IS NULL OR done_on <= due_on)), "
    "sum(done_on IS NOT NULL AND done_on <= :d1 AND due_on IS NOT NULL AND done_on > due_on), "
    "sum((done_on IS NULL OR done_on > :d1) AND due_on IS NOT NULL AND due_on < :d1), "
    "min(CASE WHEN (done_on IS NULL OR done_on > :d1) AND due_on IS NOT NULL "
    "AND due_on < :d1 THEN due_on || :us || text END) "
    "FROM promise WHERE customer_id BETWEEN :lo AND :hi AND made_on <= :d1 "
    "GROUP BY customer_id"
)
# The same statements for a set of customers (`:ids`, a JSON array of their ids) rather than a
# range: the customers a new day's move touches (`_carry`), each read by the (customer_id, date)
# indexes. Written out whole (tests/test_sql_text.py); tests/store/test_health_carry.py holds
# each to its twin above.
_AMONG: dict[str, str] = {
    _CONVERSATIONS: (
        "SELECT customer_id, min(occurred_on), sum(occurred_on <= :d0), max(CASE WHEN "
        "occurred_on <= :d0 THEN occurred_on END), sum(occurred_on >= :ws0 AND occurred_on <= "
        ":d0), sum(why_buy != '' AND occurred_on <= :d0), max(CASE WHEN why_buy != '' AND "
        "occurred_on <= :d0 THEN occurred_on END), count(*), max(occurred_on), "
        "sum(occurred_on >= :ws1), sum(why_buy != ''), max(CASE WHEN why_buy != '' THEN "
        "occurred_on END) FROM conversation WHERE customer_id IN (SELECT CAST(value AS "
        "INTEGER) FROM json_each(:ids)) AND occurred_on <= :d1 GROUP BY customer_id"
    ),
    _GIFTS: (
        "SELECT customer_id, min(given_on), sum(given_on <= :d0), max(CASE WHEN given_on <= "
        ":d0 THEN given_on END), sum(given_on >= :ws0 AND given_on <= :d0), count(*), "
        "max(given_on), sum(given_on >= :ws1) FROM gift WHERE customer_id IN (SELECT "
        "CAST(value AS INTEGER) FROM json_each(:ids)) AND given_on <= :d1 GROUP BY "
        "customer_id"
    ),
    _INVITATIONS: (
        "SELECT customer_id, min(invited_on), sum(invited_on <= :d0), max(CASE WHEN "
        "invited_on <= :d0 THEN invited_on END), sum(invited_on >= :ws0 AND invited_on <= "
        ":d0), count(*), max(invited_on), sum(invited_on >= :ws1) FROM invitation WHERE "
        "customer_id IN (SELECT CAST(value AS INTEGER) FROM json_each(:ids)) AND invited_on "
        "<= :d1 GROUP BY customer_id"
    ),
    _FACTS: (
        "SELECT customer_id, category, max(CASE WHEN learned_on <= :d0 THEN learned_on END), "
        "max(learned_on) FROM fact WHERE customer_id IN (SELECT CAST(value AS INTEGER) FROM "
        "json_each(:ids)) AND learned_on <= :d1 GROUP BY customer_id, category"
    ),
    _DELIGHTS: (
        "SELECT customer_id, sum(day <= :d0), max(CASE WHEN day <= :d0 THEN day END), "
        "count(*), max(day) FROM (SELECT d.customer_id AS customer_id, "
        "coalesce(CAST(c.occurred_on AS TEXT), substr(d.created_at, 1, 10)) AS day FROM "
        "delight d LEFT JOIN conversation c ON c.id = d.conversation_id WHERE d.customer_id "
        "IN (SELECT CAST(value AS INTEGER) FROM json_each(:ids))) r WHERE day <= CAST(:d1 AS "
        "TEXT) GROUP BY customer_id"
    ),
    _PAINS: (
        "SELECT customer_id, ours, sum(raised <= :d0), group_concat(CASE WHEN raised <= :d0 "
        "AND resolved_on <= :d0 THEN max(0, julianday(resolved_on) - julianday(raised)) END), "
        "min(CASE WHEN raised <= :d0 AND (resolved_on IS NULL OR resolved_on > :d0) THEN "
        "raised || :us || text END), count(*), group_concat(CASE WHEN resolved_on <= :d1 THEN "
        "max(0, julianday(resolved_on) - julianday(raised)) END), min(CASE WHEN resolved_on "
        "IS NULL OR resolved_on > :d1 THEN raised || :us || text END) FROM (SELECT "
        "p.customer_id, p.with_whom = 'us' AS ours, CAST(p.resolved_on AS TEXT) AS "
        "resolved_on, p.text, coalesce(CAST(c.occurred_on AS TEXT), substr(p.created_at, 1, "
        "10)) AS raised FROM pain_point p LEFT JOIN conversation c ON c.id = "
        "p.conversation_id WHERE p.customer_id IN (SELECT CAST(value AS INTEGER) FROM "
        "json_each(:ids))) r WHERE raised <= CAST(:d1 AS TEXT) GROUP BY customer_id, ours"
    ),
    _PROMISES: (
        "SELECT customer_id, sum(made_on <= :d0 AND done_on IS NOT NULL AND done_on <= :d0 "
        "AND (due_on IS NULL OR done_on <= due_on)), sum(made_on <= :d0 AND done_on IS NOT "
        "NULL AND done_on <= :d0 AND due_on IS NOT NULL AND done_on > due_on), sum(made_on <= "
        ":d0 AND (done_on IS NULL OR done_on > :d0) AND due_on IS NOT NULL AND due_on < :d0), "
        "min(CASE WHEN made_on <= :d0 AND (done_on IS NULL OR done_on > :d0) AND due_on IS "
        "NOT NULL AND due_on < :d0 THEN due_on || :us || text END), sum(done_on IS NOT NULL "
        "AND done_on <= :d1 AND (due_on IS NULL OR done_on <= due_on)), sum(done_on IS NOT "
        "NULL AND done_on <= :d1 AND due_on IS NOT NULL AND done_on > due_on), sum((done_on "
        "IS NULL OR done_on > :d1) AND due_on IS NOT NULL AND due_on < :d1), min(CASE WHEN "
        "(done_on IS NULL OR done_on > :d1) AND due_on IS NOT NULL AND due_on < :d1 THEN "
        "due_on || :us || text END) FROM promise WHERE customer_id IN (SELECT CAST(value AS "
        "INTEGER) FROM json_each(:ids)) AND made_on <= :d1 GROUP BY customer_id"
    ),
}
# The statements by the figures of `HealthFacts` they give, each group's apart from the others':
# the touches (conversations, gifts, invitations), personal facts, delights, pain points,
# promises. A customer a new day's move touches in one group has only that group read again.
_GROUPS: tuple[tuple[str, ...], ...] = (
    (_CONVERSATIONS, _GIFTS, _INVITATIONS),
    (_FACTS,),
    (_DELIGHTS,),
    (_PAINS,),
    (_PROMISES,),
)
_GROUP_OF = {sql: g for g, group in enumerate(_GROUPS) for sql in group}
# The customers whose facts may differ between two days (:lo before :hi; :wslo and :wshi their
# 12-month windows' first days), each with the group (above) that may differ, by the dates the
# statements compare with the day: a touch, fact, delight, pain point or promise dated after the
# earlier day up to the later one (a delight or pain point by its conversation's day, or the day
# it was written down), a pain point resolved or a promise kept then, a promise falling due from
# the earlier day (overdue by the later), a touch leaving the 12-month window. Each part reads a
# date index or a small table whole; what else the day decides (tiers and so cadence, important
# dates) is worked out again for everyone. A delight or pain point written down after the
# earlier day up to the later one has its written-down moment from the day after the earlier
# (:lo1) to before the day after the later (:hi1): ranges the date indexes of migration 0017
# serve, as the facts', pain points' resolved and promises' days are.
_TOUCHED = (
    "SELECT 0, customer_id FROM conversation WHERE occurred_on > :lo AND occurred_on <= :hi "
    "UNION SELECT 0, customer_id FROM conversation WHERE occurred_on >= :wslo "
    "AND occurred_on < :wshi "
    "UNION SELECT 0, customer_id FROM gift WHERE given_on > :lo AND given_on <= :hi "
    "UNION SELECT 0, customer_id FROM gift WHERE given_on >= :wslo AND given_on < :wshi "
    "UNION SELECT 0, customer_id FROM invitation WHERE invited_on > :lo AND invited_on <= :hi "
    "UNION SELECT 0, customer_id FROM invitation WHERE invited_on >= :wslo "
    "AND invited_on < :wshi "
    "UNION SELECT 1, customer_id FROM fact WHERE learned_on > :lo AND learned_on <= :hi "
    "UNION SELECT 2, d.customer_id FROM conversation c JOIN delight d "
    "ON d.conversation_id = c.id WHERE c.occurred_on > :lo AND c.occurred_on <= :hi "
    "UNION SELECT 2, customer_id FROM delight WHERE created_at >= :lo1 AND created_at < :hi1 "
    "UNION SELECT 3, p.customer_id FROM conversation c JOIN pain_point p "
    "ON p.conversation_id = c.id WHERE c.occurred_on > :lo AND c.occurred_on <= :hi "
    "UNION SELECT 3, customer_id FROM pain_point WHERE created_at >= :lo1 "
    "AND created_at < :hi1 "
    "UNION SELECT 3, customer_id FROM pain_point WHERE resolved_on > :lo AND resolved_on <= :hi "
    "UNION SELECT 4, customer_id FROM promise WHERE made_on > :lo AND made_on <= :hi "
    "UNION SELECT 4, customer_id FROM promise WHERE done_on > :lo AND done_on <= :hi "
    "UNION SELECT 4, customer_id FROM promise WHERE due_on >= :lo AND due_on < :hi"
)


def touched_between(lo: dt.date, hi: dt.date) -> dict[str, str]:
    """`_TOUCHED`'s values for the days *lo* before *hi*."""
    iso = dt.date.isoformat
    return {
        "lo": iso(lo),
        "hi": iso(hi),
        "lo1": iso(lo + dt.timedelta(days=1)),
        "hi1": iso(hi + dt.timedelta(days=1)),
        "wslo": iso(tier_rules.window_start(lo)),
        "wshi": iso(tier_rules.window_start(hi)),
    }


def _forget(f: rules.HealthFacts, group: int, added: dt.date) -> None:
    """The figures of *group* (`_GROUPS`) in carried facts as a new customer's (`HealthFacts`'
    defaults; the first day seen, the day added), for that group's statements to fill again."""
    if group == 0:
        f.conversations = f.why_buy_answers = f.touches_12m = f.gifts_invitations_12m = 0
        f.last_why_buy_on = f.last_touch = None
        f.first_seen = added
    elif group == 1:
        f.fact_categories = {}
    elif group == 2:
        f.delights = 0
        f.last_delight_on = None
    elif group == 3:
        f.our_pains = f.competitor_pains = 0
        f.resolve_days = []
        f.oldest_open_pain = None
    else:
        f.promises_on_time = f.promises_late = f.promises_overdue = 0
        f.oldest_overdue = None


# Important dates met: each (customer, first day, last day) of the JSON array given, by its
# position, when a touch falls between.
_DATES_MET = (
    "SELECT j.key FROM json_each(:spans) j WHERE "
    "EXISTS (SELECT 1 FROM conversation WHERE customer_id = CAST(j.value ->> 0 AS INTEGER) "
    "AND CAST(occurred_on AS TEXT) BETWEEN j.value ->> 1 AND j.value ->> 2) OR "
    "EXISTS (SELECT 1 FROM gift WHERE customer_id = CAST(j.value ->> 0 AS INTEGER) "
    "AND CAST(given_on AS TEXT) BETWEEN j.value ->> 1 AND j.value ->> 2) OR "
    "EXISTS (SELECT 1 FROM invitation WHERE customer_id = CAST(j.value ->> 0 AS INTEGER) "
    "AND CAST(invited_on AS TEXT) BETWEEN j.value ->> 1 AND j.value ->> 2)"
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


def health_of(
    session: Source, customer_id: int, today: dt.date, tier: str | None = None
) -> rules.Health | None:
    """One customer's health as of *today*; None when no such customer exists.

    *tier*: the customer's tier as of *today*, when the caller has it already (the app's list
    row): ranking every buyer for it is most of the work for a buyer at 10,000 customers.
    """
    return _gather(session, (today,), (customer_id, customer_id), tier=tier)[0].get(customer_id)


def health_of_all(session: Source, today: dt.date) -> dict[int, rules.Health]:
    """Every customer's health as of *today*, by id (from the kept scores and facts, the
    reasons worked out when first read: see `_lazy`)."""
    return {
        cid: _lazy(cid, today, kept, rules.assess)
        for cid, kept in paced(_kept_or_worked_out(session, (today,))[0].items(), pause_of(session))
    }


def glance_of_all(session: Source, today: dt.date) -> dict[int, rules.Health]:
    """Every customer's health as of *today* as a list shows it (`rules.at_a_glance`: the
    scores and next step, only the weakest element's reasons), by id."""
    found = _kept_or_worked_out(session, (today,))[0]
    return {
        cid: _lazy(cid, today, kept, rules.at_a_glance)
        for cid, kept in paced(found.items(), pause_of(session))
    }


Scores = tuple[int | None, int | None, int | None, int | None]


def scores_of_all(session: Source, today: dt.date) -> dict[int, Scores]:
    """Every customer's four scores as of *today* (`rules.scores`: knowledge, responsibility,
    respect, care), by id: the same facts as `health_of_all`, without the sentences."""
    return {cid: kept[0] for cid, kept in _kept_or_worked_out(session, (today,))[0].items()}


# A customer's tier on a day, as `tier_of_one` gives it, from a caller that knows it already (the
# Insights page ranks every buyer for its own figures); None where it does not.
TierOf = Callable[[dt.date, int], "str | None"]


def scores_of_all_at(
    session: Source, days: tuple[dt.date, dt.date], tier_of: TierOf | None = None
) -> tuple[dict[int, Scores], dict[int, Scores]]:
    """`scores_of_all` on two days (earlier first), each entry table read once for both where
    they have to be read: what the Insights page asks (today, and 90 days before). *tier_of*:
    the tier of a customer worked out here, where the caller knows it (`TierOf`).

    Only the scores of the kept rows are read (not their facts, which the sentences need); each
    day's dict holds every customer's, in no set order."""
    if days[0] >= days[1]:
        raise ValueError("scores_of_all_at wants two days, the earlier first")
    earlier, later = _kept_or_worked_out(session, days, tier_of, scores_only=True)
    return earlier, later  # type: ignore[return-value]


# Fewer customers than this missing from the kept rows (one conversation logged: one) are worked
# out over the range of their ids; more, and every customer is (a purchase forgets everyone's),
# or a new day is carried from a kept one (`_carry`).
_FEW_MISSING = 64
# A new day is carried from the nearest day kept at most this many days from it, and only when
# at most this share of the customers has to be read again (touched by the move, or not kept
# that day; more: reading every customer's entries costs less than reading them a customer at a
# time and carrying the rest). Further than a month, a journal as busy as the demo's has most
# customers touched (at 10,000, a week touches half) and finding them costs more (~60 ms for a
# month): not worth trying.
CARRY_DAYS = 31
CARRY_SHARE = 0.6


class Worked:
    """How the last `_kept_or_worked_out` answered (the tests' and the benchmark's look
    inside): per day asked, how many customers were read from the day's kept rows, carried from
    another kept day (`reread` of them with a group of their figures read again), and worked out
    whole from their entries."""

    kept: list[int] = []
    carried: list[int] = []
    reread: list[int] = []
    worked_out: list[int] = []


def _kept_or_worked_out(
    session: Source,
    days: tuple[dt.date, ...],
    tier_of: TierOf | None = None,
    scores_only: bool = False,
) -> list[dict[int, health_kept.Kept]]:
    """Every customer's kept scores and facts on each of *days*: the rows kept for the day, and
    the missing customers' worked out (and kept, where this read may: store/health_kept.py).
    *scores_only*: the kept rows' facts are not read, and the scores alone are handed back (each
    customer's `Scores`, not `Kept`). *tier_of*: as `scores_of_all_at`."""
    snapshot = health_kept.begin(session)
    found: list[dict[int, Any]] = (
        health_kept.read_scores(session, days)
        if scores_only
        else [health_kept.read(session, day) for day in days]
    )
    ids = [r[0] for r in queries.raw_rows(session, "SELECT id FROM customer")]
    every = set(ids)
    Worked.kept = [len(every & kept.keys()) for kept in found]
    Worked.carried = [0 for _ in days]
    Worked.reread = [0 for _ in days]
    Worked.worked_out = [0 for _ in days]
    missing = sorted(set().union(*(every - kept.keys() for kept in found)))
    if not missing:
        if scores_only:  # every customer's, and no one else's: as read (by .get, in any order)
            return [kept if len(kept) == len(every) else _of(kept, ids) for kept in found]
        return [{cid: kept[cid] for cid in ids} for kept in found]
    few = len(missing) <= _FEW_MISSING
    span = (missing[0], missing[-1]) if few else ALL
    # Only the days something is missing on (the Insights page's earlier day, when the list
    # kept today's already): two days read together, or one alone.
    short = [(day, kept) for day, kept in zip(days, found, strict=True) if not every <= kept.keys()]
    fresh: list[tuple[int, dt.date, Scores, rules.HealthFacts | str]] = []
    # Per kept day carried from, per day carried to: the customers whose row is the kept day's
    # but for the day (the same scores and facts), written by one statement (health_kept.keep).
    same: list[tuple[dt.date, dt.date, list[int]]] = []
    plan = None if few else _carry(session, short, ids)
    worked_out = _facts(session, tuple(day for day, _ in short), span, plan=plan, tier_of=tier_of)
    pause = pause_of(session)
    for i, ((day, kept), facts) in enumerate(zip(short, worked_out, strict=True)):
        carried = plan.carried[i] if plan is not None else {}
        source_day = plan.sources[i] if plan is not None else None
        unmoved: list[int] = []
        for cid, f in paced(facts.items(), pause):
            if cid in kept and few:
                continue
            c = carried.get(cid)
            if c is None or c.changed:
                scores = rules.scores(f, day)
            else:  # only the day, the cadence and the important dates changed
                alike = c.same_day_facts()
                scores = rules.day_scores(f, day, c.scores, source_day, alike)
                if alike:  # the kept facts: the kept row again, or its text with new scores
                    kept[cid] = scores if scores_only else (scores, f)
                    if scores == c.scores:
                        unmoved.append(cid)
                    else:
                        fresh.append((cid, day, scores, c.kept))
                    continue
            kept[cid] = scores if scores_only else (scores, f)
            fresh.append((cid, day, scores, f if c is None else c.text()))
        if unmoved and source_day is not None:
            same.append((source_day, day, unmoved))
        k = days.index(day)
        Worked.carried[k] = len(carried)
        Worked.reread[k] = sum(1 for c in carried.values() if c.changed)
        Worked.worked_out[k] = len(facts) - len(carried)
    health_kept.keep(session, fresh, days, snapshot, same)
    if scores_only:
        return [
            kept if len(kept) == len(every) and every <= kept.keys() else _of(kept, ids)
            for kept in found
        ]
    return [_of(kept, ids) for kept in found]


def _of(kept: dict[int, Any], ids: list[int]) -> dict[int, Any]:
    """*kept*'s entries of the customers *ids*, in their order."""
    return {cid: kept[cid] for cid in ids if cid in kept}


class _Plan:
    """How the days asked are carried from kept days (`_carry`, read by `_facts`)."""

    __slots__ = ("whole", "groups", "carried", "sources")

    def __init__(
        self,
        whole: set[int],
        groups: list[list[int]],
        carried: list[dict[int, health_kept.Carried]],
        sources: list[dt.date | None],
    ) -> None:
        self.whole = whole  # worked out whole: no kept row to carry (on some day asked)
        self.groups = groups  # per group of statements (`_GROUPS`), whom it reads
        self.carried = carried  # per day, the customers carried, by id
        self.sources = sources  # per day, the kept day carried from (None: none)


def _carry(
    session: Source, short: list[tuple[dt.date, dict[int, health_kept.Kept]]], ids: list[int]
) -> _Plan | None:
    """How each day of *short* is carried from the kept day nearest it, or None when one of them
    can't be (no kept day near enough, too many customers touched in between: every customer is
    worked out then).

    A customer kept on day D whose row is still there (none of their entries changed since:
    the triggers would have taken it) has on day T the facts of D but for what lies between:
    `_TOUCHED` finds those customers and which group of their figures may differ, and that group
    alone is read again (with everything of the customers missing on D); `_facts` works out the
    day's cadence and important dates for everyone."""
    kept_days = health_kept.days_kept(session)
    whole: set[int] = set()
    groups: list[set[int]] = [set() for _ in _GROUPS]
    sources = []
    for day, kept in short:
        need = [cid for cid in ids if cid not in kept]
        near = [d for d in kept_days if d != day and abs((d - day).days) <= CARRY_DAYS]
        touched: list[tuple[int, int]] = []
        source: dict[int, health_kept.Kept] = {}
        source_day = None
        if near:
            source_day = min(near, key=lambda d: (abs((d - day).days), d))
            lo, hi = sorted((source_day, day))
            touched = queries.raw_rows(session, _TOUCHED, touched_between(lo, hi))
            if len({cid for _g, cid in touched}) > CARRY_SHARE * len(ids):
                return None  # known before the kept rows are read
            source = health_kept.read(session, source_day)
        # Nothing to carry from: the customers missing on the day are worked out whole (a few,
        # where the day's rows are kept but for them; everyone, and no carrying, where none is).
        wanted = set(need)
        gone = {cid for cid in need if cid not in source}
        read = {cid for _g, cid in touched if cid in wanted} | gone
        if len(read) > CARRY_SHARE * len(ids):
            return None
        whole |= gone
        for g, cid in touched:
            if cid in wanted:
                groups[g].add(cid)
        sources.append((need, source, source_day if source else None))
    pause = pause_of(session)
    carried = [
        health_kept.carry_all(((cid, source[cid]) for cid in need if cid not in whole), pause)
        for need, source, _day in sources
    ]
    return _Plan(
        whole, [sorted(group | whole) for group in groups], carried, [d for *_, d in sources]
    )


class _Pending:
    """What a kept customer's sentences are worked out from, once, when first asked for."""

    __slots__ = ("customer_id", "day", "facts", "judge", "judged")

    def __init__(
        self,
        customer_id: int,
        day: dt.date,
        facts: str | rules.HealthFacts,
        judge: Callable[[rules.HealthFacts, dt.date], rules.Health],
    ) -> None:
        self.customer_id = customer_id
        self.day = day
        self.facts = facts
        self.judge = judge
        self.judged: rules.Health | None = None

    def health(self) -> rules.Health:
        if self.judged is None:
            facts = self.facts
            if isinstance(facts, str):
                facts = health_kept.decode(self.customer_id, facts)
            self.judged = self.judge(facts, self.day)
        return self.judged


class _KeptElement(rules.ElementHealth):
    """An element whose score is kept and whose reasons are worked out when first read (a list
    of 10,000 customers shows a handful of tooltips)."""

    def __getattr__(self, name: str) -> Any:
        if name != "reasons":
            raise AttributeError(name)
        d = self.__dict__
        reasons = getattr(d["_pending"].health(), d["element"]).reasons
        d["reasons"] = reasons
        return reasons

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, rules.ElementHealth):
            return NotImplemented
        return bool(
            (self.element, self.score, self.reasons) == (other.element, other.score, other.reasons)
        )

    def __hash__(self) -> int:
        return hash((self.element, self.score, self.reasons))


class _KeptHealth(rules.Health):
    """A `Health` from kept scores: the next step worked out when first read."""

    def __getattr__(self, name: str) -> Any:
        if name != "next_step":
            raise AttributeError(name)
        step = self.__dict__["_pending"].health().next_step
        self.__dict__["next_step"] = step
        return step

    # The dataclass's own __eq__ compares only instances of one class: a kept Health equals a
    # worked-out one with the same values.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, rules.Health):
            return NotImplemented
        return bool(
            (self.customer_id, self.elements, self.next_step)
            == (other.customer_id, other.elements, other.next_step)
        )

    def __hash__(self) -> int:
        return hash((self.customer_id, *self.elements, self.next_step))


_new = object.__new__


def _lazy(
    customer_id: int,
    day: dt.date,
    kept: health_kept.Kept,
    judge: Callable[[rules.HealthFacts, dt.date], rules.Health],
) -> rules.Health:
    """The `Health` *judge* gives, from kept scores: what the list and its sort read (scores,
    overall, weakest) at once, the sentences from the kept facts when first read. The same
    values as `judge(facts, day)` (tests/store/test_health_kept.py)."""
    scores, facts = kept
    pending = _Pending(customer_id, day, facts, judge)
    elements = []
    for element, score in zip(rules.ELEMENTS, scores, strict=True):
        e = _new(_KeptElement)
        e.__dict__.update(element=element, score=score, _pending=pending)
        elements.append(e)
    h = _new(_KeptHealth)
    h.__dict__.update(
        customer_id=customer_id,
        knowledge=elements[0],
        responsibility=elements[1],
        respect=elements[2],
        care=elements[3],
        _pending=pending,
    )
    return h


def _gather(
    session: Source,
    days: tuple[dt.date, ...],
    ids: tuple[int, int],
    judge: Callable[[rules.HealthFacts, dt.date], Any] = rules.assess,
    tier: str | None = None,
) -> list[dict[int, Any]]:
    """What *judge* makes of each customer's facts, one dict per day of *days* (one day, or
    two, the earlier first). *tier*: the one customer's tier, when the caller has it (one day).
    """
    return [
        {cid: judge(f, day) for cid, f in facts.items()}
        for day, facts in zip(days, _facts(session, days, ids, tier), strict=True)
    ]


def _facts(
    session: Source,
    days: tuple[dt.date, ...],
    ids: tuple[int, int],
    tier: str | None = None,
    plan: _Plan | None = None,
    tier_of: TierOf | None = None,
) -> list[dict[int, rules.HealthFacts]]:
    """Each customer's facts in the range *ids*, one dict per day of *days* (one day, or two,
    the earlier first). *tier*: the one customer's tier, when the caller has it (one day).

    Days carried from kept ones (*plan*, `_carry`): the customers carried have the facts a kept
    day left them, but for what the day alone decides (the cadence: tiers rank everyone by the
    day's 12-month value; the important dates) and the groups of figures the move touched, read
    again for them (the `_AMONG` statements); the customers worked out whole are read by every
    statement. Those are what is handed back (the customers kept for the day already not).
    """
    iso = dt.date.fromisoformat
    first_day, last_day = days[0], days[-1]
    windows = [tier_rules.window_start(day) for day in days]
    params: dict[str, Any] = {
        "lo": ids[0],
        "hi": ids[1],
        "d0": first_day.isoformat(),
        "d1": last_day.isoformat(),
        "ws0": windows[0].isoformat(),
        "ws1": windows[-1].isoformat(),
        # :us joins a day and a text in one value (the unit separator: in no text a user types).
        "us": "\x1f",
    }

    def rows(sql: str, **extra: Any) -> list[tuple[Any, ...]]:
        if plan is not None and sql in _AMONG:  # the group's customers only
            among = plan.groups[_GROUP_OF[sql]]
            if not among:
                return []
            return queries.raw_rows(session, _AMONG[sql], {**params, "ids": json.dumps(among)})
        return queries.raw_rows(session, sql, {**params, **extra} if extra else params)

    pause = pause_of(session)  # the app's worker: waits while the user types (store/reader.py)
    customers = queries.raw_rows(session, _CUSTOMERS, params)
    if not customers:
        return [{} for _ in days]
    currency = settings.currency(session)
    cadences = settings.cadences(session)
    added = {r[0]: iso(r[4]) for r in customers}
    whole = plan.whole if plan is not None else None

    # One dict of facts per day; `slots` says where each day's figures sit in a row of the
    # two-day statements (the later day's after the earlier's; one day reads the later's).
    per_day: list[dict[int, rules.HealthFacts]] = []
    for k, day in enumerate(days):
        if ids == ALL or len(customers) > 1:  # the whole ranking (~19 ms at 10,000)
            values = queries.values_12m(session, day, currency)
            if ids == ALL:
                pins = {r[0]: r[2] for r in customers if r[2]}
            else:  # pinned buyers outside the range take no slot either
                pins = dict(rows(_PINS))
            tiers = tier_rules.assign(values, pins, [r[0] for r in customers])
        else:
            cid, pin = customers[0][0], customers[0][2]
            known = tier or (tier_of(day, cid) if tier_of is not None else None)
            tiers = {cid: known or tier_of_one(session, cid, pin, day, currency)}
        facts: dict[int, rules.HealthFacts] = {}
        cache: dict[tuple[str, str, int | None], cadence_rules.Cadence] = {}
        kept = plan.carried[k] if plan is not None else {}
        for cid, stage, _pin, override, _created in paced(customers, pause):
            c = kept.get(cid)
            if c is None and whole is not None and cid not in whole:
                continue  # kept for the day already
            key = (stage, tiers[cid], override)
            cad = cache.get(key)
            if cad is None:
                cad = cache[key] = cadence_rules.effective(stage, tiers[cid], override, cadences)
            if c is None:
                facts[cid] = rules.HealthFacts(cid, stage, cad.days, cad.explanation, added[cid])
            else:  # carried: the day's cadence; its important dates judged below
                same = c.facts
                same.cadence_days = cad.days
                same.cadence_explanation = cad.explanation
                same.dates_due = same.dates_remembered = 0
                facts[cid] = same
        if plan is not None:  # the groups the move touched, read again below
            for g, among in enumerate(plan.groups):
                for cid in among:
                    c = kept.get(cid)
                    if c is not None:
                        _forget(c.facts, g, added[cid])
                        c.changed = True
        per_day.append(facts)
    two = len(days) == 2

    # Touches: the first and last of each kind, and how many in the window.
    firsts: list[dict[int, list[str]]] = [defaultdict(list) for _ in days]
    lasts: list[dict[int, list[str]]] = [defaultdict(list) for _ in days]
    for cid, first, *figures in paced(rows(_CONVERSATIONS), pause):
        for k, (n, last, in_window, whys, last_why) in enumerate(
            (figures[:5], figures[5:]) if two else (figures[5:],)
        ):
            f = per_day[k].get(cid)
            if f is None or not n:
                continue
            f.conversations = n
            f.touches_12m += in_window or 0
            if whys:
                f.why_buy_answers = whys
                f.last_why_buy_on = iso(last_why)
            firsts[k][cid].append(first)
            lasts[k][cid].append(last)
    for sql in (_GIFTS, _INVITATIONS):
        for cid, first, *figures in paced(rows(sql), pause):
            for k, (n, last, in_window) in enumerate(
                (figures[:3], figures[3:]) if two else (figures[3:],)
            ):
                f = per_day[k].get(cid)
                if f is None or not n:
                    continue
                f.touches_12m += in_window or 0
                f.gifts_invitations_12m += in_window or 0
                firsts[k][cid].append(first)
                lasts[k][cid].append(last)
    for k, facts in enumerate(per_day):
        for cid, seen in lasts[k].items():
            if cid in facts:
                facts[cid].last_touch = iso(max(seen))
                facts[cid].first_seen = min(added[cid], iso(min(firsts[k][cid])))

    for cid, category, *learned in paced(rows(_FACTS), pause):
        for k, on in enumerate(learned if two else learned[1:]):
            f = per_day[k].get(cid)
            if f is not None and on:
                f.fact_categories[category] = iso(on)
    for cid, *figures in paced(rows(_DELIGHTS), pause):
        for k, (n, last) in enumerate((figures[:2], figures[2:]) if two else (figures[2:],)):
            f = per_day[k].get(cid)
            if f is not None and n:
                f.delights = n
                f.last_delight_on = iso(last)

    _pains_and_promises(paced(rows(_PAINS), pause), paced(rows(_PROMISES), pause), per_day)
    # Important dates are judged by each day's last occurrences: one read per day.
    for k, (day, ws, facts) in enumerate(zip(days, windows, per_day, strict=True)):
        found = rows(_IMPORTANT_DATES, today=day.isoformat())
        if plan is not None and plan.sources[k] is not None:
            carried = plan.carried[k]
            _important_dates(found, facts, day, ws, session, carried, plan.sources[k])
        else:
            _important_dates(found, facts, day, ws, session)
    return per_day


def _pains_and_promises(
    pains: Iterable[tuple[Any, ...]],
    promises: Iterable[tuple[Any, ...]],
    per_day: list[dict[int, rules.HealthFacts]],
) -> None:
    """Pain points and promises into each day's facts (rows of `_PAINS` and `_PROMISES`: the
    earlier day's figures first; one day asked reads the later day's)."""
    iso = dt.date.fromisoformat
    two = len(per_day) == 2
    for cid, ours, *figures in pains:
        for k, (n, resolve_days, oldest_open) in enumerate(
            (figures[:3], figures[3:]) if two else (figures[3:],)
        ):
            f = per_day[k].get(cid)
            if f is None or not n:
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

    for cid, *figures in promises:
        for k, (on_time, late, overdue, oldest) in enumerate(
            (figures[:4], figures[4:]) if two else (figures[4:],)
        ):
            f = per_day[k].get(cid)
            if f is None:
                continue
            f.promises_on_time = on_time or 0
            f.promises_late = late or 0
            f.promises_overdue = overdue or 0
            if oldest:
                due_on, _, text = oldest.partition("\x1f")
                f.oldest_overdue = (text, iso(due_on))


def _important_dates(
    found: list[tuple[Any, ...]],
    facts: dict[int, rules.HealthFacts],
    today: dt.date,
    ws: dt.date,
    session: Source,
    carried: dict[int, health_kept.Carried] | None = None,
    kept_day: dt.date | None = None,
) -> None:
    """Each important date's last occurrence whose day after has passed, within the window and
    known a week ahead, counts as due; it is met when a touch falls from a week before to the
    day after (one statement for all of them).

    *carried*, *kept_day*: customers carried from *kept_day* with none of their figures read
    again (the same entries then as now) whose dates are due on the same spans on both days
    have the kept day's count met: only the others' spans are read."""
    spans: list[tuple[int, str, str]] = []
    due = _due_spans(today - dt.timedelta(days=rules.DATE_AFTER_DAYS), ws)
    same: set[int] = set()
    differ: set[int] = set()
    due_then = due
    if carried and kept_day is not None:
        due_then = _due_spans(
            kept_day - dt.timedelta(days=rules.DATE_AFTER_DAYS), tier_rules.window_start(kept_day)
        )
    for cid, month, day, learned in paced(found, pause_of(session)):
        f = facts.get(cid)
        if f is None:
            continue
        span = due(month, day, learned)
        if carried:
            c = carried.get(cid)
            if c is not None and not c.changed:
                if span == due_then(month, day, learned):
                    same.add(cid)
                else:
                    differ.add(cid)
        if span is None:
            continue
        f.dates_due += 1
        spans.append((cid, *span))
    if carried:
        same -= differ
        for cid in same:
            facts[cid].dates_remembered = carried[cid].found[22]
        spans = [span for span in spans if span[0] not in same]
    if not spans:
        return
    for (key,) in queries.raw_rows(session, _DATES_MET, {"spans": json.dumps(spans)}):
        facts[spans[int(key)][0]].dates_remembered += 1


def _due_spans(judged: dt.date, ws: dt.date) -> Callable[[int, int, Any], tuple[str, str] | None]:
    """An important date's days a touch meets it on (a week before its last occurrence by
    *judged* to the day after), where that occurrence is due (within the window from *ws*,
    known a week ahead); None where not. Worked out once per month and day."""
    by_day: dict[tuple[int, int], tuple[str, str] | None] = {}

    def span(month: int, day: int, learned: Any) -> tuple[str, str] | None:
        key = (month, day)
        if key in by_day:
            found = by_day[key]
        else:
            try:
                occ = occurrence(month, day, judged.year)
                if occ > judged:
                    occ = occurrence(month, day, judged.year - 1)
            except ValueError:
                occ = None  # an impossible month/day kept from an old import: nothing to judge
            if occ is None or occ < ws:
                found = None
            else:
                start = occ - dt.timedelta(days=rules.DATE_BEFORE_DAYS)
                end = occ + dt.timedelta(days=rules.DATE_AFTER_DAYS)
                found = (start.isoformat(), end.isoformat())
            by_day[key] = found
        # ISO days compare as text: learned after the week before, not known ahead.
        if found is None or str(learned) > found[0]:
            return None
        return found

    return span
