"""`custjournal insights`: what the journal teaches across customers, in a terminal.

Every section of the app's Insights page (`docs/insights.md`) as text (the default), Markdown or
JSON, for all customers or a segment (`--segment tag:T|stage:S|tier:A`), as of `--today`.
Values are checked after parsing: an unknown format, segment, stage or tag exits 1 with a
sentence (`docs/rules.md`, "Exit codes"). Loads no Qt.
"""

from __future__ import annotations

import argparse
import shutil
import sys

from custjournal.cli.common import add_command, open_for_reading, today_of
from custjournal.domain import vocab
from custjournal.domain.errors import UserError
from custjournal.domain.insights import Insights, Segment
from custjournal.interop import insights_render, readable_json
from custjournal.store import insights_kept

FORMATS: tuple[str, ...] = ("text", "markdown", "json")
TEXT_WIDTH = 100


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    help_text = "best customers, why they buy, delights and pains, trust, stages, health"
    p = add_command(subparsers, common, "insights", cmd_insights, help_text)
    p.add_argument(
        "--segment",
        metavar="SEGMENT",
        help="all (default), tag:TAG, stage:STAGE or tier:A (B, C)",
    )
    p.add_argument(
        "--today", metavar="DATE", help="the day the figures are for (default today): YYYY-MM-DD"
    )
    p.add_argument("--json", action="store_true", help="the same as --format json")
    p.add_argument("--format", default=None, metavar="FORMAT", help=f"one of {', '.join(FORMATS)}")


def _json(insights: Insights) -> str:
    return readable_json.dumps(insights_render.to_dict(insights))


def cmd_insights(args: argparse.Namespace) -> int:
    fmt = vocab.pick(args.format, FORMATS, "format") if args.format else "text"
    if args.json:
        if args.format and fmt != "json":
            raise UserError(f"--json and --format {fmt} disagree: give one of them.")
        fmt = "json"
    segment = Segment.parse(args.segment)
    today = today_of(args)
    journal = open_for_reading(args)
    try:
        # Plain sqlite3 (no SQLAlchemy loaded); the page (and its JSON) kept in the journal
        # until it changes (store/insights_kept.py), so a second run is a read.
        with journal.reader() as source:
            if fmt == "json":
                text = insights_kept.json_text(source, segment, today, _json)
            else:
                insights = insights_kept.page(source, segment, today)
    finally:
        journal.close()
    if fmt == "markdown":
        text = insights_render.to_markdown(insights)
    elif fmt == "text":
        width = TEXT_WIDTH
        if sys.stdout.isatty():
            width = max(60, min(TEXT_WIDTH, shutil.get_terminal_size((TEXT_WIDTH, 24)).columns))
        text = insights_render.to_text(insights, width=width)
    sys.stdout.write(text)
    return 0
