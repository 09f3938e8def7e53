"""The list filter's bitmaps on a team database (store/backend.py SEARCH_BITS_PG).

`search_bits`: for each lexeme of the customer index, and for each first one or two characters
of one, the customers that have it, one bit each in rows of 1,024 customers; kept by statement
triggers on `customer_fts`, filled here from the index as it stands. The search field asks it
instead of the GIN index when every word is one plain token (store/search.py). A journal file
keeps searching its FTS5 index (fast enough at its size): for it only the version moves.

Derived, never exported or copied (migrate.STORE_KEPT, team_copy._NOT_COPIED).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01
"""

from alembic import op

from custjournal.store import backend

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if backend.is_postgresql(bind):
        backend.install_search_bits(bind)


def downgrade() -> None:
    raise NotImplementedError("Journals are never downgraded: restore a backup instead.")
