"""File > Import, Export, Back Up Now, Restore from Backup and Customer > Erase, driven as a
person would, against real journal files in tmp_path.

QFileDialog can't be driven offscreen, so each flow is started with the path a person would
have picked (the file choosers are one-line methods); every other dialog of the flow (mapping,
preview, progress, confirmations) is found on screen and answered with keys and clicks.
"""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from custjournal import ops
from custjournal.gui import transfer as transfer_module
from custjournal.gui.controller import JournalController
from custjournal.gui.main_window import MainWindow
from custjournal.gui.transfer import (
    EXPORT_TYPES,
    CsvMappingDialog,
    ImportPreviewDialog,
    RestoreDialog,
    export_target,
)
from custjournal.interop import csvio, exporting, jsonio, vcard
from custjournal.ops import imports
from custjournal.store import backup, queries
from custjournal.store.journal import open_journal

WAIT = 15_000


def crlf(text: str) -> bytes:
    return "\r\n".join(text.strip("\n").split("\n")).encode("utf-8") + b"\r\n"


def card(name: str, *lines: str) -> str:
    return "\n".join(["BEGIN:VCARD", "VERSION:3.0", f"FN:{name}", *lines, "END:VCARD"]) + "\n"


# What the app keeps of its own results (store/health_kept.py, store/insights_kept.py): its
# workers may keep them at any time; they are no part of what the user wrote.
_KEPT = tuple(f'INSERT INTO "{t}"' for t in ("health_kept", "insights_kept", "journal_change"))


def dump(path: Path) -> list[str]:
    """Every row the user wrote in the journal file, as SQL: equal dumps mean an untouched
    journal."""
    con = sqlite3.connect(path)
    try:
        return [line for line in con.iterdump() if not line.startswith(_KEPT)]
    finally:
        con.close()


def names(journal) -> list[str]:
    with journal.read() as session:
        return sorted(r.name for r in queries.customer_rows(session, dt.date.today()))


@pytest.fixture
def window(qtbot, journal_path):
    made: list[MainWindow] = []

    def make() -> MainWindow:
        controller = JournalController(open_journal(journal_path))
        win = MainWindow(controller, use_tray=False)
        qtbot.addWidget(win)
        with qtbot.waitSignal(win.rows_loaded, timeout=WAIT):
            win.show()
        with qtbot.waitExposed(win):
            pass
        # The Health column, then the day's Insights page worked out ahead, keep what they
        # worked out in the file: the tests that compare the file before and after wait for it.
        qtbot.waitUntil(
            lambda: not win._health_loading and win.controller._ahead is None, timeout=WAIT
        )
        made.append(win)
        return win

    yield make
    for win in made:
        win.close()
        win.controller.close()


def wait_dialog(qtbot, transfer, kind):
    qtbot.waitUntil(
        lambda: isinstance(transfer.dialog, kind) and transfer.dialog.isVisible(), timeout=WAIT
    )
    return transfer.dialog


def button(box: QMessageBox, text: str) -> QPushButton:
    for b in box.buttons():
        if b.text().replace("&", "") == text:
            return b
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")


def wait_finished(qtbot, transfer, flow: str):
    return qtbot.waitSignal(
        transfer.finished, timeout=WAIT, check_params_cb=lambda f, _r: f == flow
    )


# --- import --------------------------------------------------------------------------------


def test_menus_hold_the_new_entries_with_their_shortcuts(window):
    win = window()
    file_texts = [a.text() for a in win.file_menu.actions()]
    assert file_texts[:2] == ["&Import…", "&Export…"]
    assert "&Back Up Now" in file_texts and "&Restore from Backup…" in file_texts
    assert file_texts[-1] == "&Quit"
    assert win.transfer.act_import.shortcut().toString() == "Ctrl+Shift+I"
    assert win.transfer.act_erase in win.customer_menu.actions()
    assert not win.transfer.act_erase.isEnabled()  # no customer selected yet
    assert win.act_import is win.transfer.act_import  # the welcome panel's button uses it


def test_import_a_vcard_shows_what_it_would_do_then_imports(window, tmp_path, qtbot):
    win = window()
    journal = win.controller.journal
    ops.add_customer(journal, "Ada Lovelace", email="ada@example.com")
    contacts = tmp_path / "contacts.vcf"
    contacts.write_bytes(
        crlf(
            card("Grace Hopper", "ORG:Navy", "EMAIL:grace@navy.example")
            + card("Ada Lovelace", "EMAIL:ada@example.com", "TEL:+44 20 7946 0000")
            + card("Alan Turing", "EMAIL:alan@example.com")
            + card("Ada L.", "EMAIL:ADA@example.com")  # same email, nothing new
        )
    )
    transfer = win.transfer
    transfer.import_file(contacts)
    preview = wait_dialog(qtbot, transfer, ImportPreviewDialog)
    assert preview.heading.text() == "Import contacts.vcf"
    assert preview.summary.text() == (
        "The import would add 2 new customers and merge 1 contact into a customer you have. "
        "1 contact is skipped."
    )
    assert preview.groups["add"].childCount() == 2
    merge = preview.groups["merge"].child(0)
    assert merge.text(0) == "Ada Lovelace" and merge.text(1) == "card 2"
    assert "same email ada@example.com" in merge.text(2) and "fills phone" in merge.text(2)
    assert "nothing new" in preview.groups["skip"].child(0).text(2)
    assert names(journal) == ["Ada Lovelace"]  # a preview writes nothing

    with wait_finished(qtbot, transfer, "import") as done:
        qtbot.keyClick(preview, Qt.Key.Key_Return)  # Import is the default button
    result = done.args[1]
    assert (result.added, result.merged, result.skipped) == (2, 1, 0 + 1)
    assert names(journal) == ["Ada Lovelace", "Alan Turing", "Grace Hopper"]
    assert win.statusBar().currentMessage() == (
        "Imported contacts.vcf: 2 customers added, 1 merged, 1 skipped."
    )
    qtbot.waitUntil(lambda: win.model.rowCount() == 3, timeout=WAIT)  # the list refreshed


def test_cancelling_the_preview_writes_nothing(window, tmp_path, qtbot):
    win = window()
    before = dump(win.controller.journal.path)
    contacts = tmp_path / "c.vcf"
    contacts.write_bytes(crlf(card("Grace Hopper")))
    win.transfer.import_file(contacts)
    preview = wait_dialog(qtbot, win.transfer, ImportPreviewDialog)
    with wait_finished(qtbot, win.transfer, "import") as done:
        qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert done.args[1] is None
    assert dump(win.controller.journal.path) == before


def test_cancel_in_the_middle_of_an_import_leaves_the_journal_as_before(
    window, tmp_path, qtbot, monkeypatch
):
    win = window()
    journal = win.controller.journal
    ops.add_customer(journal, "Existing", email="p3@example.com")
    contacts = tmp_path / "many.vcf"
    contacts.write_bytes(
        crlf("".join(card(f"Person {i}", f"EMAIL:p{i}@example.com") for i in range(12)))
    )
    before = dump(journal.path)
    # Hold the worker after its first batch is written (inside the transaction), so the
    # click on Cancel lands in the middle of the import, every time.
    monkeypatch.setattr(imports, "_BATCH", 2)
    written, resume = threading.Event(), threading.Event()
    real_flush = imports._Batch.flush

    def flush(batch):
        real_flush(batch)
        if not written.is_set():
            written.set()
            resume.wait(WAIT / 1000)

    monkeypatch.setattr(imports._Batch, "flush", flush)

    transfer = win.transfer
    transfer.import_file(contacts)
    preview = wait_dialog(qtbot, transfer, ImportPreviewDialog)
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(written.is_set, timeout=WAIT)
    progress = transfer.progress
    assert isinstance(progress, QProgressDialog)
    qtbot.waitUntil(progress.isVisible, timeout=WAIT)  # shown once the work takes a moment
    assert progress.labelText() == "Importing many.vcf…"
    with wait_finished(qtbot, transfer, "import") as done:
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
        resume.set()
    assert done.args[1].cancelled
    assert win.statusBar().currentMessage() == "Import cancelled: the journal was left as it was."
    assert dump(journal.path) == before
    assert backup.check(journal.path).ok


def test_an_unreadable_file_names_the_card_and_writes_nothing(window, tmp_path, qtbot):
    win = window()
    before = dump(win.controller.journal.path)
    broken = tmp_path / "broken.vcf"
    broken.write_bytes(crlf(card("Fine Person") + "BEGIN:VCARD\nVERSION:3.0\nFN Broken\nEND:VCARD"))
    with wait_finished(qtbot, win.transfer, "import"):
        win.transfer.import_file(broken)
    box = wait_dialog(qtbot, win.transfer, QMessageBox)
    assert box.text().startswith("Card 2 (from line 5) can't be read")
    assert "Nothing was imported" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dump(win.controller.journal.path) == before


def test_a_file_of_unknown_type_is_refused_with_a_sentence(window, tmp_path, qtbot):
    win = window()
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    win.transfer.import_file(notes)
    box = wait_dialog(qtbot, win.transfer, QMessageBox)
    assert "vCard (.vcf), CSV (.csv) and Customer Journal JSON (.json)" in box.text()
    assert "--format" not in box.text()


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ";") -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def test_a_csv_of_unknown_columns_gets_a_mapping_step_with_a_preview(
    window, tmp_path, keyboard, qtbot
):
    win = window()
    sheet = write_csv(
        tmp_path / "fair.csv",
        [
            ["Full name", "E-mail", "Cell", "Firm", "Where we met", "Kundennummer"],
            ["Grace Hopper", "grace@navy.example", "+1 555 0100", "Navy", "Trade fair", "K-1"],
            ["Alan Turing", "alan@example.com", "", "Bletchley", "Conference", "K-2"],
        ],
    )
    transfer = win.transfer
    transfer.import_file(sheet)
    dialog = wait_dialog(qtbot, transfer, CsvMappingDialog)
    assert dialog.heading.text() == "Which column is which?"
    chosen = [c.currentText() for c in dialog.combos]
    assert chosen == ["Full name", "Email", "Phone (mobile)", "Company", "Leave out", "Leave out"]
    assert dialog.columns.item(0, 2).text() == "Grace Hopper · Alan Turing"
    assert dialog.preview.rowCount() == 2
    assert dialog.preview.item(0, 0).text() == "Grace Hopper"
    assert dialog.preview.item(0, 3).text() == "grace@navy.example"

    # "Where we met" holds notes: chosen by keyboard, as a person would.
    combo = dialog.combos[4]
    combo.setFocus()
    keyboard.type("N")  # jumps to "Name prefix"
    keyboard.type("o")  # "No..." -> Notes
    assert combo.currentText() == "Notes"

    # Leaving out every name-giving column is refused with the importer's own sentence.
    for c in dialog.combos[:4]:
        c.setCurrentIndex(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.general_error.isVisible()
    assert (
        dialog.general_error.text()
        .replace("\u2060", "")
        .startswith("Nothing in the mapping gives a name")
    )
    assert dialog.preview.rowCount() == 0
    dialog.combos[0].setCurrentIndex(dialog.combos[0].findData("name"))
    dialog.combos[1].setCurrentIndex(dialog.combos[1].findData("email"))
    dialog.combos[2].setCurrentIndex(dialog.combos[2].findData("phone:mobile"))
    dialog.combos[3].setCurrentIndex(dialog.combos[3].findData("company"))
    assert dialog.preview.rowCount() == 2

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # Next
    preview = wait_dialog(qtbot, transfer, ImportPreviewDialog)
    assert "CSV, with your column choices · 2 contacts in the file" in [
        label.text() for label in preview.findChildren(type(preview.heading))
    ]
    with wait_finished(qtbot, transfer, "import"):
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    journal = win.controller.journal
    with journal.read() as session:
        rows = queries.customer_rows(session, dt.date.today())
        grace = next(r for r in rows if r.name == "Grace Hopper")
        detail = queries.customer_detail(session, grace.id)
    assert detail["name"] == "Grace Hopper" and detail["company"] == "Navy"
    assert detail["email"] == "grace@navy.example" and detail["phone"] == "+1 555 0100"
    assert detail["notes"] == "Trade fair"


def test_a_known_csv_layout_goes_straight_to_the_preview(window, tmp_path, qtbot):
    win = window()
    sheet = write_csv(tmp_path / "ours.csv", [["name", "email"], ["Grace", "g@x.example"]], ",")
    win.transfer.import_file(sheet)
    preview = wait_dialog(qtbot, win.transfer, ImportPreviewDialog)
    assert preview.summary.text() == "The import would add 1 new customer."


def test_columns_left_out_are_noted_without_command_line_advice(window, tmp_path, qtbot):
    """The importer notes the columns it leaves out; '--map' is the command line's way to keep
    them, the app's is its column step, so the app's note says only what was left out."""
    win = window()
    sheet = write_csv(
        tmp_path / "ours.csv", [["name", "email", "Kundennummer"], ["Grace", "g@x.example", "1"]]
    )
    win.transfer.import_file(sheet)
    preview = wait_dialog(qtbot, win.transfer, ImportPreviewDialog)
    assert preview.notes.toPlainText() == "Columns left out: 'Kundennummer'."


def test_the_welcome_button_and_ctrl_shift_i_start_the_import(window, tmp_path, qtbot):
    win = window()
    contacts = tmp_path / "phone.vcf"
    contacts.write_bytes(crlf(card("Grace Hopper")))
    asked = []
    # The file chooser is the one step a test can't drive offscreen: answer it here.
    win.transfer.ask_import_path = lambda: asked.append(True) or contacts
    assert win.stack.currentWidget() is win.welcome
    qtbot.mouseClick(win.welcome.import_button, Qt.MouseButton.LeftButton)
    preview = wait_dialog(qtbot, win.transfer, ImportPreviewDialog)
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: win.transfer.dialog is None, timeout=WAIT)
    # A desktop gives the focus back to the window when the dialog closes; offscreen, we do.
    with qtbot.waitActive(win):
        win.activateWindow()
    qtbot.keyClick(
        win, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    wait_dialog(qtbot, win.transfer, ImportPreviewDialog)
    assert len(asked) == 2


def test_nothing_new_to_import_disables_import(window, tmp_path, qtbot):
    win = window()
    ops.add_customer(win.controller.journal, "Grace Hopper")
    contacts = tmp_path / "again.vcf"
    contacts.write_bytes(crlf(card("Grace Hopper")))
    win.transfer.import_file(contacts)
    preview = wait_dialog(qtbot, win.transfer, ImportPreviewDialog)
    assert preview.summary.text().startswith("Nothing to import:")
    assert not preview.save_button.isEnabled()
    assert preview.cancel_button.text() == "Close"


def test_naming_export_files():
    # Guessing columns moved with guess_mapping: tests/interop/test_csv.py.
    vcard_filter = EXPORT_TYPES[1][0]
    assert export_target("/tmp/clients", vcard_filter) == Path("/tmp/clients.vcf")
    assert export_target("/tmp/clients.json", vcard_filter) == Path("/tmp/clients.json")
    assert export_target("/tmp/a.b", None) == Path("/tmp/a.b.csv")


# --- export --------------------------------------------------------------------------------


@pytest.fixture
def sample(journal_path):
    from tests.samples import fill_every_kind

    journal = open_journal(journal_path)
    try:
        return fill_every_kind(journal)
    finally:
        journal.close()


@pytest.mark.parametrize("ext", [".csv", ".vcf", ".json", ".ics"])
def test_export_each_format_and_read_it_back(window, sample, tmp_path, qtbot, ext):
    win = window()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / f"journal{ext}"
    with wait_finished(qtbot, win.transfer, "export") as done:
        win.transfer.export_file(target)
    result = done.args[1]
    assert result.path == target
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in out_dir.iterdir()] == [target.name]  # no temporary file left
    assert str(target) in win.statusBar().currentMessage()
    if ext == ".csv":
        back = sorted(r.name for r in csvio.read_file(target).records)
        assert back == ["Ada Lovelace", "Bob O'Brien", "张伟"]
    elif ext == ".vcf":
        back = sorted(r.name for r in vcard.read_file(target).records)
        assert back == ["Ada Lovelace", "Bob O'Brien", "张伟"]
    elif ext == ".json":
        document = jsonio.load(target.read_bytes())
        assert len(document.customers) == 3 and document.has_all_ids
    else:
        import icalendar

        calendar = icalendar.Calendar.from_ical(target.read_bytes())
        events = [c for c in calendar.walk() if c.name == "VEVENT"]
        assert len(events) == result.count > 0


def test_cancelling_an_export_leaves_no_file(window, sample, tmp_path, qtbot, monkeypatch):
    win = window()
    started, resume = threading.Event(), threading.Event()
    real = exporting.export_file

    def slow_export(*args, **kwargs):
        started.set()
        resume.wait(WAIT / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(exporting, "export_file", slow_export)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    win.transfer.export_file(out_dir / "all.json")
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    progress = win.transfer.progress
    qtbot.waitUntil(progress.isVisible, timeout=WAIT)
    with wait_finished(qtbot, win.transfer, "export") as done:
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
        resume.set()
    assert done.args[1] is None
    assert list(out_dir.iterdir()) == []
    assert win.statusBar().currentMessage() == "Export cancelled: all.json was not written."


# --- backups and restore -------------------------------------------------------------------


def test_back_up_now_then_restore_from_the_list(window, qtbot):
    win = window()
    journal = win.controller.journal
    ops.add_customer(journal, "Ada Lovelace")
    transfer = win.transfer
    with wait_finished(qtbot, transfer, "backup") as done:
        transfer.act_backup.trigger()
    made = done.args[1]
    assert made.parent == backup.list_backups(journal.path)[0].path.parent
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert "Backed up the journal to" in win.statusBar().currentMessage()

    ops.add_customer(journal, "Added Later")
    transfer.act_restore.trigger()
    dialog = wait_dialog(qtbot, transfer, RestoreDialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Regular"
    assert dialog.table.item(0, 2).text().endswith("kB")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter: Restore…
    box = wait_dialog(qtbot, transfer, QMessageBox)
    assert box.text() == f"Replace the journal {journal.path.name} with the backup taken " + (
        transfer_module.when_text(backup.list_backups(journal.path)[0].taken_at) + "?"
    )
    assert "is saved first, as a backup" in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    with wait_finished(qtbot, transfer, "restore") as done:
        qtbot.mouseClick(button(box, "Restore"), Qt.MouseButton.LeftButton)
    result = done.args[1]
    assert result.safety_copy is not None and result.safety_copy.name.endswith(
        "-before-restore.sqlite3"
    )
    assert win.controller.journal is not journal  # reopened
    assert names(win.controller.journal) == ["Ada Lovelace"]
    qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=WAIT)
    kinds = sorted(b.kind for b in backup.list_backups(journal.path))
    assert kinds == ["auto", "before-restore"]
    assert win.controller.undo_stack.count() == 0


def test_the_restore_dialog_without_backups_offers_another_file(window, qtbot, tmp_path):
    win = window()
    win.transfer.restore()
    dialog = wait_dialog(qtbot, win.transfer, RestoreDialog)
    assert not dialog.save_button.isEnabled()
    assert dialog.intro.text().startswith("There are no backups of this journal yet.")
    assert dialog.other_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_closing_the_window_makes_the_days_backup_once(window, journal_path):
    win = window()
    ops.add_customer(win.controller.journal, "Ada Lovelace")
    assert backup.list_backups(journal_path) == []
    win.close()
    (first,) = backup.list_backups(journal_path)
    assert backup.check(first.path).ok
    again = window()
    again.close()
    assert len(backup.list_backups(journal_path)) == 1  # at most one a day


def test_the_daily_backup_runs_in_a_worker(window, journal_path, qtbot):
    win = window()
    with wait_finished(qtbot, win.transfer, "auto-backup") as done:
        win.transfer.start_auto_backups()
    assert done.args[1] is not None and done.args[1].exists()
    with wait_finished(qtbot, win.transfer, "auto-backup") as done:
        win.transfer.auto_backup()
    assert done.args[1] is None  # today's exists already


# --- erase ---------------------------------------------------------------------------------


def test_erase_asks_names_the_customer_and_can_erase_backups_too(window, journal_path, qtbot):
    win = window()
    journal = win.controller.journal
    ada = ops.add_customer(journal, "Ada Lovelace", company="Analytical Engines").id
    ops.log_conversation(journal, ada, summary="zebra crossing plans")
    ops.add_customer(journal, "Grace Hopper")
    backup.backup_now(journal_path)
    qtbot.waitUntil(lambda: win.model.rowCount() == 2, timeout=WAIT)
    win.select_customer(ada)
    assert win.transfer.act_erase.isEnabled()

    win.transfer.act_erase.trigger()
    box = wait_dialog(qtbot, win.transfer, QMessageBox)
    assert box.text() == "Erase Ada Lovelace (Analytical Engines) and everything logged about them?"
    assert "This can't be undone." in box.informativeText()
    assert "1 backup still holds Ada Lovelace." in box.informativeText()
    assert box.checkBox().text() == "Erase them from that backup too"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    with wait_finished(qtbot, win.transfer, "erase") as done:
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert done.args[1] is None
    assert names(journal) == ["Ada Lovelace", "Grace Hopper"]

    win.transfer.act_erase.trigger()
    box = wait_dialog(qtbot, win.transfer, QMessageBox)
    box.checkBox().setChecked(True)
    with wait_finished(qtbot, win.transfer, "erase") as done:
        qtbot.mouseClick(button(box, "Erase"), Qt.MouseButton.LeftButton)
    assert names(journal) == ["Grace Hopper"]
    assert win.statusBar().currentMessage() == (
        "Erased Ada Lovelace and everything logged about them. Erased them from 1 backup too."
    )
    assert backup.backups_holding(journal_path, ada, "Ada Lovelace") == []
    for f in [journal_path, *(b.path for b in backup.list_backups(journal_path))]:
        assert b"zebra" not in f.read_bytes()
    qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=WAIT)


def test_erase_without_the_checkbox_says_the_backups_still_hold_them(window, journal_path, qtbot):
    win = window()
    journal = win.controller.journal
    ada = ops.add_customer(journal, "Ada Lovelace").id
    backup.backup_now(journal_path)
    win.transfer.erase_customer(ada)
    box = wait_dialog(qtbot, win.transfer, QMessageBox)
    with wait_finished(qtbot, win.transfer, "erase"):
        qtbot.mouseClick(button(box, "Erase"), Qt.MouseButton.LeftButton)
    assert win.statusBar().currentMessage().endswith("1 backup still holds them.")
    assert len(backup.backups_holding(journal_path, ada, "Ada Lovelace")) == 1


def test_erase_finds_a_customer_renamed_since_the_backup(window, journal_path, qtbot):
    """The backup holds her under her maiden name; the app erases her from it too."""
    win = window()
    journal = win.controller.journal
    ada = ops.add_customer(journal, "Ada Byron", notes="qwz-maiden-note").id
    backup.backup_now(journal_path)
    ops.update_customer(journal, ada, name="Ada Lovelace")
    win.transfer.erase_customer(ada)
    box = wait_dialog(qtbot, win.transfer, QMessageBox)
    assert "1 backup still holds Ada Lovelace." in box.informativeText()
    box.checkBox().setChecked(True)
    with wait_finished(qtbot, win.transfer, "erase"):
        qtbot.mouseClick(button(box, "Erase"), Qt.MouseButton.LeftButton)
    assert win.statusBar().currentMessage().endswith("Erased them from 1 backup too.")
    (made,) = backup.list_backups(journal_path)
    assert b"qwz-maiden-note" not in made.path.read_bytes()


def test_erase_in_the_app_reaches_every_copy_in_the_backup_folder(window, journal_path, qtbot):
    """In the app: safety copies, a damaged copy and a stale temporary file kept
    an erased customer's words."""
    from tests.store.test_backup import damage

    win = window()
    journal = win.controller.journal
    ada = ops.add_customer(journal, "Ada Qwzlovelace", notes="qwz-secret-note").id
    ops.log_conversation(journal, ada, summary="qwz-secret-talk")
    ops.add_customer(journal, "Grace Hopper")
    backup.backup_now(journal_path)
    backup.backup_now(journal_path, _tag="-before-restore")
    damaged = backup._keep_damaged(journal_path, dt.datetime.now(dt.UTC))
    damage(damaged)
    folder = damaged.parent
    (folder / ".left-by-a-kill.sqlite3.x.backup-tmp").write_bytes(damaged.read_bytes())
    win.transfer.erase_customer(ada)
    box = wait_dialog(qtbot, win.transfer, QMessageBox)
    assert "3 backups still hold Ada Qwzlovelace." in box.informativeText()
    box.checkBox().setChecked(True)
    with wait_finished(qtbot, win.transfer, "erase"):
        qtbot.mouseClick(button(box, "Erase"), Qt.MouseButton.LeftButton)
    message = win.statusBar().currentMessage()
    assert "Erased them from 3 backups too." in message and "1 damaged copy" in message
    assert not damaged.exists()
    for path in journal_path.parent.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"Qwzlovelace" not in data and b"qwz-secret" not in data, path
