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
import warnings
from pathlib import Path

from setuptools import Command, setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent
I18N = ROOT / "resources" / "i18n"

# `pip install -e .` (scripts/setup-env): resources/ mapped into the package (pyproject.toml,
# package-dir) makes setuptools install through a finder rather than a plain path entry, and
# say so in a boxed notice that a current pip prints on every install: "be careful with folders
# in your working directory with the same name as your package". There is none: the package is
# under src/, so the notice asks nothing of anyone. Only that notice is silenced; a strict
# editable install's own notice (where its link tree is) still shows.
warnings.filterwarnings(
    "ignore", r"Editable installation\.[\s\S]*same\s+name as your package", UserWarning
)


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
