"""Getting data in and out, and keeping it safe, in the app: File > Import, Export, Back Up Now,
Restore from Backup, the automatic daily backup, and Customer > Erase Customer.

`TransferActions(window, controller, current_customer_id)` makes the menu entries (the window
places them with `add_to_menus`) and runs each flow; one module per flow:

- `import_flow`: Import (Ctrl+Shift+I), with the CSV mapping step and the preview.
- `export_flow`: Export (Ctrl+Shift+E), the format following the file type chosen.
- `backup_flow`: Back Up Now, Restore from Backup and the automatic daily backup.
- `erase_flow`: Erase Customer, in the journal and, if asked, in its backups.
- `common`: what they share (the window and controller, dialogs, the worker and its progress).

Every dialog here is opened window-modal with `open()`, never `exec()`: the window keeps
painting, and tests drive each dialog as a person would (`dialog_opened` hands it over).
QFileDialog can't be driven offscreen, so every flow takes an optional path, and the file
choosers are small methods (`ask_import_path`, ...) a test can replace.
"""

from custjournal.gui.transfer.actions import TransferActions
from custjournal.gui.transfer.backup_flow import RestoreDialog
from custjournal.gui.transfer.common import AUTO_BACKUP_EVERY_MS, when_text
from custjournal.gui.transfer.export_flow import EXPORT_TYPES, export_target
from custjournal.gui.transfer.import_flow import (
    CsvMappingDialog,
    CsvPeek,
    ImportPreviewDialog,
    peek_csv,
)

__all__ = [
    "AUTO_BACKUP_EVERY_MS",
    "EXPORT_TYPES",
    "CsvMappingDialog",
    "CsvPeek",
    "ImportPreviewDialog",
    "RestoreDialog",
    "TransferActions",
    "export_target",
    "peek_csv",
    "when_text",
]
