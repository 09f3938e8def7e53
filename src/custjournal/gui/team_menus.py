"""The main window's menus on a team database: what a journal file's window offers that means
nothing for a database on a server is disabled, with a tooltip that says why.

- Back Up Now stays: it writes a complete JSON export into the user's backups folder (the same
  entry point as `custjournal backup`), and says the server's own backups remain the team's
  safety net.
- Restore from Backup… is disabled: a file backup can't be put over a server's database; the
  server's own backups (pg_dump) restore it, by whoever runs the server.
- Encrypt Journal… is hidden already (gui/encryption.py): the server protects its data.
- Undo and Redo say why they stay disabled where a team journal records no undo
  (`Journal.undoable`, store/team.py).
- The welcome panel's "Open a sample journal" is disabled: a sample is a file of its own,
  made beside the journal file, and a team database has none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from custjournal.gui.main_window import MainWindow


def _explain(action: QAction, why: str) -> None:
    """Disable *action* and say *why* where a user looks: its tooltip and the status bar."""
    action.setEnabled(False)
    action.setToolTip(why)
    action.setStatusTip(why)


def fit_to_team_database(window: MainWindow) -> None:
    """On a window showing a team database, disable (and explain) the file-only actions."""
    if window.controller.journal.file is not None:
        return
    # A disabled menu item can't be hovered into the status bar: its tooltip says why.
    for menu in (window.file_menu, window.edit_menu):
        menu.setToolTipsVisible(True)
    transfer = window.transfer
    backup_tip = QCoreApplication.translate(
        "TeamMenus",
        "Save a complete JSON export of the team database into your backups folder now; the "
        "server's own backups (pg_dump) remain the team's safety net",
    )
    transfer.act_backup.setToolTip(backup_tip)
    transfer.act_backup.setStatusTip(backup_tip)
    _explain(
        transfer.act_restore,
        QCoreApplication.translate(
            "TeamMenus",
            "Not for a team database: it is restored from the server's own backups (pg_dump), "
            "by whoever runs the server",
        ),
    )
    if not window.controller.journal.undoable:  # a team database without the undo triggers
        no_undo = QCoreApplication.translate(
            "TeamMenus", "Undo is not available on a team database in this version"
        )
        for action in (window.act_undo, window.act_redo):
            action.setToolTip(no_undo)
            action.setStatusTip(no_undo)
    sample = window.welcome.sample_button
    sample.setEnabled(False)
    sample.setToolTip(
        QCoreApplication.translate(
            "TeamMenus",
            "A sample journal is a file of its own: open it from a window on a journal file",
        )
    )
