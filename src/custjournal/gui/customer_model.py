"""The customer list: a table model of light rows, filtered and sorted in Python.

The model holds plain `CustomerRow`s (a few hundred bytes each: 10,000 customers are a few MB)
and paints from them; nothing here touches the database. It filters by stage, tag, tier,
"neglected only" and by the set of ids the full-text index returned for the search field.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import compress
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics

from custjournal.domain.health import Health
from custjournal.domain.vocab import QT_TRANSLATE_NOOP, STAGE_LABELS, STAGES
from custjournal.gui import clock, i18n
from custjournal.gui.dates import format_amount, format_date
from custjournal.gui.due_words import cadence_text, due_text
from custjournal.gui.release import let_go
from custjournal.gui.sentences import say
from custjournal.gui.table_model import (
    ALIGNMENT,
    CENTER,
    DISPLAY,
    FONT,
    FOREGROUND,
    OVERDUE_BRUSH,
    TOOLTIP,
    RowTableModel,
)
from custjournal.store import search
from custjournal.store.queries import CustomerRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1

# Value and Health come last, so that a sort order saved by an older version (a column's
# number) still names the same column.
COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Name"),
    QT_TRANSLATE_NOOP("Columns", "Company"),
    QT_TRANSLATE_NOOP("Columns", "Stage"),
    QT_TRANSLATE_NOOP("Columns", "Tier"),
    QT_TRANSLATE_NOOP("Columns", "Last contact"),
    QT_TRANSLATE_NOOP("Columns", "Due"),
    QT_TRANSLATE_NOOP("Columns", "12-month value"),
    QT_TRANSLATE_NOOP("Columns", "Health"),
)
NAME, COMPANY, STAGE, TIER, LAST, DUE, VALUE, HEALTH = range(len(COLUMNS))
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROW_ID = operator.attrgetter("id")
_INITIAL_ORDER = Qt.ItemDataRole.InitialSortOrderRole
_DESCENDING_FIRST = Qt.SortOrder.DescendingOrder.value
_ASCENDING_FIRST = Qt.SortOrder.AscendingOrder.value


def health_tooltip(health: Health) -> str:
    """The four elements in a line each, and the next step: what the Health cell says on hover."""
    lines = []
    for e in health.elements:
        score = (
            QCoreApplication.translate("CustomerList", "not enough to tell yet")
            if e.score is None
            else f"{e.score}/100"
        )
        lines.append(f"{i18n.word(e.label)}: {score}")
    if health.next_step:
        lines.append(
            QCoreApplication.translate("CustomerList", "Next step: {step}").format(
                step=say(health.next_step)
            )
        )
    return "\n".join(lines)


_TIER_COLORS = {"A": "#1f7a4d", "B": "#2f6f8f"}


@dataclass
class Filters:
    stage: str | None = None
    tag: str | None = None
    tier: str | None = None
    neglected_only: bool = False
    show_archived: bool = False
    matching_ids: AbstractSet[int] | None = None  # from the search index; None = no search
    only_ids: frozenset[int] | None = None  # the customers a row of Insights names


@dataclass(slots=True)
class RowIndex:
    """What the list looks rows up by, for *rows* in the list's order (`row_index`).

    Taken by one model once (`set_rows`): its lists become the model's own, let go of (emptied
    by the release thread) when the next load replaces them.
    """

    rows: list[CustomerRow]
    ids: list[int]  # the ids of rows, in its order
    position: dict[int, int]  # customer id -> index in rows
    live: list[CustomerRow]  # the rows not archived, in its order
    live_ids: list[int]
    taken: bool = False


def row_index(rows: list[CustomerRow]) -> RowIndex:
    """The lists and the dict the model filters *rows* by (plain Python: a worker may call it)."""
    ids = [r.id for r in rows]
    live = [r for r in rows if not r.archived]
    return RowIndex(rows, ids, {cid: i for i, cid in enumerate(ids)}, live, [r.id for r in live])


class CustomerTableModel(RowTableModel):
    """Every customer's row, filtered and sorted in Python; the view sees the visible ones.

    Not a QSortFilterProxyModel: sorting 10,000 rows through Python `data()` calls took over a
    second on the GUI thread here, while sorting the list with a key takes ~10 ms.
    """

    columns = COLUMNS
    served_roles = frozenset({DISPLAY, ID_ROLE, TOOLTIP, FOREGROUND, FONT, ALIGNMENT})
    # Health per customer id: worked out in a worker after the rows (`set_health`); until then
    # the column is empty and sorts as "not enough to tell yet".
    health: dict[int, Health]
    currency = "EUR"

    def __init__(self, today: Callable[[], dt.date] = clock.today, parent=None) -> None:
        super().__init__(parent)
        self._all: list[CustomerRow] = []
        self._position: dict[int, int] = {}  # customer id -> index in _all
        self._all_ids: list[int] = []  # the ids of _all, in its order
        self._id_end = 1  # one past the highest id of _all
        self._live: list[CustomerRow] = []  # the rows of _all not archived, in its order
        self._live_ids: list[int] = []
        self._shown: list[CustomerRow] = []  # the visible rows, in list order
        self._shown_rows: dict[int, int] | None = {}
        self._today = today
        # Words of many cells, translated once (the list asks for every visible cell often).
        self._never = QCoreApplication.translate("CustomerList", "never")
        self._archived = QCoreApplication.translate("CustomerList", "archived")
        self.filters = Filters()
        self.sort_column = NAME
        self.sort_order = Qt.SortOrder.AscendingOrder
        # While the search field is in use: customer id -> why they matched (a snippet), shown
        # on hover over the name and company. Asked only when a tooltip is wanted.
        self.why_matched: Callable[[int], str | None] | None = None
        self.health = {}
        self.health_version = 0  # one more with each `set_health`: what a load sorted by

    # --- content -------------------------------------------------------------------------

    def set_rows(
        self,
        rows: Sequence[CustomerRow],
        sorted_by: tuple[int, Qt.SortOrder] | None = None,
        index: RowIndex | None = None,
        health_version: int | None = None,
    ) -> None:
        """Show *rows* (all customers); keeps selection and scroll when nothing moved.

        *sorted_by* says the rows come sorted already (by `sort_rows` in a worker): if that is
        still the list's order, they are not sorted again on the GUI thread. *index*: their
        `row_index`, worked out in the worker too (at 100,000 customers it took 70-100 ms of
        the GUI thread in one go); taken only with rows in the list's order, since it is theirs,
        and only once: *rows* and its lists become the model's own (the caller lets go of them).
        """
        old: list[object] = [self._live, self._shown, self._position, self._all_ids]
        old.append(self._live_ids)
        if rows is not self._all:  # the rows shown now, handed in again: theirs to keep
            old.append(self._all)
        in_order = sorted_by == (self.sort_column, self.sort_order)
        if self.sort_column == HEALTH and self.health and health_version != self.health_version:
            # Sorted by other health than the list's (none, in the early load; an older one):
            # by the list's, so that it does not jump to another order until the column comes
            # again.
            in_order = False
        if in_order and index is not None and index.rows is rows and not index.taken:
            index.taken = True  # its lists are the model's now, let go of with the next load
            self._take_index(index)
        else:
            self._all = list(rows)
            if in_order:
                self._index_all()
            else:
                self._sort_all()
        self._refresh()
        # The last load's rows, freed off the GUI thread (which empties them): never one the
        # model still holds.
        held = (self._all, self._live, self._shown, self._position, self._all_ids, self._live_ids)
        let_go([o for o in old if not any(o is h for h in held)])

    def set_health(self, health: dict[int, Health]) -> None:
        """Every customer's health (by id): the Health column fills in, re-sorted if need be."""
        old: list[object] = [self.health]
        self.health = health
        self.health_version += 1
        let_go(old)  # the last load's health: freed off the GUI thread
        if self.sort_column == HEALTH:
            self._sort_all()
            self._refresh()  # the new order, if it moved (the rows themselves did not change)
        if self._shown:  # the column's new figures, whether the order moved or not
            top, bottom = self.index(0, HEALTH), self.index(len(self._shown) - 1, HEALTH)
            self.dataChanged.emit(top, bottom)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _INITIAL_ORDER:
            # The first click on a column sorts it the way a person looks at it: the most
            # valuable and the latest contact first; the weakest health first (whom to look
            # after; unscored last either way), the most overdue first, names A to Z.
            first = _DESCENDING_FIRST if section in (VALUE, LAST) else _ASCENDING_FIRST
            return first
        if orientation == Qt.Orientation.Horizontal and role == TOOLTIP:
            if section == TIER:
                return QCoreApplication.translate(
                    "CustomerList",
                    "A, B or C from the last 12 months' value; * a tier pinned by hand, "
                    "which takes no slot in the ranking",
                )
            if section == VALUE:
                return QCoreApplication.translate(
                    "CustomerList", "Purchases in the last 12 months, in {currency}"
                ).format(currency=self.currency)
            if section == HEALTH:
                return QCoreApplication.translate(
                    "CustomerList",
                    "Relationship health: the mean of knowledge, responsibility, respect "
                    "and care (0-100); empty when there is not enough to tell yet",
                )
            if 0 <= section < len(COLUMNS):  # the whole heading, where a narrow column cuts it
                return QCoreApplication.translate("Columns", COLUMNS[section])
        return super().headerData(section, orientation, role)

    def set_filters(self, **values: Any) -> None:
        for key, value in values.items():
            if not hasattr(self.filters, key):
                raise AttributeError(key)
            setattr(self.filters, key, value)
        self._refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self._sort_all()
        self._refresh()

    def _sort_all(self) -> None:
        # Sorted once here; filtering keeps the order, so a keystroke in the search field only
        # filters (3 ms for 10,000 customers) instead of sorting again.
        sort_rows(self._all, self.sort_column, self.sort_order, self._today(), self.health)
        self._index_all()

    def _index_all(self) -> None:
        # Worked out once per load or sort, so that a keystroke filters at C speed (compress
        # over these lists) instead of a Python test per row (5-6 ms at 10,000 customers).
        self._take_index(row_index(self._all))

    def _take_index(self, index: RowIndex) -> None:
        self._all = index.rows
        self._all_ids = index.ids
        self._id_end = max(index.ids, default=0) + 1
        self._position = index.position
        self._live = index.live
        self._live_ids = index.live_ids

    def total_count(self) -> int:
        return len(self._all)

    def archived_count(self) -> int:
        return len(self._all) - len(self._live)

    def row_for_id(self, customer_id: int) -> int | None:
        """The visible row of a customer, or None when filtered out or unknown."""
        return self._row_of.get(customer_id)

    def find(self, customer_id: int) -> CustomerRow | None:
        """A customer's row whether visible or not."""
        i = self._position.get(customer_id)
        return None if i is None else self._all[i]

    def customer(self, row: int) -> CustomerRow:
        return self._shown[row]

    def customers(self) -> list[CustomerRow]:
        return list(self._shown)

    def _filtered(self, today: dt.date) -> list[CustomerRow]:
        """The rows the filters let through, in list order.

        One pass per filter that is set, so the common cases cost little: a search that
        matches a few customers picks them by position instead of testing all 10,000 rows.
        """
        f = self.filters
        ids = f.matching_ids
        rows: list[CustomerRow]
        if ids is not None and len(ids) * 8 < len(self._all):
            position, every = self._position, self._all
            rows = [every[i] for i in sorted(position[c] for c in ids if c in position)]
            if not f.show_archived:
                rows = [r for r in rows if not r.archived]
        else:
            rows, row_ids = (
                (self._all, self._all_ids) if f.show_archived else (self._live, self._live_ids)
            )
            if isinstance(ids, search.Matching):  # a team journal's flags, by id
                rows = list(compress(rows, map(ids.flags_up_to(self._id_end).__getitem__, row_ids)))
            elif ids is not None:
                rows = list(compress(rows, map(ids.__contains__, row_ids)))
        if f.only_ids is not None:
            rows = [r for r in rows if r.id in f.only_ids]
        if f.stage:
            rows = [r for r in rows if r.stage == f.stage]
        if f.tier:
            rows = [r for r in rows if r.tier == f.tier]
        if f.tag:
            tag = f.tag.casefold()
            rows = [r for r in rows if any(t.casefold() == tag for t in r.tags)]
        if f.neglected_only:
            rows = [r for r in rows if r.next_due < today]
        return list(rows) if rows is self._all or rows is self._live else rows

    def _refresh(self) -> None:
        today = self._today()
        visible = self._filtered(today)
        shown = self._shown
        if len(visible) != len(shown):  # what a keystroke in the search field does
            self.beginResetModel()
            self._set_visible(visible)
            self.endResetModel()
            return
        if all(map(operator.is_, visible, shown)):
            # The very rows shown, in their order (the next letter of a word found the same
            # customers; a sort or filter that changed nothing): nothing to tell the view, so no
            # repaint (4 ms of the GUI thread at 10,000 customers). The values of a row object
            # never change (a load brings new ones), and a cell that depends on the day is
            # worked out when painted. The new list is kept (the same rows): the old one may be
            # on its way to the release thread (`set_rows`), which empties what it is given.
            self._shown = visible
            return
        old_ids = list(map(_ROW_ID, shown))
        new_ids = list(map(_ROW_ID, visible))
        if new_ids == old_ids:  # the same customers in the same order: fresh values only
            self._set_visible(visible)
            if visible:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(visible) - 1, len(COLUMNS) - 1)
                )
        elif set(new_ids) == set(old_ids):
            # Same customers in another order: a layout change keeps the selection.
            self.layoutAboutToBeChanged.emit()
            old_rows = {i: cid for i, cid in enumerate(old_ids)}
            self._set_visible(visible)
            persistent = self.persistentIndexList()
            moved = [self.index(self._row_of[old_rows[p.row()]], p.column()) for p in persistent]
            self.changePersistentIndexList(persistent, moved)
            self.layoutChanged.emit()
        else:
            self.beginResetModel()
            self._set_visible(visible)
            self.endResetModel()

    def _set_visible(self, visible: list[CustomerRow]) -> None:
        self._shown = visible
        self._shown_rows = None  # worked out when asked for, not on every keystroke

    @property
    def _row_of(self) -> dict[int, int]:
        """Customer id -> visible row."""
        if self._shown_rows is None:
            self._shown_rows = {r.id: i for i, r in enumerate(self._shown)}
        return self._shown_rows

    # --- painting (the Qt interface is RowTableModel's) -------------------------------------

    def cell(self, r: CustomerRow, col: int, role: int) -> Any:
        if role == DISPLAY:
            return self._display(r, col)
        if role == ID_ROLE:
            return r.id
        if role == TOOLTIP:
            if col == DUE:
                if r.promise_first and r.promise_due is not None:
                    return QCoreApplication.translate(
                        "CustomerList", "An open promise is due {day}, the next contact {contact}"
                    ).format(day=format_date(r.promise_due), contact=format_date(r.next_due))
                return cadence_text(r.cadence_explanation)
            if col == TIER and r.tier_pinned:
                return QCoreApplication.translate(
                    "CustomerList", "Tier {tier}, pinned by hand"
                ).format(tier=r.tier)
            if col == HEALTH:
                h = self.health.get(r.id)
                return health_tooltip(h) if h is not None else None
            if col in (NAME, COMPANY) and self.why_matched is not None:
                return self.why_matched(r.id)
            return None
        if role == FOREGROUND:
            if col == DUE and not r.archived and r.is_due(self._today()):
                return OVERDUE_BRUSH
            if col == TIER and r.tier in _TIER_BRUSHES:
                return _TIER_BRUSHES[r.tier]
            return _ARCHIVED_BRUSH if r.archived else None
        if role == FONT:
            return _bold_font() if col == TIER and r.tier == "A" else None
        if col in (VALUE, HEALTH):
            return RIGHT
        return CENTER if col in (TIER, DUE) else None  # ALIGNMENT

    def _display(self, r: CustomerRow, col: int) -> str:
        if col == NAME:
            return r.name
        if col == COMPANY:
            return r.company or ""
        if col == STAGE:
            return i18n.word(STAGE_LABELS.get(r.stage, r.stage))
        if col == TIER:
            return r.tier + ("*" if r.tier_pinned else "")
        if col == LAST:
            return format_date(r.last_contact) if r.last_contact else self._never
        if col == DUE:
            # The earliest of the next contact and an open promise's due date (due_on): a
            # customer owed a promise last month is not "in 18 d".
            return self._archived if r.archived else due_text((r.due_on - self._today()).days)
        if col == VALUE:
            # The currency is the header's and the legend's: each cell repeating it took the
            # room the Health column needed.
            return format_amount(r.value_12m, self.currency) if r.value_12m else ""
        if col == HEALTH:
            h = self.health.get(r.id)
            overall = h.overall if h is not None else None
            return "" if overall is None else str(overall)
        return ""


def column_widths(cells: QFontMetrics, header: QFontMetrics) -> list[int]:
    """The list's default width of each column, from its font and language: each short column
    (stage to health) as wide as its widest text or its header, whichever is wider; Name and
    Company room for a usual name and firm, which are elided ("Abigail Ashwo…") beyond it.

    At the default window size (1280 pixels wide, or the screen's width when smaller) every
    column is then in view, Health included (tests/gui/test_main_window.py).
    """
    pad = 12  # the cell's margins and grid line
    # The header's sort indicator at the right of a section, beside its title: the titles
    # are left-aligned (the window's `_build_central`), so title and arrow side by side fit.
    sort_arrow = 18

    def widest(*texts: str) -> int:
        return max(cells.horizontalAdvance(t) for t in texts) + pad

    def titled(column: int, cell: int) -> int:
        title = QCoreApplication.translate("Columns", COLUMNS[column])
        return max(cell, header.horizontalAdvance(title) + sort_arrow)

    never = QCoreApplication.translate("CustomerList", "never")
    archived = QCoreApplication.translate("CustomerList", "archived")
    widths = [0] * len(COLUMNS)
    widths[NAME] = widest("Alexandra Whitfield")
    widths[COMPANY] = widest("Northwind Traders")
    widths[STAGE] = titled(STAGE, widest(*(i18n.word(label) for label in STAGE_LABELS.values())))
    widths[TIER] = titled(TIER, widest("A*"))
    widths[LAST] = titled(LAST, widest(format_date(dt.date(2026, 12, 31)), never))
    # Four digits: a customer not reached for three years read "1105 T. überfä…".
    widths[DUE] = titled(DUE, widest(due_text(-1999), due_text(365), archived))
    widths[VALUE] = titled(VALUE, widest(format_amount(99_999_99)))
    widths[HEALTH] = titled(HEALTH, widest("100"))
    return widths


_ARCHIVED_BRUSH = QBrush(QColor("#8a919a"))
_TIER_BRUSHES = {tier: QBrush(QColor(color)) for tier, color in _TIER_COLORS.items()}


@functools.cache
def _bold_font() -> QFont:
    font = QFont()  # made on first paint, once the application (and its fonts) exists
    font.setBold(True)
    return font


_STAGE_ORDER = {stage: i for i, stage in enumerate(STAGES)}
_SORT_KEYS: dict[int, Callable[[CustomerRow, dt.date], Any]] = {
    NAME: lambda r, _t: (r.name.casefold(), r.id),
    COMPANY: lambda r, _t: ((r.company or "").casefold(), r.name.casefold()),
    STAGE: lambda r, _t: (_STAGE_ORDER.get(r.stage, 99), r.name.casefold()),
    TIER: lambda r, _t: (r.tier, r.name.casefold()),
    LAST: lambda r, _t: (r.last_contact.toordinal() if r.last_contact else 0, r.name.casefold()),
    DUE: lambda r, t: (10**6 if r.archived else (r.due_on - t).days, r.name.casefold()),
    VALUE: lambda r, _t: (r.value_12m, r.name.casefold()),
}


# Columns whose key is (a number, then the name): turned round by the number alone, so that
# customers level on it stay A to Z either way (the most valuable first, then the hundreds
# with no value from A, not from Z).
_NUMBER_FIRST = frozenset({STAGE, LAST, DUE, VALUE})


_NO_VALUE = float("inf")


def _keyed(
    column: int, descending: bool, today: dt.date
) -> tuple[Callable[[CustomerRow], Any], bool]:
    # Value and Company may be empty (no purchase in twelve months, no company): those rows
    # come after every filled one in both orders, as health's do (ascending put hundreds of
    # customers with no value at the top). One tuple per row, as the other keys.
    if column == VALUE:  # no value: after the largest, either way (-0 is no value too)
        if descending:
            return (lambda r: (-r.value_12m or _NO_VALUE, r.name.casefold())), False
        return (lambda r: (r.value_12m or _NO_VALUE, r.name.casefold())), False
    if column == COMPANY:  # sorted in reverse: the flag turned, the empty ones still last
        return (
            lambda r: (
                (not r.company) != descending,
                (r.company or "").casefold(),
                r.name.casefold(),
            )
        ), descending
    key = _SORT_KEYS[column]
    if descending and column in _NUMBER_FIRST:

        def turned(r: CustomerRow) -> Any:
            first, *rest = key(r, today)
            return (-first, *rest)

        return turned, False
    return (lambda r: key(r, today)), descending


def _health_key(health: dict[int, Health] | None, descending: bool) -> Callable[[CustomerRow], Any]:
    """By health: the scores (names A to Z among equals), then everyone with nothing to tell
    yet (or whose health is not known yet) by name, whichever the direction."""
    sign = -1 if descending else 1
    scores = {
        cid: sign * overall
        for cid, h in (health or {}).items()
        if (overall := h.overall) is not None
    }

    def key(r: CustomerRow) -> Any:
        score = scores.get(r.id)
        if score is None:
            return (1, 0, r.name.casefold(), r.id)
        return (0, score, r.name.casefold(), r.id)

    return key


def row_sort_key(
    column: int, order: Qt.SortOrder, today: dt.date, health: dict[int, Health] | None = None
) -> tuple[Callable[[CustomerRow], Any], bool]:
    """(key, reverse) that sort rows as `sort_rows` does (as in the loading worker, a piece at
    a time): by health, with the *health* known (none: everyone by name A to Z)."""
    if column == HEALTH:
        return _health_key(health, order == Qt.SortOrder.DescendingOrder), False
    return _keyed(column, order == Qt.SortOrder.DescendingOrder, today)


def sort_rows(
    rows: list[CustomerRow],
    column: int,
    order: Qt.SortOrder,
    today: dt.date,
    health: dict[int, Health] | None = None,
) -> None:
    """Sort *rows* in place as the list shows them (plain Python: a worker may call it).

    By health, customers with nothing to tell yet (or whose health is not known yet) come
    after every score, whichever the direction.
    """
    key, reverse = row_sort_key(column, order, today, health)
    rows.sort(key=key, reverse=reverse)
