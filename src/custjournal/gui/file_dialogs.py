"""Every file dialog of the app: ones that never open a file to learn its type.

    open_file_name(parent, caption, directory, filters) -> str    # "" when cancelled
    save_file_name(parent, caption, suggested, filters) -> str    # "" when cancelled
    save_dialog(parent, caption) -> QFileDialog                    # a Save dialog to set up

Why. Qt's file dialog asks each file it lists for its icon and type (QMimeDatabase), and a
name that says nothing sure ("j.db", a name without an extension) makes it open the file and
read its first bytes. POSIX drops every lock a process holds on a file when *any* descriptor
of it is closed: a dialog merely showing the journal's folder cost the app every lock its
connections held on the journal. A command run beside the app then took itself for the
journal's last user, checkpointed and deleted the -wal and -shm under the app, whose next
change failed "disk I/O error" and was lost (store/connect.py has the same failure, fixed
there for the header read).

So the dialogs here take their icons and types from the file's name alone (`NameOnlyIcons`),
and are Qt's own dialog rather than the desktop's where the desktop's runs inside this process
and can read files just the same:
- Linux and the BSDs: GTK's chooser and KDE's run in the app's process and read contents to
  tell types (and neither can be told not to); a portal's runs in another process, but which
  one Qt picks is the desktop's setting, not ours. Qt's dialog everywhere.
- macOS: SQLite's locks there are the same POSIX locks, and the system's panel runs inside a
  non-sandboxed app, reading what it likes for icons and previews; nothing here could check
  that it never opens a journal, so Qt's dialog there too.
- Windows: its own dialog. Windows' locks belong to the handle that took them, not to the
  process: a handle that something else opens and closes cannot drop SQLite's.
Everything else a dialog does is Qt's, as with its static functions: filters, the default
suffix, the folder it starts in, the suggested name, its translations.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileInfo, QMimeDatabase
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

Kind = QFileIconProvider.IconType


class NameOnlyIcons(QFileIconProvider):
    """A file's icon and type from its name alone: never a read of the file itself.

    Called from the dialog's model, some of it in Qt's worker thread: the icons found are
    kept per type under a lock."""

    def __init__(self) -> None:
        super().__init__()
        self.setOptions(QFileIconProvider.Option.DontUseCustomDirectoryIcons)
        self._mimes = QMimeDatabase()
        self._icons: dict[str, QIcon] = {}
        self._lock = threading.Lock()

    def _mime(self, info: QFileInfo) -> Any:
        return self._mimes.mimeTypeForFile(info.fileName(), QMimeDatabase.MatchMode.MatchExtension)

    def icon(self, what: Any) -> QIcon:  # (IconType) or (QFileInfo), as Qt's overloads
        if not isinstance(what, QFileInfo):
            return super().icon(what)
        if what.isRoot():
            return super().icon(Kind.Drive)
        if what.isDir():
            return super().icon(Kind.Folder)
        mime = self._mime(what)
        with self._lock:
            found = self._icons.get(mime.name())
            if found is None:
                found = QIcon.fromTheme(mime.iconName())
                if found.isNull():
                    found = QIcon.fromTheme(mime.genericIconName())
                if found.isNull():
                    found = super().icon(Kind.File)
                self._icons[mime.name()] = found
        return found

    def type(self, info: QFileInfo) -> str:
        if not info.isFile():  # a drive, a folder, a link: Qt's words, from the name alone
            return super().type(info)
        mime = self._mime(info)
        return str(mime.comment() or mime.name())


_provider: NameOnlyIcons | None = None


def icon_provider() -> NameOnlyIcons:
    """The one provider every dialog shares (a dialog does not own its provider)."""
    global _provider
    if _provider is None:
        _provider = NameOnlyIcons()
    return _provider


def native_is_safe(platform: str = sys.platform) -> bool:
    """Whether the desktop's own dialog may be used (see the module's notes)."""
    return platform == "win32"


def _dialog(parent: QWidget | None, caption: str) -> QFileDialog:
    dialog = QFileDialog(parent, caption)
    # Before anything else: Qt's dialog must be chosen before the dialog is set up, and the
    # icons before the event loop lets its model list a folder.
    if not native_is_safe():
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setIconProvider(icon_provider())
    return dialog


def _start_at(dialog: QFileDialog, path: str) -> None:
    """A folder opens as itself; a file's path opens its folder with its name filled in."""
    if not path:
        return
    where = Path(path)
    if where.is_dir():
        dialog.setDirectory(str(where))
    else:
        dialog.setDirectory(str(where.parent))
        dialog.selectFile(where.name)


def save_dialog(parent: QWidget | None, caption: str) -> QFileDialog:
    """A Save dialog (any name, existing or new) for the caller to set up and exec()."""
    dialog = _dialog(parent, caption)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return dialog


def _chosen(dialog: QFileDialog) -> str:
    try:
        if dialog.exec() and dialog.selectedFiles():
            return str(dialog.selectedFiles()[0])
        return ""
    finally:
        dialog.deleteLater()


def open_file_name(parent: QWidget | None, caption: str, directory: str, filters: str) -> str:
    """An existing file chosen (QFileDialog.getOpenFileName's), or "" when cancelled."""
    dialog = _dialog(parent, caption)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters(filters.split(";;"))
    _start_at(dialog, directory)
    return _chosen(dialog)


def save_file_name(parent: QWidget | None, caption: str, suggested: str, filters: str) -> str:
    """A file name to save to (QFileDialog.getSaveFileName's), or "" when cancelled."""
    dialog = save_dialog(parent, caption)
    dialog.setNameFilters(filters.split(";;"))
    _start_at(dialog, suggested)
    return _chosen(dialog)
