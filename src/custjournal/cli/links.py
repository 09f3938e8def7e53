"""Connections: link, unlink, companies, same-firm, not-same-firm."""

from __future__ import annotations

import argparse
import datetime as dt
import functools
from typing import Any

from custjournal import ops
from custjournal.cli.common import (
    add_command,
    find_customer,
    open_for_reading,
    optional_date,
    print_json,
    today_of,
)
from custjournal.domain import links as rules
from custjournal.domain.errors import Field
from custjournal.domain.values import format_minor, format_money, require_text
from custjournal.interop.terminal import fit
from custjournal.store import links, settings


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    command = functools.partial(add_command, subparsers, common)
    kinds = ", ".join(rules.KNOWN_WORDS)

    p = command("link", cmd_link, "link two customers: who referred whom, who works with whom")
    p.add_argument("customer", help="a name, or an id such as '#12'")
    p.add_argument("other", help="the customer they are linked to")
    p.add_argument(
        "--kind",
        required=True,
        help=f"how CUSTOMER is linked to OTHER: one of {kinds} "
        "(e.g. 'bob ada --kind referred-by': Ada referred Bob)",
    )
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--since", metavar="DATE", help="when it began (default today)")

    p = command("unlink", cmd_unlink, "remove the links between two customers")
    p.add_argument("customer")
    p.add_argument("other")
    p.add_argument("--kind", help=f"only links of this kind: one of {kinds}")

    p = command("companies", cmd_companies, "customers grouped by company")
    p.add_argument("--archived", action="store_true", help="include archived customers")
    p.add_argument("--json", action="store_true")
    p.add_argument("--today", metavar="DATE", help=argparse.SUPPRESS)

    p = command("same-firm", cmd_same_firm, "say that two company names are one firm")
    p.add_argument("company")
    p.add_argument("other_company", metavar="OTHER_COMPANY")

    p = command("not-same-firm", cmd_not_same_firm, "take back that two company names are one firm")
    p.add_argument("company")
    p.add_argument("other_company", metavar="OTHER_COMPANY")


def cmd_link(args: argparse.Namespace) -> int:
    rules.parse_kind(args.kind)  # a bad kind is refused before the journal is opened
    since = optional_date(args.since, "relationship date", field=Field.DATE)
    journal = open_for_reading(args)
    customer = find_customer(journal, args.customer)
    other = find_customer(journal, args.other)
    result = ops.link_customers(
        journal, customer.id, other.id, args.kind, note=args.note, since=since
    )
    print(result.message)
    return 0


def cmd_unlink(args: argparse.Namespace) -> int:
    if args.kind is not None:
        rules.parse_kind(args.kind)
    journal = open_for_reading(args)
    customer = find_customer(journal, args.customer)
    other = find_customer(journal, args.other)
    print(ops.unlink_customers(journal, customer.id, other.id, args.kind).message)
    return 0


def company_document(company: links.Company, currency: str) -> dict[str, Any]:
    """One company as `companies --json` writes it (docs/rules.md, "JSON")."""

    def iso(day: dt.date | None) -> str | None:
        return day.isoformat() if day else None

    return {
        "name": company.name,
        "key": company.key,
        "spellings": company.spellings,
        "value_12m": format_minor(company.value_12m),
        "currency": currency,
        "last_contact": iso(company.last_contact),
        "open_promises": company.open_promises,
        "next_promise_due": iso(company.next_promise_due),
        "customers": [
            {
                "id": m.id,
                "name": m.name,
                "company": m.company,
                "role": m.role,
                "archived": m.archived,
                "last_contact": iso(m.last_contact),
                "value_12m": format_minor(m.value_12m),
                "open_promises": m.open_promises,
            }
            for m in company.members
        ],
    }


def cmd_companies(args: argparse.Namespace) -> int:
    today = today_of(args)
    journal = open_for_reading(args)
    with journal.read() as session:
        found = links.companies(session, today, include_archived=args.archived)
        currency = settings.currency(session)
    if args.json:
        print_json([company_document(c, currency) for c in found])
        return 0
    if not found:
        print("No customer has a company yet: add one with `custjournal add NAME --company ...`.")
        return 0
    for company in found:
        last = company.last_contact.isoformat() if company.last_contact else "never"
        promises = (
            f" · {company.open_promises} open promise" + ("s" if company.open_promises != 1 else "")
            if company.open_promises
            else ""
        )
        print(
            f"{company.name} — {len(company.members)} customer"
            + ("s" if len(company.members) != 1 else "")
            + f" · 12-month value {format_money(company.value_12m, currency)}"
            + f" · last contact {last}{promises}"
        )
        for m in company.members:
            print(f"  #{m.id:<5} {fit(m.name, 30)} {m.role or ''}".rstrip())
    return 0


def cmd_same_firm(args: argparse.Namespace) -> int:
    name = require_text(args.company, "company")
    other = require_text(args.other_company, "other company")
    journal = open_for_reading(args)
    print(ops.declare_same_firm(journal, name, other).message)
    return 0


def cmd_not_same_firm(args: argparse.Namespace) -> int:
    name = require_text(args.company, "company")
    other = require_text(args.other_company, "other company")
    journal = open_for_reading(args)
    print(ops.undeclare_same_firm(journal, name, other).message)
    return 0
