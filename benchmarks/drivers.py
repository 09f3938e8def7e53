"""What benchmarks/run.py runs in a fresh process: one mode per kind of measurement.

    python benchmarks/drivers.py floor
    python benchmarks/drivers.py start JOURNAL
    python benchmarks/drivers.py interact JOURNAL --words grinder,oat milk --heavy ID --typical ID
    python benchmarks/drivers.py store JOURNAL --typical ID --heavy-journal PATH --heavy ID
    python benchmarks/drivers.py cli -- COMMAND ARGS...

Each mode prints one line `BENCH-RESULT {json}` (on stderr for `cli`, whose stdout is the
command's) and exits. A fresh process per measurement keeps one run's caches, garbage and Qt
state out of the next, and is the only honest way to time a start. Times "since process start"
are measured from BENCH_T0, the parent's `time.time()` taken just before it spawned us, so they
include the interpreter's own start.

The Qt modes expect QT_QPA_PLATFORM=offscreen and a throw-away HOME (run.py sets both), and give
up with a traceback after a while rather than hang on a dialog nobody can see.
"""

from __future__ import annotations

import argparse
import faulthandler
import gc
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

RESULT_TAG = "BENCH-RESULT "
HEARTBEAT_MS = 5
TYPE_PAUSE_MS = 80  # between keystrokes: a quick typist, and time for the list to repaint


def emit(result: dict[str, Any], stream: Any = None) -> None:
    print(RESULT_TAG + json.dumps(result), file=stream or sys.stdout, flush=True)


def since_start() -> float:
    return time.time() - float(os.environ["BENCH_T0"])


def cpu_seconds() -> float:
    """User and system CPU time of this process so far: what the machine's load leaves alone."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mb() -> float:
    """The process's peak resident set (VmHWM), in MiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


# --- Qt helpers -------------------------------------------------------------------------------


def _heartbeat_class() -> Any:
    from PySide6.QtCore import QObject, Qt, QTimer

    class Heartbeat(QObject):
        """A 5 ms timer: the longest gap between two ticks is the longest the GUI thread was busy.

        Gaps count from the first tick, so the window's very first paint (before which the user
        sees nothing, and which is part of the start time) is not taken for a freeze.
        """

        def __init__(self) -> None:
            super().__init__()
            self.timer = QTimer(self)
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
            self.timer.setInterval(HEARTBEAT_MS)
            self.timer.timeout.connect(self._tick)
            self.last: float | None = None
            self.worst = 0.0

        def start(self) -> None:
            self.timer.start()

        def _tick(self) -> None:
            now = time.perf_counter()
            if self.last is not None:
                self.worst = max(self.worst, now - self.last)
            self.last = now

        def take(self) -> float:
            """The worst gap since the last take (in ms); starts a new period."""
            worst, self.worst = self.worst, 0.0
            return ms(worst)

    return Heartbeat()


def _pump(msecs: int) -> None:
    """Run the event loop for *msecs* (timers fire, paints happen; no busy waiting)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def _settle(app: Any, window: Any) -> None:
    """Until the window is exposed, then once more: what is pending (layout, paint) is done."""
    deadline = time.perf_counter() + 5
    handle = window.windowHandle()
    while handle is not None and not handle.isExposed() and time.perf_counter() < deadline:
        app.processEvents()
    app.processEvents()
    app.processEvents()


def _watch_loaded(window: Any, on_both: Any) -> dict[str, float]:
    """Call *on_both* once the list has rows and the Today view has its items."""
    seen: dict[str, float] = {}

    def mark(what: str) -> None:
        if what in seen:
            return
        seen[what] = since_start()
        if "rows" in seen and "today" in seen:
            on_both()

    window.rows_loaded.connect(lambda: mark("rows"))
    window.today_view.loaded.connect(lambda _count: mark("today"))
    return seen


# A start takes seconds; after this the window is taken for stuck (settable to test the report).
STALL_MS = int(os.environ.get("BENCH_STALL_MS", "45000"))


def _stall_report(window: Any, seen: dict[str, float]) -> None:
    """The window never finished loading: say what it shows, dump the threads, and end.

    A hidden message box (an exception in a slot, a failed load) is the usual cause, and
    offscreen nobody can close it; its text is the diagnosis.
    """
    from PySide6.QtWidgets import QApplication

    shown = []
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not window:
            text = getattr(widget, "text", None)
            shown.append(f"{type(widget).__name__}: {text() if callable(text) else ''}".strip())
    emit(
        {
            "stalled": True,
            "seen": seen,
            "status_bar": window.statusBar().currentMessage(),
            "other_windows": shown,
            "workers": window.controller.pool.activeThreadCount(),
        }
    )
    faulthandler.dump_traceback(sys.stderr)
    os._exit(0)


def _list_filter(window: Any) -> Any:
    """What filters the customer list: a sort/filter proxy, or the model itself (newer code)."""
    return getattr(window, "proxy", None) or window.model


def _row_of(window: Any, customer_id: int) -> Any:
    model = window.model
    if hasattr(model, "find"):
        return model.find(customer_id)
    return model.customer(model.row_for_id(customer_id))


# --- modes ------------------------------------------------------------------------------------


def floor(_args: argparse.Namespace) -> None:
    """A bare QMainWindow, shown offscreen: what any PySide6 app's start costs here.

    Most of its peak RSS (and of the app's) is Qt's shared libraries mapped from the page
    cache, and how much of them a page fault maps depends on how they came into the cache:
    the same window in the same venv measured 64 MB with the libraries just installed and
    51 MB once they had been evicted and read back by its own faults (file-backed 45 against
    33 MB; private 16-17 MB either way). Compare the app with the floor of the same run only.
    """
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1200, 760)
    window.show()
    _settle(app, window)
    emit({"seconds": since_start(), "cpu_s": cpu_seconds(), "rss_mb": peak_rss_mb()})


def start(args: argparse.Namespace) -> None:
    """The real start (`launch.run`), stopped once the list and the Today view are shown."""
    from custjournal.gui import launch

    original = launch.open_window
    result: dict[str, Any] = {}

    def open_window(path: Path):
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        window, controller, server = original(path)
        result["window_built"] = since_start()
        beat = _heartbeat_class()
        beat.start()

        def done() -> None:
            try:
                app = QApplication.instance()
                _settle(app, window)
                result["seconds"] = since_start()
                result["cpu_s"] = cpu_seconds()
                result["rss_mb"] = peak_rss_mb()
                result["gap_ms"] = beat.take()
                result["rows"] = window.model.rowCount()
                result["due"] = window.today_view.model.rowCount()
                result.update({f"{k}_at": v for k, v in seen.items()})
                emit(result)
                app.exit(0)
            except BaseException:  # a hook that fails must not leave a hidden message box
                import traceback

                traceback.print_exc()
                os._exit(3)

        seen = _watch_loaded(window, done)
        QTimer.singleShot(STALL_MS, lambda: _stall_report(window, seen))
        return window, controller, server

    launch.open_window = open_window
    code = launch.run(str(args.journal), [sys.argv[0]])
    if "seconds" not in result:
        print(f"the app ended (exit {code}) before its window was loaded", file=sys.stderr)
        sys.exit(3)


def interact(args: argparse.Namespace) -> None:
    """Type words into the search field and open customer pages, in the real main window."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from custjournal.gui import launch, theme
    from custjournal.store import search

    app = QApplication([sys.argv[0]])
    app.setOrganizationName(launch.ORG_NAME)
    app.setApplicationName(launch.ORG_NAME)
    theme.apply(app)
    window, controller, server = launch.open_window(Path(args.journal))
    launch.settle_heap(window)  # as launch.run does once the window is open
    beat = _heartbeat_class()
    beat.start()
    loop = QEventLoop()
    seen = _watch_loaded(window, loop.quit)
    QTimer.singleShot(STALL_MS, lambda: len(seen) < 2 and _stall_report(window, seen))
    if len(seen) < 2:
        loop.exec()
    _pump(300)  # the first paints after loading belong to the loading period
    result: dict[str, Any] = {"load_gap_ms": beat.take(), "rows": window.model.rowCount()}

    # Typing: each keystroke runs the FTS query and refilters the list synchronously (and may
    # open the first customer), so the time of keyClicks is the time of the list update.
    window.activateWindow()
    window.search.setFocus()
    keystrokes: list[float] = []
    keystroke_cpu: list[float] = []  # the GUI thread's own CPU time: what the load leaves alone
    clears: list[float] = []
    worst = (0.0, "")  # the longest block while typing, and after what
    gaps: list[float] = []  # the longest block after each keystroke (its median: the usual one)
    pages_opened = 0
    # Keystrokes typed while the Health column's read ran in its worker (on the first read of a
    # day, health not kept yet: most of the first word), and the worst gap among them.
    during_health: list[float] = []
    for _ in range(args.rounds):
        for word in args.words:
            for i, ch in enumerate(word):
                health_loading = getattr(window, "_health_loading", False)
                before = window.page.customer_id
                t0, c0 = time.perf_counter(), time.thread_time()
                QTest.keyClicks(window.search, ch)
                keystrokes.append(ms(time.perf_counter() - t0))
                opened = window.page.customer_id != before
                pages_opened += opened
                _pump(TYPE_PAUSE_MS)
                keystroke_cpu.append(ms(time.thread_time() - c0))
                gap = beat.take()  # the keystroke, and the repaint after it
                gaps.append(gap)
                if health_loading:
                    during_health.append(gap)
                what = f"typing {word[: i + 1]!r}" + (" (opened a page)" if opened else "")
                worst = max(worst, (gap, what))
            t0 = time.perf_counter()
            window.search.clear()
            clears.append(ms(time.perf_counter() - t0))
            _pump(TYPE_PAUSE_MS)
            worst = max(worst, (beat.take(), f"clearing after {word!r}"))
    # The same words with a customer open (their page shown, their row current), as a user
    # types after looking at someone: each letter also says why that customer matched.
    window.select_customer(window.model.customer(0).id)
    _pump(TYPE_PAUSE_MS)
    window.search.setFocus()
    beat.take()
    worst_open = (0.0, "")
    for word in args.words:
        for i, ch in enumerate(word):
            QTest.keyClicks(window.search, ch)
            _pump(TYPE_PAUSE_MS)
            worst_open = max(worst_open, (beat.take(), f"typing {word[: i + 1]!r}"))
        window.search.clear()
        _pump(TYPE_PAUSE_MS)
        worst_open = max(worst_open, (beat.take(), f"clearing after {word!r}"))
    result.update(
        typing_open_gap_ms=worst_open[0],
        typing_open_gap_at=worst_open[1],
        keystroke_ms=keystrokes,
        keystroke_cpu_ms=keystroke_cpu,
        clear_ms=clears,
        typing_gap_ms=worst[0],
        typing_gaps_ms=gaps,
        typing_during_health=len(during_health),
        typing_during_health_gap_ms=max(during_health, default=0.0),
        typing_gap_at=worst[1],
        pages_opened=pages_opened,
        shown_after_last=window.table.model().rowCount(),
    )

    # Where a keystroke's time goes: the FTS query alone, and the list filter alone.
    fts, filtering = [], []
    list_filter = _list_filter(window)
    prefixes = [w[:i] for w in args.words for i in range(1, len(w) + 1)]
    for prefix in prefixes:
        t0 = time.perf_counter()
        with controller.journal.read() as session:
            ids = search.matching_customer_ids(session.connection(), prefix)
        fts.append(ms(time.perf_counter() - t0))
        t0 = time.perf_counter()
        list_filter.set_filters(matching_ids=ids)
        filtering.append(ms(time.perf_counter() - t0))
    list_filter.set_filters(matching_ids=None)
    result.update(fts_ms=fts, filter_ms=filtering)
    _pump(100)

    # Reloads as a change written elsewhere brings them: the list, Today, everyone's health.
    # The GUI thread's own CPU from the reload until the Health column is filled in again,
    # and the worst gap meanwhile.
    reload_cpu: list[float] = []
    beat.take()
    for _ in range(args.page_repeat):
        c0 = time.thread_time()
        if hasattr(window, "_health_scope"):
            window._health_scope = None  # what an outside change sets: everyone's health
        loop = QEventLoop()
        window.rows_loaded.connect(loop.quit)
        window.reload_list()
        loop.exec()
        window.rows_loaded.disconnect(loop.quit)
        deadline = time.perf_counter() + 30
        while getattr(window, "_health_loading", False) and time.perf_counter() < deadline:
            _pump(20)
        _pump(100)  # the repaint after the Health column
        reload_cpu.append(ms(time.thread_time() - c0))
    result.update(reload_cpu_ms=reload_cpu, reload_gap_ms=beat.take())

    # Opening customer pages: the typical customer, then the one with 500 timeline entries.
    sink: dict[str, list[float]] = {
        "typical": [],
        "typical_paint": [],
        "heavy": [],
        "heavy_paint": [],
    }
    beat.take()
    for _ in range(args.page_repeat):
        for name, cid in (("typical", args.typical), ("heavy", args.heavy)):
            row = _row_of(window, cid)
            t0 = time.perf_counter()
            window.page.show_customer(row)
            window.stack.setCurrentWidget(window.page)
            t1 = time.perf_counter()
            app.processEvents()
            app.processEvents()
            t2 = time.perf_counter()
            sink[name].append(ms(t1 - t0))
            sink[f"{name}_paint"].append(ms(t2 - t0))
            if name == "heavy":
                result["heavy_timeline_items"] = window.page.timeline.topLevelItemCount()
            _pump(60)
    result.update({f"page_{k}_ms": v for k, v in sink.items()}, page_gap_ms=beat.take())
    emit(result)
    server.close()
    controller.close()


def store(args: argparse.Namespace) -> None:
    """The due list, briefs, relationship health and the Insights page, each in a session of its
    own as the app's views make them."""
    import datetime as dt

    from custjournal.store import due, health, queries
    from custjournal.store.brief_data import load_brief
    from custjournal.store.journal import open_journal

    today = dt.date.today()
    journal = open_journal(Path(args.journal), create=False)
    heavy = open_journal(Path(args.heavy_journal), create=False)
    # The heap as the app has it once its window is up (launch.settle_heap).
    gc.freeze()

    def timed(fn: Any) -> tuple[list[float], Any]:
        fn()  # the first call pays for SQLAlchemy's statement caches: not what we measure
        times, value = [], None
        for _ in range(args.repeat):
            # As in the app, where these run in a worker: automatic collection is off there
            # (gui/controller.py) and the GUI thread collects between loads.
            value = None
            gc.collect()
            gc.disable()
            t0 = time.perf_counter()
            value = fn()
            times.append(ms(time.perf_counter() - t0))
            gc.enable()
        return times, value

    def due_list() -> Any:
        with journal.read() as session:
            return due.due_items(session, today)

    def brief(j: Any, cid: int) -> Any:
        with j.read() as session:
            return load_brief(session, cid, today)

    def rows() -> Any:
        with journal.read() as session:
            return queries.customer_rows(session, today)

    def health_one() -> Any:
        with journal.read() as session:
            return health.health_of(session, args.typical, today)

    def health_all() -> Any:
        # As the app's list worker reads it: the plain read path, which keeps what it works
        # out (store/health_kept.py), so the runs after the first read the kept rows.
        with journal.reader() as source:
            return health.health_of_all(source, today)

    def health_all_cold() -> list[float]:
        # The first read of a day: nothing kept yet (forgotten before each run, as a purchase
        # would, outside the time measured).
        times = []
        for _ in range(args.repeat):
            with journal.write() as session:
                session.connection().exec_driver_sql("DELETE FROM health_kept")
            gc.collect()
            gc.disable()
            t0 = time.perf_counter()
            health_all()
            times.append(ms(time.perf_counter() - t0))
            gc.enable()
        return times

    def health_all_new_day() -> list[float]:
        # The first read of a day with yesterday's kept (the app was open yesterday): today
        # carried from yesterday's rows (store/health.py, `_carry`), put back before each run
        # outside the time measured.
        with journal.write() as session:
            session.connection().exec_driver_sql("DELETE FROM health_kept")
        with journal.reader() as source:
            health.health_of_all(source, today - dt.timedelta(days=1))
            yesterday = source.rows(
                "SELECT customer_id, day, version, knowledge, responsibility, respect, care, "
                "facts FROM health_kept"
            )
        times = []
        for _ in range(args.repeat):
            with journal.write() as session:
                conn = session.connection()
                conn.exec_driver_sql("DELETE FROM health_kept")
                conn.exec_driver_sql(
                    "INSERT INTO health_kept (customer_id, day, version, knowledge, "
                    "responsibility, respect, care, facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    yesterday,
                )
            gc.collect()
            gc.disable()
            t0 = time.perf_counter()
            health_all()
            times.append(ms(time.perf_counter() - t0))
            gc.enable()
        return times

    def insights_page() -> Any:
        from custjournal.domain.insights import Segment
        from custjournal.store.insights import compute_insights

        with journal.read() as session:
            return compute_insights(session, Segment(), today)

    def insights_kept_page() -> Any:
        # The page as the app's worker and the command get it: kept until the journal changes
        # (store/insights_kept.py); after the first call, a read.
        from custjournal.domain.insights import Segment
        from custjournal.store import insights_kept

        with journal.reader() as source:
            return insights_kept.page(source, Segment(), today)

    def insights_changed_page(delight: bool = False) -> list[float]:
        # The first page after a one-entry change, as the app's worker works it out then: a
        # conversation logged through ops (outside the time measured; with *delight*, one
        # with a delight said), then the page from what stayed kept of the last one
        # (store/insights_kept.py, store/insights.py `KeptParts`). The conversations are
        # deleted again at the end: the demo journal is reused by runs.
        from custjournal import ops

        insights_kept_page()
        times, logged = [], []
        try:
            for _ in range(args.repeat):
                done = ops.log_conversation(
                    journal,
                    args.typical,
                    summary="Benchmark call",
                    today=today,
                    delights=["They answered the same day"] if delight else (),
                )
                logged.append(done.id)
                gc.collect()
                gc.disable()
                t0 = time.perf_counter()
                insights_kept_page()
                times.append(ms(time.perf_counter() - t0))
                gc.enable()
        finally:
            for conversation_id in logged:
                ops.delete_entry(journal, "conversation", conversation_id)
        return times

    def page_on(day: dt.date) -> Any:
        from custjournal.domain.insights import Segment
        from custjournal.store import insights_kept

        with journal.reader() as source:
            return insights_kept.page(source, Segment(), day)

    yesterday = today - dt.timedelta(days=1)

    def yesterdays_page() -> None:
        # What a day's first page finds when the app was open yesterday: yesterday's page kept,
        # with its health (yesterday and 90 days before), its parts; nothing of today's.
        from custjournal.store import insights

        with journal.write() as session:
            conn = session.connection()
            conn.exec_driver_sql("DELETE FROM health_kept")
            conn.exec_driver_sql("DELETE FROM insights_part")
            conn.exec_driver_sql("DELETE FROM insights_kept")
        page_on(yesterday)
        insights.forget_day(today)  # nothing of today's remembered in this process either

    def insights_new_day() -> list[float]:
        # The day's first page, nothing of it worked out ahead: yesterday's kept (set up before
        # each run, outside the time measured: a few seconds each, so at most five runs).
        times = []
        for _ in range(min(args.repeat, 5)):
            yesterdays_page()
            gc.collect()
            gc.disable()
            t0 = time.perf_counter()
            page_on(today)
            times.append(ms(time.perf_counter() - t0))
            gc.enable()
        return times

    def insights_ahead(change: bool = False) -> list[float]:
        # The day's first page, worked out ahead the day before (gui/main_window.py
        # `work_out_ahead`: yesterday's page, then today's, in the app that was open), in the
        # process that worked it out. *change*: a conversation logged after the work ahead
        # (yesterday, outside the time measured, before each run), with no time left for the
        # app to work the page out again: the page from what stayed kept of it.
        from custjournal import ops

        yesterdays_page()
        page_on(today)
        times, logged = [], []
        try:
            for _ in range(args.repeat):
                if change:
                    done = ops.log_conversation(
                        journal,
                        args.typical,
                        summary="Benchmark call",
                        on=yesterday,
                        today=yesterday,
                    )
                    logged.append(done.id)
                gc.collect()
                gc.disable()
                t0 = time.perf_counter()
                page_on(today)
                times.append(ms(time.perf_counter() - t0))
                gc.enable()
        finally:
            for conversation_id in logged:
                ops.delete_entry(journal, "conversation", conversation_id)
        return times

    def health_all_ahead() -> list[float]:
        # The day's first Health column, today's page worked out ahead the day before: today's
        # rows kept by it.
        yesterdays_page()
        page_on(today)
        times, _ = timed(health_all)
        return times

    due_ms, items = timed(due_list)
    brief_ms, _ = timed(lambda: brief(journal, args.typical))
    heavy_ms, _ = timed(lambda: brief(heavy, args.heavy))
    rows_ms, listed = timed(rows)
    health_one_ms, _ = timed(health_one)
    health_all_cold_ms = health_all_cold()
    health_all_new_day_ms = health_all_new_day()
    health_all_ms, every = timed(health_all)
    insights_ms, _ = timed(insights_page)
    insights_kept_ms, _ = timed(insights_kept_page)
    insights_changed_ms = insights_changed_page()
    insights_delight_ms = insights_changed_page(delight=True)
    insights_new_day_ms = insights_new_day()
    insights_ahead_ms = insights_ahead()
    insights_ahead_changed_ms = insights_ahead(change=True)
    health_all_ahead_ms = health_all_ahead()
    emit(
        {
            "due_ms": due_ms,
            "due_items": len(items),
            "brief_ms": brief_ms,
            "brief_heavy_ms": heavy_ms,
            "rows_ms": rows_ms,
            "rows": len(listed),
            "health_one_ms": health_one_ms,
            "health_all_ms": health_all_ms,
            "health_all_cold_ms": health_all_cold_ms,
            "health_all_new_day_ms": health_all_new_day_ms,
            "health_all": len(every),
            "insights_ms": insights_ms,
            "insights_kept_ms": insights_kept_ms,
            "insights_changed_ms": insights_changed_ms,
            "insights_delight_ms": insights_delight_ms,
            "insights_new_day_ms": insights_new_day_ms,
            "insights_ahead_ms": insights_ahead_ms,
            "insights_ahead_changed_ms": insights_ahead_changed_ms,
            "health_all_ahead_ms": health_all_ahead_ms,
        }
    )
    journal.close()
    heavy.close()


def duplicates(args: argparse.Namespace) -> None:
    """Finding likely duplicates (store.duplicates.find, as the app's worker runs it), with
    rapidfuzz's ratio and with the standard library's difflib, and whether they agree."""
    from custjournal.domain import duplicates as finder
    from custjournal.store import duplicates as store_duplicates
    from custjournal.store.journal import open_journal

    journal = open_journal(Path(args.journal), create=False)
    result: dict[str, Any] = {}
    found: dict[str, set[tuple[int, int, str]]] = {}
    for kind in ("rapidfuzz", "difflib"):
        ratio = finder.ratio_function(kind)
        times, cpu = [], []
        pairs: list[Any] = []
        for _ in range(args.repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            pairs = store_duplicates.find(journal, ratio=ratio)
            times.append(ms(time.perf_counter() - t0))
            cpu.append(ms(time.process_time() - c0))  # the machine is shared: CPU time too
        result[f"{kind}_ms"] = times
        result[f"{kind}_cpu_ms"] = cpu
        found[kind] = {(p.first, p.second, p.reason) for p in pairs}
    result["pairs"] = len(found["rapidfuzz"])
    result["differ"] = len(found["rapidfuzz"] ^ found["difflib"])
    emit(result)
    journal.close()


def cli(args: argparse.Namespace) -> None:
    """Run a `custjournal` command; report on stderr whether Qt was imported on the way."""
    import atexit

    def report() -> None:
        qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
        emit({"qt_modules": qt[:10], "qt_count": len(qt)}, sys.stderr)

    atexit.register(report)
    from custjournal.cli import main

    sys.argv = ["custjournal", *args.rest]
    raise SystemExit(main(args.rest))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    sub.add_parser("floor")
    p = sub.add_parser("start")
    p.add_argument("journal")
    p = sub.add_parser("interact")
    p.add_argument("journal")
    p.add_argument("--words", type=lambda s: s.split(","), required=True)
    p.add_argument("--rounds", type=int, default=1)
    p.add_argument("--heavy", type=int, required=True)
    p.add_argument("--typical", type=int, required=True)
    p.add_argument("--page-repeat", type=int, default=5)
    p = sub.add_parser("store")
    p.add_argument("journal")
    p.add_argument("--typical", type=int, required=True)
    p.add_argument("--heavy-journal", required=True)
    p.add_argument("--heavy", type=int, required=True)
    p.add_argument("--repeat", type=int, default=10)
    p = sub.add_parser("duplicates")
    p.add_argument("journal")
    p.add_argument("--repeat", type=int, default=5)
    p = sub.add_parser("cli")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    if args.mode == "cli" and args.rest[:1] == ["--"]:
        args.rest = args.rest[1:]
    # A hung run (a dialog offscreen, a deadlock) dumps its stacks and ends instead of waiting.
    faulthandler.dump_traceback_later(int(os.environ.get("BENCH_TIMEOUT", "300")), exit=True)
    modes = {
        "floor": floor,
        "start": start,
        "interact": interact,
        "store": store,
        "duplicates": duplicates,
        "cli": cli,
    }
    modes[args.mode](args)


if __name__ == "__main__":
    main()
