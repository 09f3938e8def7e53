"""What the Insights page shows, worked out from an `Insights` result: sections of sentences,
charts' data and tables, as plain data.

The view (`insights_view.py`) turns a `Section` into widgets and the printout into HTML, so the
screen, the paper and the PDF can't say different things. Every table row and chart part carries
the ids of the customers it is about: one id opens that customer, several filter the list.
Building a page is plain Python over the computed result (no journal read): a few milliseconds
on the GUI thread for the 2,000-customer demo.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from PySide6.QtCore import QCoreApplication

from custjournal.domain import insights as di
from custjournal.domain import vocab
from custjournal.gui.charts import (
    Bar,
    BarChart,
    Boundary,
    CurvePoint,
    FunnelStage,
    HealthRow,
    Row,
    Table,
    ThemeItem,
    ThemeQuote,
)
from custjournal.gui.dates import (
    format_amount,
    format_date,
    format_money,
    format_number,
    format_percent,
)
from custjournal.gui.due_words import due_text
from custjournal.gui.i18n import Words, word
from custjournal.gui.sentences import say

ChartKind = Literal["pareto", "bars", "funnel", "health"]
# Deciles of the curve's figure table.
_DECILES = tuple(range(10, 101, 10))


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Qt's translation, in the "Insights" context (`%n` takes *n*, for plurals)."""
    return QCoreApplication.translate("Insights", text, disambiguation or None, n)


@dataclass(frozen=True)
class ChartSpec:
    kind: ChartKind
    bars: tuple[Bar, ...] = ()
    legend: tuple[str, ...] = ()
    points: tuple[CurvePoint, ...] = ()
    boundaries: tuple[Boundary, ...] = ()
    stages: tuple[FunnelStage, ...] = ()
    health: tuple[HealthRow, ...] = ()
    band_names: tuple[str, ...] = ()
    name: str = ""  # what a screen reader calls it


@dataclass(frozen=True)
class Part:
    """A chart and/or a table under a heading, with the sentence that says what it means.

    With a chart, the table holds its figures (shown on demand, "Show figures"); without one
    the table is the content itself (a list to act on). `all_ids` offers "Show these
    customers in the list".
    """

    title: str | None = None
    sentence: str | None = None
    chart: ChartSpec | None = None
    table: Table | None = None
    all_ids: tuple[int, ...] = ()
    all_label: str = ""
    themes: tuple[ThemeItem, ...] = ()  # listed under the chart, in words, with quotes
    # A list to act on: the rows in sight until "Show all N" (0: every row); on paper, the
    # first LIST_ROWS and a row that says how many more.
    preview: int = 0

    def __post_init__(self) -> None:
        # The sentence comes from store/insights.py: said here in the app's language.
        if self.sentence:
            object.__setattr__(self, "sentence", say(self.sentence))


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    sentence: str  # the section's meaning, or why there is too little data
    empty: bool
    parts: tuple[Part, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sentence", say(self.sentence))


def _date(day: dt.date | None) -> str:
    return format_date(day) if day else QCoreApplication.translate("Insights", "never")


def _quote(quote: di.Quote) -> str:
    return QCoreApplication.translate("Insights", "“{text}” — {name}, {date}").format(
        text=quote.text, name=quote.name, date=format_date(quote.on)
    )


# A list to act on shows its first LIST_PREVIEW rows on the page, every one after "Show all
# N" (in the page, not a box scrolling inside it); "Show them in the list" filters the list to
# them. Print and PDF list the first LIST_ROWS, then a row that says how many more.
LIST_PREVIEW = 8
LIST_ROWS = 50


def _more_row(ids: Sequence[int], width: int = 1) -> tuple[Row, ...]:
    """The row after a table's first rows that stands for the *ids* it leaves out."""
    if not ids:
        return ()
    more = Words.tr("… and %n more", "", len(ids))
    return (Row((more, *([""] * (width - 1))), tuple(ids)),)


def _quote_lines(quotes: Sequence[di.Quote]) -> tuple[ThemeQuote, ...]:
    return tuple(ThemeQuote(q.text, q.customer_id, q.name, format_date(q.on)) for q in quotes[:3])


def _theme_items(themes: Sequence[di.Theme]) -> tuple[ThemeItem, ...]:
    items = []
    for t in themes:
        summary = Words.tr("%Ln customer(s)", "", t.customer_count)
        if t.value_share is not None:
            summary = QCoreApplication.translate(
                "Insights", "{customers}, {share} of the value"
            ).format(customers=summary, share=format_percent(t.value_share))
        items.append(ThemeItem(t.name, summary, t.customer_ids, _quote_lines(t.quotes)))
    return tuple(items)


def _named(competitors: Sequence[str]) -> str:
    if not competitors:
        return ""
    return QCoreApplication.translate("Insights", "Named: {names}").format(
        names=", ".join(competitors)
    )


def _pain_items(themes: Sequence[di.PainTheme]) -> tuple[ThemeItem, ...]:
    return tuple(
        ThemeItem(
            t.name,
            QCoreApplication.translate("Insights", "{open} open, {resolved} resolved").format(
                open=t.open, resolved=t.resolved
            ),
            t.customer_ids,
            _quote_lines(t.quotes),
            _named(t.competitors),
        )
        for t in themes
    )


def _refs_table(refs: Sequence[di.CustomerRef]) -> Table:
    return Table(
        (QCoreApplication.translate("Insights", "Customer"),),
        tuple(Row((r.name,), (r.customer_id,)) for r in refs),
    )


def printed_rows(part: Part) -> tuple[Row, ...]:
    """The rows of *part*'s table on paper: a list to act on, its first LIST_ROWS and a row
    for the rest."""
    assert part.table is not None
    rows = part.table.rows
    if not part.preview or len(rows) <= LIST_ROWS:
        return rows
    rest = [i for r in rows[LIST_ROWS:] for i in r.ids]
    return rows[:LIST_ROWS] + _more_row(rest, len(part.table.headers))


def _refs_part(
    title: str, sentence: str | None, refs: Sequence[di.CustomerRef], label: str
) -> Part | None:
    if not refs and not sentence:
        return None
    return Part(
        title=title,
        sentence=sentence,
        table=_refs_table(refs) if refs else None,
        all_ids=tuple(r.customer_id for r in refs) if len(refs) > 1 else (),
        all_label=label,
        preview=LIST_PREVIEW,
    )


# --- 1. best customers -------------------------------------------------------------------------


def best_customers(section: di.BestCustomers, names: dict[int, str], today: dt.date) -> Section:
    title = QCoreApplication.translate("Insights", "Best customers")
    if section.meaning is None:
        return Section("best_customers", title, section.reason or "", True)
    points = tuple(
        CurvePoint(
            p.rank,
            p.customer_id,
            names.get(p.customer_id, f"#{p.customer_id}"),
            p.customer_share,
            p.value_share,
        )
        for p in section.curve
    )
    boundaries = tuple(
        Boundary(b.tier, b.customers, b.customer_share, b.value_share, b.customer_ids)
        for b in section.boundaries
    )
    figures: list[Row] = []
    for b in section.boundaries:
        figures.append(
            Row(
                (
                    QCoreApplication.translate("Insights", "Tier {tier} ends: the top {n}").format(
                        tier=b.tier, n=b.customers
                    ),
                    format_percent(b.customer_share),
                    format_percent(b.value_share),
                ),
                b.customer_ids,
            )
        )
    n = len(points)
    for decile in _DECILES:
        k = max(1, round(n * decile / 100)) if n else 0
        if not k:
            continue
        point = points[k - 1]
        figures.append(
            Row(
                (
                    QCoreApplication.translate("Insights", "The top {n}").format(n=k),
                    format_percent(point.customer_share),
                    format_percent(point.value_share),
                ),
                tuple(p.customer_id for p in points[:k]),
            )
        )
    curve = Part(
        sentence=Words.tr(
            "{buyers} of %Ln customer(s) bought in the last 12 months: {total}.",
            "",
            section.customers,
        ).format(
            buyers=format_number(section.buyers),
            total=format_money(section.total_value_minor, section.currency),
        ),
        chart=ChartSpec("pareto", points=points, boundaries=boundaries, name=title),
        table=Table(
            (
                QCoreApplication.translate("Insights", "Customers, best first"),
                QCoreApplication.translate("Insights", "Share of customers"),
                QCoreApplication.translate("Insights", "Share of value"),
            ),
            tuple(figures),
            frozenset({1, 2}),
        ),
    )
    top_rows = tuple(
        Row(
            (
                r.name,
                r.tier + ("*" if r.tier_pinned else ""),
                # In the journal's currency, which the heading's tooltip names, as the list's.
                format_amount(r.value_minor, section.currency),
                format_percent(r.value_share),
                _date(r.last_touch),
                # The list's Due, in its words: the next contact, or an open promise due earlier.
                due_text((r.due_on - today).days),
            ),
            (r.customer_id,),
            QCoreApplication.translate(
                "Insights", "* pinned to this tier by hand: it takes no slot in the ranking"
            )
            if r.tier_pinned
            else None,
        )
        for r in section.top
    )
    top = Part(
        title=QCoreApplication.translate("Insights", "The best customers"),
        sentence=QCoreApplication.translate("Insights", "* a tier pinned by hand.")
        if any(r.tier_pinned for r in section.top)
        else None,
        table=Table(
            (
                QCoreApplication.translate("Insights", "Customer"),
                QCoreApplication.translate("Insights", "Tier"),
                QCoreApplication.translate("Insights", "12-month value"),
                QCoreApplication.translate("Insights", "Share"),
                QCoreApplication.translate("Insights", "Last touch"),
                QCoreApplication.translate("Insights", "Due"),
            ),
            top_rows,
            frozenset({2, 3}),
            header_tips=(
                "",
                "",
                QCoreApplication.translate(
                    "CustomerList", "Purchases in the last 12 months, in {currency}"
                ).format(currency=section.currency),
            ),
        ),
        all_ids=tuple(r.customer_id for r in section.top),
        all_label=QCoreApplication.translate("Insights", "the best customers"),
    )
    return Section("best_customers", title, section.meaning, False, (curve, top))


# --- 2. why they buy, 3. delights and pains ----------------------------------------------------


def _theme_bar(theme: di.Theme, extra: str = "") -> Bar:
    tip = QCoreApplication.translate("Insights", "{name}\nCustomers: {n}").format(
        name=theme.name, n=theme.customer_count
    )
    if theme.value_share is not None:
        tip += "\n" + QCoreApplication.translate(
            "Insights", "They bring {share} of the value"
        ).format(share=format_percent(theme.value_share))
    if theme.quotes:
        tip += "\n" + _quote(theme.quotes[0])
    return Bar(theme.name, (float(theme.customer_count),), tip + extra, theme.customer_ids)


def _themes_table(themes: Sequence[di.Theme], with_value: bool) -> Table:
    headers = [
        QCoreApplication.translate("Insights", "Theme"),
        QCoreApplication.translate("Insights", "Customers"),
        QCoreApplication.translate("Insights", "Mentions"),
    ]
    if with_value:
        headers.append(QCoreApplication.translate("Insights", "Share of value"))
    headers.append(QCoreApplication.translate("Insights", "In their words"))
    rows = []
    for t in themes:
        cells = [t.name, str(t.customer_count), str(t.mentions)]
        if with_value:
            cells.append(format_percent(t.value_share))
        cells.append(_quote(t.quotes[0]) if t.quotes else "")
        tip = "\n".join(_quote(q) for q in t.quotes) or None
        rows.append(Row(tuple(cells), t.customer_ids, tip))
    numeric = frozenset({1, 2, 3} if with_value else {1, 2})
    return Table(tuple(headers), tuple(rows), numeric, stretch=len(headers) - 1)


def why_they_buy(section: di.WhyTheyBuy) -> Section:
    title = QCoreApplication.translate("Insights", "Why they buy")
    never = _refs_part(
        QCoreApplication.translate("Insights", "Best customers never asked why they buy"),
        section.never_asked_meaning,
        section.never_asked,
        QCoreApplication.translate("Insights", "best customers never asked why they buy"),
    )
    if section.meaning is None:
        return Section("why_they_buy", title, section.reason or "", True, (never,) if never else ())
    themes = Part(
        chart=ChartSpec(
            "bars",
            bars=tuple(_theme_bar(t) for t in section.themes),
            name=QCoreApplication.translate("Insights", "Buying reasons"),
        ),
        table=_themes_table(section.themes, with_value=True),
        themes=_theme_items(section.themes[: BarChart.max_rows]),
    )
    parts = (themes, never) if never else (themes,)
    return Section("why_they_buy", title, section.meaning, False, parts)


def delights(section: di.Delights) -> Section:
    title = QCoreApplication.translate("Insights", "What delights them")
    if section.meaning is None:
        return Section("delights", title, section.reason or "", True)
    part = Part(
        chart=ChartSpec(
            "bars",
            bars=tuple(_theme_bar(t) for t in section.themes),
            name=QCoreApplication.translate("Insights", "Delights"),
        ),
        table=_themes_table(section.themes, with_value=True),
        themes=_theme_items(section.themes[: BarChart.max_rows]),
    )
    return Section("delights", title, section.meaning, False, (part,))


def _named_first(theme: di.PainTheme) -> di.PainTheme:
    """*theme* with the competitors its own name names first: "Kaffee Kontor's machines break
    down" names Kaffee Kontor before the others its texts name."""
    name = theme.name.casefold()
    ordered = sorted(theme.competitors, key=lambda c: c.casefold() not in name)
    return dataclasses.replace(theme, competitors=tuple(ordered))


def _pain_part(title: str, themes: Sequence[di.PainTheme], competitors: bool) -> Part:
    legend = (
        QCoreApplication.translate("Insights", "Open"),
        QCoreApplication.translate("Insights", "Resolved"),
    )
    bars = []
    rows = []
    themes = [_named_first(t) for t in themes]
    for t in themes:
        tip = QCoreApplication.translate(
            "Insights", "{name}: {open} open, {resolved} resolved"
        ).format(name=t.name, open=t.open, resolved=t.resolved)
        if t.competitors:
            tip += "\n" + QCoreApplication.translate("Insights", "Named: {names}").format(
                names=", ".join(t.competitors)
            )
        if t.quotes:
            tip += "\n" + _quote(t.quotes[0])
        bars.append(
            Bar(
                t.name,
                (float(t.open), float(t.resolved)),
                tip,
                t.customer_ids,
                QCoreApplication.translate("Insights", "{open} open, {resolved} resolved").format(
                    open=t.open, resolved=t.resolved
                ),
                t.competitors if competitors else (),
            )
        )
        cells = [t.name, str(t.open), str(t.resolved), str(t.customer_count)]
        if competitors:
            cells.insert(1, ", ".join(t.competitors))
        cells.append(_quote(t.quotes[0]) if t.quotes else "")
        rows.append(Row(tuple(cells), t.customer_ids, "\n".join(_quote(q) for q in t.quotes)))
    headers = [
        QCoreApplication.translate("Insights", "Theme"),
        QCoreApplication.translate("Insights", "Open"),
        QCoreApplication.translate("Insights", "Resolved"),
        QCoreApplication.translate("Insights", "Customers"),
        QCoreApplication.translate("Insights", "In their words"),
    ]
    if competitors:
        headers.insert(1, QCoreApplication.translate("Insights", "Competitors named"))
    numeric = frozenset({2, 3, 4} if competitors else {1, 2, 3})
    return Part(
        title=title,
        chart=ChartSpec("bars", bars=tuple(bars), legend=legend, name=title) if bars else None,
        table=Table(tuple(headers), tuple(rows), numeric, stretch=len(headers) - 1)
        if rows
        else None,
        sentence=None if rows else QCoreApplication.translate("Insights", "None recorded."),
        themes=_pain_items(themes[: BarChart.max_rows]),
    )


def pains(section: di.Pains) -> Section:
    title = QCoreApplication.translate("Insights", "Pain points")
    if section.meaning is None:
        return Section("pains", title, section.reason or "", True)
    median = section.median_days_to_resolve_ours
    summary = Part(
        table=Table(
            (
                QCoreApplication.translate("Insights", "Figure"),
                QCoreApplication.translate("Insights", "Value"),
            ),
            (
                Row((QCoreApplication.translate("Insights", "Ours, open"), str(section.open_ours))),
                Row(
                    (
                        QCoreApplication.translate("Insights", "Ours, resolved"),
                        str(section.resolved_ours),
                    )
                ),
                Row(
                    (
                        QCoreApplication.translate("Insights", "Median days to resolve ours"),
                        "—" if median is None else f"{median:g}",
                    )
                ),
                Row(
                    (
                        QCoreApplication.translate("Insights", "Competitors', open"),
                        str(section.open_competitors),
                    )
                ),
                Row(
                    (
                        QCoreApplication.translate("Insights", "Competitors', resolved"),
                        str(section.resolved_competitors),
                    )
                ),
                Row(
                    (
                        QCoreApplication.translate(
                            "Insights", "Raised: last 90 days / the 90 before"
                        ),
                        f"{section.raised_last_90} / {section.raised_previous_90}",
                    )
                ),
                Row(
                    (
                        QCoreApplication.translate(
                            "Insights", "Resolved: last 90 days / the 90 before"
                        ),
                        f"{section.resolved_last_90} / {section.resolved_previous_90}",
                    )
                ),
            ),
            frozenset({1}),
        )
    )
    parts = [
        _pain_part(
            QCoreApplication.translate("Insights", "Pains with us"), section.ours, competitors=False
        ),
        _pain_part(
            QCoreApplication.translate("Insights", "Pains with competitors"),
            section.competitors,
            competitors=True,
        ),
        summary,
    ]
    if section.changes or section.change_meaning:
        parts.append(
            Part(
                title=QCoreApplication.translate("Insights", "What changed in the last 90 days"),
                sentence=section.change_meaning,
                table=Table(
                    (
                        QCoreApplication.translate("Insights", "Theme"),
                        QCoreApplication.translate("Insights", "With"),
                        QCoreApplication.translate("Insights", "Last 90 days"),
                        QCoreApplication.translate("Insights", "The 90 before"),
                    ),
                    tuple(
                        Row(
                            (
                                c.name,
                                QCoreApplication.translate("Insights", "us")
                                if c.with_whom == "us"
                                else QCoreApplication.translate("Insights", "a competitor"),
                                str(c.last_90),
                                str(c.previous_90),
                            )
                        )
                        for c in section.changes
                    ),
                    frozenset({2, 3}),
                )
                if section.changes
                else None,
            )
        )
    return Section("pains", title, section.meaning, False, tuple(parts))


# --- 4. trust ----------------------------------------------------------------------------------


def trust(section: di.Trust) -> Section:
    title = QCoreApplication.translate("Insights", "Trust and generosity")
    lists = [
        _refs_part(
            QCoreApplication.translate("Insights", "In Connection or Loyalty, never invited"),
            section.never_invited_meaning,
            section.never_invited,
            QCoreApplication.translate("Insights", "customers never invited"),
        ),
        _refs_part(
            QCoreApplication.translate("Insights", "Best customers with no gift in 12 months"),
            section.best_without_gift_meaning,
            section.best_without_gift,
            QCoreApplication.translate("Insights", "best customers with no gift in 12 months"),
        ),
    ]
    actions = tuple(p for p in lists if p is not None)
    if section.meaning is None:
        return Section("trust", title, section.reason or "", True, actions)
    summary = Part(
        table=Table(
            (
                QCoreApplication.translate("Insights", "Figure"),
                QCoreApplication.translate("Insights", "Value"),
            ),
            (
                Row((QCoreApplication.translate("Insights", "Gifts given"), str(section.gifts))),
                Row(
                    (
                        QCoreApplication.translate("Insights", "Customers given a gift"),
                        str(section.gift_customers),
                    )
                ),
                Row(
                    (
                        QCoreApplication.translate("Insights", "Cost of the gifts"),
                        format_money(section.gift_cost_minor, section.currency),
                    )
                ),
                Row(
                    (
                        QCoreApplication.translate("Insights", "Gifts with a reaction noted"),
                        str(section.gifts_with_reaction),
                    )
                ),
                Row(
                    (
                        QCoreApplication.translate("Insights", "Invitations"),
                        str(section.invitations),
                    )
                ),
                Row(
                    (
                        QCoreApplication.translate("Insights", "Invitations whose day has come"),
                        str(section.invitations_past),
                    )
                ),
                Row(
                    (
                        QCoreApplication.translate("Insights", "Accepted"),
                        format_percent(section.accepted_rate),
                    )
                ),
                Row(
                    (
                        QCoreApplication.translate("Insights", "Attended, of those accepted"),
                        format_percent(section.attended_rate),
                    )
                ),
                Row(
                    (
                        QCoreApplication.translate("Insights", "No-show, of those accepted"),
                        format_percent(section.no_show_rate),
                    )
                ),
                Row(
                    (
                        QCoreApplication.translate("Insights", "Declined"),
                        format_percent(section.declined_rate),
                    )
                ),
            ),
            frozenset({1}),
        ),
        # Gift costs in another currency than the journal's, left out of the cost above.
        sentence=section.gift_cost_note,
    )
    parts: list[Part] = [summary]
    if section.reactions:
        parts.append(
            Part(
                title=QCoreApplication.translate("Insights", "How gifts were received"),
                chart=ChartSpec(
                    "bars",
                    bars=tuple(
                        Bar(
                            r.name,
                            (float(r.count),),
                            "\n".join([f"{r.name}: {r.count}", *(_quote(q) for q in r.quotes[:2])]),
                            r.customer_ids,
                        )
                        for r in section.reactions
                    ),
                    name=QCoreApplication.translate("Insights", "Gift reactions"),
                ),
                table=Table(
                    (
                        QCoreApplication.translate("Insights", "Reaction"),
                        QCoreApplication.translate("Insights", "Gifts"),
                        QCoreApplication.translate("Insights", "In their words"),
                    ),
                    tuple(
                        Row(
                            (r.name, str(r.count), _quote(r.quotes[0]) if r.quotes else ""),
                            r.customer_ids,
                        )
                        for r in section.reactions
                    ),
                    frozenset({1}),
                    stretch=2,
                ),
            )
        )
    if section.milestones:
        parts.append(
            Part(
                title=QCoreApplication.translate("Insights", "Milestones reached"),
                chart=ChartSpec(
                    "bars",
                    bars=tuple(
                        Bar(
                            word(m.label),
                            (float(m.count),),
                            QCoreApplication.translate(
                                "Insights", "{label}\nCustomers: {n}"
                            ).format(label=word(m.label), n=m.count),
                            m.customer_ids,
                        )
                        for m in section.milestones
                    ),
                    name=QCoreApplication.translate("Insights", "Milestones"),
                ),
                table=Table(
                    (
                        QCoreApplication.translate("Insights", "Milestone"),
                        QCoreApplication.translate("Insights", "Customers"),
                    ),
                    tuple(
                        Row((word(m.label), str(m.count)), m.customer_ids)
                        for m in section.milestones
                    ),
                    frozenset({1}),
                ),
            )
        )
    parts.extend(actions)
    return Section("trust", title, section.meaning, False, tuple(parts))


# --- 5. stages ---------------------------------------------------------------------------------


def _stage_word(stage: str) -> str:
    """A stage's name in the app's language ("connection" -> "Connection", "Bindung")."""
    return word(vocab.STAGE_LABELS.get(stage, stage.capitalize()))


def stages(section: di.Stages) -> Section:
    title = QCoreApplication.translate("Insights", "Stages")
    if section.meaning is None:
        return Section("stages", title, section.reason or "", True)
    funnel = tuple(
        FunnelStage(
            word(r.label),
            r.customers,
            "\n".join(
                [
                    QCoreApplication.translate("Insights", "{stage}\nCustomers: {n}").format(
                        stage=word(r.label), n=r.customers
                    ),
                    QCoreApplication.translate(
                        "Insights", "Median days in the stage: {days}"
                    ).format(days="—" if r.median_days is None else f"{r.median_days:g}"),
                    QCoreApplication.translate("Insights", "Moved in, last 90 days: {n}").format(
                        n=r.moves_in_90
                    ),
                    QCoreApplication.translate("Insights", "Neglected: {n} ({rate})").format(
                        n=r.neglected, rate=format_percent(r.neglect_rate)
                    ),
                ]
            ),
            r.customer_ids,
            r.neglected,
        )
        for r in section.rows
    )
    table = Table(
        (
            QCoreApplication.translate("Insights", "Stage"),
            QCoreApplication.translate("Insights", "Customers"),
            QCoreApplication.translate("Insights", "Share"),
            QCoreApplication.translate("Insights", "Median days in it"),
            QCoreApplication.translate("Insights", "Moved in (90 days)"),
        ),
        # The neglected and their rate are the table under it ("Neglect per stage"): seven
        # columns scrolled sideways in a laptop's pane.
        tuple(
            Row(
                (
                    word(r.label),
                    str(r.customers),
                    format_percent(r.share),
                    "—" if r.median_days is None else f"{r.median_days:g}",
                    str(r.moves_in_90),
                ),
                r.customer_ids,
            )
            for r in section.rows
        ),
        frozenset({1, 2, 3, 4}),
    )
    parts = [Part(chart=ChartSpec("funnel", stages=funnel, name=title), table=table)]
    # Every stage once any is neglected: the funnel's neglected parts, in figures.
    neglected = tuple(
        Row(
            (word(r.label), str(r.neglected), format_percent(r.neglect_rate)),
            r.neglected_ids,
        )
        for r in section.rows
    )
    if not any(r.neglected for r in section.rows):
        neglected = ()
    if section.neglect_meaning or neglected:
        parts.append(
            Part(
                title=QCoreApplication.translate("Insights", "Neglect per stage"),
                sentence=section.neglect_meaning,
                table=Table(
                    (
                        QCoreApplication.translate("Insights", "Stage"),
                        QCoreApplication.translate("Insights", "Neglected"),
                        QCoreApplication.translate("Insights", "Neglect rate"),
                    ),
                    neglected,
                    frozenset({1, 2}),
                )
                if neglected
                else None,
            )
        )
    if section.moves:
        parts.append(
            Part(
                title=QCoreApplication.translate("Insights", "Moves in the last 90 days"),
                table=Table(
                    (
                        QCoreApplication.translate("Insights", "From"),
                        QCoreApplication.translate("Insights", "To"),
                        QCoreApplication.translate("Insights", "Customers"),
                    ),
                    tuple(
                        Row(
                            (
                                _stage_word(m.from_stage)
                                if m.from_stage
                                else QCoreApplication.translate("Insights", "(added)"),
                                _stage_word(m.to_stage),
                                str(m.count),
                            ),
                            m.customer_ids,
                        )
                        for m in section.moves
                    ),
                    frozenset({2}),
                ),
            )
        )
    return Section("stages", title, section.meaning, False, tuple(parts))


# --- 6. health ---------------------------------------------------------------------------------


def health(section: di.HealthSection) -> Section:
    title = QCoreApplication.translate("Insights", "Relationship health")
    if section.meaning is None:
        return Section("health", title, section.reason or "", True)
    rows = tuple(
        HealthRow(word(e.label), e.buckets, e.bucket_ids, e.not_enough, e.median)
        for e in section.elements
    )
    # A row a score band, a column an element: the bands side by side took eight columns,
    # wider than a laptop's pane. A band's row shows whoever has an element in it.
    elements = section.elements
    band_rows = tuple(
        Row(
            (band, *(str(e.buckets[b]) for e in elements)),
            tuple(
                dict.fromkeys(i for e in elements if b < len(e.bucket_ids) for i in e.bucket_ids[b])
            ),
        )
        for b, band in enumerate(di.HEALTH_BUCKETS)
    )
    table = Table(
        (QCoreApplication.translate("Insights", "Score"), *(word(e.label) for e in elements)),
        band_rows
        + (
            Row(
                (
                    QCoreApplication.translate("Insights", "Not enough to tell"),
                    *(str(e.not_enough) for e in elements),
                )
            ),
            Row(
                (
                    QCoreApplication.translate("Insights", "Median"),
                    *("—" if e.median is None else f"{e.median:g}" for e in elements),
                )
            ),
        ),
        frozenset(range(1, len(elements) + 1)),
    )
    parts = [
        Part(
            chart=ChartSpec(
                "health",
                health=rows,
                band_names=di.HEALTH_BUCKETS,
                name=QCoreApplication.translate("Insights", "Health"),
            ),
            table=table,
        )
    ]
    if section.fallers or section.fallers_meaning:
        parts.append(
            Part(
                title=QCoreApplication.translate("Insights", "Whose health fell most in 90 days"),
                sentence=section.fallers_meaning,
                table=Table(
                    (
                        QCoreApplication.translate("Insights", "Customer"),
                        QCoreApplication.translate("Insights", "90 days ago"),
                        QCoreApplication.translate("Insights", "Now"),
                        QCoreApplication.translate("Insights", "Fell by"),
                        QCoreApplication.translate("Insights", "Fell most"),
                    ),
                    tuple(
                        Row(
                            (
                                f.name,
                                f"{f.before:.0f}",
                                f"{f.now:.0f}",
                                f"{f.drop:.0f}",
                                word(f.weakest.capitalize()) if f.weakest else "",
                            ),
                            (f.customer_id,),
                        )
                        for f in section.fallers
                    )
                    + _more_row(section.faller_ids[len(section.fallers) :], 5),
                    frozenset({1, 2, 3}),
                )
                if section.fallers
                else None,
                all_ids=section.faller_ids if len(section.faller_ids) > 1 else (),
                all_label=QCoreApplication.translate("Insights", "customers whose health fell"),
            )
        )
    return Section("health", title, section.meaning, False, tuple(parts))


def build(insights: di.Insights, names: dict[int, str] | None = None) -> tuple[Section, ...]:
    """The page's sections in order, for *insights*; *names* names the curve's customers."""
    known = dict(names or {})
    known.update({r.customer_id: r.name for r in insights.best_customers.top})
    return (
        best_customers(insights.best_customers, known, insights.today),
        why_they_buy(insights.why_they_buy),
        delights(insights.delights),
        pains(insights.pains),
        trust(insights.trust),
        stages(insights.stages),
        health(insights.health),
    )
