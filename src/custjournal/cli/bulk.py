"""Editing many customers from the command line: `tag`, `archive`, `unarchive`, and the
selections (`--tag T`, `--stage S`, `--ids 1,2,3`) that `stage` and `export` take as well.

A command names one CUSTOMER, or selects customers with the options; the options together
narrow the selection (tagged T *and* in stage S *and* among the ids). `--tag` and `--stage`
select what `custjournal list` with the same options shows, archived customers only with
`--archived` (`unarchive` looks among the archived; `export` writes archived customers, as it
always has). A selection that matches nobody is a sentence and exit 1, nothing written
(docs/decisions.md, "Editing many at once"). A change to a selection that overwrites
something (a stage, a removed tag, archiving) asks on a terminal first; `--yes` skips the
question, and without a terminal it is required. The command line has no undo
(docs/rules.md), so each change prints the ids it changed, to take it back by.
"""

from __future__ import annotations

import argparse
import functools
from dataclasses import dataclass

from custjournal import ops
from custjournal.cli.common import add_command, find_customer, open_for_reading, today_of
from custjournal.domain import vocab
from custjournal.domain.errors import Hint, UserError
from custjournal.store import queries
from custjournal.store.journal import Journal

SELECT_HELP = "or select customers with --tag, --stage or --ids"


def add_selection(p: argparse.ArgumentParser, *, customer: bool = True) -> None:
    """The selection options (and, with *customer*, the optional CUSTOMER) on command *p*."""
    if customer:
        p.add_argument("customer", nargs="?", help=f"a name, or an id such as '#12'; {SELECT_HELP}")
    p.add_argument("--tag", dest="select_tag", metavar="TAG", help="every customer with this tag")
    p.add_argument(
        "--stage", dest="select_stage", metavar="STAGE", help="every customer in this stage"
    )
    p.add_argument("--ids", metavar="ID,ID,…", help="these customers, by id: --ids 1,2,3")


def add_archived(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--archived", action="store_true", help="let --tag and --stage select archived ones too"
    )


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    command = functools.partial(add_command, subparsers, common)

    p = command("tag", cmd_tag, "add a tag to a customer or a selection (--remove: take it off)")
    p.add_argument("customer", nargs="?", help=f"a name, or an id such as '#12'; {SELECT_HELP}")
    p.add_argument("tag_value", metavar="TAG", help="the tag to add (or remove)")
    p.add_argument("--remove", action="store_true", help="take the tag off instead")
    add_selection(p, customer=False)
    add_archived(p)
    p.add_argument("--yes", action="store_true", help="don't ask for confirmation")

    p = command("archive", cmd_archive, "archive a customer or a selection")
    add_selection(p)
    p.add_argument("--yes", action="store_true", help="don't ask for confirmation")

    p = command("unarchive", cmd_unarchive, "bring archived customers back")
    add_selection(p)


@dataclass(frozen=True)
class Selection:
    ids: list[int]
    what: str  # "3 customers tagged vip" / "Ada Lovelace (#1)"
    single: bool  # one CUSTOMER named, not selected by options

    def ids_text(self) -> str:
        return ",".join(str(i) for i in self.ids)


def selecting(args: argparse.Namespace) -> bool:
    return any(
        getattr(args, name, None) is not None for name in ("select_tag", "select_stage", "ids")
    )


def parse_ids(text: str) -> list[int]:
    ids = []
    for part in text.split(","):
        value = part.strip().lstrip("#")
        if not value.isdigit():
            raise UserError(
                f"--ids takes customer ids separated by commas, such as --ids 1,2,3: "
                f"'{part.strip()}' is not an id."
            )
        ids.append(int(value))
    return ids


def customer_count(n: int) -> str:
    """The count in words: "1 customer", "2 customers"."""
    return "1 customer" if n == 1 else f"{n} customers"


_plural = customer_count


def select(
    journal: Journal,
    args: argparse.Namespace,
    *,
    archived: bool | None = None,
    allow_empty: bool = False,
) -> Selection:
    """The customers *args* name: one CUSTOMER, or those the selection options pick.

    *archived* None: archived customers only with --archived; True: archived ones only
    (unarchive); False: every customer (export). An empty selection is a UserError unless
    *allow_empty* (a reading command: `export`, like `list`, just finds nobody).
    """
    name = getattr(args, "customer", None)
    if name is not None and selecting(args):
        raise UserError("Name one customer or select with --tag, --stage or --ids, not both.")
    if name is None and not selecting(args):
        args.command_parser.error(
            getattr(args, "missing", None)
            or "name a customer, or select customers with --tag, --stage or --ids"
        )
    if name is not None:
        found = find_customer(journal, name)
        return Selection([found.id], found.describe(), True)
    stage = vocab.parse_stage(args.select_stage) if args.select_stage is not None else None
    tag = args.select_tag.strip() if args.select_tag is not None else None
    if tag is not None and not tag:
        raise UserError("--tag needs a tag: which customers should it select?")
    wanted = parse_ids(args.ids) if args.ids is not None else None
    today = today_of(args)
    with journal.read() as session:
        rows = queries.customer_rows(session, today, stage=stage, tag=tag, sort=False)
    if wanted is not None:
        with journal.read() as session:
            everyone = {c.id for c in queries.candidates(session)}
        missing = [i for i in wanted if i not in everyone]
        if missing:
            raise UserError(
                f"There is no customer {', '.join(f'#{i}' for i in missing)}.",
                hint=Hint.LIST_IDS,
            )
    include_archived = getattr(args, "archived", False)
    chosen = []
    for r in sorted(rows, key=lambda r: r.id):
        if wanted is not None and r.id not in wanted:
            continue
        if archived is True and not r.archived:
            continue
        if archived is False:
            pass
        elif archived is None and r.archived and not include_archived and wanted is None:
            continue
        chosen.append(r.id)
    parts = []
    if tag is not None:
        parts.append(f"tagged {tag}")
    if stage is not None:
        parts.append(f"in {vocab.STAGE_LABELS[stage]}")
    if wanted is not None:
        parts.append("among the ids given")
    if archived is True:
        parts.insert(0, "archived")
    described = " ".join(parts)
    if not chosen and not allow_empty:
        raise UserError(f"No customer is {described}: nothing was done.")
    return Selection(chosen, f"{_plural(len(chosen))} {described}", False)


def confirm(question: str, args: argparse.Namespace) -> None:
    from custjournal.cli.transfer import _confirm

    _confirm(question, args.yes)


def said(result: ops.Result, selection: Selection, undo: str | None = None) -> int:
    print(result.message)
    if not selection.single:
        print(f"Customers: --ids {selection.ids_text()}")
        if undo:
            print(f"To take it back: custjournal {undo} --ids {selection.ids_text()}")
    return 0


def cmd_tag(args: argparse.Namespace) -> int:
    args.missing = "give the customer and the tag, or the tag and --tag, --stage or --ids"
    journal = open_for_reading(args)
    selection = select(journal, args)
    if args.remove:
        if not selection.single:
            confirm(f"Take the tag {args.tag_value} off {selection.what}?", args)
        return said(ops.remove_tag_many(journal, selection.ids, args.tag_value), selection)
    return said(
        ops.add_tag_many(journal, selection.ids, args.tag_value),
        selection,
        f"tag {args.tag_value} --remove",
    )


def cmd_archive(args: argparse.Namespace) -> int:
    journal = open_for_reading(args)
    selection = select(journal, args)
    if selection.single:
        return said(ops.set_archived(journal, selection.ids[0], True), selection)
    confirm(f"Archive {selection.what}?", args)
    return said(ops.set_archived_many(journal, selection.ids, True), selection, "unarchive")


def cmd_unarchive(args: argparse.Namespace) -> int:
    journal = open_for_reading(args)
    selection = select(journal, args, archived=True)
    if selection.single:
        return said(ops.set_archived(journal, selection.ids[0], False), selection)
    return said(ops.set_archived_many(journal, selection.ids, False), selection, "archive")
