"""Exporting a journal: customers as CSV or vCard 4.0, the whole journal as JSON, reminders as
iCalendar (written by `interop.ical`, owned by the reminders work).

    result = export_file(journal, path, "csv", today=None, tag=None, customer_ids=None)

The format comes from *fmt* or the file's extension (`.csv`, `.vcf`/`.vcard`, `.json`, `.ics`).
*tag* or *customer_ids* narrow a CSV or vCard export to a segment or a selection. Files are
written owner-only (0600) through a temporary file that replaces the target only once complete
(`interop.files.private_output`), and never over the journal, its side files or a backup
(`interop.files.refuse_journal_files`). `write_export(journal, out, fmt, ...)` writes to an open text
stream instead (the command line's `export - --format json`). Reading only: one read
transaction, so the app can run it in a worker while the user goes on writing.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO, cast

from custjournal.domain.errors import Field, Hint, UserError
from custjournal.domain.i18n import ErrorText, OpsText
from custjournal.domain.values import format_minor
from custjournal.interop import csvio, vcard
from custjournal.interop.files import private_output, private_path, refuse_journal_files
from custjournal.interop.records import Birthday, Point
from custjournal.store import queries, settings
from custjournal.store.journal import Journal
from custjournal.store.reader import Source

EXPORT_FORMATS = ("csv", "json", "vcard", "ics")
_EXTENSIONS = {".csv": "csv", ".json": "json", ".vcf": "vcard", ".vcard": "vcard", ".ics": "ics"}
_TITLES = {"csv": "CSV", "json": "JSON", "vcard": "vCard", "ics": "iCalendar"}


@dataclass(frozen=True)
class ExportResult:
    path: Path | None
    format: str
    count: int  # customers written (for ics: the events interop.ical wrote)
    message: str


def export_format(path: Path | str, given: str | None = None) -> str:
    """The export format named by *given*, else by *path*'s extension."""
    if given:
        value = given.strip().casefold()
        value = {"vcf": "vcard", "ical": "ics", "icalendar": "ics"}.get(value, value)
        if value not in EXPORT_FORMATS:
            raise UserError(
                ErrorText.tr(
                    "Unknown format '{given}': use one of {allowed}.",
                    given=given,
                    allowed=", ".join(EXPORT_FORMATS),
                )
            )
        return value
    found = _EXTENSIONS.get(Path(path).suffix.casefold())
    if found is None:
        raise UserError(
            ErrorText.tr(
                "Can't tell the format of {name} from its name: it can be csv, json, vcard or ics.",
                name=Path(path).name,
            ),
            field=Field.FORMAT,
            hint=Hint.FORMAT,
        )
    return found


@dataclass
class _Customer:
    row: queries.CustomerRow
    notes: str | None
    updated_at: Any
    points: list[Point]
    birthday: Birthday | None


def _customers(
    session: Source, today: dt.date, tag: str | None, customer_ids: Iterable[int] | None
) -> list[_Customer]:
    rows = queries.customer_rows(session, today, tag=tag)
    if customer_ids is not None:
        wanted = set(customer_ids)
        rows = [r for r in rows if r.id in wanted]
    extra = queries.customer_notes(session)
    points: dict[int, list[Point]] = defaultdict(list)
    for cid, kind, label, value in queries.contact_points(session):
        points[cid].append(Point(kind, value, label))
    birthdays: dict[int, Birthday] = {}
    for cid, text, month, day in queries.important_dates(session):
        found = Birthday.from_fact(text, month, day)
        if found and cid not in birthdays:
            birthdays[cid] = found
    return [
        _Customer(r, extra[r.id][0], extra[r.id][1], points.get(r.id, []), birthdays.get(r.id))
        for r in rows
    ]


def _birthday_text(b: Birthday | None) -> str | None:
    if b is None:
        return None
    return f"{b.year:04d}-{b.month:02d}-{b.day:02d}" if b.year else f"--{b.month:02d}-{b.day:02d}"


def _csv_rows(customers: list[_Customer], currency: str) -> Iterable[dict[str, Any]]:
    for c in customers:
        r = c.row

        def values(kind: str, points: list[Point] = c.points) -> list[str]:
            return [p.value for p in points if p.kind == kind]

        yield {
            "id": r.id,
            "name": r.name,
            "company": r.company,
            "role": r.role,
            "email": r.email,
            "phone": r.phone,
            "other_emails": values("email"),
            "other_phones": values("phone"),
            "addresses": values("address"),
            "urls": values("url"),
            "stage": r.stage,
            "tags": r.tags,
            "birthday": _birthday_text(c.birthday),
            "notes": c.notes,
            "tier": r.tier,
            "added_on": r.added_on.isoformat(),
            "last_contact": r.last_contact.isoformat() if r.last_contact else None,
            "value_12m": format_minor(r.value_12m),
            "currency": currency,
        }


def _cards(customers: list[_Customer]) -> Iterable[vcard.VcardOut]:
    for c in customers:
        r = c.row
        revision = None
        if c.updated_at:
            revision = dt.datetime.fromisoformat(str(c.updated_at)).replace(tzinfo=dt.UTC)
        yield vcard.VcardOut(
            name=r.name,
            company=r.company,
            role=r.role,
            email=r.email,
            phone=r.phone,
            notes=c.notes,
            points=c.points,
            tags=r.tags,
            birthday=c.birthday,
            revision=revision,
        )


def write_export(
    journal: Journal,
    out: TextIO,
    fmt: str,
    *,
    today: dt.date | None = None,
    tag: str | None = None,
    customer_ids: Iterable[int] | None = None,
) -> int:
    """Write the csv, vcard or json export to *out*; returns the number of customers."""
    day = today or dt.date.today()
    with journal.read() as session:
        if fmt == "json":
            if tag or customer_ids is not None:
                raise UserError(
                    ErrorText.tr(
                        "The JSON export is the whole journal: only CSV and vCard take a tag."
                    ),
                    field=Field.TAGS,
                )
            from custjournal.interop import jsonio  # SQLAlchemy's tables: only when asked for

            return jsonio.write_journal(session, out)
        customers = _customers(session, day, tag, customer_ids)
        if fmt == "csv":
            return csvio.write_customers(_csv_rows(customers, settings.currency(session)), out)
        if fmt == "vcard":
            return vcard.write_vcards(_cards(customers), out)
    raise UserError(ErrorText.tr("The {format} export can't be written to a stream.", format=fmt))


def export_file(
    journal: Journal,
    path: Path,
    fmt: str | None = None,
    *,
    today: dt.date | None = None,
    tag: str | None = None,
    customer_ids: Iterable[int] | None = None,
) -> ExportResult:
    """Export to *path* (owner-only, replaced only when complete; never the journal's files)."""
    path = Path(path)
    if journal.file is not None:  # a team journal has no file to be written over
        refuse_journal_files(path, journal.file)
    fmt = export_format(path, fmt)
    day = today or dt.date.today()
    if fmt == "ics":
        if tag or customer_ids is not None:
            raise UserError(
                ErrorText.tr(
                    "The iCalendar export has every reminder: only CSV and vCard take a tag."
                ),
                field=Field.TAGS,
            )
        try:
            from custjournal.interop.ical import export as export_ics
        except ImportError:
            raise UserError(
                ErrorText.tr("This version of Customer Journal can't export iCalendar yet.")
            ) from None
        with private_path(path) as tmp:
            written = export_ics(journal, tmp, day)
        count = written if isinstance(written, int) else 0
        return ExportResult(
            path,
            fmt,
            count,
            OpsText.tr("Exported %n reminder(s) to {path} (iCalendar).", "", count, path=path),
        )
    with private_output(path) as out:
        count = write_export(
            journal, cast(TextIO, out), fmt, today=day, tag=tag, customer_ids=customer_ids
        )
    if fmt == "json":
        said = OpsText.tr(
            "Exported the journal (%n customer(s)) to {path} ({format}).",
            "",
            count,
            path=path,
            format=_TITLES[fmt],
        )
    else:
        said = OpsText.tr(
            "Exported %n customer(s) to {path} ({format}).",
            "",
            count,
            path=path,
            format=_TITLES[fmt],
        )
    return ExportResult(path, fmt, count, said)


def back_up_team(journal: Any, dest: Path | None = None) -> ExportResult:
    """`custjournal backup` and File > Back Up Now on a team database (a `store.team.TeamJournal`):
    a complete JSON export into the user's backups folder for that database (or *dest*: a file,
    or a folder to put it in), readable by the user only. The server's own backups (pg_dump)
    stay the team's safety net: this is a copy of the rows on this computer."""
    from custjournal import paths

    name = f"{journal.target.folder_name}-{dt.datetime.now().strftime('%Y-%m-%d-%H%M%S')}.json"
    if dest is None:
        folder = paths.team_backup_dir(journal.target.folder_name)
        paths.ensure_private_dir(folder)
        path = folder / name
    else:
        path = dest / name if dest.is_dir() else dest
    result = export_file(journal, path, "json")
    path.chmod(0o600)
    return result
