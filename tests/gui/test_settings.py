"""Edit > Settings: cadences and currency saved in the journal, notifications per user."""

from __future__ import annotations

from PySide6.QtCore import Qt

from custjournal.gui.settings_dialog import SettingsDialog
from custjournal.gui.tray import TrayController
from custjournal.store import settings


def test_cadence_and_currency_are_saved_in_the_journal(qtbot, controller):
    tray = TrayController(use_tray=False)
    dialog = SettingsDialog(controller, tray)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    spin = dialog.spins["connection"]
    assert spin.value() == 21
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "30")
    dialog.currency.selectAll()
    qtbot.keyClicks(dialog.currency, "usd")
    dialog.notify.setChecked(False)
    qtbot.keyClick(dialog.currency, Qt.Key.Key_Return)
    assert dialog.result_value is not None
    with controller.journal.read() as session:
        assert settings.cadences(session)["connection"] == 30
        assert settings.currency(session) == "USD"
    assert tray.enabled is False


def test_a_bad_currency_is_shown_next_to_the_field_and_nothing_is_saved(qtbot, controller):
    dialog = SettingsDialog(controller, None)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.currency.selectAll()
    qtbot.keyClicks(dialog.currency, "E1")
    dialog.spins["loyalty"].setValue(60)
    qtbot.keyClick(dialog.currency, Qt.Key.Key_Return)
    assert dialog.result_value is None and dialog.isVisible()
    assert "three letters" in dialog.error_text("currency")
    with controller.journal.read() as session:
        assert settings.cadences(session)["loyalty"] == 45
