"""What the command line says about what it did reads as English, whatever the channel."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests import rawdb


@pytest.mark.parametrize(
    ("channel", "phrase"),
    [
        ("email", "Logged an email with Ada Lovelace"),
        ("event", "Logged an event with Ada Lovelace"),
        ("other", "Logged a conversation with Ada Lovelace"),
        ("call", "Logged a call with Ada Lovelace"),
        ("meeting", "Logged a meeting with Ada Lovelace"),
    ],
)
def test_log_names_the_channel_with_the_right_article(cli, channel, phrase):
    assert cli("add", "Ada Lovelace").code == 0
    r = cli("log", "ada", "--channel", channel, "--summary", "hello")
    assert r.code == 0
    assert phrase in r.out


def test_demo_refuses_a_journal_with_customers_unless_told(cli, journal_path):
    assert cli("add", "Ada Lovelace").code == 0
    r = cli("demo", "--customers", "3")
    assert r.code == 1
    assert "already has 1 customer" in r.err and "--into-existing" in r.err
    assert len(r.err.strip().splitlines()) == 1
    listed = cli("list", "--json")
    assert '"Ada Lovelace"' in listed.out and listed.out.count('"name"') == 1  # nothing added

    r = cli("demo", "--customers", "3", "--into-existing")
    assert r.code == 0
    assert cli("list", "--json").out.count('"name"') == 4


def test_demo_fills_a_new_journal_and_its_options_are_explained(cli):
    assert cli("demo", "--customers", "2").code == 0
    help_text = cli("demo", "--help").out
    assert "how many sample customers" in help_text
    assert "the same seed writes the same sample" in " ".join(help_text.split())
    assert "already has customers" in " ".join(help_text.split())


def test_a_flag_in_front_of_a_sentence_is_followed_by_lower_case(cli):
    assert cli("add", "Ada Lovelace").code == 0
    r = cli("log", "ada", "--on", "2999-01-01", "--summary", "hello")
    assert r.code == 1
    assert r.err.startswith("--on: the conversation date 2999-01-01 is in the future:")
    r = cli("log", "ada", "--channel", "pigeon", "--summary", "hello")
    assert r.err.startswith("--channel: unknown channel 'pigeon': use one of")
    r = cli("purchase", "ada", "--amount", "abc")
    assert r.err.startswith("--amount: 'abc' is not a valid amount")  # a value keeps its case


def test_a_missing_journal_named_with_journal_says_to_check_it_or_start_one(cli, journal_path):
    r = cli("list")
    assert r.code == 1 and r.out == ""
    assert len(r.err.strip().splitlines()) == 1
    if rawdb.is_team(journal_path):
        assert "Check the database given with --journal." in r.err
        assert str(journal_path) not in r.err  # a URL may hold a password
    else:
        assert r.err == (
            f"No journal at {journal_path}: check the path given with --journal, or start a new "
            f"journal there with 'custjournal --journal {journal_path} add NAME'.\n"
        )
    assert "Name the journal's file" not in r.err
    assert not rawdb.exists(journal_path)
    # What it says works: the journal is started there.
    assert cli("add", "Ada Lovelace").code == 0
    assert cli("list").code == 0


@pytest.mark.journal_file
def test_a_missing_journal_not_named_says_where_the_path_came_from(
    journal_path, tmp_path, monkeypatch, capsys
):
    from custjournal.cli import main

    monkeypatch.setenv("CUSTJOURNAL_JOURNAL", str(journal_path))
    assert main(["list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"No journal at {journal_path}: add a customer to start one")
    assert "The path comes from $CUSTJOURNAL_JOURNAL: check it, or name the journal's file " in err
    monkeypatch.delenv("CUSTJOURNAL_JOURNAL")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert main(["list"]) == 1
    assert capsys.readouterr().err.endswith(" Name the journal's file with --journal.\n")


def test_purchase_show_and_list_write_an_amount_the_same_way(cli):
    assert cli("add", "Ada Lovelace").code == 0
    bought = cli("purchase", "ada", "--amount", "12000", "--currency", "EUR", "--what", "Roaster")
    assert bought.code == 0 and "12,000.00 EUR" in bought.out
    shown = cli("show", "ada").out
    assert "12,000.00 EUR Roaster" in shown and "12000.00" not in shown
    listed = cli("list", "--sort", "value").out
    assert "12,000.00" in listed and "12000.00" not in listed
    # JSON keeps the plain decimal string (DECISIONS: money in JSON).
    assert '"12000.00"' in cli("show", "ada", "--json").out


def test_list_due_is_the_earlier_of_the_next_contact_and_an_open_promise(cli, today):
    assert cli("add", "Owed Promise", "--stage", "connection").code == 0
    assert cli("add", "Plain Contact").code == 0  # prospecting: next contact in 14 days
    past = (today - dt.timedelta(days=20)).isoformat()
    due = (today - dt.timedelta(days=5)).isoformat()
    r = cli("log", "owed", "--on", past, "--summary", "Pricing", "--promise", "quote", "--due", due)
    assert r.code == 0
    listed = cli("list", "--sort", "due").out.splitlines()
    assert "Owed Promise" in listed[1] and listed[1].rstrip().endswith("5d over")
    assert "Plain Contact" in listed[2] and listed[2].rstrip().endswith("in 14d")
    item = next(i for i in json.loads(cli("list", "--json").out) if i["name"] == "Owed Promise")
    assert item["due"] == due  # the promise
    assert item["next_due"] == (today + dt.timedelta(days=1)).isoformat()  # the contact
    # `due` lists the same promise as overdue.
    assert "Promise overdue by 5 days" in cli("due").out
    # Kept, the promise no longer counts.
    assert cli("done", "owed").code == 0
    listed = cli("list", "--sort", "due").out.splitlines()
    assert "Owed Promise" in listed[1] and listed[1].rstrip().endswith("in 1d")
