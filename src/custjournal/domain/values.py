"""Parsing and checking of the values a user types: dates, month-days, money, names, cadences.

Limits (README, "Limits"): every date lies between FIRST_DAY and LAST_DAY, so that the date
arithmetic of reminders, tiers and calendars (a year back, a cadence of up to ten years ahead)
stays inside what Python's dates can hold; a name or other one-line field holds at most
NAME_LIMIT characters and a free-text field at most TEXT_LIMIT (a 10 MB name took 44 s to show).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from custjournal.domain.currencies import decimals
from custjournal.domain.errors import Field, UserError
from custjournal.domain.i18n import QT_TRANSLATE_NOOP, ErrorText, Number, field_word, phrase

MINOR_UNITS = 100  # every currency we keep is stored in hundredths

FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2999, 12, 31)
NAME_LIMIT = 500
TEXT_LIMIT = 20_000

# The marks an amount's "can be read two ways" names.
_COMMA = QT_TRANSLATE_NOOP("ErrorText", "comma")
_DOT = QT_TRANSLATE_NOOP("ErrorText", "dot")


def check_date_range(day: dt.date, *, what: str = "date", field: str | None = None) -> dt.date:
    """*day*, if it lies in the supported range FIRST_DAY..LAST_DAY; UserError otherwise.

    *what* is the date's name in the sentence; *field* what the error is about (a `Field`), by
    default the name itself (the app's dialogs register their rows under both).
    """
    if not FIRST_DAY <= day <= LAST_DAY:
        raise UserError(
            ErrorText.tr(
                "The {what} {day} is out of range: Customer Journal works with dates "
                "from {first} to {last}.",
                what=field_word(what),
                day=day,
                first=FIRST_DAY,
                last=LAST_DAY,
            ),
            field=field or what,
        )
    return day


def check_length(text: str, what: str, *, limit: int = TEXT_LIMIT) -> str:
    """*text*, if it is at most *limit* characters long; UserError stating the limit otherwise."""
    if len(text) > limit:
        raise UserError(
            ErrorText.tr(
                "The {what} is too long ({length} characters): it may hold at most "
                "{limit} characters. Shorten it and try again.",
                what=field_word(what),
                length=Number(len(text)),
                limit=Number(limit),
            ),
            field=what,
        )
    return text


def parse_date(
    value: str,
    *,
    today: dt.date | None = None,
    what: str = "date",
    allow_future: bool = True,
    field: str | None = None,
) -> dt.date:
    """ISO `YYYY-MM-DD`, `today`, `yesterday` or `tomorrow`; with *allow_future* False, not
    after today. A refusal suggests the words that fit: 'today' or 'tomorrow' where a future
    day is allowed (a due date, an event), 'today' or 'yesterday' where it is not.

    The day must lie between FIRST_DAY and LAST_DAY (see check_date_range).
    """
    today = today or dt.date.today()
    text = value.strip().casefold()
    if text == "today":
        day = today
    elif text == "yesterday":
        day = today - dt.timedelta(days=1)
    elif text == "tomorrow":
        day = today + dt.timedelta(days=1)
    else:
        try:
            if len(text) != 10:
                raise ValueError
            day = dt.date.fromisoformat(text)
        except ValueError:
            shown = value if len(value) <= 40 else value[:40] + "…"  # not a pasted page back
            if allow_future:
                message = ErrorText.tr(
                    "'{shown}' is not a valid {what}: write it as YYYY-MM-DD "
                    "(for example 2026-11-22), or 'today' or 'tomorrow'.",
                    shown=shown,
                    what=field_word(what),
                )
            else:
                message = ErrorText.tr(
                    "'{shown}' is not a valid {what}: write it as YYYY-MM-DD "
                    "(for example 2026-11-22), or 'today' or 'yesterday'.",
                    shown=shown,
                    what=field_word(what),
                )
            raise UserError(message, field=field or what) from None
    check_date_range(day, what=what, field=field)
    if not allow_future:
        check_not_future(day, today=today, what=what, field=field)
    return day


def check_not_future(
    day: dt.date, *, today: dt.date | None = None, what: str = "date", field: str | None = None
) -> None:
    today = today or dt.date.today()
    if day > today:
        raise UserError(
            ErrorText.tr(
                "The {what} {day} is in the future: what already happened can only be "
                "dated today ({today}) or earlier.",
                what=field_word(what),
                day=day,
                today=today,
            ),
            field=field or what,
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
            ErrorText.tr(
                "'{value}' is not a valid recurring date: write it as MM-DD (for example 03-14).",
                value=value,
            ),
            field=Field.DAY_OF_YEAR,
        ) from None
    return month, day


# The largest amount a person can type: far above any purchase, and small enough that the
# sums the journal makes (a customer's value, a tier ranking) stay inside SQLite's 64-bit
# integers even over millions of purchases. Beyond it, '1e309' or 23 digits once crashed a write.
MAX_AMOUNT = Decimal("999999999999.99")
_MAX_SHOWN = "999,999,999,999.99"
_MAX_SHOWN_WHOLE = "999,999,999,999"  # in a currency without decimals (yen)
_AMOUNT_CHARS = re.compile(r"[0-9.,]+")
_SHOWN_LIMIT = 40  # characters of a rejected value repeated in a sentence


def _shown(value: object) -> str:
    text = str(value)
    return text if len(text) <= _SHOWN_LIMIT else text[: _SHOWN_LIMIT - 1] + "…"


def _grouped(text: str, sep: str) -> bool:
    """*text* is digits grouped in thousands by *sep*: 1,234 or 12.345.678."""
    return re.fullmatch(rf"[0-9]{{1,3}}(?:{re.escape(sep)}[0-9]{{3}})+", text) is not None


def _too_large(what: str, value: object, whole: bool = False) -> UserError:
    return UserError(
        ErrorText.tr(
            "The {what} {value} is too large: the most is {most}.",
            what=field_word(what),
            value=_shown(value),
            most=_MAX_SHOWN_WHOLE if whole else _MAX_SHOWN,
        ),
        field=what,
    )


def _negative(what: str, value: object) -> UserError:
    return UserError(
        ErrorText.tr("The {what} can't be negative ({value}).", what=field_word(what), value=value),
        field=what,
    )


def _not_an_amount(value: object, what: str, whole: bool = False) -> UserError:
    """*value* is no amount; the examples in the currency's way (no decimals in yen)."""
    if whole:
        return UserError(
            ErrorText.tr(
                "'{value}' is not a valid {what}: write a whole number from 0 to {most}, "
                "such as 120 or 7004.",
                value=_shown(value),
                what=field_word(what),
                most=_MAX_SHOWN_WHOLE,
            ),
            field=what,
        )
    return UserError(
        ErrorText.tr(
            "'{value}' is not a valid {what}: write a number from 0 to {most}, "
            "such as 120, 99.50 or 99,50.",
            value=_shown(value),
            what=field_word(what),
            most=_MAX_SHOWN,
        ),
        field=what,
    )


def _read_amount(text: str, value: object, what: str, *, whole: bool = False) -> Decimal:
    """The amount a person meant by *text* (digits, ',' and '.'), by the rule in `docs/rules.md`
    ("Money typed by a person"): a single ',' or '.' followed by one or two digits is the
    decimal mark; with both marks the last one is; the other groups thousands. A lone mark
    followed by three digits could be either, and is refused with both readings, unless the
    currency has no decimals (*whole*): then it can only group thousands (7.003 JPY is 7003)."""
    if not _AMOUNT_CHARS.fullmatch(text) or not any(ch.isdigit() for ch in text):
        raise _not_an_amount(value, what, whole)
    marks = [i for i, ch in enumerate(text) if ch in ".,"]
    if not marks:
        return Decimal(text)
    last = marks[-1]
    mark, head, tail = text[last], text[:last], text[last + 1 :]
    if any(text[i] != mark for i in marks):  # both ',' and '.': the last is the decimal mark
        if not _grouped(head, "," if mark == "." else ".") or not tail:
            raise _not_an_amount(value, what, whole)
        return Decimal(re.sub(r"[.,]", "", head) + "." + tail)
    if len(marks) > 1:  # the same mark several times: thousands, no decimals (1.234.567)
        if not _grouped(text, mark):
            raise _not_an_amount(value, what, whole)
        return Decimal(text.replace(mark, ""))
    if len(tail) == 3 and head and len(head) <= 3 and not head.startswith("0"):
        if whole:
            return Decimal(head + tail)
        grouped = Decimal(head + tail)
        decimal = Decimal(head + "." + tail)
        name = phrase("ErrorText", _COMMA if mark == "," else _DOT)
        cents = str(decimal.quantize(Decimal("0.01")))
        # The numbers as written (not the locale's way): they answer what the user typed.
        if decimal * MINOR_UNITS == (decimal * MINOR_UNITS).to_integral_value():
            sentence = ErrorText.tr(
                "'{text}' can be read two ways: {grouped} if the {name} groups thousands, or "
                "{decimal} if it is the decimal mark: write {grouped} or {cents}.",
                text=text,
                grouped=str(grouped),
                name=name,
                decimal=f"{decimal.normalize():f}",
                cents=cents,
            )
        else:
            sentence = ErrorText.tr(
                "'{text}' can be read two ways: {grouped} if the {name} groups thousands, or "
                "{decimal}, which has more than two decimals: write {grouped}.00 for the "
                "first, or round the second to cents ({cents}).",
                text=text,
                grouped=str(grouped),
                name=name,
                decimal=str(decimal),
                cents=cents,
            )
        raise UserError(sentence, field=what)
    return Decimal((head or "0") + "." + (tail or "0"))


def parse_amount(
    value: str | Decimal | int | float, *, what: str = "amount", currency: str | None = None
) -> int:
    """A non-negative money amount, returned exactly in minor units (cents).

    Text is read as a person writes money (`12,50`, `1.234,50`, `1,234.50`: see `_read_amount`);
    numbers (from a program, not typed) are taken as they are. In a *currency* without decimals
    (currencies.py: JPY, KRW, ...) only a whole amount is accepted: "7003.50" is refused with
    the whole one to write. (An imported amount is read elsewhere and keeps its cents.)
    """
    whole = decimals(currency) == 0
    if isinstance(value, str):
        text = value.strip()
        if not text:
            raise UserError(
                ErrorText.tr(
                    "The {what} can't be empty: write a number such as 120.", what=field_word(what)
                ),
                field=what,
            )
        negative = text.startswith("-")
        body = text[1:].strip() if text[:1] in "+-" and text else text
        if len(body) > 2 * _SHOWN_LIMIT and _AMOUNT_CHARS.fullmatch(body):
            raise _too_large(what, text, whole)
        amount = _read_amount(body, value, what, whole=whole)
        if negative and amount:
            raise _negative(what, value)
    else:
        try:
            amount = Decimal(repr(value) if isinstance(value, float) else value)
        except (InvalidOperation, ValueError, TypeError):
            raise _not_an_amount(value, what, whole) from None
        if not amount.is_finite():
            raise _not_an_amount(value, what, whole)
        if amount < 0:
            raise _negative(what, value)
    if amount > MAX_AMOUNT:
        raise _too_large(what, value, whole)
    if whole and amount != amount.to_integral_value():
        raise _not_whole(amount, str(currency), what)
    minor = amount * MINOR_UNITS
    if minor != minor.to_integral_value():
        raise UserError(
            ErrorText.tr(
                "The {what} {value} has more than two decimals: round it to cents.",
                what=field_word(what),
                value=_shown(value),
            ),
            field=what,
        )
    return int(minor)


def _not_whole(amount: Decimal, currency: str, what: str) -> UserError:
    """A typed amount with decimals in a currency that has none, and the whole one to write."""
    rounded = amount.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return UserError(
        ErrorText.tr(
            "{currency} has no decimals: write a whole amount such as {whole}.",
            currency=currency.upper(),
            whole=str(rounded),
        ),
        field=what,
    )


def format_minor(minor: int) -> str:
    """Minor units as a decimal string with two places: 1200050 -> '12000.50'."""
    sign = "-" if minor < 0 else ""
    whole, cents = divmod(abs(minor), MINOR_UNITS)
    return f"{sign}{whole}.{cents:02d}"


def format_typed(minor: int, currency: str | None) -> str:
    """An amount as a person types it into a field, for editing: '12000.50', or '7003' in a
    currency without decimals (parse_amount reads either back to the same minor units)."""
    if not shows_cents(minor, currency):
        return str(minor // MINOR_UNITS)
    return format_minor(minor)


def shows_cents(minor: int, currency: str | None) -> bool:
    """Whether *minor* is written with decimals: always, but in a currency without any
    (currencies.py) only when it has cents anyway (imported), never hiding money by rounding."""
    return decimals(currency) != 0 or minor % MINOR_UNITS != 0


def format_amount(minor: int, currency: str | None = None) -> str:
    """Minor units as a person reads them, thousands grouped: 1200050 -> '12,000.50'; in a
    *currency* without decimals 700300 -> '7,003'. The one way the command line writes an
    amount (JSON and CSV keep format_minor's plain digits)."""
    whole, cents = divmod(abs(minor), MINOR_UNITS)
    sign = "-" if minor < 0 else ""
    if not shows_cents(minor, currency):
        return f"{sign}{whole:,}"
    return f"{sign}{whole:,}.{cents:02d}"


def format_money(minor: int, currency: str) -> str:
    """An amount with its currency, as the command line and the lower layers' English write it:
    '12,000.50 EUR', '7,003 JPY' (the app writes it the locale's way: gui/dates.py)."""
    return f"{format_amount(minor, currency)} {currency}"


def require_text(value: str | None, what: str, *, limit: int = TEXT_LIMIT) -> str:
    text = (value or "").strip()
    if not text:
        raise UserError(
            ErrorText.tr("The {what} can't be empty.", what=field_word(what)), field=what
        )
    return check_length(text, what, limit=limit)


def clean_optional(value: str | None, what: str = "text", *, limit: int = TEXT_LIMIT) -> str | None:
    text = (value or "").strip()
    return check_length(text, what, limit=limit) if text else None


def parse_cadence(value: str | int) -> int:
    try:
        days = int(str(value).strip())
    except ValueError:
        raise UserError(
            ErrorText.tr(
                "'{value}' is not a valid cadence: give a whole number of days, such as 21.",
                value=value,
            ),
            field="cadence",
        ) from None
    if days < 1 or days > 3650:
        raise UserError(
            ErrorText.tr(
                "A cadence of {days} days makes no sense: give between 1 and 3650 days.", days=days
            ),
            field="cadence",
        )
    return days


def parse_currency(value: str) -> str:
    code = value.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise UserError(
            ErrorText.tr(
                "'{value}' is not a currency code: use three letters such as EUR or USD.",
                value=value,
            ),
            field="currency",
        )
    return code
