"""Quick log (Ctrl+L from anywhere): a conversation logged in seconds, without the mouse.

Type a few letters of the customer (name or company, any word, case and accents ignored), Tab,
first letter of the channel, Tab past today's date, the summary, and Ctrl+Enter. Delights and
pain points go one per line; a promise and its due date are optional. Everything is written by
one `ops.log_conversation` call, so the conversation and all it holds land together or not at
all.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from custjournal import ops
from custjournal.domain.errors import UserError
from custjournal.domain.matching import Candidate, parse_id
from custjournal.domain.text import fold
from custjournal.domain.values import clean_optional
from custjournal.gui.controller import JournalController
from custjournal.gui.dialogs import CHANNEL_LABELS
from custjournal.gui.forms import (
    DateField,
    FormDialog,
    fill_combo,
    hint_label,
    lines,
    multi_line,
)

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
            return "Type a few letters of the customer's name or company."
        if not found:
            return f"No customer matches '{query.strip()}': check the spelling, or add them first."
        shown = "; ".join(self.label(c.id) for c in found[:4])
        more = f" and {len(found) - 4} more" if len(found) > 4 else ""
        return (
            f"'{query.strip()}' matches {len(found)} customers: {shown}{more}. "
            "Type more, or pick one from the list with the arrow keys."
        )


class CustomerPicker(QLineEdit):
    """A line edit that completes customers; Enter (or Tab) on a single match picks it."""

    picked = Signal(int)  # the customer id, when a single customer is chosen
    status_changed = Signal(str)  # what the current text means, for the hint under the field

    def __init__(self, matcher: CustomerMatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matcher = matcher
        self.setPlaceholderText("name or company; #12 for an id")
        self.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        # The completer is driven by hand (setWidget, not setCompleter) so that it shows our own
        # folded, any-word matches and never rewrites the text while the user moves through it.
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setWidget(self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(8)
        self.completer_.activated[str].connect(self._activated)
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
        self.completer_.popup().hide()
        self.picked.emit(customer_id)
        return True

    def _refresh(self, text: str) -> None:
        found = self.matcher.find(text)
        self._model.setStringList([self.matcher.label(c.id) for c in found[:MAX_SHOWN]])
        exact = len(found) == 1 and self.matcher.label(found[0].id) == text
        if found and not exact:
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

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
                self.status_changed.emit(f"✓ {who} (#{c.id}): Enter or Tab to pick.")
        elif not self.text().strip():
            self.status_changed.emit("")
        elif found:
            self.status_changed.emit(f"{len(found)} customers match: type more, or press ↓.")
        else:
            self.status_changed.emit("No customer matches.")

    def _take_highlighted(self) -> None:
        """Close the completion list, keeping the row the user moved to with the arrows."""
        popup = self.completer_.popup()
        if popup.isVisible():
            index = popup.currentIndex()
            popup.hide()
            if index.isValid():
                self.setText(index.data())

    def event(self, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Tab never reaches keyPressEvent: it moves the focus in QWidget.event. Tabbing out of
        # the list takes the highlighted row, as Enter does (focusOutEvent then settles it).
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab:  # type: ignore[attr-defined]
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


class QuickLogDialog(FormDialog[ops.Result]):
    """Log a conversation: customer, channel, date, summary, what delights and what hurts,
    why they buy, and a promise with its due date. Ctrl+Enter saves from any field."""

    def __init__(
        self,
        controller: JournalController,
        customer_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(controller, "Quick log", "log", parent, heading="Log a conversation")
        self.matcher = CustomerMatcher(controller.candidates())

        self.customer = CustomerPicker(self.matcher)
        self.add_row("&Customer:", self.customer, "customer")
        self.customer_hint = hint_label()
        self.customer.status_changed.connect(self._show_customer_status)
        # The hint row goes right under the field, above the red error row add_row made.
        row = self.form.rowCount() - 1
        self.form.insertRow(row, "", self.customer_hint)
        self.customer_hint.hide()

        self.channel = QComboBox()
        fill_combo(self.channel, ((label, value) for value, label in CHANNEL_LABELS.items()))
        self.channel.setToolTip("Type the first letters to choose: m for Meeting, mes for Message.")
        self.add_row("C&hannel:", self.channel, "channel")
        self.date = DateField(controller.today)
        self.add_row("&Date:", self.date, "conversation date", "date")
        self.summary = multi_line(3)
        self.summary.setPlaceholderText("What was it about?")
        self.add_row("S&ummary:", self.summary, "summary")

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
            ("De&lights", self.delights, ("delight",), "one per line"),
            ("&Pains with us", self.pains_us, ("pain point",), "one per line"),
            (
                "Pains with a c&ompetitor",
                self.pains_competitor,
                ("pain point side",),
                "one per line",
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
        self.why_buy.setPlaceholderText("why they buy, in their own words")
        self.add_row("&Reason for buying:", self.why_buy, "why buy", "why_buy")
        self.promise = QLineEdit()
        self.promise.setPlaceholderText("what we promised, if anything")
        self.add_row("Pro&mise:", self.promise, "promise")
        self.due = DateField(controller.today, optional=True)
        self.add_row("Du&e:", self.due, "due date")

        self.set_first_field(self.customer)
        if customer_id is not None:
            self.customer.set_customer(customer_id)
            # The customer is known: start where the typing starts.
            self.set_first_field(self.summary)
        self.finish_layout()
        self.setMinimumWidth(680)

    def _show_customer_status(self, text: str) -> None:
        self.customer_hint.setText(text)
        self.customer_hint.setToolTip(text)
        self.customer_hint.setVisible(bool(text))

    def show_error(self, exc: UserError) -> None:
        if exc.field == "customer":
            self.customer_hint.hide()  # the red sentence says it in full
        super().show_error(exc)

    def save(self) -> ops.Result:
        customer_id = self.customer.resolve()
        day = self.date.date(what="conversation date", allow_future=False)
        pains = [ops.PainInput(t, "us") for t in lines(self.pains_us.toPlainText())]
        pains += [
            ops.PainInput(t, "competitor") for t in lines(self.pains_competitor.toPlainText())
        ]
        promise = clean_optional(self.promise.text())
        due = self.due.date(what="due date")
        if due is not None and promise is None:
            raise UserError(
                "A due date needs the promise itself: write what was promised.", field="promise"
            )
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
