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
