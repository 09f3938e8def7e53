"""The quick log's one line read into its parts (docs/quick-log.md), on a fixed Monday."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custjournal.domain.datewords import parse_day
from custjournal.domain.quickline import Pain, QuickLine, due_problem, parse, preview_rows

MONDAY = dt.date(2026, 11, 30)
FRIDAY = dt.date(2026, 12, 4)


def test_the_issue_example():
    line = (
        "Ada: loved the samples; pain: slow shipping; why: you answer fast; "
        "promised a quote by Friday"
    )
    assert parse(line, today=MONDAY) == QuickLine(
        customer="Ada",
        summary="loved the samples",
        delights=["loved the samples"],
        pains=[Pain("slow shipping", "us")],
        why_buy="you answer fast",
        promise="a quote",
        promise_due=FRIDAY,
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ada: Q4 plans", QuickLine(customer="Ada", summary="Q4 plans")),
        ("Q4 plans", QuickLine(summary="Q4 plans")),  # no colon: no customer
        ("  ", QuickLine()),
        (
            "Ada Lovelace: pain BeanCo: burnt beans",
            QuickLine(
                customer="Ada Lovelace",
                summary="burnt beans",
                pains=[Pain("BeanCo: burnt beans", "competitor")],
            ),
        ),
        (
            "pain competitor: rude support; pain point: late invoice",
            QuickLine(
                summary="rude support",
                pains=[Pain("rude support", "competitor"), Pain("late invoice", "us")],
            ),
        ),
        (
            "Bob: tasting; delight: quick quote; delight: the note",
            QuickLine(customer="Bob", summary="tasting", delights=["quick quote", "the note"]),
        ),
        (
            "Bob: happy with the roast; enjoyed the visit",
            QuickLine(
                customer="Bob",
                summary="happy with the roast",
                delights=["happy with the roast", "enjoyed the visit"],
            ),
        ),
        (
            "Bob: renewal; promise: send the brochure in 3 days",
            QuickLine(
                customer="Bob",
                summary="renewal",
                promise="send the brochure",
                promise_due=dt.date(2026, 12, 3),
            ),
        ),
        (
            "Bob: promised to call back",  # a promise without a day
            QuickLine(customer="Bob", summary="promised to call back", promise="to call back"),
        ),
        (
            "Bob: renewal; meeting; yesterday",  # how and when it took place
            QuickLine(
                customer="Bob", summary="renewal", channel="meeting", on=dt.date(2026, 11, 29)
            ),
        ),
        (
            "Bob: renewal; by email; on Friday",
            QuickLine(customer="Bob", summary="renewal", channel="email", on=dt.date(2026, 11, 27)),
        ),
        (
            "Bob: why: price; why they buy the warranty",
            QuickLine(customer="Bob", summary="price", why_buy="price; the warranty"),
        ),
        (
            "Bob: first part; second part\nthird part",
            QuickLine(customer="Bob", summary="first part; second part; third part"),
        ),
        (
            "summary: visit at the works; loved the tour",
            QuickLine(summary="visit at the works", delights=["loved the tour"]),
        ),
        ("Zoë Ångström:   ", QuickLine(customer="Zoë Ångström")),
    ],
)
def test_the_grammar(line, expected):
    assert parse(line, today=MONDAY) == expected


def test_numeric_dates_follow_the_order_given():
    line = "Ada: promised samples by 3/12"
    assert parse(line, today=MONDAY, order="dmy").promise_due == dt.date(2026, 12, 3)
    assert parse(line, today=MONDAY, order="mdy").promise_due == dt.date(2027, 3, 12)
    assert parse(line, today=MONDAY).promise_due is None  # ISO and words only


@given(st.text(max_size=200), st.sampled_from([None, "dmy", "mdy"]))
def test_any_line_reads_without_an_error(line, order):
    """Whatever is typed (the app parses at every keystroke), the line reads into a result."""
    q = parse(line, today=MONDAY, order=order)
    assert isinstance(q, QuickLine)
    for text in [q.customer, q.summary, q.why_buy, q.promise, *q.delights]:
        assert text is None or text == text.strip()
    problem = due_problem(q)
    assert problem is None or (q.bad_due is not None and q.promise_due is None)


@given(st.lists(st.sampled_from(["by", "on", "in", "3", "12/3", "fri", "friday", "next", "week",
                                 "end", "of", "the", "month", "days", "31/2", "2026-02-30", "x"]),
                max_size=6))  # fmt: skip
def test_any_words_give_a_day_or_none(words):
    for order in (None, "dmy", "mdy"):
        day = parse_day(" ".join(words), today=MONDAY, order=order)
        assert day is None or isinstance(day, dt.date)


@pytest.mark.parametrize(
    ("line", "order", "bad"),
    [
        ("Ada: promised a call by 2026-02-30", None, "2026-02-30"),
        ("Ada: promised a call on 31 April", None, "31 April"),
        ("Ada: promised a call by 31.2.2027", "dmy", "31.2.2027"),
        ("Ada: promised a call due 2/30/2027", "mdy", "2/30/2027"),
    ],
)
def test_a_due_date_that_names_no_day_is_a_problem_not_a_promise_without_one(line, order, bad):
    q = parse(line, today=MONDAY, order=order)
    assert (q.promise, q.promise_due, q.bad_due) == ("a call", None, bad)
    problem = due_problem(q)
    assert problem == (
        f"'{bad}' is not a valid due date: write it as YYYY-MM-DD (for example 2026-11-22), "
        "or 'today' or 'tomorrow'."
    )
    rows = preview_rows(q, customer="Ada", on=MONDAY, format_day=dt.date.isoformat)
    assert rows[-2:] == [("Promise", "a call"), ("Not saved", problem)]


@pytest.mark.parametrize(
    "line", ["Ada: promised a call by 2026-02-28", "Ada: promised the manual by 3/12",
             "Ada: promised a discount of 10.5", "Ada: promised to call by the 2026 show"],
)  # fmt: skip
def test_a_due_date_that_exists_or_no_date_is_no_problem(line):
    assert due_problem(parse(line, today=MONDAY)) is None
