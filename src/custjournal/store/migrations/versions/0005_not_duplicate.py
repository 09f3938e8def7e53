"""Pairs of customers the user said are not duplicates (the duplicate finder leaves them out).

A new table, `not_duplicate` (customer_id, other_id, each a customer; the pair once, the
smaller id first), so that the duplicate finder does not offer the same pair again. Nothing
else changes: every row of the journal stays as it was.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "not_duplicate",
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["other_id"], ["customer.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("customer_id", "other_id"),
    )
    op.create_index(
        op.f("ix_not_duplicate_customer_id"), "not_duplicate", ["customer_id"], unique=False
    )
    op.create_index(op.f("ix_not_duplicate_other_id"), "not_duplicate", ["other_id"], unique=False)


def downgrade() -> None:
    raise NotImplementedError("Journals are never downgraded: restore a backup instead.")
