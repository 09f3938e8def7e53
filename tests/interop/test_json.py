"""The whole journal as JSON: every table covered, round trip identical, validation by place."""

import datetime as dt
import io
import json

import pytest
from sqlmodel import SQLModel

from custjournal import ops
from custjournal.domain.errors import UserError
from custjournal.interop import exporting, jsonio
from custjournal.store import models  # noqa: F401
from custjournal.store.journal import open_journal
from tests.samples import fill_every_kind

NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)


def dump(journal) -> str:
    out = io.StringIO()
    with journal.read() as session:
        jsonio.write_journal(session, out, now=NOW)
    return out.getvalue()


def test_every_table_is_in_the_document():
    tables = set(SQLModel.metadata.tables) - {"alembic_version"}
    assert jsonio.covered_tables() == tables


def test_document_shape_money_and_stamps(journal):
    fill_every_kind(journal)
    doc = json.loads(dump(journal))
    assert doc["format"] == "custjournal" and doc["version"] == 1
    assert doc["exported_at"] == "2026-11-23T12:00:00Z"
    assert doc["currency"] and doc["settings"]["cadence.connection"] == "21"
    ada = doc["customers"][0]
    assert ada["id"] == 1 and ada["tags"] == ["tea", "vip"]
    assert ada["purchases"][0]["amount"] == "12000.50" and "amount_minor" not in ada["purchases"][0]
    assert ada["gifts"][0]["cost"] == "25.50"
    assert ada["created_at"].endswith("Z")
    inv = ada["invitations"][0]
    assert [s["status"] for s in inv["status_history"]] == ["invited", "accepted"]
    zhang = doc["customers"][1]
    assert zhang["name"] == "张伟" and zhang["purchases"][0]["currency"] == "CNY"
    # the text is exactly json.dumps(indent=2) of itself: stable and diff-friendly
    text = dump(journal)
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"


def test_export_import_export_is_identical(journal, tmp_path):
    fill_every_kind(journal)
    first = dump(journal)
    path = tmp_path / "journal.json"
    path.write_text(first, encoding="utf-8")
    other = open_journal(tmp_path / "other.sqlite3")
    try:
        ops.set_currency(other, "JPY")  # the document's settings win in an empty journal
        result = ops.import_file(other, path)
        assert (result.added, result.merged, result.skipped) == (3, 0, 0)
        assert dump(other) == first
        with other.read() as session:
            from custjournal.store import search

            hits = search.search(session.connection(), "北京")
            assert {h.customer for h in hits} == {"张伟"}
    finally:
        other.close()


def test_json_into_a_journal_with_data_merges_with_new_ids(journal, tmp_path):
    fill_every_kind(journal)
    path = tmp_path / "journal.json"
    path.write_text(dump(journal), encoding="utf-8")
    other = open_journal(tmp_path / "other.sqlite3")
    try:
        ops.add_customer(other, "Somebody Else")
        ops.add_customer(other, "Ada Lovelace", email="ADA@example.com")  # same email: merge
        result = ops.import_file(other, path)
        assert (result.added, result.merged, result.skipped) == (2, 1, 0)
        doc = json.loads(dump(other))
        names = [c["name"] for c in doc["customers"]]
        assert names == ["Somebody Else", "Ada Lovelace", "张伟", "Bob O'Brien"]
        ada = doc["customers"][1]
        assert ada["id"] == 2 and ada["email"] == "ADA@example.com"  # never overwritten
        assert ada["company"] == "Analytical Engines"  # an empty field filled
        assert len(ada["conversations"]) == 1 and len(ada["delights"]) == 1
        conv_id = ada["conversations"][0]["id"]
        assert ada["promises"][0]["conversation_id"] == conv_id  # references follow new ids
        assert len(ada["stage_history"]) == 1  # the journal's own history stays as it was
        # the "not duplicates" decision names 张伟 and Bob by their new ids
        assert [(p["customer_id"], p["other_id"]) for p in doc["not_duplicates"]] == [(3, 4)]
        # importing the same file again brings nothing new
        again = ops.import_file(other, path)
        assert (again.added, again.merged, again.skipped) == (0, 0, 3)
        assert len(json.loads(dump(other))["not_duplicates"]) == 1
    finally:
        other.close()


def test_not_duplicates_travel_and_are_checked(journal, tmp_path):
    fill_every_kind(journal)
    doc = json.loads(dump(journal))
    assert [(p["id"], p["customer_id"], p["other_id"]) for p in doc["not_duplicates"]] == [
        (1, 2, 3)
    ]
    assert doc["not_duplicates"][0]["created_at"].endswith("Z")
    doc["not_duplicates"][0]["other_id"] = 99
    with pytest.raises(UserError, match=r"not_duplicates\[0\]\.other_id names customer 99"):
        jsonio.load(json.dumps(doc))
    del doc["not_duplicates"]  # a document made before the decisions travelled
    assert jsonio.load(json.dumps(doc)).not_duplicates == []


def test_relationships_and_same_firms_travel_and_follow_new_ids(journal, tmp_path):
    ids = fill_every_kind(journal)
    doc = json.loads(dump(journal))
    assert [
        (r["customer_id"], r["other_id"], r["kind"], r["note"]) for r in doc["relationships"]
    ] == [
        (ids["bob"], ids["ada"], "referred-by", "met at the gala"),
        (ids["ada"], ids["zhang"], "works-with", None),
    ]
    assert [(f["name"], f["same_as"]) for f in doc["same_firms"]] == [
        ("Analytical Engines Ltd", "北京茶叶有限公司")
    ]
    path = tmp_path / "journal.json"
    path.write_text(dump(journal), encoding="utf-8")
    other = open_journal(tmp_path / "other.sqlite3")
    try:
        ops.add_customer(other, "Somebody Else")
        ops.add_customer(other, "Bob O'Brien")  # the same name, nothing new: skipped, yet linked
        ops.add_customer(other, "Ada Lovelace", email="ADA@example.com")  # merged
        ops.link_customers(other, 1, 3, "partner")
        ops.declare_same_firm(other, "analytical engines", "北京茶叶")  # the same, as written
        ops.import_file(other, path)
        again = json.loads(dump(other))
        names = {c["id"]: c["name"] for c in again["customers"]}
        assert sorted(
            (names[r["customer_id"]], names[r["other_id"]], r["kind"])
            for r in again["relationships"]
        ) == [
            ("Ada Lovelace", "张伟", "works-with"),
            ("Bob O'Brien", "Ada Lovelace", "referred-by"),
            ("Somebody Else", "Ada Lovelace", "partner"),
        ]
        assert len(again["same_firms"]) == 1  # already one firm: not declared twice
        ops.import_file(other, path)  # again: nothing new
        assert len(json.loads(dump(other))["relationships"]) == 3
    finally:
        other.close()


def test_a_journal_without_links_exports_without_their_keys(journal):
    ops.add_customer(journal, "Ada")
    doc = json.loads(dump(journal))
    assert "relationships" not in doc and "same_firms" not in doc


def _links_doc(relationships):
    return json.dumps(
        {
            "format": "custjournal",
            "version": 1,
            "customers": [{"id": 1, "name": "A"}, {"id": 2, "name": "B"}],
            "relationships": relationships,
        }
    )


@pytest.mark.parametrize(
    ("links", "message"),
    [
        (
            [{"id": 1, "customer_id": 1, "other_id": 3, "kind": "partner", "since": "2026-01-01"}],
            "relationships[0].other_id names customer 3, who is not in the file",
        ),
        (
            [{"id": 1, "customer_id": 1, "other_id": 1, "kind": "partner", "since": "2026-01-01"}],
            "relationships[0] links a customer to themselves",
        ),
        (
            [{"id": 1, "customer_id": 1, "other_id": 2, "kind": "friend", "since": "2026-01-01"}],
            "relationships[0].kind unknown relationship kind 'friend'",
        ),
        (
            [{"id": 1, "customer_id": 1, "other_id": 2, "kind": "partner"}],
            "relationships[0].since is missing",
        ),
        ({"x": 1}, "relationships must be a list"),
    ],
)
def test_invalid_relationships_name_the_place(links, message):
    with pytest.raises(UserError) as caught:
        jsonio.load(_links_doc(links))
    assert message in caught.value.message


def _doc(**customer):
    base = {"id": 1, "name": "A"}
    base.update(customer)
    return json.dumps(
        {"format": "custjournal", "version": 1, "currency": "EUR", "customers": [base]}
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON (line 1, column 2"),
        ('{"format": "other"}', "is not a Customer Journal export"),
        ('{"format": "custjournal", "version": 2}', "made by a newer Customer Journal"),
        (_doc(name=""), "customers[0].name can't be empty"),
        (_doc(stage="Connection"), "customers[0].stage unknown stage 'Connection'"),
        (
            _doc(
                purchases=[
                    {"id": 1, "purchased_on": "2026-01-01", "amount": 12.5, "currency": "EUR"}
                ]
            ),
            "customers[0].purchases[0].amount must be text",
        ),
        (
            _doc(
                purchases=[
                    {"id": 1, "purchased_on": "2026-01-01", "amount": "1.234", "currency": "EUR"}
                ]
            ),
            "is not an amount",
        ),
        (
            _doc(conversations=[{"id": 1, "occurred_on": "2026-02-30", "channel": "call"}]),
            "customers[0].conversations[0].occurred_on '2026-02-30' is not a date",
        ),
        (
            _doc(promises=[{"id": 1, "text": "x", "made_on": "2026-01-01", "conversation_id": 9}]),
            "names conversation 9, which is not one of this customer's",
        ),
        (
            _doc(milestones=[{"id": 1, "kind": "hug", "occurred_on": "2026-01-01"}]),
            "unknown milestone kind 'hug'",
        ),
        (_doc(notes="\ud800"), "lone surrogate"),
        (_doc(id=True), "customers[0].id must be a whole number"),
    ],
)
def test_invalid_documents_name_the_place(text, message):
    with pytest.raises(UserError) as caught:
        jsonio.load(text)
    assert message in caught.value.message
    assert caught.value.message.endswith("Nothing was imported.")


def test_export_file_is_owner_only_and_atomic(journal, tmp_path):
    fill_every_kind(journal)
    target = tmp_path / "out.json"
    result = exporting.export_file(journal, target)
    assert result.format == "json" and result.count == 3
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert not list(tmp_path.glob(".out.json.*"))


def test_a_link_between_two_records_of_one_person_is_left_out(journal, tmp_path):
    # Into a journal with data, the file's two records of Ada merge into one customer: the
    # link between them would tie her to herself, so it stays out; her link to Bob follows her.
    ops.add_customer(journal, "Somebody Else")
    doc = {
        "format": "custjournal",
        "version": 1,
        "customers": [
            {"id": 1, "name": "Ada Lovelace", "email": "ada@example.com"},
            {"id": 2, "name": "Ada Lovelace", "email": "ada@example.com", "role": "CTO"},
            {"id": 3, "name": "Bob Smith"},
        ],
        "relationships": [
            {"id": 1, "customer_id": 2, "other_id": 1, "kind": "family", "since": "2026-01-01"},
            {
                "id": 2,
                "customer_id": 3,
                "other_id": 2,
                "kind": "referred-by",
                "since": "2026-01-01",
            },
        ],
    }
    path = tmp_path / "two-adas.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = ops.import_file(journal, path)
    assert result.added == 2  # the second Ada merged into the first
    out = json.loads(dump(journal))
    names = {c["id"]: c["name"] for c in out["customers"]}
    assert [
        (names[r["customer_id"]], names[r["other_id"]], r["kind"]) for r in out["relationships"]
    ] == [("Bob Smith", "Ada Lovelace", "referred-by")]
