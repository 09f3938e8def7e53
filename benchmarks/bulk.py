"""How long a change to every customer at once takes, and its undo, on a big journal.

    python benchmarks/bulk.py [--journal PATH] [--customers 10000] [--runs 3]

Builds a demo journal at PATH first if there is none (about a minute for 10,000 customers).
For each `ops.bulk` change over every customer (a stage, a tag added, a cadence, archiving),
prints the median wall-clock and CPU time of the change and of its undo (`ops.apply_inverse`),
each a transaction of its own with the search index kept in step, as the app runs them in its
worker. The journal ends as it began: every change is undone.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from custjournal import ops
from custjournal.store.journal import Journal, open_journal


def timed(fn: Callable[[], ops.Result]) -> tuple[float, float, ops.Result]:
    start, start_cpu = time.perf_counter(), time.process_time()
    result = fn()
    return (time.perf_counter() - start) * 1000, (time.process_time() - start_cpu) * 1000, result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--journal", default="/tmp/big-bulk.sqlite3")
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    path = Path(args.journal)
    journal = open_journal(path)
    with journal.read() as session:
        count = session.connection().exec_driver_sql("SELECT count(*) FROM customer").scalar()
    if not count:
        from custjournal import demo

        print(f"Building a demo journal of {args.customers} customers at {path}...")
        demo.fill(journal, customers=args.customers, seed=1)
    with journal.read() as session:
        ids = [r[0] for r in session.connection().exec_driver_sql("SELECT id FROM customer")]
    changes: dict[str, Callable[[Journal], ops.Result]] = {
        "stage": lambda j: ops.set_stage_many(j, ids, "loyalty"),
        "add tag": lambda j: ops.add_tag_many(j, ids, "benchmark"),
        "cadence": lambda j: ops.set_cadence_many(j, ids, 17),
        "archive": lambda j: ops.set_archived_many(j, ids, True),
    }
    print(f"{len(ids)} customers, {args.runs} runs each; median ms (wall / CPU)")
    print(f"{'change':<10} {'do':>16} {'undo':>16}")
    for name, change in changes.items():
        do, undo = [], []
        for _ in range(args.runs):
            wall, cpu, result = timed(lambda change=change: change(journal))
            do.append((wall, cpu))
            assert result.inverse is not None
            inverse = result.inverse
            wall, cpu, _r = timed(lambda i=inverse: ops.apply_inverse(journal, i, "Undone"))
            undo.append((wall, cpu))

        def median(pairs: list[tuple[float, float]]) -> str:
            wall = statistics.median(p[0] for p in pairs)
            cpu = statistics.median(p[1] for p in pairs)
            return f"{wall:7.0f} / {cpu:6.0f}"

        print(f"{name:<10} {median(do):>16} {median(undo):>16}")
    journal.close()


if __name__ == "__main__":
    main()
