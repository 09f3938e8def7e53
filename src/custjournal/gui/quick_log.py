"""Quick log (Ctrl+L from anywhere): a conversation logged in seconds, without the mouse.

The dialog opens on one line that understands what a person types after a call
(domain/quickline.py, grammar in docs/quick-log.md), with a preview of what will be saved:

    Ada: loved the samples; pain: slow shipping; why: you answer fast; promised a quote by Friday

then Ctrl+Enter (or Enter). The line fills the structured fields below it, for those who prefer
them: Tab from the line to the customer (a few letters of name or company, any word, case and
accents ignored), Enter to the summary, and so on. Delights and pain points go one per line; a
promise and its due date are optional. A name that matches nobody is offered as a new customer,
keeping everything typed. Everything is written by one `ops.log_conversation` call, so the
conversation and all it holds land together or not at all.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from custjournal import ops
from custjournal.domain import quickline
from custjournal.domain.errors import UserError
from custjournal.domain.matching import Candidate, parse_id
from custjournal.domain.text import fold
from custjournal.domain.values import clean_optional
from custjournal.gui import i18n
from custjournal.gui.controller import JournalController
from custjournal.gui.dates import format_number
from custjournal.gui.dialogs import CHANNEL_LABELS
from custjournal.gui.forms import (
    DateField,
    FormDialog,
    fill_combo,
    hint_label,
    lines,
    multi_line,
    select_data,
    to_qdate,
)
from custjournal.gui.sentences import say

__all__ = ["CustomerMatcher", "CustomerPicker", "QuickLogDialog"]

MAX_SHOWN = 200  # completion rows; nobody scrolls further, and 10,000 would slow each keystroke


class CustomerMatcher:
    """Finds customers by what a user types: the rules of domain/matching.py, widened a little.

    As there, case and accents are folded, an exact full name wins and a query matches a name it
    is a prefix of. Beyond that, each typed word may start any word of the name *or the company*
    ("ada eng" finds Ada Lovelace of Analytical Engines), because in a completion list the
    company is what tells two Adas apart. `#12` / `id:12` name a customer by id.
    """

    def __init__(self, candidates: list[Candidate]) -> None:
        self.candidates = sorted(candidates, key=lambda c: (fold(c.name), c.id))
        names = [fold(c.name) for c in self.candidates]
        seen: dict[str, int] = {}
        for c in self.candidates:
            base = self._base_label(c)
            seen[base] = seen.get(base, 0) + 1
        # Labels are unique, so a label picked from the list names one customer.
        self._labels = {
            c.id: self._base_label(c) + (f" (#{c.id})" if seen[self._base_label(c)] > 1 else "")
            for c in self.candidates
        }
        self._by_label = {fold(label): cid for cid, label in self._labels.items()}
        self._by_id = {c.id: c for c in self.candidates}
        self._index = [
            (c, " ".join(name.split()), (name + " " + fold(c.company or "")).split())
            for c, name in zip(self.candidates, names, strict=True)
        ]

    @staticmethod
    def _base_label(c: Candidate) -> str:
        return f"{c.name} — {c.company}" if c.company else c.name

    def label(self, customer_id: int) -> str:
        return self._labels[customer_id]

    def get(self, customer_id: int) -> Candidate | None:
        return self._by_id.get(customer_id)

    def find(self, query: str) -> list[Candidate]:
        """Every customer *query* could mean, those whose name starts with it first."""
        text = query.strip()
        if not text:
            return []
        try:
            wanted = parse_id(text)
        except UserError:
            return []
        if wanted is not None:
            found = self._by_id.get(wanted)
            return [found] if found else []
        by_label = self._by_label.get(fold(text))
        if by_label is not None:
            return [self._by_id[by_label]]
        q = " ".join(fold(text).split())
        exact = [c for c, name, _words in self._index if name == q]
        if exact:
            return exact
        parts = q.split()
        starts, others = [], []
        for c, name, words in self._index:
            if name.startswith(q):
                starts.append(c)
            elif all(any(w.startswith(p) for w in words) for p in parts):
                others.append(c)
        return starts + others

    def explain(self, query: str, found: list[Candidate]) -> str:
        """A sentence for a query that names no one customer."""
        if not query.strip():
            return QCoreApplication.translate(
                "CustomerMatcher", "Type a few letters of the customer's name or company."
            )
        if not found:
            return QCoreApplication.translate(
                "CustomerMatcher",
                "No customer matches '{query}': check the spelling, or add them first.",
            ).format(query=query.strip())
        shown = "; ".join(self.label(c.id) for c in found[:4])
        if len(found) > 4:
            shown = QCoreApplication.translate("CustomerMatcher", "{shown} and {more} more").format(
                shown=shown, more=len(found) - 4
            )
        return QCoreApplication.translate(
            "CustomerMatcher",
            "'{query}' matches {count} customers: {shown}. "
            "Type more, or pick one from the list with the arrow keys.",
        ).format(query=query.strip(), count=format_number(len(found)), shown=shown)


class CustomerPicker(QLineEdit):
    """A line edit that completes customers; Enter (or Tab) on a single match picks it.

    Tab moves on in the form's order; Enter moves to `enter_goes_to` when set (the quick log's
    summary: Enter on the channel list would swallow the letters typed next)."""

    picked = Signal(int)  # the customer id, when a single customer is chosen
    status_changed = Signal(str)  # what the current text means, for the hint under the field

    def __init__(self, matcher: CustomerMatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matcher = matcher
        self.enter_goes_to: QWidget | None = None
        self.setPlaceholderText(self.tr("name or company; #12 for an id"))
        self.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        # The completer is driven by hand (setWidget, not setCompleter) so that it shows our own
        # folded, any-word matches and never rewrites the text while the user moves through it.
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setWidget(self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(8)
        # activated is overloaded (text or index): [str] picks the text; the stubs miss overloads.
        self.completer_.activated[str].connect(self._activated)  # type: ignore[index]
        self.textEdited.connect(self._refresh)
        self.textChanged.connect(self._announce)

    def found(self) -> list[Candidate]:
        return self.matcher.find(self.text())

    def customer_id(self) -> int | None:
        """The one customer the text names, or None."""
        found = self.found()
        return found[0].id if len(found) == 1 else None

    def set_customer(self, customer_id: int) -> None:
        self.setText(self.matcher.label(customer_id))

    def unknown_name(self) -> str | None:
        """The text, when it is a name (not an id) that matches no customer: a new customer."""
        text = " ".join(self.text().split())
        try:
            if not text or parse_id(text) is not None:
                return None
        except UserError:
            return None
        return None if self.found() else text

    def resolve(self) -> int:
        """The customer id, or a UserError (field 'customer') saying why there is none."""
        found = self.found()
        if len(found) == 1:
            return found[0].id
        raise UserError(self.matcher.explain(self.text(), found), field="customer")

    def pick(self) -> bool:
        """Settle the text on the single match, if there is one."""
        customer_id = self.customer_id()
        if customer_id is None:
            return False
        label = self.matcher.label(customer_id)
        if self.text() != label:
            self.setText(label)
        self._popup().hide()
        self.picked.emit(customer_id)
        return True

    def _popup(self) -> QAbstractItemView:
        popup = self.completer_.popup()
        assert popup is not None  # a completer always has its list
        return popup

    def _refresh(self, text: str) -> None:
        found = self.matcher.find(text)
        self._model.setStringList([self.matcher.label(c.id) for c in found[:MAX_SHOWN]])
        exact = len(found) == 1 and self.matcher.label(found[0].id) == text
        if found and not exact:
            self.completer_.complete()
        else:
            self._popup().hide()

    def _activated(self, label: str) -> None:
        self.setText(label)
        self.pick()

    def _announce(self) -> None:
        found = self.found()
        if len(found) == 1:
            c = found[0]
            if self.text() == self.matcher.label(c.id):
                self.status_changed.emit("")  # picked: the field itself says who
            else:  # say whom the letters typed so far will log for
                who = f"{c.name}, {c.company}" if c.company else c.name
                self.status_changed.emit(
                    self.tr("✓ {who} (#{id}): Enter or Tab to pick.").format(who=who, id=c.id)
                )
        elif not self.text().strip():
            self.status_changed.emit("")
        elif found:
            self.status_changed.emit(
                self.tr("{found} customers match: type more, or press ↓.").format(found=len(found))
            )
        else:
            self.status_changed.emit("No customer matches.")

    def _take_highlighted(self) -> None:
        """Close the completion list, keeping the row the user moved to with the arrows."""
        popup = self._popup()
        if popup.isVisible():
            index = popup.currentIndex()
            popup.hide()
            if index.isValid():
                self.setText(index.data())

    def event(self, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Tab never reaches keyPressEvent: it moves the focus in QWidget.event. Tabbing out of
        # the list takes the highlighted row, as Enter does (focusOutEvent then settles it).
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
        ):
            self._take_highlighted()
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        # Enter chooses the customer and moves on; it never saves a half-filled log. We handle
        # it whether or not the list is open (the completer hands us its keys first), so that
        # a single match is picked even when no row was highlighted.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            self._take_highlighted()
            if self.pick():
                if self.enter_goes_to is not None:
                    self.enter_goes_to.setFocus(Qt.FocusReason.TabFocusReason)
                else:
                    self.focusNextChild()
                return
            dialog = self.window()
            if isinstance(dialog, FormDialog):
                try:
                    self.resolve()
                except UserError as exc:
                    dialog.show_error(exc)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        # Leaving the field on a unique match settles it, so the user sees whom they picked.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.pick()
        super().focusOutEvent(event)


class _UnknownCustomer(Exception):
    """Saving found a customer name that matches nobody: offer to add them."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def locale_order(locale: QLocale | None = None) -> str:
    """How the user's locale orders a numeric date: "mdy" (month first, as en_US or ja_JP)
    or "dmy" (day first, most of the world), for domain/datewords.py."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat).casefold()
    return "mdy" if 0 <= fmt.find("m") < fmt.find("d") else "dmy"


def locale_day(day: dt.date) -> str:
    """A day as the user's locale writes it, with its weekday: "Friday, 4 December 2026"."""
    return QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)


class QuickLogDialog(FormDialog[ops.Result]):
    """Log a conversation: one line read as you type it, or the fields it fills — customer,
    channel, date, summary, what delights and what hurts, why they buy, and a promise with its
    due date. Ctrl+Enter saves from any field."""

    def __init__(
        self,
        controller: JournalController,
        customer_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            controller, self.tr("Quick log"), "log", parent, heading=self.tr("Log a conversation")
        )
        self.matcher = CustomerMatcher(controller.candidates())
        self.order = locale_order()
        self._line_used = False  # once the line has filled the fields, it keeps them in step
        self._new_customer_box: QMessageBox | None = None

        self.line = QLineEdit()
        self.line.setPlaceholderText(
            self.tr("Ada: loved the samples; pain: slow shipping; promised a quote by Friday")
        )
        self.line.setToolTip(
            self.tr(
                "Customer, a colon, then parts separated by ';' — pain: …, pain BeanCo: …, why: …,\n"
                "loved …, promised … by Friday, yesterday, meeting. Anything else is the summary.\n"
                "The fields below are filled from the line. Ctrl+Enter saves."
            )
        )
        self.add_row(self.tr("&In one line:"), self.line, "line")
        self.preview = QLabel()
        self.preview.setObjectName("quickPreview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("What will be saved"))
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setMargin(6)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.insertRow(self.form.rowCount() - 1, "", self.preview)
        self.preview.hide()

        self.customer = CustomerPicker(self.matcher)
        self.add_row(self.tr("&Customer:"), self.customer, "customer")
        self.customer_hint = hint_label()
        self.customer.status_changed.connect(self._show_customer_status)
        # The hint row goes right under the field, above the red error row add_row made.
        row = self.form.rowCount() - 1
        self.form.insertRow(row, "", self.customer_hint)
        self.customer_hint.hide()

        self.channel = QComboBox()
        fill_combo(
            self.channel, ((i18n.word(label), value) for value, label in CHANNEL_LABELS.items())
        )
        self.channel.setToolTip(
            self.tr("Type the first letters to choose: m for Meeting, mes for Message.")
        )
        self.add_row(self.tr("C&hannel:"), self.channel, "channel")
        self.date = DateField(controller.today)
        self.add_row(self.tr("&Date:"), self.date, "conversation date", "date")
        self.summary = multi_line(3)
        self.summary.setPlaceholderText(self.tr("What was it about?"))
        self.add_row(self.tr("S&ummary:"), self.summary, "summary")
        self.customer.enter_goes_to = self.summary
        # What they told us, one item per line, side by side so each is one Tab away.
        lists = QWidget()
        grid = QGridLayout(lists)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.delights = multi_line(3)
        self.pains_us = multi_line(3)
        self.pains_competitor = multi_line(3)
        columns = (
            (self.tr("De&lights"), self.delights, ("delight",), self.tr("one per line")),
            (self.tr("&Pains with us"), self.pains_us, ("pain point",), self.tr("one per line")),
            (
                self.tr("Pains with a c&ompetitor"),
                self.pains_competitor,
                ("pain point side",),
                self.tr("one per line"),
            ),
        )
        for column, (text, edit, fields, placeholder) in enumerate(columns):
            label = QLabel(text)
            label.setBuddy(edit)
            edit.setPlaceholderText(placeholder)
            error = self._error_label()
            grid.addWidget(label, 0, column)
            grid.addWidget(edit, 1, column)
            grid.addWidget(error, 2, column)
            grid.setColumnStretch(column, 1)
            self.add_error_slot(edit, error, *fields)
        self.form.addRow(lists)

        self.why_buy = QLineEdit()
        self.why_buy.setPlaceholderText(self.tr("why they buy, in their own words"))
        self.add_row(self.tr("&Reason for buying:"), self.why_buy, "why buy", "why_buy")
        self.promise = QLineEdit()
        self.promise.setPlaceholderText(self.tr("what we promised, if anything"))
        self.add_row(self.tr("Pro&mise:"), self.promise, "promise")
        self.due = DateField(controller.today, optional=True)
        self.add_row(self.tr("Du&e:"), self.due, "due date")

        self.set_first_field(self.line)  # the line first, whether or not the customer is known
        if customer_id is not None:
            self.customer.set_customer(customer_id)  # a line without "Name:" logs for them
        self.finish_layout()
        self.setMinimumWidth(680)
        self.line.textChanged.connect(self._from_line)
        self.customer.textChanged.connect(self._show_preview)
        # "No customer matches 'Zyxwv Nobody'" is about the name it was said of: once the
        # name changes (typed in the field or in the line), it no longer applies.
        self.customer.textChanged.connect(lambda _text: self.clear_error("customer"))

    # --- the one line ---------------------------------------------------------------------------

    def parsed(self) -> quickline.QuickLine:
        return quickline.parse(self.line.text(), today=self.controller.today(), order=self.order)

    def _from_line(self) -> None:
        """Fill the fields from the line as it is typed; they stay editable."""
        q = self.parsed()
        if q.is_empty() and not self._line_used:
            self.preview.hide()
            return
        self._line_used = True
        if q.customer is not None and q.customer != self.customer.text():
            self.customer.setText(q.customer)
        select_data(self.channel, q.channel or "call")
        self.date.set_date(q.on or self.controller.today())
        self.summary.setPlainText(q.summary or "")
        self.delights.setPlainText("\n".join(q.delights))
        self.pains_us.setPlainText("\n".join(p.text for p in q.pains if p.with_whom == "us"))
        self.pains_competitor.setPlainText(
            "\n".join(p.text for p in q.pains if p.with_whom == "competitor")
        )
        self.why_buy.setText(q.why_buy or "")
        self.promise.setText(q.promise or "")
        self.due.set_date(q.promise_due)
        self._show_preview()

    def _who(self) -> str:
        text = self.customer.text().strip()
        found = self.customer.found()
        if len(found) == 1:
            c = found[0]
            return f"{c.name}, {c.company} (#{c.id})" if c.company else f"{c.name} (#{c.id})"
        if not text:
            if self.parsed().customer:  # the line names one, and the field was emptied since
                return self.tr("(not given: type the name in the Customer field)")
            return self.tr("(not given: start the line with the name and a colon)")
        if found:
            return self.tr("'{text}' matches {count} customers: type more of the name").format(
                text=text, count=format_number(len(found))
            )
        if self.customer.unknown_name():
            return self.tr("'{text}', a new customer: saving offers to add them").format(text=text)
        return self.tr("'{text}' is nobody in the journal").format(text=text)

    def _show_preview(self) -> None:
        if not self._line_used or not self.line.text().strip():
            self.preview.hide()
            return
        q = self.parsed()
        rows = quickline.preview_rows(
            q, customer=self._who(), on=self.controller.today(), format_day=locale_day
        )
        self.preview.setText("\n".join(f"{say(what)}: {say(value)}" for what, value in rows))
        self.preview.show()
        # The form gives a wrapped label the height of its first layout, not of its wrapped
        # lines: the refusal of a due date that names no day lost its last line.
        if self.preview.width() > 0:
            self.preview.setMinimumHeight(self.preview.heightForWidth(self.preview.width()))

    def _show_customer_status(self, text: str) -> None:
        if self._line_used and self.line.text().strip():
            text = ""  # the preview under the line says whom the line names
        self.customer_hint.setText(text)
        self.customer_hint.setToolTip(text)
        self.customer_hint.setVisible(bool(text))

    def show_error(self, exc: UserError) -> None:
        if exc.field == "customer":
            self.customer_hint.hide()  # the red sentence says it in full
        super().show_error(exc)

    # --- saving -------------------------------------------------------------------------------

    def accept(self) -> None:
        try:
            super().accept()
        except _UnknownCustomer as exc:
            self._offer_new_customer(exc.name)

    def _offer_new_customer(self, name: str) -> None:
        """Ask whether to add *name*; yes adds them and saves, no keeps everything as typed."""
        if self._new_customer_box is not None:
            return  # asked already
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Quick log"),
            self.tr("No customer is called '{name}'. Add {name} as a new customer?").format(
                name=name
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(self.tr("The conversation is then logged for them."))
        add = box.addButton(
            self.tr("&Add {name}").format(name=name), QMessageBox.ButtonRole.AcceptRole
        )
        keep = box.addButton(self.tr("&Keep Editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(add)  # Ctrl+Enter was meant: Enter again confirms
        box.setEscapeButton(keep)
        self._new_customer_box = box

        # The box stays the dialog's child until the dialog goes: deleting it from its own
        # finished signal (deleteLater) crashed the app after a button's letter was pressed.
        def answered() -> None:
            self._new_customer_box = None
            if box.clickedButton() is add:
                self._add_customer_and_save(name)
            else:
                self.show_error(UserError(self.matcher.explain(name, []), field="customer"))

        box.finished.connect(answered)
        box.open()

    def _add_customer_and_save(self, name: str) -> None:
        try:
            result = self.controller.apply(ops.add_customer, name)
        except UserError as exc:
            self.show_error(UserError(exc.message, field="customer"))
            return
        self.matcher = CustomerMatcher(self.controller.candidates())
        self.customer.matcher = self.matcher
        assert result.id is not None
        self.customer.set_customer(result.id)
        self.accept()

    def _customer_id(self) -> int:
        name = self.customer.unknown_name()
        if name is not None:
            raise _UnknownCustomer(name)
        return self.customer.resolve()

    def save(self) -> ops.Result:
        day = self.date.date(what="conversation date", allow_future=False)
        pains = [ops.PainInput(t, "us") for t in lines(self.pains_us.toPlainText())]
        pains += [
            ops.PainInput(t, "competitor") for t in lines(self.pains_competitor.toPlainText())
        ]
        promise = clean_optional(self.promise.text())
        due = self.due.date(what="due date")
        if due is None and self._line_used and self.line.text().strip():
            # "promised a call by 2026-02-30": the preview says why; nothing is saved until
            # the line (or the Due field) gives a day that exists.
            problem = quickline.due_problem(self.parsed())
            if problem is not None:
                raise UserError(problem, field="line")
        # Before the customer: an unknown name may add one, and nothing may be written for a
        # log that is then refused. The rule and its sentence are ops'.
        ops.check_promise_due(promise, due)
        # Last, once every other field is good: an unknown name may add a customer.
        customer_id = self._customer_id()
        return self.controller.apply(
            ops.log_conversation,
            customer_id,
            on=day,
            channel=self.channel.currentData(),
            summary=clean_optional(self.summary.toPlainText()),
            delights=lines(self.delights.toPlainText()),
            pains=pains,
            why_buy=clean_optional(self.why_buy.text()),
            promise=promise,
            promise_due=due,
            today=self.controller.today(),
        )
