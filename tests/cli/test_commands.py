"""The command line as a user types it: every command, its JSON, and its bad inputs."""

import datetime as dt
import json

import pytest

from tests import rawdb


@pytest.fixture
def ada(cli):
    r = cli(
        "add",
        "Ada Lovelace",
        "--company",
        "Analytical Engines",
        "--role",
        "CTO",
        "--email",
        "ada@example.com",
        "--stage",
        "connection",
        "--tag",
        "vip",
        "--tag",
        "tea",
    )
    assert r.code == 0, r.err
    return r


def table_counts(path):
    return rawdb.counts(path)


def test_add_then_list_json_has_the_promised_fields(cli, ada):
    assert "Added Ada Lovelace (#1)" in ada.out
    r = cli("list", "--json")
    (item,) = json.loads(r.out)
    assert item["id"] == 1 and item["name"] == "Ada Lovelace"
    assert item["company"] == "Analytical Engines"
    assert item["stage"] == "connection" and item["tier"] == "C"
    assert item["last_contact"] is None
    assert item["value_12m"] == "0.00"
    assert item["tags"] == ["tea", "vip"]
    assert item["next_due"] == (dt.date.today() + dt.timedelta(days=21)).isoformat()


def test_list_json_counts_days_to_the_due_the_list_shows(cli, ada):
    """A promise to Ada was due three days ago, her next contact is weeks away: `list` says
    "3d over" (the app's Due column "3 d overdue"), and its JSON says the same day and the same
    days, beside the next contact it keeps in `next_due`."""
    args = ("--today", "2026-06-15")
    assert cli("log", "ada", "--on", "2026-06-13").code == 0
    (item,) = json.loads(cli("list", "--json", *args).out)
    assert (item["next_due"], item["due"], item["days_until_due"]) == (
        "2026-07-04",
        "2026-07-04",
        19,
    )
    log = ("log", "ada", "--on", "2026-06-05", "--promise", "samples", "--due", "2026-06-12")
    assert cli(*log).code == 0
    (line,) = [x for x in cli("list", *args).out.splitlines() if "Ada" in x]
    assert line.endswith("3d over")
    (item,) = json.loads(cli("list", "--json", *args).out)
    assert item["next_due"] == "2026-07-04"  # the next contact: the 13th plus 21 days
    assert (item["due"], item["days_until_due"]) == ("2026-06-12", -3)


def test_journal_option_after_the_command(cli, journal_path, tmp_path):
    other = tmp_path / "other.sqlite3"
    from custjournal.cli import main

    assert main(["add", "Grace", "--journal", str(other)]) == 0
    assert other.exists()


def test_log_records_everything_and_show_lists_it_newest_first(cli, ada):
    r = cli(
        "log",
        "ada",
        "--on",
        "yesterday",
        "--channel",
        "Meeting",
        "--summary",
        "Q4 plans",
        "--delight",
        "quick quote",
        "--delight",
        "the tea",
        "--pain",
        "slow shipping",
        "--competitor-pain",
        "rude support",
        "--why-buy",
        "you listen",
        "--promise",
        "send brochure",
        "--due",
        "2099-01-01",
    )
    assert r.code == 0, r.err
    assert cli("log", "#1", "--summary", "Follow-up").code == 0
    doc = json.loads(cli("show", "ada", "--json").out)
    assert [c["summary"] for c in doc["conversations"]] == ["Follow-up", "Q4 plans"]
    q4 = doc["conversations"][1]
    assert q4["channel"] == "meeting"
    assert sorted(d["text"] for d in q4["delights"]) == ["quick quote", "the tea"]
    assert {(p["text"], p["with_whom"]) for p in q4["pain_points"]} == {
        ("slow shipping", "us"),
        ("rude support", "competitor"),
    }
    assert q4["why_buy"] == "you listen"
    assert doc["promises"][0]["text"] == "send brochure"
    assert doc["promises"][0]["due_on"] == "2099-01-01"
    for key in (
        "conversations",
        "promises",
        "facts",
        "gifts",
        "invitations",
        "milestones",
        "purchases",
        "stage_history",
        "contact_points",
    ):
        assert isinstance(doc[key], list)
    text = cli("show", "ada").out
    assert text.index("Follow-up") < text.index("Q4 plans")
    assert "pain (competitor): rude support" in text


def test_fact_gift_invite_milestone_purchase_stage(cli, ada):
    assert (
        cli("fact", "ada", "--category", "important date", "Birthday", "--date", "12-10").code == 0
    )
    assert cli("fact", "ada", "--category", "family", "Two children").code == 0
    assert (
        cli(
            "gift", "ada", "--what", "Tea sampler", "--cost", "25.50", "--occasion", "Christmas"
        ).code
        == 0
    )
    assert cli("invite", "ada", "--event", "Spring gala", "--event-date", "2099-03-01").code == 0
    r = cli(
        "invite",
        "ada",
        "--event",
        "spring gala",
        "--event-date",
        "2099-03-01",
        "--status",
        "accepted",
    )
    assert "now accepted" in r.out
    assert cli("milestone", "ada", "--kind", "first disclosure", "--note", "her kids").code == 0
    assert cli("milestone", "ada", "--kind", "Spoke at our meetup", "--custom").code == 0
    assert cli("purchase", "ada", "--amount", "12000", "--what", "Engine").code == 0
    assert cli("stage", "ada", "loyalty").code == 0
    doc = json.loads(cli("show", "ada", "--json").out)
    assert {f["category"] for f in doc["facts"]} == {"important-date", "family"}
    birthday = next(f for f in doc["facts"] if f["category"] == "important-date")
    assert (birthday["month"], birthday["day"]) == (12, 10)
    assert doc["gifts"][0]["cost"] == "25.50"
    (inv,) = doc["invitations"]
    assert inv["status"] == "accepted"
    assert [s["status"] for s in inv["status_history"]] == ["accepted", "invited"]
    assert {m["kind"] for m in doc["milestones"]} == {"first-disclosure", "Spoke at our meetup"}
    assert doc["purchases"][0]["amount"] == "12000.00"
    assert doc["purchases"][0]["currency"] == doc["currency"]
    assert [s["stage"] for s in doc["stage_history"]] == ["loyalty", "connection"]
    assert doc["stage"] == "loyalty" and doc["tier"] == "A"
    assert doc["value_12m"] == "12000.00"


def test_done_and_resolve_close_the_loop(cli, ada):
    cli(
        "log", "ada", "--pain", "slow shipping", "--pain", "late invoices", "--promise", "call back"
    )
    assert cli("done", "ada").code == 0
    r = cli("resolve", "ada")
    assert r.code == 1 and "slow shipping" in r.err and "late invoices" in r.err
    assert cli("resolve", "ada", "late").code == 0
    doc = json.loads(cli("show", "ada", "--json").out)
    assert doc["promises"][0]["done_on"] == dt.date.today().isoformat()
    resolved = {p["text"]: p["resolved_on"] for p in doc["pain_points"]}
    assert resolved["slow shipping"] is None and resolved["late invoices"] is not None


def test_search_finds_old_notes_and_prints_json_hits(cli, ada):
    cli("log", "ada", "--summary", "Discussed the Zürich warehouse", "--on", "2025-01-02")
    r = cli("search", "zurich", "--json")
    (hit,) = json.loads(r.out)
    assert hit["customer_id"] == 1 and hit["customer"] == "Ada Lovelace"
    assert hit["kind"] == "conversation" and hit["date"] == "2025-01-02"
    assert "Zürich" in hit["snippet"]
    assert "Nothing found" in cli("search", "nonexistentword").out


BAD_INPUTS = [
    (("stage", "ada", "nowhere"), "Unknown stage 'nowhere'"),
    (("log", "bob"), "No customer matches 'bob'"),
    (("log", "ada", "--on", "2026-13-01"), "not a valid conversation date"),
    (("log", "ada", "--on", "2999-01-01"), "in the future"),
    (("log", "ada", "--channel", "pigeon"), "unknown channel"),
    (("log", "ada", "--due", "2099-01-01"), "--due needs --promise"),
    (("purchase", "ada", "--amount", "-5"), "can't be negative"),
    (("purchase", "ada", "--amount", "lots"), "not a valid amount"),
    (("gift", "ada", "--what", "Tea", "--cost", "-1"), "can't be negative"),
    (("add", "  "), "name can't be empty"),
    (("add", "Bob", "--stage", "dating"), "unknown stage"),
    (("add", "Bob", "--cadence", "0"), "cadence"),
    (("milestone", "ada", "--kind", "typo"), "--custom"),
    (("fact", "ada", "--category", "hobbies", "x"), "unknown category"),
    (
        ("fact", "ada", "--category", "important-date", "Birthday"),
        "--date: an important date needs its day of the year: write it as MM-DD",
    ),
    (("fact", "ada", "--category", "family", "x", "--date", "02-30"), "MM-DD"),
    (
        ("invite", "ada", "--event", "Gala", "--event-date", "2099-01-01", "--status", "maybe"),
        "Unknown status",
    ),
    (("show", "#99"), "no customer #99"),
    (("done", "ada"), "no open promises"),
]


@pytest.mark.parametrize(("args", "message"), BAD_INPUTS)
def test_bad_values_exit_1_with_one_sentence_and_write_nothing(
    cli, ada, journal_path, args, message
):
    before = table_counts(journal_path)
    r = cli(*args)
    assert r.code == 1
    assert message in r.err
    assert "Traceback" not in r.err and len(r.err.strip().splitlines()) == 1
    assert table_counts(journal_path) == before


# The lower layers say what is wrong without naming a flag (domain/errors.py); the command line
# puts the option the value came from in front, from its one table (cli/common.py, FIELD_FLAGS).
NAMED_OPTIONS = [
    (("log", "ada", "--on", "2026-13-01"), "--on: '2026-13-01' is not a valid conversation date"),
    (("log", "ada", "--due", "31-02", "--promise", "call"), "--due: '31-02' is not a valid due"),
    (("log", "ada", "--channel", "pigeon"), "--channel: unknown channel 'pigeon'"),
    (("add", "Bob", "--stage", "dating"), "--stage: unknown stage 'dating'"),
    (("purchase", "ada", "--amount", "-5"), "--amount: the amount can't be negative"),
    (("purchase", "ada", "--amount", ""), "--amount: the amount can't be empty"),
    (("gift", "ada", "--what", "Tea", "--cost", "x"), "--cost: 'x' is not a valid cost"),
    (("fact", "ada", "--category", "family", "x", "--date", "02-30"), "--date: '02-30'"),
    (("fact", "ada", "--category", "hobbies", "x"), "--category: unknown category"),
    (("milestone", "ada", "--kind", "typo"), "--kind: unknown milestone kind 'typo'"),
    (("purchase", "ada", "--amount", "1", "--currency", "E1"), "--currency: 'E1' is not a"),
    (
        ("invite", "ada", "--event", "Gala", "--event-date", "2099-02-30"),
        "--event-date: '2099-02-30' is not a valid event date",
    ),
    (
        ("invite", "ada", "--event", "Gala", "--event-date", "2099-01-01", "--invited-on", "x"),
        "--invited-on: 'x' is not a valid invitation date",
    ),
]


@pytest.mark.parametrize(("args", "start"), NAMED_OPTIONS)
def test_a_bad_value_names_the_option_it_came_from(cli, ada, args, start):
    r = cli(*args)
    assert r.code == 1 and r.err.startswith(start), r.err
    flag = start.split(":")[0]
    assert r.err.count(flag) == 1  # named once, not again inside the sentence


def test_a_value_given_without_an_option_names_none(cli, ada):
    """`stage ada dating`: the stage is an argument, not --stage."""
    r = cli("stage", "ada", "dating")
    assert r.code == 1 and r.err.startswith("Unknown stage 'dating'") and "--" not in r.err


@pytest.mark.parametrize(
    ("args", "end"),
    [
        (("milestone", "ada", "--kind", "typo"), " Add --custom to keep your own kind as written."),
        (("show", "#99"), "There is no customer #99. 'custjournal list' shows the ids."),
    ],
)
def test_a_suggested_action_is_said_as_a_command(cli, ada, args, end):
    r = cli(*args)
    assert r.code == 1 and r.err.rstrip("\n").endswith(end), r.err


def test_a_decimal_comma_is_the_decimal_mark(cli, ada):
    assert cli("purchase", "ada", "--amount", "12,50").code == 0
    assert cli("gift", "ada", "--what", "Tea", "--cost", "1,5").code == 0
    doc = json.loads(cli("show", "ada", "--json").out)
    assert doc["purchases"][0]["amount"] == "12.50"
    assert doc["gifts"][0]["cost"] == "1.50"


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("1,234", "1234 if the comma groups thousands, or 1.234"),
        ("1e309", "999,999,999,999.99"),
        ("1" * 23, "too large: the most is 999,999,999,999.99"),
        ("nan", "999,999,999,999.99"),
    ],
)
def test_ambiguous_or_huge_amounts_exit_1_with_a_sentence(cli, ada, journal_path, amount, message):
    before = table_counts(journal_path)
    r = cli("purchase", "ada", "--amount", amount)
    assert (r.code, r.out) == (1, "")
    assert message in r.err and len(r.err.strip().splitlines()) == 1
    assert table_counts(journal_path) == before


def test_ambiguous_customer_lists_candidates(cli, ada):
    cli("add", "Adam Smith", "--company", "Pin Factory")
    r = cli("log", "ad")
    assert r.code == 1
    assert "#1 Ada Lovelace (Analytical Engines)" in r.err and "#2 Adam Smith" in r.err


@pytest.mark.parametrize("args", [("frobnicate",), ("log",), ("add",), ("list", "--bogus")])
def test_misuse_exits_2(cli, args):
    assert cli(*args).code == 2


@pytest.mark.parametrize("command", ["list", "show ada", "search x"])
def test_reading_commands_on_a_missing_journal_create_nothing(cli, journal_path, command):
    r = cli(*command.split())
    assert r.code == 1 and rawdb.said_missing(r.err, journal_path)
    assert not rawdb.exists(journal_path)


def test_list_filters_by_stage_and_tag(cli, ada):
    cli("add", "Grace Hopper", "--stage", "prospecting", "--tag", "navy")
    names = lambda *a: [i["name"] for i in json.loads(cli("list", "--json", *a).out)]  # noqa: E731
    assert names("--stage", "Prospecting") == ["Grace Hopper"]
    assert names("--tag", "VIP") == ["Ada Lovelace"]
    assert cli("list", "--stage", "bogus").code == 1


def test_list_and_show_fit_80_columns_with_wide_characters(cli):
    from custjournal.interop.terminal import display_width

    cli("add", "李伟 (Lǐ Wěi) 北京茶叶有限公司的总经理", "--company", "北京茶叶有限公司 🍵 Ltd")
    cli("log", "#1", "--summary", "谈到了新的茶叶品种和明年的订单 " * 6)
    for args in (("list",), ("show", "#1")):
        out = cli(*args).out
        assert out.strip()
        assert max(display_width(line) for line in out.splitlines()) <= 80
