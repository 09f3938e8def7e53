"""The folder a file dialog opens in, per kind of file: the one last saved to (kept per user in
QSettings, under "folders/<kind>"), as desktop apps do; else Documents, else home. A PDF just
saved to /tmp has the next PDF's dialog open in /tmp, not in home again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths


def last_folder(kind: str) -> Path:
    """The folder to offer for a file of *kind* ("pdf"): always one that exists (a dialog given
    a missing folder opens its parent with the rest typed in as the file's name)."""
    folder = QSettings().value(f"folders/{kind}", "")
    if folder and Path(str(folder)).is_dir():
        return Path(str(folder))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(kind: str, path: Path | str) -> None:
    """A file of *kind* was saved as *path*: the next dialog for that kind opens in its folder."""
    QSettings().setValue(f"folders/{kind}", str(Path(path).resolve().parent))
