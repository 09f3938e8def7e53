"""What the due list and the customer list read on every load, kept ready by the journal itself.

Columns on `customer`, kept by triggers, so every writer (the app, the command line, imports,
an undo) keeps them right without knowing about them. None is in `models.Customer`: no program
writes them, and exports leave them out. `store/derived.py` checks and rebuilds them.

- `last_touch_on`: the day of the latest conversation, gift or invitation. Reading it replaces
  three correlated index seeks per customer (~40 ms on the 10,000-customer demo, against
  ~19 ms for the plain customer scan).
- `purchase_days`, `last_purchase_on`, `purchase_gap_median`: how many distinct days the
  customer bought on, the last of them, and the median gap in days between consecutive ones
  (NULL with fewer than two days): the rhythm the "buying stopped" rule compares with the
  days since the last purchase (domain/reminders.py decides). Reading them replaces reading
  and parsing every purchase date and working the median out in Python (~30 ms).

All of them cover entries of any date. A reader asking "as of" a day before the latest one
(`due --today` in the past) works that customer's values out from the entries instead.

And two indexes:
- `ix_promise_open` on promise (done_on, due_on): open promises due by tomorrow through two
  index ranges (done_on IS NULL, done_on after the day) instead of a table scan (11 ms to 4.6 ms).
- `ix_fact_date`: important dates by month and day, a partial index on the expression the due
  list asks for (6 ms to 0.1 ms).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# (table, date column) of every entry that counts as a touch; queries.LAST_TOUCH_SQL agrees.
TOUCHES = (("conversation", "occurred_on"), ("gift", "given_on"), ("invitation", "invited_on"))

# SET clauses for `UPDATE customer ... WHERE id = ...`: each customer's values from its entries.
LAST_TOUCH = "last_touch_on = nullif(max({}), '')".format(
    ", ".join(
        f"coalesce((SELECT max({column}) FROM {table} WHERE customer_id = customer.id), '')"
        for table, column in TOUCHES
    )
)
# The median of the gaps between consecutive distinct days: the middle one, or the mean of the
# two middle ones (n counts the gaps in order, k is how many there are).
RHYTHM = """
    purchase_days = (SELECT count(DISTINCT purchased_on) FROM purchase
                      WHERE customer_id = customer.id),
    last_purchase_on = (SELECT max(purchased_on) FROM purchase WHERE customer_id = customer.id),
    purchase_gap_median = (
        SELECT avg(gap) FROM (
            SELECT gap, row_number() OVER (ORDER BY gap) AS n, count(*) OVER () AS k FROM (
                SELECT julianday(day) - julianday(lag(day) OVER (ORDER BY day)) AS gap
                FROM (SELECT DISTINCT purchased_on AS day FROM purchase
                       WHERE customer_id = customer.id))
            WHERE gap IS NOT NULL)
        WHERE n IN ((k + 1) / 2, (k + 2) / 2))
"""


def trigger_ddl() -> list[str]:
    """The CREATE TRIGGER statements."""
    statements = []
    for table, column in TOUCHES:
        statements += [
            # A new touch can only move the day later.
            f"CREATE TRIGGER tr_{table}_touch_insert AFTER INSERT ON {table} BEGIN "
            f"UPDATE customer SET last_touch_on = NEW.{column} WHERE id = NEW.customer_id "
            f"AND (last_touch_on IS NULL OR last_touch_on < NEW.{column}); END",
            # Removing the latest touch: work it out again (three index seeks).
            f"CREATE TRIGGER tr_{table}_touch_delete AFTER DELETE ON {table} BEGIN "
            f"UPDATE customer SET {LAST_TOUCH} WHERE id = OLD.customer_id "
            f"AND last_touch_on = OLD.{column}; END",
            # A changed date or a touch moved to another customer: both customers again.
            f"CREATE TRIGGER tr_{table}_touch_update AFTER UPDATE OF {column}, customer_id "
            f"ON {table} BEGIN UPDATE customer SET {LAST_TOUCH} "
            f"WHERE id IN (OLD.customer_id, NEW.customer_id); END",
        ]
    # Any change to a customer's purchase days: that customer's rhythm again (a few rows).
    statements += [
        "CREATE TRIGGER tr_purchase_rhythm_insert AFTER INSERT ON purchase BEGIN "
        f"UPDATE customer SET {RHYTHM} WHERE id = NEW.customer_id; END",
        "CREATE TRIGGER tr_purchase_rhythm_delete AFTER DELETE ON purchase BEGIN "
        f"UPDATE customer SET {RHYTHM} WHERE id = OLD.customer_id; END",
        "CREATE TRIGGER tr_purchase_rhythm_update AFTER UPDATE OF purchased_on, customer_id "
        f"ON purchase BEGIN UPDATE customer SET {RHYTHM} "
        "WHERE id IN (OLD.customer_id, NEW.customer_id); END",
    ]
    return statements


def upgrade() -> None:
    op.execute("ALTER TABLE customer ADD COLUMN last_touch_on DATE")
    op.execute("ALTER TABLE customer ADD COLUMN purchase_days INTEGER NOT NULL DEFAULT 0")
    op.execute("ALTER TABLE customer ADD COLUMN last_purchase_on DATE")
    op.execute("ALTER TABLE customer ADD COLUMN purchase_gap_median REAL")
    op.execute(f"UPDATE customer SET {LAST_TOUCH}, {RHYTHM}")
    for statement in trigger_ddl():
        op.execute(statement)
    op.execute("CREATE INDEX ix_promise_open ON promise (done_on, due_on)")
    op.execute(
        "CREATE INDEX ix_fact_date ON fact (month * 100 + day) WHERE category = 'important-date'"
    )


def downgrade() -> None:
    raise NotImplementedError("Journals are never downgraded: restore a backup instead.")
