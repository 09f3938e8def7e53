"""packaging/linux: the desktop entry and AppStream metainfo pass their validators, the icons are
the app's own, and install.sh / uninstall.sh put everything in place and take it away again in a
user's home, never touching a journal."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from custjournal.gui.launch import DESKTOP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
ICON_SIZES = (48, 128, 256)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        # CI installs them (.ci/run); a developer's machine may not have them.
        pytest.skip(f"{name} is not installed (Debian: desktop-file-utils, appstream)")
    return path


def test_the_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_metainfo_is_valid_and_names_the_desktop_entry() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Only pedantic remarks are left (the upper-case letters of the reverse-DNS id).
    text = METAINFO.read_text(encoding="utf-8")
    assert f"<id>{DESKTOP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{DESKTOP_ID}.desktop</launchable>' in text
    for shot in sorted((ROOT / "docs" / "screenshots").glob("*.png")):
        assert f"docs/screenshots/{shot.name}</image>" in text, shot.name


def test_the_release_in_the_metainfo_is_the_version() -> None:
    from custjournal import __version__

    assert f'<release version="{__version__}"' in METAINFO.read_text(encoding="utf-8")


def test_the_icons_are_the_app_icon_in_every_size(qapp) -> None:
    from PySide6.QtGui import QImage

    svg = LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
    app_svg = ROOT / "resources" / "icons" / "app.svg"
    assert svg.read_bytes() == app_svg.read_bytes(), "run packaging/linux/make_icons.py"
    for size in ICON_SIZES:
        png = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size), png
        assert image.hasAlphaChannel()


def _fake_release(tmp_path: Path) -> Path:
    """The unpacked tarball's layout (packaging/build), with a stand-in for the bundle."""
    release = tmp_path / "custjournal-1.2.3-linux-x86_64"
    shutil.copytree(LINUX, release, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    bundle = release / "custjournal"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "data.txt").write_text("bundled\n")
    exe = bundle / "custjournal"
    exe.write_text('#!/bin/sh\necho "custjournal 1.2.3"\n')
    exe.chmod(0o755)
    return release


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    return env


# The menu's and icon theme's caches, rebuilt by install.sh and uninstall.sh where the tools exist.
CACHES = {"mimeinfo.cache", "icon-theme.cache"}


def _installed_files(home: Path) -> set[str]:
    return {
        str(p.relative_to(home))
        for p in home.rglob("*")
        if (p.is_file() or p.is_symlink()) and p.name not in CACHES
    }


def test_install_puts_the_app_in_the_home_and_uninstall_takes_it_away(tmp_path: Path) -> None:
    release = _fake_release(tmp_path)
    home = tmp_path / "user"
    journal_dir = home / ".local" / "share" / "custjournal"
    journal_dir.mkdir(parents=True)
    journal = journal_dir / "journal.sqlite3"
    journal.write_bytes(b"SQLite format 3\x00 the user's customers")
    backup = journal_dir / "backups" / "journal" / "journal-daily.sqlite3"
    backup.parent.mkdir(parents=True)
    backup.write_bytes(b"a backup")
    before = _installed_files(home)

    done = subprocess.run(
        ["bash", str(release / "install.sh")], env=_env(home), capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "Customer Journal 1.2.3 is installed" in done.stdout
    local = home / ".local"
    command = local / "bin" / "custjournal"
    assert command.is_symlink()
    assert subprocess.run([str(command)], capture_output=True, text=True).stdout == (
        "custjournal 1.2.3\n"
    )
    assert (local / "lib" / "custjournal" / "_internal" / "data.txt").exists()
    entry = local / "share" / "applications" / f"{DESKTOP_ID}.desktop"
    # The menu starts the installed command by its full path (~/.local/bin may not be on PATH).
    assert f"Exec={local}/lib/custjournal/custjournal\n" in entry.read_text()
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(entry)]).returncode == 0
    assert (local / "share" / "metainfo" / f"{DESKTOP_ID}.metainfo.xml").exists()
    icons = local / "share" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / f"{DESKTOP_ID}.svg").exists()
    for size in ICON_SIZES:
        assert (icons / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png").exists()
    assert journal.read_bytes() == b"SQLite format 3\x00 the user's customers"

    # Installing again (an update) replaces the app, and leaves nothing behind.
    again = subprocess.run(
        ["bash", str(release / "install.sh")], env=_env(home), capture_output=True, text=True
    )
    assert again.returncode == 0, again.stderr
    assert not any(p.name.endswith((".new", ".old")) for p in (local / "lib").iterdir())

    # The installed copy of uninstall.sh, as install.sh tells the user.
    gone = subprocess.run(
        ["bash", str(local / "lib" / "custjournal" / "uninstall.sh")],
        env=_env(home),
        capture_output=True,
        text=True,
    )
    assert gone.returncode == 0, gone.stderr
    assert "Customer Journal was removed." in gone.stdout
    assert f"Your journal was left as it is: it is in {home}/.local/share/custjournal" in (
        gone.stdout
    )
    # Only folders the install made are left (empty); every file is the user's, as it was.
    assert _installed_files(home) == before
    assert journal.read_bytes() == b"SQLite format 3\x00 the user's customers"
    assert backup.read_bytes() == b"a backup"


def test_a_prefix_install_stays_in_the_prefix(tmp_path: Path) -> None:
    release = _fake_release(tmp_path)
    home = tmp_path / "user"
    home.mkdir()
    prefix = tmp_path / "opt"
    done = subprocess.run(
        ["bash", str(release / "install.sh"), "--prefix", str(prefix)],
        env=_env(home),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert (prefix / "bin" / "custjournal").is_symlink()
    assert (prefix / "share" / "applications" / f"{DESKTOP_ID}.desktop").exists()
    assert _installed_files(home) == set()
    gone = subprocess.run(
        ["bash", str(release / "uninstall.sh"), "--prefix", str(prefix)],
        env=_env(home),
        capture_output=True,
        text=True,
    )
    assert gone.returncode == 0, gone.stderr
    assert not (prefix / "lib" / "custjournal").exists()
    assert _installed_files(prefix) == set()


def test_uninstall_leaves_a_folder_install_did_not_make(tmp_path: Path) -> None:
    home = tmp_path / "user"
    mine = home / ".local" / "lib" / "custjournal"
    mine.mkdir(parents=True)
    (mine / "notes.txt").write_text("mine")
    gone = subprocess.run(
        ["bash", str(LINUX / "uninstall.sh")], env=_env(home), capture_output=True, text=True
    )
    assert gone.returncode == 0, gone.stderr
    assert "was not made by install.sh" in gone.stderr
    assert (mine / "notes.txt").read_text() == "mine"
