"""The bug log: private (0600 in a 0700 folder) and free of what the user typed."""

from __future__ import annotations

import stat
import sys

from custjournal import logs, ops


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_failed_command_logs_its_name_and_traceback_but_no_note(cli, monkeypatch):
    assert cli("add", "Ada Lovelace").code == 0

    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(ops, "log_conversation", broken)
    args = ["log", "ada", "--notes", "Her daughter is ill, keep it quiet"]
    monkeypatch.setattr(sys, "argv", ["custjournal", *args])  # as a real run has it
    r = cli(*args)
    assert r.code == 70
    log = logs.log_file()
    text = log.read_text(encoding="utf-8")
    assert "command failed: log" in text and "RuntimeError: a bug" in text
    assert "daughter" not in text and "--notes" not in text
    assert _mode(log) == 0o600
    assert _mode(log.parent) == 0o700


def test_an_older_world_readable_log_is_made_private(tmp_path):
    log = logs.log_file()
    log.parent.mkdir(parents=True)
    log.parent.chmod(0o755)
    log.write_text("old\n")
    log.chmod(0o644)
    try:
        raise ValueError("boom")
    except ValueError:
        assert logs.log_bug("worker failed") == log
    assert "ValueError: boom" in log.read_text()
    assert (_mode(log), _mode(log.parent)) == (0o600, 0o700)
