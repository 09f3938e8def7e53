"""What the Insights page reads, kept ready: the reasons for buying without a scan of every note.

- `ix_conversation_why`: the conversations that hold a reason for buying, a partial index on
  (why_buy, customer_id, occurred_on) WHERE why_buy IS NOT NULL. The Insights page groups the
  reasons by their text; without it that was a scan of every conversation with its notes
  (133,610 conversations, 5,277 reasons on the 10,000-customer demo).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX ix_conversation_why ON conversation (why_buy, customer_id, occurred_on) "
        "WHERE why_buy IS NOT NULL"
    )


def downgrade() -> None:
    raise NotImplementedError("Journals are never downgraded: restore a backup instead.")
