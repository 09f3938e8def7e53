"""The first load, begun before the main window exists and taken over by it (gui/loading.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from custjournal import ops
from custjournal.domain import sorting
from custjournal.domain.errors import UserError
from custjournal.gui import loading
from custjournal.gui.customer_model import COMPANY, NAME

BY_NAME = (NAME, Qt.SortOrder.AscendingOrder)


def fill(controller) -> None:
    for name in ("Zoë Ångström", "Ada Lovelace", "Grace Hopper"):
        ops.add_customer(controller.journal, name)


def test_a_load_that_arrived_before_the_window_is_handed_over(controller, qtbot):
    fill(controller)
    early = loading.EarlyLoad(controller, BY_NAME)
    qtbot.waitUntil(lambda: early._outcome is not None, timeout=10_000)  # arrived, unclaimed
    done: list = []
    failed: list = []
    assert early.adopt(controller.today(), done.append, failed.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert [r.name for r in done[0].rows] == ["Ada Lovelace", "Grace Hopper", "Zoë Ångström"]
    assert done[0].sorted_by == BY_NAME and not failed


def test_a_window_waiting_for_the_load_gets_it_when_it_comes(controller, qtbot):
    fill(controller)
    early = loading.EarlyLoad(controller, BY_NAME)
    done: list = []
    failed: list = []
    assert early.adopt(controller.today(), done.append, failed.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert len(done) == 1 and len(done[0].rows) == 3 and not failed


def test_a_failed_load_reaches_the_window_as_a_sentence(controller, qtbot, monkeypatch):
    def broken(*_args):
        raise UserError("The journal is busy.")

    monkeypatch.setattr(loading, "load", broken)
    early = loading.EarlyLoad(controller, BY_NAME)
    done: list = []
    failed: list = []
    assert early.adopt(controller.today(), done.append, failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=10_000)
    assert [e.message for e in failed] == ["The journal is busy."] and not done


def test_it_is_handed_over_once_and_only_for_its_day(controller, qtbot):
    early = loading.EarlyLoad(controller, BY_NAME)
    done: list = []
    failed: list = []
    tomorrow = controller.today() + dt.timedelta(days=1)  # the window opened after midnight
    assert not early.adopt(tomorrow, done.append, failed.append)
    assert early.adopt(controller.today(), done.append, failed.append)
    assert not early.adopt(controller.today(), done.append, failed.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    controller.wait_for_tasks()
    qtbot.wait(50)
    assert len(done) == 1


def test_rows_read_in_another_order_are_sorted_again_not_read_again(controller, qtbot, monkeypatch):
    """The first start after an update: the list's order was only in the header's state."""
    from custjournal.gui.main_window import MainWindow

    fill(controller)
    # Written beside the controller: let it see that now, not as an outside change while the
    # window loads (which would rightly read the journal again).
    controller.check_outside_changes()
    loads = []
    real_load = loading.load
    monkeypatch.setattr(loading, "load", lambda *args: loads.append(args[2]) or real_load(*args))
    early = loading.EarlyLoad(controller, BY_NAME)
    window = MainWindow(controller, early_load=early)
    qtbot.addWidget(window)
    window.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)  # as the header restores it
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.show()
    names = [window.model.customer(r).name for r in range(window.model.rowCount())]
    assert names == ["Zoë Ångström", "Grace Hopper", "Ada Lovelace"]
    assert loads == [BY_NAME]


def test_a_damaged_saved_order_falls_back_to_names(qapp):
    from PySide6.QtCore import QSettings

    settings = QSettings()
    for value in (["x", 1], [99, 0], "junk", None):
        settings.setValue("window/customer_sort", value)
        assert loading.saved_order(settings) == BY_NAME
    loading.save_order(settings, (COMPANY, Qt.SortOrder.DescendingOrder))
    assert loading.saved_order(settings) == (COMPANY, Qt.SortOrder.DescendingOrder)


def test_a_reloads_old_health_is_freed_off_the_gui_thread(controller, qtbot):
    """What a load replaces (the rows, the due list, everyone's health) is freed by the
    release thread, not in the slot that shows the new result on the GUI thread."""
    import threading
    import weakref

    from custjournal.gui.customer_model import CustomerTableModel

    fill(controller)
    loaded = loading.load(controller.journal, controller.today(), BY_NAME)
    model = CustomerTableModel()
    model.set_rows(loaded.rows, sorted_by=BY_NAME)

    class Old:  # stands for a health figure of the last load
        pass

    freed_in: list[str] = []
    old = Old()
    weakref.finalize(old, lambda: freed_in.append(threading.current_thread().name))
    model.set_health({loaded.rows[0].id: old})  # type: ignore[dict-item]
    del old
    model.set_health({})
    qtbot.waitUntil(lambda: bool(freed_in), timeout=5_000)
    assert freed_in == ["let-go"]
    # The rows the list shows are the new load's, and the old ones go the same way.
    again = loading.load(controller.journal, controller.today(), BY_NAME)
    model.set_rows(again.rows, sorted_by=BY_NAME)
    assert [r.name for r in model.customers()] == ["Ada Lovelace", "Grace Hopper", "Zoë Ångström"]


def many_alike(controller) -> None:
    """Customers whose sort keys tie (the same names and companies), some archived."""
    firms = ("Acme", "Brio", None, "acme")
    for n in range(23):
        result = ops.add_customer(
            controller.journal,
            ("Ada", "Bea", "Çem", "ada")[n % 4],
            company=firms[n % 3],
            stage=("prospecting", "purchase", "loyalty")[n % 3],
            tier_pin=("A", None, "B", None)[n % 4],
        )
        if n % 5 == 0:
            ops.set_archived(controller.journal, result.id, True)
    controller.check_outside_changes()


def test_a_big_list_sorted_in_pieces_is_in_the_same_order_as_sorted_at_once(
    controller, qtbot, monkeypatch
):
    """Past two pieces the worker sorts piece by piece and merges them (the GUI thread gets
    its turns meanwhile): every column, both ways, the order is the one sorting at once gives,
    ties kept in the same order too."""
    from custjournal.gui.customer_model import COLUMNS, sort_rows
    from custjournal.store import queries

    many_alike(controller)
    monkeypatch.setattr(sorting, "PIECE", 3)
    today = controller.today()
    with controller.journal.reader() as source:
        read = queries.customer_rows(source, today, sort=False)
    for column in range(len(COLUMNS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            at_once, in_pieces = list(read), list(read)
            sort_rows(at_once, column, order, today)
            loading.sort_loaded(in_pieces, (column, order), today)
            assert [r.id for r in in_pieces] == [r.id for r in at_once], (column, order)


def test_the_window_shows_a_load_sorted_and_indexed_in_the_worker(controller, qtbot, monkeypatch):
    """The rows come sorted in the saved order and indexed (ids, positions, the archived left
    out) by the worker: the GUI thread neither sorts nor indexes them, and the list, its count,
    the search and the archived filter are what they were when it did."""
    from custjournal.gui.customer_model import CustomerTableModel, sort_rows
    from custjournal.gui.main_window import MainWindow
    from custjournal.store import queries

    many_alike(controller)
    monkeypatch.setattr(sorting, "PIECE", 3)
    on_gui_thread: list[str] = []
    for name in ("_index_all", "_sort_all"):
        real = getattr(CustomerTableModel, name)
        monkeypatch.setattr(
            CustomerTableModel,
            name,
            lambda self, _real=real, _name=name: on_gui_thread.append(_name) or _real(self),
        )
    order = (COMPANY, Qt.SortOrder.DescendingOrder)
    window = MainWindow(controller, early_load=loading.EarlyLoad(controller, order))
    qtbot.addWidget(window)
    window.table.sortByColumn(*order)  # as the header restores it
    on_gui_thread.clear()  # the header's own sort of the still empty list
    with qtbot.waitSignal(window.rows_loaded, timeout=10_000):
        window.show()
    assert on_gui_thread == []
    with controller.journal.reader() as source:
        expected = queries.customer_rows(source, controller.today(), sort=False)
    sort_rows(expected, *order, controller.today())
    live = [r.id for r in expected if not r.archived]
    model = window.model
    assert [model.customer(r).id for r in range(model.rowCount())] == live
    assert model.total_count() == 23
    assert window.count_label.text() == "18 customers (5 archived hidden)"
    assert all(model.find(r.id) is not None and model.find(r.id).id == r.id for r in expected)
    window.act_show_archived.setChecked(True)
    assert [model.customer(r).id for r in range(model.rowCount())] == [r.id for r in expected]
    model.set_filters(show_archived=False, matching_ids={live[0], live[-1]})
    assert [model.customer(r).id for r in range(model.rowCount())] == [live[0], live[-1]]


def test_the_same_load_shown_twice_keeps_every_row(controller, qtbot):
    """The rows a load hands over become the list's own (no copy): showing the same load
    again must not let the release thread empty them."""
    from custjournal.gui.customer_model import CustomerTableModel

    many_alike(controller)
    loaded = loading.load(controller.journal, controller.today(), BY_NAME)
    model = CustomerTableModel()
    for _ in range(3):
        model.set_rows(loaded.rows, sorted_by=BY_NAME, index=loaded.index)
    qtbot.wait(100)  # the release thread has had its turn
    assert len(loaded.rows) == 23 and model.total_count() == 23
    assert model.rowCount() == 18 and all(model.find(r.id) is r for r in loaded.rows)


def test_a_new_score_shows_in_a_list_sorted_by_health_whose_order_did_not_move(controller, qtbot):
    """Sorted by Health, a customer's score changes but not their place: the cell shows the
    new figure (the rows are the same objects, so only the health tells the view)."""
    from types import SimpleNamespace

    from custjournal.gui.customer_model import HEALTH, CustomerTableModel

    fill(controller)
    loaded = loading.load(controller.journal, controller.today(), BY_NAME)
    model = CustomerTableModel()
    model.set_rows(loaded.rows, sorted_by=BY_NAME)
    model.sort(HEALTH, Qt.SortOrder.DescendingOrder)
    first, second = loaded.rows[0].id, loaded.rows[1].id
    model.set_health({first: SimpleNamespace(overall=80), second: SimpleNamespace(overall=50)})  # type: ignore[dict-item]
    assert model.data(model.index(1, HEALTH)) == "50"
    with qtbot.waitSignal(model.dataChanged, timeout=1_000):
        model.set_health({first: SimpleNamespace(overall=80), second: SimpleNamespace(overall=55)})  # type: ignore[dict-item]
    assert model.customer(1).id == second
    assert model.data(model.index(1, HEALTH)) == "55"


def test_a_team_journals_flags_filter_the_list_as_a_set_of_the_same_ids_does(controller, qtbot):
    """A team journal's search field hands the list flag bytes per id (store/search.py
    `Matching`): the list shows exactly the rows the same ids as a set show, in its order, for
    many customers found, for few, and for ids past the last flag."""
    from custjournal.gui.customer_model import CustomerTableModel
    from custjournal.store.search import Matching

    many_alike(controller)
    loaded = loading.load(controller.journal, controller.today(), BY_NAME)
    model = CustomerTableModel()
    model.set_rows(loaded.rows, sorted_by=BY_NAME, index=loaded.index)
    ids = sorted(r.id for r in loaded.rows)

    def shown(found) -> list[int]:
        model.set_filters(matching_ids=found, show_archived=True)
        return [model.customer(r).id for r in range(model.rowCount())]

    for wanted in (set(ids[::2]), {ids[0], ids[-1]}, set(ids[:-3]), set()):
        flags = bytearray(max(wanted, default=0) + 1)
        for cid in wanted:
            flags[cid] = 1
        found = Matching(bytes(flags))
        assert found == wanted and len(found) == len(wanted) and set(found) == wanted
        assert shown(found) == shown(wanted)
        assert len(shown(found)) == len(wanted)
