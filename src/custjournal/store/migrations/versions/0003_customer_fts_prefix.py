"""Prefix indexes on the per-customer search index, for the list filter's first keystrokes.

A one- or two-letter prefix ("o", "oa") made FTS5 merge every term starting with it: 14-28 ms
on the 10,000-customer demo, against ~3 ms with prefix indexes for 1 and 2 characters (about
22 MB more per 10,000 customers). The table is rebuilt from its own (already folded) text.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from alembic import op

from custjournal.store import backend

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if backend.is_postgresql(op.get_bind()):
        return  # FTS5's prefix index: a team journal's tsvector index has no such option
    op.execute(
        "CREATE VIRTUAL TABLE customer_fts_new USING fts5(body, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')"
    )
    op.execute("INSERT INTO customer_fts_new (rowid, body) SELECT rowid, body FROM customer_fts")
    op.execute("DROP TABLE customer_fts")
    op.execute("ALTER TABLE customer_fts_new RENAME TO customer_fts")


def downgrade() -> None:
    raise NotImplementedError("Journals are never downgraded: restore a backup instead.")
