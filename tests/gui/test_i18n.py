"""The app in German: Settings > Language, the translators at start, plurals, the locale's
numbers and dates in the app.

Each test that switches the language puts English and the test machine's locale back after
(the `german` fixture), as the rest of the suite expects them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from custjournal import ops
from custjournal.gui import i18n
from custjournal.gui.controller import JournalController
from custjournal.gui.dates import format_money
from custjournal.gui.i18n import Words
from custjournal.gui.main_window import MainWindow
from custjournal.gui.settings_dialog import SettingsDialog
from custjournal.store.journal import open_journal


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)
    i18n.install_translators(qapp, QLocale(QLocale.Language.English))


@pytest.fixture
def german(qapp: QApplication, restore_language: None) -> QLocale:
    """The app as it starts with Settings > Language on Deutsch."""
    i18n.save_language("de")
    return i18n.install(qapp)


def _window(qtbot, journal_path) -> MainWindow:
    window = MainWindow(JournalController(open_journal(journal_path)))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.show()
    return window


def test_the_app_started_in_german_shows_german_menus_and_today(
    qtbot, journal, journal_path, clock, german
):
    clock.day = dt.date(2026, 12, 1)  # a Tuesday
    ada = ops.add_customer(journal, "Ada Lovelace", stage="connection").id
    ops.add_promise(
        journal, ada, "Send the brochure", due=dt.date(2026, 11, 28), today=dt.date(2026, 11, 1)
    )
    ops.add_customer(journal, "Grace Hopper", stage="prospecting")
    window = _window(qtbot, journal_path)
    try:
        # "Opening the journal…" in German is gone once the journal is read.
        assert window.statusBar().currentMessage() == ""
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:5] == ["&Datei", "&Bearbeiten", "&Kunde", "&Ansicht", "&Hilfe"]
        window.show_today()
        today = window.today_view
        qtbot.waitUntil(lambda: today.model.rowCount() > 0, timeout=10_000)
        assert today.title.accessibleName() == "Heute — Dienstag, 1. Dezember"
        assert today.subtitle.text() == "1 Eintrag braucht Ihre Aufmerksamkeit, davon 1 Versprechen"
        assert today.act_snooze.text() == "Zurückstellen"
        headers = [today.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
        assert headers == ["Kunde", "Grund", "Fällig", "Stufe"]
        assert window.count_label.text() == "2 Kunden"
        assert window.stage_filter.itemText(1) == "Akquise"
    finally:
        window.controller.close()


def test_the_language_chosen_in_settings_is_kept_for_the_next_start(
    qtbot, controller, restore_language
):
    assert i18n.saved_language() == "system"
    dialog = SettingsDialog(controller, None)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert [dialog.language.itemText(i) for i in range(3)] == ["System", "English", "Deutsch"]
    assert not dialog.language_note.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    # Menus and windows are built in one language: the dialog says when the new one shows.
    assert dialog.language_note.isVisible()
    assert "next start" in dialog.language_note.text()
    qtbot.keyClick(dialog.currency, Qt.Key.Key_Return)
    assert dialog.result_value is not None
    assert QSettings().value("language") == "de"
    assert i18n.saved_language() == "de"
    assert i18n.install(QApplication.instance()).language() == QLocale.Language.German


def test_plurals_in_english_and_german(qapp, restore_language):
    i18n.install(qapp, "en")
    assert Words.tr("%Ln customer(s)", "", 1) == "1 customer"
    assert Words.tr("%Ln customer(s)", "", 2) == "2 customers"
    assert Words.tr("%n item(s) need your attention today", "", 1) == (
        "1 item needs your attention today"
    )
    i18n.install(qapp, "de")
    assert Words.tr("%Ln customer(s)", "", 1) == "1 Kunde"
    assert Words.tr("%Ln customer(s)", "", 10000) == "10.000 Kunden"
    assert Words.tr("in %n d", "", 12) == "in 12 T."


def test_money_and_dates_follow_the_language(qapp, restore_language):
    from custjournal.gui.dates import format_date

    i18n.install(qapp, "de")
    assert format_money(123450, "EUR") == "1.234,50 EUR"
    assert format_date(dt.date(2026, 12, 9)) == "09.12.26"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert format_money(123450, "EUR") == "1,234.50 EUR"


def test_a_language_without_a_translation_gets_the_english_plurals(qapp, restore_language):
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    i18n.install_translators(qapp, QLocale())
    assert Words.tr("%Ln customer(s)", "", 2) == "2 customers"


def _demo_due_items(journal, day: dt.date):
    from custjournal.demo.generator import fill
    from custjournal.store.due import due_items

    fill(journal, customers=60, seed=3, today=day)
    with journal.read() as session:
        return due_items(session, day)


def test_each_due_sentence_reads_back_word_for_word_in_english(qapp, journal):
    """The app says the domain's sentences again (gui/due_words.py); in English it must say
    exactly what the domain wrote, for every kind of item a realistic journal has."""
    from custjournal.gui.due_words import detail_text

    day = dt.date(2026, 12, 1)
    items = _demo_due_items(journal, day)
    assert {i.reason for i in items} >= {"neglected", "promise", "date"}
    for item in items:
        assert detail_text(item.detail, item.due, day) == item.detail


def test_due_sentences_in_german(qapp, journal, restore_language):
    from custjournal.gui.due_words import cadence_text, detail_text

    i18n.install(qapp, "de")
    day = dt.date(2026, 12, 1)
    items = _demo_due_items(journal, day)
    shown = [detail_text(i.detail, i.due, day) for i in items]
    english = ("No contact", "Never contacted", "Promise ", "Important date", "No purchase")
    assert not [s for s in shown if s.startswith(english)]
    assert cadence_text("Connection cadence: 21 days") == "Kontaktrhythmus Bindung: 21 Tage"
    # The day of an important date by its German name, not the English one.
    assert (
        detail_text(
            "Important date in 3 days (4 December): Anniversary", day + dt.timedelta(3), day
        )
        == "Wichtiges Datum in 3 Tagen (4. Dezember): Anniversary"
    )
    assert (
        detail_text("No contact for 1 day — own cadence: 14 days", day, day)
        == "Seit 1 Tag kein Kontakt — eigener Kontaktrhythmus: 14 Tage"
    )


def test_english_on_a_german_system_writes_dates_and_money_the_german_way(qapp, restore_language):
    """English chosen in Settings on a German desktop: the words English, the dates and
    amounts as the system writes them (day before month, decimal comma), not the US's 12/9/26
    that a German reads as 12 September."""
    from custjournal.gui.dates import field_date_format, format_date

    QLocale.setDefault(i18n.locale_for("en", QLocale("de_DE")))
    assert format_date(dt.date(2026, 12, 9)) == "09/12/2026"
    assert format_money(123450, "EUR") == "1.234,50 EUR"
    assert field_date_format() == "dd/MM/yyyy"
    # Where English has no locale of the system's country, one that writes dates in the same
    # order with the same marks: Brazil's 09/12/2026 and 1.234,50; China's year first.
    QLocale.setDefault(i18n.locale_for("en", QLocale("pt_BR")))
    assert (format_date(dt.date(2026, 12, 9)), format_money(123450, "EUR")) == (
        "09/12/2026",
        "1.234,50 EUR",
    )
    QLocale.setDefault(i18n.locale_for("en", QLocale("zh_CN")))
    assert format_date(dt.date(2026, 12, 9)) == "2026-12-09"
    # The system's own language keeps the system's locale; German on a Swiss desktop is Swiss.
    assert i18n.locale_for("en", QLocale("en_GB")).name() == "en_GB"
    assert i18n.locale_for("de", QLocale("en_CH")).name() == "de_CH"
    assert i18n.locale_for("en", QLocale.c()).name() == "en_US"  # no preference at all


@pytest.mark.parametrize(
    ("env", "language"),
    [({"LANG": "de_DE.UTF-8"}, "en"), ({"LANG": "de_DE.UTF-8", "LANGUAGE": "en"}, "system")],
)
def test_an_english_app_on_a_german_desktop_as_it_starts(tmp_path, env, language):
    """The app started for real on a German desktop, English chosen in Settings or by the
    desktop's LANGUAGE: English words, German dates and numbers."""
    import os
    import subprocess
    import sys

    script = (
        "import datetime as dt\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from custjournal.gui import i18n\n"
        "from custjournal.gui.dates import format_date, format_money\n"
        "from custjournal.gui.i18n import Words\n"
        "app = QApplication([])\n"
        f"i18n.install(app, {language!r})\n"
        "print(format_date(dt.date(2026, 12, 9)), format_money(123450, 'EUR'), sep='|', end='|')\n"
        "print(Words.tr('%Ln customer(s)', '', 2))\n"
    )
    run_env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    run_env.update(env, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-c", script], env=run_env, capture_output=True, text=True, check=True
    ).stdout.strip()
    day, money, words = out.split("|")
    assert day.startswith("09") and "12" in day and "26" in day  # 9 December, not 12 September
    assert money == "1.234,50 EUR"
    assert words == "2 customers"


def test_the_keyboard_shortcuts_name_keys_as_the_platform_does_in_german(
    qtbot, journal_path, german
):
    """Help > Keyboard Shortcuts in German: the keys the lists handle themselves are named as
    Qt names them on this platform in German ("Pos1, Ende", "Strg+A", "Entf"), like the
    actions' own keys ("Strg+F"), never the English "Home, End"."""
    window = _window(qtbot, journal_path)
    try:
        groups = {place: dict(keys) for place, keys in window.shortcut_groups()}
        in_list = groups["In the customer list"]
        assert in_list["Pos1, Ende"] == "Den ersten oder letzten Kunden auswählen und öffnen"
        assert "Strg+A" in in_list and "Umschalt+Klick, Strg+Klick" in in_list
        assert "Entf" in groups["On a customer's page"]
        every_key = [k for keys in groups.values() for k in keys]
        assert not [k for k in every_key if "Ctrl" in k or "Home" in k or "Delete" in k]
    finally:
        window.close()
