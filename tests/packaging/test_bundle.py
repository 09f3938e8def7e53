"""The release users download: `bash packaging/build` makes the one-folder bundle and its
tarball; unpacked and installed with install.sh, its command line works on a new journal (the
migrations are found) and its app starts offscreen with its icons and styles and closes cleanly;
uninstall.sh removes it and leaves the journal.

About a minute and a half here (the build, ~220 MB unpacked), so built once for the module.
"""

from __future__ import annotations

import os
import platform
import subprocess
import tarfile
from pathlib import Path

import pytest

from custjournal import __version__, paths
from custjournal.gui.launch import DESKTOP_ID
from tests.packaging import running

ROOT = Path(__file__).resolve().parents[2]
NAME = f"custjournal-{__version__}-linux-{platform.machine()}"

pytestmark = pytest.mark.skipif(
    not (ROOT / "packaging" / "build").exists(), reason="needs the source tree"
)


@pytest.fixture(scope="module")
def tarball(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("release")
    env = dict(os.environ, CJ_BUILD_DIR=str(out / "build"), CJ_DIST_DIR=str(out / "dist"))
    built = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build")],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    assert f"Built {out / 'dist' / NAME}.tar.gz in " in built.stdout
    return out / "dist" / f"{NAME}.tar.gz"


@pytest.fixture(scope="module")
def unpacked(tarball: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(tarball) as tar:
        tar.extractall(where, filter="tar")
    return where / NAME


def test_the_tarball_holds_the_bundle_and_the_desktop_files(unpacked: Path) -> None:
    for name in (
        "install.sh",
        "uninstall.sh",
        f"{DESKTOP_ID}.desktop",
        f"{DESKTOP_ID}.metainfo.xml",
    ):
        assert (unpacked / name).is_file(), name
    assert os.access(unpacked / "install.sh", os.X_OK)
    bundled = unpacked / "custjournal" / "_internal" / "custjournal"
    # What is read by path at run time: every migration (as source, for Alembic), and every
    # icon, style and compiled translation of resources/.
    migrations = ROOT / "src" / "custjournal" / "store" / "migrations"
    for file in [*migrations.glob("*.py"), *migrations.glob("versions/*.py")]:
        shipped = bundled / "store" / "migrations" / file.relative_to(migrations)
        assert shipped.is_file(), file
    for file in (ROOT / "resources").rglob("*"):
        if file.is_file() and file.suffix not in (".py", ".pyc", ".ts"):
            assert (bundled / "resources" / file.relative_to(ROOT / "resources")).is_file(), file
    # The translations, compiled by the build (scripts/setup-env), whatever the checkout had.
    for language in ("de", "en"):
        assert (bundled / "resources" / "i18n" / f"custjournal_{language}.qm").is_file()
    # Lean: the Qt modules the app never imports stay out.
    qt_libs = {p.name.split(".")[0] for p in (unpacked / "custjournal").rglob("libQt6*.so*")}
    for unused in (
        "libQt6Qml",
        "libQt6Quick",
        "libQt6Pdf",
        "libQt6Multimedia",
        "libQt6WebEngineCore",
    ):
        assert unused not in qt_libs
    # Nor the GTK theme plugin and the build machine's GTK stack it drags in (see the spec).
    internal = unpacked / "custjournal" / "_internal"
    assert not list(internal.rglob("libqgtk3.so"))
    assert not list(internal.glob("libpango*")) and not list(internal.glob("libcairo*"))


def test_installed_command_line_and_app_work_and_uninstall_keeps_the_journal(
    unpacked: Path, tmp_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = subprocess.run(
        ["bash", str(unpacked / "install.sh")], capture_output=True, text=True, timeout=300
    )
    assert installed.returncode == 0, installed.stderr
    command = [str(isolated_home / ".local" / "bin" / "custjournal")]

    version = subprocess.run([*command, "--version"], capture_output=True, text=True)
    assert version.stdout == f"custjournal {__version__}\n"

    journal = tmp_path / "new" / "journal.sqlite3"
    assert "Added Ada Lovelace" in running.cli(command, journal, "add", "Ada Lovelace")
    running.cli(command, journal, "log", "ada", "--summary", "Zurich warehouse visit")
    found = running.cli(command, journal, "search", "zurich")
    assert "Ada Lovelace" in found and "Zurich warehouse visit" in found
    # Duplicates are found with rapidfuzz, whose implementation is imported by name.
    running.cli(command, journal, "add", "Ada Lovelace", "--company", "Engines")
    assert "Ada Lovelace" in running.cli(command, journal, "duplicates")

    running.app_starts_and_closes(command, journal, paths.log_dir())
    # And in German (LANGUAGE, the desktop's choice of languages: this machine may lack a
    # de_DE locale): the German translation and Qt's own load from the bundle.
    monkeypatch.setenv("LANGUAGE", "de")
    running.app_starts_and_closes(command, journal, paths.log_dir())
    monkeypatch.delenv("LANGUAGE")

    # Encryption (SQLCipher) is bundled: a journal is encrypted and read with its passphrase.
    secret = tmp_path / "passphrase"
    secret.write_text("correct horse battery staple\n")
    secret.chmod(0o600)
    encrypted = tmp_path / "secret" / "journal.sqlite3"
    running.cli(command, encrypted, "add", "Grace Hopper")
    env = dict(os.environ, CUSTJOURNAL_NEW_PASSPHRASE_FILE=str(secret))
    done = subprocess.run(
        [*command, "--journal", str(encrypted), "encrypt"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert not encrypted.read_bytes().startswith(b"SQLite format 3")
    env = dict(os.environ, CUSTJOURNAL_PASSPHRASE_FILE=str(secret))
    listed = subprocess.run(
        [*command, "--journal", str(encrypted), "list"], env=env, capture_output=True, text=True
    )
    assert listed.returncode == 0 and "Grace Hopper" in listed.stdout, listed.stderr

    kept = journal.read_bytes()

    removed = subprocess.run(
        ["bash", str(isolated_home / ".local" / "lib" / "custjournal" / "uninstall.sh")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert removed.returncode == 0, removed.stderr
    assert not (isolated_home / ".local" / "bin" / "custjournal").exists()
    assert not (isolated_home / ".local" / "lib" / "custjournal").exists()
    assert journal.read_bytes() == kept
