"""The due list read from a journal: gathers what the reminder rules need, in a few queries.

Public API (plain dataclasses, no Qt, safe to hold after the session is gone):

- `due_items(session, today) -> list[DueItem]`: the due list for *today*, in the order to work
  it (`domain/reminders.py` has the rules and the order). One short read of eight queries,
  whatever the size of the journal; 155-200 ms for 10,000 customers on the test machine
  (`benchmarks/due.py`), so the app runs it in a worker.
- `upcoming_promises(session, today) -> list[PromiseRow]`: every open promise with a due date of
  a customer who is not archived, soonest first (for the calendar export).
- `reminder_targets(session, customer_id, reason) -> list[Target]`: what a promise or date item
  of one customer can be about, for picking an item key by text (`custjournal snooze`).
- `target_exists(session, customer_id, reason, entry_id) -> bool`: whether "promise:ID" or
  "date:ID" names an entry of that customer (`ops.reminders` checks keys with it).
- `customer_facts(session, today) -> list[CustomerFacts]`: the rules' input, for tests and
  benchmarks.

`store/due_count.py` counts the same items in SQL without building them (`due --count`); a
hypothesis test holds its count to the length of `due_items`.

Everything is evaluated *as of* `today`: touches, purchases, promises and facts dated after it
do not count, and a promise kept after it is still open then, so `custjournal due --today` shows
the list as it was (or will be) on that day. Tiers are ranked over the whole journal, as
`queries.customer_rows` ranks them, so the due list and `list` agree.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from custjournal.domain import cadence as cadence_rules
from custjournal.domain import reminders as rules
from custjournal.domain import tiers as tier_rules
from custjournal.domain import vocab
from custjournal.domain.reminders import DueItem, Target
from custjournal.store import queries, reader, settings
from custjournal.store.reader import Source

__all__ = [
    "DueItem",
    "PromiseRow",
    "Target",
    "customer_facts",
    "due_items",
    "reminder_targets",
    "target_exists",
    "upcoming_promises",
]


_rows = queries.raw_rows


def _day(value: object) -> dt.date:
    # SQLite hands dates back as text; created_at is a 'YYYY-MM-DD HH:MM:SS' timestamp.
    return dt.date.fromisoformat(str(value)[:10])


# The customer list's own rows (queries.LIST_SQL), each customer with their last touch on or
# before :today ('' if none), narrowed to what the rules read: SQLite flattens the subquery, so
# the columns left out are never read (reading them cost the due list 5 ms at 10,000).
_CUSTOMERS_SQL = (
    "SELECT id, name, company, stage, tier_pin, archived, added_on, cadence_days, last_touch "
    "FROM (" + queries.LIST_SQL + ") AS listed"
)


def _stopped_rhythms(session: Source, today: dt.date) -> dict[int, rules.PurchaseRhythm]:
    """The purchase rhythm of every customer who has stopped buying as of *today*.

    The journal keeps each customer's rhythm (store/derived.py), so this reads one row per
    buyer instead of every purchase date, and SQL applies the rule's own test so that only the
    few who stopped come back (rules.rhythm_stopped still decides). A kept rhythm covers
    purchases of any date: a customer with a purchase after *today* (`due --today` in the
    past, or a purchase imported with a later date) is worked out from the purchases up to
    *today* instead.
    """
    fromiso = dt.date.fromisoformat
    rhythms = {
        cid: rules.PurchaseRhythm(days, fromiso(last), median)
        for cid, days, last, median in _rows(
            session,
            "SELECT id, purchase_days, last_purchase_on, purchase_gap_median FROM customer "
            "WHERE purchase_days >= :needed AND last_purchase_on <= :today "
            "AND julianday(:today) - julianday(last_purchase_on) > :gaps * purchase_gap_median",
            {
                "needed": rules.MIN_PURCHASE_DATES,
                "today": today.isoformat(),
                "gaps": rules.STOPPED_AFTER_GAPS,
            },
        )
    }
    (latest,) = _rows(session, "SELECT max(purchased_on) FROM purchase")[0]
    if latest is not None and _day(latest) > today:
        for cid, days in _purchase_dates(session, today).items():
            rhythm = rules.purchase_rhythm(days, today)
            if rhythm is not None:
                rhythms[cid] = rhythm
    return {cid: r for cid, r in rhythms.items() if rules.rhythm_stopped(r, today)}


def _purchase_dates(session: Source, today: dt.date) -> dict[int, list[dt.date]]:
    """Distinct purchase days up to *today* of the customers with a purchase after *today*
    who may have stopped buying by then (see `_stopped_rhythms`)."""
    sql = (
        "SELECT customer_id, group_concat(purchased_on) FROM purchase "
        "WHERE purchased_on <= :today AND customer_id IN "
        "(SELECT id FROM customer WHERE last_purchase_on > :today) GROUP BY customer_id "
        "HAVING count(*) >= :needed AND max(purchased_on) < :quiet"
    )
    params = {
        "today": today.isoformat(),
        "needed": rules.MIN_PURCHASE_DATES,
        "quiet": (today - dt.timedelta(days=2)).isoformat(),
    }
    fromiso = dt.date.fromisoformat
    return {
        cid: [fromiso(day) for day in set(days.split(","))]
        for cid, days in _rows(session, sql, params)
    }


def _promises(session: Source, today: dt.date, until: dt.date) -> list[tuple[Any, ...]]:
    """Open promises (as of *today*) due on or before *until*: (id, customer_id, text, due)."""
    return _rows(
        session,
        "SELECT id, customer_id, text, due_on FROM promise "
        "WHERE due_on IS NOT NULL AND due_on <= ? AND made_on <= ? "
        "AND (done_on IS NULL OR done_on > ?)",
        (until.isoformat(), today.isoformat(), today.isoformat()),
    )


def _important_dates(session: Source, today: dt.date) -> list[tuple[Any, ...]]:
    """Important-date facts that fall within the next week: (id, customer_id, month, day, text)."""
    # Only the handful of month/days in the window can be due: ask for those alone.
    codes = sorted(m * 100 + d for m, d in rules.month_days_within(today))
    sql = _IMPORTANT_DATES_PG if reader.on_postgresql(session) else _IMPORTANT_DATES
    return _rows(session, sql, (json.dumps(codes), today.isoformat()))


# The codes come as one JSON array; SQLite compares its values as they are (and seeks
# ix_fact_date: a CAST here would make that a scan), PostgreSQL's json_each gives text.
_IMPORTANT_DATES = (
    "SELECT id, customer_id, month, day, text FROM fact WHERE category = 'important-date' "
    "AND month * 100 + day IN (SELECT value FROM json_each(?)) AND learned_on <= ?"
)
_IMPORTANT_DATES_PG = (
    "SELECT id, customer_id, month, day, text FROM fact WHERE category = 'important-date' "
    "AND month * 100 + day IN (SELECT value::integer FROM json_each(?)) AND learned_on <= ?"
)


def _marks(session: Source) -> dict[int, dict[str, rules.ReminderMark]]:
    result: dict[int, dict[str, rules.ReminderMark]] = defaultdict(dict)
    for cid, key, until, dismissed in _rows(
        session, "SELECT customer_id, item_key, snoozed_until, dismissed_on FROM reminder_state"
    ):
        result[cid][key] = rules.ReminderMark(
            _day(until) if until else None, _day(dismissed) if dismissed else None
        )
    return result


def customer_facts(
    session: Source, today: dt.date, rows: list[queries.CustomerRow] | None = None
) -> list[rules.CustomerFacts]:
    """What the rules need about every customer who is not archived, as of *today*.

    With *rows* (the customer list's rows for the same day) their tiers, last touches and
    cadences are reused instead of being read again: the app loads both at once.
    """
    if rows is not None:
        return _facts_from_rows(session, today, rows)
    cadences = settings.cadences(session)
    currency = settings.currency(session)
    promises, dates, purchases, marks = _entries_by_customer(session, today)
    if reader.on_postgresql(session):  # no json_each nor julianday: every customer
        customers = _rows(session, _CUSTOMERS_SQL, {"today": today.isoformat()})
        pins = {row[0]: row[4] for row in customers if row[4]}
    else:
        customers = _may_be_due_rows(session, today, cadences, (promises, dates, purchases))
        pins = dict(_rows(session, _PINNED_SQL))
    # Archived customers still take part in the tier ranking, exactly as in `list`.
    values = queries.values_12m(session, today, currency)
    a_floor, b_floor = tier_rules.ranking(values, pins)

    # A handful of stage/tier/override combinations cover every customer: explain each once,
    # with the last day (ISO text) a touch may be on for contact to be due before *today*.
    # Contact is due before today when (last touch or day added) + cadence < today, that is
    # when that day < today - cadence: compared as text, so that the half of a kept journal
    # that no rule can list costs no date parsed nor any facts built (`_may_be_due`).
    explained: dict[tuple[str, str, int | None], tuple[cadence_rules.Cadence, str]] = {}
    tier_of, get_value = tier_rules.tier, values.get
    fromiso = dt.date.fromisoformat
    no_marks: dict[str, rules.ReminderMark] = {}
    facts = []
    for cid, name, company, stage, pin, archived, created, override, last in customers:
        if archived:
            continue
        tier = tier_of(get_value(cid), pin, a_floor, b_floor)
        known = explained.get((stage, tier, override))
        if known is None:
            cadence = cadence_rules.effective(stage, tier, override, cadences)
            cutoff = (today - dt.timedelta(days=cadence.days)).isoformat()
            known = explained[(stage, tier, override)] = (cadence, cutoff)
        if (last or created) >= known[1] and not (
            cid in promises or cid in dates or cid in purchases
        ):
            continue
        # Positional, in field order: 2.8 ms per 10,000 here, against 6.7 ms with keywords.
        facts.append(
            rules.CustomerFacts(
                cid,
                name,
                stage,
                tier,
                False,  # archived
                fromiso(created),
                fromiso(last) if last else None,
                known[0],
                promises.get(cid, ()),
                dates.get(cid, ()),
                (),  # purchase dates: the rhythm below is what the rule needs
                marks.get(cid, no_marks),
                company,
                purchases.get(cid),
            )
        )
    return facts


_PINNED_SQL = "SELECT id, tier_pin FROM customer WHERE tier_pin IS NOT NULL AND tier_pin != ''"

# The rows of _CUSTOMERS_SQL of the customers a rule may list: those with something to look
# at (:ids), and those whose last touch (or day added) is before the day contact would be due
# at the shortest cadence they can have: their own, else their stage's halved (:cut_STAGE, as
# for tier A). The rules decide (customer_facts asks again with the cadence in force); this
# only leaves out, in SQL, the half of a kept journal that is not neglected: 5,500 rows read of
# 10,000. A stage without a cutoff here (vocab.STAGES has none other) is read.
_MAY_BE_DUE_SQL = (
    _CUSTOMERS_SQL + " WHERE NOT archived AND (id IN (SELECT value FROM json_each(:ids)) OR CASE "
    "WHEN cadence_days THEN "
    "  julianday(:today) - julianday(coalesce(nullif(last_touch, ''), added_on)) > cadence_days "
    "ELSE coalesce(coalesce(nullif(last_touch, ''), added_on) < CASE stage "
    "  WHEN 'prospecting' THEN :cut_prospecting WHEN 'consideration' THEN :cut_consideration "
    "  WHEN 'purchase' THEN :cut_purchase WHEN 'connection' THEN :cut_connection "
    "  WHEN 'loyalty' THEN :cut_loyalty END, 1) END)"
)


def _may_be_due_rows(
    session: Source, today: dt.date, cadences: dict[str, int], candidates: tuple[Any, ...]
) -> list[tuple[Any, ...]]:
    params: dict[str, object] = {
        "today": today.isoformat(),
        "ids": json.dumps(sorted({cid for found in candidates for cid in found})),
    }
    for stage in vocab.STAGES:
        shortest = cadence_rules.effective(stage, "A", None, cadences).days
        params["cut_" + stage] = (today - dt.timedelta(days=shortest)).isoformat()
    return _rows(session, _MAY_BE_DUE_SQL, params)


def _entries_by_customer(
    session: Source, today: dt.date
) -> tuple[
    dict[int, list[rules.OpenPromise]],
    dict[int, list[rules.ImportantDate]],
    dict[int, rules.PurchaseRhythm],
    dict[int, dict[str, rules.ReminderMark]],
]:
    promises: dict[int, list[rules.OpenPromise]] = defaultdict(list)
    tomorrow = today + dt.timedelta(days=rules.PROMISE_LEAD_DAYS)
    for pid, cid, text, due in _promises(session, today, tomorrow):
        promises[cid].append(rules.OpenPromise(pid, text, _day(due)))
    dates: dict[int, list[rules.ImportantDate]] = defaultdict(list)
    for fid, cid, month, day, text in _important_dates(session, today):
        dates[cid].append(rules.ImportantDate(fid, month, day, text))
    return promises, dates, _stopped_rhythms(session, today), _marks(session)


def _may_be_due(
    customer_id: int, neglect_due: dt.date, today: dt.date, candidates: tuple[dict[int, Any], ...]
) -> bool:
    """Whether any rule can list this customer: neglected (past the day contact was due), or an
    open promise, an important date or a purchase rhythm to look at. The rest (about half of
    a kept journal) need no facts built nor rules run."""
    return neglect_due < today or any(customer_id in c for c in candidates)


def _facts_from_rows(
    session: Source, today: dt.date, rows: list[queries.CustomerRow]
) -> list[rules.CustomerFacts]:
    promises, dates, purchases, marks = _entries_by_customer(session, today)
    no_marks: dict[str, rules.ReminderMark] = {}
    cadences: dict[tuple[int, str], cadence_rules.Cadence] = {}
    facts = []
    candidates = (promises, dates, purchases)
    for r in rows:
        if r.archived or not _may_be_due(r.id, r.next_due, today, candidates):
            continue
        cadence = cadences.get((r.cadence_days, r.cadence_explanation))
        if cadence is None:
            cadence = cadence_rules.Cadence(r.cadence_days, r.cadence_explanation)
            cadences[(r.cadence_days, r.cadence_explanation)] = cadence
        facts.append(
            rules.CustomerFacts(
                r.id,
                r.name,
                r.stage,
                r.tier,
                False,  # archived
                r.added_on,
                r.last_contact,
                cadence,
                promises.get(r.id, ()),
                dates.get(r.id, ()),
                (),
                marks.get(r.id, no_marks),
                r.company,
                purchases.get(r.id),
            )
        )
    return facts


def due_items(
    session: Source, today: dt.date, rows: list[queries.CustomerRow] | None = None
) -> list[DueItem]:
    """The due list for *today*, sorted (see `domain/reminders.py` for the rules).

    *rows*, if given, are `queries.customer_rows(session, today)`, read in the same session.
    """
    return rules.due_items(customer_facts(session, today, rows), today)


@dataclass(frozen=True)
class PromiseRow:
    id: int
    customer_id: int
    customer: str
    text: str
    made_on: dt.date
    due_on: dt.date


def upcoming_promises(session: Source, today: dt.date) -> list[PromiseRow]:
    """Open promises with a due date, of customers who are not archived, soonest first."""
    rows = _rows(
        session,
        "SELECT p.id, p.customer_id, c.name, p.text, p.made_on, p.due_on "
        "FROM promise p JOIN customer c ON c.id = p.customer_id "
        "WHERE p.due_on IS NOT NULL AND NOT c.archived AND p.made_on <= ? "
        "AND (p.done_on IS NULL OR p.done_on > ?) ORDER BY p.due_on, p.id",
        (today.isoformat(), today.isoformat()),
    )
    return [
        PromiseRow(pid, cid, name, text, _day(made), _day(due))
        for pid, cid, name, text, made, due in rows
    ]


def reminder_targets(session: Source, customer_id: int, reason: str) -> list[Target]:
    """A customer's open promises or important dates, as (item key, text), oldest first."""
    if reason == rules.PROMISE:
        rows = _rows(
            session,
            "SELECT id, text FROM promise WHERE customer_id = ? AND done_on IS NULL ORDER BY id",
            (customer_id,),
        )
    elif reason == rules.DATE:
        rows = _rows(
            session,
            "SELECT id, text FROM fact WHERE customer_id = ? AND category = 'important-date' "
            "AND month IS NOT NULL ORDER BY id",
            (customer_id,),
        )
    else:
        return []
    return [Target(rules.item_key(reason, i), text) for i, text in rows]


_TARGET_SQL = {
    rules.PROMISE: "SELECT 1 FROM promise WHERE id = ? AND customer_id = ?",
    rules.DATE: "SELECT 1 FROM fact WHERE id = ? AND customer_id = ? "
    "AND category = 'important-date'",
}


def target_exists(session: Source, customer_id: int, reason: str, entry_id: int) -> bool:
    """Whether the promise or important date *entry_id* is this customer's."""
    return reader.one(session, _TARGET_SQL[reason], (entry_id, customer_id)) is not None
