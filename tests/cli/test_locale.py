"""The command line stays English, with ISO dates and plain numbers, whatever the locale says.

Scripts read its output: a German desktop (LANG=de_DE.UTF-8, LC_ALL too) must not turn
"2026-11-30" into "30.11.26" or "1,234.50" into "1.234,50", nor the sentences into German.
Run as processes, so the environment is the one a terminal gives.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def _run(journal: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "LANGUAGE": "de"}
    return subprocess.run(
        [sys.executable, "-m", "custjournal", "--journal", str(journal), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_a_german_locale_leaves_the_command_line_english_with_iso_dates(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite3"
    steps = [
        ("add", "Ada Lovelace", "--stage", "connection"),
        ("purchase", "ada", "--amount", "1234.50", "--what", "Engine", "--on", "2026-11-30"),
        ("log", "ada", "--summary", "Q4 plans", "--on", "2026-11-30", "--promise", "brochure"),
    ]
    for step in steps:
        done = _run(journal, *step)
        assert done.returncode == 0, done.stderr
    shown = _run(journal, "show", "ada")
    assert shown.returncode == 0, shown.stderr
    assert "2026-11-30" in shown.stdout
    assert "1,234.50 EUR" in shown.stdout
    assert "Connection" in shown.stdout and "Verbindung" not in shown.stdout
    data = json.loads(_run(journal, "show", "ada", "--json").stdout)
    assert data["purchases"][0]["purchased_on"] == "2026-11-30"
    bad = _run(journal, "stage", "ada", "nowhere")
    assert bad.returncode == 1
    assert bad.stderr.startswith("Unknown stage 'nowhere'")
    listed = _run(journal, "list")
    assert "Ada Lovelace" in listed.stdout and "Kunde" not in listed.stdout
