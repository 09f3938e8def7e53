"""`custjournal due`, `snooze`, `dismiss`, `unsnooze` and `cadence` as a user types them."""

import datetime as dt
import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custjournal.cli import reminders
from custjournal.domain import reminders as rules
from custjournal.interop import terminal
from tests import rawdb

TODAY = "2025-03-01"


def ok(cli, *args):
    r = cli(*args)
    assert r.code == 0, r.err
    return r


@pytest.fixture
def ada(cli):
    """Ada: neglected since 23 January, an overdue promise, a birthday in three days."""
    ok(cli, "add", "Ada Lovelace", "--stage", "connection", "--company", "Engines")
    ok(cli, "log", "ada", "--on", "2025-01-02", "--promise", "send the brochure",
       "--due", "2025-02-20")  # fmt: skip
    ok(cli, "fact", "ada", "--category", "important-date", "Birthday", "--date", "03-04",
       "--on", "2025-01-02")  # fmt: skip


def state_rows(path):
    con = rawdb.connect(path)
    rows = con.execute(
        "SELECT customer_id, item_key, snoozed_until, dismissed_on FROM reminder_state"
    ).fetchall()
    con.close()
    return rows


def due_json(cli, today=TODAY):
    r = cli("due", "--today", today, "--json")
    assert r.code == 0, r.err
    return json.loads(r.out)


def test_due_json_has_the_promised_fields_in_order(cli, ada):
    items = due_json(cli)
    assert [(i["reason"], i["due"]) for i in items] == [
        ("promise", "2025-02-20"),
        ("neglected", "2025-01-23"),
        ("date", "2025-03-04"),
    ]
    first = items[0]
    assert first["customer"] == "Ada Lovelace" and first["customer_id"] == 1
    assert first["detail"] == "Promise overdue by 9 days (due 2025-02-20): send the brochure"
    assert first["item_key"] == "promise:1" and first["tier"] == "C"
    assert items[1]["detail"] == "No contact for 58 days — Connection cadence: 21 days"
    for item in items:
        assert {"customer", "customer_id", "reason", "due", "detail", "item_key"} <= set(item)


def columns(line: str) -> int:
    """Terminal columns: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def test_due_text_fits_80_columns_even_with_long_and_wide_names(cli, ada):
    long_latin = "Bartholomew Maximilian Featherstonehaugh-Cholmondeley of Upper Wallop"
    long_cjk = "北京茶叶进出口贸易有限公司采购部总经理王小明先生"
    for name in (long_latin, long_cjk):
        ok(cli, "add", name, "--stage", "prospecting")
        ok(cli, "log", name, "--on", "2025-01-01", "--promise", "寄送样品和价格表" * 4,
           "--due", "2025-02-01")  # fmt: skip
    r = cli("due", "--today", TODAY)
    assert r.code == 0
    lines = r.out.splitlines()
    assert lines[0] == "Due on 2025-03-01: 7 items"
    assert max(columns(line) for line in lines) <= 80
    assert "No contact for 58 days — Connection cadence: 21 days" in r.out
    assert "#2 Bartholomew Maximilian" in r.out and "#3 北京茶叶" in r.out
    assert any(line.startswith("#1 Ada Lovelace ") and "promise" in line for line in lines)


def test_nothing_due(cli, ada):
    r = cli("due", "--today", "2025-01-03")
    assert r.out.strip() == "Nothing is due on 2025-01-03."
    assert due_json(cli, "2025-01-03") == []


def test_due_on_a_missing_journal_creates_nothing(cli, journal_path):
    r = cli("due")
    assert r.code == 1 and rawdb.said_missing(r.err, journal_path)
    assert not rawdb.exists(journal_path)


def test_snooze_dismiss_unsnooze(cli, ada, journal_path):
    r = cli("snooze", "ada", "neglected", "--until", "2025-03-08", "--today", TODAY)
    assert r.code == 0, r.err
    assert r.out.strip() == (
        "Snoozed the reminder to get in touch for Ada Lovelace until 2025-03-08."
    )
    # Without TEXT, the promise that is due now is the one meant.
    assert cli("dismiss", "ada", "promise", "--today", TODAY).code == 0
    assert [i["reason"] for i in due_json(cli)] == ["date"]
    assert [i["reason"] for i in due_json(cli, "2025-03-08")] == ["neglected"]
    assert cli("unsnooze", "#1", "promise:1").code == 0
    assert [i["reason"] for i in due_json(cli)] == ["promise", "date"]
    assert state_rows(journal_path) == [(1, "neglected", "2025-03-08", None)]


def test_picking_a_promise_by_its_text(cli, ada, journal_path):
    cli("log", "ada", "--on", "2025-01-03", "--promise", "schedule a visit", "--due", "2025-02-21")
    r = cli("dismiss", "ada", "promise", "--today", TODAY)
    assert r.code == 1
    assert "'send the brochure' (promise:1); 'schedule a visit' (promise:2)" in r.err
    assert cli("dismiss", "ada", "Promise", "sched", "--today", TODAY).code == 0
    assert state_rows(journal_path) == [(1, "promise:2", None, TODAY)]


def table_counts(path):
    con = rawdb.connect(path)
    settings = con.execute("SELECT * FROM setting ORDER BY key").fetchall()
    con.close()
    return rawdb.counts(path), settings


BAD_INPUTS = [
    (("due", "--today", "2025-02-30"), "not a valid --today date"),
    (("snooze", "ada", "bogus", "--until", "2025-03-08"), "Unknown reason 'bogus'"),
    (("snooze", "ada", "bogus", "--until", "2025-03-08", "--today", TODAY), "Unknown reason"),
    (("snooze", "ada", "neglected", "--until", "someday"), "not a valid snooze date"),
    (("snooze", "ada", "neglected", "--until", "2025-03-01", "--today", TODAY), "after today"),
    (("snooze", "bob", "neglected", "--until", "2099-01-01"), "No customer matches 'bob'"),
    (("dismiss", "ada", "neglected", "extra"), "only one neglected reminder"),
    (("dismiss", "ada", "promise", "call"), "No open promise of Ada Lovelace starts with"),
    (("dismiss", "ada", "promise:99"), "has no promise #99"),
    (("dismiss", "ada", "promise:x"), "does not say which promise"),
    (("dismiss", "ada", "date:1", "birthday"), "already names one date"),
    (("cadence", "dating", "10"), "Unknown stage 'dating'"),
    (("cadence", "connection", "0"), "makes no sense"),
    (("cadence", "connection", "often"), "not a valid cadence"),
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


def test_a_customer_without_dates_says_so(cli):
    cli("add", "Grace")
    r = cli("snooze", "grace", "date", "--until", "2099-01-01")
    assert r.code == 1 and r.err.strip() == "Grace has no important dates."


@pytest.mark.parametrize("args", [("snooze", "ada", "neglected"), ("dismiss", "ada"), ("due", "x")])
def test_misuse_exits_2(cli, args):
    assert cli(*args).code == 2


def test_cadence_shows_and_sets(cli, ada):
    r = cli("cadence")
    assert r.code == 0
    assert "Connection 21 11" in " ".join(r.out.split())
    assert json.loads(cli("cadence", "--json").out) == {
        "prospecting": 14,
        "consideration": 7,
        "purchase": 7,
        "connection": 21,
        "loyalty": 45,
    }
    r = cli("cadence", "Connection", "30")
    assert r.out.strip() == "Connection cadence is now 30 days."
    assert json.loads(cli("cadence", "connection", "--json").out) == {"connection": 30}
    assert due_json(cli)[1]["detail"] == "No contact for 58 days — Connection cadence: 30 days"


def test_cadence_on_a_missing_journal_creates_nothing(cli, journal_path):
    assert cli("cadence").code == 1
    assert not rawdb.exists(journal_path)


_WORDS = st.lists(
    st.sampled_from(["ab", " ", "Zoë", "Ngọc", "北京", "\t", "\n", "—", "\x1b", "\u0301", "word"]),
    max_size=40,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(1, 99999), _WORDS, _WORDS, st.sampled_from(["A", "B", "C"])),
        max_size=12,
    )
)
def test_due_lines_are_each_item_fitted_and_wrapped(entries):
    """`due` lays its names and sentences out a whole list at once (terminal.odd_ones): the
    lines are those of fitting each name and wrapping each sentence, whatever they hold."""
    items = [
        rules.DueItem(
            cid, name, rules.NEGLECTED, dt.date(2025, 3, 1), detail, "neglected", tier, 1.0
        )
        for cid, name, detail, tier in entries
    ]
    expected = [
        "Due on 2025-03-01: " + ("1 item" if len(items) == 1 else f"{len(items)} items"),
        "",
    ]
    for item in items:
        head = f"#{item.customer_id} "
        tail = f"  tier {item.tier}  {item.reason:<14} {item.due.isoformat()}"
        expected.append(head + terminal.fit(item.customer, 80 - len(head) - len(tail)) + tail)
        expected += terminal.wrap(item.detail, 80, "    ")
    if not items:
        expected = ["Nothing is due on 2025-03-01."]
    assert reminders.render_due(items, "2025-03-01") == expected
