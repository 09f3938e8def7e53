"""Alembic migrations of the journal schema; every released revision upgrades without loss."""
