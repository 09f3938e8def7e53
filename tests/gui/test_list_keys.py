"""The customer list driven as a person would: getting back to the customer selected, Enter
from the search field, the first click on a column, Home and End, a new customer in view."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from custjournal import demo, ops
from custjournal.gui.customer_model import HEALTH, LAST, NAME, VALUE
from custjournal.gui.main_window import MainWindow
from tests.gui.test_undo import in_dialog

TODAY = dt.date.today()
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def make_window(qtbot, controller):
    def make() -> MainWindow:
        w = MainWindow(controller, use_tray=False)
        qtbot.addWidget(w)
        with qtbot.waitSignal(w.rows_loaded, timeout=20_000):
            w.show()
        with qtbot.waitExposed(w):
            pass
        return w

    return make


def names(w: MainWindow) -> list[str]:
    return [w.model.customer(r).name for r in range(w.model.rowCount())]


def row_point(w: MainWindow, row: int) -> QPoint:
    return w.table.visualRect(w.model.index(row, 0)).center()


def shows_page_of(w: MainWindow, name: str) -> bool:
    return w.stack.currentWidget() is w.page and w.page.title.text() == name


def key(qtbot, w: MainWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    if QApplication.activeWindow() is not w:
        with qtbot.waitActive(w):
            w.activateWindow()
    qtbot.keyClick(QApplication.focusWidget() or w, key, modifier)


def click_header(qtbot, w: MainWindow, column: int) -> None:
    header = w.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)


# --- back to the customer selected --------------------------------------------------------------


def away(qtbot, w: MainWindow, where: str) -> None:
    keys = {"today": Qt.Key.Key_1, "insights": Qt.Key.Key_3, "brief": Qt.Key.Key_B}
    key(qtbot, w, keys[where], CTRL)
    assert w.stack.currentWidget() is not w.page


@pytest.mark.parametrize("where", ["today", "insights", "brief"])
@pytest.mark.parametrize("how", ["click", "double-click", "enter", "ctrl+2"])
def test_the_customer_still_selected_opens_again(make_window, journal, qtbot, where, how):
    ops.add_customer(journal, "Ada Lovelace", stage="connection")
    w = make_window()
    qtbot.mouseClick(w.table.viewport(), Qt.MouseButton.LeftButton, pos=row_point(w, 0))
    qtbot.waitUntil(lambda: shows_page_of(w, "Ada Lovelace"))
    away(qtbot, w, where)
    viewport = w.table.viewport()
    if how == "click":
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=row_point(w, 0))
    elif how == "double-click":
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=row_point(w, 0))
    elif how == "enter":
        w.table.setFocus()
        key(qtbot, w, Qt.Key.Key_Return)
    else:
        key(qtbot, w, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: shows_page_of(w, "Ada Lovelace"))
    assert w.current_customer_id() is not None


def test_ctrl_2_with_no_customer_selected_opens_the_first(make_window, journal, qtbot):
    for name in ("Grace Hopper", "Ada Lovelace"):
        ops.add_customer(journal, name)
    w = make_window()
    key(qtbot, w, Qt.Key.Key_2, CTRL)
    assert w.table.hasFocus()
    qtbot.waitUntil(lambda: shows_page_of(w, "Ada Lovelace"))


# --- Enter in the search field ------------------------------------------------------------------


@pytest.mark.parametrize("leave", [Qt.Key.Key_Return, Qt.Key.Key_Down])
def test_enter_in_search_opens_the_first_match_not_the_one_selected(
    make_window, journal, qtbot, keyboard, leave
):
    for name in ("Beatriz Araújo", "Beatriz Brandão", "Carl Zeiss"):
        ops.add_customer(journal, name)
    w = make_window()
    w.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    assert names(w) == ["Carl Zeiss", "Beatriz Brandão", "Beatriz Araújo"]
    w.select_customer(w.model.customer(2).id)
    assert shows_page_of(w, "Beatriz Araújo")
    key(qtbot, w, Qt.Key.Key_F, CTRL)
    keyboard.type("Beatriz")
    assert names(w) == ["Beatriz Brandão", "Beatriz Araújo"]
    key(qtbot, w, leave)
    assert w.table.hasFocus()
    qtbot.waitUntil(lambda: shows_page_of(w, "Beatriz Brandão"))
    assert w.table.selectionModel().selectedRows() == [w.model.index(0, 0)]


# --- the first click on a column ----------------------------------------------------------------


def test_the_first_click_on_a_column_sorts_the_way_a_person_looks(make_window, journal, qtbot):
    ada = ops.add_customer(journal, "Ada Lovelace").id
    grace = ops.add_customer(journal, "Grace Hopper").id
    zoe = ops.add_customer(journal, "Zoë Ångström").id
    ops.add_customer(journal, "Bea Nobody")
    ops.add_purchase(journal, grace, 500_000)
    ops.add_purchase(journal, zoe, 20_000)
    ops.log_conversation(journal, ada, summary="Old", on=TODAY - dt.timedelta(days=300))
    ops.log_conversation(journal, zoe, summary="New", on=TODAY - dt.timedelta(days=2))
    w = make_window()
    qtbot.waitUntil(lambda: len(w.model.health) == 4, timeout=20_000)

    click_header(qtbot, w, VALUE)
    # The most valuable first; those level on it (no value) A to Z, not Z to A.
    assert names(w) == ["Grace Hopper", "Zoë Ångström", "Ada Lovelace", "Bea Nobody"]

    click_header(qtbot, w, LAST)
    assert names(w)[:2] == ["Zoë Ångström", "Ada Lovelace"]  # the latest contact first

    click_header(qtbot, w, HEALTH)
    scores = [w.model.health[w.model.customer(r).id].overall for r in range(4)]
    known = [s for s in scores if s is not None]
    assert known == sorted(known)  # the weakest first: who needs attention
    assert w.model.sort_order == Qt.SortOrder.AscendingOrder

    click_header(qtbot, w, NAME)
    assert names(w) == sorted(names(w), key=str.casefold)  # A to Z
    click_header(qtbot, w, VALUE)
    click_header(qtbot, w, VALUE)  # the second click turns it round
    # the least first; those with no value still last, A to Z.
    assert names(w) == ["Zoë Ångström", "Grace Hopper", "Ada Lovelace", "Bea Nobody"]


# --- Home and End, a new customer ---------------------------------------------------------------


@pytest.fixture
def many(journal):
    demo.fill(journal, customers=60, today=TODAY)


@pytest.mark.parametrize("modifier", [CTRL, Qt.KeyboardModifier.NoModifier])
def test_home_and_end_select_and_open_the_first_and_last_row(make_window, many, qtbot, modifier):
    w = make_window()
    w.select_customer(w.model.customer(20).id)
    w.table.setFocus()
    last = w.model.rowCount() - 1
    for pressed, row in ((Qt.Key.Key_Home, 0), (Qt.Key.Key_End, last)):
        key(qtbot, w, pressed, modifier)
        assert w.table.currentIndex().row() == row
        assert w.table.selectionModel().selectedRows() == [w.model.index(row, 0)]
        name = w.model.customer(row).name
        qtbot.waitUntil(lambda name=name: shows_page_of(w, name))
    in_list = dict(dict(w.shortcut_groups())["In the customer list"])
    assert in_list["Home, End"] == "Select and open the first or last customer"  # Help says so


def in_view(w: MainWindow, row: int) -> bool:
    rect = w.table.visualRect(w.model.index(row, 0))
    return w.table.viewport().rect().contains(rect)


def test_a_new_customer_is_selected_and_in_view_sorted_by_health(
    make_window, many, qtbot, keyboard
):
    w = make_window()
    qtbot.waitUntil(lambda: len(w.model.health) == 60, timeout=20_000)
    click_header(qtbot, w, HEALTH)
    w.select_customer(w.model.customer(0).id)
    w.table.setFocus()

    def type_name(dialog) -> None:
        keyboard.type("Katherine Johnson")
        keyboard.press(Qt.Key.Key_Return)

    in_dialog(type_name)
    with qtbot.waitSignal(w.rows_loaded, timeout=20_000):
        key(qtbot, w, Qt.Key.Key_N, CTRL)
    qtbot.wait(200)  # the Health column's own patch, if any
    row = w.table.currentIndex().row()
    assert w.model.customer(row).name == "Katherine Johnson"
    assert w.table.selectionModel().selectedRows() == [w.model.index(row, 0)]
    assert in_view(w, row)
    assert shows_page_of(w, "Katherine Johnson")
    assert w.model.sort_column == HEALTH


def test_a_re_sort_leaves_a_list_scrolled_away_from_the_current_row_where_it_is(
    make_window, many, qtbot
):
    """Found in review: the Health column arriving re-sorts the list, which scrolled back to
    the selected customer even when the user had scrolled away from them to read on."""
    w = make_window()
    w.resize(900, 400)
    qtbot.waitUntil(lambda: len(w.model.health) == 60, timeout=20_000)
    click_header(qtbot, w, HEALTH)
    w.select_customer(w.model.customer(0).id)
    bar = w.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert not in_view(w, w.table.currentIndex().row())
    with qtbot.waitSignal(w.model.layoutChanged):
        click_header(qtbot, w, NAME)
    assert bar.value() == bar.maximum()
    # In view before the re-sort, it is followed to its new place.
    w.table.scrollTo(w.table.currentIndex())
    with qtbot.waitSignal(w.model.layoutChanged):
        click_header(qtbot, w, HEALTH)
    assert in_view(w, w.table.currentIndex().row())


def test_a_reload_sorted_by_health_keeps_the_order_shown(make_window, many, qtbot):
    """The rows of a load come sorted by name when sorted by health (the worker knows no
    health): the list kept them so until the Health column came again, a jump elsewhere."""
    w = make_window()
    qtbot.waitUntil(lambda: len(w.model.health) == 60, timeout=20_000)
    click_header(qtbot, w, HEALTH)
    before = names(w)
    orders: list[list[str]] = []
    w.model.modelReset.connect(lambda: orders.append(names(w)))
    w.model.layoutChanged.connect(lambda: orders.append(names(w)))
    w.model.dataChanged.connect(lambda *_a: orders.append(names(w)))
    with qtbot.waitSignal(w.rows_loaded, timeout=20_000):
        w.reload_list()
    assert orders
    assert all(order == before for order in orders)


# --- the sort arrow beside a column's title -----------------------------------------------------


def test_the_sort_arrow_never_covers_a_columns_title(make_window, journal, qtbot):
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtWidgets import QStyle, QStyleOptionHeader

    ops.add_customer(journal, "Ada Lovelace")
    w = make_window()
    w.default_layout(QSize(1366, 728))  # a laptop's screen: the columns' own widths
    header = w.table.horizontalHeader()
    style = header.style()
    for column in range(header.count() - 1):  # the last one stretches to the list's edge
        click_header(qtbot, w, column)
        assert header.sortIndicatorSection() == column
        option = QStyleOptionHeader()
        header.initStyleOptionForIndex(option, column)
        option.rect = QRect(0, 0, header.sectionSize(column), header.height())
        option.state |= QStyle.StateFlag.State_Horizontal
        label = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
        arrow = style.subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header)
        title = w.model.headerData(column, Qt.Orientation.Horizontal)
        width = header.fontMetrics().horizontalAdvance(title)
        text = QStyle.alignedRect(
            header.layoutDirection(),
            header.defaultAlignment(),
            QSize(width, header.fontMetrics().height()),
            label,
        )
        text_right = text.right()
        assert text_right + 3 <= arrow.left(), title  # a little air between them


def test_a_saved_layout_keeps_the_titles_from_the_left(qtbot, controller, make_window):
    w = make_window()
    header = w.table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)  # as an older version saved it
    w.save_layout()
    w.close()
    again = make_window()
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    assert again.table.horizontalHeader().defaultAlignment() == left
