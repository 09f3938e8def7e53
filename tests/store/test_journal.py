"""Opening journals: permissions, pragmas, schema versions, refusing what isn't ours."""

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from custjournal import ops
from custjournal.domain.errors import UserError
from custjournal.store import migrate
from custjournal.store.journal import HEAD, REVISIONS, JournalMissing, open_journal


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.journal_file
def test_new_journal_is_private_wal_and_at_head(journal_path: Path):
    j = open_journal(journal_path)
    j.close()
    assert mode(journal_path) == 0o600
    assert mode(journal_path.parent) == 0o700
    con = sqlite3.connect(journal_path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    cadences = dict(con.execute("SELECT key, value FROM setting WHERE key LIKE 'cadence.%'"))
    assert cadences["cadence.connection"] == "21"


def test_missing_journal_for_reading_creates_nothing(tmp_path: Path):
    path = tmp_path / "nowhere" / "j.sqlite3"
    with pytest.raises(JournalMissing, match="No journal at"):
        open_journal(path, create=False)
    assert not path.exists() and not path.parent.exists()


@pytest.mark.journal_file
def test_foreign_keys_are_on_and_cascade(journal):
    cid = ops.add_customer(journal, "Ada").id
    ops.log_conversation(journal, cid, summary="hello")
    ops.forget_customer(journal, cid)
    with journal.read() as s:
        conn = s.connection()
        assert conn.exec_driver_sql("SELECT count(*) FROM conversation").scalar() == 0
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.journal_file
def test_a_newer_journal_is_refused_and_left_byte_for_byte(journal_path: Path):
    open_journal(journal_path).close()
    con = sqlite3.connect(journal_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = hashlib.sha256(journal_path.read_bytes()).hexdigest()
    listing = sorted(os.listdir(journal_path.parent))
    with pytest.raises(UserError, match="newer version"):
        open_journal(journal_path)
    assert hashlib.sha256(journal_path.read_bytes()).hexdigest() == before
    assert sorted(os.listdir(journal_path.parent)) == listing


def test_a_file_that_is_not_a_journal_is_refused(tmp_path: Path):
    junk = tmp_path / "notes.sqlite3"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(UserError, match="not a Customer Journal file, or it is damaged"):
        open_journal(junk)
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.close()
    with pytest.raises(UserError, match="not a Customer Journal"):
        open_journal(other)


def test_revisions_list_matches_the_migration_scripts():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.config())
    walked = [rev.revision for rev in script.walk_revisions()]
    assert list(reversed(walked)) == list(REVISIONS)
    assert script.get_current_head() == HEAD


# SQLAlchemy can't reflect the expression index of migration 0004 (include_object skips it).
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_models_and_migrations_agree(journal):
    """Autogenerate against an upgraded journal proposes nothing: the schema is all migrated."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    with journal.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": migrate.include_object, "compare_type": False}
        )
        diff = compare_metadata(context, SQLModel.metadata)
    assert _without_deferrable_pairs(diff) == []


def _fk_shape(fk) -> tuple:
    return (
        fk.parent.name,
        tuple(c.name for c in fk.columns),
        fk.referred_table.name,
        tuple(e.column.name for e in fk.elements),
        (fk.ondelete or "").lower(),
    )


def _without_deferrable_pairs(diff: list) -> list:
    """*diff* without a team database's foreign keys made DEFERRABLE for undo (migration 0013):
    the same key, only deferrable (which a journal file's schema can't say without rebuilding
    every table, so the models don't). Any other difference of a foreign key stays."""
    removed = {_fk_shape(d[1]): d for d in diff if d[0] == "remove_fk" and d[1].deferrable}
    added = {_fk_shape(d[1]): d for d in diff if d[0] == "add_fk" and not d[1].deferrable}
    paired = {id(removed[k]) for k in removed.keys() & added.keys()}
    paired |= {id(added[k]) for k in removed.keys() & added.keys()}
    return [d for d in diff if id(d) not in paired]


def test_a_path_that_is_not_a_regular_file_is_refused(tmp_path: Path):
    before = _dev_null_journal()
    for create in (True, False):
        with pytest.raises(UserError, match="not a regular file"):
            open_journal(Path("/dev/null"), create=create)
    assert _dev_null_journal() == before  # not made, nor written to
    fifo = tmp_path / "pipe.sqlite3"
    os.mkfifo(fifo)
    with pytest.raises(UserError, match="not a regular file"):
        open_journal(fifo, create=False)
    assert sorted(os.listdir(tmp_path)) == ["home", "pipe.sqlite3"]


@pytest.mark.parametrize("content", [b"", None])
def test_reading_never_makes_an_empty_file_a_journal(tmp_path: Path, content):
    path = tmp_path / "empty.sqlite3"
    if content is None:  # an SQLite file with no tables
        sqlite3.connect(path).execute("PRAGMA user_version = 7").connection.close()
    else:
        path.write_bytes(content)
    before = path.read_bytes()
    with pytest.raises(JournalMissing, match="holds no journal yet"):
        open_journal(path, create=False)
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["empty.sqlite3", "home"]


@pytest.mark.journal_file
def test_a_journal_without_its_schema_version_is_refused_untouched(journal_path: Path):
    j = open_journal(journal_path)
    ops.add_customer(j, "Ada")
    j.close()
    con = sqlite3.connect(journal_path)
    con.execute("DELETE FROM alembic_version")
    con.commit()
    con.close()
    before = hashlib.sha256(journal_path.read_bytes()).hexdigest()
    for create in (True, False):
        with pytest.raises(UserError, match="lost its schema version"):
            open_journal(journal_path, create=create)
    assert hashlib.sha256(journal_path.read_bytes()).hexdigest() == before


def test_our_version_table_beside_foreign_tables_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "app.sqlite3"
    con = sqlite3.connect(path)
    con.executescript(
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL);"
        f"INSERT INTO alembic_version VALUES ('{HEAD}');"
        "CREATE TABLE users (id INTEGER PRIMARY KEY);"
    )
    con.close()
    before = path.read_bytes()
    for create in (True, False):
        with pytest.raises(UserError, match="not a Customer Journal"):
            open_journal(path, create=create)
    assert path.read_bytes() == before


@pytest.mark.journal_file
def test_an_unwritable_journal_is_opened_read_only(journal_path: Path, monkeypatch):
    j = open_journal(journal_path)
    ops.add_customer(j, "Ada")
    j.close()
    monkeypatch.setattr("custjournal.store.journal._writable", lambda _path: False)
    j = open_journal(journal_path, create=False)
    try:
        with j.read() as s:
            assert s.connection().exec_driver_sql("SELECT name FROM customer").scalar() == "Ada"
        with pytest.raises(UserError, match="read-only"):
            ops.add_customer(j, "Bob")
    finally:
        j.close()


def _dev_null_journal():
    """What SQLite would leave beside /dev/null: None, or (size, mtime) of an older leftover."""
    try:
        st = Path("/dev/null-journal").stat()
    except FileNotFoundError:
        return None
    return st.st_size, st.st_mtime_ns


def test_ops_state_the_limits_on_every_path_the_app_uses(journal):
    """The app writes through update_customer and update_entry: the same limits and range."""
    import datetime as dt

    cid = ops.add_customer(journal, "Ada").id
    with pytest.raises(UserError, match="company is too long.*at most 500"):
        ops.update_customer(journal, cid, company="c" * 501)
    with pytest.raises(UserError, match="notes is too long.*20,000"):
        ops.update_customer(journal, cid, notes="n" * 20_001)
    with pytest.raises(UserError, match="tag is too long"):
        ops.update_customer(journal, cid, tags=["t" * 501])
    inv = ops.record_invitation(journal, cid, "Gala", dt.date(2027, 3, 1)).id
    with pytest.raises(UserError, match="at most 500"):
        ops.update_entry(journal, "invitation", inv, event="e" * 501)
    with pytest.raises(UserError, match="out of range"):
        ops.update_entry(journal, "invitation", inv, event_on=dt.date(9999, 12, 31))
    with pytest.raises(UserError, match="out of range"):
        ops.add_promise(journal, cid, "call", due=dt.date(1, 1, 1))
    with journal.read() as s:
        conn = s.connection()
        assert conn.exec_driver_sql("SELECT company, notes FROM customer").one() == (None, None)
        assert conn.exec_driver_sql("SELECT event FROM invitation").scalar() == "Gala"
        assert conn.exec_driver_sql("SELECT count(*) FROM promise").scalar() == 0


def test_an_important_date_needs_its_day_when_added_and_when_edited(journal):
    """The rule is the journal's (ops), not a dialog's: an edit that makes a fact an important
    date without a day of the year is refused too, whatever fields it sends, and saves nothing."""
    from custjournal.domain.errors import Field

    cid = ops.add_customer(journal, "Ada").id
    with pytest.raises(UserError, match="needs its day of the year") as caught:
        ops.add_fact(journal, cid, "important-date", "Birthday")
    assert caught.value.field == Field.DAY_OF_YEAR
    fact = ops.add_fact(journal, cid, "family", "Married to Bob").id
    with pytest.raises(UserError, match="needs its day of the year") as caught:
        ops.update_entry(journal, "fact", fact, category="important-date")
    assert caught.value.field == Field.DAY_OF_YEAR
    with journal.read() as s:
        row = s.connection().exec_driver_sql("SELECT category, month FROM fact").one()
    assert tuple(row) == ("family", None)
    ops.update_entry(journal, "fact", fact, category="important-date", month=6, day=21)
    with pytest.raises(UserError, match="needs its day of the year"):
        ops.update_entry(journal, "fact", fact, month=None, day=None)
