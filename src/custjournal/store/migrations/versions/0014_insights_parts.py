"""Kept parts of the Insights page: what a section read, kept until a table it read changes.

- `insights_part`: per day, segment and part (one statement of store/insights.py, such as the
  delights grouped by their words), the rows that statement gave, with `reads` naming the tables
  it read (`,delight,conversation_day,`), the program version that wrote them (`form`) and
  the statement with its parameters as text (`key`). The counting triggers (store/insights_kept.py)
  delete the parts that read a table whenever that table changes, so a part that is still there
  is what the statement would give now; a customer's deletion deletes them all (no forgotten
  customer's words stay in the file).

Not a journal table: no export, copy, undo or import sees it (store/models.py has no model of
it). Only a new table: every existing row stays as it was.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "insights_part",
        sa.Column("day", sa.String(), nullable=False),
        sa.Column("segment", sa.String(), nullable=False),
        sa.Column("part", sa.String(), nullable=False),
        sa.Column("form", sa.String(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("reads", sa.String(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("day", "segment", "part"),
    )


def downgrade() -> None:
    raise NotImplementedError("Journals are never downgraded: restore a backup instead.")
