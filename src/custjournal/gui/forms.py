"""Shared pieces of the app's forms: the date and money fields, and the dialog base class.

Every dialog that writes to the journal follows one pattern (see `FormDialog`): the user types,
Save (Enter, or Ctrl+Enter from anywhere, even inside a multi-line field) parses the values with
the domain parsers and calls one ops function through the controller. A `UserError` is shown in
red right under the field it concerns (its `.field` names the field), that field gets the focus,
the dialog stays open and nothing was written. Only a successful save closes the dialog.

Dates are typed, not picked: a `DateField` is a line edit that takes the locale's way of writing a
date (`14.03.2026`), what the command line takes (`2026-03-14`, `today`, `yesterday`) and the
app's language's words for those (`heute`, `gestern`), steps a day with Up/Down and a month with
Page Up/Down, and opens a calendar with Alt+Down or its button for those who want one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from custjournal.domain.currencies import decimals
from custjournal.domain.errors import UserError
from custjournal.domain.i18n import field_word
from custjournal.domain.values import parse_date
from custjournal.gui import theme
from custjournal.gui.controller import JournalController
from custjournal.gui.dates import (
    date_word,
    field_date_pattern,
    field_date_text,
    format_amount,
    parse_date_word,
    parse_field_date,
    short_year_date,
)
from custjournal.gui.sentences import app_sentence, say

# --- small helpers ---------------------------------------------------------------------------


def lines(text: str) -> list[str]:
    """The non-blank lines of a one-item-per-line field, stripped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def customer_name(controller: JournalController, customer_id: int) -> str:
    """The customer's name for a dialog title; a short primary-key read."""
    return controller.customer_name(customer_id)


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, str]]) -> None:
    """(label, value) pairs: the label is shown, the value (the vocabulary word) is kept."""
    for label, value in items:
        combo.addItem(label, value)


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def multi_line(lines_shown: int = 3) -> QPlainTextEdit:
    """A multi-line field where Tab moves on (a tab character is never what a user wants here)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    metrics = edit.fontMetrics()
    margins = edit.contentsMargins()
    frame = 2 * edit.frameWidth() + margins.top() + margins.bottom()
    # document margin (4 px each side by default) plus the lines themselves
    edit.setFixedHeight(metrics.lineSpacing() * lines_shown + frame + 10)
    return edit


def hint_label() -> QLabel:
    """A grey one-line note under a field; a long one is cut rather than widen the dialog."""
    label = QLabel()
    label.setObjectName("hint")  # grey in both appearances (resources/styles)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


# --- the date field ---------------------------------------------------------------------------


def to_qdate(day: dt.date) -> QDate:
    """*day* as a QDate (PySide6 converts a date itself, but its type stubs don't say so)."""
    return QDate(day.year, day.month, day.day)


def from_qdate(qdate: QDate) -> dt.date:
    """*qdate* as a date (QDate.toPython is typed as returning object)."""
    return dt.date(qdate.year(), qdate.month(), qdate.day())


def read_field_date(
    text: str, today: dt.date, *, what: str = "date", allow_future: bool = True
) -> dt.date:
    """The date *text* gives as a date field takes it: in the locale's way ("02.12.2026"), in
    ISO, or a word ("today", "gestern"); raises UserError(field=what) with the ways it takes,
    in the app's language, if it is none of them."""
    typed = parse_field_date(text) or parse_date_word(text, today)
    shown = text.strip()
    if typed is None and not _iso_date(shown):
        pattern = field_date_pattern()
        example = field_date_text(dt.date(2026, 12, 31))
        word = date_word(1 if allow_future else -1)
        name = say(field_word(what))
        if not shown:
            message = QCoreApplication.translate(
                "DateField",
                "The {what} can't be empty: write it as {pattern}, or '{today}' or '{word}'.",
            )
        elif short_year_date(shown):
            example = field_date_text(today)
            message = QCoreApplication.translate(
                "DateField", "Write the year of '{text}' in full, as in {example}."
            )
        else:
            message = QCoreApplication.translate(
                "DateField",
                "'{text}' is not a valid {what}: write it as {pattern} (for example {example}), "
                "or '{today}' or '{word}'.",
            )
        if len(shown) > 40:  # not a pasted page back
            shown = shown[:40] + "…"
        raise UserError(
            message.format(
                what=name,
                text=shown,
                pattern=pattern,
                example=example,
                today=date_word(0),
                word=word,
            ),
            field=what,
        )
    return parse_date(
        typed.isoformat() if typed else shown,
        today=today,
        what=what,
        allow_future=allow_future,
    )


def _iso_date(text: str) -> bool:
    try:
        return len(text) == 10 and bool(dt.date.fromisoformat(text))
    except ValueError:
        return False


class DateField(QLineEdit):
    """A typed date: the locale's way, ISO, `today` or `yesterday` (and the app's language's
    words for them); Up/Down step a day, Page Up/Down a month.

    Typing is the fastest way to give a date by keyboard: "yesterday", or a date copied from an
    email, is one action, where a QDateEdit wants each section stepped or typed in turn and can't
    be left empty. The words are the command line's, so the two read alike. A calendar pops up
    from the field's button or Alt+Down for those who prefer to pick.
    """

    def __init__(
        self,
        today: Callable[[], dt.date],
        *,
        value: dt.date | None = None,
        optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.optional = optional
        self._calendar: tuple[QMenu, QCalendarWidget] | None = None
        pattern = field_date_pattern()
        self.setPlaceholderText(self.tr("optional") if optional else pattern)
        example = field_date_text(dt.date(2026, 12, 31))
        words = {"today": date_word(0), "yesterday": date_word(-1)}
        self.setToolTip(
            self.tr(
                "Type a date as {pattern} (for example {example}), or '{today}' or '{yesterday}'.\n"
                "Up/Down: a day earlier or later; Page Up/Down: a month.\n"
                "Alt+Down: pick from a calendar."
            ).format(pattern=pattern, example=example, **words)
            if example == "2026-12-31"
            else self.tr(
                "Type a date as {pattern} (for example {example}) or YYYY-MM-DD, "
                "or '{today}' or '{yesterday}'.\n"
                "Up/Down: a day earlier or later; Page Up/Down: a month.\n"
                "Alt+Down: pick from a calendar."
            ).format(pattern=pattern, example=example, **words)
        )
        self.set_date(value if value is not None or optional else today())
        self._calendar_action = QAction(theme.icon("today"), self.tr("Pick from a calendar"), self)
        self._calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self._calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        # "today" becomes the date it means once the user moves on, so they see what they gave.
        self.editingFinished.connect(self._normalize)
        # Wide enough for "yesterday" or a date and the button, but no wider: it reads as a date.
        width = self.fontMetrics().horizontalAdvance("0000-00-00 yesterday") + 40
        self.setMinimumWidth(width)
        self.setMaximumWidth(width)

    def set_date(self, value: dt.date | None) -> None:
        """Shown in the locale's way ("02.12.2026", "12/2/2026"), as the rest of the app shows
        dates; typed that way, in ISO, or as 'today' or 'yesterday' (see read_field_date)."""
        self.setText(field_date_text(value) if value else "")

    def is_blank(self) -> bool:
        return not self.text().strip()

    def date(self, *, what: str = "date", allow_future: bool = True) -> dt.date | None:
        """The date typed (None if blank and optional); raises UserError(field=what) if not."""
        if self.is_blank() and self.optional:
            return None
        return read_field_date(self.text(), self._today(), what=what, allow_future=allow_future)

    def _current_or_today(self) -> dt.date:
        try:
            return self.date() or self._today()
        except UserError:
            return self._today()

    def _normalize(self) -> None:
        """ "today", or an ISO date, becomes the date it means in the locale's way once the
        user moves on, so they see what they gave; what is not a date stays as typed."""
        if self.is_blank():
            return
        try:
            day = self.date()
        except UserError:
            return
        if day is not None and self.text() != field_date_text(day):
            self.set_date(day)

    def _step(self, *, days: int = 0, months: int = 0) -> None:
        if not self.is_blank():
            try:
                self.date()
            except UserError:  # not a date yet: stepping from today would replace what was typed
                QApplication.beep()
                return
        qdate = to_qdate(self._current_or_today()).addDays(days).addMonths(months)
        self.set_date(from_qdate(qdate))
        self.selectAll()  # so typing right after stepping replaces the date

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_Down and alt or key == Qt.Key.Key_F4:
            self.show_calendar()
        elif key == Qt.Key.Key_Up and not alt:
            self._step(days=1)
        elif key == Qt.Key.Key_Down:
            self._step(days=-1)
        elif key == Qt.Key.Key_PageUp:
            self._step(months=1)
        elif key == Qt.Key.Key_PageDown:
            self._step(months=-1)
        else:
            super().keyPressEvent(event)

    def show_calendar(self) -> None:
        """Pop up a calendar under the field; Enter or a click takes the day, Esc leaves it."""
        if self._calendar is None:  # made once and kept: a popup per press would pile up
            menu = QMenu(self)
            calendar = QCalendarWidget(menu)
            calendar.setGridVisible(False)
            calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            # Inside a menu the calendar gets its size hint, which leaves the sixth week cut off.
            hint = calendar.sizeHint()
            calendar.setMinimumSize(hint.width() + 20, hint.height() + 40)
            action = QWidgetAction(menu)
            action.setDefaultWidget(calendar)
            menu.addAction(action)
            calendar.activated.connect(self._picked)  # Enter or double-click
            calendar.clicked.connect(self._picked)
            self._calendar = (menu, calendar)
        menu, calendar = self._calendar
        calendar.setSelectedDate(to_qdate(self._current_or_today()))
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.setFocus()

    def _picked(self, qdate: QDate) -> None:
        self.set_date(from_qdate(qdate))
        if self._calendar is not None:
            self._calendar[0].close()
        self.setFocus()


def money_example(currency: str | None) -> str:
    """An amount in *currency* to show as an example, the locale's way: "99.50" (German
    "99,50"); in a currency without decimals (yen) a whole one, "7,004" (German "7.004")."""
    return format_amount(700400 if decimals(currency) == 0 else 9950, currency)


def money_field(currency: str | None = None) -> QLineEdit:
    """An amount typed as text and parsed exactly (Decimal), never through a float spin box;
    its placeholder a zero as *currency* is written ("0.00", German "0,00", yen "0")."""
    edit = QLineEdit()
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    edit.setPlaceholderText(format_amount(0, currency))
    width = edit.fontMetrics().horizontalAdvance("000,000,000.00") + 24
    edit.setMinimumWidth(width)
    edit.setMaximumWidth(width)
    return edit


# --- the dialog base class ---------------------------------------------------------------------


def _mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Set the `invalid` property a style sheet can frame in red (`*[invalid="true"]`)."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def unbreakable(message: str) -> str:
    """The message with no line break inside '2026-03-14', 'MM-DD' or 'no-show' when wrapped.

    A word joiner (U+2060) either side of such a hyphen: invisible, and it forbids a break.
    """
    return re.sub(r"(?<=\w)-(?=\w)", "\u2060-\u2060", message)


class _Slot:
    """One field's place for an error: the widget to focus and the red label under it."""

    def __init__(self, widget: QWidget, label: QLabel) -> None:
        self.widget = widget
        self.label = label
        self.message = ""


def _is_input(widget: QWidget) -> bool:
    """A field the user fills (not the line edit inside a combo or spin box, nor a calendar's)."""
    if isinstance(widget, QLineEdit):
        return not isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox)
    if isinstance(widget, QAbstractButton):
        return widget.isCheckable()
    return isinstance(widget, QPlainTextEdit | QComboBox | QAbstractSpinBox)


def _value_of(field: QWidget) -> object:
    """What *field* holds, comparable and put back with `_set_value`."""
    if isinstance(field, QLineEdit):
        return field.text()
    if isinstance(field, QPlainTextEdit):
        return field.toPlainText()
    if isinstance(field, QComboBox):
        return field.currentText() if field.isEditable() else field.currentIndex()
    if isinstance(field, QAbstractSpinBox):
        return field.property("value")
    if isinstance(field, QAbstractButton):
        return field.isChecked()
    return None


def _set_value(field: QWidget, value: object) -> None:
    if isinstance(field, QLineEdit):
        field.setText(str(value))
    elif isinstance(field, QPlainTextEdit):
        field.setPlainText(str(value))
    elif isinstance(field, QComboBox):
        if field.isEditable():
            field.setEditText(str(value))
        else:
            field.setCurrentIndex(int(str(value)))
    elif isinstance(field, QAbstractSpinBox):
        field.setProperty("value", value)
    elif isinstance(field, QAbstractButton):
        field.setChecked(bool(value))


def _shown_text(field: QWidget) -> str:
    """What *field* shows, as a user would read it out (one line)."""
    if isinstance(field, QAbstractButton):
        return (
            QCoreApplication.translate("FormDialog", "ticked")
            if field.isChecked()
            else QCoreApplication.translate("FormDialog", "not ticked")
        )
    if isinstance(field, QAbstractSpinBox):
        return field.text()
    text = str(_value_of(field)) if not isinstance(field, QComboBox) else field.currentText()
    return " ".join(text.split())


# What a dialog's save() gives back: an ops.Result for the dialogs that write, or what the user
# chose (a column mapping, a backup file) for the dialogs that only ask.
T = TypeVar("T")


class FormDialog(QDialog, Generic[T]):
    """A dialog that saves through ops: field rows, inline errors, Save/Cancel, Ctrl+Enter.

    Subclasses build their rows with `add_row` (or `add_error_slot` for fields laid out by hand)
    and implement `save()`, which parses, calls `self.controller.apply(...)` and returns the
    ops.Result (or, for a dialog that only asks, what was chosen: `FormDialog[T]` with
    `save() -> T`). `accept()` runs it: on UserError the message goes under the field and the dialog
    stays open; on success `result_value` holds the Result, `saved` is emitted and it closes.
    """

    saved = Signal(object)  # what a successful save returned (its T, mostly an ops.Result)

    def __init__(
        self,
        controller: JournalController,
        title: str,
        icon_name: str,
        parent: QWidget | None = None,
        *,
        heading: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.result_value: T | None = None
        self._slots: dict[str, _Slot] = {}
        self._first_field: QWidget | None = None
        self._as_opened: dict[QWidget, object] = {}
        self._discard_box: QMessageBox | None = None
        # Saved by someone else meanwhile (see `take_saved_meanwhile`): what each field showed
        # as saved, and the fields whose saved value differs from what the user typed.
        self._shown_saved: list[object] = []
        self._disputed: dict[QWidget, tuple[object, object]] = {}  # field: (mine, theirs)
        self._meanwhile_hints: dict[QWidget, QLabel] = {}
        self.setWindowTitle(title)
        self.setWindowIcon(theme.icon(icon_name))
        self.setModal(True)

        outer = QVBoxLayout(self)
        outer.setSpacing(10)
        outer.setContentsMargins(18, 16, 18, 14)
        header = QHBoxLayout()
        header.setSpacing(10)
        badge = QLabel()
        badge.setPixmap(theme.icon(icon_name).pixmap(24, 24))
        header.addWidget(badge)
        self.heading = QLabel(heading or title)
        self.heading.setObjectName("dialogHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        header.addWidget(self.heading, 1)
        outer.addLayout(header)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        outer.addLayout(self.form)
        self.body = outer  # subclasses may add more below the form

        # A problem that belongs to no field (the customer was erased meanwhile, ...).
        self.general_error = self._error_label()
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self._buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save (Enter, or Ctrl+Enter from any field)"))
        self.save_button.setDefault(True)
        self.cancel_button = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        # Shown once someone else saved a field the user changed too: swaps the two versions.
        self.theirs_button = self._buttons.addButton(
            self.tr("Use Their &Version"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.theirs_button.setToolTip(
            self.tr("Put what the other person saved into the fields you both changed")
        )
        self.theirs_button.hide()
        self.theirs_button.clicked.connect(self._swap_versions)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        # Enter in a multi-line field is a new line, so Ctrl+Enter saves from anywhere.
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.accept)

    def finish_layout(self) -> None:
        """Add the error line and buttons after the subclass's rows; focus the first field."""
        self.body.addWidget(self.general_error)
        self.body.addSpacing(4)
        self.body.addWidget(self._buttons)
        if self._first_field is not None:
            self._first_field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.adjustSize()
        self._as_opened = self._field_values()
        self._shown_saved = [_value_of(field) for field in self.input_fields()]

    # --- closing without saving --------------------------------------------------------------

    def _field_values(self) -> dict[QWidget, object]:
        """What each field holds, to tell whether the user typed anything since it opened."""
        values: dict[QWidget, object] = {}
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit):
                values[widget] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                values[widget] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                values[widget] = widget.currentIndex()
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                values[widget] = widget.isChecked()
        return values

    def has_typed_content(self) -> bool:
        now = self._field_values()
        return any(now.get(widget, value) != value for widget, value in self._as_opened.items())

    def reject(self) -> None:
        """Esc, Cancel or the window's close button: with something typed, ask first, so that
        a stray Esc never throws away a call's notes. Esc on the question keeps editing."""
        if self._discard_box is not None:
            return  # the question is on screen already
        if not self.has_typed_content():
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            self.tr("Discard what you typed?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(self.tr("Nothing has been saved yet."))
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep Editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self._discard_box = box

        # The box stays the dialog's child until the dialog goes: deleting it from its own
        # finished signal (deleteLater) crashed the app after a button's letter was pressed.
        def answered() -> None:
            self._discard_box = None
            if box.clickedButton() is discard:
                QDialog.reject(self)

        box.finished.connect(answered)
        box.open()

    # --- rows and error places ---------------------------------------------------------------

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setObjectName("fieldError")  # red in both appearances (resources/styles)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    def add_row(
        self, text: str, widget: QWidget, *fields: str, focus: QWidget | None = None
    ) -> QLabel:
        """A labelled row (text carries the &mnemonic) with an error line under it.

        *fields* are the UserError.field names that belong to this row; *focus* is the widget
        to focus on an error when it is not *widget* itself (a widget inside a row of several).
        """
        label = QLabel(text)
        label.setBuddy(focus or widget)
        self.form.addRow(label, widget)
        error = self._error_label()
        # An error row of its own with nothing in the label column, so the field's row keeps
        # its usual alignment; a row whose widget is hidden takes no space.
        self.form.setWidget(self.form.rowCount(), QFormLayout.ItemRole.FieldRole, error)
        self.add_error_slot(focus or widget, error, *fields)
        return label

    def add_error_slot(self, widget: QWidget, label: QLabel, *fields: str) -> None:
        slot = _Slot(widget, label)
        for name in fields:
            self._slots[name] = slot
        if self._first_field is None:
            self._first_field = widget
        self._clear_on_edit(widget, label)

    def set_first_field(self, widget: QWidget) -> None:
        self._first_field = widget

    @staticmethod
    def _clear_on_edit(widget: QWidget, label: QLabel) -> None:
        """Once the user changes the field, its old complaint no longer applies."""
        signal = None
        if isinstance(widget, QLineEdit):
            signal = widget.textEdited
        elif isinstance(widget, QPlainTextEdit):
            signal = widget.textChanged
        elif isinstance(widget, QComboBox):
            signal = widget.currentTextChanged
        elif isinstance(widget, QAbstractButton):
            signal = widget.toggled
        if signal is not None:
            signal.connect(label.hide)
            signal.connect(lambda *_: _mark_invalid(widget, False))

    # --- showing errors -----------------------------------------------------------------------

    def clear_errors(self) -> None:
        for slot in self._slots.values():
            slot.label.hide()
            slot.widget.setAccessibleDescription("")
            _mark_invalid(slot.widget, False)
        self.general_error.hide()

    def clear_error(self, field: str) -> None:
        """Take back the sentence under *field* (its text changed, by the user or from
        another field): a complaint about what is no longer there misleads."""
        slot = self._slots.get(field)
        if slot is not None and not slot.label.isHidden():
            slot.label.hide()
            slot.widget.setAccessibleDescription("")
            _mark_invalid(slot.widget, False)

    def error_text(self, field: str) -> str:
        """The message shown under *field* ('' when none): what a user sees, for tests too."""
        slot = self._slots.get(field)
        if slot is None or slot.label.isHidden():
            return ""
        return slot.message

    def show_error(self, exc: UserError) -> None:
        """Put the sentence under its field and focus it; without a known field, above Save."""
        message = app_sentence(exc)
        slot = self._slots.get(exc.field or "")
        if slot is None:
            self.general_error.setText(unbreakable(message))
            self._show_wrapped(self.general_error)
            return
        slot.message = message
        slot.label.setText(unbreakable(message))
        self._show_wrapped(slot.label)
        slot.widget.setAccessibleDescription(message)  # read out by screen readers
        _mark_invalid(slot.widget, True)
        slot.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(slot.widget, QLineEdit):
            slot.widget.selectAll()

    def _show_wrapped(self, label: QLabel) -> None:
        """Show a word-wrapped sentence at the width of its column, growing the dialog down.

        Layouts size a wrapped label by a guessed width (too tall, or too wide a dialog), so
        the label is laid out first, then fixed at the height its real width needs. The
        dialog keeps its width and grows only as much as the sentence takes.
        """
        label.setMinimumHeight(0)
        label.setMaximumHeight(16777215)
        label.show()
        layout = self.layout()
        assert layout is not None  # the form's own, set in __init__
        layout.activate()  # lays the label out in its column, at its real width
        self._fit(label)
        layout.activate()
        self.resize(self.width(), max(self.height(), self.minimumSizeHint().height()))

    @staticmethod
    def _fit(label: QLabel) -> None:
        label.setFixedHeight(label.heightForWidth(max(label.width(), 80)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        # A wider or narrower dialog rewraps the sentences shown.
        for label in {slot.label for slot in self._slots.values()} | {self.general_error}:
            if label.isVisible():
                self._fit(label)

    # --- saved by someone else meanwhile --------------------------------------------------------

    def input_fields(self) -> list[QWidget]:
        """The form's fields a user types in or picks from, row by row (those inside a row of
        several widgets too)."""
        found: list[QWidget] = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is None:
                continue
            if _is_input(widget):
                found.append(widget)
            else:
                found.extend(w for w in widget.findChildren(QWidget) if _is_input(w))
        return found

    def take_saved_meanwhile(self, load_saved: Callable[[], None]) -> UserError:
        """Someone else saved what this dialog edits since it read it, and the save was refused:
        show what they saved without losing a word the user typed, and return the sentence.

        *load_saved* reads the row again and fills the fields with it. Then each field the user
        left alone shows the new value; each field the user changed keeps the user's text, and
        when the other person changed it too, what they saved is written under it and the Use
        Their Version button swaps the two. The next Save is checked against the new version.
        """
        fields = self.input_fields()
        mine = [_value_of(field) for field in fields]
        before = self._shown_saved or mine
        load_saved()
        theirs = [_value_of(field) for field in fields]
        said = [_shown_text(field) for field in fields]
        self._as_opened = self._field_values()  # what is saved now: Esc asks if mine differs
        self._shown_saved = theirs
        self._disputed.clear()
        for hint in self._meanwhile_hints.values():
            hint.hide()
        for field, typed, old, new, text in zip(fields, mine, before, theirs, said, strict=True):
            if typed == old:
                if new != old:  # only they changed it: theirs is shown, and said to be new
                    self._hint(field, self.tr("Changed by someone else meanwhile."))
                continue
            _set_value(field, typed)  # the user's own change stays in the field
            if new not in (old, typed):  # both changed it: theirs is written under it
                self._disputed[field] = (typed, new)
                shown = text if text.strip() else self.tr("(empty)")
                shown = shown if len(shown) <= 160 else shown[:159] + "…"
                self._hint(field, self.tr("Someone else saved: {value}").format(value=shown))
        self.theirs_button.setText(self.tr("Use Their &Version"))
        self.theirs_button.setVisible(bool(self._disputed))
        if self._disputed:
            return UserError(
                self.tr(
                    "Someone else saved this while you were editing, and changed what you "
                    "changed: what they saved is under those fields, your text is still in "
                    "them. Save again to keep yours, or use theirs. Nothing was saved yet."
                )
            )
        return UserError(
            self.tr(
                "Someone else saved this while you were editing: their changes are shown now, "
                "and yours are kept. Check, then Save again. Nothing was saved yet."
            )
        )

    def _hint(self, field: QWidget, text: str) -> None:
        """A grey line under *field* (made the first time it is needed)."""
        hint = self._meanwhile_hints.get(field)
        if hint is None:
            hint = hint_label()
            hint.setWordWrap(True)
            row = -1
            row_widget: QWidget | None = field  # the field, or the widget holding its row
            while row_widget is not None and row < 0:
                row = self._form_row(row_widget)
                row_widget = row_widget.parentWidget()
            if row < 0:
                self.body.insertWidget(self.body.indexOf(self.general_error), hint)
            else:
                self.form.insertRow(row + 1, "", hint)
            self._meanwhile_hints[field] = hint
        hint.setText(text)
        hint.setToolTip(text)
        hint.show()
        self.adjustSize()

    def _form_row(self, widget: QWidget) -> int:
        """The form row *widget* is in (-1: none); the stubs type the position as object."""
        position: Any = self.form.getWidgetPosition(widget)
        return int(position[0])

    def _swap_versions(self) -> None:
        """Their version into the disputed fields, or (pressed again) the user's back."""
        if not self._disputed:
            return
        to_theirs = any(_value_of(f) != theirs for f, (_m, theirs) in self._disputed.items())
        for field, (mine, theirs) in self._disputed.items():
            _set_value(field, theirs if to_theirs else mine)
        self.theirs_button.setText(
            self.tr("Use My &Version") if to_theirs else self.tr("Use Their &Version")
        )

    # --- saving ----------------------------------------------------------------------------------

    def save(self) -> T:  # pragma: no cover - every dialog overrides it
        raise NotImplementedError

    def accept(self) -> None:
        self.clear_errors()
        try:
            result = self.save()
        except UserError as exc:
            self.show_error(exc)
            return
        self.result_value = result
        self.saved.emit(result)
        super().accept()
