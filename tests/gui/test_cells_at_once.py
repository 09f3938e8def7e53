"""The lists answer a repaint's questions about a cell in one call (`multiData`, what Qt's
delegate asks): every role gives what `data` gives, in the customer list and in Today."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtGui import QIcon

from custjournal import ops
from custjournal.gui.customer_model import ID_ROLE
from custjournal.gui.main_window import MainWindow

TODAY = dt.date.today()
ROLES = [*range(14), int(ID_ROLE)]


def same(a, b) -> bool:
    if isinstance(a, QIcon) and isinstance(b, QIcon):
        return a.cacheKey() == b.cacheKey()
    return a == b


def at_once(model, index, role):
    role_data = QModelRoleData(role)
    model.multiData(index, QModelRoleDataSpan(role_data))
    return role_data.data()


def check_every_cell(model, indexes) -> int:
    checked = 0
    for index in indexes:
        for role in ROLES:
            assert same(at_once(model, index, role), model.data(index, role)), (index, role)
            checked += 1
    return checked


def test_a_cell_at_once_is_what_each_role_gives(qtbot, controller):
    journal = controller.journal
    ada = ops.add_customer(journal, "Ada Lovelace", company="Engines", stage="connection").id
    ops.log_conversation(
        journal,
        ada,
        on=TODAY - dt.timedelta(days=40),
        summary="Engines",
        promise="Send the brochure",
        promise_due=TODAY - dt.timedelta(days=2),
        today=TODAY,
    )
    ops.add_purchase(journal, ada, 1200_00, on=TODAY, today=TODAY)
    ops.add_customer(journal, "Grace Hopper", stage="loyalty")
    w = MainWindow(controller, use_tray=False)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.rows_loaded, timeout=10_000):
        w.show()
    model = w.model
    cells = [model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert check_every_cell(model, cells) > 0
    grouped = w.today_view.grouped
    tree = []
    for g in range(grouped.rowCount()):
        group = grouped.index(g, 0)
        tree += [grouped.index(g, c) for c in range(grouped.columnCount())]
        tree += [
            grouped.index(r, c, group)
            for r in range(grouped.rowCount(group))
            for c in range(grouped.columnCount())
        ]
    assert check_every_cell(grouped, tree) > 0
    # Out of range: nothing, as data says.
    assert at_once(model, model.index(99, 0), Qt.ItemDataRole.DisplayRole) is None
