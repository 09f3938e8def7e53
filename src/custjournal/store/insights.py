"""Reads the journal for the Insights page: `compute_insights(session, segment, today)`.

The sections' types live in `domain/insights.py` and the theme grouping in `domain/themes.py`;
this module reads the few columns each section needs (one statement per kind of entry, on the
session's own DBAPI connection, as `queries.raw_rows` does) and works the sections out. The
journal is read as of *today*: entries dated after it don't count (`docs/insights.md`).
What each figure means is documented in `docs/insights.md`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import importlib
import itertools
import json
import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import compress
from typing import Any, NamedTuple

from custjournal.domain import cadence as cadence_rules
from custjournal.domain import insights as di
from custjournal.domain import themes as th
from custjournal.domain import tiers as tier_rules
from custjournal.domain.errors import UserError
from custjournal.domain.i18n import (
    Amount,
    ErrorText,
    InsightsText,
    Listed,
    Parts,
    Share,
    phrase,
)
from custjournal.domain.text import fold
from custjournal.domain.vocab import STAGE_LABELS, STAGES, milestone_label
from custjournal.store import queries, settings
from custjournal.store.list_sql import LIST_SQL_NO_CONTACT
from custjournal.store.queries import raw_rows
from custjournal.store.reader import Row, Source, paced, pause_of

TOP_ROWS = 20  # best customers listed
THEMES_SHOWN = 12  # themes per list
QUOTES = 3
FALLERS = 10  # fallers described one by one (`faller_ids` holds every one)
RECENT_DAYS = 90


def _pct(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def _share(share: float | None) -> object:
    """A share for a sentence: "78%" (the locale's way in the app), "–" when there is none."""
    return "–" if share is None else Share(share)


def _whole(x: float) -> int:
    """*x* rounded to a whole number half up (77.5 -> 78), as people round and as health scores
    are (`domain/health.py`): medians of days and scores, and health means, are whole numbers."""
    return math.floor(x + 0.5)


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


def _ids(joined: str | None) -> list[int]:
    """The ids a group_concat joined with commas."""
    return list(map(int, joined.split(","))) if joined else []


@dataclass(slots=True)
class _Customer:
    """What the sections need of a customer (lighter than the list's CustomerRow)."""

    id: int
    name: str
    stage: str
    tier: str
    tier_pinned: bool
    value_12m: int
    last_contact: dt.date | None
    next_due: dt.date  # the next contact (neglect is judged by it)
    due_on: dt.date  # the list's Due: the next contact, or an open promise due earlier


# What each kept part's statement reads, as `insights_part.reads` holds it: the counting triggers
# (store/insights_kept.py) delete the parts that read a table when a row of it changes.
# `conversation_day`: the days of the conversations a delight or pain was said in, which only
# an update or a deletion of a conversation can change (a new conversation has none yet).
# A part named `name@day` is the day's own statement of part `name` (`_read_upto`).
# A table with `~` (`,delight~,`): a new row of it does not delete the part: the triggers mark
# the customer who said it (`insights_stale`, migration 0015), and only their rows are read again
# (`_read_said`); as does a conversation moved to another day (`conversation_day~`). A row of it
# edited or deleted deletes the part, as any other table's does: the words taken back must not
# stay in the journal file (nor in its backups) in a kept part of a segment nobody opens again.
READS: dict[str, str] = {
    "delights": ",delight~,conversation_day~,",
    "pains": ",pain_point~,conversation_day~,",
    "gifts": ",gift,",
    "reactions": ",gift,",
    "last_status": ",invitation_status_change,",
    "invitations": ",invitation,invitation_status_change,",
    "milestones": ",milestone,",
    "stage_days": ",stage_change,",
    "moves": ",stage_change,",
    "values": ",purchase,",
    "values_before": ",purchase,",
    "promise_dues": ",promise,",
    "customers": ",customer,",
}


class KeptParts:
    """The rows of the page's heavier statements, kept between computations of the page
    (store/insights_kept.py keeps them in `insights_part`, migration 0014).

    `found` holds what was kept (part: its key and its rows as JSON), `new` what this
    computation read itself, for keeping. A part's key is its statement and its
    parameters (the segment's customers; the day and its 90-day windows only for the few
    statements that need them), so a kept part is used only for the very statement it
    answered; the triggers have deleted it if a table it read changed since. So the page
    worked out with kept parts is the page worked out afresh. Most parts read every row with
    its day, whatever the day asked for (the days are filtered here): they are kept across
    days, so a new day's first page reads none of them again; those whose parameters hold a
    day (`daily`) are kept under the page's day (store/insights_kept.py `FORM_PART`), never
    one spliced by its marks (a `~` in its READS: the marks have no day)."""

    __slots__ = ("found", "stale", "new", "daily")

    def __init__(
        self,
        found: dict[str, tuple[str, str]] | None = None,
        stale: dict[str, set[int]] | None = None,
    ) -> None:
        self.found: dict[str, tuple[str, str]] = found or {}
        # part: the customers whose rows of it changed since it was kept (`_read_said`).
        self.stale: dict[str, set[int]] = stale or {}
        self.new: dict[str, tuple[str, str, str]] = {}  # part: (key, reads, rows as JSON)
        self.daily: set[str] = set()  # the parts of `new` whose statement reads a day


def _key(sql: str, params: object) -> str:
    """The statement and its parameters as one text (no digest: hashlib's import alone would
    cost the command ~10 ms, and equal texts leave no doubt)."""
    return json.dumps([sql, params], sort_keys=True, separators=(",", ":"))


class _Part:
    """A statement's rows, as kept (their JSON) or as just read, decoded and parsed only when
    first needed: `token` is what tells two of them apart (the kept text, or the rows)."""

    __slots__ = ("token", "_rows", "_memo")

    def __init__(self, token: object, rows: list[Row] | None = None) -> None:
        self.token = token
        self._rows = rows
        self._memo: dict[object, Any] = {}

    def rows(self) -> list[Row]:
        if self._rows is None:
            self._rows = [tuple(row) for row in json.loads(str(self.token))]
        return self._rows

    def memo(self, key: object, work: Callable[[list[Row]], Any]) -> Any:
        """`work(rows)`, worked out once per *key* for these rows."""
        if key not in self._memo:
            self._memo[key] = work(self.rows())
        return self._memo[key]


def _read(session: Source, parts: KeptParts | None, part: str, sql: str, params: object) -> _Part:
    """The rows of *sql*: the kept ones when *parts* holds them for these very parameters,
    else read (and handed to *parts* to keep)."""
    if parts is None:
        found = raw_rows(session, sql, params)
        return _Part(found, found)
    key = _key(sql, params)
    hit = parts.found.get(part)
    if hit is not None and hit[0] == key:
        return _Part(hit[1])
    found = raw_rows(session, sql, params)
    body = json.dumps(found, ensure_ascii=False, separators=(",", ":"))
    reads = READS[part.split("@")[0]]
    parts.new[part] = (key, reads, body)
    # A part spliced by its marks (`~`, `_read_said`) is never kept under a day: the marks
    # (`insights_stale`) have no day, and keeping one day's copy would forget those the other
    # day's copy still needs.
    if "~" not in reads and _has_day(params):
        parts.daily.add(part)
    return _Part(body, found)


def _has_day(params: object) -> bool:
    """Whether a statement's parameters hold a day (an ISO date, as `_window_params` gives)."""
    values: Iterable[object] = (
        params.values() if isinstance(params, dict) else params if isinstance(params, tuple) else ()
    )
    return any(
        type(v) is str and len(v) == 10 and v[4] == "-" and v[7] == "-" and v[:4].isdigit()
        for v in values
    )


# More customers marked than this, and the whole statement is read again: reading each one's
# rows is then no cheaper.
_SPLICE_MAX = 200


def _splice(kept: list[Row], stale: set[int], fresh: list[Row], width: int) -> list[Row]:
    """*kept* rows of a statement grouped by its first *width* columns (their other columns lists
    joined by commas, one item per entry, the first the customer's id), without the entries of
    the *stale* customers, and with *fresh* (the same statement over those customers) added:
    the rows the statement gives now, each group's entries in another order."""
    needles = [(str(cid), f"{cid},", f",{cid}", f",{cid},") for cid in stale]
    marked = {str(cid) for cid in stale}
    merged: dict[tuple[object, ...], list[str]] = {}
    for row in kept:
        lists = [str(v) for v in row[width:]]
        ids = lists[0]
        if any(
            ids == alone or ids.startswith(first) or ids.endswith(end) or inside in ids
            for alone, first, end, inside in needles
        ):
            columns = [v.split(",") for v in lists]
            left = [cid not in marked for cid in columns[0]]
            if not any(left):
                continue
            lists = [",".join(compress(column, left)) for column in columns]
        merged[tuple(row[:width])] = lists
    for row in fresh:
        key, lists = tuple(row[:width]), [str(v) for v in row[width:]]
        known = merged.get(key)
        merged[key] = (
            lists if known is None else [f"{a},{b}" for a, b in zip(known, lists, strict=True)]
        )
    return [(*key, *lists) for key, lists in merged.items()]


def _read_said(
    session: Source, ctx: _Context, part: str, sql: str, some_sql: str, width: int
) -> _Part:
    """The rows of *sql* (`_DELIGHT_SQL`, `_PAIN_SQL`) as `_read` gives them; where the kept
    ones have customers marked as changed since, theirs read again with *some_sql* (the same
    statement over some customers) and spliced into the rest (`_splice`)."""
    parts = ctx.parts
    params = {"only": ctx.only}
    stale = parts.stale.get(part) if parts is not None else None
    hit = parts.found.get(part) if parts is not None else None
    if parts is None or not stale or hit is None:
        return _read(session, parts, part, sql, params)
    key = _key(sql, params)
    if hit[0] != key or len(stale) > _SPLICE_MAX:
        parts.found.pop(part, None)  # stale: read whole again
        return _read(session, parts, part, sql, params)
    ids = json.dumps(sorted(stale))
    fresh = raw_rows(session, some_sql, {**params, "ids": ids})
    slot = (part, ctx.only or "")
    last = _SPLICED.get(slot)
    if last is not None and last[0] == hit[1]:
        kept = last[1]  # what this process spliced and kept last time: not decoded again
    else:
        kept = [tuple(row) for row in json.loads(hit[1])]
    found = _splice(kept, stale, fresh, width)
    body = json.dumps(found, ensure_ascii=False, separators=(",", ":"))
    parts.new[part] = (key, READS[part], body)
    if len(_SPLICED) > 5:
        _SPLICED.clear()
    _SPLICED[slot] = (body, found)
    return _Part(body, found)


# The rows this process last spliced, with their JSON, per part and segment: the app's worker
# splices again after each change, from the very rows it kept the time before.
_SPLICED: dict[tuple[str, str], tuple[str, list[Row]]] = {}


def _latest(rows: list[Row], column: int) -> str:
    """The latest day in *column* of *rows* ("" if none)."""
    return max((str(r[column]) for r in rows if r[column] is not None), default="")


def _read_upto(
    session: Source,
    ctx: _Context,
    part: str,
    every: str,
    upto: str,
    column: int,
) -> _Part:
    """The rows of *upto* (a statement of the entries dated up to :today) for this page:
    those of *every* (the same statement over every entry, which does not depend on the day
    and so is kept across days) while no entry is dated after today, as *column* of its rows
    (the latest day of each row) tells; else *upto*'s own, kept for the day."""
    found = _read(session, ctx.parts, part, every, {"only": ctx.only})
    slot = (part, ctx.only or "")
    seen = _LATEST.get(slot) if ctx.parts is not None else None
    if seen is not None and seen[0] == found.token:
        latest = seen[1]  # not decoded again to know it
    else:
        latest = found.memo("latest", lambda rows: _latest(rows, column))
        if ctx.parts is not None:
            if len(_LATEST) > 12:
                _LATEST.clear()
            _LATEST[slot] = (found.token, latest)
    if latest <= ctx.today.isoformat():
        return found
    return _read(session, ctx.parts, f"{part}@day", upto, _window_params(ctx))


# The latest day of each part read by `_read_upto` last time, with the part's rows or kept text.
_LATEST: dict[tuple[str, str], tuple[object, str]] = {}


# What this process last made of each section (and of the languages and stage durations), to
# hand the very same objects back while their inputs are equal: the app's worker works the page
# out again after every change, and most sections' inputs did not change. A hit needs inputs
# *equal* to the remembered ones (the parts' kept text, and the customers' names, values, tiers
# and stages), so it is exactly the page worked out afresh. Only a computation with kept parts
# remembers (`compute_insights` alone works everything out). Per day as well: the app works
# tomorrow's page out beside today's (gui/main_window.py `work_out_ahead`), and neither may
# push the other's out.
_SECTIONS: dict[tuple[str, str, dt.date], tuple[object, object]] = {}


def forget_day(day: dt.date) -> None:
    """What this process remembers of *day*'s page (its sections and health figures),
    forgotten: a benchmark's day's first page, worked out again as the first time."""
    for slot in [slot for slot in _SECTIONS if slot[2] == day]:
        del _SECTIONS[slot]
    for name in [name for name in _HEALTH if name[1] == day]:
        del _HEALTH[name]


def _remembered(
    section: str,
    ctx: _Context,
    inputs: tuple[object, ...],
    work: Callable[[], Any],
    customers: bool = True,
) -> Any:
    """`work()`, or what it gave last time for equal *inputs* (and customers)."""
    if ctx.parts is None:
        return work()
    key = (ctx.fingerprint(), *inputs) if customers else inputs
    slot = (section, ctx.only or "", ctx.today)
    hit = _SECTIONS.get(slot)
    if hit is not None and hit[0] == key:
        return hit[1]
    result = work()
    if len(_SECTIONS) > 66:  # three segments' on two days at most
        _SECTIONS.clear()
    _SECTIONS[slot] = (key, result)
    return result


@dataclass
class _Context:
    today: dt.date
    currency: str
    rows: dict[int, _Customer]  # the segment's customers
    total_value: int  # the segment's 12-month value
    # The segment's ids as a JSON array for `json_each`, or None for every customer.
    only: str | None
    # Rows of the statements below kept from an earlier computation (`KeptParts`), or None.
    parts: KeptParts | None = None
    # Each customer's place by value (then name): sorting thousands of ids by it is cheap.
    rank: dict[int, int] = field(default_factory=dict)
    segment_kind: str = "all"
    # How `_customers` ranked every customer (archived ones too): their tiers as of today.
    ranked: _Ranked | None = None
    people: int | None = None  # the customers' generation (`_GENERATIONS`), with kept parts
    _fingerprint: tuple[object, ...] | None = None

    def __post_init__(self) -> None:
        if self.parts is not None:
            self._as_last_time()
        if not self.rank:
            rows = self.rows
            ordered = sorted(rows, key=lambda c: (-rows[c].value_12m, rows[c].name.casefold(), c))
            self.rank = {cid: i for i, cid in enumerate(ordered)}
            if self.parts is not None:
                if len(_LAST_CUSTOMERS) > 2:
                    _LAST_CUSTOMERS.clear()
                _LAST_CUSTOMERS[self.only or ""] = (self.fingerprint(), self.rank, self.people)

    def _as_last_time(self) -> None:
        """The rank and fingerprint (the very object) of the last page worked out with kept
        parts, where its customers are these: what was remembered for it holds (`_theme`)."""
        last = _LAST_CUSTOMERS.get(self.only or "")
        if last is None:
            return
        fingerprint, rank, people = last
        if (
            self.people is not None
            and people == self.people
            and fingerprint[:2] == (self.today, self.currency)
        ):  # the same generation of customers: the same fingerprint, without building it
            self._fingerprint, self.rank = fingerprint, rank
        elif fingerprint == self.fingerprint():
            self._fingerprint, self.rank = fingerprint, rank

    def fingerprint(self) -> tuple[object, ...]:
        """What the text and trust sections read of the customers: their ids, names, values,
        tiers and stages (not the last touch or next due, which a conversation moves)."""
        if self._fingerprint is None:
            self._fingerprint = (
                self.today,
                self.currency,
                self.total_value,
                tuple((r.id, r.name, r.value_12m, r.tier, r.stage) for r in self.rows.values()),
            )
        return self._fingerprint

    def name(self, cid: int) -> str:
        return self.rows[cid].name

    def refs(self, ids: Iterable[int]) -> tuple[di.CustomerRef, ...]:
        return tuple(di.CustomerRef(cid, self.rows[cid].name) for cid in ids)

    def by_value(self, ids: Iterable[int]) -> list[int]:
        """Ids, the most valuable customer first (then by name)."""
        return sorted(ids, key=self.rank.__getitem__)

    def value_share(self, ids: Iterable[int]) -> float | None:
        if not self.total_value:
            return None
        rows = self.rows
        return sum(rows[c].value_12m for c in set(ids)) / self.total_value


# Each buyer's purchases in the 12 months up to :today (`queries.values_12m`), and each
# customer's earliest open promise (`queries.promise_dues`), as kept parts: their days as text,
# their sums as whole numbers, on PostgreSQL too (a kept part is JSON).
_VALUES_SQL = (
    "SELECT customer_id, CAST(sum(amount_minor) AS BIGINT) FROM purchase"
    " WHERE purchased_on >= :ws AND purchased_on <= :today AND currency = :currency"
    " GROUP BY customer_id"
)
_DUES_SQL = (
    "SELECT customer_id, CAST(min(due) AS TEXT) FROM ("
    + queries.OPEN_PROMISE_SQL.format(kept="done_on IS NULL", one="")
    + " UNION ALL "
    + queries.OPEN_PROMISE_SQL.format(kept="done_on > :today", one="")
    + ") AS open_promise GROUP BY customer_id"
)


def _values(
    session: Source, parts: KeptParts | None, part: str, day: dt.date, currency: str
) -> dict[int, int]:
    """`queries.values_12m(session, day, currency)`; with *parts*, from the kept part *part*
    while no purchase changed (and what this process made of it last time, while the same)."""
    if parts is None:
        return queries.values_12m(session, day, currency)
    params = {
        "ws": tier_rules.window_start(day).isoformat(),
        "today": day.isoformat(),
        "currency": currency,
    }
    found = _read(session, parts, part, _VALUES_SQL, params)
    return _parsed(part, found, lambda rows: {int(cid): int(total) for cid, total in rows})  # type: ignore[no-any-return]


def _dues(session: Source, parts: KeptParts | None, today: dt.date) -> dict[int, dt.date]:
    """`queries.promise_dues(session, today)`; with *parts*, as `_values`."""
    if parts is None:
        return queries.promise_dues(session, today)
    found = _read(session, parts, "promise_dues", _DUES_SQL, {"today": today.isoformat()})
    fromiso = dt.date.fromisoformat
    return _parsed(  # type: ignore[no-any-return]
        "promise_dues", found, lambda rows: {int(cid): fromiso(str(due)[:10]) for cid, due in rows}
    )


# What this process last made of a kept part's rows (`_values`, `_dues`), with its kept text.
_PARSED: dict[str, tuple[object, Any]] = {}


def _parsed(slot: str, found: _Part, work: Callable[[list[Row]], Any]) -> Any:
    """`work(found.rows())`: last time's answer (the very object) while the rows are the same."""
    seen = _PARSED.get(slot)
    if seen is not None and seen[0] == found.token:
        return seen[1]
    result = work(found.rows())
    _PARSED[slot] = (found.token, result)
    return result


class _Ranked(NamedTuple):
    """How `_customers` ranked every customer: the tiers a caller may ask again (`_tier_of`)."""

    tiers: dict[int, str]
    pins: dict[int, str]
    people: int | None = None  # their generation (`_GENERATIONS`), with kept parts


def _customers(
    session: Source, today: dt.date, parts: KeptParts | None = None
) -> tuple[list[_Customer], _Ranked]:
    """Every customer the list shows by default (archived ones left out, as in the list and
    Today) with tier, 12-month value, last touch and next due, as the list has them
    (`queries.LIST_SQL`, `domain/tiers.py`, `domain/cadence.py`), without the list's other
    columns. Tiers are ranked among every customer, archived ones too, as the list ranks them.
    With *parts*, the values and promises are read from kept parts while they hold, and what was
    worked out last time is used again where its inputs are equal (`_LAST_ROWS`)."""
    currency = settings.currency(session)
    cadences = settings.cadences(session)
    values = _values(session, parts, "values", today, currency)
    promises = _dues(session, parts, today)
    if parts is None:
        records = raw_rows(session, _LIST_SQL, {"today": today.isoformat()})
        touches: list[Row] = [(r[0], r[_LAST_TOUCH]) for r in records]
        token: object = None
    else:
        found = _read(session, parts, "customers", _OWN_SQL, {})
        records, ids, pins = _parsed("customers", found, _own_columns)
        token = found.token
        touches = raw_rows(session, _TOUCH_SQL, {"today": today.isoformat()})
        if list(map(_first, touches)) != ids:  # not the same customers after all: read whole
            records = raw_rows(session, _LIST_SQL, {"today": today.isoformat()})
            touches = [(r[0], r[_LAST_TOUCH]) for r in records]
            token = None
    if parts is None or token is None:
        pins = {r[0]: r[7] for r in records if r[7]}
    else:
        again = _as_last_rows(today, currency, cadences, token, touches, values, promises)
        if again is not None:  # its rows, tiers and generation, from the one entry it read
            return again[0], _Ranked(again[1], pins, again[2])
    tiers = tier_rules.assign(values, pins, [r[0] for r in records])
    cache: dict[tuple[str, str, int | None], int] = {}
    result = []
    for record, (_cid, last) in zip(records, touches, strict=True):
        if record[8]:  # archived
            continue
        result.append(_customer(record, last, values, tiers, promises, cadences, cache))
    people = None
    if parts is not None:
        people = next(_GENERATIONS)
        _LAST_ROWS[:] = [
            (
                today,
                currency,
                cadences,
                token,
                records,
                touches,
                values,
                promises,
                tiers,
                result,
                people,
            )
        ]
    return result, _Ranked(tiers, pins, people)


def _first(row: Row) -> Any:
    return row[0]


def _own_columns(rows: list[Row]) -> tuple[list[Row], list[int], dict[int, str]]:
    """`_OWN_SQL`'s rows, their ids, and the pinned tiers by id."""
    return rows, [r[0] for r in rows], {r[0]: r[7] for r in rows if r[7]}


# Each answer `_customers` works out whole is a new generation of the customers; one taken from
# the last (`_as_last_rows`: only last touches moved) keeps its generation. Two pages of the same
# generation, segment and day have customers alike in all but their last touch and due.
_GENERATIONS = itertools.count(1)


def _customer(
    record: Row,
    last: Any,
    values: dict[int, int],
    tiers: dict[int, str],
    promises: dict[int, dt.date],
    cadences: Any,
    cache: dict[tuple[str, str, int | None], int],
) -> _Customer:
    """One customer of `_customers` from their row of the list's statement (or `_OWN_SQL`'s) and
    their last touch."""
    cid, name, stage, pin, created, override = (
        record[0],
        record[1],
        record[6],
        record[7],
        record[9],
        record[10],
    )
    tier = tiers[cid]
    key = (stage, tier, override)
    days = cache.get(key)
    if days is None:
        days = cache[key] = cadence_rules.effective(stage, tier, override, cadences).days
    last_day = _day(last) if last else None
    due = cadence_rules.next_due(last_day, _day(created), days)
    return _Customer(
        cid,
        name,
        stage,
        tier,
        bool(pin),
        values.get(cid, 0),
        last_day,
        due,
        cadence_rules.due_on(due, promises.get(cid)),
    )


# The list's statement in the order of the ids; and split in two: the customer's own columns,
# kept as a part (no trigger counts the last touch kept on the customer's row: store/derived.py),
# and the last touch (the list's last column), read each time (a few milliseconds at 10,000).
_LIST_SQL = LIST_SQL_NO_CONTACT + " ORDER BY c.id"
_LAST_TOUCH = 11  # the last touch's column in it
_OWN_SQL = (
    _LIST_SQL[: _LIST_SQL.index("CASE WHEN")].replace("c.company,", "NULL,", 1).rstrip(" \n,")
    + " FROM customer c ORDER BY c.id"
)
_TOUCH_SQL = "SELECT c.id, " + _LIST_SQL[_LIST_SQL.index("CASE WHEN") :].strip()

# What `_customers` read and worked out last time (with kept parts): after a conversation only
# its customer's last touch moved, and the other customers are the very same objects again.
_LAST_ROWS: list[tuple[Any, ...]] = []


def _as_last_rows(
    today: dt.date,
    currency: str,
    cadences: Any,
    token: object,
    touches: list[Row],
    values: dict[int, int],
    promises: dict[int, dt.date],
) -> tuple[list[_Customer], Any, Any] | None:
    """`_customers`' answer from last time's, where only the last touch of a few customers
    differs from what it was worked out from (their own columns as kept, the values, the open
    promises and the settings alike): theirs worked out again, with last time's tiers and
    generation; None otherwise. The entry is read once: another thread (the work done ahead,
    another journal's page) may replace it meanwhile."""
    last = _LAST_ROWS[0] if _LAST_ROWS else None
    if last is None:
        return None
    (
        day,
        was_currency,
        was_cadences,
        was_token,
        records,
        was_touches,
        was_values,
        was_promises,
        tiers,
        result,
        people,
    ) = last
    if (
        day != today
        or was_currency != currency
        or was_cadences != cadences
        or was_token != token
        or len(was_touches) != len(touches)
        or was_values != values
        or was_promises != promises
    ):
        return None
    if was_touches == touches:
        return result, tiers, people
    moved = [i for i, (a, b) in enumerate(zip(was_touches, touches, strict=True)) if a != b]
    if len(moved) > _SPLICE_MAX:
        return None
    # The archived stay left out: the same places in the answer as last time.
    place = {c.id: i for i, c in enumerate(result)}
    fresh = list(result)
    cache: dict[tuple[str, str, int | None], int] = {}
    for i in moved:
        record = records[i]
        if record[0] != touches[i][0]:
            return None
        if record[8]:
            continue
        fresh[place[record[0]]] = _customer(
            record, touches[i][1], values, tiers, promises, cadences, cache
        )
    _LAST_ROWS[:] = [
        (today, currency, cadences, token, records, touches, values, promises, tiers, fresh, people)
    ]
    return fresh, tiers, people


def segment_rows(session: Source, segment: di.Segment, today: dt.date) -> list[_Customer]:
    """The customers of *segment*; an unknown tag is a UserError (a stage or tier with nobody
    in it is just an empty segment)."""
    return _segment(session, segment, today)[0]


def _segment(
    session: Source, segment: di.Segment, today: dt.date, parts: KeptParts | None = None
) -> tuple[list[_Customer], _Ranked]:
    """`segment_rows`, and how every customer was ranked; *parts*: as `_customers`."""
    rows, ranked = _customers(session, today, parts)
    if segment.kind == "tag":
        wanted = fold(str(segment.value))
        tags = [t for (t,) in raw_rows(session, "SELECT DISTINCT tag FROM customer_tag")]
        matching = [t for t in tags if fold(t) == wanted]
        if not matching:
            known = sorted(tags, key=str.casefold)
            listed = ", ".join(known[:12]) if known else InsightsText.tr("there are no tags yet")
            raise UserError(
                ErrorText.tr(
                    "No customer has the tag '{tag}' (tags: {tags}).",
                    tag=segment.value,
                    tags=listed,
                )
            )
        members = {
            cid
            for (cid,) in raw_rows(
                session,
                "SELECT customer_id FROM customer_tag WHERE tag IN (SELECT value FROM json_each(?))",
                (json.dumps(matching),),
            )
        }
        rows = [r for r in rows if r.id in members]
    elif segment.kind == "stage":
        rows = [r for r in rows if r.stage == segment.value]
    elif segment.kind == "tier":
        rows = [r for r in rows if r.tier == segment.value]
    return rows, ranked


def compute_insights(
    session: Source, segment: di.Segment, today: dt.date, parts: KeptParts | None = None
) -> di.Insights:
    """Every section of the Insights page for the customers of *segment*, as of *today*;
    with *parts*, the rows of statements kept from an earlier computation are used where they
    still hold (`KeptParts`), and what was read afresh is added to it for keeping."""
    currency = settings.currency(session)
    rows, ranked = _segment(session, segment, today, parts)
    # In the order of the ids: the kept parts' keys hold it (the customers come in no set order).
    # None (every customer) only where no customer is left out: archived ones are.
    everyone = segment.kind == "all" and len(rows) == queries.customer_count(session)
    only = None if everyone else json.dumps(sorted(r.id for r in rows))
    ctx = _Context(
        today,
        currency,
        {r.id: r for r in rows},
        sum(r.value_12m for r in rows),
        only,
        parts,
        segment_kind=segment.kind,
        ranked=ranked,
        people=ranked.people,
    )
    params = _window_params(ctx)
    why = _parse(raw_rows(session, _WHY_SQL, params))
    today_s, last_s, prev_s = str(params["today"]), str(params["last"]), str(params["prev"])
    liked = _read_said(session, ctx, "delights", _DELIGHT_SQL, _DELIGHT_SOME_SQL, 1)
    said = _read_said(session, ctx, "pains", _PAIN_SQL, _PAIN_SOME_SQL, 2)

    def liked_texts() -> list[_Text]:
        found: list[_Text] = liked.memo("texts", lambda rows: _delights_upto(rows, today_s))
        return found

    def said_texts() -> list[_Text]:
        found: list[_Text] = said.memo(
            "texts", lambda rows: _pains_upto(rows, today_s, last_s, prev_s)
        )
        return found

    languages: dict[str, str] = _remembered(
        "languages",
        ctx,
        (today, why, liked.token, said.token),
        lambda: _languages(why, liked_texts(), said_texts()),
        customers=False,
    )
    ids = tuple(sorted(ctx.rows))
    return di.Insights(
        today=today,
        segment=segment,
        currency=currency,
        customers=len(ids),
        customer_ids=ids,
        best_customers=best_customers(ctx),
        why_they_buy=_remembered(
            "why", ctx, (why, languages), lambda: why_they_buy(ctx, why, languages)
        ),
        delights=_remembered(
            "delights",
            ctx,
            (liked.token, languages),
            lambda: delights(ctx, liked_texts(), languages),
        ),
        pains=_remembered(
            "pains",
            ctx,
            (said.token, languages),
            lambda: pains(session, ctx, said_texts(), languages),
        ),
        trust=trust(session, ctx),
        stages=stages(session, ctx),
        health=health(session, ctx),
    )


# --- 1. Best customers -------------------------------------------------------------------------


_CURVE: list[tuple[tuple[tuple[int, int], ...], tuple[di.ParetoPoint, ...]]] = []


def _curve(buyers: tuple[tuple[int, int], ...], total: int) -> tuple[di.ParetoPoint, ...]:
    """The Pareto curve of *buyers* (id, value), most valuable first: the same tuple as last
    time while the values are the same (a conversation moves none), so the kept page's
    encoding of it is reused (store/insights_kept.py)."""
    if _CURVE and _CURVE[0][0] == buyers:
        return _CURVE[0][1]
    n = len(buyers)
    curve = []
    running = 0
    for rank, (cid, value) in enumerate(buyers, 1):
        running += value
        curve.append(di.ParetoPoint(rank, cid, rank / n, running / total))
    result = tuple(curve)
    _CURVE[:] = [(buyers, result)]
    return result


def best_customers(ctx: _Context) -> di.BestCustomers:
    """The best customers section; with kept parts, the very section of last time while the
    customers' values, tiers and names, and the top rows' contacts and pins, are the same (a
    conversation moves the last touch and due of one customer only: of the top rows' at most)."""
    if ctx.parts is None:
        return _best_customers(ctx)
    top = _remembered("best_top", ctx, (ctx.segment_kind,), lambda: _top_ids(ctx))
    rows = ctx.rows
    moving = tuple(
        (rows[c].last_contact, rows[c].next_due, rows[c].due_on, rows[c].tier_pinned) for c in top
    )
    found: di.BestCustomers = _remembered(
        "best", ctx, (ctx.segment_kind, moving), lambda: _best_customers(ctx)
    )
    return found


def _top_ids(ctx: _Context) -> tuple[int, ...]:
    """The ids of the best customers section's top rows (`_best_customers`)."""
    buyers = [r for r in ctx.rows.values() if r.value_12m > 0]
    buyers.sort(key=lambda r: (-r.value_12m, r.id))
    return tuple(r.id for r in buyers[:TOP_ROWS])


def _best_customers(ctx: _Context) -> di.BestCustomers:
    buyers = [r for r in ctx.rows.values() if r.value_12m > 0]
    # Tier A by a pin alone, without purchases: best customers the other sections name too.
    pinned_a = sum(1 for r in ctx.rows.values() if r.tier == "A" and r.value_12m <= 0)
    if not buyers:
        reason = (
            InsightsText.tr(
                "No purchases in the 12 months up to {today}: value appears once you log "
                "purchases. %n customer(s) pinned to tier A by hand count as best customers "
                "meanwhile.",
                "",
                pinned_a,
                today=ctx.today,
            )
            if pinned_a
            else InsightsText.tr(
                "No purchases in the 12 months up to {today}: value and tiers appear once you "
                "log purchases.",
                today=ctx.today,
            )
        )
        return di.BestCustomers(
            None, reason, ctx.currency, customers=len(ctx.rows), pinned_a=pinned_a
        )
    buyers.sort(key=lambda r: (-r.value_12m, r.id))
    total = sum(r.value_12m for r in buyers)
    n = len(buyers)
    curve = _curve(tuple((r.id, r.value_12m) for r in buyers), total)
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
            r.due_on,
            cadence_rules.is_due(r.due_on, ctx.today),
        )
        for r in buyers[:TOP_ROWS]
    )
    own: di.TierBoundary | None = None
    tier_a = 0
    a = boundaries[0]
    if ctx.segment_kind != "all":
        meaning, own, tier_a = _segment_best(buyers, total)
    elif a.customers:
        meaning = InsightsText.tr(
            "Your top %n customer(s) ({customers} of those who bought) bring {value} of the last "
            "12 months' value.",
            "",
            a.customers,
            customers=_share(a.customer_share),
            value=_share(a.value_share),
        )
    else:
        meaning = InsightsText.tr(
            "%n customer(s) bought in the last 12 months; none of them is tier A.", "", n
        )
    if pinned_a:
        meaning = InsightsText.tr(
            "{meaning} %n more customer(s) pinned to tier A by hand bought nothing in that time.",
            "",
            pinned_a,
            meaning=meaning,
        )
    return di.BestCustomers(
        meaning,
        None,
        ctx.currency,
        total,
        n,
        len(ctx.rows),
        curve,
        tuple(boundaries),
        top,
        own,
        tier_a,
        pinned_a,
    )


def _segment_best(buyers: list[_Customer], total: int) -> tuple[str, di.TierBoundary, int]:
    """Best customers within a segment: its own top buyers (the first 20% of its buyers by
    value, ties included, as `domain/tiers.py` ranks the journal's tier A) and their share of
    the segment's value, and how many of them are tier A across the journal: the sentence,
    that top, and that count."""
    n = len(buyers)
    a_floor, _ = tier_rules.floors([r.value_12m for r in buyers])
    inside = [r for r in buyers if r.value_12m >= a_floor]
    tier_a = sum(1 for r in inside if r.tier == "A")
    own = di.TierBoundary(
        "top",
        len(inside),
        len(inside) / n,
        sum(r.value_12m for r in inside) / total,
        tuple(r.id for r in inside),
    )
    meaning = InsightsText.tr(
        "Within these customers, the top %n customer(s) by value ({customers} of those who "
        "bought) bring {value} of their last 12 months' value; tier A across the journal: "
        "{tier_a}.",
        "",
        own.customers,
        customers=_share(own.customer_share),
        value=_share(own.value_share),
        tier_a=tier_a,
    )
    return meaning, own, tier_a


# --- Themes ------------------------------------------------------------------------------------


class _Text(NamedTuple):
    """One distinct text said (a reason, a delight, a pain), with who said it and when: `ids`
    and `days` pair up, one per time it was said (SQLite steps both group_concats over the same
    rows). A tuple, read straight from a grouped statement: the thousands of entries behind
    them never become Python objects."""

    text: str
    ids: list[int]
    days: list[str]
    with_whom: str | None  # pains: us | competitor
    open: bool  # pains: not resolved by today
    last_90: int  # said in the last 90 days
    previous_90: int  # said in the 90 days before them
    latest: str  # the last day it was said
    # Pains resolved by today (a group that is not open): how many in the last 90 days and in
    # the 90 before, and in how many days each was resolved.
    resolved_last_90: int = 0
    resolved_previous_90: int = 0
    resolve_days: tuple[float, ...] = ()


# What was said, grouped by its text, as of :today, for the segment (:only: a JSON array of ids,
# or NULL for everyone). A delight or pain is dated by its conversation, or by the day it was
# written down. Pains are grouped by text, side and whether they are still open.
_WHY_SQL = (
    "SELECT why_buy, group_concat(customer_id), group_concat(occurred_on), NULL, 1,"
    " sum(occurred_on > :last), sum(occurred_on > :prev AND occurred_on <= :last),"
    " max(occurred_on), 0, 0, NULL"
    " FROM conversation WHERE why_buy IS NOT NULL AND why_buy != '' AND occurred_on <= :today"
    " AND (CAST(:only AS TEXT) IS NULL OR customer_id IN"
    " (SELECT CAST(value AS INTEGER) FROM json_each(:only)))"
    " GROUP BY why_buy"
)
# Every delight and pain of the segment, whatever its day, grouped by its text (pains by text
# and side): kept across days, the days up to today are picked here (`_delights_upto`,
# `_pains_upto`). Each said on its conversation's day, or on the day it was written down;
# `ids`, `days`, `resolved` (a pain's day of resolution, "" while open) and `took` (days from
# said to resolved, "" while open) pair up, one per time it was said.
_DELIGHT_SQL = (
    "SELECT text, group_concat(customer_id), group_concat(day)"
    " FROM (SELECT d.text AS text, d.customer_id AS customer_id,"
    " coalesce(CAST(c.occurred_on AS TEXT), substr(d.created_at, 1, 10)) AS day"
    " FROM delight d LEFT JOIN conversation c ON c.id = d.conversation_id) AS e"
    " WHERE (CAST(:only AS TEXT) IS NULL OR customer_id IN"
    " (SELECT CAST(value AS INTEGER) FROM json_each(:only)))"
    " GROUP BY text"
)
_PAIN_SQL = (
    "SELECT text, with_whom, group_concat(customer_id), group_concat(day),"
    " group_concat(coalesce(resolved_on, '')),"
    " group_concat(coalesce(CAST(julianday(resolved_on) - julianday(day) AS TEXT), ''))"
    " FROM (SELECT p.text AS text, p.customer_id AS customer_id, p.with_whom AS with_whom,"
    " CAST(p.resolved_on AS TEXT) AS resolved_on,"
    " coalesce(CAST(c.occurred_on AS TEXT), substr(p.created_at, 1, 10)) AS day"
    " FROM pain_point p LEFT JOIN conversation c ON c.id = p.conversation_id) AS e"
    " WHERE (CAST(:only AS TEXT) IS NULL OR customer_id IN"
    " (SELECT CAST(value AS INTEGER) FROM json_each(:only)))"
    " GROUP BY text, with_whom"
)

# The same over some customers (:ids, a JSON array): theirs, read again (`_read_said`).
_DELIGHT_SOME_SQL = (
    "SELECT text, group_concat(customer_id), group_concat(day)"
    " FROM (SELECT d.text AS text, d.customer_id AS customer_id,"
    " coalesce(CAST(c.occurred_on AS TEXT), substr(d.created_at, 1, 10)) AS day"
    " FROM delight d LEFT JOIN conversation c ON c.id = d.conversation_id"
    " WHERE d.customer_id IN (SELECT CAST(value AS INTEGER) FROM json_each(:ids))) AS e"
    " WHERE (CAST(:only AS TEXT) IS NULL OR customer_id IN"
    " (SELECT CAST(value AS INTEGER) FROM json_each(:only)))"
    " GROUP BY text"
)
_PAIN_SOME_SQL = (
    "SELECT text, with_whom, group_concat(customer_id), group_concat(day),"
    " group_concat(coalesce(resolved_on, '')),"
    " group_concat(coalesce(CAST(julianday(resolved_on) - julianday(day) AS TEXT), ''))"
    " FROM (SELECT p.text AS text, p.customer_id AS customer_id, p.with_whom AS with_whom,"
    " CAST(p.resolved_on AS TEXT) AS resolved_on,"
    " coalesce(CAST(c.occurred_on AS TEXT), substr(p.created_at, 1, 10)) AS day"
    " FROM pain_point p LEFT JOIN conversation c ON c.id = p.conversation_id"
    " WHERE p.customer_id IN (SELECT CAST(value AS INTEGER) FROM json_each(:ids))) AS e"
    " WHERE (CAST(:only AS TEXT) IS NULL OR customer_id IN"
    " (SELECT CAST(value AS INTEGER) FROM json_each(:only)))"
    " GROUP BY text, with_whom"
)


# Each row of `_DELIGHT_SQL` and `_PAIN_SQL` as `_delights_upto` and `_pains_upto` made it, for
# a day and its windows: rows spliced after a change are the very rows of the time before but
# the changed customers' (`_read_said`), so only those are worked out again.
_UPTO: dict[tuple[object, ...], list[_Text]] = {}
_UPTO_MAX = 3_000  # a segment's delights and pains on a day: a few hundred rows


def _upto_memo(key: tuple[object, ...], work: Callable[[], list[_Text]]) -> list[_Text]:
    found = _UPTO.get(key)
    if found is None:
        if len(_UPTO) > _UPTO_MAX:
            _UPTO.clear()
        found = _UPTO[key] = work()
    return found


def _delights_upto(rows: list[Row], today: str) -> list[_Text]:
    """The delights said up to *today*, one per text (`_DELIGHT_SQL`'s rows), in the order of
    their texts."""
    result = []
    for row in sorted(rows, key=lambda r: r[0] or ""):
        result += _upto_memo((today, *row), partial(_delight_upto, row, today))
    return result


def _delight_upto(row: Row, today: str) -> list[_Text]:
    """`_delights_upto` of one row (none if nothing of it was said by *today*)."""
    text, ids, days = row
    if not (text and text.strip()):
        return []
    cids, said = _ids(ids), days.split(",")
    latest = max(said)
    if latest > today:  # said after today too: only what was said by then
        pairs = [(c, d) for c, d in zip(cids, said, strict=True) if d <= today]
        if not pairs:
            return []
        cids, said = [c for c, _ in pairs], [d for _, d in pairs]
        latest = max(said)
    # How many in the last 90 days and before: the page shows it for pains only.
    return [_Text(text, cids, said, None, True, 0, 0, latest)]


def _pains_upto(rows: list[Row], today: str, last: str, prev: str) -> list[_Text]:
    """The pains said up to *today* (`_PAIN_SQL`'s rows), per text, side and whether still open
    on *today*, in that order; with how many were said, and resolved, in the last 90 days
    (after *last*) and in the 90 before (after *prev*)."""
    result = []
    for row in sorted(rows, key=lambda r: (r[0] or "", r[1] is None, r[1] or "")):
        result += _upto_memo((today, last, prev, *row), partial(_pain_upto, row, today, last, prev))
    return result


def _pain_upto(row: Row, today: str, last: str, prev: str) -> list[_Text]:
    """`_pains_upto` of one row: its open and its resolved pains on *today*."""
    result: list[_Text] = []
    text, whom, ids, days, resolved, took = row
    if not (text and text.strip()):
        return result
    groups: dict[bool, tuple[list[int], list[str], list[str], list[str]]] = {}
    for cid, day, res, t in zip(
        _ids(ids), days.split(","), resolved.split(","), took.split(","), strict=True
    ):
        if day > today:
            continue
        still_open = not res or res > today
        group = groups.get(still_open)
        if group is None:
            group = groups[still_open] = ([], [], [], [])
        group[0].append(cid)
        group[1].append(day)
        group[2].append(res)
        group[3].append(t)
    for still_open in (False, True):
        if still_open not in groups:
            continue
        cids, said, res_days, took_days = groups[still_open]
        r_last = r_prev = 0
        r_took: tuple[float, ...] = ()
        if not still_open:
            r_last = sum(1 for r in res_days if r > last)
            r_prev = sum(1 for r in res_days if prev < r <= last)
            r_took = tuple(float(t) for t in took_days if t)
        result.append(
            _Text(
                text,
                cids,
                said,
                whom,
                still_open,
                sum(1 for d in said if d > last),
                sum(1 for d in said if prev < d <= last),
                max(said),
                r_last,
                r_prev,
                r_took,
            )
        )
    return result


def _window_params(ctx: _Context) -> dict[str, object]:
    last = ctx.today - dt.timedelta(days=RECENT_DAYS)
    prev = last - dt.timedelta(days=RECENT_DAYS)
    return {
        "today": ctx.today.isoformat(),
        "last": last.isoformat(),
        "prev": prev.isoformat(),
        "only": ctx.only,
    }


def _parse(found: Iterable[Row]) -> list[_Text]:
    """The texts a grouped statement (`_WHY_SQL` and the like) gave."""
    result = []
    for text, ids, days, whom, still_open, last, prev, latest, r_last, r_prev, r_days in found:
        if not (text and text.strip()):
            continue
        if still_open:  # resolved after today, if at all: nothing resolved yet
            r_last, r_prev, r_days = 0, 0, None
        result.append(
            _Text(
                text,
                _ids(ids),
                days.split(","),
                whom,
                bool(still_open),
                last,
                prev,
                latest,
                r_last or 0,
                r_prev or 0,
                tuple(map(float, r_days.split(","))) if r_days else (),
            )
        )
    return result


def _languages(*groups: Sequence[_Text]) -> dict[str, str]:
    """The language to stem each distinct text in.

    A text with clues of its own (function words, letters, script) is in the language they
    point to. A customer who wrote in another language than English anywhere is taken to write
    in it; a text without clues takes the language most of the customers who said it write in,
    English when none of them is known to write in another.
    """
    texts = [t for group in groups for t in group]
    own: dict[str, str] = {}
    writes: dict[int, Counter[str]] = defaultdict(Counter)
    for t in texts:
        clues = th.language_clues(t.text)
        if clues:
            lang = th.guess_language([t.text])
            own[t.text] = lang
            if lang != "english":
                for cid in set(t.ids):
                    writes[cid][lang] += 1
    result: dict[str, str] = {}
    for t in texts:
        if t.text in own:
            result[t.text] = own[t.text]
            continue
        votes: Counter[str] = Counter()
        for cid in set(t.ids):
            if cid in writes:
                votes[writes[cid].most_common(1)[0][0]] += 1
        result[t.text] = min(votes, key=lambda k: (-votes[k], k)) if votes else "english"
    return result


def _themes(
    texts: Sequence[_Text], languages: dict[str, str], names: dict[str, str] | None = None
) -> list[tuple[str, str, list[_Text]]]:
    """(key, name, its texts) per theme, most customers first. *names* holds the competitor a
    text names, taken out before grouping."""
    names = names or {}
    groups = th.group(
        [th.Answer(t.text, languages.get(t.text, "english"), names.get(t.text)) for t in texts],
        weights=[len(t.ids) for t in texts],
    )
    result = []
    for key, indexes in groups:
        members = [texts[i] for i in indexes]
        # The same complaint of several competitors: its name says "a competitor" (the names
        # are listed beside it); of one, its own words.
        several = len({names[m.text] for m in members if m.text in names}) > 1
        shown = [
            th.without_name(m.text, names.get(m.text), languages.get(m.text, "english"))
            if several
            else m.text
            for m in members
        ]
        name = th.theme_name(shown, [len(m.ids) for m in members])
        result.append((key, name, members))
    customers = {key: len({c for m in members for c in m.ids}) for key, _, members in result}
    result.sort(key=lambda t: (-customers[t[0]], -sum(len(m.ids) for m in t[2]), t[0]))
    return result


def _quotes(ctx: _Context, members: Sequence[_Text]) -> tuple[di.Quote, ...]:
    """The latest words of up to three different customers, different words first."""
    chosen: list[tuple[str, int, str]] = []
    ordered = sorted(members, key=lambda m: (m.latest, m.text), reverse=True)

    def take(candidates: Iterable[tuple[str, int]], text: str) -> bool:
        for day, cid in candidates:
            if len(chosen) == QUOTES:
                return True
            if all(c[1] != cid for c in chosen):
                chosen.append((day, cid, text))
                return False
        return len(chosen) == QUOTES

    # First the latest mention of each of the most recent texts, then more of the same texts.
    for m in ordered[: QUOTES * 3]:
        best = max(zip(m.days, m.ids, strict=True))
        if take([best], m.text):
            break
    if len(chosen) < QUOTES:
        for m in ordered[:QUOTES]:
            pairs = heapq.nlargest(QUOTES * 4, zip(m.days, m.ids, strict=True))
            if take(pairs, m.text):
                break
    chosen.sort(key=lambda c: (c[0], c[1]), reverse=True)
    return tuple(di.Quote(cid, ctx.name(cid), _day(day), text) for day, cid, text in chosen)


# The customers' fingerprint and rank of the last page worked out with kept parts, by segment,
# and the themes made for it, by segment, section, key and name, with the very texts they were
# made of and the customers' fingerprint they were made for: a theme none of whose texts
# changed (a delight said adds to one of them) is the same, for the same customers.
_LAST_CUSTOMERS: dict[str, tuple[tuple[object, ...], dict[int, int], int | None]] = {}
_THEMES: dict[tuple[str, str, str, str], tuple[tuple[_Text, ...], object, di.Theme]] = {}


def _theme(
    ctx: _Context, key: str, name: str, members: Sequence[_Text], section: str = ""
) -> di.Theme:
    if ctx.parts is None:
        return _theme_of(ctx, key, name, members)
    slot = (ctx.only or "", section, key, name)
    hit = _THEMES.get(slot)
    if (
        hit is not None
        and hit[1] is ctx.fingerprint()
        and len(hit[0]) == len(members)
        and all(a is b for a, b in zip(hit[0], members, strict=True))
    ):
        return hit[2]
    result = _theme_of(ctx, key, name, members)
    if len(_THEMES) > 200:
        _THEMES.clear()
    _THEMES[slot] = (tuple(members), ctx.fingerprint(), result)
    return result


def _theme_of(ctx: _Context, key: str, name: str, members: Sequence[_Text]) -> di.Theme:
    ids = ctx.by_value({c for m in members for c in m.ids})
    mentions = sum(len(m.ids) for m in members)
    return di.Theme(key, name, mentions, tuple(ids), ctx.value_share(ids), _quotes(ctx, members))


# --- 2. Why they buy ---------------------------------------------------------------------------


def why_they_buy(ctx: _Context, said: Sequence[_Text], languages: dict[str, str]) -> di.WhyTheyBuy:
    answered = {c for t in said for c in t.ids}
    best = [cid for cid, r in ctx.rows.items() if r.tier == "A" and cid not in answered]
    never = ctx.refs(ctx.by_value(best))
    never_meaning = (
        InsightsText.tr(
            "%n best customer(s) (tier A) never said why they buy: ask them first.", "", len(best)
        )
        if best
        else None
    )
    # Answers made only of words that name no theme ("other") give none: nothing yet either.
    themes = tuple(_theme(ctx, *t, "why") for t in _themes(said, languages)[:THEMES_SHOWN])
    if not themes:
        return di.WhyTheyBuy(
            None,
            InsightsText.tr(
                "No reasons for buying recorded yet: ask your customers why they buy from you and "
                "note their own words."
            ),
            never_asked=never,
            never_asked_meaning=never_meaning,
        )
    first = themes[0]
    giving = (
        InsightsText.tr(
            "%n customer(s), {share} of the value",
            "",
            first.customer_count,
            share=_share(first.value_share),
        )
        if first.value_share is not None
        else InsightsText.tr("%n customer(s)", "", first.customer_count)
    )
    meaning = InsightsText.tr(
        "%n customer(s) told you why they buy; the reason most give is '{reason}' ({giving}).",
        "",
        len(answered),
        reason=first.name,
        giving=giving,
    )
    answers = sum(len(t.ids) for t in said)
    return di.WhyTheyBuy(meaning, None, answers, len(answered), themes, never, never_meaning)


# --- 3. Delights and pains ---------------------------------------------------------------------


def delights(ctx: _Context, said: Sequence[_Text], languages: dict[str, str]) -> di.Delights:
    # Delights made only of words that name no theme ("other") give none: nothing yet either.
    themes = tuple(_theme(ctx, *t, "delights") for t in _themes(said, languages)[:THEMES_SHOWN])
    if not themes:
        return di.Delights(
            None,
            InsightsText.tr(
                "No delights recorded yet: note what pleases your customers when they say it."
            ),
        )
    first = themes[0]
    meaning = InsightsText.tr(
        "What delights customers most: '{delight}' (%n customer(s)); start your marketing there.",
        "",
        first.customer_count,
        delight=first.name,
    )
    return di.Delights(meaning, None, sum(len(t.ids) for t in said), themes)


def pains(
    session: Source, ctx: _Context, texts: Sequence[_Text], languages: dict[str, str]
) -> di.Pains:
    if not texts:
        return di.Pains(
            None,
            InsightsText.tr(
                "No pain points recorded yet: note what troubles your customers, with you or "
                "with a competitor."
            ),
        )
    ours = [t for t in texts if t.with_whom != "competitor"]
    theirs = [t for t in texts if t.with_whom == "competitor"]
    distinct_theirs = list(dict.fromkeys(t.text for t in theirs))
    found = th.competitor_names(distinct_theirs)
    names = {distinct_theirs[i]: name for i, name in found.items()}

    def count(items: Iterable[_Text]) -> int:
        return sum(len(t.ids) for t in items)

    def build(grouped: list[tuple[str, str, list[_Text]]], whom: str) -> tuple[di.PainTheme, ...]:
        result = []
        for key, name, members in grouped[:THEMES_SHOWN]:
            opened = [m for m in members if m.open]
            # The competitors named, the most mentioned first.
            named: Counter[str] = Counter()
            for m in members:
                if m.text in names:
                    named[names[m.text]] += len(m.ids)
            comps = sorted(named, key=lambda n: (-named[n], n.casefold()))
            result.append(
                di.PainTheme(
                    key,
                    name,
                    count(members),
                    tuple(ctx.by_value({c for m in members for c in m.ids})),
                    count(opened),
                    count(members) - count(opened),
                    tuple(comps) if whom == "competitor" else (),
                    _quotes(ctx, members),
                    tuple(ctx.by_value({c for m in opened for c in m.ids})),
                )
            )
        return tuple(result)

    changes = []
    built = {}
    for whom, items in (("us", ours), ("competitor", theirs)):
        grouped = _themes(items, languages, names)
        built[whom] = build(grouped, whom)
        for key, name, members in grouped:
            last = sum(m.last_90 for m in members)
            prev = sum(m.previous_90 for m in members)
            if last or prev:
                changes.append(di.ThemeChange(key, name, whom, last, prev))
    changes.sort(key=lambda c: (-abs(c.last_90 - c.previous_90), -c.last_90, c.key))

    resolved = [t for t in ours if not t.open]
    days = sorted(d for t in resolved for d in t.resolve_days if d >= 0)
    median = _whole(statistics.median(days)) if days else None
    closed_last = sum(t.resolved_last_90 for t in resolved)
    closed_prev = sum(t.resolved_previous_90 for t in resolved)
    raised_last = sum(t.last_90 for t in ours)
    raised_prev = sum(t.previous_90 for t in ours)
    ours_open = count(t for t in ours if t.open)
    theirs_open = count(t for t in theirs if t.open)
    change_meaning = InsightsText.tr(
        "In the last 90 days customers raised %n pain(s) with you ({before} in the 90 days "
        "before) and you resolved {resolved} ({resolved_before} before).",
        "",
        raised_last,
        before=raised_prev,
        resolved=closed_last,
        resolved_before=closed_prev,
    )
    rising = [c for c in changes if c.last_90 > c.previous_90]
    if rising:
        top = rising[0]
        change_meaning = (
            InsightsText.tr(
                "{change} Rising most: '{pain}' ({now} against {before}).",
                change=change_meaning,
                pain=top.name,
                now=top.last_90,
                before=top.previous_90,
            )
            if top.with_whom == "us"
            # The sentence before counts the pains with you: say when the rising one is not.
            else InsightsText.tr(
                "{change} Rising most: '{pain}', with competitors ({now} against {before}).",
                change=change_meaning,
                pain=top.name,
                now=top.last_90,
                before=top.previous_90,
            )
        )
    # The verb agrees with the open count ("1 of 3 pains with you is open").
    if median is None:
        ours_meaning = (
            InsightsText.tr("{open} of %n pain(s) with you is open", "", count(ours), open=1)
            if ours_open == 1
            else InsightsText.tr(
                "{open} of %n pain(s) with you are open", "", count(ours), open=ours_open
            )
        )
    elif ours_open == 1:
        ours_meaning = InsightsText.tr(
            "{open} of %n pain(s) with you is open, resolved in {days} days (median)",
            "",
            count(ours),
            open=1,
            days=median,
        )
    else:
        ours_meaning = InsightsText.tr(
            "{open} of %n pain(s) with you are open, resolved in {days} days (median)",
            "",
            count(ours),
            open=ours_open,
            days=median,
        )
    meaning = (
        InsightsText.tr(
            "{ours}; {open} of %n pain(s) with competitors is open — their pains are your "
            "opportunity.",
            "",
            count(theirs),
            ours=ours_meaning,
            open=1,
        )
        if theirs_open == 1
        else InsightsText.tr(
            "{ours}; {open} of %n pain(s) with competitors are open — their pains are your "
            "opportunity.",
            "",
            count(theirs),
            ours=ours_meaning,
            open=theirs_open,
        )
    )
    return di.Pains(
        meaning,
        None,
        built["us"],
        built["competitor"],
        ours_open,
        count(ours) - ours_open,
        theirs_open,
        count(theirs) - theirs_open,
        median,
        raised_last,
        raised_prev,
        closed_last,
        closed_prev,
        tuple(changes[:THEMES_SHOWN]),
        change_meaning,
    )


# --- 4. Trust and generosity -------------------------------------------------------------------


# Gifts per customer and currency (migration 0018: a gift's cost keeps the currency it was
# given in; NULL, read as the journal's, only for a gift brought back by undo from before it),
# with how many have a cost, and per reaction, as of :today; the `_EVERY` forms over every
# gift, whatever its day (kept across days: `_read_upto`).
_GIFTS_EVERY_SQL = (
    "SELECT customer_id, count(*), coalesce(sum(cost_minor), 0), max(given_on), currency,"
    " count(cost_minor) FROM gift"
    " WHERE (CAST(:only AS TEXT) IS NULL OR customer_id IN"
    " (SELECT CAST(value AS INTEGER) FROM json_each(:only)))"
    " GROUP BY customer_id, currency"
)
_GIFTS_SQL = (
    "SELECT customer_id, count(*), coalesce(sum(cost_minor), 0), max(given_on), currency,"
    " count(cost_minor) FROM gift"
    " WHERE given_on <= :today"
    " AND (CAST(:only AS TEXT) IS NULL OR customer_id IN"
    " (SELECT CAST(value AS INTEGER) FROM json_each(:only)))"
    " GROUP BY customer_id, currency"
)
_REACTIONS_EVERY_SQL = (
    "SELECT reaction, group_concat(customer_id), group_concat(given_on), NULL, 1, 0, 0,"
    " max(given_on), 0, 0, NULL FROM gift"
    " WHERE reaction IS NOT NULL AND trim(reaction) != ''"
    " AND (CAST(:only AS TEXT) IS NULL OR customer_id IN"
    " (SELECT CAST(value AS INTEGER) FROM json_each(:only)))"
    " GROUP BY reaction"
)
_REACTIONS_SQL = (
    "SELECT reaction, group_concat(customer_id), group_concat(given_on), NULL, 1, 0, 0,"
    " max(given_on), 0, 0, NULL FROM gift"
    " WHERE given_on <= :today AND reaction IS NOT NULL AND trim(reaction) != ''"
    " AND (CAST(:only AS TEXT) IS NULL OR customer_id IN"
    " (SELECT CAST(value AS INTEGER) FROM json_each(:only)))"
    " GROUP BY reaction"
)
# Invitations sent by :today, with their status as of :today (the last change by then), and
# whether the event's day has come.
_INVITATIONS_SQL = (
    "SELECT event_on <= :today AS past, status, count(*), group_concat(DISTINCT customer_id)"
    " FROM (SELECT i.customer_id AS customer_id, i.event_on AS event_on,"
    " coalesce((SELECT s.status FROM invitation_status_change s WHERE s.invitation_id = i.id"
    " AND s.changed_on <= :today ORDER BY s.changed_on DESC, s.id DESC LIMIT 1), i.status)"
    " AS status FROM invitation i WHERE i.invited_on <= :today"
    " AND (CAST(:only AS TEXT) IS NULL OR i.customer_id IN"
    " (SELECT CAST(value AS INTEGER) FROM json_each(:only)))) AS e"
    " GROUP BY past, status"
)
# The same when no status changed after :today (the usual case): the status is the current one.
_INVITATIONS_NOW_SQL = (
    "SELECT event_on <= :today AS past, status, count(*), group_concat(DISTINCT customer_id)"
    " FROM invitation WHERE invited_on <= :today"
    " AND (CAST(:only AS TEXT) IS NULL OR customer_id IN"
    " (SELECT CAST(value AS INTEGER) FROM json_each(:only)))"
    " GROUP BY past, status"
)
_LAST_STATUS_SQL = "SELECT max(changed_on) FROM invitation_status_change"
_MILESTONES_EVERY_SQL = (
    "SELECT kind, count(*), group_concat(DISTINCT customer_id), max(occurred_on) FROM milestone"
    " WHERE (CAST(:only AS TEXT) IS NULL OR customer_id IN"
    " (SELECT CAST(value AS INTEGER) FROM json_each(:only)))"
    " GROUP BY kind"
)
_MILESTONES_SQL = (
    "SELECT kind, count(*), group_concat(DISTINCT customer_id), max(occurred_on) FROM milestone"
    " WHERE occurred_on <= :today"
    " AND (CAST(:only AS TEXT) IS NULL OR customer_id IN"
    " (SELECT CAST(value AS INTEGER) FROM json_each(:only)))"
    " GROUP BY kind"
)


def trust(session: Source, ctx: _Context) -> di.Trust:
    today = ctx.today
    params = _window_params(ctx)
    parts = ctx.parts
    gifts = _read_upto(session, ctx, "gifts", _GIFTS_EVERY_SQL, _GIFTS_SQL, 3)
    ((last_change,),) = _read(session, parts, "last_status", _LAST_STATUS_SQL, ()).rows()
    as_of = last_change is not None and _day(last_change) > today
    invitations = _read(
        session, parts, "invitations", _INVITATIONS_SQL if as_of else _INVITATIONS_NOW_SQL, params
    )
    milestones = _read_upto(session, ctx, "milestones", _MILESTONES_EVERY_SQL, _MILESTONES_SQL, 3)
    reactions = _read_upto(session, ctx, "reactions", _REACTIONS_EVERY_SQL, _REACTIONS_SQL, 7)
    section: di.Trust = _remembered(
        "trust",
        ctx,
        (gifts.token, invitations.token, milestones.token, reactions.token),
        lambda: _trust(
            ctx,
            gifts.rows(),
            invitations.rows(),
            [row[:3] for row in milestones.rows()],
            reactions.memo("texts", _parse),
        ),
    )
    return section


def _trust(
    ctx: _Context,
    gifts: list[Row],
    invitations: list[Row],
    milestones: list[Row],
    reactions: list[_Text],
) -> di.Trust:
    today = ctx.today
    invited = {c for row in invitations for c in _ids(row[3])}
    never = [
        cid
        for cid, r in ctx.rows.items()
        if r.stage in ("connection", "loyalty") and cid not in invited
    ]
    since = tier_rules.window_start(today).isoformat()
    gifted_12m = {row[0] for row in gifts if row[3] >= since}
    no_gift = [cid for cid, r in ctx.rows.items() if r.tier == "A" and cid not in gifted_12m]
    never_meaning = (
        InsightsText.tr(
            "%n customer(s) in Connection or Loyalty never had an invitation.", "", len(never)
        )
        if never
        else None
    )
    no_gift_meaning = (
        InsightsText.tr("%n best customer(s) (tier A) had no gift in 12 months.", "", len(no_gift))
        if no_gift
        else None
    )
    never_refs = ctx.refs(ctx.by_value(never))
    no_gift_refs = ctx.refs(ctx.by_value(no_gift))
    if not gifts and not invitations and not milestones:
        return di.Trust(
            None,
            InsightsText.tr(
                "No gifts, invitations or milestones recorded yet: trust grows through generosity "
                "and invitations, so note them as they happen."
            ),
            ctx.currency,
            never_invited=never_refs,
            never_invited_meaning=never_meaning,
            best_without_gift=no_gift_refs,
            best_without_gift_meaning=no_gift_meaning,
        )
    # Reactions are grouped as they were written (folded alike), not by theme: they are few.
    by_reaction: dict[str, list[_Text]] = defaultdict(list)
    for t in reactions:
        by_reaction[fold(" ".join(t.text.split())).rstrip(".!")].append(t)
    reaction_rows = sorted(
        (
            di.ReactionCount(
                key,
                th.theme_name([m.text for m in items], [len(m.ids) for m in items]),
                sum(len(m.ids) for m in items),
                tuple(ctx.by_value({c for m in items for c in m.ids})),
                _quotes(ctx, items),
            )
            for key, items in by_reaction.items()
        ),
        key=lambda r: (-r.count, r.key),
    )
    status_count: Counter[str] = Counter()
    sent = 0
    for past, status, n, _ in invitations:
        sent += n
        if past:
            status_count[status] += n
    past_total = sum(status_count.values())
    accepted = status_count["accepted"] + status_count["attended"] + status_count["no-show"]
    attended, no_show = status_count["attended"], status_count["no-show"]
    milestone_rows = tuple(
        di.MilestoneCount(kind, milestone_label(kind), n, tuple(ctx.by_value(set(_ids(ids)))))
        for kind, n, ids in sorted(milestones, key=lambda m: (-m[1], m[0]))
    )
    n_gifts = sum(g[1] for g in gifts)
    gift_customers = len({g[0] for g in gifts})
    # The cost of gifts counts those in the journal's currency; the others are said, as value
    # leaves out purchases in another currency.
    cost = 0
    others: dict[str, list[int]] = {}  # currency -> [cost, gifts with a cost]
    for _cid, _n, minor, _last, currency, costed in gifts:
        if currency is None or currency == ctx.currency:
            cost += minor
        elif costed:
            slot = others.setdefault(currency, [0, 0])
            slot[0] += minor
            slot[1] += costed
    other_costs = tuple(di.OtherCost(c, minor, n) for c, (minor, n) in sorted(others.items()))
    parts = [
        InsightsText.tr(
            "%n gift(s) to {customers}",
            "",
            n_gifts,
            customers=InsightsText.tr("%n customer(s)", "", gift_customers),
        )
    ]
    if past_total:
        parts.append(
            InsightsText.tr(
                "{accepted} of invitations accepted, {attended} of those attended",
                accepted=_share(_ratio(accepted, past_total)),
                attended=_share(_ratio(attended, accepted)),
            )
        )
    parts.append(
        InsightsText.tr("%n trust milestone(s) reached", "", sum(m.count for m in milestone_rows))
    )
    return di.Trust(
        InsightsText.tr("{parts}.", parts=Parts(parts)),
        None,
        ctx.currency,
        n_gifts,
        gift_customers,
        cost,
        sum(r.count for r in reaction_rows),
        tuple(reaction_rows[:THEMES_SHOWN]),
        sent,
        past_total,
        _ratio(accepted, past_total),
        _ratio(attended, accepted),
        _ratio(no_show, accepted),
        _ratio(status_count["declined"], past_total),
        milestone_rows,
        never_refs,
        never_meaning,
        no_gift_refs,
        no_gift_meaning,
        other_costs,
        _other_cost_note(other_costs, ctx.currency),
    )


def _other_cost_note(other: tuple[di.OtherCost, ...], currency: str) -> str | None:
    """What the cost of gifts left out, as a sentence the app says in its language."""
    if not other:
        return None
    return InsightsText.tr(
        "Left out of the cost of gifts: {parts}, not in the journal's currency ({currency}).",
        parts=Listed(
            InsightsText.tr(
                "%n gift(s) in {currency} ({amount})",
                "",
                o.gifts,
                currency=o.currency,
                amount=Amount(o.cost_minor, o.currency),
            )
            for o in other
        ),
        currency=currency,
    )


# --- 5. Stages ---------------------------------------------------------------------------------

# Days spent in each stage left, from a change to the customer's next change (on `next_on`),
# over every change whatever its day (kept across days): a stage was left by :today when its
# next change is dated by then (`_medians`), since a customer's changes up to a day come first
# in the order of their days.
_STAGE_DAYS_SQL = (
    "SELECT stage, days, next_on FROM (SELECT stage, julianday(lead(changed_on) OVER"
    " (PARTITION BY customer_id ORDER BY changed_on, id)) - julianday(changed_on) AS days,"
    " CAST(lead(changed_on) OVER (PARTITION BY customer_id ORDER BY changed_on, id) AS TEXT)"
    " AS next_on"
    " FROM stage_change WHERE (CAST(:only AS TEXT) IS NULL OR customer_id IN"
    " (SELECT CAST(value AS INTEGER) FROM json_each(:only)))) AS e"
    " WHERE days IS NOT NULL"
)
# Moves between stages in the last 90 days.
_MOVES_SQL = (
    "SELECT from_stage, stage, group_concat(customer_id) FROM stage_change"
    " WHERE changed_on > :last AND changed_on <= :today AND from_stage IS NOT NULL"
    " AND from_stage != stage"
    " AND (CAST(:only AS TEXT) IS NULL OR customer_id IN"
    " (SELECT CAST(value AS INTEGER) FROM json_each(:only)))"
    " GROUP BY from_stage, stage"
)


def _medians(spent: Iterable[Row], today: str) -> dict[str, int]:
    """The median days spent in each stage left by *today* (`_STAGE_DAYS_SQL`'s rows), rounded
    half up to whole days."""
    by_stage: dict[str, list[float]] = defaultdict(list)
    for stage, days, next_on in spent:
        if next_on <= today:
            by_stage[stage].append(days)
    return {stage: _whole(statistics.median(days)) for stage, days in by_stage.items() if days}


def _stage_members(ctx: _Context) -> dict[str, tuple[int, ...]]:
    """Each stage's customers, the most valuable first."""
    members: dict[str, list[int]] = defaultdict(list)
    for cid, r in ctx.rows.items():
        members[r.stage].append(cid)
    return {stage: tuple(ctx.by_value(ids)) for stage, ids in members.items()}


def _stage_moves(
    ctx: _Context, found: list[Row]
) -> tuple[dict[tuple[str, str], list[int]], tuple[di.StageMove, ...]]:
    """The stage moves of `_MOVES_SQL`'s rows, by (from, to), and as the page lists them."""
    moves = {(f, t): _ids(ids) for f, t, ids in found}
    move_rows = tuple(
        di.StageMove(f, t, len(ids), tuple(ctx.by_value(set(ids))))
        for (f, t), ids in sorted(
            moves.items(), key=lambda kv: (-len(kv[1]), str(kv[0][0]), kv[0][1])
        )
    )
    return moves, move_rows


def stages(session: Source, ctx: _Context) -> di.Stages:
    if not ctx.rows:
        return di.Stages(
            None,
            InsightsText.tr("No customers here yet: stages appear once you add customers."),
        )
    today = ctx.today
    params = _window_params(ctx)
    spent = _read(session, ctx.parts, "stage_days", _STAGE_DAYS_SQL, {"only": ctx.only})
    medians: dict[str, int] = _remembered(
        "stage_days",
        ctx,
        (today, spent.token),
        lambda: _medians(spent.rows(), str(params["today"])),
        customers=False,
    )
    moved = _read(session, ctx.parts, "moves", _MOVES_SQL, params)
    moves, move_rows = _remembered(
        "stage_moves", ctx, (today, moved.token), lambda: _stage_moves(ctx, moved.rows())
    )
    by_stage = _remembered("stage_members", ctx, (), lambda: _stage_members(ctx))
    n = len(ctx.rows)
    rows = []
    for stage in STAGES:
        ids = by_stage.get(stage, ())
        neglected = [c for c in ids if ctx.rows[c].next_due < today]
        into = sum(len(v) for (_, to), v in moves.items() if to == stage)
        rows.append(
            di.StageRow(
                stage,
                STAGE_LABELS[stage],
                len(ids),
                tuple(ids),
                _ratio(len(ids), n),
                medians.get(stage),
                into,
                len(neglected),
                tuple(neglected),
                _ratio(len(neglected), len(ids)),
            )
        )
    total_moves = sum(m.count for m in move_rows)
    most = max(r.customers for r in rows)
    biggest = [r for r in rows if r.customers == most]
    if len(biggest) == 1:
        meaning = InsightsText.tr(
            "Most customers are in {stage} ({customers} of {all}); %n stage move(s) in the last "
            "90 days.",
            "",
            total_moves,
            stage=phrase("Vocabulary", biggest[0].label),
            customers=most,
            all=n,
        )
    elif len(biggest) == sum(1 for r in rows if r.customers):  # every stage with anyone ties
        meaning = InsightsText.tr(
            "Customers are spread evenly over {stages}, {customers} in each; %n stage move(s) in "
            "the last 90 days.",
            "",
            total_moves,
            stages=Listed(phrase("Vocabulary", r.label) for r in biggest),
            customers=most,
        )
    else:
        meaning = InsightsText.tr(
            "Most customers are in {stages}, {customers} in each ({all} in all); %n stage "
            "move(s) in the last 90 days.",
            "",
            total_moves,
            stages=Listed(phrase("Vocabulary", r.label) for r in biggest),
            customers=most,
            all=n,
        )
    rated = [r for r in rows if r.neglect_rate is not None]
    worst = max(rated, key=lambda r: (r.neglect_rate or 0, r.customers)) if rated else None
    neglect_meaning = (
        InsightsText.tr(
            "{stage} is the most neglected stage: {share} of its customers are past their "
            "stay-in-touch cadence.",
            stage=phrase("Vocabulary", worst.label),
            share=_share(worst.neglect_rate),
        )
        if worst and worst.neglected
        else None
    )
    return di.Stages(meaning, None, tuple(rows), total_moves, move_rows, neglect_meaning)


# --- 6. Relationship health --------------------------------------------------------------------


Scores = tuple[int | None, int | None, int | None, int | None]


ScoresAt = Callable[..., tuple[dict[int, Scores], dict[int, Scores]]]


def _tier_of(session: Source, ctx: _Context) -> Callable[[dt.date, int], str | None] | None:
    """A customer's tier on a day the health figures work out (store/health.py `TierOf`), as
    `tier_of_one` would read it: today's from how `_customers` ranked everyone; the earlier day's
    from its buyers' values, kept as a part (with kept parts only), ranked once."""
    ranked = ctx.ranked
    if ranked is None:
        return None
    floors: dict[dt.date, tuple[dict[int, int], float, float]] = {}

    def tier_of(day: dt.date, cid: int) -> str | None:
        if day == ctx.today:
            return ranked.tiers.get(cid)
        if ctx.parts is None or day > ctx.today:
            return None
        if day not in floors:
            values = _values(session, ctx.parts, "values_before", day, ctx.currency)
            floors[day] = (values, *_floors(values, ranked.pins))
        values, a_floor, b_floor = floors[day]
        return tier_rules.tier(values.get(cid), ranked.pins.get(cid), a_floor, b_floor)

    return tier_of


_FLOORS: list[tuple[object, object, tuple[float, float]]] = []


def _floors(values: dict[int, int], pins: dict[int, str]) -> tuple[float, float]:
    """`tier_rules.ranking(values, pins)`, the same as last time for equal values and pins."""
    last = _FLOORS[0] if _FLOORS else None  # read once: another thread may replace it
    if last is not None and last[0] is values and last[1] == pins:
        return last[2]
    found = tier_rules.ranking(values, pins)
    _FLOORS[:] = [(values, pins, found)]
    return found


def _scores_of_all() -> ScoresAt | None:
    """The health lane's `store.health.scores_of_all_at` (each customer's four scores, in the
    order of `di.HEALTH_ELEMENTS`, without the sentences the page never shows, on two days:
    90 days ago and today, read together), where this build has it."""
    try:
        module = importlib.import_module("custjournal.store.health")
    except ImportError:
        return None
    found: ScoresAt | None = getattr(module, "scores_of_all_at", None)
    return found


def _median_of_sorted(scores: list[int]) -> float:
    """`statistics.median(scores)` of scores sorted already (as `_HealthState` keeps them):
    without sorting them again."""
    n = len(scores)
    middle = n // 2
    return scores[middle] if n % 2 else (scores[middle - 1] + scores[middle]) / 2


def _bucket(score: int) -> int:
    return min(score // 20, 4)


_BUCKET_OF = {score: _bucket(score) for score in range(101)}


def _faller_key(f: di.HealthFaller) -> tuple[int, str, int]:
    return (-f.drop, f.name.casefold(), f.customer_id)


def _faller(ctx: _Context, cid: int, a: Scores | None, b: Scores | None) -> di.HealthFaller | None:
    """*cid*'s fall in health from *a* (90 days ago) to *b* (today), None if none."""
    if a is None or b is None or a == b:  # the same scores: no fall
        return None
    drops: dict[str, int] = {}
    then_scores, now_scores = [], []
    for element, s0, s1 in zip(di.HEALTH_ELEMENTS, a, b, strict=True):
        if s0 is None or s1 is None:
            continue
        then_scores.append(s0)
        now_scores.append(s1)
        drops[element] = s0 - s1
    if not then_scores:
        return None
    # The means rounded half up, as the scores are: whole numbers, and the fall between them.
    then_mean = _whole(sum(then_scores) / len(then_scores))
    now_mean = _whole(sum(now_scores) / len(now_scores))
    if then_mean <= now_mean:
        return None
    weakest = max(drops, key=lambda e: (drops[e], -di.HEALTH_ELEMENTS.index(e)))
    return di.HealthFaller(
        cid, ctx.name(cid), then_mean, now_mean, then_mean - now_mean, weakest, drops
    )


def _element_score(h: Scores | None, index: int) -> int | None:
    score = h[index] if h else None
    return None if score is None else int(score)


class _HealthState:
    """The health section's figures before they become the page's objects: per element its
    buckets (ids in the page's order) and its known scores (sorted), and every faller (sorted
    as shown). Worked out whole, or moved on from the last page's for the few customers whose
    scores changed since (a conversation: one), which gives the same figures."""

    __slots__ = ("key", "now", "before", "buckets", "scores", "unknown", "fallers", "fell")

    def __init__(
        self,
        ctx: _Context,
        before: dict[int, Scores],
        now: dict[int, Scores],
        pause: Callable[[], None] | None = None,
    ) -> None:
        self.key = ctx.fingerprint() if ctx.parts is not None else None
        self.now, self.before = now, before
        ordered = ctx.by_value(ctx.rows)
        now_get = now.get
        scored = [(cid, now_get(cid)) for cid in ordered]
        bucket_of = _BUCKET_OF.get
        self.buckets: list[list[list[int]]] = []
        self.scores: list[list[int]] = []
        self.unknown: list[int] = []
        for index in range(len(di.HEALTH_ELEMENTS)):
            if pause is not None:
                pause()  # a checkpoint per element (the app's worker gives way there)
            buckets: list[list[int]] = [[] for _ in di.HEALTH_BUCKETS]
            scores = []
            unknown = 0
            for cid, h in scored:
                score = h[index] if h else None
                if score is None:
                    unknown += 1
                    continue
                if type(score) is not int:
                    score = int(score)
                bucket = bucket_of(score)
                buckets[_bucket(score) if bucket is None else bucket].append(cid)
                scores.append(score)
            scores.sort()
            self.buckets.append(buckets)
            self.scores.append(scores)
            self.unknown.append(unknown)
        before_get = before.get
        fell = {}
        for cid in paced(ctx.rows, pause):
            found = _faller(ctx, cid, before_get(cid), now_get(cid))
            if found is not None:
                fell[cid] = found
        self.fell = fell
        self.fallers = sorted(fell.values(), key=_faller_key)

    def move_on(
        self, ctx: _Context, before: dict[int, Scores], now: dict[int, Scores], changed: list[int]
    ) -> None:
        """The figures with *changed* customers' scores as in *now* and *before*."""
        rank = ctx.rank.__getitem__
        for cid in changed:
            old, new = self.now.get(cid), now.get(cid)
            for index in range(len(di.HEALTH_ELEMENTS)):
                s0, s1 = _element_score(old, index), _element_score(new, index)
                if s0 == s1:
                    continue
                scores = self.scores[index]
                if s0 is None:
                    self.unknown[index] -= 1
                else:
                    self.buckets[index][_bucket(s0)].remove(cid)
                    del scores[bisect.bisect_left(scores, s0)]
                if s1 is None:
                    self.unknown[index] += 1
                else:
                    bisect.insort(self.buckets[index][_bucket(s1)], cid, key=rank)
                    bisect.insort(scores, s1)
            gone = self.fell.pop(cid, None)
            if gone is not None:
                self.fallers.remove(gone)
            found = _faller(ctx, cid, before.get(cid), new)
            if found is not None:
                self.fell[cid] = found
                bisect.insort(self.fallers, found, key=_faller_key)
        self.now, self.before = now, before


# The health figures of the last page worked out with kept parts, by segment and day (today's and
# tomorrow's, `_SECTIONS`).
_HEALTH: dict[tuple[str, dt.date], _HealthState] = {}
_FEW_CHANGED = 64


def _health_state(
    ctx: _Context,
    before: dict[int, Scores],
    now: dict[int, Scores],
    pause: Callable[[], None] | None = None,
) -> _HealthState:
    """The health figures: the last page's moved on where the same customers (names, values,
    tiers, stages) are asked for and few scores changed, else worked out whole."""
    if ctx.parts is None:
        return _HealthState(ctx, before, now)
    slot = (ctx.only or "", ctx.today)
    last = _HEALTH.pop(slot, None)  # taken while it is moved on: no other thread sees it half
    if last is not None and last.key == ctx.fingerprint():
        last_now, last_before = last.now.get, last.before.get
        changed = [
            cid
            for cid in ctx.rows
            if now.get(cid) != last_now(cid) or before.get(cid) != last_before(cid)
        ]
        if len(changed) <= _FEW_CHANGED:
            last.move_on(ctx, before, now, changed)
            state = last
        else:
            state = _HealthState(ctx, before, now, pause)
    else:
        state = _HealthState(ctx, before, now, pause)
    if len(_HEALTH) > 4:
        _HEALTH.clear()
    _HEALTH[slot] = state
    return state


def health(session: Source, ctx: _Context) -> di.HealthSection:
    of_all = _scores_of_all()
    if of_all is None:
        return di.HealthSection(
            None, InsightsText.tr("Relationship health is not available in this version.")
        )
    if not ctx.rows:
        return di.HealthSection(
            None, InsightsText.tr("No customers here yet: health appears once you add some.")
        )
    before, now = of_all(
        session, (ctx.today - dt.timedelta(days=RECENT_DAYS), ctx.today), _tier_of(session, ctx)
    )
    state = _health_state(ctx, before, now, pause_of(session))
    if not any(state.scores):
        return di.HealthSection(
            None,
            InsightsText.tr(
                "Not enough to tell yet: health needs conversations, promises and facts."
            ),
        )
    elements = [
        di.ElementDistribution(
            element,
            element.capitalize(),
            tuple(len(b) for b in state.buckets[index]),
            tuple(tuple(b) for b in state.buckets[index]),
            state.unknown[index],
            _whole(_median_of_sorted(state.scores[index])) if state.scores[index] else None,
        )
        for index, element in enumerate(di.HEALTH_ELEMENTS)
    ]
    fallers = state.fallers
    weakest_el = min((e for e in elements if e.median is not None), key=lambda e: e.median or 0.0)
    meaning = InsightsText.tr(
        "{element} is the weakest element across these customers (median {median} of 100).",
        element=phrase("Vocabulary", weakest_el.label),
        median=weakest_el.median or 0,
    )
    fallers_meaning = (
        InsightsText.tr(
            "Health fell in the last 90 days for %n customer(s); most for {name} ({before} → "
            "{now}).",
            "",
            len(fallers),
            name=fallers[0].name,
            before=fallers[0].before,
            now=fallers[0].now,
        )
        if fallers
        else InsightsText.tr("Nobody's health fell in the last 90 days.")
    )
    return di.HealthSection(
        meaning,
        None,
        tuple(elements),
        tuple(fallers[:FALLERS]),
        fallers_meaning,
        tuple(f.customer_id for f in fallers),
    )
