"""Parsing what a user types: dates, recurring dates, money, vocabularies."""

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custjournal.domain import vocab
from custjournal.domain.currencies import ZERO_DECIMAL, decimals
from custjournal.domain.errors import Field, Hint, UserError
from custjournal.domain.values import (
    FIRST_DAY,
    LAST_DAY,
    NAME_LIMIT,
    TEXT_LIMIT,
    clean_optional,
    format_amount,
    format_minor,
    format_money,
    format_typed,
    parse_amount,
    parse_cadence,
    parse_date,
    parse_month_day,
    require_text,
)

TODAY = dt.date(2026, 11, 23)


def test_dates_accept_iso_today_and_yesterday():
    assert parse_date("2026-11-22", today=TODAY) == dt.date(2026, 11, 22)
    assert parse_date("Today", today=TODAY) == TODAY
    assert parse_date("yesterday", today=TODAY) == dt.date(2026, 11, 22)


@pytest.mark.parametrize("bad", ["2026-13-01", "2026-02-30", "22/11/2026", "", "2026-1-1", "soon"])
def test_malformed_dates_say_how_to_write_them(bad):
    with pytest.raises(UserError, match="YYYY-MM-DD"):
        parse_date(bad, today=TODAY)


def test_what_already_happened_cannot_be_in_the_future():
    assert parse_date("2026-11-23", today=TODAY, allow_future=False) == TODAY
    with pytest.raises(UserError, match="in the future"):
        parse_date("2026-11-24", today=TODAY, allow_future=False)


def test_recurring_dates_include_29_february():
    assert parse_month_day("02-29") == (2, 29)
    assert parse_month_day("1990-03-14") == (3, 14)
    for bad in ("02-30", "13-01", "3/14", "x"):
        with pytest.raises(UserError, match="MM-DD"):
            parse_month_day(bad)


def test_money_is_exact_and_never_negative():
    assert parse_amount("12000") == 1_200_000
    assert parse_amount("99.5") == 9950
    assert parse_amount("0.10") == 10
    assert format_minor(1_200_050) == "12000.50"
    for bad, msg in (
        ("-5", "negative"),
        ("abc", "not a valid"),
        ("1.005", "two decimals"),
        ("nan", "not a valid"),
        ("inf", "not a valid"),
    ):
        with pytest.raises(UserError, match=msg):
            parse_amount(bad)


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_amounts_round_trip_exactly(amount: Decimal):
    assert Decimal(format_minor(parse_amount(str(amount)))) == amount


# --- money typed by a person (docs/rules.md): the decimal mark is read, not guessed ---------


@pytest.mark.parametrize(
    ("typed", "minor"),
    [
        ("12,50", 1250),
        ("12.50", 1250),
        ("1,5", 150),
        ("1.5", 150),
        ("1.234,50", 123450),
        ("1,234.50", 123450),
        ("1.234.567", 123456700),
        ("1,234,567.8", 123456780),
        ("0,05", 5),
        (" 99,9 ", 9990),
        ("999,999,999,999.99", 99999999999999),
    ],
)
def test_a_single_mark_followed_by_one_or_two_digits_is_the_decimal_mark(typed, minor):
    assert parse_amount(typed) == minor


@pytest.mark.parametrize(
    ("typed", "readings"),
    [("1,234", ("1234", "1.234")), ("1.234", ("1234", "1.234")), ("1,230", ("1230", "1.23"))],
)
def test_an_ambiguous_amount_is_refused_with_both_readings(typed, readings):
    with pytest.raises(UserError) as caught:
        parse_amount(typed)
    assert "two ways" in caught.value.message
    for reading in readings:
        assert reading in caught.value.message


@pytest.mark.parametrize("typed", ["1e309", "nan", "inf", "-inf", "1" * 23, "1,000,000,000,000"])
def test_amounts_out_of_range_state_the_limit(typed):
    with pytest.raises(UserError, match=r"999,999,999,999\.99"):
        parse_amount(typed)


_LIMIT = Decimal("999999999999.99")


def _styles(amount: Decimal) -> list[str]:
    """*amount* written the ways people write money: plain or grouped, with a point or a comma."""
    whole, cents = f"{amount:.2f}".split(".")
    grouped = f"{int(whole):,}"
    return [
        f"{whole}.{cents}",
        f"{whole},{cents}",
        f"{grouped}.{cents}",
        f"{grouped.replace(',', '.')},{cents}",
    ]


@given(st.decimals(min_value=0, max_value=_LIMIT, places=2))
def test_money_in_any_common_style_reads_as_written(amount: Decimal):
    for typed in _styles(amount):
        assert parse_amount(typed) == int(amount * 100), typed


@given(st.text(alphabet="0123456789.,+- e", max_size=30) | st.text(max_size=30))
def test_the_amount_parser_answers_a_number_or_a_sentence(typed: str):
    try:
        minor = parse_amount(typed)
    except UserError as exc:
        assert exc.message and len(exc.message) < 300
    else:
        assert 0 <= minor <= int(_LIMIT * 100)


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
def test_a_lone_mark_before_three_digits_is_never_guessed(head: int, tail: int):
    for mark in ",.":
        with pytest.raises(UserError, match="two ways"):
            parse_amount(f"{head}{mark}{tail:03d}")


def test_vocabularies_fold_case_and_treat_space_as_hyphen():
    assert vocab.parse_invitation_status("No Show") == "no-show"
    assert vocab.parse_stage("CONNECTION") == "connection"
    assert vocab.parse_milestone_kind("first disclosure") == "first-disclosure"
    assert vocab.parse_milestone_kind("Spoke at our event", custom=True) == "Spoke at our event"
    with pytest.raises(UserError, match="Unknown milestone kind") as caught:
        vocab.parse_milestone_kind("spoke at our event")
    # the way out (--custom on the command line) is a hint each front end words
    assert (caught.value.field, caught.value.hint) == (Field.KIND, Hint.CUSTOM_KIND)
    with pytest.raises(UserError, match="prospecting, consideration"):
        vocab.parse_stage("nowhere")


def test_cadence_is_a_sensible_number_of_days():
    assert parse_cadence("21") == 21
    for bad in ("0", "-3", "x", "99999"):
        with pytest.raises(UserError):
            parse_cadence(bad)


@pytest.mark.parametrize("text", ["0001-01-01", "1899-12-31", "3000-01-01", "9999-12-31"])
def test_dates_outside_the_supported_range_are_refused_with_the_range(text):
    with pytest.raises(UserError, match="from 1900-01-01 to 2999-12-31"):
        parse_date(text, today=TODAY, what="--today date")


def test_the_supported_range_has_room_for_the_date_arithmetic():
    # A year back (tiers), ten years of cadence and a week of important dates ahead.
    assert FIRST_DAY - dt.timedelta(days=366) > dt.date.min
    assert LAST_DAY + dt.timedelta(days=3650 + 366) < dt.date.max
    assert parse_date("1900-01-01", today=TODAY) == FIRST_DAY
    assert parse_date("2999-12-31", today=TODAY) == LAST_DAY


def test_a_pasted_page_is_not_echoed_back_as_a_date():
    with pytest.raises(UserError) as caught:
        parse_date("x" * 10_000, today=TODAY)
    assert len(caught.value.message) < 200


def test_text_limits_are_stated():
    assert require_text("a" * NAME_LIMIT, "name", limit=NAME_LIMIT)
    with pytest.raises(UserError, match="at most 500 characters"):
        require_text("a" * (NAME_LIMIT + 1), "name", limit=NAME_LIMIT)
    with pytest.raises(UserError, match="notes is too long.*20,000"):
        clean_optional("n" * (TEXT_LIMIT + 1), "notes")
    assert clean_optional("  ") is None


# --- currencies without decimals (ISO 4217 minor unit 0: JPY, KRW, ...) -----------------------


@pytest.mark.parametrize(
    ("minor", "currency", "shown"),
    [
        (700300, "JPY", "7,003 JPY"),
        (700300, "krw", "7,003 krw"),
        (700350, "JPY", "7,003.50 JPY"),  # cents stored anyway (imported): shown, never rounded
        (0, "JPY", "0 JPY"),
        (700300, "EUR", "7,003.00 EUR"),
        (700300, "KWD", "7,003.00 KWD"),  # three decimals in ISO 4217, kept in cents here
        (700350, "XYZ", "7,003.50 XYZ"),
    ],
)
def test_an_amount_is_written_with_the_decimals_of_its_currency(minor, currency, shown):
    assert format_money(minor, currency) == shown
    assert format_amount(minor, currency) == shown.rsplit(" ", 1)[0]


def test_without_a_currency_an_amount_keeps_two_decimals():
    assert format_amount(700300) == "7,003.00"
    assert format_minor(700300) == "7003.00"  # JSON and CSV: unchanged


def test_the_table_holds_the_iso_zero_decimal_currencies():
    assert {"JPY", "KRW", "ISK", "CLP", "VND", "XAF", "XOF", "XPF"} <= ZERO_DECIMAL
    assert decimals("JPY") == 0 and decimals("jpy") == 0
    assert decimals("EUR") == decimals("BHD") == decimals(None) == 2


@pytest.mark.parametrize("typed", ["7003.50", "7003,5", "7.003,50", "7,003.5", "7003.505"])
def test_a_yen_amount_with_decimals_is_refused_with_a_whole_one_to_write(typed):
    with pytest.raises(UserError) as caught:
        parse_amount(typed, currency="JPY")
    assert caught.value.message.startswith("JPY has no decimals: write a whole amount such as 70")
    assert caught.value.field == "amount"


@pytest.mark.parametrize(
    ("typed", "minor"),
    [
        ("7003", 700300),
        ("7.003", 700300),
        ("7,003", 700300),
        ("1.234.567", 123456700),
        ("7003.00", 700300),
        ("7.003,00", 700300),
    ],
)
def test_a_whole_yen_amount_reads_as_written_a_lone_mark_grouping_thousands(typed, minor):
    assert parse_amount(typed, currency="JPY") == minor


def test_the_suggested_whole_amount_rounds_half_up():
    with pytest.raises(UserError, match="such as 7004[.]"):
        parse_amount("7003.50", currency="JPY")
    with pytest.raises(UserError, match="such as 7003[.]"):
        parse_amount("7003.49", currency="JPY")


def test_an_amount_to_edit_is_written_as_it_is_typed():
    assert format_typed(700300, "JPY") == "7003"
    assert format_typed(700350, "JPY") == "7003.50"
    assert format_typed(700300, "EUR") == "7003.00"
