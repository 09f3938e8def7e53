"""Kept health: every customer's scores and the facts behind them for a day, valid until an entry
of that customer changes (`docs/health.md`, "Kept health").

Working out every customer's health costs about a second at 10,000 customers (the entries read
and grouped, then the rules); most of it would be the same as yesterday's, and the same again on
every open of the list. So whoever works it out keeps the result here, one row per customer and
day: the four scores (`domain/health.scores`) and the `HealthFacts` the rules read, as JSON. The
sentences (reasons, next step) are not kept: they are worked out from the kept facts when shown
(store/health.py), in the app's language then.

- Valid until an entry changes: triggers on each entry table the rules read delete that
  customer's rows (both customers' when an entry moves between them, as a merge does); a
  purchase, a tier pin or a setting (the cadences, the currency) deletes every row, since tiers
  rank customers against each other. A change of day needs no trigger: rows are read by day;
  a new day's are carried from the nearest day kept (store/health.py, `_carry`: a customer's
  row still there means none of their entries changed since it was worked out).
- Which days stay: keeping a day's rows drops those of other days but the day before and the
  day after it and their 90-day partners (the Insights page reads a day and 90 days before).
  So the app can work tomorrow's rows out today, ahead of the day's change (gui/main_window.py
  `work_out_ahead`), without dropping today's, and today's kept again after a change leave
  tomorrow's; what a change touches is deleted on every day alike.
- Not a table of `models.py`: no program writes it but this module, exports and copies leave it
  out, and the undo log does not record it (an undo's rows fire the triggers like any write).
- Keeping is never an error: a read-only journal, a team role without write rights, a journal
  another program is writing to, all answer with what was worked out, and keep nothing.
- A kept row is only written from the snapshot it was worked out on: on a journal file, by
  upgrading the read transaction itself (SQLite refuses when anyone wrote since it began); on a
  team database, only when no transaction wrote since (the server's transaction ids say so).
- `install` (re)creates the triggers (SQLite's and PostgreSQL's twins) on the table migration
  0011 made; store/derived.py's `install` calls it, so every upgrade, restore, new team database and
  `check --rebuild-index` puts them back; an upgrade or rebuild also forgets every kept row
  (a new version may judge differently). `KEPT_VERSION` is in each row for the same reason:
  raise it when the rules or `HealthFacts` change meaning.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Iterable
from typing import Any

from custjournal.domain import health as rules
from custjournal.store import keeping

log = logging.getLogger(__name__)

KEPT_VERSION = 1

# The Insights page asks for today and 90 days before (store/insights.py, RECENT_DAYS): rows of
# those partner days are kept beside a day's own; any other day's are dropped when a day is kept.
PARTNER_DAYS = 90
_PARTNERS = dt.timedelta(days=PARTNER_DAYS)
_ONE_DAY = dt.timedelta(days=1)

# The table: migration 0011 (store/migrations/versions/0011_health_kept.py).

# The entry tables whose rows the rules read, each by its customer_id.
ENTRY_TABLES = ("conversation", "gift", "invitation", "fact", "promise", "delight", "pain_point")
# Tables any change of which can change every customer's health: tiers rank buyers against each
# other (purchases), cadences and the currency are settings.
EVERYONE_TABLES = ("purchase", "setting")

# Per entry table: the customer's rows on insert and delete, both customers' on an update (a
# merge moves entries). On a purchase or a setting: every row. On the customer's own columns the
# rules read (stage, own cadence, the day added; not the last-touch and purchase columns
# store/derived.py keeps, whose entries' triggers cover them): that customer's; on a tier pin:
# every row. Written out whole (tests/test_sql_text.py); `out_of_step` compares their text.
TRIGGERS: dict[str, str] = {
    "tr_health_kept_conversation_insert": (
        "CREATE TRIGGER tr_health_kept_conversation_insert AFTER INSERT ON conversation "
        "BEGIN DELETE FROM health_kept WHERE customer_id = NEW.customer_id; END"
    ),
    "tr_health_kept_conversation_update": (
        "CREATE TRIGGER tr_health_kept_conversation_update AFTER UPDATE ON conversation "
        "BEGIN DELETE FROM health_kept WHERE customer_id IN (OLD.customer_id, "
        "NEW.customer_id); END"
    ),
    "tr_health_kept_conversation_delete": (
        "CREATE TRIGGER tr_health_kept_conversation_delete AFTER DELETE ON conversation "
        "BEGIN DELETE FROM health_kept WHERE customer_id = OLD.customer_id; END"
    ),
    "tr_health_kept_gift_insert": (
        "CREATE TRIGGER tr_health_kept_gift_insert AFTER INSERT ON gift BEGIN DELETE "
        "FROM health_kept WHERE customer_id = NEW.customer_id; END"
    ),
    "tr_health_kept_gift_update": (
        "CREATE TRIGGER tr_health_kept_gift_update AFTER UPDATE ON gift BEGIN DELETE "
        "FROM health_kept WHERE customer_id IN (OLD.customer_id, NEW.customer_id); END"
    ),
    "tr_health_kept_gift_delete": (
        "CREATE TRIGGER tr_health_kept_gift_delete AFTER DELETE ON gift BEGIN DELETE "
        "FROM health_kept WHERE customer_id = OLD.customer_id; END"
    ),
    "tr_health_kept_invitation_insert": (
        "CREATE TRIGGER tr_health_kept_invitation_insert AFTER INSERT ON invitation "
        "BEGIN DELETE FROM health_kept WHERE customer_id = NEW.customer_id; END"
    ),
    "tr_health_kept_invitation_update": (
        "CREATE TRIGGER tr_health_kept_invitation_update AFTER UPDATE ON invitation "
        "BEGIN DELETE FROM health_kept WHERE customer_id IN (OLD.customer_id, "
        "NEW.customer_id); END"
    ),
    "tr_health_kept_invitation_delete": (
        "CREATE TRIGGER tr_health_kept_invitation_delete AFTER DELETE ON invitation "
        "BEGIN DELETE FROM health_kept WHERE customer_id = OLD.customer_id; END"
    ),
    "tr_health_kept_fact_insert": (
        "CREATE TRIGGER tr_health_kept_fact_insert AFTER INSERT ON fact BEGIN DELETE "
        "FROM health_kept WHERE customer_id = NEW.customer_id; END"
    ),
    "tr_health_kept_fact_update": (
        "CREATE TRIGGER tr_health_kept_fact_update AFTER UPDATE ON fact BEGIN DELETE "
        "FROM health_kept WHERE customer_id IN (OLD.customer_id, NEW.customer_id); END"
    ),
    "tr_health_kept_fact_delete": (
        "CREATE TRIGGER tr_health_kept_fact_delete AFTER DELETE ON fact BEGIN DELETE "
        "FROM health_kept WHERE customer_id = OLD.customer_id; END"
    ),
    "tr_health_kept_promise_insert": (
        "CREATE TRIGGER tr_health_kept_promise_insert AFTER INSERT ON promise BEGIN "
        "DELETE FROM health_kept WHERE customer_id = NEW.customer_id; END"
    ),
    "tr_health_kept_promise_update": (
        "CREATE TRIGGER tr_health_kept_promise_update AFTER UPDATE ON promise BEGIN "
        "DELETE FROM health_kept WHERE customer_id IN (OLD.customer_id, "
        "NEW.customer_id); END"
    ),
    "tr_health_kept_promise_delete": (
        "CREATE TRIGGER tr_health_kept_promise_delete AFTER DELETE ON promise BEGIN "
        "DELETE FROM health_kept WHERE customer_id = OLD.customer_id; END"
    ),
    "tr_health_kept_delight_insert": (
        "CREATE TRIGGER tr_health_kept_delight_insert AFTER INSERT ON delight BEGIN "
        "DELETE FROM health_kept WHERE customer_id = NEW.customer_id; END"
    ),
    "tr_health_kept_delight_update": (
        "CREATE TRIGGER tr_health_kept_delight_update AFTER UPDATE ON delight BEGIN "
        "DELETE FROM health_kept WHERE customer_id IN (OLD.customer_id, "
        "NEW.customer_id); END"
    ),
    "tr_health_kept_delight_delete": (
        "CREATE TRIGGER tr_health_kept_delight_delete AFTER DELETE ON delight BEGIN "
        "DELETE FROM health_kept WHERE customer_id = OLD.customer_id; END"
    ),
    "tr_health_kept_pain_point_insert": (
        "CREATE TRIGGER tr_health_kept_pain_point_insert AFTER INSERT ON pain_point "
        "BEGIN DELETE FROM health_kept WHERE customer_id = NEW.customer_id; END"
    ),
    "tr_health_kept_pain_point_update": (
        "CREATE TRIGGER tr_health_kept_pain_point_update AFTER UPDATE ON pain_point "
        "BEGIN DELETE FROM health_kept WHERE customer_id IN (OLD.customer_id, "
        "NEW.customer_id); END"
    ),
    "tr_health_kept_pain_point_delete": (
        "CREATE TRIGGER tr_health_kept_pain_point_delete AFTER DELETE ON pain_point "
        "BEGIN DELETE FROM health_kept WHERE customer_id = OLD.customer_id; END"
    ),
    "tr_health_kept_purchase_insert": (
        "CREATE TRIGGER tr_health_kept_purchase_insert AFTER INSERT ON purchase BEGIN "
        "DELETE FROM health_kept; END"
    ),
    "tr_health_kept_purchase_update": (
        "CREATE TRIGGER tr_health_kept_purchase_update AFTER UPDATE ON purchase BEGIN "
        "DELETE FROM health_kept; END"
    ),
    "tr_health_kept_purchase_delete": (
        "CREATE TRIGGER tr_health_kept_purchase_delete AFTER DELETE ON purchase BEGIN "
        "DELETE FROM health_kept; END"
    ),
    "tr_health_kept_setting_insert": (
        "CREATE TRIGGER tr_health_kept_setting_insert AFTER INSERT ON setting BEGIN "
        "DELETE FROM health_kept; END"
    ),
    "tr_health_kept_setting_update": (
        "CREATE TRIGGER tr_health_kept_setting_update AFTER UPDATE ON setting BEGIN "
        "DELETE FROM health_kept; END"
    ),
    "tr_health_kept_setting_delete": (
        "CREATE TRIGGER tr_health_kept_setting_delete AFTER DELETE ON setting BEGIN "
        "DELETE FROM health_kept; END"
    ),
    "tr_health_kept_customer_update": (
        "CREATE TRIGGER tr_health_kept_customer_update AFTER UPDATE OF id, stage, "
        "cadence_days, created_at ON customer BEGIN DELETE FROM health_kept WHERE "
        "customer_id IN (OLD.id, NEW.id); END"
    ),
    "tr_health_kept_customer_pin": (
        "CREATE TRIGGER tr_health_kept_customer_pin AFTER UPDATE OF tier_pin ON "
        "customer BEGIN DELETE FROM health_kept; END"
    ),
    "tr_health_kept_customer_delete": (
        "CREATE TRIGGER tr_health_kept_customer_delete AFTER DELETE ON customer BEGIN "
        "DELETE FROM health_kept WHERE customer_id = OLD.id; END"
    ),
}

# PostgreSQL: three functions, and the same triggers calling them (row triggers for one
# customer, statement triggers for everyone). The functions run with their owner's rights
# (SECURITY DEFINER): a role that may write entries but was never given rights on
# `health_kept` still forgets its rows.
FUNCTIONS_PG = (
    "CREATE OR REPLACE FUNCTION cj_health_kept_forget() RETURNS trigger AS $$ BEGIN "
    "IF TG_OP <> 'INSERT' THEN DELETE FROM health_kept WHERE customer_id = "
    "OLD.customer_id; END IF; "
    "IF TG_OP <> 'DELETE' THEN DELETE FROM health_kept WHERE customer_id = "
    "NEW.customer_id; END IF; RETURN NULL; END $$ LANGUAGE plpgsql "
    "SECURITY DEFINER SET search_path FROM CURRENT",
    "CREATE OR REPLACE FUNCTION cj_health_kept_forget_customer() RETURNS trigger AS $$ BEGIN "
    "IF TG_OP <> 'INSERT' THEN DELETE FROM health_kept WHERE customer_id = OLD.id; END IF; "
    "IF TG_OP = 'UPDATE' THEN DELETE FROM health_kept WHERE customer_id = NEW.id; END IF; "
    "RETURN NULL; END $$ LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT",
    "CREATE OR REPLACE FUNCTION cj_health_kept_forget_all() RETURNS trigger AS $$ BEGIN "
    "DELETE FROM health_kept; RETURN NULL; END $$ LANGUAGE plpgsql "
    "SECURITY DEFINER SET search_path FROM CURRENT",
    # Whoever may add customers may keep health too: the rights on `customer` are given on
    # `health_kept` (a role given rights on every table before migration 0011 made this one
    # has none on it). Only the owner can; anyone else installing leaves the rights as they are.
    "DO $$ DECLARE r record; BEGIN "
    "FOR r IN SELECT DISTINCT grantee FROM information_schema.role_table_grants "
    "WHERE table_schema = current_schema() AND table_name = 'customer' "
    "AND privilege_type = 'INSERT' AND grantee <> current_user LOOP "
    "IF r.grantee = 'PUBLIC' THEN "
    "EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON health_kept TO PUBLIC'; "
    "ELSE EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON health_kept TO %I', "
    "r.grantee); END IF; END LOOP; "
    "EXCEPTION WHEN insufficient_privilege THEN NULL; END $$",
)
TRIGGERS_PG: dict[str, str] = {
    "tr_health_kept_conversation": (
        "CREATE TRIGGER tr_health_kept_conversation AFTER INSERT OR UPDATE OR DELETE ON "
        "conversation FOR EACH ROW EXECUTE FUNCTION cj_health_kept_forget()"
    ),
    "tr_health_kept_gift": (
        "CREATE TRIGGER tr_health_kept_gift AFTER INSERT OR UPDATE OR DELETE ON gift "
        "FOR EACH ROW EXECUTE FUNCTION cj_health_kept_forget()"
    ),
    "tr_health_kept_invitation": (
        "CREATE TRIGGER tr_health_kept_invitation AFTER INSERT OR UPDATE OR DELETE ON "
        "invitation FOR EACH ROW EXECUTE FUNCTION cj_health_kept_forget()"
    ),
    "tr_health_kept_fact": (
        "CREATE TRIGGER tr_health_kept_fact AFTER INSERT OR UPDATE OR DELETE ON fact "
        "FOR EACH ROW EXECUTE FUNCTION cj_health_kept_forget()"
    ),
    "tr_health_kept_promise": (
        "CREATE TRIGGER tr_health_kept_promise AFTER INSERT OR UPDATE OR DELETE ON "
        "promise FOR EACH ROW EXECUTE FUNCTION cj_health_kept_forget()"
    ),
    "tr_health_kept_delight": (
        "CREATE TRIGGER tr_health_kept_delight AFTER INSERT OR UPDATE OR DELETE ON "
        "delight FOR EACH ROW EXECUTE FUNCTION cj_health_kept_forget()"
    ),
    "tr_health_kept_pain_point": (
        "CREATE TRIGGER tr_health_kept_pain_point AFTER INSERT OR UPDATE OR DELETE ON "
        "pain_point FOR EACH ROW EXECUTE FUNCTION cj_health_kept_forget()"
    ),
    "tr_health_kept_purchase": (
        "CREATE TRIGGER tr_health_kept_purchase AFTER INSERT OR UPDATE OR DELETE OR "
        "TRUNCATE ON purchase FOR EACH STATEMENT EXECUTE FUNCTION "
        "cj_health_kept_forget_all()"
    ),
    "tr_health_kept_setting": (
        "CREATE TRIGGER tr_health_kept_setting AFTER INSERT OR UPDATE OR DELETE OR "
        "TRUNCATE ON setting FOR EACH STATEMENT EXECUTE FUNCTION "
        "cj_health_kept_forget_all()"
    ),
    "tr_health_kept_customer": (
        "CREATE TRIGGER tr_health_kept_customer AFTER UPDATE OF id, stage, "
        "cadence_days, created_at OR DELETE ON customer FOR EACH ROW EXECUTE FUNCTION "
        "cj_health_kept_forget_customer()"
    ),
    "tr_health_kept_customer_pin": (
        "CREATE TRIGGER tr_health_kept_customer_pin AFTER UPDATE OF tier_pin ON "
        "customer FOR EACH STATEMENT EXECUTE FUNCTION cj_health_kept_forget_all()"
    ),
}

_DROPS: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS tr_health_kept_conversation_insert",
    "DROP TRIGGER IF EXISTS tr_health_kept_conversation_update",
    "DROP TRIGGER IF EXISTS tr_health_kept_conversation_delete",
    "DROP TRIGGER IF EXISTS tr_health_kept_gift_insert",
    "DROP TRIGGER IF EXISTS tr_health_kept_gift_update",
    "DROP TRIGGER IF EXISTS tr_health_kept_gift_delete",
    "DROP TRIGGER IF EXISTS tr_health_kept_invitation_insert",
    "DROP TRIGGER IF EXISTS tr_health_kept_invitation_update",
    "DROP TRIGGER IF EXISTS tr_health_kept_invitation_delete",
    "DROP TRIGGER IF EXISTS tr_health_kept_fact_insert",
    "DROP TRIGGER IF EXISTS tr_health_kept_fact_update",
    "DROP TRIGGER IF EXISTS tr_health_kept_fact_delete",
    "DROP TRIGGER IF EXISTS tr_health_kept_promise_insert",
    "DROP TRIGGER IF EXISTS tr_health_kept_promise_update",
    "DROP TRIGGER IF EXISTS tr_health_kept_promise_delete",
    "DROP TRIGGER IF EXISTS tr_health_kept_delight_insert",
    "DROP TRIGGER IF EXISTS tr_health_kept_delight_update",
    "DROP TRIGGER IF EXISTS tr_health_kept_delight_delete",
    "DROP TRIGGER IF EXISTS tr_health_kept_pain_point_insert",
    "DROP TRIGGER IF EXISTS tr_health_kept_pain_point_update",
    "DROP TRIGGER IF EXISTS tr_health_kept_pain_point_delete",
    "DROP TRIGGER IF EXISTS tr_health_kept_purchase_insert",
    "DROP TRIGGER IF EXISTS tr_health_kept_purchase_update",
    "DROP TRIGGER IF EXISTS tr_health_kept_purchase_delete",
    "DROP TRIGGER IF EXISTS tr_health_kept_setting_insert",
    "DROP TRIGGER IF EXISTS tr_health_kept_setting_update",
    "DROP TRIGGER IF EXISTS tr_health_kept_setting_delete",
    "DROP TRIGGER IF EXISTS tr_health_kept_customer_update",
    "DROP TRIGGER IF EXISTS tr_health_kept_customer_pin",
    "DROP TRIGGER IF EXISTS tr_health_kept_customer_delete",
)
_DROPS_PG: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS tr_health_kept_conversation ON conversation",
    "DROP TRIGGER IF EXISTS tr_health_kept_gift ON gift",
    "DROP TRIGGER IF EXISTS tr_health_kept_invitation ON invitation",
    "DROP TRIGGER IF EXISTS tr_health_kept_fact ON fact",
    "DROP TRIGGER IF EXISTS tr_health_kept_promise ON promise",
    "DROP TRIGGER IF EXISTS tr_health_kept_delight ON delight",
    "DROP TRIGGER IF EXISTS tr_health_kept_pain_point ON pain_point",
    "DROP TRIGGER IF EXISTS tr_health_kept_purchase ON purchase",
    "DROP TRIGGER IF EXISTS tr_health_kept_setting ON setting",
    "DROP TRIGGER IF EXISTS tr_health_kept_customer ON customer",
    "DROP TRIGGER IF EXISTS tr_health_kept_customer_pin ON customer",
)


_READABLE_PG = (
    "SELECT CASE WHEN to_regclass('health_kept') IS NULL THEN false "
    "ELSE has_table_privilege(to_regclass('health_kept'), 'SELECT') END"
)
_READ = (
    "SELECT customer_id, knowledge, responsibility, respect, care, facts FROM health_kept "
    "WHERE day = ? AND version = ?"
)
_READ_SCORES = (
    "SELECT customer_id, knowledge, responsibility, respect, care FROM health_kept "
    "WHERE day = ? AND version = ?"
)
_READ_SCORES_OF_DAYS = (
    "SELECT day, customer_id, knowledge, responsibility, respect, care FROM health_kept "
    "WHERE day IN ({days}) AND version = ?"
)
_DAYS = "SELECT DISTINCT day FROM health_kept WHERE version = ? ORDER BY day"
_KEEP = (
    "INSERT INTO health_kept (customer_id, day, version, knowledge, responsibility, respect, "
    "care, facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (customer_id, day) DO UPDATE SET "
    "version = excluded.version, knowledge = excluded.knowledge, "
    "responsibility = excluded.responsibility, respect = excluded.respect, "
    "care = excluded.care, facts = excluded.facts"
)
# Rows of any other day than those named (a JSON array: each day kept, the day before and the
# day after it, and the 90-day partners of those), and but the last day kept before the second
# parameter (the latest day's partner 90 days before): what the Insights page's earlier day is
# carried from when the list kept today's first (store/health.py, `_carry`). The day before
# stays so that tomorrow's rows worked out today (the app works tomorrow's Insights page out the
# day before) leave today's; the day after, so that today's kept again after a change leave
# tomorrow's.
# A new day's rows that are a kept day's but for the day (`keep`'s *same*): that day's rows moved
# to the new day, where that day is dropped anyway; else copied.
_MOVE = (
    "UPDATE health_kept SET day = ? WHERE day = ? AND version = ? AND customer_id IN "
    "(SELECT CAST(value AS INTEGER) FROM json_each(?))"
)
_COPY = (
    "INSERT INTO health_kept (customer_id, day, version, knowledge, responsibility, respect, "
    "care, facts) SELECT customer_id, ?, version, knowledge, responsibility, respect, care, "
    "facts FROM health_kept WHERE day = ? AND version = ? AND customer_id IN "
    "(SELECT CAST(value AS INTEGER) FROM json_each(?))"
)
_DROP_OTHER_DAYS = (
    "DELETE FROM health_kept WHERE day NOT IN (SELECT value FROM json_each(?)) AND day <> "
    "coalesce((SELECT max(day) FROM health_kept WHERE day < ?), '')"
)

Scores = tuple[int | None, int | None, int | None, int | None]
# A kept row as read: the four scores and the facts (as JSON text, or already decoded).
Kept = tuple[Scores, "str | rules.HealthFacts"]


_EXISTS = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'health_kept'"
_EXISTS_PG = "SELECT to_regclass('health_kept')"

# --- installing ----------------------------------------------------------------------------


def install(conn: Any, *, forget: bool) -> None:
    """This version's triggers, inside the caller's write transaction (an SQLAlchemy
    Connection), where the table is (migration 0011 makes it). *forget*: every kept row is
    dropped too (after an upgrade, a restore, a rebuild: what was kept may have been judged by
    another version)."""
    from custjournal.store import backend

    pg = backend.is_postgresql(conn)
    exists = _EXISTS_PG if pg else _EXISTS
    if conn.exec_driver_sql(exists).scalar() is None:
        return  # a schema before migration 0011 (a test's, or an upgrade on its way there)
    if pg:
        for ddl in FUNCTIONS_PG:
            conn.exec_driver_sql(ddl)
    for drop in _DROPS_PG if pg else _DROPS:
        conn.exec_driver_sql(drop)
    for ddl in (TRIGGERS_PG if pg else TRIGGERS).values():
        conn.exec_driver_sql(ddl)
    if forget:
        conn.exec_driver_sql("DELETE FROM health_kept")


# --- reading and keeping ---------------------------------------------------------------------


def read(source: Any, day: dt.date) -> dict[int, Kept]:
    """The rows kept for *day* (this version's), by customer id; none on a journal without the
    table (one opened read-only before its upgrade)."""
    from custjournal.store import queries

    if _on_postgresql(source):
        # An error would end the read's transaction there: ask first whether it may be read.
        ((allowed,),) = queries.raw_rows(source, _READABLE_PG)
        if not allowed:
            return {}
    try:
        found = queries.raw_rows(source, _READ, (day.isoformat(), KEPT_VERSION))
    except Exception as exc:  # noqa: BLE001 - no table yet (a read-only journal not upgraded)
        if "health_kept" not in str(exc):
            raise
        return {}
    return {cid: ((k, r, s, c), facts) for cid, k, r, s, c, facts in found}


def read_scores(source: Any, days: tuple[dt.date, ...]) -> list[dict[int, Scores]]:
    """The scores kept for each of *days* (this version's), by customer id, without their facts
    (a third less to read), every day's in one pass over the table; none on a journal without
    the table, as `read`."""
    from custjournal.store import queries

    if _on_postgresql(source):
        ((allowed,),) = queries.raw_rows(source, _READABLE_PG)
        if not allowed:
            return [{} for _ in days]
    isos = [day.isoformat() for day in days]
    try:
        if len(days) == 1:
            found = queries.raw_rows(source, _READ_SCORES, (isos[0], KEPT_VERSION))
            return [{row[0]: row[1:] for row in found}]
        found = queries.raw_rows(
            source,
            _READ_SCORES_OF_DAYS.format(days=", ".join("?" for _ in days)),
            (*isos, KEPT_VERSION),
        )
    except Exception as exc:  # noqa: BLE001 - no table yet (a read-only journal not upgraded)
        if "health_kept" not in str(exc):
            raise
        return [{} for _ in days]
    by_day: dict[str, dict[int, Scores]] = {iso: {} for iso in isos}
    for row in found:
        by_day[str(row[0])[:10]][row[1]] = row[2:]
    return [by_day[iso] for iso in isos]


def days_kept(source: Any) -> list[dt.date]:
    """The days with rows kept (this version's), earliest first: what a new day may be carried
    from (store/health.py, `_carry`)."""
    from custjournal.store import queries

    if _on_postgresql(source):
        ((allowed,),) = queries.raw_rows(source, _READABLE_PG)
        if not allowed:
            return []
    try:
        found = queries.raw_rows(source, _DAYS, (KEPT_VERSION,))
    except Exception as exc:  # noqa: BLE001 - no table yet (a read-only journal not upgraded)
        if "health_kept" not in str(exc):
            raise
        return []
    return [dt.date.fromisoformat(str(day)) for (day,) in found]


class Snapshot:
    """Where a read began, so that keeping can tell whether anyone wrote since (see `begin`)."""

    __slots__ = ("xmin", "xmax")

    def __init__(self, xmin: int, xmax: int) -> None:
        self.xmin = xmin
        self.xmax = xmax


def begin(source: Any) -> Snapshot | None:
    """Called before reading what will be kept. On a team database: the transaction ids of the
    read's snapshot. A journal file needs none (its read transaction is upgraded in place)."""
    pg = _pg_connection(source)
    if pg is None:
        return None
    try:
        row = pg.execute(
            "SELECT pg_snapshot_xmin(pg_current_snapshot())::text, "
            "pg_snapshot_xmax(pg_current_snapshot())::text"
        ).fetchone()
    except Exception:  # noqa: BLE001 - keeping is never an error; the read goes on
        log.debug("kept health: no snapshot", exc_info=True)
        return None
    return Snapshot(int(row[0]), int(row[1]))


def keep(
    source: Any,
    rows: Iterable[tuple[int, dt.date, Scores, rules.HealthFacts | str]],
    days: Iterable[dt.date],
    snapshot: Snapshot | None,
    same: Iterable[tuple[dt.date, dt.date, list[int]]] = (),
) -> bool:
    """Keep *rows* (customer, day, scores, facts: or their JSON, as a carried row gives it),
    dropping rows of days other than *days*, the day before and after each, and their partners
    (`_DROP_OTHER_DAYS`). *same*: (kept day, day, ids)
    of customers whose row on the day is their kept day's but for the day (a new day carried:
    store/health.py), kept by one statement each: the kept rows moved to the day where their
    day is one dropped, copied where it stays. Only through a plain read (`Journal.reader()`):
    the read transaction is committed and a new one begun on the same connection. False when
    nothing could be kept (read-only, no rights, someone wrote since the read began, a
    session): never an error."""
    from custjournal.store.reader import Reader, paced

    if not isinstance(source, Reader):
        return False  # a Session: its transaction is its owner's, a write's or one rolled back
    if not keeping.may_keep(source):
        return False  # held: the journal's start-up check has not found it sound (yet)
    # Encoded before the write begins: the worker may pause here, never while it writes.
    values = [
        (
            cid,
            day.isoformat(),
            KEPT_VERSION,
            *scores,
            facts if isinstance(facts, str) else encode(facts),
        )
        for cid, day, scores, facts in paced(rows, source.pause)
    ]
    days = tuple(days)
    keep_days = sorted(
        {
            d.isoformat()
            for day in days
            for near in (day - _ONE_DAY, day, day + _ONE_DAY)
            for d in (near, near - _PARTNERS, near + _PARTNERS)
        }
    )
    # The earlier day's partner 90 days before the latest day asked: the last day kept before
    # it stays too (`_DROP_OTHER_DAYS`).
    before = (max(days) - _PARTNERS).isoformat()
    # A kept day none of those and later than *before* is dropped below: its rows move, where
    # only one day asked is carried from it (else each takes a copy). A day still kept (today's,
    # as tomorrow's is carried from it) is always copied from.
    same = list(same)
    sources = [kept_day.isoformat() for kept_day, _day, _ids in same]
    moves = [
        (
            _MOVE if sources.count(iso) == 1 and iso not in keep_days and iso > before else _COPY,
            (day.isoformat(), iso, KEPT_VERSION, json.dumps(ids)),
        )
        for iso, (_kept_day, day, ids) in zip(sources, same, strict=True)
    ]
    drop = (json.dumps(keep_days), before)
    if _pg_connection(source) is not None:
        return _keep_pg(source, values, drop, snapshot, moves)
    return _keep_sqlite(source.con, values, drop, moves)


def _keep_sqlite(
    con: Any,
    values: list[tuple[Any, ...]],
    drop: tuple[str, str],
    moves: list[tuple[str, tuple[Any, ...]]],
) -> bool:
    # Upgrading the read transaction: SQLite refuses at once (SQLITE_BUSY_SNAPSHOT) when
    # another connection wrote since it began, so nothing worked out from an older state is kept.
    # No waiting for another writer either: the busy timeout is 0 while trying.
    (timeout,) = con.execute("PRAGMA busy_timeout").fetchone()
    # Put back by a whole statement (tests/test_sql_text.py): only the journal's own timeout.
    wait = timeout == keeping.BUSY_TIMEOUT_MS
    in_transaction = con.in_transaction
    try:
        if wait:
            con.execute("PRAGMA busy_timeout = 0")
        con.execute("SAVEPOINT health_kept")
        try:
            for sql, params in moves:
                con.execute(sql, params)
            con.execute(_DROP_OTHER_DAYS, drop)
            con.executemany(_KEEP, values)
            con.execute("RELEASE health_kept")
        except BaseException:
            con.execute("ROLLBACK TO health_kept")
            con.execute("RELEASE health_kept")
            raise
        if in_transaction:
            try:
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("BEGIN")
        keeping.count_written()
        return True
    except Exception:  # noqa: BLE001 - keeping is never an error: read-only, busy, no table
        log.debug("kept health: not kept", exc_info=True)
        return False
    finally:
        if wait:
            con.execute(keeping.BUSY_TIMEOUT_SQL)
        if in_transaction and not con.in_transaction:
            con.execute("BEGIN")


def _keep_pg(
    source: Any,
    values: list[tuple[Any, ...]],
    drop: tuple[str, str],
    snapshot: Snapshot | None,
    moves: list[tuple[str, tuple[Any, ...]]],
) -> bool:
    from custjournal.store import backend

    if snapshot is None or snapshot.xmin != snapshot.xmax:
        return False  # a write was under way when the read began: it may commit any time
    con = source.con.con  # the psycopg connection of backend.PgConnection
    read_only = con.read_only
    try:
        con.commit()  # the read transaction ends (it wrote nothing)
        con.read_only = False
        with con.transaction():
            (xmax,) = con.execute("SELECT pg_snapshot_xmax(pg_current_snapshot())::text").fetchone()
            if int(xmax) != snapshot.xmax:
                return False  # some transaction wrote since the read began
            for sql, params in moves:
                con.execute(backend.pg_text(sql), params)
            con.execute(backend.pg_text(_DROP_OTHER_DAYS), drop)
            with con.cursor() as cur:
                cur.executemany(backend.pg_text(_KEEP), values)
        keeping.count_written()
        return True
    except Exception:  # noqa: BLE001 - keeping is never an error: no rights, a lost connection
        log.debug("kept health: not kept", exc_info=True)
        try:
            con.rollback()
        except Exception:  # noqa: BLE001
            pass
        return False
    finally:
        try:
            if not con.closed and con.info.transaction_status == 0:  # idle
                con.read_only = read_only
        except Exception:  # noqa: BLE001
            pass


def _on_postgresql(source: Any) -> bool:
    from custjournal.store import reader

    if isinstance(source, reader.Reader):
        return _pg_connection(source) is not None
    conn = source.session.connection() if isinstance(source, reader.Through) else source
    return bool(reader._connection(conn).dialect.name == "postgresql")


def _pg_connection(source: Any) -> Any:
    """The backend.PgConnection behind a plain team read, else None."""
    from custjournal.store.reader import Reader

    if isinstance(source, Reader) and type(source.con).__name__ == "PgConnection":
        return source.con
    return None


# --- the facts as JSON -----------------------------------------------------------------------


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


# One encoder for every row: json.dumps with arguments makes a new one per call.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def encode(f: rules.HealthFacts) -> str:
    """*f* as compact JSON (the customer's id is the row's)."""
    return _ENCODE(
        [
            f.stage,
            f.cadence_days,
            f.cadence_explanation,
            f.first_seen.isoformat(),
            f.conversations,
            {k: v.isoformat() for k, v in f.fact_categories.items()},
            f.why_buy_answers,
            _day(f.last_why_buy_on),
            f.delights,
            _day(f.last_delight_on),
            f.promises_on_time,
            f.promises_late,
            f.promises_overdue,
            None if f.oldest_overdue is None else [f.oldest_overdue[0], _day(f.oldest_overdue[1])],
            f.our_pains,
            f.resolve_days,
            None
            if f.oldest_open_pain is None
            else [f.oldest_open_pain[0], _day(f.oldest_open_pain[1])],
            f.competitor_pains,
            _day(f.last_touch),
            f.touches_12m,
            f.gifts_invitations_12m,
            f.dates_due,
            f.dates_remembered,
        ]
    )


def decode(customer_id: int, text: str) -> rules.HealthFacts:
    """The facts `encode` wrote."""
    return _facts(customer_id, _DECODE(text))


_DECODE = json.loads


def _facts(customer_id: int, found: list[Any]) -> rules.HealthFacts:
    """The facts of `encode`'s list (made in one call: a carried day decodes every customer's)."""
    iso = dt.date.fromisoformat
    (
        stage,
        cadence_days,
        explanation,
        first_seen,
        conversations,
        categories,
        whys,
        last_why,
        delights,
        last_delight,
        on_time,
        late,
        overdue,
        oldest_overdue,
        our_pains,
        resolve_days,
        oldest_open,
        competitor_pains,
        last_touch,
        touches,
        generous,
        dates_due,
        dates_met,
    ) = found
    return rules.HealthFacts(
        customer_id,
        stage,
        cadence_days,
        explanation,
        iso(first_seen),
        conversations,
        {k: iso(v) for k, v in categories.items()} if categories else {},
        whys,
        iso(last_why) if last_why else None,
        delights,
        iso(last_delight) if last_delight else None,
        on_time,
        late,
        overdue,
        (oldest_overdue[0], iso(oldest_overdue[1])) if oldest_overdue else None,
        our_pains,
        list(resolve_days),
        (oldest_open[0], iso(oldest_open[1])) if oldest_open else None,
        competitor_pains,
        iso(last_touch) if last_touch else None,
        touches,
        generous,
        dates_due,
        dates_met,
    )


def carry(customer_id: int, kept: Kept) -> Carried:
    """A kept row's facts as an object of their own, for a new day to change (store/health.py,
    `_carry`): decoded, or a copy of those worked out in this read."""
    scores, facts = kept
    text = facts if isinstance(facts, str) else encode(facts)
    found = _DECODE(text)
    return Carried(_facts(customer_id, found), found, text, scores)


def carry_all(
    found: Iterable[tuple[int, Kept]], pause: Callable[[], None] | None = None
) -> dict[int, Carried]:
    """`carry` of each (customer, kept row), by customer id: the kept JSON texts decoded a batch
    at a time (one `json.loads` of a few hundred rows as one array costs less than one call per
    row); *pause* between batches (store/reader.py `paced`)."""
    from custjournal.store.reader import PAUSE_EVERY

    rows = list(found)
    out: dict[int, Carried] = {}
    for start in range(0, len(rows), PAUSE_EVERY):
        if pause is not None:
            pause()
        batch = rows[start : start + PAUSE_EVERY]
        texts = [f if isinstance(f, str) else encode(f) for _cid, (_scores, f) in batch]
        for (cid, (scores, _f)), text, decoded in zip(
            batch, texts, _DECODE("[" + ",".join(texts) + "]"), strict=True
        ):
            out[cid] = Carried(_facts(cid, decoded), decoded, text, scores)
    return out


class Carried:
    """Facts carried to a new day (store/health.py, `_carry`), with the kept row's JSON text and
    the list decoded from it. Where the day changed only what a day changes (the cadence, the
    important dates), the new row's JSON is the kept text with those four values put in
    (`text`), not the facts encoded anew; where a group of figures was read again (`changed`),
    it is. *scores*: the kept day's (`rules.day_scores` takes the ones no day changes)."""

    __slots__ = ("facts", "found", "kept", "scores", "changed")

    def __init__(
        self, facts: rules.HealthFacts, found: list[Any], kept: str, scores: Scores
    ) -> None:
        self.facts = facts
        self.found = found
        self.kept = kept
        self.scores = scores
        self.changed = False

    def same_day_facts(self) -> bool:
        """Whether what a day changes (the stage's cadence, the important dates) is as kept:
        with no group read again (`changed`), the facts are the kept row's."""
        f, found = self.facts, self.found
        return bool(
            f.cadence_days == found[1]
            and f.dates_due == found[21]
            and f.dates_remembered == found[22]
            and f.cadence_explanation == found[2]
            and f.stage == found[0]
        )

    def text(self) -> str:
        """What `encode(self.facts)` gives."""
        f, found, kept = self.facts, self.found, self.kept
        if not self.changed:
            # `encode`'s list: [stage, cadence days, explanation, ..., dates due, met]; the kept
            # text as `encode` wrote it, its head and tail the values it was decoded to.
            head = _head(found[0], found[1], found[2])
            tail = f",{found[21]},{found[22]}]"
            if kept.startswith(head) and kept.endswith(tail):
                return (
                    _head(f.stage, f.cadence_days, f.cadence_explanation)
                    + kept[len(head) : -len(tail)]
                    + f",{f.dates_due},{f.dates_remembered}]"
                )
        return encode(f)


# Each stage and cadence explanation as JSON, once (a few of each).
_AS_JSON: dict[str, str] = {}


def _head(stage: str, cadence_days: int, explanation: str) -> str:
    """The start of `encode`'s text up to the first day seen."""
    found = _AS_JSON.get(stage)
    if found is None:
        found = _AS_JSON[stage] = _ENCODE(stage)
    said = _AS_JSON.get(explanation)
    if said is None:
        if len(_AS_JSON) > 4096:
            _AS_JSON.clear()
        said = _AS_JSON[explanation] = _ENCODE(explanation)
    return f"[{found},{int(cadence_days)},{said},"


# --- checking --------------------------------------------------------------------------------


def out_of_step(con: Any) -> list[str]:
    """What `custjournal check` reports of the kept health (a journal file's sqlite3
    connection): its triggers missing or not this version's, and kept rows that differ from
    what the entries give now (each day kept worked out again; rows of an older version are
    never read, so they are not counted)."""
    from custjournal.store import health
    from custjournal.store.reader import Reader

    if not con.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'health_kept'"
    ).fetchone():
        return []  # a journal older than 0011
    problems = []
    found = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    missing = [name for name in TRIGGERS if name not in found]
    if missing:
        problems.append(
            f"{len(missing)} of the {len(TRIGGERS)} triggers that keep the kept health right "
            "are missing"
        )
    stale = [name for name in TRIGGERS if name in found and found[name] != TRIGGERS[name]]
    if stale:
        problems.append(
            f"{len(stale)} of the triggers that keep the kept health right are not this version's"
        )
    differ = 0
    source = Reader(con)
    days = [
        dt.date.fromisoformat(d)
        for (d,) in con.execute(
            "SELECT DISTINCT day FROM health_kept WHERE version = ?", (KEPT_VERSION,)
        )
    ]
    for day in days:
        kept = read(source, day)
        fresh = health._facts(source, (day,), health.ALL)[0]
        for cid, (scores, facts) in kept.items():
            f = fresh.get(cid)
            if f is None or rules.scores(f, day) != scores or not _same(f, facts):
                differ += 1
    if differ == 1:
        problems.append("the kept health of 1 customer is out of step")
    elif differ:
        problems.append(f"the kept health of {differ} customers is out of step")
    return problems


def _same(fresh: rules.HealthFacts, kept: str | rules.HealthFacts) -> bool:
    """Whether kept facts are the fresh ones (in any order where order means nothing: the
    resolution days of pain points, the areas of personal facts)."""
    try:
        found = decode(fresh.customer_id, kept) if isinstance(kept, str) else kept
    except (ValueError, TypeError, KeyError):
        return False
    found.resolve_days = sorted(found.resolve_days)
    fresh.resolve_days = sorted(fresh.resolve_days)
    return found == fresh
