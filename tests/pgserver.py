"""A real PostgreSQL server for the team tests, started once per test session.

`initdb` in a temporary folder, started with `pg_ctl` on a free port with its socket in that
folder (no other server, no system service is touched), stopped and removed at the session's
end. initdb refuses to run as root: as root the server runs as the `postgres` user through
`runuser`, and the folder is given to that user.

Connections from the socket are trusted (the tests' superuser makes databases and roles that
way); TCP on 127.0.0.1 asks for a password (scram-sha-256), so the wrong-password path is real.

Without PostgreSQL's programs (or psycopg) the team tests are skipped with the reason; in CI
(CI=true, as .ci/run sets it) they fail instead, so a CI machine without a server can't pass
them silently.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SUPERUSER = "cj_admin"
_WHERE = ("/usr/lib/postgresql/*/bin", "/usr/local/pgsql/bin")


def _bin_dir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        real = Path(found).resolve().parent
        if (real / "pg_ctl").exists():
            return real
    for pattern in _WHERE:
        for candidate in sorted(glob.glob(pattern), reverse=True):
            if (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
                return Path(candidate)
    return None


def unavailable(reason: str) -> None:
    """Skip with *reason* on a developer's machine; fail in CI, which must have a server."""
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(f"CI needs PostgreSQL for the team tests: {reason}", pytrace=False)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    """A running server: its socket folder, port, and a way to make fresh databases."""

    folder: Path
    port: int
    _names: Iterator[int] = field(default_factory=itertools.count)

    @property
    def host(self) -> str:
        return str(self.folder / "socket")

    def admin_dsn(self, dbname: str = "postgres") -> str:
        return f"host={self.host} port={self.port} user={SUPERUSER} dbname={dbname}"

    def admin(self, dbname: str = "postgres"):  # type: ignore[no-untyped-def]
        """An autocommit superuser connection (psycopg) to *dbname*."""
        import psycopg

        return psycopg.connect(self.admin_dsn(dbname), autocommit=True)

    def new_database(self, owner: str = SUPERUSER) -> str:
        """A new empty database owned by *owner*; its name."""
        from psycopg import sql

        name = f"cj_test_{os.getpid()}_{next(self._names)}"
        with self.admin() as con:
            con.execute(
                sql.SQL("CREATE DATABASE {} OWNER {}").format(
                    sql.Identifier(name), sql.Identifier(owner)
                )
            )
        return name

    @contextlib.contextmanager
    def colleague(self, dbname: str, name: str = "colleague") -> Iterator[str]:
        """A colleague's role on *dbname* with the rights to read and change rows (the grant
        docs/team.md shows), not the tables' owner: their journal URL, the role dropped after."""
        from psycopg import sql

        role = sql.Identifier(name)
        with self.admin() as con:
            con.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(role))
            con.execute(sql.SQL("CREATE ROLE {} LOGIN").format(role))
        with self.admin(dbname) as con:
            con.execute(
                sql.SQL(
                    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {}"
                ).format(role)
            )
            con.execute(sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {}").format(role))
        try:
            yield self.url(dbname, name)
        finally:
            with self.admin(dbname) as con:
                con.execute(sql.SQL("DROP OWNED BY {}").format(role))
            with self.admin() as con:
                con.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(role))

    def url(self, dbname: str, user: str = SUPERUSER) -> str:
        """The journal URL of *dbname* through the socket (trusted: no password)."""
        return f"postgresql://{user}@/{dbname}?host={self.host}&port={self.port}"

    def tcp_url(self, dbname: str, user: str) -> str:
        """The journal URL of *dbname* over TCP (asks for the role's password)."""
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}"

    def drop_database(self, name: str) -> None:
        from psycopg import sql

        with self.admin() as con:
            con.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def _run_as(user: str | None, args: list[str], **kwargs) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    command = ["runuser", "-u", user, "--", *args] if user else args
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


# The test server's settings: nothing it writes needs to survive a crash of the machine.
# autovacuum off: its ANALYZE after a test's inserts writes at a moment of its own, and a keep
# (store/health_kept.py, insights_kept.py) refuses, as designed, when any write was under way as
# its read began: tests that expect a page or health kept failed now and then on it.
TEST_SETTINGS = {
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "autovacuum": "off",
}


@contextlib.contextmanager
def running_server(settings: dict[str, str] | None = None) -> Iterator[PgServer]:
    """Start a throwaway server (skipped, or failed in CI, when that can't be done), with
    *settings* (TEST_SETTINGS unless given; benchmarks/team.py gives PostgreSQL's defaults)."""
    bin_dir = _bin_dir()
    if bin_dir is None:
        unavailable(
            "PostgreSQL's programs (initdb, pg_ctl) are not installed: "
            "install the postgresql package to run the team tests"
        )
    try:
        import psycopg  # noqa: F401
    except ImportError:
        unavailable("psycopg is not installed: pip install 'custjournal[team]'")
    assert bin_dir is not None
    user: str | None = None
    if os.geteuid() == 0:
        user = "postgres"
        try:
            pwd.getpwnam(user)
        except KeyError:
            unavailable("the tests run as root and there is no postgres user to run the server")
    folder = Path(tempfile.mkdtemp(prefix="cj-pg-"))
    data, sock, log = folder / "data", folder / "socket", folder / "server.log"
    sock.mkdir()
    if user is not None:
        entry = pwd.getpwnam(user)
        for path in (folder, sock):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    folder.chmod(0o755)  # the tests (another user when root) reach the socket inside
    port = _free_port()
    server = PgServer(folder, port)
    try:
        _run_as(
            user,
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                "-E",
                "UTF8",
                "--locale=C",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
            ],
        )
        chosen = TEST_SETTINGS if settings is None else settings
        options = f"-p {port} -k {sock} -c listen_addresses=127.0.0.1" + "".join(
            f" -c {name}={value}" for name, value in chosen.items()
        )
        _run_as(
            user,
            [
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(log),
                "-w",
                "-t",
                "30",
                "start",
            ],
        )
    except subprocess.CalledProcessError as exc:
        text = log.read_text() if log.exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        unavailable(f"the test PostgreSQL server did not start: {exc.stderr.strip()} {text}")
    try:
        yield server
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            _run_as(user, [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"])
        shutil.rmtree(folder, ignore_errors=True)
