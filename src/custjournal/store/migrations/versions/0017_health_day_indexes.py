"""Indexes by day on the entries a new day's kept health is carried over (store/health.py,
`_TOUCHED`): which customers have something dated between the kept day and the day asked.

- `ix_fact_learned_on`: facts by the day learned;
- `ix_delight_created_at`, `ix_pain_point_created_at`: delights and pain points written down
  without a conversation take the day they were written down;
- `ix_pain_point_resolved_on`: pain points by the day resolved;
- `ix_promise_made_on`, `ix_promise_due_on`: promises by the day made and the day due (the day
  kept reads `ix_promise_open`, on done_on first).

Without them each of those was a scan of its table on every new day's first read of health
(~20 ms of CPU at 10,000 customers; with them well under 1 ms). The same statements on SQLite
and PostgreSQL; IF NOT EXISTS, so that a database whose recorded version was set back (a test
standing in for an older one) upgrades again.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

INDEXES = (
    "CREATE INDEX IF NOT EXISTS ix_fact_learned_on ON fact (learned_on)",
    "CREATE INDEX IF NOT EXISTS ix_delight_created_at ON delight (created_at)",
    "CREATE INDEX IF NOT EXISTS ix_pain_point_created_at ON pain_point (created_at)",
    "CREATE INDEX IF NOT EXISTS ix_pain_point_resolved_on ON pain_point (resolved_on)",
    "CREATE INDEX IF NOT EXISTS ix_promise_made_on ON promise (made_on)",
    "CREATE INDEX IF NOT EXISTS ix_promise_due_on ON promise (due_on)",
)


def upgrade() -> None:
    for statement in INDEXES:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("Journals are never downgraded: restore a backup instead.")
