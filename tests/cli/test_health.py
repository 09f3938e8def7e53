"""`custjournal health` and `custjournal list --sort`: what a person types, what they see."""

import json

import pytest

from tests import rawdb


@pytest.fixture
def two(cli, journal_path):
    """Ada keeps her promise on time and is known; Zoë has an overdue promise; Bob is new."""
    for args in (
        ("add", "Ada Lovelace", "--stage", "connection"),
        ("add", "Zoë Quinn", "--stage", "connection"),
        ("add", "Bob Stone"),
        (
            "log",
            "ada",
            "--on",
            "2025-03-01",
            "--why-buy",
            "fast delivery",
            "--delight",
            "the samples",
            "--promise",
            "send brochure",
            "--due",
            "2025-03-10",
        ),
        ("done", "ada", "--on", "2025-03-05"),
        ("fact", "ada", "--category", "family", "two kids", "--on", "2025-03-01"),
        ("log", "zoe", "--on", "2025-03-01", "--promise", "quote", "--due", "2025-03-05"),
        ("purchase", "zoe", "--amount", "500", "--on", "2025-03-02"),
        ("purchase", "ada", "--amount", "120,50", "--on", "2025-03-02"),
    ):
        r = cli(*args)
        assert r.code == 0, (args, r.err)
    con = rawdb.connect(journal_path)
    con.execute("UPDATE customer SET created_at = '2025-01-01 09:00:00'")
    # Bob was added a week before the day the tests look from: too soon to tell anything.
    con.execute("UPDATE customer SET created_at = '2025-03-25 09:00:00' WHERE name = 'Bob Stone'")
    con.commit()
    con.close()


def test_health_prints_four_elements_with_reasons_and_a_next_step(cli, two):
    r = cli("health", "zoe", "--today", "2025-04-01")
    assert r.code == 0, r.err
    assert r.out.startswith("Relationship health of Zoë Quinn, as of 2025-04-01\n")
    assert "Responsibility  ░░░░░░░░░░░░░░░░░░░░   0/100" in r.out
    assert "    0 of 1 promise due kept on time." in r.out
    assert "Respect         ···················· not enough to tell yet" in r.out
    assert "Next step: Keep the overdue promise 'quote', or tell them when you will." in r.out


def test_health_json_has_null_with_a_reason(cli, two):
    r = cli("health", "ada", "--today", "2025-04-01", "--json")
    assert r.code == 0, r.err
    doc = json.loads(r.out)
    assert (doc["customer"], doc["as_of"]) == ("Ada Lovelace", "2025-04-01")
    assert doc["responsibility"] == {
        "score": 100,
        "reasons": ["1 of 1 promise due kept on time."],
    }
    assert doc["respect"]["score"] is None
    assert doc["respect"]["reason"].startswith("Not enough to tell yet")
    assert set(doc) == {
        "customer",
        "as_of",
        "customer_id",
        "overall",
        "knowledge",
        "responsibility",
        "respect",
        "care",
        "next_step",
    }


def test_health_as_of_a_day_before_the_entries(cli, two):
    doc = json.loads(cli("health", "ada", "--today", "2025-02-01", "--json").out)
    assert doc["knowledge"]["score"] is None
    assert doc["responsibility"]["score"] is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("health", "nobody"), "No customer matches 'nobody'"),
        (("health", "ada", "--today", "2025-02-30"), "is not a valid --today date"),
        (
            ("list", "--sort", "size"),
            "Unknown sort order 'size': use one of name, value, health, due.",
        ),
    ],
)
def test_bad_values_exit_1(cli, two, args, message):
    r = cli(*args)
    assert r.code == 1 and message in r.err and r.out == ""


def test_an_ambiguous_name_lists_the_candidates(cli, two):
    cli("add", "Ada Byron")
    r = cli("health", "ada")
    assert r.code == 1 and "Ada Lovelace" in r.err and "Ada Byron" in r.err


def test_health_on_a_missing_journal_creates_nothing(cli, journal_path):
    r = cli("health", "ada")
    assert r.code == 1 and rawdb.said_missing(r.err, journal_path)
    assert not rawdb.exists(journal_path)


def names(cli, *args):
    r = cli("list", "--json", "--today", "2025-04-01", *args)
    assert r.code == 0, r.err
    return [item["name"] for item in json.loads(r.out)]


def test_list_sorts(cli, two):
    assert names(cli) == ["Ada Lovelace", "Bob Stone", "Zoë Quinn"]
    assert names(cli, "--sort", "name") == ["Ada Lovelace", "Bob Stone", "Zoë Quinn"]
    # Highest 12-month value first; Bob bought nothing.
    assert names(cli, "--sort", "value") == ["Zoë Quinn", "Ada Lovelace", "Bob Stone"]
    # Weakest first; Bob has nothing to tell yet, so he comes last.
    assert names(cli, "--sort", "health") == ["Zoë Quinn", "Ada Lovelace", "Bob Stone"]
    # Most overdue first: Zoë, the best buyer (tier A: Connection's 21 days halved, from 1
    # March) was due 12 March, Ada on 22 March; Bob (Prospecting, from 25 March) on 8 April.
    assert names(cli, "--sort", "due") == ["Zoë Quinn", "Ada Lovelace", "Bob Stone"]
    assert names(cli, "--sort", "HEALTH") == names(cli, "--sort", "health")


def test_list_sorted_by_health_shows_the_score(cli, two):
    r = cli("list", "--sort", "health", "--today", "2025-04-01")
    lines = r.out.splitlines()
    assert lines[0].split()[-2:] == ["HEALTH", "DUE"]
    assert "Bob Stone" in lines[-1] and " — " in lines[-1]
    assert max(len(line) for line in lines) <= 80
    doc = json.loads(cli("list", "--sort", "health", "--json", "--today", "2025-04-01").out)
    assert [d["health"] is None for d in doc] == [False, False, True]


def test_list_sorted_by_value_shows_the_value(cli, two):
    r = cli("list", "--sort", "value", "--today", "2025-04-01")
    lines = r.out.splitlines()
    assert "500.00" in lines[1] and "Zoë Quinn" in lines[1]
    assert "120.50" in lines[2]
    assert max(len(line) for line in lines) <= 80
