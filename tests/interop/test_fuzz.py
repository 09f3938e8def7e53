"""Fuzzing the readers: any input imports or fails with a UserError, never a crash or half a write.

Inputs come two ways: raw bytes and text, and near-valid files built from the formats' own
pieces (properties, parameters, encodings, separators), which reach much deeper. The import
tests run through ops.import_file into a real journal and check after every example that a
failure left it exactly as it was and a success left it passing `check`.
"""

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custjournal import ops
from custjournal.domain.errors import UserError
from custjournal.interop import csvio, jsonio, vcard
from custjournal.store import backup
from custjournal.store.journal import open_journal

FAST = settings(max_examples=150, deadline=None)
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- near-valid vCards ---------------------------------------------------------------------

names = st.sampled_from(
    [
        "FN",
        "N",
        "ORG",
        "TITLE",
        "EMAIL",
        "TEL",
        "ADR",
        "URL",
        "NOTE",
        "BDAY",
        "CATEGORIES",
        "PHOTO",
        "X-ABLabel",
        "VERSION",
        "AGENT",
        "fn",
        "email",
        "item1.EMAIL",
        "item1.X-ABLABEL",
        "NICKNAME",
        "ROLE",
        "LABEL",
        "BEGIN",
        "END",
    ]
)
params = st.lists(
    st.sampled_from(
        [
            "ENCODING=QUOTED-PRINTABLE",
            "QUOTED-PRINTABLE",
            "CHARSET=utf-8",
            "CHARSET=Windows-1252",
            "CHARSET=bogus",
            "CHARSET=rot13",  # codecs that are not text encodings
            "CHARSET=base64",
            "CHARSET=zlib",
            "ENCODING=BASE64",
            "ENCODING=b",
            "TYPE=WORK",
            "type=pref",
            "WORK",
            "PREF=1",
            "PREF=x",
            'TYPE="voice,cell"',
            "VALUE=text",
            "VALUE=uri",
            'LABEL="a:b"',
            '"',
        ]
    ),
    max_size=3,
)
values = st.lists(
    st.sampled_from(list('ab;,:=\\"\t 0123456789-Tz@.é北') + ["=C3=A9", "\\n"]),
    max_size=30,
).map("".join)


@st.composite
def vcards(draw):
    lines = []
    for _ in range(draw(st.integers(1, 3))):
        lines.append(draw(st.sampled_from(["BEGIN:VCARD", "begin:vcard", "BEGIN:VCARD"])))
        lines.append("VERSION:" + draw(st.sampled_from(["2.1", "3.0", "4.0", ""])))
        for _ in range(draw(st.integers(0, 8))):
            head = ";".join([draw(names), *draw(params)])
            sep = draw(st.sampled_from([":"] * 12 + ["", " "]))
            value = draw(values)
            if "QUOTED" in head and draw(st.booleans()):
                value += "=\n" + draw(values)  # a soft line break
            lines.append(head + sep + value)
            if not draw(st.integers(0, 3)):
                lines.append(draw(st.sampled_from([" ", " ", "\t", ""])) + draw(values))
        if draw(st.integers(0, 9)):
            lines.append(draw(st.sampled_from(["END:VCARD", "end:vcard"])))
    eol = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    text = eol.join(lines)
    encoding = draw(st.sampled_from(["utf-8", "cp1252", "utf-16", "latin-1"]))
    return text.encode(encoding, errors="replace")


@FAST
@given(st.binary(max_size=400))
def test_vcard_any_bytes(data):
    try:
        vcard.read_vcards(data)
    except UserError:
        pass


@FAST
@given(vcards())
def test_vcard_near_valid(data):
    try:
        result = vcard.read_vcards(data)
    except UserError as exc:
        assert exc.message.endswith(".") and "\n" not in exc.message
        return
    for rec in result.records:
        assert rec.name and rec.name == rec.name.strip()


# --- near-valid CSV ------------------------------------------------------------------------

headers = st.sampled_from(
    [
        "name",
        "Name",
        "email",
        "phone",
        "company",
        "notes",
        "birthday",
        "tags",
        "stage",
        "First Name",
        "Last Name",
        "E-mail 1 - Value",
        "E-mail 1 - Label",
        "E-mail Address",
        "Business Phone",
        "Address 1 - Formatted",
        "Birthday",
        "other_emails",
        "x",
    ]
)
cells = st.lists(st.sampled_from(list('ab,;"\n\r\t 19-/.@*:é') + [" ::: "]), max_size=20).map(
    "".join
)


@st.composite
def csv_files(draw):
    header = draw(st.lists(headers, min_size=1, max_size=6))
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    rows = [delimiter.join(header)]
    for _ in range(draw(st.integers(0, 5))):
        rows.append(
            delimiter.join(draw(cells) for _ in range(draw(st.integers(0, len(header) + 1))))
        )
    return "\n".join(rows).encode(draw(st.sampled_from(["utf-8", "cp1252", "utf-16"])), "replace")


@FAST
@given(st.one_of(st.binary(max_size=300), csv_files()))
def test_csv_any_input(data):
    try:
        csvio.read_csv(data, name="f.csv")
    except UserError:
        pass


@FAST
@given(csv_files(), st.text(max_size=60))
def test_csv_any_mapping(data, mapping):
    try:
        csvio.read_csv(data, name="f.csv", mapping=csvio.parse_mapping(mapping))
    except UserError:
        pass


# --- JSON ----------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=12,
)
fields = st.sampled_from(
    [
        "id",
        "name",
        "stage",
        "email",
        "created_at",
        "archived",
        "cadence_days",
        "tier_pin",
        "conversations",
        "purchases",
        "facts",
        "invitations",
        "tags",
        "contact_points",
    ]
)
row_fields = st.sampled_from(
    [
        "id",
        "occurred_on",
        "channel",
        "amount",
        "currency",
        "purchased_on",
        "text",
        "category",
        "month",
        "day",
        "learned_on",
        "conversation_id",
        "status_history",
        "kind",
        "value",
        "event",
        "event_on",
        "invited_on",
        "status",
    ]
)
plausible = st.one_of(
    json_values,
    st.sampled_from(["2026-01-01", "2026-02-30", "call", "EUR", "12.50", "connection", "x", ""]),
    st.integers(0, 5),
)


@st.composite
def documents(draw):
    customers = []
    for _ in range(draw(st.integers(0, 3))):
        customer = {"id": draw(st.integers(0, 4)), "name": draw(st.sampled_from(["A", "", "Zoë"]))}
        for key in draw(st.lists(fields, max_size=4)):
            if key in ("conversations", "purchases", "facts", "invitations", "contact_points"):
                customer[key] = [
                    {k: draw(plausible) for k in draw(st.lists(row_fields, max_size=6))}
                    for _ in range(draw(st.integers(0, 2)))
                ]
            else:
                customer[key] = draw(plausible)
        customers.append(customer)
    doc = {
        "format": "custjournal",
        "version": draw(st.sampled_from([1, 1, 2, "1"])),
        "customers": customers,
    }
    if draw(st.booleans()):
        doc["currency"] = draw(plausible)
    if draw(st.booleans()):
        doc["settings"] = draw(json_values)
    return json.dumps(doc)


@FAST
@given(st.one_of(st.binary(max_size=200), st.text(max_size=200), documents()))
def test_json_any_input(data):
    try:
        jsonio.load(data)
    except UserError:
        pass


@pytest.mark.parametrize("charset", ["rot13", "base64", "zlib", "hex", "uu", "bz2"])
@pytest.mark.parametrize(
    ("params", "encoding"), [(";ENCODING=QUOTED-PRINTABLE", "utf-8"), ("", "latin-1")]
)
def test_vcard_charset_that_is_no_text_encoding_reads_as_unknown(charset, params, encoding):
    card = f"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET={charset}{params}:Zoë Ada\r\nEND:VCARD\r\n"
    contacts = vcard.read_vcards(card.encode(encoding))
    assert [r.name for r in contacts.records] == ["Zoë Ada"]


def test_json_integer_over_4300_digits_is_a_user_error():
    text = '{"format": "custjournal", "version": 1, "customers": [{"name": "A", "id": '
    with pytest.raises(UserError, match="4,300 digits"):
        jsonio.load(text + "9" * 4301 + "}]}")


@pytest.mark.parametrize(("field", "length"), [("name", 501), ("company", 501), ("notes", 20_001)])
def test_json_text_longer_than_the_limits_is_a_user_error(field, length):
    customer = {"name": "A", field: "x" * length}
    document = {"format": "custjournal", "version": 1, "customers": [customer]}
    with pytest.raises(UserError, match="too long"):
        jsonio.load(json.dumps(document))


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_json_date_out_of_range_is_a_user_error(day):
    promise = {"text": "call", "made_on": "2026-01-01", "due_on": day}
    document = {
        "format": "custjournal",
        "version": 1,
        "customers": [{"name": "A", "promises": [promise]}],
    }
    with pytest.raises(UserError, match="out of range"):
        jsonio.load(json.dumps(document))


# --- end to end: import leaves the journal whole ---------------------------------------------


def _fingerprint(path: Path) -> list:
    con = sqlite3.connect(path)
    try:
        return [
            con.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
            for t in (
                "customer",
                "contact_point",
                "fact",
                "conversation",
                "purchase",
                "search_entry",
            )
        ]
    finally:
        con.close()


def _import_either_way(folder: Path, name: str, data: bytes) -> None:
    journal_path = folder / "journal.sqlite3"
    source = folder / name
    source.write_bytes(data)
    journal = open_journal(journal_path)
    try:
        before = _fingerprint(journal_path)
        try:
            ops.import_file(journal, source)
        except UserError:
            assert _fingerprint(journal_path) == before  # nothing half written
    finally:
        journal.close()
    assert backup.check(journal_path).ok


@SLOW
@given(st.one_of(vcards(), csv_files(), documents().map(str.encode)), st.data())
def test_import_writes_all_or_nothing(tmp_path_factory, data, draw):
    folder = tmp_path_factory.mktemp("fuzz")
    if data.startswith(b"{"):
        name = "in.json"
    else:
        name = draw.draw(st.sampled_from(["in.vcf", "in.csv"]))
    _import_either_way(folder, name, data)
