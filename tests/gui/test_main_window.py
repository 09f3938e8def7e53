"""The main window driven as a person would: list, search, filters, customer page, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QSettings, QSize, Qt

from custjournal import ops
from custjournal.gui.controller import JournalController
from custjournal.gui.customer_model import CustomerTableModel
from custjournal.gui.main_window import MainWindow
from custjournal.store import queries
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
def filled(journal):
    ada = ops.add_customer(
        journal, "Ada Lovelace", company="Analytical Engines", stage="connection", tags=["vip"]
    ).id
    grace = ops.add_customer(journal, "Grace Hopper", company="Navy", stage="prospecting").id
    zoe = ops.add_customer(journal, "Zoë Ångström", company="Nordic Tea", stage="loyalty").id
    ops.log_conversation(
        journal,
        ada,
        summary="Talked about the Zürich warehouse",
        on=TODAY - dt.timedelta(days=400),
        delights=["quick quotes"],
    )
    ops.log_conversation(journal, grace, summary="Compilers", on=TODAY)
    ops.add_purchase(journal, grace, 500_000)
    ops.add_gift(journal, zoe, "Oolong sampler", on=TODAY - dt.timedelta(days=3))
    journal.close()
    return {"ada": ada, "grace": grace, "zoe": zoe}


def visible_names(window: MainWindow) -> list[str]:
    return [window.model.index(r, 0).data() for r in range(window.model.rowCount())]


def test_title_and_welcome_on_an_empty_journal(make_window, journal_path):
    window = make_window()
    assert window.windowTitle() == f"Customer Journal — {journal_path.name}"
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.add_button.isVisible()
    assert window.count_label.text() == "0 customers"


def test_list_shows_every_customer_sorted_with_due_and_tier(make_window, filled):
    window = make_window()
    assert visible_names(window) == ["Ada Lovelace", "Grace Hopper", "Zoë Ångström"]
    grace_row = 1
    assert window.model.index(grace_row, 3).data() == "A"  # the only buyer
    assert window.model.index(0, 5).data().endswith("overdue")  # Ada: 400 days without contact


def test_typing_a_word_from_an_old_note_finds_the_customer(make_window, filled, qtbot):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "zurich")
    assert visible_names(window) == ["Ada Lovelace"]
    window.search.clear()
    qtbot.keyClicks(window.search, "zoe")
    assert visible_names(window) == ["Zoë Ångström"]
    window.search.clear()
    assert len(visible_names(window)) == 3


def test_filters_by_stage_tier_tag_and_neglect(make_window, filled):
    window = make_window()
    window.stage_filter.setCurrentIndex(window.stage_filter.findData("loyalty"))
    assert visible_names(window) == ["Zoë Ångström"]
    window.stage_filter.setCurrentIndex(0)
    window.tier_filter.setCurrentIndex(window.tier_filter.findData("A"))
    assert visible_names(window) == ["Grace Hopper"]
    window.tier_filter.setCurrentIndex(0)
    window.tag_filter.setCurrentIndex(window.tag_filter.findData("vip"))
    assert visible_names(window) == ["Ada Lovelace"]
    window.tag_filter.setCurrentIndex(0)
    window.neglected.setChecked(True)
    assert visible_names(window) == ["Ada Lovelace"]
    assert window.count_label.text() == "1 of 3 customers"


def test_selecting_a_customer_shows_the_page_with_timeline(make_window, filled, qtbot):
    window = make_window()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    # The page follows once the selection rests (arrow keys held down don't load every page).
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.page, timeout=2000)
    page = window.page
    assert page.title.text() in {"Ada Lovelace", "Grace Hopper"}
    window.select_customer(filled["ada"])
    assert page.title.text() == "Ada Lovelace"
    assert "Analytical Engines" in page.subtitle.text()
    top = [page.timeline.topLevelItem(i).text(1) for i in range(page.timeline.topLevelItemCount())]
    assert any("Zürich warehouse" in t for t in top)
    known = page.known.topLevelItem(0)  # no facts yet: delights come first
    assert known.text(0) == "What delights them"
    assert known.child(0).text(0) == "quick quotes"


def test_changing_the_stage_on_the_page_records_history(make_window, filled, qtbot):
    window = make_window()
    window.select_customer(filled["grace"])
    combo = window.page.stage_combo
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        combo.setCurrentIndex(combo.findData("consideration"))
        combo.activated.emit(combo.currentIndex())
    with window.controller.journal.read() as session:
        detail = queries.customer_detail(session, filled["grace"])
    assert detail["stage"] == "consideration"
    assert [s["stage"] for s in detail["stage_history"]] == ["consideration", "prospecting"]
    assert window.model.index(1, 2).data() == "Consideration"


def test_delete_an_entry_then_undo_brings_it_back(make_window, filled, qtbot):
    window = make_window()
    window.select_customer(filled["zoe"])
    timeline = window.page.timeline
    gift_item = next(
        timeline.topLevelItem(i)
        for i in range(timeline.topLevelItemCount())
        if timeline.topLevelItem(i).text(1).startswith("Gift")
    )
    timeline.setFocus()
    timeline.setCurrentItem(gift_item)
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        qtbot.keyClick(timeline, Qt.Key.Key_Delete)

    def gifts() -> list[str]:
        with window.controller.journal.read() as session:
            return [g["what"] for g in queries.customer_detail(session, filled["zoe"])["gifts"]]

    assert gifts() == []
    assert window.act_undo.isEnabled()
    assert window.act_undo.text().replace("&", "") == "Undo Delete gift"
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.act_undo.trigger()
    assert gifts() == ["Oolong sampler"]
    texts = [timeline.topLevelItem(i).text(1) for i in range(timeline.topLevelItemCount())]
    assert "Gift: Oolong sampler" in texts


def test_changes_made_elsewhere_show_up(make_window, filled, journal_path, qtbot):
    window = make_window()
    other = open_journal(journal_path)  # e.g. the command line, while the app is open
    ops.add_customer(other, "Katherine Johnson")
    other.close()
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        assert window.controller.check_outside_changes()
    assert "Katherine Johnson" in visible_names(window)


def test_window_layout_is_remembered(make_window, filled):
    window = make_window()
    # A figure's column (Name and Company share what the figures leave: `_NamesTakeRoom`).
    window.table.setColumnWidth(2, 222)
    window.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    window.close()
    for key in ("window/geometry", "window/splitter", "window/customer_columns"):
        assert QSettings().value(key) is not None
    again = make_window()
    assert again.table.columnWidth(2) == 222
    header = again.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        4,
        Qt.SortOrder.DescendingOrder,
    )


@pytest.mark.parametrize("screen", [(1366, 768), (1280, 800), (1920, 1080)])
def test_every_column_is_in_view_at_the_default_size(make_window, filled, qtbot, screen):
    """The first start on a laptop's screen shows the whole list, Health included, with no
    sideways scrolling, and the window fits on the screen."""
    window = make_window()
    window.default_layout(QSize(*screen))
    assert window.width() <= screen[0] and window.height() <= screen[1] - 40
    header = window.table.horizontalHeader()
    viewport = window.table.viewport()
    qtbot.waitUntil(lambda: header.length() <= viewport.width() + 1)
    for col in range(header.count()):
        left = header.sectionViewportPosition(col)
        title = window.model.headerData(col, Qt.Orientation.Horizontal)
        assert left >= 0 and left + header.sectionSize(col) <= viewport.width(), title
        assert header.sectionSize(col) >= header.fontMetrics().horizontalAdvance(title), title
    assert not window.table.horizontalScrollBar().isVisible()
    # The page beside it keeps a usable width.
    assert window.splitter.sizes()[1] >= 460


def test_long_names_are_cut_short_in_the_list_not_widened(make_window, journal, qtbot):
    ops.add_customer(
        journal, "Maximiliane Wilhelmine von Hohenzollern-Sigmaringen", company="Q" * 80
    )
    journal.close()
    window = make_window()
    window.default_layout(QSize(1366, 768))
    header = window.table.horizontalHeader()
    assert header.sectionSize(0) < 200 and header.sectionSize(1) < 200
    assert window.table.textElideMode() == Qt.TextElideMode.ElideRight
    assert not window.table.horizontalScrollBar().isVisible()


def test_the_due_column_shows_a_promise_due_before_the_next_contact(make_window, journal, qtbot):
    """Due is when the customer next needs something: a promise due before the next contact
    shows (overdue, in red), sorts and explains itself on hover."""
    owed = ops.add_customer(journal, "Owed Promise", stage="connection").id
    ops.add_customer(journal, "Plain Contact", stage="prospecting")
    ops.log_conversation(
        journal,
        owed,
        on=TODAY - dt.timedelta(days=20),
        summary="Pricing",
        promise="send the quote",
        promise_due=TODAY - dt.timedelta(days=5),
    )
    journal.close()
    window = make_window()
    due = 5  # the Due column
    names = visible_names(window)
    owed_row = names.index("Owed Promise")
    cell = window.model.index(owed_row, due)
    assert cell.data() == "5 d overdue"  # not "in 1 d" (the next contact, 21 days on)
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith("An open promise is due ")
    assert window.model.index(names.index("Plain Contact"), due).data() == "in 14 d"
    window.table.sortByColumn(due, Qt.SortOrder.AscendingOrder)
    assert visible_names(window)[0] == "Owed Promise"


def test_customer_model_passes_the_model_tester(qtmodeltester, filled, journal_path):
    journal = open_journal(journal_path)
    with journal.read() as session:
        rows = queries.customer_rows(session, TODAY)
    journal.close()
    model = CustomerTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    model.set_rows(rows[:1])
    qtmodeltester.check(model)


def test_sorting_by_a_column_keeps_the_selected_customer(make_window, filled, qtbot):
    window = make_window()
    window.select_customer(filled["zoe"])
    header = window.table.horizontalHeader()
    due_section = QPoint(header.sectionViewportPosition(5) + 5, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=due_section)
    due_order = visible_names(window)
    assert due_order[0] == "Ada Lovelace"  # the most overdue first
    assert window.current_customer_id() == filled["zoe"]
    window.model.sort(0, Qt.SortOrder.DescendingOrder)
    assert visible_names(window) == ["Zoë Ångström", "Grace Hopper", "Ada Lovelace"]
    assert window.current_customer_id() == filled["zoe"]


def test_sorted_and_filtered_model_passes_the_model_tester(qtmodeltester, filled, journal_path):
    journal = open_journal(journal_path)
    with journal.read() as session:
        rows = queries.customer_rows(session, TODAY)
    journal.close()
    model = CustomerTableModel()
    qtmodeltester.check(model)
    model.set_rows(rows)
    model.sort(5, Qt.SortOrder.DescendingOrder)
    model.set_filters(stage="connection")
    qtmodeltester.check(model)
    assert [model.customer(r).name for r in range(model.rowCount())] == ["Ada Lovelace"]


def test_typing_filters_and_enter_opens_the_first_match(make_window, filled, qtbot):
    window = make_window()
    window.focus_search()
    qtbot.keyClicks(window.search, "compilers")
    assert visible_names(window) == ["Grace Hopper"]
    assert window.stack.currentWidget() is not window.page  # nothing opened while typing
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.table.hasFocus()
    assert window.page.title.text() == "Grace Hopper"


def test_garbage_is_collected_on_the_gui_thread_only(make_window):
    """A collection in a worker thread could free GUI objects there and crash the app."""
    import gc

    window = make_window()
    assert not gc.isenabled()
    garbage = []
    garbage.append(garbage)  # a reference cycle for the collector to find
    del garbage
    from custjournal.gui import controller as controller_module

    collector = controller_module._collector
    assert collector is not None and collector.timer.isActive()
    saved = collector.threshold
    collector.threshold = (0, *saved[1:])
    try:
        collector.check()  # what the timer does on the GUI thread
    finally:
        collector.threshold = saved
    assert window.isVisible()


def test_collections_wait_while_a_worker_runs(make_window, qtbot):
    """A worker's objects (millions for the Insights page at 10,000 customers) are freed by
    their reference counts when it ends: sweeping them while they live blocked the GUI thread
    40-180 ms, so a collection waits for such a worker (up to a bound) and runs after it; the
    Insights page's worker is one."""
    import gc
    import threading

    from custjournal.domain import insights as di

    window = make_window()
    from custjournal.gui import controller as controller_module

    collector = controller_module._collector
    assert collector is not None
    collections = []

    def seen(phase, info):
        if phase == "start":
            collections.append(info["generation"])

    release = threading.Event()
    started = threading.Event()

    def work(_report):
        started.set()
        release.wait(10)
        return "done"

    saved = collector.threshold
    collector.threshold = (0, *saved[1:])
    gc.callbacks.append(seen)
    try:
        window.controller.wait_for_tasks()  # the window's own loads
        results = []
        window.controller.run_task(work, results.append, hold_collections=True)
        assert started.wait(10)
        collector.check()  # what the timer does, while the worker runs
        assert collections == []
        release.set()
        qtbot.waitUntil(lambda: results == ["done"], timeout=10_000)
        window.controller.wait_for_tasks()
        collector.check()  # and after it
        assert collections != []
        # An ordinary worker (the start-up loads) holds nothing back.
        collections.clear()
        release.clear()
        started.clear()
        results.clear()
        window.controller.run_task(work, results.append)
        assert started.wait(10)
        collector.check()
        assert collections != []
        release.set()
        qtbot.waitUntil(lambda: results == ["done"], timeout=10_000)
        window.controller.wait_for_tasks()
        # The Insights page's worker is one that holds them.
        task = window.controller.insights(di.Segment(), lambda _result: None)
        assert task.hold_collections
        window.controller.wait_for_tasks()
    finally:
        release.set()
        gc.callbacks.remove(seen)
        collector.threshold = saved


def test_the_windows_loads_are_never_swept_while_built_and_frozen_once_shown(
    make_window, qtbot, monkeypatch
):
    """The list, Today and the Health column are loads the window keeps until the next one
    (146,000 objects for everyone's health at 10,000 customers): sweeping them on the GUI
    thread blocked it 50-90 ms as they arrived, more again later. A load holds collections
    back whatever it makes, and in the app its result is frozen once handed over."""
    import gc
    import threading

    from custjournal.gui import controller as controller_module

    window = make_window()
    window.controller.wait_for_tasks()
    settled = []
    real_run_task = window.controller.run_task

    def run_task(*args, **kwargs):
        if not kwargs.get("background"):  # the window's loads (not the page worked out ahead,
            settled.append(kwargs.get("settle", False))  # which starts once Health is shown)
        return real_run_task(*args, **kwargs)

    monkeypatch.setattr(window.controller, "run_task", run_task)
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.reload_list()  # the list and Today
    window._load_health(window.controller.today())  # everyone's health
    window.controller.wait_for_tasks()
    assert settled == [True, True]

    collector = controller_module._collector
    assert collector is not None
    collections = []

    def seen(phase, _info):
        if phase == "start":
            collections.append(phase)

    release = threading.Event()
    started = threading.Event()
    pile = collector.WORKER_YOUNG_LIMIT + 10_000

    def work(_report):
        made = [[n] for n in range(pile)]  # more than a bounded hold allows
        started.set()
        release.wait(10)
        return made

    monkeypatch.setattr(controller_module, "_freeze_loads", True)  # as launch.run sets it
    saved = collector.threshold
    collector.threshold = (0, *saved[1:])
    gc.callbacks.append(seen)
    results: list = []
    try:
        real_run_task(work, results.append, settle=True)  # (collects what came before)
        assert started.wait(10)
        collections.clear()
        collector.check()  # what the timer does, while the load runs
        assert collections == []
        release.set()
        qtbot.waitUntil(lambda: len(results) == 1, timeout=10_000)
        assert gc.get_freeze_count() >= pile  # out of the collector's sight
        assert gc.get_count()[0] < pile
    finally:
        release.set()
        gc.callbacks.remove(seen)
        collector.threshold = saved
        gc.unfreeze()


def test_the_list_opens_in_the_order_it_was_left_in(make_window, filled, qtbot, monkeypatch):
    """At start-up the list is read before the window exists, already in the saved order."""
    from custjournal.gui import launch, loading

    loads = []
    real_load = loading.load
    monkeypatch.setattr(loading, "load", lambda *args: loads.append(args[2]) or real_load(*args))

    window = make_window()
    window.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # by stage, last stage first
    expected = visible_names(window)
    # The Health column's worker keeps what it worked out (store/health_kept.py): let it finish,
    # or its write, landing after the new window opened, is an outside change to that window.
    qtbot.waitUntil(lambda: not window._health_loading, timeout=10_000)
    window.close()
    window.controller.close()
    assert loading.saved_order(QSettings()) == (2, Qt.SortOrder.DescendingOrder)

    again, controller, server = launch.open_window(window.controller.journal.path)
    qtbot.addWidget(again)
    try:
        with qtbot.waitSignal(again.rows_loaded, timeout=10_000):
            pass
        assert visible_names(again) == expected == ["Zoë Ångström", "Ada Lovelace", "Grace Hopper"]
        header = again.table.horizontalHeader()
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
            2,
            Qt.SortOrder.DescendingOrder,
        )
        # One read for the new window: the one begun before it, taken over, not done again.
        assert loads[-1:] == [(2, Qt.SortOrder.DescendingOrder)] and len(loads) == 2
    finally:
        server.close()
        controller.close()


def test_a_search_among_many_customers_keeps_the_list_order_and_filters(journal, qtbot):
    names = [f"Person {i:02d}" for i in range(40)]
    ids = [
        ops.add_customer(journal, name, stage="loyalty" if i % 2 else "purchase").id
        for i, name in enumerate(names)
    ]
    ops.set_archived(journal, ids[5], True)
    with journal.read() as session:
        rows = queries.customer_rows(session, TODAY)
    model = CustomerTableModel()
    model.set_rows(rows)
    model.sort(0, Qt.SortOrder.DescendingOrder)

    def shown() -> list[str]:
        return [model.customer(r).name for r in range(model.rowCount())]

    model.set_filters(matching_ids={ids[3], ids[30], ids[5], ids[12]})  # a few of many
    assert shown() == ["Person 30", "Person 12", "Person 03"]  # the archived one stays out
    model.set_filters(stage="loyalty")
    assert shown() == ["Person 03"]
    model.set_filters(stage=None, show_archived=True)
    assert shown() == ["Person 30", "Person 12", "Person 05", "Person 03"]
    model.set_filters(matching_ids=set(ids[:20]), show_archived=False)  # half of them
    assert shown() == [f"Person {i:02d}" for i in range(19, -1, -1) if i != 5]
    model.set_filters(matching_ids=None)
    assert model.rowCount() == 39


def test_an_open_brief_shows_a_cadence_changed_in_settings(qtbot, make_window, filled):
    """Settings change no customer, but every brief's cadence line reads them."""
    from custjournal.gui.settings_dialog import SettingsDialog

    window = make_window()
    window.show_brief_for(filled["ada"])
    assert "Connection cadence" in window.brief_view.browser.toPlainText()
    assert ": 30 days" not in window.brief_view.browser.toPlainText()
    dialog = SettingsDialog(window.controller, window.tray, parent=window)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    spin = dialog.spins["connection"]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "30")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert dialog.result_value is not None
    assert "Connection cadence: 30 days" in window.brief_view.browser.toPlainText()


def test_the_timeline_says_who_wrote_each_entry(make_window, journal, qtbot):
    from custjournal import profile

    ada = ops.add_customer(journal, "Ada Lovelace").id
    ops.log_conversation(journal, ada, summary="nobody's", on=TODAY, notes="tea")
    profile.save_display_name("Grace Hopper")
    ops.log_conversation(journal, ada, summary="Grace's", on=TODAY, notes="coffee")
    window = make_window()
    window.select_customer(ada)
    timeline = window.page.timeline
    details = {
        timeline.topLevelItem(i).text(1): timeline.topLevelItem(i).text(2)
        for i in range(timeline.topLevelItemCount())
    }
    assert details["Call: Grace's"] == "coffee · by Grace Hopper"
    assert details["Call: nobody's"] == "tea"  # a journal file names nobody by default


def test_typing_finds_the_customers_the_index_finds_archived_or_not(make_window, journal, qtbot):
    # Many customers share the word "harbour" (more than an eighth of them: the list tests
    # every row) and few the word "kiln" (picked by their place in the list); some archived.
    words = {}
    for i in range(40):
        word = "kiln" if i % 13 == 0 else "harbour" if i % 2 == 0 else "meadow"
        cid = ops.add_customer(journal, f"Customer {i:02d}", company=f"Firm {39 - i:02d}").id
        ops.log_conversation(journal, cid, summary=f"Visited the {word} site", on=TODAY)
        if i % 5 == 0:
            ops.set_archived(journal, cid, True)
        words[f"Customer {i:02d}"] = (word, i % 5 == 0)
    journal.close()
    window = make_window()
    window.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by company: names run backwards
    window.search.setFocus()
    for archived_too in (False, True):
        window.act_show_archived.setChecked(archived_too)
        for word in ("harbour", "kiln", "meadow"):
            window.search.clear()
            qtbot.keyClicks(window.search, word)  # the list follows each letter
            expected = sorted(
                (
                    n
                    for n, (w, archived) in words.items()
                    if w == word and (archived_too or not archived)
                ),
                reverse=True,
            )
            assert visible_names(window) == expected, (word, archived_too)
        window.search.clear()
        assert window.model.rowCount() == (40 if archived_too else 32)


def test_the_currency_set_in_settings_is_what_the_list_says(make_window, filled, qtbot):
    window = make_window()
    assert "12-month value in EUR" in window.list_legend.text()
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.controller.apply(ops.set_currency, "CHF")
    assert "12-month value in CHF" in window.list_legend.text()
    tooltip = window.model.headerData(6, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tooltip.endswith("in CHF")
