"""CSV: our export, Google Contacts and Outlook recognised from the header, mappings, errors."""

import io

import pytest

from custjournal.domain.errors import Hint, UserError
from custjournal.interop import csvio
from custjournal.interop.records import Birthday, Point

GOOGLE = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Name Prefix,Name Suffix,Nickname,"
    "File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,"
    "Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,"
    "Phone 1 - Label,Phone 1 - Value,Address 1 - Label,Address 1 - Formatted,"
    "Address 1 - Street,Address 1 - City,Website 1 - Label,Website 1 - Value\r\n"
    'Ada,,Lovelace,,,,,,Analytical Engines,CTO,R&D,1815-12-10,"Likes tea,\nand maths",,'
    "* myContacts ::: VIP,Home,ada@home.example,* Work,ada@work.example,"
    'Mobile,+44 7700 900000 ::: +44 20 7946 0000,Work,"1 Engine St\nLondon",1 Engine St,'
    "London,Blog,https://ada.example\r\n"
    ",,,,,,,,Acme Ltd,,,--03-14,,,,,,,,,,,,,,,\r\n"
)

GOOGLE_OLD = (
    "Name,Given Name,Additional Name,Family Name,Birthday,Notes,Group Membership,"
    "E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
    "Organization 1 - Type,Organization 1 - Name,Organization 1 - Title\n"
    "Grace Hopper,Grace,,Hopper,1906-12-09,,* myContacts,* Home,grace@example.org,"
    "Mobile,+1 202 555 0143,,US Navy,Rear Admiral\n"
)

OUTLOOK = (
    '"Title","First Name","Middle Name","Last Name","Suffix","Company","Department",'
    '"Job Title","Business Street","Business City","Business State","Business Postal Code",'
    '"Business Country/Region","Business Fax","Business Phone","Home Phone","Mobile Phone",'
    '"Birthday","Categories","E-mail Address","E-mail Type","E-mail 2 Address","Notes",'
    '"Web Page"\r\n'
    '"Dr.","Jürgen","","Müller","","Café GmbH","Einkauf","Geschäftsführer","Hauptstraße 5",'
    '"Berlin","","10115","Deutschland","+49 30 1234568","+49 30 1234567","","+49 170 1234567",'
    '"3/15/1970","Lieferanten;Wichtig","juergen@example.de","SMTP","j@privat.example",'
    '"Grüße","www.cafe.example"\r\n'
    '"","Anna","","Schmidt","","","","","","","","","","","","","","0/0/00","","","","","",""\r\n'
)


def read(text: str, encoding: str = "utf-8", **kwargs):
    return csvio.read_csv(text.encode(encoding), name="contacts.csv", **kwargs)


def test_google_contacts_export():
    result = read(GOOGLE)
    assert result.format == "csv:google"
    ada, acme = result.records
    assert ada.name == "Ada Lovelace"
    assert ada.company == "Analytical Engines"
    assert ada.role == "CTO"
    assert ada.notes == "Likes tea,\nand maths"
    assert ada.tags == ["VIP"]
    # '* Work' marks Google's primary email: it comes first
    assert ada.of_kind("email") == [
        Point("email", "ada@work.example", "work"),
        Point("email", "ada@home.example", "home"),
    ]
    assert ada.phones == ["+44 7700 900000", "+44 20 7946 0000"]
    assert ada.of_kind("address") == [Point("address", "1 Engine St, London", "work")]
    assert ada.of_kind("url") == [Point("url", "https://ada.example", "blog")]
    assert ada.birthday == Birthday(12, 10, 1815)
    assert acme.name == "Acme Ltd" and acme.birthday == Birthday(3, 14, None)
    assert acme.source == "line 5"  # Ada's row spans lines 2-4 (two quoted newlines)


def test_older_google_csv():
    (grace,) = read(GOOGLE_OLD).records
    assert grace.name == "Grace Hopper"
    assert grace.company == "US Navy" and grace.role == "Rear Admiral"
    assert grace.emails == ["grace@example.org"]
    assert grace.tags == []


def test_outlook_export_in_windows_1252():
    result = read(OUTLOOK, encoding="cp1252")
    assert result.format == "csv:outlook"
    jurgen, anna = result.records
    assert jurgen.name == "Dr. Jürgen Müller"
    assert jurgen.company == "Café GmbH" and jurgen.role == "Geschäftsführer"
    assert jurgen.emails == ["juergen@example.de", "j@privat.example"]
    assert jurgen.of_kind("phone") == [
        Point("phone", "+49 170 1234567", "mobile"),
        Point("phone", "+49 30 1234567", "work"),
        Point("phone", "+49 30 1234568", "work fax"),
    ]
    assert jurgen.of_kind("address") == [
        Point("address", "Hauptstraße 5, Berlin, 10115, Deutschland", "work")
    ]
    assert jurgen.tags == ["Lieferanten", "Wichtig"]
    assert jurgen.birthday == Birthday(3, 15, 1970)
    assert anna.name == "Anna Schmidt" and anna.birthday is None  # 0/0/00 is Outlook's "none"
    assert result.warnings == ["Columns left out: 'Department', 'E-mail Type'."]
    assert result.warnings[0].hint == Hint.KEEP_COLUMNS  # "map them with --map" in the CLI


def test_a_simple_sheet_with_a_name_column_semicolons():
    result = read("Name;E-mail;Phone;Title\nBob;bob@example.com;123;Buyer\n")
    # 'E-mail' is not one of our column names: it needs a mapping, and the note says so
    (bob,) = result.records
    assert bob.name == "Bob" and bob.role == "Buyer" and bob.phones == ["123"]
    assert "'E-mail'" in result.warnings[0]


def test_explicit_mapping_with_labels_and_commas_in_column_names():
    text = 'Full name,"Mail, main",Cell,Birth\nAda Lovelace,ada@example.com,+44 1,10.12.1815\n'
    pairs = csvio.parse_mapping("Name=Full name,Email=Mail, main,phone:mobile=Cell,birthday=Birth")
    assert pairs == [
        ("name", "Full name"),
        ("email", "Mail, main"),
        ("phone:mobile", "Cell"),
        ("birthday", "Birth"),
    ]
    (ada,) = read(text, mapping=pairs).records
    assert ada.name == "Ada Lovelace"
    assert ada.emails == ["ada@example.com"]
    assert ada.of_kind("phone") == [Point("phone", "+44 1", "mobile")]
    assert ada.birthday == Birthday(12, 10, 1815)


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ("nom=Full name", "Unknown field 'nom' in the mapping"),
        ("name", "has no '='"),
        ("name=Nope", "The file has no column 'Nope'"),
        ("notes=Full name", "Nothing in the mapping gives a name"),
        ("notes:x=Full name", "Only email, phone, address and url take a label"),
    ],
)
def test_bad_mappings_say_what_is_wrong(mapping, message):
    with pytest.raises(UserError, match=message):
        read("Full name,Other\nA,B\n", mapping=csvio.parse_mapping(mapping))


def test_an_unknown_layout_asks_for_a_mapping():
    with pytest.raises(UserError, match="not a layout Customer Journal knows") as caught:
        read("Vorname,Nachname\nA,B\n")
    assert caught.value.hint == Hint.MAP_COLUMNS  # the CLI says --map, the app its column step


def test_broken_rows_name_their_line():
    with pytest.raises(UserError, match="Line 3 of contacts.csv has 3 values but the header"):
        read("name,email\nA,a@x\nB,b@x,extra\n")
    with pytest.raises(UserError, match="Line 2 of contacts.csv can't be read as CSV"):
        read('name,email\n"A,a@x\n', encoding="utf-8")
    with pytest.raises(UserError, match="is empty"):
        read("\n\n")


def test_our_export_reads_back_and_formulas_are_defused():
    out = io.StringIO(newline="")
    csvio.write_customers(
        [
            {
                "id": 7,
                "name": '=HYPERLINK("x")',
                "company": "Acme",
                "email": "a@example.com",
                "phone": "+44 20 7946 0000",
                "other_emails": ["b@example.com", "c@example.com"],
                "addresses": ["1 Main St, Springfield"],
                "tags": ["vip", "tea, green"],
                "stage": "loyalty",
                "birthday": "--02-29",
                "notes": "two\nlines",
                "value_12m": "12.50",
            }
        ],
        out,
    )
    text = out.getvalue()
    assert text.startswith("\ufeffid,name,")
    assert "'=HYPERLINK" in text and ",+44 20 7946 0000," in text
    result = csvio.read_csv(text.encode("utf-8"), name="export.csv")
    assert result.format == "csv:custjournal" and result.warnings == []
    (rec,) = result.records
    assert rec.name == '=HYPERLINK("x")'
    assert rec.emails == ["a@example.com", "b@example.com", "c@example.com"]
    assert rec.phones == ["+44 20 7946 0000"]
    assert rec.tags == ["vip", "tea, green"]
    assert rec.stage == "loyalty"
    assert rec.birthday == Birthday(2, 29, None)
    assert rec.notes == "two\nlines"


# --- guessing columns for the app's mapping step ------------------------------------------


def test_guessing_columns_from_their_names():
    assert csvio.guess_mapping(["Name", "Vorname", "Nachname", "Telefon", "Notiz", "Name"]) == [
        "name",
        "first_name",
        "last_name",
        "phone",
        "notes",
        None,  # a second name column is left for the user to choose
    ]


def test_guesses_start_at_a_word_and_repeat_only_for_multi_fields():
    header = ["Geburtstag", "E-Mail", "Mail privat", "Mobile", "Firma", "Something else"]
    assert csvio.guess_mapping(header) == [
        "birthday",  # "tag" inside a word is no tag
        "email",
        "email",  # a contact may have several emails
        "phone:mobile",
        "company",
        None,
    ]


def test_guesses_are_a_mapping_the_importer_takes():
    header = ["Customer", "Company", "Email", "Phone", "Job title", "Notes", "Tags"]
    guesses = csvio.guess_mapping(header)
    pairs = [(g, c) for g, c in zip(guesses, header, strict=True) if g]
    csvio.layout_for(header, pairs)  # raises UserError if a guess were not a field
    rows = csvio.read_csv(
        (",".join(header) + "\r\nAda,Engines,a@x.example,1,CTO,n,vip\r\n").encode(),
        name="x.csv",
        mapping=pairs,
    )
    assert guesses == ["name", "company", "email", "phone", "role", "notes", "tags"]
    assert [(r.name, r.company, r.role, r.tags) for r in rows.records] == [
        ("Ada", "Engines", "CTO", ["vip"])
    ]
