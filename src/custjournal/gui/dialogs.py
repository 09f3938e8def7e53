"""Dialogs that add or edit one thing in the journal: a customer, or one entry on their timeline.

Each is a `forms.FormDialog`: keyboard first (mnemonics on every label, focus in the first field,
Enter or Ctrl+Enter saves, Esc cancels), values parsed with the domain parsers, written through
one ops function via the controller, errors shown in red under the field they concern. After a
successful save the dialog closes and `result_value` holds the ops.Result (also sent as `saved`).

Entry dialogs take either `customer_id` (a new entry) or `entry` (an entry dict as
`store.queries.customer_detail` returns it; saved with `ops.update_entry`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from custjournal import ops
from custjournal.domain import vocab
from custjournal.domain.detail import as_date
from custjournal.domain.errors import Field, UserError
from custjournal.domain.text import fold
from custjournal.domain.values import (
    clean_optional,
    format_typed,
    parse_amount,
    parse_currency,
    parse_month_day,
    require_text,
)
from custjournal.gui import i18n
from custjournal.gui.controller import JournalController
from custjournal.gui.dates import format_date
from custjournal.gui.forms import (
    DateField,
    FormDialog,
    customer_name,
    fill_combo,
    hint_label,
    money_example,
    money_field,
    multi_line,
    select_data,
)
from custjournal.gui.i18n import Words

__all__ = [
    "CustomerDialog",
    "FactDialog",
    "GiftDialog",
    "InvitationDialog",
    "MilestoneDialog",
    "PurchaseDialog",
    "PromiseDialog",
    "ConversationDialog",
    "DelightDialog",
    "PainPointDialog",
    "CHANNEL_LABELS",
]

CHANNEL_LABELS = vocab.CHANNEL_LABELS
CATEGORY_LABELS = vocab.CATEGORY_LABELS
STATUS_LABELS = vocab.INVITATION_STATUS_LABELS
PAIN_WITH_LABELS = vocab.PAIN_WITH_LABELS
GIFT_KINDS = ("freebie", "sample", "loss leader", "gift", "hospitality")
# Where store.queries.customer_detail lists each kind of entry.
_DETAIL_LISTS = {
    "fact": "facts",
    "gift": "gifts",
    "invitation": "invitations",
    "milestone": "milestones",
    "purchase": "purchases",
    "promise": "promises",
    "conversation": "conversations",
    "delight": "delights",
    "pain": "pain_points",
}


# --- customers --------------------------------------------------------------------------------


class CustomerDialog(FormDialog[ops.Result]):
    """New customer (Ctrl+N) or edit one; a changed stage is recorded in the stage history."""

    def __init__(
        self,
        controller: JournalController,
        customer_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.customer_id = customer_id
        self._cadences = controller.cadences()
        detail = controller.customer_detail(customer_id) if customer_id is not None else None
        if customer_id is not None and detail is None:
            raise UserError(
                self.tr("There is no customer #{id}: it may have been erased.").format(
                    id=customer_id
                )
            )
        self._detail: dict[str, Any] = detail or {}
        if detail:
            title = heading = self.tr("Edit {name}").format(name=detail["name"])
        else:
            title, heading = self.tr("New customer"), self.tr("New customer")
        super().__init__(
            controller, title, "customer" if detail else "customer-add", parent, heading=heading
        )

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("required"))
        self.add_row(self.tr("&Name:"), self.name, "name")
        self.company = QLineEdit()
        self.add_row(self.tr("Co&mpany:"), self.company, "company")
        self.role = QLineEdit()
        self.add_row(self.tr("&Role:"), self.role, "role")
        self.email = QLineEdit()
        self.add_row(self.tr("&Email:"), self.email, "email")
        self.phone = QLineEdit()
        self.add_row(self.tr("&Phone:"), self.phone, "phone")

        self.stage = QComboBox()
        fill_combo(self.stage, ((i18n.word(vocab.STAGE_LABELS[s]), s) for s in vocab.STAGES))
        self.add_row(self.tr("S&tage:"), self.stage, "stage")

        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. wholesale, north"))
        self.add_row(self.tr("T&ags:"), self.tags, "tags", "tag")

        # 0 is shown as "Stage default (N days)": no own cadence, the stage's rhythm applies.
        self.cadence = QSpinBox()
        self.cadence.setRange(0, 3650)
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setAccelerated(True)
        self.cadence.setToolTip(
            self.tr("How often to stay in touch with this customer. 0: the stage's.")
        )
        self.cadence.setMaximumWidth(self.cadence.fontMetrics().horizontalAdvance("M" * 22))
        self.add_row(self.tr("&Cadence:"), self.cadence, "cadence", "cadence_days")
        self.stage.currentIndexChanged.connect(self._show_stage_cadence)

        self.tier = QComboBox()
        # Labels start with different letters, so one key picks each (a, b, c, or f).
        self.tier.addItem(self.tr("From purchases (not pinned)"), None)
        for t in vocab.TIERS:
            self.tier.addItem(self.tr("{tier} (pinned)").format(tier=t), t)
        self.add_row(self.tr("T&ier:"), self.tier, "tier", "tier_pin")

        self.notes = multi_line(4)
        self.add_row(self.tr("N&otes:"), self.notes, "notes")

        self.archived = QCheckBox(self.tr("Archive&d: no reminders, hidden unless asked for"))
        if detail:
            self.add_row("", self.archived, "archived")

        self._load()
        self._show_stage_cadence()
        self.finish_layout()
        self.setMinimumWidth(480)

    def _load(self) -> None:
        d = self._detail
        if not d:
            return
        self.name.setText(d["name"] or "")
        self.company.setText(d.get("company") or "")
        self.role.setText(d.get("role") or "")
        self.email.setText(d.get("email") or "")
        self.phone.setText(d.get("phone") or "")
        select_data(self.stage, d["stage"])
        self.tags.setText(", ".join(d.get("tags") or ()))
        self.cadence.setValue(d.get("cadence_days") or 0)
        select_data(self.tier, d.get("tier_pin"))
        self.notes.setPlainText(d.get("notes") or "")
        self.archived.setChecked(bool(d.get("archived")))

    def _show_stage_cadence(self) -> None:
        stage = self.stage.currentData()
        self.cadence.setSpecialValueText(
            Words.tr("Stage default (%n day(s))", "", self._cadences[stage])
        )

    def _tags(self) -> list[str]:
        return [t.strip() for t in self.tags.text().split(",") if t.strip()]

    def save(self) -> ops.Result:
        today = self.controller.today()
        name = require_text(self.name.text(), "name")
        fields: dict[str, Any] = {
            "company": self.company.text(),
            "role": self.role.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "notes": self.notes.toPlainText(),
            "tags": self._tags(),
            "cadence_days": self.cadence.value() or None,
            "tier_pin": self.tier.currentData(),
        }
        stage = self.stage.currentData()
        if self.customer_id is None:
            return self.controller.apply(ops.add_customer, name, stage=stage, today=today, **fields)
        # One transaction; a changed stage is kept in the stage history by update_customer,
        # which saves only if nobody saved the customer since this dialog read it.
        try:
            return self.controller.apply(
                ops.update_customer,
                self.customer_id,
                name=name,
                archived=self.archived.isChecked(),
                stage=stage,
                today=today,
                version=self._detail.get("version"),
                **fields,
            )
        except ops.ChangedMeanwhile:
            # Their values shown, the user's own changes kept; the next Save checks again.
            raise self.take_saved_meanwhile(self.reload) from None

    def reload(self) -> None:
        """Show the customer as saved now (someone else changed them while this was open)."""
        assert self.customer_id is not None
        detail = self.controller.customer_detail(self.customer_id)
        if not detail:
            raise UserError(
                self.tr(
                    "Someone else erased this customer while you were editing: there is nothing "
                    "to save to. Copy what you typed if you need it, then close."
                )
            )
        self._detail = detail
        self._load()
        self._show_stage_cadence()


# --- entries ------------------------------------------------------------------------------------


class _EntryDialog(FormDialog[ops.Result]):
    """New entry for a customer, or edit of an existing one (entry dict -> ops.update_entry)."""

    kind = ""  # the ops entry kind
    noun = ""  # what the user calls it
    icon_name = "edit"
    edit_only = False  # entries that come with a conversation are only edited on their own
    journal_currency: str  # set by dialogs with an amount: the one an entry without its own has

    def __init__(
        self,
        controller: JournalController,
        customer_id: int | None = None,
        entry: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        if entry is None and self.edit_only:
            raise ValueError(f"{type(self).__name__} edits an existing entry: give entry")
        if entry is None and customer_id is None:
            raise ValueError("give customer_id for a new entry, or the entry to edit")
        self.entry = entry
        self.customer_id = int(entry["customer_id"]) if entry else int(customer_id or 0)
        who = customer_name(controller, self.customer_id)
        new, edit = self._names()[self.kind]
        what = edit if entry else new
        super().__init__(
            controller,
            self.tr("{what} — {who}").format(what=what, who=who),
            self.icon_name,
            parent,
            heading=self.tr("{what} for {who}").format(what=what, who=who),
        )
        self.build(controller, entry)

    def _names(self) -> dict[str, tuple[str, str]]:
        """Each kind's dialog, new and edited, as a title names it ("New gift", "Edit gift")."""
        return {
            "fact": (self.tr("New fact"), self.tr("Edit fact")),
            "gift": (self.tr("New gift"), self.tr("Edit gift")),
            "invitation": (self.tr("New invitation"), self.tr("Edit invitation")),
            "milestone": (self.tr("New milestone"), self.tr("Edit milestone")),
            "purchase": (self.tr("New purchase"), self.tr("Edit purchase")),
            "promise": (self.tr("New promise"), self.tr("Edit promise")),
            "conversation": (self.tr("New conversation"), self.tr("Edit conversation")),
            "delight": (self.tr("New delight"), self.tr("Edit delight")),
            "pain": (self.tr("New pain point"), self.tr("Edit pain point")),
        }

    def build(self, controller: JournalController, entry: dict[str, Any] | None) -> None:
        """Add the dialog's own fields (filled from *entry* when editing) and finish it."""
        raise NotImplementedError

    def fill(self, entry: dict[str, Any]) -> None:
        """Show *entry*'s values in the fields (when editing, and again when someone else
        saved the entry meanwhile)."""
        raise NotImplementedError

    def _amount(self, text: str, what: str, currency: str, key: str) -> int:
        """The amount typed, in *currency*: 7003.50 is refused in JPY, which has no decimals.
        An edited entry's own amount, left as it was in its own currency, is kept with its cents
        (imported); in another currency it is read in that one (99.57 EUR made JPY is refused,
        never kept as 99.57 JPY)."""
        kept = self.entry.get(key) if self.entry is not None else None
        own = (self.entry or {}).get("currency") or self.journal_currency
        if kept is not None and currency == own:
            try:
                if parse_amount(text, what=what) == int(kept):
                    return int(kept)
            except UserError:
                pass  # read in the currency below, or refused there
        return parse_amount(text, what=what, currency=currency)

    def read_again(self) -> None:
        """Read the entry as saved now and show it (someone else saved it meanwhile)."""
        assert self.entry is not None
        detail = self.controller.customer_detail(self.customer_id) or {}
        entries = cast(list[dict[str, Any]], detail.get(_DETAIL_LISTS[self.kind]) or [])
        found = [e for e in entries if int(e["id"]) == int(self.entry["id"])]
        if not found:
            raise UserError(
                self.tr(
                    "Someone else deleted this entry while you were editing: there is nothing "
                    "to save to. Copy what you typed if you need it, then close."
                )
            )
        self.entry = found[0]
        self.fill(found[0])

    @property
    def today(self) -> dt.date:
        return self.controller.today()

    def update_entry(self, **fields: Any) -> ops.Result:
        """Save the fields the user changed, leaving the rest (maybe changed elsewhere) alone."""
        assert self.entry is not None

        def before(key: str) -> object:
            # Entry dicts carry dates as dates (model_dump) or ISO strings (JSON): compare alike.
            old = self.entry.get(key) if self.entry else None
            return as_date(old) if key.endswith("_on") else old

        changed = {
            key: value
            for key, value in fields.items()
            if key not in self.entry or before(key) != value
        }
        # Saved only if nobody saved the entry since this dialog read it (ChangedMeanwhile).
        try:
            return self.controller.apply(
                ops.update_entry,
                self.kind,
                int(self.entry["id"]),
                today=self.today,
                version=self.entry.get("version"),
                **changed,
            )
        except ops.ChangedMeanwhile:
            # Their values shown, the user's own changes kept; the next Save checks again.
            raise self.take_saved_meanwhile(self.read_again) from None


class FactDialog(_EntryDialog):
    """Something personal learned: family, interests, ... or an important date (month-day)."""

    kind, noun, icon_name = "fact", "fact", "fact"

    def build(self, controller: JournalController, entry: dict[str, Any] | None) -> None:
        self.category = QComboBox()
        fill_combo(
            self.category, ((i18n.word(CATEGORY_LABELS[c]), c) for c in vocab.FACT_CATEGORIES)
        )
        self.add_row(self.tr("&Category:"), self.category, "category")
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("e.g. Two daughters, Mia and Lou"))
        self.add_row(self.tr("&Fact:"), self.text, "fact", "text")
        self.month_day = QLineEdit()
        self.month_day.setPlaceholderText(self.tr("MM-DD, e.g. 03-14"))
        self.month_day.setMaximumWidth(self.month_day.fontMetrics().horizontalAdvance("M" * 14))
        self.add_row(self.tr("&Day of year:"), self.month_day, Field.DAY_OF_YEAR, "month", "day")
        self.learned = DateField(controller.today)
        self.add_row(self.tr("&Learned on:"), self.learned, "date learned", "learned on")
        self.category.currentIndexChanged.connect(self._category_changed)
        if entry:
            self.fill(entry)
        self._category_changed()
        self.finish_layout()
        self.setMinimumWidth(440)

    def fill(self, entry: dict[str, Any]) -> None:
        select_data(self.category, entry["category"])
        self.text.setText(entry.get("text") or "")
        month_day = ""
        if entry.get("month") and entry.get("day"):
            month_day = f"{int(entry['month']):02d}-{int(entry['day']):02d}"
        self.month_day.setText(month_day)
        self.learned.set_date(as_date(entry.get("learned_on")))

    def _is_important_date(self) -> bool:
        return self.category.currentData() == "important-date"

    def _category_changed(self) -> None:
        # Only an important date recurs on a day of the year; other facts have none.
        self.month_day.setEnabled(self._is_important_date())

    def save(self) -> ops.Result:
        category = self.category.currentData()
        text = require_text(self.text.text(), "fact")
        month_day = None
        if self._is_important_date() and self.month_day.text().strip():
            month_day = parse_month_day(self.month_day.text())  # none: ops says it is needed
        learned = self.learned.date(what="date learned", allow_future=False)
        if self.entry is None:
            return self.controller.apply(
                ops.add_fact,
                self.customer_id,
                category,
                text,
                month_day=month_day,
                on=learned,
                today=self.today,
            )
        return self.update_entry(
            category=category,
            text=text,
            learned_on=learned,
            month=month_day[0] if month_day else None,
            day=month_day[1] if month_day else None,
        )


class GiftDialog(_EntryDialog):
    """A freebie, sample or gift: what, kind, when, cost, on what occasion, and how it landed."""

    kind, noun, icon_name = "gift", "gift", "gift"

    def build(self, controller: JournalController, entry: dict[str, Any] | None) -> None:
        self.journal_currency = controller.currency()
        self.what = QLineEdit()
        self.what.setPlaceholderText(self.tr("required, e.g. Tasting box of the new roast"))
        self.add_row(self.tr("&What:"), self.what, "gift", "what")
        self.gift_kind = QComboBox()
        self.gift_kind.setEditable(True)
        self.gift_kind.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.gift_kind.addItem("")
        self.gift_kind.addItems(GIFT_KINDS)
        gift_edit = self.gift_kind.lineEdit()
        assert gift_edit is not None  # an editable combo box has its line edit
        gift_edit.setPlaceholderText(self.tr("freebie, sample, loss leader, ..."))
        self.add_row(self.tr("&Kind:"), self.gift_kind, "kind")
        self.given = DateField(controller.today)
        self.add_row(self.tr("&Given on:"), self.given, "gift date", "given on")
        self.cost = money_field(self.journal_currency)
        self.cost.setPlaceholderText(self.tr("optional"))
        cost_row = QWidget()
        row = QHBoxLayout(cost_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.cost)
        # The code of the currency field below, as it is typed.
        self.cost_currency = QLabel(self.journal_currency)
        row.addWidget(self.cost_currency)
        row.addStretch(1)
        self.add_row(
            self.tr("C&ost:"), cost_row, "cost", "cost minor", "cost_minor", focus=self.cost
        )
        self.occasion = QLineEdit()
        self.occasion.setPlaceholderText(self.tr("e.g. Tenth order, birthday"))
        self.add_row(self.tr("Occ&asion:"), self.occasion, "occasion")
        self.reaction = QLineEdit()
        self.reaction.setPlaceholderText(self.tr("how it landed"))
        self.add_row(self.tr("&Reaction:"), self.reaction, "reaction")
        # The cost's currency, the journal's by default, last as in a purchase: the gift keeps
        # it when the journal's currency changes later.
        self.currency = QLineEdit(self.journal_currency)
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(self.currency.fontMetrics().horizontalAdvance("WWWW") + 16)
        self.currency.setToolTip(
            self.tr("Gift costs in another currency are kept, but left out of the cost of gifts.")
        )
        self.currency.textChanged.connect(
            lambda text: self.cost_currency.setText(text.strip().upper())
        )
        self.add_row(self.tr("C&urrency:"), self.currency, "currency")
        self.set_first_field(self.what)
        if entry:
            self.fill(entry)
        self.finish_layout()
        self.setMinimumWidth(460)

    def fill(self, entry: dict[str, Any]) -> None:
        self.what.setText(entry.get("what") or "")
        self.gift_kind.setEditText(entry.get("kind") or "")
        self.given.set_date(as_date(entry.get("given_on")))
        currency = entry.get("currency") or self.journal_currency
        cost = entry.get("cost_minor")
        self.cost.setText(format_typed(int(cost), currency) if cost is not None else "")
        self.currency.setText(currency)
        self.occasion.setText(entry.get("occasion") or "")
        self.reaction.setText(entry.get("reaction") or "")

    def save(self) -> ops.Result:
        what = require_text(self.what.text(), "gift")
        kind = clean_optional(self.gift_kind.currentText())
        given = self.given.date(what="gift date", allow_future=False)
        currency = parse_currency(self.currency.text() or self.journal_currency)
        cost = (
            self._amount(self.cost.text(), "cost", currency, "cost_minor")
            if self.cost.text().strip()
            else None
        )
        occasion = clean_optional(self.occasion.text())
        reaction = clean_optional(self.reaction.text())
        if self.entry is None:
            return self.controller.apply(
                ops.add_gift,
                self.customer_id,
                what,
                on=given,
                cost_minor=cost,
                occasion=occasion,
                reaction=reaction,
                kind=kind,
                currency=currency,
                today=self.today,
            )
        return self.update_entry(
            what=what,
            kind=kind,
            given_on=given,
            cost_minor=cost,
            occasion=occasion,
            reaction=reaction,
            currency=currency,
        )


class InvitationDialog(_EntryDialog):
    """An invitation to an event as a guest; editing it later records its new status."""

    kind, noun, icon_name = "invitation", "invitation", "invitation"

    def build(self, controller: JournalController, entry: dict[str, Any] | None) -> None:
        self.event_name = QLineEdit()
        self.event_name.setPlaceholderText(self.tr("required, e.g. Spring open house"))
        self.add_row(self.tr("&Event:"), self.event_name, "event")
        # An event may lie ahead, so its date may be in the future.
        self.event_on = DateField(controller.today)
        self.add_row(self.tr("Event &date:"), self.event_on, "event date", "event on")
        self.invited_on = DateField(controller.today)
        self.add_row(self.tr("&Invited on:"), self.invited_on, "invitation date", "invited on")
        self.status = QComboBox()
        fill_combo(
            self.status, ((i18n.word(STATUS_LABELS[s]), s) for s in vocab.INVITATION_STATUSES)
        )
        self.add_row(self.tr("S&tatus:"), self.status, "status")
        self.as_guest = QCheckBox(self.tr("As a &guest, not as a speaker or exhibitor"))
        self.as_guest.setChecked(True)
        self.add_row("", self.as_guest, "as_guest")
        self.history = hint_label()
        self._history_shown = False
        if entry:
            self.fill(entry)
            # Coming back to an invitation is usually to give its news: start at the status.
            self.set_first_field(self.status)
        else:
            self.event_on.set_date(None)  # no sensible default: events lie ahead
        self.finish_layout()
        self.setMinimumWidth(460)

    def fill(self, entry: dict[str, Any]) -> None:
        self.event_name.setText(entry.get("event") or "")
        self.event_on.set_date(as_date(entry.get("event_on")))
        self.invited_on.set_date(as_date(entry.get("invited_on")))
        select_data(self.status, entry.get("status"))
        self.as_guest.setChecked(bool(entry.get("as_guest", True)))
        changes = list(reversed(entry.get("status_history") or []))  # oldest first
        if changes:
            shown = " → ".join(
                f"{i18n.word(STATUS_LABELS.get(c['status'], c['status']))} "
                f"{format_date(as_date(c['changed_on']))}"
                for c in changes
            )
            self.history.setText(self.tr("So far: {history}").format(history=shown))
            self.history.setToolTip(self.history.text())
            if not self._history_shown:
                self.form.addRow("", self.history)
                self._history_shown = True

    def save(self) -> ops.Result:
        event = require_text(self.event_name.text(), "event")
        event_on = self.event_on.date(what="event date")
        assert event_on is not None
        invited_on = self.invited_on.date(what="invitation date", allow_future=False)
        status = self.status.currentData()
        if self.entry is None:
            return self.controller.apply(
                ops.record_invitation,
                self.customer_id,
                event,
                event_on,
                status=status,
                invited_on=invited_on,
                as_guest=self.as_guest.isChecked(),
                today=self.today,
            )
        return self.update_entry(
            event=event,
            event_on=event_on,
            invited_on=invited_on,
            status=status,
            as_guest=self.as_guest.isChecked(),
        )


class MilestoneDialog(_EntryDialog):
    """A step of trust: a known kind from the list, or any other text as the user's own kind."""

    kind, noun, icon_name = "milestone", "milestone", "milestone"

    def build(self, controller: JournalController, entry: dict[str, Any] | None) -> None:
        self.milestone_kind = QComboBox()
        self.milestone_kind.setEditable(True)
        self.milestone_kind.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        fill_combo(
            self.milestone_kind,
            ((i18n.word(vocab.milestone_label(k)), k) for k in vocab.MILESTONE_KINDS),
        )
        # Find a kind by any word of it ("referral" -> "Gave a referral").
        completer = self.milestone_kind.completer()
        assert completer is not None  # an editable combo box has its completer
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.add_row(self.tr("&Kind:"), self.milestone_kind, "kind", "milestone kind")
        # A typo must not pass silently as a new kind: say so as the user types.
        self.kind_hint = hint_label()
        self.form.addRow("", self.kind_hint)
        self.occurred = DateField(controller.today)
        self.add_row(self.tr("&Date:"), self.occurred, "milestone date", "occurred on")
        self.note = QLineEdit()
        self.add_row(self.tr("&Note:"), self.note, "note")
        self.milestone_kind.editTextChanged.connect(self._show_kind_hint)
        if entry:
            self.fill(entry)
        self._show_kind_hint()
        self.finish_layout()
        self.setMinimumWidth(460)

    def fill(self, entry: dict[str, Any]) -> None:
        index = self.milestone_kind.findData(entry.get("kind"))
        if index >= 0 and not entry.get("custom"):
            self.milestone_kind.setCurrentIndex(index)
            self.milestone_kind.setEditText(self.milestone_kind.itemText(index))
        else:
            self.milestone_kind.setEditText(entry.get("kind") or "")
        self.occurred.set_date(as_date(entry.get("occurred_on")))
        self.note.setText(entry.get("note") or "")

    def chosen_kind(self) -> tuple[str, bool]:
        """(kind, custom): a known kind by its label or its word, else the text as written."""
        text = self.milestone_kind.currentText().strip()
        if not text:
            raise UserError(
                self.tr(
                    "The milestone kind can't be empty: pick one from the list or write your own."
                ),
                field="kind",
            )
        for i in range(self.milestone_kind.count()):
            if fold(self.milestone_kind.itemText(i)) == fold(text):
                return self.milestone_kind.itemData(i), False
        try:
            return vocab.pick(text, vocab.MILESTONE_KINDS, "milestone kind"), False
        except UserError:
            return text, True

    def _show_kind_hint(self) -> None:
        try:
            _kind, custom = self.chosen_kind()
        except UserError:
            custom = False
        self.kind_hint.setText(self.tr("Your own kind, kept as written.") if custom else "")
        self.kind_hint.setVisible(custom)

    def save(self) -> ops.Result:
        kind, custom = self.chosen_kind()
        occurred = self.occurred.date(what="milestone date", allow_future=False)
        note = clean_optional(self.note.text())
        if self.entry is None:
            return self.controller.apply(
                ops.add_milestone,
                self.customer_id,
                kind,
                custom=custom,
                on=occurred,
                note=note,
                today=self.today,
            )
        return self.update_entry(kind=kind, custom=custom, occurred_on=occurred, note=note)


class PurchaseDialog(_EntryDialog):
    """What the customer bought: amount, date, what, currency (the journal's by default)."""

    kind, noun, icon_name = "purchase", "purchase", "purchase"

    def build(self, controller: JournalController, entry: dict[str, Any] | None) -> None:
        self.journal_currency = controller.currency()
        self.amount = money_field(self.journal_currency)
        self.add_row(self.tr("&Amount:"), self.amount, "amount", "amount minor", "amount_minor")
        self.purchased = DateField(controller.today)
        self.add_row(self.tr("&Date:"), self.purchased, "purchase date", "purchased on")
        self.what = QLineEdit()
        self.what.setPlaceholderText(self.tr("optional, e.g. 40 kg house blend"))
        self.add_row(self.tr("&What:"), self.what, "what")
        self.currency = QLineEdit(self.journal_currency)
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(self.currency.fontMetrics().horizontalAdvance("WWWW") + 16)
        self.currency.setToolTip(
            self.tr("Purchases in another currency are kept, but left out of value and tiers.")
        )
        self.add_row(self.tr("C&urrency:"), self.currency, "currency")
        # The example follows the currency typed: "e.g. 99.50" in euros, "e.g. 7,004" in yen.
        self.currency.textChanged.connect(self._show_example)
        self._show_example()
        if entry:
            self.fill(entry)
        self.finish_layout()
        self.setMinimumWidth(420)

    def _show_example(self) -> None:
        currency = self.currency.text().strip().upper() or self.journal_currency
        self.amount.setPlaceholderText(
            self.tr("e.g. {amount}").format(amount=money_example(currency))
        )

    def fill(self, entry: dict[str, Any]) -> None:
        currency = entry.get("currency") or self.journal_currency
        self.amount.setText(format_typed(int(entry["amount_minor"]), currency))
        self.purchased.set_date(as_date(entry.get("purchased_on")))
        self.what.setText(entry.get("what") or "")
        self.currency.setText(currency)

    def save(self) -> ops.Result:
        currency = parse_currency(self.currency.text() or self.journal_currency)
        amount = self._amount(self.amount.text(), "amount", currency, "amount_minor")
        purchased = self.purchased.date(what="purchase date", allow_future=False)
        what = clean_optional(self.what.text())
        if self.entry is None:
            return self.controller.apply(
                ops.add_purchase,
                self.customer_id,
                amount,
                on=purchased,
                what=what,
                currency=currency,
                today=self.today,
            )
        return self.update_entry(
            amount_minor=amount, purchased_on=purchased, what=what, currency=currency
        )


class PromiseDialog(_EntryDialog):
    """Something we promised, with an optional due date; on edit, the day it was kept."""

    kind, noun, icon_name = "promise", "promise", "promise"

    def build(self, controller: JournalController, entry: dict[str, Any] | None) -> None:
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("required, e.g. Send the spring price list"))
        self.add_row(self.tr("&Promise:"), self.text, "promise", "text")
        self.due = DateField(controller.today, optional=True)
        self.add_row(self.tr("&Due:"), self.due, "due date", "due on")
        self.done_on = DateField(controller.today, optional=True)
        if entry:
            self.add_row(self.tr("D&one on:"), self.done_on, "date done", "done on")
            self.fill(entry)
        self.finish_layout()
        self.setMinimumWidth(460)

    def fill(self, entry: dict[str, Any]) -> None:
        self.text.setText(entry.get("text") or "")
        self.due.set_date(as_date(entry.get("due_on")))
        self.done_on.set_date(as_date(entry.get("done_on")))

    def save(self) -> ops.Result:
        text = require_text(self.text.text(), "promise")
        due = self.due.date(what="due date")
        if self.entry is None:
            return self.controller.apply(
                ops.add_promise, self.customer_id, text, due=due, today=self.today
            )
        done = self.done_on.date(what="date done", allow_future=False)
        return self.update_entry(text=text, due_on=due, done_on=done)


class ConversationDialog(_EntryDialog):
    """A conversation's own fields; its delights and pain points are edited one by one."""

    kind, noun, icon_name = "conversation", "conversation", "conversation"

    def build(self, controller: JournalController, entry: dict[str, Any] | None) -> None:
        self.occurred = DateField(controller.today)
        self.add_row(self.tr("&Date:"), self.occurred, "conversation date", "occurred on")
        self.channel = QComboBox()
        fill_combo(self.channel, ((i18n.word(CHANNEL_LABELS[c]), c) for c in vocab.CHANNELS))
        self.add_row(self.tr("C&hannel:"), self.channel, "channel")
        self.summary = multi_line(3)
        self.add_row(self.tr("S&ummary:"), self.summary, "summary")
        self.notes = multi_line(4)
        self.add_row(self.tr("&Notes:"), self.notes, "notes")
        self.why_buy = QLineEdit()
        self.why_buy.setPlaceholderText(self.tr("in their own words"))
        self.add_row(self.tr("&Why they buy:"), self.why_buy, "why buy", "why_buy")
        if entry:
            self.fill(entry)
        self.finish_layout()
        self.setMinimumWidth(500)

    def fill(self, entry: dict[str, Any]) -> None:
        self.occurred.set_date(as_date(entry.get("occurred_on")))
        select_data(self.channel, entry.get("channel"))
        self.summary.setPlainText(entry.get("summary") or "")
        self.notes.setPlainText(entry.get("notes") or "")
        self.why_buy.setText(entry.get("why_buy") or "")

    def save(self) -> ops.Result:
        occurred = self.occurred.date(what="conversation date", allow_future=False)
        channel = self.channel.currentData()
        summary = clean_optional(self.summary.toPlainText())
        notes = clean_optional(self.notes.toPlainText())
        why_buy = clean_optional(self.why_buy.text())
        if self.entry is None:
            return self.controller.apply(
                ops.log_conversation,
                self.customer_id,
                on=occurred,
                channel=channel,
                summary=summary,
                notes=notes,
                why_buy=why_buy,
                today=self.today,
            )
        return self.update_entry(
            occurred_on=occurred, channel=channel, summary=summary, notes=notes, why_buy=why_buy
        )


class DelightDialog(_EntryDialog):
    """Edit one delight of a conversation (they are added with the conversation)."""

    kind, noun, icon_name = "delight", "delight", "delight"
    edit_only = True

    def build(self, controller: JournalController, entry: dict[str, Any] | None) -> None:
        assert entry is not None  # edit_only
        self.text = QLineEdit()
        self.add_row(self.tr("&Delight:"), self.text, "delight", "text")
        self.fill(entry)
        self.finish_layout()
        self.setMinimumWidth(440)

    def fill(self, entry: dict[str, Any]) -> None:
        self.text.setText(entry.get("text") or "")

    def save(self) -> ops.Result:
        return self.update_entry(text=require_text(self.text.text(), "delight"))


class PainPointDialog(_EntryDialog):
    """Edit one pain point: its words, whether it is with us or a competitor, when resolved."""

    kind, noun, icon_name = "pain", "pain point", "pain"
    edit_only = True

    def build(self, controller: JournalController, entry: dict[str, Any] | None) -> None:
        assert entry is not None  # edit_only
        self.text = QLineEdit()
        self.add_row(self.tr("&Pain point:"), self.text, "pain point", "text")
        self.with_whom = QComboBox()
        fill_combo(self.with_whom, ((i18n.word(PAIN_WITH_LABELS[w]), w) for w in vocab.PAIN_WITH))
        self.add_row(self.tr("&With:"), self.with_whom, "pain point side", "with whom", "with_whom")
        self.resolved = DateField(controller.today, optional=True)
        self.resolved.setPlaceholderText(self.tr("still open"))
        self.add_row(self.tr("&Resolved on:"), self.resolved, "date resolved", "resolved on")
        self.fill(entry)
        self.finish_layout()
        self.setMinimumWidth(460)

    def fill(self, entry: dict[str, Any]) -> None:
        self.text.setText(entry.get("text") or "")
        select_data(self.with_whom, entry.get("with_whom") or "us")
        self.resolved.set_date(as_date(entry.get("resolved_on")))

    def save(self) -> ops.Result:
        text = require_text(self.text.text(), "pain point")
        resolved = self.resolved.date(what="date resolved", allow_future=False)
        return self.update_entry(
            text=text, with_whom=self.with_whom.currentData(), resolved_on=resolved
        )
