"""How long the Insights page takes on a big journal, section by section, and as a command.

    python benchmarks/insights.py [--journal PATH] [--small PATH] [--customers 10000] [--runs 9]
                                  [--gui N] [--in-process]

Builds demo journals first where there are none (PATH with --customers, about 1.5 minutes for
10,000; --small with 10). Prints, in process, the median and best of
`store.insights.compute_insights` for all customers and for a segment (wall-clock and CPU, since
this machine is shared), read through `Journal.reader()` as the app's worker and the command do,
and the part of it that is relationship health (`store.health.scores_of_all_at`, today and 90
days ago, read together); then `custjournal insights --json` as whole processes on both
journals, in alternating rounds, and their ratio (goal: ≤ 1.5×), beside the floor `python -c "import sqlite3"`.

Since the page is kept in the journal (store/insights_kept.py), both are measured three ways:
*cold*, nothing kept (each run preceded by what the first read of a day finds: no kept page and
no kept parts), *changed*, the first computation after a one-entry change (a conversation
logged through ops, with a delight in a second row: what the app's worker works out after an
entry is saved, from the parts kept of the previous page, store/insights.py `KeptParts`), and
*warm*, the kept page read back (`insights_kept.page`; the command's JSON kept beside it); and
*a new day*: yesterday's page worked out and kept, then today's (what the first page of a day
finds: no page kept for the day, the parts kept across days), with and without relationship
health. Relationship health of every customer (`store.health`), the day's first read of it, is
measured with nothing kept and with yesterday's kept (the day before's rows, as yesterday's list
and page left them: today is carried from them), for one day (the list's question) and for the
page's two days (today and 90 days before). In
process, runs are timed with the cyclic collector held, as the app's worker and the command
have it (gui/controller.py, cli). With
--gui N, the app's window on the big journal opens the Insights view N times (offscreen) and
reports the longest the GUI thread was blocked each time (a 5 ms heartbeat, as
benchmarks/run.py measures start-up; goal ≤ 50 ms). The goals are in benchmarks/run.py and
RESULTS.md.

With --ahead N (only that), the page the app works out ahead (gui/controller.py
`work_out_ahead`), each run a fresh window process on a copy of the big journal as a new day
finds it (yesterday's page and health kept, nothing for today), in the app's own way and in
others, for comparison:

- `ahead`: this app (a pool of its own that gives way to the user's work);
- `none`: nothing worked out ahead (as before it: the view works its page out when shown);
- `one-pool`: the job queued in the controller's one pool;
- `no-give-way`: a pool of its own that does not give way.

Scenarios: `open-at-once`, Ctrl+3 the moment the list shows; `open-later`, Ctrl+3 once the
window's loads (and the job) are over; `save`, a conversation saved 150 ms into the job (or, for
`none`, as long after the Health column arrived), timed until the list shows it again. `page`,
the page of the customer with the most conversations opened 150 ms into the job (as
run.py's "customer page, painted": `show_customer` and two rounds of events). Each
prints the wall and CPU time (the whole process's, all threads) from Ctrl+3 (or the save) until
the page (or the list) is shown, the longest GUI block (5 ms heartbeat) from the list shown
until then (for `open-later`: from Ctrl+3, and the longest before it, during the start-up's
loads and the work ahead, apart), and how many pages were worked out.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from custjournal.domain.insights import Segment
from custjournal.store import insights, insights_kept
from custjournal.store.journal import open_journal


def timed(
    fn: Callable[[], object], runs: int, before: Callable[[], object] | None = None
) -> tuple[float, float, float, float]:
    """(median wall, best wall, median CPU, best CPU) in milliseconds, after one warm-up run;
    *before* runs ahead of each, outside the time."""
    if before:
        before()
    fn()
    wall, cpu = [], []
    for _ in range(runs):
        if before:
            before()
        gc.collect()
        gc.disable()  # held, as the app's worker and the command hold it
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        gc.enable()
    return statistics.median(wall), min(wall), statistics.median(cpu), min(cpu)


def ensure(path: Path, customers: int) -> None:
    journal = open_journal(path)
    try:
        with journal.read() as session:
            count = session.connection().exec_driver_sql("SELECT count(*) FROM customer").scalar()
        if not count:
            from custjournal import demo

            print(f"Building a demo journal of {customers} customers at {path}...")
            demo.fill(journal, customers=customers, seed=1)
    finally:
        journal.close()


def forget_kept(path: Path) -> None:
    """Nothing kept, as on the first read of a day: the change count up, the pages and their
    parts (migration 0014, where the journal has them) gone."""
    from custjournal.store import connect

    con = connect.connect(path)
    try:
        con.isolation_level = None
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE journal_change SET n = n + 1 WHERE id = 1")
        con.execute("DELETE FROM insights_kept")
        tables = {name for (name,) in con.execute("SELECT name FROM sqlite_master")}
        if "insights_part" in tables:
            con.execute("DELETE FROM insights_part")
        con.execute("COMMIT")
    finally:
        con.close()


_KEPT_HEALTH = (
    "SELECT customer_id, day, version, knowledge, responsibility, respect, care, facts "
    "FROM health_kept"
)
_KEEP_HEALTH = "INSERT INTO health_kept VALUES (?, ?, ?, ?, ?, ?, ?, ?)"


def set_kept_health(path: Path, rows: list[tuple[object, ...]]) -> None:
    """The kept health (store/health_kept.py) as *rows*: none, or what yesterday left."""
    from custjournal.store import connect

    con = connect.connect(path)
    try:
        con.isolation_level = None
        con.execute("BEGIN IMMEDIATE")
        con.execute("DELETE FROM health_kept")
        con.executemany(_KEEP_HEALTH, rows)
        con.execute("COMMIT")
    finally:
        con.close()


def yesterdays_kept_health(path: Path, today: dt.date) -> list[tuple[object, ...]]:
    """The kept health yesterday's list and page leave: yesterday and 90 days before it."""
    from custjournal.store import connect, health

    set_kept_health(path, [])
    yesterday = today - dt.timedelta(days=1)
    journal = open_journal(path, create=False)
    try:
        with journal.reader() as source:
            health.scores_of_all_at(source, (yesterday - dt.timedelta(days=90), yesterday))
    finally:
        journal.close()
    con = connect.connect(path)
    try:
        return list(con.execute(_KEPT_HEALTH).fetchall())
    finally:
        con.close()


def log_change(path: Path, delight: bool = False) -> None:
    """A one-entry change as a person makes it: a conversation logged through ops (in its own
    opening of the journal, as another window or the command line would)."""
    from custjournal import ops

    journal = open_journal(path, create=False)
    try:
        with journal.reader() as source:
            ((cid,),) = source.rows("SELECT min(id) + 7 FROM customer")
        ops.log_conversation(
            journal,
            int(cid),
            summary="Benchmark call",
            delights=["They answered the same day"] if delight else (),
        )
    finally:
        journal.close()


def process_times(journal: Path, small: Path, runs: int) -> dict[str, list[float]]:
    commands = {
        "floor": [sys.executable, "-c", "import sqlite3"],
        "small": [
            sys.executable,
            "-m",
            "custjournal",
            "--journal",
            str(small),
            "insights",
            "--json",
        ],
        "big": [
            sys.executable,
            "-m",
            "custjournal",
            "--journal",
            str(journal),
            "insights",
            "--json",
        ],
    }
    result: dict[str, list[float]] = {}
    for _ in range(runs):  # rounds: a change of load hits all alike
        for name, cmd in commands.items():
            for state in ("cold", "changed", "warm") if name != "floor" else ("",):
                if state == "cold":
                    forget_kept(journal if name == "big" else small)
                elif state == "changed":
                    log_change(journal if name == "big" else small)
                start = time.perf_counter()
                subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
                result.setdefault(f"{name} {state}".strip(), []).append(time.perf_counter() - start)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--journal", default="/tmp/big-insights.sqlite3")
    parser.add_argument("--small", default="/tmp/small-insights.sqlite3")
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--segment", default="stage:connection")
    parser.add_argument("--gui", type=int, default=0, metavar="N")
    parser.add_argument(
        "--in-process", action="store_true", help="only the in-process figures (no commands)"
    )
    parser.add_argument("--gui-driver", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--ahead", type=int, default=0, metavar="N")
    parser.add_argument("--ahead-driver", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--only", default="", help="with --ahead: scenarios and variants, by name")
    args = parser.parse_args()
    if args.gui_driver:
        gui_driver(Path(args.journal), args.gui)
        return
    if args.ahead_driver:
        ahead_driver(Path(args.journal), *args.ahead_driver)
        return
    if args.ahead:
        ahead_rounds(Path(args.journal), args.ahead, frozenset(filter(None, args.only.split(","))))
        return
    path, small = Path(args.journal), Path(args.small)
    ensure(path, args.customers)
    ensure(small, 10)
    today = dt.date.today()
    journal = open_journal(path, create=False)
    with journal.read() as session:
        counts = (
            session.connection()
            .exec_driver_sql(
                "SELECT (SELECT count(*) FROM customer), (SELECT count(*) FROM conversation)"
                " + (SELECT count(*) FROM delight) + (SELECT count(*) FROM pain_point)"
                " + (SELECT count(*) FROM promise) + (SELECT count(*) FROM fact)"
                " + (SELECT count(*) FROM gift) + (SELECT count(*) FROM invitation)"
                " + (SELECT count(*) FROM milestone) + (SELECT count(*) FROM purchase)"
            )
            .one()
        )
    print(f"{counts[0]} customers, {counts[1]} entries")

    def page(segment: Segment) -> Callable[[], object]:
        def run() -> object:
            with journal.reader() as source:  # a read of its own, as the app's worker has
                return insights.compute_insights(source, segment, today)

        return run

    scores_of_all = insights._scores_of_all()

    def health() -> object:
        assert scores_of_all is not None
        with journal.reader() as source:
            return scores_of_all(source, (today - dt.timedelta(days=90), today))

    def kept(segment: Segment) -> Callable[[], object]:
        def run() -> object:
            with journal.reader() as source:  # the app's worker and the command read so
                return insights_kept.page(source, segment, today)

        return run

    def yesterday_kept() -> None:
        forget_kept(path)
        kept_on(everyone, today - dt.timedelta(days=1))()
        insights.forget_day(today)  # the last run's sections of today: not a day's first then

    def kept_on(segment: Segment, day: dt.date) -> Callable[[], object]:
        def run() -> object:
            with journal.reader() as source:
                return insights_kept.page(source, segment, day)

        return run

    found = insights._scores_of_all
    everyone, some = Segment(), Segment.parse(args.segment)
    rows: list[tuple[str, Callable[[], object], Callable[[], object] | None]] = [
        ("Insights page, all customers, cold", kept(everyone), lambda: forget_kept(path)),
        ("Insights page, all, after a conversation", kept(everyone), lambda: log_change(path)),
        (
            "Insights page, all, after one with a delight",
            kept(everyone),
            lambda: log_change(path, delight=True),
        ),
        ("Insights page, all customers, kept", kept(everyone), None),
        ("Insights page, all, a new day", kept(everyone), yesterday_kept),
        (f"Insights page, {args.segment}, cold", kept(some), lambda: forget_kept(path)),
        (f"Insights page, {args.segment}, changed", kept(some), lambda: log_change(path)),
        (f"Insights page, {args.segment}, kept", kept(some), None),
        ("  computed (compute_insights)", page(everyone), None),
    ]
    if scores_of_all is not None:
        rows.append(("  of which health scores, both days", health, None))
        rows.append(("  computed without health", page(everyone), None))
        rows.append(("  a new day without health", kept(everyone), yesterday_kept))
    print(f"{'':44s} {'median':>9s} {'best':>9s} {'med CPU':>9s} {'best CPU':>9s}")
    for name, fn, before in rows:
        if name in ("  computed without health", "  a new day without health"):
            insights._scores_of_all = lambda: None  # type: ignore[assignment]
        med, best, cpu_med, cpu = timed(fn, args.runs, before)
        print(f"{name:44s} {med:7.1f}ms {best:7.1f}ms {cpu_med:7.1f}ms {cpu:7.1f}ms")
    insights._scores_of_all = found  # type: ignore[assignment]
    journal.close()
    health_rows(path, today, args.runs)
    if args.in_process:
        return
    times = process_times(path, small, max(3, args.runs // 2))
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"floor (import sqlite3)                {med['floor']:.2f} s")
    for state in ("cold", "changed", "warm"):
        print(f"custjournal insights --json, 10, {state}  {med['small ' + state]:.2f} s")
        print(
            f"custjournal insights --json, {counts[0]}, {state} {med['big ' + state]:.2f} s"
            f" = {med['big ' + state] / med['small ' + state]:.2f}x the small journal's"
            f" {state} run (goal 1.5x)"
        )
    if args.gui:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        cmd = [sys.executable, __file__, "--journal", str(path), "--gui", str(args.gui)]
        subprocess.run([*cmd, "--gui-driver"], check=True, env=env)


def health_rows(path: Path, today: dt.date, runs: int) -> None:
    """Every customer's health, the day's first read: nothing kept, or yesterday's kept."""
    from custjournal.store import health

    yesterday = yesterdays_kept_health(path, today)
    before = today - dt.timedelta(days=90)
    journal = open_journal(path, create=False)

    def one_day() -> object:
        with journal.reader() as source:
            return health.scores_of_all(source, today)

    def both_days() -> object:
        with journal.reader() as source:
            return health.scores_of_all_at(source, (before, today))

    try:
        for name, fn, rows in (
            ("Health of all, a day, nothing kept", one_day, []),
            ("Health of all, a day, yesterday kept", one_day, yesterday),
            ("Health of all, both days, nothing kept", both_days, []),
            ("Health of all, both days, yesterday kept", both_days, yesterday),
        ):
            med, best, cpu_med, cpu = timed(fn, runs, lambda rows=rows: set_kept_health(path, rows))
            print(f"{name:44s} {med:7.1f}ms {best:7.1f}ms {cpu_med:7.1f}ms {cpu:7.1f}ms")
    finally:
        journal.close()


def gui_driver(path: Path, runs: int) -> None:
    """The window on *path*; the Insights view shown (then reloaded) *runs* times, each time
    the longest gap of a 5 ms heartbeat from the request until every section is on the page."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import drivers  # noqa: PLC0415 (Qt only for --gui)
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from custjournal.gui.controller import JournalController
    from custjournal.gui.main_window import MainWindow

    app = QApplication([])
    controller = JournalController(open_journal(path, create=False))
    window = MainWindow(controller, use_tray=False)
    loop = QEventLoop()
    window.rows_loaded.connect(loop.quit)
    window.show()
    loop.exec()
    controller.wait_for_tasks(60_000)  # the window's own loads
    drivers._pump(1000)
    gaps, waits = [], []
    for run in range(runs):
        beat = drivers._heartbeat_class()
        beat.start()
        drivers._pump(50)
        beat.take()
        if run % 2 == 0:  # even runs: the first computation after a change; odd: the kept page
            forget_kept(path)
        loop = QEventLoop()
        window.insights_view.loaded.connect(loop.quit)
        start = time.perf_counter()
        if run == 0:
            window.show_insights()
        else:
            window.insights_view.reload()
        loop.exec()
        window.insights_view.loaded.disconnect(loop.quit)
        waits.append((time.perf_counter() - start) * 1000)
        drivers._pump(1000)  # what the last section left for the event loop
        gaps.append(beat.take())
        beat.timer.stop()
    controller.close()
    app.quit()
    for state, first in (("cold", 0), ("kept", 1)):
        w, g = waits[first::2], gaps[first::2]
        if not g:
            continue
        print(
            f"Insights view opened {len(g)} times, {state}: on the page after"
            f" {statistics.median(w):.0f} ms (median); longest GUI block median"
            f" {statistics.median(g):.0f} ms, worst {max(g):.0f} ms (goal 50 ms):"
            f" {', '.join(f'{x:.0f}' for x in g)}"
        )


AHEAD_SCENARIOS = ("open-at-once", "open-later", "save", "page")
AHEAD_VARIANTS = ("ahead", "none", "one-pool", "no-give-way")
# --ahead-only S,V,...: only these scenarios and variants (e.g. page,ahead,none).


def ahead_rounds(path: Path, runs: int, only: frozenset[str] = frozenset()) -> None:
    """--ahead N: N rounds of every scenario and variant, each a window process of its own on a
    copy of *path* made as a new day finds it; medians printed."""
    import json
    import shutil

    today = dt.date.today()
    template = path.with_name(path.stem + "-new-day" + path.suffix)
    work = path.with_name(path.stem + "-ahead" + path.suffix)
    shutil.copyfile(path, template)
    set_kept_health(template, yesterdays_kept_health(template, today))
    forget_kept(template)
    journal = open_journal(template, create=False)
    try:
        with journal.reader() as source:  # yesterday's page, as yesterday's app left it
            insights_kept.page(source, Segment(), today - dt.timedelta(days=1))
    finally:
        journal.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    found: dict[tuple[str, str], list[dict[str, float]]] = {}
    for _ in range(runs):  # rounds: a change of load hits all alike
        for scenario in [x for x in AHEAD_SCENARIOS if not only or x in only]:
            for variant in [x for x in AHEAD_VARIANTS if not only or x in only]:
                for suffix in ("", "-wal", "-shm"):
                    Path(str(work) + suffix).unlink(missing_ok=True)
                shutil.copyfile(template, work)
                cmd = [sys.executable, __file__, "--journal", str(work)]
                out = subprocess.run(
                    [*cmd, "--ahead-driver", scenario, variant],
                    check=True,
                    env=env,
                    capture_output=True,
                    text=True,
                ).stdout
                line = [x for x in out.splitlines() if x.startswith("AHEAD ")][-1]
                found.setdefault((scenario, variant), []).append(json.loads(line[6:]))
    for suffix in ("", "-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)
        Path(str(template) + suffix).unlink(missing_ok=True)
    print(f"{runs} runs each, medians; load {os.getloadavg()[0]:.1f}")
    print(
        f"{'':28s} {'wall':>8s} {'CPU':>8s} {'GUI block':>10s} {'':11s} {'computed':>9s}"
        f" {'block before':>12s}"
    )
    for (scenario, variant), results in found.items():
        wall = statistics.median(r["wall"] for r in results)
        cpu = statistics.median(r["cpu"] for r in results)
        block = statistics.median(r["block"] for r in results)
        worst = max(r["block"] for r in results)
        pages = statistics.median(r["computed"] for r in results)
        before = statistics.median(r["loads_block"] for r in results)
        print(
            f"{scenario + ' ' + variant:28s} {wall:6.0f}ms {cpu:6.0f}ms {block:8.0f}ms"
            f" (worst {worst:4.0f}) {pages:6.0f}   " + (f"{before:8.0f}ms" if before >= 0 else "")
        )


def ahead_driver(path: Path, scenario: str, variant: str) -> None:
    """One window on *path*: *scenario* with the work ahead done as *variant* says."""
    import json
    import resource

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import drivers  # noqa: PLC0415 (Qt only here)
    from PySide6.QtWidgets import QApplication

    from custjournal import ops
    from custjournal.gui import controller as controller_module
    from custjournal.gui.controller import JournalController
    from custjournal.gui.main_window import MainWindow

    def cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    def until(done: Callable[[], bool], limit: float = 120) -> None:
        deadline = time.perf_counter() + limit
        while not done():
            if time.perf_counter() > deadline:
                raise SystemExit(f"gave up waiting ({scenario} {variant})")
            drivers._pump(2)

    sys.setswitchinterval(0.001)  # as the app sets it (gui/launch.py)
    controller_module.settle_results()
    app = QApplication([])
    controller = JournalController(open_journal(path, create=False))
    if variant == "none":
        controller.work_out_ahead = lambda *_a, **_k: None  # type: ignore[method-assign]
    elif variant == "one-pool":  # queued as any task (giving way to what waits behind it: never)
        controller.background = controller.pool
        controller._give_way = lambda _ahead: controller.pause()  # type: ignore[method-assign]
    elif variant == "no-give-way":
        controller._give_way = lambda _ahead: controller.pause()  # type: ignore[method-assign]
    window = MainWindow(controller, use_tray=False)
    shown = {"rows": 0}
    window.rows_loaded.connect(lambda: shown.__setitem__("rows", shown["rows"] + 1))
    window.show()
    until(lambda: shown["rows"] > 0)
    beat = drivers._heartbeat_class()
    beat.start()
    drivers._pump(10)
    beat.take()
    computed = insights_kept.Computed.pages
    loaded = {"n": 0}
    window.insights_view.loaded.connect(lambda: loaded.__setitem__("n", loaded["n"] + 1))

    def loads_over() -> bool:
        return not window._loading and not window._health_loading and controller._ahead is None

    loads_block = -1.0
    if scenario == "open-later":
        until(loads_over)
        drivers._pump(300)
        loads_block = beat.take()  # the start-up's loads and the work ahead, not the page
    if scenario in ("open-at-once", "open-later"):
        start, start_cpu = time.perf_counter(), cpu()
        window.show_insights()
        until(lambda: loaded["n"] > 0)
    elif scenario == "page":  # the busiest customer's page opened 150 ms into the job
        until(lambda: controller._ahead is not None or (variant == "none" and loads_over()))
        drivers._pump(150)
        with controller.journal.reader() as source:
            (busiest,) = source.rows(
                "SELECT customer_id FROM conversation GROUP BY customer_id"
                " ORDER BY count(*) DESC LIMIT 1"
            )
        row = drivers._row_of(window, busiest[0])
        start, start_cpu = time.perf_counter(), cpu()
        window.page.show_customer(row)  # as run.py's "customer page, painted"
        window.stack.setCurrentWidget(window.page)
        app.processEvents()
        app.processEvents()
    else:  # a save 150 ms into the job (or after the Health column, with none)
        until(lambda: controller._ahead is not None or (variant == "none" and loads_over()))
        drivers._pump(150)
        cid = window.model.customer(0).id
        rows = shown["rows"]
        start, start_cpu = time.perf_counter(), cpu()
        controller.apply(ops.log_conversation, cid, summary="Benchmark call")
        until(lambda: shown["rows"] > rows)
    wall, used = (time.perf_counter() - start) * 1000, (cpu() - start_cpu) * 1000
    block = beat.take()
    until(loads_over)
    controller.close()
    app.quit()
    result = {
        "wall": wall,
        "cpu": used,
        "block": block,
        "loads_block": loads_block,
        "computed": insights_kept.Computed.pages - computed,
    }
    print("AHEAD " + json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
