"""The plain read path (Journal.reader(), store/reader.py) and the SQLAlchemy path give the same
rows: the same SQL text, read over a plain DBAPI connection, a Session's own connection, and
through SQLAlchemy (what a journal that is not SQLite gets)."""

import dataclasses
import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import SQLModel, col, select

from custjournal import demo, ops
from custjournal.store import brief_data, due, due_count, links, models, queries, reader, search
from custjournal.store import settings as journal_settings
from custjournal.store.journal import open_journal

# Each DETAIL_SQL statement, and the model whose rows it reads.
DETAIL_MODELS: dict[str, type[SQLModel]] = {
    "customer": models.Customer,
    "conversations": models.Conversation,
    "delights": models.Delight,
    "pain_points": models.PainPoint,
    "promises": models.Promise,
    "facts": models.Fact,
    "gifts": models.Gift,
    "invitations": models.Invitation,
    "status_history": models.InvitationStatusChange,
    "milestones": models.Milestone,
    "purchases": models.Purchase,
    "stage_history": models.StageChange,
    "contact_points": models.ContactPoint,
}


def test_each_detail_statement_reads_its_models_columns_typed_as_the_model_has_them():
    assert set(DETAIL_MODELS) == set(queries.DETAIL_SQL)
    for key, model in DETAIL_MODELS.items():
        assert queries._columns(queries.DETAIL_SQL[key]) == list(model.model_fields), key
        for name, info in model.model_fields.items():
            hint = info.annotation
            kinds = {a for a in getattr(hint, "__args__", (hint,)) if a is not type(None)}
            (kind,) = kinds
            expected = kind if kind in (dt.date, dt.datetime, bool) else None
            assert queries.column_type(name) is expected, (key, name)


def orm_detail(session, customer_id):
    """customer_detail as the ORM read it before (model_dump of each model), the reference."""
    customer = session.get(models.Customer, customer_id)
    if customer is None:
        return None

    def newest(model, *order):
        stmt = select(model).where(model.customer_id == customer_id).order_by(*order)
        return [o.model_dump() for o in session.exec(stmt)]

    detail = customer.model_dump()
    detail["tags"] = sorted(
        t.tag
        for t in session.exec(
            select(models.CustomerTag).where(models.CustomerTag.customer_id == customer_id)
        )
    )
    delights = newest(models.Delight, col(models.Delight.id))
    pains = newest(models.PainPoint, col(models.PainPoint.id))
    convs = newest(
        models.Conversation,
        col(models.Conversation.occurred_on).desc(),
        col(models.Conversation.id).desc(),
    )
    for conv in convs:
        conv["delights"] = [d for d in delights if d["conversation_id"] == conv["id"]]
        conv["pain_points"] = [p for p in pains if p["conversation_id"] == conv["id"]]
    detail["conversations"] = convs
    detail["delights"] = delights
    detail["pain_points"] = pains
    for key, model, day in (
        ("promises", models.Promise, "made_on"),
        ("facts", models.Fact, "learned_on"),
        ("gifts", models.Gift, "given_on"),
        ("invitations", models.Invitation, "invited_on"),
        ("milestones", models.Milestone, "occurred_on"),
        ("purchases", models.Purchase, "purchased_on"),
        ("stage_history", models.StageChange, "changed_on"),
    ):
        detail[key] = newest(model, col(getattr(model, day)).desc(), col(model.id).desc())
    for inv in detail["invitations"]:
        inv["status_history"] = [
            s.model_dump()
            for s in session.exec(
                select(models.InvitationStatusChange)
                .where(models.InvitationStatusChange.invitation_id == inv["id"])
                .order_by(col(models.InvitationStatusChange.id).desc())
            )
        ]
    detail["contact_points"] = newest(models.ContactPoint, col(models.ContactPoint.id).desc())
    # A link names the other customer, so it has no model of its own to dump: the one read of
    # it (store/links.py), through the session.
    detail["relationships"] = links.relationships(reader.Through(session), customer_id)
    return detail


def everything_read(source, today, ids, words):
    """What the reading commands and the app's first screens read, from one source."""
    return {
        "settings": journal_settings.all_settings(source),
        "candidates": queries.candidates(source),
        "rows": queries.customer_rows(source, today),
        "active": queries.customer_rows(source, today, include_archived=False, sort=False),
        "untagged": queries.customer_rows(source, today, tag="x", with_tags=False),
        "table": queries.customer_rows(source, today, with_tags=False, with_contact=False),
        "one": [queries.customer_row(source, cid, today) for cid in ids],
        "detail": [queries.customer_detail(source, cid) for cid in ids],
        "brief": [brief_data.load_brief(source, cid, today) for cid in ids[:-1]],
        "due": due.due_items(source, today),
        "due count": due_count.count(source, today),
        "promises": due.upcoming_promises(source, today),
        "targets": [due.reminder_targets(source, cid, "promise") for cid in ids],
        "search": [search.search(source, w) for w in words],
        "matching": [search.matching_customer_ids(source, w) for w in words],
    }


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    customers=st.integers(min_value=0, max_value=6),
    seed=st.integers(min_value=0, max_value=10_000),
    as_of=st.integers(min_value=-400, max_value=60),
    pins=st.lists(st.sampled_from(["A", "B", "C", None]), max_size=3),
    archive=st.integers(min_value=0, max_value=3),
    words=st.lists(st.sampled_from(["a", "sam", "ship", "tea", "zz", "Анна", "北"]), max_size=3),
)
def test_the_plain_path_and_the_orm_path_give_the_same_rows(
    customers, seed, as_of, pins, archive, words
):
    made = dt.date(2026, 11, 23)
    today = made + dt.timedelta(days=as_of)
    with tempfile.TemporaryDirectory() as folder:
        journal = open_journal(Path(folder) / "j.sqlite3")
        try:
            demo.fill(journal, customers=customers, seed=seed, today=made)
            for pin in pins:
                ops.add_customer(journal, f"Pinned {pin}", tier_pin=pin, tags=["x"])
            with journal.read() as session:
                ids = [c.id for c in queries.candidates(session)]
            for cid in ids[:archive]:
                ops.set_archived(journal, cid, True)
            ids.append(10_000)  # no such customer

            with journal.reader() as plain:
                fast = everything_read(plain, today, ids, words)
            with journal.read() as session:
                orm = everything_read(reader.Through(session), today, ids, words)
                own = everything_read(session, today, ids, words)
                reference = [orm_detail(session, cid) for cid in ids]
        finally:
            journal.close()
    assert fast == orm
    assert fast == own
    assert fast["detail"] == reference
    # One customer's row is that customer's row of the list (its tier ranked among all).
    listed = {row.id: row for row in fast["rows"]}
    assert fast["one"] == [listed.get(cid) for cid in ids]
    # The terminal's table: the same rows but for what it does not show.
    shown = [
        dataclasses.replace(r, tags=[], role=None, email=None, phone=None) for r in fast["rows"]
    ]
    assert fast["table"] == shown


def test_the_reader_sees_one_snapshot_and_never_blocks_a_writer(journal):
    cid = ops.add_customer(journal, "Ada").id
    with journal.reader() as plain:
        before = queries.customer_detail(plain, cid)
        ops.update_customer(journal, cid, company="Engines")  # a writer is not kept waiting
        assert queries.customer_detail(plain, cid) == before
    with journal.reader() as plain:
        assert queries.customer_detail(plain, cid)["company"] == "Engines"


def test_a_read_of_more_rows_than_a_batch_gets_every_row_in_order(journal, monkeypatch):
    """A team journal's reader turns rows into Python a batch at a time (PG_BATCH): the list
    read so is the list read in one go through SQLAlchemy, every row, in order."""
    monkeypatch.setattr(reader, "PG_BATCH", 3)
    names = [f"Customer {n:02}" for n in range(11)]
    for name in reversed(names):
        ops.add_customer(journal, name, tags=["x", "y"])
    today = dt.date.today()
    with journal.reader() as plain:
        rows = queries.customer_rows(plain, today)
        ids = [i for (i,) in reader.rows(plain, "SELECT id FROM customer ORDER BY id")]
    with journal.read() as session:
        expected = queries.customer_rows(reader.Through(session), today)
    assert [r.name for r in rows] == names and rows == expected
    assert ids == sorted(r.id for r in rows)
