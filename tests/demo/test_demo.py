"""Demo data: a realistic spread, deterministic, dated in the past, linked, searchable, atomic."""

from __future__ import annotations

import datetime as dt
import math
import re
import sqlite3
import statistics
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import SQLModel, select

from custjournal import demo, ops
from custjournal.domain import vocab
from custjournal.store import models, queries, search
from custjournal.store.journal import Journal, open_journal

TODAY = dt.date(2026, 6, 15)
CUSTOMERS = 50

# Columns holding a date, per table; only these two may lie after today.
DATE_COLUMNS = {
    "stage_change": ("changed_on",),
    "conversation": ("occurred_on",),
    "pain_point": ("resolved_on",),
    "fact": ("learned_on",),
    "promise": ("made_on", "done_on", "due_on"),
    "gift": ("given_on",),
    "invitation": ("invited_on", "event_on"),
    "invitation_status_change": ("changed_on",),
    "milestone": ("occurred_on",),
    "purchase": ("purchased_on",),
}
MAY_BE_AHEAD = {("promise", "due_on"), ("invitation", "event_on")}
# What the ORM writes for a DateTime(timezone=True) column on SQLite.
STAMP = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$")


def filled(path: Path, *, customers: int = CUSTOMERS, seed: int = 1) -> Journal:
    journal = open_journal(path)
    demo.fill(journal, customers=customers, seed=seed, today=TODAY)
    return journal


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    """One demo journal shared by the read-only tests, opened with plain sqlite3."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    filled(path).close()
    con = sqlite3.connect(path)
    yield con
    con.close()


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        # Sorted in Python: the FTS5 shadow tables have no rowid to order by.
        return {t: sorted(con.execute(f"SELECT * FROM {t}"), key=repr) for t in tables}
    finally:
        con.close()


def scalar(con: sqlite3.Connection, sql: str, *params: object) -> Any:
    return con.execute(sql, params).fetchone()[0]


# --- what the demo writes ----------------------------------------------------------------------


def test_every_column_of_every_demo_table_is_written(tmp_path: Path):
    # The demo's rows are tuples in the metadata's column order (store.bulk compiles the INSERT
    # from the table): a row missing a column fails the insert, so a fill that writes rows to
    # every table wrote every column. Every table but settings and reminder states is filled.
    assert set(demo.TABLES) == set(SQLModel.metadata.tables) - {
        "setting",
        "reminder_state",
        "not_duplicate",
    }
    journal = open_journal(tmp_path / "j.sqlite3")
    summary = demo.fill(journal, customers=30, today=TODAY)
    journal.close()
    assert set(summary.rows) == set(demo.TABLES)
    assert all(summary.rows.values()), summary.rows


def test_summary_counts_the_rows_written(tmp_path: Path):
    journal = open_journal(tmp_path / "j.sqlite3")
    summary = demo.fill(journal, customers=30, today=TODAY)
    journal.close()
    con = sqlite3.connect(tmp_path / "j.sqlite3")
    for table, count in summary.rows.items():
        assert scalar(con, f"SELECT count(*) FROM {table}") == count, table
    assert summary.customers == 30
    assert summary.entries == sum(
        n for t, n in summary.rows.items() if t not in ("customer", "customer_tag")
    )
    # About fifty entries per customer, as the benchmarks expect.
    assert 30 <= summary.entries / summary.customers <= 80


def test_zero_customers_adds_nothing(journal: Journal, journal_path: Path):
    before = dump(journal_path)
    summary = demo.fill(journal, customers=0, today=TODAY)
    assert summary.customers == 0 and summary.entries == 0
    assert dump(journal_path) == before


# --- a realistic spread ------------------------------------------------------------------------


def test_names_come_from_many_cultures_and_scripts(sample: sqlite3.Connection):
    names = [n for (n,) in sample.execute("SELECT name FROM customer")]
    assert len(set(names)) > CUSTOMERS * 0.8
    assert any(not n.isascii() and re.search(r"[À-ɏ]", n) for n in names)  # Latin with accents
    assert any(re.search(r"[\u0370-\u04ff\u3040-\u9fff\uac00-\ud7af]", n) for n in names)
    assert scalar(sample, "SELECT count(DISTINCT tag) FROM customer_tag") >= 5
    assert scalar(sample, "SELECT count(*) FROM customer WHERE email LIKE '%@%.%'") > CUSTOMERS / 2


def test_stages_channels_and_vocabularies(sample: sqlite3.Connection):
    stages = {s for (s,) in sample.execute("SELECT DISTINCT stage FROM customer")}
    assert len(stages) >= 4 and stages <= set(vocab.STAGES)
    channels = {c for (c,) in sample.execute("SELECT DISTINCT channel FROM conversation")}
    assert len(channels) >= 5 and channels <= set(vocab.CHANNELS)
    categories = {c for (c,) in sample.execute("SELECT DISTINCT category FROM fact")}
    assert categories == set(vocab.FACT_CATEGORIES)
    kinds = {k for (k,) in sample.execute("SELECT kind FROM milestone WHERE NOT custom")}
    assert {"first-purchase", "first-disclosure", "accepted-invitation"} <= kinds
    assert kinds <= set(vocab.MILESTONE_KINDS)
    statuses = {s for (s,) in sample.execute("SELECT DISTINCT status FROM invitation")}
    assert len(statuses) >= 3 and statuses <= set(vocab.INVITATION_STATUSES)


def test_a_possessive_on_a_name_ending_in_s_is_written_as_english_writes_it(
    sample: sqlite3.Connection,
):
    """ "Highland Roasters' machines break down", never "Highland Roasters's"."""
    tables = [t for (t,) in sample.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    texts = [
        text
        for table in tables
        if not table.startswith(("search", "sqlite_"))
        for column in [c[1] for c in sample.execute(f"PRAGMA table_info({table})")]
        for (text,) in sample.execute(f"SELECT {column} FROM {table}")
        if isinstance(text, str)
    ]
    assert not [t for t in texts if re.search(r"s's\b", t)]
    assert [t for t in texts if re.search(r"s' ", t)]  # and there are such names


def test_stage_history_leads_to_the_current_stage(sample: sqlite3.Connection):
    history: dict[int, list[tuple[str | None, str, str]]] = defaultdict(list)
    for cid, before, stage, day in sample.execute(
        "SELECT customer_id, from_stage, stage, changed_on FROM stage_change ORDER BY id"
    ):
        history[cid].append((before, stage, day))
    current = dict(sample.execute("SELECT id, stage FROM customer"))
    assert set(history) == set(current)
    for cid, changes in history.items():
        assert changes[0][0] is None
        assert changes[-1][1] == current[cid]
        assert [c[2] for c in changes] == sorted(c[2] for c in changes)
        for previous, change in zip(changes, changes[1:], strict=False):
            assert change[0] == previous[1]


def test_pain_points_with_us_and_competitors_some_resolved(sample: sqlite3.Connection):
    rows = set(sample.execute("SELECT DISTINCT with_whom, resolved_on IS NOT NULL FROM pain_point"))
    assert rows == {("us", 0), ("us", 1), ("competitor", 0), ("competitor", 1)}
    # Resolved after it was raised.
    assert not scalar(
        sample,
        "SELECT count(*) FROM pain_point p JOIN conversation c ON c.id = p.conversation_id "
        "WHERE p.resolved_on < c.occurred_on",
    )


def test_promises_open_overdue_and_done(sample: sqlite3.Connection):
    today = TODAY.isoformat()
    done = scalar(sample, "SELECT count(*) FROM promise WHERE done_on IS NOT NULL")
    open_ahead = scalar(
        sample, f"SELECT count(*) FROM promise WHERE done_on IS NULL AND due_on >= '{today}'"
    )
    overdue = scalar(
        sample, f"SELECT count(*) FROM promise WHERE done_on IS NULL AND due_on < '{today}'"
    )
    assert done and open_ahead and overdue
    assert done > overdue  # most promises are kept
    assert not scalar(sample, "SELECT count(*) FROM promise WHERE done_on < made_on")


def test_promises_are_mostly_kept_on_time_and_a_few_late(sample: sqlite3.Connection):
    kept = sample.execute(
        "SELECT done_on <= due_on FROM promise WHERE done_on IS NOT NULL AND due_on IS NOT NULL"
    ).fetchall()
    on_time = sum(1 for (ok,) in kept if ok)
    assert len(kept) - on_time > 0  # a few late
    assert on_time / len(kept) > 0.75


def test_facts_never_contradict_each_other(sample: sqlite3.Connection):
    """One customer has one pair of children, named alike everywhere, and no fact twice."""
    by_customer: dict[int, list[str]] = defaultdict(list)
    for cid, text in sample.execute("SELECT customer_id, text FROM fact ORDER BY id"):
        by_customer[cid].append(text)
    pairs = 0
    for texts in by_customer.values():
        assert len(texts) == len(set(texts))
        kids = [t for t in texts if t.startswith("Has two kids")]
        assert len(kids) <= 1
        pairs += len(kids)
        if kids:
            named = set(re.findall(r"Has two kids, (.+) and (.+)\.", kids[0])[0])
            for text in texts:  # any other child named is one of the two
                for match in re.findall(r"(?:eldest, |over to |^)(\w+)(?:,|'s birthday| in)", text):
                    if match in demo.corpus.KIDS:
                        assert match in named, (kids[0], text)
    assert pairs


def test_a_pain_is_either_open_or_resolved_never_both(sample: sqlite3.Connection):
    states: dict[tuple[int, str], set[bool]] = defaultdict(set)
    for cid, text, resolved in sample.execute(
        "SELECT customer_id, text, resolved_on IS NOT NULL FROM pain_point"
    ):
        states[(cid, text)].add(bool(resolved))
    assert all(len(s) == 1 for s in states.values())


def test_reasons_and_delights_repeat_in_varied_words(tmp_path: Path):
    """The Insights themes gather several wordings each, and the first themes the most."""
    from custjournal.domain.insights import Segment
    from custjournal.store.insights import compute_insights

    journal = filled(tmp_path / "demo.sqlite3", customers=200)
    try:
        with journal.read() as session:
            ins = compute_insights(session, Segment(), TODAY)
    finally:
        journal.close()
    for themes in (ins.why_they_buy.themes, ins.delights.themes):
        assert len(themes) >= 5
        top = themes[0]
        assert len({q.text for q in top.quotes}) >= 2  # said in other words
        assert top.customer_count > 2 * themes[-1].customer_count  # a long tail
    assert ins.best_customers.boundaries[0].value_share > 0.55


def test_important_dates_have_a_valid_month_and_day(sample: sqlite3.Connection):
    rows = sample.execute("SELECT category, month, day FROM fact").fetchall()
    dates = [(m, d) for category, m, d in rows if category == "important-date"]
    assert dates
    for month, day in dates:
        dt.date(2000, month, day)  # raises for an impossible day
    assert all(m is None for category, m, _ in rows if category != "important-date")


def test_invitations_keep_their_status_history(sample: sqlite3.Connection):
    history: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for inv, status, day in sample.execute(
        "SELECT invitation_id, status, changed_on FROM invitation_status_change ORDER BY id"
    ):
        history[inv].append((status, day))
    invitations = sample.execute("SELECT id, status, invited_on, event_on FROM invitation")
    for inv, status, invited_on, event_on in invitations:
        assert history[inv][0] == ("invited", invited_on)
        assert history[inv][-1][0] == status
        assert invited_on <= event_on
        assert all(day <= event_on for _, day in history[inv])
    assert any(len(h) >= 3 for h in history.values())  # invited, accepted, attended


def test_gifts_have_cost_occasion_and_reaction(sample: sqlite3.Connection):
    assert scalar(sample, "SELECT count(*) FROM gift WHERE cost_minor > 0")
    assert scalar(sample, "SELECT count(*) FROM gift WHERE occasion IS NOT NULL")
    assert scalar(sample, "SELECT count(*) FROM gift WHERE reaction IS NOT NULL")
    assert scalar(sample, "SELECT count(DISTINCT kind) FROM gift") >= 3


def test_notes_are_several_sentences_and_some_say_why_they_buy(sample: sqlite3.Connection):
    notes = [n for (n,) in sample.execute("SELECT notes FROM conversation WHERE notes NOT NULL")]
    assert statistics.mean(n.count(". ") + 1 for n in notes) >= 3
    assert statistics.mean(len(n) for n in notes) >= 200
    assert scalar(sample, "SELECT count(*) FROM conversation WHERE why_buy IS NOT NULL")
    assert scalar(sample, "SELECT count(*) FROM delight WHERE conversation_id IS NOT NULL")


def test_purchases_follow_pareto(sample: sqlite3.Connection):
    values = sorted(
        (
            v
            for (v,) in sample.execute(
                "SELECT sum(amount_minor) FROM purchase GROUP BY customer_id"
            )
        ),
        reverse=True,
    )
    assert len(values) >= 10
    top = math.ceil(len(values) * 0.2)
    # 50 customers give 0.63 and more over seeds 1-40 (about 0.8 at 1,000): "well over half".
    assert sum(values[:top]) > 0.55 * sum(values)
    currencies = {c for (c,) in sample.execute("SELECT DISTINCT currency FROM purchase")}
    assert currencies == {scalar(sample, "SELECT value FROM setting WHERE key = 'currency'")}


def test_some_regular_buyers_have_stopped(sample: sqlite3.Connection):
    dates: dict[int, list[dt.date]] = defaultdict(list)
    for cid, day in sample.execute(
        "SELECT DISTINCT customer_id, purchased_on FROM purchase ORDER BY 1, 2"
    ):
        dates[cid].append(dt.date.fromisoformat(day))
    stopped = regular = 0
    for days in dates.values():
        if len(days) < 3:
            continue
        gaps = [(b - a).days for a, b in zip(days, days[1:], strict=False)]
        usual = statistics.median(gaps)
        regular += 1
        if (TODAY - days[-1]).days > 2.5 * usual:
            stopped += 1
    assert regular >= 5
    assert 1 <= stopped < regular


# --- dates and links ---------------------------------------------------------------------------


def test_nothing_is_dated_in_the_future_but_due_and_event_dates(sample: sqlite3.Connection):
    today = TODAY.isoformat()
    earliest = (TODAY - dt.timedelta(days=demo.HISTORY_DAYS)).isoformat()
    ahead = set()
    for table, columns in DATE_COLUMNS.items():
        for column in columns:
            late, early = sample.execute(
                f"SELECT max({column}), min({column}) FROM {table} WHERE {column} NOT NULL"
            ).fetchone()
            assert early >= earliest, (table, column)
            if late > today:
                ahead.add((table, column))
    assert ahead <= MAY_BE_AHEAD
    for table in demo.TABLES:
        if "created_at" in SQLModel.metadata.tables[table].columns:
            late = scalar(sample, f"SELECT max(max(created_at), max(updated_at)) FROM {table}")
            assert late[:10] <= today, table


def test_timestamps_are_stored_as_the_orm_stores_them(tmp_path: Path):
    journal = open_journal(tmp_path / "j.sqlite3")
    ops.add_customer(journal, "Written by the ORM")
    demo.fill(journal, customers=5, today=TODAY)
    con = sqlite3.connect(tmp_path / "j.sqlite3")
    for table in demo.TABLES:
        if "created_at" in SQLModel.metadata.tables[table].columns:
            for created, updated in con.execute(f"SELECT created_at, updated_at FROM {table}"):
                assert STAMP.match(created) and STAMP.match(updated), table
    with journal.read() as session:
        # Read back through the ORM: aware UTC datetimes, like the ones it wrote itself.
        for customer in session.exec(select(models.Customer)):
            assert customer.created_at.tzinfo == dt.UTC
            assert customer.updated_at >= customer.created_at
        for conv in session.exec(select(models.Conversation)):
            assert conv.created_at.tzinfo == dt.UTC
            assert conv.created_at.date() == conv.occurred_on <= TODAY
        # The read side of the app loads every row the demo wrote.
        rows = queries.customer_rows(session, TODAY)
        assert len(rows) == 6
        for row in rows:
            detail = queries.customer_detail(session, row.id)
            assert detail is not None
    journal.close()


def test_every_foreign_key_is_valid(sample: sqlite3.Connection):
    assert sample.execute("PRAGMA foreign_key_check").fetchall() == []
    # Entries tied to a conversation belong to that conversation's customer.
    for table in ("delight", "pain_point", "fact", "promise"):
        assert not scalar(
            sample,
            f"SELECT count(*) FROM {table} e JOIN conversation c ON c.id = e.conversation_id "
            "WHERE c.customer_id != e.customer_id",
        ), table


# --- search, determinism, adding to a journal, cancelling --------------------------------------


def test_search_finds_a_word_from_a_generated_note(tmp_path: Path):
    journal = filled(tmp_path / "j.sqlite3", customers=30)
    with journal.read() as session:
        conn = session.connection()
        rows = conn.exec_driver_sql("SELECT id, customer_id, notes FROM conversation").fetchall()
        # An order number is a word that occurs in one note only.
        conv_id, customer_id, number = next(
            (i, c, m.group(0)) for i, c, n in rows if n and (m := re.search(r"PO-\d+", n))
        )
        hits = search.search(conn, number)
        assert ("conversation", conv_id) in {(h.kind, h.id) for h in hits}
        assert customer_id in (search.matching_customer_ids(conn, number) or set())
        # Names are indexed too, whatever the case they are typed in.
        cid, name = conn.exec_driver_sql("SELECT id, name FROM customer LIMIT 1").one()
        assert cid in (search.matching_customer_ids(conn, name.upper()) or set())
    journal.close()


def test_same_seed_and_day_give_the_same_journal(tmp_path: Path):
    filled(tmp_path / "a.sqlite3", customers=20).close()
    filled(tmp_path / "b.sqlite3", customers=20).close()
    filled(tmp_path / "c.sqlite3", customers=20, seed=2).close()
    a, b, c = (dump(tmp_path / f"{x}.sqlite3") for x in "abc")
    assert a == b
    assert a["conversation"] != c["conversation"]


def test_demo_adds_to_what_the_journal_holds(journal: Journal, journal_path: Path):
    own = ops.add_customer(journal, "Ada Lovelace", company="Analytical Engines").id
    assert own is not None
    ops.log_conversation(journal, own, notes="Talked about the Difference Engine.")
    first = demo.fill(journal, customers=10, today=TODAY)
    second = demo.fill(journal, customers=10, today=TODAY)
    con = sqlite3.connect(journal_path)
    assert scalar(con, "SELECT count(*) FROM customer") == 21
    assert scalar(con, "SELECT min(id) FROM customer WHERE id != ?", own) == own + 1
    assert first.rows == second.rows  # same seed: the same sample again, with new ids
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    with journal.read() as session:
        # The rebuilt index still holds what was there before the demo.
        found = search.matching_customer_ids(session.connection(), "difference engine")
        assert found == {own}
    con.close()


def test_progress_is_reported_up_to_the_total(journal: Journal, monkeypatch: pytest.MonkeyPatch):
    """Writing and indexing count a step per customer each: 2 x customers in all."""
    monkeypatch.setattr(demo.generator, "BATCH", 7)
    monkeypatch.setattr(search, "REBUILD_CHUNK", 8)
    calls: list[tuple[int, int]] = []
    demo.fill(journal, customers=20, today=TODAY, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(7, 40), (14, 40), (28, 40), (36, 40), (40, 40)]


@pytest.mark.parametrize("cancel_at", [10, 60], ids=["mid-way", "after-the-index"])
def test_cancel_leaves_the_journal_as_it_was(
    journal: Journal, journal_path: Path, monkeypatch: pytest.MonkeyPatch, cancel_at: int
):
    ops.add_customer(journal, "Already here", notes="Keep me")
    before = dump(journal_path)
    monkeypatch.setattr(demo.generator, "BATCH", 5)
    monkeypatch.setattr(search, "REBUILD_CHUNK", 100)  # the index reports once, at 60 of 60
    calls: list[int] = []

    def cancel(done: int, total: int) -> bool:
        calls.append(done)
        return done >= cancel_at  # rows of earlier batches are written by then

    with pytest.raises(demo.DemoCancelled):
        demo.fill(journal, customers=30, today=TODAY, progress=cancel)
    assert calls == [c for c in (5, 10, 15, 20, 25, 60) if c <= cancel_at]
    assert dump(journal_path) == before  # tables and search index alike
    # The journal still works afterwards.
    summary = demo.fill(journal, customers=3, today=TODAY)
    assert summary.customers == 3
