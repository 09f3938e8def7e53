"""A team journal's connections: one kept for reads (not one per read), and the changes of
others heard by LISTEN/NOTIFY (store/notify.py), against the session's real PostgreSQL server.
"""

from __future__ import annotations

import select
import time

import pytest

from custjournal import ops
from custjournal.domain.errors import UserError
from custjournal.store import notify, queries, team
from custjournal.store.journal import open_journal
from tests.pgserver import PgServer


@pytest.fixture
def url(pg_server: PgServer, pg_database: str) -> str:
    return pg_server.url(pg_database)


def backend_pid(journal) -> int:
    with journal.reader() as source:
        return int(source.rows("SELECT pg_backend_pid()")[0][0])


def test_reads_keep_one_connection(url: str, pg_server: PgServer):
    journal = open_journal(url)
    try:
        first = backend_pid(journal)
        assert [backend_pid(journal) for _ in range(5)] == [first] * 5
        # Each read is a snapshot of its own: a write made meanwhile is seen by the next read.
        other = open_journal(url)
        ops.add_customer(other, "Ada Lovelace")
        other.close()
        with journal.reader() as source:
            assert [c.name for c in queries.candidates(source)] == ["Ada Lovelace"]
            isolation = source.rows("SHOW transaction_isolation")[0][0]
            read_only = source.rows("SHOW transaction_read_only")[0][0]
        assert (isolation, read_only) == ("repeatable read", "on")
        # Two reads at once (the GUI thread and a worker) each have their own.
        with journal.reader() as one, journal.reader() as two:
            pids = {
                one.rows("SELECT pg_backend_pid()")[0][0],
                two.rows("SELECT pg_backend_pid()")[0][0],
            }
        assert len(pids) == 2
        # A kept connection the server dropped (a restart) is replaced, not reused.
        with pg_server.admin() as con:
            con.execute("SELECT pg_terminate_backend(%s, 10000)", (first,))  # waits for it
        with journal.reader() as source:
            assert [c.name for c in queries.candidates(source)] == ["Ada Lovelace"]
        assert backend_pid(journal) != first
        # Dropped in the middle of a read: said as a sentence; the next read connects anew.
        kept = backend_pid(journal)
        with pytest.raises(UserError, match="The connection to the team database was lost"):  # noqa: PT012
            with journal.reader() as source:
                with pg_server.admin() as con:
                    con.execute("SELECT pg_terminate_backend(%s, 10000)", (kept,))
                queries.candidates(source)
        assert backend_pid(journal) != kept
    finally:
        journal.close()
    assert our_connections(pg_server) == 0  # closing the journal closed its kept connections


def our_connections(pg_server: PgServer) -> int:
    """The app's connections the server still has. A backend ends a moment after its client
    closed the connection: counted until none is left, for up to 5 s."""
    deadline = time.monotonic() + 5
    while True:
        with pg_server.admin() as con:
            left = int(
                con.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'custjournal'"
                ).fetchone()[0]
            )
        if left == 0 or time.monotonic() > deadline:
            return left
        time.sleep(0.05)


def backends(pg_server: PgServer, database: str) -> dict[int, str]:
    """The app's connections to *database* on the server: pid and the last statement run."""
    with pg_server.admin() as con:
        found = con.execute(
            "SELECT pid, query FROM pg_stat_activity "
            "WHERE application_name = 'custjournal' AND datname = %s",
            (database,),
        ).fetchall()
    return {int(pid): str(query) for pid, query in found}


def test_the_connection_the_open_made_is_used_next(url: str, pg_server: PgServer, pg_database: str):
    open_journal(url).close()  # the schema set up
    assert our_connections(pg_server) == 0
    # The app's start: the open's connection becomes the listener's (no second connect on
    # the GUI thread), and the changes of others are heard on it.
    journal = open_journal(url)
    try:
        (opened,) = backends(pg_server, pg_database)
        before = journal.data_version()
        assert backends(pg_server, pg_database) == {opened: notify.LISTEN_SQL}
        other = open_journal(url)
        ops.add_customer(other, "Ada Lovelace")
        other.close()
        assert heard_all(journal, 1) == before + 1
        # Reads have connections of their own (the listener never holds a transaction), set
        # as every reading connection is: UTC, each read one read-only snapshot.
        assert backend_pid(journal) != opened
        with journal.reader() as source:
            assert source.rows("SHOW TimeZone")[0][0] == "UTC"
            assert source.rows("SHOW transaction_isolation")[0][0] == "repeatable read"
    finally:
        journal.close()
    # A command's first read is made on it instead (it never listens).
    assert our_connections(pg_server) == 0
    journal = open_journal(url)
    try:
        (opened,) = backends(pg_server, pg_database)
        assert backend_pid(journal) == opened
        with journal.reader() as source:
            assert [c.name for c in queries.candidates(source)] == ["Ada Lovelace"]
            assert source.rows("SHOW transaction_read_only")[0][0] == "on"
            assert source.rows("SHOW transaction_isolation")[0][0] == "repeatable read"
            assert source.rows("SHOW TimeZone")[0][0] == "UTC"
        with journal.reader() as source:  # the settings outlast a read's end (its rollback)
            assert source.rows("SHOW TimeZone")[0][0] == "UTC"
        assert journal.data_version() >= 0  # the listener connects anew
        assert len(backends(pg_server, pg_database)) == 2
    finally:
        journal.close()
    assert our_connections(pg_server) == 0


def test_an_open_connection_the_server_dropped_is_not_used(
    url: str, pg_server: PgServer, pg_database: str
):
    open_journal(url).close()  # the schema set up
    assert our_connections(pg_server) == 0
    journal = open_journal(url)
    try:
        (opened,) = backends(pg_server, pg_database)
        with pg_server.admin() as con:
            con.execute("SELECT pg_terminate_backend(%s, 10000)", (opened,))  # waits for it
        before = journal.data_version()  # listens on a new connection, no error
        (listening,) = backends(pg_server, pg_database)
        assert listening != opened
        other = open_journal(url)
        ops.add_customer(other, "Ada Lovelace")
        other.close()
        assert heard_all(journal, 1) == before + 1
    finally:
        journal.close()
    # Dropped before a command's first read: the read connects anew.
    assert our_connections(pg_server) == 0
    journal = open_journal(url)
    try:
        (opened,) = backends(pg_server, pg_database)
        with pg_server.admin() as con:
            con.execute("SELECT pg_terminate_backend(%s, 10000)", (opened,))
        with journal.reader() as source:
            assert [c.name for c in queries.candidates(source)] == ["Ada Lovelace"]
    finally:
        journal.close()


def heard_all(journal, seen: int) -> int:
    """The journal's data version once its listener has received *seen* notifications in all
    (its own too): waits on the listener's socket, never longer than 10 s."""
    while journal._listener.seen < seen:
        ready, _, _ = select.select([journal.notify_socket()], [], [], 10)
        assert ready, "no notification arrived"
        version = journal.data_version()
    return version


def test_the_changes_of_others_are_heard_and_ones_own_are_not(url: str):
    mine, theirs = open_journal(url), open_journal(url)
    try:
        start, theirs_start = mine.data_version(), theirs.data_version()
        ops.add_customer(mine, "Ada Lovelace")
        ops.add_customer(theirs, "Grace Hopper")
        # Both arrive in the order of their commits; only theirs counts: this window has
        # shown its own change already.
        assert heard_all(mine, 2) == start + 1
        # A read that commits (nothing written) and a failed write tell nobody: the next
        # notification heard is the write after them.
        with theirs.write() as session:
            queries.candidates(session)
        with pytest.raises(UserError):
            ops.add_customer(theirs, "")
        ops.add_customer(theirs, "Katherine Johnson")
        assert heard_all(mine, 3) == start + 2
        # Theirs heard Ada (by mine) only, not its own two writes.
        assert heard_all(theirs, 3) == theirs_start + 1
    finally:
        mine.close()
        theirs.close()


def test_a_lost_listener_counts_as_a_change(url: str, pg_server: PgServer):
    journal = open_journal(url)
    try:
        before = journal.data_version()
        with pg_server.admin() as con:
            con.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = %s",
                ("LISTEN custjournal_changed",),
            )
        # It may take the server a moment to close the socket: until then nothing is heard.
        # Its socket is readable once the server said why and closed it: the reason first,
        # then the end of the connection.
        with pytest.raises(notify.ListenerLost):  # noqa: PT012
            for _ in range(3):
                ready, _, _ = select.select([journal.notify_socket()], [], [], 10)
                assert ready
                journal.data_version()
        assert journal.notify_socket() is None
        with pytest.raises(notify.ListenerLost):  # not connected again on the asking thread
            journal.data_version()
        journal.listen_again()  # the app does this in a thread
        assert journal.data_version() != before  # connected again, and the view refreshes
    finally:
        journal.close()


def test_a_role_without_rights_on_the_tables_is_told_so(
    pg_server: PgServer, url: str, capsys: pytest.CaptureFixture[str]
):
    from psycopg import sql

    from custjournal.cli import main

    team.open_team(url).close()
    with pg_server.admin() as con:
        con.execute("DROP ROLE IF EXISTS viewer")
        con.execute(sql.SQL("CREATE ROLE viewer LOGIN"))
    dbname = team.Target(url).dbname
    code = main(["--journal", pg_server.url(dbname, "viewer"), "list"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith(
        f"The role viewer may not read and change the journal in the team database {dbname}"
    )
    assert "ask its owner (cj_admin) to grant it the rights to read, add, change and delete" in err
    assert team.probe(url) == team.READY


def test_an_address_from_the_dialogs_fields():
    assert (
        team.url_from_fields(
            host="db.example.com",
            port="5433",
            dbname="crm",
            user="sales",
            service="",
            options="sslmode=verify-full connect_timeout=5",
        )
        == "postgresql://sales@db.example.com:5433/crm?connect_timeout=5&sslmode=verify-full"
    )
    assert (
        team.url_from_fields(host="", port="", dbname="", user="", service="crm", options="")
        == "postgresql:///?service=crm"
    )
    for options, said in (
        ("password=x", "A password does not belong in the settings"),
        ("colour=blue", "not PostgreSQL connection settings"),
    ):
        with pytest.raises(UserError, match=said):
            team.url_from_fields(
                host="", port="", dbname="crm", user="", service="", options=options
            )
    with pytest.raises(UserError, match="Give the name of the team's database"):
        team.url_from_fields(host="db", port="", dbname="", user="", service="", options="")
