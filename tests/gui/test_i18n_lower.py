"""Sentences made below gui/ (domain, ops, store, interop), as the German app says them.

Each kind of sentence reaches the user in German: an error in a message box, what an action
did in the status bar and the Undo menu, a health reason, an insights sentence and the brief;
dates, counts and money in them are written the German way. The command line stays English
(tests/cli/test_english_sentences.py).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from custjournal import ops
from custjournal.domain import insights as di
from custjournal.domain.i18n import Message, OpsText
from custjournal.gui import i18n
from custjournal.gui.brief_view import BriefView
from custjournal.gui.controller import JournalController
from custjournal.gui.health_bars import HealthBars
from custjournal.gui.main_window import MainWindow
from custjournal.gui.sentences import say
from custjournal.store.journal import open_journal

DAY = dt.date(2026, 12, 1)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[QLocale]:
    """The app as it starts with Settings > Language on Deutsch; English again after."""
    before = QLocale()
    i18n.save_language("de")
    yield i18n.install(qapp)
    i18n.save_language("system")
    QLocale.setDefault(before)
    i18n.install_translators(qapp, QLocale(QLocale.Language.English))


def _window(qtbot, journal_path) -> MainWindow:
    window = MainWindow(JournalController(open_journal(journal_path)))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.show()
    return window


def test_a_message_is_english_as_a_str_and_german_in_the_app(qapp, german):
    said = OpsText.tr("Saved {name}.", name="Ada Lovelace")
    assert isinstance(said, Message) and said == "Saved Ada Lovelace."
    assert say(said) == "Ada Lovelace gespeichert."
    assert say("plain English stays") == "plain English stays"


def test_an_error_from_the_journal_shows_in_german(
    qtbot, journal, journal_path, clock, german, monkeypatch
):
    clock.day = DAY
    ada = ops.add_customer(journal, "Ada Lovelace").id
    promise = ops.add_promise(journal, ada, "Send the brochure", today=DAY).id
    window = _window(qtbot, journal_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    try:
        ops.delete_entry(journal, "promise", promise)  # gone meanwhile (another window)
        window.controller.delete("promise", promise, "Send the brochure")
        assert shown == ["Diesen Eintrag (Versprechen) gibt es nicht mehr."]
    finally:
        window.controller.close()


def test_a_log_says_what_it_did_in_german_in_the_status_bar_and_undo(
    qtbot, journal, journal_path, clock, german
):
    clock.day = DAY
    ada = ops.add_customer(journal, "Ada Lovelace").id
    window = _window(qtbot, journal_path)
    try:
        window.controller.apply(
            ops.log_conversation, ada, channel="call", summary="Pricing", on=DAY, today=DAY
        )
        assert window.statusBar().currentMessage() == "Anruf mit Ada Lovelace am 01.12.26 erfasst."
        stack = window.controller.undo_stack
        assert stack.undoText() == "Anruf mit Ada Lovelace am 01.12.26 erfasst"
        window.controller.apply(ops.add_purchase, ada, 123450, on=DAY, today=DAY)
        currency = window.controller.currency()
        assert window.statusBar().currentMessage() == (
            f"Ada Lovelace hat für 1.234,50 {currency} gekauft."
        )
    finally:
        window.controller.close()


def test_a_health_reason_and_next_step_in_german(qtbot, controller, clock, german):
    clock.day = DAY
    ada = ops.add_customer(controller.journal, "Ada Lovelace", today=DAY - dt.timedelta(days=5))
    health = controller.health(ada.id)
    bars = HealthBars()
    qtbot.addWidget(bars)
    bars.show_health(health)
    knowledge = bars.labels["knowledge"].toolTip()
    assert knowledge == "Noch nicht genug für eine Aussage: noch nichts erfahren, in 0 Gesprächen."
    assert bars.next_step.text().startswith("Nächster Schritt: ")
    assert "Sie" in bars.next_step.text() and "the" not in bars.next_step.text().split()


def test_an_insights_sentence_in_german(qtbot, controller, clock, german):
    clock.day = DAY
    for i, amount in enumerate((90000, 5000, 3000, 2000)):
        c = ops.add_customer(controller.journal, f"Customer {i}").id
        ops.add_purchase(controller.journal, c, amount, on=DAY, today=DAY)
    arrived = []
    controller.insights(di.Segment.parse("all"), lambda result: arrived.append(result))
    qtbot.waitUntil(lambda: bool(arrived), timeout=10_000)
    _result, _names, sections = arrived[0]
    best = next(s for s in sections if s.key == "best_customers")
    assert best.sentence == (
        "Ihr bester Kunde (25% der Käufer) bringt 90% des Werts der letzten 12 Monate."
    )


def test_the_brief_in_german(qtbot, controller, clock, german):
    clock.day = DAY
    ada = ops.add_customer(controller.journal, "Ada Lovelace", today=DAY).id
    ops.add_promise(
        controller.journal, ada, "Send the brochure", due=DAY - dt.timedelta(days=3), today=DAY
    )
    view = BriefView(controller)
    qtbot.addWidget(view)
    view.show_customer(ada)
    text = view.browser.toPlainText()
    assert "Gesprächspunkte" in text
    assert "Überfälliges Versprechen (fällig am 28.11.26, vor 3 Tagen): Send the brochure" in text
    assert "Briefing vom 01.12.26 · Kunde #" in text
    assert "Phase" in text and "Letzter Kontakt" in text
    assert "Talking points" not in text and "Overdue" not in text


def test_the_quick_log_preview_in_german(qtbot, controller, clock, german, keyboard):
    from PySide6.QtCore import QDate

    from custjournal.gui.quick_log import QuickLogDialog

    clock.day = dt.date(2026, 11, 30)  # a Monday
    ops.add_customer(controller.journal, "Grace Hopper", company="Navy")
    dialog = QuickLogDialog(controller, None)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitExposed(dialog):
        pass
    keyboard.type("Grace: compiler order; pain BeanCo: burnt beans; promised the manual in 3 days")
    friday = QLocale().toString(QDate(2026, 12, 3), QLocale.FormatType.LongFormat)
    today = QLocale().toString(QDate(2026, 11, 30), QLocale.FormatType.LongFormat)
    assert dialog.preview.text().splitlines() == [
        "Kunde: Grace Hopper, Navy (#1)",
        f"Gespräch: Anruf, {today}",
        "Zusammenfassung: compiler order",
        "Schmerzpunkt: BeanCo: burnt beans (bei einem Wettbewerber)",
        f"Versprechen: the manual, fällig am {friday}",
    ]
    assert today == "Montag, 30. November 2026"


def test_a_journal_that_cannot_be_opened_is_said_in_german(qtbot, tmp_path, german):
    """The start-up box for a file that is SQLite but no journal: its sentence in German."""
    from custjournal.gui import launch, startup

    other = tmp_path / "notes.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE note (body TEXT)")
    con.commit()
    con.close()
    asked: list[startup.OpenProblem] = []

    def quit_(problem: startup.OpenProblem) -> tuple[str, None]:
        asked.append(problem)
        return startup.QUIT, None

    assert startup.open_with_recovery(other, launch.open_window, ask=quit_) is None
    said = (
        f"{other} ist eine SQLite-Datei, aber kein Customer Journal (ihr fehlen die Tabellen "
        "des Journals): Wählen Sie eine andere Datei. Die Datei blieb unverändert."
    )
    assert asked[0].message == said
    box = startup.OpenProblemBox(asked[0])
    qtbot.addWidget(box)
    assert box.informativeText().startswith(said)


def test_amount_file_and_customer_errors_in_german(qapp, tmp_path, german):
    from custjournal.domain import matching
    from custjournal.domain.errors import UserError
    from custjournal.domain.values import parse_amount
    from custjournal.interop import csvio

    with pytest.raises(UserError) as amount:
        parse_amount("1,230")
    assert str(amount.value.message).startswith("'1,230' can be read two ways: 1230 if the comma")
    assert say(amount.value.message) == (
        "„1,230“ lässt sich auf zwei Arten lesen: 1230, wenn das Komma die Tausender trennt, "
        "oder 1.23, wenn es sich um das Dezimalzeichen handelt: Schreiben Sie 1230 oder 1.23."
    )
    with pytest.raises(UserError) as missing:
        csvio.read_file(tmp_path / "contacts.csv")
    assert say(missing.value.message) == (
        f"Unter {tmp_path / 'contacts.csv'} gibt es keine CSV-Datei: Prüfen Sie den Pfad."
    )
    with pytest.raises(UserError) as nobody:
        matching.resolve("Zed", [])
    assert say(nobody.value.message) == "Kein Kunde passt zu „Zed“."


def test_an_import_note_is_said_in_german(qapp, german):
    from custjournal.gui.sentences import app_sentence
    from custjournal.interop import csvio

    contacts = csvio.read_csv(b"Name,Shoe size\nAda,38\n", name="c.csv")
    assert contacts.warnings == ["Columns left out: 'Shoe size'."]  # English as ever
    assert app_sentence(contacts.warnings[0]).startswith("Ausgelassene Spalten: 'Shoe size'.")


def test_a_team_database_that_cannot_be_reached_is_said_in_german(qapp, german):
    """The team dialog's sentences (store/team.py): the address read field by field, and a
    server that does not answer, with the database named in German too."""
    pytest.importorskip("psycopg")
    from custjournal.domain.errors import UserError
    from custjournal.store import team

    with pytest.raises(UserError) as port:
        team.url_from_fields(
            host="db.example", port="abc", dbname="sales", user="", service="", options=""
        )
    assert (
        str(port.value.message) == "The port abc is not a number: PostgreSQL's usual port is 5432."
    )
    assert say(port.value.message) == (
        "Der Port abc ist keine Zahl: Der übliche Port von PostgreSQL ist 5432."
    )
    target = team.Target("postgresql://ada@db.example:5433/sales")
    assert target.name == "the team database sales on db.example:5433"  # English as ever
    unreachable = target.connect_error(OSError("connection refused"))
    assert say(unreachable.message) == (
        "Der PostgreSQL-Server auf db.example:5433 ist nicht erreichbar: Prüfen Sie, ob er "
        "läuft und die Adresse stimmt, oder fragen Sie den Administrator des Servers."
    )
    assert say(team.Target("postgresql://db.example/sales").Name) == (
        "Die Teamdatenbank sales auf db.example"
    )


def test_the_lists_words_for_no_contact_yet_and_archived_are_german(
    qtbot, journal, journal_path, german
):
    from custjournal.gui.customer_model import DUE, LAST

    ops.add_customer(journal, "Ada Lovelace")
    gone = ops.add_customer(journal, "Grace Hopper").id
    assert gone is not None
    ops.set_archived_many(journal, [gone], True)
    window = _window(qtbot, journal_path)
    window.model.set_filters(show_archived=True)
    model = window.model
    cells = {
        (model.index(row, 0).data(), col): model.index(row, col).data()
        for row in range(model.rowCount())
        for col in (LAST, DUE)
    }
    assert cells[("Ada Lovelace", LAST)] == "nie"
    assert cells[("Grace Hopper", DUE)] == "archiviert"


def test_the_briefs_note_on_other_currencies_in_german(qtbot, controller, clock, german):
    # Purchases in currencies other than the journal's are left out of value, and the brief
    # says so in the app's language, its counts and amounts written the German way.
    clock.day = DAY
    ada = ops.add_customer(controller.journal, "Ada Lovelace", today=DAY).id
    ops.add_purchase(controller.journal, ada, 123456, on=DAY, currency="USD", today=DAY)
    for _ in range(2):
        ops.add_purchase(controller.journal, ada, 5000, on=DAY, currency="JPY", today=DAY)
    view = BriefView(controller)
    qtbot.addWidget(view)
    view.show_customer(ada)
    text = " ".join(view.browser.toPlainText().split())
    assert (
        "Nicht im Wert enthalten: 2 Käufe in JPY (100 JPY) und 1 Kauf in USD "
        "(1.234,56 USD), nicht in der Währung des Journals (EUR)."
    ) in text, text
    assert "Left out of value" not in text
