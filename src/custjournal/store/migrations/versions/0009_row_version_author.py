"""Row versions and who wrote each entry (team journals: several people at once, docs/team.md).

- `version` (INTEGER NOT NULL DEFAULT 1) on `customer` and on every entry that can be edited:
  each change made through ops adds one, and an edit is saved only if the row is still at the
  version it was read at (ops/actions.py), so the second of two people editing the same
  customer is told so instead of overwriting the first silently. Every existing row starts at 1.
- `author` (TEXT, NULL) on every entry: the display name of whoever wrote it (Settings, or the
  database role on a team journal; docs/decisions.md). Existing entries have none: who wrote
  them was never recorded, and the journal does not guess.

Only new columns, added in place (ALTER TABLE ADD COLUMN on both SQLite and PostgreSQL): every
row stays as it was.

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None

# The entries a person writes and may edit later (ops/actions.py `_EDITABLE`, by table).
ENTRY_TABLES = (
    "contact_point",
    "stage_change",
    "conversation",
    "delight",
    "pain_point",
    "fact",
    "promise",
    "gift",
    "invitation",
    "milestone",
    "purchase",
)


def upgrade() -> None:
    for table in ("customer", *ENTRY_TABLES):
        op.add_column(
            table,
            sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        )
    for table in ENTRY_TABLES:
        op.add_column(table, sa.Column("author", sa.String(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("Journals are never downgraded: restore a backup instead.")
