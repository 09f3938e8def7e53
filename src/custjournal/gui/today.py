"""The Today view: who needs attention and why, with one-key actions.

Keys on the list: Enter opens the customer, L logs a call, B opens the brief, S snoozes the
item a week, D dismisses it until the next touch (not a promise: a promise is kept, or snoozed),
K marks a promise kept. Acting keeps you in Today: the selection moves on to the next item. The
line under the list says the selected item's reason in full (the column cuts long ones).

The items are grouped by reason (promises, neglected, important dates, buying stopped), each
group with its count and collapsible (a click on its arrow, or Left/Right); within a group they
keep the documented order (docs/reminders.md). `DueModel` holds the flat list in that order (the
tray and the tests read it); `GroupedDueModel` is the tree the view shows over it. The main
window computes the list in a worker, together with the customer list (both rank the whole
journal), whenever the journal changes.

A big journal has thousands of items due (6,050 at 10,000 customers), and a tree view lays out
every row of an expanded group through the Python model (index, flags, parent, hasChildren
per row: ~170 ms of the GUI thread for 6,050). So each group shows its items a page at a time
(`GROUP_PAGE`), the next page when the view is scrolled near the end of what a group shows, or
the keyboard moves there (`DueTree`); a group's heading always counts all of its items.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from custjournal import ops
from custjournal.domain import reminders as rules
from custjournal.domain.errors import UserError
from custjournal.domain.reminders import DueItem, DueSummary, summarize
from custjournal.domain.vocab import QT_TRANSLATE_NOOP
from custjournal.gui import clock, theme
from custjournal.gui.controller import JournalController
from custjournal.gui.dates import format_date, month_day_format
from custjournal.gui.due_words import detail_text, why_text
from custjournal.gui.flow_bar import FlowBar
from custjournal.gui.i18n import Words
from custjournal.gui.release import let_go
from custjournal.gui.table_model import (
    ALIGNMENT,
    CENTER,
    DECORATION,
    DISPLAY,
    FONT,
    FOREGROUND,
    OVERDUE_BRUSH,
    TOOLTIP,
    Index,
    RowTableModel,
)

SNOOZE_DAYS = 7
GROUP_PAGE = 100  # items a group shows at first, and more at a time: a few screens of rows
_REASON_ICON = {
    "neglected": "customer",
    "promise": "promise",
    "date": "fact",
    "buying-stopped": "purchase",
}
# Marked for translation here, translated where shown (`_tr`): this runs before the translators
# are installed.
_REASON_LABEL = {
    "neglected": QT_TRANSLATE_NOOP("Today", "Neglected"),
    "promise": QT_TRANSLATE_NOOP("Today", "Promise"),
    "date": QT_TRANSLATE_NOOP("Today", "Important date"),
    "buying-stopped": QT_TRANSLATE_NOOP("Today", "Buying stopped"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Customer"),
    QT_TRANSLATE_NOOP("Columns", "Why"),
    QT_TRANSLATE_NOOP("Columns", "Due"),
    QT_TRANSLATE_NOOP("Columns", "Tier"),
)
# The groups, in the order they are shown, with their headings.
GROUPS = (
    ("promise", QT_TRANSLATE_NOOP("Today", "Promises")),
    ("neglected", QT_TRANSLATE_NOOP("Today", "Neglected")),
    ("date", QT_TRANSLATE_NOOP("Today", "Important dates")),
    ("buying-stopped", QT_TRANSLATE_NOOP("Today", "Buying stopped")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Today", text)


def reason_label(reason: str) -> str:
    """A reason as the user reads it: "Neglected", "Promise"."""
    label = _REASON_LABEL.get(reason)
    return _tr(label) if label else reason


_GROUP_ID = 0  # internalId of a group row; an item row's is its group's number + 1
# Made once: the tree asks every row's flags as it lays rows out, and combining Qt's flags in
# Python costs more than the question. An item never has children: the tree need not ask.
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled
_ITEM_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


class DueModel(RowTableModel):
    columns = COLUMNS
    served_roles = frozenset({DISPLAY, DECORATION, TOOLTIP, FOREGROUND, ALIGNMENT})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._shown: list[DueItem] = []
        self.summary = summarize([])  # of the items shown (`set_items`)
        self.today = clock.today()  # until the first set_items

    def set_items(
        self, items: list[DueItem], today: dt.date, summary: DueSummary | None = None
    ) -> None:
        """Show *items*; *summary*: theirs (`summarize`), when worked out already."""
        old: list[object] = [self._shown, self.summary]
        self.beginResetModel()
        self._shown = list(items)
        self.summary = summarize(items) if summary is None else summary
        self.today = today
        self.endResetModel()
        let_go(old)  # the last load's items: freed off the GUI thread

    def item(self, row: int) -> DueItem:
        return self._shown[row]

    def items(self) -> list[DueItem]:
        return list(self._shown)

    def cell(self, item: DueItem, col: int, role: int) -> Any:
        if role == DISPLAY:
            if col == 0:
                return item.customer + (f" ({item.company})" if item.company else "")
            if col == 1:
                # The whole sentence is below the list and on hover.
                return why_text(item.detail, item.subject, item.due, self.today)
            if col == 2:
                days = (item.due - self.today).days
                if days == 0:
                    return QCoreApplication.translate("Today", "today")
                if days < 0:
                    return Words.tr("%n d ago", "", -days)
                return Words.tr("in %n d", "", days)
            return item.tier if col == 3 else None
        if role == DECORATION:
            return theme.icon(_REASON_ICON.get(item.reason, "today")) if col == 0 else None
        if role == TOOLTIP:
            detail = detail_text(item.detail, item.due, self.today)
            return f"{reason_label(item.reason)}: {detail}"
        if role == FOREGROUND:
            return OVERDUE_BRUSH if item.overdue_promise and col in (1, 2) else None
        return CENTER if col in (2, 3) else None  # ALIGNMENT


class GroupedDueModel(QAbstractProxyModel):
    """The due list as a tree: a row per reason with its count, the items under it.

    Group rows are not selectable; an item row maps to the `DueModel` row it shows, so every
    cell is painted by `DueModel.cell` as before.
    """

    def __init__(self, source: DueModel, parent=None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, str, list[int]]] = []  # reason, heading, source rows
        self._group_of: dict[str, int] = {}  # reason -> its group's row
        self._shown: list[int] = []  # items each group shows so far (its first rows)
        self._bold = QFont()
        self._bold.setBold(True)
        self.setSourceModel(source)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._regroup)
        self._regroup(reset=False)

    def _regroup(self, reset: bool = True) -> None:
        source = self.sourceModel()
        assert isinstance(source, DueModel)
        # The items of each reason, and each item's place among them, come worked out with
        # the due list (`DueSummary`, in the loading worker at start-up and after a change):
        # here only a step per group, not per item (5-10 ms of the GUI thread at 10,000).
        rows = source.summary.groups
        known = [reason for reason, _heading in GROUPS]
        self._groups = [(r, h, rows[r]) for r, h in GROUPS if r in rows]
        # A reason this view does not know yet still shows, after the known ones.
        self._groups += [(r, r, rows[r]) for r in rows if r not in known]
        self._group_of = {reason: g for g, (reason, _h, _rows) in enumerate(self._groups)}
        self._shown = [min(len(members), GROUP_PAGE) for _r, _h, members in self._groups]
        if reset:
            self.endResetModel()

    # --- showing a group's items a page at a time ----------------------------------------

    def more_to_show(self, group: int) -> bool:
        """Whether the group has items it does not show yet."""
        return self._shown[group] < len(self._groups[group][2])

    def show_more(self, group: int, upto: int | None = None) -> None:
        """Show the group's next page of items (or every item up to the *upto*-th)."""
        members = self._groups[group][2]
        before = self._shown[group]
        after = min(len(members), max(before + GROUP_PAGE, upto or 0))
        if after <= before:
            return
        self.beginInsertRows(self.index(group, 0), before, after - 1)
        self._shown[group] = after
        self.endInsertRows()

    def show_all(self) -> None:
        for group in range(len(self._groups)):
            self.show_more(group, len(self._groups[group][2]))

    def reveal(self, source_row: int) -> None:
        """Make sure the item of the flat list's *source_row* is shown (its page and those
        before it), so that it can be selected."""
        where = self._place(source_row)
        if where is not None and where[1] >= self._shown[where[0]]:
            self.show_more(where[0], where[1] + 1)

    def last_shown(self, group: int) -> QModelIndex:
        """The group's last item shown so far (invalid when it shows none)."""
        count = self._shown[group]
        return self.index(count - 1, 0, self.index(group, 0)) if count else QModelIndex()

    def _place(self, source_row: int) -> tuple[int, int] | None:
        """(group, row in the group) of the flat list's *source_row*; None for no item."""
        source = self.sourceModel()
        assert isinstance(source, DueModel)
        within = source.summary.within
        if not 0 <= source_row < len(within):
            return None
        return self._group_of[source.item(source_row).reason], within[source_row]

    def display_order(self, groups: list[int] | None = None) -> list[int]:
        """The flat list's rows in the order the tree lists them, shown yet or not; only
        *groups* (by number) when given."""
        wanted = range(len(self._groups)) if groups is None else groups
        return [row for g in wanted for row in self._groups[g][2]]

    def reasons(self) -> list[str]:
        return [reason for reason, _heading, _rows in self._groups]

    def group_index(self, reason: str) -> QModelIndex:
        for g, (r, _h, _rows) in enumerate(self._groups):
            if r == reason:
                return self.index(g, 0)
        return QModelIndex()

    def in_order(self) -> list[QModelIndex]:
        """Every item row shown, top to bottom."""
        return [
            self.index(i, 0, self.index(g, 0))
            for g in range(len(self._groups))
            for i in range(self._shown[g])
        ]

    # --- QAbstractItemModel ---------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= self.columnCount():
            return QModelIndex()
        if not parent.isValid():
            if 0 <= row < len(self._groups):
                return self.createIndex(row, column, _GROUP_ID)
            return QModelIndex()
        if parent.internalId() != _GROUP_ID or parent.column() != 0:
            return QModelIndex()
        g = parent.row()
        if 0 <= g < len(self._groups) and 0 <= row < self._shown[g]:
            return self.createIndex(row, column, g + 1)
        return QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _GROUP_ID:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _GROUP_ID)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP_ID and parent.column() == 0:
            return self._shown[parent.row()]
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        return self.sourceModel().headerData(section, orientation, role)

    def mapToSource(self, proxy: Index) -> QModelIndex:
        if not proxy.isValid() or proxy.internalId() == _GROUP_ID:
            return QModelIndex()
        members = self._groups[proxy.internalId() - 1][2]
        return self.sourceModel().index(members[proxy.row()], proxy.column())

    def mapFromSource(self, source: Index) -> QModelIndex:
        """The item's row in the tree; invalid while its group does not show it yet
        (`reveal` first)."""
        where = self._place(source.row()) if source.isValid() else None
        if where is None:
            return QModelIndex()
        g, i = where
        if i >= self._shown[g]:
            return QModelIndex()
        return self.createIndex(i, source.column(), g + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        return _GROUP_FLAGS if index.internalId() == _GROUP_ID else _ITEM_FLAGS

    def multiData(self, index: Index, roleDataSpan: Any) -> None:  # noqa: N802, N803 (Qt override)
        """Every role the delegate asks of a cell in one call (see table_model.py): an item's
        from the flat model's `multiData`, a heading's from `data`."""
        if index.isValid() and index.internalId() != _GROUP_ID:
            self.sourceModel().multiData(self.mapToSource(index), roleDataSpan)
            return
        for role_data in roleDataSpan:
            role_data.setData(self.data(index, role_data.role()))

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if index.internalId() != _GROUP_ID:
            return self.sourceModel().data(self.mapToSource(index), role)
        reason, heading, members = self._groups[index.row()]
        if index.column() != 0:
            return None
        if role == DISPLAY:
            return f"{_tr(heading)} ({QLocale().toString(len(members))})"
        if role == FONT:
            return self._bold
        if role == DECORATION:
            return theme.icon(_REASON_ICON.get(reason, "today"))
        return None


class DueTree(QTreeView):
    """The Today list. `setCurrentIndex` also takes an index of the flat `DueModel` (the
    window, the tray and the tests name items by their place in the flat list).

    A group shows more of its items when the end of what it shows comes within a screen of
    the view's bottom (scrolled, resized, expanded) or becomes the current row, so scrolling
    and the arrow keys go on through every item; End shows them all first.
    """

    def setModel(self, model: Any) -> None:  # noqa: N802 (Qt override)
        super().setModel(model)
        self.header().sectionResized.connect(self._section_resized)
        self.verticalScrollBar().valueChanged.connect(self.show_more_if_near)
        self.expanded.connect(self.show_more_if_near)
        self.selectionModel().currentRowChanged.connect(self.show_more_if_near)

    def setCurrentIndex(self, index: Index) -> None:  # noqa: N802 (Qt override)
        model = self.model()
        if isinstance(model, GroupedDueModel) and index.model() is model.sourceModel():
            model.reveal(index.row())
            index = model.mapFromSource(index)
        super().setCurrentIndex(index)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Any) -> QModelIndex:  # noqa: N802 (Qt override)
        model = self.model()
        if action == QAbstractItemView.CursorAction.MoveEnd and isinstance(model, GroupedDueModel):
            model.show_all()
        return super().moveCursor(action, modifiers)

    # The Customer column's share of the room Customer and Why have, until the user sizes it.
    CUSTOMER_SHARE = 0.45
    customer_sized_by_hand = False
    _sizing = False

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.share_columns()
        self.show_more_if_near()

    def share_columns(self) -> None:
        """Customer and Why share the room the fixed columns leave: at a narrow pane a fixed
        Customer column left Why a word ("Promise overd…"); at a wide one it cut names."""
        header = self.header()
        if self.customer_sized_by_hand or header.count() < 4:
            return
        room = self.viewport().width() - header.sectionSize(2) - header.sectionSize(3)
        # A usual name, after the item's indentation, check box and icon; the company after it
        # is elided first.
        least = (
            self.fontMetrics().horizontalAdvance("Alexandra Whitfield")
            + 2 * self.indentation()
            + 2 * self.iconSize().width()
            + 24
        )
        self._sizing = True
        try:
            header.resizeSection(0, max(least, min(int(room * self.CUSTOMER_SHARE), 420)))
        finally:
            self._sizing = False

    def _section_resized(self, section: int, _old: int, _new: int) -> None:
        if section == 0 and not self._sizing and self.isVisible():
            self.customer_sized_by_hand = True

    def show_more_if_near(self, *_args: Any) -> None:
        model = self.model()
        if not isinstance(model, GroupedDueModel):
            return
        current = self.currentIndex()
        reach = 2 * self.viewport().height()  # the end of a group within a screen below
        for group in range(model.rowCount()):
            # Each step shows a page; the loop ends when the group's end is out of reach.
            while model.more_to_show(group) and self.isExpanded(model.index(group, 0)):
                last = model.last_shown(group)
                rect = self.visualRect(last)
                near = rect.isValid() and -rect.height() <= rect.top() <= reach
                if not (near or last == current.siblingAtColumn(0)):
                    break
                model.show_more(group)


def _day_heading(template: str, words: dict[str, str]) -> str:
    """The page's heading as rich text: its name ("Today — ") in the page title's face, the
    day in a smaller one and held together, so the default window's pane holds it on one line
    (at one size "Wednesday 2 / December" wrapped) and a narrower one breaks before the day,
    never inside it."""
    cut = template.find("{")
    head, tail = (template, "") if cut < 0 else (template[:cut], template[cut:])
    day = html.escape(tail.format(**words)).replace(" ", "&nbsp;")
    return (
        f"{html.escape(head.format(**words))}"
        f'<span style="font-size: 14pt; font-weight: 400;">{day}</span>'
    )


class TodayView(QWidget):
    open_customer_needed = Signal(int)
    log_needed = Signal(int)
    brief_needed = Signal(int)
    loaded = Signal(int)  # number of items, after each refresh
    refresh_needed = Signal()
    refused = Signal(str)  # a key that would write, on a journal that takes none: why not

    def __init__(self, controller: JournalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.summary = summarize([])  # of the items shown (`show_items`)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        self.title = QLabel(self.tr("Today"))
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)  # a narrow window wraps it rather than growing
        self.title.setTextFormat(Qt.TextFormat.RichText)  # the day smaller (`_day_heading`)
        layout.addWidget(self.title)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)

        bar = FlowBar(self.tr("Due item actions"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # Too narrow for one row (1280 pixels wrapped "Kept" alone on to a second line): the
        # text under the icons, still one row.
        bar.set_narrow_style(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.act_open = self._action(bar, self.tr("Open"), "customer", "Return", self._open)
        self.act_log = self._action(bar, self.tr("Log a call"), "log", "L", self._log)
        self.act_brief = self._action(bar, self.tr("Brief"), "brief", "B", self._brief)
        # Short labels, the full sense in the tooltip: the bar must fit beside the list without
        # hiding Dismiss and Kept behind its overflow arrow.
        self.act_snooze = self._action(bar, self.tr("Snooze"), "today", "S", self._snooze)
        self.act_snooze.setToolTip(self.tr("Snooze a week (S)"))
        self.act_dismiss = self._action(bar, self.tr("Dismiss"), "archive", "D", self._dismiss)
        self.act_dismiss.setToolTip(self.tr("Dismiss until the next touch (D); not for promises"))
        self.act_kept = self._action(bar, self.tr("Kept"), "promise", "K", self._kept)
        self.act_kept.setToolTip(self.tr("Mark the promise kept, today (K)"))
        self.bar = bar
        layout.addWidget(bar)
        self._write_keys = {
            Qt.Key.Key_L: self.act_log,
            Qt.Key.Key_S: self.act_snooze,
            Qt.Key.Key_D: self.act_dismiss,
            Qt.Key.Key_K: self.act_kept,
        }

        self.model = DueModel(self)
        self.grouped = GroupedDueModel(self.model, self)
        self._collapsed: set[str] = set()  # groups the user closed: they stay closed
        self.table = DueTree()
        self.table.setModel(self.grouped)
        self.table.installEventFilter(self)  # L, S, D, K on a read-only journal: why not
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setUniformRowHeights(True)  # thousands of items: no per-row size question
        self.table.setAllColumnsShowFocus(True)
        self.table.setExpandsOnDoubleClick(False)  # a double click opens the customer
        self.table.setIndentation(14)
        self.table.collapsed.connect(lambda i: self._collapsed.add(self.grouped.reasons()[i.row()]))
        self.table.expanded.connect(
            lambda i: self._collapsed.discard(self.grouped.reasons()[i.row()])
        )
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Fixed widths, not ResizeToContents: that asks every row's size through Python data()
        # on each reset, which froze the window for ~0.4 s with thousands of items.
        metrics = self.table.fontMetrics()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(
            2,
            metrics.horizontalAdvance(Words.tr("%n d ago", "", 999)) + 24,
        )
        self.table.setColumnWidth(
            3, metrics.horizontalAdvance(QCoreApplication.translate("Columns", "Tier")) + 20
        )
        self.table.share_columns()  # and again at each resize
        self.table.setAccessibleName(self.tr("Due today"))
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)
        # The selected item's reason in full: the Why column cuts a long promise or cadence
        # sentence, and nobody should have to widen it to read why someone is here.
        self.detail = QLabel()
        self.detail.setObjectName("todayDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("Why this item is here"))
        layout.addWidget(self.detail)
        self.empty = QLabel(self.tr("Nobody needs you today. Well kept!"))
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

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.internalId() == _GROUP_ID:
            self.table.setExpanded(index, not self.table.isExpanded(index))
        else:
            self._open()

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 (Qt override)
        """A one-key shortcut that would write, pressed on a journal that takes no changes
        (its action disabled, gui/read_only.py): say why rather than nothing happening (or
        the list jumping to a customer whose name starts with the letter)."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and event.key() in self._write_keys
            and not self.controller.writable
        ):
            from custjournal.gui.read_only import refused_sentence

            self.refused.emit(refused_sentence())
            return True
        return super().eventFilter(watched, event)

    def _action(self, bar: FlowBar, text: str, icon_name: str, key: str, slot: Any) -> QAction:
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

    def show_items(
        self, items: list[DueItem], today: dt.date, summary: DueSummary | None = None
    ) -> None:
        """Show *items* as due on *today*; *summary*: theirs (`summarize`), when worked out
        already (the window's loading worker does), kept for the tray (`summary`)."""
        if summary is None:
            summary = summarize(items)
        self.summary = summary
        current = self.current_item()
        # Where the selection was, counted over every item in the tree's order (shown yet or
        # not): a group heading or nothing counts as the top. In rows of the flat list, not
        # tree indexes: thousands of those cost ~100 ms at 10,000 customers.
        selected = self.grouped.mapToSource(self.table.currentIndex())
        order = self.grouped.display_order()
        current_pos = order.index(selected.row()) if selected.isValid() else 0
        self.model.set_items(items, today, summary)
        for reason in self.grouped.reasons():
            group = self.grouped.group_index(reason)
            self.table.setFirstColumnSpanned(group.row(), QModelIndex(), True)
            self.table.setExpanded(group, reason not in self._collapsed)
        # The weekday and the date in the app's language: "Tuesday 1 December", "Dienstag,
        # 1. Dezember" (the month and day in the locale's order, without the year).
        locale = QLocale()
        day = QDate(today.year, today.month, today.day)
        template = self.tr("Today — {weekday} {date}")
        words = {
            "weekday": locale.dayName(day.dayOfWeek()),
            "date": locale.toString(day, month_day_format(locale)),
        }
        self.title.setText(_day_heading(template, words))
        self.title.setAccessibleName(template.format(**words))
        promises = summary.promises
        if not items:
            subtitle = ""
        elif promises:
            subtitle = Words.tr(
                "%Ln item(s) need your attention, {promises} of them promises", "", len(items)
            ).format(promises=locale.toString(promises))
        else:
            subtitle = Words.tr("%Ln item(s) need your attention", "", len(items))
        self.subtitle.setText(subtitle)
        self.table.setVisible(bool(items))
        self.detail.setVisible(bool(items))
        self.bar.setVisible(bool(items))  # no row of greyed buttons over an empty pane
        self.subtitle.setVisible(bool(items))
        self.empty.setVisible(not items)
        self.filler.setVisible(not items)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if items:
            # Items of a collapsed group are not where the selection goes.
            grouped = self.grouped
            expanded = [
                g for g in range(grouped.rowCount()) if self.table.isExpanded(grouped.index(g, 0))
            ]
            order = grouped.display_order(expanded) or grouped.display_order()
            target = order[min(current_pos, len(order) - 1)]
            if current is not None:
                key = (current.customer_id, current.item_key)
                # The same item where it is now; if it is gone (acted on), the one that took
                # its place in the order shown: the selection moves on to the next item.
                for row, it in enumerate(items):
                    if (it.customer_id, it.item_key) == key:
                        target = row
                        break
            else:
                target = order[0]
            self.table.setCurrentIndex(self.model.index(target, 0))  # shown first if need be
        self._current_changed()
        self.loaded.emit(len(items))

    def update_actions(self) -> None:
        """Enable the actions that suit the current item (and the journal: gui/read_only.py)."""
        self._current_changed()

    def _current_changed(self) -> None:
        item = self.current_item()
        for action in (self.act_open, self.act_brief):
            action.setEnabled(item is not None)
        # Log, snooze, dismiss and kept write: not on a journal that takes no changes.
        writes = item is not None and self.controller.writable
        for action in (self.act_log, self.act_snooze):
            action.setEnabled(writes)
        is_promise = item is not None and item.reason == rules.PROMISE
        # A promise is not put away until the next touch: it is kept (K) or snoozed (S).
        self.act_dismiss.setEnabled(writes and not is_promise)
        self.act_kept.setEnabled(writes and is_promise)
        self.detail.setText(self.describe(item) if item is not None else "")

    def describe(self, item: DueItem) -> str:
        """The item's reason in full, for the line under the list."""
        label = reason_label(item.reason)
        days = (item.due - self.model.today).days
        if days == 0:
            when = self.tr("due today")
        elif days < 0:
            when = Words.tr("due %n day(s) ago", "", -days)
        else:
            when = Words.tr("due in %n day(s)", "", days)
        return self.tr("{customer} — {reason}: {detail} ({when}, {date})").format(
            customer=item.customer,
            reason=label,
            detail=detail_text(item.detail, item.due, self.model.today),
            when=when,
            date=format_date(item.due),
        )

    def current_item(self) -> DueItem | None:
        index = self.grouped.mapToSource(self.table.currentIndex())
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
