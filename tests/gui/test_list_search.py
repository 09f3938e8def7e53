"""The customer list and its search field, driven by keys and the mouse as a person would: a
search that finds nothing says so and keeps the keyboard, Esc clears then leaves, the selected
customer stays highlighted after the journal changes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication

from custjournal import ops
from custjournal.gui.main_window import MainWindow
from tests.gui.test_undo import in_dialog

TODAY = dt.date.today()
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, controller):
    journal = controller.journal
    ada = ops.add_customer(journal, "Ada Lovelace", stage="connection").id
    ops.log_conversation(journal, ada, on=TODAY, summary="Asked about shipping costs")
    ops.add_customer(journal, "Grace Hopper", company="Navy")
    gone = ops.add_customer(journal, "Zelda Archived").id
    ops.set_archived(journal, gone, True)
    w = MainWindow(controller, use_tray=False)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.rows_loaded, timeout=10_000):
        w.show()
    with qtbot.waitExposed(w):
        pass
    w.ada = ada
    return w


def focused(qtbot, w: MainWindow):
    if QApplication.activeWindow() is not w:
        with qtbot.waitActive(w):
            w.activateWindow()
    return QApplication.focusWidget()


def test_down_and_enter_with_no_match_keep_the_typing_in_the_field(window, qtbot, keyboard):
    window.focus_search()
    keyboard.type("zzqq")
    assert window.model.rowCount() == 0
    keyboard.press(Qt.Key.Key_Down)
    keyboard.press(Qt.Key.Key_Return)
    assert focused(qtbot, window) is window.search
    keyboard.type(" ship")
    assert window.search.text() == "zzqq ship"


def test_a_search_with_no_match_says_so_in_the_lists_place(window, qtbot, keyboard):
    window.focus_search()
    keyboard.type("zzqq")
    assert window.no_match.isVisible() and not window.table.isVisible()
    said = window.no_match.text()
    assert "No customer matches “zzqq”." in said
    assert "View > Show Archived Customers" in said
    # Counted as the list counts without a search: among the 2 not archived.
    assert window.count_label.text() == "0 of 2 customers (1 archived hidden)"
    keyboard.type("x")
    assert "“zzqqx”" in window.no_match.text()
    for _ in range(5):
        keyboard.press(Qt.Key.Key_Backspace)
    assert window.table.isVisible() and not window.no_match.isVisible()
    assert window.count_label.text() == "2 customers (1 archived hidden)"


def test_escape_clears_the_search_then_leaves_for_the_list(window, qtbot, keyboard):
    window.focus_search()
    keyboard.type("ship")
    assert window.model.rowCount() == 1
    keyboard.press(Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert focused(qtbot, window) is window.search
    assert window.model.rowCount() == 2
    keyboard.press(Qt.Key.Key_Escape)
    assert focused(qtbot, window) is window.table


def test_the_selected_customer_stays_highlighted_after_a_change(window, qtbot, keyboard):
    row = window.model.row_for_id(window.ada)
    rect = window.table.visualRect(window.model.index(row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.table.selectionModel().isRowSelected(row)

    def log(_dialog) -> None:
        keyboard.type("Called about the order")
        keyboard.press(Qt.Key.Key_Return, CTRL)

    in_dialog(log)
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        keyboard.press(Qt.Key.Key_L, CTRL)
    row = window.model.row_for_id(window.ada)
    assert window.current_customer_id() == window.ada
    assert window.table.selectionModel().isRowSelected(row)
    focused(qtbot, window)  # the window active again after the dialog
    keyboard.press(Qt.Key.Key_B, CTRL)
    assert window.stack.currentWidget() is window.brief_view
    assert window.table.selectionModel().isRowSelected(window.model.row_for_id(window.ada))


@pytest.fixture
def restore_theme(qapp):
    from custjournal.gui import theme

    sheet, palette = qapp.styleSheet(), qapp.palette()
    yield
    qapp.setStyle("Fusion")
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    theme._dark_in_use = None


def click_header(qtbot, w: MainWindow, column: int) -> None:
    header = w.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 3
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def arrow_rows(w: MainWindow, column: int) -> list[int]:
    """The widths, top to bottom, of the sort arrow drawn in a header section: the pixels that
    differ from the same header drawn without it."""
    header = w.table.horizontalHeader()
    with_arrow = header.grab().toImage()
    header.setSortIndicatorShown(False)
    without = header.grab().toImage()
    header.setSortIndicatorShown(True)
    left = header.sectionViewportPosition(column)
    widths = []
    for y in range(with_arrow.height()):
        differ = sum(
            1
            for x in range(left, left + header.sectionSize(column))
            if with_arrow.pixel(x, y) != without.pixel(x, y)
        )
        if differ:
            widths.append(differ)
    return widths


def test_value_sorts_with_the_arrow_of_its_order_and_empty_values_last(
    qtbot, controller, qapp, restore_theme
):
    from custjournal.gui import theme
    from custjournal.gui.customer_model import VALUE

    theme.apply(qapp, dark=False)
    journal = controller.journal
    for name, amount in (("Bea", 5_000), ("Cid", None), ("Dan", 90_000), ("Abe", None)):
        cid = ops.add_customer(journal, name).id
        if amount is not None:
            ops.add_purchase(journal, cid, amount, on=TODAY)
    w = MainWindow(controller, use_tray=False)
    qtbot.addWidget(w)
    w.default_layout(QSize(1600, 1000))  # every column in view
    with qtbot.waitSignal(w.rows_loaded, timeout=10_000):
        w.show()
    with qtbot.waitExposed(w):
        pass

    def shown() -> list[str]:
        return [w.model.index(r, 0).data() for r in range(w.model.rowCount())]

    click_header(qtbot, w, VALUE)
    order = w.table.horizontalHeader().sortIndicatorOrder()
    first = shown()
    click_header(qtbot, w, VALUE)
    second = shown()
    by_order = {order: first, w.table.horizontalHeader().sortIndicatorOrder(): second}
    ascending = by_order[Qt.SortOrder.AscendingOrder]
    descending = by_order[Qt.SortOrder.DescendingOrder]
    assert ascending == ["Bea", "Dan", "Abe", "Cid"]
    assert descending == ["Dan", "Bea", "Abe", "Cid"]
    # The arrow points the way the values go: down for the largest first.
    widths = arrow_rows(w, VALUE)
    assert len(widths) >= 3
    if w.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        assert widths[0] > widths[-1]
    else:
        assert widths[0] < widths[-1]
    click_header(qtbot, w, VALUE)
    widths = arrow_rows(w, VALUE)
    if w.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        assert widths[0] > widths[-1]
    else:
        assert widths[0] < widths[-1]


def test_the_neglected_only_box_shows_in_the_dark(qtbot, window, qapp, restore_theme):
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    from custjournal.gui import theme

    theme.apply(qapp, dark=True)
    box = window.neglected
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    ratio = image.devicePixelRatio()
    edge = image.pixelColor(int(rect.left() * ratio), int(rect.center().y() * ratio))
    window_colour = qapp.palette().color(qapp.palette().ColorRole.Window)
    assert edge.lightness() - window_colour.lightness() > 50


def test_a_wider_window_widens_name_and_company_not_the_figures(window, qtbot):
    from custjournal.gui.customer_model import COMPANY, HEALTH, NAME, VALUE

    window.default_layout(QSize(1280, 800))
    qtbot.wait(50)
    header = window.table.horizontalHeader()
    before = [header.sectionSize(c) for c in range(header.count())]
    window.resize(window.width() + 300, window.height())
    qtbot.waitUntil(lambda: header.sectionSize(NAME) > before[NAME])
    after = [header.sectionSize(c) for c in range(header.count())]
    assert after[COMPANY] > before[COMPANY]
    assert after[VALUE] == before[VALUE] and after[HEALTH] == before[HEALTH]
    # Every column still ends at the list's edge: no stretched last one, no gap.
    assert header.length() == window.table.viewport().width()


def test_companies_give_the_name_the_room(window, qtbot):
    ops.add_customer(window.controller.journal, "Jean Dupont", company="Brûlerie de Bordeaux")
    window.default_layout(QSize(1280, 800))
    with qtbot.waitSignal(window.companies_view.loaded, timeout=10_000):
        window.show_companies()
    tree = window.companies_view.tree
    name = tree.fontMetrics().horizontalAdvance("Brûlerie de Bordeaux")
    assert tree.header().sectionSize(0) > name + tree.indentation() + tree.iconSize().width()


def test_headings_saved_too_narrow_fit_again_and_say_themselves_on_hover(window, qtbot):
    from custjournal.gui.customer_model import HEALTH, LAST, TOOLTIP

    # Widths of another language's session (or dragged too narrow), remembered.
    window.table.setColumnWidth(LAST, 30)
    window.table.setColumnWidth(HEALTH, 20)
    window.save_layout()
    window._restore_layout()
    header = window.table.horizontalHeader()
    metrics = header.fontMetrics()
    for col in (LAST, HEALTH):
        title = window.model.headerData(col, Qt.Orientation.Horizontal)
        assert header.sectionSize(col) > metrics.horizontalAdvance(title)
    assert window.model.headerData(LAST, Qt.Orientation.Horizontal, TOOLTIP) == "Last contact"
