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


def test_a_letter_finds_what_was_written_elsewhere_just_before_it(window, qtbot, journal_path):
    # The search field's read is a single statement (no transaction around it): each letter
    # still sees every write committed before it, here another program's.
    window.search.setFocus()
    qtbot.keyClicks(window.search, "orchar")
    assert names(window) == []
    elsewhere = open_journal(journal_path)
    try:
        cid = ops.add_customer(elsewhere, "Customer 12").id
        ops.log_conversation(elsewhere, cid, summary="Walked the orchard", on=TODAY)
    finally:
        elsewhere.close()
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.reload_list()  # what the poll for outside changes runs
    qtbot.keyClicks(window.search, "d")
    assert names(window) == ["Customer 12"]
    qtbot.keyClick(window.search, Qt.Key.Key_Backspace)
    assert names(window) == ["Customer 12"]


def test_the_health_read_waits_while_the_user_types_and_delivers_the_same_health(
    qtbot, journal_path, tmp_path, clock, monkeypatch
):
    """Typing as the Health column is worked out: the worker waits at its checkpoints while the
    user types (the keystrokes have the interpreter lock alone), then delivers every customer's
    health exactly as a read that never waited works it out."""
    import sqlite3
    import time

    from custjournal import demo
    from custjournal.store import health, reader

    journal = open_journal(journal_path)
    demo.fill(journal, customers=60, seed=7, today=clock.day)
    journal.close()
    copy = tmp_path / "unpaused.sqlite3"
    with sqlite3.connect(journal_path) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    unpaused = open_journal(copy)
    try:
        with unpaused.reader() as source:
            expected = health.glance_of_all(source, clock.day)
    finally:
        unpaused.close()
    assert len(expected) == 60

    monkeypatch.setattr(reader, "PAUSE_EVERY", 4)  # checkpoints in a small journal too
    controller = JournalController(open_journal(journal_path))
    waited: list[float] = []
    own_pause = controller.pause

    def pause() -> None:
        if controller.typing_until > time.monotonic():
            waited.append(time.monotonic())
        own_pause()

    controller.pause = pause  # type: ignore[method-assign]
    w = MainWindow(controller, use_tray=False)
    qtbot.addWidget(w)
    try:
        with qtbot.waitSignal(w.rows_loaded, timeout=10_000):
            w.show()
        w.search.setFocus()
        for letter in "walked the":  # typed as the Health column's read starts
            qtbot.keyClicks(w.search, letter)
            qtbot.wait(30)
        stopped = time.monotonic()
        qtbot.waitUntil(lambda: not w._health_loading, timeout=20_000)
        assert waited, "the worker never waited for the typing"
        assert all(t <= stopped + controller.TYPING_MS / 1000 for t in waited)
        assert w.model.health == expected
        assert [w.model.health[c].next_step for c in expected] == [
            h.next_step for h in expected.values()
        ]
    finally:
        controller.close()
