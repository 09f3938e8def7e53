"""Wording a new user met on the command line: a due date may be 'tomorrow', and a refused
date suggests words that fit the field; counts of one are singular; the respect reason quotes
a pain point without doubling its full stop."""

import datetime as dt

import pytest

TODAY = dt.date.today()


@pytest.fixture
def ada(cli):
    r = cli("add", "Ada Lovelace", "--stage", "connection")
    assert r.code == 0, r.err


def test_a_promise_can_be_due_tomorrow(cli, ada):
    r = cli("log", "ada", "--summary", "call", "--promise", "samples", "--due", "tomorrow")
    assert r.code == 0, r.err
    shown = cli("show", "ada")
    assert (TODAY + dt.timedelta(days=1)).isoformat() in shown.out


def test_a_bad_due_date_suggests_today_or_tomorrow_not_yesterday(cli, ada):
    r = cli("log", "ada", "--summary", "call", "--promise", "samples", "--due", "next week")
    assert r.code == 1
    assert "'today' or 'tomorrow'" in r.err and "yesterday" not in r.err


def test_a_bad_day_in_the_past_still_suggests_today_or_yesterday(cli, ada):
    r = cli("log", "ada", "--summary", "call", "--on", "last week")
    assert r.code == 1
    assert "'today' or 'yesterday'" in r.err


def test_tomorrow_is_refused_where_only_the_past_fits_with_its_reason(cli, ada):
    r = cli("log", "ada", "--summary", "call", "--on", "tomorrow")
    assert r.code == 1
    assert "is in the future" in r.err


def test_check_counts_one_customer_in_the_singular(cli, ada, backend):
    r = cli("check")
    assert r.code == 0, r.err
    assert "(1 customer)" in r.out
    cli("add", "Grace Hopper")
    assert "(2 customers)" in cli("check").out


def test_the_oldest_open_pain_is_quoted_without_its_full_stop(cli, ada):
    for n, pain in enumerate(("Price increase came without warning.", "Invoices are late.")):
        day = (TODAY - dt.timedelta(days=60 - n * 20)).isoformat()
        r = cli("log", "ada", "--on", day, "--summary", "call", "--pain", pain)
        assert r.code == 0, r.err
    out = cli("health", "ada").out
    assert "'Price increase came without warning', raised" in out
    assert ".'" not in out


def test_a_vcard_error_prints_escapes_not_question_marks(cli, tmp_path):
    path = tmp_path / "bad.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nbad\x00li\x01ne\xff\r\nEND:VCARD\r\n")
    r = cli("import", str(path))
    assert r.code == 1
    assert "('bad\\u0000li\\u0001ne\\xff')" in r.err
