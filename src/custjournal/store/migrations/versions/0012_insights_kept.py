"""The Insights page kept: worked out once, read back until the journal changes.

- `journal_change`: one row (id 1) whose `n` goes up with every change to the journal's rows.
  The triggers that count (store/insights_kept.py) are installed with the derived columns'
  (store/derived.py `install`, run after every upgrade), on SQLite and PostgreSQL alike.
- `insights_kept`: the page (and the command's JSON of it) per day, segment and form, with the
  `n` it was worked out at. Every change to the journal deletes them all (the same triggers),
  so no kept page outlives a change, nor the words of a forgotten customer.

Neither is a journal table: no export, copy, undo or import sees them (store/models.py has no
model of them). Only new tables: every existing row stays as it was.

Revision ID: 0012
Revises: 0009
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journal_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("n", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute("INSERT INTO journal_change (id, n) VALUES (1, 0)")
    op.create_table(
        "insights_kept",
        sa.Column("day", sa.String(), nullable=False),
        sa.Column("segment", sa.String(), nullable=False),
        sa.Column("form", sa.String(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("day", "segment", "form"),
    )


def downgrade() -> None:
    raise NotImplementedError("Journals are never downgraded: restore a backup instead.")
