"""Running what users install: a command line and the app in its own process, offscreen."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest


def cli(command: list[str], journal: Path, *args: str) -> str:
    """Run a command of the installed command line on *journal*; its output, checked."""
    done = subprocess.run(
        [*command, "--journal", str(journal), *args], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, f"{args}: {done.returncode} {done.stdout} {done.stderr}"
    assert "Traceback" not in done.stderr
    return done.stdout


def _window_is_up(journal: Path) -> bool:
    """The app listens on its single-instance socket only once its window is shown."""
    from PySide6.QtNetwork import QLocalSocket

    from custjournal.gui.single_instance import server_name

    socket = QLocalSocket()
    socket.connectToServer(server_name(journal))
    up = socket.waitForConnected(200)
    socket.abort()
    return up


def app_starts_and_closes(command: list[str], journal: Path, log_dir: Path) -> None:
    """Start the app offscreen on *journal*, wait for its window, close it as a logout does
    (SIGTERM) and check it exited cleanly: status 0, no traceback, nothing in the bug log."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [*command, "--journal", str(journal)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not _window_is_up(journal):
            if process.poll() is not None:
                pytest.fail(f"the app exited early ({process.returncode}): {process.stderr.read()}")
            if time.monotonic() > deadline:
                pytest.fail("the app's window did not come up within 60 s")
            time.sleep(0.1)
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    # Nothing on stderr but the offscreen platform's notices: a missing Qt plugin, icon or style
    # would be a warning here, a failure to read them a traceback.
    said = [line for line in err.splitlines() if "This plugin does not support" not in line]
    assert said == [], err
    logged = [p for p in log_dir.rglob("*") if p.is_file() and p.stat().st_size]
    assert logged == [], [p.read_text() for p in logged]
