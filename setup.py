"""The one build step beyond pyproject.toml: the translations compiled into the package.

`pyside6-lrelease` (shipped in pyside6-essentials, a build requirement) turns each
resources/i18n/custjournal_*.ts into its .qm beside it, before the package data is collected,
so the wheel and the sdist carry the .qm files; the .qm files are generated, never committed.
`python setup.py compile_translations` does only that (scripts/setup-env, scripts/translations).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Command, setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent
I18N = ROOT / "resources" / "i18n"


def lrelease() -> str:
    """pyside6-lrelease beside this Python (a venv, the isolated build), else on the PATH."""
    here = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(here) if here.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: install pyside6-essentials to build.")
    return found


def compile_translations() -> list[Path]:
    """Compile every .ts that is newer than its .qm; returns the .qm files."""
    done = []
    for ts in sorted(I18N.glob("custjournal_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        done.append(qm)
    return done


class CompileTranslations(Command):
    description = "compile resources/i18n/*.ts into .qm files beside them"
    user_options: list[tuple[str, str | None, str]] = []

    def initialize_options(self) -> None:
        pass

    def finalize_options(self) -> None:
        pass

    def run(self) -> None:
        compile_translations()


class BuildPy(build_py):
    def run(self) -> None:
        compile_translations()
        super().run()


class Sdist(sdist):
    def run(self) -> None:
        compile_translations()
        super().run()


setup(
    cmdclass={
        "compile_translations": CompileTranslations,
        "build_py": BuildPy,
        "sdist": Sdist,
    }
)
