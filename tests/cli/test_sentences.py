"""What the command line says about what it did reads as English, whatever the channel."""

from __future__ import annotations

import pytest


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
