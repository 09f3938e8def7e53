"""A gift's cost keeps its currency: `gift.currency` (TEXT, NULL), the currency the cost was
given in.

Until now a gift's cost had no currency of its own and was read in the journal's currency of
the day: after a change of the journal's currency (EUR to JPY), every old gift's cost was shown,
exported and summed as yen. Every existing gift takes the journal's currency setting as it
stands at the upgrade (the currency its cost was entered in; EUR when the journal never had
the setting, as store/settings.py reads it), whether or not it has a cost, so that a cost added
later by an edit is in the currency the gift was given in. New gifts take the journal's currency
unless another is given (ops/actions.py `add_gift`).

A new column added in place (ALTER TABLE ADD COLUMN on SQLite and PostgreSQL, unless it is
there already) and one UPDATE of the gifts that have none:
every other column of every row stays as it was. The column stays nullable: an entry deleted
before the upgrade and kept for undo comes back without it, and is then read in the journal's
currency, as before.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Only when missing: a database whose recorded version was set back (a test standing in
    # for an older one) upgrades again, as 0016 and 0017 do with IF NOT EXISTS.
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("gift")}
    if "currency" not in columns:
        op.add_column("gift", sa.Column("currency", sa.String(), nullable=True))
    op.execute(
        "UPDATE gift SET currency = coalesce("
        "(SELECT value FROM setting WHERE key = 'currency'), 'EUR') WHERE currency IS NULL"
    )


def downgrade() -> None:
    raise NotImplementedError("Journals are never downgraded: restore a backup instead.")
