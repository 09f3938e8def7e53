"""Indexes by day on the entries a new day's kept health is carried over (store/health.py,
`_TOUCHED`): which customers have something dated between the kept day and the day asked.

- `ix_delight_created_at`, `ix_pain_point_created_at`: delights and pain points written down
  without a conversation take the day they were written down;
- `ix_pain_point_resolved_on`: pain points by the day resolved.

Without them each of those was a scan of its table on every new day's first read of health.
Facts by the day learned and promises by the days made and due were indexed too at first, and
dropped before release: SQLite then read the list's, the due list's and Insights' statements
("learned_on <= :today", "due_on <= :tomorrow AND made_on <= :today": nearly every row) through
them instead of by customer, and `custjournal due --count` at 10,000 customers took 0.13 s
instead of 0.07 s, the list's rows 126 ms instead of 50. Those two tables are scanned. The same statements on SQLite
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
    "CREATE INDEX IF NOT EXISTS ix_delight_created_at ON delight (created_at)",
    "CREATE INDEX IF NOT EXISTS ix_pain_point_created_at ON pain_point (created_at)",
    "CREATE INDEX IF NOT EXISTS ix_pain_point_resolved_on ON pain_point (resolved_on)",
)


def upgrade() -> None:
    for statement in INDEXES:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("Journals are never downgraded: restore a backup instead.")
