"""Test isolation: no test may touch the real home folder, journal, settings or logs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from custjournal.cli import main
from custjournal.store import connect
from custjournal.store.journal import Journal, open_journal
from tests.pgserver import PgServer, running_server


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(folder))
    (home / "runtime").chmod(0o700)
    monkeypatch.delenv("CUSTJOURNAL_JOURNAL", raising=False)
    for var in ("CUSTJOURNAL_PASSPHRASE_FILE", "CUSTJOURNAL_NEW_PASSPHRASE_FILE"):
        monkeypatch.delenv(var, raising=False)
    # No test may reach the user's real keyring (or wait on a D-Bus one).
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    yield home
    # Passphrases and keys live in the process (store/connect.py): none outlives its test.
    connect.forget_keys()
    connect.set_passphrase_source(None)


# The tests here run on both backends: a journal file, and a team database on the session's
# PostgreSQL server (tests/pgserver.py). What does not work on a team database yet is listed in
# tests/team/not_ported.txt, and its PostgreSQL runs are reported as skipped with that reason.
BOTH_BACKENDS = ("tests/store/", "tests/ops/", "tests/cli/", "tests/interop/")
NOT_PORTED = Path(__file__).parent / "team" / "not_ported.txt"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    where = Path(str(metafunc.definition.fspath)).relative_to(Path(__file__).parents[1])
    if str(where).startswith(BOTH_BACKENDS):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


# A test marked `journal_file` is about the journal *file* (encryption, file permissions and
# locks, a damaged or foreign file, the backups beside it, the write-ahead log): a team database
# has none of these, so its PostgreSQL run is skipped with this reason, visibly (`-rs` in
# pyproject.toml prints every skip's reason), rather than listed as not ported.
FILE_ONLY = "about the journal file"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"journal_file: {FILE_ONLY}; its PostgreSQL run is skipped with that reason"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    listed = {
        line.strip()
        for line in NOT_PORTED.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and callspec.params.get("backend") == "postgresql":
            if item.get_closest_marker("journal_file") is not None:
                item.add_marker(pytest.mark.skip(reason=FILE_ONLY))
            elif item.nodeid in listed:
                item.add_marker(
                    pytest.mark.skip(reason="not yet ported to a team database (PostgreSQL)")
                )


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """'sqlite' (a journal file) or 'postgresql' (a team database)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def journal_path(tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> Path:
    """Where the test's journal lives: a file in tmp_path, or (the PostgreSQL run) the URL of
    a new empty database on the session's server, dropped after the test."""
    if backend == "postgresql":
        server: PgServer = request.getfixturevalue("pg_server")
        name = server.new_database()
        request.addfinalizer(lambda: server.drop_database(name))
        return server.url(name)  # type: ignore[return-value]
    return tmp_path / "journals" / "test.sqlite3"


@pytest.fixture
def journal(journal_path: Path) -> Journal:
    j = open_journal(journal_path)
    yield j
    j.close()


@dataclass
class CliRun:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(journal_path: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., CliRun]:
    """Run the command line in-process against the test journal, as a user would type it."""

    def run(*args: str) -> CliRun:
        capsys.readouterr()
        try:
            code = main(["--journal", str(journal_path), *args])
        except SystemExit as exc:  # argparse misuse and --help
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return CliRun(code, captured.out, captured.err)

    return run


@pytest.fixture
def today() -> dt.date:
    return dt.date.today()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A PostgreSQL server of this test session (tests/pgserver.py); skipped without one,
    failed in CI."""
    with running_server() as server:
        yield server


@pytest.fixture
def pg_database(pg_server: PgServer) -> Iterator[str]:
    """A fresh empty database on the session's server (its name), dropped after the test."""
    name = pg_server.new_database()
    yield name
    pg_server.drop_database(name)
