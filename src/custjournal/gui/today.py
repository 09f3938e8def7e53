"""The Today view: who needs attention and why, with one-key actions.

Keys on the list: Enter opens the customer, L logs a call, B opens the brief, S snoozes the
item a week, D dismisses it until the next touch (not a promise: a promise is kept, or snoozed),
K marks a promise kept. Acting keeps you in Today: the selection moves on to the next item. The
line under the list says the selected item's reason in full (the column cuts long ones). The
main window computes the list in a worker, together with the customer list (both rank the whole
journal), whenever the journal changes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from custjournal import ops
from custjournal.domain import reminders as rules
from custjournal.domain.errors import UserError
from custjournal.domain.reminders import DueItem
from custjournal.gui import clock, theme
from custjournal.gui.controller import JournalController
from custjournal.gui.table_model import (
    ALIGNMENT,
    CENTER,
    DECORATION,
    DISPLAY,
    FOREGROUND,
    OVERDUE_BRUSH,
    TOOLTIP,
    RowTableModel,
)

SNOOZE_DAYS = 7
_REASON_ICON = {
    "neglected": "customer",
    "promise": "promise",
    "date": "fact",
    "buying-stopped": "purchase",
}
_REASON_LABEL = {
    "neglected": "Neglected",
    "promise": "Promise",
    "date": "Important date",
    "buying-stopped": "Buying stopped",
}
COLUMNS = ("Customer", "Why", "Due", "Tier")


class DueModel(RowTableModel):
    columns = COLUMNS
    served_roles = frozenset({DISPLAY, DECORATION, TOOLTIP, FOREGROUND, ALIGNMENT})

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._shown: list[DueItem] = []
        self.today = clock.today()  # until the first set_items

    def set_items(self, items: list[DueItem], today: dt.date) -> None:
        self.beginResetModel()
        self._shown = list(items)
        self.today = today
        self.endResetModel()

    def item(self, row: int) -> DueItem:
        return self._shown[row]

    def items(self) -> list[DueItem]:
        return list(self._shown)

    def cell(self, item: DueItem, col: int, role: int) -> Any:
        if role == DISPLAY:
            if col == 0:
                return item.customer + (f" ({item.company})" if item.company else "")
            if col == 1:
                return item.detail
            if col == 2:
                days = (item.due - self.today).days
                if days == 0:
                    return "today"
                return f"{-days} d ago" if days < 0 else f"in {days} d"
            return item.tier if col == 3 else None
        if role == DECORATION:
            return theme.icon(_REASON_ICON.get(item.reason, "today")) if col == 0 else None
        if role == TOOLTIP:
            return f"{_REASON_LABEL.get(item.reason, item.reason)}: {item.detail}"
        if role == FOREGROUND:
            return OVERDUE_BRUSH if item.overdue_promise and col in (1, 2) else None
        return CENTER if col in (2, 3) else None  # ALIGNMENT


class TodayView(QWidget):
    open_customer_needed = Signal(int)
    log_needed = Signal(int)
    brief_needed = Signal(int)
    loaded = Signal(int)  # number of items, after each refresh
    refresh_needed = Signal()

    def __init__(self, controller: JournalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        self.title = QLabel("Today")
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)  # a narrow window wraps it rather than growing (issue 14)
        layout.addWidget(self.title)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)

        bar = QToolBar("Due item actions")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.act_open = self._action(bar, "Open", "customer", "Return", self._open)
        self.act_log = self._action(bar, "Log a call", "log", "L", self._log)
        self.act_brief = self._action(bar, "Brief", "brief", "B", self._brief)
        # Short labels, the full sense in the tooltip: the bar must fit beside the list without
        # hiding Dismiss and Kept behind its overflow arrow.
        self.act_snooze = self._action(bar, "Snooze", "today", "S", self._snooze)
        self.act_snooze.setToolTip("Snooze a week (S)")
        self.act_dismiss = self._action(bar, "Dismiss", "archive", "D", self._dismiss)
        self.act_dismiss.setToolTip("Dismiss until the next touch (D); not for promises")
        self.act_kept = self._action(bar, "Kept", "promise", "K", self._kept)
        self.act_kept.setToolTip("Mark the promise kept, today (K)")
        self.bar = bar
        layout.addWidget(bar)

        self.model = DueModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Fixed widths, not ResizeToContents: that asks every row's size through Python data()
        # on each reset, which froze the window for ~0.4 s with thousands of items.
        metrics = self.table.fontMetrics()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(2, metrics.horizontalAdvance("999 d ago") + 24)
        self.table.setColumnWidth(3, metrics.horizontalAdvance("Tier") + 20)
        self.table.setColumnWidth(0, 220)
        self.table.setAccessibleName("Due today")
        self.table.activated.connect(lambda _i: self._open())
        layout.addWidget(self.table, 1)
        # The selected item's reason in full: the Why column cuts a long promise or cadence
        # sentence, and nobody should have to widen it to read why someone is here.
        self.detail = QLabel()
        self.detail.setObjectName("todayDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName("Why this item is here")
        layout.addWidget(self.detail)
        self.empty = QLabel("Nobody needs you today. Well kept!")
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout.addWidget(self.empty)
        # With nothing due, the heading and the sentence sit together at the top: the rest of
        # the pane stays empty instead of spreading them over its height.
        self.filler = QWidget()
        self.filler.hide()
        layout.addWidget(self.filler, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())

    def _action(self, bar: QToolBar, text: str, icon_name: str, key: str, slot: Any) -> QAction:
        action = QAction(theme.icon(icon_name), text, self)
        action.setShortcut(QKeySequence(key))
        # One-key shortcuts only while the due list has focus, so typing elsewhere is safe.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text} ({key})")
        action.triggered.connect(slot)
        bar.addAction(action)
        self.addAction(action)
        return action

    # --- content -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask for a fresh due list; the window loads it together with the customer list."""
        self.refresh_needed.emit()

    def show_items(self, items: list[DueItem], today: dt.date) -> None:
        current = self.current_item()
        current_row = self.table.currentIndex().row()
        self.model.set_items(items, today)
        self.title.setText(f"Today — {today.strftime('%A')} {today.day} {today.strftime('%B')}")
        promises = sum(1 for i in items if i.reason == "promise")
        self.subtitle.setText(
            f"{len(items)} {'item needs' if len(items) == 1 else 'items need'} your attention"
            + (f", {promises} of them promises" if promises else "")
            if items
            else ""
        )
        self.table.setVisible(bool(items))
        self.detail.setVisible(bool(items))
        self.bar.setVisible(bool(items))  # no row of greyed buttons over an empty pane
        self.subtitle.setVisible(bool(items))
        self.empty.setVisible(not items)
        self.filler.setVisible(not items)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if items:
            row = 0
            if current is not None:
                key = (current.customer_id, current.item_key)
                # The same item where it is now; if it is gone (acted on), the one that took
                # its place: the selection moves on to the next item.
                row = next(
                    (i for i, it in enumerate(items) if (it.customer_id, it.item_key) == key),
                    min(max(current_row, 0), len(items) - 1),
                )
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._current_changed()
        self.loaded.emit(len(items))

    def _current_changed(self) -> None:
        item = self.current_item()
        for action in (self.act_open, self.act_log, self.act_brief, self.act_snooze):
            action.setEnabled(item is not None)
        is_promise = item is not None and item.reason == rules.PROMISE
        # A promise is not put away until the next touch: it is kept (K) or snoozed (S).
        self.act_dismiss.setEnabled(item is not None and not is_promise)
        self.act_kept.setEnabled(is_promise)
        self.detail.setText(self.describe(item) if item is not None else "")

    def describe(self, item: DueItem) -> str:
        """The item's reason in full, for the line under the list."""
        label = _REASON_LABEL.get(item.reason, item.reason)
        days = (item.due - self.model.today).days
        when = (
            "due today"
            if days == 0
            else (f"due {-days} days ago" if days < 0 else f"due in {days} days")
        )
        return f"{item.customer} — {label}: {item.detail} ({when}, {item.due.isoformat()})"

    def current_item(self) -> DueItem | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.item(index.row())

    # --- actions -------------------------------------------------------------------------

    def _open(self) -> None:
        item = self.current_item()
        if item:
            self.open_customer_needed.emit(item.customer_id)

    def _log(self) -> None:
        item = self.current_item()
        if item:
            self.log_needed.emit(item.customer_id)

    def _brief(self) -> None:
        item = self.current_item()
        if item:
            self.brief_needed.emit(item.customer_id)

    def _snooze(self) -> None:
        item = self.current_item()
        if item is None:
            return
        until = self.controller.today() + dt.timedelta(days=SNOOZE_DAYS)
        try:
            self.controller.apply(
                ops.snooze, item.customer_id, item.item_key, until, today=self.controller.today()
            )
        except UserError as exc:
            self.controller.error.emit(exc.message)

    def _dismiss(self) -> None:
        item = self.current_item()
        if item is None:
            return
        try:
            self.controller.apply(
                ops.dismiss, item.customer_id, item.item_key, today=self.controller.today()
            )
        except UserError as exc:
            self.controller.error.emit(exc.message)

    def _kept(self) -> None:
        item = self.current_item()
        if item is None or item.reason != rules.PROMISE:
            return
        _reason, promise_id = rules.parse_item_key(item.item_key)
        today = self.controller.today()
        try:
            self.controller.apply(
                ops.mark_promise_done,
                item.customer_id,
                promise_id=promise_id,
                on=today,
                today=today,
            )
        except UserError as exc:
            self.controller.error.emit(exc.message)

    def focus_list(self) -> None:
        self.table.setFocus()
