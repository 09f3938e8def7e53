"""Back Up Now in the afternoon removed the morning's automatic backup (the rotation
keeps one backup per day, the newest). The day's automatic backup now stays beside it."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from custjournal import ops
from custjournal.store import backup

pytestmark = pytest.mark.journal_file


@pytest.fixture(autouse=True)
def utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    time.tzset()


def test_a_later_backup_never_removes_the_days_automatic_one(journal, journal_path):
    ops.add_customer(journal, "Ada Lovelace")
    morning = dt.datetime(2026, 11, 2, 8, tzinfo=dt.UTC)
    automatic = backup.auto_backup(journal_path, now=morning)
    assert automatic is not None and automatic.name.endswith("-daily.sqlite3")
    manual = backup.back_up(journal_path, now=morning + dt.timedelta(hours=7)).path
    again = backup.back_up(journal_path, now=morning + dt.timedelta(hours=8)).path
    listed = [b.path for b in backup.list_backups(journal_path)]
    # The day's newest on request and its automatic one; the one in between gave way.
    assert listed == [again, automatic] and not manual.exists()
    # Still a regular backup: the next day it counts, and there is one automatic a day.
    assert backup.auto_backup(journal_path, now=morning + dt.timedelta(hours=9)) is None
    assert backup.safety_copies(journal_path) == []
    # Out of the seven days, a day keeps its newest only (the weekly rule).
    for d in range(1, 12):
        backup.auto_backup(journal_path, now=morning + dt.timedelta(days=d))
    assert automatic not in [b.path for b in backup.list_backups(journal_path)]
