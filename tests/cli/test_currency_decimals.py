"""A journal in a currency without decimals (JPY): amounts read "7,003 JPY", never "7,003.00";
"7003.50" is refused in one sentence and writes nothing; JSON keeps "7003.00" as before."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from custjournal import ops
from custjournal.store.journal import open_journal
from tests.conftest import CliRun

Cli = Callable[..., CliRun]
TODAY = "2026-06-15"


def _set_currency(journal_path: Path, code: str) -> None:
    journal = open_journal(journal_path)
    try:
        ops.set_currency(journal, code)
    finally:
        journal.close()


@pytest.fixture
def yen(cli: Cli, journal_path: Path) -> Cli:
    assert cli("add", "Ada Lovelace").code == 0
    assert cli("add", "Bob Brown").code == 0
    _set_currency(journal_path, "JPY")
    for args in (
        ("purchase", "ada", "--amount", "7003", "--on", "2026-06-01"),
        ("purchase", "bob", "--amount", "1.250", "--on", "2026-05-01"),  # 1250: grouping
        ("purchase", "bob", "--amount", "12.50", "--currency", "EUR", "--on", "2026-05-02"),
        ("gift", "ada", "--what", "Tea", "--cost", "1500", "--on", "2026-06-02"),
    ):
        result = cli(*args)
        assert result.code == 0, result.err
    return cli


def test_show_list_brief_and_insights_write_yen_without_decimals(yen: Cli) -> None:
    shown = yen("show", "ada")
    assert shown.code == 0, shown.err
    assert "2026-06-01 7,003 JPY" in shown.out
    assert "Gift" in shown.out or "Tea" in shown.out
    assert "1,500 JPY" in shown.out
    assert ".00 JPY" not in shown.out
    bob = yen("show", "bob")
    assert "1,250 JPY" in bob.out
    assert "12.50 EUR" in bob.out  # another currency keeps its cents

    listed = yen("list", "--sort", "value")
    assert listed.code == 0, listed.err
    ada_line = next(line for line in listed.out.splitlines() if "Ada Lovelace" in line)
    assert " 7,003 " in ada_line and "7,003.00" not in ada_line

    brief = yen("brief", "ada", "--today", TODAY)
    assert brief.code == 0, brief.err
    assert "value 7,003 JPY in all, 7,003 JPY in the last 12 months" in brief.out
    assert "Tea · 1,500 JPY" in brief.out
    markdown = yen("brief", "ada", "--today", TODAY, "--format", "markdown")
    assert "7,003 JPY" in markdown.out and ".00 JPY" not in markdown.out

    for form in ("text", "markdown"):
        insights = yen("insights", "--today", TODAY, "--format", form)
        assert insights.code == 0, insights.err
        assert "7,003 JPY" in insights.out
        assert "1,500 JPY" in insights.out  # the cost of gifts
        assert ".00 JPY" not in insights.out


def test_json_keeps_its_two_decimal_strings(yen: Cli) -> None:
    data = json.loads(yen("show", "ada", "--json").out)
    assert [p["amount"] for p in data["purchases"]] == ["7003.00"]
    assert data["gifts"][0]["cost"] == "1500.00"
    insights = json.loads(yen("insights", "--today", TODAY, "--format", "json").out)
    assert "7003.00" in json.dumps(insights)


def test_a_yen_purchase_with_decimals_is_refused_and_writes_nothing(yen: Cli) -> None:
    before = json.loads(yen("show", "ada", "--json").out)
    refused = yen("purchase", "ada", "--amount", "7003.50")
    assert refused.code == 1
    assert "JPY has no decimals: write a whole amount such as 7004." in refused.err
    assert "Traceback" not in refused.err
    gift = yen("gift", "ada", "--what", "Tea", "--cost", "5,5")
    assert gift.code == 1
    assert "JPY has no decimals: write a whole amount such as 6." in gift.err
    assert json.loads(yen("show", "ada", "--json").out) == before
    # Whole amounts, German grouping and another currency's cents still go in.
    assert yen("purchase", "ada", "--amount", "7.003", "--on", "2026-06-03").code == 0
    assert yen("purchase", "ada", "--amount", "7,50", "--currency", "EUR").code == 0
    amounts = [p["amount"] for p in json.loads(yen("show", "ada", "--json").out)["purchases"]]
    assert sorted(amounts) == ["7.50", "7003.00", "7003.00"]


def test_an_imported_amount_with_cents_is_shown_with_them(
    yen: Cli, tmp_path: Path, journal_path: Path
) -> None:
    exported = tmp_path / "journal.json"
    assert yen("export", str(exported), "--format", "json").code == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    ada = next(c for c in document["customers"] if c["name"] == "Ada Lovelace")
    ada["purchases"][0]["amount"] = "7003.50"
    exported.write_text(json.dumps(document), encoding="utf-8")
    assert yen("forget", "ada", "--yes").code == 0
    assert yen("forget", "bob", "--yes").code == 0
    imported = yen("import", str(exported), "--format", "json")
    assert imported.code == 0, imported.err
    shown = yen("show", "ada")
    assert "7,003.50 JPY" in shown.out  # never rounded away
    assert json.loads(yen("show", "ada", "--json").out)["purchases"][0]["amount"] == "7003.50"


def test_a_euro_journal_keeps_two_decimals(cli: Cli) -> None:
    assert cli("add", "Ada Lovelace").code == 0
    assert cli("purchase", "ada", "--amount", "7003").code == 0
    assert "7,003.00 EUR" in cli("show", "ada").out
