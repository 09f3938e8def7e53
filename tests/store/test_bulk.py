"""The one bulk writer: rows it writes read back like the ORM's, ids follow the largest, parents
are written before children, and nothing but a table's own columns reaches the SQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlmodel import select

from custjournal import ops
from custjournal.store import bulk, models
from custjournal.store.journal import Journal
from tests import rawdb

TODAY = dt.date(2026, 3, 15)


def _raw(journal: Journal, sql: str) -> list[tuple]:
    con = rawdb.connect(rawdb.where(journal))
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_a_bulk_row_is_stored_exactly_as_the_orm_stores_it(journal: Journal):
    moment = dt.datetime(2026, 3, 15, 9, 30, 5, tzinfo=dt.UTC)
    ops.add_customer(journal, "By the ORM", today=TODAY)
    with journal.write() as session:
        orm = session.exec(select(models.Customer)).one()
        orm.created_at = moment
        session.add(orm)
    with journal.write() as session:
        writer = bulk.Writer(session.connection())
        table = writer["customer"]
        table.add(
            {"id": table.new_id(), "name": "In bulk", "created_at": moment, "updated_at": moment}
        )
        writer.flush()
    rows = _raw(journal, "SELECT name, created_at, stage, archived FROM customer ORDER BY id")
    assert rows[0][1] == rows[1][1] == bulk.stamp_text(moment) == "2026-03-15 09:30:05.000000"
    # Columns left out take their defaults, as an ORM insert would.
    assert rows[1][2:] == ("prospecting", 0)


def test_the_stamp_format_is_the_orms_own():
    column = models.Customer.__table__.c.created_at
    dialect = sqlite_dialect.dialect()
    orm = column.type.dialect_impl(dialect).bind_processor(dialect)
    for moment in (
        dt.datetime(2026, 3, 15, 9, 30, 5, tzinfo=dt.UTC),
        dt.datetime(1999, 12, 31, 23, 59, 59, 123456, tzinfo=dt.UTC),
        dt.datetime(2026, 6, 1, 2, 0, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
    ):
        assert bulk.stamp_text(moment) == orm(moment)
    assert bulk.day_stamp(dt.date(2026, 2, 28), 7 * 3600 + 61) == orm(
        dt.datetime(2026, 2, 28, 7, 1, 1, tzinfo=dt.UTC)
    )


def test_an_aware_moment_is_stored_in_utc():
    cest = dt.timezone(dt.timedelta(hours=2))
    assert bulk.stamp_text(dt.datetime(2026, 6, 1, 12, 0, tzinfo=cest)) == (
        "2026-06-01 10:00:00.000000"
    )


def test_ids_follow_the_largest_and_children_are_written_after_parents(journal: Journal):
    first = ops.add_customer(journal, "Ada", today=TODAY).id
    with journal.write() as session:
        writer = bulk.Writer(session.connection())
        # Queued child first: the writer still puts the customer in before its conversation.
        conv = writer["conversation"]
        customer = writer["customer"]
        cid = customer.new_id()
        now = dt.datetime(2026, 3, 15, tzinfo=dt.UTC)
        stamps = {"created_at": now, "updated_at": now}
        conv.add({"id": conv.new_id(), "customer_id": cid, "occurred_on": TODAY, **stamps})
        customer.add({"id": cid, "name": "Grace", **stamps})
        writer.flush()
        assert customer.written == conv.written == 1
    assert cid == first + 1
    assert _raw(journal, "SELECT customer_id, occurred_on FROM conversation") == [
        (cid, "2026-03-15")
    ]


def test_only_a_tables_own_columns_reach_the_sql(journal: Journal):
    cid = ops.add_customer(journal, "Ada", today=TODAY).id
    with journal.write() as session:
        conn = session.connection()
        with pytest.raises(KeyError, match="no such column"):
            bulk.update_row(conn, "customer", cid, {"name = 'x', notes": "y"})
        with pytest.raises(KeyError):
            bulk.Writer(conn)["customer; DROP TABLE customer"]
        bulk.update_row(conn, "customer", cid, {"role": "CTO"})
    assert _raw(journal, "SELECT name, role FROM customer") == [("Ada", "CTO")]
