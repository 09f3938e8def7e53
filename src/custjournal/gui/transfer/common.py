"""What every transfer flow shares: the window they serve, their dialogs and progress.

`TransferBase` is the QObject each flow module (`import_flow`, `export_flow`, `backup_flow`,
`erase_flow`) extends; `TransferActions` (in `actions`) puts them together. It holds the
window, its controller and how to ask which customer is selected (given, not reached into),
shows each dialog window-modal with `open()` (`dialog_opened` hands it to tests), and runs
work in the controller's worker behind a progress dialog (`_run`). Small text helpers and the
table look of the dialogs live here too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
)

from custjournal import APP_TITLE
from custjournal.domain.errors import UserError
from custjournal.gui import theme
from custjournal.gui.controller import JournalController, Task
from custjournal.gui.dates import format_decimal
from custjournal.gui.sentences import app_sentence, say

# The daily backup is looked at hourly while the app stays open: auto_backup makes at most one
# a day, so an app left open over midnight still backs up the new day.
AUTO_BACKUP_EVERY_MS = 60 * 60 * 1000
# How long closing may wait for running work before it gives up on the closing backup.
CLOSE_WAIT_MS = 60_000


def size_text(size: int) -> str:
    if size >= 1_000_000:
        return f"{format_decimal(size / 1_000_000, 1)} MB"
    return f"{max(1, round(size / 1000))} kB"


def when_text(moment: dt.datetime) -> str:
    """A backup's time in the user's own time zone: 'Mon 14 Mar 2026, 09:30'."""
    local = moment.astimezone()
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M}"


def _table(columns: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    return table


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    return item


class TransferBase(QObject):
    """The window, controller and dialog plumbing every flow uses (see the module docstring)."""

    dialog_opened = Signal(object)  # a dialog or message box a flow just opened
    finished = Signal(str, object)  # (flow, its result): "import", "export", "backup", ...

    def __init__(
        self,
        window: QMainWindow,
        controller: JournalController,
        current_customer_id: Callable[[], int | None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.current_customer_id = current_customer_id
        self.settings = QSettings()
        self.dialog: QDialog | None = None  # the dialog a flow has open (tests look at it)
        self.progress: QProgressDialog | None = None
        self.damaged = False  # set by the start-up check: no automatic backup of a damaged file
        self._backup_failure_told = False
        self._auto_timer = QTimer(self)
        self._auto_timer.setInterval(AUTO_BACKUP_EVERY_MS)

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: str | None,
        icon_name: str | None,
        tip: str,
    ) -> QAction:
        action = QAction(text, self.window)
        if icon_name:
            action.setIcon(theme.icon(icon_name))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    # --- small helpers ------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self.controller.journal.path

    def _show(self, dialog: QDialog) -> None:
        # Each flow makes its dialogs afresh: freed once closed, or every import would leave
        # one more hidden dialog under the window.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def tell(
        self,
        text: str,
        *,
        title: str = APP_TITLE,
        icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    ) -> QMessageBox:
        """A sentence in a window-modal message box (not exec: the window keeps painting)."""
        box = QMessageBox(icon, title, say(text), QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        self._show(box)
        return box

    def status(self, text: str, msecs: int = 10_000) -> None:
        self.window.statusBar().showMessage(say(text), msecs)

    def _last_folder(self) -> str:
        """The folder file dialogs open in: the last one used, else Documents, else home.

        Always a folder that exists: a file dialog given a missing path opens its parent with
        the last part typed in as the file name ("Documents", on a system without one).
        """
        folder = self.settings.value("transfer/folder", "")
        if folder and Path(str(folder)).is_dir():
            return str(folder)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return documents if documents and Path(documents).is_dir() else str(Path.home())

    def _remember_folder(self, path: Path) -> None:
        self.settings.setValue("transfer/folder", str(path.parent))

    def _run(
        self,
        label: str,
        work: Callable[[Callable[[int, int], bool]], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[UserError, Task], None],
        *,
        cancellable: bool = True,
        steps: bool = True,
    ) -> Task:
        """Run *work* in the controller's worker with a window-modal progress dialog.

        The dialog appears only if the work takes longer than a moment, so a quick export
        doesn't flash a window. *steps* False: a busy bar (the work reports no progress).
        """
        progress = QProgressDialog(
            label, self.tr("Cancel") if cancellable else "", 0, 0, self.window
        )
        progress.setWindowTitle(APP_TITLE)
        progress.setMinimumWidth(380)  # room for a file name in the label
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        if not cancellable:
            progress.setCancelButton(None)
        progress.setValue(0)
        self.progress = progress
        task: Task | None = None

        def finish() -> None:
            # hide(), not close(): closing a QProgressDialog emits canceled.
            progress.hide()
            progress.deleteLater()
            if self.progress is progress:
                self.progress = None

        def done(result: Any) -> None:
            finish()
            on_done(result)

        def failed(exc: UserError) -> None:
            finish()
            assert task is not None
            on_failed(exc, task)

        def advance(done_steps: int, total: int) -> None:
            if task is None or task.cancelled or not steps or total <= 0:
                return
            progress.setMaximum(total)
            progress.setValue(min(done_steps, total))

        task = self.controller.run_task(work, done, failed, advance)
        progress.canceled.connect(task.cancel)
        progress.canceled.connect(lambda: self.status(self.tr("Cancelling…"), 0))
        return task

    def _failed(self, flow: str) -> Callable[[UserError, Task], None]:
        def failed(exc: UserError, _task: Task) -> None:
            self.tell(app_sentence(exc))
            self.finished.emit(flow, exc)

        return failed
