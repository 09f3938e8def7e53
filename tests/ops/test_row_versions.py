"""Two people editing the same row: the second save is refused with a sentence, never silent;
each entry records who wrote it (migration 0009). Both backends (tests/conftest.py)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from custjournal import ops, profile
from custjournal.store import queries

DAY = dt.date(2026, 11, 2)


def detail(journal, cid):
    with journal.reader() as source:
        return queries.customer_detail(source, cid)


def test_the_second_save_of_a_customer_is_refused_and_keeps_the_first(journal):
    cid = ops.add_customer(journal, "Ada Lovelace", company="Engines").id
    mine = detail(journal, cid)  # two people open the same customer
    theirs = detail(journal, cid)
    assert mine["version"] == theirs["version"] == 1

    ops.update_customer(journal, cid, company="Analytical", version=theirs["version"])
    with pytest.raises(ops.ChangedMeanwhile) as refused:
        ops.update_customer(journal, cid, company="Difference", version=mine["version"])
    assert str(refused.value).startswith(
        "Ada Lovelace was changed by someone else while you were editing"
    )
    now = detail(journal, cid)
    assert now["company"] == "Analytical" and now["version"] == 2
    # Read again, the edit goes through.
    ops.update_customer(journal, cid, company="Difference", version=now["version"])
    assert detail(journal, cid)["company"] == "Difference"


def test_every_change_of_a_customer_moves_its_version(journal):
    cid = ops.add_customer(journal, "Ada").id
    ops.set_stage(journal, cid, "loyalty", today=DAY)
    ops.set_archived(journal, cid, True)
    ops.update_customer(journal, cid, notes="x")
    assert detail(journal, cid)["version"] == 4


def test_the_second_save_of_an_entry_is_refused(journal):
    cid = ops.add_customer(journal, "Ada").id
    ops.log_conversation(journal, cid, summary="tea", on=DAY, today=DAY)
    conv = detail(journal, cid)["conversations"][0]
    ops.update_entry(journal, "conversation", conv["id"], summary="coffee", version=1)
    with pytest.raises(ops.ChangedMeanwhile, match="This conversation was changed"):
        ops.update_entry(journal, "conversation", conv["id"], summary="water", version=1)
    assert detail(journal, cid)["conversations"][0]["summary"] == "coffee"


def test_each_entry_records_who_wrote_it(journal, backend):
    cid = ops.add_customer(journal, "Ada").id
    ops.log_conversation(journal, cid, summary="first", on=DAY, today=DAY)
    profile.save_display_name("Grace Hopper")
    ops.log_conversation(journal, cid, summary="second", on=DAY, today=DAY)
    ops.add_promise(journal, cid, "a quote", on=DAY, today=DAY)
    convs = {c["summary"]: c for c in detail(journal, cid)["conversations"]}
    # With no name set: nobody on a journal file, the database role on a team database.
    assert convs["first"]["author"] == (None if backend == "sqlite" else "cj_admin")
    assert convs["second"]["author"] == "Grace Hopper"
    assert detail(journal, cid)["promises"][0]["author"] == "Grace Hopper"
    # Editing keeps who wrote it.
    ops.update_entry(journal, "conversation", convs["first"]["id"], summary="1st")
    assert detail(journal, cid)["conversations"][-1]["author"] == convs["first"]["author"]


def test_the_json_export_carries_the_author_and_an_older_export_still_imports(
    journal, cli, tmp_path
):
    profile.save_display_name("Grace Hopper")
    cid = ops.add_customer(journal, "Ada").id
    ops.log_conversation(journal, cid, summary="tea", on=DAY, today=DAY)
    out = tmp_path / "out.json"
    assert cli("export", str(out)).code == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    conv = document["customers"][0]["conversations"][0]
    assert conv["author"] == "Grace Hopper"
    assert "version" not in conv  # an edit counter, not the journal's content

    older = tmp_path / "older.json"
    del conv["author"]
    older.write_text(json.dumps(document), encoding="utf-8")
    ops.forget_customer(journal, cid)
    assert cli("import", str(older)).code == 0
    again = tmp_path / "again.json"
    assert cli("export", str(again)).code == 0
    conv = json.loads(again.read_text(encoding="utf-8"))["customers"][0]["conversations"][0]
    assert conv["summary"] == "tea" and conv["author"] is None
