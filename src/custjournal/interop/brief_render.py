"""Renderings of one `domain.brief.Brief`: plain text, Markdown, a JSON-ready dict, and HTML.

Every rendering walks the same structure in the same order, so they never disagree about what a
brief holds; each only decides how it looks. Empty sections are left out of the text, Markdown
and HTML (the JSON keeps every key, with an empty list, so scripts see a stable shape).

- `to_text(brief, width=80)`: for a terminal. Wrapped at word boundaries by display columns
  (CJK and emoji count two, combining marks none), with a hanging indent; a line of Chinese or
  Japanese, written without spaces, may break between its characters, as those scripts do. Only
  a single word wider than the whole line (a long URL) is split, so nothing ever runs past the
  width and nothing is cut off. Control characters in user text are replaced, so a name can't
  send escape sequences to the terminal.
- `to_markdown(brief)`: for pasting into notes, mail or a wiki; user text is escaped.
- `to_dict(brief)`: for `--format json`; dates ISO, money as decimal strings beside a currency.
- `to_html(brief)`: for the app's Brief view and for PDF (`interop.brief_pdf`). A complete
  document that Qt's rich text engine renders (QTextDocument knows a subset of HTML 4 and CSS:
  no flexbox, borders only on tables), with everything escaped and no colours for body text, so
  it reads on paper and in a dark theme alike.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from custjournal.domain.brief import (
    SECTIONS,
    Brief,
    ConnectionItem,
    ConversationItem,
    FactGroup,
    FactItem,
    GiftItem,
    InvitationItem,
    MilestoneItem,
    Money,
    PainItem,
    TalkingPoint,
    ValueItem,
    relative,
)
from custjournal.domain.health import Health
from custjournal.domain.health import to_json as health_json
from custjournal.domain.i18n import (
    QT_TRANSLATE_NOOP,
    Amount,
    BriefText,
    CadenceText,
    phrase,
    value_text,
)
from custjournal.domain.values import format_minor
from custjournal.domain.vocab import CHANNEL_LABELS
from custjournal.interop.terminal import display_width, wrap

Say = Callable[[object], str]  # a sentence in the reader's language (English: `str`)

__all__ = ["display_width", "md_escape", "to_dict", "to_html", "to_markdown", "to_text", "wrap"]

INVITATION_STATUS_LABELS = {
    "invited": QT_TRANSLATE_NOOP("BriefText", "invited, no answer yet"),
    "accepted": QT_TRANSLATE_NOOP("BriefText", "accepted"),
    "declined": QT_TRANSLATE_NOOP("BriefText", "declined"),
    "attended": QT_TRANSLATE_NOOP("BriefText", "attended"),
    "no-show": QT_TRANSLATE_NOOP("BriefText", "did not come"),
}


# --- what each item says, shared by text, Markdown and HTML -----------------------------------


@dataclass(frozen=True)
class Row:
    """One line of a section: an optional date column, a label, the text, trailing details."""

    date: str | None
    label: str | None
    text: str
    details: tuple[str, ...] = ()
    quoted: bool = False  # the text is the customer's own words


def _money(m: Money | None) -> str | None:
    return value_text(Amount(m.minor, m.currency)) if m is not None else None


def _row(item: Any) -> Row:
    if isinstance(item, ValueItem):
        said = (BriefText.tr("said {times} times", times=item.times),) if item.times > 1 else ()
        if item.kind == "why-buy":
            reason = BriefText.tr("Reason for buying")
            return Row(value_text(item.date), reason, item.text, said, quoted=True)
        return Row(value_text(item.date), BriefText.tr("Delight"), item.text, said)
    if isinstance(item, PainItem):
        if item.resolved_on is None:
            state = (
                BriefText.tr("Open, ours")
                if item.with_whom == "us"
                else BriefText.tr("Open, competitor's")
            )
        elif item.with_whom == "us":
            state = BriefText.tr("Resolved {day}, ours", day=item.resolved_on)
        else:
            state = BriefText.tr("Resolved {day}, competitor's", day=item.resolved_on)
        noted = (BriefText.tr("noted {times} times", times=item.times),) if item.times > 1 else ()
        return Row(value_text(item.date), state, item.text, noted)
    if isinstance(item, FactItem):
        details: list[str] = []
        if item.month_day:
            details.append(BriefText.tr("every year on {day}", day=item.month_day))
        details.append(BriefText.tr("learned {day}", day=item.learned_on))
        return Row(None, None, item.text, tuple(details))
    if isinstance(item, ConversationItem):
        return Row(
            value_text(item.date),
            phrase("Vocabulary", CHANNEL_LABELS.get(item.channel, item.channel)),
            item.summary or BriefText.tr("(no summary)"),
        )
    if isinstance(item, GiftItem):
        details = [
            d
            for d in (
                item.kind,
                BriefText.tr("for {occasion}", occasion=item.occasion) if item.occasion else None,
                _money(item.cost),
                BriefText.tr("reaction: {reaction}", reaction=item.reaction)
                if item.reaction
                else None,
            )
            if d
        ]
        return Row(value_text(item.date), BriefText.tr("Gift"), item.what, tuple(details))
    if isinstance(item, InvitationItem):
        status = phrase("BriefText", INVITATION_STATUS_LABELS.get(item.status, item.status))
        sent = BriefText.tr("sent {day}", day=item.invited_on)
        return Row(value_text(item.date), BriefText.tr("Invitation"), item.event, (status, sent))
    if isinstance(item, MilestoneItem):
        label = item.label if item.kind == "stage" else phrase("Vocabulary", item.label)
        return Row(value_text(item.date), None, label, (item.note,) if item.note else ())
    if isinstance(item, ConnectionItem):
        return Row(None, None, item.text, (item.note,) if item.note else ())
    raise TypeError(f"no rendering for {type(item).__name__}")


def _due_phrase(due: dt.date, today: dt.date) -> str:
    if due < today:
        return BriefText.tr("{day} (overdue by {days} days)", day=due, days=(today - due).days)
    return BriefText.tr("{day} ({when})", day=due, when=relative(due, today))


def _header_fields(brief: Brief) -> list[tuple[str, str, list[str]]]:
    """(key, value, notes) lines of the header, in order."""
    h = brief.header
    stage: str = phrase("Vocabulary", h.stage_label)
    if h.stage_since:
        stage = BriefText.tr("{stage} since {day}", stage=stage, day=h.stage_since)
    tier = BriefText.tr("{tier} (pinned)", tier=h.tier) if h.tier_pinned else h.tier
    value = BriefText.tr(
        "{tier} · value {total} in all, {value_12m} in the last 12 months",
        tier=tier,
        total=Amount(h.value_total.minor, h.value_total.currency),
        value_12m=Amount(h.value_12m.minor, h.value_12m.currency),
    )
    touch = (
        BriefText.tr("{day} ({when})", day=h.last_touch, when=relative(h.last_touch, brief.today))
        if h.last_touch
        else BriefText.tr("never")
    )
    fields: list[tuple[str, str, list[str]]] = [
        (BriefText.tr("Stage"), stage, []),
        (BriefText.tr("Tier"), value, [h.value_note] if h.value_note else []),
        (BriefText.tr("Last touch"), touch, []),
        (
            BriefText.tr("Next due"),
            _due_phrase(h.next_due, brief.today),
            [CadenceText(h.cadence_explanation)],
        ),
    ]
    return fields


HEALTH_TITLE = BriefText.tr("Relationship health")


def _shown_health(brief: Brief) -> Health | None:
    """The health the brief shows: none when no element has a score (like an empty section,
    left out: four times "not enough to tell yet" says nothing before a meeting)."""
    h = brief.health
    return h if h is not None and any(e.score is not None for e in h.elements) else None


# The sentences of each element the brief shows: the first says the main figure ("0 of 1
# promise due kept on time."), the second what else moved the score ("1 kept late."); the rest
# (how recent, what was heard) are in `custjournal health` and on the customer page.
HEALTH_REASONS = 2


def _health_lines(health: Health) -> list[tuple[str, str, tuple[str, ...]]]:
    """(element, score, the sentences that explain it) of each element, the short form every
    rendering shows; the next step is `health.next_step`."""
    return [
        (
            phrase("Vocabulary", e.label),
            "—" if e.score is None else f"{e.score}/100",
            tuple(e.reasons[:HEALTH_REASONS]),
        )
        for e in health.elements
    ]


def _older(brief: Brief, key: str) -> str | None:
    n = brief.older.get(key, 0)
    if not n:
        return None
    return BriefText.tr("and %n older entry(ies) in the journal", "", n)


def _who(brief: Brief) -> str | None:
    return ", ".join(x for x in (brief.header.role, brief.header.company) if x) or None


def _items(key: str, items: tuple[Any, ...]) -> Iterator[tuple[str | None, Row]]:
    """(group label, row) of a section; only Personal has groups."""
    for item in items:
        if isinstance(item, FactGroup):
            for fact in item.facts:
                yield item.label, _row(fact)
        else:
            yield None, _row(item)


# --- text -------------------------------------------------------------------------------------


def to_text(brief: Brief, width: int = 80) -> str:
    """The brief for a terminal, at most *width* columns wide (40 at least)."""
    width = max(40, width)
    h = brief.header
    out: list[str] = []
    title = h.name + (" (archived)" if h.archived else "")
    out += wrap(f"{title}  ·  #{h.customer_id}  ·  brief of {brief.today.isoformat()}", width)
    who = _who(brief)
    if who:
        out += wrap(who, width)
    out.append("=" * min(width, max(display_width(ln) for ln in out)))
    key_width = max(len(k) for k, _, _ in _header_fields(brief)) + 2
    for key, value, notes in _header_fields(brief):
        out += wrap(value, width, f"{key:<{key_width}}")
        for note in notes:
            out += wrap(note, width, " " * key_width)

    if brief.talking_points:
        out += ["", "TALKING POINTS"]
        for point in brief.talking_points:
            out += wrap(point.text, width, "  ! " if point.urgent else "  • ")

    if health := _shown_health(brief):
        out += ["", HEALTH_TITLE.upper()]
        for element, score, reasons in _health_lines(health):
            said = " ".join(str(r) for r in reasons)
            out += wrap(said, width, f"  {element:<15}{score:>7}  ", " " * 26)
        if health.next_step:
            out += wrap(f"Next step: {health.next_step}", width, "  ")

    for key, title, items in brief.sections():
        out += ["", title.upper()]
        group = None
        for label, row in _items(key, items):
            if label is not None and label != group:
                group = label
                out += wrap(label, width, "  ")
            out += _text_row(row, width, nested=label is not None)
        if more := _older(brief, key):
            out += wrap(f"… {more}", width, "  ")
    return "\n".join(out) + "\n"


def _text_row(row: Row, width: int, *, nested: bool) -> list[str]:
    text = f"“{row.text}”" if row.quoted else row.text
    if row.label:
        text = f"{row.label}: {text}"
    if row.details:
        text += " · " + " · ".join(row.details)
    if row.date:
        return wrap(text, width, f"  {row.date}  ")
    return wrap(text, width, "    • " if nested else "  • ")


# --- Markdown ---------------------------------------------------------------------------------


def md_escape(text: str) -> str:
    """User text made literal in Markdown (CommonMark: any ASCII punctuation may be escaped).

    Only characters that would mean something are escaped: emphasis, code, links and HTML
    everywhere (with '[' escaped, parentheses and '!' can't form a link or an image), and '#',
    '-', '+', '.' only at the start, so ordinary prose stays readable as plain text.
    """
    out = []
    for i, ch in enumerate(text):
        if ch in "\\`*_[]<>|~&{}" or (i == 0 and ch in "#-+.>"):
            out.append("\\" + ch)
        else:
            out.append(ch)
    escaped = "".join(out)
    # "1. Acme" alone on a line would start an ordered list.
    return re.sub(r"^(\d+)([.)])", r"\1\\\2", escaped)


def to_markdown(brief: Brief) -> str:
    h = brief.header
    e = md_escape
    out = [f"# {e(h.name)}" + (" *(archived)*" if h.archived else ""), ""]
    who = _who(brief)
    if who:
        out += [e(who), ""]
    out.append(f"Brief of {brief.today.isoformat()} · customer #{h.customer_id}")
    out.append("")
    for key, value, notes in _header_fields(brief):
        out.append(f"- **{key}:** {e(value)}")
        for note in notes:
            out.append(f"  - {e(note)}")
    if brief.talking_points:
        out += ["", "## Talking points", ""]
        for point in brief.talking_points:
            out.append(f"- **!** **{e(point.text)}**" if point.urgent else f"- {e(point.text)}")
    if health := _shown_health(brief):
        out += ["", f"## {HEALTH_TITLE}", ""]
        for element, score, reasons in _health_lines(health):
            out.append(f"- **{element} {score}** · {e(' '.join(str(r) for r in reasons))}")
        if health.next_step:
            out += ["", f"*Next step:* {e(health.next_step)}"]
    for key, title, items in brief.sections():
        out += ["", f"## {title}", ""]
        group = None
        for label, row in _items(key, items):
            if label is not None and label != group:
                group = label
                out.append(f"- **{e(label)}**")
            out.append(("  " if label is not None else "") + "- " + _md_row(row))
        if more := _older(brief, key):
            out += ["", f"*… {more}*"]
    return "\n".join(out) + "\n"


def _md_row(row: Row) -> str:
    text = f"“{md_escape(row.text)}”" if row.quoted else md_escape(row.text)
    if row.label:
        text = f"{md_escape(row.label)}: {text}"
    if row.details:
        text += " · " + " · ".join(md_escape(d) for d in row.details)
    return f"**{row.date}** · {text}" if row.date else text


# --- JSON -------------------------------------------------------------------------------------


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _point(p: TalkingPoint) -> dict[str, Any]:
    return {"kind": p.kind, "text": p.text, "urgent": p.urgent, "date": _iso(p.date)}


def _json_item(item: Any) -> dict[str, Any]:
    if isinstance(item, ValueItem):
        return {"date": _iso(item.date), "kind": item.kind, "text": item.text, "times": item.times}
    if isinstance(item, PainItem):
        return {
            "date": _iso(item.date),
            "text": item.text,
            "with_whom": item.with_whom,
            "open": item.is_open,
            "resolved_on": _iso(item.resolved_on),
            "times": item.times,
        }
    if isinstance(item, FactGroup):
        return {
            "category": item.category,
            "label": item.label,
            "facts": [
                {
                    "text": f.text,
                    "learned_on": _iso(f.learned_on),
                    "month_day": f.month_day,
                }
                for f in item.facts
            ],
        }
    if isinstance(item, ConversationItem):
        return {"date": _iso(item.date), "channel": item.channel, "summary": item.summary}
    if isinstance(item, GiftItem):
        return {
            "type": "gift",
            "date": _iso(item.date),
            "what": item.what,
            "kind": item.kind,
            "occasion": item.occasion,
            "cost": format_minor(item.cost.minor) if item.cost else None,
            "currency": item.cost.currency if item.cost else None,
            "reaction": item.reaction,
        }
    if isinstance(item, InvitationItem):
        return {
            "type": "invitation",
            "date": _iso(item.date),
            "event": item.event,
            "invited_on": _iso(item.invited_on),
            "status": item.status,
            "as_guest": item.as_guest,
        }
    if isinstance(item, MilestoneItem):
        return {"date": _iso(item.date), "kind": item.kind, "label": item.label, "note": item.note}
    if isinstance(item, ConnectionItem):
        return {
            "kind": item.kind,
            "direction": item.direction,
            "label": item.label,
            "customer_id": item.other_id,
            "customer": item.other_name,
            "tier": item.other_tier,
            "since": _iso(item.since),
            "note": item.note,
            "text": item.text,
        }
    raise TypeError(f"no JSON shape for {type(item).__name__}")


def to_dict(brief: Brief) -> dict[str, Any]:
    """The brief as plain JSON values: ISO dates, money as "12000.00" with its currency."""
    h = brief.header
    doc: dict[str, Any] = {
        "as_of": brief.today.isoformat(),
        "customer": {
            "id": h.customer_id,
            "name": h.name,
            "company": h.company,
            "role": h.role,
            "stage": h.stage,
            "stage_since": _iso(h.stage_since),
            "tier": h.tier,
            "tier_pinned": h.tier_pinned,
            "currency": brief.currency,
            "value_total": format_minor(h.value_total.minor),
            "value_12m": format_minor(h.value_12m.minor),
            "left_out_of_value": [
                {"currency": o.currency, "amount": format_minor(o.minor), "purchases": o.count}
                for o in h.other_currencies
            ],
            "value_note": h.value_note,
            "last_contact": _iso(h.last_touch),
            "next_due": _iso(h.next_due),
            "cadence_days": h.cadence_days,
            "cadence": h.cadence_explanation,
            "archived": h.archived,
        },
        "talking_points": [_point(p) for p in brief.talking_points],
    }
    for key, _title in SECTIONS:
        doc[key] = [_json_item(i) for i in getattr(brief, key)]
    doc["older"] = dict(brief.older)  # section -> older entries left out of the brief
    # As `custjournal health --json` gives it (docs/health.md); null when not worked out.
    doc["health"] = health_json(brief.health) if brief.health is not None else None
    return doc


# --- HTML -------------------------------------------------------------------------------------

# Qt's rich text understands this CSS subset. Sizes in pt, so print and screen agree; no text
# colour except for what must stand out, so the view reads in a dark theme too.
_CSS = """
body { font-family: 'DejaVu Sans', 'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial,
       'Noto Sans CJK JP', 'Noto Color Emoji', sans-serif; font-size: 9pt; }
h1 { font-size: 16pt; font-weight: 600; margin-top: 0; margin-bottom: 0; }
h2 { font-size: 11pt; font-weight: 600; margin-top: 6pt; margin-bottom: 1pt; color: #1c5aa6; }
p { margin-top: 0; margin-bottom: 0; }
p.who { font-size: 11pt; }
p.asof { font-size: 8pt; color: #777777; margin-bottom: 6pt; }
td { padding-top: 1pt; padding-bottom: 1pt; vertical-align: top; }
td.key { font-weight: 600; padding-right: 12px; white-space: nowrap; }
td.score { padding-right: 12px; white-space: nowrap; text-align: right; }
span.note { color: #777777; font-size: 8.5pt; }
span.date { color: #777777; font-size: 8.5pt; }
span.label { font-weight: 600; }
ul { margin-top: 0; margin-bottom: 0; margin-left: 0; -qt-list-indent: 1; }
li { margin-bottom: 0; }
li.more { font-size: 8.5pt; color: #777777; list-style-type: none; }
li.urgent { font-weight: 600; color: #c01c28; }
"""


def _h(text: str) -> str:
    return html.escape(text, quote=True)


def _html_row(row: Row, say: Say = str) -> str:
    parts = []
    if row.date:
        parts.append(f'<span class="date">{_h(say(row.date))}</span>&nbsp;&nbsp;')
    if row.label:
        parts.append(f'<span class="label">{_h(say(row.label))}:</span> ')
    parts.append(f"“{_h(say(row.text))}”" if row.quoted else _h(say(row.text)))
    if row.details:
        details = " · ".join(_h(say(d)) for d in row.details)
        parts.append(f' <span class="note">· {details}</span>')
    return "".join(parts)


def to_html(brief: Brief, *, standalone: bool = True, say: Say = str) -> str:
    """The brief as HTML. With *standalone* False, the body only (to embed in a page).

    *say* gives each sentence in the reader's language: the app passes its translation
    (gui/sentences.py, `say`); by default the brief is English, as the command line writes it.
    """
    h = brief.header
    body: list[str] = []
    archived = say(BriefText.tr("(archived)"))
    title = _h(h.name) + (f' <span class="note">{_h(archived)}</span>' if h.archived else "")
    body.append(f"<h1>{title}</h1>")
    who = _who(brief)
    if who:
        body.append(f'<p class="who">{_h(who)}</p>')
    asof = BriefText.tr("Brief of {day} · customer #{id}", day=brief.today, id=str(h.customer_id))
    body.append(f'<p class="asof">{_h(say(asof))}</p>')
    body.append('<table class="header" cellspacing="0" cellpadding="1">')
    for key, value, notes in _header_fields(brief):
        extra = "".join(f'<br/><span class="note">{_h(say(n))}</span>' for n in notes)
        body.append(f'<tr><td class="key">{_h(say(key))}</td><td>{_h(say(value))}{extra}</td></tr>')
    body.append("</table>")
    if brief.talking_points:
        heading = say(BriefText.tr("Talking points"))
        body.append(f"<h2>{_h(heading)}</h2><ul>")
        for p in brief.talking_points:
            if p.urgent:
                body.append(f'<li class="urgent">! {_h(say(p.text))}</li>')
            else:
                body.append(f"<li>{_h(say(p.text))}</li>")
        body.append("</ul>")
    if health := _shown_health(brief):
        body.append(f"<h2>{_h(say(HEALTH_TITLE))}</h2>")
        body.append('<table class="health" cellspacing="0" cellpadding="1">')
        for element, score, reasons in _health_lines(health):
            said = " ".join(say(r) for r in reasons)
            body.append(
                f'<tr><td class="key">{_h(say(element))}</td><td class="score">{_h(score)}</td>'
                f'<td><span class="note">{_h(said)}</span></td></tr>'
            )
        body.append("</table>")
        if health.next_step:
            label = say(BriefText.tr("Next step:"))
            body.append(f"<p><b>{_h(label)}</b> {_h(say(health.next_step))}</p>")
    for key, title, items in brief.sections():
        body.append(f"<h2>{_h(say(title))}</h2>")
        if key == "personal":
            # A category beside its facts, like the header: a line per fact, not two.
            body.append('<table class="facts" cellspacing="0" cellpadding="1">')
            for group in items:
                for i, fact in enumerate(group.facts):
                    label = _h(say(phrase("Vocabulary", group.label))) if i == 0 else ""
                    row = _html_row(_row(fact), say)
                    body.append(f'<tr><td class="key">{label}</td><td>{row}</td></tr>')
            if more := _older(brief, key):
                body.append(
                    f'<tr><td></td><td><span class="note">… {_h(say(more))}</span></td></tr>'
                )
            body.append("</table>")
            continue
        body.append("<ul>")
        body += [f"<li>{_html_row(_row(i), say)}</li>" for i in items]
        if more := _older(brief, key):
            body.append(f'<li class="more">… {_h(say(more))}</li>')
        body.append("</ul>")
    content = "\n".join(body)
    if not standalone:
        return content
    page_title = say(BriefText.tr("Brief: {name}", name=h.name))
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"/>'
        f"<title>{_h(page_title)}</title>"
        f"<style>{_CSS}</style></head>\n"
        f"<body>\n{content}\n</body></html>\n"
    )


def to_html_many(briefs: Sequence[Brief], *, say: Say = str) -> str:
    """Several briefs as one HTML document, each starting on a new page (the selection's PDF)."""
    parts = []
    for i, brief in enumerate(briefs):
        style = ' style="page-break-before: always"' if i else ""
        parts.append(f"<div{style}>\n{to_html(brief, standalone=False, say=say)}\n</div>")
    body = "\n".join(parts)
    page_title = say(BriefText.tr("Briefs"))
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"/>'
        f"<title>{_h(page_title)}</title><style>{_CSS}</style></head>\n"
        f"<body>\n{body}\n</body></html>\n"
    )
