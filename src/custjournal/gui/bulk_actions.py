"""Editing many customers at once in the app: the customer list's selection and what can be done
to it — set a stage, add or remove a tag, set or clear a cadence, archive or bring back, export
(CSV, vCard) and brief them all into one PDF.

`BulkActions` owns the actions; the window puts them in its Customer menu (a "Selected
Customers" submenu) and the list's context menu shows the same ones. Each change is one
`ops.bulk` operation, so Edit > Undo takes back every customer at once; its sentence goes to
the status bar ("Stage set to Loyalty for 12 customers."). A selection larger than
`BACKGROUND_ABOVE` is written in the controller's worker, so the window stays responsive. The
export is File > Export's own flow narrowed to the selection; the PDF is the brief's own
rendering (`interop.brief_pdf`), made in the worker and written owner-only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QInputDialog,
    QMainWindow,
    QMenu,
    QTableView,
)

from custjournal import ops
from custjournal.domain import vocab
from custjournal.domain.errors import UserError
from custjournal.gui import file_dialogs, theme
from custjournal.gui.controller import JournalController
from custjournal.gui.customer_model import ID_ROLE, CustomerTableModel
from custjournal.gui.i18n import Words
from custjournal.gui.sentences import app_sentence, say
from custjournal.store.queries import CustomerRow

# Above this many customers a change is written in the worker (a stage for 2,000 customers
# with their stage history and search index takes a second or more here).
BACKGROUND_ABOVE = 200


class BulkActions(QObject):
    """The selection's actions for one main window's customer list."""

    finished = Signal(object)  # an ops.Result, or the PDF's Path, after a change (tests wait)

    def __init__(
        self,
        window: QMainWindow,
        controller: JournalController,
        table: QTableView,
        model: CustomerTableModel,
        export: Callable[[Path | None, list[int]], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.table = table
        self.model = model
        self._export = export
        self.context_menu: QMenu | None = None  # the last one shown (tests click in it)
        self._build_actions()

    # --- building ------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], None], icon: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if icon:
            action.setIcon(theme.icon(icon))
        # Not connected directly: triggered(checked) would fill a slot's first parameter.
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.stage_menu = QMenu(self.tr("Set &Stage"), self.window)
        self.stage_menu.setIcon(theme.icon("stage"))
        self.stage_actions: dict[str, QAction] = {}
        for stage in vocab.STAGES:
            action = self.stage_menu.addAction(vocab.STAGE_LABELS[stage])
            action.triggered.connect(lambda _c=False, s=stage: self.set_stage(s))
            self.stage_actions[stage] = action
        self.act_add_tag = self._action(self.tr("Add &Tag…"), self.add_tag)
        self.act_remove_tag = self._action(self.tr("Remove Ta&g…"), self.remove_tag)
        self.act_cadence = self._action(self.tr("Set &Cadence…"), self.set_cadence)
        self.act_clear_cadence = self._action(self.tr("C&lear Cadence"), self.clear_cadence)
        self.act_archive = self._action(self.tr("&Archive"), self.archive, "archive")
        self.act_unarchive = self._action(self.tr("&Bring Back from Archive"), self.unarchive)
        self.act_export = self._action(self.tr("&Export Selection…"), self.export, "export")
        self.act_brief_pdf = self._action(self.tr("Brief All as &PDF…"), self.brief_pdf, "brief")
        self.actions = [
            self.stage_menu.menuAction(),
            self.act_add_tag,
            self.act_remove_tag,
            self.act_cadence,
            self.act_clear_cadence,
            self.act_archive,
            self.act_unarchive,
            self.act_export,
            self.act_brief_pdf,
        ]
        self.menu = QMenu(self.tr("Selected Customers"), self.window)
        self._fill(self.menu)

    def _fill(self, menu: QMenu) -> None:
        menu.addMenu(self.stage_menu)
        menu.addActions([self.act_add_tag, self.act_remove_tag])
        menu.addSeparator()
        menu.addActions([self.act_cadence, self.act_clear_cadence])
        menu.addSeparator()
        menu.addActions([self.act_archive, self.act_unarchive])
        menu.addSeparator()
        menu.addActions([self.act_export, self.act_brief_pdf])

    def writing_actions(self) -> list[QAction]:
        """The actions that change the selected customers (not Export, nor the briefs)."""
        return [a for a in self.actions if a not in (self.act_export, self.act_brief_pdf)]

    # --- the selection -------------------------------------------------------------------

    def selected_rows(self) -> list[CustomerRow]:
        """The selected customers' rows, in the list's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.customer(row) for row in rows]

    def selected_ids(self) -> list[int]:
        """The selected customers' ids, in the list's order."""
        return [r.id for r in self.selected_rows()]

    def reselect(self, ids: list[int]) -> None:
        """Select these customers again (those still shown) after the list was reloaded,
        keeping the current row: a change to a selection leaves it selected for the next."""
        rows = [r for r in (self.model.row_for_id(i) for i in ids) if r is not None]
        if len(rows) < 2:
            return
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, last))
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def update(self) -> None:
        """Enable what suits the selection, and say how many the actions are for."""
        rows = self.selected_rows()
        n = len(rows)
        writes = set(self.writing_actions())
        writable = self.controller.writable  # else only what reads (gui/read_only.py)
        for action in self.actions:
            action.setEnabled(n > 0 and (writable or action not in writes))
        archived = sum(1 for r in rows if r.archived)
        self.act_archive.setEnabled(writable and n > archived)
        self.act_unarchive.setEnabled(writable and archived > 0)
        self.menu.setTitle(
            Words.tr("Selected Customers (%n)", "", n) if n else self.tr("Selected Customers")
        )

    def show_context_menu(self, pos: QPoint) -> None:
        """The list's right-click menu: the selection's actions (the row under the pointer is
        selected first, as in a file manager, when it is not among them)."""
        index = self.table.indexAt(pos)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.table.setCurrentIndex(index)
        self.update()
        if not self.selected_ids():
            return
        menu = QMenu(self.window)
        n = len(self.selected_ids())
        title = menu.addAction(Words.tr("Selected customers: %n", "", n))
        title.setEnabled(False)
        menu.addSeparator()
        self._fill(menu)
        self.context_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # --- asking ----------------------------------------------------------------------------

    def _ask_tag(self, title: str, label: str, tags: list[str]) -> str | None:
        text, ok = QInputDialog.getItem(self.window, title, label, tags, 0, True)
        return text.strip() if ok and text.strip() else None

    def _tags(self, *, theirs: bool) -> list[str]:
        """Tags for the tag dialog: those the selection has (*theirs*), else every tag shown."""
        source = self.selected_rows() if theirs else self.model.customers()
        seen: dict[str, str] = {}
        for row in source:
            for tag in row.tags:
                seen.setdefault(tag.casefold(), tag)
        return sorted(seen.values(), key=str.casefold)

    # --- the actions -----------------------------------------------------------------------

    def set_stage(self, stage: str) -> None:
        self._apply(ops.set_stage_many, stage, today=self.controller.today())

    def add_tag(self) -> None:
        ids = self.selected_ids()
        tag = self._ask_tag(
            self.tr("Add a tag"),
            Words.tr("Tag to add to the selected customers (%n):", "", len(ids)),
            ["", *self._tags(theirs=False)],
        )
        if tag:
            self._apply(ops.add_tag_many, tag)

    def remove_tag(self) -> None:
        ids = self.selected_ids()
        tags = self._tags(theirs=True)
        if not tags:
            self.controller.message.emit(self.tr("None of them has a tag."))
            return
        tag = self._ask_tag(
            self.tr("Remove a tag"),
            Words.tr("Tag to remove from the selected customers (%n):", "", len(ids)),
            tags,
        )
        if tag:
            self._apply(ops.remove_tag_many, tag)

    def set_cadence(self) -> None:
        ids = self.selected_ids()
        days, ok = QInputDialog.getInt(
            self.window,
            self.tr("Set a cadence"),
            Words.tr("Stay in touch with the selected customers (%n) every … days:", "", len(ids)),
            30,
            1,
            3650,
        )
        if ok:
            self._apply(ops.set_cadence_many, days)

    def clear_cadence(self) -> None:
        self._apply(ops.set_cadence_many, None)

    def archive(self) -> None:
        ids = set(self.selected_ids())
        current = self.table.currentIndex()
        if (
            current.isValid()
            and current.data(ID_ROLE) in ids
            and not self.model.filters.show_archived
        ):
            # The list keeps its current customer in view, showing archived ones to do so:
            # archiving a selection should rather let it go from the list, as asked.
            self.table.selectionModel().setCurrentIndex(
                QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self._apply(ops.set_archived_many, True)

    def unarchive(self) -> None:
        self._apply(ops.set_archived_many, False)

    def _apply(self, action: Callable[..., ops.Result], *args: Any, **kwargs: Any) -> None:
        """Run *action* on the selection: here when small, in the worker when large; either way
        announced (the status bar, the undo stack, every view's refresh)."""
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) <= BACKGROUND_ABOVE:
            try:
                result = self.controller.apply(action, ids, *args, **kwargs)
            except UserError as exc:
                self.controller.error.emit(app_sentence(exc))
                return
            self.finished.emit(result)
            return
        journal = self.controller.journal
        self.controller.message.emit(
            Words.tr("Changing the selected customers (%n)…", "", len(ids))
        )

        def done(result: ops.Result) -> None:
            self.controller.announce(result)
            self.finished.emit(result)

        self.controller.run_task(
            lambda _report: action(journal, ids, *args, **kwargs),
            done,
            lambda exc: self.controller.error.emit(app_sentence(exc)),
        )

    def export(self, path: Path | None = None) -> None:
        """File > Export's flow for the selection only (CSV or vCard)."""
        ids = self.selected_ids()
        if ids:
            self._export(path, ids)

    def ask_pdf_path(self, count: int) -> Path | None:
        from custjournal.gui.folders import last_folder

        suggested = last_folder("pdf") / self.tr("Briefs {day}.pdf").format(
            day=self.controller.today().isoformat()
        )
        path = file_dialogs.save_file_name(
            self.window,
            Words.tr("Save the briefs of the selected customers (%n) as one PDF", "", count),
            str(suggested),
            self.tr("PDF files (*.pdf)"),
        )
        return Path(path) if path else None

    def brief_pdf(self, path: Path | None = None) -> None:
        """Every selected customer's brief in one PDF, each from a new page (in the worker)."""
        ids = self.selected_ids()
        if not ids:
            return
        target = path if path is not None else self.ask_pdf_path(len(ids))
        if target is None:
            return
        from custjournal.interop import files

        try:
            files.refuse_journal_files(target, self.controller.journal.file)
        except UserError as exc:
            self.controller.error.emit(app_sentence(exc))
            return
        journal = self.controller.journal
        today = self.controller.today()
        self.controller.message.emit(
            Words.tr("Writing the briefs of the selected customers (%n)…", "", len(ids))
        )

        def work(report: Callable[[int, int], bool]) -> Path:
            from custjournal.interop.brief_pdf import write_pdf_many
            from custjournal.store.brief_data import load_brief

            briefs = []
            with journal.read() as session:
                for done, cid in enumerate(ids, 1):
                    briefs.append(load_brief(session, cid, today))
                    if report(done, len(ids)):
                        raise UserError(self.tr("Cancelled: no PDF was written."))
            try:
                return write_pdf_many(briefs, target, say=say)
            except OSError as exc:
                raise UserError(
                    self.tr(
                        "The PDF could not be saved to {target}: {strerror}. Choose another folder."
                    ).format(target=target, strerror=exc.strerror)
                ) from None

        def done(written: Path) -> None:
            from custjournal.gui.folders import remember_folder

            remember_folder("pdf", written)
            self.controller.message.emit(
                Words.tr(
                    "Saved the briefs of the selected customers (%n) to {path}.", "", len(ids)
                ).format(path=written)
            )
            self.finished.emit(written)

        self.controller.run_task(
            work, done, lambda exc: self.controller.error.emit(app_sentence(exc))
        )
