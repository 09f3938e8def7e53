"""Encryption in the app: the passphrase dialog at start (typed into, as a person would), and
File > Encrypt Journal… / Change Passphrase… / Decrypt Journal…."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from custjournal import ops
from custjournal.gui import encryption, launch
from custjournal.store import backup, connect, crypt, queries
from custjournal.store.journal import open_journal

pytest.importorskip("sqlcipher3")

PASS = "correct horse battery"
WAIT = 20_000


@pytest.fixture
def encrypted(journal_path: Path) -> Path:
    journal = open_journal(journal_path)
    try:
        ops.add_customer(journal, "Zebulon Quixotic", company="Xylophone Works")
    finally:
        journal.close()
    crypt.encrypt(journal_path, PASS)
    connect.forget_keys()  # as at the start of a new process
    return journal_path


def typing(qtbot, answers: list[str | None], seen: list[encryption.PassphraseDialog]):
    """An `ask` for unlock_at_start that types each answer into the dialog and presses Enter
    (None: clicks Cancel), the way a person would; the dialogs shown are kept in *seen*."""

    def ask(dialog: encryption.PassphraseDialog) -> bool:
        seen.append(dialog)
        answer = answers.pop(0)

        def fill() -> None:
            if answer is None:
                dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
                return
            qtbot.keyClicks(dialog.field, answer)
            qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

        QTimer.singleShot(0, fill)
        return encryption._exec(dialog)

    return ask


def open_app(qtbot, path: Path, customers: int):
    """launch.open_window, then wait for its first load and for the check and day's backup
    that follow: none of its workers may still run when the test closes the window."""
    window, controller, server = launch.open_window(path)
    qtbot.addWidget(window)
    # The check runs in a worker: its answer can't arrive before the wait is set up.
    with qtbot.waitSignal(
        window.transfer.finished,
        timeout=WAIT,
        check_params_cb=lambda flow, _r: flow == "auto-backup",
    ):
        pass
    qtbot.waitUntil(lambda: window.model.rowCount() == customers, timeout=WAIT)
    return window, controller, server


def close_box_when_shown(seen: list[str]) -> None:
    def close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, close)
            return
        seen.append(box.text())
        box.close()

    QTimer.singleShot(0, close)


def test_start_asks_for_the_passphrase_then_opens_the_window(encrypted, qtbot):
    seen: list[encryption.PassphraseDialog] = []
    assert encryption.unlock_at_start(encrypted, typing(qtbot, ["wrong guess", PASS], seen))
    assert len(seen) == 2
    assert seen[0].field.echoMode() is seen[0].field.EchoMode.Password
    assert not seen[0].remember.isChecked()  # the keyring is never the default
    assert seen[1].problem.text() == (
        "That passphrase does not open the journal: try again (2 tries left)."
    )
    window, controller, server = open_app(qtbot, encrypted, 1)
    try:
        # Read while the Health column's worker may be keeping what it worked out (a read
        # then was refused as locked while a converted journal was still in rollback mode).
        with controller.journal.read() as session:
            assert [c.name for c in queries.candidates(session)] == ["Zebulon Quixotic"]
    finally:
        window.close()
        server.close()
        controller.close()


def test_three_wrong_passphrases_end_in_a_sentence(encrypted, qtbot):
    seen: list[encryption.PassphraseDialog] = []
    told: list[str] = []
    close_box_when_shown(told)
    ask = typing(qtbot, ["one", "two", "three"], seen)
    assert not encryption.unlock_at_start(encrypted, ask)
    assert len(seen) == 3
    assert told and told[0].startswith(f"Three passphrases did not open the journal {encrypted}")
    assert PASS not in told[0]


def test_cancel_quits_quietly_and_a_plain_journal_asks_nothing(encrypted, journal_path, qtbot):
    seen: list[encryption.PassphraseDialog] = []
    assert not encryption.unlock_at_start(encrypted, typing(qtbot, [None], seen))
    plain = journal_path.parent / "plain.sqlite3"
    open_journal(plain).close()
    assert encryption.unlock_at_start(plain, typing(qtbot, [], seen))
    assert len(seen) == 1


def test_the_keyring_checkbox_without_a_backend_says_so(encrypted, qtbot):
    seen: list[encryption.PassphraseDialog] = []
    told: list[str] = []
    ask = typing(qtbot, [PASS], seen)

    def ask_and_tick(dialog: encryption.PassphraseDialog) -> bool:
        dialog.remember.setChecked(True)
        close_box_when_shown(told)
        return ask(dialog)

    assert encryption.unlock_at_start(encrypted, ask_and_tick)
    assert told and "No system keyring is available here" in told[0]


def test_file_menu_encrypts_changes_and_decrypts(journal_path, qtbot):
    journal = open_journal(journal_path)
    ops.add_customer(journal, "Zebulon Quixotic")
    journal.close()
    backup.backup_now(journal_path)
    window, controller, server = open_app(qtbot, journal_path, 1)
    actions = window.encryption
    try:
        assert actions.act_encrypt.isVisible() and not actions.act_decrypt.isVisible()

        def choose(passphrase: str) -> None:
            dialog = actions.dialog
            assert isinstance(dialog, encryption.PassphraseDialog)
            qtbot.keyClicks(dialog.field, passphrase)
            assert dialog.again is not None
            qtbot.keyClicks(dialog.again, passphrase)
            with qtbot.waitSignal(actions.finished, timeout=WAIT) as done:
                qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
            assert done.args[0] == "done", done.args

        actions.act_encrypt.trigger()
        dialog = actions.dialog
        qtbot.keyClicks(dialog.field, "short")
        qtbot.keyClicks(dialog.again, "short")
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
        assert "at least 8 characters" in dialog.problem.text()  # still open, says why
        dialog.field.clear()
        dialog.again.clear()
        choose(PASS)
        assert connect.is_encrypted(journal_path)
        assert all(connect.is_encrypted(b.path) for b in backup.list_backups(journal_path))
        assert b"Zebulon" not in journal_path.read_bytes()
        # the app goes on working on the encrypted journal
        controller.apply(ops.add_customer, "Yolanda Wexford")
        with controller.journal.read() as session:
            assert len(queries.candidates(session)) == 2
        actions.update_actions()
        assert actions.act_passphrase.isVisible() and actions.act_decrypt.isVisible()

        actions.act_passphrase.trigger()
        choose("a brand new phrase")
        connect.forget_keys()
        assert connect.unlock(journal_path, "a brand new phrase")

        actions.act_decrypt.trigger()
        box = actions.dialog
        assert isinstance(box, QMessageBox)
        decrypt_button = next(b for b in box.buttons() if b.text() == "&Decrypt")
        with qtbot.waitSignal(actions.finished, timeout=WAIT) as done:
            decrypt_button.click()
        assert done.args[0] == "done", done.args
        assert not connect.is_encrypted(journal_path)
        with controller.journal.read() as session:
            assert len(queries.candidates(session)) == 2
    finally:
        window.close()
        server.close()
        controller.close()
