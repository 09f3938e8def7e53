"""The one exception type that carries a sentence meant for the user, and its vocabulary.

Lower layers (domain, store, ops, interop) speak no front end's language: a sentence never
names a command-line flag or a command, nor a menu of the app. What a sentence is about goes
in `field` (one of `Field`), and an action it suggests goes in `hint` (one of `Hint`); each
front end words these its own way: the command line adds the flag from its one field → flag
table (cli/common.py) and says the hint as a command, the app shows the sentence under the
field's widget and says the hint as what to click (gui/forms.py, gui/transfer.py).
"""

from __future__ import annotations

from enum import StrEnum


class Field(StrEnum):
    """What a sentence is about: the input the user gave (a dialog's field, a command's option).

    The values are the names the app's dialogs register their rows under (gui/forms.py,
    `FormDialog.add_row`), so they stay plain words.
    """

    CUSTOMER = "customer"
    NAME = "name"
    DATE = "date"  # when it happened (a conversation, a gift, a purchase, a fact learned, ...)
    STAGE = "stage"
    CADENCE = "cadence"
    TAGS = "tags"
    CHANNEL = "channel"
    PROMISE = "promise"  # the promise's own text, given with a conversation
    DUE = "due date"
    EVENT_DATE = "event date"
    INVITATION_DATE = "invitation date"  # when an invitation was sent
    UNTIL = "until"  # the day a snoozed reminder comes back
    CATEGORY = "category"
    DAY_OF_YEAR = "day of year"  # an important date's recurring MM-DD
    KIND = "kind"
    AMOUNT = "amount"
    COST = "cost"
    CURRENCY = "currency"
    FORMAT = "format"  # the file format of an import or export
    MAPPING = "mapping"  # which CSV column is which field


class Hint(StrEnum):
    """An action a sentence suggests, worded by each front end (a command, or a menu item)."""

    CUSTOM_KIND = "custom kind"  # keep an own milestone kind as written
    FORMAT = "format"  # say the file's format, as its name does not
    MAP_COLUMNS = "map columns"  # say which CSV column is which field
    KEEP_COLUMNS = "keep columns"  # columns left out of an import can be kept by mapping them
    LIST_IDS = "list ids"  # where the customers' ids are shown
    SHOW_ENTRIES = "show entries"  # where a customer's entries (with their ids) are shown
    CHECK = "check"  # an integrity check of the journal tells more
    RESTORE = "restore"  # a backup can replace a damaged journal
    REBUILD_INDEX = "rebuild index"  # the search index and derived columns can be rebuilt
    OTHER_JOURNAL = "other journal"  # name another journal file
    ENCRYPT = "encrypt"  # a plain journal can be encrypted
    CHANGE_PASSPHRASE = "change passphrase"  # an encrypted journal's passphrase can change
    MATCH_ENCRYPTION = "match encryption"  # encrypt or decrypt the journal to match a backup
    PASSPHRASE_SOURCE = "passphrase source"  # where a passphrase can come from


class Note(str):
    """A warning sentence (a plain str everywhere) that may carry a `Hint` for the front end."""

    hint: Hint | None
    message: str  # the sentence as given: a Message (domain/i18n.py) the app translates

    def __new__(cls, text: str, *, hint: Hint | None = None) -> Note:
        note = super().__new__(cls, text)
        note.hint = hint
        note.message = text
        return note


class UserError(Exception):
    """A problem the user can fix: the message says what is wrong and what to do.

    The command line prints it on stderr and exits 1; the app shows it next to the field or in a
    message box. Anything else that escapes is a bug and is logged with its traceback.

    *field* names what the sentence is about (a `Field`; some parsers still pass the word their
    sentence uses, which the app's dialogs register too); *hint* an action to suggest, which the
    sentence itself leaves out because each front end says it differently.
    """

    def __init__(self, message: str, *, field: str | None = None, hint: Hint | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.hint = hint

    def __str__(self) -> str:
        return self.message


def os_reason(exc: BaseException) -> str:
    """What the system said went wrong (an OSError's "Permission denied"), as it reads inside
    a sentence after a colon: "Can't write x.csv: permission denied." An abbreviation at its
    start ("ENOSPC", "I/O error") keeps its case."""
    text = str((exc.strerror if isinstance(exc, OSError) else None) or exc)
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text
