"""Sentences of the lower layers, ready for the app to say in its language (README, "Translation").

domain/, ops/, store/ and interop/ import no Qt, and the command line stays English. So a
sentence made below gui/ is a `Message`: a str holding its English text, which the command line,
the logs and every existing caller use as ever, that also carries what the app needs to say it
in its own language — the context and source text as pyside6-lupdate extracts them, the plural
count, and the named arguments, still as values (a date, an amount, a count) so the app writes
them the locale's way. gui/sentences.py (`say`) translates one.

A sentence is made by the `Sentences` object named after its context:

    OpsText.tr("Saved {name}.", name=customer.name)
    InsightsText.tr("%n customer(s) bought in the last 12 months.", "", n)

pyside6-lupdate reads `OpsText.tr(...)` as a message in the context "OpsText" (it names the context
after the variable; measured with pyside6-lupdate 6.10: keyword arguments after the text are
fine, an implicit concatenation of literals is one text), and as a plural message only when the
count is the third positional argument: `OpsText.tr("%n item(s)", "", n)`, never `n=n`. So every
`Sentences` object lives in a variable of its context's name, and the count is positional.
Arguments are `{name}` fields (str.format), never an f-string inside `tr()` (lupdate skips it).

The English of a plural is made from the source the way scripts/english_plurals.py fills the
English translation: "%n customer(s)" is "1 customer" or "2 customers".

Words of a vocabulary that a sentence names are marked with `QT_TRANSLATE_NOOP(context, text)`
(returned unchanged) and passed through `phrase(context, text)` when they go into a sentence, so
that the app translates the argument too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks *text* for translation in *context* and returns it unchanged."""
    return text


# Plurals whose English says more than the noun's ending: (singular, plural).
ENGLISH_PLURALS: dict[str, tuple[str, str]] = {
    " (%n were {what} already)": (" (%n was {what} already)", " (%n were {what} already)"),
    "%n gift(s) and invitation(s) {period}; a {stage} customer calls for {wanted}.": (
        "%n gift or invitation {period}; a {stage} customer calls for {wanted}.",
        "%n gifts and invitations {period}; a {stage} customer calls for {wanted}.",
    ),
    # The verb agrees with the noun a few words before it.
    "Your top %n customer(s) ({customers} of those who bought) bring {value} of the last "
    "12 months' value.": (
        "Your top %n customer ({customers} of those who bought) brings {value} of the last "
        "12 months' value.",
        "Your top %n customers ({customers} of those who bought) bring {value} of the last "
        "12 months' value.",
    ),
    "Within these customers, the top %n customer(s) by value ({customers} of those who bought) "
    "bring {value} of their last 12 months' value; tier A across the journal: {tier_a}.": (
        "Within these customers, the top %n customer by value ({customers} of those who bought) "
        "brings {value} of their last 12 months' value; tier A across the journal: {tier_a}.",
        "Within these customers, the top %n customers by value ({customers} of those who bought) "
        "bring {value} of their last 12 months' value; tier A across the journal: {tier_a}.",
    ),
    "No purchases in the 12 months up to {today}: value appears once you log purchases. %n "
    "customer(s) pinned to tier A by hand count as best customers meanwhile.": (
        "No purchases in the 12 months up to {today}: value appears once you log purchases. %n "
        "customer pinned to tier A by hand counts as a best customer meanwhile.",
        "No purchases in the 12 months up to {today}: value appears once you log purchases. %n "
        "customers pinned to tier A by hand count as best customers meanwhile.",
    ),
    "{open} of %n pain(s) with you are open, resolved in {days} days (median)": (
        "{open} of %n pain with you is open, resolved in {days} days (median)",
        "{open} of %n pains with you are open, resolved in {days} days (median)",
    ),
    "{open} of %n pain(s) with you are open": (
        "{open} of %n pain with you is open",
        "{open} of %n pains with you are open",
    ),
    "{ours}; {open} of %n pain(s) with competitors are open — their pains are your opportunity.": (
        "{ours}; {open} of %n pain with competitors is open — their pains are your opportunity.",
        "{ours}; {open} of %n pains with competitors are open — their pains are your opportunity.",
    ),
}


def english(source: str, n: int = -1) -> str:
    """The English of *source* for the count *n*: its plural resolved, `%n` the count."""
    if n < 0:
        return source
    forms = _FORMS.get(source)
    if forms is None:
        forms = _FORMS[source] = ENGLISH_PLURALS.get(source) or plural_forms(source)
    return forms[n != 1].replace("%n", str(n))


_FORMS: dict[str, tuple[str, str]] = {}  # source -> (singular, plural): a few dozen sources


def plural_forms(source: str) -> tuple[str, str]:
    """The singular and the plural of a Qt plural source ("%n customer(s)")."""
    if not re.search(r"\((?:s|es|ies)\)", source):
        return source, source
    # The verb after the noun agrees with it: "%n item(s) need" -> "1 item needs".
    one = re.sub(r"\((?:s|es)\)((?: still)?) (need|hold)\b", r"\1 \2s", source)
    one = re.sub(r"\((?:s|es)\) are\b", " is", one)
    one = re.sub(r"\((?:s|es)\) were\b", " was", one)
    one = re.sub(r"y\(ies\)", "y", one)
    many = re.sub(r"y\(ies\)", "ies", source)
    one = re.sub(r"\((?:s|es)\)", "", one)
    many = re.sub(r"\((s|es)\)", r"\1", many)
    return one, many


class Number(int):
    """A count written with thousands grouped: "20,000" in English, "20.000" in German."""

    def __str__(self) -> str:
        return f"{self:,}"


class Share(float):
    """A share (0.78) said as a percentage: "78%" in English, the locale's way in the app."""

    def __str__(self) -> str:
        return f"{round(self * 100)}%"


class Amount:
    """An amount of money in minor units: "1,234.50 EUR" in English, the locale's way in the app."""

    __slots__ = ("minor", "currency")

    def __init__(self, minor: int, currency: str) -> None:
        self.minor = minor
        self.currency = currency

    def __str__(self) -> str:
        from custjournal.domain.values import format_money

        return format_money(self.minor, self.currency)


class Message(str):
    """A sentence: its English text (the str itself), plus what translating it takes.

    Made by the thousand (every customer's health reasons, for the list's Health column), so
    it is lean: slots, and the English made by str.format alone (a date's format() is its ISO
    form, and the value types above give their English by their own __str__).
    """

    __slots__ = ("context", "source", "disambiguation", "n", "args")
    context: str
    source: str
    disambiguation: str | None
    n: int
    args: dict[str, Any]

    def __new__(
        cls,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
        args: dict[str, Any] | None = None,
    ) -> Message:
        text = english(source, n) if n >= 0 else source
        if args:
            text = text.format_map(args)
        message = super().__new__(cls, text)
        message.context = context
        message.source = source
        message.disambiguation = disambiguation
        message.n = n
        message.args = args or {}
        return message

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled (a worker's result, a copy) as itself, not as a plain str.
        return (Message, (self.context, self.source, self.disambiguation, self.n, self.args))


class Sentences:
    """Makes the Messages of one context; bound to a variable named as the context (see above)."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(
        self, source: str, disambiguation: str | None = None, n: int = -1, /, **args: Any
    ) -> Message:
        # A plural's count is positional (tests/gui/test_translations.py checks every call).
        if args:
            return Message(self.context, source, disambiguation, n, args)
        return _fixed(self.context, source, disambiguation, n)


def value_text(value: object) -> Message:
    """A bare value (a date, an amount) as text: its English form, the locale's way in the app."""
    return Message("", "{value}", args={"value": value})


def phrase(context: str, text: str) -> Message:
    """A marked word or phrase (QT_TRANSLATE_NOOP) as an argument the app translates too."""
    return _fixed(context, text, None, -1)


_FIXED: dict[tuple[str, str, str | None, int], Message] = {}


def _fixed(context: str, source: str, disambiguation: str | None, n: int) -> Message:
    """A Message without arguments, made once: the same few words ("yesterday", "family")
    are said for thousands of customers (the list's health reasons), and a Message is never
    changed after it is made."""
    key = (context, source, disambiguation, n)
    message = _FIXED.get(key)
    if message is None:
        if len(_FIXED) > 10_000:  # counts vary without bound ("%n day(s) ago"): stay small
            _FIXED.clear()
        message = _FIXED[key] = Message(context, source, disambiguation, n)
    return message


# The contexts, each in a variable of its name (lupdate names the context after it); "…Text",
# so that none is taken for a class of the same name ("Health", "Brief").
ErrorText = Sentences("ErrorText")  # UserError sentences of domain/, store/, ops/ and interop/
OpsText = Sentences("OpsText")  # what an action did: the status bar, "Undo …"
HealthText = Sentences("HealthText")  # health reasons and next steps
InsightsText = Sentences("InsightsText")  # the insights page's sentences
BriefText = Sentences("BriefText")  # the brief's headings and lines
ReminderText = Sentences("ReminderText")  # why a customer is due
DuplicateText = Sentences("DuplicateText")  # why two customers may be one
QuickLogText = Sentences("QuickLogText")  # the quick log's grammar and preview
LinkText = Sentences("LinkText")  # relationships, from either side


# A journal's kinds of entry as sentences name them ("Saved the conversation.").
_ENTRY_WORDS = {
    "conversation": QT_TRANSLATE_NOOP("Entries", "conversation"),
    "delight": QT_TRANSLATE_NOOP("Entries", "delight"),
    "pain": QT_TRANSLATE_NOOP("Entries", "pain"),
    "fact": QT_TRANSLATE_NOOP("Entries", "fact"),
    "promise": QT_TRANSLATE_NOOP("Entries", "promise"),
    "gift": QT_TRANSLATE_NOOP("Entries", "gift"),
    "invitation": QT_TRANSLATE_NOOP("Entries", "invitation"),
    "milestone": QT_TRANSLATE_NOOP("Entries", "milestone"),
    "purchase": QT_TRANSLATE_NOOP("Entries", "purchase"),
    "stage_change": QT_TRANSLATE_NOOP("Entries", "stage change"),
    "contact_point": QT_TRANSLATE_NOOP("Entries", "contact point"),
}


def entry_word(kind: str) -> Message:
    """A kind of entry ("stage_change") as a sentence names it ("stage change")."""
    return phrase("Entries", _ENTRY_WORDS.get(kind, kind.replace("_", " ")))


# Stored words that sentences name as they are ("already accepted"), marked for the app.
_STATUS_WORDS = (
    QT_TRANSLATE_NOOP("Statuses", "invited"),
    QT_TRANSLATE_NOOP("Statuses", "accepted"),
    QT_TRANSLATE_NOOP("Statuses", "declined"),
    QT_TRANSLATE_NOOP("Statuses", "attended"),
    QT_TRANSLATE_NOOP("Statuses", "no-show"),
)
# The channels as a sentence names them ("meeting, 2026-12-01").
_CHANNEL_WORDS = (
    QT_TRANSLATE_NOOP("Channels", "call"),
    QT_TRANSLATE_NOOP("Channels", "meeting"),
    QT_TRANSLATE_NOOP("Channels", "visit"),
    QT_TRANSLATE_NOOP("Channels", "email"),
    QT_TRANSLATE_NOOP("Channels", "message"),
    QT_TRANSLATE_NOOP("Channels", "event"),
    QT_TRANSLATE_NOOP("Channels", "other"),
)
# What a sentence says a value is about ("The cost can't be negative."): the words the lower
# layers pass as `what` (a field's name in a sentence), marked for the app.
_FIELD_WORDS = (
    QT_TRANSLATE_NOOP("Fields", "name"),
    QT_TRANSLATE_NOOP("Fields", "company"),
    QT_TRANSLATE_NOOP("Fields", "tag"),
    QT_TRANSLATE_NOOP("Fields", "text"),
    QT_TRANSLATE_NOOP("Fields", "note"),
    QT_TRANSLATE_NOOP("Fields", "summary"),
    QT_TRANSLATE_NOOP("Fields", "promise"),
    QT_TRANSLATE_NOOP("Fields", "fact"),
    QT_TRANSLATE_NOOP("Fields", "gift"),
    QT_TRANSLATE_NOOP("Fields", "event"),
    QT_TRANSLATE_NOOP("Fields", "email"),
    QT_TRANSLATE_NOOP("Fields", "phone"),
    QT_TRANSLATE_NOOP("Fields", "amount"),
    QT_TRANSLATE_NOOP("Fields", "cost"),
    QT_TRANSLATE_NOOP("Fields", "date"),
    QT_TRANSLATE_NOOP("Fields", "due date"),
    QT_TRANSLATE_NOOP("Fields", "event date"),
    QT_TRANSLATE_NOOP("Fields", "invitation date"),
    QT_TRANSLATE_NOOP("Fields", "stage change date"),
    QT_TRANSLATE_NOOP("Fields", "date done"),
    QT_TRANSLATE_NOOP("Fields", "date resolved"),
    QT_TRANSLATE_NOOP("Fields", "date learned"),
    QT_TRANSLATE_NOOP("Fields", "conversation date"),
    QT_TRANSLATE_NOOP("Fields", "promise date"),
    QT_TRANSLATE_NOOP("Fields", "gift date"),
    QT_TRANSLATE_NOOP("Fields", "purchase date"),
    QT_TRANSLATE_NOOP("Fields", "milestone date"),
    QT_TRANSLATE_NOOP("Fields", "relationship date"),
    QT_TRANSLATE_NOOP("Fields", "important date"),
    QT_TRANSLATE_NOOP("Fields", "stage"),
    QT_TRANSLATE_NOOP("Fields", "channel"),
    QT_TRANSLATE_NOOP("Fields", "category"),
    QT_TRANSLATE_NOOP("Fields", "status"),
    QT_TRANSLATE_NOOP("Fields", "tier"),
    QT_TRANSLATE_NOOP("Fields", "milestone kind"),
    QT_TRANSLATE_NOOP("Fields", "kind"),
    QT_TRANSLATE_NOOP("Fields", "currency"),
)


def field_word(what: str) -> Message:
    """A field as a sentence names it ("due date"); the app says the marked ones its way."""
    return phrase("Fields", what)


class Listed(tuple[Any, ...]):
    """Words joined as a list: "family, goals and interests" in English, the locale's way in
    the app (each word translated if it is a Message)."""

    def __str__(self) -> str:
        words = [str(w) for w in self]
        if len(words) <= 1:
            return "".join(words)
        return ", ".join(words[:-1]) + " and " + words[-1]


def clause(text: str) -> str:
    """*text* to stand inside a sentence: without the full stop a person ended it with
    ("Packaging tore in transit." -> "Packaging tore in transit"), so that a ';', a ',' or a
    quote after it does not double the punctuation. An ellipsis ("...", "…"), a question mark
    and an exclamation mark are part of what was said and stay."""
    stripped = text.rstrip()
    if stripped.endswith(".") and not stripped.endswith(".."):
        return stripped[:-1].rstrip()
    return text


def join_clauses(clauses: Iterable[str], separator: str = "; ") -> str:
    """Clauses joined by *separator*, each but the last without its own full stop
    (`clause`), and after one ending in '?' or '!' just a space: "A; B? C; and 1 more"."""
    out = ""
    items = [str(c) for c in clauses]
    for i, text in enumerate(items):
        if i < len(items) - 1:
            text = clause(text)
        if i == 0:
            out = text
        elif out.rstrip().endswith(("?", "!")):
            out = out.rstrip() + " " + text
        else:
            out += separator + text
    return out


class Parts(tuple[Any, ...]):
    """Clauses joined by semicolons: "3 gifts to 2 customers; 1 trust milestone reached";
    a clause's own full stop is left out before the next (`join_clauses`)."""

    def __str__(self) -> str:
        return join_clauses(str(p) for p in self)


class Figure(float):
    """A figure written as short as it reads ("2.5", "14"): the locale's decimal mark in the app."""

    def __str__(self) -> str:
        return f"{self:g}"


class CadenceText(str):
    """A cadence's explanation ("Connection cadence: 21 days"), which the app words its way
    (gui/due_words.py, `cadence_text`)."""


# The areas of personal facts, as sentences name them ("known in 2 of 6 areas: family").
_AREA_WORDS = (
    QT_TRANSLATE_NOOP("Areas", "family"),
    QT_TRANSLATE_NOOP("Areas", "interests"),
    QT_TRANSLATE_NOOP("Areas", "preferences"),
    QT_TRANSLATE_NOOP("Areas", "goals"),
    QT_TRANSLATE_NOOP("Areas", "dislikes"),
    QT_TRANSLATE_NOOP("Areas", "important date"),
)
