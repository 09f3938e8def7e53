"""vCard as devices write it: Outlook 2.1, iPhone and Google 3.0, 4.0, and our own 4.0 output."""

import io

import pytest

from custjournal.domain.errors import UserError
from custjournal.interop import vcard
from custjournal.interop.records import Birthday, Point


def crlf(text: str, encoding: str = "utf-8") -> bytes:
    """Card text with CRLF line ends, as the samples are written on disk."""
    return "\r\n".join(text.strip("\n").split("\n")).encode(encoding) + b"\r\n"


OUTLOOK_21 = crlf(
    """BEGIN:VCARD
VERSION:2.1
N;LANGUAGE=de;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen;;Dr.;
FN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Dr. J=FCrgen M=FCller
ORG;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:Caf=C3=A9 M=C3=BCller GmbH;Einkauf
TITLE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Gesch=C3=A4ftsf=C3=BChrer
TEL;WORK;VOICE:+49 30 1234567
TEL;CELL:+49 170 1234567
TEL;WORK;FAX:+49 30 1234568
ADR;WORK;ENCODING=QUOTED-PRINTABLE;CHARSET=utf-8:;;Hauptstra=C3=9Fe 5=0D=0A=
Hinterhaus;Berlin;;10115;Deutschland
LABEL;WORK;ENCODING=QUOTED-PRINTABLE:Hauptstra=C3=9Fe 5=0D=0ABerlin
EMAIL;PREF;INTERNET:juergen@example.de
EMAIL;INTERNET:j.mueller@privat.example
NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=utf-8:Erste Zeile=0D=0AZweite Zeile, sehr lang und mit=
 Umlaut =C3=BC am Ende
BDAY:19700315
PHOTO;TYPE=JPEG;ENCODING=BASE64:
 /9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRof
 Hh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/

X-MS-OL-DEFAULT-POSTAL-ADDRESS:2
REV:20240101T120000Z
END:VCARD"""
)

IPHONE_30 = crlf(
    """BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//iPhone OS 17.0//EN
N:Appleseed;Johnny;;;
FN:Johnny Appleseed
ORG:Apple Inc.;Engineering
TITLE:Developer
item1.EMAIL;type=INTERNET;type=pref:johnny@example.com
item1.X-ABLabel:_$!<Other>!$_
EMAIL;type=INTERNET;type=WORK:j.appleseed@apple.example
TEL;type=CELL;type=VOICE;type=pref:+1 (408) 555-0100
item2.TEL:+1 408 555 0199
item2.X-ABLabel:Assistant
item3.ADR;type=HOME;type=pref:;;1 Infinite Loop;Cupertino;CA;95014;United States
item3.X-ABADR:us
item4.URL;type=pref:https://example.com/johnny
item4.X-ABLabel:_$!<HomePage>!$_
BDAY;X-APPLE-OMIT-YEAR=1604:1604-01-24
NOTE:Met at WWDC\\, likes apples\\nSecond line
PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/4QBYRXhpZgAATU0AKgAAAAgAAgESAAMAAAABAAEAAIdp
 AAQAAAABAAAAJgAAAAAAA6ABAAMAAAABAAEAAKACAAQAAAABAAAAEKADAAQAAAABAAAAEAAAAAD/
END:VCARD"""
)

GOOGLE_30 = crlf(
    """BEGIN:VCARD
VERSION:3.0
FN:Grace Hopper
N:Hopper;Grace;Brewster Murray;Rear Admiral;
EMAIL;TYPE=INTERNET;TYPE=HOME:grace@example.org
EMAIL;TYPE=INTERNET;TYPE=WORK:ghopper@navy.example
TEL;TYPE=CELL:+1 202 555 0143
ADR;TYPE=WORK:;;1 Navy Way;Arlington;VA;22202;USA
ORG:US Navy
TITLE:Computer scientist
BDAY:1906-12-09
URL:http\\://example.org/grace
CATEGORIES:myContacts,Pioneers
NOTE:Coined "debugging"\\; loves COBOL.
END:VCARD
BEGIN:VCARD
VERSION:3.0
TEL;TYPE=WORK:030 999
END:VCARD"""
)

V40 = crlf(
    """BEGIN:VCARD
VERSION:4.0
FN:Zoë Ça
N:Ça;Zoë;;;
ORG:Société Générale
EMAIL;TYPE=work;PREF=2:zoe.work@example.fr
EMAIL;TYPE=home;PREF=1:zoe@example.fr
TEL;VALUE=uri;TYPE="voice,cell":tel:+33-6-12-34-56-78
BDAY:--0229
ADR;TYPE=work;LABEL="12 rue X\\nParis":;;12 rue X;Paris;;75001;France
NOTE:北京茶叶 и чай
END:VCARD"""
)

LOWER_CASE = crlf(
    """begin:vcard
version:3.0
n:Lovelace;Ada;;;
fn:Ada Lovelace
org:Analytical Engines
email;type=internet:ada@example.com
tel;type=work:+44 20 7946 0000
bday:1815-12-10
end:vcard"""
)


def test_outlook_21_quoted_printable_with_charsets_and_soft_breaks():
    (rec,) = vcard.read_vcards(OUTLOOK_21).records
    assert rec.name == "Dr. Jürgen Müller"
    assert rec.company == "Café Müller GmbH"
    assert rec.role == "Geschäftsführer"
    assert rec.notes == "Erste Zeile\nZweite Zeile, sehr lang und mit Umlaut ü am Ende"
    assert rec.emails == ["juergen@example.de", "j.mueller@privat.example"]
    assert rec.of_kind("phone") == [
        Point("phone", "+49 30 1234567", "work"),
        Point("phone", "+49 170 1234567", "mobile"),
        Point("phone", "+49 30 1234568", "work fax"),
    ]
    assert rec.of_kind("address") == [
        Point("address", "Hauptstraße 5, Hinterhaus, Berlin, 10115, Deutschland", "work")
    ]
    assert rec.birthday == Birthday(3, 15, 1970)


def test_outlook_21_in_windows_1252_bytes_without_quoted_printable():
    data = crlf(
        "BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=Windows-1252:Müller;Jürgen\n"
        "NOTE:Grüße aus Köln\nEND:VCARD",
        encoding="cp1252",
    )
    (rec,) = vcard.read_vcards(data).records
    assert rec.name == "Jürgen Müller"
    assert rec.notes == "Grüße aus Köln"


def test_iphone_30_groups_labels_photo_and_omitted_year():
    result = vcard.read_vcards(IPHONE_30)
    (rec,) = result.records
    assert result.warnings == []
    assert rec.name == "Johnny Appleseed"
    assert rec.company == "Apple Inc."
    assert rec.role == "Developer"
    # the preferred email comes first; Apple's group label wins over TYPE
    assert rec.of_kind("email") == [
        Point("email", "johnny@example.com", "other"),
        Point("email", "j.appleseed@apple.example", "work"),
    ]
    assert rec.of_kind("phone") == [
        Point("phone", "+1 (408) 555-0100", "mobile"),
        Point("phone", "+1 408 555 0199", "Assistant"),
    ]
    assert rec.of_kind("url") == [Point("url", "https://example.com/johnny", "homepage")]
    assert rec.notes == "Met at WWDC, likes apples\nSecond line"
    assert rec.birthday == Birthday(1, 24, None)


def test_google_30_several_cards_escapes_and_categories():
    result = vcard.read_vcards(GOOGLE_30)
    grace, phone_only = result.records
    assert grace.name == "Grace Hopper"
    assert grace.notes == 'Coined "debugging"; loves COBOL.'
    assert grace.of_kind("url") == [Point("url", "http://example.org/grace", None)]
    assert grace.tags == ["Pioneers"]  # Google's own system group is not a tag
    assert grace.birthday == Birthday(12, 9, 1906)
    assert phone_only.name == "030 999"  # no name at all: filed under the phone number
    assert phone_only.source == "card 2"


def test_vcard_40_pref_uri_and_leap_day():
    (rec,) = vcard.read_vcards(V40).records
    assert rec.name == "Zoë Ça"
    assert rec.emails == ["zoe@example.fr", "zoe.work@example.fr"]  # PREF=1 first
    assert rec.of_kind("phone") == [Point("phone", "+33-6-12-34-56-78", "mobile")]
    assert rec.birthday == Birthday(2, 29, None)
    assert rec.notes == "北京茶叶 и чай"


def test_lower_case_keywords_lf_only_and_bom():
    data = b"\xef\xbb\xbf" + LOWER_CASE.replace(b"\r\n", b"\n")
    (rec,) = vcard.read_vcards(data).records
    assert rec.name == "Ada Lovelace"
    assert rec.company == "Analytical Engines"
    assert rec.emails == ["ada@example.com"]
    assert rec.birthday == Birthday(12, 10, 1815)


def test_utf16_file_with_bom():
    data = LOWER_CASE.decode().encode("utf-16")
    assert vcard.read_vcards(data).records[0].name == "Ada Lovelace"


def test_an_odd_birthday_is_left_out_with_a_warning():
    data = crlf("BEGIN:VCARD\nVERSION:3.0\nFN:A\nBDAY:sometime in May\nEND:VCARD")
    result = vcard.read_vcards(data)
    assert result.records[0].birthday is None
    assert result.warnings == ["Card 1: the birthday 'sometime in May' is not a date; left out."]


def test_a_card_without_anything_is_skipped():
    data = crlf("BEGIN:VCARD\nVERSION:3.0\nNOTE:nobody\nEND:VCARD") + LOWER_CASE
    result = vcard.read_vcards(data)
    assert [r.name for r in result.records] == ["Ada Lovelace"]
    assert result.skipped[0].source == "card 1"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN B\nEND:VCARD",
            "Card 2 (from line 5) can't be read: line 7 ('FN B') is not a property (no ':')",
        ),
        (
            "BEGIN:VCARD\nVERSION:3.0\nFN:A\n",
            "Card 1 (from line 1) can't be read: it never ends (END:VCARD is missing)",
        ),
        ("name,email\nAda,ada@example.com", "Line 1 is outside any card"),
        ("", "holds no vCard"),
        (
            "BEGIN:VCARD\nVERSION:3.0\nF N:x\nEND:VCARD",
            "Card 1 (from line 1) can't be read: line 3 has no valid property name",
        ),
    ],
)
def test_broken_files_name_the_card_and_the_reason(text, message):
    with pytest.raises(UserError) as caught:
        vcard.read_vcards(crlf(text))
    assert message in caught.value.message
    assert caught.value.message.endswith("Nothing was imported.") or "no vCard" in message


def test_embedded_agent_card_is_read_past():
    data = crlf(
        "BEGIN:VCARD\nVERSION:2.1\nFN:Boss\nAGENT:\nBEGIN:VCARD\nVERSION:2.1\nFN:Assistant\n"
        "END:VCARD\nEMAIL:boss@example.com\nEND:VCARD"
    )
    (rec,) = vcard.read_vcards(data).records
    assert rec.name == "Boss" and rec.emails == ["boss@example.com"]


def _cards_text(cards):
    out = io.StringIO(newline="")
    vcard.write_vcards(cards, out)
    return out.getvalue()


def test_written_cards_are_vcard_40_folded_at_75_octets_and_read_back_the_same():
    card = vcard.VcardOut(
        name="Zoë Ça, the great",
        company="A;B",
        role="Buyer",
        email="z@example.fr",
        phone="+33 1 23",
        notes="line one\nline two " + "ü" * 80,
        points=[
            Point("email", "w@example.fr", "work"),
            Point("phone", "123", "Assistant"),
            Point("address", "1 rue X, Paris", "home"),
            Point("url", "https://example.fr", None),
        ],
        tags=["vip", "a,b"],
        birthday=Birthday(4, 15, 1980),
    )
    text = _cards_text([card])
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCARD" and lines[1] == "VERSION:4.0"
    assert all(len(line.encode()) <= 75 for line in lines)
    assert "EMAIL;PREF=1:z@example.fr" in lines
    assert "BDAY:19800415" in lines
    (back,) = vcard.read_vcards(text.encode()).records
    assert back.name == card.name
    assert back.company == "A;B"
    assert back.role == "Buyer"
    assert back.notes == card.notes
    assert back.emails == ["z@example.fr", "w@example.fr"]
    assert back.of_kind("phone")[1] == Point("phone", "123", "Assistant")
    assert back.of_kind("address") == [Point("address", "1 rue X, Paris", "home")]
    assert back.tags == ["vip", "a,b"]
    assert back.birthday == Birthday(4, 15, 1980)


@pytest.mark.parametrize(
    ("data", "shown"),
    [
        # A file that is not UTF-8 (a stray 0xff): the byte as \xff, not the Latin-1 'ÿ'.
        (
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nbad\x00li\x01ne\xff\r\nEND:VCARD\r\n",
            "('bad\\u0000li\\u0001ne\\xff')",
        ),
        # A UTF-8 file: its letters as they are, controls escaped.
        (
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nbad\x00\xc3\xbf\x1b[31m\r\nEND:VCARD\r\n",
            "('bad\\u0000\xff\\u001b[31m')",
        ),
        (b"xx\x00y\x01z\xff\r\nBEGIN:VCARD\r\nEND:VCARD\r\n", "('xx\\u0000y\\u0001z\\xff')"),
    ],
)
def test_a_quoted_line_shows_what_can_not_be_printed_as_escapes(data, shown):
    with pytest.raises(UserError) as caught:
        vcard.read_vcards(data)
    assert shown in caught.value.message
    assert "?" not in caught.value.message
