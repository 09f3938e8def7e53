"""The local store: engine and sessions, tables, migrations, search index, backups. No Qt here."""
