"""Wording a new user met in the window: the status bar names the archived customers it hides
("1961 of 2000 customers" with no filter on said nothing of them), Today's heading stays on
one line at the default window size, Insights counts one customer in the singular."""

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from custjournal import ops
from custjournal.domain.insights import Segment
from custjournal.gui import i18n, insights_page, theme
from custjournal.gui.controller import JournalController
from custjournal.gui.main_window import MainWindow
from custjournal.store.insights import compute_insights
from custjournal.store.journal import open_journal


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)
    i18n.install_translators(qapp, QLocale(QLocale.Language.English))


def _window(qtbot, journal_path) -> MainWindow:
    window = MainWindow(JournalController(open_journal(journal_path)), use_tray=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.show()
    return window


@pytest.fixture
def three_one_archived(journal):
    for name in ("Ada Lovelace", "Grace Hopper"):
        ops.add_customer(journal, name, stage="connection")
    gone = ops.add_customer(journal, "Charles Babbage", stage="prospecting").id
    ops.set_archived(journal, gone, True)


def test_the_status_bar_says_how_many_archived_it_hides(qtbot, journal_path, three_one_archived):
    window = _window(qtbot, journal_path)
    try:
        assert window.count_label.text() == "2 customers (1 archived hidden)"
        window.act_show_archived.setChecked(True)
        assert window.count_label.text() == "3 customers"
        window.act_show_archived.setChecked(False)
        window.stage_filter.setCurrentIndex(window.stage_filter.findData("connection"))
        assert window.count_label.text() == "2 customers (1 archived hidden)"
        window.stage_filter.setCurrentIndex(window.stage_filter.findData("prospecting"))
        # Counted among the customers the list can show, as without a filter.
        assert window.count_label.text() == "0 of 2 customers (1 archived hidden)"
    finally:
        window.controller.close()


def test_the_status_bar_in_german(qtbot, journal_path, three_one_archived, restore_language):
    i18n.save_language("de")
    i18n.install(QApplication.instance())
    window = _window(qtbot, journal_path)
    try:
        assert window.count_label.text() == "2 Kunden (1 archivierte ausgeblendet)"
    finally:
        window.controller.close()


@pytest.mark.parametrize("day", [dt.date(2026, 12, 2), dt.date(2026, 9, 30)])
def test_todays_heading_is_one_line_at_the_default_window_size(
    qtbot, journal_path, journal, clock, qapp, day
):
    clock.day = day  # Wednesday 2 December; Wednesday 30 September, the longest
    ops.add_customer(journal, "Ada Lovelace", stage="connection")
    theme.apply(qapp, dark=False)  # the app's style sheet: its big page titles count
    window = _window(qtbot, journal_path)
    try:
        window.default_layout(None)  # 1280 x 760, the first start's
        window.show_today()
        title = window.today_view.title
        qtbot.waitUntil(lambda: "Wednesday" in title.accessibleName(), timeout=10_000)
        assert title.accessibleName() == f"Today — Wednesday {day.day} {day:%B}"
        one_line = title.fontMetrics().height()
        assert title.heightForWidth(title.width()) < 1.5 * one_line
    finally:
        window.controller.close()


def test_insights_counts_one_customer_in_the_singular(journal, qapp):
    today = dt.date(2026, 6, 15)
    ada = ops.add_customer(journal, "Ada Lovelace", today=today - dt.timedelta(days=100)).id
    ops.add_purchase(journal, ada, 5000, on=today - dt.timedelta(days=10), today=today)
    with journal.read() as session:
        found = compute_insights(session, Segment(), today)
    section = insights_page.build(found)[0]
    sentences = [p.sentence for p in section.parts]
    assert any(s.startswith("1 of 1 customer bought in the last 12 months") for s in sentences), (
        sentences
    )


@pytest.fixture
def restore_theme(qapp):
    sheet, palette = qapp.styleSheet(), qapp.palette()
    yield
    qapp.setStyle("Fusion")
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    theme._dark_in_use = None


@pytest.mark.parametrize("language", ["en", "de"])
def test_todays_actions_are_one_row_at_the_default_window_size(
    qtbot, journal_path, journal, qapp, language, restore_language, restore_theme
):
    ada = ops.add_customer(journal, "Ada Lovelace", stage="connection").id
    ops.add_promise(journal, ada, "Send the price list", due=dt.date.today())
    if language == "de":
        i18n.save_language("de")
        i18n.install(qapp)
    theme.apply(qapp, dark=False)
    window = _window(qtbot, journal_path)
    try:
        window.default_layout(None)  # 1280 x 760, the first start's
        window.show_today()
        bar = window.today_view.bar
        kept = bar.widgetForAction(window.today_view.act_kept)
        opened = bar.widgetForAction(window.today_view.act_open)
        qtbot.waitUntil(lambda: kept.isVisible() and bar.width() > 0)
        qtbot.wait(50)
        assert kept.y() == opened.y()  # "Kept" not alone on a second line
        for action in window.today_view.actions():  # every word whole
            button = bar.widgetForAction(action)
            if button is not None and button.isVisible():
                assert button.width() > button.fontMetrics().horizontalAdvance(action.text())
    finally:
        window.controller.close()
