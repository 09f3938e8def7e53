"""Backups in the app: File > Back Up Now, Restore from Backup, and the automatic daily backup.

- `backup_now` backs up into the backup folder (then rotates, as the command line does).
- `auto_backup` runs once a day in a worker (after start-up's quick check, then hourly while
  the app stays open) and synchronously on close, once every worker has finished.
- Restore (`RestoreDialog`): the backups with dates and sizes, or any other backup file;
  confirmed; the journal is closed, restored in a worker (`store.backup.restore` takes the
  safety copy first) and reopened; the controller gets the new Journal, so every view keeps its
  place and simply reloads. Reopening in place rather than restarting the window keeps the
  single-instance socket, the window's layout and the tray as they are, and is what a user
  expects of "restore": the same window, showing the restored data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from custjournal import paths
from custjournal.domain.errors import UserError
from custjournal.gui import file_dialogs
from custjournal.gui.controller import JournalController, Task
from custjournal.gui.forms import FormDialog
from custjournal.gui.sentences import app_sentence, say
from custjournal.gui.transfer.common import (
    CLOSE_WAIT_MS,
    TransferBase,
    _item,
    _table,
    size_text,
    when_text,
)
from custjournal.logs import log_bug

if TYPE_CHECKING:  # the backups' module loads when a backup is first looked at
    from custjournal.store import backup


class RestoreDialog(FormDialog[Path]):
    """The journal's backups, newest first, with when, what and how big; or another file."""

    def __init__(
        self,
        controller: JournalController,
        backups: list[backup.BackupInfo],
        ask_file: Callable[[], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        from custjournal.store import backup

        super().__init__(
            controller,
            self.tr("Restore from Backup"),
            "backup",
            parent,
            heading=self.tr("Restore from a backup"),
        )
        self.backups = backups
        self.ask_file = ask_file
        self.other: Path | None = None
        self.save_button.setText(self.tr("&Restore…"))
        self.save_button.setToolTip(
            self.tr("Replace the journal with the chosen backup (asks first)")
        )
        folder = paths.backup_dir(controller.journal.path)
        if backups:
            text = self.tr(
                "Choose the backup to go back to. Before anything is replaced, the journal as it is now is saved as a backup too, so a restore can itself be undone (that copy is kept {SAFETY_DAYS} days, or until you delete it)."
            ).format(SAFETY_DAYS=backup.SAFETY_DAYS)
        else:
            text = self.tr(
                "There are no backups of this journal yet. They are made once a day while the app is used, and by File > Back Up Now, in {folder}.\n\nTo restore a backup kept somewhere else, choose Other File…"
            ).format(folder=folder)
        self.intro = QLabel(text)
        self.intro.setWordWrap(True)
        self.body.addWidget(self.intro)
        self.table = _table((self.tr("Taken"), self.tr("Kind"), self.tr("Size")))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Backups"))
        for info in backups:
            row = self.table.rowCount()
            self.table.insertRow(row)
            kind = {"before-restore": "Before a restore", "daily": "Automatic"}.get(
                info.kind, "Regular"
            )
            self.table.setItem(row, 0, _item(when_text(info.taken_at)))
            self.table.setItem(row, 1, _item(kind))
            size = _item(size_text(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 2, size)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.body.addWidget(self.table, 1)
        self.table.setVisible(bool(backups))
        self.other_button = QPushButton(self.tr("&Other File…"))
        self.other_button.setToolTip(
            self.tr("Restore a backup kept somewhere else (a USB stick, ...)")
        )
        self.other_button.clicked.connect(self._choose_other)
        self._buttons.addButton(self.other_button, self._buttons.ButtonRole.ResetRole)
        self.finish_layout()
        if backups:
            self.table.selectRow(0)
            self.table.setFocus()
            self.resize(max(self.width(), 520), max(self.height(), 360))
        else:
            self.save_button.setEnabled(False)
            self.other_button.setFocus()
            self.resize(max(self.width(), 520), self.height())

    def _choose_other(self) -> None:
        chosen = self.ask_file()
        if chosen is not None:
            self.other = chosen
            self.accept()

    def selected(self) -> Path | None:
        if self.other is not None:
            return self.other
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()].path if rows else None

    def save(self) -> Path:
        chosen = self.selected()
        if chosen is None:
            raise UserError(self.tr("Choose the backup to restore."))
        return chosen


class BackupFlow(TransferBase):
    """File > Back Up Now and Restore from Backup…, and the automatic daily backup."""

    def backup_now(self) -> None:
        """File > Back Up Now: a backup into the backup folder, then the usual rotation; on a
        team database a complete JSON export into the backups folder. The same entry points as
        `custjournal backup` (store.backup.back_up; interop.exporting.back_up_team)."""
        from custjournal.store import backup

        opened = self.controller.journal
        journal_file = opened.file

        def work(report: Callable[[int, int], bool]) -> backup.BackupInfo:
            if journal_file is not None:
                return backup.back_up(journal_file, progress=report)
            from custjournal.interop import exporting

            exported = exporting.back_up_team(opened)
            assert exported.path is not None
            return backup.BackupInfo(
                exported.path,
                dt.datetime.now(dt.UTC),
                "auto",
                exported.path.stat().st_size,
            )

        def done(made: backup.BackupInfo) -> None:
            if opened.file is None:
                # Said in a box, not only the status bar: where the export went, and that it
                # is not what keeps the team's data safe.
                self.tell(
                    self.tr(
                        "Backed up {name} to {path} ({size_text}): a complete JSON export of "
                        "the journal. The server's own backups (pg_dump) remain the team's "
                        "safety net."
                    ).format(name=say(opened.name), path=made.path, size_text=size_text(made.size)),
                    title=self.tr("Back Up Now"),
                    icon=QMessageBox.Icon.Information,
                )
            else:
                self.status(
                    self.tr("Backed up the journal to {path} ({size_text}).").format(
                        path=made.path, size_text=size_text(made.size)
                    )
                )
            self.finished.emit("backup", made.path)

        def failed(exc: UserError, task: Task) -> None:
            if task.cancelled or isinstance(exc, backup.BackupCancelled):
                self.status(self.tr("Backup cancelled: nothing was written."))
                self.finished.emit("backup", None)
                return
            self._failed("backup")(exc, task)

        self._run(self.tr("Backing up the journal…"), work, done, failed)

    def start_auto_backups(self) -> None:
        """After a clean start-up check: the day's backup now, then a look every hour."""
        self.auto_backup(checked=True)  # the journal was checked a moment ago
        self._auto_timer.start()

    def auto_backup(self, checked: bool = False) -> Task | None:
        """The day's backup in a worker (at most one a day; never of a damaged journal)."""
        from custjournal.store import backup

        # Nor of one that takes no changes: its folder may not take a backup either, and a
        # warning about a backup nobody asked for names no way out (gui/read_only.py).
        if self.damaged or not self.controller.writable:
            return None
        journal = self.path

        def done(made: Path | None) -> None:
            if made is not None:
                self.status(
                    self.tr("Made today's backup of the journal ({name}).").format(name=made.name)
                )
            self.finished.emit("auto-backup", made)

        def failed(exc: UserError) -> None:
            if isinstance(exc, backup.JournalDamaged):
                self.damaged = True
            # Told once a session: a backup that keeps failing (a full disk) is worth a box,
            # but not one an hour.
            if not self._backup_failure_told:
                self._backup_failure_told = True
                self.tell(
                    self.tr("Today's automatic backup could not be made. {app_sentence}").format(
                        app_sentence=app_sentence(exc)
                    )
                )
            self.finished.emit("auto-backup", exc)

        return self.controller.run_task(
            lambda _r: backup.auto_backup(journal, checked=checked), done, failed
        )

    def on_close(self) -> Path | None:
        """The window is closing: once every worker has finished, the day's backup if due.

        Synchronous, because the process ends right after. A failure is logged, not shown:
        the user is leaving, and the next start tries again (and says so if it fails).
        """
        from custjournal.store import backup

        self._auto_timer.stop()
        if (
            self.damaged
            or not self.controller.writable
            or self.controller.journal.file is None  # a team database: pg_dump's
        ):
            return None
        if not self.controller.wait_for_tasks(CLOSE_WAIT_MS):
            log_bug("closing backup skipped: work still running", exc_info=False)
            return None
        try:
            return backup.auto_backup(self.path)
        except UserError as exc:
            log_bug("closing backup failed: %s", exc.message, exc_info=False)
        except Exception:  # never keep the app from closing
            log_bug("closing backup failed")
        return None

    # --- restore -------------------------------------------------------------------------------

    def ask_backup_file(self) -> Path | None:
        name = file_dialogs.open_file_name(
            self.window,
            self.tr("Restore from a backup file"),
            str(paths.backup_dir(self.path)),
            self.tr("Customer Journal backups (*.sqlite3 *.db);;All files (*)"),
        )
        return Path(name) if name else None

    def restore(self, backup_file: Path | str | None = None) -> None:
        """File > Restore from Backup…: choose (unless given), confirm, restore, reopen."""
        from custjournal.store import backup

        if backup_file is not None:
            self._confirm_restore(Path(backup_file))
            return
        try:
            backups = backup.list_backups(self.path)
        except OSError as exc:
            self.tell(
                self.tr("Can't read the backup folder: {value}.").format(value=exc.strerror or exc)
            )
            return
        dialog = RestoreDialog(self.controller, backups, self.ask_backup_file, self.window)

        def chosen() -> None:
            if dialog.result_value is not None:  # always set once accepted
                self._confirm_restore(dialog.result_value)

        dialog.accepted.connect(chosen)
        dialog.rejected.connect(lambda: self.finished.emit("restore", None))
        self._show(dialog)

    def _confirm_restore(self, chosen: Path, *, damaged: bool = False) -> None:
        from custjournal.store import backup

        taken = next((b.taken_at for b in backup.list_backups(self.path) if b.path == chosen), None)
        what = (
            self.tr("the backup taken {when_text}").format(when_text=when_text(taken))
            if taken
            else str(chosen)
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore from Backup"),
            self.tr("Replace the journal {name} with {what}?").format(
                name=self.path.name, what=what
            ),
            parent=self.window,
        )
        if damaged:
            kept = self.tr(
                "The damaged journal is not lost: it is kept, under a name ending in “-damaged.sqlite3”, in {backup_dir}."
            ).format(backup_dir=paths.backup_dir(self.path))
        else:
            kept = self.tr(
                "Anything added or changed since then will be gone from the journal, but not "
                "lost: the journal as it is now is saved first, as a backup marked “before a "
                "restore”."
            )
        box.setInformativeText(kept)
        restore_button = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)  # replacing the journal is never the Enter-key default
        box.setEscapeButton(cancel)

        def answered(_code: int) -> None:
            if box.clickedButton() is restore_button:
                self.run_restore(chosen)
            else:
                self.finished.emit("restore", None)

        box.finished.connect(answered)
        self._show(box)

    def run_restore(self, chosen: Path) -> None:
        """Close the journal, restore in a worker, reopen, and let every view reload.

        The journal is closed first: a restore of a damaged file replaces the file, and
        connections still open on the old one would go on reading it.
        """
        from custjournal.store import backup
        from custjournal.store.journal import open_journal

        controller = self.controller
        journal_path = self.path
        controller.wait_for_tasks(CLOSE_WAIT_MS)  # nothing may be reading the old file
        old = controller.journal
        old.close()

        def reopen(result: backup.RestoreResult | None) -> None:
            try:
                journal = open_journal(journal_path)
            except UserError as exc:
                # Keep the old object: its engine opens new connections on the same path.
                self.tell(say(exc.message))
                journal = old
            # Closes the old one (and anything the status poll reopened meanwhile), clears
            # undo, and tells every view.
            controller.replace_journal(journal, result)

        def done(result: backup.RestoreResult) -> None:
            reopen(result)
            self.damaged = False
            controller.journal.keeps_held = False  # a good backup's copy: sound
            self.finished.emit("restore", result)

        def failed(exc: UserError, task: Task) -> None:
            reopen(None)
            self._failed("restore")(exc, task)

        self._run(
            self.tr("Restoring the journal…"),
            lambda _r: backup.restore(journal_path, chosen),
            done,
            failed,
            cancellable=False,
            steps=False,
        )
