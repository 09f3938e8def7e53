"""What the due list and the customer list read on every load, kept ready by the journal itself.

- `customer.last_touch_on`: the day of the customer's latest conversation, gift or invitation,
  kept by triggers on those three tables, so every writer (the app, the command line, imports,
  an undo) keeps it right without knowing about it. Reading it replaces three correlated
  index seeks per customer (~40 ms on the 10,000-customer demo, against ~19 ms for the plain
  customer scan). It holds the latest touch of any date: a reader asking "as of" a day before
  it (entries logged ahead, `due --today` in the past) works that customer's touch out again
  (`queries.LAST_TOUCH_SQL`). It is not in `models.Customer`: no program writes it, and
  exports leave it out.
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

# The latest touch of customer.id (NULL when none), for the UPDATE ... customer statements.
LATEST = "nullif(max({}), '')".format(
    ", ".join(
        f"coalesce((SELECT max({column}) FROM {table} WHERE customer_id = customer.id), '')"
        for table, column in TOUCHES
    )
)


def trigger_ddl() -> list[str]:
    """The CREATE TRIGGER statements (the tests read them to check every path)."""
    statements = []
    for table, column in TOUCHES:
        statements += [
            # A new touch can only move the day later.
            f"CREATE TRIGGER tr_{table}_touch_insert AFTER INSERT ON {table} BEGIN "
            f"UPDATE customer SET last_touch_on = NEW.{column} WHERE id = NEW.customer_id "
            f"AND (last_touch_on IS NULL OR last_touch_on < NEW.{column}); END",
            # Removing the latest touch: work it out again (three index seeks).
            f"CREATE TRIGGER tr_{table}_touch_delete AFTER DELETE ON {table} BEGIN "
            f"UPDATE customer SET last_touch_on = {LATEST} WHERE id = OLD.customer_id "
            f"AND last_touch_on = OLD.{column}; END",
            # A changed date or a touch moved to another customer: both customers again.
            f"CREATE TRIGGER tr_{table}_touch_update AFTER UPDATE OF {column}, customer_id "
            f"ON {table} BEGIN UPDATE customer SET last_touch_on = {LATEST} "
            f"WHERE id IN (OLD.customer_id, NEW.customer_id); END",
        ]
    return statements


def upgrade() -> None:
    op.execute("ALTER TABLE customer ADD COLUMN last_touch_on DATE")
    op.execute(f"UPDATE customer SET last_touch_on = {LATEST}")
    for statement in trigger_ddl():
        op.execute(statement)
    op.execute("CREATE INDEX ix_promise_open ON promise (done_on, due_on)")
    op.execute(
        "CREATE INDEX ix_fact_date ON fact (month * 100 + day) WHERE category = 'important-date'"
    )


def downgrade() -> None:
    raise NotImplementedError("Journals are never downgraded: restore a backup instead.")
