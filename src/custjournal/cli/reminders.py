"""Reminder commands: due, snooze, dismiss, unsnooze, and the journal's settings they read: the
stage cadences (cadence) and the currency (currency).

- `custjournal due [--today DATE] [--json]`: the due list, as the app's Today view shows it.
- `custjournal snooze CUSTOMER REASON [TEXT] --until DATE`: hide an item until a day.
- `custjournal dismiss CUSTOMER REASON [TEXT]`: hide an item until the next contact.
- `custjournal unsnooze CUSTOMER REASON [TEXT]`: bring a snoozed or dismissed item back.
- `custjournal cadence [STAGE [DAYS]]`: show the stay-in-touch cadence of each stage, or set one.
- `custjournal currency [CODE] [--yes]`: show the journal's currency, or change it. Purchases
  and gift costs in the old one stay in it and no longer count (purchases toward value and tiers,
  gift costs toward the cost of gifts): the command says how many first, and asks on a terminal
  (or needs `--yes`), as other changes that overwrite do.

REASON is `neglected`, `promise`, `date` or `buying-stopped` (a space works as a hyphen), or an
item key as `due --json` prints it (`promise:12`). A customer has one neglected and one
buying-stopped item; for a promise or an important date, TEXT picks one by the start of its
text when the customer has several (without TEXT, the one that is due now, if only one is).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
from typing import TYPE_CHECKING

from custjournal import ops
from custjournal.cli.common import (
    add_command,
    find_customer,
    open_for_reading,
    open_for_writing,
    optional_date,
    print_json,
    today_of,
)
from custjournal.domain import cadence as cadence_rules
from custjournal.domain import reminders as rules
from custjournal.domain import vocab
from custjournal.domain.errors import Field, UserError
from custjournal.domain.values import parse_cadence
from custjournal.interop.terminal import fit as _fit
from custjournal.interop.terminal import odd_ones, wrap, wrap_plain
from custjournal.store import due, due_count, settings
from custjournal.store.journal import Journal

if TYPE_CHECKING:
    from custjournal.domain.matching import Candidate

WIDTH = 80
INDENT = "    "  # a due item's sentence, under its line
REASON_HELP = "neglected, promise, date or buying-stopped (or an item key such as promise:12)"
WHICH_HELP = "for a promise or date: the start of its text, if the customer has several"


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    command = functools.partial(add_command, subparsers, common)

    p = command("due", cmd_due, "who needs attention today, and why")
    p.add_argument("--today", metavar="DATE", help="evaluate as of another day (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--count",
        action="store_true",
        help="print only the number of due items (for a shell prompt or a status bar)",
    )

    p = command("snooze", cmd_snooze, "hide a due item until a day")
    p.add_argument("customer", help="a name, or an id such as '#12'")
    p.add_argument("reason", help=REASON_HELP)
    p.add_argument("text", nargs="?", help=WHICH_HELP)
    p.add_argument("--until", required=True, metavar="DATE", help="the day it shows again")
    p.add_argument("--today", metavar="DATE", help=argparse.SUPPRESS)

    p = command("dismiss", cmd_dismiss, "hide a due item until the next contact")
    p.add_argument("customer", help="a name, or an id such as '#12'")
    p.add_argument("reason", help=REASON_HELP)
    p.add_argument("text", nargs="?", help=WHICH_HELP)
    p.add_argument("--today", metavar="DATE", help=argparse.SUPPRESS)

    p = command("unsnooze", cmd_unsnooze, "bring back a snoozed or dismissed item")
    p.add_argument("customer", help="a name, or an id such as '#12'")
    p.add_argument("reason", help=REASON_HELP)
    p.add_argument("text", nargs="?", help=WHICH_HELP)
    p.add_argument("--today", metavar="DATE", help=argparse.SUPPRESS)

    p = command("cadence", cmd_cadence, "show each stage's stay-in-touch cadence, or set one")
    p.add_argument("stage", nargs="?", help=f"one of {', '.join(vocab.STAGES)}")
    p.add_argument("days", nargs="?", help="the new cadence in days")
    p.add_argument("--json", action="store_true")

    p = command("currency", cmd_currency, "show the journal's currency, or change it")
    p.add_argument("code", nargs="?", help="the new currency: three letters such as EUR or USD")
    p.add_argument("--yes", action="store_true", help="don't ask for confirmation")


# --- due -----------------------------------------------------------------------------------


def due_document(item: rules.DueItem) -> dict[str, object]:
    """One item of `due --json` (`docs/rules.md`, "JSON": `customer` is the name)."""
    return {
        "customer": item.customer,
        "customer_id": item.customer_id,
        "company": item.company,
        "reason": item.reason,
        "due": item.due.isoformat(),
        "detail": item.detail,
        "item_key": item.item_key,
        "tier": item.tier,
        "ratio": round(item.ratio, 3),
        "subject": item.subject,
    }


def render_due(items: list[rules.DueItem], today_text: str) -> list[str]:
    """The due list as text lines of at most 80 terminal columns (CJK counts two)."""
    if not items:
        return [f"Nothing is due on {today_text}."]
    count = "1 item" if len(items) == 1 else f"{len(items)} items"
    out = [f"Due on {today_text}: {count}", ""]
    # Names and sentences that are laid out as they are (most: see terminal.odd_ones) are
    # padded, cut or indented here; only the odd ones go through fit and wrap.
    odd_names = odd_ones([item.customer for item in items])
    odd_details = odd_ones([item.detail for item in items])
    room = WIDTH - len(INDENT)
    for i, item in enumerate(items):
        head = f"#{item.customer_id} "
        tail = f"  tier {item.tier}  {item.reason:<14} {item.due.isoformat()}"
        columns = WIDTH - len(head) - len(tail)
        name = item.customer
        if i in odd_names:
            name = _fit(name, columns)
        elif len(name) <= columns:
            name = name.ljust(columns)
        else:
            name = name[: columns - 1] + "…"
        out.append(head + name + tail)
        detail = item.detail
        if i in odd_details:
            out += wrap(detail, WIDTH, INDENT)
        elif len(detail) > room:
            out += wrap_plain(detail, WIDTH, INDENT)
        else:
            out.append((INDENT + detail).rstrip())
    return out


def cmd_due(args: argparse.Namespace) -> int:
    today = today_of(args)
    journal = open_for_reading(args)
    with journal.reader() as source:
        if args.count:  # a bare number is the same text in JSON
            count = due_count.count(source, today)
            print(len(due.due_items(source, today)) if count is None else count)
            return 0
        items = due.due_items(source, today)
    if args.json:
        print_json([due_document(item) for item in items])
        return 0
    print("\n".join(render_due(items, today.isoformat())))
    return 0


# --- snooze, dismiss, unsnooze -------------------------------------------------------------


def resolve_item(
    journal: Journal, customer: Candidate, reason_text: str, text: str | None, today: dt.date
) -> str:
    """The item key REASON [TEXT] names for this customer, or a UserError saying why not."""
    if ":" in reason_text:
        reason, _ = rules.parse_item_key(reason_text)
        if text:
            raise UserError(
                f"'{reason_text}' already names one {reason}: leave out '{text}', or give "
                f"'{reason}' and the start of its text."
            )
        return rules.item_key(*rules.parse_item_key(reason_text))
    reason = rules.parse_reason(reason_text)
    if reason not in rules.KEYED_REASONS:
        if text:
            raise UserError(f"{customer.name} has only one {reason} reminder: leave out '{text}'.")
        return reason
    with journal.read() as session:
        targets = due.reminder_targets(session, customer.id, reason)
        if not (text and text.strip()):
            # Without TEXT, what is due now is what the user means, if it is one item.
            due_now = {
                item.item_key
                for item in due.due_items(session, today)
                if item.customer_id == customer.id and item.reason == reason
            }
            if due_now:
                targets = [t for t in targets if t.key in due_now]
    return rules.pick_target(reason, targets, text, customer.name)


def _open_and_resolve(args: argparse.Namespace, today: dt.date) -> tuple[Journal, Candidate, str]:
    journal = open_for_reading(args)  # the customer must exist, so the journal must too
    customer = find_customer(journal, args.customer)
    key = resolve_item(journal, customer, args.reason, args.text, today)
    return journal, customer, key


def _check_reason(text: str) -> None:
    """Catch a misspelt REASON before anything else (the customer, the dates, the journal)."""
    if ":" in text:
        rules.parse_item_key(text)
    else:
        rules.parse_reason(text)


def cmd_snooze(args: argparse.Namespace) -> int:
    _check_reason(args.reason)
    today = today_of(args)
    until = optional_date(
        args.until, "snooze date", allow_future=True, today=today, field=Field.UNTIL
    )
    assert until is not None
    rules.check_snooze_until(until, today)
    journal, customer, key = _open_and_resolve(args, today)
    print(ops.snooze(journal, customer.id, key, until, today=today).message)
    return 0


def cmd_dismiss(args: argparse.Namespace) -> int:
    _check_reason(args.reason)
    today = today_of(args)
    journal, customer, key = _open_and_resolve(args, today)
    print(ops.dismiss(journal, customer.id, key, today=today).message)
    return 0


def cmd_unsnooze(args: argparse.Namespace) -> int:
    _check_reason(args.reason)
    journal, customer, key = _open_and_resolve(args, today_of(args))
    print(ops.unsnooze(journal, customer.id, key).message)
    return 0


# --- cadence -------------------------------------------------------------------------------


def cmd_cadence(args: argparse.Namespace) -> int:
    stage = vocab.parse_stage(args.stage) if args.stage is not None else None
    if args.days is not None:
        assert stage is not None
        days = parse_cadence(args.days)
        journal = open_for_writing(args)
        print(ops.set_cadence(journal, stage, days).message)
        return 0
    journal = open_for_reading(args)
    with journal.reader() as source:
        cadences = settings.cadences(source)
    shown = [stage] if stage else list(vocab.STAGES)
    if args.json:
        print_json({s: cadences[s] for s in shown})
        return 0
    print(f"{'STAGE':<14} {'DAYS':>5} {'TIER A':>7}")
    for s in shown:
        halved = cadence_rules.effective(s, "A", None, cadences).days
        print(f"{vocab.STAGE_LABELS[s]:<14} {cadences[s]:>5} {halved:>7}")
    if not stage:
        print(
            "A customer's own cadence wins over these. "
            "Change one with: custjournal cadence STAGE DAYS"
        )
    return 0


# --- currency ------------------------------------------------------------------------------


def cmd_currency(args: argparse.Namespace) -> int:
    if args.code is None:
        journal = open_for_reading(args)
        with journal.reader() as source:
            print(settings.currency(source))
        return 0
    from custjournal.cli.transfer import _confirm
    from custjournal.domain.values import parse_currency

    code = parse_currency(args.code)
    journal = open_for_writing(args)
    change = ops.currency_change(journal, code)
    if change.old == change.new:
        print(f"The journal's currency is already {code}.")
        return 0
    if change.warning is not None:
        # Said on stdout whatever the answer: a script with --yes keeps it in its log.
        print(change.warning)
        _confirm(f"Change the journal's currency to {code}?", args.yes)
    print(ops.set_currency(journal, code).message)
    return 0
