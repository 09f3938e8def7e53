"""How long one customer's brief takes on a big journal: loading it, and rendering it.

    python benchmarks/brief.py [--journal PATH] [--customers 10000]

Builds a demo journal at PATH first if there is none (about a minute for 10,000 customers).
Prints the median and best of each step over a spread of customers, beside its floor: what
`queries.customer_row` (which ranks the whole journal for one tier) takes for the same customer.
The goal is a brief loaded within 50 ms, so the app can load it on the GUI thread.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from custjournal.interop import brief_render
from custjournal.store import queries
from custjournal.store.brief_data import load_brief
from custjournal.store.journal import Journal, open_journal
from custjournal.store.queries import customer_tier


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """(median, best) in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def bench_customer(
    journal: Journal, cid: int, today: dt.date, currency: str, runs: int
) -> list[tuple[str, float, float]]:
    def fresh_load() -> None:
        with journal.read() as own:  # a session of its own, as the app's view does
            load_brief(own, cid, today)

    with journal.read() as session:
        brief = load_brief(session, cid, today)
        steps: list[tuple[str, Callable[[], object]]] = [
            ("floor: customer_row", lambda: queries.customer_row(session, cid, today)),
            ("customer_detail", lambda: queries.customer_detail(session, cid)),
            ("customer_tier", lambda: customer_tier(session, cid, today, currency)),
            ("load_brief (own session)", fresh_load),
            ("to_text", lambda: brief_render.to_text(brief)),
            ("to_html", lambda: brief_render.to_html(brief)),
            ("to_markdown", lambda: brief_render.to_markdown(brief)),
        ]
        return [(name, *timed(fn, 3 if name.startswith("floor") else runs)) for name, fn in steps]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--journal", default="/tmp/big-brief.sqlite3")
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=15)
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
            count = session.connection().exec_driver_sql("SELECT count(*) FROM customer").scalar()
    today = dt.date.today()
    with journal.read() as session:
        currency = (
            session.connection()
            .exec_driver_sql("SELECT value FROM setting WHERE key = 'currency'")
            .scalar()
        )
        # The customers with the most conversations are the heaviest briefs.
        heavy = [
            cid
            for (cid,) in session.connection().exec_driver_sql(
                "SELECT customer_id FROM conversation GROUP BY customer_id "
                "ORDER BY count(*) DESC LIMIT 2"
            )
        ]
    ids = [1, count // 3, count // 2, count, *heavy]
    print(f"{count} customers in {path} ({path.stat().st_size // 2**20} MB), as of {today}")
    print(f"{'customer':>8}  {'step':<26}{'median ms':>10}{'best ms':>9}")

    for cid in ids:
        for name, median, best in bench_customer(journal, cid, today, currency, args.runs):
            print(f"{cid:>8}  {name:<26}{median:>10.1f}{best:>9.1f}")
    journal.close()


if __name__ == "__main__":
    main()
