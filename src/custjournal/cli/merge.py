"""Duplicates on the command line: `duplicates [--json]` lists likely pairs with their reasons,
`merge KEEP OTHER [--yes]` folds OTHER into KEEP (ops/merge.py says what is kept)."""

from __future__ import annotations

import argparse
import functools
import sys

from custjournal import ops
from custjournal.cli.common import (
    add_command,
    find_customer,
    open_for_reading,
    print_json,
)
from custjournal.domain.errors import UserError
from custjournal.domain.text import plural
from custjournal.interop import terminal


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    command = functools.partial(add_command, subparsers, common)

    p = command(
        "duplicates",
        cmd_duplicates,
        "list customers who are likely the same person, with the reason",
    )
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("merge", cmd_merge, "merge customer OTHER into KEEP (every entry of both is kept)")
    p.add_argument("keep", metavar="KEEP", help="the customer kept: a name, or an id such as '#12'")
    p.add_argument("other", metavar="OTHER", help="the customer merged into KEEP and then gone")
    p.add_argument("--yes", action="store_true", help="don't ask for confirmation")


def cmd_duplicates(args: argparse.Namespace) -> int:
    from custjournal.store import duplicates

    journal = open_for_reading(args)
    pairs = duplicates.find(journal)
    with journal.read() as session:
        rows = {
            cid: {"id": cid, "name": name, "company": company, "email": email, "phone": phone}
            for cid, name, company, email, phone in session.connection().exec_driver_sql(
                "SELECT id, name, company, email, phone FROM customer"
            )
        }
    if args.json:
        print_json(
            [
                {
                    "customers": [rows[p.first], rows[p.second]],
                    "reason": p.reason,
                    "reasons": list(p.reasons),
                    "name_similarity": p.name_similarity,
                }
                for p in pairs
            ]
        )
        return 0
    if not pairs:
        print("No likely duplicates.")
        return 0
    print(f"{plural(len(pairs), 'likely duplicate')}:")
    for p in pairs:
        a, b = rows[p.first], rows[p.second]
        print(f"  {_described(a)}  and  {_described(b)}")
        print(f"      {p.reason}")
    first = pairs[0]
    print(f"Merge a pair with: custjournal merge '#{first.first}' '#{first.second}'")
    return 0


def _described(row: dict[str, object]) -> str:
    return f"#{row['id']} {row['name']}" + (f" ({row['company']})" if row["company"] else "")


def cmd_merge(args: argparse.Namespace) -> int:
    journal = open_for_reading(args)
    keep = find_customer(journal, args.keep)
    other = find_customer(journal, args.other)
    if keep.id == other.id:
        raise UserError(
            f"'{args.keep}' and '{args.other}' are both {keep.describe()}: a customer can't be "
            "merged with itself. Nothing was changed."
        )
    question = (
        f"Merge {other.describe()} into {keep.describe()}? Everything logged about "
        f"#{other.id} moves to #{keep.id}, and #{other.id} is gone."
    )
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError(f"{question} Add --yes to go ahead without being asked (no terminal).")
        if not terminal.ask(question):
            raise UserError("Nothing was changed.")
    result = ops.merge_customers(journal, keep.id, other.id)
    print(result.message)
    return 0
