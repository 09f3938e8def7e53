"""The journal's fixed vocabularies and how user input maps onto them.

Input is case-insensitive and a space is the same as a hyphen ("No show" == "no-show").
"""

from __future__ import annotations

from collections.abc import Sequence

from custjournal.domain.errors import Field, Hint, UserError

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
    "call": "a call",
    "meeting": "a meeting",
    "visit": "a visit",
    "email": "an email",
    "message": "a message",
    "event": "an event",
    "other": "a conversation",
}


def channel_phrase(channel: str) -> str:
    """The channel with its article, for sentences: "an email", "a call"."""
    return _CHANNEL_PHRASES.get(channel, f"a conversation ({channel})")


# Default stay-in-touch cadence per stage, in days (docs/reminders.md).
DEFAULT_CADENCE: dict[str, int] = {
    "prospecting": 14,
    "consideration": 7,
    "purchase": 7,
    "connection": 21,
    "loyalty": 45,
}

# How each stored word is shown to people (pickers, lists, the brief): said here, once.
STAGE_LABELS = {s: s.capitalize() for s in STAGES}
CHANNEL_LABELS = {c: c.capitalize() for c in CHANNELS}
CATEGORY_LABELS = {c: c.replace("-", " ").capitalize() for c in FACT_CATEGORIES}
# A category as the heading of its group of facts (the brief's Personal section).
CATEGORY_HEADINGS = {**CATEGORY_LABELS, "important-date": "Important dates"}
INVITATION_STATUS_LABELS = {s: s.replace("-", " ").capitalize() for s in INVITATION_STATUSES}
PAIN_WITH_LABELS = {"us": "Us", "competitor": "A competitor"}
MILESTONE_LABELS = {
    "first-disclosure": "First personal disclosure",
    "first-purchase": "First purchase",
    "accepted-invitation": "Accepted an invitation",
    "referral": "Gave a referral",
    "testimonial": "Gave a testimonial",
    "advocate": "Became an advocate",
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
    raise UserError(f"Unknown {what} '{value}': use one of {', '.join(allowed)}.", field=what)


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
            raise UserError("A custom milestone kind can't be empty.", field="kind")
        return text
    try:
        return pick(value, MILESTONE_KINDS, "milestone kind")
    except UserError:
        raise UserError(
            f"Unknown milestone kind '{value}': use one of {', '.join(MILESTONE_KINDS)}.",
            field=Field.KIND,
            hint=Hint.CUSTOM_KIND,
        ) from None


def milestone_label(kind: str) -> str:
    return MILESTONE_LABELS.get(kind, kind)
