"""The customer list: a table model of light rows and a proxy that sorts and filters them.

The model holds plain `CustomerRow`s (a few hundred bytes each: 10,000 customers are a few MB)
and paints from them; nothing here touches the database. The proxy filters by stage, tag, tier,
"neglected only" and by the set of ids the full-text index returned for the search field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from custjournal.domain.vocab import STAGE_LABELS, STAGES
from custjournal.store.queries import CustomerRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = ("Name", "Company", "Stage", "Tier", "Last contact", "Due")
NAME, COMPANY, STAGE, TIER, LAST, DUE = range(len(COLUMNS))
_TIER_COLORS = {"A": "#1f7a4d", "B": "#2f6f8f"}

Index = QModelIndex | QPersistentModelIndex


def due_text(days: int) -> str:
    if days == 0:
        return "today"
    if days < 0:
        return f"{-days} d overdue"
    return f"in {days} d"


class CustomerTableModel(QAbstractTableModel):
    def __init__(self, today: Callable[[], dt.date] = dt.date.today, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._rows: list[CustomerRow] = []
        self._today = today

    # --- content -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[CustomerRow]) -> None:
        """Show *rows*; keeps selection and scroll when the same customers are listed."""
        rows = list(rows)
        if [r.id for r in rows] == [r.id for r in self._rows] and rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_for_id(self, customer_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if row.id == customer_id:
                return i
        return None

    def customer(self, row: int) -> CustomerRow:
        return self._rows[row]

    def customers(self) -> list[CustomerRow]:
        return list(self._rows)

    # --- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(COLUMNS):
                return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == SORT_ROLE:
            return self._sort_key(r, col)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ToolTipRole and col == DUE:
            return r.cadence_explanation
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == DUE and r.days_until_due(self._today()) < 0 and not r.archived:
                return QBrush(QColor("#c0392b"))
            if col == TIER and r.tier in _TIER_COLORS:
                return QBrush(QColor(_TIER_COLORS[r.tier]))
            if r.archived:
                return QBrush(QColor("#8a919a"))
        if role == Qt.ItemDataRole.FontRole and col == TIER and r.tier == "A":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (TIER, DUE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, r: CustomerRow, col: int) -> str:
        if col == NAME:
            return r.name
        if col == COMPANY:
            return r.company or ""
        if col == STAGE:
            return STAGE_LABELS.get(r.stage, r.stage)
        if col == TIER:
            return r.tier + ("*" if r.tier_pinned else "")
        if col == LAST:
            return r.last_contact.isoformat() if r.last_contact else "never"
        if col == DUE:
            return "archived" if r.archived else due_text(r.days_until_due(self._today()))
        return ""

    def _sort_key(self, r: CustomerRow, col: int) -> Any:
        if col == NAME:
            return r.name.casefold()
        if col == COMPANY:
            return (r.company or "").casefold()
        if col == STAGE:
            return STAGES.index(r.stage) if r.stage in STAGES else 99
        if col == TIER:
            return r.tier
        if col == LAST:
            return r.last_contact.toordinal() if r.last_contact else 0
        if col == DUE:
            return 10**6 if r.archived else r.days_until_due(self._today())
        return 0


class CustomerFilter(QSortFilterProxyModel):
    """Sorting by the raw values, and the list's filters."""

    def __init__(self, today: Callable[[], dt.date] = dt.date.today, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._today = today
        self.stage: str | None = None
        self.tag: str | None = None
        self.tier: str | None = None
        self.neglected_only = False
        self.show_archived = False
        self.matching_ids: set[int] | None = None  # from the search index; None = no search

    def set_filters(self, **values: Any) -> None:
        self.beginFilterChange()
        for key, value in values.items():
            if not hasattr(self, key):
                raise AttributeError(key)
            setattr(self, key, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CustomerTableModel)
        r = model.customer(source_row)
        if r.archived and not self.show_archived:
            return False
        if self.matching_ids is not None and r.id not in self.matching_ids:
            return False
        if self.stage and r.stage != self.stage:
            return False
        if self.tier and r.tier != self.tier:
            return False
        if self.tag and self.tag.casefold() not in (t.casefold() for t in r.tags):
            return False
        if self.neglected_only and r.days_until_due(self._today()) >= 0:
            return False
        return True
