"""What the main window shows, read in one go: every customer's row and the due list.

`load` runs in a worker (plain Python: no widget is touched). At start-up it begins before the
main window exists: `launch.open_window` calls `start_early` as soon as the journal is open, the
worker reads while the window's modules are imported and its widgets built, and the window takes
the result over (`EarlyLoad.adopt`) instead of starting a load of its own. On the
10,000-customer demo that hides most of the read behind the ~0.25 s the window takes to build.

The list's sort order is kept in the settings on its own (`save_order`), so the early load can
sort the rows the way the list will show them without the window's header.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer

from custjournal.domain import sorting
from custjournal.domain.errors import UserError
from custjournal.domain.health import Health
from custjournal.domain.reminders import DueItem, DueSummary, summarize
from custjournal.gui.controller import JournalController, still_alive
from custjournal.gui.customer_model import (
    COLUMNS,
    NAME,
    RowIndex,
    row_index,
    row_sort_key,
    sort_rows,
)
from custjournal.store import due, queries, settings
from custjournal.store.journal import Journal

Order = tuple[int, Qt.SortOrder]
DEFAULT_ORDER: Order = (NAME, Qt.SortOrder.AscendingOrder)
_ORDER_KEY = "window/customer_sort"


@dataclass(frozen=True)
class Loaded:
    """What the loading worker hands the window: the list's rows (sorted) and the due list."""

    rows: list[queries.CustomerRow]
    sorted_by: Order
    tags: list[str]
    due: list[DueItem]
    today: dt.date
    # The journal's currency (the list's value column): read here, not on the GUI thread,
    # where opening a connection for it took 2-20 ms of the start on a busy machine.
    currency: str = "EUR"
    # What the tray and Today's heading say of the due list (its count, first names, keys):
    # worked out here too, not in passes over every item on the GUI thread.
    due_summary: DueSummary | None = None
    # The lists and the dict the list's model looks rows up by (`row_index`), for rows in
    # `sorted_by` order: built here, not on the GUI thread (70-100 ms of it at 100,000).
    index: RowIndex | None = None
    # Sorted by health: the list's `health_version` whose health sorted the rows.
    health_version: int | None = None


def load(
    journal: Journal,
    today: dt.date,
    order: Order,
    health: tuple[dict[int, Health], int] | None = None,
) -> Loaded:
    """Every customer's row, sorted by *order*, their tags, and the due list, in one read.
    *health*: the list's (a copy of its own) and its `health_version`, sorting by health."""
    # The due list reuses the rows' tiers, last touches and cadences: one pass, one session.
    with journal.reader() as source:
        rows = queries.customer_rows(source, today, sort=False)
        items = due.due_items(source, today, rows=rows)
        currency = settings.currency(source)
    scores, version = health if health is not None else (None, None)
    sort_loaded(rows, order, today, scores)
    tags = sorted({t for r in rows for t in r.tags}, key=str.casefold)
    index = row_index(rows)
    return Loaded(rows, order, tags, items, today, currency, summarize(items), index, version)


def sort_loaded(
    rows: list[queries.CustomerRow],
    order: Order,
    today: dt.date,
    health: dict[int, Health] | None = None,
) -> None:
    """Sort *rows* in place as `sort_rows` does (no health known yet), a piece at a time
    (domain/sorting.py): at 100,000 customers one sort of the list kept the GUI thread
    waiting 85-150 ms for the interpreter lock; 10,000 rows are sorted at once, as before."""
    if len(rows) <= 2 * sorting.PIECE:
        sort_rows(rows, *order, today, health)
        return
    key, reverse = row_sort_key(*order, today, health)
    sorting.sort_in_pieces(rows, key, reverse=reverse)


def saved_order(settings: QSettings) -> Order:
    """The list's sort order when the app last closed (by name, A to Z, the first time)."""
    value = settings.value(_ORDER_KEY)
    try:
        column, descending = (int(v) for v in value)
    except (TypeError, ValueError):
        return DEFAULT_ORDER
    if not 0 <= column < len(COLUMNS):
        return DEFAULT_ORDER
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    return column, order


def save_order(settings: QSettings, order: Order) -> None:
    column, sort_order = order
    settings.setValue(_ORDER_KEY, [column, int(sort_order == Qt.SortOrder.DescendingOrder)])


class EarlyLoad:
    """The first load, started before the window exists; the window adopts its result."""

    def __init__(self, controller: JournalController, order: Order) -> None:
        self.today = controller.today()
        self.order = order
        self._outcome: tuple[bool, Any] | None = None  # (succeeded, Loaded or UserError)
        self._receivers: tuple[Callable[[Loaded], None], Callable[[UserError], None]] | None = None
        self._adopted = False
        journal = controller.journal
        controller.run_task(
            lambda _report: load(journal, self.today, order),
            lambda loaded: self._finish(True, loaded),
            lambda exc: self._finish(False, exc),
            settle=True,
        )

    def _finish(self, ok: bool, value: Any) -> None:
        self._outcome = (ok, value)
        if self._receivers is not None:
            self._deliver()

    def _deliver(self) -> None:
        assert self._outcome is not None and self._receivers is not None
        ok, value = self._outcome
        on_done, on_failed = self._receivers
        self._receivers = None
        receiver = on_done if ok else on_failed
        if still_alive(receiver):  # the window that adopted the load may be gone by now
            receiver(value)

    def adopt(
        self,
        today: dt.date,
        on_done: Callable[[Loaded], None],
        on_failed: Callable[[UserError], None],
    ) -> bool:
        """Hand the result to *on_done* (or the failure to *on_failed*), now or when it comes.

        False when it was read for another day (the window then loads anew). Rows sorted
        another way than the list now shows (the first start after an update, before the sort
        order was saved on its own) are taken too: the list sorts them again (`sorted_by`),
        which is far less than a second read.
        """
        if self._adopted or today != self.today:
            return False
        self._adopted = True
        self._receivers = (on_done, on_failed)
        if self._outcome is not None:
            # Arrived already: deliver from the event loop, as a worker's result always is.
            QTimer.singleShot(0, self._deliver)
        return True


def start_early(controller: JournalController) -> EarlyLoad:
    """Begin the main window's first load now, in the controller's worker."""
    return EarlyLoad(controller, saved_order(QSettings()))
