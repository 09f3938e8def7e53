"""The quick log's one line: what a person types after a call, read into a typed result.

    Ada: loved the samples; pain: slow shipping; why: you answer fast; promised a quote by Friday

The grammar (docs/quick-log.md has it with examples): an optional customer before the first
colon, then parts separated by `;` (or new lines), each read by how it starts:

- `pain: TEXT` a pain point with us; `pain NAME: TEXT` one with a competitor (kept as
  "NAME: TEXT"); `delight: TEXT`, or a part starting with loved/likes/enjoyed/happy with/... as
  a delight in their words; `why: TEXT` why they buy; `promised TEXT [by DAY]` or
  `promise: TEXT [by DAY]` a promise with its due day; `summary: TEXT` the summary;
  a part that is only a channel (`meeting`, `by email`) or only a day (`yesterday`) says how
  and when the conversation took place.
- Anything else is the summary (parts joined with "; "); without any, the summary is the
  first part as written, so the timeline still says what the call was about.

Days are read by domain/datewords.py. Pure Python, no Qt, no journal: the app previews the
result while the user types, and `custjournal quick` prints it before saving.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from custjournal.domain import vocab
from custjournal.domain.datewords import parse_day, split_trailing_day, trailing_bad_day
from custjournal.domain.errors import UserError
from custjournal.domain.i18n import QuickLogText, phrase
from custjournal.domain.values import parse_date

DELIGHT_WORDS = (
    "loved", "loves", "love", "liked", "likes", "enjoyed", "enjoys", "happy with",
    "delighted", "impressed", "pleased with", "thrilled",
)  # fmt: skip
PROMISE_WORDS = ("promised", "we promised", "i promised", "promise")
CHANNEL_WORDS = {"e-mail": "email", "phone": "call", "phone call": "call", "text": "message"}
KEYWORD_HEADS = ("pain", "pains", "pain point", "why", "delight", "delights", "promise",
                 "summary", "channel")  # fmt: skip
NO_NAME = ("competitor", "a competitor", "them", "others")  # "pain competitor: ..." names none


@dataclass(frozen=True)
class Pain:
    text: str
    with_whom: str  # "us" | "competitor"


@dataclass
class QuickLine:
    """What the line says; None / empty for what it does not say."""

    customer: str | None = None
    summary: str | None = None
    delights: list[str] = field(default_factory=list)
    pains: list[Pain] = field(default_factory=list)
    why_buy: str | None = None
    promise: str | None = None
    promise_due: dt.date | None = None
    bad_due: str | None = None  # a due date as written that names no day ("2026-02-30")
    channel: str | None = None
    on: dt.date | None = None  # when the conversation took place, if the line says

    def is_empty(self) -> bool:
        return self == QuickLine()


def _after(part: str, heads: tuple[str, ...]) -> str | None:
    """The text after `head:` (or `head ` for a word form) if *part* starts with one of *heads*."""
    low = part.casefold()
    for head in sorted(heads, key=len, reverse=True):
        if low == head or low.startswith(head + ":") or low.startswith(head + " "):
            return part[len(head) :].lstrip(" :").strip()
    return None


def _channel(part: str) -> str | None:
    low = re.sub(r"^(by|via|over|channel:?)\s+", "", part.casefold().strip())
    low = CHANNEL_WORDS.get(low, low)
    return low if low in vocab.CHANNELS else None


def parse(line: str, *, today: dt.date, order: str | None = None) -> QuickLine:
    """Read *line*; *order* ("dmy"/"mdy") is how the user writes numeric day-month dates."""
    result = QuickLine()
    parts = [p.strip() for p in re.split(r"[;\n]", line) if p.strip()]
    if not parts:
        return result
    head, colon, rest = parts[0].partition(":")
    if colon and head.strip() and not _is_keyword(head):
        result.customer = " ".join(head.split())
        parts[0] = rest.strip()
        parts = [p for p in parts if p]
    free: list[str] = []
    first_as_written: str | None = None
    for part in parts:
        written = _read_part(part, result, today=today, order=order)
        if written is None:
            free.append(part)
        elif first_as_written is None and written:
            first_as_written = written
    if free:
        result.summary = "; ".join(free)
    elif result.summary is None and first_as_written:
        result.summary = first_as_written
    return result


def _is_keyword(head: str) -> bool:
    low = " ".join(head.casefold().split())
    return low in KEYWORD_HEADS or low.split(" ")[0] in ("pain", "pains")


def _add(old: str | None, new: str) -> str:
    return f"{old}; {new}" if old else new


def _read_part(part: str, result: QuickLine, *, today: dt.date, order: str | None) -> str | None:
    """Put what *part* says into *result*; return the part as it reads in a summary, '' for
    a part that is no summary (a channel, a day), or None for free text."""
    low = part.casefold()
    if (text := _after(part, ("summary",))) is not None:
        result.summary = _add(result.summary, text)
        return ""
    if low.startswith(("pain", "pains")) and ":" in part:
        head, _, text = part.partition(":")
        words = head.split()[1:]
        if words[:1] == ["point"]:
            words = words[1:]
        text = text.strip()
        if not words:
            result.pains.append(Pain(text, "us"))
        else:
            name = " ".join(words)
            shown = text if name.casefold() in NO_NAME else f"{name}: {text}"
            result.pains.append(Pain(shown, "competitor"))
        return text
    if (text := _after(part, ("why", "why they buy", "reason"))) is not None and (
        ":" in part or low.startswith("why they buy ")
    ):
        result.why_buy = _add(result.why_buy, text)
        return text
    if (text := _after(part, ("delight", "delights"))) is not None and ":" in part:
        result.delights.append(text)
        return text
    if _after(part, DELIGHT_WORDS) is not None:
        result.delights.append(part)
        return part
    if (text := _after(part, PROMISE_WORDS)) is not None and text:
        what, due = split_trailing_day(text, today=today, order=order)
        if due is None and (bad := trailing_bad_day(text)) is not None:
            # "by 2026-02-30": refused (`due_problem`), never kept as a promise with no date.
            result.bad_due = bad
            what = " ".join(text.split()[: -len(bad.split()) - 1])
        result.promise = _add(result.promise, what or text)
        if due is not None:
            result.promise_due = due
        return part
    if (channel := _channel(part)) is not None:
        result.channel = channel
        return ""
    day = parse_day(part, today=today, order=order, past=True)
    if day is not None:
        result.on = day
        return ""
    return None


def due_problem(q: QuickLine) -> str | None:
    """Why the line's promise can't be saved: its due date names no day. The sentence (a
    Message the app translates) is the one `custjournal log --due` gives for the same date."""
    if q.bad_due is None:
        return None
    try:
        parse_date(q.bad_due, what="due date")
    except UserError as exc:
        return exc.message
    return None  # pragma: no cover (an ISO day that parses is read as the due date)


def preview_rows(
    q: QuickLine, *, customer: str | None, on: dt.date, format_day: Callable[[dt.date], str]
) -> list[tuple[str, str]]:
    """What will be saved, as (what, value) rows: the app's preview and `custjournal quick`
    say the same. *customer* is whom the line names as found in the journal, *on* the day of
    the conversation, *format_day* how the caller writes a day (the locale's, or ISO)."""
    rows: list[tuple[str, str]] = [
        (QuickLogText.tr("Customer"), customer or QuickLogText.tr("(not given)"))
    ]
    rows.append(
        (
            QuickLogText.tr("Conversation"),
            QuickLogText.tr(
                "{channel}, {day}",
                channel=phrase("Channels", q.channel or "call"),
                day=format_day(q.on or on),
            ),
        )
    )
    if q.summary:
        rows.append((QuickLogText.tr("Summary"), q.summary))
    rows += [(QuickLogText.tr("Delight"), text) for text in q.delights]
    rows += [
        (
            QuickLogText.tr("Pain"),
            QuickLogText.tr("{text} (ours)", text=p.text)
            if p.with_whom == "us"
            else QuickLogText.tr("{text} (with a competitor)", text=p.text),
        )
        for p in q.pains
    ]
    if q.why_buy:
        rows.append((QuickLogText.tr("Why they buy"), q.why_buy))
    if q.promise:
        promise = (
            QuickLogText.tr(
                "{promise}, due {day}", promise=q.promise, day=format_day(q.promise_due)
            )
            if q.promise_due
            else QuickLogText.tr("{promise}, no due date", promise=q.promise)
        )
        problem = due_problem(q)
        if problem is None:
            rows.append((QuickLogText.tr("Promise"), promise))
        else:
            rows.append((QuickLogText.tr("Promise"), q.promise))
            rows.append((QuickLogText.tr("Not saved"), problem))
    return rows
