"""Selections on the command line (cli/bulk.py): `--tag`, `--stage`, `--ids` on `stage`, `tag`,
`archive`, `unarchive` and `export`; an empty selection, a bad id, a missing confirmation."""

from __future__ import annotations

import csv
import json

import pytest

from tests import rawdb


@pytest.fixture
def people(cli):
    for args in (
        ("Ada Lovelace", "--tag", "vip", "--stage", "connection"),
        ("Grace Hopper", "--tag", "VIP"),
        ("Alan Turing", "--stage", "connection"),
        ("Zoë Åkesson",),
    ):
        assert cli("add", *args).code == 0


def listed(cli, *args):
    return {(c["name"], c["stage"]) for c in json.loads(cli("list", "--json", *args).out)}


def tags(journal_path):
    con = rawdb.connect(journal_path)
    try:
        return sorted(con.execute("SELECT customer_id, tag FROM customer_tag"))
    finally:
        con.close()


def test_stage_for_a_tag_moves_every_one_of_them(cli, people):
    r = cli("stage", "loyalty", "--tag", "vip", "--yes")
    assert r.code == 0, r.err
    assert r.out.splitlines() == ["Stage set to Loyalty for 2 customers.", "Customers: --ids 1,2"]
    assert listed(cli, "--stage", "loyalty") == {
        ("Ada Lovelace", "loyalty"),
        ("Grace Hopper", "loyalty"),
    }
    # One customer, as before.
    assert cli("stage", "alan", "purchase").out.startswith("Alan Turing is now in Purchase")


def test_selections_narrow_each_other(cli, people):
    r = cli("stage", "purchase", "--tag", "vip", "--stage", "connection", "--yes")
    assert r.out.startswith("Stage set to Purchase for 1 customer.")
    r = cli("stage", "loyalty", "--ids", "#3, 4", "--yes")
    assert r.out.startswith("Stage set to Loyalty for 2 customers.")
    assert listed(cli, "--stage", "loyalty") == {
        ("Alan Turing", "loyalty"),
        ("Zoë Åkesson", "loyalty"),
    }


def test_tag_adds_and_removes_for_a_selection(cli, people, journal_path):
    r = cli("tag", "spring", "--stage", "connection")
    assert r.code == 0, r.err
    assert "To take it back: custjournal tag spring --remove --ids 1,3" in r.out
    assert (1, "spring") in tags(journal_path) and (3, "spring") in tags(journal_path)
    assert cli("tag", "zoe", "café").code == 0  # one customer, named
    r = cli("tag", "VIP", "--tag", "vip", "--remove", "--yes")
    assert r.out.startswith("Tag VIP removed from 2 customers.")
    assert [t for _c, t in tags(journal_path)] == ["spring", "spring", "café"]


def test_archive_and_unarchive_a_selection(cli, people):
    r = cli("archive", "--tag", "vip", "--yes")
    assert r.code == 0, r.err
    assert "To take it back: custjournal unarchive --ids 1,2" in r.out
    assert listed(cli) == {("Alan Turing", "connection"), ("Zoë Åkesson", "prospecting")}
    # --tag selects archived customers only when asked, as `list` shows them.
    r = cli("stage", "loyalty", "--tag", "vip", "--yes")
    assert r.code == 1 and "No customer is tagged vip" in r.err
    assert cli("stage", "loyalty", "--tag", "vip", "--archived", "--yes").code == 0
    r = cli("unarchive", "--tag", "vip")
    assert r.out.startswith("Brought back 2 customers.")
    assert cli("archive", "ada").out.strip() == "Archived Ada Lovelace."


def test_a_destructive_change_asks_first(cli, people, monkeypatch):
    r = cli("archive", "--stage", "connection")  # no terminal, no --yes
    assert r.code == 1 and "--yes" in r.err
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    r = cli("stage", "loyalty", "--stage", "connection")
    assert r.code == 1 and r.err.strip() == "Nothing was changed."
    assert listed(cli, "--stage", "loyalty") == set()
    monkeypatch.setattr("builtins.input", lambda prompt: "yes")
    assert cli("archive", "--stage", "connection").code == 0
    assert len(listed(cli)) == 2


@pytest.mark.parametrize(
    ("args", "code", "sentence"),
    [
        (("stage", "loyalty", "--tag", "nobody", "--yes"), 1, "No customer is tagged nobody"),
        (("tag", "x", "--ids", "1,two"), 1, "'two' is not an id"),
        (("archive", "--ids", "1,99", "--yes"), 1, "There is no customer #99"),
        (("stage", "nowhere", "--tag", "vip", "--yes"), 1, "stage"),
        (("archive", "ada", "--tag", "vip", "--yes"), 1, "not both"),
        (("archive",), 2, "name a customer, or select"),
        (("stage", "ada"), 2, "give the customer and the new stage, or the stage and --tag"),
        (("tag", "ada"), 2, "give the customer and the tag, or the tag and --tag"),
    ],
)
def test_bad_selections_say_so_and_change_nothing(cli, people, journal_path, args, code, sentence):
    before = listed(cli, "--archived"), tags(journal_path)
    r = cli(*args)
    assert r.code == code
    assert sentence in r.err
    assert "Traceback" not in r.err
    assert (listed(cli, "--archived"), tags(journal_path)) == before


def test_export_a_selection(cli, people, tmp_path):
    target = tmp_path / "connection.csv"
    r = cli("export", str(target), "--stage", "connection")
    assert r.code == 0, r.err
    with target.open(encoding="utf-8-sig") as f:
        assert [row["name"] for row in csv.DictReader(f)] == ["Ada Lovelace", "Alan Turing"]
    r = cli("export", "-", "--format", "vcard", "--ids", "2,4")
    assert r.out.count("BEGIN:VCARD") == 2 and "Grace Hopper" in r.out
    # A reading command finds nobody as `list` does: an empty file, exit 0.
    r = cli("export", str(tmp_path / "none.csv"), "--stage", "consideration")
    assert r.code == 0 and "Exported 0 customers" in r.out
    assert cli("export", str(tmp_path / "x.vcf"), "--ids", "77").code == 1


def test_an_unknown_new_stage_is_not_blamed_on_the_stage_option(cli, people):
    r = cli("stage", "ada", "nowhere")
    assert r.code == 1 and r.err.startswith("Unknown stage 'nowhere'")
    r = cli("stage", "loyalty", "--stage", "nowhere", "--yes")
    assert r.code == 1 and r.err.startswith("--stage: unknown stage 'nowhere'")
