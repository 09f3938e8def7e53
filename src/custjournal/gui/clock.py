"""The app's one reading of the calendar: which day it is for the user ("today").

Everything in the app that needs today asks the controller (`JournalController.today`), whose
default is `today()` here, or calls `today()` itself where no controller is at hand (a table
model built on its own). `today()` looks `read_calendar` up at each call, so tests pin the day
for the whole app by replacing `read_calendar` (the `clock` fixture in tests/gui/conftest.py),
and Today, the brief and the customer page can be tested on any day: a month end, 29 February.
"""

from __future__ import annotations

import datetime as dt


def read_calendar() -> dt.date:
    """The system's local date: the only place gui/ reads it (and `until_tomorrow_ms`)."""
    return dt.date.today()


def today() -> dt.date:
    """The user's day, as `read_calendar` says now."""
    return read_calendar()


# A second past midnight: the date has surely turned when the timer looks.
_PAST_MIDNIGHT_MS = 1000


def until_tomorrow_ms() -> int:
    """Milliseconds from now until just past the system's next local midnight (the app's timer
    for the day's change, gui/controller.py `check_day`): at most a day and a second."""
    now = dt.datetime.now()
    tomorrow = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
    return int((tomorrow - now).total_seconds() * 1000) + _PAST_MIDNIGHT_MS
