"""The app on a team database (PostgreSQL): File > Open Team Database… driven as a person
would, the recent list without passwords, every refusal as a sentence, and a change made on
another connection reaching an open window by LISTEN/NOTIFY.

Every test runs against the session's real PostgreSQL server (tests/pgserver.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from custjournal import ops
from custjournal.domain.errors import UserError
from custjournal.gui import team_dialog
from custjournal.gui.controller import JournalController
from custjournal.gui.main_window import MainWindow
from custjournal.gui.team_dialog import TeamDialog
from custjournal.store import team
from custjournal.store.journal import open_journal
from tests.pgserver import PgServer, _free_port

PASSWORD = "hunter2-not-shown"


@pytest.fixture
def team_url(pg_server: PgServer, pg_database: str) -> str:
    """A team database with its schema and one customer."""
    url = pg_server.url(pg_database)
    journal = open_journal(url)
    ops.add_customer(journal, "Ada Lovelace", company="Analytical Engines")
    journal.close()
    return url


@pytest.fixture
def make_window(qtbot):
    made: list[MainWindow] = []

    def make(where: str | Path) -> MainWindow:
        window = MainWindow(JournalController(open_journal(where)))
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
            window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.controller.close()


def names(window: MainWindow) -> list[str]:
    return [window.model.index(r, 0).data() for r in range(window.model.rowCount())]


def make_role(server: PgServer, name: str, *, password: str | None = None) -> None:
    """A login role (with *password* for TCP), granted nothing."""
    from psycopg import sql

    with server.admin() as con:
        if con.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
            for db in con.execute("SELECT datname FROM pg_database WHERE datallowconn"):
                with server.admin(db[0]) as other:
                    other.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(name)))
            con.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))
        con.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(name)))
        if password:
            con.execute(
                sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    sql.Identifier(name), sql.Literal(password)
                )
            )


# --- changes pushed between windows ----------------------------------------------------


def test_a_change_on_another_connection_reaches_an_open_window(team_url, make_window, qtbot):
    mine = make_window(team_url)
    theirs = make_window(team_url)
    for window in (mine, theirs):
        window.controller._poll.stop()  # only the push may bring the change
    assert window.windowTitle().endswith("(team database)")

    # Someone else (another app, the command line) adds a customer: both windows show it.
    other = open_journal(team_url)
    with (
        qtbot.waitSignal(mine.rows_loaded, timeout=2000),
        qtbot.waitSignal(theirs.rows_loaded, timeout=2000),
    ):
        ops.add_customer(other, "Katherine Johnson")
    other.close()
    assert "Katherine Johnson" in names(mine) and "Katherine Johnson" in names(theirs)

    # A change made in one window reaches the other; the window that made it shows it itself
    # and hears no outside change for it.
    with qtbot.waitSignal(theirs.rows_loaded, timeout=2000):
        mine.controller.apply(ops.add_customer, "Grace Hopper")
    assert "Grace Hopper" in names(theirs)
    qtbot.waitUntil(lambda: "Grace Hopper" in names(mine), timeout=2000)
    assert not mine.controller.check_outside_changes()


def test_a_change_reaches_today(team_url, make_window, qtbot):
    window = make_window(team_url)
    window.controller._poll.stop()
    window.show_today()
    other = open_journal(team_url)
    with qtbot.waitSignal(window.today_view.loaded, timeout=2000):
        ops.add_customer(other, "Katherine Johnson")
    other.close()


def test_a_lost_listener_is_connected_again(team_url, make_window, qtbot, pg_server):
    window = make_window(team_url)
    window.controller._poll.stop()
    with pg_server.admin() as con:
        con.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = %s",
            ("LISTEN custjournal_changed",),
        )
    # The dead socket is seen, the notifier stops; the next poll connects again and refreshes
    # (changes may have been missed meanwhile).
    push = window.controller._push
    qtbot.waitUntil(lambda: push.notifier is None, timeout=5000)
    window.controller._poll.timeout.emit()  # a thread connects a new listener
    qtbot.waitUntil(lambda: window.controller.journal.notify_socket() is not None, timeout=10_000)
    with qtbot.waitSignal(window.rows_loaded, timeout=5000):
        window.controller._poll.timeout.emit()
    assert push.notifier is not None
    other = open_journal(team_url)
    with qtbot.waitSignal(window.rows_loaded, timeout=2000):
        ops.add_customer(other, "Katherine Johnson")
    other.close()


# --- File > Open Team Database… -------------------------------------------------------------


def fill(dialog: TeamDialog, qtbot, **fields: str) -> None:
    for name, text in fields.items():
        field = getattr(dialog, name)
        field.clear()
        qtbot.keyClicks(field, text)


def test_the_dialog_tests_and_opens_a_team_database(
    tmp_path, make_window, qtbot, pg_server, team_url, monkeypatch
):
    launched: list[str] = []
    monkeypatch.setattr(team_dialog, "open_in_new_window", launched.append)
    window = make_window(tmp_path / "mine.sqlite3")
    assert window.act_open_team in window.file_menu.actions()
    window.act_open_team.trigger()
    dialog = window.team_dialog
    assert dialog.isVisible() and not dialog.recent.isVisible()  # nothing opened before
    assert not dialog.open_button.isEnabled()  # no database named yet
    dbname = team.Target(team_url).dbname
    fill(dialog, qtbot, host=pg_server.host, port=str(pg_server.port), database=dbname)
    fill(dialog, qtbot, user="cj_admin", options="connect_timeout=5")
    with qtbot.waitSignal(dialog.tested, timeout=10_000) as tested:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert tested.args == [team.READY]
    assert "Its journal is ready to open." in dialog.status.text()
    with qtbot.waitSignal(dialog.opened, timeout=10_000) as opened:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    url = opened.args[0]
    assert launched == [url]
    assert url.startswith("postgresql://cj_admin@/" + dbname) and "connect_timeout=5" in url
    assert team_dialog.recent_team_databases() == [url]
    assert not dialog.isVisible()

    # Next time it is offered first, its fields filled.
    window.act_open_team.trigger()
    again = window.team_dialog
    assert again.recent.isVisible() and again.recent.itemData(1) == url
    assert again.database.text() == dbname and again.options.text() == "connect_timeout=5"
    again.reject()


def test_an_empty_database_is_set_up_when_opened(
    make_window, tmp_path, qtbot, pg_server, pg_database, monkeypatch
):
    monkeypatch.setattr(team_dialog, "open_in_new_window", lambda url: None)
    window = make_window(tmp_path / "mine.sqlite3")
    dialog = window.open_team_database()
    fill(dialog, qtbot, host=pg_server.host, port=str(pg_server.port), database=pg_database)
    fill(dialog, qtbot, user="cj_admin")
    with qtbot.waitSignal(dialog.tested, timeout=10_000) as tested:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert tested.args == [team.EMPTY]
    assert "holds no journal yet: opening it sets one up" in dialog.status.text()
    with qtbot.waitSignal(dialog.opened, timeout=30_000):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert team.probe(pg_server.url(pg_database)) == team.READY


def test_the_recent_list_never_holds_a_password(pg_server, team_url, qtbot, monkeypatch):
    dbname = team.Target(team_url).dbname
    with_password = (
        f"postgresql://cj_admin:{PASSWORD}@/{dbname}?host={pg_server.host}&port={pg_server.port}"
    )
    opened = team_dialog.open_at_start(with_password, lambda url: ("window", "c", "s"))
    assert opened == ("window", "c", "s")
    settings = QSettings()
    settings.sync()
    stored = Path(settings.fileName()).read_text()
    assert team_dialog.recent_team_databases() == [team.public_url(with_password)]
    assert PASSWORD not in stored and dbname in stored

    # A password typed among the other settings is refused, not kept.
    dialog = TeamDialog(controller=None)
    qtbot.addWidget(dialog)
    fill(dialog, qtbot, database=dbname, options=f"sslmode=disable password={PASSWORD}")
    with qtbot.waitSignal(dialog.tested, timeout=1000) as tested:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert isinstance(tested.args[0], UserError)
    assert "A password does not belong in the settings" in dialog.status.text()
    assert PASSWORD not in Path(settings.fileName()).read_text()


def _other_tables(server: PgServer, db: str) -> str:
    with server.admin(db) as con:
        con.execute("CREATE TABLE invoices (id int)")
    return "holds other tables than a Customer Journal's"


def _newer(server: PgServer, db: str) -> str:
    team.open_team(server.url(db)).close()
    with server.admin(db) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    return "was set up by a newer version of Customer Journal"


@pytest.mark.parametrize("problem", ["unreachable", "password", "no schema", "newer", "no rights"])
def test_what_stands_in_the_way_is_one_sentence(
    problem, tmp_path, make_window, qtbot, pg_server, pg_database, monkeypatch
):
    window = make_window(tmp_path / "mine.sqlite3")
    dialog = window.open_team_database()
    fields = {"host": pg_server.host, "port": str(pg_server.port), "database": pg_database}
    user = "cj_admin"
    if problem == "unreachable":
        fields.update(host="127.0.0.1", port=str(_free_port()))
        expected = "Can't reach the PostgreSQL server at 127.0.0.1:"
    elif problem == "password":
        make_role(pg_server, "sales", password=PASSWORD)
        fields.update(host="127.0.0.1")
        user = "sales"
        monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-pgpass"))
        monkeypatch.setenv("PGPASSWORD", "wrong")
        expected = "The password for the role sales was not accepted"
    elif problem == "no schema":
        expected = _other_tables(pg_server, pg_database)
    elif problem == "newer":
        expected = _newer(pg_server, pg_database)
    else:
        team.open_team(pg_server.url(pg_database)).close()
        make_role(pg_server, "clerk")
        user = "clerk"
        expected = "The role clerk may not read and change the journal in the team database"
    fill(dialog, qtbot, user=user, **fields)
    for button in (dialog.test_button, dialog.open_button):
        with qtbot.waitSignal(dialog.tested, timeout=15_000) as tested:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert isinstance(tested.args[0], UserError)
        text = dialog.status.text()
        assert expected in text, text
        assert "Traceback" not in text and "wrong" not in text and text.count("\n") == 0
    assert dialog.isVisible()  # still there, to correct a field
    assert team_dialog.recent_team_databases() == []
    dialog.reject()


def test_an_app_started_on_a_team_database_it_cannot_open_says_why(pg_server):
    said: list[str] = []
    answers = iter([True, False])  # Try Again once, then Quit

    def ask(sentence: str) -> bool:
        said.append(sentence)
        return next(answers)

    def open_window(url: str):
        return open_journal(url)

    url = pg_server.url("no_such_db")
    assert team_dialog.open_at_start(url, open_window, ask) is None
    assert len(said) == 2 and said[0].startswith("There is no database no_such_db on ")
    assert team_dialog.recent_team_databases() == []


def test_the_app_opens_on_a_team_address(team_url, qtbot, monkeypatch):
    from custjournal.gui import launch

    with_password = team_url.replace("cj_admin@", f"cj_admin:{PASSWORD}@")
    window, controller, server = launch.open_window(with_password)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: names(window) == ["Ada Lovelace"], timeout=10_000)
        title = window.windowTitle()
        assert title.startswith("Customer Journal — cj_test_") and title.endswith("(team database)")
        assert PASSWORD not in title
        # What only a journal file has is not offered: encryption (the server keeps the data).
        encryption = window.encryption
        encryption.update_actions()
        assert not any(
            a.isVisible()
            for a in (encryption.act_encrypt, encryption.act_passphrase, encryption.act_decrypt)
        )
        # One window per database: named by its address without the password.
        key = launch.instance_key(with_password)
        assert key == team.public_url(team_url) and PASSWORD not in key
    finally:
        server.close()
        controller.close()


def test_erase_on_a_team_window_reaches_its_json_backups_and_names_what_it_cannot(
    team_url, make_window, qtbot
):
    """Customer > Erase Customer on a team database: the confirmation counts the team's JSON
    backups on this computer that hold the customer, erases them there when asked, and says
    that the server's own backups and colleagues' exports are out of its reach."""
    from PySide6.QtWidgets import QMessageBox

    from custjournal.interop import exporting
    from tests.gui.test_transfer import button, wait_dialog, wait_finished

    window = make_window(team_url)
    journal = window.controller.journal
    made = exporting.back_up_team(journal).path
    assert made is not None and b"Ada Lovelace" in made.read_bytes()
    ada = next(c.id for c in window.controller.candidates() if c.name == "Ada Lovelace")

    window.transfer.erase_customer(ada)
    box = wait_dialog(qtbot, window.transfer, QMessageBox)
    info = box.informativeText()
    assert "1 JSON backup of the team database on this computer still holds Ada Lovelace." in info
    assert "The server's own backups (pg_dump)" in info and "colleagues' computers" in info
    assert box.checkBox().text() == "Erase them from that JSON backup too"
    box.checkBox().setChecked(True)
    with wait_finished(qtbot, window.transfer, "erase"):
        qtbot.mouseClick(button(box, "Erase"), Qt.MouseButton.LeftButton)
    assert (
        window.statusBar()
        .currentMessage()
        .endswith("Erased them from 1 JSON backup on this computer too.")
    )
    assert b"Ada Lovelace" not in made.read_bytes()
    qtbot.waitUntil(lambda: names(window) == [], timeout=10_000)


def test_a_colleague_importing_a_whole_journal_with_its_ids_is_told_who_may(
    pg_server, pg_database, make_window, qtbot, tmp_path
):
    """A role with data rights only, on an empty team database, imports a JSON export (which
    would keep its ids): a box with the sentence before the import's preview, nothing written."""
    from PySide6.QtWidgets import QMessageBox

    from custjournal.interop import exporting
    from tests.gui.test_transfer import wait_dialog, wait_finished

    open_journal(pg_server.url(pg_database)).close()  # the owner sets the schema up
    make_role(pg_server, "sales")
    with pg_server.admin(pg_database) as con:
        con.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO sales")
        con.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO sales")
    shop = open_journal(tmp_path / "shop.sqlite3")
    ops.add_customer(shop, "Grace Hopper")
    export = tmp_path / "shop.json"
    exporting.export_file(shop, export, "json")
    shop.close()

    window = make_window(pg_server.url(pg_database, "sales"))
    with wait_finished(qtbot, window.transfer, "import"):
        window.transfer.import_file(export)
    box = wait_dialog(qtbot, window.transfer, QMessageBox)
    assert box.text().startswith(
        "Only the team database's owner can put in a whole journal with its ids kept (sales may "
        "not move the id sequences past them"
    )
    assert box.text().endswith("ask the owner to import or copy it. Nothing was changed.")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert names(window) == []


STARTED = """
import sys

from custjournal.gui import launch

original = launch.open_window


def open_window(url):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    window, controller, server = original(url)

    def shown():
        print("ROWS", window.model.rowCount(), "TODAY", window.today_view.model.rowCount())
        print("TITLE", window.windowTitle())
        order = list(sys.modules)
        print("PSYCOPG FIRST", order.index("psycopg") < order.index("PySide6"))
        QApplication.instance().exit(0)

    window.rows_loaded.connect(lambda: QTimer.singleShot(0, shown))
    QTimer.singleShot(60_000, lambda: QApplication.instance().exit(3))
    return window, controller, server


launch.open_window = open_window
sys.exit(launch.run(sys.argv[1], [sys.argv[0]]))
"""


def test_the_app_started_on_a_team_database_imports_its_driver_before_qt(team_url):
    """The real start (launch.run) in a fresh interpreter: the window shows the team
    database's customers, and psycopg was imported before PySide6, which would have read the
    source of each of its modules (9 ms of the start's CPU time; benchmarks/team.py)."""
    done = subprocess.run(
        [sys.executable, "-c", STARTED, team_url],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert done.returncode == 0, done.stderr
    assert "ROWS 1 TODAY" in done.stdout, done.stdout
    assert "(team database)" in done.stdout, done.stdout
    assert "PSYCOPG FIRST True" in done.stdout, done.stdout


def test_without_psycopg_the_early_import_is_left_to_the_open(monkeypatch):
    from custjournal.gui import launch

    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if not installed: ImportError
    launch.import_team_driver()  # no error here: opening the database says what to install
    with pytest.raises(team.TeamUnavailable, match="Team databases need psycopg"):
        team.psycopg_module()


# --- colleagues saving at once --------------------------------------------------------------


def test_a_save_that_waited_too_long_for_a_colleague_says_so_in_the_dialog(
    team_url, pg_server, pg_database, qtbot
):
    """A colleague's open transaction (an import still running) reindexed Ada, in the same
    chunk of customers as Grace: saving Grace waits at most the lock timeout, then the dialog
    stays open with one sentence, the typed text kept and nothing saved, no bug dialog."""
    import psycopg

    from custjournal.gui import dialogs

    controller = JournalController(open_journal(team_url))
    grace = ops.add_customer(controller.journal, "Grace Hopper", notes="kettle").id
    colleague = psycopg.connect(pg_server.admin_dsn(pg_database))
    try:
        colleague.execute("UPDATE customer_fts SET body = body || ' tea' WHERE rowid = 1")
        dialog = dialogs.CustomerDialog(controller, grace)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.name.setFocus()
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, "Grace Brewster Hopper")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert "A colleague was saving to the same customers at the same moment" in (
            dialog.general_error.text().replace("\u00a0", " ")
        )
        assert dialog.name.text() == "Grace Brewster Hopper"
        colleague.rollback()
        assert controller.customer_detail(grace)["name"] == "Grace Hopper"
        # The colleague is done: the same Save goes through.
        with qtbot.waitSignal(dialog.saved, timeout=10_000):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert controller.customer_detail(grace)["name"] == "Grace Brewster Hopper"
    finally:
        colleague.close()
        controller.close()
