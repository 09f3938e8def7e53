"""Alembic environment: runs on the connection (and transaction) handed over by store.migrate."""

from alembic import context
from sqlmodel import SQLModel

from custjournal.store import models  # noqa: F401  (registers the tables on the metadata)
from custjournal.store.migrate import include_object

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("custjournal migrations run through custjournal.store.migrate only")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by rebuilding them
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
