"""The test session's own PostgreSQL server (tests/pgserver.py) runs and is private to it."""

import pytest

from tests.pgserver import PgServer, unavailable


def test_server_answers_and_makes_fresh_databases(pg_server: PgServer, pg_database: str):
    with pg_server.admin(pg_database) as con:
        version = con.execute("SHOW server_version_num").fetchone()[0]
        assert int(version) >= 150000
        assert con.execute("SELECT current_database()").fetchone()[0] == pg_database
    assert (pg_server.folder / "socket").is_dir()


def test_without_a_server_skipped_locally_failed_in_ci(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="install the postgresql package"):
        unavailable("initdb is missing: install the postgresql package")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI needs PostgreSQL"):
        unavailable("initdb is missing: install the postgresql package")
