"""What a new user saw clipped or crowded at the default window size, in English and German:
each label's text fits its width, and no button hides behind a tool bar's »."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QToolButton, QWidget

from custjournal import ops
from custjournal.gui import dates, i18n, theme
from custjournal.gui.controller import JournalController
from custjournal.gui.main_window import MainWindow
from custjournal.store.journal import open_journal

TODAY = dt.date.today()
LONG_NAME = "Maximiliane Weißenbäck-Oyelaran-Castellanos"


@pytest.fixture
def people(journal):
    long = ops.add_customer(
        journal,
        LONG_NAME,
        company="Rösterei Weißenbäck & Söhne Kaffeehandelsgesellschaft",
        role="Head of purchasing",
        email="maximiliane.weissenback-oyelaran@rostereiweissenback.example.com",
        phone="+49 30 1234 567890",
        stage="connection",
    ).id
    ops.add_promise(journal, long, "Send the price list for the spring blends", due=TODAY)
    ops.add_purchase(journal, long, 2_550, what="10 kg Sumatra Mandheling, ground for filter")
    ops.log_conversation(journal, long, summary="Tasting at the roastery", on=TODAY)
    bare = ops.add_customer(journal, "Augusta Ada King-Noel, Countess of Lovelace").id
    journal.close()
    return {"long": long, "bare": bare}


def make_window(qtbot, journal_path) -> MainWindow:
    controller = JournalController(open_journal(journal_path))
    window = MainWindow(controller)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.show()
    window.default_layout(None)  # 1280 x 760, the first start's size
    qtbot.waitExposed(window)
    return window


@pytest.fixture(params=["en", "de"])
def language(request, qapp: QApplication):
    """English, and German (the longer words), as Settings > Language sets them."""
    before = QLocale()
    if request.param == "de":
        i18n.save_language("de")
        i18n.install(qapp)
    yield request.param
    QLocale.setDefault(before)
    i18n.install_translators(qapp, QLocale(QLocale.Language.English))


@pytest.fixture
def window(qtbot, journal_path, people, language):
    w = make_window(qtbot, journal_path)
    yield w
    w.controller.close()


def tr(language: str, english: str, german: str) -> str:
    return german if language == "de" else english


def inside(widget: QWidget, outer: QWidget) -> bool:
    """Whether *widget* lies wholly within *outer* (not cut by its edge)."""
    top_left = widget.mapTo(outer, QPoint(0, 0))
    return outer.rect().contains(top_left) and outer.rect().contains(
        top_left + QPoint(widget.width() - 1, widget.height() - 1)
    )


def shown_buttons(bar: QWidget) -> list[str]:
    """The texts of the buttons a bar shows (in view, not in a » menu)."""
    return [
        b.text()
        for b in bar.findChildren(QToolButton)
        if b.isVisible() and b.defaultAction() is not None and inside(b, bar)
    ]


def test_undo_on_the_tool_bar_says_undo_and_the_menu_cuts_the_long_action(
    window, qtbot, people, language
):
    window.select_customer(people["long"])
    page = window.page
    combo = page.stage_combo
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        combo.setCurrentIndex(combo.findData("loyalty"))
        combo.activated.emit(combo.currentIndex())
    action = window.act_undo
    assert action.isEnabled()
    done = window.controller.undo_stack.undoText()
    assert LONG_NAME in done
    button = window.toolbar.widgetForAction(action)
    undo = tr(language, "Undo", "Rückgängig")
    assert button.text() == undo
    assert action.toolTip() == f"{undo} {done}"
    # Undo and Find stay on the tool bar, not in its overflow menu
    assert button.isVisible() and inside(button, window.toolbar)
    find = window.toolbar.widgetForAction(window.act_find)
    assert find.isVisible() and inside(find, window.toolbar)
    # The Edit menu's item: the action, cut to a menu's width
    prefix = tr(language, "&Undo", "&Rückgängig")
    menu_text = action.text().replace("&&", "&")
    assert menu_text.startswith(f"{prefix} ")
    assert len(menu_text) < len(f"{prefix} {done}") and menu_text.endswith("…")
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        action.trigger()
    assert button.text() == undo and not window.act_undo.isEnabled()
    redo = tr(language, "Redo", "Wiederholen")
    assert window.act_redo.iconText() == redo
    assert window.act_redo.toolTip() == f"{redo} {done}"


def test_list_headers_keep_their_width_while_a_row_is_selected(window, people):
    window.select_customer(people["long"])
    header = window.table.horizontalHeader()
    assert not header.highlightSections()  # a selected row's headers are not drawn bold
    metrics = header.fontMetrics()
    for col in range(header.count()):
        title = window.model.headerData(col, Qt.Orientation.Horizontal)
        assert metrics.horizontalAdvance(title) <= header.sectionSize(col), title


@pytest.mark.parametrize("dark", [False, True])
def test_the_tier_badge_has_its_padding_and_room_before_the_stage_box(
    qapp, window, qtbot, people, dark
):
    theme.apply(qapp, dark=dark)
    try:
        window.select_customer(people["bare"])  # a long name, tier C
        page = window.page
        badge = page.tier_badge
        qtbot.waitUntil(lambda: badge.text() != "")
        qapp.processEvents()
        text = badge.fontMetrics().horizontalAdvance(badge.text())
        assert text + 12 <= badge.width()
        stage_left = page.stage_combo.mapTo(page, QPoint(0, 0)).x()
        assert badge.mapTo(page, QPoint(badge.width(), 0)).x() + 8 <= stage_left
        # Tier C: the text's colour on the window, not light grey on grey
        assert badge.property("tier") == "C"
        shown = page.grab(QRect(badge.mapTo(page, QPoint(0, 0)), badge.size())).toImage()
        window_colour = page.palette().window().color()
        text_colour = page.palette().windowText().color()
        inside_colour = shown.pixelColor(3, badge.height() // 2)
        assert abs(inside_colour.lightness() - window_colour.lightness()) < 20
        assert abs(text_colour.lightness() - window_colour.lightness()) > 150
    finally:
        qapp.setStyleSheet("")
        qapp.setPalette(qapp.style().standardPalette())


def test_customer_page_fits_the_default_window(window, people, language):
    window.select_customer(people["long"])
    page = window.page
    # The e-mail address whole, on its own line
    assert page.email_label.text().startswith(
        "maximiliane.weissenback-oyelaran@rostereiweissenback.example.com"
    )
    email = page.email_label
    assert email.fontMetrics().horizontalAdvance(email.text().rstrip(" ·")) <= email.width()
    # Link and Unlink whole
    for button in (page.connections.link_button, page.connections.unlink_button):
        assert inside(button, page), button.text()
    # Every action to add is on screen: none behind »
    shown = shown_buttons(page.add_bar)
    assert [a.iconText() for a in page.add_actions.values()] == shown[:7]
    # The timeline: no sideways scroll bar, its columns within its view
    timeline = page.timeline
    assert not timeline.horizontalScrollBar().isVisible()
    header = timeline.header()
    assert header.length() <= timeline.viewport().width()


def test_an_empty_what_we_know_wraps_its_hint_instead_of_cutting_it(window, people, language):
    window.select_customer(people["bare"])
    known = window.page.known
    item = known.topLevelItem(0)
    assert item.text(0).startswith(tr(language, "Nothing yet", "Noch nichts"))
    rect = known.visualItemRect(item)
    lines = known.fontMetrics().boundingRect(
        rect.adjusted(0, 0, -8, 0), Qt.TextFlag.TextWordWrap, item.text(0)
    )
    assert rect.height() >= lines.height()


def test_todays_why_shows_the_promise_itself(window, qtbot, people, language):
    window.show_today()
    view = window.today_view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    row = next(r for r in range(view.model.rowCount()) if view.model.item(r).reason == "promise")
    why = view.model.index(row, 1).data()
    assert why == "Send the price list for the spring blends"
    # The whole sentence on hover
    tip = view.model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tr(language, "Promise due today", "Versprechen heute fällig") in tip
    # Customer and Why share the room; the customer's name (before the company) fits
    table = view.table
    customer = table.header().sectionSize(0)
    name_room = customer - 2 * table.indentation() - 2 * table.iconSize().width() - 12
    assert table.fontMetrics().horizontalAdvance("Alexandra Whitfield") <= name_room
    assert table.header().sectionSize(1) >= 100
    # Every action of Today's bar in view
    assert [a.iconText() for a in view.bar.actions() if not a.isSeparator()] == shown_buttons(
        view.bar
    )


def test_the_brief_shows_copy_as_markdown_at_the_default_size(window, people, language):
    window.select_customer(people["long"])
    window.act_brief.trigger()
    brief = window.brief_view
    assert window.stack.currentWidget() is brief
    shown = shown_buttons(brief.bar)
    assert tr(language, "Copy as Markdown", "Als Markdown kopieren") in shown
    assert [a.iconText() for a in brief.bar.actions() if not a.isSeparator()] == shown


def test_date_fields_write_the_locale_s_date_and_read_it_back(qtbot):
    from custjournal.gui.forms import DateField

    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        field = DateField(lambda: dt.date(2026, 12, 2))
        qtbot.addWidget(field)
        assert field.text() == "02.12.2026"
        assert field.date() == dt.date(2026, 12, 2)
        field.setText("2026-11-30")  # ISO, as the command line takes it, still reads
        assert field.date() == dt.date(2026, 11, 30)
        field.editingFinished.emit()
        assert field.text() == "30.11.2026"
        field.setText("today")
        field.editingFinished.emit()
        assert field.text() == "02.12.2026"
        assert dates.format_decimal(1.25, 1) in ("1,2", "1,3")
        # Insights' shares (its charts and tables: "Anteil") are written by it too.
        assert dates.format_percent(0.009).startswith("0,9")
    finally:
        QLocale.setDefault(before)


def test_health_labels_cut_the_name_not_the_score(window, people, qtbot):
    window.select_customer(people["long"])
    health = window.page.health
    window.resize(900, 760)  # a narrow page: the names give way
    qtbot.waitUntil(lambda: any(QLabel.text(lb) != lb.text() for lb in health.labels.values()))
    for label in health.labels.values():
        shown = QLabel.text(label)
        if label.keep:  # a score: always whole, at the end
            assert shown.endswith(label.keep), shown
        assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()


def test_the_list_s_due_column_fits_four_digit_days(window):
    from custjournal.gui.customer_model import DUE
    from custjournal.gui.due_words import due_text

    metrics = window.table.fontMetrics()
    assert metrics.horizontalAdvance(due_text(-1105)) + 8 <= window.table.columnWidth(DUE)


def test_a_date_field_reads_the_locale_s_short_forms_and_never_guesses(qtbot):
    """Found in review: "2.12.2026" was refused (only "02.12.2026" read), a two-digit year was
    refused with a sentence about YYYY-MM-DD, and Up on a date the field could not read
    replaced it with tomorrow."""
    from custjournal.domain.errors import UserError
    from custjournal.gui.forms import DateField

    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        field = DateField(lambda: dt.date(2026, 12, 2))
        qtbot.addWidget(field)
        for typed in ("2.12.2026", " 2.3.2025 ", "02.03.2025"):
            field.setText(typed)
            assert field.date() in (dt.date(2026, 12, 2), dt.date(2025, 3, 2))
        field.setText("2.12.26")
        with pytest.raises(UserError) as refused:
            field.date()
        assert "2.12.26" in str(refused.value.message)
        assert "02.12.2026" in str(refused.value.message)  # the way to write it
        field.setText("31.02.2026")
        with pytest.raises(UserError):
            field.date()
        field.setText("2.3.25")  # Up on what is not a date leaves it as typed
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Up)
        assert field.text() == "2.3.25"
        field.setText("2.3.2025")
        qtbot.keyClick(field, Qt.Key.Key_Up)
        assert field.date() == dt.date(2025, 3, 3)
    finally:
        QLocale.setDefault(before)


def test_a_date_field_in_a_locale_whose_digits_it_cannot_read_keeps_iso(qtbot):
    from custjournal.gui.forms import DateField

    before = QLocale()
    QLocale.setDefault(QLocale("ccp_BD"))
    try:
        field = DateField(lambda: dt.date(2026, 12, 2))
        qtbot.addWidget(field)
        assert field.text() == "2026-12-02"
        assert field.date() == dt.date(2026, 12, 2)
    finally:
        QLocale.setDefault(before)


@pytest.mark.parametrize("width", [1280, 1024])
def test_the_name_gets_the_room_before_the_badge_and_the_stage_box(
    qapp, qtbot, journal_path, language, width
):
    """At 1280 pixels "Katarzyna Kow…" was cut beside "Stufe A (festgelegt)" with the Stage box
    on the same line: the badge and the box go on to the next line first."""
    journal = open_journal(journal_path)
    names = ("Nuria Martínez", "Katarzyna Kowalska", "Tomáš Procházka", "Birgit Kühn")
    ids = [ops.add_customer(journal, n, tier_pin="A", company="Rösterei").id for n in names]
    journal.close()
    theme.apply(qapp, dark=False)  # the app's style sheet: its big page titles count
    try:
        window = make_window(qtbot, journal_path)
        window.resize(width, 760)
        page = window.page
        for cid, name in zip(ids, names, strict=True):
            window.select_customer(cid)
            qtbot.waitUntil(lambda: page.tier_badge.text() != "")
            qapp.processEvents()
            shown = QLabel.text(page.title)  # what is drawn, not the whole text kept
            assert shown == name, (width, shown)
            for widget in (page.title, page.tier_badge, page.stage_combo):
                assert inside(widget, page), widget
            badge = QRect(page.tier_badge.mapTo(page, QPoint(0, 0)), page.tier_badge.size())
            combo = QRect(page.stage_combo.mapTo(page, QPoint(0, 0)), page.stage_combo.size())
            title = QRect(page.title.mapTo(page, QPoint(0, 0)), page.title.size())
            assert not badge.intersects(combo) and not title.intersects(badge)
        window.controller.close()
    finally:
        qapp.setStyleSheet("")
        qapp.setPalette(qapp.style().standardPalette())
