"""Edit > Settings: cadences and currency saved in the journal, notifications per user."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from custjournal import ops
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


def _question(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def _journal_currency(controller) -> str:
    with controller.journal.read() as session:
        return settings.currency(session)


def test_a_new_currency_says_what_stays_in_the_old_one_and_no_is_the_default(qtbot, controller):
    ops.set_currency(controller.journal, "EUR")
    ada = ops.add_customer(controller.journal, "Ada Lovelace").id
    ops.add_purchase(controller.journal, ada, 12000)
    ops.add_purchase(controller.journal, ada, 3000)
    ops.add_gift(controller.journal, ada, "Tea", cost_minor=9957)
    dialog = SettingsDialog(controller, None)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.currency.selectAll()
    qtbot.keyClicks(dialog.currency, "jpy")
    qtbot.keyClick(dialog.currency, Qt.Key.Key_Return)

    box = _question(qtbot)
    # The two counts joined the locale's way ("2 purchases and 1 gift", or with a comma).
    assert box.text().startswith("2 purchases") and "1 gift with a cost are in EUR" in box.text()
    assert box.text().endswith(
        ": they will no longer count toward value, tiers or the cost of gifts in JPY."
    )
    assert box.informativeText() == "Change the journal's currency from EUR to JPY?"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: don't change
    assert dialog.isVisible() and dialog.result_value is None
    assert dialog.currency.text() == "jpy"  # what was typed stays, to think again
    assert _journal_currency(controller) == "EUR"

    qtbot.keyClick(dialog.currency, Qt.Key.Key_Return)
    box = _question(qtbot)
    with qtbot.waitSignal(box.finished):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert dialog.result_value is not None and not dialog.isVisible()
    assert _journal_currency(controller) == "JPY"


def test_saving_other_settings_asks_nothing(qtbot, controller):
    ops.set_currency(controller.journal, "EUR")
    ada = ops.add_customer(controller.journal, "Ada Lovelace").id
    ops.add_purchase(controller.journal, ada, 12000)
    dialog = SettingsDialog(controller, None)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.spins["loyalty"].setValue(60)
    qtbot.keyClick(dialog.currency, Qt.Key.Key_Return)
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)
    assert dialog.result_value is not None
    with controller.journal.read() as session:
        assert settings.cadences(session)["loyalty"] == 60
