"""The read-only table model the customer list and the Today list share: plain rows, fixed columns.

A subclass keeps the rows it shows in `_shown`, names its `columns` and the `served_roles` it
answers, and paints one cell in `cell(row, column, role)`. Painting asks `data()` about a dozen
roles per cell (~1,500 calls per repaint of the list); the roles left to the style return before
anything else is looked at.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex

DISPLAY = Qt.ItemDataRole.DisplayRole
DECORATION = Qt.ItemDataRole.DecorationRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
FONT = Qt.ItemDataRole.FontRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
CENTER = int(Qt.AlignmentFlag.AlignCenter)
OVERDUE_BRUSH = QBrush(QColor("#c0392b"))  # what is late, in both lists


class RowTableModel(QAbstractTableModel):
    columns: tuple[str, ...] = ()
    served_roles: frozenset[int] = frozenset()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._shown: Sequence[Any] = []

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            if 0 <= section < len(self.columns):
                # Marked QT_TRANSLATE_NOOP("Columns", ...) where the columns are named.
                return QCoreApplication.translate("Columns", self.columns[section])
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in self.served_roles or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._shown):
            return None
        return self.cell(self._shown[row], index.column(), role)
