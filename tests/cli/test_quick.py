"""`custjournal quick LINE`: the quick log's one line from a terminal."""

from __future__ import annotations

import json

import pytest

EXAMPLE = (
    "Ada: loved the samples; pain: slow shipping; why: you answer fast; promised a quote by Friday"
)
MONDAY = "2026-11-30"


@pytest.fixture
def people(cli):
    for name, company in (("Ada Lovelace", "Analytical Engines"), ("Adam Smith", "Pins")):
        assert cli("add", name, "--company", company).code == 0
    assert cli("add", "Grace Hopper").code == 0


def shown(cli, who="ada"):
    r = cli("show", who, "--json")
    assert r.code == 0, r.err
    return json.loads(r.out)


def test_the_line_is_printed_and_saved(cli, people):
    r = cli("quick", EXAMPLE.replace("Ada:", "Ada Lovelace:"), "--today", MONDAY)
    assert r.code == 0, r.err
    assert "Customer:     #1 Ada Lovelace (Analytical Engines)" in r.out
    assert "Conversation: call, 2026-11-30 (Monday)" in r.out
    assert "Delight:      loved the samples" in r.out
    assert "Pain:         slow shipping (ours)" in r.out
    assert "Why they buy: you answer fast" in r.out
    assert "Promise:      a quote, due 2026-12-04 (Friday)" in r.out
    ada = shown(cli, "#1")
    (conv,) = ada["conversations"]
    assert conv["occurred_on"] == MONDAY
    assert conv["summary"] == "loved the samples"
    assert conv["why_buy"] == "you answer fast"
    assert [d["text"] for d in conv["delights"]] == ["loved the samples"]
    assert [(p["text"], p["with_whom"]) for p in conv["pain_points"]] == [("slow shipping", "us")]
    (promise,) = ada["promises"]
    assert (promise["text"], promise["due_on"]) == ("a quote", "2026-12-04")


def test_dry_run_saves_nothing(cli, people):
    r = cli("quick", "Grace: promised the manual in 3 days", "--today", MONDAY, "--dry-run")
    assert r.code == 0, r.err
    assert "Promise:      the manual, due 2026-12-03 (Thursday)" in r.out
    assert "Nothing was saved (--dry-run)." in r.out
    assert shown(cli, "grace")["conversations"] == []


def test_a_competitor_pain_a_channel_and_a_past_day(cli, people):
    r = cli(
        "quick", "grace: tasting; pain BeanCo: burnt beans; meeting; yesterday", "--today", MONDAY
    )
    assert r.code == 0, r.err
    (conv,) = shown(cli, "grace")["conversations"]
    assert (conv["channel"], conv["occurred_on"]) == ("meeting", "2026-11-29")
    assert [(p["text"], p["with_whom"]) for p in conv["pain_points"]] == [
        ("BeanCo: burnt beans", "competitor")
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (EXAMPLE, "'Ada' matches 2 customers"),  # the same matching as every command
        ("Nobody: hello", "No customer matches 'Nobody'"),
        ("loved the samples", "Start the line with the customer and a colon"),
        ("Grace:", "Nothing to log"),
        ("Grace: tasting; tomorrow", "in the future"),
        # A due date that names no day: the sentence `log --due` gives, never "no due date".
        ("Grace: promised a call by 2026-02-30", "'2026-02-30' is not a valid due date"),
        ("Grace: promised a call by 31 April", "'31 April' is not a valid due date"),
    ],
)
def test_bad_lines_exit_1_with_a_sentence_and_write_nothing(cli, people, line, message):
    r = cli("quick", line, "--today", MONDAY)
    assert r.code == 1
    assert message in r.err
    assert len(r.err.strip().splitlines()) == 1
    assert shown(cli, "grace")["conversations"] == []


def test_numeric_day_month_is_not_read_on_the_command_line(cli, people):
    r = cli("quick", "Grace: promised the manual by 3/12", "--today", MONDAY, "--dry-run")
    assert r.code == 0
    assert "Promise:      the manual by 3/12, no due date" in r.out
