"""import, export, backup, restore, check and forget as a user types them."""

import json
import os
import sqlite3
import stat
import time

import pytest

from custjournal import ops, paths
from custjournal.store import backup
from tests import rawdb
from tests.interop.test_vcard import IPHONE_30, OUTLOOK_21


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def one_sentence(err: str) -> bool:
    return err.count("\n") == 1 and err.strip().endswith(".")


@pytest.fixture
def vcf(tmp_path):
    path = tmp_path / "contacts.vcf"
    path.write_bytes(IPHONE_30 + OUTLOOK_21)
    return path


def listing(folder):
    return sorted(p.name for p in folder.rglob("*")) if folder.exists() else []


def test_import_prints_counts_and_reimport_skips(cli, vcf):
    r = cli("import", str(vcf))
    assert r.code == 0, r.err
    assert r.out.strip() == "Imported contacts.vcf: 2 customers added, 0 merged, 0 skipped."
    r = cli("import", str(vcf), "--format", "VCARD")
    assert "0 customers added, 0 merged, 2 skipped." in r.out
    names = [c["name"] for c in json.loads(cli("list", "--json").out)]
    assert names == ["Dr. Jürgen Müller", "Johnny Appleseed"]


def test_dry_run_writes_nothing_not_even_a_journal(cli, vcf, journal_path):
    r = cli("import", str(vcf), "--dry-run")
    assert r.code == 0, r.err
    assert "add    Johnny Appleseed (Apple Inc.) [card 1]" in r.out
    assert r.out.strip().endswith("would add 2, merge 0 and skip 0.")
    assert not rawdb.exists(journal_path)
    assert rawdb.is_team(journal_path) or not journal_path.parent.exists()
    assert cli("add", "Johnny", "--email", "johnny@example.com").code == 0
    before = rawdb.dump(journal_path)
    r = cli("import", str(vcf), "--dry-run")
    assert "merge  Johnny Appleseed (Apple Inc.) [card 1] into #1 Johnny" in r.out
    assert rawdb.dump(journal_path) == before


def test_import_csv_with_a_mapping(cli, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Full name;Mail\nAda Lovelace;ada@example.com\n", encoding="utf-8")
    r = cli("import", str(path))
    assert r.code == 1 and one_sentence(r.err) and "--map" in r.err
    r = cli("import", str(path), "--map", "name=Full name", "--map", "email=Mail")
    assert r.code == 0, r.err
    assert json.loads(cli("show", "ada", "--json").out)["email"] == "ada@example.com"


def test_the_command_line_says_how_to_keep_columns_left_out_and_which_option_is_wrong(
    cli, tmp_path
):
    path = tmp_path / "people.csv"
    path.write_text("name,email,Kundennummer\nAda,ada@example.com,1\n", encoding="utf-8")
    r = cli("import", str(path), "--dry-run")
    assert r.code == 0, r.err
    assert r.err == "Note: Columns left out: 'Kundennummer'. Map them with --map to keep them.\n"
    r = cli("import", str(path), "--map", "name")
    assert r.code == 1 and one_sentence(r.err)
    assert r.err.startswith("--map: the mapping 'name' has no '='")
    r = cli("import", str(tmp_path / "people.txt"))
    assert r.code == 1 and one_sentence(r.err)
    assert r.err.endswith("it can be vcard, csv or json. Say which with --format.\n")


@pytest.mark.parametrize(
    ("args", "content", "message"),
    [
        (["--format", "xml"], None, "Unknown format 'xml'"),
        ([], None, "Can't tell the format of contacts.txt"),
        (["--format", "vcard"], b"BEGIN:VCARD\nFN A\nEND:VCARD\n", "Card 1 (from line 1)"),
        (["--format", "csv"], b"name,email\nA,a,extra\n", "Line 2 of contacts.txt"),
        (["--format", "json"], b'{"format": "x"}', "not a Customer Journal export"),
        (["--format", "vcard", "--map", "name=N"], b"", "only for CSV"),
        (["--format", "csv", "--map", "nom=N"], b"", "--map: unknown field 'nom'"),
    ],
)
def test_bad_imports_exit_1_with_a_sentence_and_write_nothing(
    cli, tmp_path, journal_path, args, content, message
):
    path = tmp_path / "contacts.txt"
    path.write_bytes(content if content is not None else b"x")
    r = cli("import", str(path), *args)
    assert r.code == 1
    assert message in r.err and r.out == ""
    assert not rawdb.exists(journal_path)


def test_import_of_a_missing_file(cli, tmp_path, journal_path):
    r = cli("import", str(tmp_path / "nope.vcf"))
    assert r.code == 1 and "There is no vCard file at" in r.err
    assert not rawdb.exists(journal_path)


def test_export_every_format_owner_only(cli, vcf, tmp_path):
    cli("import", str(vcf))
    for name, fmt in (("a.csv", "CSV"), ("a.vcf", "vCard"), ("a.json", "JSON")):
        r = cli("export", str(tmp_path / name))
        assert r.code == 0, r.err
        assert r.out.strip().endswith(f"({fmt}).")
        assert mode(tmp_path / name) == 0o600
    assert json.loads((tmp_path / "a.json").read_text())["format"] == "custjournal"
    r = cli("export", str(tmp_path / "data"), "--format", "csv", "--tag", "nobody")
    assert r.code == 0 and "Exported 0 customers" in r.out
    r = cli("export", "-", "--format", "vcard")
    assert r.out.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n") and r.out.count("BEGIN:VCARD") == 2


def test_export_ics_is_the_reminders_exporter(cli, vcf, tmp_path):
    pytest.importorskip("custjournal.interop.ical")
    cli("import", str(vcf))
    r = cli("export", str(tmp_path / "due.ics"))
    assert r.code == 0, r.err
    assert (tmp_path / "due.ics").read_text().startswith("BEGIN:VCALENDAR")
    assert mode(tmp_path / "due.ics") == 0o600


def test_reading_commands_on_a_missing_journal_create_nothing(cli, journal_path, tmp_path):
    for args in (("export", str(tmp_path / "x.csv")), ("check",), ("backup",)):
        r = cli(*args)
        assert r.code == 1 and rawdb.said_missing(r.err, journal_path), args
    assert not rawdb.exists(journal_path)
    assert rawdb.is_team(journal_path) or not journal_path.parent.exists()
    assert not (tmp_path / "x.csv").exists()


def test_bad_export_values(cli, vcf, tmp_path):
    cli("import", str(vcf))
    for args, message in (
        (("export", str(tmp_path / "x.xml")), "Can't tell the format"),
        (("export", "-"), "needs --format"),
        (("export", str(tmp_path / "x.json"), "--tag", "vip"), "whole journal"),
        (("export", str(tmp_path / "missing" / "x.csv")), "does not exist"),
    ):
        r = cli(*args)
        assert r.code == 1 and message in r.err and one_sentence(r.err), (args, r.err)


@pytest.mark.journal_file
def test_backup_check_restore(cli, vcf, journal_path, tmp_path):
    cli("import", str(vcf))
    r = cli("backup")
    assert r.code == 0 and "Backed up" in r.out
    (made,) = backup.list_backups(journal_path)
    assert mode(made.path) == 0o600 and mode(paths.backup_dir(journal_path)) == 0o700
    r = cli("backup", str(tmp_path / "copy.sqlite3"))
    assert r.code == 0 and (tmp_path / "copy.sqlite3").exists()
    r = cli("check")
    assert r.code == 0 and "is healthy" in r.out
    cli("add", "After the backup")
    r = cli("restore", str(made.path))
    assert r.code == 1 and "--yes" in r.err and one_sentence(r.err)  # no terminal: refuses
    assert len(json.loads(cli("list", "--json").out)) == 3
    r = cli("restore", str(made.path), "--yes")
    assert r.code == 0, r.err
    assert "The journal as it was is kept in" in r.out
    assert len(json.loads(cli("list", "--json").out)) == 2


@pytest.mark.journal_file
def test_restore_asks_on_a_terminal(cli, vcf, journal_path, monkeypatch):
    cli("import", str(vcf))
    cli("backup")
    (made,) = backup.list_backups(journal_path)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    r = cli("restore", str(made.path))
    assert r.code == 1 and r.err.strip() == "Nothing was changed."
    monkeypatch.setattr("builtins.input", lambda prompt: "yes")
    assert cli("restore", str(made.path)).code == 0


@pytest.mark.journal_file
def test_restore_refuses_a_damaged_file(cli, vcf, tmp_path, journal_path):
    cli("import", str(vcf))
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"garbage" * 1000)
    before = rawdb.dump(journal_path)
    r = cli("restore", str(junk), "--yes")
    assert r.code == 1 and "can't be restored" in r.err and "left as it was" in r.err
    assert rawdb.dump(journal_path) == before
    assert cli("restore", str(tmp_path / "none.sqlite3"), "--yes").code == 1


def test_check_reports_damage_with_exit_1(cli, vcf, journal_path):
    cli("import", str(vcf))
    con = rawdb.connect(journal_path)
    con.execute("DELETE FROM customer_fts")
    con.commit()
    con.close()
    r = cli("check")
    assert r.code == 1
    assert "has problems" in r.err and "--rebuild-index" in r.err
    r = cli("check", "--rebuild-index")
    assert r.code == 0 and "is healthy" in r.out


@pytest.mark.journal_file
def test_forget_asks_erases_and_counts_backups(cli, vcf, journal_path):
    cli("import", str(vcf))
    cli("backup")
    r = cli("forget", "johnny")
    assert r.code == 1 and "--yes" in r.err and one_sentence(r.err)
    assert len(json.loads(cli("list", "--json").out)) == 2
    r = cli("forget", "johnny", "--yes")
    assert r.code == 0, r.err
    assert "Erased Johnny Appleseed" in r.out
    assert "1 backup still holds Johnny Appleseed" in r.out and "--backups" in r.out
    assert cli("search", "appleseed").out.startswith("Nothing found")
    # later, from the backups too (the customer is gone from the journal by now)
    r = cli("forget", "#1", "--backups", "--yes")
    assert r.code == 0, r.err
    assert "Erased Johnny Appleseed from 1 backup." in r.out
    (made,) = backup.list_backups(journal_path)
    assert b"Appleseed" not in made.path.read_bytes()
    assert cli("forget", "#1", "--backups", "--yes").code == 1


@pytest.mark.journal_file
def test_forget_with_backups_at_once(cli, vcf, journal_path):
    cli("import", str(vcf))
    cli("backup")
    r = cli("forget", "müller", "--yes", "--backups")
    assert r.code == 0, r.err
    assert "Erased them from 1 backup too." in r.out
    assert b"M\xc3\xbcller" not in journal_path.read_bytes()
    r = cli("forget", "nobody", "--yes")
    assert r.code == 1 and "No customer matches" in r.err


@pytest.mark.journal_file
def test_forget_backups_reaches_a_customer_renamed_since_the_backup(cli, journal_path):
    """A backup made before a rename held the customer under the old name, and forget
    --backups left them there (it matched by id and name)."""
    from custjournal.store.journal import open_journal

    cli("add", "Ada Byron", "--notes", "qwz-maiden-note")
    cli("add", "Bob Keeper")
    assert cli("backup").code == 0
    journal = open_journal(journal_path)
    try:
        ops.update_customer(journal, 1, name="Ada Lovelace")
    finally:
        journal.close()
    r = cli("forget", "lovelace", "--yes")
    assert r.code == 0, r.err
    assert "1 backup still holds Ada Lovelace" in r.out  # found by when she was added
    r = cli("forget", "#1", "--backups", "--yes")
    assert r.code == 0, r.err
    assert "from 1 backup" in r.out
    (made,) = backup.list_backups(journal_path)
    data = made.path.read_bytes()
    assert b"Byron" not in data and b"qwz-maiden-note" not in data
    assert b"Bob Keeper" in data


@pytest.mark.journal_file
def test_forget_backups_leaves_someone_else_who_got_the_id_later(cli, journal_path):
    """An id freed by an erased customer and given to someone else: erasing the newcomer from
    the backups leaves the older backup's customer of that id alone (another name, added at
    another moment)."""
    cli("add", "Ada Byron")
    assert cli("backup").code == 0
    assert cli("forget", "ada", "--yes").code == 0
    time.sleep(1.1)  # the moment a customer is added is kept to the second
    cli("add", "Carl Newcomer")  # the freed id 1 again
    assert json.loads(cli("list", "--json").out)[0]["id"] == 1
    r = cli("forget", "carl", "--yes", "--backups")
    assert r.code == 0, r.err
    assert "No backup holds them." in r.out
    (made,) = backup.list_backups(journal_path)
    assert b"Ada Byron" in made.path.read_bytes()


def test_backup_files_are_not_left_behind_by_a_failed_export(cli, vcf, tmp_path):
    cli("import", str(vcf))
    os.chmod(tmp_path, 0o500)
    try:
        r = cli("export", str(tmp_path / "x.csv"))
    finally:
        os.chmod(tmp_path, 0o700)
    if os.geteuid() != 0:  # root may write anywhere
        assert r.code == 1 and "Can't write" in r.err
    assert not [p for p in listing(tmp_path) if p.startswith(".x.csv")]


# --- forget erases the journal first, and every copy; backups never crash -------------------


@pytest.mark.journal_file
def test_forget_backups_with_an_ambiguous_name_erases_nothing(cli, journal_path):
    """'ada' named two customers in the journal, so forget went to the backups
    alone, erased Ada Lovelace there, left her in the journal and exited 0."""
    cli("add", "Ada Lovelace")
    cli("backup")
    cli("add", "Ada Byron")
    r = cli("forget", "ada", "--backups", "--yes")
    assert r.code == 1 and "matches 2 customers" in r.err and one_sentence(r.err)
    (made,) = backup.list_backups(journal_path)
    assert b"Lovelace" in made.path.read_bytes()
    assert [c["name"] for c in json.loads(cli("list", "--json").out)] == [
        "Ada Byron",
        "Ada Lovelace",
    ]


@pytest.mark.journal_file
def test_forget_backups_when_the_journal_is_busy_erases_nothing(cli, journal_path, monkeypatch):
    """Busy: a journal that turned busy after it was opened made forget look in
    the backups alone, erase her there and exit 0 with her still in the journal."""
    from custjournal.store import queries
    from custjournal.store.errors import known_error

    cli("add", "Ada Lovelace")
    cli("backup")

    def busy(_session):
        raise known_error(sqlite3.OperationalError("database is locked"), journal_path)

    with monkeypatch.context() as patched:
        patched.setattr(queries, "candidates", busy)
        r = cli("forget", "ada", "--backups", "--yes")
    assert r.code == 1 and "busy" in r.err and one_sentence(r.err), r.err
    (made,) = backup.list_backups(journal_path)
    assert b"Lovelace" in made.path.read_bytes()
    assert [c["name"] for c in json.loads(cli("list", "--json").out)] == ["Ada Lovelace"]
    # and a journal locked for writing stops forget before any backup is touched
    monkeypatch.setattr("custjournal.store.journal.BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(journal_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        r = cli("forget", "ada", "--backups", "--yes")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert r.code == 1 and "busy" in r.err and one_sentence(r.err), r.err
    assert b"Lovelace" in made.path.read_bytes()


SECRETS = [
    "Qwzxyvault Lovelace",
    "qwz-note-7781",
    "qwz-summary-5512",
    "qwz-delight-3321",
    "qwz-fact-0042",
]


def _every_file(journal_path):
    """The journal, its -wal, and everything in its folder and backup folder, raw."""
    return [p for p in journal_path.parent.rglob("*") if p.is_file()]


@pytest.mark.journal_file
def test_forget_backups_leaves_no_byte_of_them_in_any_file(cli, journal_path):
    """Damaged copies, before-restore copies and stale temporary files kept a
    forgotten customer's words."""
    from tests.store.test_backup import damage

    name, note, summary, delight, fact = SECRETS
    cli("add", name, "--notes", note)
    cli("log", "qwzxyvault", "--summary", summary, "--delight", delight)
    cli("fact", "qwzxyvault", fact)
    cli("add", "Bob Keeper")
    assert cli("backup").code == 0
    (made,) = backup.list_backups(journal_path)
    assert cli("restore", str(made.path), "--yes").code == 0  # a before-restore copy
    damage(journal_path)
    assert cli("restore", str(made.path), "--yes").code == 0  # a -damaged copy
    folder = paths.backup_dir(journal_path)
    # what a killed backup and a killed restore leave behind
    (folder / f".{journal_path.stem}-x.sqlite3.k1.backup-tmp").write_bytes(made.path.read_bytes())
    (journal_path.parent / f".{journal_path.name}.k2.restore-tmp").write_bytes(
        made.path.read_bytes()
    )
    kinds = sorted(b.kind for b in backup.safety_copies(journal_path))
    assert kinds == ["before-restore", "damaged"]
    holding = [p for p in _every_file(journal_path) if name.encode() in p.read_bytes()]
    assert len(holding) >= 5
    r = cli("forget", "qwzxyvault", "--backups", "--yes")
    assert r.code == 0, r.err
    assert "Erased Qwzxyvault Lovelace" in r.out and "damaged cop" in r.out
    for path in _every_file(journal_path):
        data = path.read_bytes()
        for secret in SECRETS:
            for form in (secret, secret.casefold()):
                assert form.encode() not in data, (path, secret)
    assert [c["name"] for c in json.loads(cli("list", "--json").out)] == ["Bob Keeper"]
    assert cli("check").code == 0


@pytest.mark.journal_file
def test_stale_temporary_files_go_at_the_next_start(cli, journal_path):
    cli("add", "Ada Lovelace")
    cli("backup")
    (made,) = backup.list_backups(journal_path)
    stale = paths.backup_dir(journal_path) / f".{made.path.name}.zz.backup-tmp"
    stale.write_bytes(made.path.read_bytes())
    assert cli("list").code == 0
    assert not stale.exists()


@pytest.mark.journal_file
def test_backups_back_to_back_in_separate_processes_all_succeed(cli, journal_path, tmp_path):
    """40 backups at once gave 7 exit 70 (rotation removed a backup another run
    had just made, before it printed its size)."""
    import subprocess
    import sys

    cli("add", "Ada Lovelace")
    env = dict(os.environ, HOME=str(tmp_path / "home"))
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "custjournal", "--journal", str(journal_path), "backup"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        for _ in range(12)
    ]
    results = [(p.wait(timeout=120), p.stdout.read(), p.stderr.read()) for p in runs]
    for p in runs:
        p.stdout.close()
        p.stderr.close()
    assert [code for code, _out, _err in results] == [0] * 12, results
    named = {out.split(" to ")[1].split(" (")[0] for _code, out, _err in results}
    assert len(named) == 12  # each its own name
    kept = backup.list_backups(journal_path)
    assert len(kept) == 1 and str(kept[0].path) in named and backup.check(kept[0].path).ok


def test_restore_when_the_journal_path_is_a_folder(cli, journal_path, tmp_path):
    cli("add", "Ada Lovelace")
    saved = tmp_path / "saved.sqlite3"
    cli("backup", str(saved))
    folder = tmp_path / "folder"
    folder.mkdir()
    from custjournal.cli import main

    code = main(["--journal", str(folder), "restore", str(saved), "--yes"])
    assert code == 1
    assert list(folder.iterdir()) == []


def _mount_tmpfs(where, size: str) -> bool:
    import subprocess

    where.mkdir()
    if os.geteuid() != 0:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
        capture_output=True,
    )
    return done.returncode == 0


def _umount(where) -> None:
    """Unmount a tmpfs of a test. A busy one (a descriptor of ours left open on a file in it) is
    still let go (lazily, or it would stay mounted in pytest's temp folder and fail every later
    run's clean-up of it), and the test fails."""
    import subprocess

    done = subprocess.run(["umount", str(where)], capture_output=True, text=True)
    if done.returncode != 0:
        subprocess.run(["umount", "--lazy", str(where)], capture_output=True)
        raise AssertionError(f"{where} could not be unmounted: {done.stderr.strip()}")


@pytest.fixture
def readonly_journal(tmp_path):
    """A folder with a journal and a backup that can't be written: 0500 for a user; for root
    (who may write anywhere), a tmpfs remounted read-only."""
    import subprocess

    from custjournal import ops
    from custjournal.store.journal import open_journal

    where = tmp_path / "ro"
    mounted = _mount_tmpfs(where, "8m")
    if not mounted and os.geteuid() == 0:
        pytest.skip("root, and no tmpfs to make read-only")
    journal = where / "j.sqlite3"
    opened = open_journal(journal)
    ops.add_customer(opened, "Ada Lovelace")
    opened.close()
    saved = backup.backup_now(journal)
    if mounted:
        subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
    else:
        for folder in (paths.backup_dir(journal), paths.backup_dir(journal).parent, where):
            os.chmod(folder, 0o500)
    yield journal, saved
    if mounted:
        _umount(where)
    else:
        for folder in (where, paths.backup_dir(journal).parent, paths.backup_dir(journal)):
            os.chmod(folder, 0o700)


def test_backup_and_restore_in_a_read_only_folder_are_one_sentence(readonly_journal, capsys):
    from custjournal.cli import main

    journal, saved = readonly_journal
    before = listing(journal.parent)
    for args in (["backup"], ["restore", str(saved), "--yes"]):
        capsys.readouterr()
        code = main(["--journal", str(journal), *args])
        err = capsys.readouterr().err
        assert code == 1 and one_sentence(err) and "Something went wrong" not in err, (args, err)
        assert listing(journal.parent) == before


def test_a_backup_to_a_full_disk_names_that_disk(cli, journal_path, tmp_path):
    """The tiny disk is a 256 kB tmpfs when one can be mounted (root)."""
    for i in range(200):
        cli("add", f"Person {i}", "--notes", "words " * 200)
    tiny = tmp_path / "tiny"
    if not _mount_tmpfs(tiny, "256k"):
        pytest.skip("needs a tmpfs (root): see the file-size-limit test for everyone else")
    try:
        r = cli("backup", str(tiny))
        assert r.code == 1 and one_sentence(r.err), r.err
        assert str(tiny) in r.err and "full" in r.err and str(journal_path) not in r.err
        assert list(tiny.iterdir()) == []
    finally:
        _umount(tiny)


FSIZE_SCRIPT = """
import resource, signal, sys
from custjournal.cli import main
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))
sys.exit(main(sys.argv[1:]))
"""


def test_a_backup_past_the_file_size_limit_names_the_folder(cli, journal_path, tmp_path):
    """A full disk without a tmpfs: a file-size limit (RLIMIT_FSIZE) makes the copy's writes
    fail at the same step as ENOSPC would (SQLite reports EFBIG as an I/O error, ENOSPC as
    'full'); the journal is only read, so the error is about the backup's folder."""
    import subprocess
    import sys

    for i in range(200):
        cli("add", f"Person {i}", "--notes", "words " * 200)
    dest = tmp_path / "dest"
    dest.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", FSIZE_SCRIPT, "--journal", str(journal_path), "backup", str(dest)],
        capture_output=True,
        text=True,
        env=dict(os.environ, HOME=str(tmp_path / "home")),
    )
    assert done.returncode == 1 and one_sentence(done.stderr), done.stderr
    assert str(dest) in done.stderr and str(journal_path) not in done.stderr
    assert list(dest.iterdir()) == []
