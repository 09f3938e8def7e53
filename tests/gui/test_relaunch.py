"""Opening another journal starts the app again in a process of its own: from a checkout or a
wheel as `python -m custjournal`, from the bundle (packaging/) as the bundle's own executable,
which takes no `-m` (it is the command line: `-m` was an unknown option, and no window came)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from custjournal.gui.controller import JournalController
from custjournal.gui.main_window import MainWindow
from custjournal.store.journal import open_journal


def _launched(monkeypatch: pytest.MonkeyPatch, qtbot, journal_path: Path) -> list[str]:
    started: list[list[str]] = []
    monkeypatch.setattr(subprocess, "Popen", lambda argv, **_kw: started.append(argv))
    controller = JournalController(open_journal(journal_path))
    try:
        window = MainWindow(controller, use_tray=False)
        qtbot.addWidget(window)
        window._launch(journal_path.parent / "sample.sqlite3")
    finally:
        controller.close()
    (argv,) = started
    return argv


def test_from_python_the_app_starts_as_a_module(monkeypatch, qtbot, journal_path) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    argv = _launched(monkeypatch, qtbot, journal_path)
    target = str(journal_path.parent / "sample.sqlite3")
    assert argv == [sys.executable, "-m", "custjournal", "--journal", target]


def test_from_the_bundle_the_app_starts_its_own_executable(
    monkeypatch, qtbot, journal_path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/custjournal/custjournal")
    argv = _launched(monkeypatch, qtbot, journal_path)
    target = str(journal_path.parent / "sample.sqlite3")
    assert argv == ["/opt/custjournal/custjournal", "--journal", target]
