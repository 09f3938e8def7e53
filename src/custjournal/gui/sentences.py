"""How the app says a lower layer's sentence: with the app's own wording of its hint.

The lower layers leave out what to do when that depends on the front end (domain/errors.py,
`Hint`); the command line says it as a command (cli/common.py), the app as what to click.
Hints the app meets by its own flow (the import window's column step; ids it never asks for;
a check it runs by itself at start) are left unsaid.

`say` gives a lower layer's sentence in the app's language: a `Message` (domain/i18n.py) is
translated in its context, with Qt's plural for its count, and its arguments written the
locale's way (dates, amounts, counts, shares); a plain str is English and stays as it is. Every
sentence from below gui/ that the app shows goes through here (the error dialog, the status bar,
the undo stack's texts, the health, insights and brief views).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from custjournal.domain.errors import Hint, UserError
from custjournal.domain.i18n import (
    Amount,
    CadenceText,
    Figure,
    Listed,
    Message,
    Parts,
    Share,
    english,
    join_clauses,
)
from custjournal.domain.vocab import QT_TRANSLATE_NOOP
from custjournal.gui import dates

APP_HINTS: dict[Hint, str] = {
    Hint.CUSTOM_KIND: QT_TRANSLATE_NOOP(
        "AppHints", "Or write your own kind: it is kept as written."
    ),
    Hint.FORMAT: QT_TRANSLATE_NOOP(
        "AppHints", "Choose a file whose name ends in its format's extension, such as .csv."
    ),
    Hint.RESTORE: QT_TRANSLATE_NOOP(
        "AppHints", "To go back to a backup: File > Restore from Backup…"
    ),
    Hint.REBUILD_INDEX: QT_TRANSLATE_NOOP(
        "AppHints", "The command 'custjournal check --rebuild-index' rebuilds them."
    ),
    Hint.ENCRYPT: QT_TRANSLATE_NOOP("AppHints", "To encrypt it: File > Encrypt Journal…"),
    Hint.CHANGE_PASSPHRASE: QT_TRANSLATE_NOOP(
        "AppHints", "To change its passphrase: File > Change Passphrase…"
    ),
    Hint.MATCH_ENCRYPTION: QT_TRANSLATE_NOOP(
        "AppHints", "Encrypt or decrypt the journal first (File menu), then restore."
    ),
}


def app_sentence(error: UserError | str) -> str:
    """A UserError's (or a warning Note's) sentence as the app says it: with its hint, if any."""
    text = say(getattr(error, "message", error))
    hint = getattr(error, "hint", None)
    if hint not in APP_HINTS:
        return text
    return f"{text} {QCoreApplication.translate('AppHints', APP_HINTS[hint])}"


def say(text: object) -> str:
    """*text* in the app's language: a Message translated, anything else as it is."""
    if not isinstance(text, Message):
        return _value(text)  # a plain str as it is; a value (a cadence, a date) the locale's way
    if not text.context:  # a bare value (`value_text`): only written the locale's way
        return _value(text.args["value"])
    translated = QCoreApplication.translate(text.context, text.source, text.disambiguation, text.n)
    if translated == text.source.replace("%n", str(text.n)):
        # Not translated (English, or an entry missing): the English, with the locale's values.
        translated = english(text.source, text.n)
    if not text.args:
        return translated
    try:
        return translated.format(**{key: _value(v) for key, v in text.args.items()})
    except (KeyError, IndexError, ValueError):
        # A translation that lost or broke a {field}: the English, rather than nothing.
        return str(text)


def _value(value: Any) -> str:
    if isinstance(value, Message):
        return say(value)
    if isinstance(value, Listed):
        return QLocale().createSeparatedList([_value(v) for v in value])
    if isinstance(value, Parts):
        return join_clauses(_value(v) for v in value)
    if isinstance(value, Figure):
        return QLocale().toString(float(value), "g", 6)
    if isinstance(value, CadenceText):
        from custjournal.gui.due_words import cadence_text

        return cadence_text(value)
    if isinstance(value, Share):
        # "78%", as the charts beside the sentence write their shares.
        return QLocale().toString(round(value * 100)) + "%"
    if isinstance(value, Amount):
        return dates.format_money(value.minor, value.currency)
    if isinstance(value, dt.date):
        return dates.format_date(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return dates.format_number(value)
    return str(value)
