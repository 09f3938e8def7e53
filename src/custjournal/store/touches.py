"""`customer.last_touch_on`, the day of each customer's latest touch: checked and rebuilt here.

Triggers keep it (migration 0004 has them and says why it exists); `queries.LAST_TOUCH_SQL`
reads it. Like the search index it is derived from the data, so `custjournal check` reports a
column out of step with the entries, and the same repair (`check --rebuild-index`, or a restore
of a backup that needs it) works it out again from the entries.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.engine import Connection

# The latest conversation, gift or invitation of customer.id, or NULL (as in migration 0004).
LATEST = (
    "nullif(max("
    "coalesce((SELECT max(occurred_on) FROM conversation WHERE customer_id = customer.id), ''), "
    "coalesce((SELECT max(given_on) FROM gift WHERE customer_id = customer.id), ''), "
    "coalesce((SELECT max(invited_on) FROM invitation WHERE customer_id = customer.id), '')), '')"
)


def _has_column(con: sqlite3.Connection) -> bool:
    return any(row[1] == "last_touch_on" for row in con.execute("PRAGMA table_info(customer)"))


def out_of_step(con: sqlite3.Connection) -> int:
    """How many customers' stored last touch differs from their entries (0 before 0004)."""
    if not _has_column(con):
        return 0
    return con.execute(
        f"SELECT count(*) FROM customer WHERE last_touch_on IS NOT {LATEST}"
    ).fetchone()[0]


def rebuild(conn: Connection) -> None:
    """Work every customer's last touch out again from the entries (inside the caller's write)."""
    conn.exec_driver_sql(f"UPDATE customer SET last_touch_on = {LATEST}")
