"""The Insights page's charts, painted with QPainter in our own widgets, and their figure tables.

Four charts: `ParetoChart` (cumulative share of value against share of customers, with the tier
boundaries), `BarChart` (horizontal bars, optionally in parts: open and resolved), `FunnelChart`
(customers per stage) and `HealthChart` (each element's customers per score band). Each one:

- paints from plain data (`set_data`) in the colours of the palette it is given (`ChartColors`
  of the app's palette, so light and dark follow the appearance; light ones on paper);
- says the figure under the mouse as a tooltip (`tip_at`, used by the ToolTip event), and
  emits `activated` with the customer ids of what was clicked (a bar, a stage, a tier);
- paints onto any device (`paint_on`) at any size, which is how print and PDF take them.

`FigureTable` is the table beside every chart: the same figures as text, for a screen reader and
for copy-paste (Ctrl+C copies the selected rows, or all of them, as tab-separated text). Its rows
carry customer ids too: Enter or a double-click on a row emits `activated`.

QtCharts (the pyside6-addons wheel, +417 MB), pyqtgraph (+82 MB) and matplotlib (+168 MB, 0.6 s
to import) were measured and left out; a QPainter curve of 10,000 points draws in 17 ms.
"""

from __future__ import annotations

import functools
import html
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QHelpEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custjournal.gui import theme
from custjournal.gui.dates import format_percent

IDS_ROLE = Qt.ItemDataRole.UserRole + 1


# --- colours -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChartColors:
    """What a chart paints with: the palette's text and lines, plus series colours chosen for
    the appearance (darker on a light page, lighter on a dark one, so both read)."""

    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    series: tuple[QColor, ...]
    tiers: dict[str, QColor]
    bands: tuple[QColor, ...]  # health score bands, low to high
    unknown: QColor  # "not enough to tell yet"
    hover: QColor

    @classmethod
    def of(cls, palette: QPalette, dark: bool) -> ChartColors:
        text = palette.color(QPalette.ColorRole.WindowText)
        background = palette.color(QPalette.ColorRole.Base)
        muted = QColor(text)
        muted.setAlphaF(0.65)
        grid = QColor(text)
        grid.setAlphaF(0.18)
        hover = QColor(text)
        hover.setAlphaF(0.10)
        if dark:
            series = ("#5fb3d9", "#e0a458", "#4cc38a", "#c792ea", "#ff8a80")
            tiers = {"A": "#4cc38a", "B": "#5fb3d9", "C": "#8a939c"}
            bands = ("#e0675f", "#e0a458", "#d8c657", "#8fcf6e", "#4cc38a")
            unknown = "#5d6670"
        else:
            series = ("#2f6f8f", "#b8741a", "#1f7a4d", "#7b4fa6", "#c0392b")
            tiers = {"A": "#1f7a4d", "B": "#2f6f8f", "C": "#8a939c"}
            bands = ("#c0392b", "#d9822b", "#c9a800", "#6aa84f", "#1f7a4d")
            unknown = "#c3c8ce"
        return cls(
            background=background,
            text=text,
            muted=muted,
            grid=grid,
            series=tuple(QColor(c) for c in series),
            tiers={k: QColor(v) for k, v in tiers.items()},
            bands=tuple(QColor(c) for c in bands),
            unknown=QColor(unknown),
            hover=hover,
        )

    @classmethod
    def current(cls, widget: QWidget) -> ChartColors:
        return cls.of(widget.palette(), theme.is_dark())

    @classmethod
    def paper(cls) -> ChartColors:
        """Black on white, whatever the screen's appearance: for print and PDF."""
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#1b1f24"))
        palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        return cls.of(palette, dark=False)


# --- the chart base ----------------------------------------------------------------------------


@dataclass
class _Region:
    rect: QRectF
    tip: str | Callable[[], str]  # a callable is asked only when the tooltip is wanted
    ids: tuple[int, ...] = ()
    label: str = ""  # what the part is, where a click takes its customers
    mark: QPointF | None = None  # the point the hover marks (a curve's), else the whole rect

    def text(self) -> str:
        return self.tip if isinstance(self.tip, str) else self.tip()


class Chart(QWidget):
    """A chart widget: paints through `paint_on`, answers hover with a tooltip, clicks with ids.

    Its width follows the page (it never asks for more than it is given: a long label is cut
    with an ellipsis), its height is its own (`chart_height`).
    """

    activated = Signal(object, str)  # the customers of the clicked part, and its name

    chart_height = 220

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(200)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the figure table beside it takes the keys
        self._regions: list[_Region] = []
        self._regions_size = QSize()
        self._hovered: int | None = None
        self._pixmap: QPixmap | None = None
        self._pixmap_key: object = None
        self.legend_labels: list[tuple[str, QRectF]] = []  # as last painted, if it has one

    # sizing
    def sizeHint(self) -> QSize:
        return QSize(480, self.chart_height)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.chart_height)

    def has_data(self) -> bool:
        return True

    def height_for(self, width: float) -> int:
        """The chart's height at *width*: its own, more where its legend takes more lines."""
        names = [n for _c, n in self._legend(ChartColors.paper())]
        if not names:
            return self.chart_height
        places = _legend_places(
            QFontMetrics(self.font()), names, 0, self._label_width(width) + 8, width
        )
        return self.chart_height + max(line for *_x, line in places) * LEGEND_LINE

    def _legend(self, colors: ChartColors) -> list[tuple[QColor, str]]:
        """The legend under the rows, as (colour, name), for `_paint_legend`; none here."""
        return []

    def _label_width(self, width: float) -> float:
        """The rows' labels' width, at the left of a chart *width* wide."""
        return min(width * 0.25, 150.0)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        height = self.height_for(self.width())
        if height != self.height():  # a legend that wraps (German, a narrow pane)
            self.setFixedHeight(height)

    # painting
    def paintEvent(self, _event: object) -> None:
        # The chart is drawn once into a pixmap per size and palette; a repaint (a scroll, the
        # hover mark moving, the page laid out again) only copies it.
        colors = ChartColors.current(self)
        ratio = self.devicePixelRatioF()
        key = (
            self.size(),
            colors.text.rgba(),
            colors.background.rgba(),
            colors.series[0].rgba(),
            ratio,
        )
        if self._pixmap is None or self._pixmap_key != key:
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setFont(self.font())
            regions: list[_Region] = []
            self.paint_on(painter, QRectF(self.rect()), colors, regions)
            painter.end()
            self._pixmap, self._pixmap_key = pixmap, key
            self._regions, self._regions_size = regions, self.size()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._pixmap)
        if self._hovered is not None and self._hovered < len(self._regions):
            region = self._regions[self._hovered]
            if region.mark is None:
                painter.fillRect(region.rect, colors.hover)
            else:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(QPen(colors.muted, 1, Qt.PenStyle.DotLine))
                painter.drawLine(
                    QPointF(region.mark.x(), region.rect.top()),
                    QPointF(region.mark.x(), region.rect.bottom()),
                )
                painter.setPen(QPen(colors.background, 2))
                painter.setBrush(QBrush(colors.series[0]))
                painter.drawEllipse(region.mark, 5, 5)
        painter.end()

    def paint_on(
        self,
        painter: QPainter,
        rect: QRectF,
        colors: ChartColors,
        regions: list[_Region] | None = None,
    ) -> None:
        """Paint the chart into *rect*; *regions* collects the hover and click areas."""
        raise NotImplementedError

    def _layout_regions(self) -> list[_Region]:
        """The regions as painted at the widget's current size (without painting)."""
        if not self._regions or self._regions_size != self.size():
            from PySide6.QtGui import QImage

            image = QImage(max(self.width(), 1), max(self.height(), 1), QImage.Format.Format_RGB32)
            painter = QPainter(image)
            painter.setFont(self.font())
            regions: list[_Region] = []
            self.paint_on(painter, QRectF(self.rect()), ChartColors.current(self), regions)
            painter.end()
            self._regions = regions
        self._regions_size = self.size()
        return self._regions

    def _region_at(self, pos: QPoint | QPointF) -> int | None:
        point = QPointF(pos)
        for i, region in enumerate(self._layout_regions()):
            if region.rect.contains(point):
                return i
        return None

    def tip_at(self, pos: QPoint | QPointF) -> str | None:
        """What the tooltip says at *pos* (widget coordinates); None over nothing."""
        i = self._region_at(pos)
        return None if i is None else self._regions[i].text()

    def ids_at(self, pos: QPoint | QPointF) -> tuple[int, ...]:
        i = self._region_at(pos)
        return () if i is None else self._regions[i].ids

    # interaction
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            tip = self.tip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hovered = self._region_at(event.position())
        if hovered != self._hovered:
            self._hovered = hovered
            ids = self._regions[hovered].ids if hovered is not None else ()
            self.setCursor(Qt.CursorShape.PointingHandCursor if ids else Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered is not None:
            self._hovered = None
            self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            i = self._region_at(event.position())
            if i is not None and self._regions[i].ids:
                region = self._regions[i]
                self.activated.emit(region.ids, region.label)
        super().mouseReleaseEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.update()  # the appearance changed: paint in its colours
        super().changeEvent(event)

    def _changed(self) -> None:
        self._pixmap = None
        self._regions = []
        self._hovered = None
        self.update()


def _small_font(painter: QPainter, delta: float = -1.0) -> QFont:
    font = QFont(painter.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(max(size + delta, 6.0))
    return font


def _ink_on(color: QColor) -> QColor:
    """Black or white, whichever reads on *color*."""
    luminance = 0.2126 * color.redF() + 0.7152 * color.greenF() + 0.0722 * color.blueF()
    return QColor("#111111") if luminance > 0.45 else QColor("#ffffff")


def _elide(metrics: QFontMetrics, text: str, width: float) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(int(width), 0))


LEGEND_LINE = 18  # a legend line's height


def _legend_places(
    metrics: QFontMetrics, names: Sequence[str], left: float, start: float, right: float
) -> list[tuple[str, float, int]]:
    """Where each legend entry (a swatch and its name) goes, as (name, x, line): on one line
    from *start* (under the bars) where they all fit there, else from *left*, on as many
    lines as they need (German "Vernachlässigt (Kontaktrhythmus überschritten)" ran out of
    a laptop's pane); a name wider than a whole line is cut."""

    def width(name: str) -> float:
        return 14 + metrics.horizontalAdvance(name)

    total = sum(width(n) for n in names) + 16 * max(len(names) - 1, 0)
    if start + total <= right:
        places, x = [], start
        for name in names:
            places.append((name, x, 0))
            x += width(name) + 16
        return places
    places, x, line = [], left, 0
    for name in names:
        if x > left and x + width(name) > right:
            x, line = left, line + 1
        shown = _elide(metrics, name, right - x - 14)
        places.append((shown, x, line))
        x += width(shown) + 16
    return places


def _paint_legend(
    painter: QPainter,
    colors: ChartColors,
    entries: Sequence[tuple[QColor, str]],
    places: Sequence[tuple[str, float, int]],
    top: float,
) -> list[tuple[str, QRectF]]:
    """Paint the legend; its names as painted, each with the rect it takes."""
    painted = []
    metrics = QFontMetrics(painter.font())
    for (color, _name), (shown, x, line) in zip(entries, places, strict=True):
        y = top + line * LEGEND_LINE
        painter.fillRect(QRectF(x, y + 2, 10, 10), color)
        painter.setPen(colors.muted)
        painter.drawText(QPointF(x + 14, y + 11), shown)
        painted.append((shown, QRectF(x, y, 14 + metrics.horizontalAdvance(shown), LEGEND_LINE)))
    return painted


# --- Pareto ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CurvePoint:
    rank: int
    customer_id: int
    name: str
    customer_share: float
    value_share: float


@dataclass(frozen=True)
class Boundary:
    tier: str
    customers: int
    customer_share: float
    value_share: float
    customer_ids: tuple[int, ...]


class ParetoChart(Chart):
    """Cumulative share of value (up) against share of customers, best first (across)."""

    chart_height = 260

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: tuple[CurvePoint, ...] = ()
        self.boundaries: tuple[Boundary, ...] = ()
        # Every text of the last painting with the rect it took: none overlaps another, none
        # is cut, all lie inside the chart (a label with no room is left out).
        self.labels: list[tuple[str, QRectF]] = []
        self.setAccessibleName(self.tr("Pareto curve of the value by customer"))

    def set_data(self, points: Sequence[CurvePoint], boundaries: Sequence[Boundary]) -> None:
        self.points = tuple(points)
        self.boundaries = tuple(boundaries)
        self._changed()

    def has_data(self) -> bool:
        return bool(self.points)

    def point_tip(self, point: CurvePoint) -> str:
        return self.tr(
            "No. {rank}: {name}\nThe top {rank} ({customers}) bring {value} of the value"
        ).format(
            rank=point.rank,
            customers=format_percent(point.customer_share),
            value=format_percent(point.value_share),
            name=point.name,
        )

    def paint_on(self, painter, rect, colors, regions=None) -> None:
        regions = regions if regions is not None else []
        font = _small_font(painter)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        label_w = metrics.horizontalAdvance("100%") + 8
        line_h = metrics.height()
        plot = QRectF(
            rect.left() + label_w,
            rect.top() + line_h + 4,
            max(rect.width() - label_w * 1.5 - 4, 10),  # room for "100%" under the right edge
            max(rect.height() - 3 * line_h - 12, 10),
        )

        def at(x: float, y: float) -> QPointF:
            return QPointF(plot.left() + x * plot.width(), plot.bottom() - y * plot.height())

        # grid and axis labels
        painter.setPen(QPen(colors.grid, 1))
        for step in range(0, 5):
            share = step / 4
            y = at(0, share).y()
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            x = at(share, 0).x()
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(colors.muted)
        self.labels = []
        labels = self.labels

        def text(box: QRectF, flags: Qt.AlignmentFlag, words: str) -> None:
            # A text that would run into one already there is left out (the axes' "0%" meet
            # in the corner: one says it).
            taken = QRectF(metrics.boundingRect(box.toRect(), int(flags), words))
            if not any(taken.intersects(other) for _w, other in labels):
                painter.drawText(box, int(flags), words)
                labels.append((words, taken))

        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for step in range(0, 5):
            share = step / 4
            label = format_percent(share)
            y = at(0, share).y()
            text(QRectF(rect.left(), y - line_h / 2, label_w - 6, line_h), right, label)
            x = at(share, 0).x()
            text(
                QRectF(x - label_w, plot.bottom() + 2, 2 * label_w, line_h),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )
        # The axes' names take the width there is (a very narrow chart drops them).
        for words, box, flags in (
            (
                self.tr("Share of the 12 months' value"),
                QRectF(plot.left(), rect.top(), rect.right() - plot.left(), line_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            ),
            (
                self.tr("Share of customers, best first"),
                QRectF(rect.left(), plot.bottom() + line_h + 2, plot.right() - rect.left(), line_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            ),
        ):
            if metrics.horizontalAdvance(words) <= box.width():
                text(box, flags, words)
        if not self.points:
            return
        # equal shares, for comparison
        pen = QPen(colors.grid, 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(at(0, 0), at(1, 1))

        # tier bands: A up to its boundary, then B
        # The boundaries are cumulative (B's counts tier A in): each band is its own tier.
        previous = 0.0
        before = (0, 0.0, frozenset[int]())  # customers, value share, ids of the bands so far
        bands: list[tuple[float, float, str, tuple[int, ...], str]] = []
        for boundary in self.boundaries:
            x0, x1 = at(previous, 0).x(), at(boundary.customer_share, 0).x()
            band = QRectF(x0, plot.top(), max(x1 - x0, 1.0), plot.height())
            tint = QColor(colors.tiers.get(boundary.tier, colors.muted))
            tint.setAlphaF(0.10)
            painter.fillRect(band, tint)
            sentence = self.tr(
                "Tier {tier}: {customers} of the customers ({n}) bring {value} of the value"
            ).format(
                tier=boundary.tier,
                n=boundary.customers - before[0],
                customers=format_percent(boundary.customer_share - previous),
                value=format_percent(boundary.value_share - before[1]),
            )
            own = tuple(i for i in boundary.customer_ids if i not in before[2])
            bands.append((previous, boundary.customer_share, sentence, own, boundary.tier))
            before = (
                boundary.customers,
                boundary.value_share,
                before[2] | frozenset(boundary.customer_ids),
            )
            line = QPen(colors.tiers.get(boundary.tier, colors.muted), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(line)
            painter.drawLine(QPointF(x1, plot.top()), QPointF(x1, plot.bottom()))
            painter.setPen(colors.tiers.get(boundary.tier, colors.text))
            label_rect = QRectF(x0 + 2, plot.top() + 2, max(x1 - x0 - 4, 0), line_h)
            # "Tier A" where it fits, else "A", else nothing (the hover and figures say it):
            # never a cut "Ti…".
            for words in (self.tr("Tier {tier}").format(tier=boundary.tier), boundary.tier):
                if metrics.horizontalAdvance(words) <= label_rect.width():
                    text(
                        label_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, words
                    )
                    break
            previous = boundary.customer_share

        # the curve, from (0, 0); at most one vertex per pixel column
        path = QPainterPath(at(0, 0))
        step = max(1, int(len(self.points) / max(plot.width(), 1)))
        shown = list(self.points[::step])
        if shown[-1] is not self.points[-1]:
            shown.append(self.points[-1])
        for point in shown:
            path.lineTo(at(point.customer_share, point.value_share))
        painter.setPen(QPen(colors.series[0], 2.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

        # boundary dots with their figures
        painter.setBrush(QBrush(colors.series[0]))
        dots = [at(b.customer_share, b.value_share) for b in self.boundaries]
        for dot in dots:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(dot, 4, 4)
        painter.setPen(colors.text)
        for words, box in self._dot_labels(metrics, plot, dots, [r for _w, r in labels]):
            text(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, words)

        # hover: every few pixels name the customer there and their tier's share; a click
        # shows the tier's customers (or that customer, past the tiers)
        columns = max(int(plot.width() / 3), 1)
        n = len(self.points)
        for c in range(columns):
            x0 = plot.left() + c * plot.width() / columns
            share = (c + 0.5) / columns
            index = min(max(math.ceil(share * n) - 1, 0), n - 1)
            point = self.points[index]
            band_sentence, label = "", point.name
            ids: tuple[int, ...] = (point.customer_id,)
            for start, end, sentence, tier_ids, tier in bands:
                if start < point.customer_share <= end + 1e-9:
                    band_sentence, ids = sentence, tier_ids or ids
                    label = self.tr("tier {tier}").format(tier=tier)
                    break
            regions.append(
                _Region(
                    QRectF(x0, plot.top(), plot.width() / columns, plot.height()),
                    functools.partial(self._column_tip, point, band_sentence),
                    ids,
                    label,
                    at(point.customer_share, point.value_share),
                )
            )

    def _dot_labels(
        self, metrics: QFontMetrics, plot: QRectF, dots: list[QPointF], taken: list[QRectF]
    ) -> list[tuple[str, QRectF]]:
        """Where each boundary's "A: 78%" goes: beside its dot, inside the plot, clear of every
        other label. Boundaries at the same share close together say it once ("A, B: 100%");
        a label with no room anywhere is left out (the hover and the figures say it)."""
        line_h = metrics.height()
        taken = list(taken)

        def place(words: str, dot: QPointF) -> QRectF | None:
            width = metrics.horizontalAdvance(words) + 2
            for dx, dy in ((6, 4), (-6 - width, 4), (6, -4 - line_h), (-6 - width, -4 - line_h)):
                box = QRectF(dot.x() + dx, dot.y() + dy, width, line_h)
                if plot.contains(box) and not any(box.intersects(t) for t in taken):
                    return box
            return None

        groups: list[tuple[list[str], str, QPointF]] = []
        for boundary, dot in zip(self.boundaries, dots, strict=True):
            value = format_percent(boundary.value_share)
            last = groups[-1] if groups else None
            if (
                last is not None
                and last[1] == value
                and abs(last[2].x() - dot.x()) + abs(last[2].y() - dot.y()) < 3 * line_h
            ):
                last[0].append(boundary.tier)
            else:
                groups.append(([boundary.tier], value, dot))
        placed = []
        for tiers, value, dot in groups:
            words = self.tr("{tier}: {value}").format(tier=", ".join(tiers), value=value)
            box = place(words, dot)
            if box is not None:
                taken.append(box)
                placed.append((words, box))
        return placed

    def _column_tip(self, point: CurvePoint, band_sentence: str) -> str:
        tip = self.point_tip(point)
        return f"{tip}\n{band_sentence}" if band_sentence else tip


# --- bars --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    """One bar: a label, its parts (values painted end to end), a tooltip and its customers."""

    label: str
    parts: tuple[float, ...]
    tip: str
    ids: tuple[int, ...] = ()
    value_text: str = ""  # printed at the bar's end; the parts' sum when empty
    named: tuple[str, ...] = ()  # competitors the bar's texts name, said after its label


class BarChart(Chart):
    """Horizontal bars, one per row, longest first as given; parts in the series colours."""

    row_height = 24
    max_rows = 12

    def __init__(self, parent: QWidget | None = None, legend: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.bars: tuple[Bar, ...] = ()
        self.legend = tuple(legend)
        self.labels: list[tuple[str, QRectF]] = []
        self.setAccessibleName(self.tr("Bar chart"))

    def set_data(self, bars: Sequence[Bar]) -> None:
        self.bars = tuple(bars)[: self.max_rows]
        self.chart_height = self._height_for(len(self.bars))
        self.setFixedHeight(self.chart_height)
        self.updateGeometry()
        self._changed()

    def _height_for(self, rows: int) -> int:
        legend = 22 if len(self.legend) > 1 else 0
        return max(rows, 1) * self.row_height + 8 + legend

    def has_data(self) -> bool:
        return bool(self.bars)

    def paint_on(self, painter, rect, colors, regions=None) -> None:
        regions = regions if regions is not None else []
        font = _small_font(painter, 0)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        value_w = (
            max((metrics.horizontalAdvance(self._value_text(b)) for b in self.bars), default=0) + 10
        )
        # Theme names are whole phrases: their column is as wide as the widest needs, leaving
        # the bars a third of the chart (past that a name is cut; the list under the chart has
        # it whole), and never less than the 45% it always had.
        widest = max((metrics.horizontalAdvance(self.full_label(b)) for b in self.bars), default=0)
        room = max(rect.width() - value_w - 8 - rect.width() / 3, min(rect.width() * 0.45, 360.0))
        label_w = min(widest + 4.0, room, 480.0)
        bar_left = rect.left() + label_w + 8
        bar_w = max(rect.width() - label_w - 8 - value_w, 10)
        self.labels = []  # the bars' labels as painted, with their rects
        top = rect.top() + 4
        if len(self.legend) > 1:
            x = bar_left
            for i, name in enumerate(self.legend):
                painter.fillRect(QRectF(x, top + 3, 10, 10), colors.series[i % len(colors.series)])
                painter.setPen(colors.muted)
                painter.drawText(QPointF(x + 14, top + 12), name)
                x += 14 + metrics.horizontalAdvance(name) + 16
            top += 22
        biggest = max((sum(b.parts) for b in self.bars), default=0) or 1
        for row, bar in enumerate(self.bars):
            y = top + row * self.row_height
            painter.setPen(colors.text)
            words = self.label_text(metrics, bar, label_w)
            box = QRectF(rect.left(), y, label_w, self.row_height)
            flags = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            painter.drawText(box, flags, words)
            self.labels.append((words, QRectF(metrics.boundingRect(box.toRect(), flags, words))))
            x = bar_left
            for i, part in enumerate(bar.parts):
                width = bar_w * part / biggest
                painter.fillRect(
                    QRectF(x, y + 4, width, self.row_height - 8),
                    colors.series[i % len(colors.series)],
                )
                x += width
            painter.setPen(colors.muted)
            painter.drawText(
                QRectF(x + 4, y, value_w, self.row_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self._value_text(bar),
            )
            regions.append(
                _Region(
                    QRectF(rect.left(), y, rect.width(), self.row_height),
                    bar.tip,
                    bar.ids,
                    bar.label,
                )
            )

    def full_label(self, bar: Bar) -> str:
        """The bar's label with every competitor it names, as when there is room."""
        if not bar.named:
            return bar.label
        return self.tr("{theme} ({competitors})").format(
            theme=bar.label, competitors=", ".join(bar.named)
        )

    def label_text(self, metrics: QFontMetrics, bar: Bar, width: float) -> str:
        """The bar's label as it fits *width*; the competitors it names stay in sight (as many
        as fit beside at least half of the name, then "+3"), the name is cut first."""
        if not bar.named:
            return _elide(metrics, bar.label, width)
        shown = len(bar.named)
        while True:
            names = ", ".join(bar.named[:shown])
            if shown < len(bar.named):
                names = self.tr("{names} +{more}").format(names=names, more=len(bar.named) - shown)
            text = self.tr("{theme} ({competitors})").format(theme=bar.label, competitors=names)
            if metrics.horizontalAdvance(text) <= width:
                return text
            suffix = self.tr("{theme} ({competitors})").format(theme="", competitors=names)
            room = width - metrics.horizontalAdvance(suffix)
            if room >= min(width / 2, metrics.horizontalAdvance(bar.label)) or shown == 1:
                name = _elide(metrics, bar.label, room)
                text = self.tr("{theme} ({competitors})").format(theme=name, competitors=names)
                return _elide(metrics, text, width)
            shown -= 1

    @staticmethod
    def _value_text(bar: Bar) -> str:
        if bar.value_text:
            return bar.value_text
        total = sum(bar.parts)
        return f"{total:g}"


# --- funnel ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FunnelStage:
    label: str
    customers: int
    tip: str
    ids: tuple[int, ...] = ()
    neglected: int = 0


class FunnelChart(Chart):
    """Customers per stage, one centred bar a stage, the neglected part of each marked."""

    row_height = 30

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stages: tuple[FunnelStage, ...] = ()
        self.setAccessibleName(self.tr("Stage funnel"))

    def set_data(self, stages: Sequence[FunnelStage]) -> None:
        self.stages = tuple(stages)
        self.chart_height = max(len(self.stages), 1) * self.row_height + 30
        self.setFixedHeight(self.chart_height)
        self.updateGeometry()
        self._changed()

    def has_data(self) -> bool:
        return any(s.customers for s in self.stages)

    def paint_on(self, painter, rect, colors, regions=None) -> None:
        regions = regions if regions is not None else []
        font = _small_font(painter, 0)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        label_w = self._label_width(rect.width())
        count_w = metrics.horizontalAdvance("00000 (100%)") + 8
        area = QRectF(
            rect.left() + label_w + 8,
            rect.top() + 4,
            max(rect.width() - label_w - 8 - count_w, 10),
            rect.height() - 30,
        )
        biggest = max((s.customers for s in self.stages), default=0) or 1
        total = sum(s.customers for s in self.stages) or 1
        for row, stage in enumerate(self.stages):
            y = area.top() + row * self.row_height
            width = area.width() * stage.customers / biggest
            x = area.center().x() - width / 2
            painter.setPen(colors.text)
            painter.drawText(
                QRectF(rect.left(), y, label_w, self.row_height),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                _elide(metrics, stage.label, label_w),
            )
            body = QRectF(x, y + 3, max(width, 1.0), self.row_height - 6)
            painter.fillRect(body, colors.series[0])
            if stage.neglected and stage.customers:
                part = width * stage.neglected / stage.customers
                painter.fillRect(
                    QRectF(x + width - part, y + 3, part, self.row_height - 6), colors.series[4]
                )
            painter.setPen(colors.muted)
            painter.drawText(
                QRectF(area.right() + 6, y, count_w, self.row_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                f"{stage.customers} ({format_percent(stage.customers / total)})",
            )
            regions.append(
                _Region(
                    QRectF(rect.left(), y, rect.width(), self.row_height),
                    stage.tip,
                    stage.ids,
                    stage.label,
                )
            )
        entries = self._legend(colors)
        places = _legend_places(
            metrics, [n for _c, n in entries], rect.left(), area.left(), rect.right()
        )
        top = area.top() + len(self.stages) * self.row_height + 8
        self.legend_labels = _paint_legend(painter, colors, entries, places, top)

    def _legend(self, colors: ChartColors) -> list[tuple[QColor, str]]:
        return [
            (colors.series[0], self.tr("Customers")),
            (colors.series[4], self.tr("Neglected (past their cadence)")),
        ]


# --- health ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HealthRow:
    """One element: customers per score band (low to high) and those with too little data."""

    label: str
    bands: tuple[int, ...]
    band_ids: tuple[tuple[int, ...], ...]
    not_enough: int
    median: float | None


class HealthChart(Chart):
    """One stacked bar per element: customers in each score band, then "not enough to tell"."""

    row_height = 30

    def __init__(self, parent: QWidget | None = None, band_names: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.rows: tuple[HealthRow, ...] = ()
        self.band_names = tuple(band_names)
        self.setAccessibleName(self.tr("Distribution of relationship health"))

    def set_data(self, rows: Sequence[HealthRow]) -> None:
        self.rows = tuple(rows)
        self.chart_height = max(len(self.rows), 1) * self.row_height + 34
        self.setFixedHeight(self.chart_height)
        self.updateGeometry()
        self._changed()

    def has_data(self) -> bool:
        return any(sum(r.bands) for r in self.rows)

    def paint_on(self, painter, rect, colors, regions=None) -> None:
        regions = regions if regions is not None else []
        font = _small_font(painter, 0)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        label_w = self._label_width(rect.width())
        area = QRectF(
            rect.left() + label_w + 8, rect.top() + 4, max(rect.width() - label_w - 16, 10), 0
        )
        for row_no, row in enumerate(self.rows):
            y = area.top() + row_no * self.row_height
            total = sum(row.bands) + row.not_enough
            painter.setPen(colors.text)
            painter.drawText(
                QRectF(rect.left(), y, label_w, self.row_height),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                _elide(metrics, row.label, label_w),
            )
            if not total:
                continue
            x = area.left()
            parts = [
                *(
                    (
                        count,
                        colors.bands[i % len(colors.bands)],
                        self.tr("score {band}").format(band=self._band_name(i)),
                        row.band_ids[i] if i < len(row.band_ids) else (),
                    )
                    for i, count in enumerate(row.bands)
                ),
                (row.not_enough, colors.unknown, self.tr("not enough to tell yet"), ()),
            ]
            for count, color, name, ids in parts:
                if not count:
                    continue
                width = area.width() * count / total
                part = QRectF(x, y + 4, width, self.row_height - 8)
                painter.fillRect(part, color)
                if width > metrics.horizontalAdvance(str(count)) + 6:
                    painter.setPen(_ink_on(color))
                    painter.drawText(part, int(Qt.AlignmentFlag.AlignCenter), str(count))
                regions.append(
                    _Region(
                        QRectF(x, y, width, self.row_height),
                        self.tr("{element}, {band}: {n} of {total} customers ({share})").format(
                            element=row.label,
                            band=name,
                            n=count,
                            total=total,
                            share=format_percent(count / total),
                        ),
                        tuple(ids),
                        f"{row.label} {name}",
                    )
                )
                x += width
        # The legend: every band and "not enough", on two lines where one is too short (the
        # last ones were left out).
        entries = self._legend(colors)
        places = _legend_places(
            metrics, [n for _c, n in entries], rect.left(), area.left(), rect.right()
        )
        top = area.top() + len(self.rows) * self.row_height + 10
        self.legend_labels = _paint_legend(painter, colors, entries, places, top)

    def _legend(self, colors: ChartColors) -> list[tuple[QColor, str]]:
        names = [*(self._band_name(i) for i in range(len(colors.bands))), self.tr("not enough")]
        return list(zip([*colors.bands, colors.unknown], names, strict=True))

    def _band_name(self, i: int) -> str:
        return self.band_names[i] if i < len(self.band_names) else str(i)


# --- the figure table --------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """A table row: its cells as text, the customers it is about, and an optional tooltip."""

    cells: tuple[str, ...]
    ids: tuple[int, ...] = ()
    tip: str | None = None


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[Row, ...] = ()
    numeric: frozenset[int] = field(default_factory=frozenset)  # right-aligned columns
    stretch: int = 0  # the column that takes the room left (and is cut first)
    header_tips: tuple[str, ...] = ()  # what a heading means in full, by column (may be "")
    # Rows in sight without scrolling; None: every row (the page scrolls, not a box in it).
    rows_shown: int | None = None


class _AiryRows(QStyledItemDelegate):
    """Rows a little higher than the text, as in the customer list."""

    def __init__(self, row_height: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.row_height = row_height

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        size = super().sizeHint(option, index)
        size.setHeight(max(size.height(), self.row_height))
        return size


class FigureTable(QTreeWidget):
    """Figures as a plain table: readable by a screen reader, copied with Ctrl+C as
    tab-separated text (the selected rows, or every row), each row opening its customers."""

    activated_ids = Signal(object, str)  # the row's customers, and its first cell

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = Table(())
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Never wider than the page: the stretching column is cut first (its tooltip has it);
        # past that, a scroll bar, for which the table grows by its height (resizeEvent).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._rows_height = 0  # the rows in sight and the frame: the table's height less its header
        self._stretch_natural = 0
        self._one_line_width = 0  # the columns' width with every heading on one line
        self._two_line_headers: tuple[str, ...] = ()
        self._headers_wrapped = False
        self._cuttable: dict[int, int] = {}  # long text columns, cut when narrow: natural widths
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.itemActivated.connect(self._activated)
        self._rows = _AiryRows(self.fontMetrics().height() + 6, self)
        self.setItemDelegate(self._rows)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        header.sectionResized.connect(lambda *_a: self._fit_height())

    def set_table(self, table: Table) -> None:
        self.table = table
        self.clear()
        self.setColumnCount(len(table.headers))
        self._headers_wrapped = False
        self.setHeaderLabels(list(table.headers))
        self._cuttable = {}  # long text columns: their natural widths
        for column, tip in enumerate(table.header_tips):
            if tip:
                self.headerItem().setToolTip(column, tip)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        items = []
        for row in table.rows:
            item = QTreeWidgetItem(list(row.cells))
            item.setData(0, IDS_ROLE, row.ids)
            for column in table.numeric:
                if column < len(row.cells):
                    item.setTextAlignment(column, right)
            for column, cell in enumerate(row.cells):
                # A cell cut to fit says all of itself on hover (a text, then the row's tip).
                tip = row.tip or cell
                if column != table.stretch and column not in table.numeric and row.tip:
                    tip = f"{cell}\n{row.tip}" if cell and cell not in row.tip else row.tip
                item.setToolTip(column, tip)
            items.append(item)
        row_height = self._rows.row_height
        self.addTopLevelItems(items)
        header = self.header()
        natural = 0
        metrics = self.fontMetrics()
        two_lines = []
        for column in range(len(table.headers)):
            # Measured over every row: the view's own hint looks at the rows in sight only.
            widest = max(
                (
                    metrics.horizontalAdvance(r.cells[column])
                    for r in table.rows
                    if column < len(r.cells)
                ),
                default=0,
            )
            width = max(widest + 16, header.sectionSizeHint(column))
            cuttable = column != table.stretch and column not in table.numeric
            cuttable = cuttable and widest + 16 > self._least_text()  # by its texts, not heading
            # A long text's heading goes on two lines where the text is cut ("Competitors
            # named", German "Genannte Wettbewerber", over a column cut to its share).
            # The stretching column's likewise, over its least (a customer's name cut).
            fits = widest
            if cuttable:
                fits = metrics.averageCharWidth() * 8  # as narrow as it is cut (`_shares`)
            elif column == table.stretch:
                fits = min(widest, metrics.averageCharWidth() * 12)
            two_lines.append(self._two_lines(table.headers[column], fits))
            if column == table.stretch:
                self._stretch_natural = width
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            elif cuttable:
                # A long text beside the stretching one (a theme's name, the competitors it
                # names) is cut too where the view is narrow (`_keep_readable`), its cell's
                # tooltip whole: numbers never are.
                self._cuttable[column] = width
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            natural += width
        self._two_line_headers = tuple(two_lines)
        self._one_line_width = natural
        shown = table.rows_shown or len(table.rows)
        rows = min(len(table.rows), shown)
        self._rows_height = rows * row_height + 2 * self.frameWidth() + 2
        self._fit_height()
        # As wide as its figures need (a two-column table keeps each value beside its name),
        # never wider than the page: there the headings go on two lines, then the stretching
        # column is cut.
        if len(table.rows) > shown:
            natural += self.verticalScrollBar().sizeHint().width()
        self.setMaximumWidth(max(natural + 2 * self.frameWidth(), 150))
        self._wrap_headers()
        self._keep_readable()

    def _two_lines(self, heading: str, widest: int) -> str:
        """*heading* on two lines, broken between words where its longer line is shortest,
        when on one line it is wider than its column's figures ("12-month value" over amounts);
        else as it is."""
        words = re.findall(r"\([^)]*\)|\S+", heading)  # "(12 months)" stays on one line
        metrics = self.header().fontMetrics()
        if len(words) < 2 or metrics.horizontalAdvance(heading) <= widest:
            return heading

        def longer(at: int) -> int:
            return max(
                metrics.horizontalAdvance(" ".join(words[:at])),
                metrics.horizontalAdvance(" ".join(words[at:])),
            )

        at = min(range(1, len(words)), key=longer)
        return " ".join(words[:at]) + "\n" + " ".join(words[at:])

    def _wrap_headers(self) -> None:
        """Headings on two lines while the columns with one-line headings are wider than the
        view: a laptop's Insights pane beside the list (1280 px) had the best customers' Due
        out of sight, their headings wider than their figures. Back on one line only with a
        scroll bar's width to spare, so that the header's height, answered by the page's width,
        can't swing it back and forth."""
        if self._two_line_headers == tuple(self.table.headers):
            return  # no heading is wider than its figures
        room = self.viewport().width()
        if self._headers_wrapped:
            room -= self.verticalScrollBar().sizeHint().width()
        wrapped = room < self._one_line_width
        if wrapped != self._headers_wrapped:
            self._headers_wrapped = wrapped
            self.setHeaderLabels(list(self._two_line_headers if wrapped else self.table.headers))
            self._fit_height()

    def _least_text(self) -> int:
        """The width a text column other than the stretching one is cut to: some twenty
        characters (a theme's name beside its figures and a quote)."""
        return self.fontMetrics().averageCharWidth() * 20

    def _keep_readable(self) -> None:
        """The stretching column is cut first, but never below about twelve characters (a
        customer's name cut to "Bea…" in a narrow pane; "Benedetta Ri…" reads): below that,
        it keeps that width and the table scrolls sideways."""
        table = getattr(self, "table", None)
        if table is None or table.stretch >= self.columnCount():
            return
        header, column = self.header(), table.stretch
        least = self._least_stretch()
        if self._cuttable:
            others = sum(
                header.sectionSize(c)
                for c in range(self.columnCount())
                if c != column and c not in self._cuttable
            )
            widths = self._shares(self.viewport().width() - others - least)
            for text_column, width in widths.items():
                if header.sectionSize(text_column) != width:
                    header.resizeSection(text_column, width)
        cramped = self._needed_length() > self.viewport().width()
        mode = header.sectionResizeMode(column)
        if cramped:
            if mode != QHeaderView.ResizeMode.Interactive:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            if header.sectionSize(column) != least:
                header.resizeSection(column, least)
        elif mode != QHeaderView.ResizeMode.Stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _shares(self, room: int) -> dict[int, int]:
        """The long text columns' widths in *room*: each whole where all fit; else they share
        it, a column that needs less than its share giving the rest to the others, none cut
        below its heading (on two lines) or about eight characters, nor above twenty while
        another is cut (a pane that can't hold them all scrolls sideways)."""
        naturals = dict(self._cuttable)
        if sum(naturals.values()) <= room:
            return naturals
        metrics = self.header().fontMetrics()
        floors = {
            c: max(
                self.fontMetrics().averageCharWidth() * 8,
                *(
                    metrics.horizontalAdvance(line) + 12
                    for line in self._two_line_headers[c].split("\n")
                ),
            )
            for c in naturals
        }
        widths: dict[int, int] = {}
        left = dict(naturals)
        while left:  # water-filling: the narrow ones whole, the rest an equal share
            share = (room - sum(widths.values())) // len(left)
            whole = {c: n for c, n in left.items() if n <= share}
            if not whole:
                break
            widths.update(whole)
            for c in whole:
                del left[c]
        while left:  # a heading wider than the share takes its width, the others share the rest
            share = (room - sum(widths.values())) // len(left)
            over = {c: floors[c] for c in left if floors[c] > share}
            if not over or len(over) == len(left):
                break
            widths.update(over)
            for c in over:
                del left[c]
        if left:
            share = (room - sum(widths.values())) // len(left)
            for c in left:
                widths[c] = max(floors[c], min(share, self._least_text()))
        return widths

    def _least_stretch(self) -> int:
        return min(self._stretch_natural, self.fontMetrics().averageCharWidth() * 12)

    def _needed_length(self) -> int:
        """The width the columns need: the others as they are, the stretching one at its
        least (stretched, it is as wide as the view, whatever it needs)."""
        header, column = self.header(), self.table.stretch
        if column >= self.columnCount():
            return header.length()
        others = sum(header.sectionSize(c) for c in range(self.columnCount()) if c != column)
        return others + self._least_stretch()

    def _fit_height(self) -> None:
        """Room for the sideways scroll bar below the rows, while the columns need more than
        the view (the stretching one at its least: then Qt shows the bar). Once made, it is given back only when they fit with a scroll
        bar's width to spare: a layout that answers the table's height with its width (a chart
        beside it) swung the two back and forth for ever, the window frozen (seen at 784 px)."""
        length, room = self._needed_length(), self.viewport().width()
        base = self.header().sizeHint().height() + self._rows_height
        if self.height() > base:
            length += self.verticalScrollBar().sizeHint().width()
        cramped = length > room
        extra = self.horizontalScrollBar().sizeHint().height() if cramped else 0
        if self.height() != base + extra:
            self.setFixedHeight(base + extra)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._wrap_headers()
        self._keep_readable()
        self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(300, self.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(150, self.height())

    def text(self, selected_only: bool = True) -> str:
        """The table (its selected rows, else all) as tab-separated text with its headers."""
        items = self.selectedItems() if selected_only else []
        chosen = {id(i) for i in items}
        rows = [
            self.topLevelItem(r)
            for r in range(self.topLevelItemCount())
            if not chosen or id(self.topLevelItem(r)) in chosen
        ]
        lines = ["\t".join(self.table.headers)]
        lines += [
            "\t".join(item.text(c) for c in range(self.columnCount())) for item in rows if item
        ]
        return "\n".join(lines) + "\n"

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        super().keyPressEvent(event)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        ids = item.data(0, IDS_ROLE)
        if ids:
            self.activated_ids.emit(tuple(ids), item.text(0))


# --- the themes in words -----------------------------------------------------------------------


@dataclass(frozen=True)
class ThemeQuote:
    """A customer's words under a theme: what they said, who (to open them) and when."""

    text: str
    customer_id: int
    name: str
    date: str


@dataclass(frozen=True)
class ThemeItem:
    """A theme as the page lists it under its chart: its name, what it weighs ("317 customers,
    52% of the value"; "12 open, 30 resolved"), the competitors it names, and two or three
    quotes."""

    name: str
    summary: str
    ids: tuple[int, ...]
    quotes: tuple[ThemeQuote, ...] = ()
    named: str = ""  # "Named: Brew & Co", for a competitors' pain whose texts name one


def _quote_text(quote: ThemeQuote, name: str) -> str:
    return QCoreApplication.translate("Insights", "“{text}” — {name}, {date}").format(
        text=quote.text, name=name, date=quote.date
    )


def theme_html(item: ThemeItem, links: bool = True) -> str:
    """*item* as rich text: the name (a link to its customers), what it weighs, the
    competitors it names, then each quote on its own line with the customer a link to them."""

    def link(href: str, text: str) -> str:
        return f'<a href="{href}">{text}</a>' if links else text

    head = QCoreApplication.translate("Insights", "{theme} — {summary}")
    head = html.escape(head).format(
        theme=link("theme", f"<b>{html.escape(item.name)}</b>"),
        summary=html.escape(item.summary),
    )
    lines = [f'<p style="margin-top:6px; margin-bottom:0">{head}</p>']
    if item.named:
        lines.append(
            f'<p style="margin-top:0; margin-bottom:0; margin-left:18px">'
            f"{html.escape(item.named)}</p>"
        )
    for quote in item.quotes:
        template = html.escape(QCoreApplication.translate("Insights", "“{text}” — {name}, {date}"))
        text = template.format(
            text=html.escape(quote.text),
            name=link(f"customer:{quote.customer_id}", html.escape(quote.name)),
            date=html.escape(quote.date),
        )
        lines.append(f'<p style="margin-top:0; margin-bottom:0; margin-left:18px">{text}</p>')
    return "".join(lines)


def theme_plain(item: ThemeItem) -> str:
    """*item* as plain sentences, for a screen reader."""
    head = QCoreApplication.translate("Insights", "{theme} — {summary}").format(
        theme=item.name, summary=item.summary
    )
    lines = [head, *([item.named] if item.named else [])]
    lines += [_quote_text(q, q.name) for q in item.quotes]
    return "\n".join(lines)


class _ThemeLabel(QLabel):
    """A wrapped rich-text label that remembers its heights: Qt asks a wrapped label its
    height for a width on every layout pass of the page, and a rich text lays itself out
    anew for each answer (some 0.4 ms a theme, 20 ms a pass for a page of them)."""

    def __init__(self) -> None:
        super().__init__()
        self._heights: dict[int, int] = {}
        self._hints: dict[str, QSize] = {}

    def set_html(self, text: str) -> None:
        self._heights.clear()
        self._hints.clear()
        self.setText(text)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) > 8:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def sizeHint(self) -> QSize:
        if "size" not in self._hints:
            self._hints["size"] = super().sizeHint()
        return QSize(self._hints["size"])

    def minimumSizeHint(self) -> QSize:
        if "minimum" not in self._hints:
            self._hints["minimum"] = super().minimumSizeHint()
        return QSize(self._hints["minimum"])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
            self._hints.clear()
        super().changeEvent(event)


class ThemeList(QWidget):
    """The themes of a chart in words, under it: each theme's name, how many customers and what
    share of value said it (open and resolved, for a pain; the competitors it names) and two or
    three quotes with customer and date. A theme's name shows its customers, a quote's
    customer opens them (`activated`), by mouse or with Tab and Enter."""

    activated = Signal(object, str)  # the customers of the link, and what they are
    filled = Signal()  # every theme is on the page
    per_turn = 3  # themes laid out a turn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: tuple[ThemeItem, ...] = ()
        self.labels: list[_ThemeLabel] = []
        self._generation = 0
        self._column = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)  # each theme's first line keeps a margin above it
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_items(self, items: Sequence[ThemeItem]) -> None:
        """Show *items*, a few a turn of the event loop: laying out a theme's text (a rich
        text, wrapped) takes some 2-3 ms, which the page need not wait for at once (it builds
        a section a turn, so that no turn keeps the window waiting long). `filled` says when
        every theme is there."""
        self.items = tuple(items)
        self._generation += 1
        for label in self.labels:
            self._column.removeWidget(label)
            label.deleteLater()
        self.labels = []
        self._fill_next(self._generation)

    def _fill_next(self, generation: int) -> None:
        QTimer.singleShot(0, self, lambda: self._fill(generation))

    def _fill(self, generation: int) -> None:
        if generation != self._generation:
            return  # newer items came meanwhile
        start = len(self.labels)
        for item in self.items[start : start + self.per_turn]:
            label = _ThemeLabel()
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            label.set_html(theme_html(item))
            label.setAccessibleName(item.name)
            label.setAccessibleDescription(theme_plain(item))
            label.linkActivated.connect(functools.partial(self._follow, item))
            self._column.addWidget(label)
            self.labels.append(label)
        if len(self.labels) < len(self.items):
            self._fill_next(generation)
        else:
            self.filled.emit()

    def _follow(self, item: ThemeItem, href: str) -> None:
        if href.startswith("customer:"):
            customer_id = int(href.partition(":")[2])
            name = next((q.name for q in item.quotes if q.customer_id == customer_id), "")
            self.activated.emit((customer_id,), name)
        elif item.ids:
            self.activated.emit(item.ids, item.name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            # Links take the palette's colour when the text is set: set it again, so they read
            # in the appearance now in use.
            for label, item in zip(self.labels, self.items, strict=False):
                label.set_html(theme_html(item))
        super().changeEvent(event)
