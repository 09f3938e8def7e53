"""Customer > Find Duplicates…, driven as a person would: the pairs found in a worker, the two
side by side, a choice per field, Merge (and Edit > Undo bringing both back), Not Duplicates."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt

from custjournal import ops
from custjournal.gui.controller import JournalController
from custjournal.gui.duplicates import DuplicatesDialog, PairModel
from custjournal.gui.main_window import MainWindow
from custjournal.store import duplicates
from custjournal.store.journal import open_journal


@pytest.fixture
def pairs(journal):
    jon = ops.add_customer(journal, "Jon Smith", email="jon@old.example", notes="Golf").id
    john = ops.add_customer(journal, "John Smith", company="Acme", email="js@acme.example").id
    ops.log_conversation(journal, john, summary="Met at the fair")
    ada = ops.add_customer(journal, "Ada Lovelace", phone="+44 20 7946 0000").id
    ada2 = ops.add_customer(journal, "Augusta King", phone="020 7946 0000").id
    ops.add_customer(journal, "Grace Hopper")
    return {"jon": jon, "john": john, "ada": ada, "ada2": ada2}


def _count(path, sql, *params):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, params).fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def dialog(qtbot, controller, pairs):
    d = DuplicatesDialog(controller)
    qtbot.addWidget(d)
    with qtbot.waitSignal(d.finished_finding, timeout=10_000) as found:
        d.show()
        d.start_finding()
    assert found.args == [2]
    return d


def test_the_model_passes_the_model_tester(qtmodeltester, dialog):
    qtmodeltester.check(dialog.model)
    assert isinstance(dialog.model, PairModel)


def test_pairs_are_listed_with_their_reasons(dialog, pairs):
    shown = [
        [dialog.model.index(r, c).data() for c in range(3)] for r in range(dialog.model.rowCount())
    ]
    assert shown == [
        ["Ada Lovelace", "Augusta King", "same phone +44 20 7946 0000"],
        ["Jon Smith", "John Smith (Acme)", "names 95% alike"],
    ]
    assert dialog.status.text() == "2 pairs of customers who are likely the same person."
    # The first pair is shown side by side at once.
    assert dialog.sides is not None and dialog.sides[0].id == pairs["ada"]


def test_choose_per_field_merge_and_undo_restores_both(
    dialog, controller, pairs, journal_path, qtbot
):
    before = _count(journal_path, "SELECT count(*) FROM customer")
    dialog.table.selectRow(1)
    assert dialog.sides[0].id == pairs["jon"] and dialog.sides[1].id == pairs["john"]
    # By default the left's value where it has one, the right's where it has none.
    name_right = dialog.findChild(_radio(), "name:other")
    company_right = dialog.findChild(_radio(), "company:other")
    assert dialog.findChild(_radio(), "name:keep").isChecked()
    assert company_right.isChecked()
    assert dialog.findChild(_radio(), "notes:both").isChecked() is False  # one has notes
    # Laid out (the scroll area sizes its contents on its next event), then clicked.
    qtbot.waitUntil(lambda: name_right.width() < dialog.compare_box.width())
    on_the_circle = QPoint(6, name_right.height() // 2)
    qtbot.mouseClick(name_right, Qt.MouseButton.LeftButton, pos=on_the_circle)
    assert dialog.take()["name"] == "other"

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    assert _count(journal_path, "SELECT count(*) FROM customer") == before - 1
    detail = controller.customer_detail(pairs["jon"])
    assert detail["name"] == "John Smith" and detail["company"] == "Acme"
    assert [c["summary"] for c in detail["conversations"]] == ["Met at the fair"]
    assert dialog.model.rowCount() == 1  # the merged pair left the list
    assert controller.undo_stack.canUndo()

    controller.undo_stack.undo()
    assert _count(journal_path, "SELECT count(*) FROM customer") == before
    assert controller.customer_detail(pairs["jon"])["name"] == "Jon Smith"
    restored = controller.customer_detail(pairs["john"])
    assert [c["summary"] for c in restored["conversations"]] == ["Met at the fair"]


def test_swap_sides_keeps_the_other_customer(dialog, controller, pairs, qtbot):
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.swap_button, Qt.MouseButton.LeftButton)
    assert dialog.sides[0].id == pairs["ada2"]
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert controller.customer_detail(pairs["ada"]) is None
    assert controller.customer_detail(pairs["ada2"])["name"] == "Augusta King"


def test_not_duplicates_is_remembered(dialog, controller, pairs, qtbot):
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.distinct_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1
    assert [(p.first, p.second) for p in duplicates.find(controller.journal)] == [
        (pairs["jon"], pairs["john"])
    ]
    qtbot.mouseClick(dialog.distinct_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0
    assert dialog.status.text() == "No likely duplicates."
    assert not dialog.merge_button.isEnabled()


def test_the_menu_opens_the_dialog(qtbot, journal_path, pairs):
    controller = JournalController(open_journal(journal_path))
    window = MainWindow(controller)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
            window.show()
        assert window.act_duplicates in window.customer_menu.actions()
        window.act_duplicates.trigger()
        dialog = window.duplicates_dialog
        with qtbot.waitSignal(dialog.finished_finding, timeout=10_000):
            pass
        assert dialog.model.rowCount() == 2
        dialog.grab().save(str(journal_path.parent / "duplicates.png"))
        dialog.close()
    finally:
        controller.close()


def _radio():
    from PySide6.QtWidgets import QRadioButton

    return QRadioButton
