"""Undo on a team database: foreign keys that may wait until commit, and the undo triggers.

Undo puts rows back newest first (store/undo_log.py). A customer's entries may come back before
the customer, or a promise's link before the conversation it points at: a journal file checks
foreign keys at commit during an undo (`PRAGMA defer_foreign_keys`). On PostgreSQL, `SET
CONSTRAINTS ALL DEFERRED` does the same for constraints declared DEFERRABLE: this makes every
foreign key of the journal's tables DEFERRABLE INITIALLY IMMEDIATE, so every other statement is
still checked at once, and ON DELETE actions still happen at once.

The triggers that record what undo needs are installed after every upgrade, like the derived
columns' (store/team.py runs `undo_log.install_pg`): this revision is also what makes an
existing team database upgrade, so its owner's next start installs them. A journal file records
with temporary triggers of its connection: for it only the version moves.

Revision ID: 0013
Revises: 0009
Create Date: 2026-12-01
"""

from alembic import op

from custjournal.store import backend

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# Every foreign key of the tables in the current schema; the table is named by regclass (quoted
# where it needs it) and the constraint quoted by format('%I').
_DEFERRABLE_PG = """
DO $$
DECLARE r record;
BEGIN
  FOR r IN
    SELECT c.conrelid::regclass::text AS tbl, c.conname AS name
    FROM pg_constraint c
    WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
      AND NOT c.condeferrable
  LOOP
    EXECUTE format('ALTER TABLE %s ALTER CONSTRAINT %I DEFERRABLE INITIALLY IMMEDIATE',
                   r.tbl, r.name);
  END LOOP;
END $$
"""


def upgrade() -> None:
    if backend.is_postgresql(op.get_bind()):
        op.execute(_DEFERRABLE_PG)


def downgrade() -> None:
    raise NotImplementedError("Journals are never downgraded: restore a backup instead.")
