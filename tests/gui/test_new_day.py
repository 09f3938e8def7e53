"""The app open across midnight, and the day's Insights page worked out before it is asked for.

The day is the `clock` fixture's (tests/gui/conftest.py): a test moves it and drives the app as a
person would (the window comes back to the front, the minutes pass); nobody waits for midnight.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer

from custjournal import ops
from custjournal.domain import health as rules
from custjournal.domain import insights as di
from custjournal.gui import clock as app_clock
from custjournal.gui import controller as controller_module
from custjournal.gui import main_window as main_window_module
from custjournal.gui.controller import JournalController
from custjournal.gui.main_window import MainWindow
from custjournal.store import health as health_store
from custjournal.store import insights, insights_kept
from custjournal.store.journal import Journal, open_journal

WAIT = 15_000


@pytest.fixture
def people(journal_path, clock):
    """Ada with a promise due tomorrow, Grace talked to today."""
    today = clock.day
    journal = open_journal(journal_path)
    ada = ops.add_customer(journal, "Ada Lovelace", stage="connection").id
    ops.log_conversation(
        journal,
        ada,
        on=today - dt.timedelta(days=3),
        summary="Engines",
        promise="Send the brochure",
        promise_due=today + dt.timedelta(days=1),
        today=today,
    )
    grace = ops.add_customer(journal, "Grace Hopper", stage="loyalty").id
    ops.log_conversation(journal, grace, on=today, summary="Compilers", today=today)
    ops.add_purchase(journal, grace, 120_000, on=today - dt.timedelta(days=5))
    journal.close()
    return {"ada": ada, "grace": grace}


@pytest.fixture
def make_window(qtbot, journal_path):
    made = []

    def make(journal: Journal | None = None) -> MainWindow:
        controller = JournalController(journal or open_journal(journal_path))
        window = MainWindow(controller, use_tray=False)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
            window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.controller.close()


def due_texts(window: MainWindow) -> list[str]:
    """Each item's whole sentence, as its Why cell says it on hover (the cell shows a promise's
    own words)."""
    model = window.today_view.model
    tip = Qt.ItemDataRole.ToolTipRole
    return [str(model.index(r, 1).data(tip)).split(": ", 1)[1] for r in range(model.rowCount())]


def kept_days(journal_path) -> list[tuple[str, str]]:
    """The Insights pages kept in the file: (day, segment)."""
    con = sqlite3.connect(journal_path)
    try:
        return sorted(con.execute("SELECT day, segment FROM insights_kept").fetchall())
    finally:
        con.close()


def settled(window: MainWindow, qtbot) -> None:
    """The window's loads and the work done ahead (today's page, then tomorrow's) are over,
    and their results shown."""
    qtbot.waitUntil(lambda: not window._loading and not window._health_loading, timeout=WAIT)
    for _page in ("today's", "tomorrow's"):
        assert window.controller.wait_for_tasks(WAIT)
        qtbot.waitUntil(lambda: window.controller._ahead is None, timeout=WAIT)
        qtbot.wait(20)


def test_a_new_day_while_the_app_is_open_reloads_today_the_health_and_insights(
    make_window, people, qtbot, clock
):
    window = make_window()
    settled(window, qtbot)
    assert due_texts(window) == ["Promise due tomorrow: Send the brochure"]
    with qtbot.waitSignal(window.insights_view.loaded, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    first_day = clock.day
    assert window.insights_view.insights.today == first_day
    with qtbot.waitSignal(window.insights_view.loaded, timeout=WAIT):
        window.controller.apply(ops.add_tag_many, [people["grace"]], "tea")
    assert window.act_undo.isEnabled()

    clock.day = first_day + dt.timedelta(days=2)  # the night passed; the promise is overdue
    # The window comes back to the front in the morning (after a suspend the timer is late).
    with qtbot.waitSignal(window.insights_view.loaded, timeout=WAIT):
        with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
            window.controller.check_day()
    settled(window, qtbot)
    (why,) = due_texts(window)
    assert why.startswith("Promise overdue by 1 day") and why.endswith("Send the brochure")
    assert window.today_view.model.today == clock.day
    assert window._health_day == clock.day
    with window.controller.journal.reader() as source:
        assert window.model.health == health_store.glance_of_all(source, clock.day)
    assert window.insights_view.insights.today == clock.day
    # Undo is the journal's, not the day's: what the user did yesterday can still be undone.
    assert window.act_undo.isEnabled()


def test_the_timer_set_for_midnight_notices_the_day_without_the_poll(
    make_window, people, qtbot, clock, monkeypatch
):
    monkeypatch.setattr(controller_module, "POLL_MS", 3_600_000)  # no poll in this test
    monkeypatch.setattr(app_clock, "until_tomorrow_ms", lambda: 300)  # midnight is near
    window = make_window()
    settled(window, qtbot)
    days = []
    window.controller.day_changed.connect(days.append)
    clock.day = clock.day + dt.timedelta(days=1)
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        pass  # the timer fires, the day has moved: the list and Today load again
    assert days == [clock.day]
    settled(window, qtbot)
    assert window._health_day == clock.day
    assert window.today_view.model.today == clock.day


def test_the_same_day_noticed_again_reloads_nothing(make_window, people, qtbot):
    window = make_window()
    settled(window, qtbot)
    reloads = []
    window.controller.changed.connect(reloads.append)
    assert not window.controller.check_day()
    assert reloads == []


def test_after_start_up_the_days_page_is_kept_before_insights_is_opened(
    make_window, people, qtbot, clock, journal_path
):
    before = insights_kept.Computed.pages
    window = make_window()
    settled(window, qtbot)
    assert window._insights_view is None  # never made, never shown
    tomorrow = clock.day + dt.timedelta(days=1)
    assert kept_days(journal_path) == [
        (clock.day.isoformat(), "all"),
        (tomorrow.isoformat(), "all"),
    ]
    assert insights_kept.Computed.pages == before + 2  # today's, then tomorrow's
    with qtbot.waitSignal(window.insights_view.loaded, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert insights_kept.Computed.pages == before + 2  # read back, not worked out again
    assert window.insights_view.insights.customers == 2
    assert window.insights_view.insights.today == clock.day


def test_a_new_day_works_out_the_segment_the_view_showed_last(
    make_window, people, qtbot, clock, journal_path
):
    window = make_window()
    settled(window, qtbot)
    with qtbot.waitSignal(window.insights_view.loaded, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.insights_view.loaded, timeout=WAIT):
        assert window.insights_view.set_segment("stage:loyalty")
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # back to Today
    clock.day = clock.day + dt.timedelta(days=1)
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        window.controller.check_day()
    settled(window, qtbot)
    tomorrow = clock.day + dt.timedelta(days=1)
    assert {
        (clock.day.isoformat(), "stage:loyalty"),
        (tomorrow.isoformat(), "stage:loyalty"),
    } <= set(kept_days(journal_path))
    before = insights_kept.Computed.pages
    with qtbot.waitSignal(window.insights_view.loaded, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert insights_kept.Computed.pages == before
    assert window.insights_view.insights.today == clock.day


@pytest.fixture
def held_computation(monkeypatch):
    """The page's computation waits for `release` (set) in the worker, once started."""
    started, release = threading.Event(), threading.Event()
    real = insights.compute_insights

    started.days = []  # the days worked out, in order

    def compute(*args, **kwargs):
        started.days.append(args[2])
        started.set()
        assert release.wait(WAIT / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(insights, "compute_insights", compute)
    return started, release


def test_a_save_during_the_work_ahead_is_kept_and_the_page_shown_has_it(
    make_window, people, qtbot, clock, journal_path, held_computation
):
    started, release = held_computation
    window = make_window()
    qtbot.waitUntil(started.is_set, timeout=WAIT)  # the page is being worked out ahead
    assert window.controller._ahead is not None
    # The user adds a customer meanwhile: saved at once, and the list shows it.
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        window.controller.apply(ops.add_customer, "Katherine Johnson", stage="connection")
    assert window.model.total_count() == 3
    release.set()
    settled(window, qtbot)
    # The page worked out before the save was not kept for it; the one worked out again is.
    with qtbot.waitSignal(window.insights_view.loaded, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.insights_view.insights.customers == 3
    assert window.model.total_count() == 3
    journal = open_journal(journal_path)
    try:
        with journal.reader() as source:
            assert insights_kept.page(source, di.Segment(), clock.day).customers == 3
    finally:
        journal.close()


def test_insights_opened_while_its_page_is_worked_out_ahead_waits_for_that_page(
    make_window, people, qtbot, held_computation, clock
):
    started, release = held_computation
    window = make_window()
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(100)
    assert window.insights_view.insights is None  # waiting, not working it out a second time
    with qtbot.waitSignal(window.insights_view.loaded, timeout=WAIT):
        release.set()
    settled(window, qtbot)
    # The one under way was today's only one (tomorrow's was worked out after it).
    assert started.days == [clock.day, clock.day + dt.timedelta(days=1)]
    assert window.insights_view.insights.customers == 2


def test_insights_waiting_for_the_work_ahead_gets_its_page_when_the_journal_is_replaced(
    make_window, people, qtbot, held_computation, journal_path
):
    """Encrypting from the app replaces the journal before the work ahead's answer arrives:
    the view that waited for it still gets a page (from the journal open now)."""
    started, release = held_computation
    window = make_window()
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(100)
    release.set()
    window.controller.wait_for_tasks(WAIT)  # done, its answer not yet delivered
    with qtbot.waitSignal(window.insights_view.loaded, timeout=WAIT):
        window.controller.replace_journal(open_journal(journal_path, create=False))
    assert window.insights_view.insights is not None
    assert window.insights_view.insights.customers == 2


def test_a_read_only_journal_works_nothing_out_ahead_and_says_nothing(
    make_window, people, qtbot, journal_path
):
    before = insights_kept.Computed.pages
    errors = []
    window = make_window(Journal(journal_path, readonly=True))
    window.controller.error.connect(errors.append)
    settled(window, qtbot)
    assert window.controller._ahead is None
    assert insights_kept.Computed.pages == before
    assert kept_days(journal_path) == []
    assert errors == []
    assert window.model.total_count() == 2


def test_midnight_during_the_work_ahead_works_the_new_days_page_out_after_it(
    make_window, people, qtbot, clock, journal_path, held_computation
):
    started, release = held_computation
    window = make_window()
    qtbot.waitUntil(started.is_set, timeout=WAIT)  # yesterday's page, still being worked out
    clock.day = clock.day + dt.timedelta(days=1)
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        window.controller.check_day()
    release.set()
    settled(window, qtbot)
    qtbot.waitUntil(lambda: window._ahead_day == clock.day, timeout=WAIT)
    settled(window, qtbot)
    tomorrow = clock.day + dt.timedelta(days=1)
    assert kept_days(journal_path) == [
        (clock.day.isoformat(), "all"),
        (tomorrow.isoformat(), "all"),
    ]


def test_work_done_ahead_gives_the_window_the_interpreter_while_it_works(
    make_window, people, qtbot, held_computation
):
    """A click handled, a customer page laid out and painted: tens of milliseconds of the GUI
    thread's Python, which shared the interpreter lock with the page being worked out ahead
    and took twice as long. The work now waits at its next checkpoint while the window's event
    loop is awake, however short its work, and goes on once the loop sleeps again."""
    started, release = held_computation
    window = make_window()
    qtbot.waitUntil(started.is_set, timeout=WAIT)  # the page is being worked out ahead
    controller = window.controller
    ahead = controller._ahead
    assert ahead is not None
    went_on = threading.Event()
    seen: dict[str, bool] = {}

    def checkpoint() -> None:  # where the work ahead looks whether to give way
        controller._give_way(ahead)
        went_on.set()

    def a_short_burst_of_work() -> None:  # on the GUI thread, as a page painted
        worker = threading.Thread(target=checkpoint)
        worker.start()
        until = time.monotonic() + 0.02
        while time.monotonic() < until:
            pass
        seen["during"] = went_on.is_set()

    QTimer.singleShot(0, a_short_burst_of_work)
    qtbot.waitUntil(lambda: "during" in seen, timeout=WAIT)
    assert seen["during"] is False  # it waited while the window worked
    qtbot.waitUntil(went_on.is_set, timeout=WAIT)  # and went on once the window was idle
    release.set()
    settled(window, qtbot)


@pytest.fixture
def facts_worked_out(monkeypatch):
    """The days whose health is worked out from the entries (not read kept), as asked."""
    asked: list[tuple[dt.date, ...]] = []
    real = health_store._facts

    def facts(source, days, *args, **kwargs):
        asked.append(tuple(days))
        return real(source, days, *args, **kwargs)

    monkeypatch.setattr(health_store, "_facts", facts)
    return asked


def is_kept(journal_path, day: dt.date, segment: str = "all") -> bool:
    journal = open_journal(journal_path)
    try:
        with journal.reader() as source:
            return insights_kept.is_kept(source, di.Segment.parse(segment), day)
    finally:
        journal.close()


def test_tomorrows_page_and_health_worked_out_the_day_before_are_read_at_the_days_change(
    make_window, people, qtbot, clock, journal_path, facts_worked_out
):
    window = make_window()
    settled(window, qtbot)
    tomorrow = clock.day + dt.timedelta(days=1)
    assert is_kept(journal_path, clock.day) and is_kept(journal_path, tomorrow)
    computed = insights_kept.Computed.pages
    qtbot.wait(300)
    assert insights_kept.Computed.pages == computed  # nothing more to do: no loop
    facts_worked_out.clear()

    clock.day = tomorrow  # midnight
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        window.controller.check_day()
    qtbot.waitUntil(lambda: window._health_day == tomorrow, timeout=WAIT)
    with qtbot.waitSignal(window.insights_view.loaded, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.insights_view.insights.today == tomorrow
    settled(window, qtbot)
    # The day's Health column and page were read kept: neither the page nor the health of its
    # days (tomorrow and 90 days before) was worked out; the day after's was, ahead.
    assert insights_kept.Computed.pages == computed + 1
    earlier = tomorrow - dt.timedelta(days=insights.RECENT_DAYS)
    assert not [days for days in facts_worked_out if tomorrow in days or earlier in days]
    assert is_kept(journal_path, tomorrow + dt.timedelta(days=1))
    with window.controller.journal.reader() as source:  # as worked out from the entries
        assert (
            window.model.health
            == health_store._gather(source, (tomorrow,), health_store.ALL, rules.at_a_glance)[0]
        )
    fresh = insights.compute_insights
    with window.controller.journal.reader() as source:
        assert window.insights_view.insights == fresh(source, di.Segment(), tomorrow)


def test_a_change_after_tomorrows_page_is_kept_is_in_it_the_next_day(
    make_window, people, qtbot, clock, journal_path, monkeypatch
):
    monkeypatch.setattr(main_window_module, "TOMORROW_IDLE_MS", 200)
    window = make_window()
    settled(window, qtbot)
    tomorrow = clock.day + dt.timedelta(days=1)
    assert is_kept(journal_path, tomorrow)
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        window.controller.apply(ops.add_customer, "Katherine Johnson", stage="connection")
    assert not is_kept(journal_path, tomorrow)  # the change forgot it
    # Once no change came for a while, it is worked out again, once.
    qtbot.waitUntil(lambda: is_kept(journal_path, tomorrow), timeout=WAIT)
    settled(window, qtbot)
    computed = insights_kept.Computed.pages
    qtbot.wait(600)
    assert insights_kept.Computed.pages == computed

    clock.day = tomorrow
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        window.controller.check_day()
    with qtbot.waitSignal(window.insights_view.loaded, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.insights_view.insights.customers == 3
    assert window.insights_view.insights.today == tomorrow
    settled(window, qtbot)
    assert insights_kept.Computed.pages == computed + 1  # the day after's, ahead; not this one


def test_insights_opened_while_tomorrows_page_is_worked_out_does_not_wait_for_it(
    make_window, people, qtbot, clock, journal_path, monkeypatch
):
    """Tomorrow's page is under way when the user opens today's: tomorrow's stops (its read and
    `keeping` let go) at its next checkpoint, today's is shown, and tomorrow's is worked out
    again once the window is idle."""
    monkeypatch.setattr(main_window_module, "TOMORROW_IDLE_MS", 200)
    started, hold = threading.Event(), threading.Event()
    days: list[dt.date] = []
    real = insights.compute_insights

    def compute(*args, **kwargs):
        days.append(args[2])
        if args[2] != clock.day:  # tomorrow's
            started.set()
            assert hold.wait(WAIT / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(insights, "compute_insights", compute)
    window = make_window()
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    tomorrow = clock.day + dt.timedelta(days=1)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(100)
    with qtbot.waitSignal(window.insights_view.loaded, timeout=WAIT):
        hold.set()
    assert window.insights_view.insights.today == clock.day
    assert days == [clock.day, tomorrow]  # today's page read kept
    qtbot.waitUntil(lambda: is_kept(journal_path, tomorrow), timeout=WAIT)
    assert days == [clock.day, tomorrow, tomorrow]


def test_closing_while_tomorrows_page_is_worked_out_does_not_wait_for_it(
    make_window, people, qtbot, clock, journal_path, monkeypatch
):
    """The window closes while tomorrow's page is under way (here 3 s of work with a
    checkpoint every 10 ms): nobody will read it, so it stops at its next checkpoint and the
    close is quick; nothing of it is kept half, today's page stays kept, and nothing is
    tried again after the close."""
    started = threading.Event()
    checkpoints: list[int] = []
    real = insights.compute_insights

    def compute(source, segment, day, *args, **kwargs):
        if day != clock.day:  # tomorrow's
            started.set()
            for n in range(300):
                checkpoints.append(n)
                source.pause()  # a checkpoint, as the reader's every 64 rows
                time.sleep(0.01)
        return real(source, segment, day, *args, **kwargs)

    monkeypatch.setattr(insights, "compute_insights", compute)
    window = make_window()
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    began = time.perf_counter()
    window.close()
    window.controller.close()
    took = time.perf_counter() - began
    assert took < 1.0, f"closing took {took:.1f} s"
    assert len(checkpoints) < 300
    assert kept_days(journal_path) == [(clock.day.isoformat(), "all")]
    assert not window._tomorrow_idle.isActive()
    con = sqlite3.connect(journal_path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        con.close()
