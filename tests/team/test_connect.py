"""Connecting to a team database: the schema made in one go, one sentence for each refusal.

Every test runs against the session's real PostgreSQL server (tests/pgserver.py).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from psycopg import sql

from custjournal.cli import main
from custjournal.domain.errors import UserError
from custjournal.store import derived, team
from custjournal.store.journal import HEAD, JournalMissing, JournalTooNew
from custjournal.store.team import open_team, public_url
from tests.pgserver import PgServer

PASSWORD = "hunter2-not-shown"


def run(url: str, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--journal", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def tables(server: PgServer, db: str) -> set[str]:
    with server.admin(db) as con:
        rows = con.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        return {r[0] for r in rows}


def make_role(server: PgServer, name: str, *, password: str | None = None) -> None:
    with server.admin() as con:
        con.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))
        if password is None:
            con.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(name)))
        else:
            con.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(name), sql.Literal(password)
                )
            )


def test_first_connection_makes_the_whole_schema(pg_server: PgServer, pg_database: str):
    journal = open_team(pg_server.url(pg_database))
    journal.close()
    found = tables(pg_server, pg_database)
    assert {"customer", "conversation", "purchase", "search_entry", "search_fts"} <= found
    assert {"customer_fts", "not_duplicate", "alembic_version"} <= found
    with pg_server.admin(pg_database) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
        settings = dict(con.execute("SELECT key, value FROM setting").fetchall())
        assert settings["cadence.connection"] == "21" and len(settings["currency"]) == 3
        triggers = {
            r[0] for r in con.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
        }
        assert set(derived_names()) <= triggers
        kinds = dict(
            con.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = 'customer_fts'"
            ).fetchall()
        )
        assert kinds["tsv"] == "tsvector"
    # A second start finds it at HEAD and changes nothing.
    open_team(pg_server.url(pg_database)).close()


def derived_names() -> list[str]:
    from custjournal.store import backend

    return [name for name in backend.TRIGGERS_PG if name.startswith("tr_")]


def test_derived_columns_follow_the_entries(pg_server: PgServer, pg_database: str):
    open_team(pg_server.url(pg_database)).close()
    with pg_server.admin(pg_database) as con:
        now = "2026-11-01 10:00:00+00"
        con.execute(
            "INSERT INTO customer (id, created_at, updated_at, name, stage, archived) "
            "VALUES (1, %s, %s, 'Ada', 'connection', false)",
            (now, now),
        )
        for day in ("2026-01-01", "2026-01-11", "2026-01-31", "2026-01-31"):
            con.execute(
                "INSERT INTO purchase (created_at, updated_at, customer_id, purchased_on, "
                "amount_minor, currency) VALUES (%s, %s, 1, %s, 100, 'EUR')",
                (now, now, day),
            )
        con.execute(
            "INSERT INTO gift (created_at, updated_at, customer_id, what, given_on) "
            "VALUES (%s, %s, 1, 'tea', '2026-02-03')",
            (now, now),
        )
        row = con.execute(
            "SELECT last_touch_on::text, purchase_days, last_purchase_on::text, "
            "purchase_gap_median FROM customer"
        ).fetchone()
        assert row == ("2026-02-03", 3, "2026-01-31", 15.0)
        con.execute("DELETE FROM gift")
        con.execute("DELETE FROM purchase WHERE purchased_on = '2026-01-11'")
        row = con.execute(
            "SELECT last_touch_on, purchase_days, purchase_gap_median FROM customer"
        ).fetchone()
        assert row == (None, 2, 30.0)
        from custjournal.store import backend

        assert con.execute(backend.COUNT_OUT_OF_STEP_PG).fetchone()[0] == 0


def test_public_url_never_keeps_a_password():
    assert (
        public_url(f"postgresql://sales:{PASSWORD}@db.example.com:5433/crm?sslmode=require")
        == "postgresql://sales@db.example.com:5433/crm?sslmode=require"
    )
    assert public_url("postgresql+psycopg://sales@db/crm") == "postgresql://sales@db/crm"
    assert (
        public_url("postgresql://me@/crm?host=/run/postgresql&port=5432")
        == "postgresql://me@/crm?host=/run/postgresql&port=5432"
    )


def test_a_team_address_without_psycopg_installed_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    """Without the team extra, a team address crashed with exit 70 (the URL was parsed with
    psycopg before anything said it was missing)."""
    import sys

    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if not installed: ImportError
    monkeypatch.setitem(sys.modules, "psycopg.conninfo", None)
    code, out, err = run(f"postgresql://sales:{PASSWORD}@127.0.0.1:1/crm", "list", capsys=capsys)
    assert code == 1, err
    assert err.startswith("Team databases need psycopg, which is not installed")
    assert PASSWORD not in err and err.count("\n") == 1 and out == ""


def test_a_server_that_cannot_be_reached(capsys: pytest.CaptureFixture[str]):
    from tests.pgserver import _free_port

    url = f"postgresql://sales:{PASSWORD}@127.0.0.1:{_free_port()}/crm"
    code, out, err = run(url, "list", capsys=capsys)
    assert code == 1
    assert err.startswith("Can't reach the PostgreSQL server at 127.0.0.1:")
    assert PASSWORD not in err and err.count("\n") == 1


def test_wrong_and_missing_password(
    pg_server: PgServer,
    pg_database: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
):
    make_role(pg_server, "sales", password=PASSWORD)
    url = pg_server.tcp_url(pg_database, "sales")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    code, _out, err = run(url, "list", capsys=capsys)
    assert code == 1 and "asks for a password for the role sales" in err
    monkeypatch.setenv("PGPASSWORD", "wrong")
    code, _out, err = run(url, "list", capsys=capsys)
    assert code == 1
    assert err.startswith("The password for the role sales was not accepted by the team database")
    assert "wrong" not in err
    # The right one from a .pgpass file (libpq's own way): in, and a journal on first write.
    monkeypatch.delenv("PGPASSWORD")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{pg_server.port}:{pg_database}:sales:{PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    code, _out, err = run(url, "list", capsys=capsys)
    assert code == 1 and "holds no journal yet" in err  # a reading command sets nothing up
    assert tables(pg_server, pg_database) == set()


def test_unknown_database(pg_server: PgServer, capsys: pytest.CaptureFixture[str]):
    code, _out, err = run(pg_server.url("no_such_db"), "list", capsys=capsys)
    assert code == 1 and err.startswith("There is no database no_such_db on ")


def test_a_database_with_other_tables_is_left_alone(
    pg_server: PgServer, pg_database: str, capsys: pytest.CaptureFixture[str]
):
    with pg_server.admin(pg_database) as con:
        con.execute("CREATE TABLE invoices (id int)")
    code, _out, err = run(pg_server.url(pg_database), "add", "Ada", capsys=capsys)
    assert code == 1 and "holds other tables than a Customer Journal's" in err
    assert tables(pg_server, pg_database) == {"invoices"}


def test_a_newer_schema_is_refused_untouched(pg_server: PgServer, pg_database: str):
    open_team(pg_server.url(pg_database)).close()
    with pg_server.admin(pg_database) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(JournalTooNew, match="newer version of Customer Journal \\(schema 9999\\)"):
        open_team(pg_server.url(pg_database))
    with pg_server.admin(pg_database) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999"


def test_reading_an_empty_database_sets_nothing_up(pg_server: PgServer, pg_database: str):
    with pytest.raises(JournalMissing, match="holds no journal yet"):
        open_team(pg_server.url(pg_database), create=False)
    assert tables(pg_server, pg_database) == set()


def test_a_role_without_rights_is_told_who_may_set_it_up(
    pg_server: PgServer, pg_database: str, capsys: pytest.CaptureFixture[str]
):
    make_role(pg_server, "clerk")
    # PostgreSQL 15: only the database's owner may create tables in its public schema.
    code, _out, err = run(pg_server.url(pg_database, "clerk"), "add", "Ada", capsys=capsys)
    assert code == 1
    assert "the role clerk may not create tables in it: ask its owner (cj_admin)" in err
    assert tables(pg_server, pg_database) == set()


def test_a_role_with_data_rights_only_is_told_who_must_upgrade(
    pg_server: PgServer, pg_database: str
):
    from sqlalchemy import create_engine

    from custjournal.store import migrate

    make_role(pg_server, "clerk")
    engine = create_engine("postgresql+psycopg://", creator=lambda: pg_server.admin(pg_database))
    with engine.begin() as conn:
        migrate.upgrade(conn, "0005")
    engine.dispose()
    with pg_server.admin(pg_database) as con:
        con.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO clerk")
    with pytest.raises(UserError) as caught:
        open_team(pg_server.url(pg_database, "clerk"))
    assert "is at schema 0005 and this version needs" in str(caught.value)
    assert "ask its owner (cj_admin) to start this version on it once" in str(caught.value)
    with pg_server.admin(pg_database) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0005"


def test_a_failed_set_up_leaves_no_half_made_schema(
    pg_server: PgServer, pg_database: str, monkeypatch: pytest.MonkeyPatch
):
    def broken(conn, customer_ids=None):  # the last step of the set-up fails
        raise RuntimeError("power cut")

    monkeypatch.setattr(derived, "install", broken)
    with pytest.raises(RuntimeError, match="power cut"):
        open_team(pg_server.url(pg_database))
    assert tables(pg_server, pg_database) == set()


def test_the_journal_setting_accepts_a_team_url(
    pg_server: PgServer,
    pg_database: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
):
    monkeypatch.setenv("CUSTJOURNAL_JOURNAL", pg_server.url(pg_database))
    capsys.readouterr()
    assert main(["list"]) == 1
    assert "holds no journal yet" in capsys.readouterr().err
    assert os.environ["CUSTJOURNAL_JOURNAL"].startswith("postgresql://")
    assert team.is_team_url(os.environ["CUSTJOURNAL_JOURNAL"])


@pytest.mark.parametrize("command", ["encrypt", "decrypt", "passphrase"])
def test_encryption_commands_refuse_a_team_database_in_one_sentence(
    pg_server: PgServer, pg_database: str, command: str, capsys: pytest.CaptureFixture[str]
):
    url = pg_server.url(pg_database)
    assert run(url, "add", "Ada", capsys=capsys)[0] == 0
    code, out, err = run(url, command, capsys=capsys)
    assert code == 1 and out == ""
    assert err.strip() == (
        "A team database is not encrypted by Customer Journal: the server protects it (its "
        "disk encryption, and sslmode=verify-full in the address on the way). Nothing was "
        "changed."
    )
