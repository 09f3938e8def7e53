"""`custjournal health CUSTOMER`: one customer's relationship health (`docs/health.md`).

Four elements, each a score of 0-100 or "not enough to tell yet", with the sentences that
explain it, and the next step for the weakest. `--today DATE` reads the journal as it was on
that day (entries dated after it don't count); `--json` gives each element `{score, reasons}`,
a null score with its `reason` (`docs/rules.md`, "JSON"; `docs/health.md`, "JSON").
"""

from __future__ import annotations

import argparse

from custjournal.cli.common import (
    add_command,
    find_customer,
    open_for_reading,
    print_json,
    today_of,
)
from custjournal.domain import health as rules
from custjournal.domain.errors import UserError
from custjournal.interop.terminal import wrap
from custjournal.store.health import health_of

BAR_WIDTH = 20


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    help_text = "a customer's relationship health: knowledge, responsibility, respect, care"
    p = add_command(subparsers, common, "health", cmd_health, help_text)
    p.add_argument("customer", help="a name, or an id such as '#12'")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--today", metavar="DATE", help="the day to judge as of (default today): YYYY-MM-DD"
    )


def cmd_health(args: argparse.Namespace) -> int:
    today = today_of(args)
    journal = open_for_reading(args)
    customer = find_customer(journal, args.customer)
    with journal.reader() as source:
        health = health_of(source, customer.id, today)
    if health is None:
        raise UserError(f"Customer #{customer.id} was erased meanwhile.")
    if args.json:
        print_json({"customer": customer.name, "as_of": today.isoformat(), **rules.to_json(health)})
        return 0
    print("\n".join(render(customer.name, health, today)))
    return 0


def bar(score: int | None, width: int = BAR_WIDTH) -> str:
    if score is None:
        return "·" * width
    filled = round(score * width / 100)
    return "█" * filled + "░" * (width - filled)


def render(name: str, health: rules.Health, today: object) -> list[str]:
    lines = [f"Relationship health of {name}, as of {today}", ""]
    for e in health.elements:
        shown = "not enough to tell yet" if e.score is None else f"{e.score:>3}/100"
        lines.append(f"{e.label:<15} {bar(e.score)} {shown}")
        for reason in e.reasons:
            lines.extend(wrap(reason, 80, "    ", "    "))
    if health.next_step:
        lines.append("")
        lines.extend(wrap(f"Next step: {health.next_step}", 80, "", "    "))
    return lines
