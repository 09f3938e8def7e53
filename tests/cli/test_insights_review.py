"""`custjournal insights` as a careful reader checks it against `list` and its own docs:
archived customers left out, lists to act on whole in the JSON, the top 20 with their next due
in text and Markdown, one sentence for a bad segment, whole numbers where the rest are."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from custjournal import ops
from custjournal.store.journal import Journal
from tests.conftest import CliRun

Cli = Callable[..., CliRun]
TODAY = "2026-06-15"
DAY = dt.date(2026, 6, 15)


def test_archived_customers_are_left_out_as_in_the_list(cli: Cli) -> None:
    for name, tags in (("Ann", ("north",)), ("Bea", ("north",)), ("Cid", ("north",)), ("Dan", ())):
        args = [a for t in tags for a in ("--tag", t)]
        assert cli("add", name, *args).code == 0
    for name, amount in (("ann", "100"), ("bea", "900"), ("cid", "50")):
        assert cli("purchase", name, "--amount", amount, "--on", "2026-06-01").code == 0
    assert cli("archive", "bea", "--yes").code == 0
    listed = json.loads(cli("list", "--json").out)
    north = json.loads(cli("list", "--tag", "north", "--json").out)
    assert (len(listed), len(north)) == (3, 2)
    data = json.loads(cli("insights", "--today", TODAY, "--json").out)
    assert data["customers"] == 3
    best = data["sections"]["best_customers"]
    assert [r["name"] for r in best["top"]] == ["Ann", "Cid"]
    assert best["total_value"] == "150.00"
    data = json.loads(cli("insights", "--today", TODAY, "--segment", "tag:north", "--json").out)
    assert data["customers"] == 2
    text = cli("insights", "--today", TODAY).out
    assert text.startswith("Insights for all customers as of 2026-06-15 (3)")


def test_lists_to_act_on_are_whole_in_json_and_counted_in_text(cli: Cli, journal: Journal) -> None:
    """Fourteen customers pinned to tier A in Connection, none asked, invited or given a gift:
    the JSON lists all fourteen; text and Markdown show ten names and how many more."""
    ids = []
    for n in range(14):
        cid = ops.add_customer(journal, f"Pin {n:02d}", stage="connection", tier_pin="A").id
        assert cid
        ids.append(cid)
    data = json.loads(cli("insights", "--today", TODAY, "--json").out)
    why, trust = data["sections"]["why_they_buy"], data["sections"]["trust"]
    for listed in (why["never_asked"], trust["never_invited"], trust["best_without_gift"]):
        assert sorted(c["customer_id"] for c in listed) == ids
    assert why["never_asked_meaning"].startswith("14 best customers (tier A)")
    text = cli("insights", "--today", TODAY).out
    assert text.count("… and 4 more") == 3
    markdown = cli("insights", "--today", TODAY, "--format", "markdown").out
    assert markdown.count("| … and 4 more |") == 3


def test_text_and_markdown_show_the_top_20_with_their_next_due(cli: Cli, journal: Journal) -> None:
    for n in range(25):
        cid = ops.add_customer(journal, f"Buyer {n:02d}").id
        assert cid
        ops.add_purchase(journal, cid, (100 - n) * 100, on=DAY - dt.timedelta(days=10), today=DAY)
    text = cli("insights", "--today", TODAY).out
    top = text[text.index("Top customers") : text.index("Why they buy")]
    assert "Due on" in top.splitlines()[1]  # the list's Due day (a promise's, if earlier)
    assert "Buyer 19" in top and "Buyer 20" not in top
    markdown = cli("insights", "--today", TODAY, "--format", "markdown").out
    assert "| Customer | Tier | 12-month value | Share | Last touch | Due on | Due |" in markdown
    assert "| Buyer 19 |" in markdown and "| Buyer 20 |" not in markdown
    data = json.loads(cli("insights", "--today", TODAY, "--json").out)
    assert len(data["sections"]["best_customers"]["top"]) == 20


def test_a_best_customer_owed_an_overdue_promise_is_due_as_in_the_list(
    cli: Cli, journal: Journal
) -> None:
    """Ada's next contact is weeks away, but a promise to her was due three days ago: `list`
    says she is due (its DUE column, `due` in its JSON), and so does insights, in its JSON and
    in text and Markdown; Bo, owed nothing, is not due in either."""
    ada = ops.add_customer(journal, "Ada", stage="loyalty", today=DAY).id
    bo = ops.add_customer(journal, "Bo", stage="loyalty", today=DAY).id
    for cid in (ada, bo):
        ops.add_purchase(journal, cid, 10_000, on=DAY - dt.timedelta(days=5), today=DAY)
        ops.log_conversation(journal, cid, on=DAY - dt.timedelta(days=2), today=DAY)
    promised = DAY - dt.timedelta(days=3)
    ops.add_promise(journal, ada, "Send the samples", due=promised, on=DAY - dt.timedelta(days=9))
    listed = {r["name"]: r for r in json.loads(cli("list", "--today", TODAY, "--json").out)}
    assert listed["Ada"]["due"] == promised.isoformat()
    assert listed["Bo"]["due"] == listed["Bo"]["next_due"] > TODAY
    assert "3d over" in next(
        line for line in cli("list", "--today", TODAY).out.splitlines() if "Ada" in line
    )
    data = json.loads(cli("insights", "--today", TODAY, "--json").out)
    top = {r["name"]: r for r in data["sections"]["best_customers"]["top"]}
    assert (top["Ada"]["due"], top["Ada"]["due_on"]) == (True, promised.isoformat())
    assert top["Ada"]["next_due"] == listed["Ada"]["next_due"]  # the next contact, as in list
    assert (top["Bo"]["due"], top["Bo"]["due_on"]) == (False, listed["Bo"]["due"])
    markdown = cli("insights", "--today", TODAY, "--format", "markdown").out
    assert f"| {promised.isoformat()} | due |" in next(
        line for line in markdown.splitlines() if line.startswith("| Ada |")
    )
    text = cli("insights", "--today", TODAY).out
    (ada_line,) = [line for line in text.splitlines() if line.lstrip().startswith("Ada ")]
    assert ada_line.rstrip().endswith(f"{promised.isoformat()}  due")


def test_an_unknown_stage_or_tier_is_one_sentence(cli: Cli) -> None:
    assert cli("add", "Ada").code == 0
    result = cli("insights", "--segment", "stage:bogus")
    assert result.code == 1
    assert result.err.strip() == (
        "Unknown segment 'stage:bogus': use stage: with one of prospecting, consideration, "
        "purchase, connection, loyalty."
    )
    result = cli("insights", "--segment", "tier:Z")
    assert result.code == 1
    assert result.err.strip() == "Unknown segment 'tier:Z': use tier: with one of A, B, C."


def test_medians_and_fallers_are_whole_numbers_in_json(cli: Cli, journal: Journal) -> None:
    for name, took in (("Ada", 10), ("Bo", 15)):
        cid = ops.add_customer(journal, name).id
        assert cid
        said = DAY - dt.timedelta(days=50)
        ops.log_conversation(journal, cid, on=said, today=DAY, pains=[ops.PainInput("slow")])
        ops.resolve_pain_point(journal, cid, "slow", on=said + dt.timedelta(days=took), today=DAY)
    data = json.loads(cli("insights", "--today", TODAY, "--json").out)
    pains = data["sections"]["pains"]
    assert pains["median_days_to_resolve_ours"] == 13
    assert "resolved in 13 days (median)" in pains["meaning"]
    health = data["sections"]["health"]
    for element in health["elements"]:
        assert element["median"] is None or isinstance(element["median"], int)
    for faller in health["fallers"]:
        assert all(isinstance(faller[k], int) for k in ("before", "now", "drop"))
    assert "faller_ids" in health
