"""A journal in yen, as the app shows it: the list's 12-month value, the customer page and the
brief without decimals ("7,003", German "7.003"); the purchase dialog refusing 7003.50 JPY."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QTreeWidget

from custjournal import ops
from custjournal.gui import dialogs
from custjournal.gui.controller import JournalController
from custjournal.gui.customer_model import VALUE
from custjournal.gui.main_window import MainWindow
from custjournal.store import queries
from custjournal.store.journal import open_journal


@pytest.fixture
def locale(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def yen(journal, clock) -> dict[str, int]:
    """Ada bought for 7,003 yen; Bob's 7,003.50 yen came in with cents (an import keeps them)."""
    ops.set_currency(journal, "JPY")
    ada = ops.add_customer(journal, "Ada Lovelace", stage="connection").id
    bob = ops.add_customer(journal, "Bob Brown", stage="connection").id
    ops.add_purchase(journal, ada, 700300, on=clock.day, what="Roaster")
    ops.add_purchase(journal, bob, 700350, on=clock.day)
    ops.add_gift(journal, ada, "Tea", on=clock.day, cost_minor=150000)
    journal.close()
    return {"ada": ada, "bob": bob}


@pytest.fixture
def window(qtbot, journal_path, yen, locale) -> Iterator[MainWindow]:
    controller = JournalController(open_journal(journal_path))
    w = MainWindow(controller, use_tray=False)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.rows_loaded, timeout=10_000):
        w.show()
    yield w
    controller.close()


def value_cells(w: MainWindow) -> dict[str, str]:
    model = w.model
    return {model.index(r, 0).data(): model.index(r, VALUE).data() for r in range(model.rowCount())}


def page_texts(w: MainWindow, customer_id: int) -> str:
    w.select_customer(customer_id)
    page = w.page
    timeline = [
        " | ".join(page.timeline.topLevelItem(i).text(c) for c in (1, 2))
        for i in range(page.timeline.topLevelItemCount())
    ]
    return "\n".join([page.facts_line.text(), *timeline])


def test_the_list_and_the_customer_page_write_yen_without_decimals(window, yen):
    assert "12-month value in JPY" in window.list_legend.text()
    # An amount with cents anyway keeps them: money is never rounded away.
    assert value_cells(window) == {"Ada Lovelace": "7,003", "Bob Brown": "7,003.50"}
    ada = page_texts(window, yen["ada"])
    assert "12-month value <b>7,003 JPY</b>" in ada
    assert "Purchase: 7,003 JPY" in ada
    assert "1,500 JPY" in ada  # the gift's cost
    assert ".00 JPY" not in ada
    assert "Purchase: 7,003.50 JPY" in page_texts(window, yen["bob"])


def test_the_brief_writes_yen_without_decimals(window, yen):
    window.show_brief_for(yen["ada"])
    text = window.brief_view.browser.toPlainText()
    assert "7,003 JPY" in text and "1,500 JPY" in text
    assert ".00 JPY" not in text


def test_german_marks_group_yen_with_a_dot(window, yen):
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    window.reload_list()
    window.model.layoutChanged.emit()
    assert value_cells(window) == {"Ada Lovelace": "7.003", "Bob Brown": "7.003,50"}
    assert "12-month value <b>7.003 JPY</b>" in page_texts(window, yen["ada"])


@pytest.fixture
def show(qtbot):
    def shown(dialog: QDialog) -> QDialog:
        qtbot.addWidget(dialog)
        dialog.show()
        with qtbot.waitExposed(dialog):
            pass
        return dialog

    return shown


def purchases(controller, customer_id: int) -> list[tuple[int, str]]:
    with controller.journal.read() as session:
        detail = queries.customer_detail(session, customer_id)
    return sorted((p["amount_minor"], p["currency"]) for p in detail["purchases"])


def test_the_purchase_dialog_refuses_decimals_in_yen_and_writes_nothing(
    show, controller, yen, qtbot, locale
):
    before = purchases(controller, yen["ada"])
    dialog = show(dialogs.PurchaseDialog(controller, yen["ada"]))
    assert dialog.currency.text() == "JPY"
    qtbot.keyClicks(dialog.amount, "7003.50")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_text("amount") == (
        "JPY has no decimals: write a whole amount such as 7004."
    )
    assert purchases(controller, yen["ada"]) == before
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "7.003")  # German grouping: 7003 yen
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert purchases(controller, yen["ada"]) == sorted([*before, (700300, "JPY")])


def test_the_amount_s_example_follows_the_currency_typed(show, controller, yen, qtbot, locale):
    """The amount field's example is written as the Currency field's currency is: whole in yen,
    with cents once the user types EUR, and a word that is no amount refused with whole
    examples in yen."""
    dialog = show(dialogs.PurchaseDialog(controller, yen["ada"]))
    assert dialog.amount.placeholderText() == "e.g. 7,004"
    dialog.currency.selectAll()
    qtbot.keyClicks(dialog.currency, "EUR")
    assert dialog.amount.placeholderText() == "e.g. 99.50"
    dialog.currency.clear()  # blank: the journal's currency
    assert dialog.amount.placeholderText() == "e.g. 7,004"
    qtbot.keyClicks(dialog.amount, "lots")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.error_text("amount") == (
        "'lots' is not a valid amount: write a whole number from 0 to 999,999,999,999, "
        "such as 120 or 7004."
    )


def test_the_amount_s_example_in_german(show, controller, yen, qtbot, qapp):
    from custjournal.gui import i18n

    before = QLocale()
    i18n.install(qapp, "de")
    try:
        dialog = show(dialogs.PurchaseDialog(controller, yen["ada"]))
        assert dialog.amount.placeholderText() == "z. B. 7.004"
        dialog.currency.selectAll()
        qtbot.keyClicks(dialog.currency, "EUR")
        assert dialog.amount.placeholderText() == "z. B. 99,50"
    finally:
        QLocale.setDefault(before)
        i18n.install_translators(qapp, QLocale(QLocale.Language.English))


def test_the_purchase_dialog_takes_cents_in_another_currency(show, controller, yen, qtbot):
    dialog = show(dialogs.PurchaseDialog(controller, yen["ada"]))
    qtbot.keyClicks(dialog.amount, "12.50")
    dialog.currency.selectAll()
    qtbot.keyClicks(dialog.currency, "EUR")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert (1250, "EUR") in purchases(controller, yen["ada"])


def test_editing_a_purchase_with_cents_in_yen_keeps_them(show, controller, yen, qtbot):
    with controller.journal.read() as session:
        (entry,) = queries.customer_detail(session, yen["bob"])["purchases"]
    dialog = show(dialogs.PurchaseDialog(controller, entry=entry))
    assert dialog.amount.text() == "7003.50"
    qtbot.keyClicks(dialog.what, "Grinder")
    qtbot.keyClick(dialog.what, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    with controller.journal.read() as session:
        (saved,) = queries.customer_detail(session, yen["bob"])["purchases"]
    assert (saved["amount_minor"], saved["what"]) == (700350, "Grinder")

    with controller.journal.read() as session:
        (whole,) = [
            p
            for p in queries.customer_detail(session, yen["ada"])["purchases"]
            if p["what"] == "Roaster"
        ]
    assert show(dialogs.PurchaseDialog(controller, entry=whole)).amount.text() == "7003"


def gift_costs(controller, customer_id: int) -> list[tuple[int | None, str]]:
    with controller.journal.read() as session:
        detail = queries.customer_detail(session, customer_id)
    return sorted((g["cost_minor"], g["currency"]) for g in detail["gifts"])


@pytest.mark.parametrize("kind", ["purchase", "gift"])
def test_changing_only_the_currency_reads_the_amount_in_the_new_one(
    show, controller, yen, qtbot, kind
):
    """99.57 EUR made JPY is refused (yen have no decimals), never saved as 99.57 JPY."""
    ada = yen["ada"]
    if kind == "purchase":
        ops.add_purchase(controller.journal, ada, 9957, currency="EUR", what="Cups")
        stored, dialog_class, field = purchases, dialogs.PurchaseDialog, "amount"
        (entry,) = [
            p for p in controller.customer_detail(ada)["purchases"] if p["currency"] == "EUR"
        ]
    else:
        ops.add_gift(controller.journal, ada, "Cups", cost_minor=9957, currency="EUR")
        stored, dialog_class, field = gift_costs, dialogs.GiftDialog, "cost"
        (entry,) = [g for g in controller.customer_detail(ada)["gifts"] if g["what"] == "Cups"]
    before = stored(controller, ada)
    assert (9957, "EUR") in before
    dialog = show(dialog_class(controller, entry=entry))
    amount = getattr(dialog, field)
    assert amount.text() == "99.57"
    dialog.currency.selectAll()
    qtbot.keyClicks(dialog.currency, "JPY")
    qtbot.keyClick(dialog.currency, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_text(field) == "JPY has no decimals: write a whole amount such as 100."
    assert stored(controller, ada) == before
    amount.selectAll()
    qtbot.keyClicks(amount, "9957")
    qtbot.keyClick(amount, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    after = stored(controller, ada)
    assert (995700, "JPY") in after and (9957, "EUR") not in after


def test_insights_write_yen_without_decimals(window, qtbot):
    with qtbot.waitSignal(window.insights_view.loaded, timeout=10_000):
        window.act_insights.trigger()
    view = window.insights_view
    texts = [label.text() for label in view.findChildren(QLabel)]
    for tree in view.findChildren(QTreeWidget):
        for r in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(r)
            texts += [item.text(c) for c in range(tree.columnCount())]
    shown = "\n".join(texts)
    assert "14,006.50 JPY" in shown  # the 12 months' total: cents that came in stay
    # Ada's value in the best customers (its heading names the currency, the cells don't)
    assert "7,003" in texts
    assert "1,500 JPY" in shown  # the cost of gifts
    assert "7,003.00" not in shown


def test_a_gift_in_another_currency_is_shown_in_its_own(window, yen):
    window.controller.apply(
        ops.add_gift, yen["ada"], "Sachertorte", cost_minor=9957, currency="EUR"
    )
    ada = page_texts(window, yen["ada"])
    assert "99.57 EUR" in ada  # its own currency, with its cents
    assert "1,500 JPY" in ada  # the yen gift as before
    assert "99.57 JPY" not in ada and "100 JPY" not in ada
