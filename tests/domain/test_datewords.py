"""Dates in words: one table, read on a fixed Monday (30 November 2026)."""

from __future__ import annotations

import datetime as dt

import pytest

from custjournal.domain.datewords import parse_day, split_trailing_day

MONDAY = dt.date(2026, 11, 30)
FRIDAY = dt.date(2026, 12, 4)
D = dt.date


@pytest.mark.parametrize(
    ("text", "order", "past", "expected"),
    [
        ("today", None, False, MONDAY),
        ("Yesterday", None, False, D(2026, 11, 29)),
        ("tomorrow", None, False, D(2026, 12, 1)),
        ("Friday", None, False, FRIDAY),
        ("by Friday", None, False, FRIDAY),  # the coming Friday
        ("by fri", None, False, FRIDAY),
        ("this Friday", None, False, FRIDAY),
        ("monday", None, False, D(2026, 12, 7)),  # the coming one, never today
        ("next Friday", None, False, D(2026, 12, 11)),  # the Friday of next week
        ("last Friday", None, False, D(2026, 11, 27)),
        ("on Friday", None, True, D(2026, 11, 27)),  # a conversation: the last one
        ("next week", None, False, D(2026, 12, 7)),  # its Monday
        ("next month", None, False, D(2026, 12, 1)),
        ("in 3 days", None, False, D(2026, 12, 3)),
        ("in two weeks", None, False, D(2026, 12, 14)),
        ("in a week", None, False, D(2026, 12, 7)),
        ("end of the month", None, False, MONDAY),
        ("by the end of the month", None, False, MONDAY),
        ("end of the week", None, False, FRIDAY),
        ("2026-12-24", None, False, D(2026, 12, 24)),
        ("24 Dec", None, False, D(2026, 12, 24)),
        ("December 24th", None, False, D(2026, 12, 24)),
        ("12 March", None, False, D(2027, 3, 12)),  # no year: the coming one
        ("12 March", None, True, D(2026, 3, 12)),  # ... or, for the past, the last one
        ("12/3", "dmy", False, D(2027, 3, 12)),  # day first, as most of the world
        ("12/3", "mdy", False, D(2026, 12, 3)),  # month first, as in the US
        ("12.3.", "dmy", False, D(2027, 3, 12)),
        ("3/12/2027", "mdy", False, D(2027, 3, 12)),
        ("1/2/27", "dmy", False, D(2027, 2, 1)),
        ("12/3", None, False, None),  # the command line: ISO and the words only
        ("31/4", "dmy", False, None),  # no 31 April
        ("2026-02-30", None, False, None),
        ("sun", None, False, D(2026, 12, 6)),
        ("someday", None, False, None),
        ("", None, False, None),
        ("in many days", None, False, None),
    ],
)
def test_days_in_words(text, order, past, expected):
    assert parse_day(text, today=MONDAY, order=order, past=past) == expected


def test_end_of_the_month_in_a_31_day_month_and_in_february():
    assert parse_day("end of the month", today=D(2026, 12, 5)) == D(2026, 12, 31)
    assert parse_day("end of month", today=D(2028, 2, 10)) == D(2028, 2, 29)


def test_a_weekday_named_on_that_weekday_is_the_next_one():
    assert parse_day("by Friday", today=FRIDAY) == D(2026, 12, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a quote by Friday", ("a quote", FRIDAY)),
        ("to call back on Fri", ("to call back", FRIDAY)),
        ("the brochure in 3 days", ("the brochure", D(2026, 12, 3))),
        ("samples by the end of the month", ("samples", MONDAY)),
        ("a visit on 12/3", ("a visit", D(2027, 3, 12))),
        ("a seat in the sun", ("a seat in the sun", None)),  # a short name needs its "by"
        ("a discount of 10.5", ("a discount of 10.5", None)),  # a number needs its "on"
        ("a quote", ("a quote", None)),
    ],
)
def test_a_day_at_the_end_of_a_sentence(text, expected):
    assert split_trailing_day(text, today=MONDAY, order="dmy") == expected
