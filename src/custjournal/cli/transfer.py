"""Getting data in and out, and keeping it safe: import, export, backup, restore, check, forget.

Thin, like the rest of the command line: values are checked after parsing (a bad one exits 1
with one sentence), the work is done by ops.imports, interop.exporting and store.backup.
Reading commands (export, check) never create a journal; a dry run writes nothing at all.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from custjournal import ops
from custjournal.cli import bulk, encryption
from custjournal.cli.common import (
    add_command,
    journal_file,
    journal_path,
    journal_target,
    may_replace,
    open_for_reading,
    opened,
    today_of,
    with_hint,
)
from custjournal.domain import matching
from custjournal.domain.errors import UserError
from custjournal.interop import team_backups, terminal
from custjournal.store import backup
from custjournal.store.journal import Journal, note_damage


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    command = functools.partial(add_command, subparsers, common)

    p = command("import", cmd_import, "import contacts (vCard, CSV) or a journal (JSON)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", metavar="FORMAT", help="vcard, csv or json (default: from the name)")
    p.add_argument("--dry-run", action="store_true", help="say what would happen; write nothing")
    p.add_argument(
        "--map",
        metavar="MAPPING",
        action="append",
        default=[],
        help='CSV columns by field, e.g. "name=Full name,email=E-mail 1,phone:mobile=Cell"',
    )

    p = command(
        "export", cmd_export, "export customers (CSV, vCard), the journal (JSON) or reminders (ics)"
    )
    p.add_argument("file", metavar="FILE", help="the file to write, or - for standard output")
    p.add_argument(
        "--format", metavar="FORMAT", help="csv, json, vcard or ics (default: from the name)"
    )
    # --tag, --stage, --ids: only those customers (CSV, vCard), archived ones included.
    bulk.add_selection(p, customer=False)
    p.add_argument("--force", action="store_true", help="replace FILE if it exists, unasked")
    p.add_argument("--today", metavar="DATE", help=argparse.SUPPRESS)

    p = command(
        "copy",
        cmd_copy,
        "copy a whole journal between a file and a team database (ids and history kept)",
    )
    p.add_argument("source", metavar="SOURCE", help="a journal file or a postgresql:// URL")
    p.add_argument(
        "dest", metavar="DEST", help="a new or empty journal file, or an empty team database"
    )

    p = command("backup", cmd_backup, "back up the journal (default: into its backup folder)")
    p.epilog = (
        "The backup folder keeps the newest backup of each of the last 7 days and 4 weeks. "
        "The copies restore keeps (the journal as it was, ending in -before-restore, or a "
        f"damaged journal, ending in -damaged) are not rotated: they stay {backup.SAFETY_DAYS} "
        "days, or until you delete them."
    )
    p.add_argument(
        "file", metavar="FILE", nargs="?", help="a file or folder to write the backup to"
    )

    p = command("restore", cmd_restore, "replace the journal with a backup, after checking it")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="don't ask for confirmation")

    p = command("check", cmd_check, "check the journal's integrity (exit 1 if damaged)")
    p.add_argument(
        "--rebuild-index",
        action="store_true",
        help="rebuild the search index and the derived customer columns from the data",
    )

    p = command("forget", cmd_forget, "erase a customer and everything logged about them")
    p.add_argument("customer", help="a name, or an id such as '#12'")
    p.add_argument("--yes", action="store_true", help="don't ask for confirmation")
    p.add_argument(
        "--backups",
        action="store_true",
        help="erase them from the backups too (a team database: its JSON backups on this computer)",
    )


def _confirm(question: str, yes: bool, flag: str = "--yes") -> None:
    """Ask on the terminal unless --yes; without a terminal, refuse with a sentence."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise UserError(f"{question} Add {flag} to go ahead without being asked (no terminal).")
    if not terminal.ask(question):
        raise UserError("Nothing was changed.")


def _progress(label: str) -> Callable[[int, int], None] | None:
    """A progress line on stderr when it is a terminal; None otherwise."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        terminal.progress_line(f"{label}: {done}/{total}")

    return show


# --- import / export -----------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    from custjournal.interop import csvio
    from custjournal.store.journal import open_journal

    path = Path(args.file)
    fmt = ops.imports.format_of(path, args.format)
    mapping = csvio.parse_mapping(args.map) if args.map else None
    # The whole file is read and checked before the journal is opened (or created).
    source = ops.read_source(path, format=fmt, mapping=mapping)
    for warning in source.warnings:
        print(f"Note: {with_hint(warning, getattr(warning, 'hint', None))}", file=sys.stderr)
    target = journal_target(args)
    if args.dry_run:
        journal = _existing(target)
        try:
            plan = ops.plan_import(journal, source)
        finally:
            if journal is not None:
                journal.close()
        for item in plan.items:
            print(item.describe())
        print(
            f"Dry run, nothing written: {path.name} would add {plan.added}, merge "
            f"{plan.merged} and skip {plan.skipped}."
        )
        return 0
    journal = open_journal(target, create=True)
    try:
        show = _progress(f"Importing {path.name}")
        plan = ops.ImportPlan(source, [], False, list(source.warnings))
        result = ops.apply_import(journal, plan, progress=show)
        if show is not None:
            print(file=sys.stderr)
    finally:
        journal.close()
    print(result.message)
    return 0


def _existing(target: Path | str) -> Journal | None:
    """The journal at *target* if there is one (a dry run creates nothing)."""
    from custjournal.store.journal import JournalMissing, open_journal

    if isinstance(target, Path):
        return open_journal(target, create=False) if target.exists() else None
    try:
        return open_journal(target, create=False)
    except JournalMissing:
        return None


def _place(text: str) -> Path | str:
    """A journal file's path, or a team database's URL, as the command line was given it."""
    from custjournal import paths

    return text if paths.team_url(text) else Path(text).expanduser()


def _shown(place: Path | str) -> str:
    if isinstance(place, Path):
        return str(place)
    from custjournal.store.team import public_url

    return public_url(place)  # never a password


def cmd_copy(args: argparse.Namespace) -> int:
    """The whole journal SOURCE into DEST, through the JSON document an export writes: an
    import into an empty journal keeps ids and timestamps (docs/rules.md, "JSON"), so a copy
    exported gives the same JSON as its source."""
    import io

    from custjournal.interop import exporting, jsonio
    from custjournal.store import queries
    from custjournal.store.journal import open_journal

    source_at, dest_at = _place(args.source), _place(args.dest)
    if _shown(source_at) == _shown(dest_at):
        raise UserError("SOURCE and DEST are the same journal: give another destination.")
    source = opened(open_journal(source_at, create=False))
    dest = _existing(dest_at)
    if dest is not None:
        opened(dest)
        with dest.reader() as found:
            if queries.customer_count(found):
                raise UserError(
                    f"{_shown(dest_at)} already holds customers: a copy goes only into a new "
                    "or empty journal. Nothing was changed."
                )
    if isinstance(source_at, Path) and not isinstance(dest_at, Path):
        # File -> team database: streamed with PostgreSQL's COPY (store/team_copy.py).
        from custjournal.store import team_copy

        if dest is None:
            dest = opened(open_journal(dest_at, create=True))
        show = _progress("Copying rows")
        added = team_copy.copy_file_to_team(source, dest, show)  # type: ignore[arg-type]
        if show is not None:
            print(file=sys.stderr)
    else:
        text = io.StringIO()
        exporting.write_export(source, text, "json")
        document = jsonio.load(text.getvalue())
        if dest is None:
            dest = opened(open_journal(dest_at, create=True))
        added = _put_document(dest, None, document, "Copying")
    print(
        f"Copied {added} customer{'s' if added != 1 else ''} with their history "
        f"from {_shown(source_at)} to {_shown(dest_at)}, with the same ids."
    )
    return 0


def _put_document(dest: Any, source: Path | None, document: Any, doing: str) -> int:
    """A whole journal's JSON document into the empty journal *dest*, every id and timestamp
    kept (`copy`, and `restore` on a team database); how many customers it added."""
    plan = ops.ImportPlan(ops.imports.Source(source, "json", document=document), [], False, [])
    return ops.apply_import(dest, plan, progress=_progress(doing)).added


def cmd_export(args: argparse.Namespace) -> int:
    from custjournal.interop import exporting, files

    to_stdout = args.file == "-"
    if to_stdout and not args.format:
        raise UserError("Writing to standard output needs --format csv, json or vcard.")
    target = Path(args.file).expanduser()
    journal_at = journal_file(args)
    if not to_stdout and journal_at is not None:  # first: never a word about a format for it
        files.refuse_journal_files(target, journal_at)
    fmt = exporting.export_format(args.file, args.format)
    today = today_of(args)
    journal = open_for_reading(args)
    tag = args.select_tag
    customer_ids = None
    if args.select_stage is not None or args.ids is not None:  # a selection (cli/bulk.py)
        customer_ids = bulk.select(journal, args, archived=False, allow_empty=True).ids
        tag = None  # in the selection already
    try:
        if to_stdout:
            if fmt == "ics":
                raise UserError("The iCalendar export needs a file name, not -.")
            out = terminal.data_stream(sys.stdout)  # data, as it is, unless a person reads it
            exporting.write_export(
                journal, out, fmt, today=today, tag=tag, customer_ids=customer_ids
            )
            return 0
        may_replace(target, args.force)
        result = exporting.export_file(
            journal, target, fmt, today=today, tag=tag, customer_ids=customer_ids
        )
    finally:
        journal.close()
    print(result.message)
    encryption.warn_plain_output(args, args.file)
    return 0


# --- backups and integrity -----------------------------------------------------------------


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"


def _backup_team(args: argparse.Namespace) -> int:
    """backup on a team database: a complete JSON export into the backups folder (or FILE)."""
    from custjournal.interop import exporting
    from custjournal.store import team

    journal = open_for_reading(args)
    assert isinstance(journal, team.TeamJournal)
    dest = Path(args.file).expanduser() if args.file else None
    if dest is not None and not dest.is_dir():
        may_replace(dest, False)
    result = exporting.back_up_team(journal, dest)
    print(
        f"{result.message} That is a complete JSON export of {journal.name}; the server's own "
        "backups (pg_dump) remain the team's safety net."
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    if journal_file(args) is None:
        return _backup_team(args)
    journal = journal_path(args)
    dest = Path(args.file) if args.file else None
    show = _progress("Backing up")
    if dest is None:
        info = backup.back_up(journal, progress=show)
        made, size = info.path, info.size
    else:
        made = backup.backup_now(journal, dest, progress=show)
        size = made.stat().st_size
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Backed up {journal} to {made} ({_size(size)}).")
    return 0


def _restore_team(args: argparse.Namespace) -> int:
    """restore on a team database: a JSON backup (what `backup` writes for one) into an empty
    team database, every id and timestamp kept, as `copy` fills one. A database that holds
    customers is refused, so a restore never replaces anyone's work on the server; the
    server's own backups (pg_dump) are restored with PostgreSQL's tools."""
    from custjournal import paths
    from custjournal.interop import jsonio
    from custjournal.store import queries
    from custjournal.store.journal import open_journal
    from custjournal.store.team import public_url

    url = paths.team_url(args.journal)
    assert url is not None
    source = Path(args.file).expanduser()
    if not source.is_file():
        raise UserError(f"There is no backup at {source}: check the path.")
    data = source.read_bytes()
    if data.startswith(b"SQLite format 3\0"):
        raise UserError(
            f"{source} is a journal file, not a team database's JSON backup: put it into the "
            f"team database with 'custjournal copy {source} URL'. Nothing was changed."
        )
    try:
        document = jsonio.load(data)
    except UserError as exc:
        reason = str(exc).removesuffix(" Nothing was imported.")
        raise UserError(
            f"{source} can't be restored: it is not a JSON backup of a journal ({reason}). "
            "The team database was left as it was."
        ) from None
    dest = _existing(url)
    name = dest.name if dest is not None else public_url(url)
    if dest is not None:
        opened(dest)
        with dest.reader() as found:
            if queries.customer_count(found):
                raise UserError(
                    f"{name} already holds customers: a backup is restored only into an empty "
                    "team database, so nobody's work is replaced. Restore it into a new "
                    "database, or use the server's own backups (pg_dump). Nothing was changed."
                )
    n = len(document.customers)
    _confirm(
        f"Restore {source} ({n} customer{'s' if n != 1 else ''}) into {name}?",
        args.yes,
    )
    if dest is None:
        dest = opened(open_journal(url, create=True))
    added = _put_document(dest, source, document, "Restoring")
    print(
        f"Restored {added} customer{'s' if added != 1 else ''} with their history from "
        f"{source} into {dest.name}, with the same ids."
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    if journal_file(args) is None:
        return _restore_team(args)
    journal = journal_path(args)
    source = Path(args.file)
    if not source.is_file():
        raise UserError(f"There is no backup at {source}: check the path.")
    report = backup.check(source)
    if not report.data_ok:
        raise UserError(
            f"{source} can't be restored: {'; '.join(report.problems)}. "
            "The journal was left as it was."
        )
    held = f" ({bulk.customer_count(report.customers)})" if report.customers is not None else ""
    _confirm(
        f"Replace the journal {journal} with {source}{held}? "
        "The journal as it is now is backed up first.",
        args.yes,
    )
    result = backup.restore(journal, source)
    print(result.message)
    return 0


def _check_team(args: argparse.Namespace) -> int:
    """check on a team database: what the journal keeps beside the entries (the server keeps
    its own storage and constraints: pg_amcheck, and its backups, are the team's to run)."""
    from custjournal.store import team

    journal = open_for_reading(args)
    assert isinstance(journal, team.TeamJournal)
    if args.rebuild_index:
        team.rebuild_index(journal)
    customers, problems = team.index_problems(journal)
    name = journal.name[0].upper() + journal.name[1:]
    if not problems:
        print(
            f"{name} is healthy: its search index and derived columns check out "
            f"({bulk.customer_count(customers)}). The server's own checks (pg_amcheck) and backups "
            "(pg_dump) look after the rest."
        )
        return 0
    lines = [f"{name} has problems:", *(f"- {p}" for p in problems)]
    lines.append("Run 'custjournal check --rebuild-index' to make them again from the entries.")
    print("\n".join(lines), file=sys.stderr)
    return 1


def cmd_check(args: argparse.Namespace) -> int:
    if journal_file(args) is None:
        return _check_team(args)
    journal = journal_path(args)
    report = backup.check(journal)
    # What it found holds for every later opening: a damaged journal opens read-only.
    note_damage(journal, not report.data_ok)
    if args.rebuild_index:
        if not report.data_ok:
            print(with_hint(report.summary(), report.hint), file=sys.stderr)
            return 1
        backup.rebuild_index(journal)
        report = backup.check(journal)
    if report.ok:
        print(report.summary())
        return 0
    print(with_hint(report.summary(), report.hint), file=sys.stderr)
    return 1


# --- privacy -------------------------------------------------------------------------------


def _in_journal(query: str, candidates: list[matching.Candidate]) -> bool:
    """Whether *query* names anyone in the journal (one customer or several)."""
    wanted = matching.parse_id(query)
    if wanted is not None:
        return any(c.id == wanted for c in candidates)
    return bool(query.strip()) and bool(matching.match(query, candidates))


def cmd_forget(args: argparse.Namespace) -> int:
    from custjournal.store import queries

    path = journal_file(args)
    journal = open_for_reading(args)
    folder_name = None if path is not None else journal.target.folder_name  # type: ignore[attr-defined]
    try:
        with journal.read() as session:
            candidates = queries.candidates(session)
        # Only a customer the journal does not know at all is looked for in the backups
        # alone: an ambiguous name, or a journal that can't be read, stops here with its
        # sentence, before anything is erased anywhere.
        if path is not None and args.backups and not _in_journal(args.customer, candidates):
            journal.close()
            return _forget_in_backups_only(path, args, candidates)
        if folder_name is not None and args.backups and not _in_journal(args.customer, candidates):
            journal.close()
            return _forget_in_team_backups_only(folder_name, args, candidates)
        customer = matching.resolve(args.customer, candidates)
        # With when they were added: what knows them in backups under an older name.
        with journal.read() as session:
            customer = queries.candidate(session, customer.id) or customer
        described = customer.describe()
        also = ""
        if path is not None and args.backups:
            n = len(backup.backups_holding(path, customer.id, customer.name, customer.added))
            also = f" from the journal and {n} backup{'s' if n != 1 else ''}" if n else ""
        elif folder_name is not None and args.backups:
            n = len(
                team_backups.exports_holding(
                    folder_name, customer.id, customer.name, customer.added
                )
            )
            also = (
                f" from the team database and {n} JSON backup{'s' if n != 1 else ''} on this "
                "computer"
                if n
                else ""
            )
        _confirm(
            f"Erase {described} and everything logged about them{also}? This can't be undone.",
            args.yes,
        )
        # The journal first: if this fails (busy, read-only), it raises and no backup is
        # touched.
        result = ops.forget_customer(journal, customer.id)
    finally:
        journal.close()
    print(result.message)
    if path is not None:
        _backups_after_forget(path, customer, args.backups)
    elif folder_name is not None:
        _team_backups_after_forget(folder_name, customer, args.backups)
    return 0


def _team_backups_after_forget(folder_name: str, customer: matching.Candidate, erase: bool) -> None:
    """The team database's JSON backups on this computer (`backup` writes them), as
    _backups_after_forget does for a journal file's backups; and what this can't reach."""
    from custjournal import paths

    beyond = (
        "The server's own backups (pg_dump) and JSON backups on colleagues' computers may "
        "still hold them: erase them there as your team keeps those."
    )
    if erase:
        erased = team_backups.erase_from_exports(
            folder_name, customer.id, customer.name, customer.added
        )
        n = len(erased)
        if erased:
            removed = len(erased.removed)
            print(
                f"Erased them from {n} JSON backup{'s' if n != 1 else ''} on this computer too."
                + (
                    f" {removed} unreadable one{'s' if removed != 1 else ''} holding the name "
                    f"{'were' if removed != 1 else 'was'} deleted instead."
                    if removed
                    else ""
                )
                + " "
                + beyond
            )
        else:
            print(f"No JSON backup on this computer holds them. {beyond}")
        return
    held = team_backups.exports_holding(folder_name, customer.id, customer.name, customer.added)
    if held:
        n = len(held)
        print(
            f"{n} JSON backup{'s' if n != 1 else ''} of the team database on this computer "
            f"still hold{'s' if n == 1 else ''} {customer.name} (in "
            f"{paths.team_backup_dir(folder_name)}); to erase them there too, run: "
            f"custjournal forget '#{customer.id}' --backups --yes. {beyond}"
        )
    else:
        print(beyond)


def _backups_after_forget(path: Path, customer: matching.Candidate, erase: bool) -> None:
    if erase:
        erased = backup.erase_from_backups(path, customer.id, customer.name, customer.added)
        if erased:
            print(
                f"Erased them from {len(erased)} backup{'s' if len(erased) != 1 else ''} too."
                + erased.sentence()
            )
        else:
            print("No backup holds them.")
        return
    held = backup.backups_holding(path, customer.id, customer.name, customer.added)
    if held:
        n = len(held)
        print(
            f"{n} backup{'s' if n != 1 else ''} still hold{'s' if n == 1 else ''} "
            f"{customer.name} (in {held[0].parent}); to erase them there too, run: "
            f"custjournal forget '#{customer.id}' --backups --yes"
        )


def _known_by_name_only(
    customer: matching.Candidate, present: list[matching.Candidate]
) -> matching.Candidate:
    """A customer found in backups alone, known there by id and name only when their id is in
    the journal now (someone else's, or theirs under another name: `forget` that one), and by
    the moment they were added as well otherwise (renamed before they were erased)."""
    if any(c.id == customer.id for c in present):
        return dataclasses.replace(customer, added=None)
    return customer


def _forget_in_team_backups_only(
    folder_name: str, args: argparse.Namespace, in_database: list[matching.Candidate]
) -> int:
    """`forget --backups` on a team database for a customer already gone from it: the team's
    JSON backups on this computer."""
    present = {(c.id, " ".join(c.name.casefold().split())) for c in in_database}
    candidates = [
        c
        for c in team_backups.export_candidates(folder_name)
        if (c.id, " ".join(c.name.casefold().split())) not in present
    ]
    if not candidates:
        raise UserError(
            f"No customer matches '{args.customer}', in the team database or its JSON backups "
            "on this computer."
        )
    customer = _known_by_name_only(matching.resolve(args.customer, candidates), in_database)
    n = len(team_backups.exports_holding(folder_name, customer.id, customer.name, customer.added))
    _confirm(
        f"{customer.describe()} is no longer in the team database; erase them from {n} JSON "
        f"backup{'s' if n != 1 else ''} on this computer? This can't be undone.",
        args.yes,
    )
    _team_backups_after_forget(folder_name, customer, erase=True)
    return 0


def _forget_in_backups_only(
    path: Path, args: argparse.Namespace, in_journal: list[matching.Candidate]
) -> int:
    """`forget --backups` for a customer already gone from the journal."""
    present = {(c.id, " ".join(c.name.casefold().split())) for c in in_journal}
    candidates = [
        c
        for c in backup.backup_candidates(path)
        if (c.id, " ".join(c.name.casefold().split())) not in present
    ]
    if not candidates:
        raise UserError(f"No customer matches '{args.customer}', in the journal or its backups.")
    customer = _known_by_name_only(matching.resolve(args.customer, candidates), in_journal)
    held = backup.backups_holding(path, customer.id, customer.name, customer.added)
    n = len(held)
    _confirm(
        f"{customer.describe()} is no longer in the journal; erase them from {n} "
        f"backup{'s' if n != 1 else ''}? This can't be undone.",
        args.yes,
    )
    erased = backup.erase_from_backups(path, customer.id, customer.name, customer.added)
    print(
        f"Erased {customer.name} from {len(erased)} backup{'s' if len(erased) != 1 else ''}."
        + erased.sentence()
    )
    return 0
