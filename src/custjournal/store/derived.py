"""Columns of `customer` worked out from the entries, kept by triggers: installed, checked, rebuilt.

Migration 0004 added the columns; this module owns what keeps them:

- `last_touch_on`: the day of the latest conversation, gift or invitation (read through
  `queries.LAST_TOUCH_SQL` instead of three index seeks per customer);
- `purchase_days`, `last_purchase_on`, `purchase_gap_median`: how many distinct days the
  customer bought on, the last of them, and the median gap in days between consecutive ones
  (NULL with fewer than two days), the rhythm `domain/reminders.rhythm_stopped` decides from
  (read by `store/due.py` instead of every purchase date).

Triggers on the entry tables keep them, so every writer (the app, the command line, an undo, a
restore) keeps them right without knowing about them. They cover entries of any date; a reader
asking "as of" a day before a customer's latest entry works that customer out from the entries.
None of the columns is in `models.Customer`: no program writes them, and exports leave them out.

- `install` (re)creates the triggers and works the values out again. `open_journal` runs it
  after every upgrade, with the triggers dropped while the migrations run (Alembic's batch mode
  copies tables: a trigger would break the copy or vanish with it).
- `suspended` drops the triggers for a bulk insert (an import, the demo) and installs them
  after, for the customers written: a trigger recomputes a buyer's whole rhythm per purchase,
  which is quadratic for one customer's long history (3,000 purchases: 12.8 s).
- `out_of_step` is what `custjournal check` reports (values, or triggers missing or not this
  version's); `check --rebuild-index` repairs them with `install`.

A change to the triggers' SQL needs a new schema revision (an empty migration will do), so that
`open_journal` upgrades existing journals and installs the new triggers there.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Connection

COLUMNS = ("last_touch_on", "purchase_days", "last_purchase_on", "purchase_gap_median")

# (table, date column) of every entry that counts as a touch; queries.LAST_TOUCH_SQL agrees.
TOUCHES = (("conversation", "occurred_on"), ("gift", "given_on"), ("invitation", "invited_on"))

# (column, expression) for `UPDATE customer SET column = expression`: from the entries.
_LAST_TOUCH = (
    (
        "last_touch_on",
        "nullif(max({}), '')".format(
            ", ".join(
                f"coalesce((SELECT max({column}) FROM {table} WHERE customer_id = customer.id), '')"
                for table, column in TOUCHES
            )
        ),
    ),
)
# The median of the gaps between consecutive distinct days: the middle one, or the mean of the
# two middle ones (n counts the gaps in order, k is how many there are).
_RHYTHM = (
    (
        "purchase_days",
        "(SELECT count(DISTINCT purchased_on) FROM purchase WHERE customer_id = customer.id)",
    ),
    (
        "last_purchase_on",
        "(SELECT max(purchased_on) FROM purchase WHERE customer_id = customer.id)",
    ),
    (
        "purchase_gap_median",
        "(SELECT avg(gap) FROM ("
        " SELECT gap, row_number() OVER (ORDER BY gap) AS n, count(*) OVER () AS k FROM ("
        "  SELECT julianday(day) - julianday(lag(day) OVER (ORDER BY day)) AS gap"
        "  FROM (SELECT DISTINCT purchased_on AS day FROM purchase"
        "        WHERE customer_id = customer.id))"
        " WHERE gap IS NOT NULL)"
        " WHERE n IN ((k + 1) / 2, (k + 2) / 2))",
    ),
)


def _set(assignments: tuple[tuple[str, str], ...]) -> str:
    return ", ".join(f"{column} = {expression}" for column, expression in assignments)


def _triggers() -> dict[str, str]:
    """Name -> CREATE TRIGGER statement, for every trigger that keeps the columns."""
    last_touch, rhythm = _set(_LAST_TOUCH), _set(_RHYTHM)
    triggers = {}
    for table, column in TOUCHES:
        # A new touch can only move the day later.
        triggers[f"tr_{table}_touch_insert"] = (
            f"AFTER INSERT ON {table} BEGIN UPDATE customer SET last_touch_on = NEW.{column} "
            f"WHERE id = NEW.customer_id "
            f"AND (last_touch_on IS NULL OR last_touch_on < NEW.{column}); END"
        )
        # Removing the latest touch: work it out again (three index seeks).
        triggers[f"tr_{table}_touch_delete"] = (
            f"AFTER DELETE ON {table} BEGIN UPDATE customer SET {last_touch} "
            f"WHERE id = OLD.customer_id AND last_touch_on = OLD.{column}; END"
        )
        # A changed date or a touch moved to another customer: both customers again.
        triggers[f"tr_{table}_touch_update"] = (
            f"AFTER UPDATE OF {column}, customer_id ON {table} BEGIN "
            f"UPDATE customer SET {last_touch} WHERE id IN (OLD.customer_id, NEW.customer_id); END"
        )
    # Any change to a customer's purchase days: that customer's rhythm again (a few rows).
    for event, which in (("INSERT", "NEW.customer_id"), ("DELETE", "OLD.customer_id")):
        triggers[f"tr_purchase_rhythm_{event.lower()}"] = (
            f"AFTER {event} ON purchase BEGIN UPDATE customer SET {rhythm} WHERE id = {which}; END"
        )
    triggers["tr_purchase_rhythm_update"] = (
        "AFTER UPDATE OF purchased_on, customer_id ON purchase BEGIN "
        f"UPDATE customer SET {rhythm} WHERE id IN (OLD.customer_id, NEW.customer_id); END"
    )
    return {name: f"CREATE TRIGGER {name} {body}" for name, body in triggers.items()}


TRIGGERS = _triggers()


def drop_triggers(conn: Connection) -> None:
    for name in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def install(conn: Connection, customer_ids: Iterable[int] | None = None) -> None:
    """(Re)create the triggers and work the values out again from the entries: for every
    customer, or only for *customer_ids*. Inside the caller's write transaction."""
    drop_triggers(conn)
    for ddl in TRIGGERS.values():
        conn.exec_driver_sql(ddl)
    update = f"UPDATE customer SET {_set(_LAST_TOUCH)}, {_set(_RHYTHM)}"
    if customer_ids is None:
        conn.exec_driver_sql(update)
        return
    ids = sorted(set(customer_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        conn.exec_driver_sql(f"{update} WHERE id IN ({','.join('?' * len(chunk))})", tuple(chunk))


@contextmanager
def suspended(conn: Connection, customer_ids: set[int] | None = None) -> Iterator[None]:
    """No trigger runs inside; after it, the triggers are back and the values of the customers
    in *customer_ids* (filled in by the caller as it writes; None: every customer) are worked
    out again. On an exception the caller's transaction rolls the drop back with the rest."""
    drop_triggers(conn)
    yield
    install(conn, customer_ids)


def out_of_step(con: sqlite3.Connection) -> list[str]:
    """What differs from the entries, in sentences (none for a journal older than 0004)."""
    present = {row[1] for row in con.execute("PRAGMA table_info(customer)")}
    if not set(COLUMNS) <= present:
        return []
    problems = []
    found = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    missing = [name for name in TRIGGERS if name not in found]
    if missing:
        problems.append(
            f"{len(missing)} of the {len(TRIGGERS)} triggers that keep the last-contact days "
            "and purchase rhythms are missing"
        )
    # SQLite keeps a trigger's text as it was given: another text is another version's.
    stale = [name for name in TRIGGERS if name in found and found[name] != TRIGGERS[name]]
    if stale:
        problems.append(
            f"{len(stale)} of the triggers that keep the last-contact days and purchase "
            "rhythms are not this version's"
        )
    for what, assignments in (
        ("last-contact day", _LAST_TOUCH),
        ("purchase rhythm", _RHYTHM),
    ):
        differs = " OR ".join(f"{column} IS NOT ({expr})" for column, expr in assignments)
        count = con.execute(f"SELECT count(*) FROM customer WHERE {differs}").fetchone()[0]
        if count == 1:
            problems.append(f"the {what} of 1 customer is out of step")
        elif count:
            problems.append(f"the {what}s of {count} customers are out of step")
    return problems
