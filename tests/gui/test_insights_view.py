"""The Insights view driven as a person would: Ctrl+3, the segment, a row to its customer,
hover values, the figure tables, the dark appearance, print to PDF.

The view reads a real journal in tmp_path through the controller's worker. Where a test is about
the drawing rather than the figures (hover, tables, dark, PDF), it lays out a small hand-made
result for the journal's real customers (`sample`), so it does not depend on how each figure is
computed (tests/store and tests/domain check those).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import sqlite3
import subprocess

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QGuiApplication,
    QHelpEvent,
    QImage,
    QPainter,
    QTextTable,
)
from PySide6.QtWidgets import QApplication, QPushButton, QToolTip

from custjournal import ops
from custjournal.domain import insights as di
from custjournal.gui import charts, i18n, paged, theme
from custjournal.gui.controller import JournalController
from custjournal.gui.customer_model import DUE
from custjournal.gui.dates import format_date
from custjournal.gui.insights_view import InsightsView, SectionWidget
from custjournal.gui.main_window import MainWindow
from custjournal.store.journal import open_journal

TODAY = dt.date.today()
WAIT = 10_000


@pytest.fixture
def people(journal):
    ada = ops.add_customer(
        journal, "Ada Lovelace", company="Analytical Engines", stage="connection", tags=["vip"]
    ).id
    grace = ops.add_customer(journal, "Grace Hopper", company="Navy", stage="prospecting").id
    zoe = ops.add_customer(journal, "Zoë Ångström", company="Nordic Tea", stage="loyalty").id
    ops.log_conversation(
        journal, ada, summary="Samples", on=TODAY - dt.timedelta(days=3), why_buy="fast delivery"
    )
    ops.add_purchase(journal, grace, 500_000, on=TODAY - dt.timedelta(days=10))
    ops.add_purchase(journal, ada, 100_000, on=TODAY - dt.timedelta(days=20))
    journal.close()
    return {"ada": ada, "grace": grace, "zoe": zoe}


@pytest.fixture
def make_window(qtbot, journal_path):
    made = []

    def make() -> MainWindow:
        controller = JournalController(open_journal(journal_path))
        window = MainWindow(controller, use_tray=False)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
            window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.controller.close()


@pytest.fixture
def view(qtbot, controller):
    """The view alone on the journal, shown and loaded once."""
    widget = InsightsView(controller)
    qtbot.addWidget(widget)
    widget.resize(800, 900)
    with qtbot.waitSignal(widget.loaded, timeout=WAIT):
        widget.show()
    return widget


def sample(ids: dict[str, int]) -> di.Insights:
    """A small result by hand: Grace best, then Ada; Ada and Zoë say why they buy."""
    ada, grace, zoe = ids["ada"], ids["grace"], ids["zoe"]
    quote = di.Quote(ada, "Ada Lovelace", TODAY, "you deliver fast")
    best = di.BestCustomers(
        "Your top 1 customer (33%) brings 83% of the last 12 months' value.",
        None,
        "EUR",
        600_000,
        2,
        3,
        (
            di.ParetoPoint(1, grace, 1 / 2, 5 / 6),
            di.ParetoPoint(2, ada, 2 / 2, 1.0),
        ),
        (di.TierBoundary("A", 1, 1 / 2, 5 / 6, (grace,)),),
        (
            di.BestCustomerRow(
                grace, "Grace Hopper", "A", False, 500_000, 5 / 6, TODAY, TODAY, TODAY, True
            ),
            di.BestCustomerRow(
                ada, "Ada Lovelace", "B", True, 100_000, 1 / 6, TODAY, TODAY, TODAY, False
            ),
        ),
    )
    theme_ = di.Theme("fast deliv", "Fast delivery", 2, (ada, zoe), 1 / 6, (quote,))
    why = di.WhyTheyBuy(
        "Fast delivery is the reason 2 customers give most.",
        None,
        2,
        2,
        (theme_, di.Theme("listen", "You listen", 1, (zoe,), 0.0, ())),
        (di.CustomerRef(grace, "Grace Hopper"),),
        "1 of your best customers was never asked why they buy.",
    )
    stage_rows = tuple(
        di.StageRow(s, s.capitalize(), 1, (cid,), 1 / 3, None, 0, 0, (), 0.0)
        for s, cid in (("prospecting", grace), ("connection", ada), ("loyalty", zoe))
    )
    elements = tuple(
        di.ElementDistribution(
            e, e.capitalize(), (0, 1, 0, 1, 0), ((), (ada,), (), (grace,), ()), 1, 50.0
        )
        for e in di.HEALTH_ELEMENTS
    )
    return di.Insights(
        today=TODAY,
        segment=di.Segment(),
        currency="EUR",
        customers=3,
        customer_ids=(ada, grace, zoe),
        best_customers=best,
        why_they_buy=why,
        delights=di.Delights(None, "No delights recorded yet: log what delights them."),
        pains=di.Pains(None, "No pain points recorded yet."),
        trust=di.Trust(None, "No gifts or invitations yet.", "EUR"),
        stages=di.Stages(
            "Prospecting, Connection and Loyalty hold one customer each.", None, stage_rows
        ),
        health=di.HealthSection("Health is middling.", None, elements),
    )


def show_sample(qtbot, view: InsightsView, ids: dict[str, int]) -> None:
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.show_insights(sample(ids), {i: n for n, i in ids.items()})
    themes_filled(qtbot, view)


def themes_filled(qtbot, view: InsightsView) -> None:
    """Every theme list's themes on the page (they come a few a turn, after the section)."""
    lists = [t for w in view.section_widgets for t in w.theme_lists]
    qtbot.waitUntil(lambda: all(len(t.labels) == len(t.items) for t in lists), timeout=WAIT)


def open_insights(window: MainWindow, qtbot) -> InsightsView:
    """View > Insights, and the page laid out."""
    with qtbot.waitSignal(window.insights_view.loaded, timeout=WAIT):
        window.act_insights.trigger()
    return window.insights_view


def section(view: InsightsView, key: str) -> SectionWidget:
    return next(w for w in view.section_widgets if w.section.key == key)


# --- opening, the segment, following a row ------------------------------------------------------


def test_ctrl3_opens_insights_computed_from_the_journal(make_window, people, qtbot):
    window = make_window()
    with qtbot.waitSignal(window.insights_view.loaded, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    view = window.insights_view
    assert window.stack.currentWidget() is view
    assert view.insights is not None and view.insights.customers == 3
    assert "All customers as of" in view.status.text() and ": 3 customers." in view.status.text()
    titles = [w.section.title for w in view.section_widgets]
    assert titles == [
        "Best customers",
        "Why they buy",
        "What delights them",
        "Pain points",
        "Trust and generosity",
        "Stages",
        "Relationship health",
    ]
    # Every section says what it means, or why there is too little to tell: never an error.
    assert all(w.sentence.text() for w in view.section_widgets)
    assert window.act_insights in window.view_menu.actions()


def test_switching_the_segment_recomputes_every_section_for_those_customers(
    make_window, people, qtbot
):
    window = make_window()
    view = open_insights(window, qtbot)
    assert view.segment.findData("tag:vip") >= 0  # the journal's tags are offered
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.segment.setCurrentIndex(view.segment.findData("stage:connection"))
    assert view.insights.segment == di.Segment("stage", "connection")
    assert view.insights.customer_ids == (people["ada"],)
    assert view.status.text().startswith("Customers in Connection as of")
    assert view.status.text().endswith(": 1 customer.")
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.set_segment("tag:vip")
    assert view.insights.segment == di.Segment("tag", "vip")
    assert view.insights.customer_ids == (people["ada"],)


def test_a_row_with_one_customer_opens_that_customer(make_window, people, qtbot):
    window = make_window()
    view = open_insights(window, qtbot)
    show_sample(qtbot, view, people)
    best = section(view, "best_customers")
    table = best.tables[1]  # the best customers, under the curve's figures
    assert table.topLevelItem(0).text(0) == "Grace Hopper"
    table.setFocus()
    table.setCurrentItem(table.topLevelItem(0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.page
    assert window.page.customer_id == people["grace"]
    assert window.current_customer_id() == people["grace"]


def test_a_row_with_several_customers_filters_the_list_until_show_all(make_window, people, qtbot):
    window = make_window()
    view = open_insights(window, qtbot)
    show_sample(qtbot, view, people)
    themes = section(view, "why_they_buy").tables[0]
    assert themes.topLevelItem(0).text(0) == "Fast delivery"
    themes.setFocus()
    themes.setCurrentItem(themes.topLevelItem(0))
    qtbot.keyClick(themes, Qt.Key.Key_Return)
    shown = sorted(window.model.customer(r).name for r in range(window.model.rowCount()))
    assert shown == ["Ada Lovelace", "Zoë Ångström"]
    assert window.only_bar.isVisible()
    assert "Fast delivery" in window.only_label.text() and "(2)" in window.only_label.text()
    window.show_all()
    assert window.model.rowCount() == 3
    assert not window.only_bar.isVisible()


def test_a_click_on_a_bar_filters_the_list_to_its_customers(make_window, people, qtbot):
    window = make_window()
    view = open_insights(window, qtbot)
    show_sample(qtbot, view, people)
    bars = section(view, "why_they_buy").charts[0]
    point = QPoint(bars.width() // 2, 4 + bars.row_height // 2)  # the first bar
    qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=point)
    shown = sorted(window.model.customer(r).name for r in range(window.model.rowCount()))
    assert shown == ["Ada Lovelace", "Zoë Ångström"]


def test_the_page_follows_changes_made_while_it_is_shown(view, qtbot):
    assert view.insights.customers == 0
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.controller.apply(ops.add_customer, "Ada Lovelace")
    assert view.insights.customers == 1


def test_an_empty_journal_says_a_sentence_in_every_section(view):
    assert len(view.section_widgets) == 7
    for widget in view.section_widgets:
        assert widget.section.empty
        assert widget.sentence.text()  # "No purchases yet: ..." and the like
        assert widget.charts == []


# --- the charts -----------------------------------------------------------------------------


def tooltip_at(chart: charts.Chart, point: QPoint) -> str:
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, point, chart.mapToGlobal(point))
    QGuiApplication.sendEvent(chart, event)
    return QToolTip.text()


def test_hovering_a_chart_shows_its_values(view, people, qtbot):
    show_sample(qtbot, view, people)
    pareto = section(view, "best_customers").charts[0]
    # The left half of the curve is Grace (the best), in tier A.
    tip = tooltip_at(pareto, QPoint(int(pareto.width() * 0.3), pareto.height() // 2))
    assert "Grace Hopper" in tip and "83%" in tip and "Tier A" in tip
    bars = section(view, "why_they_buy").charts[0]
    tip = tooltip_at(bars, QPoint(bars.width() // 2, 4 + bars.row_height // 2))
    assert "Fast delivery" in tip and "Customers: 2" in tip and "you deliver fast" in tip
    funnel = section(view, "stages").charts[0]
    tip = funnel.tip_at(QPoint(funnel.width() // 2, 4 + funnel.row_height // 2))
    assert tip.startswith("Prospecting") and "Customers: 1" in tip
    health = section(view, "health").charts[0]
    assert "Knowledge" in (tooltip_at(health, QPoint(health.width() - 20, 15)) or "")
    assert bars.tip_at(QPoint(2, bars.height() - 1)) is None  # below the bars: nothing


def test_each_chart_has_its_figures_in_a_table_that_copies_as_text(view, people, qtbot):
    show_sample(qtbot, view, people)
    best = section(view, "best_customers")
    figures = best.tables[0]
    toggle = best.figure_buttons[0]
    assert not figures.isVisible()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert figures.isVisible() and toggle.text() == "Hide figures"
    headers = [figures.headerItem().text(c) for c in range(figures.columnCount())]
    assert headers == ["Customers, best first", "Share of customers", "Share of value"]
    rows = [
        [figures.topLevelItem(r).text(c) for c in range(3)]
        for r in range(figures.topLevelItemCount())
    ]
    assert ["Tier A ends: the top 1", "50%", "83%"] in rows
    # The choice holds for every chart, and for the next start.
    assert all(b.isChecked() for w in view.section_widgets for b in w.figure_buttons)
    figures.setFocus()
    figures.setCurrentItem(figures.topLevelItem(0))
    qtbot.keyClick(figures, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert (
        copied
        == "Customers, best first\tShare of customers\tShare of value\nTier A ends: the top 1\t50%\t83%\n"
    )
    figures.clearSelection()
    figures.copy()  # nothing selected: the whole table
    assert QGuiApplication.clipboard().text().count("\n") == 1 + figures.topLevelItemCount()


def test_charts_paint_in_the_dark_appearance(view, people, qtbot, qapp, monkeypatch):
    show_sample(qtbot, view, people)
    style, sheet, palette = qapp.style().name(), qapp.styleSheet(), qapp.palette()
    monkeypatch.setattr(theme, "_dark_in_use", None)
    bars = section(view, "why_they_buy").charts[0]
    light = bars.grab().toImage()
    theme.apply(qapp, dark=True)
    try:
        qtbot.waitUntil(lambda: bars.palette().color(bars.backgroundRole()).lightness() < 100)
        dark = bars.grab().toImage()
        y = 4 + bars.row_height // 2
        x = bars.width() - 60  # past the labels, on the first bar (the longest)
        light_bar, dark_bar = QColor(light.pixel(x, y)), QColor(dark.pixel(x, y))
        assert dark_bar != light_bar
        assert dark_bar.lightness() > light_bar.lightness()  # lighter series on a dark page
        label = bars.tip_at(QPoint(x, y))
        assert "Fast delivery" in label
    finally:
        qapp.setStyle(style)
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)


# --- print and PDF --------------------------------------------------------------------------


def test_save_as_pdf_writes_the_whole_page(view, people, qtbot, tmp_path):
    show_sample(qtbot, view, people)
    target = tmp_path / "insights.pdf"
    with qtbot.waitSignal(view.controller.message, timeout=WAIT):
        assert view.save_pdf(str(target)) == target
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o600  # it holds private notes
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        for words in ("Best customers", "Relationship health", "Grace Hopper", "Fast delivery"):
            assert words in text


def test_save_as_pdf_refuses_the_journal(view, qtbot, journal_path):
    before = journal_path.read_bytes()
    with qtbot.waitSignal(view.controller.error, timeout=WAIT) as told:
        assert view.save_pdf(str(journal_path)) is None
    assert "nothing was written" in told.args[0]
    assert journal_path.read_bytes() == before


def test_the_curve_says_each_tier_band_on_its_own(qtbot):
    """Tier B's boundary counts tier A in (the top 2 of 4); its band is B's customer alone."""
    chart = charts.ParetoChart()
    qtbot.addWidget(chart)
    chart.resize(400, chart.chart_height)
    points = [
        charts.CurvePoint(1, 11, "Ada", 0.25, 0.6),
        charts.CurvePoint(2, 12, "Grace", 0.5, 0.85),
        charts.CurvePoint(3, 13, "Zoë", 0.75, 0.95),
        charts.CurvePoint(4, 14, "Lin", 1.0, 1.0),
    ]
    chart.set_data(
        points,
        [
            charts.Boundary("A", 1, 0.25, 0.6, (11,)),
            charts.Boundary("B", 2, 0.5, 0.85, (11, 12)),
        ],
    )
    left = 45  # past the value axis' labels
    width = 400 - left - 20
    in_b = QPoint(left + int(width * 0.4), chart.height() // 2)
    assert chart.ids_at(in_b) == (12,)
    tip = chart.tip_at(in_b)
    assert "No. 2: Grace" in tip
    assert "Tier B: 25% of the customers (1) bring 25% of the value" in tip
    past = QPoint(left + int(width * 0.9), chart.height() // 2)
    assert chart.ids_at(past) == (14,)  # past the tiers: that customer
    with qtbot.waitSignal(chart.activated) as clicked:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=in_b)
    assert clicked.args == [(12,), "tier B"]


def test_the_keyboard_shortcuts_list_says_where_insights_keys_work(make_window):
    window = make_window()
    groups = dict(window.shortcut_groups())
    assert dict(groups["Anywhere"])["Ctrl+3"] == "Insights"
    insights = dict(groups["In Insights"])
    assert insights["Ctrl+P"] == "Print" and insights["Ctrl+Shift+S"] == "Save as PDF"
    assert "Ctrl+P" not in dict(groups["Anywhere"])  # not as if they worked anywhere


def test_the_best_customers_say_due_as_the_list_does_promises_included(
    make_window, journal_path, people, qtbot
):
    """Ada's next contact is weeks away, but a promise to her is three days overdue: the list's
    Due says so, and the best customers' table says the same, not "from" her contact's day."""
    journal = open_journal(journal_path)
    ops.add_promise(
        journal,
        people["ada"],
        "Send the samples",
        due=TODAY - dt.timedelta(days=3),
        on=TODAY - dt.timedelta(days=10),
    )
    journal.close()
    window = make_window()
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.customer(r).id == people["ada"])
    in_list = model.index(row, DUE).data()
    assert in_list == "3 d overdue"
    view = open_insights(window, qtbot)
    (table,) = [
        t
        for t in section(view, "best_customers").tables
        if t.headerItem().text(t.columnCount() - 1) == "Due"
    ]
    due = {
        table.topLevelItem(r).text(0): table.topLevelItem(r).text(table.columnCount() - 1)
        for r in range(table.topLevelItemCount())
    }
    assert due["Ada Lovelace"] == in_list
    assert (
        due["Grace Hopper"]
        == model.index(
            next(r for r in range(model.rowCount()) if model.customer(r).id == people["grace"]), DUE
        ).data()
    )


def test_a_tag_segment_whose_tag_is_gone_goes_back_to_every_customer(make_window, people, qtbot):
    window = make_window()
    view = open_insights(window, qtbot)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        assert view.set_segment("tag:vip")
    assert view.insights.customer_ids == (people["ada"],)
    with qtbot.waitSignal(view.loaded, timeout=WAIT * 2):
        window.controller.apply(ops.update_customer, people["ada"], tags=[])
    qtbot.waitUntil(lambda: view.insights.segment == di.Segment(), timeout=WAIT)
    assert view.segment.findData("tag:vip") < 0
    assert view.segment.currentData() == "all"
    assert view.insights.customers == 3


def test_the_segment_last_chosen_is_the_one_shown_after_a_restart(
    make_window, people, qtbot, journal_path, monkeypatch
):
    """The segment chosen on a journal is the one its Insights opens on at the next start, and
    the one worked out ahead for it; once its tag is gone, every customer, with no error."""
    ahead: list[di.Segment] = []
    real_ahead = JournalController.work_out_ahead

    def work_out_ahead(self, segment, on_done=None, day=None):
        if day is None:  # today's (tomorrow's, the same segment, follows it)
            ahead.append(segment)
        return real_ahead(self, segment, on_done, day=day)

    monkeypatch.setattr(JournalController, "work_out_ahead", work_out_ahead)

    def restart(window: MainWindow | None) -> MainWindow:
        if window is not None:
            window.close()
            window.controller.close()
        ahead.clear()
        window = make_window()
        qtbot.waitUntil(lambda: bool(ahead), timeout=WAIT)  # the day's page worked out ahead
        qtbot.waitUntil(lambda: window.controller._ahead is None, timeout=WAIT)
        return window

    window = restart(None)
    assert ahead == [di.Segment()]
    view = open_insights(window, qtbot)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.segment.setCurrentIndex(view.segment.findData("tag:vip"))
    assert view.insights.customer_ids == (people["ada"],)

    window = restart(window)
    assert ahead == [di.Segment("tag", "vip")]
    view = open_insights(window, qtbot)
    assert view.segment.currentText() == "Tag: vip"
    assert view.insights.segment == di.Segment("tag", "vip")
    assert view.insights.customer_ids == (people["ada"],)
    assert view.status.text().startswith("Customers tagged 'vip' as of")
    # A stage: chosen, and there again at the next start.
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.segment.setCurrentIndex(view.segment.findData("stage:loyalty"))
    window = restart(window)
    assert ahead == [di.Segment("stage", "loyalty")]
    view = open_insights(window, qtbot)
    assert view.segment.currentData() == "stage:loyalty"
    assert view.insights.customer_ids == (people["zoe"],)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.segment.setCurrentIndex(view.segment.findData("tag:vip"))

    # The tag deleted while the app was closed: every customer, and nothing said about it.
    window.close()
    window.controller.close()
    journal = open_journal(journal_path)
    ops.update_customer(journal, people["ada"], tags=[])
    journal.close()
    messages: list[object] = []
    window = restart(None)
    window.controller.message.connect(messages.append)
    assert ahead == [di.Segment()]
    view = open_insights(window, qtbot)
    assert view.segment.currentData() == "all"
    assert view.insights.segment == di.Segment() and view.insights.customers == 3
    assert view.status.text().startswith("All customers as of")
    assert messages == []
    window = restart(window)
    assert window.insights_view.segment.currentData() == "all"


@pytest.mark.parametrize("kept", ["stage:gone", "tier:Z", "nonsense"])
def test_a_segment_remembered_that_this_version_does_not_have_opens_on_everyone(
    make_window, people, qtbot, kept
):
    """A settings file edited by hand, or left by another version of the app with other
    stages or tiers: Insights opens on every customer, saying nothing (it failed as it opened,
    every time, before)."""
    from PySide6.QtCore import QSettings

    window = make_window()
    key = window._journal_key("insights", "segment")
    QSettings().setValue(key, kept)
    messages: list[object] = []
    window.controller.message.connect(messages.append)
    view = open_insights(window, qtbot)
    assert view.segment.currentData() == "all"
    assert view.insights.segment == di.Segment() and view.insights.customers == 3
    assert messages == []
    assert window.saved_segment() == "all"  # forgotten


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_segment_chooser_is_reached_from_the_keyboard(
    make_window, people, qtbot, qapp, language
):
    """Its label's Alt key was the Customer menu's (Alt+C, German Alt+K): the menu opened,
    never the chooser (seen in a real window). Now Alt+U in both languages."""
    from PySide6.QtCore import QLocale

    from custjournal.gui import i18n

    before = QLocale()
    if language == "de":
        i18n.save_language("de")
        i18n.install(qapp)
    try:
        window = make_window()
        view = open_insights(window, qtbot)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
        menus = {a.text().split("&")[1][:1].lower() for a in window.menuBar().actions()}
        assert "u" not in menus and len(menus) == len(window.menuBar().actions())
        qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
        assert view.segment.hasFocus()
    finally:
        if language == "de":
            i18n.save_language("system")
            QLocale.setDefault(before)
            i18n.install_translators(qapp, QLocale(QLocale.Language.English))


def test_a_table_beside_a_chart_that_answers_its_height_settles(qtbot):
    """A table whose columns are about as wide as the view, beside a chart whose width answers
    the table's height: room made for the sideways scroll bar narrowed the chart, the wider
    table gave the room back, the chart widened again ... for ever, the window frozen (seen
    at 784 px on the 2,000-customer demo). Every width of the page settles now."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    row = QHBoxLayout(page)
    row.setContentsMargins(0, 0, 0, 0)
    chart = QWidget()
    table = charts.FigureTable()
    row.addWidget(chart)
    row.addWidget(table)
    table.set_table(
        charts.Table(
            ("From", "To", "Moves"),
            tuple(charts.Row((f"Stage {i}", f"Stage {i + 1}", str(i)), ()) for i in range(5)),
            stretch=0,
        )
    )
    base = table.height()
    storm = {"resizes": 0}

    class Answer(QObject):  # the chart: narrower while the table is taller
        def eventFilter(self, _watched, event):
            if event.type() == QEvent.Type.Resize:
                storm["resizes"] += 1
                if storm["resizes"] < 200:  # a storm is stopped here, and fails below
                    extent = table.verticalScrollBar().sizeHint().width()
                    chart.setFixedWidth(200 - (extent if table.height() > base else 0))
            return False

    answer = Answer()
    table.installEventFilter(answer)
    chart.setFixedWidth(200)
    page.show()
    natural = table.maximumWidth()
    for width in range(200 + natural - 40, 200 + natural + 40):
        storm["resizes"] = 0
        page.resize(width, 300)
        for _ in range(5):
            QApplication.processEvents()
        assert storm["resizes"] < 20, width


def test_a_table_wider_than_the_page_scrolls_and_still_shows_every_row(qtbot):
    """In a narrow window the figures past the edge were out of reach (no scroll bar)."""
    table = charts.FigureTable()
    qtbot.addWidget(table)
    rows = tuple(
        charts.Row((f"Customer {i}", "A", "1,234,567.89 EUR", "21%", "30/11/2026", "due"), (i,))
        for i in range(3)
    )
    table.set_table(
        charts.Table(("Customer", "Tier", "Value", "Share", "Last touch", "Next"), rows)
    )
    table.resize(160, table.height())
    table.show()
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() > 0)
    bar = table.horizontalScrollBar()
    assert bar.isVisible()
    header = table.header().height()
    last = table.visualItemRect(table.topLevelItem(2))
    assert last.bottom() <= table.viewport().height()  # the last row is not under the bar
    assert header > 0


def test_a_customers_name_in_a_narrow_pane_stays_readable(qtbot):
    """The Insights pane beside a list that shows every column is narrow: the stretching
    column (the customer) was cut to three letters ('Bea…'); it keeps about twelve
    characters ('Benedetta Ri…': sixteen left a German laptop's pane scrolling for a few
    letters of a name) and the table scrolls sideways, and takes the room back when there is
    some."""
    table = charts.FigureTable()
    qtbot.addWidget(table)
    rows = tuple(
        charts.Row(
            (
                f"Beatrix Oberhauser-{i}",
                "A",
                "352,341.35 EUR",
                "22%",
                "2026-11-16",
                "from 2026-12-09",
            ),
            (i,),
        )
        for i in range(3)
    )
    table.set_table(
        charts.Table(("Customer", "Tier", "12-month value", "Share", "Last touch", "Next"), rows)
    )
    table.show()
    header = table.header()
    others = sum(header.sectionSize(c) for c in range(1, 6))
    # Room for the others and forty pixels of the name: "Bea…" before.
    table.resize(others + 40 + 2 * table.frameWidth(), table.height())
    least = table.fontMetrics().averageCharWidth() * 12
    qtbot.waitUntil(lambda: header.sectionSize(0) >= least)
    assert table.horizontalScrollBar().maximum() > 0
    table.resize(1200, table.height())
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    assert table.header().sectionSize(0) >= table.fontMetrics().horizontalAdvance(rows[0].cells[0])


def test_a_page_still_being_laid_out_when_its_window_closes_is_let_go(
    controller, people, qtbot, qapp
):
    """The page is laid out a section per turn of the event loop; a window closed in between
    must not leave those turns to run on its deleted widgets (seen as 'Internal C++ object
    (QVBoxLayout) already deleted' raised in a later test's event loop)."""
    widget = InsightsView(controller)
    widget.show_insights(sample(people), {i: n for n, i in people.items()})
    widget.deleteLater()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    with qtbot.captureExceptions() as raised:
        qtbot.wait(50)  # the pending turns' time comes and goes
    assert raised == []


def test_the_page_is_built_in_the_worker_not_the_gui_thread(people, qtbot, controller, monkeypatch):
    """At 10,000 customers building the page's sections took 30-140 ms: the worker that
    computes the figures builds them, and the GUI thread only makes the widgets."""
    import threading

    from custjournal.gui import insights_page

    threads = []
    real_build = insights_page.build

    def build(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_build(*args, **kwargs)

    monkeypatch.setattr(insights_page, "build", build)
    widget = InsightsView(controller)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=WAIT):
        widget.show()
    assert threads and threading.main_thread() not in threads
    assert [s.key for s in widget.sections][0] == "best_customers"
    assert len(widget.section_widgets) == len(widget.sections)


def test_keeping_the_page_is_not_an_outside_change(make_window, people, qtbot, journal_path):
    """The worker keeps the page it worked out (store/insights_kept.py): that commit is the
    app's own, so the window neither reloads every view nor forgets what Undo can take back."""
    window = make_window()
    with qtbot.waitSignal(window.insights_view.loaded, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    # A tag changes the page (a segment may name it) and nobody's health: the page worked out
    # again is the only thing kept.
    with qtbot.waitSignal(window.insights_view.loaded, timeout=WAIT):
        window.controller.apply(ops.add_tag_many, [people["ada"]], "tea")
    assert window.act_undo.isEnabled()
    con = sqlite3.connect(journal_path)
    try:
        assert con.execute("SELECT count(*) FROM insights_kept").fetchone()[0] >= 1
    finally:
        con.close()
    assert not window.controller.check_outside_changes()
    assert window.act_undo.isEnabled()


# A list to act on holds every customer its sentence counts: the page shows its first eight
# rows and "Show all 53", which shows every one in the page (a box of twelve rows scrolled
# inside the scrolling page before); "Show them in the list (53)" filters the list to them.
def test_a_list_to_act_on_shows_its_first_rows_then_all_in_the_page(
    make_window, journal, qtbot, tmp_path
):
    for n in range(53):
        ops.add_customer(journal, f"Pinned {n:02d}", stage="connection", tier_pin="A")
    archived = ops.add_customer(journal, "Archived One", stage="connection", tier_pin="A").id
    ops.set_archived(journal, archived, True)
    journal.close()
    window = make_window()
    view = open_insights(window, qtbot)
    why = section(view, "why_they_buy")
    assert why.sentence.text().startswith("No reasons for buying recorded yet")
    (table,) = why.tables
    assert table.topLevelItemCount() == 8
    (more,) = why.more_buttons
    assert more.text() == "Show all 53"
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert table.topLevelItemCount() == 53
    # Every row in sight: the page scrolls, not a box inside it.
    qtbot.waitUntil(lambda: table.verticalScrollBar().maximum() == 0, timeout=WAIT)
    last = table.visualItemRect(table.topLevelItem(52))
    assert last.bottom() <= table.viewport().height()
    assert more.text() == "Show the first 8 only"
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert table.topLevelItemCount() == 8 and more.text() == "Show all 53"
    (show,) = [b for b in why.findChildren(QPushButton) if "Show them in the list" in b.text()]
    assert show.text() == "Show them in the list (53)"
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    names = {window.model.customer(r).name for r in range(window.model.rowCount())}
    assert len(names) == 53 and "Archived One" not in names
    window.show_all()
    # A row opens its customer.
    table.setFocus()
    table.setCurrentItem(table.topLevelItem(0))
    with qtbot.waitSignal(view.open_customer_needed, timeout=WAIT) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [table.topLevelItem(0).data(0, charts.IDS_ROLE)[0]]
    # On paper: the first fifty, and a row for the three more.
    document = view.document()
    text = document.toPlainText()
    assert "… and 3 more" in text
    assert sum(f"Pinned {n:02d}" in text for n in range(53)) == 50


# --- the charts' labels: none overlaps another, none is cut, all inside the chart ---------------


def _curve(n: int) -> list[charts.CurvePoint]:
    """*n* buyers, a long tail: the first few bring most of the value."""
    return [
        charts.CurvePoint(k, 100 + k, f"Customer {k}", k / n, 1 - (1 - k / n) ** 4)
        for k in range(1, n + 1)
    ]


def _assert_labels_clear(chart: charts.ParetoChart) -> list[str]:
    chart.grab()  # paint it, as on screen
    labels = chart.labels
    inside = chart.rect()
    for words, box in labels:
        assert "…" not in words, words
        assert inside.contains(box.toRect()), (words, box, inside)
    for i, (words, box) in enumerate(labels):
        for other, other_box in labels[i + 1 :]:
            assert not box.intersects(other_box), (words, other)
    return [words for words, _box in labels]


@pytest.mark.parametrize("width", [980, 640, 420, 260])
def test_a_narrow_tier_band_keeps_its_label_whole_or_drops_it(qtbot, width):
    """A segment where tier A is 3% of the buyers (Stage: Purchase on the 2,000 demo): its band
    was labelled "Ti…"."""
    chart = charts.ParetoChart()
    qtbot.addWidget(chart)
    chart.resize(width, chart.chart_height)
    points = _curve(332)
    chart.set_data(
        points,
        [
            charts.Boundary("A", 9, 9 / 332, 0.07, tuple(range(101, 110))),
            charts.Boundary("B", 58, 58 / 332, 0.43, tuple(range(101, 159))),
        ],
    )
    words = _assert_labels_clear(chart)
    assert "Tier B" in words or "B" in words
    assert "B: 43%" in words


@pytest.mark.parametrize("width", [980, 420])
def test_boundaries_at_the_same_point_say_their_share_once(qtbot, width):
    """With tier A chosen, A and B both end at 100%: "A: 100%" and "B: 100%" were drawn on top
    of each other."""
    chart = charts.ParetoChart()
    qtbot.addWidget(chart)
    chart.resize(width, chart.chart_height)
    points = _curve(236)
    ids = tuple(p.customer_id for p in points)
    chart.set_data(
        points, [charts.Boundary("A", 236, 1.0, 1.0, ids), charts.Boundary("B", 236, 1.0, 1.0, ids)]
    )
    words = _assert_labels_clear(chart)
    assert "A, B: 100%" in words
    assert "Tier A" in words


def test_the_printed_curve_keeps_its_labels_clear_too(qtbot):
    chart = charts.ParetoChart()
    qtbot.addWidget(chart)
    points = _curve(332)
    chart.set_data(points, [charts.Boundary("A", 9, 9 / 332, 0.07, (101,))])
    image = QImage(600, chart.chart_height, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    chart.paint_on(painter, QRectF(0, 0, 600, chart.chart_height), charts.ChartColors.paper())
    painter.end()
    boxes = [box for _w, box in chart.labels]
    assert all(QRectF(0, 0, 600, chart.chart_height).contains(b) for b in boxes)
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


# --- the themes in words, the competitors, the heading, the PDF ----------------------------------


def with_pains(ids: dict[str, int]) -> di.Insights:
    """The sample with a pain with us and one with a competitor that the text names."""
    ada, grace = ids["ada"], ids["grace"]
    said = di.Quote(grace, "Grace Hopper", TODAY, "Kaffee Kontor's machines break down")
    theirs = di.PainTheme(
        "machin break", "Machines break down", 1, (grace,), 1, 0, ("Kaffee Kontor",), (said,)
    )
    # Texts that name several competitors, the theme's own name one of them.
    many = di.PainTheme(
        "slow",
        "Roastwerk delivers slowly",
        2,
        (ada, grace),
        2,
        0,
        ("BeanCo", "GrindHouse", "Roastwerk"),
        (di.Quote(ada, "Ada Lovelace", TODAY, "BeanCo delivers slowly"),),
    )
    ours = di.PainTheme(
        "late",
        "Delivery came late",
        1,
        (ada,),
        0,
        1,
        (),
        (di.Quote(ada, "Ada Lovelace", TODAY, "late"),),
    )
    pains = di.Pains(
        "1 pain with competitors is open.", None, (ours,), (theirs, many), 0, 1, 3, 0, 3.0
    )
    return dataclasses.replace(sample(ids), pains=pains)


def test_each_theme_is_on_the_page_with_customers_share_and_quotes(make_window, people, qtbot):
    """Without "Show figures": the theme's name, how many customers and what share of value
    said it, and its quotes with customer and date; the customer opens by keyboard."""
    window = make_window()
    view = open_insights(window, qtbot)
    show_sample(qtbot, view, people)
    why = section(view, "why_they_buy")
    assert not why.tables[0].isVisible()
    listed = why.theme_lists[0]
    assert listed.isVisible()
    first = listed.labels[0]
    assert first.isVisible() and first.width() > 200
    words = first.accessibleDescription()
    assert words.startswith("Fast delivery — 2 customers, 17% of the value")
    assert f"“you deliver fast” — Ada Lovelace, {format_date(TODAY)}" in words
    assert first.accessibleName() == "Fast delivery"
    assert listed.labels[1].accessibleDescription().startswith("You listen — 1 customer, 0% of")
    # Tab to the theme's name, then to the quote's customer, as a keyboard user would.
    first.setFocus(Qt.FocusReason.TabFocusReason)
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.page
    assert window.page.customer_id == people["ada"]


def test_a_themes_name_shows_its_customers_in_the_list(make_window, people, qtbot):
    window = make_window()
    view = open_insights(window, qtbot)
    show_sample(qtbot, view, people)
    listed = section(view, "why_they_buy").theme_lists[0]
    listed.labels[0].linkActivated.emit("theme")
    shown = sorted(window.model.customer(r).name for r in range(window.model.rowCount()))
    assert shown == ["Ada Lovelace", "Zoë Ångström"]
    assert "Fast delivery" in window.only_label.text()


def test_a_competitors_pain_names_the_competitor_on_the_chart_and_the_page(view, people, qtbot):
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.show_insights(with_pains(people), {i: n for n, i in people.items()})
    themes_filled(qtbot, view)
    pains = section(view, "pains")
    theirs = next(c for c in pains.charts if c.accessibleName() == "Pains with competitors")
    metrics = QFontMetrics(theirs.font())
    bar = theirs.bars[0]
    assert theirs.label_text(metrics, bar, 400) == "Machines break down (Kaffee Kontor)"
    narrow = theirs.label_text(metrics, bar, metrics.horizontalAdvance("Machines (Kaffee Kontor)"))
    assert narrow.endswith("(Kaffee Kontor)") and narrow.startswith("Mach")
    listed = [
        t for t in pains.theme_lists if "Kaffee Kontor" in t.labels[0].accessibleDescription()
    ]
    assert listed and "Named: Kaffee Kontor" in listed[0].labels[0].accessibleDescription()
    ours = next(c for c in pains.charts if c.accessibleName() == "Pains with us")
    assert ours.label_text(metrics, ours.bars[0], 400) == "Delivery came late"
    # Several named: the one the theme's name names first, then as many as fit, then "+2".
    many = theirs.bars[1]
    wide = "Roastwerk delivers slowly (Roastwerk, BeanCo, GrindHouse)"
    assert theirs.label_text(metrics, many, 1000) == wide
    cramped = theirs.label_text(metrics, many, metrics.horizontalAdvance(wide) - 10)
    assert cramped == "Roastwerk delivers slowly (Roastwerk, BeanCo +1)"
    assert "…" not in cramped.split("(")[1]


def test_the_heading_says_what_its_number_counts(view, people, qtbot):
    show_sample(qtbot, view, people)
    assert view.status.text() == f"All customers as of {format_date(TODAY)}: 3 customers."


@pytest.mark.parametrize(
    ("segment", "name"),
    [
        (di.Segment(), "Insights - {day}.pdf"),
        (di.Segment("tier", "A"), "Insights - Tier A - {day}.pdf"),
        (di.Segment("stage", "purchase"), "Insights - Purchase - {day}.pdf"),
        (di.Segment("tag", 'b2b/eu: "key"'), "Insights - Tag b2b-eu- -key - {day}.pdf"),
    ],
)
def test_the_pdf_is_named_after_the_segment_and_the_day(view, people, qtbot, segment, name):
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.show_insights(dataclasses.replace(sample(people), segment=segment))
    assert view.pdf_name() == name.format(day=TODAY.isoformat())


def test_no_table_row_of_the_pdf_runs_over_a_page_break(view, people, qtbot, tmp_path):
    """Many themes whose quotes wrap to two or three lines: each row stays on one page."""
    ada = people["ada"]
    themes = tuple(
        di.Theme(
            f"t{n}",
            f"Theme number {n} said in rather many words",
            2,
            (ada,),
            0.1,
            (
                di.Quote(
                    ada, "Ada Lovelace", TODAY, f"We fixed their grinder within hours {n} " * 4
                ),
            ),
        )
        for n in range(60)
    )
    insights = sample(people)
    why = dataclasses.replace(insights.why_they_buy, themes=themes)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.show_insights(dataclasses.replace(insights, why_they_buy=why))
    document = view.document(width_px=600)
    assert document.pageCount() > 2
    layout, height = document.documentLayout(), document.pageSize().height()
    rows = 0
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        for row in range(frame.rows()):
            pages = set()
            for column in range(frame.columns()):
                cell = frame.cellAt(row, column)
                top = paged._span(layout, cell.firstCursorPosition().block())[0]
                bottom = paged._span(layout, document.findBlock(cell.lastPosition()))[1]
                pages |= {int(top // height), int((bottom - 0.5) // height)}
            assert len(pages) == 1, (row, frame.cellAt(row, 0).firstCursorPosition().block().text())
            rows += 1
    assert rows > 60
    if shutil.which("pdftotext"):
        target = tmp_path / "insights.pdf"
        target.write_bytes(view.pdf_bytes())
        text = subprocess.run(
            ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert text.count("\f") == document.pageCount()


def test_the_themes_and_the_heading_in_german(view, people, qtbot, qapp):
    before = QLocale()
    i18n.install(qapp, "de")
    try:
        show_sample(qtbot, view, people)
        assert view.status.text() == f"Alle Kunden am {format_date(TODAY)}: 3 Kunden."
        said = section(view, "why_they_buy").theme_lists[0].labels[0].accessibleDescription()
        assert said.startswith("Fast delivery — 2 Kunden, 17\u00a0% des Werts")
        assert f"„you deliver fast“ — Ada Lovelace, {format_date(TODAY)}" in said
        assert view.pdf_name() == f"Einblicke - {TODAY.isoformat()}.pdf"
    finally:
        QLocale.setDefault(before)
        i18n.install_translators(qapp, QLocale(QLocale.Language.English))


def test_printing_on_letter_paper_lays_the_page_out_on_letter(view, people, qtbot, tmp_path):
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    show_sample(qtbot, view, people)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    view.print_to(printer)
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdfinfo"):
        info = subprocess.run(
            ["pdfinfo", str(target)], capture_output=True, text=True, check=True
        ).stdout
        assert "612 x 792 pts (letter)" in info
        text = subprocess.run(
            ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Best customers" in text and "Relationship health" in text
        assert text.rstrip("\f").split("\f")[-1].strip().endswith(str(text.count("\f")))


@pytest.mark.parametrize("width", [640, 900])
def test_theme_names_on_the_bars_are_whole_where_the_chart_has_room(qtbot, width):
    """The reviewer's 'The Brazil Santos sells itself to our re…' at 530 px of chart."""
    chart = charts.BarChart()
    qtbot.addWidget(chart)
    names = [
        "Quick delivery when we run low",
        "The Brazil Santos sells itself to our regulars",
        "You always remember our names",
    ]
    chart.set_data([charts.Bar(n, (float(300 - i * 100),), n) for i, n in enumerate(names)])
    chart.resize(width, chart.chart_height)
    chart.grab()
    assert [words for words, _box in chart.labels] == names
    for _words, box in chart.labels:
        assert chart.rect().contains(box.toRect())
    # The bars keep a third of the chart.
    widest = max(box.right() for _w, box in chart.labels)
    assert widest < width * 2 / 3


BEST = (
    "Beatriz Araújo",
    "Günther Hoffmann-Schulz",
    "Γιώργος Παπαδόπουλος",
    "María José Ibáñez",
    "Björn Weißenbäck",
    "Дмитрий Иванов",
    "Agnieszka Wiśniewska",
    "Benedetta Ricci",
    "鈴木 さくら",
    "Samuel Wright",
    "Hélène Lefèvre",
    "Joaquín García",
)


@pytest.fixture
def best_customers(journal):
    """A dozen best customers as the demo has them: six-figure values, long names, a last
    touch months ago (their Due the longest the list says: "119 d overdue")."""
    for i, name in enumerate(BEST):
        cid = ops.add_customer(journal, name, company=f"Firm {i}", stage="connection").id
        ops.add_purchase(journal, cid, 35_234_135 - i * 1_234_567, on=TODAY - dt.timedelta(days=30))
        ops.log_conversation(
            journal, cid, summary="Catch-up", on=TODAY - dt.timedelta(days=150 + i)
        )
    journal.close()


@pytest.mark.parametrize(
    ("language", "width"), [("en", 1280), ("en", 1366), ("de", 1280), ("de", 1366)]
)
def test_the_best_customers_fit_a_laptops_insights_pane(
    make_window, best_customers, qtbot, qapp, language, width
):
    """A 1280-pixel window, the list beside Insights as it opens: the best customers' table
    scrolled sideways, its Due out of sight (the headings wider than their figures, the
    amounts with their currency, a scroll bar for rows). Now every figure is whole and in
    sight, the headings on two lines, a name cut only to about twelve characters."""
    from PySide6.QtCore import QLocale, QSize

    before = QLocale()
    if language == "de":
        i18n.save_language("de")
        i18n.install(qapp)
    try:
        window = make_window()
        window.default_layout(QSize(1296, 840))  # the first start's layout on a 1280 screen
        window.resize(width, 760)  # wider: the window maximized on a 1366 screen
        view = open_insights(window, qtbot)
        table = section(view, "best_customers").tables[1]
        assert table.table.headers[-1] == ("Fällig" if language == "de" else "Due")
        qtbot.waitUntil(lambda: table.width() > 0 and table.isVisible(), timeout=WAIT)
        qtbot.wait(50)  # the page laid out at its width
        header, metrics = table.header(), table.fontMetrics()
        assert table.horizontalScrollBar().maximum() == 0
        assert header.length() <= table.viewport().width()
        for column in range(1, table.columnCount()):  # tier, value, share, last touch, due
            widest = max(
                metrics.horizontalAdvance(table.topLevelItem(r).text(column))
                for r in range(table.topLevelItemCount())
            )
            assert header.sectionSize(column) >= widest + 4, (column, widest)
        assert header.sectionSize(0) >= metrics.averageCharWidth() * 12
        amount = table.topLevelItem(0).text(2)
        assert "EUR" not in amount and "EUR" in table.headerItem().toolTip(2)
        assert table.verticalScrollBar().maximum() == 0  # all twelve in sight, no box to scroll
    finally:
        if language == "de":
            i18n.save_language("system")
            QLocale.setDefault(before)
            i18n.install_translators(qapp, QLocale(QLocale.Language.English))


def test_a_long_theme_name_is_cut_only_where_the_table_is_narrow(qtbot):
    """A theme's name beside its counts and a quote took 340 pixels and pushed the counts out
    of a laptop's pane; it gives way to about twenty characters there (its tooltip whole), and
    is whole again where there is room. The counts are never cut."""
    name = "The Japanese sencha they order every month, and the matcha"
    table = charts.FigureTable()
    qtbot.addWidget(table)
    rows = tuple(
        charts.Row((f"{name} {i}", "346", "386", "“Fast delivery, every time”"), (i,), "a quote")
        for i in range(3)
    )
    table.set_table(
        charts.Table(
            ("Theme", "Customers", "Mentions", "In their words"), rows, frozenset({1, 2}), 3
        )
    )
    table.show()
    header, metrics = table.header(), table.fontMetrics()
    table.resize(400, table.height())
    qtbot.waitUntil(lambda: header.sectionSize(0) < metrics.horizontalAdvance(rows[0].cells[0]))
    assert table.horizontalScrollBar().maximum() == 0
    for column in (1, 2):
        assert header.sectionSize(column) >= metrics.horizontalAdvance("346") + 4
    assert table.topLevelItem(0).toolTip(0).startswith(f"{name} 0")
    table.resize(1200, table.height())
    qtbot.waitUntil(lambda: header.sectionSize(0) >= metrics.horizontalAdvance(rows[0].cells[0]))


@pytest.fixture
def demo_journal(journal_path, clock):
    """A demo journal of 300 customers: every section filled, competitors' pains naming ten
    competitors each, lists to act on."""
    from custjournal import demo

    journal = open_journal(journal_path)
    demo.fill(journal, customers=300, seed=1, today=clock.day)
    journal.close()


@pytest.mark.parametrize(("language", "width"), [("de", 1280), ("de", 1366), ("en", 1280)])
def test_the_whole_page_fits_a_laptops_pane(
    make_window, demo_journal, qtbot, qapp, language, width
):
    """German beside the whole customer list at 1280 and 1366 pixels: the Stages, Health and
    competitors' pains tables scrolled sideways, the funnel's legend ran out of the chart, and
    Save as PDF hid behind the tool bar's ». Now every table fits with its figures whole and
    its headings uncut, every legend is whole inside its chart, every button is in sight (and
    in English, whose competitors' pains scrolled too)."""
    from PySide6.QtCore import QLocale, QSize

    before = QLocale()
    i18n.save_language(language)
    i18n.install(qapp)
    try:
        window = make_window()
        window.default_layout(QSize(1296, 840))  # the first start's layout on a 1280 screen
        window.resize(width, 760)
        view = open_insights(window, qtbot)
        themes_filled(qtbot, view)
        view.remember_figures(True)  # every chart's figures shown
        tables = [t for t in view.figure_tables() if t.isVisible()]
        assert len(tables) >= 15
        qtbot.wait(100)  # the page laid out at its width
        for table in tables:
            header, metrics = table.header(), table.fontMetrics()
            where = table.table.headers
            assert table.horizontalScrollBar().maximum() == 0, where
            assert header.length() <= table.viewport().width(), where
            for column in range(table.columnCount()):
                heading = table.headerItem().text(column)
                widest_line = max(
                    header.fontMetrics().horizontalAdvance(t) for t in heading.split("\n")
                )
                assert header.sectionSize(column) >= widest_line + 4, (where, heading)
                if column not in table.table.numeric:
                    continue
                for r in range(table.topLevelItemCount()):
                    cell = table.topLevelItem(r).text(column)
                    assert header.sectionSize(column) >= metrics.horizontalAdvance(cell) + 4, (
                        where,
                        cell,
                    )
        stages, health = section(view, "stages"), section(view, "health")
        for chart in (*stages.charts, *health.charts):
            chart.grab()  # painted as on screen
            assert chart.legend_labels, chart
            for words, box in chart.legend_labels:
                assert "…" not in words, words
                assert chart.rect().contains(box.toRect()), (words, box, chart.rect())
        if language == "de":
            assert {w for w, _b in stages.charts[0].legend_labels} == {
                "Kunden",
                "Vernachlässigt (Kontaktrhythmus überschritten)",
            }
        for action in (view.act_print, view.act_pdf):
            button = view.toolbar.widgetForAction(action)
            assert button is not None and button.isVisible(), action.text()
            assert view.toolbar.rect().contains(button.geometry()), action.text()
            assert view.rect().contains(button.mapTo(view, button.rect().bottomRight()))
    finally:
        i18n.save_language("system")
        QLocale.setDefault(before)
        i18n.install_translators(qapp, QLocale(QLocale.Language.English))
