"""The Today view, the tray count and notifications, and the Brief view, driven as a person would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from custjournal import ops
from custjournal.domain.reminders import DueItem, summarize
from custjournal.gui.main_window import MainWindow
from custjournal.gui.tray import DueNotifier, TrayController
from custjournal.store import due, queries

TODAY = dt.date.today()


@pytest.fixture
def window(qtbot, controller):
    journal = controller.journal
    ada = ops.add_customer(
        journal, "Ada Lovelace", company="Analytical Engines", stage="connection"
    ).id
    ops.log_conversation(
        journal,
        ada,
        on=TODAY - dt.timedelta(days=40),
        summary="Engines",
        promise="Send the brochure",
        promise_due=TODAY - dt.timedelta(days=2),
        pains=[ops.PainInput("Slow shipping")],
        today=TODAY,
    )
    grace = ops.add_customer(journal, "Grace Hopper", stage="loyalty").id
    ops.log_conversation(journal, grace, on=TODAY, summary="Compilers", today=TODAY)
    w = MainWindow(controller, use_tray=False)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.today_view.loaded, timeout=10_000):
        w.show()
    qtbot.waitUntil(lambda: w.model.rowCount() == 2)
    w.ids = {"ada": ada, "grace": grace}
    return w


def due_rows(w: MainWindow) -> list[tuple[str, str]]:
    model = w.today_view.model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def test_the_app_opens_on_today_with_reasons_in_words(window):
    assert window.stack.currentWidget() is window.today_view
    rows = due_rows(window)
    assert rows[0][0].startswith("Ada Lovelace")
    assert "Send the brochure" in rows[0][1]  # the overdue promise comes first
    assert any(
        "No contact for 40 days" in why and "Connection cadence" in why for _who, why in rows
    )
    assert all(not who.startswith("Grace") for who, _why in rows)
    assert window.act_today.text().replace("&", "") == f"Today ({len(rows)})"


def test_snooze_a_week_with_one_key(window, qtbot):
    window.show_today()
    table = window.today_view.table
    table.setFocus()
    table.setCurrentIndex(window.today_view.model.index(0, 0))
    before = len(due_rows(window))
    qtbot.keyClick(table, Qt.Key.Key_S)
    # A refresh already under way may report first: wait for the list that follows the snooze.
    qtbot.waitUntil(lambda: len(due_rows(window)) == before - 1, timeout=10_000)
    with window.controller.journal.read() as session:
        later = due.due_items(session, TODAY + dt.timedelta(days=7))
    assert any("Send the brochure" in i.detail for i in later)  # back after the week


def test_dismiss_until_next_touch_then_a_logged_call_clears_neglect(window, qtbot):
    window.show_today()
    view = window.today_view
    row = next(r for r in range(view.model.rowCount()) if view.model.item(r).reason == "neglected")
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_D)
    qtbot.waitUntil(
        lambda: (
            not any(view.model.item(r).reason == "neglected" for r in range(view.model.rowCount()))
        ),
        timeout=10_000,
    )


def test_enter_opens_the_customer_and_b_the_brief(window, qtbot):
    window.show_today()
    view = window.today_view
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.page
    assert window.page.title.text() == "Ada Lovelace"
    window.show_today()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_B)
    assert window.stack.currentWidget() is window.brief_view
    text = window.brief_view.browser.toPlainText()
    assert "Ada Lovelace" in text and "Send the brochure" in text and "Slow shipping" in text


def test_ctrl_1_shows_today_ctrl_b_the_brief_and_copy_as_markdown(window, qtbot):
    with qtbot.waitExposed(window):
        pass
    window.select_customer(window.ids["ada"])
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.brief_view
    window.brief_view.copy_markdown()
    assert QGuiApplication.clipboard().text().startswith("# Ada Lovelace")
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.today_view


def test_save_the_brief_as_pdf(window, tmp_path):
    window.show_brief_for(window.ids["ada"])
    target = window.brief_view.save_pdf(str(tmp_path / "ada.pdf"))
    assert target is not None and target.read_bytes().startswith(b"%PDF")
    assert (target.stat().st_mode & 0o777) == 0o600


def item(cid: int, key: str, name: str = "Ada") -> DueItem:
    return DueItem(cid, name, "neglected", TODAY, f"No contact — {name}", key, "C", 1.5)


def test_notifier_summarises_at_start_then_tells_only_new_items():
    notifier = DueNotifier()
    first = notifier.update([item(1, "neglected"), item(2, "neglected", "Grace")])
    assert first is not None and first.title.startswith("2 items need")
    assert "Ada" in first.body and "Grace" in first.body
    assert notifier.update([item(1, "neglected"), item(2, "neglected", "Grace")]) is None
    new = notifier.update([item(1, "neglected"), item(3, "neglected", "Zoë")])
    assert new is not None and new.title == "Zoë needs your attention"
    assert DueNotifier().update([]) is None


def test_notifier_names_the_first_few_of_a_long_list_and_then_the_new_items_in_order():
    """The loading worker works out what the tray says (`summarize`): the same sentences as
    from the items themselves, the first four names and how many more."""
    names = ["Ada", "Bea", "Cy", "Dee", "Eve", "Flo"]
    items = [item(n, "neglected", name) for n, name in enumerate(names)] + [
        item(0, "promise:7", "Ada")
    ]
    first = DueNotifier().update(items, summarize(items))
    assert first == DueNotifier().update(items)
    assert first is not None and first.title.startswith("7 items need")
    assert first.body == "Ada, Bea, Cy, Dee and 2 more"
    notifier = DueNotifier()
    notifier.update(items, summarize(items))
    later = [item(9, "neglected", "Zed"), *items[:3], item(8, "neglected", "Yan"), *items[3:]]
    new = notifier.update(later, summarize(later))
    assert new is not None and new.title == "2 new items need your attention"
    assert new.body == "Zed, Yan"  # in the list's order
    assert notifier.update(later, summarize(later)) is None


def test_the_tray_counts_what_today_shows(qtbot, window, controller):
    before = window.tray.count
    assert before == window.today_view.model.rowCount() > 0
    # A call today: Ada is no longer neglected (her promise is still due).
    ops.log_conversation(controller.journal, window.ids["ada"], summary="Called", today=TODAY)
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.reload_list()
    assert window.tray.count == window.today_view.model.rowCount() < before


def test_tray_counts_and_notifications_can_be_turned_off(qapp):
    tray = TrayController(use_tray=False)
    tray.set_enabled(False)
    tray.due_list_changed([item(1, "neglected")])
    assert tray.count == 1 and tray.sent == []
    tray.set_enabled(True)
    tray.due_list_changed([item(1, "neglected"), item(2, "neglected", "Grace")])
    assert tray.count == 2
    assert [n.title for n in tray.sent] == ["Grace needs your attention"]


def test_today_model_passes_the_model_tester(window, qtmodeltester):
    qtmodeltester.check(window.today_view.model)


def _click_row(qtbot, view, row: int) -> None:
    rect = view.table.visualRect(view.grouped.mapFromSource(view.model.index(row, 1)))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_acting_in_today_keeps_today_on_screen_not_the_customer_chosen_in_the_list(window, qtbot):
    with qtbot.waitExposed(window):
        pass
    window.select_customer(window.ids["grace"])  # chosen on the left
    assert window.stack.currentWidget() is window.page
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    view = window.today_view
    assert window.stack.currentWidget() is view
    row = next(r for r in range(view.model.rowCount()) if view.model.item(r).reason == "neglected")
    _click_row(qtbot, view, row)
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        qtbot.keyClick(view.table, Qt.Key.Key_S)
    assert "Ada Lovelace" in window.statusBar().currentMessage()
    assert window.stack.currentWidget() is view  # not Grace's page
    assert window.current_customer_id() == window.ids["grace"]  # the list keeps its choice


def test_k_marks_the_promise_kept_and_the_selection_moves_to_the_next_item(window, qtbot):
    with qtbot.waitExposed(window):
        pass
    window.show_today()
    view = window.today_view
    _click_row(qtbot, view, 0)
    item = view.current_item()
    assert item is not None and item.reason == "promise"
    assert "Send the brochure" in view.detail.text()  # the reason in full under the list
    assert not view.act_dismiss.isEnabled()  # a promise is kept or snoozed, not dismissed
    assert view.act_kept.isEnabled()
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        qtbot.keyClick(view.table, Qt.Key.Key_K)
    with window.controller.journal.read() as session:
        detail = queries.customer_detail(session, window.ids["ada"])
    assert [p["done_on"] for p in detail["promises"]] == [TODAY]
    assert window.stack.currentWidget() is view
    nxt = view.current_item()
    assert nxt is not None and nxt.reason == "neglected"  # the next item, ready for a key
    assert view.act_dismiss.isEnabled() and not view.act_kept.isEnabled()
    assert "No contact for 40 days" in view.detail.text()


def test_the_empty_state_is_one_block_without_greyed_buttons(qtbot, controller):
    ops.add_customer(controller.journal, "Grace Hopper", stage="loyalty")
    w = MainWindow(controller, use_tray=False)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.today_view.loaded, timeout=10_000):
        w.show()
    w.show_today()
    view = w.today_view
    assert view.empty.isVisible()
    assert not view.bar.isVisible() and not view.table.isVisible()
    # The sentence sits right under the heading, not in the middle of the pane.
    gap = view.empty.geometry().top() - view.title.geometry().bottom()
    assert gap < 3 * view.title.height()


def test_the_page_header_and_today_agree_on_a_promise_due_state(window, qtbot):
    """Today said "Promise overdue by 2 days"; the header said only "due in N days" (the next
    contact's due date, a different date) and nothing of the promise."""
    journal = window.controller.journal
    ops.log_conversation(journal, window.ids["ada"], on=TODAY, summary="Call", today=TODAY)
    window.show_today()
    qtbot.waitUntil(
        lambda: all(i.reason != "neglected" for i in window.today_view.model.items()),
        timeout=10_000,
    )
    (item,) = [i for i in window.today_view.model.items() if i.customer_id == window.ids["ada"]]
    assert "overdue by 2 days" in item.detail
    window.open_customer(window.ids["ada"])
    header = window.page.facts_line.text()
    assert "promise <b>overdue by 2 days</b>: Send the brochure" in header
    assert "next contact due in" in header  # the other due date says which one it is


def test_mark_kept_is_one_click_in_the_timelines_menu(window, qtbot):
    window.open_customer(window.ids["ada"])
    timeline = window.page.timeline
    item = next(
        timeline.topLevelItem(i)
        for i in range(timeline.topLevelItemCount())
        if timeline.topLevelItem(i).text(1).startswith("Promise")
    )
    seen: list[list[str]] = []

    def click_kept() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, click_kept)
            return
        seen.append([a.text() for a in menu.actions() if a.text()])
        kept = next(a for a in menu.actions() if a.text() == "Mark kept")
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(kept).center())

    QTimer.singleShot(0, click_kept)
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        timeline.customContextMenuRequested.emit(timeline.visualItemRect(item).center())
    assert seen == [["Edit…", "Mark kept", "Delete"]]
    with journal_read(window) as session:
        (promise,) = queries.customer_detail(session, window.ids["ada"])["promises"]
    assert promise["done_on"] == TODAY


def journal_read(window):
    return window.controller.journal.read()


def test_today_is_grouped_by_reason_with_counts_and_a_group_folds_away(window, qtbot):
    journal = window.controller.journal
    ops.add_promise(
        journal,
        window.ids["grace"],
        "Call about the compiler",
        due=TODAY - dt.timedelta(days=1),
        today=TODAY,
    )
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.controller.announce(
            ops.add_fact(journal, window.ids["grace"], "interests", "Likes tea")
        )
    window.show_today()
    view = window.today_view
    tree, grouped = view.table, view.grouped
    headings = [grouped.index(g, 0).data() for g in range(grouped.rowCount())]
    assert headings == ["Promises (2)", "Neglected (1)"]
    promises = grouped.index(0, 0)
    under = [grouped.index(i, 1, promises).data() for i in range(grouped.rowCount(promises))]
    # Within the group, the documented order: the longest overdue first.
    assert "Send the brochure" in under[0] and "Call about the compiler" in under[1]

    # Fold the promises away with the keyboard, as in any tree: Left on the group.
    tree.setFocus()
    tree.setCurrentIndex(grouped.index(0, 0, promises))
    qtbot.keyClick(tree, Qt.Key.Key_Left)  # to the group heading
    qtbot.keyClick(tree, Qt.Key.Key_Left)  # folds it
    assert not tree.isExpanded(promises)
    # It stays folded when the list comes again (after any change).
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.controller.announce(ops.add_fact(journal, window.ids["grace"], "interests", "Sails"))
    assert not tree.isExpanded(view.grouped.group_index("promise"))
    assert view.current_item() is not None and view.current_item().reason == "neglected"


def test_the_grouped_today_model_passes_the_model_tester(window, qtmodeltester):
    qtmodeltester.check(window.today_view.grouped)


def test_a_change_while_a_load_is_shown_never_leaves_today_out_of_date(window, qtbot, monkeypatch):
    """A load shows the list, then Today a moment later; a change in between (a key pressed
    then) is followed by a newer load, and Today never shows what was due before it."""
    real = window._rows_arrived
    changed: list[object] = []

    def arrived(loaded) -> None:
        real(loaded)
        if not changed:  # between the list and Today: the promise is kept
            changed.append(
                window.controller.apply(ops.mark_promise_done, window.ids["ada"], "Send")
            )

    monkeypatch.setattr(window, "_rows_arrived", arrived)
    shown: list[list[str]] = []
    window.today_view.loaded.connect(
        lambda _n: shown.append([i.reason for i in window.today_view.model.items()])
    )
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.reload_list()
    assert changed and shown
    assert all("promise" not in reasons for reasons in shown), shown
