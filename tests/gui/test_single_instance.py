"""The one-instance socket lives in a folder only the user can enter, so another local user
can't stop the app from starting by listening on its name first."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import tempfile
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer

from custjournal.gui import single_instance

WAIT = 5000


def old_tmp_name(journal: Path) -> str:
    """The name the app used before: a bare name, so a socket in /tmp anyone could take."""
    key = hashlib.sha256(str(journal.resolve()).encode("utf-8")).hexdigest()[:20]
    user = os.environ.get("USER") or str(os.getuid())
    return f"custjournal-{user}-{key}"


def test_a_foreign_listener_on_the_old_tmp_name_does_not_stop_the_app(qtbot, tmp_path):
    journal = tmp_path / "journal.sqlite3"
    squatter = QLocalServer()  # stands for another user's process
    assert squatter.listen(old_tmp_name(journal)), squatter.errorString()
    try:
        assert not single_instance.ask_running_instance(journal)  # the app would start
        server = single_instance.InstanceServer(journal)
        try:
            assert server.server.isListening()
            with qtbot.waitSignal(server.raise_requested, timeout=WAIT):
                assert single_instance.ask_running_instance(journal)  # and a second launch finds it
        finally:
            server.close()
    finally:
        squatter.close()


def test_the_socket_is_a_full_path_in_a_private_folder(tmp_path, monkeypatch, short_folder):
    # The runtime folder a desktop gives (/run/user/N) is short; tmp_path's, on a machine whose
    # pytest has numbered a thousand runs, is over a socket's 100 bytes on its own.
    runtime = short_folder / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    journal = tmp_path / "journal.sqlite3"
    server = single_instance.InstanceServer(journal)
    try:
        socket = Path(single_instance.server_name(journal))
        assert socket.is_absolute() and socket.parent == Path(os.environ["XDG_RUNTIME_DIR"])
        assert stat.S_ISSOCK(socket.stat().st_mode)
        assert stat.S_IMODE(socket.parent.stat().st_mode) == 0o700
    finally:
        server.close()


@pytest.fixture
def short_folder():
    """A folder with a short path (tmp_path is too deep for a socket's 104 bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="cj-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_without_a_private_runtime_folder_it_makes_its_own(tmp_path, monkeypatch, short_folder):
    shared = tmp_path / "shared-runtime"
    shared.mkdir()
    shared.chmod(0o755)  # not private: not used
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    monkeypatch.setenv("XDG_CACHE_HOME", str(short_folder))
    journal = tmp_path / "journal.sqlite3"
    server = single_instance.InstanceServer(journal)
    try:
        socket = Path(single_instance.server_name(journal))
        assert socket.parent == short_folder / "custjournal" / "run" and socket.exists()
        assert stat.S_IMODE(socket.parent.stat().st_mode) == 0o700
        monkeypatch.delenv("XDG_RUNTIME_DIR")
        assert Path(single_instance.server_name(journal)) == socket
    finally:
        server.close()


def test_a_deep_home_uses_a_short_private_folder_never_another_users(
    tmp_path, monkeypatch, short_folder
):
    monkeypatch.setattr(single_instance.tempfile, "gettempdir", lambda: str(short_folder))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "none"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / ("c" * 120)))  # too deep for a socket
    journal = tmp_path / "journal.sqlite3"
    ours = short_folder / f"custjournal-{os.getuid()}"
    assert Path(single_instance.server_name(journal)).parent == ours
    assert stat.S_IMODE(ours.stat().st_mode) == 0o700

    ours.chmod(0o777)  # as a folder another user made there would be: open to all
    name = single_instance.server_name(journal)
    assert not Path(name).is_relative_to(ours)
    assert not single_instance.ask_running_instance(journal)
