"""The customer page's relationship health: four bars (knowledge, responsibility, respect, care)
with the sentences that explain each on hover, and the suggested next step.

The bars are painted from the palette, so they follow the light and dark appearances; each
carries its score and reasons as accessible text, and "not enough to tell yet" is an empty,
dotted track with those words beside it, never a zero-length bar that reads as a zero.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from custjournal.domain.health import ElementHealth, Health
from custjournal.gui import i18n
from custjournal.gui.elided import ElidedLabel
from custjournal.gui.sentences import say

# (light, dark) fill per level: weak below 40, fair below 70, good from 70.
_LEVEL_COLORS = {
    "weak": ("#c0392b", "#ff8a80"),
    "fair": ("#b7791f", "#f0b429"),
    "good": ("#1f7a4d", "#4cc38a"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("HealthBars", text)


def level(score: int) -> str:
    return "weak" if score < 40 else "fair" if score < 70 else "good"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class ElementLabel(ElidedLabel):
    """An element's name and score, cut with "…" when the page is narrow (four of them side by
    side must not widen the window); on hover, the reasons, as the bar below says them.

    "Respect: not enough to tell yet" has a short form, "Respect –" (the mark the command line's
    tables give a figure there is none of), shown when the whole text has no room: four of them
    cut to "Respect: not enou…" read as broken. The hover's reasons then begin with the same
    words ("Not enough to tell yet: …"), and the whole text stays the label's text and
    accessible name."""

    reasons = ""
    short = ""  # the text for too little room, or "" to cut the whole text
    keep = (
        ""  # the text's end that is never cut (the score: "Responsib… 94", not "Responsibility 1…")
    )

    def _elide(self) -> None:
        margins = self.contentsMargins()
        room = max(self.width() - margins.left() - margins.right(), 0)
        metrics = self.fontMetrics()
        whole = self.text()
        if self.short and metrics.horizontalAdvance(whole) > room:
            QLabel.setText(self, metrics.elidedText(self.short, Qt.TextElideMode.ElideRight, room))
            # The reasons of such an element begin "Not enough to tell yet: …" themselves.
            self.setToolTip(self.reasons or whole)
            return
        if self.keep and whole.endswith(self.keep) and metrics.horizontalAdvance(whole) > room:
            head = whole[: -len(self.keep)]
            tail_room = max(room - metrics.horizontalAdvance(self.keep), 0)
            cut = metrics.elidedText(head, Qt.TextElideMode.ElideRight, tail_room)
            QLabel.setText(self, cut + self.keep)
            self.setToolTip(self.reasons or whole)
            return
        super()._elide()
        self.setToolTip(self.reasons)


class HealthBar(QWidget):
    """One element's bar: a track, and a fill as long as the score."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score: int | None = None
        self.setMinimumWidth(24)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(120, 10)

    def set_score(self, score: int | None) -> None:
        self.score = score
        self.update()

    def fill_color(self) -> QColor | None:
        if self.score is None:
            return None
        light, dark = _LEVEL_COLORS[level(self.score)]
        return QColor(dark if is_dark(self.palette()) else light)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(0.5, 1.5, -0.5, -1.5)
        radius = rect.height() / 2
        track = palette.color(QPalette.ColorRole.Mid)
        track.setAlpha(90)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(rect, radius, radius)
        fill = self.fill_color()
        if fill is None:
            # Not enough to tell yet: a dotted outline, nothing filled.
            pen = QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, radius, radius)
            return
        if self.score:
            width = max(rect.height(), rect.width() * self.score / 100)
            painter.setBrush(fill)
            painter.drawRoundedRect(
                QRectF(rect.left(), rect.top(), width, rect.height()), radius, radius
            )


class HealthBars(QWidget):
    """Four labelled bars in a row and the next step under them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("HealthBars", "Relationship health"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        self.labels: dict[str, ElementLabel] = {}
        self.bars: dict[str, HealthBar] = {}
        for col, element in enumerate(("knowledge", "responsibility", "respect", "care")):
            label = ElementLabel()
            bar = HealthBar()
            grid.addWidget(label, 0, col)
            grid.addWidget(bar, 1, col)
            grid.setColumnStretch(col, 1)
            self.labels[element] = label
            self.bars[element] = bar
        outer.addLayout(grid)
        self.next_step = QLabel()
        self.next_step.setWordWrap(True)
        self.next_step.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.next_step)

    def show_health(self, health: Health | None) -> None:
        self.setVisible(health is not None)
        if health is None:
            return
        for e in health.elements:
            self._show_element(e)
        if health.next_step:
            self.next_step.setText(
                QCoreApplication.translate("HealthBars", "Next step: {step}").format(
                    step=say(health.next_step)
                )
            )
        self.next_step.setVisible(bool(health.next_step))

    def _show_element(self, e: ElementHealth) -> None:
        name = i18n.word(e.label)
        short = ""
        if e.score is None:
            shown = QCoreApplication.translate(
                "HealthBars", "{element}: not enough to tell yet"
            ).format(element=name)
            short = QCoreApplication.translate("HealthBars", "{element} –").format(element=name)
            spoken = shown
        else:
            shown = QCoreApplication.translate("HealthBars", "{element} {score}").format(
                element=name, score=e.score
            )
            spoken = QCoreApplication.translate(
                "HealthBars", "{element}: {score} out of 100"
            ).format(element=name, score=e.score)
        why = "\n".join(say(reason) for reason in e.reasons)
        label, bar = self.labels[e.element], self.bars[e.element]
        label.reasons = why
        label.short = short
        label.keep = f" {e.score}" if e.score is not None else ""
        label.setText(shown)
        bar.set_score(e.score)
        for widget in (label, bar):
            widget.setToolTip(why)
            widget.setAccessibleName(spoken)
            widget.setAccessibleDescription(why)
