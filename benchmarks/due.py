"""How long the due list takes on a big journal, step by step, beside its floors.

    python benchmarks/due.py [--journal PATH] [--customers 10000] [--runs 15]

Builds a demo journal at PATH first if there is none (about a minute for 10,000 customers).
Prints the median and best of `store.due.due_items` and of its two halves (reading what the
rules need; applying the rules and sorting), with wall-clock and CPU time, since this machine is
shared. Floors, measured in the same run: reading every customer row once, and the customer list
(`queries.customer_rows`), which ranks tiers and reads last contacts the same way. The goal is a
due list within 100 ms for 10,000 customers and 500,000 entries.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from custjournal.domain import reminders as rules
from custjournal.store import due, queries
from custjournal.store.journal import open_journal


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """(median wall, best wall, best CPU) in milliseconds."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), min(wall), min(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--journal", default="/tmp/big-due.sqlite3")
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--today", help="evaluate as of this day (default: today)")
    args = parser.parse_args()
    path = Path(args.journal)
    journal = open_journal(path)
    with journal.read() as session:
        count = session.connection().exec_driver_sql("SELECT count(*) FROM customer").scalar()
    if not count:
        from custjournal import demo

        print(f"Building a demo journal of {args.customers} customers at {path}...")
        demo.fill(journal, customers=args.customers, seed=1)
    today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()

    def in_session(fn: Callable[..., object]) -> Callable[[], object]:
        def run() -> object:
            with journal.read() as session:  # a session of its own, as the app's worker does
                return fn(session)

        return run

    with journal.read() as session:
        conn = session.connection()
        customers = conn.exec_driver_sql("SELECT count(*) FROM customer").scalar()
        entries = sum(
            conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0
            for table in ("conversation", "gift", "invitation", "purchase", "promise", "fact")
        )
        facts = due.customer_facts(session, today)
        items = rules.due_items(facts, today)
    print(
        f"{customers} customers, {entries} main entries in {path} "
        f"({path.stat().st_size // 2**20} MB), as of {today}: {len(items)} items due"
    )
    steps: list[tuple[str, Callable[[], object]]] = [
        (
            "floor: read customer rows",
            in_session(
                lambda s: (
                    s.connection()
                    .connection.dbapi_connection.execute("SELECT * FROM customer")
                    .fetchall()
                )
            ),
        ),
        ("floor: queries.customer_rows", in_session(lambda s: queries.customer_rows(s, today))),
        ("due.customer_facts", in_session(lambda s: due.customer_facts(s, today))),
        ("rules.due_items (no SQL)", lambda: rules.due_items(facts, today)),
        ("due.due_items", in_session(lambda s: due.due_items(s, today))),
    ]
    print(f"{'step':<32}{'median ms':>10}{'best ms':>9}{'best CPU ms':>13}")
    for name, fn in steps:
        median, best, cpu = timed(fn, 5 if name.startswith("floor") else args.runs)
        print(f"{name:<32}{median:>10.1f}{best:>9.1f}{cpu:>13.1f}")
    journal.close()


if __name__ == "__main__":
    main()
