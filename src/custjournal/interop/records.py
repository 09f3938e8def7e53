"""Plain contact records: what the vCard and CSV readers hand to `ops.imports`.

A `ContactRecord` is what one card or one CSV row says about a person, cleaned (text trimmed,
control characters dropped, Unicode in NFC) but not yet matched against the journal. Readers
return a `ContactFile`: the records, the entries they skipped (with the reason), and warnings
about values they had to leave out (an unreadable birthday, say). Nothing here touches the
database or Qt, so the app's import preview can show these objects as they are.

Also here, because both readers need them: `parse_birthday` (the date forms devices and
spreadsheets write) and `clean_text`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

CONTACT_KINDS = ("email", "phone", "address", "url")

# C0 control characters other than tab and newline, DEL, and the C1 range: noise from broken
# exporters (and fuzzers); SQLite and the search index are better off without them.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(value: str | None, *, multiline: bool = False) -> str | None:
    """Trimmed text in NFC without control characters; None when nothing is left.

    Single-line values have their runs of whitespace (newlines included) made one space.
    """
    if value is None:
        return None
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if multiline:
        lines = [line.rstrip() for line in text.split("\n")]
        text = "\n".join(lines).strip()
    else:
        text = " ".join(text.split())
    return text or None


@dataclass(frozen=True)
class Point:
    """One email, phone, address or web link, with the label the source gave it (if any)."""

    kind: str  # one of CONTACT_KINDS
    value: str
    label: str | None = None


@dataclass(frozen=True)
class Birthday:
    month: int
    day: int
    year: int | None = None

    def fact_text(self) -> str:
        """The important-date fact an imported birthday becomes."""
        return "Birthday" + (f" (born {self.year})" if self.year else "")

    @classmethod
    def from_fact(cls, text: str, month: int | None, day: int | None) -> Birthday | None:
        """The birthday an important-date fact holds, if its text says it is one."""
        if month is None or day is None or not text.casefold().startswith("birthday"):
            return None
        found = re.search(r"\(born (\d{4})\)", text)
        return cls(month, day, int(found.group(1)) if found else None)


@dataclass
class ContactRecord:
    """What one card or row says about a person.

    `source` says where it came from ("card 3", "line 12"), for messages and the preview.
    `points` keeps every email, phone, address and link in the source's order of preference;
    the first email and phone become the customer's primary ones.
    """

    source: str
    name: str
    company: str | None = None
    role: str | None = None
    notes: str | None = None
    points: list[Point] = field(default_factory=list)
    birthday: Birthday | None = None
    tags: list[str] = field(default_factory=list)
    stage: str | None = None  # only our own CSV carries a stage

    def of_kind(self, kind: str) -> list[Point]:
        return [p for p in self.points if p.kind == kind]

    @property
    def emails(self) -> list[str]:
        return [p.value for p in self.of_kind("email")]

    @property
    def phones(self) -> list[str]:
        return [p.value for p in self.of_kind("phone")]


@dataclass(frozen=True)
class Skipped:
    source: str
    reason: str


@dataclass
class ContactFile:
    """Everything a reader got out of one file."""

    format: str  # "vcard" or "csv" (with the layout: "csv:google", ...)
    records: list[ContactRecord] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# Groups that address books put every contact in: not tags a user chose.
_SYSTEM_TAGS = {"mycontacts", "my contacts", "starred", "* mycontacts"}


def is_user_tag(tag: str) -> bool:
    return tag.strip().casefold() not in _SYSTEM_TAGS


def fallback_name(name: str | None, company: str | None, points: list[Point]) -> str | None:
    """The name to file a contact under: its own, else its company, email or phone."""
    if name:
        return name
    if company:
        return company
    for kind in ("email", "phone"):
        for p in points:
            if p.kind == kind:
                return p.value
    return None


def join_name(*parts: str | None) -> str | None:
    """Name parts (prefix, given, middle, family, suffix) as one name."""
    return clean_text(" ".join(p for p in parts if p))


# --- birthdays -----------------------------------------------------------------------------

# Years that mean "no year": Apple writes 1604 for a birthday without one (X-APPLE-OMIT-YEAR),
# some phones 0000 or 1900.
_NO_YEAR = {0, 1604, 1900}

_ISO = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?$")
_NO_YEAR_FORMS = re.compile(r"^--(\d{2})-?(\d{2})$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?: .*)?$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})?$")
_EMPTY_DATES = {"0/0/00", "00/00/0000", "0000-00-00", "00.00.00", "00.00.0000"}


def parse_birthday(text: str | None) -> Birthday | None:
    """A birthday in any of the forms contact files use; None when empty.

    ISO (`1984-01-24`, `19840124`, with a time after it), without year (`--01-24`, `--0124`),
    Outlook's US `1/24/1984` (day first if the month can't be one) and European `24.1.1984`.
    Raises ValueError for text that is none of these or not a real day.
    """
    value = (text or "").strip()
    if not value or value in _EMPTY_DATES:
        return None
    year: int | None
    if m := _ISO.match(value):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _NO_YEAR_FORMS.match(value):
        year, month, day = None, int(m.group(1)), int(m.group(2))
    elif m := _SLASHED.match(value):
        month, day, year = int(m.group(1)), int(m.group(2)), _full_year(m.group(3))
        if month > 12 >= day:
            month, day = day, month
    elif m := _DOTTED.match(value):
        day, month = int(m.group(1)), int(m.group(2))
        year = _full_year(m.group(3)) if m.group(3) else None
    else:
        raise ValueError(value)
    if year in _NO_YEAR:
        year = None
    dt.date(year or 2000, month, day)  # 2000 is a leap year: 02-29 without a year is fine
    return Birthday(month, day, year)


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        # Two-digit years: nobody alive was born in the future.
        year += 2000 if year <= dt.date.today().year % 100 else 1900
    return year
