"""The journal's fixed vocabularies and how user input maps onto them.

Input is case-insensitive and a space is the same as a hyphen ("No show" == "no-show").
"""

from __future__ import annotations

from collections.abc import Sequence

from custjournal.domain.errors import Field, Hint, UserError

# Re-exported: gui/ marks its own words with it too.
from custjournal.domain.i18n import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP
from custjournal.domain.i18n import ErrorText, field_word, phrase

STAGES: tuple[str, ...] = ("prospecting", "consideration", "purchase", "connection", "loyalty")
CHANNELS: tuple[str, ...] = ("call", "meeting", "visit", "email", "message", "event", "other")
FACT_CATEGORIES: tuple[str, ...] = (
    "family",
    "interests",
    "preferences",
    "goals",
    "dislikes",
    "important-date",
)
INVITATION_STATUSES: tuple[str, ...] = ("invited", "accepted", "declined", "attended", "no-show")
MILESTONE_KINDS: tuple[str, ...] = (
    "first-disclosure",
    "first-purchase",
    "accepted-invitation",
    "referral",
    "testimonial",
    "advocate",
)
PAIN_WITH: tuple[str, ...] = ("us", "competitor")
TIERS: tuple[str, ...] = ("A", "B", "C")
CONTACT_KINDS: tuple[str, ...] = ("email", "phone", "address", "url")

# A conversation by channel, as a sentence names it ("Logged an email"): the article is part of
# the phrase, so every message that names a channel says it the same way.
_CHANNEL_PHRASES: dict[str, str] = {
    "call": QT_TRANSLATE_NOOP("Phrases", "a call"),
    "meeting": QT_TRANSLATE_NOOP("Phrases", "a meeting"),
    "visit": QT_TRANSLATE_NOOP("Phrases", "a visit"),
    "email": QT_TRANSLATE_NOOP("Phrases", "an email"),
    "message": QT_TRANSLATE_NOOP("Phrases", "a message"),
    "event": QT_TRANSLATE_NOOP("Phrases", "an event"),
    "other": QT_TRANSLATE_NOOP("Phrases", "a conversation"),
}


def channel_phrase(channel: str) -> str:
    """The channel with its article, for sentences: "an email", "a call"."""
    if channel in _CHANNEL_PHRASES:
        return phrase("Phrases", _CHANNEL_PHRASES[channel])
    return f"a conversation ({channel})"


# Default stay-in-touch cadence per stage, in days (docs/reminders.md).
DEFAULT_CADENCE: dict[str, int] = {
    "prospecting": 14,
    "consideration": 7,
    "purchase": 7,
    "connection": 21,
    "loyalty": 45,
}


# How each stored word is shown to people (pickers, lists, the brief): said here, once.
STAGE_LABELS = {
    "prospecting": QT_TRANSLATE_NOOP("Vocabulary", "Prospecting"),
    "consideration": QT_TRANSLATE_NOOP("Vocabulary", "Consideration"),
    "purchase": QT_TRANSLATE_NOOP("Vocabulary", "Purchase"),
    "connection": QT_TRANSLATE_NOOP("Vocabulary", "Connection"),
    "loyalty": QT_TRANSLATE_NOOP("Vocabulary", "Loyalty"),
}
CHANNEL_LABELS = {
    "call": QT_TRANSLATE_NOOP("Vocabulary", "Call"),
    "meeting": QT_TRANSLATE_NOOP("Vocabulary", "Meeting"),
    "visit": QT_TRANSLATE_NOOP("Vocabulary", "Visit"),
    "email": QT_TRANSLATE_NOOP("Vocabulary", "Email"),
    "message": QT_TRANSLATE_NOOP("Vocabulary", "Message"),
    "event": QT_TRANSLATE_NOOP("Vocabulary", "Event"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}
CATEGORY_LABELS = {
    "family": QT_TRANSLATE_NOOP("Vocabulary", "Family"),
    "interests": QT_TRANSLATE_NOOP("Vocabulary", "Interests"),
    "preferences": QT_TRANSLATE_NOOP("Vocabulary", "Preferences"),
    "goals": QT_TRANSLATE_NOOP("Vocabulary", "Goals"),
    "dislikes": QT_TRANSLATE_NOOP("Vocabulary", "Dislikes"),
    "important-date": QT_TRANSLATE_NOOP("Vocabulary", "Important date"),
}
# A category as the heading of its group of facts (the brief's Personal section).
CATEGORY_HEADINGS = {
    **CATEGORY_LABELS,
    "important-date": QT_TRANSLATE_NOOP("Vocabulary", "Important dates"),
}
INVITATION_STATUS_LABELS = {
    "invited": QT_TRANSLATE_NOOP("Vocabulary", "Invited"),
    "accepted": QT_TRANSLATE_NOOP("Vocabulary", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("Vocabulary", "Declined"),
    "attended": QT_TRANSLATE_NOOP("Vocabulary", "Attended"),
    "no-show": QT_TRANSLATE_NOOP("Vocabulary", "No show"),
}
PAIN_WITH_LABELS = {
    "us": QT_TRANSLATE_NOOP("Vocabulary", "Us"),
    "competitor": QT_TRANSLATE_NOOP("Vocabulary", "A competitor"),
}
MILESTONE_LABELS = {
    "first-disclosure": QT_TRANSLATE_NOOP("Vocabulary", "First personal disclosure"),
    "first-purchase": QT_TRANSLATE_NOOP("Vocabulary", "First purchase"),
    "accepted-invitation": QT_TRANSLATE_NOOP("Vocabulary", "Accepted an invitation"),
    "referral": QT_TRANSLATE_NOOP("Vocabulary", "Gave a referral"),
    "testimonial": QT_TRANSLATE_NOOP("Vocabulary", "Gave a testimonial"),
    "advocate": QT_TRANSLATE_NOOP("Vocabulary", "Became an advocate"),
}


def normalize_word(value: str) -> str:
    """Fold case and treat runs of spaces, underscores and hyphens as one hyphen."""
    return "-".join(value.strip().casefold().replace("_", " ").replace("-", " ").split())


def pick(value: str, allowed: Sequence[str], what: str) -> str:
    """Return the member of *allowed* that *value* names, or raise a UserError naming them all."""
    key = normalize_word(value)
    for item in allowed:
        if normalize_word(item) == key:
            return item
    raise UserError(
        ErrorText.tr(
            "Unknown {what} '{value}': use one of {allowed}.",
            what=field_word(what),
            value=value,
            allowed=", ".join(allowed),
        ),
        field=what,
    )


def parse_stage(value: str) -> str:
    return pick(value, STAGES, "stage")


def parse_channel(value: str) -> str:
    return pick(value, CHANNELS, "channel")


def parse_fact_category(value: str) -> str:
    return pick(value, FACT_CATEGORIES, "category")


def parse_invitation_status(value: str) -> str:
    return pick(value, INVITATION_STATUSES, "status")


def parse_tier(value: str) -> str:
    return pick(value, TIERS, "tier")


def parse_milestone_kind(value: str, *, custom: bool = False) -> str:
    """A known kind, or with *custom* any non-empty text kept as written."""
    if custom:
        text = value.strip()
        if not text:
            raise UserError(ErrorText.tr("A custom milestone kind can't be empty."), field="kind")
        return text
    try:
        return pick(value, MILESTONE_KINDS, "milestone kind")
    except UserError:
        raise UserError(
            ErrorText.tr(
                "Unknown milestone kind '{value}': use one of {allowed}.",
                value=value,
                allowed=", ".join(MILESTONE_KINDS),
            ),
            field=Field.KIND,
            hint=Hint.CUSTOM_KIND,
        ) from None


def milestone_label(kind: str) -> str:
    return MILESTONE_LABELS.get(kind, kind)
