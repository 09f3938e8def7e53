"""A row of tool buttons that goes on to a second line when the pane is too narrow for it.

A QToolBar folds what does not fit into its » extension menu: on the customer page at the
default window size that hid Milestone and Purchase (German: Einladung too), and in the brief
"Copy as Markdown", where nobody looks for them. Here every button stays in view: the row
wraps, as words do, and costs a line's height only when it must.

Add actions as to any widget (`addAction(icon, text)`, `addAction(action)`), a separator with
`addSeparator()`; each gets a flat QToolButton with its icon and text beside it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QActionEvent
from PySide6.QtWidgets import (
    QFrame,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
    QWidgetItem,
)


class FlowLayout(QLayout):
    """Items left to right, on to the next line when the width runs out (Qt's flow layout
    example, in short)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        spacing: int = 2,
        *,
        centred: bool = False,
        last_at_right: bool = False,
    ) -> None:
        """*centred*: each item in the middle of its line's height (a name beside a smaller
        badge); *last_at_right*: the last item at the right edge of its line."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._centred = centred
        self._last_at_right = last_at_right
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def insert_widget(self, index: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """All on one line."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + self._spacing
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(
            max(width - self._spacing, 0) + margins.left() + margins.right(),
            height + margins.top() + margins.bottom(),
        )

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        """The widest button: the rest wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        visible = self._visible()
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in visible:
            hint = item.sizeHint()
            # An item wider than the whole line gets the line (an elided label cuts itself).
            hint.setWidth(max(min(hint.width(), area.width()), item.minimumSize().width()))
            if x + hint.width() > area.right() + 1 and x > area.x():
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint))
            x += hint.width() + self._spacing
        y = area.y()
        for number, line in enumerate(lines):
            height = max((hint.height() for _item, hint in line), default=0)
            if move:
                x = area.x()
                for item, hint in line:
                    top = y + (height - hint.height()) // 2 if self._centred else y
                    left = x
                    if self._last_at_right and item is visible[-1]:
                        left = max(x, area.right() + 1 - hint.width())
                    item.setGeometry(QRect(QPoint(left, top), hint))
                    x += hint.width() + self._spacing
            y += height + (self._spacing if number < len(lines) - 1 else 0)
        return y - rect.y() + margins.bottom()


class _BarButton(QToolButton):
    """A bar's button; with its text under the icon, only as wide as the text and a little
    air (Fusion adds 16 pixels around it: six of Today's buttons in German missed one row by
    that)."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().sizeHint()
        if self.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon:
            text = self.fontMetrics().horizontalAdvance(self.text())
            hint.setWidth(min(hint.width(), max(text, self.iconSize().width()) + 8))
        return hint


class FlowBar(QWidget):
    """A tool bar whose buttons wrap on to more lines instead of hiding behind »."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._flow = FlowLayout(self)
        self._buttons: dict[QAction, QWidget] = {}
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_ToolBarIconSize, None, self)
        self._icon_size = QSize(size, size)
        self._style = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        # The buttons' style when the row would not fit on one line (`set_narrow_style`).
        self._narrow_style: Qt.ToolButtonStyle | None = None
        self._one_line: int | None = None  # the row's width in `_style`, worked out once
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def iconSize(self) -> QSize:  # noqa: N802 (as QToolBar's)
        return QSize(self._icon_size)

    def setIconSize(self, size: QSize) -> None:  # noqa: N802 (as QToolBar's)
        self._icon_size = QSize(size)
        for button in self._buttons.values():
            if isinstance(button, QToolButton):
                button.setIconSize(size)

    def setToolButtonStyle(self, style: Qt.ToolButtonStyle) -> None:  # noqa: N802 (as QToolBar's)
        self._style = style
        self._one_line = None
        for button in self._buttons.values():
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(style)
        self._fit(self.width())

    def set_narrow_style(self, style: Qt.ToolButtonStyle) -> None:
        """The buttons' style while the row is too wide for one line in the usual style: the
        text under the icon takes about half the width, so that a row one button too wide
        (Today's "Kept" at the default window size) stays one row instead of wrapping."""
        self._narrow_style = style
        self._fit(self.width())

    def _buttons_shown(self) -> list[QToolButton]:
        return [
            b for b in self._buttons.values() if isinstance(b, QToolButton) and b.isVisibleTo(self)
        ]

    def _one_line_width(self) -> int:
        if self._one_line is None:
            widths = []
            for widget in self._buttons.values():
                if not widget.isVisibleTo(self):
                    continue
                if isinstance(widget, QToolButton):
                    style = widget.toolButtonStyle()
                    widget.setToolButtonStyle(self._style)
                    widths.append(widget.sizeHint().width())
                    widget.setToolButtonStyle(style)
                else:  # a separator
                    widths.append(widget.sizeHint().width())
            gaps = self._flow._spacing * max(len(widths) - 1, 0)
            self._one_line = sum(widths) + gaps
        return self._one_line

    def _fit(self, width: int) -> None:
        if self._narrow_style is None or width <= 0:
            return
        style = self._style if self._one_line_width() <= width else self._narrow_style
        for button in self._buttons_shown():
            if button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        self._fit(event.size().width())
        super().resizeEvent(event)

    def addSeparator(self) -> QAction:  # noqa: N802 (as QToolBar's)
        action = QAction(self)
        action.setSeparator(True)
        self.addAction(action)
        return action

    def widgetForAction(self, action: QAction) -> QWidget | None:  # noqa: N802 (as QToolBar's)
        return self._buttons.get(action)

    def actionEvent(self, event: QActionEvent) -> None:  # noqa: N802 (Qt override)
        action = event.action()
        if event.type() == QEvent.Type.ActionAdded:
            widget: QWidget | None = (
                self._separator() if action.isSeparator() else self._button(action)
            )
            assert widget is not None
            actions = self.actions()
            index = actions.index(action) if action in actions else self._flow.count()
            self._flow.insert_widget(min(index, self._flow.count()), widget)
            widget.setVisible(action.isVisible())
            self._buttons[action] = widget
            self._one_line = None
        elif event.type() == QEvent.Type.ActionRemoved:
            widget = self._buttons.pop(action, None)
            if widget is not None:
                self._flow.removeWidget(widget)
                widget.deleteLater()
        elif event.type() == QEvent.Type.ActionChanged:
            widget = self._buttons.get(action)
            self._one_line = None  # its text or its being shown may have changed
            if widget is not None and widget.isVisibleTo(self) != action.isVisible():
                widget.setVisible(action.isVisible())
                self._flow.invalidate()
            self._fit(self.width())
        super().actionEvent(event)

    def _button(self, action: QAction) -> QToolButton:
        button = _BarButton(self)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # as a tool bar's: keys, not Tab
        button.setIconSize(self._icon_size)
        button.setToolButtonStyle(self._style)
        button.setDefaultAction(action)
        return button

    def _separator(self) -> QFrame:
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        line.setFixedWidth(8)
        return line

    def event(self, event: Any) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._one_line = None
            self._fit(self.width())
        return super().event(event)
