"""Encryption at rest in the app: the passphrase dialog at start, and File > Encrypt Journal…,
Change Passphrase… and Decrypt Journal… (the work is store/crypt.py's, in a worker).

At start (`unlock_at_start`, before the window): a journal that is encrypted opens with the
passphrase kept in the system keyring if the user chose that earlier, else the dialog asks;
three wrong passphrases end in a sentence and the app closes. "Keep it in the system keyring"
is a checkbox, off unless ticked. A passphrase lives only in this process's memory
(store/connect.py); it is never written to the settings, the log or a message.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from custjournal.domain.errors import UserError
from custjournal.gui.i18n import Words
from custjournal.gui.sentences import say
from custjournal.logs import log_bug
from custjournal.store import connect, keystore

APP = "Customer Journal"
CLOSE_WAIT_MS = 30_000


class PassphraseDialog(QDialog):
    """A passphrase (typed twice for a new one) and, if offered, "keep it in the keyring"."""

    def __init__(
        self,
        prompt: str,
        parent: QWidget | None = None,
        *,
        new: bool = False,
        offer_remember: bool = True,
        problem: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP)
        self.new = new
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.setPlaceholderText(self.tr("Passphrase"))
        layout.addWidget(self.field)
        self.again: QLineEdit | None = None
        if new:
            self.again = QLineEdit()
            self.again.setEchoMode(QLineEdit.EchoMode.Password)
            self.again.setAccessibleName(self.tr("The same again"))
            self.again.setPlaceholderText(self.tr("The same again"))
            layout.addWidget(self.again)
        self.remember = QCheckBox(self.tr("&Keep the passphrase in the system keyring"))
        self.remember.setChecked(False)  # never the default
        self.remember.setVisible(offer_remember)
        layout.addWidget(self.remember)
        self.problem = QLabel(problem)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setVisible(bool(problem))
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.field.setFocus()

    def passphrase(self) -> str:
        return self.field.text()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)

    def accept(self) -> None:
        if not self.field.text():
            self._say(self.tr("Type the passphrase."))
            return
        if self.new:
            from custjournal.store.crypt import check_passphrase

            try:
                check_passphrase(self.field.text())
            except UserError as exc:
                self._say(say(exc.message))
                return
            assert self.again is not None
            if self.again.text() != self.field.text():
                self._say(self.tr("The two passphrases differ: type them again."))
                return
        super().accept()


def _keep(path: Path, passphrase: str, parent: QWidget | None) -> None:
    said = keystore.keyring_set(path, passphrase)
    if said != keystore.KEPT:
        QMessageBox.information(parent, APP, say(said))


Ask = Callable[[PassphraseDialog], bool]


def _exec(dialog: PassphraseDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def unlock_at_start(path: Path, ask: Ask = _exec) -> bool:
    """True when the journal at *path* is plain, or now unlocked for this process.

    False (the user was told why, if it was not their Cancel) after three wrong passphrases.
    """
    path = Path(path)
    if not connect.is_encrypted(path):
        return True
    try:
        connect.sqlcipher()
    except UserError as exc:
        QMessageBox.critical(None, APP, say(exc.message))
        return False
    # Scripts (and the benchmark) start the app with the passphrase in a private file.
    if os.environ.get(keystore.PASSPHRASE_FILE):
        try:
            given = keystore.read_passphrase_file(keystore.PASSPHRASE_FILE)
        except UserError as exc:
            QMessageBox.critical(None, APP, say(exc.message))
            return False
        if connect.unlock(path, given):
            return True
    kept = keystore.keyring_get(path)
    if kept and connect.unlock(path, kept):
        return True
    problem = ""
    for attempt in range(1, connect.MAX_ATTEMPTS + 1):
        dialog = PassphraseDialog(
            QCoreApplication.translate(
                "Encryption", "The journal {name} is encrypted. Type its passphrase to open it."
            ).format(name=path.name),
            problem=problem,
        )
        dialog.setObjectName("passphrase-dialog")
        if not ask(dialog):
            return False
        passphrase = dialog.passphrase()
        if connect.unlock(path, passphrase):
            if dialog.remember.isChecked():
                _keep(path, passphrase, None)
            return True
        left = connect.MAX_ATTEMPTS - attempt
        problem = Words.tr(
            "That passphrase does not open the journal: try again (%n tries left).", "", left
        )
    QMessageBox.critical(
        None,
        APP,
        QCoreApplication.translate(
            "Encryption",
            "Three passphrases did not open the journal {path}, so Customer Journal closes. A lost passphrase can't be recovered (see docs/privacy.md); a backup made before the journal was encrypted opens without one.",
        ).format(path=path),
    )
    return False


def install_source() -> None:
    """Another encrypted file opened later (File > Open, a backup): ask with the same dialog."""

    def source(path: Path, attempt: int) -> str | None:
        problem = (
            ""
            if attempt == 1
            else QCoreApplication.translate(
                "Encryption", "That passphrase does not open it: try again."
            )
        )
        dialog = PassphraseDialog(
            QCoreApplication.translate(
                "Encryption", "{name} is encrypted. Type its passphrase."
            ).format(name=path.name),
            offer_remember=False,
            problem=problem,
        )
        return dialog.passphrase() if _exec(dialog) else None

    connect.set_passphrase_source(source)


class EncryptionActions(QObject):
    """File > Encrypt Journal… / Change Passphrase… / Decrypt Journal…, on one main window."""

    finished = Signal(str, object)  # (flow, message or UserError): tests wait on it

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QWidget | None = None
        file_menu = window.file_menu
        before = window.act_quit
        self.act_encrypt = window.addAction(self.tr("E&ncrypt Journal…"))
        self.act_passphrase = window.addAction(self.tr("Change &Passphrase…"))
        self.act_decrypt = window.addAction(self.tr("&Decrypt Journal…"))
        self.act_encrypt.setStatusTip(
            self.tr("Protect the journal and its backups with a passphrase")
        )
        self.act_passphrase.setStatusTip(
            self.tr("Choose a new passphrase for the encrypted journal")
        )
        self.act_decrypt.setStatusTip(
            self.tr("Turn the journal and its backups back into plain files")
        )
        self.act_encrypt.triggered.connect(lambda _c=False: self.encrypt())
        self.act_passphrase.triggered.connect(lambda _c=False: self.change_passphrase())
        self.act_decrypt.triggered.connect(lambda _c=False: self.decrypt())
        for action in (self.act_encrypt, self.act_passphrase, self.act_decrypt):
            file_menu.insertAction(before, action)
        file_menu.insertSeparator(before)
        file_menu.aboutToShow.connect(self.update_actions)
        self.update_actions()

    @property
    def path(self) -> Path:
        return self.window.controller.journal.path

    def update_actions(self) -> None:
        file = self.window.controller.journal.file  # None: a team database, which the server keeps
        encrypted = file is not None and connect.is_encrypted(file)
        self.act_encrypt.setVisible(file is not None and not encrypted)
        self.act_passphrase.setVisible(encrypted)
        self.act_decrypt.setVisible(encrypted)

    def _tell(self, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
        self.window.transfer.tell(text, icon=icon)

    def _new_passphrase(self, prompt: str, then: Callable[[str, bool], None]) -> None:
        dialog = PassphraseDialog(prompt, self.window, new=True)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: then(dialog.passphrase(), dialog.remember.isChecked()))
        dialog.rejected.connect(lambda: self.finished.emit("cancelled", None))
        self.dialog = dialog
        dialog.open()

    def encrypt(self) -> None:
        try:
            connect.sqlcipher()
        except UserError as exc:
            self._tell(say(exc.message), QMessageBox.Icon.Warning)
            return
        self._new_passphrase(
            self.tr(
                "Choose a passphrase for this journal. It and its backups are encrypted with it, "
                "and without it nobody can open them: not even you, if it is lost. It can't be "
                "recovered."
            ),
            lambda passphrase, remember: self._convert(
                self.tr("Encrypting the journal…"),
                lambda path: _run_crypt("encrypt", path, passphrase),
                self.tr(
                    "The journal and its backups are encrypted. Exports (File > Export…) are "
                    "still plain text."
                ),
                passphrase if remember else None,
            ),
        )

    def change_passphrase(self) -> None:
        self._new_passphrase(
            self.tr(
                "Choose the new passphrase. The old one will no longer open the journal or its "
                "backups."
            ),
            lambda passphrase, remember: self._convert(
                self.tr("Changing the passphrase…"),
                lambda path: _run_crypt("change_passphrase", path, passphrase),
                self.tr("The passphrase is changed."),
                passphrase if remember or keystore.keyring_get(self.path) else None,
            ),
        )

    def decrypt(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP,
            self.tr(
                "Decrypt the journal and its backups? They become plain files that anyone who can "
                "read them can open."
            ),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        decrypt_button = box.addButton(self.tr("&Decrypt"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(_code: int) -> None:
            if box.clickedButton() is decrypt_button:
                keystore.keyring_delete(self.path)
                self._convert(
                    self.tr("Decrypting the journal…"),
                    lambda path: _run_crypt("decrypt", path, None),
                    self.tr("The journal and its backups are plain files again."),
                    None,
                )
            else:
                self.finished.emit("cancelled", None)

        box.finished.connect(answered)
        self.dialog = box
        box.open()

    def _convert(
        self,
        label: str,
        work: Callable[[Path], Any],
        message: str,
        remember: str | None,
    ) -> None:
        """Close the journal (the conversion needs it alone), convert, reopen.

        On the GUI thread, under a wait cursor, on purpose: while the file is converted no
        view may open a connection of its own (a reload queued by a timer, the window gaining
        focus), and a worker would let the event loop run them. The 10,000-customer demo
        converts in about 3 s.
        """
        from custjournal.store.journal import open_journal

        controller = self.window.controller
        path = self.path
        controller.wait_for_tasks(CLOSE_WAIT_MS)  # nothing may still read the old file
        controller._poll.stop()  # the outside-change poll keeps a connection of its own
        old = controller.journal
        old.close()
        # A connection dropped without being closed (its session in a reference cycle) stays
        # open until collected, and the conversion would find the journal busy.
        gc.collect()
        self.window.statusBar().showMessage(label, 0)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        failure: UserError | None = None
        try:
            work(path)
        except UserError as exc:
            failure = exc
        except Exception:
            where = log_bug("converting the journal failed")
            failure = UserError(
                self.tr(
                    "The conversion failed; the journal was left as it was. The details are in {where}."
                ).format(where=where)
            )
        finally:
            QApplication.restoreOverrideCursor()
        try:
            reopened = open_journal(path)
        except UserError as exc:
            reopened = old  # its engine opens new connections on first use
            failure = failure or exc
        # Every view reloads from the reopened journal (and undo is cleared).
        controller.replace_journal(reopened)
        controller._poll.start()
        self.update_actions()
        if failure is not None:
            self.window.statusBar().clearMessage()
            self._tell(say(failure.message), QMessageBox.Icon.Warning)
            self.finished.emit("failed", failure)
            return
        if remember is not None:
            _keep(path, remember, self.window)
        self.window.statusBar().showMessage(message, 8000)
        self._tell(message)
        self.finished.emit("done", message)


def _run_crypt(operation: str, path: Path, passphrase: str | None) -> Any:
    from custjournal.store import crypt

    if operation == "decrypt":
        return crypt.decrypt(path)
    assert passphrase is not None
    return getattr(crypt, operation)(path, passphrase)
