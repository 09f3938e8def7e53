"""People and companies connected, in the app: the customer page's Connections line, the dialog
that links two customers, and the Companies view (View > Companies, Ctrl+4).

- `ConnectionsBar` sits on the customer page: each linked customer and the customer's company
  are links (a click, or Tab and Enter, goes there); "Link…" opens `LinkDialog`, "Unlink" lists
  the links to remove. Every change goes through ops and is undone with Ctrl+Z.
- `LinkDialog` picks the other customer with the quick log's picker (names and companies
  folded for case and accents, `#12` for an id) and the kind from this customer's side.
- `CompaniesView` groups customers by company (folded, legal suffixes off, joined by the
  user's same-firm declarations) with each company's 12-month value, last touch and open
  promises; "Same Firm As…" and "Not the Same Firm…" record or take back a declaration.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QStyleOptionToolButton,
    QStylePainter,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custjournal import ops
from custjournal.domain import links as rules
from custjournal.domain.changes import Change, Changed
from custjournal.domain.errors import Field, UserError
from custjournal.gui import theme
from custjournal.gui.controller import JournalController
from custjournal.gui.dates import format_date, format_money, format_number
from custjournal.gui.forms import DateField, FormDialog, customer_name, hint_label
from custjournal.gui.sentences import app_sentence, say
from custjournal.store.links import Company

__all__ = ["CompaniesView", "ConnectionsBar", "LinkDialog"]

CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 20
COMPANY_ROLE = Qt.ItemDataRole.UserRole + 21


def _tr(text: str) -> str:
    return QCoreApplication.translate("Links", text)


def _esc(text: str) -> str:
    from html import escape

    return escape(text, quote=True)


class LinkDialog(FormDialog["ops.Result"]):  # a string: the ORM loads at first use
    """Link the page's customer to another: the kind from their side, the other, a note."""

    def __init__(
        self, controller: JournalController, customer_id: int, parent: QWidget | None = None
    ) -> None:
        self.customer_id = customer_id
        who = customer_name(controller, customer_id)
        super().__init__(
            controller,
            QCoreApplication.translate("Links", "Link {name}").format(name=who),
            "link",
            parent,
            heading=QCoreApplication.translate("Links", "Link {name} to another customer").format(
                name=who
            ),
        )
        self.kind = QComboBox()
        for word in rules.KNOWN_WORDS:
            self.kind.addItem(QCoreApplication.translate("LinkText", rules.WORD_LABELS[word]), word)
        self.kind.setAccessibleName(QCoreApplication.translate("Links", "How they are linked"))
        self.add_row(QCoreApplication.translate("Links", "&How:"), self.kind, Field.KIND)
        # The quick log's picker (loaded with the dialog, not at start-up).
        from custjournal.gui.quick_log import CustomerMatcher, CustomerPicker

        self.matcher = CustomerMatcher([c for c in controller.candidates() if c.id != customer_id])
        self.other = CustomerPicker(self.matcher)
        self.other.setAccessibleName(QCoreApplication.translate("Links", "Other customer"))
        self.add_row(QCoreApplication.translate("Links", "&Customer:"), self.other, Field.CUSTOMER)
        self.other_hint = hint_label()
        self.other_hint.setWordWrap(True)
        self.form.addRow("", self.other_hint)
        self.other.status_changed.connect(self.other_hint.setText)
        self.since = DateField(controller.today)
        self.since.set_date(controller.today())
        self.add_row(
            QCoreApplication.translate("Links", "&Since:"),
            self.since,
            Field.DATE,
            "relationship date",
        )
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            QCoreApplication.translate("Links", "how it came about, in a few words")
        )
        self.add_row(QCoreApplication.translate("Links", "&Note:"), self.note, "note")
        self.set_first_field(self.other)
        self.finish_layout()
        self.setMinimumWidth(480)

    def save(self) -> ops.Result:
        other = self.other.resolve()
        since = self.since.date(what="relationship date", allow_future=False)
        return self.controller.apply(
            ops.link_customers,
            self.customer_id,
            other,
            self.kind.currentData(),
            note=self.note.text(),
            since=since,
            today=self.controller.today(),
        )


class MenuToolButton(QToolButton):
    """A tool button that opens its menu, with room for the menu's arrow beside its label.

    A QToolButton in InstantPopup mode draws the arrow in its bottom-right corner but sizes
    and centres its label as if there were none, so the arrow sat on the label's last letter
    ("Unlink", "Verknüpfung lösen"). Here the button is wider by the arrow, and the label is
    centred in the part left of it.
    """

    def _arrow_width(self) -> int:
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        return self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, self)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().sizeHint()
        return QSize(hint.width() + self._arrow_width(), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QStylePainter(self)
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        text = option.text
        option.text = ""  # the frame and the arrow first, then the label left of the arrow
        painter.drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)
        option.text = text
        option.rect = self.rect().adjusted(0, 0, -self._arrow_width(), 0)
        painter.drawControl(QStyle.ControlElement.CE_ToolButtonLabel, option)


class ConnectionsBar(QWidget):
    """The page's line of connections: linked customers and the company, each a link."""

    open_customer_needed = Signal(int)
    open_company_needed = Signal(str)  # a company key (store.links.Company.key)

    def __init__(self, controller: JournalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.customer_id: int | None = None
        self.links: list[dict[str, Any]] = []
        self.company_key: str | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        icon = QLabel()
        icon.setPixmap(theme.icon("link").pixmap(16, 16))
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setObjectName("connections")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.label.setAccessibleName(QCoreApplication.translate("Links", "Connections"))
        self.label.linkActivated.connect(self._follow)
        layout.addWidget(self.label, 1)
        self.link_button = QToolButton()
        self.link_button.setText(QCoreApplication.translate("Links", "Link…"))
        self.link_button.setToolTip(
            QCoreApplication.translate(
                "Links", "Link this customer to another (who referred whom, …)"
            )
        )
        self.link_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.link_button.clicked.connect(self.add_link)
        layout.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignTop)
        self.unlink_button = MenuToolButton()
        self.unlink_button.setText(QCoreApplication.translate("Links", "Unlink"))
        self.unlink_button.setToolTip(
            QCoreApplication.translate("Links", "Remove a link (Ctrl+Z brings it back)")
        )
        self.unlink_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.unlink_menu = QMenu(self.unlink_button)
        self.unlink_button.setMenu(self.unlink_menu)
        layout.addWidget(self.unlink_button, 0, Qt.AlignmentFlag.AlignTop)

    def show_links(
        self, customer_id: int, relationships: list[dict[str, Any]], company: str | None
    ) -> None:
        """Show *relationships* (`queries.customer_detail`'s) and the customer's *company*,
        which links to their firm in the Companies view."""
        self.customer_id = customer_id
        self.links = relationships
        self.company_key = self.controller.company_key_of(customer_id) if company else None
        parts = []
        for r in relationships:
            href = f"customer:{r['other_id']}"
            text = f'{_esc(say(r["label"]))} <a href="{href}">{_esc(r["other_name"])}</a>'
            if r.get("note"):
                text += f' <span style="color: gray">({_esc(r["note"])})</span>'
            parts.append(text)
        if self.company_key and company:
            parts.append(
                QCoreApplication.translate("Links", "at {company}").format(
                    company=f'<a href="company:{_esc(self.company_key)}">'
                    f"{_esc(' '.join(company.split()))}</a>"
                )
            )
        if not parts:
            self.label.setText(QCoreApplication.translate("Links", "No connections yet."))
        else:
            self.label.setText(" · ".join(parts))
        self.unlink_menu.clear()
        for r in relationships:
            action = self.unlink_menu.addAction(
                theme.icon("delete"), f"{say(r['label'])} {r['other_name']}"
            )
            action.triggered.connect(lambda _=False, link_id=r["id"]: self.remove(link_id))
        # Not on a journal that takes no changes (gui/read_only.py).
        self.unlink_button.setEnabled(bool(relationships) and self.controller.writable)

    def _follow(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if kind == "customer":
            self.open_customer_needed.emit(int(value))
        elif kind == "company":
            self.open_company_needed.emit(value)

    def add_link(self) -> ops.Result | None:
        if self.customer_id is None:
            return None
        dialog = LinkDialog(self.controller, self.customer_id, self.window())
        if dialog.exec():
            return dialog.result_value
        return None

    def remove(self, link_id: int) -> None:
        try:
            self.controller.apply(ops.remove_link, link_id)
        except UserError as exc:
            self.controller.error.emit(app_sentence(exc))


# --- the company view ----------------------------------------------------------------------------


class CompaniesView(QWidget):
    """Customers grouped by company: value, last touch and open promises per company."""

    open_customer_needed = Signal(int)
    loaded = Signal()  # the tree shows fresh rows (tests wait on it)

    def __init__(self, controller: JournalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.companies: list[Company] = []
        self._stale = True
        self._loading = False
        self._reload_again = False
        self._pending: str | None = None  # a company to select once the rows arrive
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 8)
        title = QLabel(QCoreApplication.translate("Links", "Companies"))
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        explain = QLabel(
            QCoreApplication.translate(
                "Links",
                "Customers grouped by their company. Spellings that differ only in case, "
                "accents or a legal form (GmbH, Ltd, Inc, SA…) are one company. For other "
                "names, Same Firm As… says that two are one firm.",
            )
        )
        explain.setWordWrap(True)
        explain.setObjectName("hint")
        outer.addWidget(explain)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(QCoreApplication.translate("Links", "Filter companies"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(QCoreApplication.translate("Links", "Filter companies"))
        self.filter.textChanged.connect(self._apply_filter)
        outer.addWidget(self.filter)
        # A tool bar, as on the customer page: a narrow pane folds it into its extension menu.
        bar = QToolBar(QCoreApplication.translate("Links", "Companies"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(bar.iconSize() * 0.75)
        self.act_same = bar.addAction(
            theme.icon("company"), QCoreApplication.translate("Links", "Same Firm As…")
        )
        self.act_same.setToolTip(
            QCoreApplication.translate(
                "Links", "Say that the selected company and another are one firm"
            )
        )
        self.act_same.triggered.connect(self.declare_same)
        self.act_apart = bar.addAction(
            theme.icon("delete"), QCoreApplication.translate("Links", "Not the Same Firm…")
        )
        self.act_apart.setToolTip(
            QCoreApplication.translate("Links", "Take back that two names are one firm")
        )
        self.act_apart.triggered.connect(self.undeclare)
        outer.addWidget(bar)
        self.tree = QTreeWidget()
        columns = [
            QCoreApplication.translate("Links", "Company"),
            QCoreApplication.translate("Links", "Customers"),
            QCoreApplication.translate("Links", "12-month value"),
            QCoreApplication.translate("Links", "Last contact"),
            QCoreApplication.translate("Links", "Promises"),
        ]
        self.tree.setHeaderLabels(columns)
        self.tree.setAccessibleName(QCoreApplication.translate("Links", "Companies"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSortingEnabled(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        # The company's name takes the room: at least a usual firm's name ("Brûlerie du
        # Marché Ltd"), the figures as wide as they need; the rest of the width is the
        # name's. Without it, a page 460 pixels wide cut every name to ~7 characters
        # ("Brûleri…" eight times) while the figures kept theirs. Beyond that, the figures
        # scroll into view; a name still cut keeps its ends ("Brûl…Marché") and its tooltip.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for col in range(1, len(columns)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._name_room = (
            self.tree.fontMetrics().horizontalAdvance("Brûlerie du Marché Ltd")
            + self.tree.indentation()
            + self.tree.iconSize().width()
            + 16
        )
        header.sectionResized.connect(self._section_resized)
        self.tree.viewport().installEventFilter(self)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        outer.addWidget(self.tree, 1)
        self.empty = QLabel(
            QCoreApplication.translate(
                "Links", "No customer has a company yet: give one in a customer's details (Ctrl+E)."
            )
        )
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)
        controller.changed.connect(self._on_changed)

    # --- content ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize and watched is self.tree.viewport():
            self._fit_names()
        return False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column:  # a figure's column: the name takes what it leaves
            self._fit_names()

    def _fit_names(self) -> None:
        """The name column: the width the figures leave, and at least a usual firm's name."""
        header = self.tree.header()
        figures = sum(header.sectionSize(col) for col in range(1, header.count()))
        width = max(self._name_room, self.tree.viewport().width() - figures)
        if header.sectionSize(0) != width:
            header.resizeSection(0, width)

    def _on_changed(self, change: Change) -> None:
        # Names, companies, purchases, touches, promises, archiving and declarations all show
        # here: anything but a snoozed reminder may change it. Reloaded when next shown.
        if change.what & ~Changed.REMINDER:
            self._stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Read the companies in the worker; the tree fills when they arrive (`loaded`)."""
        self._stale = False
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        self.controller.load_companies(self._arrived, self._failed)

    def _failed(self, exc: UserError) -> None:
        self._loading = False
        self._stale = True
        self.controller.error.emit(app_sentence(exc))

    def _arrived(self, loaded: tuple[list[Company], str, Any]) -> None:
        self._loading = False
        if self._reload_again:  # the journal changed while these were read
            self._reload_again = False
            self.reload()
            return
        companies, currency, today = loaded
        current = self.current_company()
        key = self._pending or (current.key if current else None)
        self._pending = None
        self.companies = companies
        self._fill(currency, today)
        if key is not None:
            self._select(key)
        self._update_buttons()
        self.loaded.emit()

    def _fill(self, currency: str, today: Any) -> None:
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        for company in self.companies:
            # Narrow columns, so the names keep the room: the count (marked when one is late),
            # and the next due day on hover.
            promises = str(company.open_promises) if company.open_promises else ""
            promise_tip = ""
            if company.next_promise_due is not None:
                late = company.next_promise_due < today
                due = format_date(company.next_promise_due)
                if late:
                    promises += " " + QCoreApplication.translate("Links", "(late)")
                promise_tip = (
                    QCoreApplication.translate("Links", "Overdue since {day}")
                    if late
                    else QCoreApplication.translate("Links", "Next due {day}")
                ).format(day=due)
            item = QTreeWidgetItem(
                [
                    company.name,
                    format_number(len(company.members)),
                    format_money(company.value_12m, currency) if company.value_12m else "",
                    format_date(company.last_contact)
                    or QCoreApplication.translate("Links", "never"),
                    promises,
                ]
            )
            if promise_tip:
                item.setToolTip(4, promise_tip)
            item.setIcon(0, theme.icon("company"))
            item.setData(0, COMPANY_ROLE, company.key)
            item.setToolTip(0, company.name)  # the whole name, where the column cuts it
            if len(company.spellings) > 1:
                item.setToolTip(
                    0,
                    QCoreApplication.translate("Links", "Written as: {names}").format(
                        names="; ".join(company.spellings)
                    ),
                )
            for col in (1, 2, 4):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight)
            for m in company.members:
                role = f" — {m.role}" if m.role else ""
                child = QTreeWidgetItem(
                    [
                        f"{m.name}{role}",
                        "",
                        format_money(m.value_12m, currency) if m.value_12m else "",
                        format_date(m.last_contact) or QCoreApplication.translate("Links", "never"),
                        str(m.open_promises) if m.open_promises else "",
                    ]
                )
                child.setIcon(0, theme.icon("customer"))
                child.setData(0, CUSTOMER_ROLE, m.id)
                if m.company != company.name:
                    child.setToolTip(
                        0,
                        QCoreApplication.translate("Links", "Company written as: {name}").format(
                            name=m.company
                        ),
                    )
                for col in (2, 4):
                    child.setTextAlignment(col, Qt.AlignmentFlag.AlignRight)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
        self.tree.setUpdatesEnabled(True)
        self.empty.setVisible(not self.companies)
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        from custjournal.domain.text import fold

        wanted = fold(text.strip())
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            assert item is not None
            kids = (item.child(j) for j in range(item.childCount()))
            names = [item.text(0)] + [k.text(0) for k in kids if k is not None]
            item.setHidden(bool(wanted) and not any(wanted in fold(n) for n in names))

    def _update_buttons(self) -> None:
        company = self.current_company()
        writable = self.controller.writable  # else nothing is declared (gui/read_only.py)
        self.act_same.setEnabled(writable and company is not None and len(self.companies) > 1)
        self.act_apart.setEnabled(writable and bool(self._declarations(company)))

    # --- navigation ------------------------------------------------------------------------

    def company_item(self, key: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.data(0, COMPANY_ROLE) == key:
                return item
        return None

    def show_company(self, key: str) -> None:
        """Select and open the company *key* (clearing a filter that hides it), now or when
        the companies being read arrive."""
        if self._stale or self._loading:
            self._pending = key
            if not self._loading:
                self.reload()
            return
        self._select(key)

    def _select(self, key: str) -> bool:
        item = self.company_item(key)
        if item is None:
            return False
        if item.isHidden():
            self.filter.clear()
        item.setExpanded(True)
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtTop)
        return True

    def current_company(self) -> Company | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        parent = item.parent()
        key = (parent or item).data(0, COMPANY_ROLE)
        return next((c for c in self.companies if c.key == key), None)

    def focus_tree(self) -> None:
        self.tree.setFocus()
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        customer_id = item.data(0, CUSTOMER_ROLE)
        if customer_id is not None:
            self.open_customer_needed.emit(int(customer_id))
        else:
            item.setExpanded(not item.isExpanded())

    # --- same firm -------------------------------------------------------------------------

    def declare_same(self) -> None:
        company = self.current_company()
        if company is None:
            return
        others = [c.name for c in self.companies if c.key != company.key]
        if not others:
            return
        other, ok = QInputDialog.getItem(
            self,
            QCoreApplication.translate("Links", "Same Firm"),
            QCoreApplication.translate("Links", "{name} is the same firm as:").format(
                name=company.name
            ),
            others,
            0,
            True,
        )
        if ok and other.strip():
            self._apply(ops.declare_same_firm, company.name, other)

    def _declarations(self, company: Company | None) -> list[tuple[int, str, str]]:
        if company is None:
            return []
        groups = rules.FirmGroups((a, b) for _i, a, b in self.controller.same_firm_pairs())
        return [
            (i, a, b)
            for i, a, b in self.controller.same_firm_pairs()
            if groups.group_of(a) == company.key
        ]

    def undeclare(self) -> None:
        found = self._declarations(self.current_company())
        if not found:
            return
        choices = [
            QCoreApplication.translate("Links", "{a} = {b}").format(a=a, b=b) for _i, a, b in found
        ]
        chosen, ok = QInputDialog.getItem(
            self,
            QCoreApplication.translate("Links", "Not the Same Firm"),
            QCoreApplication.translate("Links", "Take back that these are one firm:"),
            choices,
            0,
            False,
        )
        if ok and chosen in choices:
            _i, a, b = found[choices.index(chosen)]
            self._apply(ops.undeclare_same_firm, a, b)

    def _apply(self, action: Any, *args: Any) -> None:
        try:
            self.controller.apply(action, *args)
        except UserError as exc:
            self.controller.error.emit(app_sentence(exc))
