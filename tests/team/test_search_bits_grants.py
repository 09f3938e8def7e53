"""The search field's bitmaps (migration 0016) on a team database a colleague already uses:
their role, granted rights before the table existed, still searches and saves after the
owner's upgrade."""

from __future__ import annotations

from custjournal import ops
from custjournal.store import search
from custjournal.store.journal import open_journal
from tests.pgserver import PgServer


def test_a_colleague_granted_before_the_upgrade_searches_and_saves(
    pg_server: PgServer, pg_database: str
):
    owner_url = pg_server.url(pg_database)
    owner = open_journal(owner_url)
    ops.add_customer(owner, "Ada Lovelace", notes="grinder")
    owner.close()
    # The database as 0015 left it: no bitmaps yet.
    with pg_server.admin(pg_database) as con:
        con.execute("DROP TABLE search_bits")
        con.execute("DROP FUNCTION cj_search_bits_trigger() CASCADE")
        con.execute("UPDATE alembic_version SET version_num = '0015'")
    with pg_server.colleague(pg_database) as colleague_url:
        open_journal(owner_url).close()  # the owner's next start upgrades
        colleague = open_journal(colleague_url)
        try:
            ops.add_customer(colleague, "Grace Hopper", notes="grinding")
            with colleague.reader() as source:
                assert search.matching_customer_ids(source, "grin") == {1, 2}
                assert search.matching_customer_ids(source, "grinder") == {1}
        finally:
            colleague.close()
