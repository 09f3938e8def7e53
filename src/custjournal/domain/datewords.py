"""Dates in words, as a person types them after a call: offline, deterministic, ours.

`parse_day("by Friday", today=...)` understands today, yesterday, tomorrow, weekday names
("Friday" = the coming Friday, never today; "next Friday" = the Friday of next week; "last
Friday" = the one before today), next week (its Monday), next month (its 1st), in 3 days /
in two weeks, end of the month / of the week (Friday), ISO dates, "12 March" / "March 12", and
numeric day-month dates ("12/3", "12.3.", "12/3/2027") in the order the caller gives: the app
passes the user's locale ("dmy" or "mdy"), the command line none (ISO and the words only).
A date without a year is the coming one (`past=True`: the latest one not after today).
Anything else is None: the caller decides whether that is an error.
"""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
NUMBERS = {w: n for n, w in enumerate("a one two three four five six seven eight nine ten".split())}
NUMBERS["a"] = NUMBERS["an"] = 1
LEADS = ("by", "on", "due", "until", "before", "till", "for")  # "promised a quote by Friday"


def _weekday(word: str, short: bool) -> int | None:
    """Monday is 0. Short forms ("fri", "thurs") only where a word like "by" shows a date is
    meant: "a seat in the sun" is no Sunday."""
    for i, name in enumerate(WEEKDAYS):
        if word == name or short and len(word) >= 3 and name.startswith(word.rstrip(".")):
            return i
    return None


def _month(word: str) -> int | None:
    return MONTHS.index(word[:3]) + 1 if len(word) >= 3 and word[:3] in MONTHS else None


def _dated(day: int, month: int, year: int | None, today: dt.date, past: bool) -> dt.date | None:
    try:
        if year is not None:
            return dt.date(year + 2000 if year < 100 else year, month, day)
        this = dt.date(today.year, month, day)
        if past:
            return this if this <= today else this.replace(year=today.year - 1)
        return this if this >= today else this.replace(year=today.year + 1)
    except ValueError:  # 31 April, 29 February in a common year
        return None


def parse_day(
    text: str, *, today: dt.date, order: str | None = None, past: bool = False, short: bool = True
) -> dt.date | None:
    """The day *text* names, or None. *order* is "dmy" or "mdy" for numeric day-month dates;
    *short* allows short weekday names ("fri")."""
    words = re.sub(r"[,]", " ", text.casefold()).split()
    if words and words[0] in LEADS:
        words, short = words[1:], True
    if words[:1] == ["the"]:
        words = words[1:]
    s = " ".join(words)
    simple = {"today": 0, "tomorrow": 1, "yesterday": -1}
    if s in simple:
        return today + dt.timedelta(days=simple[s])
    monday_next = today + dt.timedelta(days=7 - today.weekday())
    if s == "next week":
        return monday_next
    if s == "next month":
        return (today.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    if s in ("end of the month", "end of month", "month end"):
        return (today.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(1)
    if s in ("end of the week", "end of week"):
        return today + dt.timedelta(days=(4 - today.weekday()) % 7)  # Friday, today if it is
    if m := re.fullmatch(r"in (\d+|[a-z]+) (day|week)s?", s):
        n = int(m[1]) if m[1].isdigit() else NUMBERS.get(m[1])
        return None if n is None else today + dt.timedelta(days=n * (7 if m[2] == "week" else 1))
    if m := re.fullmatch(r"(next |this |last |coming )?([a-z]+)", s):
        wd = _weekday(m[2], short)
        if wd is not None:
            if m[1] == "next ":
                return monday_next + dt.timedelta(days=wd)
            if m[1] == "last " or (past and not m[1]):
                return today - dt.timedelta(days=(today.weekday() - wd - 1) % 7 + 1)
            return today + dt.timedelta(days=(wd - today.weekday() - 1) % 7 + 1)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        try:
            return dt.date.fromisoformat(s)
        except ValueError:
            return None
    if m := re.fullmatch(
        r"(\d{1,2}) ([a-z]+)\.?( \d{4})?|([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?( \d{4})?", s
    ):
        day, name, year = (m[1], m[2], m[3]) if m[1] else (m[5], m[4], m[6])
        month = _month(name)
        if month is not None:
            return _dated(int(day), month, int(year) if year else None, today, past)
    if order and (m := re.fullmatch(r"(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2}|\d{4}))?\.?", s)):
        a, b = int(m[1]), int(m[2])
        day, month = (a, b) if order == "dmy" else (b, a)
        return _dated(day, month, int(m[3]) if m[3] else None, today, past)
    return None


def split_trailing_day(
    text: str, *, today: dt.date, order: str | None = None, past: bool = False
) -> tuple[str, dt.date | None]:
    """("a quote", Friday) from "a quote by Friday": the longest tail of words that names a day
    (with its "by"/"on"/"due"), and the text before it. Without one: (text, None)."""
    words = text.split()
    for start in range(max(1, len(words) - 5), len(words)):
        tail = " ".join(words[start:])
        led = words[start - 1].casefold() in LEADS
        # "a discount of 10.5" is no 10 May: numbers and short names need their "by"/"on".
        day = parse_day(tail, today=today, order=order if led else None, past=past, short=led)
        if day is not None:
            head = words[:start]
            if head and head[-1].casefold() in LEADS:
                head = head[:-1]
            return " ".join(head), day
    return text.strip(), None


def trailing_bad_day(text: str) -> str | None:
    """The date written at the end of *text* after a "by"/"on"/"due" that names no day, as
    written ("2026-02-30" in "a call by 2026-02-30", "31 April"), or None. Called where
    `split_trailing_day` found no day: such a promise was kept with no due date and nothing
    said."""
    words = text.split()
    for start in range(max(1, len(words) - 3), len(words)):
        if words[start - 1].casefold() not in LEADS:
            continue
        tail = " ".join(words[start:])
        low = re.sub(r"[,]", " ", tail.casefold()).strip().rstrip(".")
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](\d{2}|\d{4})", low):
            return tail
        if m := re.fullmatch(
            r"(\d{1,2}) ([a-z]+)( \d{4})?|([a-z]+) (\d{1,2})( \d{4})?", " ".join(low.split())
        ):
            if _month(m[2] or m[4]) is not None:
                return tail
    return None
