"""Journals that can't be written, as a user meets them, for the tests of read-only opening.

Tests run as root, who may write anywhere: a file is made read-only with `chattr +i` (mode 0444
for a user), a folder by a tmpfs remounted read-only (mode 0555 for a user). Each helper undoes
what it did, so pytest can clean its folder up; a test skips where neither way is open.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = os.geteuid() == 0


def _chattr(flag: str, path: Path) -> bool:
    if shutil.which("chattr") is None:
        return False
    return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0


@contextlib.contextmanager
def read_only_file(path: Path) -> Iterator[Path]:
    """*path* can't be written (its folder still can)."""
    if ROOT:
        if not _chattr("+i", path):
            pytest.skip("root, and no chattr +i here to make a file read-only")
        try:
            yield path
        finally:
            _chattr("-i", path)
        return
    mode = path.stat().st_mode
    path.chmod(0o444)
    try:
        yield path
    finally:
        path.chmod(mode)


@contextlib.contextmanager
def read_only_folder(folder: Path, fill: callable) -> Iterator[Path]:  # type: ignore[valid-type]
    """A folder *folder* that can't be written, holding what *fill(folder)* put there: a tmpfs
    remounted read-only for root, mode 0555 (and its files 0444) for a user."""
    folder.mkdir()
    if ROOT:
        made = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=16m,mode=0700", "tmpfs", str(folder)],
            capture_output=True,
        )
        if made.returncode != 0:
            pytest.skip("root, and no tmpfs to make read-only")
        try:
            fill(folder)
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
            yield folder
        finally:
            done = subprocess.run(["umount", str(folder)], capture_output=True, text=True)
            if done.returncode != 0:
                subprocess.run(["umount", "--lazy", str(folder)], capture_output=True)
                raise AssertionError(f"{folder} could not be unmounted: {done.stderr.strip()}")
        return
    fill(folder)
    files = [p for p in folder.rglob("*") if p.is_file()]
    for p in files:
        p.chmod(0o444)
    folder.chmod(0o555)
    try:
        yield folder
    finally:
        folder.chmod(0o755)
        for p in files:
            p.chmod(0o644)


def listing(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under *folder* with its size and modification time (nothing written?)."""
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
