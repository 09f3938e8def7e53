"""Merging two customers: every row of both kept, fields chosen, one transaction, undoable; and
"not duplicates" remembered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Boolean, Date, DateTime, Integer, insert
from sqlmodel import SQLModel

from custjournal import ops
from custjournal.domain.errors import UserError
from custjournal.ops import merge
from custjournal.store import duplicates, queries, search
from custjournal.store.journal import Journal
from tests import rawdb
from tests.ops.test_undo import in_step, rows
from tests.samples import fill_every_kind

TODAY = dt.date(2026, 11, 23)


def _count(path: Path, sql: str, *params: object) -> int:
    con = rawdb.connect(path)
    try:
        return int(con.execute(sql, params).fetchone()[0])
    finally:
        con.close()


def _owned_rows(path: Path) -> dict[str, int]:
    """Rows per table of every table with a customer foreign key (the customers' rows)."""
    con = rawdb.connect(path)
    try:
        return {
            table.name: con.execute(f"SELECT count(*) FROM {table.name}").fetchone()[0]
            for table, _ in merge.customer_references()
        }
    finally:
        con.close()


@pytest.fixture
def every(journal: Journal) -> dict[str, int]:
    return fill_every_kind(journal)


def test_a_merge_keeps_every_entry_of_both(journal, every):
    ada, zhang = every["ada"], every["zhang"]
    before = _owned_rows(rawdb.where(journal))
    ada_rows = {
        t: _count(rawdb.where(journal), f"SELECT count(*) FROM {t} WHERE customer_id = ?", ada)
        for t in (
            "conversation",
            "promise",
            "fact",
            "gift",
            "invitation",
            "milestone",
            "purchase",
            "stage_change",
            "contact_point",
            "delight",
            "pain_point",
        )
    }
    zhang_rows = {
        t: _count(rawdb.where(journal), f"SELECT count(*) FROM {t} WHERE customer_id = ?", zhang)
        for t in ada_rows
    }

    result = ops.merge_customers(journal, ada, zhang, today=TODAY)

    assert result.id == ada
    assert "Merged 张伟 (#2) into Ada Lovelace (#1)" in result.message
    after = _owned_rows(rawdb.where(journal))
    # Every entry is there, now Ada's; the primary email/phone of 张伟 (none) adds nothing, and
    # tags of both are kept.
    for table in ada_rows:
        assert (
            _count(rawdb.where(journal), f"SELECT count(*) FROM {table} WHERE customer_id = ?", ada)
            == ada_rows[table] + zhang_rows[table]
        ), table
        assert after[table] == before[table], table
    assert _count(rawdb.where(journal), "SELECT count(*) FROM customer WHERE id = ?", zhang) == 0
    with journal.read() as session:
        detail = queries.customer_detail(session, ada)
        assert detail is not None
        # The search index knows 张伟's words under Ada now.
        hits = search.search(session.connection(), "北京")
        assert {h.customer for h in hits} == {"Ada Lovelace"}
    con = rawdb.connect(rawdb.where(journal))
    try:
        tags = con.execute(
            "SELECT tag FROM customer_tag WHERE customer_id = ? ORDER BY tag", (ada,)
        ).fetchall()
    finally:
        con.close()
    assert [t for (t,) in tags] == sorted(["vip", "tea", "中国"])
    assert in_step(rawdb.where(journal))


def test_fields_are_chosen_and_nothing_of_the_other_is_lost(journal):
    keep = ops.add_customer(
        journal,
        "Jon Smith",
        email="jon@old.example",
        phone="555 0100",
        notes="Likes golf",
        stage="connection",
    ).id
    other = ops.add_customer(
        journal,
        "John Smith",
        company="Acme",
        email="john@acme.example",
        notes="Met at fair",
        stage="loyalty",
    ).id
    assert keep and other
    # The other customer was written down earlier: the merged one is a customer since then.
    con = rawdb.connect(rawdb.where(journal))
    con.execute(
        "UPDATE customer SET created_at = '2020-01-02 03:04:05.000000' WHERE id = ?", (other,)
    )
    con.commit()
    con.close()

    ops.merge_customers(
        journal,
        keep,
        other,
        take={"name": "other", "email": "other", "stage": "other"},
        today=TODAY,
    )

    with journal.read() as session:
        detail = queries.customer_detail(session, keep)
    assert detail["name"] == "John Smith"
    assert detail["company"] == "Acme"  # keep had none: the other's by default
    assert detail["email"] == "john@acme.example"
    assert detail["phone"] == "555 0100"
    assert detail["stage"] == "loyalty"
    assert detail["notes"].startswith("Likes golf\n\nMet at fair\n\nMerged with #2 John Smith")
    values = {(p["kind"], p["value"]) for p in detail["contact_points"]}
    assert ("email", "jon@old.example") in values  # the email not taken stays
    stages = [s["stage"] for s in detail["stage_history"]]
    assert sorted(stages) == ["connection", "loyalty", "loyalty"]  # both histories + the change
    con = rawdb.connect(rawdb.where(journal))
    created = con.execute("SELECT created_at FROM customer WHERE id = ?", (keep,)).fetchone()[0]
    con.close()
    assert created.startswith("2020-01-02")


def test_merging_a_customer_with_itself_is_refused_and_writes_nothing(journal, every):
    before = rows(rawdb.where(journal))
    with pytest.raises(UserError, match="can't be merged with itself"):
        ops.merge_customers(journal, every["ada"], every["ada"])
    assert rows(rawdb.where(journal)) == before


def test_an_archived_and_an_active_customer_merge_into_an_active_one(journal):
    a = ops.add_customer(journal, "Ada Lovelace").id
    b = ops.add_customer(journal, "Ada Lovelace").id
    assert a and b
    ops.set_archived(journal, a, True)
    ops.merge_customers(journal, a, b)
    with journal.read() as session:
        assert queries.customer_detail(session, a)["archived"] is False
    c = ops.add_customer(journal, "Ada Lovelace").id
    assert c
    ops.set_archived(journal, a, True)
    ops.set_archived(journal, c, True)
    ops.merge_customers(journal, c, a)
    with journal.read() as session:
        assert queries.customer_detail(session, c)["archived"] is True


def test_a_merge_is_undone_and_redone_row_for_row(journal, every):
    before = rows(rawdb.where(journal))
    done = ops.merge_customers(journal, every["ada"], every["zhang"], today=TODAY)
    after = rows(rawdb.where(journal))
    assert done.inverse is not None
    undone = ops.apply_inverse(journal, done.inverse, "Undone")
    assert rows(rawdb.where(journal)) == before
    assert in_step(rawdb.where(journal))
    assert undone.inverse is not None
    ops.apply_inverse(journal, undone.inverse, "Redone")
    assert rows(rawdb.where(journal)) == after
    assert in_step(rawdb.where(journal))


def _value_for(column, journal_day: dt.date):  # type: ignore[no-untyped-def]
    kind = column.type
    kind = getattr(kind, "impl_instance", kind)
    if isinstance(kind, Boolean):
        return False
    if isinstance(kind, DateTime):
        return dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    if isinstance(kind, Date):
        return journal_day
    if isinstance(kind, Integer):
        return 1
    return "x"


def test_every_table_with_a_customer_key_is_carried_over(journal):
    """A row made up for every table that names a customer (tables other lanes add included),
    naming the customer merged away: after the merge it names the one kept."""
    keep = ops.add_customer(journal, "Keep").id
    other = ops.add_customer(journal, "Other").id
    third = ops.add_customer(journal, "Third").id
    assert keep and other and third
    references = merge.customer_references()
    tables = {t for t, _ in references}
    assert {t.name for t in tables} >= {"conversation", "customer_tag", "not_duplicate"}
    with journal.write() as session:
        conn = session.connection()
        for table in tables:
            own = [c for t, c in references if t is table]
            values = {}
            for column in table.columns:
                if column.primary_key and column.name == "id":
                    continue
                if column in own:
                    values[column.name] = other if column is own[0] else third
                elif column.nullable:
                    continue  # (a link to a conversation, say)
                else:
                    assert not column.foreign_keys, f"{table.name}.{column.name}: needs a row"
                    values[column.name] = _value_for(column, TODAY)
            conn.execute(insert(table).values(values))
    ops.merge_customers(journal, keep, other, today=TODAY)
    con = rawdb.connect(rawdb.where(journal))
    try:
        for table, column in references:
            assert (
                con.execute(
                    f"SELECT count(*) FROM {table.name} WHERE {column.name} = ?", (other,)
                ).fetchone()[0]
                == 0
            ), table.name
            if column is [c for t, c in references if t is table][0]:
                assert (
                    con.execute(
                        f"SELECT count(*) FROM {table.name} WHERE {column.name} = ?", (keep,)
                    ).fetchone()[0]
                    >= 1
                ), f"{table.name}.{column.name} was not carried over"
    finally:
        con.close()
    assert {t.name for t in tables} == {
        t.name
        for t in SQLModel.metadata.sorted_tables
        if any(fk.column.table.name == "customer" for fk in t.foreign_keys)
    }


def test_not_duplicates_is_remembered_and_follows_a_merge(journal):
    a = ops.add_customer(journal, "Anna Meyer", email="anna@example.com").id
    b = ops.add_customer(journal, "Anne Meyer", email="anna@example.com").id
    c = ops.add_customer(journal, "Anna Meyer").id
    assert a and b and c
    pairs = {(p.first, p.second) for p in duplicates.find(journal)}
    assert pairs == {(a, b), (a, c), (b, c)}
    result = ops.mark_not_duplicates(journal, b, a)
    assert "won't be offered" in result.message
    assert "already" in ops.mark_not_duplicates(journal, a, b).message
    assert {(p.first, p.second) for p in duplicates.find(journal)} == {(a, c), (b, c)}
    with pytest.raises(UserError):
        ops.mark_not_duplicates(journal, a, a)
    # Merging c into a: b and the merged a stay different people; the pair a-c is gone.
    ops.merge_customers(journal, a, c)
    assert duplicates.find(journal) == []
    assert _count(rawdb.where(journal), "SELECT count(*) FROM not_duplicate") == 1
    # Undo of "not duplicates" brings the pair back.
    done = ops.mark_not_duplicates(journal, a, ops.add_customer(journal, "Anna Mayer").id or 0)
    assert done.inverse is not None
    ops.apply_inverse(journal, done.inverse, "Undone")
    assert len(duplicates.find(journal)) == 1
