"""Kept parts of the Insights page brought up to date a customer at a time.

- `insights_stale`: per segment and kept part (`insights_part`, migration 0014) that is kept
  per customer (the delights and pains grouped by their words), the customers whose rows of it
  changed since it was kept. The counting triggers (store/insights_kept.py) add a customer here
  when one of their delights or pains, or a conversation one was said in, is written, instead
  of deleting the whole part; the next page reads only those customers' rows again and splices
  them into the kept ones (store/insights.py `_read_said`), and keeping the part forgets them.

Not a journal table: no export, copy, undo or import sees it (store/models.py has no model of
it). Only a new table: every existing row stays as it was.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "insights_stale",
        sa.Column("segment", sa.String(), nullable=False),
        sa.Column("part", sa.String(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("segment", "part", "customer_id"),
    )


def downgrade() -> None:
    raise NotImplementedError("Journals are never downgraded: restore a backup instead.")
