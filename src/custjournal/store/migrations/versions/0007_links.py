"""People and companies connected: relationships between customers, and same-firm declarations.

- `relationship`: two customers and how they are connected (referred by, works with, reports
  to, partner, family), with a note and the day it began. Both ends are foreign keys to
  `customer` with ON DELETE CASCADE: erasing either customer takes the link with it, and a
  merge that re-points customer keys moves both ends. One row per (customer, other, kind).
- `same_firm`: two company names the user said are one firm ("Acme" and "Acme Industries"),
  as typed; the company view joins them (domain/links.py).

Only new tables: every existing row stays as it was.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "relationship",
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("since", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["other_id"], ["customer.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("customer_id", "other_id", "kind"),
    )
    op.create_index("ix_relationship_customer_id", "relationship", ["customer_id"], unique=False)
    op.create_index("ix_relationship_other_id", "relationship", ["other_id"], unique=False)
    op.create_table(
        "same_firm",
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("same_as", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    raise NotImplementedError("Journals are never downgraded: restore a backup instead.")
