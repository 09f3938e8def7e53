"""Undo for every operation: each result carries its inverse; applying it puts the journal back
row for row (derived columns and the search index included), and the inverse of that is redo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from custjournal import ops
from custjournal.domain.changes import Changed
from custjournal.domain.errors import UserError
from custjournal.interop import exporting
from custjournal.store import backend, derived, undo_log
from custjournal.store.journal import Journal
from tests import rawdb

TODAY = dt.date(2026, 11, 23)
DAY = dt.timedelta(days=1)


def rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of the journal's tables, the search index's and the derived columns."""
    con = rawdb.connect(path)
    # A team database's tables have no rowid (search_entry has its own column of that name).
    every = "SELECT * FROM {}" if rawdb.is_team(path) else "SELECT rowid, * FROM {}"
    try:
        tables = [*undo_log.TABLES, "search_entry"]
        found = {t: sorted(con.execute(every.format(t)).fetchall()) for t in tables}
        found["customer_fts"] = sorted(con.execute("SELECT rowid, body FROM customer_fts"))
        found["search_fts"] = sorted(con.execute("SELECT rowid, body FROM search_fts"))
        return found
    finally:
        con.close()


def in_step(path: Path) -> bool:
    con = rawdb.connect(path)
    try:
        if rawdb.is_team(path):
            return con.execute(backend.COUNT_OUT_OF_STEP_PG).fetchone()[0] == 0
        return derived.out_of_step(con) == []
    finally:
        con.close()


@pytest.fixture
def ada(journal: Journal) -> int:
    cid = ops.add_customer(journal, "Ada Lovelace", company="Analytical", tags=["vip"]).id
    assert cid is not None
    conv = ops.log_conversation(
        journal,
        cid,
        on=TODAY - 10 * DAY,
        summary="Samples",
        delights=["the crema"],
        pains=[ops.PainInput("slow shipping")],
        promise="Send the quote",
        promise_due=TODAY - 3 * DAY,
        today=TODAY,
    )
    assert conv.id is not None
    ops.add_purchase(journal, cid, 1200, on=TODAY - 40 * DAY, today=TODAY)
    ops.add_purchase(journal, cid, 900, on=TODAY - 20 * DAY, today=TODAY)
    ops.add_fact(journal, cid, "important date", "Birthday", month_day=(12, 9), today=TODAY)
    return cid


def _ids(journal: Journal, table: str, cid: int) -> list[int]:
    con = rawdb.connect(rawdb.where(journal))
    try:
        found = con.execute(f"SELECT id FROM {table} WHERE customer_id = ? ORDER BY id", (cid,))
        return [r[0] for r in found]
    finally:
        con.close()


OPERATIONS: dict[str, Callable[[Journal, int], ops.Result]] = {
    "add customer": lambda j, c: ops.add_customer(j, "Grace Hopper", tags=["navy"]),
    "edit customer": lambda j, c: ops.update_customer(
        j, c, name="Ada King", notes="Prefers mornings", tags=["vip", "math"], stage="loyalty"
    ),
    "log": lambda j, c: ops.log_conversation(
        j, c, on=TODAY, summary="Follow-up", delights=["fast"], promise="Call back", today=TODAY
    ),
    "stage": lambda j, c: ops.set_stage(j, c, "connection", on=TODAY, today=TODAY),
    "purchase": lambda j, c: ops.add_purchase(j, c, 500, on=TODAY, today=TODAY),
    "delete conversation": lambda j, c: ops.delete_entry(
        j, "conversation", _ids(j, "conversation", c)[0]
    ),
    "delete purchase": lambda j, c: ops.delete_entry(j, "purchase", _ids(j, "purchase", c)[-1]),
    "edit entry": lambda j, c: ops.update_entry(
        j, "conversation", _ids(j, "conversation", c)[0], occurred_on=TODAY, summary="Moved"
    ),
    "kept": lambda j, c: ops.mark_promise_done(j, c, on=TODAY, today=TODAY),
    "resolve": lambda j, c: ops.resolve_pain_point(j, c, on=TODAY, today=TODAY),
    "snooze": lambda j, c: ops.snooze(j, c, "neglected", TODAY + 7 * DAY, today=TODAY),
    "dismiss": lambda j, c: ops.dismiss(j, c, "buying-stopped", today=TODAY),
    "archive": lambda j, c: ops.set_archived(j, c, True),
    "settings": lambda j, c: ops.update_settings(j, cadences={"connection": 9}, currency="USD"),
}


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_undo_puts_the_journal_back_and_redo_does_it_again(journal, ada, name):
    before = rows(rawdb.where(journal))
    done = OPERATIONS[name](journal, ada)
    after = rows(rawdb.where(journal))
    assert after != before
    assert done.inverse is not None

    undone = ops.apply_inverse(journal, done.inverse, "Undone")
    assert rows(rawdb.where(journal)) == before
    assert undone.change.what & done.change.what or done.change.what & Changed.SETTINGS
    assert in_step(rawdb.where(journal))

    assert undone.inverse is not None
    redone = ops.apply_inverse(journal, undone.inverse, "Redone")
    assert rows(rawdb.where(journal)) == after
    assert redone.inverse is not None
    ops.apply_inverse(journal, redone.inverse, "Undone again")
    assert rows(rawdb.where(journal)) == before


def test_undo_of_an_import_merge_removes_what_it_added_and_merged(journal, ada, tmp_path):
    card = tmp_path / "people.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nORG:Analytical\r\n"
        "TEL:+44 20 7946 0000\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nEMAIL:grace@navy.example\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    before = rows(rawdb.where(journal))
    result = ops.import_file(journal, card, today=TODAY)
    assert result.merged == 1 and result.added == 1
    assert result.inverse is not None
    ops.apply_inverse(journal, result.inverse, "Undone")
    assert rows(rawdb.where(journal)) == before
    assert in_step(rawdb.where(journal))


def test_undo_of_an_import_of_a_json_export_into_an_empty_journal(journal, ada, tmp_path):
    document = tmp_path / "all.json"
    exporting.export_file(journal, document, today=TODAY)
    empty = tmp_path / "empty.sqlite3"
    from custjournal.store.journal import open_journal

    other = open_journal(empty)
    try:
        before = rows(empty)
        result = ops.import_file(other, document, today=TODAY)
        assert result.inverse is not None
        ops.apply_inverse(other, result.inverse, "Undone")
        assert rows(empty) == before
    finally:
        other.close()


def test_an_operation_that_changes_nothing_has_nothing_to_undo(journal, ada):
    ops.set_stage(journal, ada, "connection", on=TODAY, today=TODAY)
    again = ops.set_stage(journal, ada, "connection", on=TODAY, today=TODAY)
    assert again.inverse is None


def test_erasing_keeps_no_copy_to_undo(journal, ada):
    assert ops.forget_customer(journal, ada).inverse is None


def test_undo_after_the_row_was_taken_again_changes_nothing(journal, ada):
    deleted = ops.delete_entry(journal, "conversation", _ids(journal, "conversation", ada)[0])
    assert deleted.inverse is not None
    redo = ops.apply_inverse(journal, deleted.inverse, "Undone").inverse
    assert redo is not None
    ops.apply_inverse(journal, redo, "Redone")
    before = rows(rawdb.where(journal))
    # The same rows put back by hand (another program) before the second undo.
    ops.apply_inverse(journal, deleted.inverse, "Undone")
    with pytest.raises(UserError, match="changed since"):
        ops.apply_inverse(journal, deleted.inverse, "Undone")
    # The first put-back stands; the second changed nothing.
    assert rows(rawdb.where(journal)) != before
