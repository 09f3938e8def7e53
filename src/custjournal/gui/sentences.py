"""How the app says a lower layer's sentence: with the app's own wording of its hint.

The lower layers leave out what to do when that depends on the front end (domain/errors.py,
`Hint`); the command line says it as a command (cli/common.py), the app as what to click.
Hints the app meets by its own flow (the import window's column step; ids it never asks for;
a check it runs by itself at start) are left unsaid. The hints are in the app's language; the
sentence before them is the lower layer's, in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from custjournal.domain.errors import Hint, UserError
from custjournal.domain.vocab import QT_TRANSLATE_NOOP

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
    text = error.message if isinstance(error, UserError) else str(error)
    hint = getattr(error, "hint", None)
    if hint not in APP_HINTS:
        return text
    return f"{text} {QCoreApplication.translate('AppHints', APP_HINTS[hint])}"
