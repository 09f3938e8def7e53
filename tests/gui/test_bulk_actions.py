"""Editing many customers at once in the app, driven as a person would: rows selected with
Shift- and Ctrl-clicks and Ctrl+A on a filtered list, each action applied from the list's
context menu, its sentence in the status bar, and one Edit > Undo putting every customer back."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

from custjournal import ops
from custjournal.gui import bulk_actions
from custjournal.gui.controller import JournalController
from custjournal.gui.main_window import MainWindow
from custjournal.store.journal import open_journal

NAMES = [
    ("Ada Lovelace", "connection", ["vip"]),
    ("Alan Turing", "connection", []),
    ("Barbara Liskov", "prospecting", ["vip"]),
    ("Edsger Dijkstra", "connection", ["Vip"]),
    ("Grace Hopper", "loyalty", []),
    ("Katherine Johnson", "prospecting", []),
]


@pytest.fixture
def people(journal):
    ids = {}
    for name, stage, tags in NAMES:
        ids[name] = ops.add_customer(journal, name, stage=stage, tags=tags).id
    journal.close()
    return ids


@pytest.fixture
def window(qtbot, journal_path, people):
    controller = JournalController(open_journal(journal_path))
    window = MainWindow(controller, use_tray=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.show()
    yield window
    controller.close()


def table_state(journal_path: Path) -> list[tuple]:
    con = sqlite3.connect(journal_path)
    try:
        customers = con.execute(
            "SELECT id, stage, cadence_days, archived FROM customer ORDER BY id"
        ).fetchall()
        tags = con.execute("SELECT customer_id, tag FROM customer_tag ORDER BY 1, 2").fetchall()
        history = con.execute("SELECT count(*) FROM stage_change").fetchall()
        return [*customers, *tags, *history]
    finally:
        con.close()


def click_row(qtbot, window: MainWindow, name: str, modifier=Qt.KeyboardModifier.NoModifier):
    row = next(r for r in range(window.model.rowCount()) if window.model.index(r, 0).data() == name)
    rect = window.table.visualRect(window.model.index(row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def selected_names(window: MainWindow) -> list[str]:
    return [r.name for r in window.bulk.selected_rows()]


def open_context_menu(window: MainWindow) -> QMenu:
    """Right-click on the first selected row (the event a right click sends)."""
    row = min(i.row() for i in window.table.selectionModel().selectedRows())
    pos = window.table.visualRect(window.model.index(row, 0)).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, window.table.viewport().mapToGlobal(pos)
    )
    QApplication.sendEvent(window.table.viewport(), event)
    menu = window.bulk.context_menu
    assert menu is not None and menu.isVisible()
    return menu


def click_item(qtbot, menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    assert action.isEnabled(), text
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def answer_dialog(**values) -> None:
    """Fill in the input dialog that is about to open, and press OK, as a person would."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        if "text" in values:
            dialog.setTextValue(values["text"])
        if "days" in values:
            dialog.setIntValue(values["days"])
        dialog.accept()

    QTimer.singleShot(0, fill)


def test_shift_and_ctrl_clicks_select_several_and_single_actions_step_aside(qtbot, window):
    click_row(qtbot, window, "Alan Turing")
    click_row(qtbot, window, "Edsger Dijkstra", Qt.KeyboardModifier.ShiftModifier)
    assert selected_names(window) == ["Alan Turing", "Barbara Liskov", "Edsger Dijkstra"]
    click_row(qtbot, window, "Barbara Liskov", Qt.KeyboardModifier.ControlModifier)
    click_row(qtbot, window, "Katherine Johnson", Qt.KeyboardModifier.ControlModifier)
    assert selected_names(window) == ["Alan Turing", "Edsger Dijkstra", "Katherine Johnson"]
    # A change to one customer would fall on only one of three: off; the brief reads on.
    assert not window.act_edit_customer.isEnabled() and not window.act_archive.isEnabled()
    assert not window.transfer.act_erase.isEnabled()
    assert window.act_brief.isEnabled()
    assert window.bulk.menu.title() == "Selected Customers (3)"
    click_row(qtbot, window, "Grace Hopper")
    assert selected_names(window) == ["Grace Hopper"]
    assert window.act_edit_customer.isEnabled() and window.bulk.act_archive.isEnabled()


def test_ctrl_a_on_a_filtered_list_selects_only_what_is_shown(qtbot, window, journal_path):
    window.stage_filter.setCurrentIndex(window.stage_filter.findData("connection"))
    assert window.model.rowCount() == 3
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert selected_names(window) == ["Ada Lovelace", "Alan Turing", "Edsger Dijkstra"]

    before = table_state(journal_path)
    menu = open_context_menu(window)
    assert menu.actions()[0].text() == "Selected customers: 3"
    click_item(qtbot, menu, "Set Stage")
    stage_menu = window.bulk.stage_menu
    qtbot.waitUntil(stage_menu.isVisible)
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        click_item(qtbot, stage_menu, "Loyalty")
    assert window.statusBar().currentMessage() == "Stage set to Loyalty for 3 customers."
    # None of them is in Connection any more: as after any change, the list lets the current
    # customer stay in view (the filter goes), and the three stay selected.
    assert selected_names(window) == ["Ada Lovelace", "Alan Turing", "Edsger Dijkstra"]
    con = sqlite3.connect(journal_path)
    assert con.execute("SELECT count(*) FROM customer WHERE stage = 'loyalty'").fetchone() == (4,)
    con.close()

    # One Edit > Undo puts all three back.
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.act_undo.trigger()
    assert table_state(journal_path) == before


def _select_all(qtbot, window: MainWindow) -> None:
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize(
    ("item", "answer", "sentence", "check"),
    [
        (
            "Add Tag…",
            {"text": "spring fair"},
            "Tag spring fair added to 3 customers.",
            "SELECT count(*) FROM customer_tag WHERE tag = 'spring fair'",
        ),
        (
            "Remove Tag…",
            {"text": "vip"},
            "Tag vip removed from 2 customers.",
            "SELECT count(*) FROM customer_tag WHERE lower(tag) = 'vip'",
        ),
        (
            "Set Cadence…",
            {"days": 12},
            "Cadence set to every 12 days for 3 customers.",
            "SELECT count(*) FROM customer WHERE cadence_days = 12",
        ),
        (
            "Archive",
            {},
            "Archived 3 customers.",
            "SELECT count(*) FROM customer WHERE archived",
        ),
    ],
)
def test_each_action_from_the_context_menu_is_one_undo(
    qtbot, window, journal_path, item, answer, sentence, check
):
    click_row(qtbot, window, "Ada Lovelace")
    click_row(qtbot, window, "Alan Turing", Qt.KeyboardModifier.ControlModifier)
    click_row(qtbot, window, "Edsger Dijkstra", Qt.KeyboardModifier.ControlModifier)
    before = table_state(journal_path)
    menu = open_context_menu(window)
    if answer:
        answer_dialog(**answer)
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        click_item(qtbot, menu, item)
    assert window.statusBar().currentMessage() == sentence
    con = sqlite3.connect(journal_path)
    changed = con.execute(check).fetchone()[0]
    con.close()
    assert changed == {"Remove Tag…": 1}.get(item, 3)  # Barbara keeps her vip
    if item != "Archive":  # the selection stays for the next change
        assert selected_names(window) == ["Ada Lovelace", "Alan Turing", "Edsger Dijkstra"]
    else:  # they leave the list, which does not start showing archived customers
        shown = [window.model.index(r, 0).data() for r in range(window.model.rowCount())]
        assert shown == ["Barbara Liskov", "Grace Hopper", "Katherine Johnson"]
        assert not window.model.filters.show_archived
    assert window.act_undo.text() == f"&Undo {sentence.rstrip('.')}"

    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.act_undo.trigger()
    assert table_state(journal_path) == before


def test_clear_cadence_and_bring_back_from_the_menu_bar(qtbot, window, journal_path):
    _select_all(qtbot, window)
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        answer_dialog(days=40)
        window.bulk.act_cadence.trigger()
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.bulk.act_clear_cadence.trigger()
    assert window.statusBar().currentMessage() == "Own cadence cleared for 6 customers."
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.bulk.act_archive.trigger()
    window.act_show_archived.setChecked(True)
    _select_all(qtbot, window)
    assert window.bulk.act_unarchive.isEnabled() and not window.bulk.act_archive.isEnabled()
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.bulk.act_unarchive.trigger()
    assert window.statusBar().currentMessage() == "Brought back 6 customers."


def test_a_large_selection_is_changed_in_the_worker(qtbot, window, journal_path, monkeypatch):
    monkeypatch.setattr(bulk_actions, "BACKGROUND_ABOVE", 2)
    _select_all(qtbot, window)
    before = table_state(journal_path)
    with qtbot.waitSignal(window.bulk.finished, timeout=10_000):
        window.bulk.stage_actions["purchase"].trigger()
        # The window is not blocked: the change arrives by signal.
        assert window.statusBar().currentMessage() == "Changing the selected customers (6)…"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Stage set"))
    assert window.statusBar().currentMessage() == "Stage set to Purchase for 6 customers."
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.act_undo.trigger()
    assert table_state(journal_path) == before


def test_export_the_selection_through_the_export_flow(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "out" / "chosen.csv"
    target.parent.mkdir()
    monkeypatch.setattr(window.transfer, "ask_export_path", lambda types: target)
    click_row(qtbot, window, "Barbara Liskov")
    click_row(qtbot, window, "Grace Hopper", Qt.KeyboardModifier.ShiftModifier)
    menu = open_context_menu(window)
    with qtbot.waitSignal(window.transfer.finished, timeout=10_000) as done:
        click_item(qtbot, menu, "Export Selection…")
    assert done.args[0] == "export" and done.args[1].count == 3
    with target.open(encoding="utf-8-sig") as f:
        names = [row["name"] for row in csv.DictReader(f)]
    assert names == ["Barbara Liskov", "Edsger Dijkstra", "Grace Hopper"]
    assert (target.stat().st_mode & 0o777) == 0o600
    assert "Exported 3 customers" in window.statusBar().currentMessage()


def test_brief_them_all_into_one_pdf(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "briefs.pdf"
    monkeypatch.setattr(window.bulk, "ask_pdf_path", lambda count: target)
    click_row(qtbot, window, "Ada Lovelace")
    click_row(qtbot, window, "Grace Hopper", Qt.KeyboardModifier.ControlModifier)
    menu = open_context_menu(window)
    with qtbot.waitSignal(window.bulk.finished, timeout=20_000):
        click_item(qtbot, menu, "Brief All as PDF…")
    assert target.read_bytes().startswith(b"%PDF")
    assert (target.stat().st_mode & 0o777) == 0o600
    assert window.statusBar().currentMessage() == (
        f"Saved the briefs of the selected customers (2) to {target}."
    )
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    heads = [page.strip().splitlines()[0] for page in text.split("\f") if page.strip()]
    assert heads == ["Ada Lovelace", "Grace Hopper"]


def test_the_pdf_is_never_written_over_the_journal(qtbot, window, journal_path, monkeypatch):
    before = journal_path.read_bytes()
    errors = []
    window.controller.error.disconnect()
    window.controller.error.connect(errors.append)
    monkeypatch.setattr(window.bulk, "ask_pdf_path", lambda count: journal_path)
    _select_all(qtbot, window)
    window.bulk.act_brief_pdf.trigger()
    assert errors and "journal" in errors[0]
    assert journal_path.read_bytes() == before


def test_right_click_outside_the_selection_selects_that_row(qtbot, window):
    click_row(qtbot, window, "Ada Lovelace")
    row = next(
        r
        for r in range(window.model.rowCount())
        if window.model.index(r, 0).data() == "Grace Hopper"
    )
    pos: QPoint = window.table.visualRect(window.model.index(row, 0)).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, window.table.viewport().mapToGlobal(pos)
    )
    QApplication.sendEvent(window.table.viewport(), event)
    assert selected_names(window) == ["Grace Hopper"]
    assert window.bulk.context_menu is not None
    window.bulk.context_menu.close()
