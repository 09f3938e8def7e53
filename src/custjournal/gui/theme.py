"""Icons and appearance: SVG icons tinted for the palette, light and dark styles from resources/.

Icons are drawn in `currentColor`; we paint them in the palette's text colour so they read well
in both appearances. The appearance follows the system (Qt's colour scheme hint) unless the user
chose Light or Dark in Settings (kept per user in QSettings, under "appearance"); a choice is
applied at once, icons re-tinted included.
"""

from __future__ import annotations

import functools
from importlib import resources

from PySide6.QtCore import QByteArray, QRectF, QSettings, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionHeader,
    QWidget,
)

from custjournal.domain.vocab import QT_TRANSLATE_NOOP

ICON_SIZES = (16, 24, 32, 48)
APPEARANCES: dict[str, str] = {
    "system": QT_TRANSLATE_NOOP("Appearance", "System"),
    "light": QT_TRANSLATE_NOOP("Appearance", "Light"),
    "dark": QT_TRANSLATE_NOOP("Appearance", "Dark"),
}
_SETTING = "appearance"
_system_palette_dark: bool | None = None
_dark_in_use: bool | None = None  # what apply() chose; None before it ran
_icon_names: dict[int, str] = {}  # QIcon.cacheKey() -> icon name, to re-tint on a change


def saved_appearance() -> str:
    """The user's choice: "system", "light" or "dark"."""
    value = str(QSettings().value(_SETTING, "system"))
    return value if value in APPEARANCES else "system"


def save_appearance(appearance: str) -> None:
    settings = QSettings()
    settings.setValue(_SETTING, appearance)
    settings.sync()


def resource_text(*parts: str) -> str:
    return resources.files("custjournal.resources").joinpath(*parts).read_text(encoding="utf-8")


def is_dark() -> bool:
    """Whether the app is dark now (the user's choice, else the system's)."""
    if _dark_in_use is not None:
        return _dark_in_use
    return system_is_dark()


def system_is_dark() -> bool:
    """Whether the desktop is dark (Qt's colour scheme hint, else its palette before ours)."""
    global _system_palette_dark
    app = QGuiApplication.instance()
    if app is None:
        return False
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    if _system_palette_dark is None:  # read once, before apply() replaces the palette
        window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
        _system_palette_dark = window.lightness() < 128
    return _system_palette_dark


@functools.cache
def _icon(name: str, color: str) -> QIcon:
    svg = resource_text("icons", f"{name}.svg").replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def icon(name: str) -> QIcon:
    """The named icon from resources/icons, tinted for the current appearance."""
    color = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    result = _icon(name, color)
    _icon_names[result.cacheKey()] = name
    return result


def app_icon() -> QIcon:
    svg = resource_text("icons", "app.svg")
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in (*ICON_SIZES, 64, 128):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#1f2226"), QColor("#181a1d"), QColor("#e6e8eb")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#23272c"))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#2a2e34"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.Highlight, QColor("#3b88ad"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#2a2e34"))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a919a"))
    p.setColor(QPalette.ColorRole.Link, QColor("#7cc4e8"))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b717a"))
    return p


class AppStyle(QProxyStyle):
    """Fusion, with two of its marks drawn as the app means them:

    - a list header's sort arrow points the way the column's values go down the list (up
      for A to Z, smallest first; down for the largest first): Qt hands styles the opposite
      mark, and Fusion drew "12-month value, largest first" with an up arrow;
    - a check box's box has an edge in the palette's text colour in the dark appearance,
      where Fusion's (the window colour, darker) vanished against the dark window.
    """

    def __init__(self) -> None:
        fusion = QStyleFactory.create("Fusion")
        super().__init__(fusion)
        self.fusion = fusion  # the proxy's base, for as long as the proxy

    def drawPrimitive(  # noqa: N802 (Qt override)
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            turned = QStyleOptionHeader(option)
            mark = option.sortIndicator
            if mark == QStyleOptionHeader.SortIndicator.SortDown:  # Qt's mark for ascending
                turned.sortIndicator = QStyleOptionHeader.SortIndicator.SortUp
            elif mark == QStyleOptionHeader.SortIndicator.SortUp:
                turned.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
            super().drawPrimitive(element, turned, painter, widget)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            palette = option.palette
            if palette.color(QPalette.ColorRole.Window).lightness() < 128:
                edge = QColor(palette.color(QPalette.ColorRole.WindowText))
                edge.setAlpha(150)
                painter.save()
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setPen(edge)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
                painter.restore()


def apply(app: QApplication, *, dark: bool | None = None, appearance: str | None = None) -> None:
    """Fusion style, the palette and style sheet of *appearance* ("system", "light", "dark";
    by default the user's saved choice), or of *dark* when given; icons already shown are
    re-tinted, so a change in Settings shows at once."""
    global _dark_in_use
    system_is_dark()  # read the desktop's palette while it is still the desktop's
    app.setStyle(AppStyle())
    if dark is None:
        chosen = appearance or saved_appearance()
        dark = system_is_dark() if chosen == "system" else chosen == "dark"
    _dark_in_use = dark
    old_names = dict(_icon_names)
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    app.setStyleSheet(
        resource_text("styles", "common.qss")
        + resource_text("styles", "dark.qss" if dark else "light.qss")
    )
    _icon.cache_clear()
    _retint(app, old_names)


def _retint(app: QApplication, names: dict[int, str]) -> None:
    """Paint the icons of every action and button again in the new palette's text colour."""
    if not names:
        return
    for widget in app.allWidgets():
        targets: list[QAction | QAbstractButton] = [*widget.actions()]
        if isinstance(widget, QAbstractButton):
            targets.append(widget)
        for target in targets:
            name = names.get(target.icon().cacheKey())
            if name is not None:
                target.setIcon(icon(name))
