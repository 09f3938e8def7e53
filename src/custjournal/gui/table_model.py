"""The read-only table model the customer list and the Today list share: plain rows, fixed columns.

A subclass keeps the rows it shows in `_shown`, names its `columns` and the `served_roles` it
answers, and paints one cell in `cell(row, column, role)`. Painting asks about seven roles per
cell; Qt's delegate asks them all at once (`multiData`), so a cell costs one call into Python
instead of seven (a repaint of the list: ~1,800 calls, half its time), and the roles left to the
style are not looked at.
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

    def multiData(self, index: Index, roleDataSpan: Any) -> None:  # noqa: N802, N803 (Qt override)
        """Every role the delegate asks of a cell, in one call: what `data` gives each.
        (*roleDataSpan*: a QModelRoleDataSpan, iterable over its QModelRoleData.)"""
        row = index.row() if index.isValid() else -1
        if not 0 <= row < len(self._shown):
            for role_data in roleDataSpan:
                role_data.clearData()
            return
        item, column, served, cell = self._shown[row], index.column(), self.served_roles, self.cell
        for role_data in roleDataSpan:
            role = role_data.role()
            if role in served:
                role_data.setData(cell(item, column, role))
            else:
                role_data.clearData()
