"""CSV in (our own export, Google Contacts, Outlook, anything else by a column mapping) and out.

Reading, for the command line and the app's import with its mapping step:

    header, rows = peek(path, 5)               # column names and first rows, for a mapping screen
    layout = detect_layout(header)             # "custjournal", "google", "outlook" or None
    guesses = guess_mapping(header)            # else a first guess per column, by its name
    pairs = parse_mapping("name=Full name,email=E-mail 1")   # or built by the app
    contacts = read_file(path, mapping=pairs)  # -> ContactFile; UserError names the line

A file's layout is recognised from its header: Google Contacts (both the current export and the
older "Google CSV"), Outlook (desktop and Outlook.com, English headers), and ours — any file with
a column called `name`, so a hand-made sheet with `name,email,phone` columns works too. Any other
file needs a mapping: `FIELD=COLUMN` pairs separated by commas (a comma followed by a field name
and `=` starts the next pair, so column names may hold commas). FIELD is one of `MAP_FIELDS`;
`email`, `phone`, `address` and `url` may be given several times and may carry a label:
`phone:mobile=Cell`. A mapping also overrides a recognised layout.

Files may be comma-, semicolon- or tab-separated (from the header line), in UTF-8 (with or
without BOM), UTF-16 with BOM or Windows-1252. A cell with several values holds one per line
(ours) or separated by ` ::: ` (Google). Values that are merely odd (a birthday that is not a
date, an unknown stage) are left out with a warning; a row that CSV can't parse, or that has
more values than the header has columns, stops the file with a UserError naming its line.

Writing: `write_customers(rows, out)` writes `EXPORT_COLUMNS` (UTF-8 with a BOM, so Excel reads
accents right; RFC 4180 quoting and CRLF). Cells that a spreadsheet would run as a formula get a
leading apostrophe, which this reader takes off again.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from custjournal.domain import vocab
from custjournal.domain.errors import Field, Hint, Note, UserError
from custjournal.domain.i18n import ErrorText
from custjournal.interop.files import CSV_FILE, decode_text, read_bytes
from custjournal.interop.records import (
    Birthday,
    ContactFile,
    ContactRecord,
    Point,
    Skipped,
    clean_text,
    fallback_name,
    is_user_tag,
    join_name,
    parse_birthday,
)

__all__ = [
    "EXPORT_COLUMNS",
    "MAP_FIELDS",
    "Rule",
    "Layout",
    "peek",
    "detect_layout",
    "parse_mapping",
    "layout_for",
    "read_file",
    "read_csv",
    "write_customers",
]

# Our export's columns. Multi-value cells hold one value per line.
EXPORT_COLUMNS = (
    "id",
    "name",
    "company",
    "role",
    "email",
    "phone",
    "other_emails",
    "other_phones",
    "addresses",
    "urls",
    "stage",
    "tags",
    "birthday",
    "notes",
    "tier",
    "added_on",
    "last_contact",
    "value_12m",
    "currency",
)
# Columns of ours that an import reads back; the rest are figures the journal works out itself.
_EXPORT_ONLY = {"id", "tier", "added_on", "last_contact", "value_12m", "currency"}

# Fields a column can be mapped to (`--map FIELD=COLUMN`).
MAP_FIELDS = (
    "name",
    "first_name",
    "middle_name",
    "last_name",
    "prefix",
    "suffix",
    "company",
    "role",
    "email",
    "phone",
    "address",
    "url",
    "notes",
    "birthday",
    "tags",
    "stage",
)
_FIELD_ALIASES = {"title": "role", "job_title": "role", "website": "url", "note": "notes"}
_POINT_FIELDS = {"email", "phone", "address", "url"}
_MULTI_FIELDS = _POINT_FIELDS | {"tags"}


@dataclass(frozen=True)
class Rule:
    """Read *field* from the columns at *columns* (an address may join several parts)."""

    field: str
    columns: tuple[int, ...]
    label: str | None = None
    label_column: int | None = None


@dataclass
class Layout:
    key: str  # custjournal, google, outlook, mapped
    title: str
    rules: list[Rule] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # columns nothing reads


def _key(text: str) -> str:
    return " ".join(text.strip().strip("\ufeff").casefold().split())


def _field_name(text: str) -> str:
    return "_".join(text.strip().casefold().replace("-", " ").replace("_", " ").split())


# --- reading the raw table -----------------------------------------------------------------


def _sniff_delimiter(first_line: str) -> str:
    counts = {d: 0 for d in ",;\t"}
    quoted = False
    for ch in first_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


@dataclass
class _Table:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (line number where the row starts, cells)


def _read_table(text: str, name: str) -> _Table:
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = _sniff_delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    line = 1
    try:
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                break
            start, line = line, reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = [c.strip().strip("\ufeff") for c in cells]
                continue
            if len(cells) > len(header):
                if any(c.strip() for c in cells[len(header) :]):
                    raise UserError(
                        ErrorText.tr(
                            "Line {line} of {name} has {values} values but the header names "
                            "{columns} columns: check the line's quotes and separators. "
                            "Nothing was imported.",
                            line=start,
                            name=name,
                            values=len(cells),
                            columns=len(header),
                        )
                    )
                cells = cells[: len(header)]
            rows.append((start, cells + [""] * (len(header) - len(cells))))
    except csv.Error as exc:
        raise UserError(
            ErrorText.tr(
                "Line {line} of {name} can't be read as CSV ({reason}). Nothing was imported.",
                line=line,
                name=name,
                reason=str(exc),
            )
        ) from None
    if header is None:
        raise UserError(ErrorText.tr("{name} is empty: there is nothing to import.", name=name))
    return _Table(header, rows)


def peek(path: Path, rows: int = 5) -> tuple[list[str], list[list[str]]]:
    """The column names and the first *rows* rows of a CSV file, each as long as the header
    (for the app's mapping step). A file the importer would refuse is refused here, naming
    the line, so the mapping step never shows one."""
    text = decode_text(read_bytes(Path(path), CSV_FILE))
    table = _read_table(text, Path(path).name)
    return table.header, [cells for _line, cells in table.rows[:rows]]


# --- layouts -------------------------------------------------------------------------------


def detect_layout(header: Sequence[str]) -> str | None:
    """Which known layout *header* is: "google", "outlook", "custjournal", or None."""
    keys = {_key(h) for h in header}
    if "e-mail 1 - value" in keys or "phone 1 - value" in keys:
        if {"first name", "last name"} <= keys or {"given name", "family name"} <= keys:
            return "google"
    if {"first name", "last name"} <= keys and (
        "e-mail address" in keys or "business phone" in keys or "mobile phone" in keys
    ):
        return "outlook"
    if "name" in keys:
        return "custjournal"
    return None


# Words in a column's name, most telling first, and the field they suggest.
_GUESSES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("e-mail", "email", "mail"), "email"),
    (("mobil", "cell", "handy"), "phone:mobile"),
    (("phone", "tel", "fax"), "phone"),
    (("first", "given", "forename", "vorname", "prénom", "prenom"), "first_name"),
    (("last", "surname", "family", "nachname"), "last_name"),
    (("middle",), "middle_name"),
    (
        (
            "company",
            "organisation",
            "organization",
            "firm",
            "business",
            "employer",
            "account",
            "firma",
            "société",
            "societe",
            "entreprise",
        ),
        "company",
    ),
    (("job", "title", "role", "position"), "role"),
    (("birth", "dob", "born", "geburt"), "birthday"),
    (("address", "street", "adresse"), "address"),
    (("web", "url", "homepage", "site"), "url"),
    (("note", "notiz", "comment", "remark", "bemerkung", "memo"), "notes"),
    (("tag", "label", "group", "categor"), "tags"),
    (("stage",), "stage"),
    (("name", "contact", "customer", "client", "person"), "name"),
)
# Fields one column fills; a second column with the same guess is left out rather than ignored.
_SINGLE = {
    "name",
    "first_name",
    "middle_name",
    "last_name",
    "company",
    "role",
    "birthday",
    "notes",
    "stage",
}


def guess_mapping(header: Sequence[str]) -> list[str | None]:
    """A first guess for each column (a mapping target or None), from the column's name."""
    taken: set[str] = set()
    out: list[str | None] = []
    for column in header:
        key = " ".join(column.casefold().replace("_", " ").split())
        guess = None
        for words, target in _GUESSES:
            # A word must start where a word of the column's name starts: "Geburtstag" is a
            # birthday, not a tag.
            if any(re.search(rf"(?<![^\W\d_]){re.escape(w)}", key) for w in words):
                guess = target
                break
        if guess in _SINGLE and guess in taken:
            guess = None
        if guess is not None:
            taken.add(guess)
        out.append(guess)
    return out


_OUTLOOK_POINTS = (
    ("e-mail address", "email", None),
    ("e-mail 2 address", "email", None),
    ("e-mail 3 address", "email", None),
    ("mobile phone", "phone", "mobile"),
    ("business phone", "phone", "work"),
    ("business phone 2", "phone", "work"),
    ("home phone", "phone", "home"),
    ("home phone 2", "phone", "home"),
    ("primary phone", "phone", None),
    ("company main phone", "phone", "company"),
    ("other phone", "phone", "other"),
    ("car phone", "phone", "car"),
    ("assistant's phone", "phone", "assistant"),
    ("pager", "phone", "pager"),
    ("business fax", "phone", "work fax"),
    ("home fax", "phone", "home fax"),
    ("other fax", "phone", "fax"),
    ("web page", "url", None),
    ("personal web page", "url", "personal"),
    ("business web page", "url", "work"),
)
_OUTLOOK_FIELDS = (
    ("title", "prefix"),
    ("first name", "first_name"),
    ("middle name", "middle_name"),
    ("last name", "last_name"),
    ("suffix", "suffix"),
    ("company", "company"),
    ("job title", "role"),
    ("birthday", "birthday"),
    ("notes", "notes"),
    ("categories", "tags"),
)
_ADDRESS_PARTS = ("street", "street 2", "street 3", "po box", "city", "state", "postal code")


def _outlook(index: dict[str, int]) -> list[Rule]:
    rules = [Rule(f, (index[c],)) for c, f in _OUTLOOK_FIELDS if c in index]
    rules += [Rule(kind, (index[c],), label) for c, kind, label in _OUTLOOK_POINTS if c in index]
    for prefix, label in (("business", "work"), ("home", "home"), ("other", "other")):
        parts = [f"{prefix} {p}" for p in _ADDRESS_PARTS] + [f"{prefix} country/region"]
        cols = tuple(index[p] for p in parts if p in index)
        if cols:
            rules.append(Rule("address", cols, label))
    return rules


_GOOGLE_NUMBERED = re.compile(r"^(e-mail|phone|address|website|organization) (\d+) - (.+)$")
_GOOGLE_FIELDS = (
    ("name", "name"),
    ("first name", "first_name"),
    ("given name", "first_name"),
    ("middle name", "middle_name"),
    ("additional name", "middle_name"),
    ("last name", "last_name"),
    ("family name", "last_name"),
    ("name prefix", "prefix"),
    ("name suffix", "suffix"),
    ("organization name", "company"),
    ("organization title", "role"),
    ("birthday", "birthday"),
    ("notes", "notes"),
    ("labels", "tags"),
    ("group membership", "tags"),
)
_GOOGLE_KIND = {"e-mail": "email", "phone": "phone", "website": "url", "address": "address"}
_GOOGLE_ADDRESS_PARTS = ("street", "extended address", "po box", "city", "region", "postal code")


def _google(index: dict[str, int]) -> list[Rule]:
    rules = [Rule(f, (index[c],)) for c, f in _GOOGLE_FIELDS if c in index]
    numbered: dict[tuple[str, int], dict[str, int]] = {}
    for key, col in index.items():
        m = _GOOGLE_NUMBERED.match(key)
        if m:
            numbered.setdefault((m.group(1), int(m.group(2))), {})[m.group(3)] = col
    for (what, _n), cols in sorted(numbered.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        label_col = cols.get("label", cols.get("type"))
        if what == "organization":
            if "name" in cols:
                rules.append(Rule("company", (cols["name"],)))
            if "title" in cols:
                rules.append(Rule("role", (cols["title"],)))
        elif what == "address":
            if "formatted" in cols:
                rules.append(Rule("address", (cols["formatted"],), label_column=label_col))
            else:
                parts = [cols[p] for p in _GOOGLE_ADDRESS_PARTS if p in cols]
                if "country" in cols:
                    parts.append(cols["country"])
                if parts:
                    rules.append(Rule("address", tuple(parts), label_column=label_col))
        elif "value" in cols:
            rules.append(Rule(_GOOGLE_KIND[what], (cols["value"],), label_column=label_col))
    return rules


def _ours(index: dict[str, int]) -> list[Rule]:
    simple = {
        "name": "name",
        "company": "company",
        "role": "role",
        "email": "email",
        "phone": "phone",
        "other_emails": "email",
        "other_phones": "phone",
        "addresses": "address",
        "urls": "url",
        "stage": "stage",
        "tags": "tags",
        "birthday": "birthday",
        "notes": "notes",
    }
    rules = []
    for column, target in simple.items():
        if column in index:
            rules.append(Rule(target, (index[column],)))
    # A hand-made sheet may say "title" or "website" for what we call role and url.
    for alias, target in (("title", "role"), ("job title", "role"), ("website", "url")):
        if alias in index and not any(r.field == target for r in rules):
            rules.append(Rule(target, (index[alias],)))
    return rules


_LAYOUT_TITLES = {
    "custjournal": "Customer Journal CSV",
    "google": "Google Contacts CSV",
    "outlook": "Outlook CSV",
    "mapped": "CSV with a column mapping",
}


def parse_mapping(text: str | Sequence[str]) -> list[tuple[str, str]]:
    """`"name=Full name,email:work=E-mail 1"` as [("name", "Full name"), ("email:work", ...)].

    Several strings (a repeated --map) are read one after another. Raises UserError for a pair
    without '=' or an unknown field.
    """
    texts = [text] if isinstance(text, str) else list(text)
    known = "|".join(re.escape(f) for f in sorted({*MAP_FIELDS, *_FIELD_ALIASES}, key=len)[::-1])
    splitter = re.compile(rf",(?=\s*(?:{known})(?::[^=,]*)?\s*=)", re.IGNORECASE)
    pairs: list[tuple[str, str]] = []
    for chunk in texts:
        for piece in splitter.split(chunk):
            if not piece.strip():
                continue
            if "=" not in piece:
                raise UserError(
                    ErrorText.tr(
                        "The mapping '{piece}' has no '=': write FIELD=COLUMN, for example "
                        '"name=Full name,email=E-mail 1".',
                        piece=piece.strip(),
                    ),
                    field=Field.MAPPING,
                )
            left, _, column = piece.partition("=")
            name, _, label = left.partition(":")
            fname = _field_name(name)
            fname = _FIELD_ALIASES.get(fname, fname)
            if fname not in MAP_FIELDS:
                raise UserError(
                    ErrorText.tr(
                        "Unknown field '{name}' in the mapping: use one of {fields}.",
                        name=name.strip(),
                        fields=", ".join(MAP_FIELDS),
                    ),
                    field=Field.MAPPING,
                )
            if label.strip() and fname not in _POINT_FIELDS:
                raise UserError(
                    ErrorText.tr(
                        "Only email, phone, address and url take a label in the mapping, "
                        "not {field}.",
                        field=fname,
                    ),
                    field=Field.MAPPING,
                )
            if not column.strip():
                raise UserError(
                    ErrorText.tr("The mapping for {field} names no column.", field=fname),
                    field=Field.MAPPING,
                )
            pairs.append((fname + (f":{label.strip()}" if label.strip() else ""), column.strip()))
    if not pairs:
        raise UserError(
            ErrorText.tr("The mapping is empty: write FIELD=COLUMN pairs, such as name=Full name."),
            field=Field.MAPPING,
        )
    return pairs


def layout_for(header: Sequence[str], mapping: Sequence[tuple[str, str]] | None = None) -> Layout:
    """The rules that read a file with *header*: from *mapping*, else from the known layouts."""
    index: dict[str, int] = {}
    for i, column in enumerate(header):
        index.setdefault(_key(column), i)
    if mapping:
        rules = []
        for target, column in mapping:
            col = index.get(_key(column))
            if col is None:
                shown = ", ".join(f"'{h}'" for h in header[:30])
                raise UserError(
                    ErrorText.tr(
                        "The file has no column '{column}': its columns are {shown}.",
                        column=column,
                        shown=shown,
                    ),
                    field=Field.MAPPING,
                )
            fname, _, label = target.partition(":")
            rules.append(Rule(fname, (col,), label or None))
        layout = Layout("mapped", _LAYOUT_TITLES["mapped"], rules)
    else:
        key = detect_layout(header)
        if key is None:
            shown = ", ".join(f"'{h}'" for h in header[:12])
            raise UserError(
                ErrorText.tr(
                    "The columns ({shown}) are not a layout Customer Journal knows (its own, "
                    "Google Contacts, Outlook).",
                    shown=shown,
                ),
                hint=Hint.MAP_COLUMNS,
            )
        build = {"google": _google, "outlook": _outlook, "custjournal": _ours}[key]
        layout = Layout(key, _LAYOUT_TITLES[key], build(index))
    names = {"name", "first_name", "last_name", "company", "email", "phone"}
    if not any(r.field in names for r in layout.rules):
        raise UserError(
            ErrorText.tr(
                "Nothing in the mapping gives a name: map a column to name (or first_name and "
                "last_name, company, email or phone)."
            )
        )
    used = {c for r in layout.rules for c in (*r.columns, r.label_column) if c is not None}
    layout.ignored = [
        h
        for i, h in enumerate(header)
        if i not in used
        and h.strip()
        and not (layout.key == "custjournal" and _key(h) in _EXPORT_ONLY)
    ]
    return layout


# --- rows into records ---------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PHONE_LIKE = re.compile(r"^[+\-]?[\d\s().\-/+]*$")


def _unguard(text: str) -> str:
    if text.startswith("'") and text[1:2] in _FORMULA_START:
        return text[1:]
    return text


def _multi(text: str) -> list[str]:
    parts = re.split(r"\r\n|\r|\n| ::: ", text)
    return [p for p in (clean_text(x) for x in parts) if p]


def _google_label(text: str | None) -> tuple[str | None, bool]:
    """Google writes '* Work' for the primary value's label."""
    label = clean_text(text)
    if not label:
        return None, False
    primary = label.startswith("*")
    label = clean_text(label.lstrip("* ")) or None
    return (label.lower() if label else None), primary


def _row_record(
    layout: Layout, line: int, cells: list[str], warnings: list[str]
) -> ContactRecord | Skipped:
    where = f"line {line}"
    values: dict[str, str | None] = {}
    ranked: list[tuple[int, int, Point]] = []
    tags: list[str] = []
    order = 0
    for rule in layout.rules:
        raw = [
            _unguard(cells[c]) if layout.key == "custjournal" else cells[c] for c in rule.columns
        ]
        if rule.field == "address" and len(rule.columns) > 1:
            joined = ", ".join(x for x in (clean_text(r) for r in raw) if x)
            items = [joined] if joined else []
        elif rule.field == "address" and layout.key != "custjournal":
            # A formatted address spans lines; several addresses are split by ' ::: '.
            items = [", ".join(_multi(a)) for a in raw[0].split(" ::: ")]
            items = [a for a in items if a]
        elif rule.field in _MULTI_FIELDS:
            items = _multi(raw[0])
            if rule.field == "tags" and layout.key != "custjournal":
                items = [t for piece in items for t in re.split(r"[;,]", piece)]
                items = [t for t in (clean_text(x.lstrip("* ")) for x in items) if t]
        else:
            multiline = rule.field == "notes"
            text = clean_text(raw[0], multiline=multiline)
            if text and not values.get(rule.field):
                values[rule.field] = text
            continue
        if rule.field == "tags":
            for t in items:
                if is_user_tag(t) and t not in tags:
                    tags.append(t)
            continue
        label, primary = rule.label, False
        if rule.label_column is not None:
            label, primary = _google_label(cells[rule.label_column])
            label = label.split(" ::: ")[0] if label else None
        for item in items:
            order += 1
            ranked.append((0 if primary else 1, order, Point(rule.field, item, label)))
    ranked.sort(key=lambda r: (r[0], r[1]))
    points: list[Point] = []
    seen: set[tuple[str, str]] = set()
    for _, _, point in ranked:
        key = (point.kind, point.value.casefold())
        if key not in seen:
            seen.add(key)
            points.append(point)

    birthday: Birthday | None = None
    if values.get("birthday"):
        try:
            birthday = parse_birthday(values["birthday"])
        except ValueError:
            warnings.append(
                f"Line {line}: the birthday '{values['birthday']}' is not a date; left out."
            )
    stage = None
    if values.get("stage"):
        try:
            stage = vocab.parse_stage(values["stage"] or "")
        except UserError:
            warnings.append(f"Line {line}: unknown stage '{values['stage']}'; left out.")
    name = values.get("name") or join_name(
        values.get("prefix"),
        values.get("first_name"),
        values.get("middle_name"),
        values.get("last_name"),
        values.get("suffix"),
    )
    name = fallback_name(name, values.get("company"), points)
    if not name:
        return Skipped(where, "it has no name, company, email or phone")
    return ContactRecord(
        source=where,
        name=name,
        company=values.get("company"),
        role=values.get("role"),
        notes=values.get("notes"),
        points=points,
        birthday=birthday,
        tags=tags,
        stage=stage,
    )


def read_csv(
    data: bytes, *, name: str = "the file", mapping: Sequence[tuple[str, str]] | None = None
) -> ContactFile:
    """Every row of a CSV file as a record; UserError (naming the line) for a broken file."""
    table = _read_table(decode_text(data), name)
    layout = layout_for(table.header, mapping)
    result = ContactFile(format=f"csv:{layout.key}")
    if layout.ignored:
        shown = ", ".join(f"'{h}'" for h in layout.ignored[:10])
        more = (
            ErrorText.tr(" and {count} more", count=len(layout.ignored) - 10)
            if len(layout.ignored) > 10
            else ""
        )
        left_out = ErrorText.tr("Columns left out: {shown}{more}.", shown=shown, more=more)
        result.warnings.append(Note(left_out, hint=Hint.KEEP_COLUMNS))
    for line, cells in table.rows:
        item = _row_record(layout, line, cells, result.warnings)
        if isinstance(item, Skipped):
            result.skipped.append(item)
        else:
            result.records.append(item)
    return result


def read_file(path: Path, mapping: Sequence[tuple[str, str]] | None = None) -> ContactFile:
    path = Path(path)
    return read_csv(read_bytes(path, CSV_FILE), name=path.name, mapping=mapping)


# --- writing -------------------------------------------------------------------------------


def _guard(text: str) -> str:
    """Keep a spreadsheet from running a cell as a formula; phone numbers stay as they are."""
    if text.startswith(_FORMULA_START) and not _PHONE_LIKE.match(text):
        return "'" + text
    return text


def write_customers(rows: Iterable[dict[str, object]], out: TextIO) -> int:
    """Write rows keyed by EXPORT_COLUMNS (lists become one value per line); returns how many."""
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS)
    count = 0
    for row in rows:
        cells = []
        for column in EXPORT_COLUMNS:
            value = row.get(column)
            if value is None:
                cells.append("")
            elif isinstance(value, list | tuple):
                cells.append("\n".join(_guard(str(v)) for v in value))
            else:
                cells.append(_guard(str(value)))
        writer.writerow(cells)
        count += 1
    return count
