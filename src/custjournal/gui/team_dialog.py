"""File > Open Team Database…: connect the app to a team's PostgreSQL database (docs/team.md).

    TeamDialog(controller, parent)     # server, port, database, user, service, other settings
        .tested(object)                # probe's answer: READY/EMPTY/OLDER, or the UserError
        .opened(str)                   # the database's address (no password), once it opened
    open_at_start(url, open_window)    # the app started on a team database: errors as a box
    recent_team_databases() / remember(url)
    journal_place(journal) / journal_label(journal)

The dialog never asks for a password and never keeps one: libpq finds it in `~/.pgpass`, the
file `PGPASSFILE` names, a service file or `PGPASSWORD` (a password typed into the other
settings is refused). Test Connection and Open talk to the server in the controller's worker,
so an unreachable server (libpq waits up to its connect timeout) never freezes the window; what
stands in the way is one sentence in the dialog. A database that opened is remembered in the
recent list by its address without a password, and opens in a window of its own (one journal
per window, as File > Open Sample Journal does).
"""

from __future__ import annotations

import getpass
import subprocess
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custjournal import APP_TITLE
from custjournal.domain.errors import UserError
from custjournal.gui.sentences import app_sentence

RECENT_KEY = "team/recent"
RECENT_KEEP = 8


# --- naming the journal a window shows -----------------------------------------------------


def journal_place(journal: Any) -> str:
    """Where the journal lives, as a stable text: a file's resolved path, or a team database's
    address without a password (the key of the window's layout, the About box)."""
    target = getattr(journal, "target", None)
    if journal.file is None and target is not None:
        return str(target.public)
    try:
        return str(journal.path.resolve())
    except OSError:
        return str(journal.path)


def journal_label(journal: Any) -> str:
    """The journal as the window title names it: a file's name, or which team database."""
    target = getattr(journal, "target", None)
    if journal.file is None and target is not None:
        return QCoreApplication.translate(
            "TeamDialog", "{database} on {server} (team database)"
        ).format(database=target.dbname or target.user, server=target.where)
    return str(journal.path.name)


# --- the recent list ------------------------------------------------------------------------


def recent_team_databases() -> list[str]:
    """The team databases opened lately, newest first: addresses without passwords."""
    value = QSettings().value(RECENT_KEY, [])
    if isinstance(value, str):  # QSettings gives a one-item list back as a string
        value = [value]
    if not isinstance(value, list):
        return []
    return [str(v) for v in value if str(v)]


def remember(url: str) -> None:
    """Put the team database at *url* first in the recent list, without any password."""
    from custjournal.store import team

    public = team.public_url(url)
    kept = [public, *(u for u in recent_team_databases() if u != public)][:RECENT_KEEP]
    QSettings().setValue(RECENT_KEY, kept)


# --- the dialog -----------------------------------------------------------------------------


class TeamDialog(QDialog):
    """Host, port, database, user (or a service name) and libpq's other settings; Test
    Connection and Open, both in the worker."""

    tested = Signal(object)  # team.READY/EMPTY/OLDER, or the UserError (tests wait on it)
    opened = Signal(str)  # the address of the database that opened (no password)

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Open Team Database"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Work on your team's shared journal, kept in a PostgreSQL database. Ask whoever "
                "runs the server for these details."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.recent = QComboBox()
        self.recent.addItem(self.tr("(choose one opened before)"), "")
        for url in recent_team_databases():
            self.recent.addItem(url, url)
        self.recent.activated.connect(self._recent_chosen)
        self.recent_label = QLabel(self.tr("&Recent:"))
        self.recent_label.setBuddy(self.recent)
        form.addRow(self.recent_label, self.recent)
        has_recent = self.recent.count() > 1
        self.recent.setVisible(has_recent)
        self.recent_label.setVisible(has_recent)

        self.host = QLineEdit()
        self.host.setPlaceholderText("localhost")
        self.port = QLineEdit()
        self.port.setPlaceholderText("5432")
        self.port.setValidator(QIntValidator(1, 65535, self.port))
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.user.setPlaceholderText(_login_name())
        self.service = QLineEdit()
        self.service.setPlaceholderText(self.tr("optional"))
        self.service.setToolTip(
            self.tr(
                "A name from your PostgreSQL service file (~/.pg_service.conf or PGSERVICEFILE), "
                "which may hold every other setting."
            )
        )
        self.options = QLineEdit()
        self.options.setPlaceholderText("sslmode=verify-full connect_timeout=5")
        self.options.setToolTip(self.tr("Other libpq settings, as name=value separated by spaces."))
        for label, field in (
            (self.tr("&Server:"), self.host),
            (self.tr("&Port:"), self.port),
            (self.tr("&Database:"), self.database),
            (self.tr("&User:"), self.user),
            (self.tr("Ser&vice:"), self.service),
            (self.tr("Ot&her settings:"), self.options),
        ):
            form.addRow(label, field)
            field.textChanged.connect(self._edited)
        layout.addLayout(form)

        password = QLabel(
            self.tr(
                "No password is asked for or kept here. PostgreSQL finds it in your ~/.pgpass "
                "file (one line: server:port:database:user:password), in a service file, or "
                "in PGPASSWORD."
            )
        )
        password.setWordWrap(True)
        password.setObjectName("passwordNote")
        layout.addWidget(password)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setObjectName("teamStatus")
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox()
        self.test_button = QPushButton(self.tr("&Test Connection"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setDefault(True)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.test_button.clicked.connect(self.test_connection)
        self.open_button.clicked.connect(self.open_database)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()  # Test Connection apart, on the left: it opens nothing
        row.addWidget(self.test_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self._busy = False
        self._task: Any = None
        if has_recent:
            self.fill_from(recent_team_databases()[0])
        self._edited()

    # --- the fields -------------------------------------------------------------------------

    def _recent_chosen(self, index: int) -> None:
        url = self.recent.itemData(index)
        if url:
            self.fill_from(str(url))

    def fill_from(self, url: str) -> None:
        """Put the parts of *url* (an address from the recent list) into the fields."""
        from custjournal.store import team

        try:
            parts = team.connection_parts(url)
        except UserError:
            return
        self.host.setText(parts.pop("host", ""))
        self.port.setText(parts.pop("port", ""))
        self.database.setText(parts.pop("dbname", ""))
        self.user.setText(parts.pop("user", ""))
        self.service.setText(parts.pop("service", ""))
        parts.pop("password", None)
        self.options.setText(" ".join(f"{k}={_quoted(v)}" for k, v in sorted(parts.items())))

    def _edited(self) -> None:
        ready = bool(self.database.text().strip() or self.service.text().strip())
        self.test_button.setEnabled(ready and not self._busy)
        self.open_button.setEnabled(ready and not self._busy)

    def url(self) -> str:
        """The address the fields make (no password); UserError for a field that can't be."""
        from custjournal.store import team

        return team.url_from_fields(
            host=self.host.text().strip(),
            port=self.port.text().strip(),
            dbname=self.database.text().strip(),
            user=self.user.text().strip(),
            service=self.service.text().strip(),
            options=self.options.text().strip(),
        )

    # --- talking to the server, in the worker -------------------------------------------

    def _say(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: palette(link);" if not problem else "color: #b3261e;")

    def _start(self, work: Callable[[str], Any], done: Callable[[str, Any], None]) -> None:
        try:
            url = self.url()
        except UserError as exc:
            self._say(app_sentence(exc), problem=True)
            self.tested.emit(exc)
            return
        self._busy = True
        self._edited()
        self._say(self.tr("Connecting to {server}…").format(server=_server_words(url)))

        def failed(exc: UserError) -> None:
            self._busy = False
            self._edited()
            self._say(app_sentence(exc), problem=True)
            self.tested.emit(exc)

        self._task = self.controller.run_task(
            lambda _report: work(url), lambda answer: done(url, answer), failed
        )

    def test_connection(self) -> None:
        """Connect and look at what the database holds, changing nothing."""
        from custjournal.store import team

        def done(url: str, found: str) -> None:
            self._busy = False
            self._edited()
            self._say(self._found_words(url, found))
            self.tested.emit(found)

        self._start(team.probe, done)

    def _found_words(self, url: str, found: str) -> str:
        from custjournal.store import team

        where = _server_words(url)
        if found == team.EMPTY:
            return self.tr(
                "Connected to {where}. It holds no journal yet: opening it sets one up."
            ).format(where=where)
        if found == team.OLDER:
            return self.tr(
                "Connected to {where}. Its journal was set up by an earlier version: opening it "
                "upgrades it."
            ).format(where=where)
        return self.tr("Connected to {where}. Its journal is ready to open.").format(where=where)

    def open_database(self) -> None:
        """Open it (creating or upgrading the schema when due) in the worker; once it opened,
        remember it and hand its address on (`opened`)."""

        def work(url: str) -> str:
            from custjournal.store import team

            journal = team.open_team(url)
            journal.close()
            return str(journal.target.public)

        def done(_url: str, public: str) -> None:
            self._busy = False
            remember(public)
            self.opened.emit(public)
            self.accept()

        self._start(work, done)

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()
        super().reject()


def _quoted(value: str) -> str:
    if value and not any(c.isspace() or c in "'\\" for c in value):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name known: no placeholder
        return ""


def _server_words(url: str) -> str:
    from custjournal.store import team

    try:
        target = team.Target(url)
    except UserError:
        return url
    return QCoreApplication.translate("TeamDialog", "{database} on {server}").format(
        database=target.dbname or target.user, server=target.where
    )


# --- opening ------------------------------------------------------------------------------


def open_in_new_window(url: str) -> None:
    """Start another app window on the team database at *url* (one journal per window)."""
    from custjournal.gui.launch import own_command

    subprocess.Popen([*own_command(), "--journal", url], start_new_session=True)


def open_at_start(
    url: str,
    open_window: Callable[[str], tuple[Any, Any, Any]],
    ask: Callable[[str], bool] | None = None,
) -> tuple[Any, Any, Any] | None:
    """`open_window(url)` for the app started on a team database; when it can't be opened, the
    sentence in a box with Try Again and Quit (a file's ways out, restore or another file, mean
    nothing here). Returns what open_window returned, or None when the user quit."""
    ask = ask or _ask_again
    while True:
        try:
            opened = open_window(url)
        except UserError as exc:
            if not ask(app_sentence(exc)):
                return None
            continue
        remember(url)
        return opened


def _ask_again(sentence: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        APP_TITLE,
        QCoreApplication.translate("TeamDialog", "The team database can't be opened."),
    )
    box.setInformativeText(sentence)
    again = box.addButton(
        QCoreApplication.translate("TeamDialog", "&Try Again"), QMessageBox.ButtonRole.AcceptRole
    )
    quit_button = box.addButton(
        QCoreApplication.translate("TeamDialog", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(again)
    box.setEscapeButton(quit_button)
    box.exec()
    return box.clickedButton() is again
