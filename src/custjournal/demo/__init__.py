"""Demo data: a realistic, varied sample journal for the `demo` command, the app's sample and
the benchmarks (`demo.generator` plans and writes it, `demo.corpus` holds its words)."""

from custjournal.demo.generator import BATCH, HISTORY_DAYS, TABLES, DemoCancelled, DemoSummary, fill

__all__ = ["BATCH", "HISTORY_DAYS", "TABLES", "DemoCancelled", "DemoSummary", "fill"]
