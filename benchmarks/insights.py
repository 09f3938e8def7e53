"""How long the Insights page takes on a big journal, section by section, and as a command.

    python benchmarks/insights.py [--journal PATH] [--small PATH] [--customers 10000] [--runs 9]

Builds demo journals first where there are none (PATH with --customers, about 1.5 minutes for
10,000; --small with 10). Prints, in process, the median and best of
`store.insights.compute_insights` for all customers and for a segment (wall-clock and CPU, since
this machine is shared), and the part of it that is relationship health (`store.health.scores_of_all`, today
and 90 days ago, the health lane's code); then `custjournal insights --json` as whole processes
on both journals, in alternating rounds, and their ratio (goal: ≤ 1.5×), beside the floor
`python -c "import sqlmodel"`. The goals are in benchmarks/run.py and RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from custjournal.domain.insights import Segment
from custjournal.store import insights
from custjournal.store.journal import open_journal


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """(median wall, best wall, best CPU) in milliseconds, after one warm-up run."""
    fn()
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), min(wall), min(cpu)


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


def process_times(journal: Path, small: Path, runs: int) -> dict[str, list[float]]:
    commands = {
        "floor": [sys.executable, "-c", "import sqlmodel"],
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
    result: dict[str, list[float]] = {k: [] for k in commands}
    for _ in range(runs):  # rounds: a change of load hits all three alike
        for name, cmd in commands.items():
            start = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            result[name].append(time.perf_counter() - start)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--journal", default="/tmp/big-insights.sqlite3")
    parser.add_argument("--small", default="/tmp/small-insights.sqlite3")
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--segment", default="stage:connection")
    args = parser.parse_args()
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
            with journal.read() as session:  # a session of its own, as the app's worker has
                return insights.compute_insights(session, segment, today)

        return run

    scores_of_all = insights._scores_of_all()

    def health() -> object:
        assert scores_of_all is not None
        with journal.read() as session:
            scores_of_all(session, today)
            return scores_of_all(session, today - dt.timedelta(days=90))

    found = insights._scores_of_all
    rows = [("Insights page, all customers", page(Segment()))]
    rows.append((f"Insights page, {args.segment}", page(Segment.parse(args.segment))))
    if scores_of_all is not None:
        rows.append(("  of which health scores twice", health))
        rows.append(("  the page without health", page(Segment())))
    print(f"{'':38s} {'median':>9s} {'best':>9s} {'best CPU':>9s}")
    for name, fn in rows:
        if name == "  the page without health":
            insights._scores_of_all = lambda: None  # type: ignore[assignment]
        med, best, cpu = timed(fn, args.runs)
        print(f"{name:38s} {med:7.1f}ms {best:7.1f}ms {cpu:7.1f}ms")
    insights._scores_of_all = found  # type: ignore[assignment]
    journal.close()
    times = process_times(path, small, max(3, args.runs // 2))
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"floor (import sqlmodel)         {med['floor']:.2f} s")
    print(f"custjournal insights, 10        {med['small']:.2f} s")
    print(
        f"custjournal insights, {counts[0]:<9d} {med['big']:.2f} s"
        f" = {med['big'] / med['small']:.2f}x the small journal (goal 1.5x)"
    )


if __name__ == "__main__":
    main()
