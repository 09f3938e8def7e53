"""Sentences joined into one line keep one mark between them: a clause that ends with its own
full stop loses it before a ';' ("Packaging tore in transit.; Delivery arrived…" was shown)."""

import datetime as dt

from custjournal import ops
from custjournal.domain.i18n import Parts, clause, join_clauses
from custjournal.domain.values import parse_date
from custjournal.store.brief_data import load_brief

TODAY = dt.date(2026, 3, 15)


def test_a_clause_loses_its_full_stop_but_not_an_ellipsis_or_a_question():
    assert clause("Packaging tore in transit.") == "Packaging tore in transit"
    assert clause("It broke again...") == "It broke again..."
    assert clause("Why so slow?") == "Why so slow?"
    assert clause("no mark") == "no mark"


def test_clauses_join_with_one_mark_each():
    assert (
        join_clauses(
            ["Packaging tore in transit.", "Delivery arrived two days late.", "and 1 more"]
        )
        == "Packaging tore in transit; Delivery arrived two days late; and 1 more"
    )
    assert join_clauses(["Why so slow?", "Invoices late."]) == "Why so slow? Invoices late."
    assert str(Parts(["a.", "b."])) == "a; b."


def test_merged_pain_points_read_without_doubled_punctuation(journal):
    cid = ops.add_customer(journal, "Ada Lovelace", today=TODAY).id
    ops.log_conversation(
        journal,
        cid,
        on=TODAY - dt.timedelta(days=3),
        pains=[
            ops.PainInput("Packaging tore in transit."),
            ops.PainInput("Delivery arrived two days late."),
            ops.PainInput("The invoice was wrong."),
        ],
        today=TODAY,
    )
    with journal.read() as session:
        points = [p.text for p in load_brief(session, cid, TODAY).talking_points]
    merged = next(p for p in points if p.startswith("3 unresolved pain points with us"))
    assert ".;" not in merged
    assert merged.endswith("; and 1 more")
    assert merged.count(";") == 2


def test_tomorrow_is_a_day_word():
    assert parse_date("tomorrow", today=TODAY) == TODAY + dt.timedelta(days=1)
    assert parse_date("Tomorrow ", today=TODAY, allow_future=True) == dt.date(2026, 3, 16)
