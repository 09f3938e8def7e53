"""Parsing and checking of the values a user types: dates, month-days, money, names, cadences."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from custjournal.domain.errors import UserError

MINOR_UNITS = 100  # every currency we keep is stored in hundredths


def parse_date(
    value: str, *, today: dt.date | None = None, what: str = "date", allow_future: bool = True
) -> dt.date:
    """ISO `YYYY-MM-DD`, `today` or `yesterday`; with *allow_future* False, not after today."""
    today = today or dt.date.today()
    text = value.strip().casefold()
    if text == "today":
        day = today
    elif text == "yesterday":
        day = today - dt.timedelta(days=1)
    else:
        try:
            if len(text) != 10:
                raise ValueError
            day = dt.date.fromisoformat(text)
        except ValueError:
            raise UserError(
                f"'{value}' is not a valid {what}: write it as YYYY-MM-DD "
                "(for example 2026-11-22), or 'today' or 'yesterday'.",
                field=what,
            ) from None
    if not allow_future:
        check_not_future(day, today=today, what=what)
    return day


def check_not_future(day: dt.date, *, today: dt.date | None = None, what: str = "date") -> None:
    today = today or dt.date.today()
    if day > today:
        raise UserError(
            f"The {what} {day.isoformat()} is in the future: what already happened can only be "
            f"dated today ({today.isoformat()}) or earlier.",
            field=what,
        )


def parse_month_day(value: str) -> tuple[int, int]:
    """A recurring date `MM-DD` (a full ISO date is accepted and its year dropped)."""
    text = value.strip()
    parts = text.split("-")
    try:
        if len(parts) == 3 and len(parts[0]) == 4:
            parts = parts[1:]
        if len(parts) != 2 or not all(p.isdigit() and 1 <= len(p) <= 2 for p in parts):
            raise ValueError
        month, day = int(parts[0]), int(parts[1])
        dt.date(2000, month, day)  # a leap year, so 02-29 is allowed
    except ValueError:
        raise UserError(
            f"'{value}' is not a valid recurring date: write it as MM-DD (for example 03-14).",
            field="date",
        ) from None
    return month, day


def parse_amount(value: str | Decimal | int | float, *, what: str = "amount") -> int:
    """A non-negative money amount, returned exactly in minor units (cents)."""
    text = str(value).strip().replace(",", "") if not isinstance(value, Decimal) else value
    try:
        amount = Decimal(text)
        if not amount.is_finite():
            raise InvalidOperation
    except (InvalidOperation, ValueError):
        raise UserError(
            f"'{value}' is not a valid {what}: write a number such as 120 or 99.50.", field=what
        ) from None
    if amount < 0:
        raise UserError(f"The {what} can't be negative ({value}).", field=what)
    minor = amount * MINOR_UNITS
    if minor != minor.to_integral_value():
        raise UserError(
            f"The {what} {value} has more than two decimals: round it to cents.", field=what
        )
    return int(minor)


def format_minor(minor: int) -> str:
    """Minor units as a decimal string with two places: 1200050 -> '12000.50'."""
    sign = "-" if minor < 0 else ""
    whole, cents = divmod(abs(minor), MINOR_UNITS)
    return f"{sign}{whole}.{cents:02d}"


def format_money(minor: int, currency: str) -> str:
    whole, cents = divmod(abs(minor), MINOR_UNITS)
    sign = "-" if minor < 0 else ""
    return f"{sign}{whole:,}.{cents:02d} {currency}"


def require_text(value: str | None, what: str) -> str:
    text = (value or "").strip()
    if not text:
        raise UserError(f"The {what} can't be empty.", field=what)
    return text


def clean_optional(value: str | None) -> str | None:
    text = (value or "").strip()
    return text or None


def parse_cadence(value: str | int) -> int:
    try:
        days = int(str(value).strip())
    except ValueError:
        raise UserError(
            f"'{value}' is not a valid cadence: give a whole number of days, such as 21.",
            field="cadence",
        ) from None
    if days < 1 or days > 3650:
        raise UserError(
            f"A cadence of {days} days makes no sense: give between 1 and 3650 days.",
            field="cadence",
        )
    return days


def parse_currency(value: str) -> str:
    code = value.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise UserError(
            f"'{value}' is not a currency code: use three letters such as EUR or USD.",
            field="currency",
        )
    return code
