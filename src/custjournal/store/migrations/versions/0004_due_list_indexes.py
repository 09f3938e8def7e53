"""What the due list and the customer list read on every load, kept ready by the journal itself.

- Columns on `customer` worked out from the entries: `last_touch_on` (the latest conversation,
  gift or invitation) and the purchase rhythm (`purchase_days`, `last_purchase_on`,
  `purchase_gap_median`). Reading them replaces three correlated index seeks per customer
  (~40 ms on the 10,000-customer demo, against ~19 ms for the plain customer scan) and reading
  and parsing every purchase date for the "buying stopped" rule (~30 ms). The triggers that
  keep them, and their first values, come from `store/derived.py`, which `open_journal` runs
  after every upgrade (this one included): it owns them, so that later migrations, whatever
  they copy, end with the current triggers.
- `ix_promise_open` on promise (done_on, due_on): open promises due by tomorrow through two
  index ranges (done_on IS NULL, done_on after the day) instead of a table scan (11 ms to 4.6 ms).
- `ix_fact_date`: important dates by month and day, a partial index on the expression the due
  list asks for (6 ms to 0.1 ms).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from alembic import op

from custjournal.store import backend

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if backend.is_postgresql(op.get_bind()):
        # The same columns and indexes in PostgreSQL's words (store/backend.py).
        for statement in backend.DERIVED_COLUMNS_PG:
            op.execute(statement)
        return
    op.execute("ALTER TABLE customer ADD COLUMN last_touch_on DATE")
    op.execute("ALTER TABLE customer ADD COLUMN purchase_days INTEGER NOT NULL DEFAULT 0")
    op.execute("ALTER TABLE customer ADD COLUMN last_purchase_on DATE")
    op.execute("ALTER TABLE customer ADD COLUMN purchase_gap_median REAL")
    op.execute("CREATE INDEX ix_promise_open ON promise (done_on, due_on)")
    op.execute(
        "CREATE INDEX ix_fact_date ON fact (month * 100 + day) WHERE category = 'important-date'"
    )


def downgrade() -> None:
    raise NotImplementedError("Journals are never downgraded: restore a backup instead.")
