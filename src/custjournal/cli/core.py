"""Journal commands: add, log, fact, gift, invite, milestone, purchase, stage, done, resolve,
list, show, search, demo."""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import sys
from typing import TYPE_CHECKING, Any

from custjournal import ops
from custjournal.cli import bulk
from custjournal.cli.bulk import SELECT_HELP
from custjournal.cli.common import (
    add_command,
    find_customer,
    open_for_reading,
    open_for_writing,
    optional_date,
    print_json,
    today_of,
)
from custjournal.domain import vocab
from custjournal.domain.errors import Field, UserError
from custjournal.domain.values import (
    format_amount,
    format_money,
    parse_amount,
    parse_cadence,
    parse_currency,
    parse_month_day,
)
from custjournal.interop import shapes
from custjournal.interop.terminal import fit_all, progress_line, wrap
from custjournal.store import queries, settings
from custjournal.store.journal import Journal

if TYPE_CHECKING:
    from custjournal.domain.matching import Candidate

ON_HELP = "when it happened: YYYY-MM-DD, 'today' (default) or 'yesterday'"


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    command = functools.partial(add_command, subparsers, common)

    p = command("add", cmd_add, "add a customer")
    p.add_argument("name")
    p.add_argument("--company")
    p.add_argument("--role")
    p.add_argument("--email")
    p.add_argument("--phone")
    p.add_argument("--notes")
    p.add_argument("--stage", default="prospecting", help=f"one of {', '.join(vocab.STAGES)}")
    p.add_argument("--tag", action="append", default=[], help="a tag or segment (repeatable)")
    p.add_argument("--cadence", metavar="DAYS", help="own stay-in-touch cadence in days")

    p = command("log", cmd_log, "log a conversation")
    p.add_argument("customer", help="a name, or an id such as '#12'")
    p.add_argument("--on", metavar="DATE", help=ON_HELP)
    p.add_argument("--channel", default="call", help=f"one of {', '.join(vocab.CHANNELS)}")
    p.add_argument("--summary", metavar="TEXT")
    p.add_argument("--notes", metavar="TEXT")
    p.add_argument(
        "--delight",
        metavar="TEXT",
        action="append",
        default=[],
        help="what made them happy (repeatable)",
    )
    p.add_argument(
        "--pain",
        metavar="TEXT",
        action="append",
        default=[],
        help="a pain point with us (repeatable)",
    )
    p.add_argument(
        "--competitor-pain",
        metavar="TEXT",
        action="append",
        default=[],
        help="a pain point with a competitor (repeatable)",
    )
    p.add_argument("--why-buy", metavar="TEXT", help="their reason for buying, in their words")
    p.add_argument("--promise", metavar="TEXT", help="what we promised")
    p.add_argument(
        "--due", metavar="DATE", help="when the promise is due: YYYY-MM-DD, 'today' or 'tomorrow'"
    )

    p = command("fact", cmd_fact, "note a personal fact")
    p.add_argument("customer")
    p.add_argument("text")
    p.add_argument("--category", required=True, help=f"one of {', '.join(vocab.FACT_CATEGORIES)}")
    p.add_argument("--date", metavar="MM-DD", help="the recurring day of an important date")
    p.add_argument("--on", metavar="DATE", help="when you learned it (default today)")

    p = command("gift", cmd_gift, "note a gift given")
    p.add_argument("customer")
    p.add_argument("--what", required=True, metavar="TEXT")
    p.add_argument("--on", metavar="DATE", help=ON_HELP)
    p.add_argument("--cost", metavar="AMOUNT")
    p.add_argument("--currency", metavar="CODE", help="of the cost, if not the journal's currency")
    p.add_argument("--occasion", metavar="TEXT")
    p.add_argument("--reaction", metavar="TEXT")
    p.add_argument("--kind", metavar="TEXT", help="freebie, sample, loss leader...")

    p = command("invite", cmd_invite, "invite to an event, or update the invitation's status")
    p.add_argument("customer")
    p.add_argument("--event", required=True, metavar="TEXT")
    p.add_argument(
        "--event-date",
        required=True,
        metavar="DATE",
        help="the event's day: YYYY-MM-DD, 'today' or 'tomorrow'",
    )
    p.add_argument(
        "--status", default="invited", help=f"one of {', '.join(vocab.INVITATION_STATUSES)}"
    )
    p.add_argument(
        "--invited-on", metavar="DATE", help="when the invitation was sent (default today)"
    )

    p = command("milestone", cmd_milestone, "record a trust milestone")
    p.add_argument("customer")
    p.add_argument("--kind", required=True, help=f"one of {', '.join(vocab.MILESTONE_KINDS)}")
    p.add_argument("--custom", action="store_true", help="keep an own kind as written")
    p.add_argument("--on", metavar="DATE", help=ON_HELP)
    p.add_argument("--note", metavar="TEXT")

    p = command("purchase", cmd_purchase, "record a purchase")
    p.add_argument("customer")
    p.add_argument("--amount", required=True)
    p.add_argument("--on", metavar="DATE", help=ON_HELP)
    p.add_argument("--what", metavar="TEXT")
    p.add_argument("--currency", metavar="CODE", help="if not the journal's currency")

    p = command("stage", cmd_stage, "move a customer, or a selection, to another stage")
    p.add_argument("customer", nargs="?", help=f"a name, or an id such as '#12'; {SELECT_HELP}")
    p.add_argument("stage", help=f"the new stage: one of {', '.join(vocab.STAGES)}")
    p.add_argument("--on", metavar="DATE", help=ON_HELP)
    bulk.add_selection(p, customer=False)
    bulk.add_archived(p)
    p.add_argument("--yes", action="store_true", help="don't ask for confirmation")

    p = command("done", cmd_done, "mark an open promise done")
    p.add_argument("customer")
    p.add_argument("text", nargs="?", help="the start of the promise, if there are several")
    p.add_argument("--on", metavar="DATE", help=ON_HELP)

    p = command("resolve", cmd_resolve, "mark a pain point resolved")
    p.add_argument("customer")
    p.add_argument("text", nargs="?", help="the start of the pain point, if there are several")
    p.add_argument("--on", metavar="DATE", help=ON_HELP)

    p = command("list", cmd_list, "list customers")
    p.add_argument("--stage")
    p.add_argument("--tag")
    p.add_argument("--archived", action="store_true", help="include archived customers")
    p.add_argument(
        "--sort",
        default="name",
        metavar="ORDER",
        help="name (default); value: highest 12-month value first; health: weakest "
        "relationship first; due: most overdue first",
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("--today", metavar="DATE", help=argparse.SUPPRESS)

    p = command("show", cmd_show, "show a customer with everything logged, newest first")
    p.add_argument("customer")
    p.add_argument("--json", action="store_true")
    p.add_argument("--today", metavar="DATE", help=argparse.SUPPRESS)

    p = command("search", cmd_search, "search every note")
    p.add_argument("query")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=50, help=argparse.SUPPRESS)

    p = command("demo", cmd_demo, "fill the journal with a realistic sample")
    p.add_argument(
        "--customers", default="200", metavar="N", help="how many sample customers (default 200)"
    )
    p.add_argument(
        "--seed",
        default="1",
        metavar="S",
        help="a whole number; the same seed writes the same sample (default 1)",
    )
    p.add_argument(
        "--into-existing",
        action="store_true",
        help="add the sample even though the journal already has customers",
    )


# --- writing commands ----------------------------------------------------------------------


def _say(result: ops.Result) -> int:
    print(result.message)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    cadence = parse_cadence(args.cadence) if args.cadence is not None else None
    stage = vocab.parse_stage(args.stage)
    if not args.name.strip():
        raise UserError("The name can't be empty.")
    journal = open_for_writing(args)
    return _say(
        ops.add_customer(
            journal,
            args.name,
            company=args.company,
            role=args.role,
            email=args.email,
            phone=args.phone,
            notes=args.notes,
            stage=stage,
            tags=args.tag,
            cadence_days=cadence,
        )
    )


def _validate_then_open(args: argparse.Namespace) -> tuple[Journal, Candidate]:
    """Commands that add to a customer: the customer must exist, so the journal must too."""
    journal = open_for_reading(args)
    customer = find_customer(journal, args.customer)
    return journal, customer


def cmd_log(args: argparse.Namespace) -> int:
    today = dt.date.today()
    on = optional_date(args.on, "conversation date", today=today, field=Field.DATE)
    channel = vocab.parse_channel(args.channel)
    due = optional_date(args.due, "due date", allow_future=True, today=today)
    if args.due and not args.promise:
        raise UserError("--due needs --promise TEXT: say what was promised.")
    pains = [ops.PainInput(t, "us") for t in args.pain]
    pains += [ops.PainInput(t, "competitor") for t in args.competitor_pain]
    journal, customer = _validate_then_open(args)
    return _say(
        ops.log_conversation(
            journal,
            customer.id,
            on=on,
            channel=channel,
            summary=args.summary,
            notes=args.notes,
            delights=args.delight,
            pains=pains,
            why_buy=args.why_buy,
            promise=args.promise,
            promise_due=due,
        )
    )


def cmd_fact(args: argparse.Namespace) -> int:
    category = vocab.parse_fact_category(args.category)
    month_day = parse_month_day(args.date) if args.date else None
    on = optional_date(args.on, "date learned", field=Field.DATE)
    journal, customer = _validate_then_open(args)
    return _say(ops.add_fact(journal, customer.id, category, args.text, month_day=month_day, on=on))


def _journal_currency(journal: Journal) -> str:
    with journal.reader() as session:
        return settings.currency(session)


def cmd_gift(args: argparse.Namespace) -> int:
    code = parse_currency(args.currency) if args.currency else None
    on = optional_date(args.on, "gift date", field=Field.DATE)
    journal, customer = _validate_then_open(args)
    # In the gift's currency, the journal's by default (after opening it): 7003.50 is refused
    # in JPY, which has none.
    cost = (
        parse_amount(args.cost, what="cost", currency=code or _journal_currency(journal))
        if args.cost is not None
        else None
    )
    return _say(
        ops.add_gift(
            journal,
            customer.id,
            args.what,
            on=on,
            cost_minor=cost,
            occasion=args.occasion,
            reaction=args.reaction,
            kind=args.kind,
            currency=code,
        )
    )


def cmd_invite(args: argparse.Namespace) -> int:
    event_on = optional_date(args.event_date, "event date", allow_future=True)
    status = vocab.parse_invitation_status(args.status)
    sent = optional_date(args.invited_on, "invitation date")
    journal, customer = _validate_then_open(args)
    assert event_on is not None
    return _say(
        ops.record_invitation(
            journal, customer.id, args.event, event_on, status=status, invited_on=sent
        )
    )


def cmd_milestone(args: argparse.Namespace) -> int:
    kind = vocab.parse_milestone_kind(args.kind, custom=args.custom)
    on = optional_date(args.on, "milestone date", field=Field.DATE)
    journal, customer = _validate_then_open(args)
    return _say(
        ops.add_milestone(journal, customer.id, kind, custom=args.custom, on=on, note=args.note)
    )


def cmd_purchase(args: argparse.Namespace) -> int:
    code = parse_currency(args.currency) if args.currency else None
    on = optional_date(args.on, "purchase date", field=Field.DATE)
    journal, customer = _validate_then_open(args)
    # In the purchase's currency, the journal's by default (known once it is open): 7003.50 is
    # refused in JPY, which has no decimals.
    currency = code or _journal_currency(journal)
    amount = parse_amount(args.amount, currency=currency)
    return _say(
        ops.add_purchase(journal, customer.id, amount, on=on, what=args.what, currency=code)
    )


def cmd_stage(args: argparse.Namespace) -> int:
    if args.customer is None and not bulk.selecting(args):  # `stage ada`: the stage is missing
        args.command_parser.error(
            "give the customer and the new stage, or the stage and --tag, --stage or --ids"
        )
    try:
        stage = vocab.parse_stage(args.stage)
    except UserError as exc:  # the new stage, not --stage (which selects customers)
        raise UserError(exc.message, hint=exc.hint) from None
    on = optional_date(args.on, "stage change date", field=Field.DATE)
    if args.customer is None or bulk.selecting(args):  # many at once (cli/bulk.py)
        journal = open_for_reading(args)
        selection = bulk.select(journal, args)
        label = vocab.STAGE_LABELS[stage]
        bulk.confirm(f"Move {selection.what} to {label}?", args)
        return bulk.said(ops.set_stage_many(journal, selection.ids, stage, on=on), selection)
    journal, customer = _validate_then_open(args)
    return _say(ops.set_stage(journal, customer.id, stage, on=on))


def cmd_done(args: argparse.Namespace) -> int:
    on = optional_date(args.on, "date done", field=Field.DATE)
    journal, customer = _validate_then_open(args)
    return _say(ops.mark_promise_done(journal, customer.id, args.text, on=on))


def cmd_resolve(args: argparse.Namespace) -> int:
    on = optional_date(args.on, "date resolved", field=Field.DATE)
    journal, customer = _validate_then_open(args)
    return _say(ops.resolve_pain_point(journal, customer.id, args.text, on=on))


def cmd_demo(args: argparse.Namespace) -> int:
    try:
        count = int(args.customers)
        seed = int(args.seed)
    except ValueError:
        raise UserError(
            "--customers and --seed take whole numbers, such as --customers 200."
        ) from None
    if not 1 <= count <= 100_000:
        raise UserError("--customers takes between 1 and 100000.")
    from custjournal import demo

    journal = open_for_writing(args)
    # Sample customers mixed among real ones can't be told apart afterwards: a journal that
    # already has customers takes the sample only when asked in so many words.
    if not args.into_existing:
        with journal.read() as session:
            existing = (
                session.connection().exec_driver_sql("SELECT count(*) FROM customer").scalar()
            )
        if existing:
            raise UserError(
                f"{journal.name} already has {existing} customer{'s' if existing != 1 else ''}: "
                "sample customers would be mixed in with them. Give another --journal for the "
                "sample, or add --into-existing to mix them in anyway."
            )
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive:
            progress_line(f"Writing sample customers: {100 * done // total}%")

    summary = demo.fill(journal, customers=count, seed=seed, progress=progress)
    if interactive:
        print(file=sys.stderr)
    print(
        f"Added {summary.customers} sample customers with {summary.entries} entries "
        f"to {journal.name}."
    )
    return 0


# --- reading commands ----------------------------------------------------------------------


LIST_SORTS: tuple[str, ...] = ("name", "value", "health", "due")


def cmd_list(args: argparse.Namespace) -> int:
    stage = vocab.parse_stage(args.stage) if args.stage else None
    order = vocab.pick(args.sort, LIST_SORTS, "sort order")
    today = today_of(args)
    journal = open_for_reading(args)
    scores: dict[int, int | None] = {}
    with journal.reader() as session:
        rows = queries.customer_rows(
            session,
            today,
            stage=stage,
            tag=args.tag,
            include_archived=args.archived,
            with_tags=args.json,  # the table shows none, nor any role, email or phone
            with_contact=args.json,
        )
        currency = settings.currency(session)
        if order == "health":
            from custjournal.store.health import glance_of_all  # only this order needs it

            scores = {cid: h.overall for cid, h in glance_of_all(session, today).items()}
    # Stable sorts over the name order: equal values keep names in order.
    if order == "value":
        rows.sort(key=lambda r: -r.value_12m)
    elif order == "due":
        rows.sort(key=lambda r: r.due_on)  # the DUE column's day: contact or promise
    elif order == "health":
        # Weakest first; customers with nothing to tell yet last.
        rows.sort(key=lambda r: (scores.get(r.id) is None, scores.get(r.id) or 0))
    if args.json:
        items = [shapes.list_item(r, currency, today) for r in rows]
        if order == "health":
            for item in items:
                item["health"] = scores.get(item["id"])
        print_json(items)
        return 0
    if not rows:
        print(
            "No customers match."
            if (stage or args.tag)
            else "No customers yet: add one with 'custjournal add NAME'."
        )
        return 0
    # 80 columns: 5 id, 20 name, 14 company, 13 stage, 1 tier, 10 last contact, 10 due; sorted
    # by value or health, that column takes the last contact's place.
    extra = {"value": ("VALUE", 12), "health": ("HEALTH", 6)}.get(order)
    last_head = f"{extra[0]:>{extra[1]}}" if extra else f"{'LAST':<10}"
    company_width = 13 if order == "value" else 14
    lines = [f"{'ID':>5} {'NAME':<20} {'COMPANY':<{company_width}} {'STAGE':<13} T {last_head} DUE"]
    # Each column laid out at once (fit_all), and the table written in one piece: 10,000 rows
    # cell by cell and line by line cost `list` more than reading them.
    names = fit_all([r.name for r in rows], 20)
    companies = fit_all([r.company for r in rows], company_width)
    stages = {stage: f"{label:<13}" for stage, label in vocab.STAGE_LABELS.items()}
    for r, name, company in zip(rows, names, companies, strict=True):
        days = (r.due_on - today).days  # the next contact, or an open promise due earlier
        due = "today" if days == 0 else (f"{-days}d over" if days < 0 else f"in {days}d")
        if order == "value":
            cell = f"{format_amount(r.value_12m, currency) if r.value_12m else '—':>12}"
        elif order == "health":
            score = scores.get(r.id)
            cell = f"{'—' if score is None else score:>6}"
        else:
            cell = f"{r.last_contact.isoformat() if r.last_contact else '—':<10}"
        lines.append(f"{r.id:>5} {name} {company} {stages[r.stage]} {r.tier} {cell} {due}")
    print("\n".join(lines))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    today = today_of(args)
    journal = open_for_reading(args)
    customer = find_customer(journal, args.customer)
    with journal.reader() as session:
        detail = queries.customer_detail(session, customer.id)
        row = queries.customer_row(session, customer.id, today)
        currency = settings.currency(session)
    if detail is None:
        raise UserError(f"Customer #{customer.id} was erased meanwhile.")
    if args.json:
        print_json(shapes.customer_document(detail, row, currency, today))
        return 0
    print("\n".join(render_show(detail, row, currency)))
    return 0


def _wrap(text: str, indent: str = "    ") -> list[str]:
    return wrap(text, 80, indent, indent)


def render_show(
    detail: dict[str, Any], row: queries.CustomerRow | None, currency: str
) -> list[str]:
    out = _wrap(f"{detail['name']} (#{detail['id']})", "")
    who = ", ".join(x for x in (detail.get("role"), detail.get("company")) if x)
    if who:
        out += _wrap(who, "")
    line = f"Stage: {vocab.STAGE_LABELS.get(detail['stage'], detail['stage'])}"
    if row:
        line += (
            f" · Tier {row.tier} · 12-month value {format_money(row.value_12m, currency)}"
            f" · Last contact {row.last_contact or 'never'} · Next due {row.next_due}"
        )
    out += _wrap(line, "")
    contact = " · ".join(x for x in (detail.get("email"), detail.get("phone")) if x)
    if contact:
        out += _wrap(contact, "")
    if detail.get("tags"):
        out += _wrap("Tags: " + ", ".join(detail["tags"]), "")
    if detail.get("archived"):
        out.append("(archived)")
    if detail.get("notes"):
        out += _wrap(detail["notes"], "")

    def section(title: str, lines: list[str]) -> None:
        if lines:
            out.append("")
            out.append(title)
            for line in lines:  # long entries wrap, keeping their indent (already-wrapped too)
                indent = line[: len(line) - len(line.lstrip())]
                out.extend(wrap(line.strip(), 80, indent, indent + "    "))

    section(
        "Connections",
        [
            f"  {r['label']} {r['other_name']} (#{r['other_id']}) since {r['since']}"
            + (f": {r['note']}" if r.get("note") else "")
            for r in detail.get("relationships", [])
        ],
    )
    convs = []
    for c in detail["conversations"]:
        head = f"  {c['occurred_on']} {c['channel']}: {c.get('summary') or '(no summary)'}"
        convs += _wrap(head, "  ")
        if c.get("notes"):
            convs += _wrap(c["notes"])
        for d in c["delights"]:
            convs += _wrap(f"+ delighted by: {d['text']}")
        for p in c["pain_points"]:
            who = "competitor" if p["with_whom"] == "competitor" else "us"
            state = f", resolved {p['resolved_on']}" if p.get("resolved_on") else ""
            convs += _wrap(f"- pain ({who}{state}): {p['text']}")
        if c.get("why_buy"):
            convs += _wrap(f"why they buy: “{c['why_buy']}”")
    section("Conversations", convs)
    section(
        "Promises",
        [
            f"  [{'x' if p['done_on'] else ' '}] {p['text']}"
            + (f" (due {p['due_on']})" if p.get("due_on") else "")
            + (f" done {p['done_on']}" if p.get("done_on") else "")
            for p in detail["promises"]
        ],
    )
    section(
        "Personal facts",
        [
            f"  {f['category']}: {f['text']}"
            + (f" ({f['month']:02d}-{f['day']:02d})" if f.get("month") else "")
            for f in detail["facts"]
        ],
    )
    section(
        "Gifts",
        [
            f"  {g['given_on']} {g['what']}"
            + (
                f" ({format_money(g['cost_minor'], g.get('currency') or currency)})"
                if g.get("cost_minor") is not None
                else ""
            )
            + (f", for {g['occasion']}" if g.get("occasion") else "")
            + (f" — {g['reaction']}" if g.get("reaction") else "")
            for g in detail["gifts"]
        ],
    )
    section(
        "Invitations",
        [
            f"  {i['event']} on {i['event_on']} (invited {i['invited_on']}): {i['status']}"
            for i in detail["invitations"]
        ],
    )
    section(
        "Trust milestones",
        [
            f"  {m['occurred_on']} {vocab.milestone_label(m['kind'])}"
            + (f": {m['note']}" if m.get("note") else "")
            for m in detail["milestones"]
        ],
    )
    section(
        "Purchases",
        [
            f"  {p['purchased_on']} {format_money(p['amount_minor'], p['currency'])}"
            + (f" {p['what']}" if p.get("what") else "")
            for p in detail["purchases"]
        ],
    )
    section(
        "Stage history",
        [
            f"  {s['changed_on']} {vocab.STAGE_LABELS.get(s['stage'], s['stage'])}"
            + (
                f" (from {vocab.STAGE_LABELS.get(s['from_stage'], s['from_stage'])})"
                if s.get("from_stage")
                else ""
            )
            for s in detail["stage_history"]
        ],
    )
    return out


def cmd_search(args: argparse.Namespace) -> int:
    from custjournal.store import search  # here: the other commands of this module need none

    journal = open_for_reading(args)
    with journal.reader() as source:
        # --limit is hidden (tests); kept to what SQLite's integers hold.
        limit = max(1, min(args.limit, 1_000_000))
        hits = search.search(source, args.query, limit=limit)
    if args.json:
        print_json([h.__dict__ for h in hits])
        return 0
    if not hits:
        print(f"Nothing found for '{args.query}'.")
        return 0
    for h in hits:
        print(f"#{h.customer_id} {h.customer} · {h.kind} {h.date or ''}".rstrip())
        print(f"    {h.snippet}")
    return 0
