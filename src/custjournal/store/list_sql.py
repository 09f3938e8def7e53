"""The customer list's SQL text (`LIST_SQL`), in a module of its own so that what reads it
(store/queries.py, store/due.py, store/due_count.py, store/insights.py) can import it without
the domain code around them: `custjournal due --count` loads nothing but this and sqlite3."""

from __future__ import annotations

# A customer's own columns, then the last touch on or before :today ('' if none), in one scan;
# the due list and the due count read the same rows. customer.last_touch_on is the latest touch
# of any day, kept by triggers (migration 0004); only when that day is after :today (entries
# logged ahead, or a list "as of" an earlier day) is the touch looked up again, one seek in each
# (customer_id, date) index. ISO dates compare correctly as text. The CASTs change nothing on
# SQLite (dates are text there) and give a team journal (PostgreSQL, whose dates are dates) one
# type for every branch.
LIST_SQL = """
    SELECT c.id, c.name, c.company, c.role, c.email, c.phone, c.stage, c.tier_pin, c.archived,
           substr(c.created_at, 1, 10) AS added_on, c.cadence_days,
        CASE WHEN c.last_touch_on IS NULL THEN ''
             WHEN c.last_touch_on <= :today THEN CAST(c.last_touch_on AS TEXT)
             ELSE max(coalesce(CAST((SELECT max(occurred_on) FROM conversation
                                 WHERE customer_id = c.id AND occurred_on <= :today) AS TEXT), ''),
                      coalesce(CAST((SELECT max(given_on) FROM gift
                                 WHERE customer_id = c.id AND given_on <= :today) AS TEXT), ''),
                      coalesce(CAST((SELECT max(invited_on) FROM invitation
                                 WHERE customer_id = c.id AND invited_on <= :today) AS TEXT), ''))
        END AS last_touch
    FROM customer c
"""

# The same rows without the contact columns (role, email, phone read as NULL): for a caller
# that shows none (`list` on a terminal), 30,000 values fewer to read at 10,000 customers.
LIST_SQL_NO_CONTACT = LIST_SQL.replace("c.role, c.email, c.phone,", "NULL, NULL, NULL,", 1)
