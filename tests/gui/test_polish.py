"""What a new user's trial of the app found, each driven as a person would: the window keeps its size, notes show, search says why, sentences read right,
dates follow the locale, settings say what they mean."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from custjournal import ops
from custjournal.gui.controller import JournalController
from custjournal.gui.main_window import MainWindow
from custjournal.gui.quick_log import QuickLogDialog
from custjournal.store.journal import open_journal

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def make_window(qtbot, journal_path):
    made = []

    def make(width: int | None = None) -> MainWindow:
        controller = JournalController(open_journal(journal_path))
        window = MainWindow(controller)
        qtbot.addWidget(window)
        if width is not None:
            window.resize(width, 760)
        with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
            window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.controller.close()


def tree_texts(tree) -> list[str]:
    """Every row of a tree, depth first, as the user reads it (first column)."""
    out = []

    def walk(item):
        out.append(item.text(0))
        for i in range(item.childCount()):
            walk(item.child(i))

    for i in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(i))
    return out


@pytest.mark.parametrize(("letters", "phrase"), [("e", "an email"), ("ev", "an event")])
def test_the_app_says_logged_an_email(qtbot, controller, keyboard, letters, phrase):
    ada = ops.add_customer(controller.journal, "Ada Lovelace").id
    dialog = QuickLogDialog(controller, ada)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.channel.setFocus()
    keyboard.type(letters)
    dialog.summary.setFocus()
    keyboard.type("Samples")
    with qtbot.waitSignal(controller.message) as said:
        keyboard.press(Qt.Key.Key_Return, CTRL)
    assert said.args[0].startswith(f"Logged {phrase} with Ada Lovelace")


def test_the_customers_own_notes_show_on_the_page(make_window, cli, tmp_path, qtbot):
    card = tmp_path / "ada.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\n"
        "NOTE:Met at the Zürich fair.\\nPrefers tea to coffee.\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    assert cli("import", str(card)).code == 0
    assert cli("add", "Grace Hopper", "--company", "Navy").code == 0
    window = make_window()
    ada, grace = (window.model.customer(r).id for r in range(2))  # sorted by name
    window.select_customer(ada)
    known = tree_texts(window.page.known)
    assert known[:3] == ["Notes", "Met at the Zürich fair.", "Prefers tea to coffee."]
    assert "Prefers tea" in window.page.known.topLevelItem(0).child(1).toolTip(0)

    # Written in the customer dialog: the page shows them as soon as they are saved.
    window.select_customer(grace)
    assert "Notes" not in tree_texts(window.page.known)
    window.controller.apply(ops.update_customer, grace, notes="Collects compilers")
    assert tree_texts(window.page.known)[:2] == ["Notes", "Collects compilers"]


def test_long_texts_never_widen_the_window(make_window, journal, qtbot, qapp, restore_theme):
    from custjournal.gui import theme

    theme.apply(qapp, dark=False)  # the app's style sheet: its big titles count
    long_name = "Maximiliane " * 25  # 300 characters
    ids = [
        ops.add_customer(
            journal,
            long_name.strip(),
            company="Analytical Engines and Difference Machines of Greater London Limited",
            role="Head of Procurement for Northern Europe and the Baltic States",
            email="maximiliane.von.und.zu.ausgedachtem.namen@example-enterprise-holdings.com",
            phone="+44 20 7946 0958 ext 12345",
            tags=["wholesale-northern-europe", "tea-importers-association", "trade-fair-2026"],
        ).id,
        ops.add_customer(journal, "Ada").id,
    ]
    journal.close()
    window = make_window(width=1200)
    assert window.width() == 1200
    for customer_id in ids:
        window.select_customer(customer_id)
        qtbot.wait_until(lambda: window.page.isVisible())
        QApplication.processEvents()
        assert window.width() == 1200
    window.select_customer(ids[0])
    QApplication.processEvents()
    title = window.page.title
    assert title.toolTip().startswith("Maximiliane Maximiliane")  # the whole text on hover
    # Half of a 1366-pixel laptop screen, whichever view shows: the page, Today, the welcome.
    assert window.minimumSizeHint().width() <= 683
    window.show_today()
    assert window.stack.currentWidget() is window.today_view
    assert window.minimumSizeHint().width() <= 683
    assert window.brief_view and window.insights_view  # made when first shown: these too
    for page in range(window.stack.count()):
        assert window.stack.widget(page).minimumSizeHint().width() <= 683 - 300


def test_search_says_why_each_customer_matched_and_esc_clears_it(
    make_window, journal, qtbot, locale
):
    locale("en_GB")
    ada = ops.add_customer(journal, "Ada Lovelace", company="Analytical Engines").id
    ops.add_customer(journal, "Grace Hopper", company="Zurich Compilers")
    ops.add_customer(journal, "Alan Turing")
    ops.log_conversation(
        journal,
        ada,
        summary="Warehouse tour",
        notes="She wants the new Zürich warehouse to stock our oolong before the spring fair.",
        on=dt.date(2026, 3, 2),
    )
    journal.close()
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.search, "zurich")
    model = window.model
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["Ada Lovelace", "Grace Hopper"]
    tips = [model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(2)]
    assert tips[0].startswith("A conversation (02/03/2026): ")
    assert "Zürich warehouse" in tips[0]
    assert tips[1] == "Their details: Zurich Compilers"
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == tips[0]  # company column too

    qtbot.keyClick(window.search, Qt.Key.Key_Down)  # to the list: the first match opens
    assert "Zürich warehouse" in window.statusBar().currentMessage()

    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert model.rowCount() == 3
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None  # no search, no reason


@pytest.fixture
def locale():
    """Set the user's locale for one test (QLocale's default), then put it back."""
    from PySide6.QtCore import QLocale

    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "birthday", "day"),
    [("en_GB", "9 December", "02/03/2026"), ("en_US", "December 9", "3/2/26")],
)
def test_dates_on_the_page_follow_the_users_locale(
    make_window, journal, locale, cli, name, birthday, day
):
    ada = ops.add_customer(journal, "Ada Lovelace").id
    ops.add_fact(journal, ada, "important-date", "Birthday", month_day=(12, 9))
    ops.log_conversation(journal, ada, summary="Tea", on=dt.date(2026, 3, 2))
    journal.close()
    locale(name)
    window = make_window()
    window.select_customer(ada)
    assert f"Important date: Birthday ({birthday})" in tree_texts(window.page.known)
    timeline = window.page.timeline
    rows = [timeline.topLevelItem(i) for i in range(timeline.topLevelItemCount())]
    assert [r.text(0) for r in rows if "Tea" in r.text(1)] == [day]
    assert window.model.index(0, 4).data() == day  # the list's last contact
    # The command line keeps ISO, whatever the locale.
    out = cli("show", "ada").out
    assert "2026-03-02" in out and "12-09" in out


@pytest.fixture
def restore_theme(qapp):
    from custjournal.gui import theme

    style, sheet, palette = qapp.style().name(), qapp.styleSheet(), qapp.palette()
    yield
    qapp.setStyle(style)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    theme._dark_in_use = None


def open_settings(qtbot, controller):
    from custjournal.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(controller, None)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_appearance_is_chosen_in_settings_shown_at_once_and_remembered(
    qtbot, controller, keyboard, qapp, restore_theme
):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QComboBox

    from custjournal.gui import theme

    def window_lightness() -> int:
        return qapp.palette().color(QPalette.ColorRole.Window).lightness()

    theme.apply(qapp)  # as at start-up: the system's appearance, light here
    light = window_lightness()
    from PySide6.QtWidgets import QPushButton

    button = QPushButton(theme.icon("edit"), "Edit")  # an icon drawn in the light text colour
    qtbot.addWidget(button)
    light_icon = button.icon().cacheKey()
    dialog = open_settings(qtbot, controller)
    combo = dialog.findChild(QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["System", "Light", "Dark"]
    assert combo.currentText() == "System"
    combo.setFocus()
    keyboard.type("d")  # a combo box picks by first letter
    assert combo.currentText() == "Dark"
    assert window_lightness() < 128 < light and theme.is_dark()  # shown before saving
    assert button.icon().cacheKey() != light_icon  # icons drawn again, for the dark
    keyboard.press(Qt.Key.Key_Escape)  # cancel: asked first, as anything changed
    box = dialog._discard_box
    assert box is not None and theme.is_dark()  # still shown while the question is open
    discard = next(b for b in box.buttons() if b.text() == "&Discard")
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()  # and the appearance before comes back
    assert window_lightness() > 128 and not theme.is_dark()  # the system's (light) again
    assert theme.saved_appearance() == "system"

    dialog = open_settings(qtbot, controller)
    combo = dialog.findChild(QComboBox)
    combo.setFocus()
    keyboard.type("d")
    keyboard.press(Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    assert theme.saved_appearance() == "dark"  # kept for the next start
    theme.apply(qapp)  # what start-up does
    assert window_lightness() < 128


def test_cadence_fields_say_what_they_mean(qtbot, controller):
    dialog = open_settings(qtbot, controller)
    spin = dialog.spins["prospecting"]
    assert spin.text() == "contact every 14 days"
    assert spin.width() >= spin.sizeHint().width() - 40  # the whole sentence fits


def test_the_brief_shows_the_new_cadence_once_settings_are_saved(make_window, journal, qtbot):
    from custjournal.gui.settings_dialog import SettingsDialog

    ada = ops.add_customer(journal, "Ada Lovelace", stage="connection").id
    journal.close()
    window = make_window()
    window.select_customer(ada)
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL)
    assert window.stack.currentWidget() is window.brief_view
    assert "Connection cadence: 21 days" in window.brief_view.browser.toPlainText()
    dialog = SettingsDialog(window.controller, None, parent=window)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    spin = dialog.spins["connection"]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "30")
    qtbot.keyClick(spin, Qt.Key.Key_Return, CTRL)
    assert "Connection cadence: 30 days" in window.brief_view.browser.toPlainText()
