"""Typing in the search field as a person does, letter by letter, with a customer open: the list
after each letter, the customer kept selected, why they matched, and nothing the GUI thread
need not do (no ORM session, no repaint when a letter changes nothing)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from custjournal import ops
from custjournal.gui.controller import JournalController
from custjournal.gui.main_window import MainWindow
from custjournal.store.journal import open_journal

TODAY = dt.date.today()


@pytest.fixture
def window(qtbot, journal, journal_path):
    # Twelve customers: "harbour" in the notes of every third one, "kiln" in one of them.
    for i in range(12):
        cid = ops.add_customer(journal, f"Customer {i:02d}", company=f"Firm {11 - i:02d}").id
        word = "harbour kiln" if i == 3 else "harbour" if i % 3 == 0 else "meadow"
        ops.log_conversation(journal, cid, summary=f"Walked the {word} site", on=TODAY)
    journal.close()
    controller = JournalController(open_journal(journal_path))
    made = MainWindow(controller)
    qtbot.addWidget(made)
    with qtbot.waitSignal(made.rows_loaded, timeout=10_000):
        made.show()
    yield made
    controller.close()


def names(window: MainWindow) -> list[str]:
    return [window.model.index(r, 0).data() for r in range(window.model.rowCount())]


def test_each_letter_shows_its_matches_and_keeps_the_open_customer(window, qtbot, monkeypatch):
    window.select_customer(next(r.id for r in window.model.customers() if r.name == "Customer 06"))
    assert window.page.title.text() == "Customer 06"
    sessions = []
    real_read = window.controller.journal.read
    monkeypatch.setattr(
        window.controller.journal, "read", lambda *a, **k: sessions.append(1) or real_read(*a, **k)
    )
    window.search.setFocus()
    harbour = ["Customer 00", "Customer 03", "Customer 06", "Customer 09"]
    expected = {
        "h": harbour,  # "h" is in no other customer's text
        "ha": harbour,
        "har": harbour,
        "harbour": harbour,
        "harbour ": harbour,
        "harbour k": ["Customer 03"],
    }
    typed = ""
    for letter in "harbour k":
        qtbot.keyClicks(window.search, letter)
        typed += letter
        if typed in expected:
            assert names(window) == expected[typed], typed
        selected = window.current_customer_id()
        if "Customer 06" in names(window):  # still there: still the selected row
            assert window.model.customer(window.table.currentIndex().row()).name == "Customer 06"
            assert "harbour site" in window.statusBar().currentMessage()
        else:
            assert selected is None
    assert window.count_label.text() == "1 of 12 customers"
    # Why they matched was read on the search field's own connection, not an ORM session.
    assert sessions == []
    for _ in range(len("harbour k")):
        qtbot.keyClick(window.search, Qt.Key.Key_Backspace)
    assert window.model.rowCount() == 12


def test_a_letter_that_finds_the_same_customers_leaves_the_list_alone(window, qtbot):
    window.search.setFocus()
    qtbot.keyClicks(window.search, "mead")
    before = names(window)
    assert len(before) == 8 and "Customer 03" not in before
    window.table.setCurrentIndex(window.model.index(2, 0))
    told: list[str] = []
    model = window.model
    model.modelReset.connect(lambda: told.append("reset"))
    model.dataChanged.connect(lambda *_: told.append("changed"))
    model.layoutChanged.connect(lambda *_: told.append("layout"))
    qtbot.keyClicks(window.search, "ow")  # "meadow": the same eight customers
    assert names(window) == before
    assert told == []  # nothing for the view to repaint
    assert window.table.currentIndex().row() == 2  # the row the user was on
    qtbot.keyClicks(window.search, " s")  # "meadow s": still them ("site")
    assert names(window) == before and told == []
    qtbot.keyClicks(window.search, "x")  # "meadow sx": nobody
    assert names(window) == [] and told == ["reset"]
    assert window.count_label.text() == "0 of 12 customers"
