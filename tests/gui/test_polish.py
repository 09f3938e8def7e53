"""What a new user's trial of the app found (issue 14, "What else the trial found"), each driven
as a person would: the window keeps its size, notes show, search says why, sentences read right,
dates follow the locale, settings say what they mean."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from custjournal import ops
from custjournal.gui.quick_log import QuickLogDialog

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.mark.parametrize(("letters", "phrase"), [("e", "an email"), ("ev", "an event")])
def test_the_app_says_logged_an_email(qtbot, controller, keyboard, letters, phrase):
    ada = ops.add_customer(controller.journal, "Ada Lovelace").id
    dialog = QuickLogDialog(controller, ada)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.channel.setFocus()
    keyboard.type(letters)
    dialog.summary.setFocus()
    keyboard.type("Samples")
    with qtbot.waitSignal(controller.message) as said:
        keyboard.press(Qt.Key.Key_Return, CTRL)
    assert said.args[0].startswith(f"Logged {phrase} with Ada Lovelace")
