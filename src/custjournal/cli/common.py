"""Shared pieces of the command line: parser class, opening the journal, finding a customer."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shlex
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from custjournal import paths
from custjournal.domain.errors import Field, Hint, UserError
from custjournal.domain.values import NAME_LIMIT, check_length, parse_date
from custjournal.interop import readable_json, terminal
from custjournal.store import queries
from custjournal.store.journal import Journal, JournalMissing, open_journal

if TYPE_CHECKING:  # loaded by find_customer: `due` and `list` find no one by name
    from custjournal.domain import matching

# The one table of the command line's flags by what a sentence is about (domain/errors.py):
# `said` puts the flag in front of a lower layer's sentence when the command has that option.
FIELD_FLAGS: dict[str, str] = {
    Field.DATE: "--on",
    Field.EVENT_DATE: "--event-date",
    Field.INVITATION_DATE: "--invited-on",
    Field.UNTIL: "--until",
    Field.STAGE: "--stage",
    Field.CADENCE: "--cadence",
    Field.TAGS: "--tag",
    Field.CHANNEL: "--channel",
    Field.PROMISE: "--promise",
    Field.DUE: "--due",
    Field.CATEGORY: "--category",
    Field.DAY_OF_YEAR: "--date",
    Field.KIND: "--kind",
    Field.AMOUNT: "--amount",
    Field.COST: "--cost",
    Field.CURRENCY: "--currency",
    Field.FORMAT: "--format",
    Field.MAPPING: "--map",
}
# How the command line says each suggested action.
HINTS: dict[Hint, str] = {
    Hint.CUSTOM_KIND: "Add --custom to keep your own kind as written.",
    Hint.FORMAT: "Say which with --format.",
    Hint.MAP_COLUMNS: 'Say which column is which with --map, for example --map "name=Full name,'
    'email=E-mail 1".',
    Hint.KEEP_COLUMNS: "Map them with --map to keep them.",
    Hint.LIST_IDS: "'custjournal list' shows the ids.",
    Hint.SHOW_ENTRIES: "'custjournal show' lists them with their ids.",
    Hint.CHECK: "Then run 'custjournal check'.",
    Hint.RESTORE: "To go back to a backup: 'custjournal restore FILE'.",
    Hint.REBUILD_INDEX: "Rebuild them with 'custjournal check --rebuild-index'.",
    Hint.OTHER_JOURNAL: "Name the journal's file with --journal.",
    Hint.ENCRYPT: "Encrypt it with 'custjournal encrypt'.",
    Hint.CHANGE_PASSPHRASE: "To change its passphrase: 'custjournal passphrase'.",
    Hint.MATCH_ENCRYPTION: "Use 'custjournal encrypt' or 'custjournal decrypt' first, then "
    "restore.",
    Hint.PASSPHRASE_SOURCE: "Type it on a terminal, or give it with CUSTJOURNAL_PASSPHRASE_FILE "
    "or --passphrase-fd in scripts.",
}

JOURNAL_HELP = (
    "the journal file (default: $CUSTJOURNAL_JOURNAL, else journal.sqlite3 in your data folder)"
)


class CommandParser(argparse.ArgumentParser):
    """argparse, with the usage error on one line and exit status 2."""

    # True while `build_parser` adds the options: argparse builds a help formatter for each
    # one only to check its metavar, and a formatter without a width asks the terminal for
    # its size (loading shutil, with bz2 and lzma): 7 M instructions of `due`'s 1,043 M.
    building = False

    def _get_formatter(self) -> argparse.HelpFormatter:
        if CommandParser.building:
            return argparse.HelpFormatter(prog=self.prog, width=80)  # a metavar checked
        return super()._get_formatter()

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {message}. Try '{self.prog} --help'.\n")


def add_command(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    name: str,
    func: Callable[[argparse.Namespace], int],
    help_text: str,
) -> argparse.ArgumentParser:
    """The subcommand *name*, run by *func*, with the shared options and its help as its
    description. Each area's `register` binds the first two: partial(add_command, ...)."""
    p = subparsers.add_parser(name, help=help_text, description=help_text, parents=[common])
    p.set_defaults(func=func, command_parser=p)
    return p


def said(error: UserError, args: argparse.Namespace | None = None) -> str:
    """*error*'s sentence as the command line says it: the flag it is about in front (when the
    command has that option and the sentence does not name it already), its hint after."""
    text = with_hint(error.message, error.hint)
    if error.hint is Hint.OTHER_JOURNAL:
        text = f"{error.message} {journal_hint(args)}"
        if isinstance(error, JournalMissing) and journal_named(args) and not _team(args):
            # The user named this path: the sentence says what to do with it ("add a customer
            # to start one" alone reads as if the journal were elsewhere).
            text = _named_missing(error.message, args)
    flag = FIELD_FLAGS.get(error.field or "")
    parser = getattr(args, "command_parser", None)
    if flag and flag not in text and parser is not None and flag in parser._option_string_actions:
        # The sentence goes on after the flag and its colon, in lower case as after any colon
        # ("--on: the conversation date ..."); one that opens with a value or a name keeps it.
        text = f"{flag}: {_after_colon(error.message, text)}"
    return text


def _after_colon(message: str, text: str) -> str:
    """*text* (which begins with *message*) as it reads after a colon: its first word in lower
    case when that is an ordinary word of the sentence ("The", "Unknown"), not a value put into
    it, a name ("Customer Journal") or an abbreviation ("CSV")."""
    source = getattr(message, "source", message)
    first = source.split(" ", 1)[0]
    if (
        len(first) > 1
        and first[0].isupper()
        and first[1:].replace("'", "").isalpha()
        and first[1:].islower()
        and not source.startswith(PROPER_OPENINGS)
        and text.startswith(first)
    ):
        return first[0].lower() + text[1:]
    return text


# Sentences that open with a name, which keeps its capital after a colon.
PROPER_OPENINGS = ("Customer Journal", "PostgreSQL", "SQLite", "SQLCipher")


def journal_named(args: argparse.Namespace | None) -> bool:
    """Whether the user named the journal with --journal (not the default or the variable)."""
    return bool(getattr(args, "journal", None))


def journal_hint(args: argparse.Namespace | None) -> str:
    """What to do about the wrong journal file, by how the user chose it: a named one is checked,
    one from the variable is said to come from it; otherwise one is named."""
    if journal_named(args):
        if _team(args):  # its URL may hold a password: never repeated
            return "Check the database given with --journal."
        return "Check the path given with --journal."
    if os.environ.get(paths.JOURNAL_ENV):
        return (
            f"The path comes from ${paths.JOURNAL_ENV}: check it, or name the journal's file "
            "with --journal."
        )
    return HINTS[Hint.OTHER_JOURNAL]


def _team(args: argparse.Namespace | None) -> bool:
    return paths.team_url(getattr(args, "journal", None)) is not None


def _named_missing(message: str, args: argparse.Namespace | None) -> str:
    """*message* (no journal at the path, or an empty file) for a path named with --journal:
    what it says is wrong, then check the path or start a journal there."""
    source = getattr(message, "source", message)
    found = getattr(message, "args", None) or {}
    head = source.split(": ", 1)[0].format_map(found) if "path" in found else message
    path = shlex.quote(str(getattr(args, "journal", "")))
    return (
        f"{head}: check the path given with --journal, or start a new journal there with "
        f"'custjournal --journal {path} add NAME'."
    )


def with_hint(text: str, hint: Hint | None) -> str:
    """*text* followed by the command line's wording of *hint* (a UserError's or a Note's)."""
    return f"{text} {HINTS[hint]}" if hint is not None else text


def journal_path(args: argparse.Namespace) -> Path:
    """The journal file the command works on (a team database is refused: see open_for_*)."""
    if paths.team_url(getattr(args, "journal", None)) is not None:
        raise UserError(
            "This command works on a journal file only, not yet on a team database: "
            "give a journal file."
        )
    return paths.resolve_journal(getattr(args, "journal", None))


def journal_target(args: argparse.Namespace) -> Path | str:
    """The journal file, or the team database's URL (store/team.py), the command works on."""
    url = paths.team_url(getattr(args, "journal", None))
    return url if url is not None else journal_path(args)


def journal_file(args: argparse.Namespace) -> Path | None:
    """The journal file the command works on; None for a team database (no file to guard)."""
    return None if paths.team_url(getattr(args, "journal", None)) else journal_path(args)


def _open(args: argparse.Namespace, *, create: bool) -> Journal:
    url = paths.team_url(getattr(args, "journal", None))
    if url is not None:
        return opened(open_journal(url, create=create))
    return opened(open_journal(journal_path(args), create=create))


# The journals a command opened, closed by main when the command ends: a connection left to
# the garbage collector closes (and checkpoints its WAL into the file) at a moment nobody
# chose, and holds the file busy for a conversion that follows in the same process.
_opened: list[Journal] = []


def opened(journal: Journal) -> Journal:
    """*journal*, to be closed when the command ends."""
    _opened.append(journal)
    return journal


def close_opened() -> None:
    """Close every journal the command opened (main's last step, whatever happened)."""
    while _opened:
        journal = _opened.pop()
        try:
            journal.close()
        except Exception:  # noqa: BLE001 - closing never turns a result into a failure
            pass


def open_for_reading(args: argparse.Namespace) -> Journal:
    """Open an existing journal; a missing one is an error and nothing is created."""
    return _open(args, create=False)


def open_for_writing(args: argparse.Namespace) -> Journal:
    return _open(args, create=True)


def find_customer(journal: Journal, query: str) -> matching.Candidate:
    from custjournal.domain import matching

    # No name is longer than NAME_LIMIT, so neither is a query that can find one.
    check_length(query, "customer to look for", limit=NAME_LIMIT)
    with journal.reader() as source:
        wanted = matching.parse_id(query)
        if wanted is not None:  # `#12`: that one row, not every customer's
            found = queries.candidate(source, wanted)
            return matching.resolve(query, [] if found is None else [found])
        return matching.resolve(query, queries.candidates(source))


def today_of(args: argparse.Namespace) -> dt.date:
    value = getattr(args, "today", None)
    return parse_date(value, what="--today date") if value else dt.date.today()


def optional_date(
    value: str | None,
    what: str,
    *,
    allow_future: bool = False,
    today: dt.date | None = None,
    field: str | None = None,
) -> dt.date | None:
    """*value* read as a date named *what*; *field* (a `Field`) says which option gave it."""
    if value is None:
        return None
    return parse_date(value, today=today, what=what, allow_future=allow_future, field=field)


def print_json(document: Any) -> None:
    # One write, not json.dump's thousands of small ones, each through the output filter.
    sys.stdout.write(readable_json.dumps(document, default=_json_default))


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def fail(message: str) -> NoReturn:
    raise UserError(message)


def may_replace(path: Path, force: bool) -> None:
    """Before an output replaces an existing file: --force, or a yes on the terminal.

    Without a terminal (a script) and without --force, a sentence naming --force: a script
    that overwrote a file by mistake could not take it back.
    """
    if force or not (path.exists() or path.is_symlink()) or path.is_dir():
        return  # (a folder is refused by the writer, with its own sentence)
    if not sys.stdin.isatty():
        raise UserError(f"{path} already exists: add --force to replace it.")
    if not terminal.ask(f"{path} already exists. Replace it?"):
        raise UserError(f"Nothing was written: {path} is as it was.")
