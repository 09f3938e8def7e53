"""`custjournal duplicates [--json]` and `custjournal merge KEEP OTHER [--yes]`."""

from __future__ import annotations

import json

from custjournal import ops
from tests import rawdb


def _two(journal_path, cli):  # type: ignore[no-untyped-def]
    assert cli("add", "Jon Smith", "--email", "jon@example.com").code == 0
    assert cli("add", "John Smith", "--company", "Acme", "--phone", "+44 20 7946 0000").code == 0
    assert cli("add", "Grace Hopper", "--phone", "020 7946 0000").code == 0


def test_duplicates_lists_pairs_with_reasons(journal_path, cli):
    _two(journal_path, cli)
    run = cli("duplicates")
    assert run.code == 0, run.err
    assert "2 likely duplicates:" in run.out
    assert "#2 John Smith (Acme)  and  #3 Grace Hopper" in run.out
    assert "same phone +44 20 7946 0000" in run.out
    assert "names 95% alike" in run.out
    assert "custjournal merge '#2' '#3'" in run.out


def test_duplicates_json(journal_path, cli):
    _two(journal_path, cli)
    run = cli("duplicates", "--json")
    data = json.loads(run.out)
    assert [[c["id"] for c in p["customers"]] for p in data] == [[2, 3], [1, 2]]
    assert data[1]["reason"] == "names 95% alike"
    assert data[1]["customers"][1] == {
        "id": 2,
        "name": "John Smith",
        "company": "Acme",
        "email": None,
        "phone": "+44 20 7946 0000",
    }


def test_duplicates_on_a_missing_journal_creates_nothing(journal_path, cli):
    run = cli("duplicates")
    assert run.code == 1 and rawdb.said_missing(run.err, journal_path)
    assert not rawdb.exists(journal_path)


def test_merge_asks_without_yes_and_merges_with_it(journal_path, cli, monkeypatch):
    _two(journal_path, cli)
    cli("log", "john", "--summary", "Met at the fair")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    run = cli("merge", "jon", "john")
    assert run.code == 1 and "Add --yes" in run.err
    assert "Merge #2 John Smith (Acme) into #1 Jon Smith?" in run.err
    run = cli("merge", "jon", "john", "--yes")
    assert run.code == 0, run.err
    assert run.out.strip() == "Merged John Smith (#2) into Jon Smith (#1)."
    shown = json.loads(cli("show", "jon", "--json").out)
    assert shown["company"] == "Acme"
    assert [c["summary"] for c in shown["conversations"]] == ["Met at the fair"]
    assert cli("show", "#2").code == 1


def test_merge_on_a_terminal_takes_no_for_an_answer(journal_path, cli, monkeypatch):
    _two(journal_path, cli)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    run = cli("merge", "#1", "#2")
    assert run.code == 1 and "Nothing was changed." in run.err
    monkeypatch.setattr("builtins.input", lambda prompt: "y")
    assert cli("merge", "#1", "#2").code == 0


def test_merge_bad_input_says_so_and_writes_nothing(journal_path, cli):
    _two(journal_path, cli)
    before = rawdb.counts(journal_path)
    run = cli("merge", "#1", "jon", "--yes")
    assert run.code == 1
    assert "can't be merged with itself" in run.err and "Traceback" not in run.err
    run = cli("merge", "#1", "nobody", "--yes")
    assert run.code == 1 and "Traceback" not in run.err
    run = cli("merge", "smith", "#3", "--yes")  # ambiguous: two Smiths
    assert run.code == 1 and "#1 Jon Smith" in run.err
    assert cli("merge", "#1").code == 2  # argparse: OTHER missing
    assert rawdb.counts(journal_path) == before


def test_an_archived_customer_merged_with_an_active_one_is_active(journal, journal_path, cli):
    a = ops.add_customer(journal, "Ada Lovelace").id
    b = ops.add_customer(journal, "Ada King Lovelace").id
    assert a and b
    ops.set_archived(journal, a, True)
    assert cli("merge", f"#{a}", f"#{b}", "--yes").code == 0
    assert json.loads(cli("show", f"#{a}", "--json").out)["archived"] is False
