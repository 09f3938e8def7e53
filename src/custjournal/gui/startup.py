"""Start-up safety: what happens when the journal can't be opened, and the check after the window.

Two moments, as `docs/rules.md` ("Privacy and integrity") asks:

- **Before the window** only cheap checks run (`open_journal` reads the header and schema
  version, and refuses a newer or unreadable file with a UserError). If it fails,
  `open_with_recovery` shows the sentence in `OpenProblemBox` and offers: restore the latest
  good backup (when there is one, and not for a journal made by a newer version, which only an
  update can open), open another journal file, try again (a lock or a full disk may have gone),
  or quit.
- **Right after the window shows**, `check_after_show` runs `PRAGMA quick_check` in a worker
  (`store.backup.check(quick=True)`). A sound journal then gets its daily backup; a damaged one
  gets `DamagedJournalBox`, which offers the latest good backup and says that the damaged file
  is kept, renamed, never overwritten. No automatic backup is made of a damaged journal, so it
  can never push a good backup out of the rotation.

A restore keeps the damaged file as `<stem>-<time>-damaged.sqlite3` in the backup folder
(`store.backup.restore`); that name is not a backup and is never rotated away.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from custjournal import APP_TITLE, paths
from custjournal.domain.errors import UserError
from custjournal.gui.sentences import say
from custjournal.logs import log_bug
from custjournal.store.journal import JournalTooNew, schema_revision

if TYPE_CHECKING:  # the backups' module loads when a backup is first looked at
    from custjournal.store import backup

__all__ = [
    "DamagedJournalBox",
    "OpenProblem",
    "OpenProblemBox",
    "StartupCheck",
    "check_after_show",
    "open_with_recovery",
]

RESTORE, OTHER, RETRY, QUIT = "restore", "other", "retry", "quit"


def _latest_good(journal: Path) -> backup.BackupInfo | None:
    """The newest backup that passes its quick check, with its date (None when none does)."""
    from custjournal.store import backup

    try:
        good = backup.latest_good_backup(journal)
        if good is None:
            return None
        return next((b for b in backup.list_backups(journal) if b.path == good), None)
    except (UserError, OSError):
        return None


def made_by_newer_version(path: Path) -> bool:
    """True if *path* is a journal of a schema this version doesn't know (read-only look).

    open_journal says so in a sentence only; restoring an older backup over such a journal is
    not the answer (updating the app is), so the offer is left out.
    """
    try:
        schema_revision(path)
    except JournalTooNew:
        return True
    except UserError:
        return False
    return False


def _when(info: backup.BackupInfo) -> str:
    from custjournal.gui.transfer import when_text

    return when_text(info.taken_at)


# --- before the window -------------------------------------------------------------------------


@dataclass
class OpenProblem:
    """A journal that could not be opened: why, and what can be offered."""

    path: Path
    message: str
    latest: backup.BackupInfo | None  # the latest good backup, if restoring is on offer

    @classmethod
    def of(cls, path: Path, message: str) -> OpenProblem:
        latest = None if made_by_newer_version(path) else _latest_good(path)
        return cls(path, message, latest)


class OpenProblemBox(QMessageBox):
    """The sentence, and the ways out: restore, another journal, try again, quit."""

    def __init__(self, problem: OpenProblem, parent: QWidget | None = None) -> None:
        super().__init__(
            QMessageBox.Icon.Critical,
            APP_TITLE,
            self.tr("Customer Journal can't open the journal {name}.").format(
                name=problem.path.name
            ),
            parent=parent,
        )
        self.problem = problem
        info = say(problem.message)
        if problem.latest is not None:
            info += self.tr(
                "\n\nThe latest good backup was taken {latest}. Restoring it keeps a copy of the current file in {backup_dir}: nothing is overwritten."
            ).format(latest=_when(problem.latest), backup_dir=paths.backup_dir(problem.path))
        else:
            info += self.tr("\n\nThere is no good backup of this journal to restore.")
        self.setInformativeText(info)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons_by_choice: dict[str, Any] = {}
        if problem.latest is not None:
            self.buttons_by_choice[RESTORE] = self.addButton(
                self.tr("&Restore Latest Backup"), QMessageBox.ButtonRole.AcceptRole
            )
        self.buttons_by_choice[OTHER] = self.addButton(
            self.tr("&Open Another Journal…"), QMessageBox.ButtonRole.ActionRole
        )
        self.buttons_by_choice[RETRY] = self.addButton(
            self.tr("&Try Again"), QMessageBox.ButtonRole.ActionRole
        )
        self.buttons_by_choice[QUIT] = self.addButton(QMessageBox.StandardButton.Close)
        self.buttons_by_choice[QUIT].setText(self.tr("&Quit"))
        self.setEscapeButton(self.buttons_by_choice[QUIT])
        self.setDefaultButton(self.buttons_by_choice.get(RESTORE, self.buttons_by_choice[OTHER]))

    def choice(self) -> str:
        clicked = self.clickedButton()
        for name, button in self.buttons_by_choice.items():
            if button is clicked:
                return name
        return QUIT


def ask_user(problem: OpenProblem) -> tuple[str, Path | None]:
    """Show the box (blocking: there is no window yet) and, for OTHER, the file chooser."""
    box = OpenProblemBox(problem)
    box.exec()
    choice = box.choice()
    if choice != OTHER:
        return choice, None
    from custjournal.gui import file_dialogs

    name = file_dialogs.open_file_name(
        None,
        QCoreApplication.translate("Startup", "Open a journal"),
        str(problem.path.parent),
        QCoreApplication.translate("Startup", "Customer Journal (*.sqlite3 *.db);;All files (*)"),
    )
    return (OTHER, Path(name)) if name else (RETRY, None)


Opener = Callable[[Path], tuple[Any, Any, Any]]


def open_with_recovery(
    journal_path: Path,
    open_window: Opener,
    ask: Callable[[OpenProblem], tuple[str, Path | None]] = ask_user,
) -> tuple[Any, Any, Any] | None:
    """`open_window(path)`, and when it raises UserError, the ways out until one works.

    Returns what open_window returned, or None if the user chose to quit.
    """
    path = journal_path
    note: str | None = None
    while True:
        try:
            opened = open_window(path)
        except UserError as exc:
            problem = OpenProblem.of(
                path, say(exc.message) if note is None else f"{note}\n\n{say(exc.message)}"
            )
            note = None
            choice, other = ask(problem)
            if choice == QUIT:
                return None
            if choice == OTHER and other is not None:
                path = other
            elif choice == RESTORE and problem.latest is not None:
                from custjournal.store import backup

                try:
                    note = say(backup.restore(path, problem.latest.path).message)
                except UserError as restore_error:
                    note = say(restore_error.message)
                except Exception:
                    where = log_bug("restore at start-up failed")
                    note = QCoreApplication.translate(
                        "Startup", "The restore failed; the details are in {where}."
                    ).format(where=where)
            continue
        if note:
            opened[0].statusBar().showMessage(note, 0)
        return opened


# --- after the window ----------------------------------------------------------------------------


class DamagedJournalBox(QMessageBox):
    """The quick check failed: say so plainly, and offer the latest good backup."""

    def __init__(
        self,
        report: backup.CheckReport,
        latest: backup.BackupInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QMessageBox.Icon.Critical,
            self.tr("The journal is damaged"),
            self.tr("The journal {name} is damaged.").format(name=report.path.name),
            parent=parent,
        )
        self.setTextFormat(Qt.TextFormat.PlainText)
        folder = paths.backup_dir(report.path)
        info = self.tr(
            "Its integrity check found damaged pages: some of what it holds may be unreadable "
            "or wrong."
        )
        if latest is not None:
            info += self.tr(
                "\n\nRestore the latest good backup, taken {latest}? Changes made after it are lost. The damaged file is not overwritten: it is kept, under a name ending in “-damaged.sqlite3”, in {folder}."
            ).format(latest=_when(latest), folder=folder)
        else:
            info += self.tr(
                "\n\nThere is no good backup to restore. The file is left exactly as it is; "
                "File > Export… may still save most of it, and 'custjournal check' tells more."
            )
        info += self.tr(
            "\n\nUntil then no automatic backup is made, so the damage can't replace a good backup."
        )
        info += self.tr(
            "\n\nThe journal is open for reading only: nothing is written into it, by the app or "
            "the command line, until a check finds it sound or a backup is restored."
        )
        # SQLite's own words help whoever inspects the file, not the first reading.
        self.setDetailedText("\n".join(report.problems))
        self.setInformativeText(info)
        self.restore_button = None
        if latest is not None:
            self.restore_button = self.addButton(
                self.tr("&Restore Latest Backup"), QMessageBox.ButtonRole.AcceptRole
            )
        self.later_button = self.addButton(
            self.tr("&Not Now") if latest is not None else self.tr("&OK"),
            QMessageBox.ButtonRole.RejectRole,
        )
        self.setDefaultButton(self.restore_button or self.later_button)
        self.setEscapeButton(self.later_button)


class StartupCheck(QObject):
    """The quick check after the window shows, and what follows from its answer."""

    checked = Signal(object)  # the CheckReport (tests wait on it)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.transfer = window.transfer
        self.report: backup.CheckReport | None = None
        self.box: DamagedJournalBox | None = None

    def start(self) -> None:
        path = self.window.controller.journal.path

        def work(_report: Any) -> tuple[backup.CheckReport, backup.BackupInfo | None]:
            # Loaded here, in the worker: the window paints meanwhile.
            from custjournal.store import backup

            # What a killed backup or restore left holds customers' words: gone at each start.
            backup.remove_stale_temps(path)
            report = backup.check(path, quick=True)
            return report, (None if report.data_ok else _latest_good(path))

        self.window.controller.run_task(work, self._done, self._failed)

    def _done(self, answer: tuple[backup.CheckReport, backup.BackupInfo | None]) -> None:
        report, latest = answer
        self.report = report
        if report.data_ok:
            # Only now: a damaged journal must never become today's backup, nor be written
            # to by what the workers keep.
            self.window.controller.journal.keeps_held = False
            self.transfer.start_auto_backups()
            self.window.work_out_ahead()  # held until now (main_window.py)
        else:
            self.transfer.damaged = True
            # Read-only from now on, here and at every later opening (gui/read_only.py).
            self.window.controller.mark_damaged()
            self.window.statusBar().showMessage(
                self.tr("The journal {name} is damaged.").format(name=report.path.name), 0
            )
            box = DamagedJournalBox(report, latest, self.window)

            def answered(_code: int) -> None:
                if latest is not None and box.clickedButton() is box.restore_button:
                    self.transfer.run_restore(latest.path)

            box.finished.connect(answered)
            self.box = box
            self.transfer._show(box)
        self.checked.emit(report)

    def _failed(self, exc: UserError) -> None:
        # The check itself could not run (the file vanished, a disk error): say it, no backup.
        self.transfer.damaged = True
        self.transfer.tell(say(exc.message))
        self.checked.emit(exc)


def check_after_show(window: Any) -> StartupCheck:
    """Start the quick check in a worker; the window owns the checker."""
    checker = StartupCheck(window)
    checker.start()
    return checker
