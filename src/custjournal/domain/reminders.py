"""Reminder rules: who is due for attention on a given day, and why (`docs/rules.md`,
"Reminders"; the choices taken: `docs/reminders.md`).

Pure functions over plain data: no SQL, no Qt. `store/due.py` gathers a `CustomerFacts` per
customer and calls `due_items(customers, today)`; the Today view, the tray, `custjournal due` and
the iCalendar export all show what comes out, so they always agree.

The rules, each with the day it starts:
- *neglected*: days since the last touch (or since the customer was added, if never touched)
  exceed the cadence in force (`domain/cadence.effective`). The item's `due` is that base day
  plus the cadence; it is listed from the day after.
- *promise*: an open promise due today or earlier, or tomorrow. `due` is the promise's due date.
- *date*: a personal important date (birthday, anniversary) from 7 days before through the day
  itself; 29 February falls on 28 February in other years. `due` is this year's occurrence.
- *buying-stopped*: at least three distinct purchase dates, and days since the last purchase
  exceed twice the median gap between them. `due` is the last purchase plus twice the median;
  it is listed from the day after.
- Archived customers never come due.

Order: overdue promises (due before today) first, the longest overdue first; then every other
item by its customer's ratio, days since last touch ÷ cadence in force, highest first; tier A
before B before C when the ratio is equal.

Snoozing and dismissing work on an item key ("neglected", "promise:12", "date:34",
"buying-stopped"): a snoozed item is hidden until its date (it shows again on that day); a
dismissed item is hidden until the customer's next touch dated after the day of the dismissal.
A touch on the day of the dismissal does not bring it back, because dates carry no time and the
user usually logs the call first and dismisses what is left afterwards. A dismissed important
date is dismissed for this year's occurrence only, so next year's birthday still shows. Logging
a touch clears a neglect reminder by itself: the days since the last touch start again from 0.

Public API: `due_items(customers, today) -> list[DueItem]` (sorted), `customer_items` (one
customer, unsorted), `sort_key`; the records `CustomerFacts`, `OpenPromise`, `ImportantDate`,
`ReminderMark`, `DueItem`; item keys with `item_key`, `parse_item_key`, `parse_reason`; picking
a promise or date by text with `pick_target`; `check_snooze_until`; and the calendar helpers
`occurrence`, `next_occurrence`, `month_days_within`, `buying_stopped` (with its parts
`purchase_rhythm`, `PurchaseRhythm` and `rhythm_stopped`).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from custjournal.domain import sorting
from custjournal.domain.cadence import Cadence
from custjournal.domain.errors import Field, UserError
from custjournal.domain.i18n import ErrorText
from custjournal.domain.text import DATE_TARGETS, PROMISE_TARGETS, pick_by_prefix, plural
from custjournal.domain.vocab import pick

NEGLECTED = "neglected"
PROMISE = "promise"
DATE = "date"
BUYING_STOPPED = "buying-stopped"
REASONS: tuple[str, ...] = (NEGLECTED, PROMISE, DATE, BUYING_STOPPED)
# Reasons that name one entry of the customer, so their item key carries the entry's id.
KEYED_REASONS: tuple[str, ...] = (PROMISE, DATE)

DATE_LEAD_DAYS = 7  # important dates show from a week before
PROMISE_LEAD_DAYS = 1  # promises show from the day before they are due
MIN_PURCHASE_DATES = 3
STOPPED_AFTER_GAPS = 2  # buying has stopped after this many median gaps without a purchase
_TIER_RANK = {"A": 0, "B": 1, "C": 2}
_REASON_RANK = {reason: i for i, reason in enumerate(REASONS)}
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


# The records below are plain (not frozen) slotted dataclasses: treat them as read-only. A big
# journal builds tens of thousands of them per due list, and a frozen dataclass took 8x as long
# to build here (55 ms against 7 ms per 10,000).


@dataclass(slots=True)
class OpenPromise:
    id: int
    text: str
    due_on: dt.date


@dataclass(slots=True)
class ImportantDate:
    id: int  # the fact's id
    month: int
    day: int
    text: str


@dataclass(frozen=True, slots=True)
class ReminderMark:
    """What the user did to one item: snoozed it until a day, or dismissed it on a day."""

    snoozed_until: dt.date | None = None
    dismissed_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class PurchaseRhythm:
    """How a customer buys: distinct purchase days, the last one, and the median gap between
    consecutive ones in days (None with a single day). The store keeps these per customer."""

    days: int
    last: dt.date
    median_gap: float | None


@dataclass(slots=True)
class CustomerFacts:
    """Everything the rules need to know about one customer, as of the evaluation day.

    *cadence* is the one in force (`domain/cadence.effective`); *purchase_dates* are the
    distinct purchase days up to the evaluation day, in any order, or else *purchase_rhythm*
    holds what the rule needs of them (the store reads it ready-made); *promises* are the open
    promises that have a due date; *marks* maps item keys to what the user did to them.
    """

    id: int
    name: str
    stage: str
    tier: str
    archived: bool
    added_on: dt.date
    last_touch: dt.date | None
    cadence: Cadence
    promises: Sequence[OpenPromise] = ()
    dates: Sequence[ImportantDate] = ()
    purchase_dates: Sequence[dt.date] = ()
    marks: Mapping[str, ReminderMark] = field(default_factory=dict)
    company: str | None = None
    purchase_rhythm: PurchaseRhythm | None = None


@dataclass(slots=True)
class DueItem:
    """One line of the due list, with everything the app, the CLI and the calendar show."""

    customer_id: int
    customer: str  # the customer's name
    reason: str  # one of REASONS
    due: dt.date
    detail: str  # the sentence the app shows
    item_key: str  # what snooze/dismiss name: "neglected", "promise:12", "date:34"...
    tier: str
    ratio: float  # days since last touch ÷ cadence in force
    subject: str | None = None  # the promise's or the important date's own text
    company: str | None = None
    overdue_promise: bool = False


@dataclass(frozen=True)
class DueSummary:
    """What the tray and Today's heading say of a due list, worked out in one pass where the
    list is read (the app's loading worker, off the GUI thread: at 10,000 customers, 6,000
    items, the passes the tray made over them took 5-20 ms of it)."""

    count: int
    keys: dict[tuple[int, str], int]  # (customer id, item key) -> the item's place in the list
    names: list[str]  # the customers' names in the list's order, each once, the first few
    people: int  # how many names in all
    promises: int  # items that are promises
    groups: dict[str, list[int]]  # reason -> its items' places in the list, in order
    within: list[int]  # each item's place among its reason's items (Today's tree rows)


def summarize(items: Sequence[DueItem], names: int = 5) -> DueSummary:
    """The `DueSummary` of *items*, with their first *names* customer names."""
    everyone = dict.fromkeys(item.customer for item in items)  # in order, each once
    groups: dict[str, list[int]] = {}
    within = []
    for n, item in enumerate(items):
        members = groups.setdefault(item.reason, [])
        within.append(len(members))
        members.append(n)
    return DueSummary(
        count=len(items),
        keys={(item.customer_id, item.item_key): n for n, item in enumerate(items)},
        names=list(itertools.islice(everyone, names)),
        people=len(everyone),
        promises=len(groups.get("promise", ())),
        groups=groups,
        within=within,
    )


def item_key(reason: str, entry_id: int | None = None) -> str:
    """The key of an item: the reason, plus the entry id for promises and dates."""
    if reason in KEYED_REASONS:
        if entry_id is None:
            raise ValueError(f"a {reason} item needs its entry id")
        return f"{reason}:{entry_id}"
    return reason


def parse_item_key(key: str) -> tuple[str, int | None]:
    """("promise", 12) from "promise:12"; a UserError for anything that is not an item key."""
    reason, _, rest = key.strip().partition(":")
    reason = parse_reason(reason)
    if reason in KEYED_REASONS:
        if not rest.isdigit():
            raise UserError(
                ErrorText.tr(
                    "'{key}' does not say which {reason}: write it as {reason}:ID, such as "
                    "{reason}:12, or give the start of its text.",
                    key=key,
                    reason=reason,
                ),
                field="reason",
            )
        return reason, int(rest)
    if rest:
        raise UserError(
            ErrorText.tr(
                "'{key}' is not a reminder: write just '{reason}'.", key=key, reason=reason
            ),
            field="reason",
        )
    return reason, None


def parse_reason(value: str) -> str:
    """A reason name as typed ("Buying stopped" == "buying-stopped")."""
    return pick(value, REASONS, "reason")


def occurrence(month: int, day: int, year: int) -> dt.date:
    """The day a recurring month/day falls on in *year*; 29 February is 28 February elsewhere."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        if (month, day) == (2, 29):
            return dt.date(year, 2, 28)
        raise


def next_occurrence(month: int, day: int, today: dt.date) -> dt.date:
    """The first occurrence on or after *today*."""
    this_year = occurrence(month, day, today.year)
    return this_year if this_year >= today else occurrence(month, day, today.year + 1)


def month_days_within(today: dt.date, days: int = DATE_LEAD_DAYS) -> set[tuple[int, int]]:
    """Every (month, day) whose next occurrence is today or within *days* days.

    Lets the store fetch only the important dates that can be due (29 February is included
    whenever its stand-in, 28 February, is).
    """
    result: set[tuple[int, int]] = set()
    for offset in range(days + 1):
        d = today + dt.timedelta(days=offset)
        result.add((d.month, d.day))
        if (d.month, d.day) == (2, 28) and occurrence(2, 29, d.year) == d:
            result.add((2, 29))
    return result


def format_day(day: dt.date) -> str:
    """'14 March': locale-independent, so the CLI, the app and tests read alike."""
    return f"{day.day} {MONTHS[day.month - 1]}"


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.1f}"


def is_hidden(
    mark: ReminderMark | None,
    today: dt.date,
    last_touch: dt.date | None,
    *,
    dismissal_starts: dt.date | None = None,
) -> bool:
    """Whether the user has put this item away for *today*.

    *dismissal_starts*: a dismissal made before this day does not count (used for recurring
    dates, so that last year's dismissal does not hide this year's birthday).
    """
    if mark is None:
        return False
    if mark.snoozed_until is not None and today < mark.snoozed_until:
        return True
    if mark.dismissed_on is not None:
        if dismissal_starts is not None and mark.dismissed_on < dismissal_starts:
            return False
        return last_touch is None or last_touch <= mark.dismissed_on
    return False


def ratio_of(customer: CustomerFacts, today: dt.date) -> float:
    """Days since the last touch (or since added) ÷ the cadence in force."""
    base = customer.last_touch or customer.added_on
    return (today - base).days / customer.cadence.days


def customer_items(customer: CustomerFacts, today: dt.date) -> list[DueItem]:
    """The customer's due items for *today*, hidden ones left out, in no particular order."""
    if customer.archived:
        return []
    last_touch = customer.last_touch
    base = last_touch or customer.added_on
    since = (today - base).days
    cadence_days = customer.cadence.days
    rhythm = customer.purchase_rhythm
    if rhythm is None and len(customer.purchase_dates) >= MIN_PURCHASE_DATES:
        rhythm = purchase_rhythm(customer.purchase_dates, today)
    if since <= cadence_days and not customer.promises and not customer.dates and rhythm is None:
        return []  # the common case in a big journal: nothing can be due, skip the rest
    # Items are built positionally and without helper closures: a big journal has thousands.
    cid, name, tier, company = customer.id, customer.name, customer.tier, customer.company
    ratio = since / cadence_days
    marks = customer.marks
    items: list[DueItem] = []

    if since > cadence_days and not (marks and is_hidden(marks.get(NEGLECTED), today, last_touch)):
        explained = customer.cadence.explanation
        if last_touch is None:
            detail = f"Never contacted, added {plural(since, 'day')} ago — {explained}"
        else:
            detail = f"No contact for {plural(since, 'day')} — {explained}"
        due = base + dt.timedelta(days=cadence_days)
        items.append(
            DueItem(cid, name, NEGLECTED, due, detail, NEGLECTED, tier, ratio, None, company)
        )

    tomorrow = today + dt.timedelta(days=PROMISE_LEAD_DAYS) if customer.promises else today
    for promise in customer.promises:
        if promise.due_on > tomorrow:
            continue
        key = f"{PROMISE}:{promise.id}"
        if marks and is_hidden(marks.get(key), today, last_touch):
            continue
        late = (today - promise.due_on).days
        if late > 0:
            when = f"overdue by {plural(late, 'day')} (due {promise.due_on.isoformat()})"
        elif late == 0:
            when = "due today"
        else:
            when = "due tomorrow"
        detail = f"Promise {when}: {promise.text}"
        items.append(
            DueItem(
                cid,
                name,
                PROMISE,
                promise.due_on,
                detail,
                key,
                tier,
                ratio,
                promise.text,
                company,
                late > 0,
            )
        )

    for fact in customer.dates:
        day = next_occurrence(fact.month, fact.day, today)
        ahead = (day - today).days
        if ahead > DATE_LEAD_DAYS:
            continue
        key = f"{DATE}:{fact.id}"
        window_opens = day - dt.timedelta(days=DATE_LEAD_DAYS)
        if marks and is_hidden(marks.get(key), today, last_touch, dismissal_starts=window_opens):
            continue
        when = (
            "today" if ahead == 0 else ("tomorrow" if ahead == 1 else f"in {plural(ahead, 'day')}")
        )
        shown = format_day(day)
        if (fact.month, fact.day) == (2, 29) and day.day == 28:
            shown += ", for 29 February"
        detail = f"Important date {when} ({shown}): {fact.text}"
        items.append(DueItem(cid, name, DATE, day, detail, key, tier, ratio, fact.text, company))

    stopped = rhythm_stopped(rhythm, today) if rhythm is not None else None
    if stopped is not None and not (
        marks and is_hidden(marks.get(BUYING_STOPPED), today, last_touch)
    ):
        due, quiet, median = stopped
        detail = (
            f"No purchase for {plural(quiet, 'day')} — usually buys every {_number(median)} days"
        )
        items.append(
            DueItem(
                cid, name, BUYING_STOPPED, due, detail, BUYING_STOPPED, tier, ratio, None, company
            )
        )
    return items


def purchase_rhythm(purchase_dates: Iterable[dt.date], today: dt.date) -> PurchaseRhythm | None:
    """The rhythm of the distinct purchase days up to *today* (None when there are none)."""
    # Day numbers (ordinals), not dates: int arithmetic is several times cheaper here.
    days = sorted({d.toordinal() for d in purchase_dates if d <= today})
    if not days:
        return None
    gaps = sorted([b - a for a, b in zip(days, days[1:], strict=False)])
    middle = len(gaps) // 2
    if not gaps:
        median = None
    else:
        median = gaps[middle] if len(gaps) % 2 else (gaps[middle - 1] + gaps[middle]) / 2
    return PurchaseRhythm(len(days), dt.date.fromordinal(days[-1]), median)


def rhythm_stopped(rhythm: PurchaseRhythm, today: dt.date) -> tuple[dt.date, int, float] | None:
    """(due day, days since the last purchase, median gap) when buying has stopped, else None.

    Needs MIN_PURCHASE_DATES distinct days; stopped when the days since the last purchase
    exceed twice the median gap between consecutive purchase days.
    """
    median = rhythm.median_gap
    if rhythm.days < MIN_PURCHASE_DATES or median is None:
        return None
    quiet = (today - rhythm.last).days
    if quiet <= STOPPED_AFTER_GAPS * median:
        return None
    # Twice a median of whole days is whole: the due day is exact, listed from the day after.
    due = rhythm.last + dt.timedelta(days=int(STOPPED_AFTER_GAPS * median))
    return due, quiet, float(median)


def buying_stopped(
    purchase_dates: Iterable[dt.date], today: dt.date
) -> tuple[dt.date, int, float] | None:
    """`rhythm_stopped` for the purchase days up to *today*, given as dates."""
    rhythm = purchase_rhythm(purchase_dates, today)
    return rhythm_stopped(rhythm, today) if rhythm is not None else None


def sort_key(item: DueItem) -> tuple[object, ...]:
    """Overdue promises first (longest overdue first), then ratio high to low, then tier.

    Further ties go to the earlier due day, then by customer id and reason, so the order is
    the same on every run.
    """
    overdue = item.overdue_promise
    return (
        not overdue,
        item.due.toordinal() if overdue else 0,
        -item.ratio,
        _TIER_RANK.get(item.tier, 3),
        item.due,
        item.customer_id,
        _REASON_RANK.get(item.reason, 4),
        item.item_key,
    )


def due_items(customers: Iterable[CustomerFacts], today: dt.date) -> list[DueItem]:
    """The due list for *today*: every customer's visible items, in the order to work them."""
    items: list[DueItem] = []
    for customer in customers:
        items.extend(customer_items(customer, today))
    # In pieces: the app sorts in a worker, and one sort of 60,000 items (100,000 customers)
    # kept the GUI thread waiting for the interpreter lock up to 180 ms.
    sorting.sort_in_pieces(items, sort_key)
    return items


@dataclass(frozen=True, slots=True)
class Target:
    """Something a reminder can be about: an open promise or an important date."""

    key: str
    text: str


def pick_target(reason: str, targets: Sequence[Target], text: str | None, customer: str) -> str:
    """The item key the user means: the only promise/date, or the one whose text starts so.

    Raises a UserError naming the choices when there are none, several, or no match.
    """
    return pick_by_prefix(
        targets,
        text,
        text_of=lambda t: t.text,
        words=PROMISE_TARGETS if reason == PROMISE else DATE_TARGETS,
        owner=customer,
        shown=lambda t: f"'{t.text}' ({t.key})",
    ).key


def check_snooze_until(until: dt.date, today: dt.date) -> dt.date:
    if until <= today:
        raise UserError(
            ErrorText.tr(
                "Snooze until a day after today ({today}), not {until}: to put a reminder away "
                "until the next contact, dismiss it instead.",
                today=today,
                until=until,
            ),
            field=Field.UNTIL,
        )
    return until
