"""A gift's cost keeps the currency it was given in, and changing the journal's currency says
what will no longer count, as a user sees it on the command line.

A journal in EUR with a purchase and a gift, then switched to JPY: the old gift still reads
"99.57 EUR" in `show`, `show --json` and `brief`; Insights' cost of gifts counts the yen gifts
and says the euro one was left out; `currency JPY` says first how many purchases and gifts stay
in EUR, and needs a yes (a terminal's, or --yes) before it changes anything.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tests.conftest import CliRun

Cli = Callable[..., CliRun]
TODAY = "2026-06-15"


@pytest.fixture
def euros(cli: Cli) -> Cli:
    assert cli("currency", "EUR", "--yes").code == 0  # an empty journal: nothing to say
    assert cli("add", "Ada Lovelace").code == 0
    for args in (
        ("purchase", "ada", "--amount", "120.00", "--on", "2026-06-01"),
        ("gift", "ada", "--what", "Tea", "--cost", "99.57", "--on", "2026-06-02"),
        ("gift", "ada", "--what", "Card", "--on", "2026-06-03"),  # no cost: nothing to leave out
    ):
        result = cli(*args)
        assert result.code == 0, result.err
    return cli


def test_changing_the_currency_says_what_stays_in_the_old_one_and_needs_a_yes(euros: Cli) -> None:
    asked = euros("currency", "jpy")  # no terminal here, and no --yes
    assert asked.code == 1
    warning = (
        "1 purchase and 1 gift with a cost are in EUR: they will no longer count toward value, "
        "tiers or the cost of gifts in JPY."
    )
    assert warning in asked.out
    assert "Change the journal's currency to JPY?" in asked.err and "--yes" in asked.err
    assert "Traceback" not in asked.err
    assert euros("currency").out.strip() == "EUR"  # nothing was written

    done = euros("currency", "JPY", "--yes")
    assert done.code == 0, done.err
    assert warning in done.out and "The journal's currency is JPY." in done.out
    assert euros("currency").out.strip() == "JPY"
    again = euros("currency", "JPY")
    assert again.code == 0 and "already JPY" in again.out


def test_a_bad_currency_code_is_one_sentence_and_changes_nothing(euros: Cli) -> None:
    bad = euros("currency", "E1")
    assert bad.code == 1
    assert "is not a currency code" in bad.err and "Traceback" not in bad.err
    assert euros("currency").out.strip() == "EUR"


def test_an_old_gift_keeps_its_currency_after_the_journal_changes(euros: Cli) -> None:
    assert euros("currency", "JPY", "--yes").code == 0
    added = euros("gift", "ada", "--what", "Mochi", "--cost", "1500", "--on", "2026-06-04")
    assert added.code == 0, added.err
    cents = euros("gift", "ada", "--what", "Cup", "--cost", "5.50", "--currency", "usd")
    assert cents.code == 0, cents.err  # cents are fine in the gift's own currency

    shown = euros("show", "ada")
    assert "Tea (99.57 EUR)" in shown.out
    assert "Mochi (1,500 JPY)" in shown.out
    assert "Cup (5.50 USD)" in shown.out
    assert "99.57 JPY" not in shown.out and "9,957 JPY" not in shown.out

    gifts = {g["what"]: g for g in json.loads(euros("show", "ada", "--json").out)["gifts"]}
    assert (gifts["Tea"]["cost"], gifts["Tea"]["currency"]) == ("99.57", "EUR")
    assert (gifts["Mochi"]["cost"], gifts["Mochi"]["currency"]) == ("1500.00", "JPY")
    assert gifts["Card"]["currency"] == "EUR" and gifts["Card"]["cost"] is None

    brief = euros("brief", "ada", "--today", TODAY)
    assert brief.code == 0, brief.err
    assert "99.57 EUR" in brief.out and "1,500 JPY" in brief.out


def test_insights_cost_of_gifts_leaves_other_currencies_out_and_says_so(euros: Cli) -> None:
    assert euros("currency", "JPY", "--yes").code == 0
    assert euros("gift", "ada", "--what", "Mochi", "--cost", "1500", "--on", "2026-06-04").code == 0

    text = euros("insights", "--today", TODAY)
    assert text.code == 0, text.err
    cost_line = next(line for line in text.out.splitlines() if line.startswith("Cost of gifts"))
    assert cost_line.split()[-2:] == ["1,500", "JPY"]
    assert (
        "Left out of the cost of gifts: 1 gift in EUR (99.57 EUR), not in the journal's "
        "currency (JPY)."
    ) in " ".join(text.out.split())

    trust = json.loads(euros("insights", "--today", TODAY, "--json").out)["sections"]["trust"]
    assert trust["currency"] == "JPY" and trust["gift_cost"] == "1500.00"
    assert trust["gift_cost_other"] == [{"currency": "EUR", "cost": "99.57", "gifts": 1}]
    assert trust["gift_cost_note"].startswith("Left out of the cost of gifts: 1 gift in EUR")
    assert trust["gifts"] == 3 and trust["gift_customers"] == 1


def test_insights_in_the_one_currency_leave_nothing_out(euros: Cli) -> None:
    trust = json.loads(euros("insights", "--today", TODAY, "--json").out)["sections"]["trust"]
    assert trust["gift_cost"] == "99.57"
    assert trust["gift_cost_other"] == [] and trust["gift_cost_note"] is None
