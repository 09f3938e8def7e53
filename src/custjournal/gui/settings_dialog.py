"""Edit > Settings: the stay-in-touch cadence of each stage and the journal's currency (both kept
in the journal, so they travel with it), and the appearance and whether the app notifies of due
items (kept per user, in the app's own settings), and the name the person's entries are written
by (custjournal/profile.py, shared with the command line).

The appearance (System, Light, Dark) shows as soon as it is chosen, so the user sees what they
pick; Save keeps it, Cancel puts the previous one back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from custjournal import ops, profile
from custjournal.domain import vocab
from custjournal.domain.changes import Change
from custjournal.domain.errors import UserError
from custjournal.gui import i18n, theme
from custjournal.gui.controller import JournalController
from custjournal.gui.forms import FormDialog
from custjournal.gui.sentences import say


class SettingsDialog(FormDialog[ops.Result]):
    def __init__(
        self,
        controller: JournalController,
        notifications: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            controller,
            self.tr("Settings"),
            "settings",
            parent,
            heading=self.tr("Stay-in-touch cadence and journal settings"),
        )
        self.notifications = notifications  # the TrayController, or None
        # The question a new currency asks before it is saved (`accept`), and its answer.
        self._currency_box: QMessageBox | None = None
        self._currency_agreed = False
        cadences = controller.cadences()
        currency = controller.currency()
        self.spins: dict[str, QSpinBox] = {}
        mnemonics = {
            "prospecting": self.tr("&Prospecting"),
            "consideration": self.tr("C&onsideration"),
            "purchase": self.tr("P&urchase"),
            "connection": self.tr("Co&nnection"),
            "loyalty": self.tr("&Loyalty"),
        }
        for stage in vocab.STAGES:
            spin = QSpinBox()
            spin.setRange(1, 3650)
            # Says what the number means: "contact every 14 days".
            spin.setPrefix(self.tr("contact every "))
            spin.setSuffix(self.tr(" days"))
            spin.setFixedWidth(
                spin.fontMetrics().horizontalAdvance(self.tr("contact every 3650 days")) + 40
            )
            spin.setValue(cadences[stage])
            spin.setToolTip(
                self.tr(
                    "Default {days} days; tier A customers get half, and a customer's own "
                    "cadence wins."
                ).format(days=vocab.DEFAULT_CADENCE[stage])
            )
            spin.setAccessibleName(
                self.tr("{stage} cadence").format(stage=i18n.word(vocab.STAGE_LABELS[stage]))
            )
            self.add_row(self.tr("{stage}:").format(stage=mnemonics[stage]), spin, "cadence")
            self.spins[stage] = spin
        self.currency = QLineEdit(currency)
        self.currency.setMaxLength(3)
        self.currency.setFixedWidth(self.currency.fontMetrics().horizontalAdvance("WWWW") + 16)
        self.currency.setToolTip(
            self.tr(
                "Three letters, such as EUR or USD. Purchases in another "
                "currency are kept, but left out of value and tiers."
            )
        )
        self.add_row(self.tr("Cu&rrency:"), self.currency, "currency")
        self.appearance = QComboBox()
        for key, label in theme.APPEARANCES.items():
            self.appearance.addItem(QCoreApplication.translate("Appearance", label), key)
        self._appearance_before = theme.saved_appearance()
        self.appearance.setCurrentIndex(self.appearance.findData(self._appearance_before))
        self.appearance.setToolTip(
            self.tr(
                "System follows the desktop; Light and Dark keep this app so whatever the desktop is."
            )
        )
        self.appearance.currentIndexChanged.connect(
            lambda _i: self._show_appearance(self.appearance.currentData())
        )
        self.add_row(self.tr("&Appearance:"), self.appearance, "appearance")
        self.language = QComboBox()
        for key in i18n.LANGUAGES:
            self.language.addItem(i18n.language_label(key), key)
        self._language_before = i18n.saved_language()
        self.language.setCurrentIndex(self.language.findData(self._language_before))
        self.language.setToolTip(self.tr("System follows the desktop's language."))
        self.add_row(self.tr("La&nguage:"), self.language, "language")
        # Windows, menus and dates are built in the language once: a new one shows at the
        # next start, and the dialog says so as soon as it is picked.
        self.language_note = QLabel(self.tr("The new language shows when you next start the app."))
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_note.setVisible(
                self.language.currentData() != self._language_before
            )
        )
        self.add_row("", self.language_note)
        # Who wrote an entry (kept per person, in their own config folder: custjournal/profile.py).
        self.display_name = QLineEdit(profile.display_name() or "")
        default = controller.journal.default_author()
        self.display_name.setPlaceholderText(
            self.tr("the database role, {role}").format(role=default)
            if default
            else self.tr("none: entries name nobody")
        )
        self.display_name.setToolTip(
            self.tr("The name your new entries are written by, shown in the timeline.")
        )
        self.add_row(self.tr("Your na&me:"), self.display_name, "display name", "name")
        self.notify = QCheckBox(self.tr("Notify me when customers come due"))
        self.notify.setChecked(bool(notifications.enabled) if notifications else True)
        self.notify.setEnabled(notifications is not None)
        self.add_row("", self.notify)
        if not controller.writable:
            # The cadences and the currency are kept in the journal, which takes no changes
            # (gui/read_only.py): shown, not editable; the rest is this computer's.
            why = say(controller.journal.refusal or "")
            for field in (*self.spins.values(), self.currency):
                field.setEnabled(False)
                field.setToolTip(why)
        self.finish_layout()

    def accept(self) -> None:
        """Save; but a new currency first says what it leaves out (the purchases in the one the
        journal has now no longer count toward value and tiers, its gift costs toward the cost
        of gifts) and asks. No, the default (and Esc), keeps the dialog open as it was."""
        if self._currency_box is not None:
            return  # the question is on screen already
        if self._currency_agreed or not self.controller.writable:
            super().accept()
            return
        try:
            change = ops.currency_change(self.controller.journal, self.currency.text())
        except UserError:
            super().accept()  # save() refuses the code and says so next to the field
            return
        if change.warning is None:
            super().accept()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Change the currency?"),
            say(change.warning),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setInformativeText(
            self.tr("Change the journal's currency from {old} to {new}?").format(
                old=change.old, new=change.new
            )
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        self._currency_box = box

        def answered() -> None:
            self._currency_box = None
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self._currency_agreed = True
                try:
                    self.accept()
                finally:
                    self._currency_agreed = False
            else:
                self.currency.setFocus()

        box.finished.connect(answered)
        box.open()

    def save(self) -> ops.Result:
        profile.save_display_name(
            self.display_name.text()
        )  # checked first: a UserError saves nothing
        if self.controller.writable:
            result = self.controller.apply(
                ops.update_settings,
                cadences={stage: spin.value() for stage, spin in self.spins.items()},
                currency=self.currency.text(),
            )
        else:  # nothing of the journal's changed (its fields are disabled)
            result = ops.Result(None, Change(), "")
        if self.notifications is not None:
            self.notifications.set_enabled(self.notify.isChecked())
        theme.save_appearance(self.appearance.currentData())
        i18n.save_language(self.language.currentData())
        return result

    def _show_appearance(self, appearance: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, appearance=appearance)

    def done(self, result: int) -> None:
        # Closed without saving (Esc, Cancel, after "Discard what you typed?"): the appearance
        # shown while choosing goes back to the one before. Not in reject(): that may only ask.
        if result != self.DialogCode.Accepted and (
            self.appearance.currentData() != self._appearance_before
        ):
            self._show_appearance(self._appearance_before)
        super().done(result)
