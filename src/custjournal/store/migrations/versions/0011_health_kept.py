"""Kept health: each customer's scores and the facts behind them for a day (store/health_kept.py).

One new table, `health_kept` (customer, day, the rules' version, the four scores, the facts as
JSON), empty at first: the first read of a day fills it. Its triggers are not made here: like
the derived columns' (store/derived.py), `open_journal` installs them after every upgrade, on
SQLite and PostgreSQL alike (store/health_kept.py `install`). Nothing existing changes.

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-01
"""

from alembic import op

revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE TABLE IF NOT EXISTS health_kept (customer_id INTEGER NOT NULL, "
        "day TEXT NOT NULL, version INTEGER NOT NULL, knowledge INTEGER, "
        "responsibility INTEGER, respect INTEGER, care INTEGER, facts TEXT NOT NULL, "
        "PRIMARY KEY (customer_id, day))"
    )


def downgrade() -> None:
    raise NotImplementedError("Journals are never downgraded: restore a backup instead.")
