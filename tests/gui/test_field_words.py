"""The date field says the format it takes, in the locale's way and the app's language, and
takes the words it names: German "TT.MM.JJJJ", "heute", "gestern"; US English "M/D/YYYY".

Each test that switches the language puts English and the test machine's locale back after.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from custjournal.domain.errors import UserError
from custjournal.gui import i18n
from custjournal.gui.forms import DateField

TODAY = dt.date(2026, 12, 2)


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)
    i18n.install_translators(qapp, QLocale(QLocale.Language.English))


def _field(qtbot, **kwargs) -> DateField:
    field = DateField(lambda: TODAY, **kwargs)
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    return field


def _type(qtbot, field: DateField, text: str) -> None:
    field.selectAll()
    qtbot.keyClicks(field, text)
    field.editingFinished.emit()  # as when the user tabs on


def test_a_german_date_field_names_its_format_and_takes_german_words(qtbot, qapp, restore_language):
    i18n.install(qapp, "de")
    field = _field(qtbot, optional=False)
    field.clear()
    assert field.placeholderText() == "TT.MM.JJJJ"
    tip = field.toolTip()
    assert "TT.MM.JJJJ" in tip and "31.12.2026" in tip
    assert "„heute“" in tip and "„gestern“" in tip
    assert "today" not in tip and "YYYY" not in tip
    _type(qtbot, field, "gestern")
    assert field.text() == "01.12.2026"
    assert field.date() == dt.date(2026, 12, 1)
    _type(qtbot, field, "Heute")
    assert field.text() == "02.12.2026"
    _type(qtbot, field, "morgen")
    assert field.date() == dt.date(2026, 12, 3)
    _type(qtbot, field, "yesterday")  # the command line's word still works
    assert field.text() == "01.12.2026"
    _type(qtbot, field, "32.12.2026")
    with pytest.raises(UserError) as refused:
        field.date(what="due date")
    assert refused.value.message == (
        "„32.12.2026“ ist kein gültiges Datum (Fälligkeitsdatum): Schreiben Sie es als "
        "TT.MM.JJJJ (zum Beispiel 31.12.2026) oder „heute“ bzw. „morgen“."
    )
    field.clear()
    with pytest.raises(UserError) as refused:
        field.date(what="date", allow_future=False)
    assert "TT.MM.JJJJ" in refused.value.message and "„gestern“" in refused.value.message


def test_a_us_english_date_field_names_its_format(qtbot, qapp, restore_language):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    field = _field(qtbot, optional=False)
    field.clear()
    assert field.placeholderText() == "M/D/YYYY"
    assert "M/D/YYYY (for example 12/31/2026) or YYYY-MM-DD, or 'today' or 'yesterday'" in (
        field.toolTip()
    )
    _type(qtbot, field, "gestern")  # not a word of this language: refused, kept as typed
    assert field.text() == "gestern"
    with pytest.raises(UserError) as refused:
        field.date(what="date")
    assert refused.value.message == (
        "'gestern' is not a valid date: write it as M/D/YYYY (for example 12/31/2026), "
        "or 'today' or 'tomorrow'."
    )


def test_without_a_locale_preference_the_field_names_iso(qtbot, restore_language):
    QLocale.setDefault(QLocale.c())
    field = _field(qtbot, optional=True)
    assert field.placeholderText() == "optional"
    assert field.toolTip().startswith(
        "Type a date as YYYY-MM-DD (for example 2026-12-31), or 'today' or 'yesterday'."
    )
    qtbot.keyClicks(field, "yesterday")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    field.editingFinished.emit()
    assert field.text() == "2026-12-01"
