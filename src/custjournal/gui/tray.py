"""The system tray icon with the number due, and desktop notifications of new due items.

The deciding is done by `DueNotifier` (plain Python, no tray needed), so it is testable where no
tray exists (offscreen, some desktops). `TrayController` shows its decisions in a
QSystemTrayIcon when the desktop has a tray, and keeps them on itself either way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from custjournal import APP_TITLE
from custjournal.domain.reminders import DueItem, DueSummary, summarize
from custjournal.gui import clock, theme
from custjournal.gui.due_words import detail_text
from custjournal.gui.i18n import Words

CHECK_EVERY_MS = 60 * 60 * 1000  # at least hourly, as promised
SETTING = "notifications/enabled"


@dataclass(frozen=True)
class Notification:
    title: str
    body: str


class DueNotifier:
    """Decides what to tell the user: a summary at start, then only items that are new."""

    def __init__(self) -> None:
        self._known: dict[tuple[int, str], int] | None = None

    def update(
        self, items: Sequence[DueItem], summary: DueSummary | None = None
    ) -> Notification | None:
        """*summary*: *items*' (`summarize`), when worked out already (in the loading worker)."""
        if summary is None:
            summary = summarize(items)
        known, self._known = self._known, summary.keys
        if known is None:
            if not items:
                return None
            return Notification(
                Words.tr("%n item(s) need your attention today", "", summary.count),
                _names_text(summary.names, summary.people),
            )
        # The keys' difference in C, then the new items in the list's order: no Python step
        # per item of a due list of thousands.
        places = summary.keys
        new = [items[place] for place in sorted(map(places.__getitem__, places.keys() - known))]
        if not new:
            return None
        if len(new) == 1:
            return Notification(
                QCoreApplication.translate("DueNotifier", "{customer} needs your attention").format(
                    customer=new[0].customer
                ),
                detail_text(new[0].detail, new[0].due, clock.today()),
            )
        return Notification(
            Words.tr("%n new item(s) need your attention", "", len(new)), _names(new)
        )


def _names(items: Iterable[DueItem], most: int = 4) -> str:
    names = list(dict.fromkeys(item.customer for item in items))  # in order, each once
    return _names_text(names, len(names), most)


def _names_text(names: list[str], people: int, most: int = 4) -> str:
    """The first *most* of *names*, and how many more of the *people*."""
    shown = ", ".join(names[:most])
    return shown + (
        QCoreApplication.translate("Tray", " and {value} more").format(value=people - most)
        if people > most
        else ""
    )


def badge_icon(count: int) -> QIcon:
    """The app icon with the number due in a red badge."""
    base = theme.app_icon().pixmap(64, 64)
    if count <= 0:
        return QIcon(base)
    pixmap = QPixmap(base)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#c0392b"))
    painter.setPen(Qt.PenStyle.NoPen)
    rect = QRectF(28, 0, 36, 36)
    painter.drawEllipse(rect)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(20 if count < 100 else 14)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count) if count < 1000 else "999+")
    painter.end()
    return QIcon(pixmap)


class TrayController(QObject):
    show_window_needed = Signal()
    show_today_needed = Signal()
    quit_needed = Signal()

    def __init__(self, parent: QObject | None = None, *, use_tray: bool | None = None) -> None:
        super().__init__(parent)
        self.settings = QSettings()
        self.notifier = DueNotifier()
        self.count = 0
        self.sent: list[Notification] = []  # what was shown (or would have been, with no tray)
        available = QSystemTrayIcon.isSystemTrayAvailable() if use_tray is None else use_tray
        self.tray: QSystemTrayIcon | None = None
        if available:
            self.tray = QSystemTrayIcon(badge_icon(0), self)
            menu = QMenu()
            menu.addAction(self.tr("Show Customer Journal"), self.show_window_needed.emit)
            menu.addAction(self.tr("Today"), self.show_today_needed.emit)
            menu.addSeparator()
            menu.addAction(self.tr("Quit"), self.quit_needed.emit)
            self._menu = menu
            self.tray.setContextMenu(menu)
            self.tray.activated.connect(self._activated)
            self.tray.messageClicked.connect(self.show_today_needed.emit)
            self.tray.setToolTip(APP_TITLE)
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)

    @property
    def enabled(self) -> bool:
        return bool(self.settings.value(SETTING, True, type=bool))

    def set_enabled(self, on: bool) -> None:
        self.settings.setValue(SETTING, on)

    def due_list_changed(self, items: Sequence[DueItem], summary: DueSummary | None = None) -> None:
        """The due list is now *items* (*summary*: theirs, when worked out already)."""
        if summary is None:
            summary = summarize(items)
        self.count = summary.count
        note = self.notifier.update(items, summary)
        if self.tray is not None:
            self.tray.setIcon(badge_icon(self.count))
            self.tray.setToolTip(
                self.tr("Customer Journal — {count} due").format(count=self.count)
                if self.count
                else self.tr("Customer Journal — nobody due")
            )
        if note is not None and self.enabled:
            self.sent.append(note)
            if self.tray is not None:
                self.tray.showMessage(note.title, note.body, badge_icon(self.count), 10_000)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_today_needed.emit()

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()
