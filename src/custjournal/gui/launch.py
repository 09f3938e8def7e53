"""Starting the desktop app: checks before Qt loads, one instance per journal, the main window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from types import TracebackType
from typing import cast

from custjournal import APP_TITLE, paths
from custjournal.domain.errors import UserError
from custjournal.gui import syscheck

ORG_NAME = "custjournal"
# The desktop entry's name (packaging/linux/): on Wayland the window is matched to its menu entry
# and icon by it.
DESKTOP_ID = "io.github.custjournal.CustomerJournal"


def run(journal_arg: str | None = None, argv: list[str] | None = None) -> int:
    """Open the app on the journal; returns the process exit status."""
    problem = syscheck.problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    # A team database's address (store/team.py), else a journal file's path.
    journal_path: Path | str = paths.team_url(journal_arg) or paths.resolve_journal(journal_arg)
    if isinstance(journal_path, str):
        import_team_driver()

    from PySide6.QtWidgets import QApplication

    from custjournal.gui import i18n, single_instance, theme

    # instance() is typed as the core application; here it is always a QApplication.
    app = cast(QApplication, QApplication.instance() or QApplication(argv or [sys.argv[0]]))
    app.setApplicationName(ORG_NAME)
    app.setOrganizationName(ORG_NAME)
    # No application display name: Qt would append it to every window title ("… — Customer
    # Journal"), and the main window's title already starts with it.
    app.setDesktopFileName(DESKTOP_ID)
    i18n.install(app)  # the language chosen in Settings, else the system's; before any window
    theme.apply(app)  # the appearance chosen in Settings, else the system's
    app.setWindowIcon(theme.app_icon())

    if single_instance.ask_running_instance(instance_key(journal_path)):
        print(
            f"Customer Journal already has {instance_key(journal_path)} open: its window was "
            "brought forward.",
            file=sys.stderr,
        )
        return 0

    # gui/startup.py: a journal that can't be opened gets restore / another file /
    # try again / quit instead of a dead end.
    from custjournal.gui import startup

    _quit_on_sigterm(app)
    # An encrypted journal: its passphrase first (three tries), kept in memory only.
    from custjournal.gui import encryption

    encryption.install_source()
    if isinstance(journal_path, str):
        from custjournal.gui import team_dialog

        opened = team_dialog.open_at_start(journal_path, open_window)
    else:
        if not encryption.unlock_at_start(journal_path):
            return 1
        opened = startup.open_with_recovery(journal_path, open_window)
    if opened is None:
        return 1
    window, controller, server = opened
    sys.excepthook = _report_bug(window)
    settle_heap(window)
    code = app.exec()
    server.close()
    controller.close()
    return code


def import_team_driver() -> None:
    """Import psycopg (a team database's driver) before PySide6, which would otherwise read
    the source of each of its 150-odd modules as they are imported (see `forget_sources`):
    psycopg's import took 74 ms of CPU time before PySide6 and 83 ms after it, the team start's
    largest cost of its own. Not in a thread beside Qt's start: the import is Python code and
    holds the interpreter lock. Without psycopg nothing happens here: opening the team
    database says what to install."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pass


def instance_key(journal_path: Path | str) -> Path | str:
    """What names the journal's one app: its path, or a team database's address without a
    password (a password given in the URL is never printed, and the same database given
    with and without one is the same window)."""
    if isinstance(journal_path, Path):
        return journal_path
    from custjournal.store.team import public_url

    return public_url(journal_path)


def own_command() -> list[str]:
    """The command that starts this app again: in the bundle (packaging/), its own executable,
    which is the command line; else this Python with `-m custjournal`."""
    if getattr(sys, "frozen", False):  # set by PyInstaller's bootloader
        return [sys.executable]
    return [sys.executable, "-m", "custjournal"]


def settle_heap(window) -> None:
    """What is built by now lives as long as the app: keep the collector from walking it.

    The collector runs on the GUI thread (controller.py), and a pass over the import-time heap
    or over a 10,000-customer list took 10-35 ms of it. So the heap is frozen (gc.freeze) once
    the window is up, and every load's result once it has arrived (the list and Today, the
    Health column: `controller.settle_results`). Loading makes no garbage cycles (none found
    after a load of the 10,000-customer demo); what the first freeze may keep for good is the
    little cyclic garbage left from building the window, once. Not collected first: that
    would be such a pass itself. Called by `run`, a process of its own, and never by tests,
    which open many windows in one process.
    """
    from custjournal.gui.controller import settle_results

    forget_sources()  # what the window imported while it was built
    gc.freeze()
    settle_results()
    # The first load began before the window (gui/loading.py), so its result arrives frozen
    # too; what the window built from it is frozen with the next load, or here.
    window.rows_loaded.connect(gc.freeze)


def forget_sources() -> None:
    """Drop the source texts PySide6 read while the app's modules were imported.

    PySide6 reads the source of each module imported after it (its `__feature__` support asks
    whether the text mentions PySide6, through inspect.getsource), and linecache keeps every
    text for good: 2.6 million characters, 5 MB of the app's heap before its first paint. Only
    a traceback reads that cache, and it reads the file again when it needs it.
    """
    import linecache

    linecache.clearcache()


def _quit_on_sigterm(app) -> None:
    """Logging out sends SIGTERM: close the windows properly (layout saved, backups made).

    Installed before the window opens, so a SIGTERM during start-up is not a hard kill; the
    close is queued, so it happens once the event loop runs, with the window there.
    """
    import signal

    from PySide6.QtCore import QTimer

    signal.signal(signal.SIGTERM, lambda *_: QTimer.singleShot(0, app.closeAllWindows))
    # Python runs signal handlers only between bytecodes: a timer lets it in now and then.
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)


# How long a thread may hold the GIL while another waits for it (Python's default: 5 ms).
# The workers (the Health column, Insights, a reload) run Python for a second or more while
# the user types; the GUI thread gave the GIL up to them at every interval and waited a whole
# interval to get it back, so a 10 ms keystroke and its repaint blocked for 50-170 ms at
# 10,000 customers. At 1 ms it waits at most 1 ms per turn; a thread running alone never
# switches, so the workers lose next to nothing.
GIL_SWITCH_INTERVAL = 0.001


def open_window(journal_path: Path | str):
    """Open the journal and show its window; UserError if the journal can't be opened."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL)
    from custjournal.gui import loading
    from custjournal.gui.controller import JournalController
    from custjournal.store.journal import open_journal

    forget_sources()  # what was imported so far (each time: the texts never pile up)
    journal = open_journal(journal_path)
    # Nothing kept (health, Insights pages) is written to a file before the start-up check
    # below finds it sound: the app's own workers never write into a damaged journal.
    journal.keeps_held = journal.file is not None
    controller = JournalController(journal)
    # The journal is read in the worker while the window's modules load and its widgets are
    # built; the window takes the result over (gui/loading.py).
    early = loading.start_early(controller)

    from custjournal.gui.main_window import MainWindow
    from custjournal.gui.single_instance import InstanceServer

    forget_sources()  # the window's modules are in: their texts can go before it is built
    window = MainWindow(controller, early_load=early)
    server = InstanceServer(instance_key(journal_path), window)
    server.raise_requested.connect(window.bring_forward)
    window.show()
    # The quick integrity check (then the day's backup) runs in a worker from here
    # (`docs/rules.md`, "Privacy and integrity").
    from custjournal.gui import startup

    if journal.file is not None:  # a team database's server keeps its own integrity
        startup.check_after_show(window)
    return window, controller, server


def _report_bug(window):
    """An exception that escapes a slot: log it, tell the user in a sentence, keep running."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from custjournal.gui.sentences import app_sentence
    from custjournal.logs import log_bug

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, UserError):
            QMessageBox.warning(window, APP_TITLE, app_sentence(exc))
            return
        where = log_bug("unhandled exception in the app", exc_info=(kind, exc, tb))
        QMessageBox.critical(
            window,
            APP_TITLE,
            QCoreApplication.translate(
                "Launch",
                "Something went wrong inside Customer Journal ({name}). Your journal is safe: every change is saved as it is made. The details are in {where}.",
            ).format(name=kind.__name__, where=where),
        )

    return hook
