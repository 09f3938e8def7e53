"""The Insights view (View > Insights, Ctrl+3): what the journal teaches across its customers.

One scrollable page of sections (best customers, why they buy, delights, pains, trust, stages,
health), each with the sentence that says what it means, its chart and the chart's figures as a
table ("Show figures"), and lists to act on. A segment selector at the top (all customers, a
tier, a stage, a tag) applies to every section; the one last chosen on a journal is the one
the view opens on at the next start (a tag deleted meanwhile: every customer). A row or a
chart part with one customer opens that customer; with several it filters the customer list
to them.

The figures are computed in a worker (`JournalController.insights`, `store.insights`) whenever the
view is shown after a change, or the segment changes; the GUI thread only builds the widgets.
Print and Save as PDF lay out the same sections as HTML with the charts drawn in paper colours.
"""

from __future__ import annotations

import dataclasses
import html
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QSettings,
    QSize,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from custjournal.domain import insights as di
from custjournal.domain import vocab
from custjournal.domain.changes import Change, Changed
from custjournal.domain.errors import UserError
from custjournal.gui import charts, file_dialogs, i18n, insights_page, paged, theme
from custjournal.gui.charts import Chart, ChartColors, FigureTable, ThemeList
from custjournal.gui.controller import JournalController
from custjournal.gui.dates import format_date, format_number
from custjournal.gui.flow_bar import FlowBar, FlowLayout
from custjournal.gui.i18n import Words
from custjournal.gui.insights_page import ChartSpec, Part, Section
from custjournal.gui.sentences import say
from custjournal.interop import files

_SHOW_FIGURES = "insights/show_figures"
# A change to the journal reloads the page after this pause, so a burst of edits is one read.
RELOAD_DELAY_MS = 300


def make_chart(spec: ChartSpec) -> Chart:
    """The widget that draws *spec*."""
    chart: Chart
    if spec.kind == "pareto":
        chart = charts.ParetoChart()
        chart.set_data(spec.points, spec.boundaries)
    elif spec.kind == "funnel":
        chart = charts.FunnelChart()
        chart.set_data(spec.stages)
    elif spec.kind == "health":
        chart = charts.HealthChart(band_names=spec.band_names)
        chart.set_data(spec.health)
    else:
        chart = charts.BarChart(legend=spec.legend)
        chart.set_data(spec.bars)
    if spec.name:
        chart.setAccessibleName(spec.name)
    return chart


def _label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)  # a narrow window wraps the sentence instead of widening the page
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class SectionWidget(QFrame):
    """One section: its title, its sentence, then its parts (chart, figures, lists)."""

    def __init__(self, view: InsightsView, section: Section) -> None:
        super().__init__()
        self.section = section
        self.setObjectName("card")
        self.charts: list[Chart] = []
        self.tables: list[FigureTable] = []
        self.figure_buttons: list[QToolButton] = []
        self.theme_lists: list[ThemeList] = []
        self.more_buttons: list[QPushButton] = []  # "Show all N" under a list's first rows
        layout = QVBoxLayout(self)
        # Narrow sides: the pane beside the whole customer list is some 460 pixels wide, and
        # a figure table needs every one of them (German at 1280 pixels).
        layout.setContentsMargins(10, 10, 10, 12)
        layout.setSpacing(6)
        title = _label(section.title, "sectionTitle")
        title.setAccessibleName(section.title)
        layout.addWidget(title)
        self.sentence = _label(section.sentence, "hint" if section.empty else "")
        layout.addWidget(self.sentence)
        for part in section.parts:
            self._add_part(view, layout, part)

    def _add_part(self, view: InsightsView, layout: QVBoxLayout, part: Part) -> None:
        if part.title:
            layout.addSpacing(8)  # a part's heading sits apart from what came before it
            heading = _label(part.title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            layout.addWidget(heading)
        if part.sentence:
            layout.addWidget(_label(part.sentence))
        table = None
        more = None
        if part.table is not None:
            table = FigureTable()
            rows = part.table.rows
            if part.preview and len(rows) > part.preview:
                # A long list to act on: its first rows, and "Show all N" under them.
                table.set_table(dataclasses.replace(part.table, rows=rows[: part.preview]))
                more = self._more_button(table, part.table, part.preview)
            else:
                table.set_table(part.table)
            table.setAccessibleName(part.title or self.section.title)
            where = part.title or self.section.title
            table.activated_ids.connect(
                lambda ids, label, w=where: view.follow(ids, f"{w}: {label}")
            )
            self.tables.append(table)
        if part.chart is not None:
            chart = make_chart(part.chart)
            chart.setAccessibleDescription(self.section.sentence)
            chart.activated.connect(
                lambda ids, label, w=part.title or self.section.title: view.follow(
                    ids, f"{w}: {label}" if label else w
                )
            )
            self.charts.append(chart)
            layout.addWidget(chart)
        if part.themes:
            themes = ThemeList()
            themes.set_items(part.themes)
            themes.activated.connect(
                lambda ids, label, w=part.title or self.section.title: view.follow(
                    ids, f"{w}: {label}"
                )
            )
            self.theme_lists.append(themes)
            layout.addWidget(themes)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        if part.chart is not None and table is not None:
            toggle = QToolButton()
            toggle.setText(QCoreApplication.translate("InsightsView", "Show figures"))
            toggle.setCheckable(True)
            toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            toggle.setAccessibleName(
                QCoreApplication.translate("InsightsView", "Show the figures of {chart}").format(
                    chart=part.chart.name or ""
                )
            )
            toggle.toggled.connect(table.setVisible)
            toggle.toggled.connect(view.remember_figures)
            toggle.toggled.connect(
                lambda on, b=toggle: b.setText(
                    QCoreApplication.translate("InsightsView", "Hide figures")
                    if on
                    else QCoreApplication.translate("InsightsView", "Show figures")
                )
            )
            table.setVisible(False)
            toggle.setChecked(view.figures_shown)
            self.figure_buttons.append(toggle)
            buttons.addWidget(toggle)
        if part.all_ids:
            show = QPushButton(
                QCoreApplication.translate("InsightsView", "Show them in the list ({n})").format(
                    n=len(part.all_ids)
                )
            )
            show.setAutoDefault(False)
            show.clicked.connect(
                lambda _c=False, ids=part.all_ids, what=part.all_label: view.show_customers(
                    ids, what
                )
            )
            buttons.addWidget(show)
        if buttons.count():
            buttons.addStretch(1)
            layout.addLayout(buttons)
        if table is not None:
            layout.addWidget(table)
        if more is not None:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(more)
            row.addStretch(1)
            layout.addLayout(row)

    def _more_button(self, table: FigureTable, whole: charts.Table, preview: int) -> QPushButton:
        """The button under a list's first rows that shows them all, in place, and the first
        ones again."""
        show_all = QCoreApplication.translate("InsightsView", "Show all {n}").format(
            n=format_number(len(whole.rows))
        )
        button = QPushButton(show_all)
        button.setAutoDefault(False)
        fewer = QCoreApplication.translate("InsightsView", "Show the first {n} only").format(
            n=preview
        )

        def clicked() -> None:
            every = table.topLevelItemCount() <= preview  # the first ones shown: all now
            table.set_table(
                whole if every else dataclasses.replace(whole, rows=whole.rows[:preview])
            )
            button.setText(fewer if every else show_all)

        button.clicked.connect(clicked)
        self.more_buttons.append(button)
        return button


class InsightsView(QWidget):
    open_customer_needed = Signal(int)
    show_customers_needed = Signal(object, str)  # (ids, what they are, for the list's bar)
    loaded = Signal()  # a result is on the page (tests wait on it)

    def __init__(
        self,
        controller: JournalController,
        parent: QWidget | None = None,
        *,
        segment_key: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        # Where the segment chosen is remembered for the next start (the main window gives
        # each journal its own key); a tag's segment waits for the journal's tags (`set_tags`).
        self._segment_key = segment_key
        self._restore: str | None = (
            str(QSettings().value(segment_key, "all") or "all") if segment_key else None
        )
        self.insights: di.Insights | None = None
        self.sections: tuple[Section, ...] = ()
        self.section_widgets: list[SectionWidget] = []
        self._names: dict[int, str] = {}
        self._generation = 0
        self._queue: list[tuple[int, Section]] = []
        self._stale = True
        self._loading = False
        self._again = False
        self.figures_shown = bool(QSettings().value(_SHOW_FIGURES, False, type=bool))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 6)

        # Every button stays in sight: a pane too narrow for the bar (German beside the whole
        # customer list at 1280 pixels) puts Save as PDF on a second line, where a QToolBar
        # hid it behind its » menu (gui/flow_bar.py).
        bar = FlowBar(self.tr("Insights"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        segment_label = QLabel(self.tr("C&ustomers:"))  # Alt+C is the Customer menu
        self.segment = QComboBox()
        self.segment.setAccessibleName(self.tr("Segment"))
        self.segment.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.segment.setMinimumContentsLength(14)
        segment_label.setBuddy(self.segment)
        self._fill_segments([])
        self.segment.currentIndexChanged.connect(self._segment_changed)
        self.act_print = self._action(
            bar, self.tr("Print…"), "brief", QKeySequence.StandardKey.Print, self.print_page
        )
        self.act_pdf = self._action(
            bar, self.tr("Save as PDF…"), "export", "Ctrl+Shift+S", self.save_pdf
        )
        # The segment's label and chooser go first, as one: they never part over two lines.
        chooser = QWidget()
        row = QHBoxLayout(chooser)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(segment_label)
        row.addWidget(self.segment)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        separator.setFixedWidth(8)
        flow = bar.layout()
        assert isinstance(flow, FlowLayout)
        flow.insert_widget(0, chooser)
        flow.insert_widget(1, separator)
        self.toolbar = bar
        layout.addWidget(bar)

        self.status = _label("", "hint")
        layout.addWidget(self.status)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.page = QWidget()
        self.page_layout = QVBoxLayout(self.page)
        self.page_layout.setContentsMargins(0, 0, 4, 0)
        self.page_layout.setSpacing(10)
        self.page_layout.addStretch(1)
        self.scroller.setWidget(self.page)
        layout.addWidget(self.scroller, 1)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        controller.changed.connect(self._on_changed)
        self._restore_segment()  # once the view is whole: a segment gone reloads it

    def _action(self, bar: FlowBar, text: str, icon_name: str, key: Any, slot: Any) -> QAction:
        action = QAction(theme.icon(icon_name), text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        bar.addAction(action)
        self.addAction(action)
        return action

    # --- the segment -------------------------------------------------------------------------

    def _fill_segments(self, tags: list[str], restore: bool = False) -> None:
        current = self.segment.currentData()
        restoring = restore and self._restore is not None
        if restoring:
            current, self._restore = self._restore, None
        self.segment.blockSignals(True)
        self.segment.clear()
        self.segment.addItem(self.tr("All customers"), "all")
        for tier in vocab.TIERS:
            self.segment.addItem(self.tr("Tier {tier}").format(tier=tier), f"tier:{tier}")
        self.segment.insertSeparator(self.segment.count())
        for stage in vocab.STAGES:
            self.segment.addItem(
                self.tr("Stage: {stage}").format(stage=i18n.word(vocab.STAGE_LABELS[stage])),
                f"stage:{stage}",
            )
        if tags:
            self.segment.insertSeparator(self.segment.count())
        for tag in tags:
            self.segment.addItem(self.tr("Tag: {tag}").format(tag=tag), f"tag:{tag}")
        index = self.segment.findData(current) if current else 0
        self.segment.setCurrentIndex(max(index, 0))
        self.segment.blockSignals(False)
        if current and index < 0 and restoring:
            # The segment last chosen is gone (a tag deleted, a stage or tier this version
            # does not have): the view stays on everyone, as it is, and forgets it.
            if self._segment_key:
                QSettings().remove(self._segment_key)
        elif current and index < 0:  # the tag is gone: back to everyone
            self._segment_changed()
        elif restoring and index > 0:
            # Back on the segment last chosen: a page of another one (shown before the
            # journal's tags came) is not it.
            self._stale = True
            if self.isVisible():
                self.reload()

    def _restore_segment(self) -> None:
        """Back to the segment last chosen on this journal: a tier or stage at once, a tag
        once the journal's tags are known (`set_tags`)."""
        if self._restore is not None and not self._restore.startswith("tag:"):
            self._fill_segments([], restore=True)

    def set_tags(self, tags: list[str]) -> None:
        """The journal's tags, for the segment selector (the main window's list knows them)."""
        known = [
            str(self.segment.itemData(i))[4:]
            for i in range(self.segment.count())
            if str(self.segment.itemData(i)).startswith("tag:")
        ]
        if known != list(tags) or self._restore is not None:
            self._fill_segments(list(tags), restore=True)

    def current_segment(self) -> di.Segment:
        try:
            return di.Segment.parse(self.segment.currentData() or "all")
        except UserError:
            return di.Segment()

    def set_segment(self, text: str) -> bool:
        """Choose the segment "all", "tier:A", "stage:connection" or "tag:T"; False if unknown."""
        index = self.segment.findData(text)
        if index < 0:
            return False
        self.segment.setCurrentIndex(index)
        return True

    def _segment_changed(self, _index: int = 0) -> None:
        self._restore = None  # chosen since: that one is remembered
        if self._segment_key:
            QSettings().setValue(self._segment_key, self.segment.currentData() or "all")
        self._stale = True
        self.reload()

    # --- loading -----------------------------------------------------------------------------

    def _on_changed(self, change: Change) -> None:
        # Every section reads every kind of entry, the customers' fields and the settings.
        if change.what == Changed.NONE:
            return
        self._stale = True
        if self.isVisible():
            self._reload_timer.start()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Compute the page in a worker; a second call while one runs reads again after it."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._stale = False
        segment = self.current_segment()
        if self.insights is None:
            self.status.setText(self.tr("Working out the figures…"))
        self.controller.insights(segment, self._arrived, self._failed)

    def _finish_loading(self) -> bool:
        """Whether to show what arrived: not when the journal or the segment moved meanwhile."""
        self._loading = False
        if self._again:
            self._again = False
            self.reload()
            return False
        return True

    def _arrived(
        self, result: tuple[di.Insights, dict[int, str], tuple[insights_page.Section, ...]]
    ) -> None:
        insights, names, sections = result
        if not self._finish_loading():
            return
        if insights.segment != self.current_segment():
            self.reload()
            return
        self.show_insights(insights, names, sections)

    def _failed(self, error: UserError) -> None:
        if not self._finish_loading():
            return
        self.status.setText(say(error.message))
        self.controller.message.emit(error.message)  # stays in the status bar a while
        if self.current_segment().kind != "all":
            # A tag that is gone, a segment that can't be read: back to every customer, for
            # now: the segment chosen stays remembered (the failure may pass, a team database's
            # connection lost a moment).
            self.segment.blockSignals(True)
            self.segment.setCurrentIndex(0)
            self.segment.blockSignals(False)
            self._stale = True
            self.reload()

    def show_insights(
        self,
        insights: di.Insights,
        names: dict[int, str] | None = None,
        sections: tuple[insights_page.Section, ...] | None = None,
    ) -> None:
        """Lay the page out for *insights*: one section per turn of the event loop, each in
        place of the one it replaces, so the window never waits for the whole page (a section
        with its widgets takes 10-40 ms to build on the 2,000-customer demo). *sections*, the
        page built by the worker that computed it, or built here."""
        self.insights = insights
        self._names = dict(names or {})
        self.sections = (
            sections if sections is not None else insights_page.build(insights, self._names)
        )
        self._generation += 1
        self._queue = list(enumerate(self.sections))
        generation = self._generation
        QTimer.singleShot(0, self, lambda: self._build_next(generation))

    def _build_next(self, generation: int) -> None:
        # Building a section's widgets and laying the page out again each take 5-25 ms on the
        # 2,000-customer demo: they run in turns of their own, so no turn comes near 50 ms.
        if generation != self._generation or not self._queue:
            return  # a newer result took over
        index, section = self._queue.pop(0)
        widget = SectionWidget(self, section)
        QTimer.singleShot(0, self, lambda: self._place(generation, index, widget))

    def _place(self, generation: int, index: int, widget: SectionWidget) -> None:
        if generation != self._generation:
            widget.deleteLater()
            return
        if index < len(self.section_widgets):
            old = self.section_widgets[index]
            self.page_layout.replaceWidget(old, widget)
            old.hide()
            old.deleteLater()
            self.section_widgets[index] = widget
        else:
            self.page_layout.insertWidget(index, widget)
            self.section_widgets.append(widget)
        if self._queue:
            QTimer.singleShot(0, self, lambda: self._build_next(generation))
            return
        for old in self.section_widgets[len(self.sections) :]:
            self.page_layout.removeWidget(old)
            old.deleteLater()
        del self.section_widgets[len(self.sections) :]
        self.status.setText(self.heading())
        self.loaded.emit()

    def segment_name(self, segment) -> str:
        """The segment as a heading names it, in the app's language (domain's `label` is the
        English of the command line)."""
        if segment.kind == "tag":
            return self.tr("Customers tagged '{tag}'").format(tag=segment.value)
        if segment.kind == "stage":
            stage = i18n.word(vocab.STAGE_LABELS.get(str(segment.value), str(segment.value)))
            return self.tr("Customers in {stage}").format(stage=stage)
        if segment.kind == "tier":
            return self.tr("Tier {tier} customers").format(tier=segment.value)
        return self.tr("All customers")

    def heading(self) -> str:
        if self.insights is None:
            return ""
        # What the count counts, in words: "All customers as of 1/12/2026: 2,000 customers."
        return self.tr("{segment} as of {day}: {count}.").format(
            segment=self.segment_name(self.insights.segment),
            day=format_date(self.insights.today),
            count=Words.tr("%Ln customer(s)", "", self.insights.customers),
        )

    def pdf_name(self) -> str:
        """The file name Save as PDF suggests: the segment and the day, in characters every
        file system takes ("Insights - Tier A - 2026-12-01.pdf")."""
        if self.insights is None:
            return ""
        segment = self.insights.segment
        day = self.insights.today.isoformat()
        if segment.kind == "all":
            return self.tr("Insights - {day}.pdf").format(day=day)
        if segment.kind == "tier":
            name = self.tr("Tier {tier}").format(tier=segment.value)
        elif segment.kind == "stage":
            name = i18n.word(vocab.STAGE_LABELS.get(str(segment.value), str(segment.value)))
        else:
            name = self.tr("Tag {tag}").format(tag=segment.value)
        # No separators, no marks Windows refuses, no control characters, no leading dot.
        name = re.sub(r'[\\/:*?"<>|\x00-\x1f\x7f]+', "-", name).strip(" .-")[:60].strip()
        return self.tr("Insights - {segment} - {day}.pdf").format(
            segment=name or self.tr("segment"), day=day
        )

    # --- following a row ----------------------------------------------------------------------

    def follow(self, ids: tuple[int, ...], what: str = "") -> None:
        """One customer: open them; several: show them in the customer list (*what* names
        them there)."""
        ids = tuple(ids)
        if len(ids) == 1:
            self.open_customer_needed.emit(ids[0])
        elif ids:
            self.show_customers(ids, what or self.tr("Insights"))

    def show_customers(self, ids: tuple[int, ...], what: str) -> None:
        self.show_customers_needed.emit(tuple(ids), what)

    def remember_figures(self, shown: bool) -> None:
        if shown == self.figures_shown:
            return
        self.figures_shown = shown
        QSettings().setValue(_SHOW_FIGURES, shown)
        for widget in self.section_widgets:
            for button in widget.figure_buttons:
                button.setChecked(shown)

    def figure_tables(self) -> list[FigureTable]:
        return [t for w in self.section_widgets for t in w.tables]

    def chart_widgets(self) -> list[Chart]:
        return [c for w in self.section_widgets for c in w.charts]

    # --- print and PDF --------------------------------------------------------------------------

    def document(self, width_px: int = 900, page: QSizeF = paged.A4) -> QTextDocument:
        """The whole page as a document: headings, sentences, charts (paper colours), tables;
        laid out on pages of *page* (pixels at 96 per inch)."""
        document = QTextDocument()
        parts = [
            f"<h1>{html.escape(self.tr('Insights'))}</h1>",
            f"<p>{html.escape(self.heading())}</p>",
        ]
        number = 0
        for section in self.sections:
            parts.append(f"<h2>{html.escape(section.title)}</h2>")
            parts.append(f"<p>{html.escape(section.sentence)}</p>")
            for part in section.parts:
                if part.title:
                    parts.append(f"<h3>{html.escape(part.title)}</h3>")
                if part.sentence:
                    parts.append(f"<p>{html.escape(part.sentence)}</p>")
                if part.chart is not None:
                    number += 1
                    name = f"chart-{number}.png"
                    image = render_chart(part.chart, QSize(width_px, 0))
                    document.addResource(QTextDocument.ResourceType.ImageResource, name, image)
                    parts.append(
                        f'<p><img src="{name}" width="{width_px}" '
                        f'height="{image.height() * width_px // max(image.width(), 1)}"></p>'
                    )
                if part.themes:
                    # A row a theme: the page break comes between themes (paged.lay_out).
                    rows = "".join(
                        f"<tr><td>{charts.theme_html(item, links=False)}</td></tr>"
                        for item in part.themes
                    )
                    parts.append(f"<table border=0 cellspacing=0 cellpadding=0>{rows}</table>")
                if part.table is not None:
                    parts.append(_table_html(part.table, insights_page.printed_rows(part)))
        document.setHtml("\n".join(parts))
        paged.lay_out(document, page)  # 2 cm margins; no table row split over two pages
        return document

    def print_page(self) -> None:
        if self.insights is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the insights"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)
        self.controller.message.emit(self.tr("Sent the insights to print."))

    def print_to(self, printer: Any) -> None:
        """The page on *printer*'s paper, whatever its size, as the PDF lays it out."""
        # The printer's paper, as the document's units (pixels at 96 per inch).
        dpi = max(printer.logicalDpiX(), 1)
        page = QSizeF(printer.width() * 96 / dpi, printer.height() * 96 / dpi)
        paged.print_pages(self.document(width_px=600, page=page), printer)

    def pdf_bytes(self) -> bytes:
        """The page as an A4 PDF."""
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        # The document has its own 2 cm margin (paged.lay_out).
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        writer.setTitle(self.tr("Insights"))
        writer.setCreator("Customer Journal")
        # 600 px of a 900 px-wide chart fit the A4 text width at the document's own scale.
        paged.print_pages(self.document(width_px=600), writer)
        del writer
        buffer.close()
        return bytes(data.data())

    def save_pdf(self, path: str | None = None) -> Path | None:
        if self.insights is None:
            return None
        if not path:
            from custjournal.gui.folders import last_folder

            suggested = last_folder("pdf") / self.pdf_name()
            path = file_dialogs.save_file_name(
                self,
                self.tr("Save the insights as PDF"),
                str(suggested),
                self.tr("PDF files (*.pdf)"),
            )
            if not path:
                return None
        try:
            files.refuse_journal_files(path, self.controller.journal.file)
            with files.private_output(Path(path), binary=True) as out:
                out.write(self.pdf_bytes())
        except UserError as exc:
            self.controller.error.emit(exc.message)
            return None
        except OSError as exc:
            self.controller.error.emit(
                self.tr(
                    "The PDF could not be saved to {path}: {why}. Choose another folder."
                ).format(path=path, why=exc.strerror or exc)
            )
            return None
        from custjournal.gui.folders import remember_folder

        remember_folder("pdf", path)
        self.controller.message.emit(self.tr("Saved the insights as {path}.").format(path=path))
        return Path(path)


def render_chart(spec: ChartSpec, size: QSize, colors: ChartColors | None = None) -> QImage:
    """*spec* drawn into an image (paper colours by default) at twice *size* for sharp print;
    a height of 0 takes the chart's own."""
    chart = make_chart(spec)
    width = size.width() or 600
    height = size.height() or chart.height_for(width)
    scale = 2
    image = QImage(width * scale, height * scale, QImage.Format.Format_ARGB32)
    paper = colors or ChartColors.paper()
    image.fill(paper.background)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    painter.setFont(chart.font())
    chart.paint_on(painter, QRectF(0, 0, width, height), paper)
    painter.end()
    chart.deleteLater()
    return image


def _table_html(table: charts.Table, shown: tuple[charts.Row, ...] | None = None) -> str:
    head = "".join(f"<th align=left>{html.escape(h)}</th>" for h in table.headers)
    rows = []
    for row in table.rows if shown is None else shown:
        cells = "".join(
            f"<td{' align=right' if i in table.numeric else ''}>{html.escape(c)}</td>"
            for i, c in enumerate(row.cells)
        )
        rows.append(f"<tr>{cells}</tr>")
    return (
        "<table border=0 cellspacing=0 cellpadding=3 width=100%>"
        f"<tr>{head}</tr>{''.join(rows)}</table>"
    )
