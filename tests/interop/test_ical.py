"""The iCalendar export, parsed back with the `icalendar` library."""

import datetime as dt
import stat

import icalendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

from custjournal import ops
from custjournal.domain import reminders as rules
from custjournal.domain.errors import UserError
from custjournal.interop import ical

D = dt.date
TODAY = D(2025, 3, 1)
NOW = dt.datetime(2025, 3, 1, 8, 30, tzinfo=dt.UTC)


@pytest.fixture
def filled(journal):
    ada = ops.add_customer(journal, "Ada Lovelace", stage="connection").id
    grace = ops.add_customer(journal, "Grace Hopper", stage="loyalty").id
    ops.log_conversation(
        journal, ada, on=D(2025, 1, 2), promise="send the brochure", promise_due=D(2025, 2, 20)
    )
    ops.add_promise(journal, ada, "visit the plant", due=D(2025, 4, 15), on=D(2025, 1, 2))
    ops.add_promise(journal, ada, "no date yet", on=D(2025, 1, 2))
    ops.log_conversation(journal, grace, on=D(2025, 2, 25))
    ops.add_fact(journal, grace, "important-date", "Birthday", month_day=(3, 4), on=D(2025, 1, 1))
    return journal, ada, grace


def read(path):
    return icalendar.Calendar.from_ical(path.read_bytes())


def events(calendar):
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def test_export_writes_a_valid_calendar_of_all_day_events(filled, tmp_path):
    journal, ada, grace = filled
    path = tmp_path / "due.ics"
    count = ical.export(journal, path, TODAY, now=NOW)
    calendar = read(path)
    assert str(calendar["version"]) == "2.0"
    assert str(calendar["prodid"]).startswith("-//Customer Journal//")
    found = events(calendar)
    assert count == len(found) == 4
    assert set(found) == {
        f"customer-{ada}-neglected@custjournal",
        f"customer-{ada}-promise-1@custjournal",
        f"customer-{ada}-promise-2@custjournal",
        f"customer-{grace}-date-1-2025@custjournal",
    }
    for event in found.values():
        start = event.decoded("dtstart")
        assert type(start) is dt.date  # all-day: VALUE=DATE
        assert event.decoded("dtend") == start + dt.timedelta(days=1)
        assert event.decoded("dtstamp") == NOW
        assert str(event["transp"]) == "TRANSPARENT"
    neglect = found[f"customer-{ada}-neglected@custjournal"]
    # Due on 23 January, already past: it goes on the export day, and says since when.
    assert neglect.decoded("dtstart") == TODAY
    assert str(neglect["summary"]) == "Get in touch with Ada Lovelace"
    assert "No contact for 58 days" in str(neglect["description"])
    assert "Due since 2025-01-23" in str(neglect["description"])
    overdue = found[f"customer-{ada}-promise-1@custjournal"]
    assert str(overdue["summary"]) == "Promise to Ada Lovelace: send the brochure"
    assert overdue.decoded("dtstart") == TODAY
    later = found[f"customer-{ada}-promise-2@custjournal"]
    assert later.decoded("dtstart") == D(2025, 4, 15)  # not due yet: on its own day
    birthday = found[f"customer-{grace}-date-1-2025@custjournal"]
    assert birthday.decoded("dtstart") == D(2025, 3, 4)
    assert str(birthday["summary"]) == "Grace Hopper: Birthday"


def test_uids_are_stable_and_a_later_export_has_a_higher_sequence(filled, tmp_path):
    journal, ada, _grace = filled
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    ical.export(journal, first, TODAY, now=NOW)
    ops.log_conversation(journal, ada, on=TODAY)  # the neglect item goes, the rest stays
    ical.export(journal, second, TODAY, now=NOW + dt.timedelta(hours=1))
    one, two = events(read(first)), events(read(second))
    assert set(two) == set(one) - {f"customer-{ada}-neglected@custjournal"}
    for uid in two:
        assert two[uid]["sequence"] > one[uid]["sequence"]


def test_the_file_is_owner_only_even_when_it_replaces_a_readable_one(filled, tmp_path):
    journal, *_ = filled
    path = tmp_path / "due.ics"
    path.write_text("old")
    path.chmod(0o644)
    ical.export(journal, path, TODAY, now=NOW)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_an_empty_journal_gives_an_empty_calendar(journal, tmp_path):
    path = tmp_path / "empty.ics"
    assert ical.export(journal, path, TODAY, now=NOW) == 0
    assert read(path).walk("VEVENT") == []


def test_a_missing_folder_is_a_user_error(journal, tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        ical.export(journal, tmp_path / "nowhere" / "due.ics", TODAY)
    with pytest.raises(UserError, match="is a folder"):
        ical.export(journal, tmp_path, TODAY)


def test_text_with_commas_semicolons_and_newlines_survives(journal, tmp_path):
    ada = ops.add_customer(journal, "Zoë, the; first").id
    ops.add_promise(journal, ada, "call back; bring\nsamples", due=D(2025, 3, 2), on=D(2025, 1, 1))
    path = tmp_path / "due.ics"
    ical.export(journal, path, TODAY, now=NOW)
    (event,) = [e for e in read(path).walk("VEVENT") if "promise" in str(e["uid"])]
    assert str(event["summary"]) == "Promise to Zoë, the; first: call back; bring\nsamples"


def item(customer: str, subject: str) -> rules.DueItem:
    return rules.DueItem(
        7, customer, "promise", TODAY, f"Promise due today: {subject}", "promise:3", "C", 1.0,
        subject,
    )  # fmt: skip


@given(st.text(), st.text())
def test_any_text_survives_the_round_trip(customer, subject):
    text, count = ical.render_calendar([item(customer, subject)], [], TODAY, NOW)
    raw = text.encode()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    (event,) = icalendar.Calendar.from_ical(raw).walk("VEVENT")
    assert count == 1

    def written(value: str) -> str:
        # What RFC 5545 TEXT can hold: control characters other than tab are dropped, and
        # every line break becomes a newline.
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        return "".join(ch for ch in value if ch in "\t\n" or not (ch < " " or ch == "\x7f"))

    assert str(event["summary"]) == written(f"Promise to {customer}: {subject}")
    assert str(event["uid"]) == "customer-7-promise-3@custjournal"


@pytest.mark.parametrize("text", ["a" * 200, "é" * 100, "北" * 60, "🎉" * 40, "a" + "€" * 50])
def test_long_lines_fold_at_75_octets_without_splitting_a_character(text):
    folded = ical.fold(f"SUMMARY:{text}").encode()
    pieces = folded.split(b"\r\n")
    assert all(len(p) <= 75 for p in pieces)
    assert all(p.startswith(b" ") for p in pieces[1:])
    for p in pieces:
        p.decode()  # each piece is whole UTF-8
    assert b"".join(p[1:] if i else p for i, p in enumerate(pieces)).decode() == f"SUMMARY:{text}"
