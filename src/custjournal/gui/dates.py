"""Dates, amounts and counts as the app shows them: in the user's locale (QLocale), never as ISO text.

"2026-12-09" or a birthday "12-09" read as 9 December in one country and 12 September in
most others; the app writes dates the way the user's locale does (its short format) and
month-day dates with the month's name, in the locale's order ("9 December", "December 9").
The command line keeps ISO: scripts read it. Every date the app shows goes through here.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from custjournal.domain import values

# A leap year, so that 29 February can be named.
_LEAP_YEAR = 2000


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def format_date(value: Any) -> str:
    """A date in the locale's short format ("30/11/2026", "11/30/26"); "" for none."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        locale = QLocale()
        if locale.language() == QLocale.Language.C:  # no preference (LANG=C): ISO
            return value.isoformat()
        return locale.toString(_qdate(value), QLocale.FormatType.ShortFormat)
    if isinstance(value, str) and value:
        try:
            return format_date(dt.date.fromisoformat(value[:10]))
        except ValueError:
            return value
    return ""


def month_day_format(locale: QLocale | None = None) -> str:
    """The locale's long date format without weekday and year: "d MMMM", "MMMM d", "d. MMMM"."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.LongFormat)
    fmt = re.sub(r"[,،\s]*d{3,4}[,،.\s]*", " ", fmt)  # the weekday and what joins it
    # The year, with the words and marks that go with it ("'de' yyyy", "yyyy'г'.", "yyyy年").
    fmt = re.sub(r"[,.\s]*(?:'[^']*'\s*)?y+(?:\s*'[^']*')?[年년.]?[,\s]*", " ", fmt)
    fmt = fmt.strip(" ,،")
    return fmt if "M" in fmt and "d" in fmt else "d MMMM"


def format_month_day(month: int, day: int) -> str:
    """A recurring date (a birthday) with the month's name, in the locale's order."""
    locale = QLocale()
    return locale.toString(QDate(_LEAP_YEAR, month, day), month_day_format(locale))


def format_money(minor: int, currency: str) -> str:
    """An amount in the locale's digits and marks: "1,234.50 EUR", "1.234,50 EUR"; in a
    currency without decimals (domain/currencies.py) "7,003 JPY", "7.003 JPY".

    The currency stays its code, after the amount, as the journal keeps it. With no locale
    preference (LANG=C) the domain's own writing, as the command line prints it.
    """
    return f"{format_amount(minor, currency)} {currency}"


def format_amount(minor: int, currency: str | None = None) -> str:
    """An amount without its currency, where a heading names it (the list's 12-month value):
    "1,234.50", "1.234,50"; with the decimals *currency* has (the journal's, for the list)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return values.format_amount(minor, currency)
    if not values.shows_cents(minor, currency):
        return locale.toString(minor // values.MINOR_UNITS)
    return locale.toString(minor / values.MINOR_UNITS, "f", 2)


def format_number(value: int) -> str:
    """A count with the locale's group separator: "10,000", "10.000"."""
    return QLocale().toString(value)


def format_decimal(value: float, decimals: int) -> str:
    """A fraction in the locale's marks: "1.5", "1,5"; "1.5" with no locale preference."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{value:.{decimals}f}"
    return locale.toString(float(value), "f", decimals)


def format_percent(share: float | None) -> str:
    """A share 0..1 as people read it: "78%", "0.4%" (German "0,4 %"), "—" when there is none."""
    if share is None:
        return "—"
    value = share * 100
    # "0.4%"; but 0.99 reads "1%", not "1.0%"
    number = format_decimal(value, 1 if 0 < value < 0.95 else 0)
    # The sign's place is the language's: German writes a (no-break) space before it.
    return QCoreApplication.translate("Numbers", "{number}%").format(number=number)


def field_date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with the whole year, for a date typed in a field:
    "dd.MM.yyyy", "M/d/yyyy" ("02.12.26" is the app's way to show a date; a field the user
    edits keeps the century, so that 1960 is not read as 2060). "" with no locale preference:
    the field then keeps ISO."""
    locale = locale or QLocale()
    # No preference, or digits other than 0-9 (Chakma, Adlam: Qt writes them but does not read
    # them back): ISO, which every keyboard types.
    if locale.language() == QLocale.Language.C or locale.zeroDigit() != "0":
        return ""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def _reading_formats(fmt: str) -> tuple[str, str]:
    """What a date typed in *fmt* ("dd.MM.yyyy") is read with: day and month with one digit or
    two ("2.3.2026" as well as "02.03.2026"), and the same with a two-digit year."""
    if "MMM" not in fmt:
        fmt = fmt.replace("dd", "d").replace("MM", "M")
    return fmt, fmt.replace("yyyy", "yy")


def field_date_text(day: dt.date) -> str:
    """*day* as a date field shows it (see field_date_format)."""
    fmt = field_date_format()
    return QLocale().toString(_qdate(day), fmt) if fmt else day.isoformat()


def field_date_pattern(locale: QLocale | None = None) -> str:
    """The format a date field takes, as a person reads it, in the app's language: "TT.MM.JJJJ"
    (German), "M/D/YYYY" (US English), "YYYY-MM-DD" (no locale preference: ISO)."""
    fmt = field_date_format(locale) or "yyyy-MM-dd"
    letters = {
        # The letters a date pattern such as "DD.MM.YYYY" writes for the day, month and year.
        "d": QCoreApplication.translate("DatePattern", "D", "day"),
        "M": QCoreApplication.translate("DatePattern", "M", "month"),
        "y": QCoreApplication.translate("DatePattern", "Y", "year"),
    }
    return "".join(letters.get(c, c) for c in fmt.replace("'", ""))


def date_words() -> dict[str, int]:
    """The words a date field takes for a day near today, with their distance from it: the
    command line's English ones ("today", "yesterday", "tomorrow") and the app's language's
    ("heute", "gestern", "morgen")."""
    words = {"today": 0, "yesterday": -1, "tomorrow": 1}
    words[QCoreApplication.translate("DateWords", "today").casefold()] = 0
    words[QCoreApplication.translate("DateWords", "yesterday").casefold()] = -1
    words[QCoreApplication.translate("DateWords", "tomorrow").casefold()] = 1
    return words


def date_word(offset: int) -> str:
    """The app's language's word for today (0), yesterday (-1) or tomorrow (1)."""
    if offset < 0:
        return QCoreApplication.translate("DateWords", "yesterday")
    if offset > 0:
        return QCoreApplication.translate("DateWords", "tomorrow")
    return QCoreApplication.translate("DateWords", "today")


def parse_date_word(text: str, today: dt.date) -> dt.date | None:
    """The day a word like "yesterday" (or the app's language's "gestern") names, or None."""
    offset = date_words().get(text.strip().casefold())
    return None if offset is None else today + dt.timedelta(days=offset)


def parse_field_date(text: str) -> dt.date | None:
    """A date typed in the locale's way (field_date_format), or None if it is not one."""
    fmt = field_date_format()
    if not fmt:
        return None
    qdate = QLocale().toDate(text.strip(), _reading_formats(fmt)[0])
    if not qdate.isValid():
        return None
    return dt.date(qdate.year(), qdate.month(), qdate.day())


def short_year_date(text: str) -> bool:
    """True if *text* is a date in the locale's way but with a two-digit year ("2.12.26"),
    which a field refuses rather than guess the century (1960 or 2060?)."""
    fmt = field_date_format()
    if not fmt:
        return False
    return QLocale().toDate(text.strip(), _reading_formats(fmt)[1]).isValid()
