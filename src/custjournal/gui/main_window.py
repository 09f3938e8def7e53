"""The main window: customer list on the left, the selected customer (or welcome) on the right.

Menus, toolbar and shortcuts are built from one table of actions, so the menu, the toolbar and
the Help > Keyboard shortcuts list can't disagree.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from custjournal import APP_TITLE, __version__, ops, paths
from custjournal.domain import vocab
from custjournal.domain.changes import Change, Changed
from custjournal.domain.errors import UserError
from custjournal.domain.reminders import DueSummary
from custjournal.domain.vocab import QT_TRANSLATE_NOOP
from custjournal.gui import i18n, loading, team_dialog, theme
from custjournal.gui.controller import JournalController
from custjournal.gui.customer_model import (
    COMPANY,
    HEALTH,
    ID_ROLE,
    NAME,
    CustomerTableModel,
    column_widths,
)
from custjournal.gui.customer_page import CustomerPage, EntryRef
from custjournal.gui.dates import field_date_pattern, field_date_text, format_date, format_number
from custjournal.gui.i18n import Words
from custjournal.gui.links import CompaniesView
from custjournal.gui.sentences import say
from custjournal.gui.single_instance import place_digest
from custjournal.gui.team_dialog import TeamDialog, journal_label, journal_place
from custjournal.gui.today import TodayView
from custjournal.gui.tray import TrayController
from custjournal.gui.welcome import WelcomePanel
from custjournal.store import health as health_store

if TYPE_CHECKING:  # the dialogs are imported when first opened, these views when first shown
    from custjournal.gui.brief_view import BriefView
    from custjournal.gui.forms import FormDialog
    from custjournal.gui.insights_view import InsightsView

SAMPLE_CUSTOMERS = 200
_HEALTH_PATCH_MAX = 20  # more customers changed at once: read everyone's health in a worker
_AHEAD_TRIES = 3  # times a day the Insights page is worked out ahead (`work_out_ahead`)
# Tomorrow's page is worked out ahead too (`_work_out_tomorrow`): at once after today's, and
# after a change (or a try that stopped for the user's work) once no change came for this long.
TOMORROW_IDLE_MS = 10_000
# What the customer list and Today are worked out from (see MainWindow._on_changed).
_LIST_INPUTS = (
    Changed.CUSTOMER | Changed.ENTRIES | Changed.REMINDER | Changed.SETTINGS | Changed.OUTSIDE
)


_HIT_KINDS = {
    "customer": QT_TRANSLATE_NOOP("MainWindow", "Their details"),
    "conversation": QT_TRANSLATE_NOOP("MainWindow", "A conversation"),
    "delight": QT_TRANSLATE_NOOP("MainWindow", "A delight"),
    "pain": QT_TRANSLATE_NOOP("MainWindow", "A pain point"),
    "fact": QT_TRANSLATE_NOOP("MainWindow", "A fact"),
    "promise": QT_TRANSLATE_NOOP("MainWindow", "A promise"),
    "gift": QT_TRANSLATE_NOOP("MainWindow", "A gift"),
    "invitation": QT_TRANSLATE_NOOP("MainWindow", "An invitation"),
    "milestone": QT_TRANSLATE_NOOP("MainWindow", "A milestone"),
    "purchase": QT_TRANSLATE_NOOP("MainWindow", "A purchase"),
}


def match_sentence(hit: Any) -> str:
    """Why a search found a customer: "A conversation (30/11/2026): …the Zürich warehouse…"."""
    kind = _HIT_KINDS.get(hit.kind)
    where = QCoreApplication.translate("MainWindow", kind) if kind else hit.kind
    if hit.date:
        where += f" ({format_date(hit.date)})"
    return f"{where}: {hit.snippet}"


class SearchField(QLineEdit):
    """The search field: Esc clears it, and Esc in the empty field leaves it for the list
    (`leave_needed`), as desktop search fields do (a key event, not a shortcut, so that Esc
    meant for a dialog never reaches it)."""

    leave_needed = Signal()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            if self.text():
                self.clear()
            else:
                self.leave_needed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class _AppKeysWin(QObject):
    """The app's shortcuts work while the keyboard rests in a line field (the search field has
    it at start and after every dialog): a QLineEdit claims some of the app's keys for itself
    (Ctrl+U deletes its line on Linux, Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo its typing),
    and without this they never reached Add Purchase, Undo and Redo from there.

    An enabled action of the window's on the key wins over the field's own binding. Undo and
    Redo are the field's only for its own typing since it got the focus and since the
    journal's history last moved (the field's history is dropped at both): the typo just
    made is undone as in any text field, but coming back from a dialog, or after an undo of
    the journal's, Ctrl+Z and Ctrl+Shift+Z are the journal's, so its redo is never taken by
    the field's (which re-typed an old search instead, the purchase undone for good)."""

    def __init__(self, field: QLineEdit, window: QWidget, undo: QAction, redo: QAction) -> None:
        super().__init__(field)
        self.field, self.window, self.undo, self.redo = field, window, undo, redo
        field.installEventFilter(self)

    def forget_typing(self) -> None:
        """Drop the field's undo history (QLineEdit.setText does), its text and cursor kept."""
        field = self.field
        if not field.isUndoAvailable() and not field.isRedoAvailable():
            return
        cursor = field.cursorPosition()
        field.blockSignals(True)
        field.setText(field.text())
        field.blockSignals(False)
        field.setCursorPosition(cursor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FocusIn:
            assert isinstance(event, QFocusEvent)
            if event.reason() != Qt.FocusReason.PopupFocusReason:  # not back from its menu
                self.forget_typing()
        elif event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            action = self._action_on(QKeySequence(event.keyCombination()))
            if action is None:
                return False
            if action is self.undo and self.field.isUndoAvailable():
                return False
            if action is self.redo and self.field.isRedoAvailable():
                return False
            event.ignore()  # not claimed: the window's shortcut runs
            return True
        return False

    def _action_on(self, keys: QKeySequence) -> QAction | None:
        for action in self.window.actions():
            if action.isEnabled() and any(keys == s for s in action.shortcuts()):
                return action
        return None


class _NamesTakeRoom(QObject):
    """The customer list's spare width goes to Name and Company (a wider window showed more of
    Health's empty space while names stayed cut), and a narrower one takes it from them first,
    down to `least` each; the figures keep their widths. A column dragged wider or narrower
    by hand gives or takes its room from Name and Company too."""

    def __init__(self, table: QTableView, least: int) -> None:
        super().__init__(table)
        self.table, self.least, self._fitting = table, least, False
        table.horizontalHeader().setStretchLastSection(False)
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._resized)

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if column > COMPANY:  # a figure's column: Name and Company make up the difference
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        if self._fitting:
            return
        header = self.table.horizontalHeader()
        spare = self.table.viewport().width() - header.length()
        name, company = header.sectionSize(NAME), header.sectionSize(COMPANY)
        if not spare or header.count() <= COMPANY:
            return
        both = max(2 * self.least, name + company + spare)
        # Shared as they are (55:45 when one is gone): a hand-made share is kept.
        share = name / (name + company) if name + company > 0 else 0.55
        new_name = max(self.least, round(both * share))
        new_company = max(self.least, both - new_name)
        self._fitting = True
        try:
            header.resizeSection(NAME, new_name)
            header.resizeSection(COMPANY, new_company)
        finally:
            self._fitting = False


class CustomerTable(QTableView):
    """The customer list's view. Home and End go to the first and last row, as in a native
    list (a table's go to the first and last cell of the row), and select it with or without
    Ctrl (a table's Ctrl+Home moved the current row only, the highlight left on the old one);
    Shift+Home and Shift+End select up to there."""

    def moveCursor(  # noqa: N802 (Qt override)
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        model = self.model()
        ends = (
            QAbstractItemView.CursorAction.MoveHome,
            QAbstractItemView.CursorAction.MoveEnd,
        )
        if action in ends and model.rowCount() > 0:
            row = 0 if action == QAbstractItemView.CursorAction.MoveHome else model.rowCount() - 1
            return model.index(row, max(self.currentIndex().column(), 0))
        return super().moveCursor(action, modifiers)

    def selectionCommand(  # noqa: N802 (Qt override)
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            return (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
        return super().selectionCommand(index, event)


class MainWindow(QMainWindow):
    rows_loaded = Signal()  # the customer list shows fresh rows (tests wait on it)
    page: CustomerPage  # made after the table, whose signals reach it

    def __init__(
        self,
        controller: JournalController,
        *,
        use_tray: bool | None = None,
        early_load: loading.EarlyLoad | None = None,
    ) -> None:
        super().__init__()
        self.controller = controller
        self._early_load = early_load  # the first load, begun before this window (launch)
        self.settings = QSettings()
        self._pending_select: int | None = None
        self._loading = False
        self._reload_again = False
        self._today_half = 0  # the latest load's Today half: an older one due after it is dropped
        # On a journal that takes no changes (gui/read_only.py): the status bar's badge, and
        # what was disabled, as it was (put back when a restore makes it take changes again).
        self.read_only_label: QLabel | None = None
        self.read_only_saved: dict[Any, tuple[bool, str, str]] = {}
        self.show_title()
        self.setWindowIcon(theme.app_icon())
        self._build_actions()
        self._build_central()
        self._build_menus_and_toolbar()
        self.statusBar().showMessage(self.tr("Opening the journal…"))
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        controller.changed.connect(self._on_changed)
        controller.message.connect(lambda text: self.statusBar().showMessage(say(text), 8000))
        controller.error.connect(self.show_error)
        controller.read_only_changed.connect(self._fit_to_read_only)
        self._restore_layout()
        self._build_tray(use_tray)
        self.reload_list()

    def show_title(self) -> None:
        """The journal's name in the title, and "read-only" when it takes no changes."""
        name = journal_label(self.controller.journal)
        if self.controller.writable:
            self.setWindowTitle(self.tr("Customer Journal — {name}").format(name=name))
        else:
            self.setWindowTitle(self.tr("Customer Journal — {name} (read-only)").format(name=name))

    def _fit_to_read_only(self) -> None:
        from custjournal.gui.read_only import fit_to_read_only

        fit_to_read_only(self)
        self._update_customer_actions()
        self.today_view.update_actions()

    # --- building ------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon_name: str | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(theme.icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.act_new = a(
            self.tr("&New Customer…"),
            self.new_customer,
            QKeySequence.StandardKey.New,
            "customer-add",
            self.tr("Add a customer (Ctrl+N)"),
        )
        self.act_log = a(
            self.tr("Quick &Log…"),
            self.quick_log,
            "Ctrl+L",
            "log",
            self.tr("Log a conversation, from anywhere (Ctrl+L)"),
        )
        self.act_edit_customer = a(self.tr("&Edit Customer…"), self.edit_customer, "Ctrl+E", "edit")
        self.act_fact = a(self.tr("Add &Fact…"), lambda: self.add_entry("fact"), None, "fact")
        self.act_promise = a(
            self.tr("Add P&romise…"), lambda: self.add_entry("promise"), None, "promise"
        )
        self.act_gift = a(
            self.tr("Add &Gift…"),
            lambda: self.add_entry("gift"),
            "Ctrl+G",
            "gift",
            self.tr("Note a gift given (Ctrl+G)"),
        )
        self.act_invite = a(
            self.tr("Add &Invitation…"),
            lambda: self.add_entry("invitation"),
            "Ctrl+I",
            "invitation",
            self.tr("Invite to an event (Ctrl+I)"),
        )
        self.act_milestone = a(
            self.tr("Add &Milestone…"), lambda: self.add_entry("milestone"), None, "milestone"
        )
        self.act_purchase = a(
            self.tr("Add P&urchase…"),
            lambda: self.add_entry("purchase"),
            "Ctrl+U",
            "purchase",
            self.tr("Record a purchase (Ctrl+U)"),
        )
        self.act_stage = a(self.tr("Change &Stage…"), self.change_stage, "Ctrl+T", "stage")
        self.act_archive = a(self.tr("&Archive Customer"), self.toggle_archive, None, "archive")
        self.act_duplicates = a(
            self.tr("Find &Duplicates…"),
            self.find_duplicates,
            None,
            "customer",
            self.tr("Customers who are likely the same person: review and merge them"),
        )
        self.act_brief = a(
            self.tr("&Brief"),
            self.show_brief,
            "Ctrl+B",
            "brief",
            self.tr("The one-page brief before a meeting (Ctrl+B)"),
        )
        self.act_find = a(
            self.tr("&Find…"),
            self.focus_search,
            QKeySequence.StandardKey.Find,
            "search",
            self.tr("Search customers and notes (Ctrl+F)"),
        )
        self.act_settings = a(
            self.tr("&Settings…"),
            self.edit_settings,
            "Ctrl+,",
            "settings",
            self.tr("Cadence per stage, currency, notifications"),
        )
        self.act_today = a(
            self.tr("&Today"),
            self.show_today,
            "Ctrl+1",
            "today",
            self.tr("Who needs your attention today (Ctrl+1)"),
        )
        self.act_customers = a(self.tr("&Customers"), self.show_customers, "Ctrl+2", "customer")
        self.act_insights = a(
            self.tr("&Insights"),
            self.show_insights,
            "Ctrl+3",
            "insights",
            self.tr("What the journal teaches across customers (Ctrl+3)"),
        )
        self.act_companies = a(
            self.tr("C&ompanies"),
            self.show_companies,
            "Ctrl+4",
            "company",
            self.tr("Customers grouped by company (Ctrl+4)"),
        )
        self.act_link = a(self.tr("Lin&k to Customer…"), self.link_customer, None, "link")
        self.act_open_team = a(
            self.tr("Open &Team Database…"),
            self.open_team_database,
            None,
            None,
            self.tr("Work on your team's shared journal on a PostgreSQL server"),
        )
        self.act_quit = a(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.act_shortcuts = a(self.tr("&Keyboard Shortcuts"), self.show_shortcuts, "F1")
        self.act_about = a(self.tr("&About Customer Journal"), self.show_about)
        stack = self.controller.undo_stack
        self.act_undo = self._stack_action(
            self.tr("&Undo"), self.tr("Undo"), stack.undoTextChanged, stack.undoText()
        )
        self.act_undo.setEnabled(stack.canUndo())
        stack.canUndoChanged.connect(self.act_undo.setEnabled)
        self.act_undo.triggered.connect(stack.undo)
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_undo.setIcon(theme.icon("undo"))
        self.act_redo = self._stack_action(
            self.tr("&Redo"), self.tr("Redo"), stack.redoTextChanged, stack.redoText()
        )
        self.act_redo.setEnabled(stack.canRedo())
        stack.canRedoChanged.connect(self.act_redo.setEnabled)
        self.act_redo.triggered.connect(stack.redo)
        # Ctrl+Shift+Z everywhere (the platform's own Redo key may be Ctrl+Y only), and Ctrl+Y.
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.act_redo.setIcon(theme.icon("redo"))
        for action in (self.act_undo, self.act_redo):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            self.addAction(action)
        self.act_show_archived = QAction(self.tr("Show &Archived Customers"), self, checkable=True)
        self.act_show_archived.toggled.connect(lambda on: self._set_filter("show_archived", on))
        self.customer_actions = [
            self.act_brief,
            self.act_edit_customer,
            self.act_fact,
            self.act_promise,
            self.act_gift,
            self.act_invite,
            self.act_milestone,
            self.act_purchase,
            self.act_stage,
            self.act_link,
            self.act_archive,
        ]

    def _build_central(self) -> None:
        self.model = CustomerTableModel(self.controller.today, self)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 4)
        self.search = SearchField()
        self.search.setPlaceholderText(self.tr("Search names and notes (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(theme.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_to_list)
        self.search.leave_needed.connect(self.focus_list)
        to_list = QAction(self.tr("Go to the list"), self.search)
        to_list.setShortcut(QKeySequence(Qt.Key.Key_Down))
        to_list.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        to_list.triggered.connect(self._search_to_list)
        self.search.addAction(to_list)
        left_layout.addWidget(self.search)

        filters = QHBoxLayout()
        self.stage_filter = QComboBox()
        self.stage_filter.addItem(self.tr("All stages"), None)
        for stage in vocab.STAGES:
            self.stage_filter.addItem(i18n.word(vocab.STAGE_LABELS[stage]), stage)
        self.tier_filter = QComboBox()
        self.tier_filter.addItem(self.tr("All tiers"), None)
        for tier in vocab.TIERS:
            self.tier_filter.addItem(self.tr("Tier {tier}").format(tier=tier), tier)
        self.tag_filter = QComboBox()
        self.tag_filter.addItem(self.tr("All tags"), None)
        self.neglected = QCheckBox(self.tr("&Neglected only"))
        for combo, key in (
            (self.stage_filter, "stage"),
            (self.tier_filter, "tier"),
            (self.tag_filter, "tag"),
        ):
            # As wide as their choices when there is room; a narrow window (half a laptop
            # screen) shrinks them rather than refusing to get narrower.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance("Mmm") + 28)
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, k=key: self._set_filter(k, c.currentData())
            )
            filters.addWidget(combo)
        self.neglected.toggled.connect(lambda on: self._set_filter("neglected_only", on))
        filters.addWidget(self.neglected)
        filters.addStretch(1)
        left_layout.addLayout(filters)
        self._build_only_bar(left_layout)

        self.table = CustomerTable()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Shift, Ctrl and Ctrl+A select several: Customer > Selected Customers (gui/bulk_actions.py).
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # A selected row's sections would be drawn in bold, wider than the widths made for
        # them: "Last contact" read "ast contac" while a customer was selected.
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Customers"))
        header = self.table.horizontalHeader()
        self._align_titles()
        self._column_widths = column_widths(self.table.fontMetrics(), header.fontMetrics())
        for col, width in enumerate(self._column_widths):
            self.table.setColumnWidth(col, width)
        self._names_room = _NamesTakeRoom(
            self.table, 2 * self.table.fontMetrics().horizontalAdvance("Abigail")
        )
        self._page_timer = QTimer(self)
        self._page_timer.setSingleShot(True)
        self._page_timer.setInterval(120)
        self._page_timer.timeout.connect(self._show_current_page)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_customer_actions)
        # A click, a double-click or Enter on a row opens that customer's page, the one
        # still selected too (after Today, Insights or a brief, nothing brought it back).
        self.table.clicked.connect(self._row_clicked)
        self.table.activated.connect(self._row_activated)
        # A re-sort (the Health column arriving, a new customer) keeps the current row in view,
        # where it was in view: a list scrolled away from it stays where the user scrolled.
        self._current_was_shown = False
        self.model.layoutAboutToBeChanged.connect(self._note_current_shown)
        self.model.layoutChanged.connect(self._current_in_view)
        left_layout.addWidget(self.table)
        # In the list's place when a search or the filters leave nothing (`_say_why_empty`).
        self.no_match = QLabel()
        self.no_match.setObjectName("hint")
        self.no_match.setWordWrap(True)
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)  # the search's text as typed
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.no_match.setContentsMargins(16, 24, 16, 16)
        self.no_match.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.no_match.hide()
        left_layout.addWidget(self.no_match, 1)
        # What the list's marks mean: the pinned tier's asterisk, the value's currency, the
        # health's empty cell (the headers and cells say the same on hover).
        self.list_legend = QLabel()
        self.list_legend.setObjectName("listLegend")
        self.list_legend.setWordWrap(True)
        left_layout.addWidget(self.list_legend)
        self._set_legend()
        self._health_token = 0
        self._health_day = None  # the day the Health column was last worked out for
        self._health_loading = False
        # The day whose Insights page was worked out ahead (or found kept).
        self._ahead_day: dt.date | None = None
        # (day, tries that day): a keep refused is tried again.
        self._ahead_tries: tuple[dt.date | None, int] = (None, 0)
        # Changes seen (`_on_changed`), and tomorrow's page worked out ahead: (the day, the
        # changes seen when last tried, tries since, kept then).
        self._changes = 0
        self._tomorrow: tuple[dt.date | None, int, int, bool] = (None, 0, 0, False)
        self._tomorrow_due = False  # the idle wait is over: start at the next chance
        self._tomorrow_idle = QTimer(self)
        self._tomorrow_idle.setSingleShot(True)
        self._tomorrow_idle.timeout.connect(self._tomorrow_idle_over)
        # Customers whose health a change since then may have moved (None: anyone's).
        self._health_scope: set[int] | None = None

        self.stack = QStackedWidget()
        self.welcome = WelcomePanel()
        self.welcome.add_customer_needed.connect(self.new_customer)
        self.welcome.import_needed.connect(self.import_contacts)
        self.welcome.sample_needed.connect(self.open_sample)
        self.page = CustomerPage(self.controller)
        self.page.edit_entry_needed.connect(self.edit_entry)
        self.page.edit_customer_needed.connect(self.edit_customer)
        self.page.add_needed.connect(lambda kind, _cid: self.add_entry(kind))
        self.empty = QLabel(self.tr("Select a customer, or press Ctrl+N to add one."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)  # a narrow window wraps it rather than growing
        self.empty.setObjectName("hint")
        self.today_view = TodayView(self.controller)
        self.today_view.open_customer_needed.connect(self.open_customer)
        self.today_view.log_needed.connect(self.quick_log_for)
        self.today_view.brief_needed.connect(self.show_brief_for)
        self.today_view.loaded.connect(self._due_loaded)
        self.today_view.refresh_needed.connect(self.reload_list)
        self.today_view.refused.connect(lambda why: self.statusBar().showMessage(why, 8000))
        # The brief and Insights are made when first shown (their modules and widgets are
        # ~40 ms of the start that the first screen does not need): `brief_view`,
        # `insights_view`.
        self._brief_view: BriefView | None = None
        self._insights_view: InsightsView | None = None
        self._tags: list[str] = []
        self._tags_loaded = False
        self.companies_view = CompaniesView(self.controller)
        self.companies_view.open_customer_needed.connect(self.open_customer)
        # The window's line fields leave the app's keys to the app (`_AppKeysWin`); a change
        # of the journal's (made, undone or redone) ends a field's own undo.
        for field in (self.search, self.companies_view.filter):
            keys = _AppKeysWin(field, self, self.act_undo, self.act_redo)
            self.controller.undo_stack.indexChanged.connect(keys.forget_typing)
        self.page.connections.open_customer_needed.connect(self.open_customer)
        self.page.connections.open_company_needed.connect(self.show_company)
        for widget in (
            self.today_view,
            self.welcome,
            self.page,
            self.empty,
        ):
            self.stack.addWidget(widget)
        self.stack.addWidget(self.companies_view)
        self.stack.setCurrentWidget(self.today_view)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

    @property
    def brief_view(self) -> BriefView:
        """The brief's page, made the first time it is asked for."""
        if self._brief_view is None:
            from custjournal.gui.brief_view import BriefView

            view = BriefView(self.controller)
            view.back_needed.connect(self.open_customer)
            self.stack.addWidget(view)
            self._brief_view = view
        return self._brief_view

    @property
    def insights_view(self) -> InsightsView:
        """The Insights page, made the first time it is asked for."""
        if self._insights_view is None:
            from custjournal.gui.insights_view import InsightsView

            view = InsightsView(self.controller, segment_key=self._segment_key())
            view.open_customer_needed.connect(self.open_customer)
            view.show_customers_needed.connect(self.show_only)
            if self._tags_loaded:  # else the list's first load brings them (_refresh_tags)
                view.set_tags(self._tags)
            self.stack.addWidget(view)
            self._insights_view = view
        return self._insights_view

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu = file_menu
        file_menu.addAction(self.act_quit)
        edit = bar.addMenu(self.tr("&Edit"))
        self.edit_menu = edit
        edit.addActions([self.act_undo, self.act_redo])
        edit.addSeparator()
        edit.addAction(self.act_find)
        edit.addSeparator()
        edit.addAction(self.act_settings)
        customer = bar.addMenu(self.tr("&Customer"))
        customer.addActions([self.act_new, self.act_log])
        customer.addSeparator()
        customer.addActions(self.customer_actions)
        customer.addSeparator()
        customer.addAction(self.act_duplicates)
        self.customer_menu = customer
        view = bar.addMenu(self.tr("&View"))
        view.addActions([self.act_today, self.act_customers, self.act_insights, self.act_companies])
        view.addSeparator()
        view.addAction(self.act_show_archived)
        self.act_notify = QAction(self.tr("&Notify Me of Due Items"), self, checkable=True)
        view.addAction(self.act_notify)
        self.view_menu = view
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.act_shortcuts, self.act_about])

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        toolbar.setMovable(False)
        toolbar.addActions(
            [
                self.act_today,
                self.act_insights,
                self.act_new,
                self.act_log,
                self.act_gift,
                self.act_invite,
                self.act_purchase,
            ]
        )
        toolbar.addAction(self.act_brief)
        toolbar.addSeparator()
        toolbar.addActions([self.act_undo, self.act_find])
        self.toolbar = toolbar
        self.addToolBar(toolbar)
        # File > Import/Export/Back Up Now/Restore and Customer > Erase (gui/transfer/).
        from custjournal.gui.transfer import TransferActions

        self.transfer = TransferActions(self, self.controller, self.current_customer_id)
        from custjournal.gui.bulk_actions import BulkActions

        self.bulk = BulkActions(
            self,
            self.controller,
            self.table,
            self.model,
            lambda path, ids: self.transfer.export_file(path, customer_ids=ids),
        )
        self.table.customContextMenuRequested.connect(self.bulk.show_context_menu)
        customer.addSeparator()
        customer.addMenu(self.bulk.menu)
        self.transfer.add_to_menus(self.file_menu, self.act_quit, self.customer_menu)
        # Enabled with the other customer actions, when a customer is selected.
        self.customer_actions.append(self.transfer.act_erase)
        # The welcome panel's "Import contacts…" triggers this.
        self.act_import = self.transfer.act_import
        # File > Encrypt Journal… / Change Passphrase… / Decrypt Journal….
        from custjournal.gui.encryption import EncryptionActions

        self.encryption = EncryptionActions(self)
        # File > Open Team Database… last before Quit: it opens another window.
        file_menu.insertAction(self.act_quit, self.act_open_team)
        file_menu.insertSeparator(self.act_quit)
        # On a team database: the file-only actions disabled, each saying why (gui/team_menus.py).
        from custjournal.gui.team_menus import fit_to_team_database

        fit_to_team_database(self)
        if not self.controller.writable:  # a file or folder that can't be written, or damaged
            self._fit_to_read_only()
        self._update_customer_actions()

    # --- layout memory -------------------------------------------------------------------

    def _layout_key(self, name: str) -> str:
        """Each journal has its own window size and layout (a small sample journal and the
        big one side by side): kept under a hash of the journal's path."""
        return self._journal_key("window", name)

    def _journal_key(self, group: str, name: str) -> str:
        """A setting of this journal's own: kept under a hash of the journal's path."""
        where = journal_place(self.controller.journal)
        return f"{group}/{place_digest(where, 16)}/{name}"

    def _segment_key(self) -> str:
        """Where the Insights view keeps the segment last chosen on this journal."""
        return self._journal_key("insights", "segment")

    def saved_segment(self) -> str:
        """The Insights segment last chosen on this journal ("all", "tier:A", "tag:T"), as
        the view remembers it (`InsightsView`, *segment_key*)."""
        return str(self.settings.value(self._segment_key(), "all") or "all")

    def _layout_value(self, name: str) -> QByteArray | None:
        # This journal's, else the last one used by any journal.
        for key in (self._layout_key(name), f"window/{name}"):
            value = self.settings.value(key)
            if isinstance(value, QByteArray) and not value.isEmpty():
                return value
        return None

    def _restore_layout(self) -> None:
        geometry = self._layout_value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            screen = self.screen()
            self.default_layout(screen.availableGeometry().size() if screen else None)
            return
        splitter = self._layout_value("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self._default_splitter()
        header = self._layout_value("customer_columns")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
            self._align_titles()  # a saved state has the alignment of its day
            # and its stretched last column: the spare room is Name's and Company's now.
            self.table.horizontalHeader().setStretchLastSection(False)
            # Widths saved in another language (or before a heading grew) cut the heading
            # ("Letzter Kontak", "Beziehur" in German after an English session): each figure
            # column at least as wide as its heading and its widest figure need today.
            for col in range(COMPANY + 1, len(self._column_widths)):
                if self.table.columnWidth(col) < self._column_widths[col]:
                    self.table.setColumnWidth(col, self._column_widths[col])
            self._names_room.fit()

    def _align_titles(self) -> None:
        """The list's column titles from the left, the sort arrow at the right (as native lists
        have them): a centred title ran under the arrow ("12-month value", "Health", "Tier")."""
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )

    def _stack_action(self, prefix: str, short: str, text_changed: Any, text: str) -> QAction:
        """Edit > Undo / Redo: "Undo Snoozed the promise reminder for …" in the menu, cut to
        a menu's width (the whole sentence on hover and in the status bar); the tool bar's
        button says only *short*, so that a long customer name does not push Undo and Find
        into the tool bar's overflow menu."""
        action = QAction(self)
        action.setIconText(short)

        def show(what: str) -> None:
            if not what:
                action.setText(prefix)
                action.setToolTip(short)
                action.setStatusTip("")
                return
            metrics = self.menuBar().fontMetrics()
            room = metrics.horizontalAdvance("M") * 36
            cut = metrics.elidedText(what, Qt.TextElideMode.ElideRight, room)
            action.setText(f"{prefix} {cut.replace('&', '&&')}")
            action.setToolTip(f"{short} {what}")
            action.setStatusTip(f"{short} {what}")

        show(text)
        text_changed.connect(show)
        return action

    def default_layout(self, screen: QSize | None) -> None:
        """The first start's layout on a screen of that (available) size: 1280 x 760, or less
        to fit a smaller screen with the window's frame (1366 x 768 leaves about 728 for it);
        the list as wide as its columns' default widths, so that every column is in view, and
        the customer page the rest. The header's own state, once saved, wins."""
        width, height = 1280, 760
        if screen is not None and screen.isValid():
            width = min(width, screen.width() - 16)
            height = min(height, screen.height() - 40)  # the title bar and a panel
        self.resize(width, height)
        self._default_splitter()

    def _default_splitter(self) -> None:
        chrome = (
            self.table.verticalScrollBar().sizeHint().width()
            + 2 * self.table.frameWidth()
            + 8
            + 4  # the list pane's margins (left_layout)
            + 8  # the splitter's handle, and a little air
        )
        widths = list(self._column_widths)
        # The customer page keeps at least 460 pixels; when the list's columns would need
        # more than the rest (a narrower screen, a language with longer words), Name and
        # Company give up room first, down to about a short name each: they elide.
        room = self.width() - 460 - chrome
        fixed = sum(widths[2:])
        if fixed + widths[0] + widths[1] > room:
            names = max(2 * self.table.fontMetrics().horizontalAdvance("Abigail A"), room - fixed)
            widths[0], widths[1] = names - names * 9 // 20, names * 9 // 20
        for col, width in enumerate(widths[:2]):
            self.table.setColumnWidth(col, width)
        needed = sum(widths) + chrome
        page = max(460, self.width() - needed)
        self.splitter.setSizes([max(needed, self.width() - page), page])

    def save_layout(self) -> None:
        for name, value in (
            ("geometry", self.saveGeometry()),
            ("splitter", self.splitter.saveState()),
            ("customer_columns", self.table.horizontalHeader().saveState()),
        ):
            # This journal's own, and the last one used anywhere: a journal opened for the
            # first time starts from it.
            self.settings.setValue(self._layout_key(name), value)
            self.settings.setValue(f"window/{name}", value)
        loading.save_order(self.settings, (self.model.sort_column, self.model.sort_order))
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # First: work done ahead (a day's Insights page nobody asked for) stops now, rather
        # than the close below waiting for all of it.
        self.controller.begin_closing()
        self._tomorrow_idle.stop()
        self.save_layout()
        self._page_timer.stop()  # a page asked for a moment ago is not read after closing
        self.tray.timer.stop()
        self.tray.hide()
        self.transfer.on_close()  # the day's backup, after every worker has finished
        super().closeEvent(event)

    # --- the list ------------------------------------------------------------------------

    def reload_list(self) -> None:
        """Load every customer's row in a worker; the window stays responsive meanwhile."""
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        journal = self.controller.journal
        today = self.controller.today()

        order = (self.model.sort_column, self.model.sort_order)
        # Sorted by health: the worker sorts by the list's health so far, in a copy of its own
        # (the list's is emptied in the release thread when the next one replaces it).
        health = None
        if order[0] == HEALTH:
            health = (dict(self.model.health), self.model.health_version)
        early, self._early_load = self._early_load, None
        if early is not None and early.adopt(today, self._rows_arrived, self._rows_failed):
            return
        self.controller.run_task(
            lambda _report: loading.load(journal, today, order, health),
            self._rows_arrived,
            self._rows_failed,
            settle=True,
        )

    def _rows_arrived(self, loaded: loading.Loaded) -> None:
        rows, items, today, summary = loaded.rows, loaded.due, loaded.today, loaded.due_summary
        self._loading = False
        stale = self._reload_again  # the journal changed while these rows were read
        if stale:
            self._reload_again = False
            self.reload_list()
        current = self.current_customer_id()
        currency = loaded.currency
        if currency != self.model.currency:
            self.model.currency = currency
            self._set_legend()
        selected = self.bulk.selected_ids()
        self.model.set_rows(
            rows,
            sorted_by=loaded.sorted_by,
            index=loaded.index,
            health_version=loaded.health_version,
        )
        self._refresh_tags(loaded.tags)
        self._update_count()
        if not rows:
            self.stack.setCurrentWidget(self.welcome)
        elif self.stack.currentWidget() is self.welcome:
            self.stack.setCurrentWidget(self.today_view)
        pending, self._pending_select = self._pending_select, None
        if pending is not None:
            self.select_customer(pending)
        elif current is not None:
            # Keep the list's selection, but the screen stays what it was: acting in Today (or
            # reading a brief) must not bring up the customer selected in the list.
            self.select_customer(current, show=self.stack.currentWidget() is self.page)
        self.bulk.reselect(selected)
        if self.page.customer_id is not None:
            found = self.model.find(self.page.customer_id)
            if found is not None:
                self.page.update_row(found)
        # "Opening the journal…" (in the app's language) has had its answer.
        if self.statusBar().currentMessage() == self.tr("Opening the journal…"):
            self.statusBar().clearMessage()
        if not stale:
            # Today on a timer, after a whole turn of the event loop: the list and Today each
            # take 20-30 ms of the GUI thread at 10,000 customers, and the list is painted and
            # input answered in between (a zero timer would run in the same pass as the paint).
            self._today_half += 1
            half = self._today_half
            QTimer.singleShot(1, lambda: self._today_arrived(items, today, half, summary))

    def _today_arrived(
        self, items: list[Any], today: Any, half: int, summary: DueSummary | None = None
    ) -> None:
        """The second half of a load: Today, then the Health column's worker; `rows_loaded`
        says both halves are shown."""
        if not isValid(self):  # closed meanwhile
            return
        if self._loading or half != self._today_half:
            # The journal changed since the list half: a newer load is on its way (or has
            # already shown its list, its Today half due next), and shows both halves; these
            # items are out of date (as a stale load's are).
            return
        self.today_view.show_items(items, today, summary)
        self._refresh_health(today)
        self.rows_loaded.emit()
        self.work_out_ahead()

    def _set_legend(self) -> None:
        self.list_legend.setText(
            self.tr(
                "Tier * pinned by hand · 12-month value in {currency} · Health 0-100, "
                "hover for why; empty: not enough to tell yet"
            ).format(currency=self.model.currency)
        )

    def _refresh_health(self, today) -> None:
        """The Health column after the rows: only the customers a change named, when that is
        all that moved since the column was worked out for this day (their health is theirs
        alone: a few milliseconds each); else every customer's, in a worker."""
        scope, self._health_scope = self._health_scope, set()
        if (
            scope is not None
            and len(scope) <= _HEALTH_PATCH_MAX
            and today == self._health_day
            and not self._health_loading
        ):
            if scope:
                patched = dict(self.model.health)
                for cid in scope:
                    found = self.controller.health(cid)
                    if found is None:
                        patched.pop(cid, None)
                    else:
                        patched[cid] = found
                self.model.set_health(patched)
            return
        self._load_health(today)

    def _load_health(self, today) -> None:
        """Every customer's health, in a worker (a second or so at 10,000 customers): the Health
        column fills in when it arrives; a later load wins."""
        self._health_token += 1
        token = self._health_token
        journal = self.controller.journal
        self._health_loading = True

        keeping, pause = self.controller.keeping, self.controller.pause

        def work(_report):
            # The plain read path (no ORM loaded); what it works out is kept (store/health_kept.py).
            # It waits while the user types (controller.pause): it is a second of Python on the
            # first read of a day, and each turn it took at the interpreter lock held a
            # keystroke's repaint up.
            with keeping(), journal.reader(pause) as source:
                return health_store.glance_of_all(source, today)

        def arrived(result) -> None:
            # The window may be gone by now (controller.still_alive can't see into a closure).
            if isValid(self) and token == self._health_token:
                self._health_loading = False
                self._health_day = today
                self.model.set_health(result)
                self.work_out_ahead()

        def failed(_exc) -> None:  # the list's own load reports what is wrong with the journal
            if isValid(self) and token == self._health_token:
                self._health_loading = False

        def start() -> None:
            if token == self._health_token:  # else a later load has taken its place
                self.controller.run_task(work, arrived, failed, settle=True)

        # From the event loop, after what is pending: the paint of the list and Today that
        # this load brought. Started at once, its second of Python took turns at the
        # interpreter lock with that paint, the first sight of the rows at start-up. And in the
        # app it comes after `rows_loaded` froze what the load built (launch.settle_heap), so
        # the collection that run_task(settle=True) makes first has next to nothing to walk.
        QTimer.singleShot(0, self, start)

    def work_out_ahead(self) -> None:
        """Once the day's loads are shown (the rows, Today, the Health column), work out the
        Insights page the view would show first (its segment, else every customer) in the
        background, so the day's first Ctrl+3 finds it kept (controller.work_out_ahead). Once
        a day; when the journal changed meanwhile (the keep refused), again after the load
        that change brings, up to _AHEAD_TRIES times a day. Once today's is kept (or the view
        shows today's itself), tomorrow's (`_work_out_tomorrow`)."""
        if self.controller.closing:
            return
        today = self.controller.today()
        day, tries = self._ahead_tries
        tries = tries if day == today else 0
        if self._loading or self._health_loading or self._health_day != today:
            return
        view = self._insights_view
        if self._ahead_day == today or (view is not None and view.isVisible()):
            # The view works today's page out itself, when shown.
            self._work_out_tomorrow(today)
            return
        if tries >= _AHEAD_TRIES:
            return
        segment = self._ahead_segment()

        def done(kept: bool) -> None:
            if not isValid(self):
                return
            if kept:
                self._ahead_day = today
            # Not kept (the journal changed meanwhile), or the day moved on while it ran: once
            # the loads that brings are shown (or now).
            QTimer.singleShot(0, self, self.work_out_ahead)

        if self.controller.work_out_ahead(segment, done) is not None:
            self._ahead_tries = (today, tries + 1)

    def _ahead_segment(self) -> Any:
        """The segment the Insights view shows, or will open on: the one last chosen on this
        journal (every customer, when its tag is gone)."""
        from custjournal.domain.insights import Segment

        view = self._insights_view
        if view is not None:
            return view.current_segment()
        try:
            segment = Segment.parse(self.saved_segment())
        except UserError:
            segment = Segment()
        if segment.kind == "tag" and segment.value not in self._tags:
            segment = Segment()  # its tag is gone: the view opens on every customer
        return segment

    def _work_out_tomorrow(self, today: dt.date) -> None:
        """Work tomorrow's Insights page out ahead, with tomorrow's health (and that of 90 days
        before it), which the page keeps: at the day's change the Health column and the day's
        first Ctrl+3 read them kept (controller.work_out_ahead with its day).

        When: at once after today's, the first time for that day (it gives way to the user's
        work, and stops when that work waits for it). After a change (which forgets the kept
        page and the changed customers' health), or a try that stopped or was refused, once
        no change came for TOMORROW_IDLE_MS: each change's load restarts the wait, so a burst
        of entries costs one try (0.1-0.6 s of CPU in the background after a conversation at
        10,000 customers, 1.7-2.3 s after a purchase, which forgets every customer's health:
        docs/insights.md). At most _AHEAD_TRIES tries between two changes, and
        none once kept until the next change: it never loops."""
        journal = self.controller.journal
        if journal.file is None or journal.readonly:
            return  # nothing is kept there (controller.work_out_ahead)
        tomorrow = today + dt.timedelta(days=1)
        day, changes, tries, kept = self._tomorrow
        first = day != tomorrow
        if first or changes != self._changes:
            changes, tries, kept = self._changes, 0, False
        self._tomorrow = (tomorrow, changes, tries, kept)
        if kept or tries >= _AHEAD_TRIES:
            return
        if not first and not self._tomorrow_due:
            self._tomorrow_idle.start(TOMORROW_IDLE_MS)
            return
        self._tomorrow_due = False
        self._tomorrow_idle.stop()

        def done(now_kept: bool) -> None:
            if not isValid(self):
                return
            if self._tomorrow[:2] == (tomorrow, changes):
                self._tomorrow = (tomorrow, changes, tries + 1, now_kept)
            if not now_kept:  # later: after the next change, or once the window is idle
                QTimer.singleShot(0, self, self.work_out_ahead)

        if self.controller.work_out_ahead(self._ahead_segment(), done, day=tomorrow) is None:
            # Keeps held until the start-up check found the file sound, or one is under way.
            self._tomorrow = (tomorrow, changes, tries + 1, False)
            self._tomorrow_idle.start(TOMORROW_IDLE_MS)

    def _tomorrow_idle_over(self) -> None:
        self._tomorrow_due = True
        self.work_out_ahead()

    def _rows_failed(self, exc: UserError) -> None:
        self._loading = False
        self.show_error(exc.message)

    def _refresh_tags(self, tags: list[str]) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for tag in tags:
            self.tag_filter.addItem(tag, tag)
        index = self.tag_filter.findData(current) if current else 0
        self.tag_filter.setCurrentIndex(max(index, 0))
        self.tag_filter.blockSignals(False)
        self._tags = tags
        self._tags_loaded = True
        if self._insights_view is not None:
            self._insights_view.set_tags(tags)
        if current and index < 0:
            self._set_filter("tag", None)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        archived = self.model.archived_count()
        if shown == total:
            text = Words.tr("%Ln customer(s)", "", total)
        elif archived and shown == total - archived and not self.model.filters.show_archived:
            # Only the archived are left out: say so, rather than "1,961 of 2,000" with no
            # filter in sight.
            text = Words.tr("%Ln customer(s) ({archived} archived hidden)", "", shown).format(
                archived=QLocale().toString(archived)
            )
        elif archived and not self.model.filters.show_archived:
            # Counted among the customers the list can show (1,961), as it counts them with
            # no filter: "0 of 2,000" counted the archived, which no search here finds.
            text = Words.tr(
                "{shown} of %Ln customer(s) ({archived} archived hidden)", "", total - archived
            ).format(shown=QLocale().toString(shown), archived=QLocale().toString(archived))
        else:
            text = Words.tr("{shown} of %Ln customer(s)", "", total).format(
                shown=QLocale().toString(shown)
            )
        self.count_label.setText(text)
        self._say_why_empty(shown, total, archived)

    def _say_why_empty(self, shown: int, total: int, archived: int) -> None:
        """In the list's place when a search or filter leaves nothing: what found nothing and
        how to widen it (a blank list said neither)."""
        if shown or not total:
            self.no_match.hide()
            self.table.show()
            return
        f = self.model.filters
        text = self.search.text().strip()
        if text and f.matching_ids is not None:
            lines = [self.tr("No customer matches “{text}”.").format(text=text)]
        else:
            lines = [self.tr("No customer fits the filters.")]
        if f.stage or f.tier or f.tag or f.neglected_only or f.only_ids is not None:
            lines.append(
                self.tr(
                    "The filters above the list narrow it: set them back to All (and untick "
                    "Neglected only) to look among every customer."
                )
            )
        if archived and not f.show_archived:
            lines.append(
                self.tr(
                    "Archived customers are left out: View > Show Archived Customers includes them."
                )
            )
        self.no_match.setText("\n\n".join(lines))
        had_focus = self.table.hasFocus()
        self.table.hide()
        self.no_match.show()
        if had_focus:
            self.search.setFocus()

    def _set_filter(self, key: str, value: Any) -> None:
        current = self.current_customer_id()
        self.model.set_filters(**{key: value})
        row = self.model.row_for_id(current) if current is not None else None
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._update_count()

    def _search_changed(self, text: str) -> None:
        self.controller.user_typing()  # the workers make way until the list is repainted
        if not text.strip():
            ids = None
        else:
            ids = self.controller.matching_customer_ids(text)
        # Why each customer matched: read when the user hovers a name or selects a row, not per
        # keystroke (without it, results said nothing of why they were there).
        self.model.why_matched = None if ids is None else self._match_explainer(text)
        if ids == self.model.filters.matching_ids:
            # The next letter found the same customers (most letters of a word do): the list
            # stays as it is, without filtering 10,000 rows again to find that out (the
            # sentence of an empty list names the new text).
            if not self.model.rowCount():
                self._update_count()
            return
        # Only the list follows the typing; Enter or Down moves to it (and opens the first
        # match), so no customer page is read while the user is still typing.
        self._set_filter("matching_ids", ids)

    def _match_explainer(self, text: str) -> Any:
        cache: dict[int, str | None] = {}

        def explain(customer_id: int) -> str | None:
            if customer_id not in cache:
                hit = self.controller.why_matched(customer_id, text)
                cache[customer_id] = None if hit is None else match_sentence(hit)
            return cache[customer_id]

        return explain

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_customer_actions()
        if not current.isValid():
            return
        if self.model.why_matched is not None:  # searching: say why this one is here
            reason = self.model.why_matched(self.model.customer(current.row()).id)
            if reason:
                self.statusBar().showMessage(reason, 15000)
        if (
            self.model.customer(current.row()).id == self.page.customer_id
            and self.stack.currentWidget() is self.page
        ):
            return  # the same customer again (after a filter or a reload): nothing to redo
        # Opening a page reads the customer (~40 ms): wait until the selection rests, so that
        # holding an arrow key or typing in the search field never queues a page per step.
        self._page_timer.start()

    def _show_current_page(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.page.show_customer(self.model.customer(index.row()))
            self.stack.setCurrentWidget(self.page)

    def current_customer_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_customer(self, customer_id: int, show: bool = True) -> bool:
        """Select the customer in the list (clearing filters that hide them); *show* also opens
        their page. False when they are not in the journal."""
        row = self.model.row_for_id(customer_id)
        if row is None:
            found = self.model.find(customer_id)
            if found is None:
                return False
            # Filtered out: clear the filters that hide it.
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            for combo in (self.stage_filter, self.tier_filter, self.tag_filter):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.neglected.blockSignals(True)
            self.neglected.setChecked(False)
            self.neglected.blockSignals(False)
            self.only_bar.hide()
            self.model.set_filters(
                stage=None,
                tier=None,
                tag=None,
                neglected_only=False,
                matching_ids=None,
                only_ids=None,
                show_archived=found.archived or self.model.filters.show_archived,
            )
            self._update_count()
            row = self.model.row_for_id(customer_id)
            if row is None:
                return False
        index = self.model.index(row, 0)
        # The row selected as a whole, as a click selects it: the view's own setCurrentIndex
        # left the row current but not highlighted after the journal changed (a conversation
        # logged, a brief opened).
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self._page_timer.stop()  # asked for by name: show it now (or not at all)
        if not show:
            return True
        self.page.show_customer(self.model.customer(row))
        self.stack.setCurrentWidget(self.page)
        return True

    def _on_changed(self, change: Change) -> None:
        # The list and Today read every customer's own fields, tags, derived columns (touches,
        # purchases), due items (promises, dates, reminders), search hits over every kind of
        # entry, and the settings: whatever a change names, they may differ. Only a change
        # that names nothing (a cancelled import) leaves them as they are.
        self._changes += 1  # tomorrow's page worked out ahead may be gone (`_work_out_tomorrow`)
        if change.what & _LIST_INPUTS:
            self._note_health_change(change)
            self.reload_list()

    def _note_health_change(self, change: Change) -> None:
        # A purchase can move other customers' tiers (and so their cadences), settings and
        # outside writes anyone's, and a change while every customer's health is being read
        # may be missing from what that read returns: those need everyone's health again.
        narrow = (
            change.customer_ids
            and not change.what & (Changed.EVERY_CUSTOMER | Changed.PURCHASE)
            and not self._health_loading
        )
        if narrow and self._health_scope is not None:
            self._health_scope |= change.customer_ids
        else:
            self._health_scope = None

    def _update_customer_actions(self, *_selection: Any) -> None:
        has = self.current_customer_id() is not None
        # With several selected, a change to one customer would fall on only one of them: the
        # Selected Customers entries act on them all; the brief reads the current one.
        several = len(self.table.selectionModel().selectedRows()) > 1
        # On a journal that takes no changes only the brief, which reads (gui/read_only.py).
        writable = self.controller.writable
        for action in self.customer_actions:
            reads = action is self.act_brief
            action.setEnabled(has and (reads or (writable and not several)))
        if hasattr(self, "bulk"):
            self.bulk.update()

    # --- today and the tray --------------------------------------------------------------

    def _build_tray(self, use_tray: bool | None) -> None:
        self.tray = TrayController(self, use_tray=use_tray)
        self.tray.show_window_needed.connect(self.bring_forward)
        self.tray.show_today_needed.connect(self._bring_today_forward)
        self.tray.quit_needed.connect(self.close)
        self.tray.timer.timeout.connect(self.today_view.refresh)
        self.tray.timer.start()
        self.act_notify.setChecked(self.tray.enabled)
        self.act_notify.toggled.connect(self.tray.set_enabled)

    def _bring_today_forward(self) -> None:
        self.bring_forward()
        self.show_today()

    def _due_loaded(self, count: int) -> None:
        self.tray.due_list_changed(self.today_view.model.items(), self.today_view.summary)
        self.act_today.setText(
            self.tr("&Today ({count})").format(count=format_number(count))
            if count
            else self.tr("&Today")
        )

    def show_today(self) -> None:
        if self.model.total_count() == 0 and not self._loading:
            self.stack.setCurrentWidget(self.welcome)
            return
        self.stack.setCurrentWidget(self.today_view)
        self.today_view.focus_list()

    def show_insights(self) -> None:
        self.stack.setCurrentWidget(self.insights_view)
        self.insights_view.scroller.setFocus()

    def _build_only_bar(self, layout: QVBoxLayout) -> None:
        """The line above the list while it shows only the customers a row of Insights named."""
        self.only_bar = QWidget()
        row = QHBoxLayout(self.only_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.only_label = QLabel()
        self.only_label.setWordWrap(True)
        self.only_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        show_all = QPushButton(self.tr("Show all"))
        show_all.setAutoDefault(False)
        show_all.clicked.connect(self.show_all)
        row.addWidget(self.only_label, 1)
        row.addWidget(show_all)
        self.only_bar.hide()
        layout.addWidget(self.only_bar)

    def show_only(self, ids: Any, what: str) -> None:
        """Filter the list to the customers *ids* (a row of Insights): *what* names them."""
        ids = frozenset(ids)
        self.only_label.setText(
            self.tr("Only {what} ({n}).").format(what=what, n=format_number(len(ids)))
        )
        self.only_bar.show()
        self._set_filter("only_ids", ids)
        self.focus_list()

    def show_all(self) -> None:
        self.only_bar.hide()
        self._set_filter("only_ids", None)

    def open_customer(self, customer_id: int) -> None:
        if self.select_customer(customer_id):
            self.stack.setCurrentWidget(self.page)
            self.page.timeline.setFocus()

    def show_companies(self) -> None:
        self.stack.setCurrentWidget(self.companies_view)
        self.companies_view.focus_tree()

    def show_company(self, key: str) -> None:
        """The Companies view, opened at the company *key* (a customer page's link)."""
        self.stack.setCurrentWidget(self.companies_view)
        self.companies_view.show_company(key)
        self.companies_view.tree.setFocus()

    def link_customer(self) -> None:
        customer_id = self.current_customer_id()
        if customer_id is not None:
            self.select_customer(customer_id)
            self.page.connections.add_link()

    def quick_log_for(self, customer_id: int) -> None:
        from custjournal.gui.quick_log import QuickLogDialog

        self._run_dialog(QuickLogDialog(self.controller, customer_id, parent=self))

    def show_brief_for(self, customer_id: int) -> None:
        self.select_customer(customer_id)
        self.brief_view.show_customer(customer_id)
        self.stack.setCurrentWidget(self.brief_view)
        self.brief_view.browser.setFocus()

    def show_brief(self) -> None:
        if self.stack.currentWidget() is self.today_view:
            item = self.today_view.current_item()
            if item is not None:
                self.show_brief_for(item.customer_id)
                return
        customer_id = self.current_customer_id()
        if customer_id is not None:
            self.show_brief_for(customer_id)

    # --- actions -------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def show_customers(self) -> None:
        """View > Customers (Ctrl+2): the list, and the page of the customer selected in it
        (the first one when none is)."""
        self.focus_list()
        index = self.table.currentIndex()
        if index.isValid():
            self._open_row(index)

    def _search_to_list(self) -> None:
        """Enter or Down in the search field: the list, the first match selected and open
        (not the customer selected before the search, wherever the list shows them). With
        nothing in the list the keyboard stays in the field: the next letters typed refine
        the search instead of going to an empty list."""
        if self.model.rowCount() == 0:
            return
        if self.search.text().strip():
            self.table.setFocus()
            self.select_customer(self.model.customer(0).id)
        else:
            self.focus_list()

    def _row_clicked(self, index: QModelIndex) -> None:
        several = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if not QApplication.keyboardModifiers() & several:  # not picking several
            self._open_row(index)

    def _row_activated(self, index: QModelIndex) -> None:
        self._open_row(index)
        self.page.timeline.setFocus()

    def _open_row(self, index: QModelIndex) -> None:
        """The page of the customer on the list's row *index*, now."""
        if not index.isValid():
            return
        self._page_timer.stop()
        customer = self.model.customer(index.row())
        if customer.id != self.page.customer_id or self.stack.currentWidget() is not self.page:
            self.page.show_customer(customer)
        self.stack.setCurrentWidget(self.page)

    def _note_current_shown(self) -> None:
        index = self.table.currentIndex()
        self._current_was_shown = index.isValid() and self.table.viewport().rect().intersects(
            self.table.visualRect(index)
        )

    def _current_in_view(self) -> None:
        index = self.table.currentIndex()
        if index.isValid() and self._current_was_shown:
            self.table.scrollTo(index)

    def focus_list(self) -> None:
        # Decide before focusing: a view that gains focus makes its first row current itself.
        first = not self.table.currentIndex().isValid() and self.model.rowCount() > 0
        self.table.setFocus()
        if first:
            self.select_customer(self.model.customer(0).id)

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, APP_TITLE, say(message))

    def _run_dialog(self, dialog: FormDialog[ops.Result]) -> ops.Result | None:
        if dialog.exec():
            return dialog.result_value
        return None

    def edit_settings(self) -> None:
        from custjournal.gui.settings_dialog import SettingsDialog

        if self._run_dialog(SettingsDialog(self.controller, self.tray, parent=self)):
            self.act_notify.setChecked(self.tray.enabled)

    def new_customer(self) -> None:
        if self.controller.refuses():  # its actions are disabled; a key may still ask
            return
        from custjournal.gui.dialogs import CustomerDialog

        result = self._run_dialog(CustomerDialog(self.controller, parent=self))
        if result is not None and result.id is not None:
            self._pending_select = result.id

    def edit_customer(self, customer_id: int | None = None) -> None:
        if self.controller.refuses():  # its actions are disabled; a key may still ask
            return
        from custjournal.gui.dialogs import CustomerDialog

        customer_id = customer_id or self.current_customer_id()
        if customer_id:
            self._run_dialog(CustomerDialog(self.controller, customer_id, parent=self))

    def quick_log(self) -> None:
        if self.controller.refuses():  # its actions are disabled; a key may still ask
            return
        from custjournal.gui.quick_log import QuickLogDialog

        self._run_dialog(QuickLogDialog(self.controller, self.current_customer_id(), parent=self))

    def add_entry(self, kind: str) -> None:
        if self.controller.refuses():  # its actions are disabled; a key may still ask
            return
        customer_id = self.current_customer_id()
        if customer_id is None:
            return
        if kind == "conversation":
            self.quick_log()
            return
        dialog_class = self._dialog_class(kind)
        self._run_dialog(dialog_class(self.controller, customer_id, parent=self))

    def edit_entry(self, ref: EntryRef) -> None:
        if self.controller.refuses():  # its actions are disabled; a key may still ask
            return
        if ref.kind == "stage_change":
            self._edit_stage_change_date(ref)
            return
        dialog_class = self._dialog_class(ref.kind)
        customer_id = int(ref.entry["customer_id"])
        self._run_dialog(dialog_class(self.controller, customer_id, ref.entry, parent=self))

    @staticmethod
    def _dialog_class(kind: str) -> Any:
        from custjournal.gui import dialogs

        return {
            "fact": dialogs.FactDialog,
            "promise": dialogs.PromiseDialog,
            "gift": dialogs.GiftDialog,
            "invitation": dialogs.InvitationDialog,
            "milestone": dialogs.MilestoneDialog,
            "purchase": dialogs.PurchaseDialog,
            "conversation": dialogs.ConversationDialog,
            "delight": dialogs.DelightDialog,
            "pain": dialogs.PainPointDialog,
        }[kind]

    def _edit_stage_change_date(self, ref: EntryRef) -> None:
        from custjournal.gui.forms import read_field_date

        text, ok = QInputDialog.getText(
            self,
            self.tr("Stage change"),
            self.tr("Date of this stage change ({pattern}):").format(pattern=field_date_pattern()),
            QLineEdit.EchoMode.Normal,
            field_date_text(dt.date.fromisoformat(str(ref.entry["changed_on"])[:10])),
        )
        if not ok:
            return
        try:
            day = read_field_date(
                text, self.controller.today(), what="stage change date", allow_future=False
            )
            self.controller.apply(
                ops.update_entry,
                "stage_change",
                ref.id,
                changed_on=day,
                today=self.controller.today(),
            )
        except UserError as exc:
            self.show_error(exc.message)

    def change_stage(self) -> None:
        customer_id = self.current_customer_id()
        if customer_id is None:
            return
        self.page.stage_combo.setFocus()
        self.page.stage_combo.showPopup()

    def toggle_archive(self) -> None:
        customer_id = self.current_customer_id()
        if customer_id is None:
            return
        row = self.model.find(customer_id)
        if row is None:
            return
        try:
            self.controller.apply(ops.set_archived, customer_id, not row.archived)
        except UserError as exc:
            self.show_error(exc.message)

    def find_duplicates(self) -> None:
        """Customer > Find Duplicates…: the review dialog, looking in a worker as it opens."""
        from custjournal.gui.duplicates import DuplicatesDialog

        dialog = DuplicatesDialog(self.controller, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.duplicates_dialog = dialog
        dialog.open()
        dialog.start_finding()

    def import_contacts(self) -> None:
        """The welcome panel's "Import contacts…": File > Import."""
        self.act_import.trigger()

    def open_sample(self) -> None:
        """Fill a separate sample journal (in a worker, with progress) and open it in a new window."""
        target = self.controller.journal.path.parent / "sample.sqlite3"
        if target.exists():
            self._launch(target)
            return
        from custjournal import demo
        from custjournal.store.journal import open_journal

        progress = QProgressDialog(
            self.tr("Writing a sample journal…"), self.tr("Cancel"), 0, SAMPLE_CUSTOMERS, self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def work(report: Any) -> Path:
            sample = open_journal(target)
            try:
                demo.fill(sample, customers=SAMPLE_CUSTOMERS, progress=report)
            finally:
                sample.close()
            return target

        def done(path: Path) -> None:
            progress.reset()
            self._launch(path)

        def failed(exc: UserError) -> None:
            progress.reset()
            target.unlink(missing_ok=True)
            if not task.cancelled:
                self.show_error(exc.message)

        def advance(done_steps: int, total_steps: int) -> None:
            progress.setMaximum(total_steps)
            progress.setValue(done_steps)

        task = self.controller.run_task(work, done, failed, advance)
        progress.canceled.connect(task.cancel)

    def open_team_database(self) -> TeamDialog:
        """File > Open Team Database…: the dialog (gui/team_dialog.py); the database opens in
        a window of its own."""
        dialog = TeamDialog(self.controller, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.opened.connect(self._launch_team)
        self.team_dialog = dialog
        dialog.open()
        return dialog

    def _launch_team(self, url: str) -> None:
        team_dialog.open_in_new_window(url)
        self.statusBar().showMessage(self.tr("Opening the team database in a new window…"), 8000)

    def _launch(self, journal: Path) -> None:
        """Start another app window on *journal* (one journal per window)."""
        from custjournal.gui.launch import own_command

        subprocess.Popen([*own_command(), "--journal", str(journal)], start_new_session=True)
        self.statusBar().showMessage(
            self.tr("Opening {name} in a new window…").format(name=journal.name), 8000
        )

    def shortcut_groups(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """Every key the app answers, grouped by where it works: (place, [(keys, what)])."""
        places: list[tuple[str, QWidget | None]] = [
            ("In Today", self.today_view),
            ("On a customer's page", self.page),
            ("In the brief", self.brief_view),
            ("In Insights", self.insights_view),
            ("In the search field", self.search),
            ("Anywhere", None),
        ]
        found: dict[str, dict[str, str]] = {place: {} for place, _w in places}
        for action in self.findChildren(QAction):
            if action.shortcut().isEmpty() or not action.text():
                continue
            owner = action.parent()
            place = next(
                (
                    name
                    for name, widget in places
                    if widget is not None
                    and isinstance(owner, QWidget)
                    and (owner is widget or widget.isAncestorOf(owner))
                ),
                "Anywhere",
            )
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            # "&Today (304)" reads "Today": the count belongs to the menu, not to the key.
            name = re.sub(r" \(\d+\)$", "", action.text().replace("&", "").rstrip("…"))
            found[place].setdefault(keys, name)

        # Keys the lists and fields handle themselves (no action of their own), named as the
        # platform writes them, in the app's language (German "Pos1, Ende", "Strg+A", "Entf").
        def key(*names: str) -> str:
            native = QKeySequence.SequenceFormat.NativeText
            return ", ".join(QKeySequence(name).toString(native) for name in names)

        def click(modifier: Qt.KeyboardModifier) -> str:
            plus = QKeySequence(modifier.value).toString(QKeySequence.SequenceFormat.NativeText)
            return plus + self.tr("click", "a mouse click with a key held: Shift+click")

        enter = key("Return")
        found["In the search field"].update(
            {
                enter: self.tr("Go to the list (the first match opens)"),
                key("Esc"): self.tr("Clear the search; again: go to the list"),
            }
        )
        found["In the customer list"] = {
            enter: self.tr("Open the customer's timeline"),
            key("Home", "End"): self.tr("Select and open the first or last customer"),
            key("Ctrl+A"): self.tr("Select every customer shown (Customer > Selected Customers)"),
            ", ".join(
                click(m)
                for m in (Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier)
            ): self.tr("Select several customers"),
        }
        found["On a customer's page"].update(
            {
                enter: self.tr("Edit the entry"),
                key("Del"): self.tr("Delete the entry (Ctrl+Z brings it back)"),
            }
        )
        order = ["Anywhere", "In the customer list", "In the search field", "In Today"]
        order += ["On a customer's page", "In the brief", "In Insights"]
        return [
            (place, sorted(found[place].items(), key=lambda kv: kv[1].casefold()))
            for place in order
            if found.get(place)
        ]

    def _place_names(self) -> dict[str, str]:
        """The places of shortcut_groups (kept in English there) as the user reads them."""
        return {
            "Anywhere": self.tr("Anywhere"),
            "In the customer list": self.tr("In the customer list"),
            "In the search field": self.tr("In the search field"),
            "In Today": self.tr("In Today"),
            "On a customer's page": self.tr("On a customer's page"),
            "In the brief": self.tr("In the brief"),
            "In Insights": self.tr("In Insights"),
        }

    def show_shortcuts(self) -> None:
        parts = []
        for place, keys in self.shortcut_groups():
            rows = "".join(
                f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(what)}</td></tr>"
                for k, what in keys
            )
            shown = html.escape(self._place_names().get(place, place))
            parts.append(f"<h4>{shown}</h4><table cellspacing=4>{rows}</table>")
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Keyboard shortcuts"), "".join(parts)
        )
        box.setParent(self, box.windowFlags())
        self.shortcuts_box = box  # tests read what it says
        box.exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Customer Journal"),
            self.tr(
                "<h3>Customer Journal {version}</h3>"
                "<p>The story of each customer relationship, kept offline.</p>"
                "<p>Journal: {journal}<br>Logs: {logs}</p>"
            ).format(
                version=__version__,
                journal=html.escape(journal_place(self.controller.journal)),
                logs=html.escape(str(paths.log_dir())),
            ),
        )

    def bring_forward(self) -> None:
        self.show()
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.raise_()
        self.activateWindow()

    def changeEvent(self, event: Any) -> None:
        # Coming back to the window is the natural moment to notice edits made elsewhere.
        if event.type() == event.Type.ActivationChange and self.isActiveWindow():
            QTimer.singleShot(0, self.controller.check_outside_changes)
            # And a new day: the window comes back after a night (a resume from suspend).
            QTimer.singleShot(0, self.controller.check_day)
        super().changeEvent(event)
