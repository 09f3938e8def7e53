"""Renderings of `domain.insights.Insights`: plain text, Markdown and a JSON-ready dict.

Each walks the sections in page order and starts each with its sentence (what the figures mean,
or why there is too little data to tell). The JSON keeps every key of every section, so scripts
see one shape (`docs/insights.md`): money as decimal strings beside the top-level `currency`
(a `*_minor` field becomes the same name without `_minor`), dates ISO, shares and rates as
numbers from 0 to 1 rounded to four places. User text is escaped in Markdown and cleaned of
control characters in text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from typing import Any

from custjournal.domain import insights as di
from custjournal.domain.values import format_minor, format_money
from custjournal.interop.brief_render import md_escape
from custjournal.interop.terminal import display_width, wrap

TITLES = {
    "best_customers": "Best customers",
    "why_they_buy": "Why they buy",
    "delights": "What delights them",
    "pains": "Pain points",
    "trust": "Trust and generosity",
    "stages": "Stages",
    "health": "Relationship health",
}
QUOTED_THEMES = 5  # themes whose quotes text and Markdown show
ROWS_SHOWN = 10  # rows per table in text and Markdown (the top customers: all 20); the JSON has
# them all


# --- JSON --------------------------------------------------------------------------------------


# Each dataclass's fields, once per class: the JSON of a 10,000-customer page holds tens of
# thousands of dataclasses and id lists, and asking `dataclasses` for every one of them cost
# more than the rest of the conversion (220 ms to 60 ms).
_FIELDS: dict[type, tuple[tuple[str, bool], ...]] = {}
_SCALARS = (int, str, bool, type(None))


def _fields(kind: type) -> tuple[tuple[str, bool], ...]:
    found = _FIELDS.get(kind)
    if found is None:
        found = _FIELDS[kind] = tuple(
            (f.name, f.name.endswith("_minor")) for f in dataclasses.fields(kind)
        )
    return found


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is tuple or kind is list:
        if all(type(v) is int for v in value):  # an id list: the bulk of the page
            return list(value)
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        result: dict[str, Any] = {}
        for name, minor in _fields(kind):
            item = getattr(value, name)
            if minor:
                result[name[: -len("_minor")]] = None if item is None else format_minor(item)
            else:
                result[name] = _plain(item)
            if name == "customer_ids" and isinstance(value, di.Theme | di.PainTheme):
                result["customer_count"] = len(item)
        return result
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def to_dict(insights: di.Insights) -> dict[str, Any]:
    return {
        "today": insights.today.isoformat(),
        "segment": str(insights.segment),
        "currency": insights.currency,
        "customers": insights.customers,
        "customer_ids": list(insights.customer_ids),
        "sections": {key: _plain(section) for key, section in insights.sections()},
    }


# --- text and Markdown -------------------------------------------------------------------------


def _pct(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.0f}%"


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day else "never"


def _clean(text: str) -> str:
    return "".join(ch if ch.isprintable() else " " for ch in text)


def _rows(
    ins: di.Insights, key: str, section: Any
) -> Iterable[tuple[str, list[list[str]], list[str]]]:
    """(subheading, table rows, header) per table of a section, shared by text and Markdown."""
    cur = ins.currency
    if key == "best_customers":
        yield (
            "Tier boundaries",
            [
                [
                    f"Tier {b.tier}{' and above' if b.tier == 'B' else ''}",
                    str(b.customers),
                    _pct(b.customer_share),
                    _pct(b.value_share),
                ]
                for b in section.boundaries
            ],
            ["", "Customers", "Share of buyers", "Share of value"],
        )
        yield (
            "Top customers",
            [
                [
                    r.name,
                    r.tier + ("*" if r.tier_pinned else ""),
                    format_money(r.value_minor, cur),
                    _pct(r.value_share),
                    _day(r.last_touch),
                    r.due_on.isoformat(),  # the list's DUE day: contact or promise
                    "due" if r.due else "",
                ]
                for r in section.top
            ],
            ["Customer", "Tier", "12-month value", "Share", "Last touch", "Due on", "Due"],
        )
    elif key in ("why_they_buy", "delights"):
        yield (
            "Themes",
            [
                [t.name, str(t.customer_count), str(t.mentions), _pct(t.value_share)]
                for t in section.themes[:ROWS_SHOWN]
            ],
            ["Theme", "Customers", "Mentions", "Share of value"],
        )
        yield ("In their words", _quote_rows(section.themes), [])
        yield from _lists(key, section)
    elif key == "pains":
        for title, themes in (("With us", section.ours), ("With competitors", section.competitors)):
            yield (
                title,
                [
                    [
                        t.name,
                        str(t.customer_count),
                        str(t.open),
                        str(t.resolved),
                        ", ".join(t.competitors),
                    ]
                    for t in themes[:ROWS_SHOWN]
                ],
                ["Theme", "Customers", "Open", "Resolved", "Competitors named"],
            )
            yield (f"{title}, in their words", _quote_rows(themes), [])
        if section.changes:
            yield (
                section.change_meaning or "Last 90 days",
                [
                    [
                        c.name,
                        "us" if c.with_whom == "us" else "competitor",
                        str(c.last_90),
                        str(c.previous_90),
                    ]
                    for c in section.changes[:ROWS_SHOWN]
                ],
                ["Theme", "With", "Last 90 days", "90 days before"],
            )
    elif key == "trust":
        yield (
            "Gifts and invitations",
            [
                ["Gifts", str(section.gifts)],
                ["Customers given a gift", str(section.gift_customers)],
                ["Cost of gifts", format_money(section.gift_cost_minor, cur)],
                ["Invitations", str(section.invitations)],
                ["Accepted (of past events)", _pct(section.accepted_rate)],
                ["Attended (of accepted)", _pct(section.attended_rate)],
                ["No-show (of accepted)", _pct(section.no_show_rate)],
            ],
            ["", ""],
        )
        if section.gift_cost_note:
            # Said under the figures: gift costs in another currency, left out of the cost.
            yield (section.gift_cost_note, [], [])
        if section.reactions:
            yield (
                "Reactions to gifts",
                [[r.name, str(r.count)] for r in section.reactions[:ROWS_SHOWN]],
                ["Reaction", "Gifts"],
            )
        if section.milestones:
            yield (
                "Milestones reached",
                [[m.label, str(m.count), str(len(m.customer_ids))] for m in section.milestones],
                ["Milestone", "Times", "Customers"],
            )
        yield from _lists(key, section)
    elif key == "stages":
        yield (
            "Funnel",
            [
                [
                    r.label,
                    str(r.customers),
                    _pct(r.share),
                    "–" if r.median_days is None else f"{r.median_days:g}",
                    str(r.moves_in_90),
                    f"{r.neglected} ({_pct(r.neglect_rate)})",
                ]
                for r in section.rows
            ],
            [
                "Stage",
                "Customers",
                "Share",
                "Median days in stage",
                "Moves in (90 days)",
                "Neglected",
            ],
        )
        if section.neglect_meaning:
            yield (section.neglect_meaning, [], [])
    elif key == "health":
        yield (
            "Distribution",
            [
                [
                    e.label,
                    *(str(n) for n in e.buckets),
                    str(e.not_enough),
                    "–" if e.median is None else f"{e.median:g}",
                ]
                for e in section.elements
            ],
            ["Element", *di.HEALTH_BUCKETS, "Not enough to tell", "Median"],
        )
        if section.fallers:
            yield (
                section.fallers_meaning or "",
                [
                    [f.name, f"{f.before:.0f}", f"{f.now:.0f}", f"{f.drop:.0f}", f.weakest or ""]
                    for f in section.fallers
                ]
                + _more(len(section.faller_ids) - len(section.fallers), 5),
                ["Customer", "90 days ago", "Now", "Fell by", "Fell most"],
            )


def _lists(key: str, section: Any) -> Iterable[tuple[str, list[list[str]], list[str]]]:
    """The section's lists to act on, shown even when it has nothing else to show yet (tier A
    customers never asked why they buy, before anyone answered)."""
    if key == "why_they_buy" and section.never_asked:
        yield (
            section.never_asked_meaning or "Best customers never asked",
            _names(section.never_asked),
            ["Customer"],
        )
    elif key == "trust":
        for title, refs in (
            (section.never_invited_meaning, section.never_invited),
            (section.best_without_gift_meaning, section.best_without_gift),
        ):
            if refs:
                yield (title or "", _names(refs), ["Customer"])


def _more(left: int, width: int = 1) -> list[list[str]]:
    """The row that says how many more a list holds than its table shows (none if none)."""
    return [[f"… and {left} more", *([""] * (width - 1))]] if left > 0 else []


def _names(refs: tuple[di.CustomerRef, ...]) -> list[list[str]]:
    """A list to act on: its first `ROWS_SHOWN` names, then how many more (the JSON has all)."""
    return [[c.name] for c in refs[:ROWS_SHOWN]] + _more(len(refs) - ROWS_SHOWN)


def _quote_rows(themes: Iterable[di.Theme | di.PainTheme]) -> list[list[str]]:
    """Up to three quotes of each of the first themes, one line each."""
    rows = []
    for theme in list(themes)[:QUOTED_THEMES]:
        for q in theme.quotes:
            rows.append([f"{theme.name}: “{q.text}” — {q.name}, {q.on.isoformat()}"])
    return rows


def _tables(
    ins: di.Insights, key: str, section: Any
) -> Iterable[tuple[str, list[list[str]], list[str]]]:
    """A section's tables; with too little data to tell, only its lists to act on."""
    if getattr(section, "meaning", None):
        return _rows(ins, key, section)
    return _lists(key, section)


def _heading(ins: di.Insights) -> str:
    return f"Insights for {ins.segment.label} as of {ins.today.isoformat()} ({ins.customers})"


def to_text(ins: di.Insights, width: int = 80) -> str:
    lines = [_clean(_heading(ins)), ""]
    for key, section in ins.sections():
        title = TITLES[key]
        lines += [title, "=" * len(title)]
        sentence: str = getattr(section, "meaning", None) or getattr(section, "reason", "") or ""
        lines += wrap(_clean(sentence), width)
        for sub, rows, header in _tables(ins, key, section):
            lines += [""] + wrap(_clean(sub), width)
            if rows and not header:
                for r in rows:
                    lines += wrap(_clean(r[0]), width, first="  ", rest="    ")
            elif rows:
                lines += _table([header, *rows] if any(header) else rows, width)
        lines.append("")
    return "\n".join(lines)


def _table(rows: list[list[str]], width: int) -> list[str]:
    """Columns padded to their widest cell; the last column wraps under itself."""
    rows = [[_clean(c) for c in r] for r in rows]
    ncol = max(len(r) for r in rows)
    widths = [max(display_width(r[i]) if i < len(r) else 0 for r in rows) for i in range(ncol - 1)]
    out = []
    for r in rows:
        head = "  ".join(c + " " * (w - display_width(c)) for c, w in zip(r, widths, strict=False))
        last = r[-1] if len(r) == ncol else ""
        indent = display_width(head) + 2 if head else 0
        room = max(20, width - indent)
        parts = wrap(last, room) or [""]
        out.append((head + "  " if head else "") + parts[0])
        out += [" " * indent + p for p in parts[1:]]
    return [line.rstrip() for line in out]


def to_markdown(ins: di.Insights) -> str:
    lines = [f"# {md_escape(_heading(ins))}", ""]
    for key, section in ins.sections():
        lines += [f"## {TITLES[key]}", ""]
        sentence = getattr(section, "meaning", None) or getattr(section, "reason", "") or ""
        lines += [md_escape(sentence), ""]
        for sub, rows, header in _tables(ins, key, section):
            lines += [f"**{md_escape(sub)}**", ""]
            if rows and not header:
                lines += [f"- {md_escape(r[0])}" for r in rows] + [""]
            elif rows:
                lines.append("| " + " | ".join(md_escape(h) for h in header) + " |")
                lines.append("|" + "---|" * len(header))
                for r in rows:
                    cells = (md_escape(c) for c in r)
                    lines.append("| " + " | ".join(cells) + " |")
                lines.append("")
    return "\n".join(lines).rstrip() + "\n"
