"""`custjournal quick LINE`: the quick log's one line from a terminal (docs/quick-log.md).

The line is read by domain/quickline.py exactly as the app reads it; dates are ISO or words
(no numeric day-month: the command line has no locale to order them by). It prints what it
understood, then saves it through ops.log_conversation, or with --dry-run saves nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools

from custjournal import ops
from custjournal.cli.common import add_command, find_customer, open_for_reading, today_of
from custjournal.domain import quickline
from custjournal.domain.errors import UserError


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    command = functools.partial(add_command, subparsers, common)
    p = command("quick", cmd_quick, "log a conversation written as one line")
    p.add_argument(
        "line",
        help='e.g. "Ada: loved the samples; pain: slow shipping; promised a quote by Friday"',
    )
    p.add_argument("--today", metavar="DATE", help="read day words as of DATE (YYYY-MM-DD)")
    p.add_argument("--dry-run", action="store_true", help="print what was understood, save nothing")


def _day(day: dt.date) -> str:
    return f"{day.isoformat()} ({day.strftime('%A')})"


def cmd_quick(args: argparse.Namespace) -> int:
    today = today_of(args)
    q = quickline.parse(args.line, today=today)
    if q.customer is None:
        raise UserError(
            "Start the line with the customer and a colon, for example "
            "'Ada: loved the samples; promised a quote by Friday'."
        )
    if q.summary is None and not q.delights and not q.pains and not q.promise and not q.why_buy:
        raise UserError(f"Nothing to log: write what the call was about after '{q.customer}:'.")
    journal = open_for_reading(args)
    customer = find_customer(journal, q.customer)
    rows = quickline.preview_rows(q, customer=customer.describe(), on=today, format_day=_day)
    width = max(len(what) for what, _ in rows) + 2
    for what, value in rows:
        print(f"{what + ':':<{width}}{value}")
    problem = quickline.due_problem(q)
    if problem is not None:  # "promised a call by 2026-02-30": nothing is saved
        raise UserError(problem)
    if args.dry_run:
        print("Nothing was saved (--dry-run).")
        return 0
    result = ops.log_conversation(
        journal,
        customer.id,
        on=q.on or today,
        channel=q.channel or "call",
        summary=q.summary,
        delights=q.delights,
        pains=[ops.PainInput(p.text, p.with_whom) for p in q.pains],
        why_buy=q.why_buy,
        promise=q.promise,
        promise_due=q.promise_due,
        today=today,
    )
    print(result.message)
    return 0
