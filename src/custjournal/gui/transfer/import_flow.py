"""File > Import in the app: choose a file, map a CSV's columns if needed, preview, import.

A CSV whose columns Customer Journal doesn't know gets a mapping step (`CsvMappingDialog`,
its first guesses from `interop.csvio.guess_mapping`); the file is read and planned in a
worker; the preview (`ImportPreviewDialog`) says what would be added, merged and skipped;
Import applies the plan in a worker behind a progress dialog whose Cancel rolls the whole
import back.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from custjournal import ops
from custjournal.domain.errors import UserError
from custjournal.domain.vocab import QT_TRANSLATE_NOOP
from custjournal.gui import file_dialogs, theme
from custjournal.gui.controller import JournalController, Task
from custjournal.gui.forms import FormDialog, hint_label
from custjournal.gui.i18n import Words
from custjournal.gui.sentences import app_sentence, say
from custjournal.gui.transfer.common import TransferBase, _item, _table

IMPORT_FILTERS = (
    "Contacts and journals (*.vcf *.vcard *.csv *.json)",
    "vCard (*.vcf *.vcard)",
    "CSV (*.csv)",
    "Customer Journal JSON (*.json)",
    "All files (*)",
)
SOURCE_TITLES = {
    "vcard": "vCard",
    "json": "Customer Journal JSON",
    "csv:custjournal": "Customer Journal CSV",
    "csv:google": "Google Contacts CSV",
    "csv:outlook": "Outlook CSV",
    "csv:mapped": QT_TRANSLATE_NOOP("ImportPreview", "CSV, with your column choices"),
}

# --- CSV: a first look, for the mapping step ---------------------------------------------------


def _csvio() -> Any:
    """The CSV reader, loaded at the first CSV import rather than with the window."""
    from custjournal.interop import csvio

    return csvio


@dataclass(frozen=True)
class CsvPeek:
    """What the mapping step shows: the header, the first rows, and the layout if known."""

    header: list[str]
    rows: list[list[str]]
    layout: str | None  # "custjournal", "google", "outlook", or None: a mapping is needed


def peek_csv(path: Path, rows: int = 5) -> CsvPeek:
    """The header and the first *rows* rows, as the importer reads them (UserError naming the
    line for a file it can't read)."""
    header, first_rows = _csvio().peek(path, rows)
    return CsvPeek(header, first_rows, _csvio().detect_layout(header))


# Field choices in the mapping step: (label shown, mapping target). The labelled phone and email
# entries carry the label into the journal ("mobile", "work"), as `--map phone:mobile=...` does.
FIELD_CHOICES: tuple[tuple[str, str | None], ...] = (
    (QT_TRANSLATE_NOOP("ImportFields", "Leave out"), None),
    (QT_TRANSLATE_NOOP("ImportFields", "Full name"), "name"),
    (QT_TRANSLATE_NOOP("ImportFields", "First name"), "first_name"),
    (QT_TRANSLATE_NOOP("ImportFields", "Middle name"), "middle_name"),
    (QT_TRANSLATE_NOOP("ImportFields", "Last name"), "last_name"),
    (QT_TRANSLATE_NOOP("ImportFields", "Name prefix"), "prefix"),
    (QT_TRANSLATE_NOOP("ImportFields", "Name suffix"), "suffix"),
    (QT_TRANSLATE_NOOP("ImportFields", "Company"), "company"),
    (QT_TRANSLATE_NOOP("ImportFields", "Job title"), "role"),
    (QT_TRANSLATE_NOOP("ImportFields", "Email"), "email"),
    (QT_TRANSLATE_NOOP("ImportFields", "Email (work)"), "email:work"),
    (QT_TRANSLATE_NOOP("ImportFields", "Email (home)"), "email:home"),
    (QT_TRANSLATE_NOOP("ImportFields", "Phone"), "phone"),
    (QT_TRANSLATE_NOOP("ImportFields", "Phone (mobile)"), "phone:mobile"),
    (QT_TRANSLATE_NOOP("ImportFields", "Phone (work)"), "phone:work"),
    (QT_TRANSLATE_NOOP("ImportFields", "Phone (home)"), "phone:home"),
    (QT_TRANSLATE_NOOP("ImportFields", "Address"), "address"),
    (QT_TRANSLATE_NOOP("ImportFields", "Web address"), "url"),
    (QT_TRANSLATE_NOOP("ImportFields", "Notes"), "notes"),
    (QT_TRANSLATE_NOOP("ImportFields", "Birthday"), "birthday"),
    (QT_TRANSLATE_NOOP("ImportFields", "Tags"), "tags"),
    (QT_TRANSLATE_NOOP("ImportFields", "Stage"), "stage"),
)


class CsvMappingDialog(FormDialog[list[tuple[str, str]]]):
    """Which column holds what: one row per column (its name, a field, its first values), and
    below, the first rows as they would be imported, updated as the choices change."""

    def __init__(
        self,
        controller: JournalController,
        path: Path,
        peek: CsvPeek,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            controller,
            self.tr("Import CSV"),
            "import",
            parent,
            heading=self.tr("Which column is which?"),
        )
        self.path = path
        self.peek = peek
        self.save_button.setText(self.tr("&Next"))
        self.save_button.setToolTip(self.tr("Show what the import would do (Enter)"))
        intro = QLabel(
            self.tr(
                "Customer Journal doesn't know the columns of {name}. Choose what each column holds; columns left out are not imported. A contact needs at least a name, a company, an email or a phone."
            ).format(name=path.name)
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)

        self.columns = _table((self.tr("Column"), self.tr("Imports as"), self.tr("First values")))
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns.setAccessibleName(self.tr("Columns"))
        self.combos: list[QComboBox] = []
        guesses = _csvio().guess_mapping(peek.header)
        for i, column in enumerate(peek.header):
            self.columns.insertRow(i)
            self.columns.setItem(
                i, 0, _item(column or self.tr("(column {value})").format(value=i + 1))
            )
            combo = QComboBox()
            for label, target in FIELD_CHOICES:
                combo.addItem(QCoreApplication.translate("ImportFields", label), target)
            combo.setCurrentIndex(max(combo.findData(guesses[i]), 0))
            combo.setAccessibleName(self.tr("Imports {column} as").format(column=column))
            combo.currentIndexChanged.connect(self._refresh)
            self.columns.setCellWidget(i, 1, combo)
            self.combos.append(combo)
            values = [r[i].strip() for r in peek.rows if i < len(r) and r[i].strip()]
            self.columns.setItem(i, 2, _item(" · ".join(v.replace("\n", " ") for v in values[:3])))
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.columns.setMinimumHeight(self._rows_height(self.columns, min(len(peek.header), 8)))
        self.body.addWidget(self.columns, 2)

        self.body.addSpacing(6)
        self.body.addWidget(QLabel(self.tr("The first rows, as they would be imported:")))
        self.preview = _table(
            (
                self.tr("Name"),
                self.tr("Company"),
                self.tr("Job title"),
                self.tr("Emails"),
                self.tr("Phones"),
                self.tr("Other"),
            )
        )
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setMinimumHeight(self._rows_height(self.preview, max(len(peek.rows), 2)))
        self.body.addWidget(self.preview, 1)
        self.preview_note = hint_label()
        self.body.addWidget(self.preview_note)
        self.finish_layout()
        if self.combos:
            self.combos[0].setFocus()
        self.resize(max(self.width(), 760), max(self.height(), 560))
        self._refresh()

    @staticmethod
    def _rows_height(table: QTableWidget, rows: int) -> int:
        return (
            table.horizontalHeader().sizeHint().height()
            + rows * table.verticalHeader().defaultSectionSize()
            + 4
        )

    def mapping(self) -> list[tuple[str, str]]:
        """The chosen (field, column) pairs, in the file's column order."""
        pairs = []
        for column, combo in zip(self.peek.header, self.combos, strict=True):
            target = combo.currentData()
            if target:
                pairs.append((target, column))
        return pairs

    def _sample(self) -> bytes:
        """The header and first rows as a small CSV file, read by the real CSV reader."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(self.peek.header)
        writer.writerows(self.peek.rows)
        return out.getvalue().encode("utf-8")

    def _refresh(self) -> None:
        self.preview.setRowCount(0)
        pairs = self.mapping()
        if not pairs:
            self.preview_note.setText(self.tr("Choose at least the column that holds the name."))
            return
        try:
            contacts = _csvio().read_csv(self._sample(), name=self.path.name, mapping=pairs)
        except UserError as exc:
            self.preview_note.setText(say(exc.message))
            return
        for record in contacts.records:
            row = self.preview.rowCount()
            self.preview.insertRow(row)
            other = [p.value for p in record.points if p.kind in ("address", "url")]
            other += [f"#{t}" for t in record.tags]
            if record.birthday:
                other.append(record.birthday.fact_text())
            for col, text in enumerate(
                (
                    record.name,
                    record.company or "",
                    record.role or "",
                    ", ".join(record.emails),
                    ", ".join(record.phones),
                    "; ".join(other),
                )
            ):
                self.preview.setItem(row, col, _item(text))
        self.preview.resizeColumnsToContents()
        skipped = len(contacts.skipped)
        self.preview_note.setText(
            Words.tr(
                "%n row(s) of these would be skipped: no name, company, email or phone.",
                "",
                skipped,
            )
            if skipped
            else ""
        )

    def save(self) -> list[tuple[str, str]]:
        pairs = self.mapping()
        if not pairs:
            raise UserError(
                self.tr(
                    "Choose at least the column that holds the name (or the company, "
                    "an email or a phone)."
                )
            )
        _csvio().layout_for(self.peek.header, pairs)  # the importer's own check, its sentence
        return pairs


_ACTION_TITLES = {
    "add": QT_TRANSLATE_NOOP("ImportPreview", "New customers"),
    "merge": QT_TRANSLATE_NOOP("ImportPreview", "Merged into customers you have"),
    "skip": QT_TRANSLATE_NOOP("ImportPreview", "Skipped"),
}
_ACTION_COLORS = {"add": "#1f7a4d", "merge": "#2f6f8f", "skip": "#6b7580"}
_ACTION_COLORS_DARK = {"add": "#6fcf97", "merge": "#7fb8d6", "skip": "#a0a8b0"}


# The plan's type named as text: ops/imports.py (and SQLAlchemy) loads at the first import.
class ImportPreviewDialog(FormDialog["ops.imports.ImportPlan"]):
    """What an import would do: counts, then the contacts grouped by what happens to each."""

    def __init__(
        self,
        controller: JournalController,
        plan: ops.imports.ImportPlan,
        parent: QWidget | None = None,
    ) -> None:
        name = plan.source.path.name if plan.source.path else self.tr("the file")
        super().__init__(
            controller,
            self.tr("Import"),
            "import",
            parent,
            heading=self.tr("Import {name}").format(name=name),
        )
        self.plan = plan
        self.save_button.setText(self.tr("&Import"))
        self.save_button.setToolTip(self.tr("Import into the journal (Enter)"))
        kind = QCoreApplication.translate(
            "ImportPreview", SOURCE_TITLES.get(plan.source.format, plan.source.format)
        )
        total = len(plan.items)
        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        bold = self.summary.font()
        bold.setBold(True)
        self.summary.setFont(bold)
        self.body.addWidget(self.summary)
        detail = hint_label()
        detail.setText(Words.tr("{kind} · %n contact(s) in the file", "", total).format(kind=kind))
        self.body.addWidget(detail)
        if plan.keeps_ids:
            note = QLabel(
                self.tr(
                    "The journal has no customers yet, so it takes this file as it is: "
                    "every customer with their ids, dates and the file's settings."
                )
            )
            note.setWordWrap(True)
            self.body.addWidget(note)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Contact"), self.tr("From"), self.tr("What happens")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("What the import would do"))
        self.groups: dict[str, QTreeWidgetItem] = {}
        for action in ("add", "merge", "skip"):
            items = [i for i in plan.items if i.action == action]
            if not items:
                continue
            title = QCoreApplication.translate("ImportPreview", _ACTION_TITLES[action])
            group = QTreeWidgetItem([f"{title} ({len(items)})"])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            colors = _ACTION_COLORS_DARK if theme.is_dark() else _ACTION_COLORS
            group.setForeground(0, QColor(colors[action]))
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)  # only takes once the item is in the tree
            group.addChildren([self._row(i) for i in items])
            # A long list of skipped duplicates is rarely what the user wants to read first.
            group.setExpanded(action != "skip" or len(items) <= 20)
            self.groups[action] = group
        header = self.tree.header()
        header.setStretchLastSection(True)
        self.tree.setColumnWidth(0, 230)
        self.tree.setColumnWidth(1, 80)
        self.body.addWidget(self.tree, 1)

        if plan.warnings:
            caption = QLabel(
                self.tr("Notes on the file ({warnings}):").format(warnings=len(plan.warnings))
            )
            self.body.addWidget(caption)
            self.notes = QPlainTextEdit("\n".join(app_sentence(w) for w in plan.warnings))
            self.notes.setReadOnly(True)
            shown = min(len(plan.warnings), 4)
            self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * shown + 14)
            self.body.addWidget(self.notes)
        self.finish_layout()
        if plan.added + plan.merged == 0:
            self.save_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Close"))  # there is nothing to cancel
        self.save_button.setFocus()
        self.resize(max(self.width(), 720), max(self.height(), 480))

    def _summary(self) -> str:
        p = self.plan
        if p.added + p.merged == 0:
            return Words.tr(
                "Nothing to import: every contact in the file is already in the journal "
                "or can't be imported (%n contact(s) skipped).",
                "",
                p.skipped,
            )
        added = Words.tr("%n new customer(s)", "", p.added)
        merged = Words.tr("%n contact(s) into customers you have", "", p.merged)
        if p.added and p.merged:
            text = self.tr("The import would add {added} and merge {merged}.").format(
                added=added, merged=merged
            )
        elif p.added:
            text = self.tr("The import would add {added}.").format(added=added)
        else:
            text = self.tr("The import would merge {merged}.").format(merged=merged)
        if p.skipped:
            text += " " + Words.tr("%n contact(s) are skipped.", "", p.skipped)
        return text

    @staticmethod
    def _row(item: ops.imports.PlanItem) -> QTreeWidgetItem:
        who = item.name + (f" ({item.company})" if item.company else "")
        target = (
            f"#{item.target_id} {item.target_name}" if item.target_id else item.target_name or ""
        )
        if item.action == "add":
            what = QCoreApplication.translate("ImportPreviewDialog", "New customer")
        elif item.action == "merge":
            what = QCoreApplication.translate(
                "ImportPreviewDialog", "Into {target} ({reason}): {changes}"
            ).format(target=target, reason=item.reason, changes="; ".join(item.changes))
        else:
            what = f"{item.reason.capitalize()}" + (
                QCoreApplication.translate("ImportPreviewDialog", " — already {target}").format(
                    target=target
                )
                if target
                else ""
            )
        row = QTreeWidgetItem([who, item.source, what])
        row.setToolTip(2, what)
        row.setToolTip(0, who)
        return row

    def save(self) -> ops.imports.ImportPlan:
        return self.plan


class ImportFlow(TransferBase):
    """File > Import…, from choosing the file to the refreshed list."""

    def ask_import_path(self) -> Path | None:
        name = file_dialogs.open_file_name(
            self.window, self.tr("Import"), self._last_folder(), ";;".join(IMPORT_FILTERS)
        )
        return Path(name) if name else None

    def import_file(self, path: Path | str | None = None) -> None:
        """File > Import…: the whole flow, from choosing the file to the refreshed list."""
        chosen = Path(path) if path is not None else self.ask_import_path()
        if chosen is None:
            return
        self._remember_folder(chosen)
        try:
            fmt = ops.imports.format_of(chosen)
        except UserError:
            self.tell(
                self.tr(
                    "Customer Journal can't tell what kind of file {name} is from its name: it imports vCard (.vcf), CSV (.csv) and Customer Journal JSON (.json) files."
                ).format(name=chosen.name)
            )
            self.finished.emit("import", None)
            return
        if fmt == "csv":

            def peeked(peek: CsvPeek) -> None:
                if task.cancelled:
                    self.finished.emit("import", None)
                else:
                    self._csv_peeked(chosen, peek)

            task = self._run(
                self.tr("Reading {name}…").format(name=chosen.name),
                lambda _r: peek_csv(chosen),
                peeked,
                self._failed("import"),
                steps=False,
            )
        else:
            self._read_and_plan(chosen, fmt, None)

    def _csv_peeked(self, path: Path, peek: CsvPeek) -> None:
        if peek.layout is not None:
            self._read_and_plan(path, "csv", None)
            return
        dialog = CsvMappingDialog(self.controller, path, peek, self.window)
        dialog.accepted.connect(lambda: self._read_and_plan(path, "csv", dialog.result_value))
        dialog.rejected.connect(lambda: self.finished.emit("import", None))
        self._show(dialog)

    def _read_and_plan(self, path: Path, fmt: str, mapping: list[tuple[str, str]] | None) -> None:
        journal = self.controller.journal
        today = self.controller.today()

        def work(_report: Any) -> ops.imports.ImportPlan:
            # Reading and planning only read: cancelling here just drops the answer.
            source = ops.imports.read_source(path, format=fmt, mapping=mapping)
            return ops.imports.plan_import(journal, source, today=today)

        def planned(plan: ops.imports.ImportPlan) -> None:
            if task.cancelled:
                self.status(self.tr("Import cancelled: nothing was written."))
                self.finished.emit("import", None)
                return
            dialog = ImportPreviewDialog(self.controller, plan, self.window)
            dialog.accepted.connect(lambda: self._apply(plan))

            def declined() -> None:
                self.status(self.tr("Nothing was imported."))
                self.finished.emit("import", None)

            dialog.rejected.connect(declined)
            self._show(dialog)

        def failed(exc: UserError, failed_task: Task) -> None:
            if failed_task.cancelled:
                self.finished.emit("import", None)
                return
            self._failed("import")(exc, failed_task)

        task = self._run(
            self.tr("Reading {name}…").format(name=path.name), work, planned, failed, steps=False
        )

    def _apply(self, plan: ops.imports.ImportPlan) -> None:
        journal = self.controller.journal
        today = self.controller.today()
        name = plan.source.path.name if plan.source.path else self.tr("the file")

        def work(report: Callable[[int, int], bool]) -> ops.imports.ImportResult:
            return ops.imports.apply_import(journal, plan, progress=report, today=today)

        def done(result: ops.imports.ImportResult) -> None:
            if result.cancelled:
                self.status(say(result.message))
            else:
                self.controller.announce(result)
            self.finished.emit("import", result)

        self._run(
            self.tr("Importing {name}…").format(name=name), work, done, self._failed("import")
        )
