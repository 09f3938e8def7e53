"""The command line stays English whatever the desktop's language: the sentences the lower
layers make for the app to translate (domain/i18n.py) print as English, with ISO dates and
plain numbers, under LANGUAGE=de too (their German is tests/gui/test_i18n_lower.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def german_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "de")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")


def test_what_an_action_did_and_an_error_stay_english(cli):
    assert cli("add", "Ada Lovelace").out == "Added Ada Lovelace (#1).\n"
    run = cli("log", "Ada", "--on", "2026-11-20", "--summary", "Pricing")
    assert run.out == "Logged a call with Ada Lovelace on 2026-11-20.\n"
    run = cli("purchase", "Ada", "--amount", "1234,50", "--on", "2026-11-20")
    assert run.out.startswith("Ada Lovelace bought 1,234.50 ")
    run = cli("log", "Ada", "--on", "3000-01-01")
    assert run.code == 1
    assert run.err == (
        "--on: the conversation date 3000-01-01 is out of range: Customer Journal works with "
        "dates from 1900-01-01 to 2999-12-31.\n"
    )


def test_health_brief_and_insights_stay_english(cli):
    cli("add", "Ada Lovelace")
    cli("log", "Ada", "--on", "2026-11-20", "--promise", "Send the brochure")
    cli("purchase", "Ada", "--amount", "900", "--on", "2026-11-20")
    health = cli("health", "Ada").out
    assert "Not enough to tell yet: nothing learned yet, in 1 conversation." in health
    brief = cli("brief", "Ada").out
    assert (
        "TALKING POINTS" in brief and "Open promise (made 2026-11-20): Send the brochure" in brief
    )
    assert "Ask why they bought: they have purchases but never said why." in brief
    insights = cli("insights").out
    assert "Your top 1 customer (100% of those who bought) brings 100%" in insights
