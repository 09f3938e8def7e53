"""The `custjournal` command line: a thin companion that parses, calls ops/store/interop, prints.

It never imports Qt, except to start the desktop app (no command) or to render a PDF.
Exit codes (`docs/rules.md`, "Exit codes"): 0 done; 1 a bad value or a problem the user can fix, with one
sentence on stderr; 2 misuse that argparse catches (unknown command or option, missing argument).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from custjournal.cli import _early

_early.start()  # an encrypted journal's key, derived while the rest is imported

import importlib  # noqa: E402

from custjournal import __version__  # noqa: E402

if TYPE_CHECKING:
    import argparse

    from custjournal.domain.errors import UserError

# The rest of the command line (the parser's helpers, the output filter, the error sentences)
# is imported by `main` after `due --count` had its chance to answer at once (cli/at_once.py).

# Each module adds its subcommands with register(subparsers, parent), in this order.
COMMAND_MODULES = (
    "core",
    "bulk",
    "quick",
    "brief",
    "health",
    "transfer",
    "reminders",
    "encryption",
    "merge",
    "insights",
    "links",
)
# The module of each command: a command line naming one of these builds the parser of that
# module alone (the same options, parsed the same way), so `custjournal due` does not load the
# code of `brief` or `import`. A command not listed here gets the whole parser, as --help does.
# tests/cli/test_light_start.py checks this against what each module registers.
COMMAND_MODULE = {
    **dict.fromkeys(
        (
            "add",
            "log",
            "fact",
            "gift",
            "invite",
            "milestone",
            "purchase",
            "stage",
            "done",
            "resolve",
            "list",
            "show",
            "search",
            "demo",
        ),
        "core",
    ),
    **dict.fromkeys(("tag", "archive", "unarchive"), "bulk"),
    "quick": "quick",
    "brief": "brief",
    "health": "health",
    **dict.fromkeys(
        ("import", "export", "backup", "restore", "check", "forget", "copy"), "transfer"
    ),
    **dict.fromkeys(("due", "snooze", "dismiss", "unsnooze", "cadence", "currency"), "reminders"),
    **dict.fromkeys(("encrypt", "decrypt", "passphrase"), "encryption"),
    **dict.fromkeys(("duplicates", "merge"), "merge"),
    "insights": "insights",
    **dict.fromkeys(("link", "unlink", "companies", "same-firm", "not-same-firm"), "links"),
}
# Commands that only read the journal and print (see `_main`, the collector).
_READING = frozenset({"due", "list", "show", "search", "brief"})
# Options before the command that take a value (the next argument, unless written with =).
_VALUED = frozenset({"--journal", "--passphrase-fd"})


def command_named(argv: Sequence[str]) -> str | None:
    """The command an argument list names (its first argument that is not an option or an
    option's value), or None."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("--", "-h", "--help"):
            return None  # the help of every command
        elif arg.startswith("-"):
            skip = arg in _VALUED
        else:
            return arg
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser: with *command*, the same parser holding only the commands of
    that command's module (COMMAND_MODULE)."""
    from custjournal.cli.common import CommandParser

    names: tuple[str, ...] = COMMAND_MODULES
    if command in COMMAND_MODULE:
        names = (COMMAND_MODULE[command],)
    CommandParser.building = True
    try:
        return _built_parser(names)
    finally:
        CommandParser.building = False


def _built_parser(names: tuple[str, ...]) -> argparse.ArgumentParser:
    import argparse

    from custjournal.cli import encryption
    from custjournal.cli.common import JOURNAL_HELP, CommandParser

    parser = CommandParser(
        prog="custjournal",
        description="Customer Journal: the story of each customer relationship, offline. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("--journal", metavar="PATH", help=JOURNAL_HELP)
    parser.add_argument("--version", action="version", version=f"custjournal {__version__}")
    # --journal is accepted after the command too: the subparsers get a copy that does not
    # overwrite a value given before the command.
    common = CommandParser(add_help=False)
    common.add_argument("--journal", metavar="PATH", default=argparse.SUPPRESS, help=JOURNAL_HELP)
    encryption.add_options(parser)
    encryption.add_options(common, default=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=CommandParser
    )
    for name in names:
        importlib.import_module(f"custjournal.cli.{name}").register(subparsers, common)
    return parser


def _undecodable(argv: Sequence[str]) -> str | None:
    """The first argument that is not UTF-8 text, shown with its bad bytes escaped."""
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            # Python hands undecodable bytes over as lone surrogates (surrogateescape).
            raw = arg.encode("utf-8", "surrogateescape")
            return raw.decode("utf-8", "backslashreplace")
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line *argv* (sys.argv's by default); the exit status."""
    from custjournal.cli import at_once

    count = at_once.answer(sys.argv[1:] if argv is None else argv)
    if count is not None:  # digits: nothing for the output filter to change
        print(count)
        return 0
    from custjournal.interop.terminal import visible_output

    # Everything printed, stdout and stderr, goes through one filter.
    return int(visible_output(_main)(argv))


def _main(argv: Sequence[str] | None) -> int:
    from custjournal.cli import encryption
    from custjournal.cli.common import close_opened, said
    from custjournal.domain.errors import UserError
    from custjournal.store import wal_guard

    bad = _undecodable(sys.argv[1:] if argv is None else argv)
    if bad is not None:
        print(
            f"The argument '{bad}' is not UTF-8 text, which is all Customer Journal reads: "
            "check your terminal's character encoding (locale) and type it again.",
            file=sys.stderr,
        )
        return 1
    parser = build_parser(command_named(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(argv)
    if args.command is None:
        return _start_app(args, parser)
    # What is imported by now lives until exit: the cyclic collector need not walk it again
    # each time a command's thousands of new rows set it off (a list of 10,000 customers
    # took 145 ms with it walking, 100 ms with this). Only in a process of its own (argv from
    # the command line): a test calling main() many times must keep collecting its garbage.
    if argv is None:
        gc.freeze()
        if args.command in _READING:
            # A reading command's rows live until it prints them and exits: no cycle of
            # theirs is garbage to find, and the collector walked them all the same, again
            # and again as they were built (4 ms of `list` or `due` at 10,000 customers).
            gc.disable()
    _tidy(args)
    held = None
    try:
        encryption.install_source(args)  # asked only if the journal is encrypted
        # Another process with this journal open keeps its -wal (store/wal_guard.py).
        held = wal_guard.hold(getattr(args, "journal", None))
        status = int(args.func(args) or 0)
        encryption.after_command(args)
        return status
    except UserError as exc:
        print(said(exc, args), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Interrupted: nothing was changed.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: not an error of ours.
        sys.stderr.close()
        return 0
    except Exception as exc:
        # The user's environment (a locked, read-only, full or damaged journal) gets its
        # sentence wherever the error surfaced; only the rest is a bug.
        known = _known_database_error(exc, args)
        if known is not None:
            print(said(known, args), file=sys.stderr)
            return 1
        from custjournal.logs import log_bug

        # The command's name only: its arguments are names and notes, private to the user.
        where = log_bug("command failed: %s", args.command)
        print(
            f"Something went wrong inside Customer Journal; nothing was changed by the failed "
            f"step. The details are in {where}: please send them to us.",
            file=sys.stderr,
        )
        return 70
    finally:
        close_opened()
        wal_guard.let_go(held)


def _known_database_error(exc: BaseException, args: argparse.Namespace) -> UserError | None:
    from custjournal import paths
    from custjournal.cli.common import journal_path
    from custjournal.store.errors import known_error

    if paths.team_url(getattr(args, "journal", None)) is not None:
        from custjournal.store import team

        return team.known_error(exc, args.command)
    try:
        path: Path | str = journal_path(args)
    except Exception:  # the error is what matters; the path only names the file
        path = "(the journal)"
    return known_error(exc, path)


def _tidy(args: argparse.Namespace) -> None:
    """Remove what a killed backup or restore left beside the journal (copies holding
    customers' words); never in the way of the command."""
    try:
        from custjournal import paths
        from custjournal.cli.common import journal_path

        path = journal_path(args)
        # store/backup.py is loaded only when there may be something to remove.
        if not str(path).startswith(("postgresql:", "postgresql+")) and paths.has_temp_files(path):
            from custjournal.store import backup

            backup.remove_stale_temps(path)
    except Exception:  # a bad --journal is the command's to report
        pass


def _start_app(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from custjournal.cli.common import said
    from custjournal.domain.errors import UserError

    try:
        from custjournal.gui import launch
    except ImportError:
        parser.print_help()
        return 0
    try:
        return launch.run(args.journal)
    except UserError as exc:
        print(said(exc), file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    import logging  # here only: every command's start would pay for it

    logging.basicConfig()
    raise SystemExit(main())
