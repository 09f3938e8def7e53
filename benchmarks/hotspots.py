"""Where the time goes, for the figures benchmarks/run.py reports as missed.

    python benchmarks/hotspots.py imports                  # the app's start floor, module by module
    python benchmarks/hotspots.py gui-load [--size 10000]  # the GUI thread while the window loads
    python benchmarks/hotspots.py search [--size 10000]    # FTS query per prefix, with its plan
    python benchmarks/hotspots.py due [--size 10000]       # the due list, query by query
    python benchmarks/hotspots.py rows [--size 10000]      # the customer list rows, step by step
    python benchmarks/hotspots.py cli [--size 10000] -- due   # cProfile of a whole command

Uses the journals run.py built (benchmarks/journals/, seed 1). Each step is timed on its own,
without a profiler (medians of several runs): cProfile inflates Python-level calls (PySide6 enum
lookups look ten times dearer under it than they are), so its tables, where printed, show *what*
is called how often, and the plain timings say how long it takes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
JOURNALS = HERE / "journals"


def journal_path(size: int) -> Path:
    path = JOURNALS / f"demo-{size}-s1.sqlite3"
    if not path.exists():
        sys.exit(f"No {path.name}: run `python benchmarks/run.py --sizes {size}` first.")
    return path


def median_ms(fn: Callable[[], object], runs: int = 9) -> float:
    """Median of *runs* timed calls, each from a collected heap and with the collector off
    during the call, as in the app's worker (drivers.py store measures the same way)."""
    fn()  # warm: statement caches, page cache
    gc.freeze()  # the imports, as the app and the CLI freeze them
    times = []
    for _ in range(runs):
        gc.collect()
        gc.disable()
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
        gc.enable()
    return statistics.median(times)


def show(label: str, value: float, unit: str = "ms") -> None:
    print(f"  {value:8.1f} {unit}  {label}")


def plan(raw: Any, sql: str, params: Any = ()) -> None:
    for row in raw.execute("EXPLAIN QUERY PLAN " + sql, params):
        print(f"      plan: {row[-1]}")


# --- modes ----------------------------------------------------------------------------------


def imports(_args: argparse.Namespace) -> None:
    """Each module imported in a fresh interpreter (median of 5), cumulative from nothing."""
    modules = [
        "PySide6.QtWidgets",
        "sqlalchemy.orm",
        "sqlmodel",
        "custjournal.store.models",
        "custjournal.ops",
        "custjournal.gui.main_window",
    ]
    print("Import cost in a fresh process (cumulative: each includes what it imports):")
    for module in modules:
        code = (
            f"import time; t = time.perf_counter(); import {module}; "
            "print((time.perf_counter() - t) * 1000)"
        )
        times = [
            float(
                subprocess.run(
                    [sys.executable, "-c", code], capture_output=True, text=True, check=True
                ).stdout
            )
            for _ in range(5)
        ]
        show(module, statistics.median(times))


def gui_load(args: argparse.Namespace) -> None:
    """Times of the slots that run on the GUI thread while the window loads its data."""
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        # Qt's files (settings, the instance socket) go to a throw-away HOME.
        home = tempfile.mkdtemp(prefix="custjournal-profile-")
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            HOME=home,
            XDG_CONFIG_HOME=f"{home}/.config",
            XDG_RUNTIME_DIR=home,
        )
        sys.exit(subprocess.run([sys.executable, __file__, *sys.argv[1:]], env=env).returncode)

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from custjournal.gui import customer_model, launch, main_window, theme, today, tray

    timings: list[tuple[str, float]] = []

    def timed(cls: type, name: str) -> None:
        original = getattr(cls, name)

        @functools.wraps(original)
        def wrapper(self: Any, *a: Any, **k: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(self, *a, **k)
            finally:
                timings.append((f"{cls.__name__}.{name}", (time.perf_counter() - start) * 1000))

        setattr(cls, name, wrapper)

    # The slots that take the loaded data on the GUI thread (older and newer names: the code
    # moves; what is not there is skipped).
    for cls, name in [
        (main_window.MainWindow, "_rows_arrived"),
        (customer_model.CustomerTableModel, "set_rows"),
        (main_window.MainWindow, "_refresh_tags"),
        (today.TodayView, "_arrived"),
        (today.TodayView, "show_items"),
        (today.DueModel, "set_items"),
        (main_window.MainWindow, "_due_loaded"),
        (tray.TrayController, "due_list_changed"),
    ]:
        if hasattr(cls, name):
            timed(cls, name)
    # How often Qt calls back into Python: installed before the models exist, as PySide
    # binds a Python override when the object is made.
    calls: dict[str, int] = {}
    for cls in (customer_model.CustomerTableModel, today.DueModel):
        original = cls.data

        def counting(
            self: Any,
            index: Any,
            role: int = 0,
            _name: str = cls.__name__,
            _original: Any = original,
        ) -> Any:
            calls[_name] = calls.get(_name, 0) + 1
            return _original(self, index, role)

        cls.data = counting
    app = QApplication([sys.argv[0]])
    app.setOrganizationName(launch.ORG_NAME)
    app.setApplicationName(launch.ORG_NAME)
    theme.apply(app)
    start = time.perf_counter()
    window, controller, server = launch.open_window(journal_path(args.size))
    built = (time.perf_counter() - start) * 1000
    loop = QEventLoop()
    seen: set[str] = set()

    def mark(what: str) -> None:
        seen.add(what)
        if len(seen) == 2:
            loop.quit()

    window.rows_loaded.connect(lambda: mark("rows"))
    window.today_view.loaded.connect(lambda _n: mark("today"))
    loop.exec()
    print(f"GUI thread while {args.size} customers load (nested calls are inside their callers):")
    show("open_window (journal opened, window built and shown)", built)
    for name, ms in timings:
        show(name, ms)
    for name, count in sorted(calls.items()):
        print(f"  {count:8d} calls  {name}.data(), from Qt (sorting proxy, column sizing, paint)")
    server.close()
    controller.close()


def search_mode(args: argparse.Namespace) -> None:
    from custjournal.store import search
    from custjournal.store.journal import open_journal

    journal = open_journal(journal_path(args.size), create=False)
    print(f"customer_fts MATCH per prefix typed ({args.size} customers):")
    with journal.read() as session:
        conn = session.connection()
        for word in ("grinder", "oat milk"):
            for i in range(1, len(word) + 1):
                prefix = word[:i]
                hits = len(search.matching_customer_ids(conn, prefix) or ())
                ms = median_ms(lambda p=prefix: search.matching_customer_ids(conn, p))
                show(f"{prefix!r:12} → {search.match_expression(prefix)} ({hits} customers)", ms)
        raw = conn.connection.dbapi_connection
        plan(raw, "SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?", ('"g"*',))
    journal.close()


def due_mode(args: argparse.Namespace) -> None:
    from custjournal.domain import reminders as rules
    from custjournal.domain import tiers
    from custjournal.store import due, queries, settings
    from custjournal.store.journal import open_journal

    journal = open_journal(journal_path(args.size), create=False)
    today = dt.date.today()
    print(f"store.due.due_items, step by step ({args.size} customers):")
    with journal.read() as session:
        raw = session.connection().connection.dbapi_connection
        currency = settings.currency(session)
        params = {"today": today.isoformat()}
        show(
            "customers with last touch (due._CUSTOMERS_SQL)",
            median_ms(lambda: due._rows(session, due._CUSTOMERS_SQL, params)),
        )
        plan(raw, due._CUSTOMERS_SQL, params)
        values = queries.values_12m(session, today, currency)
        show("values_12m", median_ms(lambda: queries.values_12m(session, today, currency)))
        show("tiers.assign", median_ms(lambda: tiers.assign(values, {}, list(values))))
        lead = today + dt.timedelta(days=rules.PROMISE_LEAD_DAYS)
        show("_promises", median_ms(lambda: due._promises(session, today, lead)))
        show("_important_dates", median_ms(lambda: due._important_dates(session, today)))
        show(
            "_stopped_rhythms (the stored purchase rhythms)",
            median_ms(lambda: due._stopped_rhythms(session, today)),
        )
        show("_marks", median_ms(lambda: due._marks(session)))
        facts = due.customer_facts(session, today)
        show(
            f"customer_facts, all of the above + {len(facts)} CustomerFacts",
            median_ms(lambda: due.customer_facts(session, today)),
        )
        items = rules.due_items(facts, today)
        kinds: dict[str, int] = {}
        for item in items:
            kinds[item.reason] = kinds.get(item.reason, 0) + 1
        show(
            f"domain rules.due_items → {len(items)} items {kinds}",
            median_ms(lambda: rules.due_items(facts, today)),
        )
        show("due_items in all", median_ms(lambda: due.due_items(session, today)))
    journal.close()


def rows_mode(args: argparse.Namespace) -> None:
    from custjournal.store import queries, settings
    from custjournal.store.journal import open_journal

    journal = open_journal(journal_path(args.size), create=False)
    today = dt.date.today()
    print(f"queries.customer_rows, step by step ({args.size} customers):")
    with journal.read() as session:
        currency = settings.currency(session)
        show(
            "customer columns with last touch",
            median_ms(
                lambda: queries.raw_rows(session, queries.LIST_SQL, {"today": today.isoformat()})
            ),
        )
        show("values_12m", median_ms(lambda: queries.values_12m(session, today, currency)))
        show("tags_by_customer", median_ms(lambda: queries.tags_by_customer(session)))
        show("customer_rows in all", median_ms(lambda: queries.customer_rows(session, today)))
    journal.close()


def cli_mode(args: argparse.Namespace) -> None:
    """cProfile of one command (its output thrown away); the custjournal functions first."""
    import contextlib
    import cProfile
    import io
    import pstats

    from custjournal.cli import main

    argv = ["--journal", str(journal_path(args.size)), *args.rest]
    profiler = cProfile.Profile()
    with contextlib.redirect_stdout(io.StringIO()):
        start = time.perf_counter()
        profiler.enable()
        main(argv)
        profiler.disable()
    print(
        f"custjournal {' '.join(args.rest)} on {args.size} customers: "
        f"{time.perf_counter() - start:.2f} s under the profiler (imports not included)"
    )
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats("custjournal", 15)
    stats.sort_stats("tottime").print_stats(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["imports", "gui-load", "search", "due", "rows", "cli"])
    parser.add_argument("--size", type=int, default=10_000)
    argv = sys.argv[1:]
    rest = argv[argv.index("--") + 1 :] if "--" in argv else []
    args = parser.parse_args(argv[: len(argv) - len(rest) - (1 if "--" in argv else 0)])
    args.rest = rest
    {
        "imports": imports,
        "gui-load": gui_load,
        "search": search_mode,
        "due": due_mode,
        "rows": rows_mode,
        "cli": cli_mode,
    }[args.mode](args)


if __name__ == "__main__":
    main()
