"""The wheel users install carries the icons, styles, translations and migrations the app loads
at run time."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(not (ROOT / "pyproject.toml").exists(), reason="needs the source tree")
def test_the_wheel_holds_resources_and_migrations(tmp_path: Path) -> None:
    # Built from the files git tracks, as a fresh clone has them: the compiled translations
    # (.qm, git-ignored) must come from the build itself (setup.py), not from this checkout.
    tracked = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True, text=True, check=True
    ).stdout.split("\0")
    clone = tmp_path / "clone"
    for name in filter(None, tracked):
        if (ROOT / name).is_file():
            (clone / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, clone / name)
    assert not list(clone.glob("resources/i18n/*.qm"))
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "--disable-pip-version-check",
            "-w",
            str(tmp_path),
            str(clone),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    (wheel,) = tmp_path.glob("custjournal-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "custjournal/resources/icons/gift.svg",
        "custjournal/resources/icons/app.svg",
        "custjournal/resources/styles/common.qss",
        "custjournal/resources/styles/dark.qss",
        "custjournal/resources/custjournal.desktop",
        "custjournal/resources/i18n/custjournal_de.qm",
        "custjournal/resources/i18n/custjournal_en.qm",
        "custjournal/store/migrations/env.py",
        "custjournal/store/migrations/versions/0001_initial.py",
        "custjournal/store/migrations/versions/0002_purchase_window_index.py",
        "custjournal/store/migrations/versions/0003_customer_fts_prefix.py",
    ):
        assert expected in names, expected
    assert not any(n.startswith("tests/") for n in names)
