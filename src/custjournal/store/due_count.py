"""How many items are due, counted in SQL: `custjournal due --count` (a shell prompt, a status bar).

`count(source, today) -> int | None` gives the number of items `store.due.due_items` lists for
*today*, without building them: the reminder rules of `domain/reminders.py` (neglected, promise,
important date, buying stopped; snoozed and dismissed items left out; archived customers never
due) written as four counts in one statement over the same rows (`store/list_sql.py`), with the
tiers ranked by `domain/tiers.floors` and the cadences of `store/settings.py`. 4-8 ms at 10,000
customers, where building the list takes 100 ms; and this module imports no more than those
light ones, so a whole `due --count` process costs little more than `python -c "import sqlite3"`.

Python's rules stay the one definition: the list is theirs, and tests/store/test_due_count.py
holds this count equal to the length of their list over random journals (hypothesis). The
count covers what the journal keeps ready-made. When a purchase is dated after *today* (`due
--today` in the past, or a purchase entered ahead), the purchase rhythm kept per customer is not
the rhythm as of *today*: `count` returns None and the caller counts the rules' own list.
"""

from __future__ import annotations

import datetime as dt
import json

from custjournal.domain import tiers as tier_rules
from custjournal.store import settings
from custjournal.store.list_sql import LIST_SQL
from custjournal.store.reader import Source, on_postgresql, rows, scalar

# Kept equal to domain/reminders.py's constants (tests/store/test_due_count.py checks them):
# importing that module would cost the count more than the count itself.
DATE_LEAD_DAYS = 7
PROMISE_LEAD_DAYS = 1
MIN_PURCHASE_DATES = 3
STOPPED_AFTER_GAPS = 2

# The 12 months' value of each buyer (queries.values_12m's own statement): SQLite sorts the
# window's rows by customer to sum them, 15 ms at 10,000 customers, the most of the count.
_VALUES_SQL = (
    "SELECT customer_id, sum(amount_minor) FROM purchase "
    "WHERE purchased_on >= ? AND purchased_on <= ? AND currency = ? GROUP BY customer_id"
)
_PINNED_SQL = "SELECT id FROM customer WHERE tier_pin IS NOT NULL AND tier_pin != ''"

# Whether the user put an item away for :today (reminders.is_hidden): m is its reminder_state
# row, lt the customer's last touch ('' if none), starts the day a date's window opens (a
# dismissal before it is last year's). Written out in each count below.
#   snoozed:   :today < snoozed_until
#   dismissed: dismissed_on set, not before starts, and no touch after it
_COUNT_SQL = (
    "SELECT "
    # neglected: days since the last touch (or since added) exceed the cadence in force, the
    # customer's own, else the stage's, halved (rounded up) for tier A.
    "(SELECT count(*) FROM (" + LIST_SQL + ") c "
    "WHERE NOT c.archived "
    "AND julianday(:today) - julianday(coalesce(nullif(c.last_touch, ''), c.added_on)) > "
    "  CASE WHEN c.cadence_days THEN c.cadence_days "
    "       WHEN c.tier_pin = 'A' OR c.id IN (SELECT value FROM json_each(:tier_a)) "
    "       THEN (json_extract(:cadences, '$.' || c.stage) + 1) / 2 "
    "       ELSE json_extract(:cadences, '$.' || c.stage) END "
    "AND NOT EXISTS (SELECT 1 FROM reminder_state m "
    "  WHERE m.customer_id = c.id AND m.item_key = 'neglected' "
    "  AND (:today < substr(m.snoozed_until, 1, 10) "
    "       OR (coalesce(m.dismissed_on, '') != '' "
    "           AND (c.last_touch = '' OR c.last_touch <= substr(m.dismissed_on, 1, 10))))))"
    # promise: open as of :today, due by tomorrow
    " + (SELECT count(*) FROM promise p JOIN (" + LIST_SQL + ") c ON c.id = p.customer_id "
    "WHERE NOT c.archived AND p.due_on IS NOT NULL AND p.due_on <= :tomorrow "
    "AND p.made_on <= :today AND (p.done_on IS NULL OR p.done_on > :today) "
    "AND NOT EXISTS (SELECT 1 FROM reminder_state m "
    "  WHERE m.customer_id = c.id AND m.item_key = 'promise:' || p.id "
    "  AND (:today < substr(m.snoozed_until, 1, 10) "
    "       OR (coalesce(m.dismissed_on, '') != '' "
    "           AND (c.last_touch = '' OR c.last_touch <= substr(m.dismissed_on, 1, 10))))))"
    # important date: its occurrence (:dates maps month*100+day to it) within the week ahead
    " + (SELECT count(*) FROM fact f JOIN (" + LIST_SQL + ") c ON c.id = f.customer_id "
    "WHERE f.category = 'important-date' "
    "AND month * 100 + day IN (SELECT CAST(key AS INTEGER) FROM json_each(:dates)) "
    "AND NOT c.archived AND f.learned_on <= :today "
    "AND NOT EXISTS (SELECT 1 FROM reminder_state m "
    "  WHERE m.customer_id = c.id AND m.item_key = 'date:' || f.id "
    "  AND (:today < substr(m.snoozed_until, 1, 10) "
    "       OR (coalesce(m.dismissed_on, '') != '' "
    "           AND substr(m.dismissed_on, 1, 10) >= date(json_extract(:dates, "
    "               '$.\"' || (f.month * 100 + f.day) || '\"'), '-7 days') "
    "           AND (c.last_touch = '' OR c.last_touch <= substr(m.dismissed_on, 1, 10))))))"
    # buying stopped: at least three purchase days, quiet for more than twice the median gap
    " + (SELECT count(*) FROM (" + LIST_SQL + ") c "
    "JOIN customer k ON k.id = c.id "
    "WHERE NOT c.archived AND k.purchase_days >= :needed AND k.last_purchase_on <= :today "
    "AND k.purchase_gap_median IS NOT NULL "
    "AND julianday(:today) - julianday(k.last_purchase_on) > :gaps * k.purchase_gap_median "
    "AND NOT EXISTS (SELECT 1 FROM reminder_state m "
    "  WHERE m.customer_id = c.id AND m.item_key = 'buying-stopped' "
    "  AND (:today < substr(m.snoozed_until, 1, 10) "
    "       OR (coalesce(m.dismissed_on, '') != '' "
    "           AND (c.last_touch = '' OR c.last_touch <= substr(m.dismissed_on, 1, 10))))))"
)


def occurrences(today: dt.date) -> dict[int, dt.date]:
    """month*100+day of every recurring date whose next occurrence is within DATE_LEAD_DAYS of
    *today*, with that occurrence (29 February falls on 28 February in other years), as
    `reminders.month_days_within` and `reminders.next_occurrence` have them."""
    found: dict[int, dt.date] = {}
    for offset in range(DATE_LEAD_DAYS + 1):
        day = today + dt.timedelta(days=offset)
        found[day.month * 100 + day.day] = day
        if (day.month, day.day) == (2, 28) and not _leap(day.year):
            found[229] = day
    return found


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def count(source: Source, today: dt.date) -> int | None:
    """The number of due items on *today*, or None when a purchase is dated after *today* or
    the journal is a team database, whose SQL has no json_extract or date() (the caller then
    counts `due.due_items`)."""
    if on_postgresql(source):
        return None
    latest = scalar(source, "SELECT max(purchased_on) FROM purchase")
    if latest is not None and str(latest)[:10] > today.isoformat():
        return None
    day = today.isoformat()
    # Pinned customers take no slot (tiers.assign): the ranking is of the others' values.
    pinned = {cid for (cid,) in rows(source, _PINNED_SQL)}
    window = (tier_rules.window_start(today).isoformat(), day, settings.currency(source))
    values = [(v, cid) for cid, v in rows(source, _VALUES_SQL, window) if cid not in pinned]
    tier_a: list[int] = []
    if values:
        values.sort(reverse=True)
        a_floor, _ = tier_rules.floors([v for v, _ in values])
        tier_a = [cid for v, cid in values if v >= a_floor]
    params = {
        "today": day,
        "tomorrow": (today + dt.timedelta(days=PROMISE_LEAD_DAYS)).isoformat(),
        "cadences": json.dumps(settings.cadences(source)),
        "tier_a": json.dumps(tier_a),
        "dates": json.dumps({code: d.isoformat() for code, d in occurrences(today).items()}),
        "needed": MIN_PURCHASE_DATES,
        "gaps": STOPPED_AFTER_GAPS,
    }
    return int(scalar(source, _COUNT_SQL, params))
