"""vCard in (2.1, 3.0, 4.0, as devices really write them) and out (4.0).

Reading: `read_vcards(data: bytes) -> ContactFile` (or `read_file(path)`). Each card becomes a
`ContactRecord` with name, organisation, title, emails, phones, addresses, web links, notes,
birthday and categories (as tags). A card the reader can't make sense of stops the whole file
with a UserError naming the card, its first line and the reason, before anything is written.
Values that are merely odd (a birthday that is not a date) are left out with a warning; embedded
photos, logos and sounds are skipped unread.

Why a reader of our own rather than vobject (measured here, vobject 0.9.9): vobject raises a
ParseError on quoted-printable soft line breaks (`=` at the end of a line, continued on the next),
which is how Outlook and older phones write every long note and address; it takes text, not
bytes, so the per-property CHARSET of 2.1 cards has to be handled before it anyway; it needs
4.2 s for 10,000 simple cards (this reader: 1.2 s), and its errors give a line
number in the whole file rather than the card. What vobject adds beyond that is the value
grammar below (a few dozen lines).

What the reader accepts, beyond the RFCs:
- any mix of CRLF, LF and CR line ends; a UTF-8 or UTF-16 byte-order mark; files in UTF-8 or,
  failing that, 8-bit text decoded by each property's CHARSET (Windows-1252 when it has none);
- folding by RFC 2425 (a line starting with a space or tab continues the previous one; in 2.1 the
  whitespace is kept) and quoted-printable soft line breaks;
- `ENCODING=QUOTED-PRINTABLE` or the bare 2.1 `QUOTED-PRINTABLE`, with any CHARSET;
- grouped properties (`item1.EMAIL` with `item1.X-ABLabel:...`, as Apple writes labels);
- lower-case keywords and parameter names, bare 2.1 types (`TEL;WORK;VOICE`), `TYPE=a,b`,
  `TYPE="a,b"`, 4.0 `PREF=1` and `tel:`/`mailto:` URIs;
- 2.1 base64 photos whose continuation lines are not indented, and embedded AGENT cards.

Writing: `write_vcards(cards, out)` writes `VcardOut` items as vCard 4.0 (RFC 6350): CRLF lines
folded at 75 octets without splitting a UTF-8 character; the primary email and phone carry
PREF=1; labels other than the standard types travel as Apple-style `itemN.X-ABLabel`; tags as
CATEGORIES; a birthday kept as an important-date fact as BDAY. Reading our own export gives back
the same records.
"""

from __future__ import annotations

import codecs
import datetime as dt
import quopri
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from custjournal import __version__
from custjournal.domain.errors import UserError
from custjournal.domain.i18n import ErrorText
from custjournal.interop.files import VCARD_FILE, read_bytes
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

__all__ = ["read_vcards", "read_file", "write_vcards", "VcardOut", "VcardError"]


class VcardError(UserError):
    """A card that can't be read; the message names the card, its first line and the reason."""


# --- physical lines into cards -------------------------------------------------------------

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_NAME = re.compile(r"^[A-Za-z0-9_-]+$")
_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}
_BINARY_ENCODINGS = {"BASE64", "B"}


@dataclass
class _Card:
    number: int
    first_line: int
    lines: list[tuple[int, str]] = field(default_factory=list)
    utf8: bool = True  # the file was UTF-8 (else read byte for byte, `_decode_file`)


@dataclass
class _Property:
    line: int
    group: str | None
    name: str  # upper case
    params: dict[str, list[str]]  # names upper case, values as written
    raw: str  # the value as it stood on the line(s)

    def param(self, name: str) -> str | None:
        values = self.params.get(name)
        return values[0] if values else None

    def types(self) -> list[str]:
        return [t.upper() for t in self.params.get("TYPE", [])]


def _decode_file(data: bytes) -> tuple[str, bool]:
    """The file as text, and whether it was UTF-8 (else each byte is kept as one character)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), True
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        # Latin-1 maps each byte to one character, so each property can be re-decoded later
        # by its own CHARSET.
        return data.decode("latin-1"), False


def _split_cards(text: str, utf8: bool = True) -> list[_Card]:
    cards: list[_Card] = []
    current: _Card | None = None
    depth = 0
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        key = line.strip().upper()
        if current is None:
            if not key:
                continue
            if key == "BEGIN:VCARD":
                current = _Card(len(cards) + 1, number, utf8=utf8)
                depth = 1
                continue
            if key == "END:VCARD":
                raise VcardError(
                    ErrorText.tr(
                        "Line {line} ends a card that never began (END:VCARD without "
                        "BEGIN:VCARD). Nothing was imported.",
                        line=number,
                    )
                )
            raise VcardError(
                ErrorText.tr(
                    "Line {line} is outside any card ('{text}'): a vCard file holds "
                    "cards from BEGIN:VCARD to END:VCARD. Nothing was imported.",
                    line=number,
                    text=_short(line, utf8=utf8),
                )
            )
        if key == "BEGIN:VCARD":
            depth += 1  # an embedded card (2.1 AGENT): read past it
        elif key == "END:VCARD":
            depth -= 1
            if depth == 0:
                cards.append(current)
                current = None
                continue
        current.lines.append((number, line))
    if current is not None:
        raise _card_error(current, "it never ends (END:VCARD is missing)")
    if not cards:
        raise VcardError(
            ErrorText.tr("The file holds no vCard (no BEGIN:VCARD line): is it a contact file?")
        )
    return cards


def _short(text: str, width: int = 40, *, utf8: bool = True) -> str:
    """A line of the file quoted in a message: cut to *width*, and safe to print in any front
    end, as the command line prints (interop/terminal.py `visible`): a character that is not
    printable as a `\\u001b`-style escape. A file that was not UTF-8 was read byte for byte
    (`_decode_file`): its bytes are read as UTF-8 here, and one that is not (a stray 0xff) shows
    as `\\xff`, not as the Latin-1 letter it was read as ('ÿ')."""
    text = text.strip()
    if not utf8:
        text = text.encode("latin-1", "replace").decode("utf-8", "backslashreplace")
    if len(text) > width:
        text = text[: width - 1] + "…"
    return "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in text)


def _card_error(card: _Card, reason: str) -> VcardError:
    return VcardError(
        ErrorText.tr(
            "Card {card} (from line {line}) can't be read: {reason}. Nothing was imported.",
            card=card.number,
            line=card.first_line,
            reason=reason,
        )
    )


def _version(card: _Card) -> str:
    for _, line in card.lines:
        if line[:8].upper() == "VERSION:":
            return line[8:].strip()
    return "3.0"  # what a card without VERSION most likely follows


def _logical_lines(card: _Card, version: str) -> list[tuple[int, str]]:
    """Unfold RFC 2425 folding and quoted-printable soft line breaks."""
    keep_fold_space = version == "2.1"
    out: list[list[Any]] = []  # [line number, text, is_qp, is_binary]
    depth = 0
    for number, line in card.lines:
        key = line.strip().upper()
        if key == "BEGIN:VCARD":
            depth += 1
            continue
        if depth:
            if key == "END:VCARD":
                depth -= 1
            continue
        if not line.strip():
            if out:
                out[-1][2] = False  # a blank line ends a QP value or a 2.1 base64 block
                out[-1][3] = False
            continue
        last = out[-1] if out else None
        if last is not None and last[2] and last[1].endswith("="):
            last[1] = last[1][:-1] + line  # quoted-printable soft line break
            continue
        if line[0] in " \t" and last is not None:
            last[1] += line if keep_fold_space else line[1:]
            continue
        if last is not None and last[3] and ":" not in line:
            continue  # 2.1 base64 data whose lines are not indented
        head = _head(line)
        upper = head.upper()
        is_qp = "QUOTED-PRINTABLE" in upper
        is_binary = bool(re.search(r"(?:ENCODING=|;)(?:BASE64|B)(?:;|$)", upper))
        out.append([number, line, is_qp, is_binary])
    for item in out:
        if item[2] and item[1].endswith("="):
            item[1] = item[1][:-1]  # a soft break before the end of the card
    return [(n, text) for n, text, _, _ in out]


def _head(line: str) -> str:
    """The part of a content line before its value (up to the first ':' outside quotes)."""
    if '"' not in line:
        colon = line.find(":")
        return line if colon < 0 else line[:colon]
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return line[:i]
    return line


def _parse_line(card: _Card, number: int, line: str) -> _Property:
    head = _head(line)
    if len(head) == len(line):
        raise _card_error(
            card, f"line {number} ('{_short(line, utf8=card.utf8)}') is not a property (no ':')"
        )
    value = line[len(head) + 1 :]
    pieces = _split_quoted(head, ";")
    name = pieces[0].strip()
    group = None
    if "." in name:
        group, name = name.rsplit(".", 1)
    if not _NAME.match(name) or (group is not None and not _NAME.match(group.replace(".", ""))):
        raise _card_error(
            card, f"line {number} has no valid property name ('{_short(head, utf8=card.utf8)}')"
        )
    params: dict[str, list[str]] = {}
    for piece in pieces[1:]:
        piece = piece.strip()
        if not piece:
            continue
        if "=" in piece:
            key, _, raw = piece.partition("=")
            key = key.strip().upper()
            values = [v.strip().strip('"') for v in _split_quoted(raw, ",")]
            if key == "TYPE":
                # TYPE="voice,cell" (4.0 quotes the list)
                values = [t.strip() for v in values for t in v.split(",")]
        else:
            # 2.1 bare parameters: an encoding, or a type (TEL;WORK;VOICE)
            key = "ENCODING" if piece.upper() in _ENCODINGS else "TYPE"
            values = [piece]
        params.setdefault(key, []).extend(v for v in values if v)
    return _Property(number, group, name.upper(), params, value)


def _split_quoted(text: str, sep: str) -> list[str]:
    if '"' not in text:
        return text.split(sep)
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
            current.append(ch)
        elif ch == sep and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


# --- values --------------------------------------------------------------------------------


class _Values:
    """Turns a property's raw value into text, by the card's version and the file's encoding."""

    def __init__(self, file_is_utf8: bool, version: str) -> None:
        self.file_is_utf8 = file_is_utf8
        self.version = version

    def raw_text(self, prop: _Property) -> str | None:
        """The value decoded (QP, charset) but not unescaped; None for binary data."""
        encoding = (prop.param("ENCODING") or "").upper()
        if encoding in _BINARY_ENCODINGS:
            return None
        charset = prop.param("CHARSET")
        if encoding == "QUOTED-PRINTABLE":
            if self.file_is_utf8:
                raw_bytes = prop.raw.encode("utf-8")
            else:
                raw_bytes = prop.raw.encode("latin-1")
            return _decode_bytes(quopri.decodestring(raw_bytes), charset)
        if self.file_is_utf8:
            return prop.raw
        return _decode_bytes(prop.raw.encode("latin-1"), charset)

    def components(self, prop: _Property) -> list[str] | None:
        """A structured value (N, ADR, ORG) split at unescaped ';', each part unescaped."""
        text = self.raw_text(prop)
        if text is None:
            return None
        return [self.unescape(part) for part in _split_escaped(text, ";")]

    def text(self, prop: _Property) -> str | None:
        raw = self.raw_text(prop)
        return None if raw is None else self.unescape(raw)

    def unescape(self, text: str) -> str:
        if self.version == "2.1":
            # 2.1 escapes only ';' (in structured values); a backslash is otherwise literal.
            return text.replace("\\;", ";")
        return _unescape(text)


def _decode_bytes(data: bytes, charset: str | None) -> str:
    if charset:
        try:
            # rot13, base64, zlib...: codecs that are not text encodings count as unknown.
            if not getattr(codecs.lookup(charset), "_is_text_encoding", True):
                charset = None
        except LookupError:
            charset = None
    if charset:
        return data.decode(charset, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _split_escaped(text: str, sep: str) -> list[str]:
    if "\\" not in text:
        return text.split(sep)
    parts: list[str] = []
    current: list[str] = []
    escaped = False
    for ch in text:
        if escaped:
            current.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    if escaped:
        current.append("\\")
    parts.append("".join(current))
    return parts


_ESCAPES = {"n": "\n", "N": "\n", "\\": "\\", ",": ",", ";": ";", ":": ":"}


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append(_ESCAPES.get(nxt, "\\" + nxt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


# Types that say nothing a user would call a label.
_NOISE_TYPES = {"INTERNET", "PREF", "VOICE", "X400", "MSG"}
_TYPE_LABELS = {"CELL": "mobile", "IPHONE": "mobile"}


def _label(prop: _Property, group_labels: dict[str, str]) -> str | None:
    if prop.group and prop.group.upper() in group_labels:
        return group_labels[prop.group.upper()]
    labels = []
    for t in prop.types():
        if t in _NOISE_TYPES or not t:
            continue
        labels.append(_TYPE_LABELS.get(t, t.lower()))
    return clean_text(" ".join(dict.fromkeys(labels))) if labels else None


def _preference(prop: _Property) -> int:
    """Lower is more preferred: 4.0 PREF=1..100, 2.1/3.0 TYPE=PREF."""
    pref = prop.param("PREF")
    if pref and pref.strip().isdigit():
        return int(pref.strip())
    return 1 if "PREF" in prop.types() else 101


_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")


def _apple_label(text: str) -> str | None:
    m = _APPLE_LABEL.match(text.strip())
    label = m.group(1) if m else text
    label = clean_text(label)
    return label.lower() if label and m else label


def _strip_scheme(value: str, scheme: str) -> str:
    return value[len(scheme) :] if value.casefold().startswith(scheme) else value


# --- cards into records --------------------------------------------------------------------


def _record(card: _Card, file_is_utf8: bool, warnings: list[str]) -> ContactRecord | Skipped:
    version = _version(card)
    values = _Values(file_is_utf8, version)
    props = [_parse_line(card, n, line) for n, line in _logical_lines(card, version)]
    where = f"card {card.number}"

    group_labels: dict[str, str] = {}
    for p in props:
        if p.name == "X-ABLABEL" and p.group:
            label = _apple_label(values.text(p) or "")
            if label:
                group_labels[p.group.upper()] = label

    fn = None
    n_name = None
    nickname = None
    company = None
    role = None
    title = None
    notes: list[str] = []
    birthday: Birthday | None = None
    tags: list[str] = []
    ranked: list[tuple[str, int, int, Point]] = []

    for index, p in enumerate(props):
        name = p.name
        if name == "FN" and fn is None:
            fn = clean_text(values.text(p))
        elif name == "N" and n_name is None:
            parts = values.components(p) or []
            parts += [""] * (5 - len(parts))
            family, given, middle, prefix, suffix = (
                " ".join(x.split(",")) if version != "2.1" else x for x in parts[:5]
            )
            n_name = join_name(prefix, given, middle, family, suffix)
        elif name == "NICKNAME" and nickname is None:
            nickname = clean_text(values.text(p))
        elif name == "ORG" and company is None:
            parts = values.components(p) or []
            company = next((c for c in (clean_text(x) for x in parts) if c), None)
        elif name == "TITLE" and title is None:
            title = clean_text(values.text(p))
        elif name == "ROLE" and role is None:
            role = clean_text(values.text(p))
        elif name == "NOTE":
            note = clean_text(values.text(p), multiline=True)
            if note:
                notes.append(note)
        elif name == "BDAY" and birthday is None:
            raw = clean_text(values.text(p))
            if (p.param("VALUE") or "").lower() == "text" and raw:
                warnings.append(
                    f"Card {card.number}: the birthday '{raw}' is not a date; left out."
                )
                continue
            try:
                birthday = parse_birthday(raw)
            except ValueError:
                warnings.append(
                    f"Card {card.number}: the birthday '{_short(raw or '', utf8=card.utf8)}' is not a date; "
                    "left out."
                )
        elif name == "CATEGORIES":
            raw = values.raw_text(p) or ""
            for piece in _split_escaped(raw, ","):
                tag = clean_text(values.unescape(piece))
                if tag and is_user_tag(tag) and tag not in tags:
                    tags.append(tag)
        elif name in ("EMAIL", "TEL", "ADR", "URL"):
            point = _point(p, values, group_labels)
            if point is not None:
                ranked.append((point.kind, _preference(p), index, point))

    ranked.sort(key=lambda r: (r[0], r[1], r[2]))
    points: list[Point] = []
    seen: set[tuple[str, str]] = set()
    for _, _, _, point in ranked:
        key = (point.kind, point.value.casefold())
        if key not in seen:
            seen.add(key)
            points.append(point)

    filed_as = fallback_name(fn or n_name or nickname, company, points)
    if not filed_as:
        return Skipped(where, "it has no name, company, email or phone")
    return ContactRecord(
        source=where,
        name=filed_as,
        company=company,
        role=title or role,
        notes="\n\n".join(notes) or None,
        points=points,
        birthday=birthday,
        tags=tags,
    )


def _point(p: _Property, values: _Values, group_labels: dict[str, str]) -> Point | None:
    label = _label(p, group_labels)
    if p.name == "ADR":
        parts = values.components(p)
        if parts is None:
            return None
        parts += [""] * (7 - len(parts))
        pobox, ext, street, city, region, code, country = parts[:7]
        pieces = [street, ext, pobox, city, region, code, country]
        # A street over several lines ("Hauptstraße 5" / "Hinterhaus") reads as one line.
        flat = [clean_text(line) for x in pieces for line in _LINE_BREAK.split(x)]
        text = ", ".join(x for x in flat if x)
        return Point("address", text, label) if text else None
    value = clean_text(values.text(p))
    if not value:
        return None
    if p.name == "EMAIL":
        return Point("email", _strip_scheme(value, "mailto:").strip(), label)
    if p.name == "TEL":
        return Point("phone", _strip_scheme(value, "tel:").strip(), label)
    return Point("url", value, label)


def read_vcards(data: bytes) -> ContactFile:
    """Every card in *data* as a record; raises VcardError (a UserError) naming a broken card."""
    text, file_is_utf8 = _decode_file(data)
    result = ContactFile(format="vcard")
    for card in _split_cards(text, file_is_utf8):
        item = _record(card, file_is_utf8, result.warnings)
        if isinstance(item, Skipped):
            result.skipped.append(item)
        else:
            result.records.append(item)
    return result


def read_file(path: Path) -> ContactFile:
    return read_vcards(read_bytes(Path(path), VCARD_FILE))


# --- writing 4.0 ---------------------------------------------------------------------------


@dataclass
class VcardOut:
    """One customer as a card."""

    name: str
    company: str | None = None
    role: str | None = None
    email: str | None = None
    phone: str | None = None
    notes: str | None = None
    points: list[Point] = field(default_factory=list)  # further emails, phones, ...
    tags: list[str] = field(default_factory=list)
    birthday: Birthday | None = None
    revision: dt.datetime | None = None


# Labels that are standard TYPE values in vCard 4.0 (RFC 6350 6.4.1, 6.4.2); any other label
# travels as an Apple-style group label, which Apple and Google Contacts both read.
_STANDARD_TYPES = {
    "email": {"work", "home"},
    "phone": {"work", "home", "text", "voice", "fax", "cell", "video", "pager", "textphone"},
    "address": {"work", "home"},
    "url": {"work", "home"},
}
_PROPERTY = {"email": "EMAIL", "phone": "TEL", "address": "ADR", "url": "URL"}


def _escape_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace("\r\n", "\n").replace("\n", "\\n")


def _escape_component(text: str) -> str:
    return _escape_text(text).replace(";", "\\;")


def _fold(line: str) -> str:
    """A content line folded at 75 octets, never inside a UTF-8 sequence, with CRLF."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    out: list[str] = []
    start = 0
    limit = 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:
            end -= 1  # don't cut a character in two
        out.append(data[start:end].decode("utf-8"))
        start = end
        limit = 74  # continuation lines start with a space
    return "\r\n ".join(out) + "\r\n"


def _n_value(name: str) -> str:
    """The structured N from a full name: family name last, as most Western names are written.

    Only a hint for address books that sort by N; FN carries the name as written, and this
    reader takes FN first.
    """
    words = name.split()
    if len(words) < 2:
        return f";{_escape_component(name)};;;"
    return f"{_escape_component(words[-1])};{_escape_component(' '.join(words[:-1]))};;;"


def card_lines(card: VcardOut) -> list[str]:
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        f"PRODID:-//Customer Journal//custjournal {__version__}//EN",
        f"FN:{_escape_text(card.name)}",
        f"N:{_n_value(card.name)}",
    ]
    if card.company:
        lines.append(f"ORG:{_escape_component(card.company)}")
    if card.role:
        lines.append(f"TITLE:{_escape_text(card.role)}")
    group = 0
    points = []
    if card.email:
        points.append((Point("email", card.email), True))
    if card.phone:
        points.append((Point("phone", card.phone), True))
    points += [(p, False) for p in card.points]
    for point, primary in points:
        prop = _PROPERTY.get(point.kind)
        if prop is None:
            continue
        params = ""
        prefix = ""
        extra: list[str] = []
        label = (point.label or "").strip()
        if label:
            folded = label.casefold()
            if folded == "mobile" and point.kind == "phone":
                folded = "cell"
            if folded in _STANDARD_TYPES[point.kind]:
                params += f";TYPE={folded}"
            else:
                group += 1
                prefix = f"item{group}."
                extra.append(f"{prefix}X-ABLabel:{_escape_text(label)}")
        if primary:
            params += ";PREF=1"
        if point.kind == "phone":
            params += ";VALUE=text"  # 4.0 defaults TEL to a URI; ours are numbers as typed
        if point.kind == "address":
            value = f";;{_escape_component(point.value)};;;;"
            params += f';LABEL="{_param_text(point.value)}"'
        elif point.kind == "url":
            value = point.value.replace("\r", "").replace("\n", "")
        else:
            value = _escape_text(point.value)
        lines.append(f"{prefix}{prop}{params}:{value}")
        lines.extend(extra)
    if card.birthday:
        b = card.birthday
        when = f"{b.year:04d}{b.month:02d}{b.day:02d}" if b.year else f"--{b.month:02d}{b.day:02d}"
        lines.append(f"BDAY:{when}")
    if card.tags:
        lines.append("CATEGORIES:" + ",".join(_escape_text(t) for t in card.tags))
    if card.notes:
        lines.append(f"NOTE:{_escape_text(card.notes)}")
    if card.revision:
        rev = card.revision
        if rev.tzinfo is not None:
            rev = rev.astimezone(dt.UTC).replace(tzinfo=None)
        lines.append(f"REV:{rev.strftime('%Y%m%dT%H%M%SZ')}")
    lines.append("END:VCARD")
    return lines


def _param_text(text: str) -> str:
    # Parameter values can't hold '"' at all (RFC 6350 3.3); newlines become ^n (RFC 6868).
    return text.replace("^", "^^").replace('"', "^'").replace("\n", "^n")


def write_vcards(cards: Iterable[VcardOut], out: TextIO) -> int:
    """Write *cards* as vCard 4.0 to *out* (opened with newline=""); returns how many."""
    count = 0
    for card in cards:
        for line in card_lines(card):
            out.write(_fold(line))
        count += 1
    return count
