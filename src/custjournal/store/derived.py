"""Columns of `customer` worked out from the entries, kept by triggers: installed, checked, rebuilt.

Migration 0004 added the columns; this module owns what keeps them:

- `last_touch_on`: the day of the latest conversation, gift or invitation (read through
  `queries.LIST_SQL` instead of three index seeks per customer);
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

Every statement is written out whole below (no SQL is put together at run time), so the
expressions that work a customer's values out from the entries repeat in each. SQLite keeps a trigger's text as given and `out_of_step` compares it, so the text is the version.
A change to the triggers' SQL needs a new schema revision (an empty migration will do), so that
`open_journal` upgrades existing journals and installs the new triggers there.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Connection

from custjournal.store import backend, health_kept, insights_kept

COLUMNS = ("last_touch_on", "purchase_days", "last_purchase_on", "purchase_gap_median")

# Every entry that counts as a touch, (table, date column): conversation.occurred_on,
# gift.given_on and invitation.invited_on; queries.LIST_SQL agrees. last_touch_on is the
# latest of them. The purchase rhythm: purchase_days counts the distinct purchase days,
# last_purchase_on is the latest, purchase_gap_median the median of the gaps between consecutive
# distinct days (the middle one, or the mean of the two middle ones; n counts the gaps in order,
# k is how many there are).
#
# Per touch table: an insert can only move the day later; a delete of the latest touch works it
# out again (three index seeks); a changed date or customer works both customers out again. Any
# change to a customer's purchase days works that customer's rhythm out again (a few rows).
TRIGGERS: dict[str, str] = {
    "tr_conversation_touch_insert": (
        "CREATE TRIGGER tr_conversation_touch_insert AFTER INSERT ON conversation BEGIN "
        "UPDATE customer SET last_touch_on = NEW.occurred_on WHERE id = NEW.customer_id "
        "AND (last_touch_on IS NULL OR last_touch_on < NEW.occurred_on); END"
    ),
    "tr_conversation_touch_delete": (
        "CREATE TRIGGER tr_conversation_touch_delete AFTER DELETE ON conversation BEGIN "
        "UPDATE customer SET last_touch_on = nullif(max(coalesce((SELECT max(occurred_on) "
        "FROM conversation WHERE customer_id = customer.id), ''), coalesce((SELECT "
        "max(given_on) FROM gift WHERE customer_id = customer.id), ''), coalesce((SELECT "
        "max(invited_on) FROM invitation WHERE customer_id = customer.id), '')), '') WHERE "
        "id = OLD.customer_id AND last_touch_on = OLD.occurred_on; END"
    ),
    "tr_conversation_touch_update": (
        "CREATE TRIGGER tr_conversation_touch_update AFTER UPDATE OF occurred_on, "
        "customer_id ON conversation BEGIN UPDATE customer SET last_touch_on = "
        "nullif(max(coalesce((SELECT max(occurred_on) FROM conversation WHERE customer_id "
        "= customer.id), ''), coalesce((SELECT max(given_on) FROM gift WHERE customer_id = "
        "customer.id), ''), coalesce((SELECT max(invited_on) FROM invitation WHERE "
        "customer_id = customer.id), '')), '') WHERE id IN (OLD.customer_id, "
        "NEW.customer_id); END"
    ),
    "tr_gift_touch_insert": (
        "CREATE TRIGGER tr_gift_touch_insert AFTER INSERT ON gift BEGIN UPDATE customer "
        "SET last_touch_on = NEW.given_on WHERE id = NEW.customer_id AND (last_touch_on IS "
        "NULL OR last_touch_on < NEW.given_on); END"
    ),
    "tr_gift_touch_delete": (
        "CREATE TRIGGER tr_gift_touch_delete AFTER DELETE ON gift BEGIN UPDATE customer "
        "SET last_touch_on = nullif(max(coalesce((SELECT max(occurred_on) FROM "
        "conversation WHERE customer_id = customer.id), ''), coalesce((SELECT "
        "max(given_on) FROM gift WHERE customer_id = customer.id), ''), coalesce((SELECT "
        "max(invited_on) FROM invitation WHERE customer_id = customer.id), '')), '') WHERE "
        "id = OLD.customer_id AND last_touch_on = OLD.given_on; END"
    ),
    "tr_gift_touch_update": (
        "CREATE TRIGGER tr_gift_touch_update AFTER UPDATE OF given_on, customer_id ON gift "
        "BEGIN UPDATE customer SET last_touch_on = nullif(max(coalesce((SELECT "
        "max(occurred_on) FROM conversation WHERE customer_id = customer.id), ''), "
        "coalesce((SELECT max(given_on) FROM gift WHERE customer_id = customer.id), ''), "
        "coalesce((SELECT max(invited_on) FROM invitation WHERE customer_id = "
        "customer.id), '')), '') WHERE id IN (OLD.customer_id, NEW.customer_id); END"
    ),
    "tr_invitation_touch_insert": (
        "CREATE TRIGGER tr_invitation_touch_insert AFTER INSERT ON invitation BEGIN UPDATE "
        "customer SET last_touch_on = NEW.invited_on WHERE id = NEW.customer_id AND "
        "(last_touch_on IS NULL OR last_touch_on < NEW.invited_on); END"
    ),
    "tr_invitation_touch_delete": (
        "CREATE TRIGGER tr_invitation_touch_delete AFTER DELETE ON invitation BEGIN UPDATE "
        "customer SET last_touch_on = nullif(max(coalesce((SELECT max(occurred_on) FROM "
        "conversation WHERE customer_id = customer.id), ''), coalesce((SELECT "
        "max(given_on) FROM gift WHERE customer_id = customer.id), ''), coalesce((SELECT "
        "max(invited_on) FROM invitation WHERE customer_id = customer.id), '')), '') WHERE "
        "id = OLD.customer_id AND last_touch_on = OLD.invited_on; END"
    ),
    "tr_invitation_touch_update": (
        "CREATE TRIGGER tr_invitation_touch_update AFTER UPDATE OF invited_on, customer_id "
        "ON invitation BEGIN UPDATE customer SET last_touch_on = "
        "nullif(max(coalesce((SELECT max(occurred_on) FROM conversation WHERE customer_id "
        "= customer.id), ''), coalesce((SELECT max(given_on) FROM gift WHERE customer_id = "
        "customer.id), ''), coalesce((SELECT max(invited_on) FROM invitation WHERE "
        "customer_id = customer.id), '')), '') WHERE id IN (OLD.customer_id, "
        "NEW.customer_id); END"
    ),
    "tr_purchase_rhythm_insert": (
        "CREATE TRIGGER tr_purchase_rhythm_insert AFTER INSERT ON purchase BEGIN UPDATE "
        "customer SET purchase_days = (SELECT count(DISTINCT purchased_on) FROM purchase "
        "WHERE customer_id = customer.id), last_purchase_on = (SELECT max(purchased_on) "
        "FROM purchase WHERE customer_id = customer.id), purchase_gap_median = (SELECT "
        "avg(gap) FROM ( SELECT gap, row_number() OVER (ORDER BY gap) AS n, count(*) OVER "
        "() AS k FROM (  SELECT julianday(day) - julianday(lag(day) OVER (ORDER BY day)) "
        "AS gap  FROM (SELECT DISTINCT purchased_on AS day FROM purchase        WHERE "
        "customer_id = customer.id)) WHERE gap IS NOT NULL) WHERE n IN ((k + 1) / 2, (k + "
        "2) / 2)) WHERE id = NEW.customer_id; END"
    ),
    "tr_purchase_rhythm_delete": (
        "CREATE TRIGGER tr_purchase_rhythm_delete AFTER DELETE ON purchase BEGIN UPDATE "
        "customer SET purchase_days = (SELECT count(DISTINCT purchased_on) FROM purchase "
        "WHERE customer_id = customer.id), last_purchase_on = (SELECT max(purchased_on) "
        "FROM purchase WHERE customer_id = customer.id), purchase_gap_median = (SELECT "
        "avg(gap) FROM ( SELECT gap, row_number() OVER (ORDER BY gap) AS n, count(*) OVER "
        "() AS k FROM (  SELECT julianday(day) - julianday(lag(day) OVER (ORDER BY day)) "
        "AS gap  FROM (SELECT DISTINCT purchased_on AS day FROM purchase        WHERE "
        "customer_id = customer.id)) WHERE gap IS NOT NULL) WHERE n IN ((k + 1) / 2, (k + "
        "2) / 2)) WHERE id = OLD.customer_id; END"
    ),
    "tr_purchase_rhythm_update": (
        "CREATE TRIGGER tr_purchase_rhythm_update AFTER UPDATE OF purchased_on, "
        "customer_id ON purchase BEGIN UPDATE customer SET purchase_days = (SELECT "
        "count(DISTINCT purchased_on) FROM purchase WHERE customer_id = customer.id), "
        "last_purchase_on = (SELECT max(purchased_on) FROM purchase WHERE customer_id = "
        "customer.id), purchase_gap_median = (SELECT avg(gap) FROM ( SELECT gap, "
        "row_number() OVER (ORDER BY gap) AS n, count(*) OVER () AS k FROM (  SELECT "
        "julianday(day) - julianday(lag(day) OVER (ORDER BY day)) AS gap  FROM (SELECT "
        "DISTINCT purchased_on AS day FROM purchase        WHERE customer_id = "
        "customer.id)) WHERE gap IS NOT NULL) WHERE n IN ((k + 1) / 2, (k + 2) / 2)) WHERE "
        "id IN (OLD.customer_id, NEW.customer_id); END"
    ),
}

# Every trigger's DROP, as complete statements.
_DROPS: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS tr_conversation_touch_insert",
    "DROP TRIGGER IF EXISTS tr_conversation_touch_delete",
    "DROP TRIGGER IF EXISTS tr_conversation_touch_update",
    "DROP TRIGGER IF EXISTS tr_gift_touch_insert",
    "DROP TRIGGER IF EXISTS tr_gift_touch_delete",
    "DROP TRIGGER IF EXISTS tr_gift_touch_update",
    "DROP TRIGGER IF EXISTS tr_invitation_touch_insert",
    "DROP TRIGGER IF EXISTS tr_invitation_touch_delete",
    "DROP TRIGGER IF EXISTS tr_invitation_touch_update",
    "DROP TRIGGER IF EXISTS tr_purchase_rhythm_insert",
    "DROP TRIGGER IF EXISTS tr_purchase_rhythm_delete",
    "DROP TRIGGER IF EXISTS tr_purchase_rhythm_update",
)

# Every customer's values worked out again from the entries.
_UPDATE_ALL = (
    "UPDATE customer SET last_touch_on = nullif(max(coalesce((SELECT max(occurred_on) FROM "
    "conversation WHERE customer_id = customer.id), ''), coalesce((SELECT max(given_on) "
    "FROM gift WHERE customer_id = customer.id), ''), coalesce((SELECT max(invited_on) "
    "FROM invitation WHERE customer_id = customer.id), '')), ''), purchase_days = (SELECT "
    "count(DISTINCT purchased_on) FROM purchase WHERE customer_id = customer.id), "
    "last_purchase_on = (SELECT max(purchased_on) FROM purchase WHERE customer_id = "
    "customer.id), purchase_gap_median = (SELECT avg(gap) FROM ( SELECT gap, row_number() "
    "OVER (ORDER BY gap) AS n, count(*) OVER () AS k FROM (  SELECT julianday(day) - "
    "julianday(lag(day) OVER (ORDER BY day)) AS gap  FROM (SELECT DISTINCT purchased_on AS "
    "day FROM purchase        WHERE customer_id = customer.id)) WHERE gap IS NOT NULL) "
    "WHERE n IN ((k + 1) / 2, (k + 2) / 2))"
)
# One customer's, by id.
_UPDATE_ONE = (
    "UPDATE customer SET last_touch_on = nullif(max(coalesce((SELECT max(occurred_on) FROM "
    "conversation WHERE customer_id = customer.id), ''), coalesce((SELECT max(given_on) "
    "FROM gift WHERE customer_id = customer.id), ''), coalesce((SELECT max(invited_on) "
    "FROM invitation WHERE customer_id = customer.id), '')), ''), purchase_days = (SELECT "
    "count(DISTINCT purchased_on) FROM purchase WHERE customer_id = customer.id), "
    "last_purchase_on = (SELECT max(purchased_on) FROM purchase WHERE customer_id = "
    "customer.id), purchase_gap_median = (SELECT avg(gap) FROM ( SELECT gap, row_number() "
    "OVER (ORDER BY gap) AS n, count(*) OVER () AS k FROM (  SELECT julianday(day) - "
    "julianday(lag(day) OVER (ORDER BY day)) AS gap  FROM (SELECT DISTINCT purchased_on AS "
    "day FROM purchase        WHERE customer_id = customer.id)) WHERE gap IS NOT NULL) "
    "WHERE n IN ((k + 1) / 2, (k + 2) / 2)) WHERE id = ?"
)
_COUNT_LAST_TOUCH_OUT = (
    "SELECT count(*) FROM customer WHERE last_touch_on IS NOT (nullif(max(coalesce((SELECT "
    "max(occurred_on) FROM conversation WHERE customer_id = customer.id), ''), "
    "coalesce((SELECT max(given_on) FROM gift WHERE customer_id = customer.id), ''), "
    "coalesce((SELECT max(invited_on) FROM invitation WHERE customer_id = customer.id), "
    "'')), ''))"
)
_COUNT_RHYTHM_OUT = (
    "SELECT count(*) FROM customer WHERE purchase_days IS NOT ((SELECT count(DISTINCT "
    "purchased_on) FROM purchase WHERE customer_id = customer.id)) OR last_purchase_on IS "
    "NOT ((SELECT max(purchased_on) FROM purchase WHERE customer_id = customer.id)) OR "
    "purchase_gap_median IS NOT ((SELECT avg(gap) FROM ( SELECT gap, row_number() OVER "
    "(ORDER BY gap) AS n, count(*) OVER () AS k FROM (  SELECT julianday(day) - "
    "julianday(lag(day) OVER (ORDER BY day)) AS gap  FROM (SELECT DISTINCT purchased_on AS "
    "day FROM purchase        WHERE customer_id = customer.id)) WHERE gap IS NOT NULL) "
    "WHERE n IN ((k + 1) / 2, (k + 2) / 2)))"
)


def drop_triggers(conn: Connection) -> None:
    """Drop the triggers (before migrations), the kept Insights pages' counting ones
    (store/insights_kept.py) too: `install` puts both back."""
    _drop(conn)
    insights_kept.drop_triggers(conn)


def _drop(conn: Connection) -> None:
    for drop in backend.DROPS_PG if backend.is_postgresql(conn) else _DROPS:
        conn.exec_driver_sql(drop)


def install(conn: Connection, customer_ids: Iterable[int] | None = None) -> None:
    """(Re)create the triggers and work the values out again from the entries: for every
    customer, or only for *customer_ids*. Inside the caller's write transaction. The kept
    Insights pages' triggers too (store/insights_kept.py): what ran without them counts as a
    change."""
    _install(conn, customer_ids)
    insights_kept.install(conn)


def _install(conn: Connection, customer_ids: Iterable[int] | None) -> None:
    _drop(conn)
    # Kept health (store/health_kept.py): its triggers, and after a full install (an upgrade, a
    # restore, a rebuild) no row judged by another version.
    health_kept.install(conn, forget=customer_ids is None)
    if backend.is_postgresql(conn):
        _install_pg(conn, customer_ids)
        return
    for ddl in TRIGGERS.values():
        conn.exec_driver_sql(ddl)
    if customer_ids is None:
        conn.exec_driver_sql(_UPDATE_ALL)
        return
    ids = sorted(set(customer_ids))
    if ids:  # one statement run per customer (executemany)
        conn.exec_driver_sql(_UPDATE_ONE, [(i,) for i in ids])


def _install_pg(conn: Connection, customer_ids: Iterable[int] | None) -> None:
    """install() on a team journal: store/backend.py's function and triggers."""
    for ddl in (*backend.COMPAT_PG, *backend.TRIGGERS_PG.values()):
        conn.exec_driver_sql(ddl)
    if customer_ids is None:
        conn.exec_driver_sql(backend.UPDATE_ALL_PG)
        return
    ids = sorted(set(customer_ids))
    if ids:
        conn.exec_driver_sql(backend.UPDATE_ONE_PG, [(i,) for i in ids])


@contextmanager
def suspended(conn: Connection, customer_ids: set[int] | None = None) -> Iterator[None]:
    """No trigger runs inside; after it, the triggers are back and the values of the customers
    in *customer_ids* (filled in by the caller as it writes; None: every customer) are worked
    out again. On an exception the caller's transaction rolls the drop back with the rest.
    The kept Insights pages' counting triggers stay on (half a microsecond per row): they
    count what is written. On a team database a colleague who does not own the tables may not
    drop their triggers: for them the triggers stay on and work each customer out per row."""
    if backend.is_postgresql(conn) and not _owns_tables(conn):
        yield
        return
    _drop(conn)
    yield
    _install(conn, customer_ids)


def _owns_tables(conn: Connection) -> bool:
    """Whether the role of this team-database connection owns the journal's tables (or is a
    member of the owning role): only the owner may drop and create their triggers."""
    owns = conn.exec_driver_sql(
        "SELECT pg_has_role(current_user, relowner, 'USAGE') FROM pg_class "
        "WHERE oid = to_regclass('customer')"
    ).scalar()
    return bool(owns)


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
    problems += health_kept.out_of_step(con)
    problems += insights_kept.out_of_step(con)
    for what, count_sql in (
        ("last-contact day", _COUNT_LAST_TOUCH_OUT),
        ("purchase rhythm", _COUNT_RHYTHM_OUT),
    ):
        count = con.execute(count_sql).fetchone()[0]
        if count == 1:
            problems.append(f"the {what} of 1 customer is out of step")
        elif count:
            problems.append(f"the {what}s of {count} customers are out of step")
    return problems
