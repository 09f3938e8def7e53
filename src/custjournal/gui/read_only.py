"""The main window on a journal that takes no changes: a file or folder that can't be written,
or a journal found damaged (store/journal.py, `Journal.refusal`).

Everything that reads works: the list, the customer pages, Today, the brief, Insights, search,
export. Every action that would write is disabled, its tooltip saying why: the menus' and the
tool bar's, their shortcuts with them, the customer page's, Today's keys, the welcome panel's,
the Selected Customers menu's, import, encryption, undo and redo. The title and the status bar
say "read-only" and why (the status bar in a few words, the whole sentence on hover); Today's
one-key shortcuts that would write say so in the status bar. What a key or a double-click still asks for is refused by the
controller (`JournalController.refuses`) and, below it, by `Journal.write`: nothing is written.

A damaged journal keeps File > Restore from Backup…, the way out; a journal whose file or
folder can't be written loses it (a restore writes the file), and Back Up Now where the folder
can't be written.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from custjournal.gui.sentences import say

if TYPE_CHECKING:
    from custjournal.gui.main_window import MainWindow


def short_reason(journal: Any) -> str:
    """The status bar's few words for why *journal* takes no changes (its tooltip has the
    whole sentence)."""
    file = journal.file
    if journal.damaged:
        return QCoreApplication.translate("ReadOnly", "Read-only: the journal is damaged")
    if file is not None and not os.access(file, os.W_OK):
        return QCoreApplication.translate("ReadOnly", "Read-only: the file can't be written")
    if file is not None and not os.access(file.parent, os.W_OK):
        return QCoreApplication.translate("ReadOnly", "Read-only: the folder can't be written")
    return QCoreApplication.translate("ReadOnly", "Read-only")


def refused_sentence() -> str:
    """What a key that would write says on a journal that takes no changes (the status bar's
    badge beside it says why)."""
    return QCoreApplication.translate("ReadOnly", "Read-only: nothing was changed.")


def writing_actions(window: MainWindow) -> list[QAction]:
    """The window's actions that write into the journal."""
    transfer = window.transfer
    encryption = window.encryption
    page = window.page
    today = window.today_view
    return [
        window.act_new,
        window.act_log,
        window.act_edit_customer,
        page.act_edit,
        window.act_fact,
        window.act_promise,
        window.act_gift,
        window.act_invite,
        window.act_milestone,
        window.act_purchase,
        window.act_stage,
        window.act_link,
        window.act_archive,
        window.act_duplicates,
        window.act_undo,
        window.act_redo,
        transfer.act_import,
        transfer.act_erase,
        encryption.act_encrypt,
        encryption.act_passphrase,
        encryption.act_decrypt,
        *page.add_actions.values(),
        today.act_log,
        today.act_snooze,
        today.act_dismiss,
        today.act_kept,
        *window.bulk.writing_actions(),
    ]


def _widgets(window: MainWindow) -> list[QWidget]:
    """The window's widgets (not actions) that write."""
    welcome = window.welcome
    page = window.page
    return [
        welcome.add_button,
        welcome.import_button,
        page.stage_combo,
        page.connections.link_button,
        page.connections.unlink_button,
    ]


def fit_to_read_only(window: MainWindow) -> None:
    """On a journal that takes no changes, disable (and explain) whatever writes; on one that
    takes them again (a damaged journal restored from a backup), put back what was disabled.
    Called when the window is built, and whenever the journal stops or starts taking changes
    (`JournalController.read_only_changed`)."""
    journal = window.controller.journal
    if journal.refusal is None:
        _undo(window)
        return
    why = say(journal.refusal)
    for menu in (window.file_menu, window.edit_menu, window.customer_menu):
        menu.setToolTipsVisible(True)  # a disabled item can't be hovered into the status bar
    actions = writing_actions(window)
    transfer = window.transfer
    file = journal.file
    if file is not None and not journal.damaged:
        actions.append(transfer.act_restore)  # a restore writes the file
    if journal.damaged or (file is not None and not os.access(file.parent, os.W_OK)):
        actions.append(transfer.act_backup)
    saved = window.read_only_saved
    for action in actions:
        if action not in saved:
            saved[action] = (action.isEnabled(), action.toolTip(), action.statusTip())
        action.setEnabled(False)
        action.setToolTip(why)
        action.setStatusTip(why)
    widgets = _widgets(window)
    if file is not None and not os.access(file.parent, os.W_OK):
        widgets.append(window.welcome.sample_button)  # the sample is made beside the journal
    for widget in widgets:
        if widget not in saved:
            saved[widget] = (widget.isEnabled(), widget.toolTip(), "")
        widget.setEnabled(False)
        widget.setToolTip(why)
    if window.read_only_label is None:
        label = QLabel()
        label.setObjectName("readOnlyBadge")
        label.setContentsMargins(0, 0, 12, 0)  # apart from the customer count beside it
        window.statusBar().addPermanentWidget(label)
        window.read_only_label = label
    # Why, in a few words where it stays in sight; the whole sentence on hover.
    window.read_only_label.setText(short_reason(journal))
    window.read_only_label.setToolTip(why)
    window.statusBar().showMessage(why, 0)
    window.show_title()


def _undo(window: MainWindow) -> None:
    """The journal takes changes again: what `fit_to_read_only` disabled as it was."""
    saved = window.read_only_saved
    for thing, (enabled, tip, status_tip) in saved.items():
        thing.setEnabled(enabled)
        thing.setToolTip(tip)
        if isinstance(thing, QAction):
            thing.setStatusTip(status_tip)
    saved.clear()
    stack = window.controller.undo_stack
    window.act_undo.setEnabled(stack.canUndo())
    window.act_redo.setEnabled(stack.canRedo())
    if window.read_only_label is not None:
        window.statusBar().removeWidget(window.read_only_label)
        window.read_only_label.deleteLater()
        window.read_only_label = None
    window.show_title()
