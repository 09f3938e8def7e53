"""The kept Insights page (store/insights_kept.py): read back while the journal is unchanged,
and after every kind of write the same as the page worked out afresh."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from custjournal import ops
from custjournal.domain.insights import Insights, Segment, from_plain, to_plain
from custjournal.store import insights as store_insights
from custjournal.store import insights_kept
from custjournal.store.insights import compute_insights
from custjournal.store.journal import Journal
from custjournal.store.reader import rows

TODAY = dt.date(2026, 6, 15)


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def _build(journal: Journal) -> dict[str, int]:
    ops.set_currency(journal, "EUR")
    ids: dict[str, int] = {}
    for n, value in enumerate((900, 400, 120, 60, 0), 1):
        result = ops.add_customer(
            journal,
            f"Customer {n:02d}",
            stage="connection" if n % 2 else "prospecting",
            tags=["cafe"] if n % 2 else ["hotel"],
            today=ago(400),
        )
        assert result.id
        ids[f"c{n}"] = result.id
        if value:
            ops.add_purchase(journal, result.id, value * 100, on=ago(30), today=TODAY)
    c = ids
    ops.log_conversation(
        journal, c["c1"], on=ago(50), today=TODAY, why_buy="fast delivery", delights=["Samples"]
    )
    ops.log_conversation(journal, c["c3"], on=ago(40), today=TODAY, why_buy="They deliver quickly")
    ops.log_conversation(
        journal,
        c["c2"],
        on=ago(10),
        today=TODAY,
        pains=[ops.PainInput("Shipping is slow"), ops.PainInput("BeanCo is late", "competitor")],
    )
    ops.add_gift(journal, c["c1"], "Tea", on=ago(30), cost_minor=2550, reaction="Loved it")
    ops.add_milestone(journal, c["c1"], "referral", on=ago(20), today=TODAY)
    ops.set_stage(journal, c["c1"], "loyalty", on=ago(30), today=TODAY)
    return ids


def page(journal: Journal, segment: str = "all", day: dt.date = TODAY) -> Insights:
    with journal.reader() as source:
        return insights_kept.page(source, Segment.parse(segment), day)


def fresh(journal: Journal, segment: str = "all", day: dt.date = TODAY) -> Insights:
    with journal.reader() as source:
        return compute_insights(source, Segment.parse(segment), day)


def kept_count(journal: Journal) -> int:
    with journal.reader() as source:
        return int(rows(source, "SELECT count(*) FROM insights_kept")[0][0])


@pytest.fixture
def no_computing(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Call it, and working the page out fails: what comes back was kept."""

    def forbid() -> None:
        def fail(*_: Any) -> Insights:
            raise AssertionError("the page was worked out again")

        monkeypatch.setattr(store_insights, "compute_insights", fail)

    return forbid


def test_a_second_read_is_the_kept_page(journal: Journal, no_computing: Callable[[], None]) -> None:
    _build(journal)
    first = page(journal)
    assert kept_count(journal) == 1
    no_computing()
    assert page(journal) == first == fresh(journal)


def test_the_kept_page_is_per_day_and_segment(journal: Journal) -> None:
    _build(journal)
    all_of_them, cafes = page(journal), page(journal, "tag:cafe")
    assert all_of_them.customers == 5 and cafes.customers == 3
    assert kept_count(journal) == 2
    with journal.reader() as source:
        earlier = insights_kept.page(source, Segment(), ago(45))
        assert earlier == compute_insights(source, Segment(), ago(45))
    assert kept_count(journal) == 1  # another day's page replaces the others


def _undo_of_a_stage(journal: Journal, c: dict[str, int]) -> None:
    done = ops.set_stage(journal, c["c2"], "loyalty", on=ago(1), today=TODAY)
    assert done.inverse is not None
    page(journal)  # kept with the stage changed
    ops.apply_inverse(journal, done.inverse, "Undone")


def _import(journal: Journal, c: dict[str, int], folder: Path) -> None:
    card = folder / "people.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nEMAIL:grace@navy.example\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    ops.import_file(journal, card, today=TODAY)


def _edit(journal: Journal, c: dict[str, int]) -> None:
    with journal.reader() as source:
        ((pain_id,),) = rows(source, "SELECT id FROM pain_point WHERE text = 'Shipping is slow'")
    ops.update_entry(journal, "pain", pain_id, text="Deliveries are slow", today=TODAY)


def _conversation_day(journal: Journal, c: dict[str, int]) -> None:
    """The day of the conversation a delight was said in: the delight's own day moves."""
    with journal.reader() as source:
        ((conversation_id,),) = rows(
            source,
            "SELECT conversation_id FROM delight WHERE text = 'Samples'",
        )
    ops.update_entry(journal, "conversation", conversation_id, occurred_on=ago(200), today=TODAY)


def _delete(journal: Journal, c: dict[str, int]) -> None:
    with journal.reader() as source:
        ((gift_id,),) = rows(source, "SELECT id FROM gift")
    ops.delete_entry(journal, "gift", gift_id)


WRITES: dict[str, Callable[[Journal, dict[str, int], Path], object]] = {
    "a conversation": lambda j, c, _: ops.log_conversation(
        j, c["c4"], on=ago(2), today=TODAY, why_buy="delivered next day", delights=["samples!"]
    ),
    "the same words": lambda j, c, _: ops.log_conversation(
        j,
        c["c3"],
        on=ago(3),
        today=TODAY,
        delights=["Samples"],
        pains=[ops.PainInput("Shipping is slow")],
    ),
    "a pain resolved": lambda j, c, _: ops.resolve_pain_point(
        j, c["c2"], "Shipping", on=ago(1), today=TODAY
    ),
    "a purchase": lambda j, c, _: ops.add_purchase(j, c["c5"], 500_000, on=ago(3), today=TODAY),
    "a stage": lambda j, c, _: ops.set_stage(j, c["c4"], "connection", on=ago(2), today=TODAY),
    "a tag": lambda j, c, _: ops.add_tag_many(j, [c["c2"]], "cafe"),
    "a cadence": lambda j, c, _: ops.set_cadence(j, "connection", 3),
    "an edit": lambda j, c, _: _edit(j, c),
    "a conversation's day": lambda j, c, _: _conversation_day(j, c),
    "a plain conversation": lambda j, c, _: ops.log_conversation(
        j, c["c5"], on=ago(1), today=TODAY, summary="Called"
    ),
    "a gift": lambda j, c, _: ops.add_gift(j, c["c4"], "Mug", on=ago(1), reaction="Loved it!"),
    "an invitation": lambda j, c, _: ops.record_invitation(
        j, c["c3"], "Tasting", ago(5), status="attended", invited_on=ago(20), today=TODAY
    ),
    "a milestone": lambda j, c, _: ops.add_milestone(j, c["c2"], "testimonial", on=ago(1)),
    "a delete": lambda j, c, _: _delete(j, c),
    "a merge": lambda j, c, _: ops.merge_customers(j, c["c1"], c["c2"], today=TODAY),
    "forget": lambda j, c, _: ops.forget_customer(j, c["c2"]),
    "an import": lambda j, c, folder: _import(j, c, folder),
    "an undo": lambda j, c, _: _undo_of_a_stage(j, c),
}


@pytest.mark.parametrize("write", list(WRITES))
def test_after_each_kind_of_write_the_kept_page_is_a_fresh_one(
    journal: Journal, write: str, tmp_path: Path, backend: str
) -> None:
    if write == "an undo" and not journal.undoable:
        pytest.skip("a team journal has no undo")
    c = _build(journal)
    before = page(journal), page(journal, "tag:cafe")
    WRITES[write](journal, c, tmp_path)
    after = page(journal), page(journal, "tag:cafe")
    assert after == (fresh(journal), fresh(journal, "tag:cafe"))
    assert (page(journal), page(journal, "tag:cafe")) == after  # kept again, and read back
    if write not in ("an undo", "a plain conversation"):  # those two may show nothing new
        assert after != before


def _parts(journal: Journal) -> dict[str, str]:
    with journal.reader() as source:
        found = rows(source, "SELECT part, body FROM insights_part WHERE segment = 'all'")
    return {str(part): str(body) for part, body in found}


def test_a_change_keeps_the_parts_it_does_not_touch(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A conversation without delights or pains leaves the delights, pains, gifts and stage
    durations as they were kept: the page after it reads none of them again."""
    c = _build(journal)
    page(journal)
    kept = _parts(journal)
    assert {"delights", "pains", "gifts", "stage_days"} <= set(kept)
    ops.log_conversation(journal, c["c5"], on=ago(1), today=TODAY, summary="Called")
    assert _parts(journal) == kept
    read: list[str] = []
    real = store_insights.raw_rows

    def counting(source: Any, sql: str, params: Any = ()) -> Any:
        read.append(sql)
        return real(source, sql, params)

    monkeypatch.setattr(store_insights, "raw_rows", counting)
    shown = page(journal)
    assert read and not {store_insights._DELIGHT_SQL, store_insights._PAIN_SQL} & set(read)
    assert shown == fresh(journal)
    before = set(_parts(journal))  # and the earlier day's values, ranked for a health figure
    ops.add_gift(journal, c["c4"], "Mug", on=ago(1), reaction="Loved it!")
    assert set(_parts(journal)) == before - {"gifts", "reactions"}


@pytest.mark.parametrize(
    "write", ["a conversation", "the same words", "a pain resolved", "a conversation's day"]
)
def test_a_delight_or_pain_reads_only_its_customers_rows_again(
    journal: Journal, write: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backend: str
) -> None:
    """A delight or pain said or resolved (or a conversation one was said in moved) marks its
    customer: the next page reads only their delights and pains again, splices them into the
    kept ones, and is the page worked out afresh."""
    c = _build(journal)
    page(journal), page(journal, "tag:cafe")
    WRITES[write](journal, c, tmp_path)
    with journal.reader() as source:
        marked = rows(source, "SELECT DISTINCT customer_id FROM insights_stale")
    assert marked and len(marked) <= 2
    read = _counting(monkeypatch)
    shown = page(journal), page(journal, "tag:cafe")
    assert not {store_insights._DELIGHT_SQL, store_insights._PAIN_SQL} & set(read)
    assert {store_insights._DELIGHT_SOME_SQL, store_insights._PAIN_SOME_SQL} & set(read)
    assert shown == (fresh(journal), fresh(journal, "tag:cafe"))
    with journal.reader() as source:
        assert not rows(source, "SELECT * FROM insights_stale")  # kept again: nothing marked


def _entry_saying(journal: Journal, table: str, text: str) -> int:
    with journal.reader() as source:
        ((entry_id,),) = rows(source, f"SELECT id FROM {table} WHERE text = '{text}'")
    return int(entry_id)


def _conversation_of(journal: Journal, text: str) -> int:
    with journal.reader() as source:
        ((conversation_id,),) = rows(
            source,
            f"SELECT conversation_id FROM delight WHERE text = '{text}' UNION "
            f"SELECT conversation_id FROM pain_point WHERE text = '{text}'",
        )
    return int(conversation_id)


# A delight or pain taken back: deleted (alone, or with the conversation it was said in), or its
# words edited. Its words must be in no kept row.
TAKEN_BACK: dict[str, Callable[[Journal], object]] = {
    "a delight deleted": lambda j: ops.delete_entry(
        j, "delight", _entry_saying(j, "delight", "Secret remark about the divorce")
    ),
    "a delight edited": lambda j: ops.update_entry(
        j,
        "delight",
        _entry_saying(j, "delight", "Secret remark about the divorce"),
        text="Lovely beans",
        today=TODAY,
    ),
    "a conversation with a delight deleted": lambda j: ops.delete_entry(
        j, "conversation", _conversation_of(j, "Secret remark about the divorce")
    ),
    "a pain deleted": lambda j: ops.delete_entry(
        j, "pain", _entry_saying(j, "pain_point", "Secret remark about the divorce")
    ),
    "a pain edited": lambda j: ops.update_entry(
        j,
        "pain",
        _entry_saying(j, "pain_point", "Secret remark about the divorce"),
        text="Slow invoices",
        today=TODAY,
    ),
}


@pytest.mark.parametrize("write", list(TAKEN_BACK))
def test_words_taken_back_are_kept_nowhere(
    journal: Journal, write: str, monkeypatch: pytest.MonkeyPatch, backend: str
) -> None:
    """A delight or pain deleted, or its words edited, leaves its words in no kept part of any
    segment (nor in a mark), though only the whole journal's page is looked at after it: the
    parts that read it are deleted, and the next page reads the statement whole again."""
    c = _build(journal)
    secret = "Secret remark about the divorce"
    kind = "delights" if "delight" in write else "pains"
    said = {"delights": [secret]} if kind == "delights" else {"pains": [ops.PainInput(secret)]}
    ops.log_conversation(journal, c["c1"], on=ago(5), today=TODAY, **said)  # type: ignore[arg-type]
    segments = ("all", "tag:cafe", "stage:loyalty")
    for segment in segments:
        assert secret in str(page(journal, segment))
    with journal.reader() as source:
        kept = rows(
            source, "SELECT segment, body FROM insights_part WHERE part = :part", {"part": kind}
        )
    assert {str(segment) for segment, body in kept if secret in str(body)} >= set(segments)
    TAKEN_BACK[write](journal)

    def kept_words() -> list[Any]:
        with journal.reader() as source:
            return [
                row
                for table in ("insights_part", "insights_stale", "insights_kept")
                for row in rows(source, f"SELECT * FROM {table}")
                if secret in str(row)
            ]

    assert kept_words() == []
    read = _counting(monkeypatch)
    for day in range(3):  # the days after, only the whole journal's page is looked at
        shown = page(journal, "all", TODAY + dt.timedelta(days=day))
        assert secret not in str(shown)
        assert shown == fresh(journal, "all", TODAY + dt.timedelta(days=day))
    sql = store_insights._DELIGHT_SQL if kind == "delights" else store_insights._PAIN_SQL
    assert sql in read  # read whole again: nothing of the part was left to splice
    assert kept_words() == []
    assert page(journal, "tag:cafe") == fresh(journal, "tag:cafe")


def test_many_customers_marked_read_the_whole_statement_again(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """More customers marked than splicing pays for (an import): the delights and pains are
    read whole again, and the page is the fresh one."""
    c = _build(journal)
    page(journal)
    WRITES["the same words"](journal, c, tmp_path)
    monkeypatch.setattr(store_insights, "_SPLICE_MAX", 0)
    read = _counting(monkeypatch)
    shown = page(journal)
    assert {store_insights._DELIGHT_SQL, store_insights._PAIN_SQL} <= set(read)
    assert not {store_insights._DELIGHT_SOME_SQL, store_insights._PAIN_SOME_SQL} & set(read)
    assert shown == fresh(journal)


def test_random_writes_leave_the_page_as_a_fresh_one(
    journal: Journal, tmp_path: Path, backend: str
) -> None:
    """Writes one after another, in an order drawn at random (seeded): after each, the page
    from its kept parts is the page worked out afresh, for everyone and for a segment."""
    import random

    kinds = [
        k for k in WRITES if k not in ("forget", "a merge", "an undo", "an import", "a delete")
    ]
    c = _build(journal)
    for seed in range(3):
        order = random.Random(seed).sample(kinds, 5)
        for write in order:
            page(journal), page(journal, "tag:cafe")
            try:
                WRITES[write](journal, c, tmp_path)
            except Exception:  # noqa: BLE001 - a write that no longer applies (done already)
                continue
            assert page(journal) == fresh(journal), (seed, write)
            assert page(journal, "stage:connection") == fresh(journal, "stage:connection")


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The statements the page reads from now on."""
    read: list[str] = []
    real = store_insights.raw_rows

    def counting(source: Any, sql: str, params: Any = ()) -> Any:
        read.append(sql)
        return real(source, sql, params)

    monkeypatch.setattr(store_insights, "raw_rows", counting)
    return read


# The parts kept across days: every entry with its day, read again only when a table changes.
EVERY_DAY = {
    store_insights._DELIGHT_SQL,
    store_insights._PAIN_SQL,
    store_insights._GIFTS_EVERY_SQL,
    store_insights._REACTIONS_EVERY_SQL,
    store_insights._MILESTONES_EVERY_SQL,
    store_insights._STAGE_DAYS_SQL,
}


def test_a_new_day_reads_no_kept_part_again(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The day after, nothing of the page is kept, but the delights, pains, gifts, milestones
    and stage durations are: the new day's page reads none of them again, and is the page
    worked out afresh."""
    _build(journal)
    page(journal)
    read = _counting(monkeypatch)
    tomorrow = TODAY + dt.timedelta(days=1)
    shown = page(journal, day=tomorrow)
    assert read and not EVERY_DAY & set(read)
    assert shown == fresh(journal, day=tomorrow) != page(journal)


def test_a_day_before_later_entries_reads_its_own(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A day with entries dated after it (the page as it was): the parts over every entry
    don't answer for it, its own statements do; each day's page is the fresh one."""
    _build(journal)
    page(journal)
    read = _counting(monkeypatch)
    assert page(journal, day=ago(35)) == fresh(journal, day=ago(35))  # before the gift
    assert {store_insights._GIFTS_SQL, store_insights._REACTIONS_SQL} <= set(read)
    for day in (TODAY, ago(25), ago(45), ago(15), TODAY, ago(400), TODAY + dt.timedelta(days=30)):
        for segment in ("all", "tag:cafe"):
            assert page(journal, segment, day) == fresh(journal, segment, day), (day, segment)


# The statements of one day, as they were before the parts were kept across days: what the
# delights, pains and stage durations picked from every entry must be on each day.
_DAY_DELIGHT_SQL = (
    "SELECT text, group_concat(customer_id), group_concat(day), NULL, 1,"
    " sum(day > :last), sum(day > :prev AND day <= :last), max(day), 0, 0, NULL"
    " FROM (SELECT d.text AS text, d.customer_id AS customer_id,"
    " coalesce(CAST(c.occurred_on AS TEXT), substr(d.created_at, 1, 10)) AS day"
    " FROM delight d LEFT JOIN conversation c ON c.id = d.conversation_id) AS e"
    " WHERE day <= :today GROUP BY text"
)
_DAY_PAIN_SQL = (
    "SELECT text, group_concat(customer_id), group_concat(day), with_whom,"
    " (resolved_on IS NULL OR resolved_on > :today) AS still_open,"
    " sum(day > :last), sum(day > :prev AND day <= :last), max(day),"
    " sum(resolved_on > :last), sum(resolved_on > :prev AND resolved_on <= :last),"
    " group_concat(julianday(resolved_on) - julianday(day))"
    " FROM (SELECT p.text AS text, p.customer_id AS customer_id, p.with_whom AS with_whom,"
    " CAST(p.resolved_on AS TEXT) AS resolved_on,"
    " coalesce(CAST(c.occurred_on AS TEXT), substr(p.created_at, 1, 10)) AS day"
    " FROM pain_point p LEFT JOIN conversation c ON c.id = p.conversation_id) AS e"
    " WHERE day <= :today GROUP BY text, with_whom, still_open"
)
_DAY_STAGE_DAYS_SQL = (
    "SELECT stage, days FROM (SELECT stage, julianday(lead(changed_on) OVER"
    " (PARTITION BY customer_id ORDER BY changed_on, id)) - julianday(changed_on) AS days"
    " FROM stage_change WHERE changed_on <= :today) AS e WHERE days IS NOT NULL"
)


def _said(texts: Any, windows: bool = True) -> list[tuple[Any, ...]]:
    return sorted(
        (
            t.text,
            sorted(zip(t.ids, t.days, strict=True)),
            t.with_whom,
            bool(t.open),
            t.last_90 if windows else 0,
            t.previous_90 if windows else 0,
            t.latest,
            t.resolved_last_90,
            t.resolved_previous_90,
            sorted(t.resolve_days),
        )
        for t in texts
    )


def test_every_day_picks_from_every_entry_what_the_days_statement_gives(
    journal: Journal, tmp_path: Path, backend: str
) -> None:
    """On days before, between and after the entries, the delights, pains (open or resolved
    by then, said and resolved in the 90-day windows) and stage durations picked from every
    entry are what a statement of that day alone gives."""
    from custjournal.store.queries import raw_rows

    c = _build(journal)
    for write in ("a conversation", "a pain resolved", "a stage", "a conversation's day"):
        WRITES[write](journal, c, tmp_path)
    ops.resolve_pain_point(journal, c["c2"], "BeanCo", on=ago(100), today=TODAY)
    days = [ago(n) for n in (400, 200, 120, 101, 100, 60, 45, 40, 20, 10, 2, 1, 0, -1, -200)]
    with journal.reader() as source:
        every = {"only": None}
        liked = raw_rows(source, store_insights._DELIGHT_SQL, every)
        said = raw_rows(source, store_insights._PAIN_SQL, every)
        spent = raw_rows(source, store_insights._STAGE_DAYS_SQL, every)
        for day in days:
            last, prev = day - dt.timedelta(days=90), day - dt.timedelta(days=180)
            params = {"today": day.isoformat(), "last": last.isoformat(), "prev": prev.isoformat()}
            got = store_insights._delights_upto(liked, day.isoformat())
            want = store_insights._parse(raw_rows(source, _DAY_DELIGHT_SQL, params))
            assert _said(got, False) == _said(want, False), day
            got = store_insights._pains_upto(said, *params.values())
            want = store_insights._parse(raw_rows(source, _DAY_PAIN_SQL, params))
            assert _said(got) == _said(want), day
            assert store_insights._medians(spent, day.isoformat()) == store_insights._medians(
                [(*r, "") for r in raw_rows(source, _DAY_STAGE_DAYS_SQL, params)], day.isoformat()
            ), day


def test_random_writes_and_days_leave_the_page_as_a_fresh_one(
    journal: Journal, tmp_path: Path, backend: str
) -> None:
    """Writes and days one after another, drawn at random (seeded): pages of today, of days
    before some entries and after all of them, for everyone and for segments; after each
    write, each is the page worked out afresh."""
    import random

    kinds = [
        k for k in WRITES if k not in ("forget", "a merge", "an undo", "an import", "a delete")
    ]
    days = [TODAY, ago(1), ago(3), ago(35), ago(95), TODAY + dt.timedelta(days=1), ago(190)]
    c = _build(journal)
    for seed in range(3):
        draw = random.Random(seed)
        for write in draw.sample(kinds, 5):
            for day in draw.sample(days, 2):
                page(journal, day=day), page(journal, "tag:cafe", day)
            try:
                WRITES[write](journal, c, tmp_path)
            except Exception:  # noqa: BLE001 - a write that no longer applies (done already)
                continue
            for day in draw.sample(days, 3):
                assert page(journal, day=day) == fresh(journal, day=day), (seed, write, day)
                segment = draw.choice(["tag:cafe", "stage:connection"])
                assert page(journal, segment, day) == fresh(journal, segment, day)


def test_the_page_is_kept_as_its_plain_json(journal: Journal) -> None:
    """The kept text, put together section by section, is the page's plain JSON, also when
    sections are handed back unchanged from the previous computation."""
    c = _build(journal)
    for write in ("a plain conversation", "a gift", "a purchase"):
        shown = page(journal)
        with journal.reader() as source:
            ((body,),) = rows(source, "SELECT body FROM insights_kept WHERE segment = 'all'")
        assert body == insights_kept._dumps(to_plain(shown))
        assert from_plain(json.loads(body)) == shown
        WRITES[write](journal, c, Path())


def test_forget_leaves_no_kept_words_of_the_customer(journal: Journal) -> None:
    c = _build(journal)
    assert "Customer 02" in str(page(journal))
    ops.forget_customer(journal, c["c2"])
    assert kept_count(journal) == 0  # every kept page went with the customer's rows
    assert not _parts(journal)  # and every kept part
    assert "Customer 02" not in str(page(journal))


def test_a_change_made_while_the_page_is_worked_out_is_not_hidden(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = _build(journal)
    real = store_insights.compute_insights

    def meanwhile(source: Any, segment: Segment, today: dt.date, parts: Any = None) -> Insights:
        result = real(source, segment, today, parts)
        ops.add_purchase(journal, c["c5"], 700_000, on=ago(3), today=TODAY)  # another program
        ops.add_gift(journal, c["c3"], "Book", on=ago(1), reaction="Thrilled")  # a part's table
        ops.log_conversation(  # a part kept a customer at a time
            journal, c["c3"], on=ago(1), today=TODAY, delights=["Samples"]
        )
        return result

    monkeypatch.setattr(store_insights, "compute_insights", meanwhile)
    stale = page(journal)
    monkeypatch.setattr(store_insights, "compute_insights", real)
    now = page(journal)
    assert now != stale and now == fresh(journal)


def test_a_read_only_journal_works_the_page_out_without_keeping(journal: Journal) -> None:
    if journal.file is None:
        pytest.skip("a journal file's read-only opening")
    _build(journal)
    readonly = Journal(journal.file, readonly=True)
    try:
        with readonly.reader() as source:
            shown = insights_kept.page(source, Segment(), TODAY)
    finally:
        readonly.close()
    assert shown == fresh(journal)
    assert kept_count(journal) == 0


def test_the_json_is_kept_beside_the_page(
    journal: Journal, no_computing: Callable[[], None]
) -> None:
    _build(journal)
    calls: list[Insights] = []

    def render(insights: Insights) -> str:
        calls.append(insights)
        return f"{insights.customers} customers\n"

    with journal.reader() as source:
        assert insights_kept.json_text(source, Segment(), TODAY, render) == "5 customers\n"
    no_computing()
    with journal.reader() as source:
        assert insights_kept.json_text(source, Segment(), TODAY, render) == "5 customers\n"
        assert insights_kept.page(source, Segment(), TODAY) == calls[0]
    assert len(calls) == 1


def test_the_plain_form_gives_the_same_page_back(journal: Journal) -> None:
    _build(journal)
    shown = fresh(journal)
    back = from_plain(to_plain(shown))
    assert back == shown
    # The sentences too, with what translating them takes.
    assert back.best_customers.meaning is not None
    assert back.best_customers.meaning.args == shown.best_customers.meaning.args  # type: ignore[union-attr]
    assert type(back.best_customers.meaning) is type(shown.best_customers.meaning)


@pytest.mark.parametrize("body", ['{"~": "os.system", "f": []}', '{"~x": 1}', "[1, {}]"])
def test_a_body_that_is_not_a_page_is_refused(body: str) -> None:
    import json

    with pytest.raises((ValueError, TypeError)):
        from_plain(json.loads(body))


def test_an_encrypted_journal_keeps_its_page_encrypted(tmp_path: Path) -> None:
    pytest.importorskip("sqlcipher3")
    from custjournal.store import crypt
    from custjournal.store.journal import open_journal

    path = tmp_path / "journal.sqlite3"
    journal = open_journal(path)
    _build(journal)
    journal.close()
    crypt.encrypt(path, "correct horse battery")
    journal = open_journal(path)
    try:
        first = page(journal)
        assert kept_count(journal) == 1
        assert page(journal) == first == fresh(journal)
        journal.checkpoint()
    finally:
        journal.close()
    assert b"Customer 01" not in path.read_bytes()


def test_a_second_language_theme_groups_in_the_kept_page(
    journal: Journal, no_computing: Callable[[], None]
) -> None:
    ops.set_currency(journal, "EUR")
    said = ("Schnelle Lieferung", "Sie liefern immer schnell", "Geliefert am nächsten Tag")
    for n, text in enumerate(said, 1):
        result = ops.add_customer(journal, f"Kunde {n}", today=ago(100))
        assert result.id
        ops.log_conversation(journal, result.id, on=ago(n), today=TODAY, why_buy=text)
    first = page(journal)
    no_computing()
    kept = page(journal)
    assert kept == first
    (theme,) = kept.why_they_buy.themes
    assert theme.mentions == 3 and theme.customer_count == 3
    assert {q.text for q in theme.quotes} == set(said)


def test_a_team_role_without_rights_on_the_kept_tables_writes_and_reads_the_page(
    pg_server: Any, pg_database: str
) -> None:
    from psycopg import sql

    from custjournal.store.team import open_team

    owner = open_team(pg_server.url(pg_database))
    try:
        c = _build(owner)
    finally:
        owner.close()
    with pg_server.admin() as con:
        con.execute("DROP ROLE IF EXISTS clerk_kept")
        con.execute("CREATE ROLE clerk_kept LOGIN")
    with pg_server.admin(pg_database) as con:
        con.execute(
            sql.SQL("GRANT CONNECT ON DATABASE {} TO clerk_kept").format(
                sql.Identifier(pg_database)
            )
        )
        con.execute(
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO clerk_kept"
        )
        con.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO clerk_kept")
        # Reading the kept tables, but no writing them.
        con.execute(
            "REVOKE INSERT, UPDATE, DELETE ON insights_kept, journal_change FROM clerk_kept"
        )
    clerk = open_team(pg_server.url(pg_database, "clerk_kept"))
    try:
        first = page(clerk)  # worked out; keeping it is refused, quietly
        assert first == fresh(clerk) and kept_count(clerk) == 0
        # Writing an entry counts the change through the owner's function.
        with clerk.reader() as source:
            before = insights_kept.version(source)
        ops.add_purchase(clerk, c["c5"], 250_000, on=ago(2), today=TODAY)
        with clerk.reader() as source:
            assert before is not None and insights_kept.version(source) == before + 1
        assert page(clerk) == fresh(clerk) != first
    finally:
        clerk.close()


def test_every_table_of_the_journal_counts_a_change(tmp_path: Path) -> None:
    """A change to any table of the journal forgets the kept pages: each table has its counting
    triggers on both backends, but for those that hold no one's words of their own (kept
    results, the search index, the schema's version); on `customer` every column counts but
    the ones kept there from the entries and the row's own bookkeeping."""
    import contextlib
    import sqlite3

    from custjournal.store import derived
    from custjournal.store.journal import open_journal

    path = tmp_path / "tables.sqlite3"
    open_journal(path).close()
    with contextlib.closing(sqlite3.connect(path)) as con:
        tables = {
            name
            for (name,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        columns = {name for _cid, name, *_rest in con.execute("PRAGMA table_info(customer)")}
    not_counted = {
        "alembic_version",
        "journal_change",
        "insights_kept",
        "insights_part",
        "insights_stale",
        "health_kept",
        "search_entry",
    }
    user_tables = {
        t for t in tables - not_counted if not t.startswith(("customer_fts", "search_fts"))
    }
    counted = {n.removeprefix("tr_kept_").rsplit("_", 1)[0] for n in insights_kept.TRIGGERS}
    assert counted == user_tables
    assert {n.removeprefix("tr_kept_") for n in insights_kept.TRIGGERS_PG} == user_tables
    counting = columns - set(derived.COLUMNS) - {"updated_at", "version"}
    for ddl in (
        insights_kept.TRIGGERS["tr_kept_customer_update"],
        insights_kept.TRIGGERS_PG["tr_kept_customer"],
    ):
        named = ddl.split("UPDATE OF ", 1)[1].split(" ON customer", 1)[0].split(", ")
        assert set(named) == counting


# The delight's update trigger as this session's earlier program wrote it (a journal already at
# the newest revision keeps it: only an upgrade puts the triggers back).
_EARLIER_DELIGHT_UPDATE = (
    "CREATE TRIGGER tr_kept_delight_update AFTER UPDATE ON delight BEGIN UPDATE "
    "journal_change SET n = n + 1 WHERE id = 1; DELETE FROM insights_kept; DELETE "
    "FROM insights_part WHERE reads LIKE '%,delight,%'; INSERT OR IGNORE INTO "
    "insights_stale (segment, part, customer_id) SELECT segment, part, "
    "OLD.customer_id FROM insights_part WHERE reads LIKE '%,delight~,%' UNION "
    "SELECT segment, part, NEW.customer_id FROM insights_part WHERE reads LIKE "
    "'%,delight~,%'; END"
)


@pytest.mark.journal_file
def test_check_reports_an_earlier_trigger_and_its_repair_puts_this_one_back(
    journal: Journal, journal_path: Path
) -> None:
    import sqlite3

    from custjournal.store import backup

    journal.close()
    con = sqlite3.connect(journal_path)
    with con:
        con.execute("DROP TRIGGER tr_kept_delight_update")
        con.execute(_EARLIER_DELIGHT_UPDATE)
        con.execute("DROP TRIGGER tr_kept_gift_insert")
    con.close()
    report = backup.check(journal_path)
    assert report.index_problems == [
        f"1 of the {len(insights_kept.TRIGGERS)} triggers that keep the Insights page right are "
        "missing",
        "1 of the triggers that keep the Insights page right are not this version's",
    ]
    backup.rebuild_index(journal_path)
    assert backup.check(journal_path).ok
    con = sqlite3.connect(journal_path)
    found = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    con.close()
    assert all(found.get(name) == ddl for name, ddl in insights_kept.TRIGGERS.items())


# The parts whose statements read the day: kept under the page's day.
DAY_PARTS = {
    store_insights._VALUES_SQL,
    store_insights._DUES_SQL,
    store_insights._MOVES_SQL,
    store_insights._INVITATIONS_NOW_SQL,
}


def _part_days(journal: Journal) -> dict[str, set[str]]:
    with journal.reader() as source:
        found = rows(source, "SELECT part, day FROM insights_part WHERE segment = 'all'")
    days: dict[str, set[str]] = {}
    for part, day in found:
        days.setdefault(str(part), set()).add(str(day))
    return days


def test_tomorrows_page_worked_out_today_leaves_todays(
    journal: Journal, monkeypatch: pytest.MonkeyPatch, no_computing: Callable[[], None]
) -> None:
    """The app works tomorrow's page out the day before: today's stays kept beside it, and so
    do today's parts that read the day (the values, the promises due, the stage moves): a
    change made after the work ahead makes neither day's next page read them again. Each
    page is the one worked out afresh."""
    c = _build(journal)
    tomorrow = TODAY + dt.timedelta(days=1)
    page(journal)
    page(journal, day=tomorrow)
    assert kept_count(journal) == 2
    days = _part_days(journal)
    assert days["values"] == {TODAY.isoformat(), tomorrow.isoformat()}
    assert days["delights"] == {""}  # kept across days, once

    ops.log_conversation(journal, c["c5"], on=ago(1), today=TODAY, summary="Called")
    assert kept_count(journal) == 0  # a change: no page kept, the parts it did not touch are
    read: list[tuple[str, str | None]] = []
    real = store_insights.raw_rows

    def counting(source: Any, sql: str, params: Any = ()) -> Any:
        read.append((sql, params.get("today") if isinstance(params, dict) else None))
        return real(source, sql, params)

    monkeypatch.setattr(store_insights, "raw_rows", counting)
    shown = page(journal), page(journal, day=tomorrow)
    assert read
    assert not EVERY_DAY & {sql for sql, _day in read}
    # The statements of either day's own parts: only the earlier day's values (read for the
    # customer whose health is worked out again, `_tier_of`) are new.
    assert not {
        (sql, day) for sql, day in read if sql in DAY_PARTS and day in (str(TODAY), str(tomorrow))
    }
    assert shown == (fresh(journal), fresh(journal, day=tomorrow))
    assert kept_count(journal) == 2
    no_computing()  # both kept again, and read back
    assert page(journal) == fresh(journal)
    assert page(journal, day=tomorrow) == fresh(journal, day=tomorrow)


def test_pages_and_parts_of_days_further_than_a_day_are_forgotten(journal: Journal) -> None:
    _build(journal)
    days = [TODAY + dt.timedelta(days=n) for n in range(3)]
    for day in days:
        page(journal, day=day)
    with journal.reader() as source:
        pages = {str(d) for (d,) in rows(source, "SELECT day FROM insights_kept")}
    assert pages == {days[1].isoformat(), days[2].isoformat()}
    assert _part_days(journal)["values"] == {days[1].isoformat(), days[2].isoformat()}


def test_a_part_spliced_by_its_marks_is_never_kept_under_a_day(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The marks of a delight or pain said (`insights_stale`) have no day: were such a part kept
    under a day, keeping tomorrow's copy would forget the marks today's copy still needs. Even
    when its parameters held a day, it is kept across days, and today's page after a delight
    logged (tomorrow's worked out meanwhile) is the page worked out afresh."""
    real = store_insights._has_day
    monkeypatch.setattr(store_insights, "_has_day", lambda params: True if params else real(params))
    daily_seen: list[set[str]] = []
    real_keep = insights_kept.keep

    def spying(*args: Any, **kwargs: Any) -> bool:
        daily_seen.append(set(args[6] if len(args) > 6 else kwargs.get("daily", ())))
        return real_keep(*args, **kwargs)

    monkeypatch.setattr(insights_kept, "keep", spying)
    c = _build(journal)
    tomorrow = TODAY + dt.timedelta(days=1)
    page(journal), page(journal, day=tomorrow)
    ops.log_conversation(journal, c["c5"], on=ago(1), today=TODAY, delights=["Free delivery"])
    ops.log_conversation(journal, c["c4"], on=ago(1), today=TODAY, pains=[ops.PainInput("Late")])
    page(journal, day=tomorrow)  # tomorrow's again (the app, once idle): splices both parts
    assert page(journal) == fresh(journal)
    assert page(journal, day=tomorrow) == fresh(journal, day=tomorrow)
    assert daily_seen and any(daily_seen)
    spliced = {part for part, reads in store_insights.READS.items() if "~" in reads}
    assert not spliced & set().union(*daily_seen)
    assert _part_days(journal)["delights"] == {""}


class _Stop(BaseException):
    """What the app's worker raises at a checkpoint to stop (gui/controller.py `_GaveUp`)."""


def test_the_health_figures_and_the_pages_encoding_have_checkpoints(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Work done ahead stops at a checkpoint when the user's own work waits for it: the last
    stretch (the health figures, the page's encoding) has checkpoints too. Stopped there,
    nothing of the page is kept, and the next page is the one worked out afresh."""
    _build(journal)
    store_insights.forget_day(TODAY)  # an earlier test's health figures: worked out whole here
    where = {"health": 0, "encoding": 0}
    stage = [""]
    real_state, real_body = store_insights._HealthState.__init__, insights_kept._page_body

    def state(self: Any, *args: Any) -> None:
        stage[0] = "health"
        real_state(self, *args)
        stage[0] = ""

    def body(*args: Any) -> str:
        stage[0] = "encoding"
        return real_body(*args)

    monkeypatch.setattr(store_insights._HealthState, "__init__", state)
    monkeypatch.setattr(insights_kept, "_page_body", body)

    def pause() -> None:
        if stage[0]:
            where[stage[0]] += 1
            if stage[0] == "encoding":
                raise _Stop

    with pytest.raises(_Stop), journal.reader(pause) as source:
        insights_kept.page(source, Segment(), TODAY)
    assert where["health"] > 0 and where["encoding"] == 1
    assert kept_count(journal) == 0
    assert page(journal) == fresh(journal)
    assert kept_count(journal) == 1
