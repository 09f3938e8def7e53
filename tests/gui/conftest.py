"""GUI test isolation and helpers: Qt's own files in the test's folder, a pinned day, a
controller, a keyboard.

The autouse `isolated_home` (tests/conftest.py) already points HOME and XDG_* at tmp_path, but Qt
caches some paths per process, so QSettings is pointed at the test's folder explicitly, and
QStandardPaths runs in test mode (~/.qttest/...), under that temporary HOME.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QWidget

from custjournal.gui import clock as app_clock
from custjournal.gui import i18n
from custjournal.gui.controller import JournalController
from custjournal.store.journal import open_journal


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication) -> None:
    """The app's English translation, as the app installs it: its plural forms ("1 customer").

    Only the translators: the locale stays the test machine's (dates as the tests expect).
    """
    i18n.install_translators(qapp, QLocale(QLocale.Language.English))


@pytest.fixture(autouse=True)
def isolated_qt(qapp: QApplication, tmp_path: Path, isolated_home: Path) -> Iterator[Path]:
    """No GUI test reads or writes the real QSettings or standard paths."""
    QStandardPaths.setTestModeEnabled(True)
    settings_dir = tmp_path / "qsettings"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(settings_dir / "user"))
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(settings_dir / "system"))
    # QSettings() needs names to find its file; the app sets its own in launch.py.
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName("custjournal-tests")
    if not QCoreApplication.applicationName():
        QCoreApplication.setApplicationName("custjournal-tests")
    yield settings_dir


@pytest.fixture(autouse=True)
def garbage_collected_first(qapp: QApplication) -> None:
    """The garbage of the tests before is collected before each GUI test, at this known point.

    The app collects on a timer (gui/controller.py), so a crash in freeing some cycle of Qt
    wrappers (a closed controller with its undo commands did that) showed at a random later
    test's start, in one run out of several; here it shows in the test after the one that
    left the cycle, every run."""
    gc.collect()


class Clock:
    """The app's calendar in a GUI test: the day the test started, until the test moves it."""

    def __init__(self) -> None:
        self.day = dt.date.today()

    def __call__(self) -> dt.date:
        return self.day


@pytest.fixture(autouse=True)
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """Every GUI test runs on a pinned day (`clock.day = ...` moves it): the app reads the
    calendar only through gui/clock.py, so every controller, window and model sees this day."""
    pinned = Clock()
    monkeypatch.setattr(app_clock, "read_calendar", pinned)
    return pinned


@pytest.fixture
def controller(journal_path: Path, qapp: QApplication) -> Iterator[JournalController]:
    """A controller on a real journal file in tmp_path, on the `clock` fixture's day."""
    c = JournalController(open_journal(journal_path))
    yield c
    c.close()


class Keyboard:
    """Keys go where a real keyboard's would: an open popup (a completer list), else the
    focused widget. Everything a test types goes through qtbot.keyClick/keyClicks."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    @staticmethod
    def target() -> QWidget:
        widget = QApplication.activePopupWidget() or QApplication.focusWidget()
        assert widget is not None, "no widget has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        for ch in text:  # one at a time: a popup may open or close between two letters
            self.qtbot.keyClicks(self.target(), ch)

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(self.target(), key, modifier)

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.press(Qt.Key.Key_Tab)


@pytest.fixture
def keyboard(qtbot) -> Keyboard:
    return Keyboard(qtbot)
