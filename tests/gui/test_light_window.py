"""The main window's first screen (the list and Today) loads no ORM: SQLAlchemy, SQLModel,
pydantic and Alembic wait for the first write, and QtPrintSupport for the first print (the
app's peak memory on an empty journal went from 147 MB to under 100). Checked in a fresh
interpreter, where nothing else has imported them."""

from __future__ import annotations

import subprocess
import sys

from custjournal import ops

SCRIPT = """
import sys
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])
from custjournal.gui.controller import JournalController
from custjournal.gui.main_window import MainWindow
from custjournal.store.journal import open_journal

window = MainWindow(JournalController(open_journal(sys.argv[1])))
loop = QEventLoop()
window.rows_loaded.connect(loop.quit)
QTimer.singleShot(60_000, loop.quit)
window.show()
loop.exec()
window.select_customer(1)  # the customer page too
print("ROWS", window.model.rowCount(), window.page.title.text())
late = ("sqlalchemy", "sqlmodel", "pydantic", "alembic", "PySide6.QtPrintSupport")
print("LOADED", sorted(m for m in late if m in sys.modules))
# Made when first shown or used: the brief, Insights, the exporters, the CSV reader, backups.
views = (
    "custjournal.gui.brief_view",
    "custjournal.gui.insights_view",
    "custjournal.interop.exporting",
    "custjournal.interop.csvio",
    "custjournal.store.backup",
)
print("VIEWS", sorted(m for m in views if m in sys.modules))
window.controller.close()
"""


def first_screen(journal, journal_path) -> str:
    cid = ops.add_customer(journal, "Ada Lovelace", company="Engines").id
    ops.log_conversation(journal, cid, summary="samples")
    journal.close()
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(journal_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "ROWS 1 Ada Lovelace" in done.stdout
    return done.stdout


def test_the_first_screen_loads_no_orm(journal, journal_path):
    shown = first_screen(journal, journal_path)
    assert "LOADED []" in shown, shown


def test_the_brief_insights_exports_and_backups_wait_until_asked_for(journal, journal_path):
    """~40 ms of the start that the first screen does not need (benchmarks/RESULTS.md)."""
    shown = first_screen(journal, journal_path)
    assert "VIEWS []" in shown, shown


STARTED = """
import linecache
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])
from custjournal.gui import launch

window, controller, server = launch.open_window(Path(sys.argv[1]))
launch.settle_heap(window)  # as launch.run does once the window is open
loop = QEventLoop()
window.rows_loaded.connect(loop.quit)
QTimer.singleShot(60_000, loop.quit)
loop.exec()
print("ROWS", window.model.rowCount())
# OpenSSL's libcrypto comes with hashlib (3 MB resident); ctypes with the display check.
late = ("_hashlib", "hashlib", "ctypes")
print("LOADED", sorted(m for m in late if m in sys.modules))
kept = [name for name in linecache.cache if "custjournal" in name]
print("SOURCES KEPT", len(kept), kept[:3])
server.close()
controller.close()
"""


def test_the_started_app_keeps_no_module_texts_and_no_openssl(journal, journal_path):
    """Peak memory on an empty journal: the texts PySide6 reads of every module imported
    after it (5 MB in linecache) are let go once the window's modules are in, and the two
    names hashed before the first paint use Qt's hash, not hashlib's OpenSSL."""
    ops.add_customer(journal, "Ada Lovelace")
    journal.close()
    done = subprocess.run(
        [sys.executable, "-c", STARTED, str(journal_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "ROWS 1" in done.stdout, done.stdout
    assert "LOADED []" in done.stdout, done.stdout
    assert "SOURCES KEPT 0" in done.stdout, done.stdout
