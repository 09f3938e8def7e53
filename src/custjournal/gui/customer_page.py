"""The customer page: who they are, what we know about them, and the timeline of the relationship.

The page shows one customer's detail (one short indexed read) with the list row it was opened
from (tier, value, due). Every entry in "What we know" and the "Timeline" can be opened for
editing (Enter or double-click) and deleted (Delete; Ctrl+Z brings it back).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custjournal import ops
from custjournal.domain import vocab
from custjournal.domain.changes import Change, Changed
from custjournal.domain.errors import UserError
from custjournal.domain.i18n import clause
from custjournal.domain.vocab import QT_TRANSLATE_NOOP
from custjournal.gui import i18n, theme
from custjournal.gui.controller import JournalController
from custjournal.gui.dates import format_date, format_money, format_month_day
from custjournal.gui.due_words import cadence_text
from custjournal.gui.elided import ElidedLabel
from custjournal.gui.flow_bar import FlowBar, FlowLayout
from custjournal.gui.health_bars import HealthBars
from custjournal.gui.i18n import Words
from custjournal.gui.links import ConnectionsBar
from custjournal.store.queries import CustomerRow

# The timeline's rows are made a page at a time, the next page when the view is scrolled near
# its end (as a model's canFetchMore/fetchMore would): a customer with 500 entries opens as
# fast as one with 60. A page is about three screens of rows.
TIMELINE_PAGE = 60
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 10
NOTES_ROLE = Qt.ItemDataRole.UserRole + 11  # a line of the customer's own notes


@dataclass(frozen=True)
class EntryRef:
    kind: str  # an ops.ENTRY_MODELS key
    entry: dict[str, Any]

    @property
    def id(self) -> int:
        return int(self.entry["id"])


_KIND_LABEL = {
    "conversation": QT_TRANSLATE_NOOP("CustomerPage", "conversation"),
    "delight": QT_TRANSLATE_NOOP("CustomerPage", "delight"),
    "pain": QT_TRANSLATE_NOOP("CustomerPage", "pain point"),
    "fact": QT_TRANSLATE_NOOP("CustomerPage", "fact"),
    "promise": QT_TRANSLATE_NOOP("CustomerPage", "promise"),
    "gift": QT_TRANSLATE_NOOP("CustomerPage", "gift"),
    "invitation": QT_TRANSLATE_NOOP("CustomerPage", "invitation"),
    "milestone": QT_TRANSLATE_NOOP("CustomerPage", "milestone"),
    "purchase": QT_TRANSLATE_NOOP("CustomerPage", "purchase"),
    "stage_change": QT_TRANSLATE_NOOP("CustomerPage", "stage change"),
}
_KIND_ICON = {
    "conversation": "conversation",
    "delight": "delight",
    "pain": "pain",
    "fact": "fact",
    "promise": "promise",
    "gift": "gift",
    "invitation": "invitation",
    "milestone": "milestone",
    "purchase": "purchase",
    "stage_change": "stage",
}


def _d(value: Any) -> str:
    return format_date(value)  # the user's locale (gui/dates.py)


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as high as their text wrapped to the column: QTreeView asks a row's height with no
    width, so a wrapping view's rows stayed one line high and were cut."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:  # noqa: N802 (Qt override)
        view = self.parent()
        if not isinstance(view, QTreeWidget):
            return super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = view.header().sectionSize(index.column())
        if index.column() == 0:
            width -= view.indentation() * (depth + int(view.rootIsDecorated()))
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, max(width, 1), 1000)
        return super().sizeHint(sized, index)


class EntryTree(QTreeWidget):
    """A tree of entries; Enter edits, Delete deletes, a context menu offers both and more.

    On a journal that takes no changes (`writable` False) the menu's writing items are
    disabled, as the window's writing actions are, and Delete deletes nothing."""

    edit_requested = Signal(object)  # EntryRef
    delete_requested = Signal(object)
    action_requested = Signal(str, object)  # ("done"|"resolve", EntryRef)

    def __init__(self, columns: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels(columns)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.itemActivated.connect(self._activated)
        self.writable: Callable[[], bool] = lambda: True
        self.header().setStretchLastSection(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def add(
        self,
        parent: QTreeWidgetItem | None,
        texts: list[str],
        ref: EntryRef | None,
        icon_name: str | None = None,
        tooltip: str | None = None,
    ) -> QTreeWidgetItem:
        author = ref.entry.get("author") if ref is not None and len(texts) > 1 else None
        if author:  # who wrote it (a team journal's entries name their writer), after details
            by = self.tr("by {name}").format(name=author)
            texts = [*texts[:-1], f"{texts[-1]} · {by}" if texts[-1] else by]
        item = QTreeWidgetItem(texts)
        if ref is not None:
            item.setData(0, ENTRY_ROLE, ref)
        if icon_name:
            item.setIcon(0 if len(texts) == 1 else 1, theme.icon(icon_name))
        if tooltip:
            for col in range(len(texts)):
                item.setToolTip(col, tooltip)
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self.wordWrap():  # rows wrapped to the old width: their heights again
            self.scheduleDelayedItemsLayout()

    def current_ref(self) -> EntryRef | None:
        item = self.currentItem()
        return item.data(0, ENTRY_ROLE) if item is not None else None

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        ref = item.data(0, ENTRY_ROLE)
        if ref is not None:
            self.edit_requested.emit(ref)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            ref = self.current_ref()
            if ref is not None:
                self.delete_requested.emit(ref)
                return
        super().keyPressEvent(event)

    def _menu(self, pos) -> None:
        item = self.itemAt(pos)
        ref = item.data(0, ENTRY_ROLE) if item is not None else None
        if ref is None:
            return
        self.entry_menu(ref).exec(self.viewport().mapToGlobal(pos))

    def entry_menu(self, ref: EntryRef) -> QMenu:
        """The context menu of the entry *ref*: edit, mark kept or resolved, delete."""
        menu = QMenu(self)
        writing = [
            menu.addAction(
                theme.icon("edit"), self.tr("Edit…"), lambda: self.edit_requested.emit(ref)
            )
        ]
        if ref.kind == "promise" and not ref.entry.get("done_on"):
            writing.append(
                menu.addAction(
                    theme.icon("promise"),
                    self.tr("Mark kept"),
                    lambda: self.action_requested.emit("done", ref),
                )
            )
        if ref.kind == "pain" and not ref.entry.get("resolved_on"):
            writing.append(
                menu.addAction(
                    theme.icon("delight"),
                    self.tr("Mark resolved"),
                    lambda: self.action_requested.emit("resolve", ref),
                )
            )
        menu.addSeparator()
        writing.append(
            menu.addAction(
                theme.icon("delete"), self.tr("Delete"), lambda: self.delete_requested.emit(ref)
            )
        )
        if not self.writable():
            for action in writing:
                action.setEnabled(False)
        return menu


def _most_urgent_promise(detail: dict[str, Any]) -> dict[str, Any] | None:
    """The open promise with the earliest due date (the one Today lists first), if any."""
    open_ = [p for p in detail["promises"] if not p.get("done_on") and p.get("due_on")]
    return min(open_, key=lambda p: (p["due_on"], p["id"])) if open_ else None


class CustomerPage(QWidget):
    """Header, "What we know" and "Timeline" of one customer."""

    edit_entry_needed = Signal(object)  # EntryRef: the window opens the right dialog
    edit_customer_needed = Signal(int)
    add_needed = Signal(str, int)  # (kind, customer_id)

    def __init__(self, controller: JournalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.customer_id: int | None = None
        self.row: CustomerRow | None = None
        self.detail: dict[str, Any] | None = None
        self._pending: list[Callable[..., object]] = []  # timeline rows not made yet, in order
        self._build()
        controller.changed.connect(self._on_changed)
        # "Nothing yet: log a conversation" invites a write only where one can be made.
        controller.read_only_changed.connect(self._refill_known)

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 8)
        outer.setSpacing(6)

        # The name, its tier badge and the Stage box on one line when they fit; when they
        # don't, the badge and then the Stage box go on to the next line before the name is
        # cut (a 459-pixel page at a 1280-pixel window cut "Katarzyna Kow…" beside "Stufe A
        # (festgelegt)"). Only a name wider than the whole line ends in "…".
        self.head = QWidget()
        head = FlowLayout(self.head, spacing=6, centred=True, last_at_right=True)
        self.title = ElidedLabel()
        self.title.setObjectName("pageTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tier_badge = QLabel()
        self.tier_badge.setObjectName("tierBadge")  # before its first polish: see _fill_header
        head.addWidget(self.title)
        head.addWidget(self.tier_badge)
        # "Stage" beside its box, not above it: one line's height where it goes on to the
        # next line with the badge.
        stage_widget = QWidget()
        stage_box = QHBoxLayout(stage_widget)
        stage_box.setContentsMargins(16, 0, 0, 0)  # "Tier CStage": never against the badge
        stage_box.setSpacing(6)
        stage_label = QLabel(self.tr("&Stage"))
        self.stage_combo = QComboBox()
        for stage in vocab.STAGES:
            self.stage_combo.addItem(i18n.word(vocab.STAGE_LABELS[stage]), stage)
        self.stage_combo.setAccessibleName(self.tr("Stage"))
        stage_label.setBuddy(self.stage_combo)
        self.stage_combo.activated.connect(self._stage_chosen)
        stage_box.addWidget(stage_label)
        stage_box.addWidget(self.stage_combo)
        head.addWidget(stage_widget)
        policy = self.head.sizePolicy()
        policy.setHeightForWidth(True)
        self.head.setSizePolicy(policy)
        outer.addWidget(self.head)
        self.subtitle = ElidedLabel()
        self.subtitle.setObjectName("pageSubtitle")
        outer.addWidget(self.subtitle)
        # E-mail and phone on a line of their own, the page's whole width (after the role and
        # the company, beside the Stage box, the address was cut: "ada@example.o…"); the
        # phone goes on to a second line when both do not fit.
        self.contact_line = QWidget()
        contact_flow = FlowLayout(self.contact_line, spacing=0)
        self.email_label = ElidedLabel()
        self.phone_label = ElidedLabel()
        for part in (self.email_label, self.phone_label):
            part.setObjectName("pageSubtitle")
            part.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            contact_flow.addWidget(part)
        policy = self.contact_line.sizePolicy()
        policy.setHeightForWidth(True)
        self.contact_line.setSizePolicy(policy)
        outer.addWidget(self.contact_line)

        self.facts_line = QLabel()
        self.facts_line.setWordWrap(True)
        self.facts_line.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.facts_line)
        # Linked customers and the company, each a link (gui/links.py).
        self.connections = ConnectionsBar(self.controller)
        outer.addWidget(self.connections)

        self.health = HealthBars()
        outer.addWidget(self.health)

        # A row of tool buttons that wraps when the page is narrow: it never forces the window
        # wider, and hides nothing behind a tool bar's » (gui/flow_bar.py).
        bar = FlowBar(self.tr("Add to this customer"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(bar.iconSize() * 0.75)
        self.add_actions: dict[str, QAction] = {}
        tips = {
            "conversation": self.tr("Log a conversation with this customer"),
            "fact": self.tr("Add a fact about this customer"),
            "promise": self.tr("Add a promise to this customer"),
            "gift": self.tr("Add a gift for this customer"),
            "invitation": self.tr("Add an invitation for this customer"),
            "milestone": self.tr("Add a milestone for this customer"),
            "purchase": self.tr("Add a purchase by this customer"),
        }
        for kind, label, icon_name in (
            ("conversation", self.tr("Log"), "log"),
            ("fact", self.tr("Fact"), "fact"),
            ("promise", self.tr("Promise"), "promise"),
            ("gift", self.tr("Gift"), "gift"),
            ("invitation", self.tr("Invitation"), "invitation"),
            ("milestone", self.tr("Milestone"), "milestone"),
            ("purchase", self.tr("Purchase"), "purchase"),
        ):
            action = bar.addAction(theme.icon(icon_name), label)
            action.setToolTip(tips[kind])
            action.triggered.connect(lambda _=False, k=kind: self._add(k))
            self.add_actions[kind] = action
        bar.addSeparator()
        edit = bar.addAction(theme.icon("edit"), self.tr("Edit customer"))
        edit.triggered.connect(self._edit_customer)
        self.act_edit = edit
        self.add_bar = bar
        outer.addWidget(bar)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        outer.addWidget(line)

        known_title = QLabel(self.tr("What we know"))
        known_title.setObjectName("sectionTitle")
        outer.addWidget(known_title)
        self.known = EntryTree([self.tr("What we know")])
        self.known.setHeaderHidden(True)
        # A few rows, each wrapped to the page's width rather than cut: "Nothing yet: log a
        # conversation…" and long facts (German ran past the right edge).
        self.known.setUniformRowHeights(False)
        self.known.setWordWrap(True)
        self.known.setItemDelegate(_WrappingDelegate(self.known))
        self.known.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.known.setAccessibleName(self.tr("What we know"))
        # The customer's own notes belong to the customer: Enter on them edits the customer.
        self.known.itemActivated.connect(self._known_activated)
        outer.addWidget(self.known, 2)

        timeline_title = QLabel(self.tr("Timeline"))
        timeline_title.setObjectName("sectionTitle")
        outer.addWidget(timeline_title)
        self.timeline = EntryTree([self.tr("Date"), self.tr("Entry"), self.tr("Details")])
        self.timeline.setAccessibleName(self.tr("Timeline"))
        header = self.timeline.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # Entry and Details share the room the date leaves: a fixed 320-pixel Entry column
        # pushed Details out of a default-sized page ("due 202", a sideways scroll bar with
        # one row). Each is elided on the row, and whole on hover.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        outer.addWidget(self.timeline, 3)
        self.timeline.verticalScrollBar().valueChanged.connect(self._scrolled)

        for tree in (self.known, self.timeline):
            tree.writable = lambda: self.controller.journal.refusal is None
            tree.edit_requested.connect(self.edit_entry_needed.emit)
            tree.delete_requested.connect(self._delete)
            tree.action_requested.connect(self._entry_action)

        self.focus_timeline = QAction(self.tr("Go to timeline"), self)
        self.focus_timeline.setShortcut(QKeySequence("Alt+T"))
        self.focus_timeline.triggered.connect(self.timeline.setFocus)
        self.addAction(self.focus_timeline)

    # --- content -------------------------------------------------------------------------

    def _known_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, NOTES_ROLE):
            self._edit_customer()

    def _edit_customer(self) -> None:
        if self.customer_id:
            self.edit_customer_needed.emit(self.customer_id)

    def show_customer(self, row: CustomerRow) -> None:
        self.customer_id = row.id
        self.row = row
        # The list's row has the customer's tier as of today: health need not rank every
        # buyer for it (~10 ms at 10,000 customers). A list read before a change that moved
        # it is followed by a fresh one, whose row (`update_row`) works health out again.
        self.reload(tier=row.tier)

    def reload(self, tier: str | None = None) -> None:
        """Read the customer again (*tier*: theirs as of today, when known)."""
        if self.customer_id is None:
            return
        detail = self.controller.customer_detail(self.customer_id)
        currency = self.controller.currency()
        if detail is None:  # erased meanwhile (elsewhere)
            self.customer_id = None
            self.detail = None
            self.title.setText(self.tr("This customer was erased."))
            self.health.show_health(None)
            self.known.clear()
            self.timeline.clear()
            self._pending = []
            return
        self.detail = detail
        found = detail.get("relationships")
        company = detail.get("company")
        self.connections.show_links(
            self.customer_id,
            found if isinstance(found, list) else [],
            company if isinstance(company, str) else None,
        )
        self._fill_header(detail, currency)
        self.health.show_health(self.controller.health(self.customer_id, tier))
        self._fill_known(detail)
        self._fill_timeline(detail, currency)

    def update_row(self, row: CustomerRow) -> None:
        """The list reloaded: take the fresh tier, value and due date."""
        if row.id == self.customer_id:
            moved = self.row is not None and self.row.tier != row.tier
            self.row = row
            if self.detail is not None:
                self._fill_header(self.detail, self.controller.currency())
                if moved:  # the tier sets the cadence health is judged by
                    self.health.show_health(self.controller.health(row.id, row.tier))

    def _fill_header(self, detail: dict[str, Any], currency: str) -> None:
        self.title.setText(
            detail["name"] + (self.tr("  (archived)") if detail.get("archived") else "")
        )
        who = " · ".join(x for x in (detail.get("role"), detail.get("company")) if x)
        self.subtitle.setText(who)
        self.subtitle.setVisible(bool(who))
        email, phone = detail.get("email") or "", detail.get("phone") or ""
        self.email_label.setText(f"{email} · " if email and phone else email)
        self.email_label.setVisible(bool(email))
        self.phone_label.setText(phone)
        self.phone_label.setVisible(bool(phone))
        self.contact_line.setVisible(bool(email or phone))
        index = self.stage_combo.findData(detail["stage"])
        self.stage_combo.setCurrentIndex(index)
        row = self.row
        parts = []
        since = next(
            (s["changed_on"] for s in detail["stage_history"] if s["stage"] == detail["stage"]),
            None,
        )
        if since:
            parts.append(
                self.tr("In {stage} since {date}").format(
                    stage=i18n.word(vocab.STAGE_LABELS[detail["stage"]]), date=_d(since)
                )
            )
        if row is not None:
            # The tier's colours by a property; the padding is the badge's from the start
            # (common.qss): a padding that came with a new object name, polished again, was
            # not in the label's size, and "Tier C" ran out of its box into the Stage label.
            self.tier_badge.setProperty("tier", row.tier)
            self.tier_badge.style().unpolish(self.tier_badge)
            self.tier_badge.style().polish(self.tier_badge)
            self.tier_badge.setText(
                self.tr("Tier {tier} (pinned)").format(tier=row.tier)
                if row.tier_pinned
                else self.tr("Tier {tier}").format(tier=row.tier)
            )
            parts.append(
                self.tr("12-month value <b>{value}</b>").format(
                    value=html.escape(format_money(row.value_12m, currency))
                )
            )
            parts.append(
                self.tr("last contact {date}").format(date=_d(row.last_contact))
                if row.last_contact
                else self.tr("last contact never")
            )
            days = row.days_until_contact(self.controller.today())
            # Says which due date it is: Today lists promises by their own due dates, and a bare
            # "due in 18 days" here (the next contact) read as contradicting "Promise overdue
            # by 551 days" there.
            if days == 0:
                due = self.tr("next contact due today")
            elif days < 0:
                due = Words.tr("<b>contact %n day(s) overdue</b>", "", -days)
            else:
                due = Words.tr("next contact due in %n day(s)", "", days)
            parts.append(f"{due} ({html.escape(cadence_text(row.cadence_explanation))})")
        promise = _most_urgent_promise(detail)
        if promise is not None:
            late = (self.controller.today() - promise["due_on"]).days
            if late > 0:
                when = Words.tr("<b>overdue by %n day(s)</b>", "", late)
            elif late == 0:
                when = self.tr("due today")
            else:
                when = Words.tr("due in %n day(s)", "", -late)
            parts.append(
                self.tr("promise {when}: {text}").format(
                    when=when, text=html.escape(promise["text"])
                )
            )
        if detail.get("tags"):
            parts.append(
                self.tr("tags: {tags}").format(
                    tags=", ".join(html.escape(t) for t in detail["tags"])
                )
            )
        self.facts_line.setText(" · ".join(parts))

    def _fill_known(self, detail: dict[str, Any]) -> None:
        tree = self.known
        tree.setUpdatesEnabled(False)
        tree.clear()
        notes = (detail.get("notes") or "").strip()
        if notes:
            # The notes typed in the customer dialog or imported (a vCard NOTE): one row per
            # line, the whole text on hover.
            group = tree.add(None, [self.tr("Notes")], None, "edit", tooltip=notes)
            group.setData(0, NOTES_ROLE, True)
            for line in (x.strip() for x in notes.splitlines()):
                if line:
                    tree.add(group, [line], None, tooltip=notes).setData(0, NOTES_ROLE, True)
        facts = detail["facts"]
        if facts:
            group = tree.add(None, [self.tr("Personal facts")], None, "fact")
            for category in vocab.FACT_CATEGORIES:
                for f in (f for f in facts if f["category"] == category):
                    when = f" ({format_month_day(f['month'], f['day'])})" if f.get("month") else ""
                    label = i18n.word(vocab.CATEGORY_LABELS[category])
                    tree.add(
                        group,
                        [f"{label}: {f['text']}{when}"],
                        EntryRef("fact", f),
                        tooltip=self.tr("Learned {date}").format(date=_d(f["learned_on"])),
                    )
        delights = detail["delights"]
        if delights:
            group = tree.add(None, [self.tr("What delights them")], None, "delight")
            for d in sorted(delights, key=lambda x: x["id"], reverse=True):
                tree.add(group, [d["text"]], EntryRef("delight", d))
        pains = detail["pain_points"]
        open_pains = [p for p in pains if not p.get("resolved_on")]
        resolved = [p for p in pains if p.get("resolved_on")]
        for title, items in (
            (self.tr("Open pain points"), open_pains),
            (self.tr("Resolved pain points"), resolved),
        ):
            if items:
                group = tree.add(None, [title], None, "pain")
                for p in sorted(items, key=lambda x: x["id"], reverse=True):
                    side = (
                        self.tr("with a competitor")
                        if p["with_whom"] == "competitor"
                        else self.tr("with us")
                    )
                    if p.get("resolved_on"):
                        note = self.tr("{side}, resolved {date}").format(
                            side=side, date=_d(p["resolved_on"])
                        )
                    else:
                        note = side
                    tree.add(group, [f"{clause(p['text'])} ({note})"], EntryRef("pain", p))
        reasons = [c for c in detail["conversations"] if c.get("why_buy")]
        if reasons:
            group = tree.add(None, [self.tr("Why they buy")], None, "purchase")
            for c in reasons:
                tree.add(
                    group,
                    [f"“{c['why_buy']}” ({_d(c['occurred_on'])})"],
                    EntryRef("conversation", c),
                )
        if tree.topLevelItemCount() == 0:
            tree.add(None, [self._nothing_known(len(detail["conversations"]))], None)
        tree.expandAll()
        tree.setUpdatesEnabled(True)

    def _refill_known(self) -> None:
        if self.detail is not None:
            self._fill_known(self.detail)

    def _nothing_known(self, conversations: int) -> str:
        """What "What we know" says with nothing in it: what is true (conversations logged
        that taught nothing yet), and an invitation to write only where it can be written."""
        if conversations:
            return Words.tr(
                "Nothing learned yet from %n conversation(s): next time, ask about their "
                "family, interests and goals.",
                "",
                conversations,
            )
        if self.controller.writable:
            return self.tr("Nothing yet: log a conversation (Ctrl+L) or add a fact.")
        return self.tr("Nothing recorded yet.")

    def _fill_timeline(self, detail: dict[str, Any], currency: str) -> None:
        entries: list[tuple[Any, int, Callable[..., object]]] = []
        # Each row's maker takes the tree: the rows not made yet hold data, not widgets.
        tree = self.timeline
        tree.setUpdatesEnabled(False)
        tree.clear()

        def later(day: Any, order: int, make: Callable[..., object]) -> None:
            entries.append((day, order, make))

        for c in detail["conversations"]:

            def make_conv(tree: EntryTree, c: dict[str, Any] = c) -> None:
                channel = i18n.word(vocab.CHANNEL_LABELS.get(c["channel"], c["channel"]))
                title = f"{channel}: {c.get('summary') or self.tr('(no summary)')}"
                item = tree.add(
                    None,
                    [_d(c["occurred_on"]), title, c.get("notes") or ""],
                    EntryRef("conversation", c),
                    "conversation",
                    c.get("notes"),
                )
                for d in c["delights"]:
                    tree.add(
                        item,
                        ["", self.tr("Delighted by: {text}").format(text=d["text"]), ""],
                        EntryRef("delight", d),
                        "delight",
                    )
                for p in c["pain_points"]:
                    if p["with_whom"] == "competitor":
                        pain = self.tr("Pain (competitor): {text}").format(text=p["text"])
                    else:
                        pain = self.tr("Pain (us): {text}").format(text=p["text"])
                    state = (
                        self.tr("resolved {date}").format(date=_d(p["resolved_on"]))
                        if p.get("resolved_on")
                        else self.tr("open")
                    )
                    tree.add(
                        item,
                        ["", pain, state],
                        EntryRef("pain", p),
                        "pain",
                    )
                if c.get("why_buy"):
                    child = QTreeWidgetItem(
                        ["", self.tr("Why they buy: “{text}”").format(text=c["why_buy"]), ""]
                    )
                    item.addChild(child)

            later(c["occurred_on"], c["id"], make_conv)
        for p in detail["promises"]:
            due = (
                self.tr("due {date}").format(date=_d(p["due_on"]))
                if p.get("due_on")
                else self.tr("no due date")
            )
            state = (
                self.tr("done {date}").format(date=_d(p["done_on"])) if p.get("done_on") else due
            )
            later(
                p["made_on"],
                p["id"],
                lambda tree, p=p, state=state: tree.add(
                    None,
                    [_d(p["made_on"]), self.tr("Promise: {text}").format(text=p["text"]), state],
                    EntryRef("promise", p),
                    "promise",
                ),
            )
        for g in detail["gifts"]:
            bits = [
                x
                for x in (
                    format_money(g["cost_minor"], g.get("currency") or currency)
                    if g.get("cost_minor") is not None
                    else None,
                    self.tr("for {occasion}").format(occasion=g["occasion"])
                    if g.get("occasion")
                    else None,
                    self.tr("reaction: {reaction}").format(reaction=g["reaction"])
                    if g.get("reaction")
                    else None,
                )
                if x
            ]
            later(
                g["given_on"],
                g["id"],
                lambda tree, g=g, bits=bits: tree.add(
                    None,
                    [
                        _d(g["given_on"]),
                        self.tr("Gift: {what}").format(what=g["what"]),
                        " · ".join(bits),
                    ],
                    EntryRef("gift", g),
                    "gift",
                ),
            )
        for i in detail["invitations"]:
            later(
                i["invited_on"],
                i["id"],
                lambda tree, i=i: tree.add(
                    None,
                    [
                        _d(i["invited_on"]),
                        self.tr("Invitation: {event} on {date}").format(
                            event=i["event"], date=_d(i["event_on"])
                        ),
                        i18n.word(vocab.INVITATION_STATUS_LABELS.get(i["status"], i["status"])),
                    ],
                    EntryRef("invitation", i),
                    "invitation",
                ),
            )
        from custjournal.domain.brief import referral_names  # the brief's rules, loaded late

        whom = referral_names(
            [(m["id"], m["kind"], m["occurred_on"]) for m in detail["milestones"]],
            [
                (r["since"], r["other_name"])
                for r in detail.get("relationships") or []
                if r["kind"] == "referred-by" and r["direction"] == "in"
            ],
        )
        for m in detail["milestones"]:
            note = m.get("note") or ""
            if m["id"] in whom:
                note = f"referred {whom[m['id']]}" + (f": {note}" if note else "")
            later(
                m["occurred_on"],
                m["id"],
                lambda tree, m=m, note=note: tree.add(
                    None,
                    [
                        _d(m["occurred_on"]),
                        self.tr("Milestone: {kind}").format(
                            kind=i18n.word(vocab.milestone_label(m["kind"]))
                        ),
                        note,
                    ],
                    EntryRef("milestone", m),
                    "milestone",
                ),
            )
        for p in detail["purchases"]:
            later(
                p["purchased_on"],
                p["id"],
                lambda tree, p=p: tree.add(
                    None,
                    [
                        _d(p["purchased_on"]),
                        self.tr("Purchase: {amount}").format(
                            amount=format_money(p["amount_minor"], p["currency"])
                        ),
                        p.get("what") or "",
                    ],
                    EntryRef("purchase", p),
                    "purchase",
                ),
            )
        for s in detail["stage_history"]:
            stage = i18n.word(vocab.STAGE_LABELS.get(s["stage"], s["stage"]))
            if s.get("from_stage"):
                text = self.tr("Stage: {stage} (from {previous})").format(
                    stage=stage,
                    previous=i18n.word(vocab.STAGE_LABELS.get(s["from_stage"], s["from_stage"])),
                )
            else:
                text = self.tr("Stage: {stage}").format(stage=stage)
            later(
                s["changed_on"],
                s["id"],
                lambda tree, s=s, text=text: tree.add(
                    None, [_d(s["changed_on"]), text, ""], EntryRef("stage_change", s), "stage"
                ),
            )
        entries.sort(key=lambda e: (e[0], e[1]), reverse=True)
        self._pending = [make for _day, _order, make in entries]
        self.fetch_more()
        if tree.topLevelItemCount() == 0:
            tree.add(None, ["", self.tr("Nothing logged yet."), ""], None)
        tree.setUpdatesEnabled(True)

    def can_fetch_more(self) -> bool:
        """Whether timeline rows are still to be made (the view was not scrolled that far)."""
        return bool(self._pending)

    def fetch_more(self) -> None:
        """Make the timeline's next page of rows."""
        page, self._pending = self._pending[:TIMELINE_PAGE], self._pending[TIMELINE_PAGE:]
        for make in page:
            make(self.timeline)

    def _scrolled(self, value: int) -> None:
        bar = self.timeline.verticalScrollBar()
        # Within a screen of the end: the next page, before the user gets there.
        if self._pending and value >= bar.maximum() - bar.pageStep():
            self.fetch_more()

    # --- actions -------------------------------------------------------------------------

    def _add(self, kind: str) -> None:
        if self.customer_id is not None:
            self.add_needed.emit(kind, self.customer_id)

    def _stage_chosen(self, index: int) -> None:
        stage = self.stage_combo.itemData(index)
        if self.customer_id is None or self.detail is None or stage == self.detail["stage"]:
            return
        try:
            self.controller.apply(
                ops.set_stage, self.customer_id, stage, today=self.controller.today()
            )
        except UserError as exc:
            self.controller.error.emit(exc.message)

    def _delete(self, ref: EntryRef) -> None:
        # On a journal that takes no changes, the reason in the status bar (as for Enter, which
        # would edit), not an error box: nothing was tried.
        if self.controller.refuses():
            return
        label = QCoreApplication.translate("CustomerPage", _KIND_LABEL.get(ref.kind, ref.kind))
        self.controller.delete(ref.kind, ref.id, label)

    def _entry_action(self, action: str, ref: EntryRef) -> None:
        assert self.customer_id is not None
        if self.controller.refuses():
            return
        try:
            if action == "done":
                self.controller.apply(
                    ops.mark_promise_done,
                    self.customer_id,
                    promise_id=ref.id,
                    on=self.controller.today(),
                    today=self.controller.today(),
                )
            elif action == "resolve":
                self.controller.apply(
                    ops.resolve_pain_point,
                    self.customer_id,
                    pain_id=ref.id,
                    today=self.controller.today(),
                )
        except UserError as exc:
            self.controller.error.emit(exc.message)

    def _on_changed(self, change: Change) -> None:
        # The page shows every kind of entry of its customer, and its due date and values
        # depend on the journal's settings: anything that concerns the customer reloads it.
        # A link or a same-firm declaration taken back by undo names one side only.
        links = Changed.RELATIONSHIP | Changed.SAME_FIRM
        if self.customer_id is not None and (
            change.concerns(self.customer_id) or change.what & links
        ):
            self.reload()

    def current_entry(self) -> EntryRef | None:
        for tree in (self.timeline, self.known):
            if tree.hasFocus():
                return tree.current_ref()
        return None
