"""Colleagues saving at the same moment on a team database: the search field's bitmaps lock
only the chunks of customers a transaction reindexed, a save waits for a colleague's lock at
most store/team.py LOCK_TIMEOUT, and then says so in one sentence, with nothing written."""

from __future__ import annotations

import threading
import time

import psycopg
import pytest

from custjournal import ops
from custjournal.domain.errors import UserError
from custjournal.store import search, team
from custjournal.store.journal import open_journal
from tests.pgserver import PgServer

SENTENCE = "A colleague was saving to the same customers at the same moment"


def _journal_with_two_chunks(url: str) -> tuple[int, int, int]:
    """Customers 1 and 2 (the first chunk of 1,024) and one in the second chunk."""
    journal = open_journal(url)
    try:
        a = ops.add_customer(journal, "Ada Lovelace", notes="grinder").id
        b = ops.add_customer(journal, "Grace Hopper", notes="kettle").id
        with journal.write() as session:
            session.connection().exec_driver_sql(
                "SELECT setval(pg_get_serial_sequence('customer', 'id'), 2000)"
            )
        c = ops.add_customer(journal, "Alan Turing", notes="teapot").id
    finally:
        journal.close()
    assert a is not None and b is not None and c is not None
    assert (a // 1024, b // 1024, c // 1024) == (0, 0, 1)
    return a, b, c


def _colleague_reindexing(pg_server: PgServer, db: str, customer_id: int) -> psycopg.Connection:
    """A colleague's open transaction that reindexed *customer_id* (as an import, an undo or
    a merge leaves one open while it works)."""
    con = psycopg.connect(pg_server.admin_dsn(db))
    con.execute("UPDATE customer_fts SET body = body || %s WHERE rowid = %s", (" tea", customer_id))
    return con


def test_a_save_in_another_chunk_does_not_wait(pg_server: PgServer, pg_database: str):
    url = pg_server.url(pg_database)
    a, _b, c = _journal_with_two_chunks(url)
    colleague = _colleague_reindexing(pg_server, pg_database, a)
    journal = open_journal(url)
    try:
        ops.update_customer(journal, c, notes="samovar")  # would fail after LOCK_TIMEOUT
        with journal.reader() as source:
            assert search.matching_customer_ids(source, "samovar") == {c}
    finally:
        colleague.rollback()
        colleague.close()
        journal.close()


def test_a_save_in_the_same_chunk_waits_at_most_the_timeout_and_says_so(
    pg_server: PgServer, pg_database: str
):
    url = pg_server.url(pg_database)
    a, b, _c = _journal_with_two_chunks(url)
    colleague = _colleague_reindexing(pg_server, pg_database, a)
    journal = open_journal(url)
    try:
        started = time.monotonic()
        with pytest.raises(UserError, match=SENTENCE):
            ops.update_customer(journal, b, notes="samovar")
        waited = time.monotonic() - started
        limit = float(team.LOCK_TIMEOUT.removesuffix("s"))
        assert limit - 0.5 < waited < limit + 10
        colleague.rollback()
        # Nothing of the save was written: the customer, its index and the bitmaps as before.
        with journal.reader() as source:
            assert search.matching_customer_ids(source, "samovar") == set()
            assert search.matching_customer_ids(source, "kettle") == {b}
            (notes,) = source.rows("SELECT notes FROM customer WHERE id = ?", (b,))[0]
        assert notes == "kettle"
        # Once the colleague's transaction is over, the same save goes through.
        ops.update_customer(journal, b, notes="samovar")
        with journal.reader() as source:
            assert search.matching_customer_ids(source, "samovar") == {b}
    finally:
        colleague.close()
        journal.close()


def test_a_deadlock_with_a_colleague_is_the_same_sentence_and_writes_nothing(
    pg_server: PgServer, pg_database: str
):
    """Two transactions of several statements reaching two chunks in opposite orders (the
    deadlock the per-chunk locks leave possible): PostgreSQL ends this one, which says so."""
    url = pg_server.url(pg_database)
    a, b, c = _journal_with_two_chunks(url)
    colleague = _colleague_reindexing(pg_server, pg_database, a)  # holds the first chunk
    colleague.execute("SET deadlock_timeout = '30s'")  # so the server ends this journal's
    journal = open_journal(url)
    waiting = threading.Thread(
        target=colleague.execute,
        args=("UPDATE customer_fts SET body = body || ' tea' WHERE rowid = %s", (c,)),
    )
    try:
        with pytest.raises(UserError, match=SENTENCE):
            with journal.write() as session:
                conn = session.connection()
                conn.exec_driver_sql(f"UPDATE customer SET notes = 'samovar' WHERE id = {c}")
                conn.exec_driver_sql(
                    f"UPDATE customer_fts SET body = body || ' samovar' WHERE rowid = {c}"
                )
                waiting.start()  # the colleague now waits for the second chunk
                time.sleep(0.3)
                conn.exec_driver_sql(
                    f"UPDATE customer_fts SET body = body || ' samovar' WHERE rowid = {b}"
                )
        waiting.join(timeout=30)
        colleague.rollback()
        with journal.reader() as source:
            assert search.matching_customer_ids(source, "samovar") == set()
            (notes,) = source.rows("SELECT notes FROM customer WHERE id = ?", (c,))[0]
        assert notes == "teapot"
    finally:
        waiting.join(timeout=30)
        colleague.close()
        journal.close()


@pytest.mark.parametrize(
    "error",
    [
        psycopg.errors.DeadlockDetected,
        psycopg.errors.SerializationFailure,
        psycopg.errors.LockNotAvailable,
    ],
)
def test_a_command_that_met_a_colleague_says_so(error: type[psycopg.Error]):
    known = team.known_error(error("server's words"), "import")
    assert known is not None
    assert str(known).startswith(SENTENCE)
