"""`custjournal brief CUSTOMER`: the pre-meeting brief in a terminal, as Markdown, JSON or PDF.

Text (the default) fits the terminal, at most 80 columns. `--format pdf` needs `-o FILE` and is
the only format that loads Qt (offscreen when there is no display). Values are checked after
parsing, so an unknown format exits 1 with a sentence (`docs/rules.md`, "Exit codes").
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from custjournal.cli import encryption
from custjournal.cli.common import (
    add_command,
    find_customer,
    journal_file,
    may_replace,
    open_for_reading,
    today_of,
)
from custjournal.domain import vocab
from custjournal.domain.errors import UserError, os_reason
from custjournal.interop import brief_render, files, readable_json
from custjournal.store.brief_data import load_brief

FORMATS: tuple[str, ...] = ("text", "markdown", "json", "pdf")
TEXT_WIDTH = 80


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    help_text = "the pre-meeting brief of a customer: what to know, what we owe, what to ask"
    p = add_command(subparsers, common, "brief", cmd_brief, help_text)
    p.add_argument("customer", help="a name, or an id such as '#12'")
    p.add_argument(
        "--format", default="text", metavar="FORMAT", help=f"one of {', '.join(FORMATS)}"
    )
    p.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of the terminal (pdf: needed)"
    )
    p.add_argument("--force", action="store_true", help="replace FILE if it exists, unasked")
    p.add_argument(
        "--today", metavar="DATE", help="the day the brief is for (default today): YYYY-MM-DD"
    )


def _text_width() -> int:
    # Narrower than 80 only when printing to a narrow terminal; a pipe or a file gets 80.
    if sys.stdout.isatty():
        return max(40, min(TEXT_WIDTH, shutil.get_terminal_size((TEXT_WIDTH, 24)).columns))
    return TEXT_WIDTH


def _check_output(args: argparse.Namespace) -> Path | None:
    if args.output is None:
        return None
    path = Path(args.output).expanduser()
    journal = journal_file(args)  # a team database has no file to overwrite
    if journal is not None:
        files.refuse_journal_files(path, journal)
    if path.is_dir():
        raise UserError(f"{path} is a folder: give the name of a file to write, such as brief.pdf.")
    if not path.parent.is_dir():
        raise UserError(f"The folder {path.parent} does not exist: create it or choose another.")
    return path


def cmd_brief(args: argparse.Namespace) -> int:
    fmt = vocab.pick(args.format, FORMATS, "format")
    output = _check_output(args)
    if fmt == "pdf" and output is None:
        raise UserError("A PDF needs a file to go to: add -o FILE, for example -o brief.pdf.")
    today = today_of(args)
    journal = open_for_reading(args)
    try:
        customer = find_customer(journal, args.customer)
        with journal.reader() as source:
            brief = load_brief(source, customer.id, today)
    finally:
        journal.close()

    text = ""  # the PDF is made from the brief itself, below
    if fmt == "json":
        text = readable_json.dumps(brief_render.to_dict(brief))
    elif fmt == "markdown":
        text = brief_render.to_markdown(brief)
    elif fmt == "text":
        text = brief_render.to_text(brief, width=TEXT_WIDTH if output else _text_width())
    if output is None:
        sys.stdout.write(text)  # a closed pipe is handled by main(), not reported as a file
        return 0
    may_replace(output, args.force)
    try:
        if fmt == "pdf":
            from custjournal.interop.brief_pdf import write_pdf  # the one path that loads Qt

            write_pdf(brief, output)
        else:
            # Owner-only (a brief holds private notes), and whole or not at all.
            with files.private_output(output) as out:
                out.write(text)
    except OSError as exc:
        raise UserError(f"Can't write {output}: {os_reason(exc)}.") from None
    print(f"Saved the brief of {brief.header.name} to {output}.")
    encryption.warn_plain_output(args, str(output))
    return 0
