"""`TransferActions`: the import, export, backup and erase flows as one set of menu entries.

The window gives what the flows need (itself as the parent, its controller, how to ask which
customer is selected) and places the actions in its own menus with `add_to_menus`; nothing
here reaches into the window's attributes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from custjournal.gui.controller import JournalController
from custjournal.gui.transfer.backup_flow import BackupFlow
from custjournal.gui.transfer.erase_flow import EraseFlow
from custjournal.gui.transfer.export_flow import ExportFlow
from custjournal.gui.transfer.import_flow import ImportFlow


class TransferActions(ImportFlow, ExportFlow, BackupFlow, EraseFlow):
    """The menu entries and flows of this package, attached to one main window."""

    def __init__(
        self,
        window: QMainWindow,
        controller: JournalController,
        current_customer_id: Callable[[], int | None],
    ) -> None:
        super().__init__(window, controller, current_customer_id)
        self._auto_timer.timeout.connect(self.auto_backup)
        self._build_actions()

    def _build_actions(self) -> None:
        self.act_import = self._action(
            self.tr("&Import…"),
            self.import_file,
            "Ctrl+Shift+I",
            "import",
            self.tr("Import contacts from vCard or CSV, or a journal from JSON (Ctrl+Shift+I)"),
        )
        self.act_export = self._action(
            self.tr("&Export…"),
            self.export_file,
            "Ctrl+Shift+E",
            "export",
            self.tr("Export customers (CSV, vCard), the journal (JSON) or reminders (iCalendar)"),
        )
        # No ellipsis: it asks nothing more, it backs up into the backup folder at once.
        self.act_backup = self._action(
            self.tr("&Back Up Now"),
            self.backup_now,
            None,
            "backup",
            self.tr("Back up the journal into its backup folder now"),
        )
        self.act_restore = self._action(
            self.tr("&Restore from Backup…"),
            self.restore,
            None,
            None,
            self.tr("Replace the journal with one of its backups"),
        )
        self.act_erase = self._action(
            self.tr("E&rase Customer…"),
            self.erase_customer,
            None,
            "delete",
            self.tr("Erase this customer and everything logged about them, for good"),
        )

    def add_to_menus(self, file_menu: QMenu, before: QAction, customer_menu: QMenu) -> None:
        """Import/Export and Back Up/Restore in *file_menu* above *before* (Quit); Erase last in
        *customer_menu*."""
        for action in (self.act_import, self.act_export):
            file_menu.insertAction(before, action)
        file_menu.insertSeparator(before)
        for action in (self.act_backup, self.act_restore):
            file_menu.insertAction(before, action)
        file_menu.insertSeparator(before)
        customer_menu.addSeparator()
        customer_menu.addAction(self.act_erase)
