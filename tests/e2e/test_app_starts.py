"""The real `custjournal` process starts, shows its window on the journal, and closes cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6")


def _window_is_up(journal: Path) -> bool:
    """The app listens on its single-instance socket only once its window is shown."""
    from PySide6.QtNetwork import QLocalSocket

    from custjournal.gui.single_instance import server_name

    socket = QLocalSocket()
    socket.connectToServer(server_name(journal))
    up = socket.waitForConnected(200)
    socket.abort()
    return up


def _start(journal: Path, *extra: str) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "custjournal", "--journal", str(journal), *extra],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_up(process: subprocess.Popen[str], journal: Path, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the app exited early ({process.returncode}): {process.stderr.read()}")
        if _window_is_up(journal):
            return
        time.sleep(0.1)
    process.kill()
    pytest.fail("the main window did not come up within 30 s")


def test_app_starts_on_a_new_journal_and_closes_cleanly(tmp_path: Path, qapp) -> None:
    journal = tmp_path / "data" / "journal.sqlite3"
    process = _start(journal)
    _wait_up(process, journal)
    assert journal.exists()
    assert (journal.stat().st_mode & 0o777) == 0o600
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert "Traceback" not in err


def test_a_second_launch_brings_the_first_forward(tmp_path: Path, qapp) -> None:
    journal = tmp_path / "journal.sqlite3"
    first = _start(journal)
    try:
        _wait_up(first, journal)
        second = _start(journal)
        _out, err = second.communicate(timeout=30)
        assert second.returncode == 0
        assert "already has" in err and "brought forward" in err
        assert first.poll() is None  # the first one keeps running
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=20)
