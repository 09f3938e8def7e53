"""Running the Alembic migrations programmatically (no alembic.ini needed).

Imported only when a journal's schema is behind HEAD: Alembic costs ~0.15 s to import.
"""

from __future__ import annotations

from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection

SCRIPT_LOCATION = "custjournal.store:migrations"

# Tables Alembic must never touch: the full-text index and its shadow tables are made by hand.
UNMANAGED_PREFIXES = ("search_", "customer_fts")


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Upgrade inside the caller's open transaction, so a failure leaves nothing behind."""
    command.upgrade(config(connection), revision)


# Kept by the journal itself (migration 0004), not by any program, so not in models.py:
# the customer columns triggers write (store/derived.py), the expression index on dates, and
# the kept health (store/health_kept.py).
STORE_KEPT = {
    ("column", "last_touch_on"),
    ("column", "purchase_days"),
    ("column", "last_purchase_on"),
    ("column", "purchase_gap_median"),
    ("index", "ix_fact_date"),
    ("table", "health_kept"),  # kept health (store/health_kept.py, migration 0011)
    # The kept Insights pages and the journal's change count (migration 0012,
    # store/insights_kept.py): no program's rows, never exported.
    ("table", "journal_change"),
    ("table", "insights_kept"),
    # The kept parts of the Insights page (migration 0014, store/insights_kept.py).
    ("table", "insights_part"),
    # The customers whose rows of a kept part changed (migration 0015).
    ("table", "insights_stale"),
    # The list filter's bitmaps on a team database (migration 0016, store/backend.py).
    ("table", "search_bits"),
}


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    if (type_, name) in STORE_KEPT:
        return False
    return not (type_ == "table" and name and name.startswith(UNMANAGED_PREFIXES))
