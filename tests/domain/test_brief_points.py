"""The brief's talking points stay a short list: at most MAX_POINTS, the most important first,
points of one sort merged into one line (12 near-identical lines were not read)."""

import datetime as dt

import pytest

from custjournal import ops
from custjournal.domain.brief import MAX_POINTS, competitor_name
from custjournal.store.brief_data import load_brief

TODAY = dt.date(2026, 3, 15)
D = dt.timedelta


def days(n: int) -> dt.date:
    return TODAY - D(days=n)


def point_texts(journal, customer_id):
    with journal.read() as session:
        return [
            ("!" if p.urgent else "") + p.text
            for p in load_brief(session, customer_id, TODAY).talking_points
        ]


@pytest.fixture
def busy(journal):
    """A customer with a dozen open points, as the 2,000-customer demo has."""
    cid = ops.add_customer(journal, "Ada Lovelace", today=days(400)).id
    for n, text in enumerate(("send the brochure", "call back", "quote 20 kg", "book tasting")):
        ops.add_promise(journal, cid, text, due=days(30 - n), on=days(60), today=TODAY)
    for n, text in enumerate(("price list", "samples of arabica", "barista dates")):
        ops.add_promise(journal, cid, text, due=TODAY + D(days=5 + n), on=days(3), today=TODAY)
    ops.log_conversation(
        journal,
        cid,
        on=days(20),
        pains=[
            ops.PainInput("BeanCo keeps missing delivery windows.", "competitor"),
            ops.PainInput("Tea Palace raised prices by 8% without notice.", "competitor"),
            ops.PainInput("Quality of the arabica from BeanCo is inconsistent.", "competitor"),
            ops.PainInput("slow shipping"),
            ops.PainInput("invoices arrive late"),
            ops.PainInput("no Saturday delivery"),
        ],
        today=TODAY,
    )
    for n, (category, text) in enumerate(
        (("family", "a new grandchild"), ("interests", "runs marathons"), ("goals", "a shop"))
    ):
        ops.add_fact(journal, cid, category, text, on=days(5 + n), today=TODAY)
    soon = TODAY + D(days=3)
    ops.add_fact(journal, cid, "important-date", "birthday", month_day=(soon.month, soon.day))
    ops.add_purchase(journal, cid, 100, on=days(100), today=TODAY)
    return cid


def test_a_dozen_points_become_at_most_seven_lines_most_important_first(journal, busy):
    texts = point_texts(journal, busy)
    assert len(texts) <= MAX_POINTS
    assert texts == [
        "!4 overdue promises, the oldest due 2026-02-13 (30 days ago): send the brochure; "
        "call back; and 2 more",
        "!Coming up in 3 days (2026-03-18): birthday",
        "3 open promises, the next due in 5 days (2026-03-20): price list; samples of arabica;"
        " and 1 more",
        "3 unresolved pain points with us: no Saturday delivery; invoices arrive late; and 1 more",
        "3 open complaints about competitors: BeanCo (2), Tea Palace",
        "Ask about 3 things learned lately: family: a new grandchild; interests: runs "
        "marathons; and 1 more",
        # The only buyer is tier A and never got a gift: a hint that did not fit.
        "And 2 more: ask why they bought; gifts.",
    ]


def test_beyond_seven_points_the_last_line_says_how_many_more(journal, busy):
    ops.record_invitation(
        journal, busy, "Spring fair", TODAY + D(days=9), invited_on=days(1), today=TODAY
    )
    ops.add_gift(journal, busy, "mug", on=days(2), today=TODAY)
    texts = point_texts(journal, busy)
    assert len(texts) == MAX_POINTS
    assert texts[-1] == "And 3 more: ask why they bought; invitations awaiting an answer; gifts."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("BeanCo keeps missing delivery windows.", "BeanCo"),
        ("Kaffee Kontor's sales rep changes every few months.", "Kaffee Kontor"),
        ("Tea Palace raised prices by 8% without notice.", "Tea Palace"),
        ("Quality of the arabica from Roastwerk is inconsistent.", "Roastwerk"),
        ("Roastwerk never answers e-mails.", "Roastwerk"),
        ("Global Bean Supply charges extra for small orders.", "Global Bean Supply"),
        ("BeanCo: slow shipping", "BeanCo"),
        ("their rep never calls back", "their rep never…"),
    ],
)
def test_the_competitor_a_pain_point_names(text, name):
    assert competitor_name(text) == name
