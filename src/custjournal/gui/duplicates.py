"""Customer > Find Duplicates…: likely duplicates found in a worker, reviewed side by side, merged.

The finder (domain/duplicates.py, read by store/duplicates.py) runs in the controller's worker
with a progress bar; the pairs come back as plain data and fill `PairModel`. Selecting a pair
shows the two customers side by side, one row per field with a choice of whose value to keep
(by default the left one's where it has one, as `ops.merge.default_take` says; the notes of
both). Merge folds the right customer into the left one (Swap Sides turns them round) through
the controller, so Edit > Undo takes it back; Not Duplicates remembers the pair. Either way the
pair leaves the list, with every other pair that named the customer merged away.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from custjournal import ops
from custjournal.domain import duplicates as finder
from custjournal.domain import vocab
from custjournal.domain.errors import UserError
from custjournal.gui import i18n
from custjournal.gui.controller import JournalController
from custjournal.gui.i18n import Words
from custjournal.gui.sentences import app_sentence, say
from custjournal.gui.table_model import DISPLAY, TOOLTIP, RowTableModel
from custjournal.ops import merge


def _reason(pair: finder.Pair) -> str:
    """Why the two may be one ("same phone …, same company"), in the app's language."""
    return ", ".join(say(reason) for reason in pair.reasons)


class PairModel(RowTableModel):
    """The likely pairs, strongest first: the two names and why."""

    served_roles = frozenset({int(DISPLAY), int(TOOLTIP)})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = (self.tr("Customer"), self.tr("Likely the same as"), self.tr("Why"))
        self.names: dict[int, str] = {}

    def set_pairs(self, pairs: Sequence[finder.Pair], names: dict[int, str]) -> None:
        self.beginResetModel()
        self._shown = list(pairs)
        self.names = names
        self.endResetModel()

    def pair(self, row: int) -> finder.Pair:
        pair: finder.Pair = self._shown[row]
        return pair

    def drop(self, customer_ids: set[int], pair: tuple[int, int] | None = None) -> None:
        """Leave out the pairs naming any of *customer_ids*, and *pair* itself."""
        keep = [
            p
            for p in self._shown
            if p.first not in customer_ids
            and p.second not in customer_ids
            and (p.first, p.second) != pair
        ]
        if len(keep) != len(self._shown):
            self.beginResetModel()
            self._shown = keep
            self.endResetModel()

    def cell(self, row: finder.Pair, column: int, role: int) -> Any:
        if role == TOOLTIP:
            return _reason(row)
        if column == 0:
            return self.names.get(row.first, f"#{row.first}")
        if column == 1:
            return self.names.get(row.second, f"#{row.second}")
        return _reason(row)


class _Side:
    """One customer's column in the side-by-side view."""

    def __init__(self, detail: dict[str, Any]) -> None:
        self.detail = detail
        self.id = int(detail["id"])


class DuplicatesDialog(QDialog):
    """Customer > Find Duplicates…; `finished_finding` is emitted when the list is in."""

    finished_finding = Signal(int)  # how many pairs

    def __init__(self, controller: JournalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Find Duplicates"))
        self.resize(1180, 640)
        self.task: Any = None
        self.sides: tuple[_Side, _Side] | None = None
        self.choices: dict[str, QButtonGroup] = {}

        self.status = QLabel(self.tr("Looking for customers who are likely the same person…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)

        self.model = PairModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line a pair; the tooltip and the side view say all
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)  # bold would not fit
        self.table.setColumnWidth(0, 160)
        self.table.setColumnWidth(1, 160)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)

        self.compare_box = QGroupBox(self.tr("Side by side: choose what to keep"))
        self.compare = QGridLayout()
        holder = QWidget()
        holder.setLayout(self.compare)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box_layout = QVBoxLayout(self.compare_box)
        box_layout.addWidget(self.reason)
        box_layout.addWidget(scroll)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.compare_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 640])

        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setToolTip(
            self.tr("Fold the right customer into the left one; every entry of both is kept")
        )
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.merge_current)
        self.swap_button = QPushButton(self.tr("S&wap Sides"))
        self.swap_button.clicked.connect(self.swap)
        self.distinct_button = QPushButton(self.tr("&Not Duplicates"))
        self.distinct_button.setToolTip(
            self.tr("They are different people: don't offer this pair again")
        )
        self.distinct_button.clicked.connect(self.not_duplicates)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.swap_button)
        buttons.addStretch(1)
        buttons.addWidget(self.distinct_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._enable(False)

    # --- finding, in the worker -----------------------------------------------------------

    def start_finding(self) -> None:
        """Look for duplicates in the controller's worker; the list fills when it is done."""
        from custjournal.store import duplicates as store_duplicates

        journal = self.controller.journal

        def work(report: Any) -> tuple[list[finder.Pair], dict[int, str]] | None:
            try:
                pairs = store_duplicates.find(journal, progress=report)
            except finder.Cancelled:
                return None
            with journal.read() as session:
                names = {
                    cid: name + (f" ({company})" if company else "")
                    for cid, name, company in session.connection().exec_driver_sql(
                        "SELECT id, name, company FROM customer"
                    )
                }
            return pairs, names

        self.progress.show()
        self.task = self.controller.run_task(work, self._found, self._failed, self._advance)

    def _advance(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _found(self, result: tuple[list[finder.Pair], dict[int, str]] | None) -> None:
        self.task = None
        self.progress.hide()
        if result is None:
            return
        pairs, names = result
        self.model.set_pairs(pairs, names)
        self._say_count()
        if pairs:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.finished_finding.emit(len(pairs))

    def _failed(self, error: UserError) -> None:
        self.task = None
        self.progress.hide()
        self.status.setText(app_sentence(error))

    def _say_count(self) -> None:
        n = self.model.rowCount()
        if n == 0:
            self.status.setText(self.tr("No likely duplicates."))
        else:
            self.status.setText(
                Words.tr("%n pair(s) of customers who are likely the same person.", "", n)
            )

    # --- one pair, side by side -----------------------------------------------------------

    def _show_current(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0 or row >= self.model.rowCount():
            self._set_sides(None)
            return
        pair = self.model.pair(row)
        left = self.controller.customer_detail(pair.first)
        right = self.controller.customer_detail(pair.second)
        if left is None or right is None:  # erased meanwhile
            self.model.drop({pair.first if left is None else pair.second})
            self._say_count()
            return
        self.reason.setText(self.tr("Why: {reason}.").format(reason=_reason(pair)))
        self._set_sides((_Side(left), _Side(right)))

    def swap(self) -> None:
        if self.sides is not None:
            self._set_sides((self.sides[1], self.sides[0]))

    def _clear_compare(self) -> None:
        while self.compare.count():
            item = self.compare.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # out of findChild's way at once; deleted below
                widget.deleteLater()
        for group in self.choices.values():
            group.deleteLater()
        self.choices = {}

    def _put(self, widget: QWidget, row: int, column: int, *align: Qt.AlignmentFlag) -> None:
        self.compare.addWidget(widget, row, column, *align)
        widget.show()  # at once: a layout shows a widget added to a shown window only later

    def _set_sides(self, sides: tuple[_Side, _Side] | None) -> None:
        self._clear_compare()
        self.sides = sides
        self._enable(sides is not None)
        if sides is None:
            self.reason.clear()
            return
        left, right = sides
        for column, side, role in ((1, left, self.tr("kept")), (2, right, self.tr("merged in"))):
            head = QLabel(f"<b>#{side.id} {_html(str(side.detail['name']))}</b> ({role})")
            self._put(head, 0, column)
        default = merge.default_take(left.detail, right.detail)
        labels = self._field_labels()
        row = 1
        for name in merge.FIELDS:
            group = QButtonGroup(self)
            self._put(QLabel(labels[name]), row, 0, Qt.AlignmentFlag.AlignTop)
            for column, side, choice in ((1, left, "keep"), (2, right, "other")):
                shown = self._shown(name, side.detail.get(name))
                button = QRadioButton(shown if len(shown) <= 34 else shown[:33] + "…")
                button.setToolTip(shown)
                button.setObjectName(f"{name}:{choice}")
                button.setProperty("choice", choice)
                group.addButton(button)
                self._put(button, row, column, Qt.AlignmentFlag.AlignTop)
                button.setChecked(default[name] == choice)
            if name == "notes":
                both = QRadioButton(self.tr("Both"))
                both.setObjectName("notes:both")
                both.setProperty("choice", "both")
                group.addButton(both)
                self._put(both, row + 1, 1)
                both.setChecked(default[name] == "both")
                row += 1
            self.choices[name] = group
            row += 1
        for column, side in ((1, left), (2, right)):
            self._put(QLabel(self._summary(side.detail)), row, column, Qt.AlignmentFlag.AlignTop)
        self._put(QLabel(self.tr("Entries")), row, 0, Qt.AlignmentFlag.AlignTop)
        self.compare.setColumnStretch(1, 1)
        self.compare.setColumnStretch(2, 1)
        self.compare.setRowStretch(row + 1, 1)
        self.compare.activate()  # laid out now, so the new choices have their places at once

    def _field_labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "company": self.tr("Company"),
            "role": self.tr("Role"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "stage": self.tr("Stage"),
            "cadence_days": self.tr("Own cadence"),
            "tier_pin": self.tr("Tier pin"),
            "notes": self.tr("Notes"),
        }

    def _shown(self, name: str, value: object) -> str:
        if value in (None, ""):
            return self.tr("(none)")
        if name == "stage":
            return i18n.word(vocab.STAGE_LABELS.get(str(value), str(value)))
        if name == "cadence_days":
            return Words.tr("%n day(s)", "", int(str(value)))
        return " ".join(str(value).split())

    def _summary(self, detail: dict[str, Any]) -> str:
        """What the customer has, counted: what a merge keeps of both."""
        n = {key: len(detail.get(key) or []) for key in merge_counted()}
        said = (
            Words.tr("%n conversation(s)", "", n["conversations"]),
            Words.tr("%n promise(s)", "", n["promises"]),
            Words.tr("%n fact(s)", "", n["facts"]),
            Words.tr("%n gift(s)", "", n["gifts"]),
            Words.tr("%n invitation(s)", "", n["invitations"]),
            Words.tr("%n milestone(s)", "", n["milestones"]),
            Words.tr("%n purchase(s)", "", n["purchases"]),
            Words.tr("%n contact point(s)", "", n["contact_points"]),
        )
        lines = [text for key, text in zip(merge_counted(), said, strict=True) if n[key]]
        since = detail.get("created_at")
        if since is not None:
            day = since.date().isoformat() if hasattr(since, "date") else str(since)[:10]
            lines.append(self.tr("customer since {day}").format(day=day))
        if detail.get("archived"):
            lines.append(self.tr("archived"))
        return "\n".join(lines) or self.tr("no entries")

    def take(self) -> dict[str, str]:
        """The choice per field, as `ops.merge_customers` takes it."""
        chosen = {}
        for name, group in self.choices.items():
            button = group.checkedButton()
            if button is not None:
                chosen[name] = str(button.property("choice"))
        return chosen

    def _enable(self, on: bool) -> None:
        for button in (self.merge_button, self.swap_button, self.distinct_button):
            button.setEnabled(on)

    # --- acting on the pair ---------------------------------------------------------------

    def merge_current(self) -> None:
        if self.sides is None:
            return
        left, right = self.sides
        row = self.table.currentIndex().row()
        try:
            self.controller.apply(ops.merge_customers, left.id, right.id, take=self.take())
        except UserError as exc:
            self.status.setText(app_sentence(exc))
            return
        # The one merged away is gone: so are the pairs that named it.
        self.model.drop({right.id}, (min(left.id, right.id), max(left.id, right.id)))
        self._after_acting(row)

    def not_duplicates(self) -> None:
        if self.sides is None:
            return
        left, right = self.sides
        row = self.table.currentIndex().row()
        try:
            self.controller.apply(ops.mark_not_duplicates, left.id, right.id)
        except UserError as exc:
            self.status.setText(app_sentence(exc))
            return
        self.model.drop(set(), (min(left.id, right.id), max(left.id, right.id)))
        self._after_acting(row)

    def _after_acting(self, row: int) -> None:
        self._say_count()
        n = self.model.rowCount()
        if n:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(min(row, n - 1), 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self._set_sides(None)

    def done(self, result: int) -> None:  # noqa: D401 - Qt's name
        if self.task is not None:
            self.task.cancel()  # the worker stops at its next progress report
        super().done(result)


def merge_counted() -> tuple[str, ...]:
    """The entry lists of `customer_detail` the side-by-side view counts."""
    return (
        "conversations",
        "promises",
        "facts",
        "gifts",
        "invitations",
        "milestones",
        "purchases",
        "contact_points",
    )


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
