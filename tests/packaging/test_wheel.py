"""The wheel and the sdist (`python -m build`) hold every module and install into a fresh venv,
where the command line and the app run; the version is in one place."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

from custjournal import __version__, paths
from tests.packaging import running

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not (ROOT / "pyproject.toml").exists(), reason="needs the source tree"
)


def _run(*command: str | Path, timeout: int = 600) -> str:
    done = subprocess.run(
        [str(c) for c in command], capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("dist")
    # The sdist first, then the wheel built from it: what the sdist lacks, the wheel lacks too.
    _run(sys.executable, "-m", "build", "--outdir", out, ROOT)
    (wheel,) = out.glob("custjournal-*.whl")
    (sdist,) = out.glob("custjournal-*.tar.gz")
    return wheel, sdist


def test_the_version_is_in_one_place() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "custjournal.__version__"
    }


def test_the_wheel_holds_every_module(built: tuple[Path, Path]) -> None:
    wheel, sdist = built
    assert wheel.name.startswith(f"custjournal-{__version__}-")
    assert sdist.name == f"custjournal-{__version__}.tar.gz"
    names = set(zipfile.ZipFile(wheel).namelist())
    source = ROOT / "src"
    for module in source.rglob("*.py"):
        assert str(module.relative_to(source)) in names, module
    for resource in (ROOT / "resources").rglob("*"):
        # Translations ship compiled (.qm); their .ts sources need not.
        if resource.is_file() and "__pycache__" not in resource.parts and resource.suffix != ".ts":
            name = f"custjournal/resources/{resource.relative_to(ROOT / 'resources')}"
            assert name in names, name
    assert not any("__pycache__" in n or n.startswith("tests/") for n in names)
    # The translations compiled by the build (setup.py), not taken from this checkout's copies.
    for language in ("de", "en"):
        assert f"custjournal/resources/i18n/custjournal_{language}.qm" in names
    with tarfile.open(sdist) as tar:
        assert f"custjournal-{__version__}/resources/icons/app.svg" in tar.getnames()
        # The sources too, so that the sdist builds again.
        assert f"custjournal-{__version__}/resources/i18n/custjournal_de.ts" in tar.getnames()


def test_wheel_and_sdist_install_into_a_fresh_venv_and_run(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    wheel, sdist = built
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", venv)
    pip = [venv / "bin" / "python", "-m", "pip", "install", "--quiet"]
    command = [str(venv / "bin" / "custjournal")]
    for package, extra in ((wheel, []), (sdist, ["--force-reinstall", "--no-deps"])):
        _run(*pip, *extra, package)
        assert _run(*command, "--version") == f"custjournal {__version__}\n"
        journal = tmp_path / package.name / "journal.sqlite3"
        running.cli(command, journal, "add", "Ada Lovelace")
        running.cli(command, journal, "log", "ada", "--summary", "Zurich warehouse visit")
        assert "Ada Lovelace" in running.cli(command, journal, "search", "zurich")
        running.app_starts_and_closes(command, journal, paths.log_dir())
