"""link, unlink, companies, same-firm on the command line; relationships in show --json."""

import json

import pytest

from tests import rawdb


@pytest.fixture
def three(cli):
    for name, company in (
        ("Ada Lovelace", "Acme GmbH"),
        ("Bob Smith", "ACME gmbh"),
        ("Zoë Ångström", "Nordic Tea AB"),
    ):
        assert cli("add", name, "--company", company).code == 0


def links_in(journal_path):
    con = rawdb.connect(journal_path)
    try:
        return con.execute("SELECT customer_id, other_id, kind, note FROM relationship").fetchall()
    finally:
        con.close()


def test_link_then_show_json_of_both_customers(cli, three, journal_path):
    r = cli(
        "link",
        "bob",
        "ada",
        "--kind",
        "referred-by",
        "--note",
        "met at the fair",
        "--since",
        "2025-05-02",
    )
    assert r.code == 0, r.err
    assert r.out.strip() == "Linked: Bob Smith — referred by Ada Lovelace."
    bob = json.loads(cli("show", "bob", "--json").out)
    ada = json.loads(cli("show", "ada", "--json").out)
    assert bob["relationships"] == [
        {
            "id": 1,
            "kind": "referred-by",
            "direction": "out",
            "other_id": 1,
            "other_name": "Ada Lovelace",
            "other_company": "Acme GmbH",
            "label": "Referred by",
            "note": "met at the fair",
            "since": "2025-05-02",
        }
    ]
    assert [(x["label"], x["other_name"], x["direction"]) for x in ada["relationships"]] == [
        ("Referred", "Bob Smith", "in")
    ]
    assert "Referred Bob Smith (#2) since 2025-05-02: met at the fair" in cli("show", "ada").out
    brief = cli("brief", "bob").out
    assert "Referred by Ada Lovelace (tier C) in 2025" in brief


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("ada", "ada", "--kind", "family"), "can't be linked to themselves"),
        (
            ("ada", "bob", "--kind", "friend"),
            "--kind: unknown relationship kind 'friend': use one of referred-by, referred, works-with, "
            "reports-to, manages, partner, family.",
        ),
        (("ada", "nobody", "--kind", "partner"), "No customer matches 'nobody'"),
        (("ada", "#99", "--kind", "partner"), "There is no customer #99"),
        (("ada", "bob", "--kind", "partner", "--since", "2999-01-01"), "future"),
    ],
)
def test_bad_links_exit_1_with_a_sentence_and_write_nothing(cli, three, journal_path, args, words):
    r = cli("link", *args)
    assert r.code == 1
    assert words in r.err
    assert "Traceback" not in r.err
    assert len(r.err.strip().splitlines()) == 1
    assert links_in(journal_path) == []


def test_link_needs_a_kind_which_argparse_asks_for(cli, three):
    assert cli("link", "ada", "bob").code == 2


def test_unlink(cli, three, journal_path):
    assert cli("link", "ada", "bob", "--kind", "works with").code == 0
    assert cli("link", "ada", "zoe", "--kind", "manages").code == 0
    assert links_in(journal_path) == [(1, 2, "works-with", None), (3, 1, "reports-to", None)]
    r = cli("unlink", "bob", "ada", "--kind", "partner")
    assert r.code == 1 and "not linked as 'partner'" in r.err
    r = cli("unlink", "zoe", "ada")
    assert (
        r.code == 0 and r.out.strip() == "Removed the link between Zoë Ångström and Ada Lovelace."
    )
    assert links_in(journal_path) == [(1, 2, "works-with", None)]
    assert cli("unlink", "ada", "bob", "--kind", "nonsense").code == 1
    assert links_in(journal_path) == [(1, 2, "works-with", None)]


def test_companies_and_same_firm(cli, three):
    assert cli("purchase", "bob", "--amount", "100").code == 0
    out = cli("companies").out
    assert out.splitlines()[0].startswith("Acme GmbH — 2 customers · 12-month value 100.00")
    doc = json.loads(cli("companies", "--json").out)
    assert [(c["name"], [m["name"] for m in c["customers"]]) for c in doc] == [
        ("Acme GmbH", ["Ada Lovelace", "Bob Smith"]),
        ("Nordic Tea AB", ["Zoë Ångström"]),
    ]
    assert doc[0]["value_12m"] == "100.00" and doc[0]["spellings"] == ["ACME gmbh", "Acme GmbH"]
    r = cli("same-firm", "Nordic Tea", "Acme")
    assert r.code == 0, r.err
    assert [c["name"] for c in json.loads(cli("companies", "--json").out)] == ["Acme GmbH"]
    r = cli("same-firm", "nordic tea ab", "ACME")
    assert r.code == 1 and "already one firm" in r.err
    assert cli("not-same-firm", "Acme", "Nordic Tea").code == 0
    assert len(json.loads(cli("companies", "--json").out)) == 2


def test_reading_commands_on_a_missing_journal_create_nothing(cli, journal_path):
    assert cli("companies").code == 1
    assert cli("link", "a", "b", "--kind", "partner").code == 1
    assert not rawdb.exists(journal_path)
