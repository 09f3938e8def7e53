"""People and companies connected, in the app: linking two customers from a page, following the
link, undoing it, and the Companies view."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication

from custjournal import ops
from custjournal.gui.controller import JournalController
from custjournal.gui.links import LinkDialog
from custjournal.gui.main_window import MainWindow
from custjournal.store.journal import open_journal

TODAY = dt.date.today()


@pytest.fixture
def make_window(qtbot, journal_path):
    made = []

    def make() -> MainWindow:
        controller = JournalController(open_journal(journal_path))
        window = MainWindow(controller)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
            window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.controller.close()


@pytest.fixture
def people(journal):
    ada = ops.add_customer(journal, "Ada Lovelace", company="Acme GmbH", role="CEO").id
    bob = ops.add_customer(journal, "Bob Smith", company="ACME gmbh").id
    zoe = ops.add_customer(journal, "Zoë Ångström", company="Nordic Tea AB").id
    ops.add_purchase(journal, ada, 120_000, on=TODAY - dt.timedelta(days=30))
    ops.add_purchase(journal, bob, 30_000, on=TODAY - dt.timedelta(days=10))
    ops.add_promise(journal, bob, "Send the price list", due=TODAY + dt.timedelta(days=3))
    journal.close()
    return {"ada": ada, "bob": bob, "zoe": zoe}


def hrefs(text: str) -> list[str]:
    return re.findall(r'href="([^"]+)"', text)


def fill_link_dialog(qtbot, kind: str, who: str, note: str, seen: list[str]) -> None:
    """When the Link dialog is up: choose the kind, type a few letters of the other customer,
    pick them with Enter, write a note and press Save (as a person would)."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LinkDialog):
            QTimer.singleShot(10, fill)
            return
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        qtbot.keyClicks(dialog.other, who)
        qtbot.keyClick(dialog.other, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.note, note)
        seen.append(dialog.other.text())
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        if dialog.isVisible():  # a refusal stays open: note it and close
            seen.append(dialog.error_text("customer") or dialog.general_error.text())
            dialog.done(0)

    QTimer.singleShot(0, fill)


def test_linking_two_customers_from_a_page_and_following_the_link(make_window, people, qtbot):
    window = make_window()
    window.select_customer(people["bob"])
    bar = window.page.connections
    assert "No connections yet" not in bar.label.text()  # the company is a link already
    assert "Ada Lovelace" not in bar.label.text()
    seen: list[str] = []
    fill_link_dialog(qtbot, "referred-by", "ada", "met at the fair", seen)
    qtbot.mouseClick(bar.link_button, Qt.MouseButton.LeftButton)
    assert seen == ["Ada Lovelace — Acme GmbH"]
    # Bob's page says who referred him, as a link.
    text = bar.label.text()
    assert "Referred by" in text and "Ada Lovelace" in text and "met at the fair" in text
    assert f"customer:{people['ada']}" in hrefs(text)
    # Following it opens Ada's page, which reads the link from her side.
    bar.label.linkActivated.emit(f"customer:{people['ada']}")
    assert window.page.customer_id == people["ada"]
    assert window.current_customer_id() == people["ada"]
    text = bar.label.text()
    assert "Referred <a" in text and "Bob Smith" in text
    # Undo takes the link back; Ada's page (the other side of it) shows that at once.
    window.act_undo.trigger()
    assert "Bob Smith" not in bar.label.text()
    with window.controller.journal.read() as session:
        assert (
            session.connection().exec_driver_sql("SELECT count(*) FROM relationship").scalar() == 0
        )


def test_linking_a_customer_to_themselves_is_refused_in_the_dialog(make_window, people, qtbot):
    window = make_window()
    window.select_customer(people["bob"])
    seen: list[str] = []
    fill_link_dialog(qtbot, "works-with", "bob smith", "", seen)
    qtbot.mouseClick(window.page.connections.link_button, Qt.MouseButton.LeftButton)
    # Bob is not offered as his own link: the picker matches no one, and says so.
    assert seen[1].startswith("No customer matches 'bob smith'")
    with window.controller.journal.read() as session:
        assert (
            session.connection().exec_driver_sql("SELECT count(*) FROM relationship").scalar() == 0
        )


def test_unlink_from_the_page_and_undo(make_window, people, qtbot, journal_path):
    journal = open_journal(journal_path)
    ops.link_customers(journal, people["ada"], people["zoe"], "partner")
    journal.close()
    window = make_window()
    window.select_customer(people["zoe"])
    bar = window.page.connections
    assert "Partner of" in bar.label.text()
    actions = bar.unlink_menu.actions()
    assert [a.text() for a in actions] == ["Partner of Ada Lovelace"]
    actions[0].trigger()
    assert "Partner of" not in bar.label.text()
    assert not bar.unlink_button.isEnabled()
    window.act_undo.trigger()
    assert "Partner of" in bar.label.text()


def test_a_page_links_to_its_company_and_the_companies_view_groups_spellings(
    make_window, people, qtbot
):
    window = make_window()
    window.select_customer(people["bob"])
    bar = window.page.connections
    company = next(h for h in hrefs(bar.label.text()) if h.startswith("company:"))
    assert "at <a" in bar.label.text() and "ACME gmbh" in bar.label.text()  # as he writes it
    view = window.companies_view
    with qtbot.waitSignal(view.loaded):  # read in the worker
        bar.label.linkActivated.emit(company)
    assert window.stack.currentWidget() is view
    item = view.tree.currentItem()
    # "Acme GmbH" and "ACME gmbh" are one company: both customers, value and promises together.
    assert item.text(0) == "Acme GmbH"
    assert item.text(1) == "2"
    assert "1,500.00" in item.text(2) or "1500.00" in item.text(2)
    assert item.text(4) == "1"  # the open promise, not yet late
    assert [item.child(i).text(0) for i in range(item.childCount())] == [
        "Ada Lovelace — CEO",
        "Bob Smith",
    ]
    # Enter on a customer opens their page.
    view.tree.setCurrentItem(item.child(0))
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.page
    assert window.page.customer_id == people["ada"]


def test_companies_view_from_the_menu_and_a_same_firm_declaration(make_window, people, qtbot):
    window = make_window()
    view = window.companies_view
    with qtbot.waitSignal(view.loaded):
        qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is view
    names = [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]
    assert names == ["Acme GmbH", "Nordic Tea AB"]
    with qtbot.waitSignal(view.loaded):
        window.controller.apply(ops.declare_same_firm, "Nordic Tea", "Acme")
    names = [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]
    assert names == ["Acme GmbH"]
    assert view.tree.topLevelItem(0).text(1) == "3"
    assert view.act_apart.isEnabled() or view.tree.currentItem() is None
    with qtbot.waitSignal(view.loaded):
        window.act_undo.trigger()
    assert view.tree.topLevelItemCount() == 2


@pytest.fixture
def in_german(qapp):
    from PySide6.QtCore import QLocale

    from custjournal.gui import i18n

    before = QLocale()
    i18n.install(qapp, "de")
    yield
    QLocale.setDefault(before)
    i18n.install_translators(qapp, QLocale(QLocale.Language.English))


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_unlink_button_leaves_room_for_its_menu_arrow(
    make_window, people, journal_path, qapp, language, request
):
    """The arrow of Unlink's menu sat on the label's last letter ("Unlink", "Verknüpfung
    lösen"): the button is now wider than its label by the arrow, in both languages, and the
    menu names each link in the app's language."""
    from PySide6.QtWidgets import QStyle

    if language == "de":
        request.getfixturevalue("in_german")
    journal = open_journal(journal_path)
    ops.link_customers(journal, people["ada"], people["zoe"], "partner")
    journal.close()
    window = make_window()
    window.default_layout(QSize(1280, 800))  # a laptop's screen (offscreen's is 800 wide)
    window.select_customer(people["zoe"])
    button = window.page.connections.unlink_button
    assert button.text() == {"en": "Unlink", "de": "Verknüpfung lösen"}[language]
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
    label = button.fontMetrics().horizontalAdvance(button.text())
    assert button.width() >= label + arrow + 8  # the label's margins, then the arrow
    menu = [a.text() for a in window.page.connections.unlink_menu.actions()]
    assert menu == [{"en": "Partner of", "de": "Partner von"}[language] + " Ada Lovelace"]
