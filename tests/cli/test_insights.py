"""`custjournal insights`: every section in text, Markdown and JSON; segments; empty journals."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from custjournal.domain.insights import SECTION_KEYS
from tests.conftest import CliRun

Cli = Callable[..., CliRun]
TODAY = "2026-06-15"


@pytest.fixture
def small(cli: Cli) -> Cli:
    assert cli("add", "Ada Lovelace", "--tag", "vip", "--stage", "connection").code == 0
    assert cli("add", "Bob Brown").code == 0
    for args in (
        ("purchase", "ada", "--amount", "1000", "--on", "2026-06-01"),
        ("purchase", "bob", "--amount", "250", "--on", "2026-05-01"),
        (
            "log",
            "ada",
            "--on",
            "2026-06-10",
            "--why-buy",
            "fast delivery",
            "--delight",
            "the samples",
            "--pain",
            "slow invoices",
            "--competitor-pain",
            "BeanCo never calls back",
        ),
        ("log", "bob", "--on", "2026-06-11", "--why-buy", "they deliver quickly"),
    ):
        result = cli(*args)
        assert result.code == 0, result.err
    return cli


def test_text_has_every_section(small: Cli) -> None:
    result = small("insights", "--today", TODAY)
    assert result.code == 0, result.err
    for title in (
        "Best customers",
        "Why they buy",
        "What delights them",
        "Pain points",
        "Trust and generosity",
        "Stages",
        "Relationship health",
    ):
        assert f"\n{title}\n" in result.out
    assert "Your top 1 customer (50% of those who bought) brings 80%" in result.out
    assert "Fast delivery" in result.out
    assert "BeanCo" in result.out


def test_markdown(small: Cli) -> None:
    result = small("insights", "--today", TODAY, "--format", "Markdown")
    assert result.code == 0, result.err
    assert result.out.startswith("# Insights for all customers as of 2026-06-15 (2)")
    assert "## Why they buy" in result.out
    assert "| Theme | Customers | Mentions | Share of value |" in result.out


def test_json_shape(small: Cli) -> None:
    result = small("insights", "--today", TODAY, "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert (data["today"], data["segment"], data["customers"]) == (TODAY, "all", 2)
    assert list(data["sections"]) == list(SECTION_KEYS)
    best = data["sections"]["best_customers"]
    assert best["total_value"] == "1250.00" and data["currency"]
    assert best["top"][0]["value"] == "1000.00"
    assert best["top"][0]["customer_id"] == 1
    (theme,) = data["sections"]["why_they_buy"]["themes"]
    assert theme["customer_count"] == 2 and theme["customer_ids"] == [1, 2]
    assert theme["quotes"][0] == {
        "customer_id": 2,
        "name": "Bob Brown",
        "on": "2026-06-11",
        "text": "they deliver quickly",
    }
    assert data["sections"]["pains"]["competitors"][0]["competitors"] == ["BeanCo"]
    for section in data["sections"].values():
        assert (section["meaning"] is None) != (section["reason"] is None)


def test_json_reads_as_a_person_would_read_it(small: Cli) -> None:
    """Indented where it has structure, each array of plain values on one line (a page of
    10,000 customers had one id per line: 4.5 MB, most of it indentation)."""
    out = small("insights", "--today", TODAY, "--json").out
    assert out.startswith('{\n  "today": "2026-06-15",\n') and out.endswith("}\n")
    assert '\n  "customer_ids": [1, 2],\n' in out
    assert '"customer_ids": [1, 2]' in out and '"competitors": ["BeanCo"]' in out
    # The same document, whitespace apart, as json.dumps writes it.
    data = json.loads(out)
    assert json.loads(json.dumps(data, indent=2)) == data


@pytest.mark.parametrize(
    ("segment", "customers"),
    [("tag:VIP", 1), ("stage:connection", 1), ("stage:Loyalty", 0), ("tier:a", 1), ("all", 2)],
)
def test_segments(small: Cli, segment: str, customers: int) -> None:
    result = small("insights", "--today", TODAY, "--segment", segment, "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["customers"] == customers


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--segment", "tag:nope"), "No customer has the tag 'nope'"),
        (("--segment", "stage:nowhere"), "Unknown segment 'stage:nowhere'"),
        (("--segment", "tier:Z"), "Unknown segment 'tier:Z'"),
        (("--segment", "region:north"), "Unknown segment 'region:north'"),
        (("--format", "pdf"), "--format: unknown format 'pdf'"),
        (("--today", "2026-02-30"), "2026-02-30"),
        (("--json", "--format", "text"), "disagree"),
    ],
)
def test_bad_values_exit_1(small: Cli, args: tuple[str, ...], message: str) -> None:
    result = small("insights", *args)
    assert result.code == 1
    assert message in result.err
    assert "Traceback" not in result.err


def test_an_empty_segment_says_a_sentence_per_section(small: Cli) -> None:
    result = small("insights", "--today", TODAY, "--segment", "stage:loyalty")
    assert result.code == 0
    assert "No purchases in the 12 months up to 2026-06-15" in result.out
    assert "No customers here yet" in result.out


def test_an_empty_journal(cli: Cli) -> None:
    assert cli("add", "Ada").code == 0
    result = cli("insights", "--json")
    assert result.code == 0
    sections = json.loads(result.out)["sections"]
    assert all(s["meaning"] is None and s["reason"] for k, s in sections.items() if k != "stages")


@pytest.mark.parametrize(
    "said", [("--delight", "other"), ("--why-buy", "other"), ("--pain", "other")]
)
def test_words_of_stop_words_alone_say_nothing_yet(cli: Cli, said: tuple[str, str]) -> None:
    assert cli("add", "Ada").code == 0
    assert cli("log", "ada", "--on", "2026-06-10", *said).code == 0
    result = cli("insights", "--today", TODAY)
    assert result.code == 0, result.err
    assert "Traceback" not in result.out + result.err
    result = cli("insights", "--today", TODAY, "--json")
    assert result.code == 0, result.err
    sections = json.loads(result.out)["sections"]
    assert all(s["meaning"] or s["reason"] for s in sections.values())


def test_no_journal_exits_1_and_creates_nothing(cli: Cli, journal_path: Path, backend: str) -> None:
    result = cli("insights")
    if backend == "postgresql":  # an empty team database: nothing is set up in it
        assert result.code == 1 and "holds no journal yet" in result.err
        return
    assert result.code == 1 and "No journal" in result.err
    assert not journal_path.exists()


def test_the_command_loads_no_qt(small: Cli, journal_path: Path) -> None:
    code = (
        "import sys; from custjournal.cli import main; "
        f"main(['--journal', {str(journal_path)!r}, 'insights', '--json']); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')]"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_days_first_run_reads_the_page_the_app_worked_out_the_day_before(
    small: Cli, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app works tomorrow's page out the day before (gui/main_window.py `work_out_ahead`):
    the command's first run on that day reads it kept, and says what a page worked out then
    says."""
    import datetime as dt

    from custjournal.domain.insights import Segment
    from custjournal.store import insights, insights_kept
    from custjournal.store.journal import open_journal

    today = dt.date.fromisoformat(TODAY)
    tomorrow = (today + dt.timedelta(days=1)).isoformat()
    fresh = small("insights", "--today", tomorrow, "--json").out  # worked out, kept
    journal = open_journal(journal_path)
    try:
        with journal.reader() as source:  # the next day's change: nothing of it kept, then
            insights_kept.page(source, Segment(), today + dt.timedelta(days=5))
        with journal.reader() as source:  # the app, the day before: today's, then tomorrow's
            insights_kept.page(source, Segment(), today)
        with journal.reader() as source:
            insights_kept.page(source, Segment(), today + dt.timedelta(days=1))
    finally:
        journal.close()

    def worked_out(*_args: object) -> None:
        raise AssertionError("the page was worked out again")

    monkeypatch.setattr(insights, "compute_insights", worked_out)  # read kept, or this fails
    assert small("insights", "--today", tomorrow, "--json").out == fresh
    result = small("insights", "--today", tomorrow)
    assert result.code == 0, result.err
