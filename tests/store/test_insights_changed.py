"""The Insights page after one change after another (store/insights.py with kept parts): the
customers' own columns, 12-month values and open promises kept as parts, the customers whose
last touch did not move taken from the last page, health's one changed customer ranked from
the kept values, and health's kept scores read without their facts. Each page is the page
worked out afresh."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest

from custjournal import ops
from custjournal.domain.insights import ElementDistribution, Insights, Segment, to_plain
from custjournal.store import health, health_kept, insights_kept
from custjournal.store import insights as store_insights
from custjournal.store.insights import compute_insights
from custjournal.store.journal import Journal

TODAY = dt.date(2026, 6, 15)


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def _build(journal: Journal) -> dict[str, int]:
    """Ten customers: buyers of every tier (their values 90 days ago another order than today's),
    one pinned, one archived, one who never bought; open promises and conversations."""
    ops.set_currency(journal, "EUR")
    ids: dict[str, int] = {}
    for n in range(1, 11):
        result = ops.add_customer(
            journal,
            f"Customer {n:02d}",
            stage="connection" if n % 2 else "prospecting",
            tags=["cafe"] if n % 3 else ["hotel"],
            tier_pin="A" if n == 9 else None,
            today=ago(500),
        )
        assert result.id
        ids[f"c{n}"] = result.id
    c = ids
    for n in range(1, 9):
        # Bought long ago (counted 90 days ago), and lately in the other order.
        ops.add_purchase(journal, c[f"c{n}"], n * 10_000, on=ago(200), today=TODAY)
        ops.add_purchase(journal, c[f"c{n}"], (9 - n) * 25_000, on=ago(20), today=TODAY)
    for n in (1, 3, 6, 10):
        ops.log_conversation(journal, c[f"c{n}"], on=ago(100 + n), today=TODAY, summary="Met")
    ops.add_promise(journal, c["c2"], "Send the price list", due=ago(-10), on=ago(5), today=TODAY)
    ops.add_promise(journal, c["c3"], "Call back", due=ago(2), on=ago(30), today=TODAY)
    ops.set_archived(journal, c["c7"], True)
    return ids


def page(journal: Journal, segment: str = "all") -> Insights:
    with journal.reader() as source:
        return insights_kept.page(source, Segment.parse(segment), TODAY)


def fresh(journal: Journal, segment: str = "all") -> Insights:
    with journal.reader() as source:
        return compute_insights(source, Segment.parse(segment), TODAY)


def kept_body(journal: Journal) -> str:
    with journal.reader() as source:
        at = insights_kept.version(source)
        assert at is not None
        body = insights_kept.kept(source, TODAY, Segment(), insights_kept.FORM_PAGE, at)
    assert body is not None
    return body


def plain_text(shown: Insights) -> str:
    return json.dumps(to_plain(shown), ensure_ascii=False, separators=(",", ":"))


def afresh(journal: Journal) -> Insights:
    """The page worked out from the entries alone: no kept health rows either."""
    with journal.write() as session:
        session.connection().exec_driver_sql("DELETE FROM health_kept")
    return fresh(journal)


def _conversation(who: str, **more: Any) -> Callable[[Journal, dict[str, int]], object]:
    return lambda j, c: ops.log_conversation(j, c[who], on=TODAY, today=TODAY, **more)


STEPS: list[tuple[str, Callable[[Journal, dict[str, int]], object]]] = [
    ("a conversation", _conversation("c2", summary="Called")),
    ("another of the same customer", _conversation("c2", summary="Called again")),
    ("a conversation of a pinned customer", _conversation("c9", summary="Visit")),
    ("one with a delight", _conversation("c4", delights=["They answered the same day"])),
    ("one of an archived customer", _conversation("c7", summary="Old friend")),
    ("one of a customer who never bought", _conversation("c10", summary="Hello")),
    (
        "a promise",
        lambda j, c: ops.add_promise(j, c["c5"], "Samples", due=ago(-3), on=TODAY, today=TODAY),
    ),
    ("a purchase", lambda j, c: ops.add_purchase(j, c["c8"], 900_000, on=ago(1), today=TODAY)),
    ("a rename", lambda j, c: ops.update_customer(j, c["c1"], name="Customer 01 Ltd")),
    ("a pin", lambda j, c: ops.update_customer(j, c["c6"], tier_pin="B")),
    ("archived", lambda j, c: ops.set_archived(j, c["c3"], True)),
    ("one more conversation", _conversation("c6", summary="Called")),
    ("a new customer", lambda j, _c: ops.add_customer(j, "Customer 11", today=TODAY)),
]


def test_one_change_after_another_is_the_page_worked_out_afresh(journal: Journal) -> None:
    c = _build(journal)
    assert page(journal) == fresh(journal)
    page(journal, "tag:cafe")
    for what, step in STEPS:
        step(journal, c)
        assert page(journal) == fresh(journal), what
        assert page(journal, "tag:cafe") == fresh(journal, "tag:cafe"), what
        # Kept as its plain JSON, though encoded from pieces of the last page's where equal.
        assert kept_body(journal) == plain_text(fresh(journal)), what
    shown = page(journal)
    assert shown == afresh(journal)


def test_a_conversation_reads_no_customer_value_or_promise_again(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The customers' own columns, their values and their open promises are kept parts: a
    conversation changes none of them, and the page after it reads the last touches alone."""
    c = _build(journal)
    page(journal)
    _conversation("c3", summary="Called")(journal, c)
    page(journal)  # health's one changed customer ranked: the earlier day's values kept too
    read: list[str] = []
    real = store_insights.raw_rows

    def counting(source: Any, sql: str, params: Any = ()) -> Any:
        read.append(sql)
        return real(source, sql, params)

    monkeypatch.setattr(store_insights, "raw_rows", counting)
    _conversation("c2", summary="Called")(journal, c)
    shown = page(journal)
    assert store_insights._TOUCH_SQL in read
    assert not {
        store_insights._OWN_SQL,
        store_insights._VALUES_SQL,
        store_insights._DUES_SQL,
        store_insights._LIST_SQL,
    } & set(read)
    assert shown == fresh(journal)
    ops.add_purchase(journal, c["c2"], 5_000, on=ago(1), today=TODAY)
    read.clear()
    assert page(journal) == fresh(journal)
    assert store_insights._VALUES_SQL in read  # a purchase: the values read again


@pytest.mark.parametrize("who", ["c1", "c4", "c8", "c9", "c7", "c10"])
def test_health_ranks_the_changed_customer_as_the_whole_ranking_would(
    journal: Journal, monkeypatch: pytest.MonkeyPatch, who: str
) -> None:
    """The one customer a conversation leaves without kept health is ranked on both days (today,
    90 days ago) from the values the page ranked everyone by, not by `tier_of_one`'s statements
    over every purchase; the scores are those worked out from the entries alone."""
    c = _build(journal)
    page(journal)
    _conversation(who, summary="Called")(journal, c)

    def fail(*_: Any) -> str:
        raise AssertionError("ranked every buyer again")

    with monkeypatch.context() as patched:
        patched.setattr(health, "tier_of_one", fail)
        shown = page(journal)
    assert shown == afresh(journal)


def test_kept_scores_read_without_their_facts_are_the_kept_scores(journal: Journal) -> None:
    _build(journal)
    page(journal)
    days = (ago(90), TODAY)
    with journal.reader() as source:
        wholes = [health_kept.read(source, day) for day in days]
        assert all(wholes)
        scores = [{cid: kept[0] for cid, kept in whole.items()} for whole in wholes]
        assert health_kept.read_scores(source, days) == scores
        assert health_kept.read_scores(source, days[1:]) == scores[1:]
        assert health_kept.read_scores(source, (ago(1),)) == [{}]


def test_long_lists_are_encoded_as_their_plain_json_whatever_was_encoded_before() -> None:
    """The kept page's text reuses the text of a long list of ids equal to last time's at the
    same place, and only then: another list, or equal numbers of another kind, are encoded."""
    ids = tuple(range(1, 400))

    def element(bucket: tuple[Any, ...]) -> ElementDistribution:
        return ElementDistribution("care", "Care", (len(bucket), 0, 0, 0, 0), (bucket,) * 5, 0, 50)

    def text(value: object) -> str:
        return json.dumps(to_plain(value), ensure_ascii=False, separators=(",", ":"))

    for value in (
        element(ids),
        element(tuple(range(1, 400))),  # equal, another tuple
        element(ids[:-1] + (7,)),  # one id another
        element(tuple(float(i) for i in ids)),  # equal, but not whole numbers
        element(tuple(bool(i % 2) for i in ids)),
        element(ids),
    ):
        assert insights_kept._text("health.elements.0", value) == text(value)
