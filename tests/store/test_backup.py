"""Backups: online copies, 7 daily + 4 weekly rotation, restore with checks, damage detection."""

import datetime as dt
import os
import sqlite3
import stat
import time
from pathlib import Path

import pytest

from custjournal import ops, paths
from custjournal.domain.errors import Hint, UserError
from custjournal.store import backup
from custjournal.store.journal import open_journal

# store/backup.py's backups, checks and restores of a journal file (a team database's backup is
# a JSON export, its check and rebuild the server's: tests/team).
pytestmark = pytest.mark.journal_file


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def names(path: Path) -> list[str]:
    con = sqlite3.connect(backup._uri(path, readonly=True), uri=True)
    try:
        return [r[0] for r in con.execute("SELECT name FROM customer ORDER BY id")]
    finally:
        con.close()


def damage(path: Path) -> None:
    """Overwrite the customer table's root page: what a bad disk sector does."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'customer'").fetchone()[0]
    page = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page)
        handle.write(b"\x0d" + b"\xff" * (page - 1))


@pytest.fixture
def filled(journal):
    for i in range(30):
        ops.add_customer(journal, f"Person {i}", notes="note " * 50)
    return journal


@pytest.fixture(autouse=True)
def utc(monkeypatch):
    # Rotation works in the local calendar: pin it, so fixed dates mean fixed days.
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    time.tzset()


def test_backup_is_private_single_file_and_complete(filled, journal_path):
    made = backup.backup_now(journal_path)
    folder = paths.backup_dir(journal_path)
    assert made.parent == folder
    assert mode(folder) == 0o700 and mode(made) == 0o600
    assert not Path(f"{made}-wal").exists()
    con = sqlite3.connect(made)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()
    assert names(made) == [f"Person {i}" for i in range(30)]
    assert backup.check(made).ok
    assert [b.path for b in backup.list_backups(journal_path)] == [made]


def test_backup_while_another_connection_writes(filled, journal_path):
    writer = sqlite3.connect(journal_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE customer SET notes = 'uncommitted' WHERE id = 1")
    try:
        made = backup.backup_now(journal_path)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert backup.check(made).ok  # a consistent snapshot, without the uncommitted change


def test_a_busy_source_gives_up_with_a_sentence(filled, journal_path, monkeypatch):
    monkeypatch.setattr(backup, "BUSY_SECONDS", 0.3)
    monkeypatch.setattr(backup, "_connect", _fast_connect(backup._connect))
    filled.close()
    holder = sqlite3.connect(journal_path, isolation_level=None, timeout=0.1)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(UserError, match="stayed busy|busy"):
            backup.backup_now(journal_path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert backup.list_backups(journal_path) == []
    assert not list(paths.backup_dir(journal_path).glob(".*"))


def _fast_connect(original):
    def connect(path, *, readonly):
        con = original(path, readonly=readonly)
        con.execute("PRAGMA busy_timeout=10")
        return con

    return connect


def test_backup_to_a_file_or_folder_and_refusing_to_clobber(filled, journal_path, tmp_path):
    target = tmp_path / "copy.sqlite3"
    assert backup.backup_now(journal_path, target) == target
    assert backup.backup_now(journal_path, target) == target  # an older backup: replaced
    into = backup.backup_now(journal_path, tmp_path)
    assert into.parent == tmp_path and into.name.startswith("test-")
    notes = tmp_path / "notes.txt"
    notes.write_text("precious")
    with pytest.raises(UserError, match="exists and is not a backup"):
        backup.backup_now(journal_path, notes)
    assert notes.read_text() == "precious"
    with pytest.raises(UserError, match="No journal at"):
        backup.backup_now(tmp_path / "missing.sqlite3")


def _fake_backups(journal_path: Path, moments: list[dt.datetime]) -> None:
    folder = paths.backup_dir(journal_path)
    paths.ensure_private_dir(folder)
    for m in moments:
        (folder / f"{journal_path.stem}-{m.strftime('%Y%m%dT%H%M%SZ')}.sqlite3").write_bytes(b"")


def test_rotation_keeps_seven_daily_and_four_weekly(journal_path):
    start = dt.datetime(2026, 9, 1, 12, tzinfo=dt.UTC)  # a Tuesday
    moments = [start + dt.timedelta(days=d) for d in range(60)]
    moments.append(start + dt.timedelta(days=59, hours=5))  # a second one on the last day
    _fake_backups(journal_path, moments)
    removed = backup.rotate(journal_path)
    kept = sorted(b.taken_at for b in backup.list_backups(journal_path))
    last = start + dt.timedelta(days=59, hours=5)  # 2026-10-30 17:00, a Friday
    daily = [last] + [start + dt.timedelta(days=d) for d in range(58, 52, -1)]
    # the newest of each of the four most recent ISO weeks: Fri 30 Oct and Sun 25 Oct (both
    # daily already), and the Sundays that end the two weeks before
    weekly = [dt.datetime(2026, 10, d, 12, tzinfo=dt.UTC) for d in (25, 18, 11)]
    assert kept == sorted(set(daily + weekly))
    assert len(removed) == len(moments) - len(kept)


def test_auto_backup_once_a_day_then_rotates(filled, journal_path):
    day1 = dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC)
    first = backup.auto_backup(journal_path, now=day1)
    assert first is not None
    assert backup.auto_backup(journal_path, now=day1 + dt.timedelta(hours=8)) is None
    for d in range(1, 40):
        backup.auto_backup(journal_path, now=day1 + dt.timedelta(days=d))
    kept = backup.list_backups(journal_path)
    assert len(kept) <= 11 and kept[0].taken_at == day1 + dt.timedelta(days=39)


def test_a_damaged_journal_never_replaces_a_good_backup(filled, journal_path):
    day1 = dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC)
    good = backup.auto_backup(journal_path, now=day1)
    filled.close()
    damage(journal_path)
    before = [b.path for b in backup.list_backups(journal_path)]
    with pytest.raises(backup.JournalDamaged) as caught:
        backup.auto_backup(journal_path, now=day1 + dt.timedelta(days=1))
    assert "damaged" in caught.value.message and "Restore the latest good backup" in (
        caught.value.message
    )
    assert caught.value.hint == Hint.RESTORE  # 'custjournal restore FILE' on the command line
    assert [b.path for b in backup.list_backups(journal_path)] == before
    assert backup.latest_good_backup(journal_path) == good
    report = backup.check(journal_path)
    assert not report.ok and "malformed" in report.problems[0]


def test_latest_good_backup_skips_a_damaged_one(filled, journal_path):
    older = backup.backup_now(journal_path, now=dt.datetime(2026, 11, 1, tzinfo=dt.UTC))
    newer = backup.backup_now(journal_path, now=dt.datetime(2026, 11, 2, tzinfo=dt.UTC))
    damage(newer)
    assert backup.latest_good_backup(journal_path) == older


def test_restore_checks_backs_up_first_and_replaces(filled, journal_path):
    saved = backup.backup_now(journal_path, now=dt.datetime(2026, 11, 1, tzinfo=dt.UTC))
    ops.add_customer(filled, "Added after the backup")
    filled.close()
    result = backup.restore(journal_path, saved)
    assert names(journal_path) == [f"Person {i}" for i in range(30)]
    assert result.safety_copy is not None and result.safety_copy.name.endswith(
        "-before-restore.sqlite3"
    )
    assert names(result.safety_copy)[-1] == "Added after the backup"
    con = sqlite3.connect(journal_path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()
    assert mode(journal_path) == 0o600
    assert backup.check(journal_path).ok
    reopened = open_journal(journal_path)
    ops.add_customer(reopened, "Still works")
    reopened.close()


def test_restore_while_the_app_holds_the_journal_open(filled, journal_path):
    saved = backup.backup_now(journal_path)
    ops.add_customer(filled, "Later")
    backup.restore(journal_path, saved)
    # the open journal sees the restored content on its next transaction
    with filled.read() as session:
        count = session.connection().exec_driver_sql("SELECT count(*) FROM customer").scalar()
    assert count == 30


def test_restore_refuses_bad_files_and_leaves_the_journal(filled, journal_path, tmp_path):
    filled.close()
    before = names(journal_path)
    broken = backup.backup_now(journal_path, tmp_path / "broken.sqlite3")
    damage(broken)
    with pytest.raises(UserError, match="can't be restored: the file is damaged"):
        backup.restore(journal_path, broken)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 1000)
    with pytest.raises(UserError, match="can't be restored"):
        backup.restore(journal_path, junk)
    newer = backup.backup_now(journal_path, tmp_path / "newer.sqlite3")
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(UserError, match="newer version"):
        backup.restore(journal_path, newer)
    with pytest.raises(UserError, match="journal itself"):
        backup.restore(journal_path, journal_path)
    assert names(journal_path) == before
    assert backup.list_backups(journal_path) == []  # nothing was even backed up


def test_restore_over_a_damaged_journal_keeps_the_damaged_file(filled, journal_path):
    saved = backup.backup_now(journal_path)
    filled.close()
    damage(journal_path)
    damaged_bytes = journal_path.read_bytes()
    result = backup.restore(journal_path, saved)
    assert result.safety_copy.name.endswith("-damaged.sqlite3")
    assert result.safety_copy.read_bytes() == damaged_bytes
    assert backup.check(journal_path).ok
    assert result.safety_copy not in [b.path for b in backup.list_backups(journal_path)]


def test_restore_into_a_missing_journal(filled, journal_path, tmp_path):
    saved = backup.backup_now(journal_path, tmp_path / "saved.sqlite3")
    target = tmp_path / "new" / "journal.sqlite3"
    result = backup.restore(target, saved)
    assert result.safety_copy is None and names(target) == names(journal_path)
    assert mode(target) == 0o600 and mode(target.parent) == 0o700


def test_check_finds_foreign_key_and_index_problems(filled, journal_path):
    filled.close()
    backup.backup_now(journal_path)  # there is one to restore (else the report says none is)
    con = sqlite3.connect(journal_path)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute(
        "INSERT INTO contact_point (customer_id, kind, value, created_at, updated_at) "
        "VALUES (999, 'email', 'x@y', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
    )
    con.execute("DELETE FROM customer_fts WHERE rowid = 3")
    con.commit()
    con.close()
    report = backup.check(journal_path)
    assert not report.ok
    assert report.problems == ["1 rows point to rows that don't exist (in contact_point)"]
    assert report.index_problems == [
        "the customer index misses 1 customers and holds 0 that are gone"
    ]
    assert "Restore the latest good backup" in report.summary()
    assert report.hint == Hint.RESTORE  # 'custjournal restore FILE' on the command line


def test_rebuild_index_repairs_the_index(filled, journal_path):
    filled.close()
    con = sqlite3.connect(journal_path)
    con.execute("DELETE FROM search_entry WHERE kind = 'customer' AND entry_id = 2")
    con.commit()
    con.close()
    report = backup.check(journal_path)
    assert report.data_ok and not report.ok
    assert "can be rebuilt" in report.summary()
    assert report.hint == Hint.REBUILD_INDEX  # 'check --rebuild-index' on the command line
    backup.rebuild_index(journal_path)
    assert backup.check(journal_path).ok


def test_check_reads_without_writing(filled, journal_path):
    filled.close()
    listing = sorted(os.listdir(journal_path.parent))
    stamp = journal_path.stat().st_mtime_ns
    assert backup.check(journal_path).ok
    assert sorted(os.listdir(journal_path.parent)) == listing
    assert journal_path.stat().st_mtime_ns == stamp


def test_erasing_a_customer_from_the_backups(journal, journal_path):
    ada = ops.add_customer(journal, "Ada Zyxwvut", notes="secret-word-qqq").id
    ops.add_customer(journal, "Bob")
    ops.log_conversation(journal, ada, summary="about qqqsecret")
    first = backup.backup_now(journal_path, now=dt.datetime(2026, 11, 1, tzinfo=dt.UTC))
    second = backup.backup_now(journal_path, now=dt.datetime(2026, 11, 2, tzinfo=dt.UTC))
    assert backup.backups_holding(journal_path, ada, "ada zyxwvut") == [second, first]
    assert [c.name for c in backup.backup_candidates(journal_path)] == ["Ada Zyxwvut", "Bob"]
    assert backup.backups_holding(journal_path, ada, "Someone Else") == []
    erased = backup.erase_from_backups(journal_path, ada, "Ada Zyxwvut")
    assert sorted(erased) == sorted([first, second])
    for path in (first, second):
        data = path.read_bytes()
        assert b"Zyxwvut" not in data and b"qqq" not in data and b"zyxwvut" not in data
        assert backup.check(path).ok and names(path) == ["Bob"]
    assert backup.backups_holding(journal_path, ada, "Ada Zyxwvut") == []


# --- safety copies, unique names, in-place restore, errors as sentences ---------------------


def test_safety_copies_survive_rotation_until_their_age(filled, journal_path):
    """The next backup rotated the before-restore copy away, and with it the
    only copy of what was added after the restored backup."""
    old = backup.backup_now(journal_path, now=dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC))
    ops.add_customer(filled, "Newest Customer")
    restored_at = dt.datetime(2026, 11, 1, 10, tzinfo=dt.UTC)
    safety = backup.restore(journal_path, old, now=restored_at).safety_copy
    ops.add_customer(filled, "Damaged soon")
    filled.close()
    damage(journal_path)
    damaged = backup.restore(journal_path, old, now=restored_at).safety_copy
    assert damaged.name.endswith("-damaged.sqlite3")
    for d in range(0, 40):  # a backup a day, the same day first
        backup.back_up(journal_path, now=restored_at + dt.timedelta(days=d, hours=1))
    assert safety.exists() and "Newest Customer" in names(safety)
    assert damaged.exists()
    kinds = {b.path: b.kind for b in backup.safety_copies(journal_path)}
    assert kinds == {safety: "before-restore", damaged: "damaged"}
    # after SAFETY_DAYS they go, with the next rotation
    later = restored_at + dt.timedelta(days=backup.SAFETY_DAYS + 1)
    backup.back_up(journal_path, now=later)
    assert not safety.exists() and not damaged.exists()
    assert not Path(f"{damaged}-wal").exists()


def test_back_to_back_backups_each_keep_their_own_name(filled, journal_path):
    """Three backups in one second reused a name, and rotation removed the one
    just made."""
    moment = dt.datetime(2026, 11, 3, 9, tzinfo=dt.UTC)
    made = [backup.backup_now(journal_path, now=moment) for _ in range(3)]
    assert len(set(made)) == 3 and all(backup.check(p).ok for p in made)
    info = backup.back_up(journal_path, now=moment)
    assert info.path.exists() and info.path not in made
    assert [b.path for b in backup.list_backups(journal_path)] == [info.path]
    # even when an older-looking name sorts after it, the one just made stays
    newer = backup.backup_now(journal_path, now=moment + dt.timedelta(hours=1))
    assert backup.rotate(journal_path, keep=info.path) == []
    assert newer.exists() and info.path.exists()


def test_restore_of_another_page_size_keeps_open_writers_in_the_same_file(
    filled, journal_path, tmp_path
):
    """A backup with another page size replaced the file, and a program holding
    the journal open went on committing into the deleted file."""
    saved = backup.backup_now(journal_path, tmp_path / "big-pages.sqlite3")
    con = sqlite3.connect(saved)
    con.execute("PRAGMA page_size=8192")
    con.execute("VACUUM")
    con.close()
    assert backup._page_size(saved) == 8192 != backup._page_size(journal_path)
    inode = journal_path.stat().st_ino
    ops.add_customer(filled, "Later")
    backup.restore(journal_path, saved)
    assert journal_path.stat().st_ino == inode
    ops.add_customer(filled, "Written after the restore")  # the app, still open
    assert names(journal_path) == [f"Person {i}" for i in range(30)] + ["Written after the restore"]
    assert backup.check(journal_path).ok
    assert not list(journal_path.parent.glob(".*tmp"))


def test_restore_over_a_damaged_journal_is_in_place_too(filled, journal_path):
    saved = backup.backup_now(journal_path)
    filled.close()
    damage(journal_path)
    inode = journal_path.stat().st_ino
    backup.restore(journal_path, saved)
    assert journal_path.stat().st_ino == inode and backup.check(journal_path).ok


def test_restore_when_the_journal_path_is_a_folder(filled, journal_path, tmp_path):
    saved = backup.backup_now(journal_path)
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(UserError, match="is a folder"):
        backup.restore(folder, saved)
    assert list(folder.iterdir()) == []


def test_stale_temporary_files_are_removed_but_not_live_ones(filled, journal_path):
    """A killed backup's temporary copy kept a customer's words for an hour."""
    folder = paths.backup_dir(journal_path)
    backup.backup_now(journal_path)
    stale = folder / ".test-x.sqlite3.abc.backup-tmp"
    stale.write_bytes(b"words of a customer")
    beside = journal_path.parent / ".test.sqlite3.abc.restore-tmp"
    beside.write_bytes(b"words of a customer")
    live = folder / ".test-y.sqlite3.abc.backup-tmp"
    live.write_bytes(b"a backup being written")
    import fcntl

    with open(live, "rb") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        removed = backup.remove_stale_temps(journal_path)
    assert sorted(removed) == sorted([stale, beside])
    assert live.exists() and not stale.exists() and not beside.exists()


def test_a_writer_on_a_replaced_journal_file_gets_a_sentence(filled, journal_path, tmp_path):
    """The one path that still replaces the file (a journal SQLite can't open):
    a program holding it open is told, instead of committing into the deleted file."""
    saved = backup.backup_now(journal_path, tmp_path / "saved.sqlite3")
    backup._replace_file(journal_path, saved)
    with pytest.raises(UserError, match="was replaced .* this change was not saved"):
        ops.add_customer(filled, "Into the void")
    again = open_journal(journal_path)
    try:
        ops.add_customer(again, "Where it belongs")
    finally:
        again.close()
    assert names(journal_path)[-1] == "Where it belongs"


def test_restore_over_an_unreadable_journal_held_open(filled, journal_path, tmp_path):
    saved = backup.backup_now(journal_path, tmp_path / "saved.sqlite3")
    assert filled.checkpoint()  # the app's connections stay open
    with open(journal_path, "r+b") as handle:
        handle.write(b"\x00" * 100)  # the header is gone
    result = backup.restore(journal_path, saved)
    assert result.safety_copy.name.endswith("-damaged.sqlite3")
    assert backup.check(journal_path).ok
    with pytest.raises(UserError, match="was replaced"):
        ops.add_customer(filled, "Into the void")
    assert "Into the void" not in names(journal_path)


def test_a_restore_today_does_not_stand_in_for_the_days_backup(filled, journal_path):
    day = dt.datetime(2026, 11, 5, 9, tzinfo=dt.UTC)
    saved = backup.backup_now(journal_path, now=day - dt.timedelta(days=1))
    backup.restore(journal_path, saved, now=day)
    made = backup.auto_backup(journal_path, now=day + dt.timedelta(hours=1))
    assert made is not None and backup.check(made).ok
