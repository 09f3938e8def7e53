"""The due list's sentences in the app's language.

domain/reminders.py writes each due item's reason as an English sentence ("No contact for 40
days — Connection cadence: 21 days"), which the command line prints as it is. The app reads
the parts back out of those sentences (their shapes are fixed there and in domain/cadence.py)
and says them again through Qt's translation; a sentence of another shape is shown as it is.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication

from custjournal.domain.vocab import STAGE_LABELS
from custjournal.gui.dates import format_date, format_month_day
from custjournal.gui.i18n import Words, word

_DAYS = r"(\d+) days?"
_NEVER = re.compile(rf"Never contacted, added {_DAYS} ago — (.+)", re.S)
_NO_CONTACT = re.compile(rf"No contact for {_DAYS} — (.+)", re.S)
_PROMISE = re.compile(
    r"Promise (?:overdue by \d+ days? \(due (\d{4}-\d\d-\d\d)\)|(due today)|(due tomorrow)): (.*)",
    re.S,
)
_DATE = re.compile(r"Important date (today|tomorrow|in \d+ days?) \((.+?)\): (.*)", re.S)
_BUYING = re.compile(rf"No purchase for {_DAYS} — usually buys every ([\d.]+) days", re.S)
_OWN = re.compile(r"own cadence: (\d+) days")
_HALVED = re.compile(r"(\w+) cadence, halved for tier A: (\d+) days")
_STAGE = re.compile(r"(\w+) cadence: (\d+) days")
_LABEL_STAGE = {label: stage for stage, label in STAGE_LABELS.items()}


def _stage(label: str) -> str:
    return word(label) if label in _LABEL_STAGE else label


def cadence_text(explanation: str) -> str:
    """ "Connection cadence: 21 days" in the app's language."""
    if m := _OWN.fullmatch(explanation):
        return Words.tr("own cadence: %n day(s)", "", int(m[1]))
    if m := _HALVED.fullmatch(explanation):
        return Words.tr("{stage} cadence, halved for tier A: %n day(s)", "", int(m[2])).format(
            stage=_stage(m[1])
        )
    if m := _STAGE.fullmatch(explanation):
        return Words.tr("{stage} cadence: %n day(s)", "", int(m[2])).format(stage=_stage(m[1]))
    return explanation


def detail_text(detail: str, due: dt.date, today: dt.date) -> str:
    """A due item's sentence (`DueItem.detail`) in the app's language."""
    if m := _NO_CONTACT.fullmatch(detail):
        return Words.tr("No contact for %n day(s) — {cadence}", "", int(m[1])).format(
            cadence=cadence_text(m[2])
        )
    if m := _NEVER.fullmatch(detail):
        return Words.tr("Never contacted, added %n day(s) ago — {cadence}", "", int(m[1])).format(
            cadence=cadence_text(m[2])
        )
    if m := _PROMISE.fullmatch(detail):
        if m[1]:
            late = (today - dt.date.fromisoformat(m[1])).days
            return Words.tr("Promise overdue by %n day(s) (due {date}): {text}", "", late).format(
                date=format_date(due), text=m[4]
            )
        if m[2]:
            return QCoreApplication.translate("DueWords", "Promise due today: {text}").format(
                text=m[4]
            )
        return QCoreApplication.translate("DueWords", "Promise due tomorrow: {text}").format(
            text=m[4]
        )
    if m := _DATE.fullmatch(detail):
        ahead = (due - today).days
        if ahead == 0:
            when = QCoreApplication.translate("DueWords", "today")
        elif ahead == 1:
            when = QCoreApplication.translate("DueWords", "tomorrow")
        else:
            when = Words.tr("in %n day(s)", "", ahead)
        # The day's English name ("4 December") the locale's way; 29 February's note stays.
        shown = m[2] if "29 February" in m[2] else format_month_day(due.month, due.day)
        return QCoreApplication.translate(
            "DueWords", "Important date {when} ({day}): {text}"
        ).format(when=when, day=shown, text=m[3])
    if m := _BUYING.fullmatch(detail):
        return Words.tr(
            "No purchase for %n day(s) — usually buys every {median} days", "", int(m[1])
        ).format(median=m[2])
    return detail


def why_text(detail: str, subject: str | None, due: dt.date, today: dt.date) -> str:
    """Today's Why cell: a promise's own words, an important date's with its day ("Birthday
    (12 September)"); else the whole sentence (detail_text). Its group's heading says what it
    is and the Due column when, so the sentence's start ("Promise overdue by 645 days …") was
    the same on every row and all a narrow column showed."""
    if subject and _PROMISE.fullmatch(detail):
        return subject
    if subject and (m := _DATE.fullmatch(detail)):
        shown = m[2] if "29 February" in m[2] else format_month_day(due.month, due.day)
        return f"{subject} ({shown})"
    return detail_text(detail, due, today)


def due_text(days: int) -> str:
    """The list's Due cell, *days* from today to the customer's due day ("5 d overdue"); the
    Insights page's best customers say the same."""
    if days == 0:
        return QCoreApplication.translate("CustomerList", "today")
    if days < 0:
        return Words.tr("%n d overdue", "", -days)
    return Words.tr("in %n d", "", days)
