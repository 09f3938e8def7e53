"""Getting data in and out, and keeping it safe, in the app: File > Import, Export, Back Up Now,
Restore from Backup, the automatic daily backup, and Customer > Erase Customer.

`TransferActions(window)` adds the menu entries to a MainWindow and runs each flow:

- **Import** (Ctrl+Shift+I): pick a file; a CSV whose columns Customer Journal doesn't know gets
  a mapping step (`CsvMappingDialog`); the file is read and planned in a worker; the preview
  (`ImportPreviewDialog`) says what would be added, merged and skipped; Import applies the plan
  in a worker behind a progress dialog whose Cancel rolls the whole import back.
- **Export** (Ctrl+Shift+E): the format follows the file type chosen (CSV, vCard 4.0, JSON,
  iCalendar). The exporter reports no progress, so the dialog shows a busy bar; Cancel is honest
  all the same: the export is written to a temporary file beside the target, which replaces the
  target only if the user did not cancel.
- **Backups**: `backup_now` into the backup folder (then rotated, as the command line does);
  `auto_backup` once a day in a worker (after start-up's quick check, then hourly while the app
  stays open) and synchronously on close, once every worker has finished.
- **Restore** (`RestoreDialog`): the backups with dates and sizes, or any other backup file;
  confirmed; the journal is closed, restored in a worker (`store.backup.restore` takes the
  safety copy first) and reopened; the controller gets the new Journal, so every view keeps its
  place and simply reloads. Reopening in place rather than restarting the window keeps the
  single-instance socket, the window's layout and the tray as they are, and is what a user
  expects of "restore": the same window, showing the restored data.
- **Erase**: a confirmation naming the customer, saying it can't be undone and how many backups
  still hold them, with a checkbox to erase them there too (`ops.forget_customer`, then
  `store.backup.erase_from_backups`, as `custjournal forget --backups` does).

Every dialog here is opened window-modal with `open()`, never `exec()`: the window keeps
painting, and tests drive each dialog as a person would (`dialog_opened` hands it over).
QFileDialog can't be driven offscreen, so every flow takes an optional path, and the file
choosers are small methods (`ask_import_path`, ...) a test can replace.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from custjournal import APP_TITLE, ops, paths
from custjournal.domain.errors import UserError
from custjournal.domain.text import plural
from custjournal.gui import theme
from custjournal.gui.controller import JournalController, Task
from custjournal.gui.forms import FormDialog, hint_label
from custjournal.interop import csvio, exporting, files
from custjournal.logs import log_bug
from custjournal.ops import imports
from custjournal.store import backup

__all__ = [
    "AUTO_BACKUP_EVERY_MS",
    "CsvMappingDialog",
    "ImportPreviewDialog",
    "RestoreDialog",
    "TransferActions",
    "export_target",
    "guess_mapping",
    "peek_csv",
]

# The daily backup is looked at hourly while the app stays open: auto_backup makes at most one
# a day, so an app left open over midnight still backs up the new day.
AUTO_BACKUP_EVERY_MS = 60 * 60 * 1000
# How long closing may wait for running work before it gives up on the closing backup.
CLOSE_WAIT_MS = 60_000

IMPORT_FILTERS = (
    "Contacts and journals (*.vcf *.vcard *.csv *.json)",
    "vCard (*.vcf *.vcard)",
    "CSV (*.csv)",
    "Customer Journal JSON (*.json)",
    "All files (*)",
)
# (filter shown in the save dialog, its extension, the exporter's format)
EXPORT_TYPES = (
    ("CSV — customers (*.csv)", ".csv", "csv"),
    ("vCard 4.0 — customers (*.vcf)", ".vcf", "vcard"),
    ("JSON — the whole journal (*.json)", ".json", "json"),
    ("iCalendar — reminders and promises (*.ics)", ".ics", "ics"),
)
SOURCE_TITLES = {
    "vcard": "vCard",
    "json": "Customer Journal JSON",
    "csv:custjournal": "Customer Journal CSV",
    "csv:google": "Google Contacts CSV",
    "csv:outlook": "Outlook CSV",
    "csv:mapped": "CSV, with your column choices",
}
# Hints the interop layer writes for the command line; in the app the mapping step does that.
_CLI_HINTS = (" (map them with --map to keep them)",)


def for_app(text: str) -> str:
    """A sentence from the interop layer, without the command-line advice it may carry."""
    for hint in _CLI_HINTS:
        text = text.replace(hint, "")
    return text


def size_text(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{max(1, round(size / 1000))} kB"


def when_text(moment: dt.datetime) -> str:
    """A backup's time in the user's own time zone: 'Mon 14 Mar 2026, 09:30'."""
    local = moment.astimezone()
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M}"


# --- CSV: a first look, and a guess at which column is which --------------------------------


@dataclass(frozen=True)
class CsvPeek:
    """What the mapping step shows: the header, the first rows, and the layout if known."""

    header: list[str]
    rows: list[list[str]]
    layout: str | None  # "custjournal", "google", "outlook", or None: a mapping is needed


def peek_csv(path: Path, rows: int = 5) -> CsvPeek:
    """The header and the first *rows* rows, as the importer reads them (UserError naming the
    line for a file it can't read)."""
    header, first_rows = csvio.peek(path, rows)
    return CsvPeek(header, first_rows, csvio.detect_layout(header))


# Field choices in the mapping step: (label shown, mapping target). The labelled phone and email
# entries carry the label into the journal ("mobile", "work"), as `--map phone:mobile=...` does.
FIELD_CHOICES: tuple[tuple[str, str | None], ...] = (
    ("Leave out", None),
    ("Full name", "name"),
    ("First name", "first_name"),
    ("Middle name", "middle_name"),
    ("Last name", "last_name"),
    ("Name prefix", "prefix"),
    ("Name suffix", "suffix"),
    ("Company", "company"),
    ("Job title", "role"),
    ("Email", "email"),
    ("Email (work)", "email:work"),
    ("Email (home)", "email:home"),
    ("Phone", "phone"),
    ("Phone (mobile)", "phone:mobile"),
    ("Phone (work)", "phone:work"),
    ("Phone (home)", "phone:home"),
    ("Address", "address"),
    ("Web address", "url"),
    ("Notes", "notes"),
    ("Birthday", "birthday"),
    ("Tags", "tags"),
    ("Stage", "stage"),
)
# Words in a column's name, most telling first, and the field they suggest.
_GUESSES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("e-mail", "email", "mail"), "email"),
    (("mobil", "cell", "handy"), "phone:mobile"),
    (("phone", "tel", "fax"), "phone"),
    (("first", "given", "forename", "vorname", "prénom", "prenom"), "first_name"),
    (("last", "surname", "family", "nachname"), "last_name"),
    (("middle",), "middle_name"),
    (
        (
            "company",
            "organisation",
            "organization",
            "firm",
            "business",
            "employer",
            "account",
            "firma",
            "société",
            "societe",
            "entreprise",
        ),
        "company",
    ),
    (("job", "title", "role", "position"), "role"),
    (("birth", "dob", "born", "geburt"), "birthday"),
    (("address", "street", "adresse"), "address"),
    (("web", "url", "homepage", "site"), "url"),
    (("note", "notiz", "comment", "remark", "bemerkung", "memo"), "notes"),
    (("tag", "label", "group", "categor"), "tags"),
    (("stage",), "stage"),
    (("name", "contact", "customer", "client", "person"), "name"),
)
# Fields one column fills; a second column with the same guess is left out rather than ignored.
_SINGLE = {
    "name",
    "first_name",
    "middle_name",
    "last_name",
    "company",
    "role",
    "birthday",
    "notes",
    "stage",
}


def guess_mapping(header: Sequence[str]) -> list[str | None]:
    """A first guess for each column (a mapping target or None), from the column's name."""
    taken: set[str] = set()
    out: list[str | None] = []
    for column in header:
        key = " ".join(column.casefold().replace("_", " ").split())
        guess = None
        for words, target in _GUESSES:
            # A word must start where a word of the column's name starts: "Geburtstag" is a
            # birthday, not a tag.
            if any(re.search(rf"(?<![^\W\d_]){re.escape(w)}", key) for w in words):
                guess = target
                break
        if guess in _SINGLE and guess in taken:
            guess = None
        if guess is not None:
            taken.add(guess)
        out.append(guess)
    return out


def export_target(name: str, chosen_filter: str | None) -> Path:
    """The file to write: the name as typed, with the chosen type's extension if it has none of
    the export extensions (a user who picks "vCard" and types "clients" means clients.vcf)."""
    path = Path(name)
    known = {ext for _f, ext, _fmt in EXPORT_TYPES} | {".vcard"}
    if path.suffix.casefold() in known:
        return path
    for title, ext, _fmt in EXPORT_TYPES:
        if title == chosen_filter:
            return path.with_name(path.name + ext)
    return path.with_name(path.name + ".csv")


# --- dialogs -----------------------------------------------------------------------------------


def _table(columns: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    return table


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    return item


class CsvMappingDialog(FormDialog):
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
            controller, "Import CSV", "import", parent, heading="Which column is which?"
        )
        self.path = path
        self.peek = peek
        self.save_button.setText("&Next")
        self.save_button.setToolTip("Show what the import would do (Enter)")
        intro = QLabel(
            f"Customer Journal doesn't know the columns of {path.name}. Choose what each column "
            "holds; columns left out are not imported. A contact needs at least a name, a "
            "company, an email or a phone."
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)

        self.columns = _table(("Column", "Imports as", "First values"))
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns.setAccessibleName("Columns")
        self.combos: list[QComboBox] = []
        guesses = guess_mapping(peek.header)
        for i, column in enumerate(peek.header):
            self.columns.insertRow(i)
            self.columns.setItem(i, 0, _item(column or f"(column {i + 1})"))
            combo = QComboBox()
            for label, target in FIELD_CHOICES:
                combo.addItem(label, target)
            combo.setCurrentIndex(max(combo.findData(guesses[i]), 0))
            combo.setAccessibleName(f"Imports {column} as")
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
        self.body.addWidget(QLabel("The first rows, as they would be imported:"))
        self.preview = _table(("Name", "Company", "Job title", "Emails", "Phones", "Other"))
        self.preview.setAccessibleName("Preview")
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
            self.preview_note.setText("Choose at least the column that holds the name.")
            return
        try:
            contacts = csvio.read_csv(self._sample(), name=self.path.name, mapping=pairs)
        except UserError as exc:
            self.preview_note.setText(exc.message)
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
            f"{plural(skipped, 'row')} of these would be skipped: no name, company, email or phone."
            if skipped
            else ""
        )

    def save(self) -> list[tuple[str, str]]:
        pairs = self.mapping()
        if not pairs:
            raise UserError(
                "Choose at least the column that holds the name (or the company, "
                "an email or a phone)."
            )
        csvio.layout_for(self.peek.header, pairs)  # the importer's own check, its sentence
        return pairs


_ACTION_TITLES = {
    "add": "New customers",
    "merge": "Merged into customers you have",
    "skip": "Skipped",
}
_ACTION_COLORS = {"add": "#1f7a4d", "merge": "#2f6f8f", "skip": "#6b7580"}
_ACTION_COLORS_DARK = {"add": "#6fcf97", "merge": "#7fb8d6", "skip": "#a0a8b0"}


class ImportPreviewDialog(FormDialog):
    """What an import would do: counts, then the contacts grouped by what happens to each."""

    def __init__(
        self, controller: JournalController, plan: imports.ImportPlan, parent: QWidget | None = None
    ) -> None:
        name = plan.source.path.name if plan.source.path else "the file"
        super().__init__(controller, "Import", "import", parent, heading=f"Import {name}")
        self.plan = plan
        self.save_button.setText("&Import")
        self.save_button.setToolTip("Import into the journal (Enter)")
        kind = SOURCE_TITLES.get(plan.source.format, plan.source.format)
        total = len(plan.items)
        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        bold = self.summary.font()
        bold.setBold(True)
        self.summary.setFont(bold)
        self.body.addWidget(self.summary)
        detail = hint_label()
        detail.setText(f"{kind} · {plural(total, 'contact')} in the file")
        self.body.addWidget(detail)
        if plan.keeps_ids:
            note = QLabel(
                "The journal has no customers yet, so it takes this file as it is: "
                "every customer with their ids, dates and the file's settings."
            )
            note.setWordWrap(True)
            self.body.addWidget(note)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Contact", "From", "What happens"])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName("What the import would do")
        self.groups: dict[str, QTreeWidgetItem] = {}
        for action in ("add", "merge", "skip"):
            items = [i for i in plan.items if i.action == action]
            if not items:
                continue
            group = QTreeWidgetItem([f"{_ACTION_TITLES[action]} ({len(items)})"])
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
            caption = QLabel(f"Notes on the file ({len(plan.warnings)}):")
            self.body.addWidget(caption)
            self.notes = QPlainTextEdit("\n".join(for_app(w) for w in plan.warnings))
            self.notes.setReadOnly(True)
            shown = min(len(plan.warnings), 4)
            self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * shown + 14)
            self.body.addWidget(self.notes)
        self.finish_layout()
        if plan.added + plan.merged == 0:
            self.save_button.setEnabled(False)
            self.cancel_button.setText("Close")  # there is nothing to cancel
        self.save_button.setFocus()
        self.resize(max(self.width(), 720), max(self.height(), 480))

    def _summary(self) -> str:
        p = self.plan
        if p.added + p.merged == 0:
            return (
                "Nothing to import: every contact in the file is already in the journal "
                f"or can't be imported ({plural(p.skipped, 'contact')} skipped)."
            )
        doing = []
        if p.added:
            doing.append(f"add {plural(p.added, 'new customer')}")
        if p.merged:
            doing.append(
                f"merge {plural(p.merged, 'contact')} into "
                + ("a customer" if p.merged == 1 else "customers")
                + " you have"
            )
        text = "The import would " + " and ".join(doing) + "."
        if p.skipped:
            text += f" {plural(p.skipped, 'contact')} {'is' if p.skipped == 1 else 'are'} skipped."
        return text

    @staticmethod
    def _row(item: imports.PlanItem) -> QTreeWidgetItem:
        who = item.name + (f" ({item.company})" if item.company else "")
        target = (
            f"#{item.target_id} {item.target_name}" if item.target_id else item.target_name or ""
        )
        if item.action == "add":
            what = "New customer"
        elif item.action == "merge":
            what = f"Into {target} ({item.reason}): {'; '.join(item.changes)}"
        else:
            what = f"{item.reason.capitalize()}" + (f" — already {target}" if target else "")
        row = QTreeWidgetItem([who, item.source, what])
        row.setToolTip(2, what)
        row.setToolTip(0, who)
        return row

    def save(self) -> imports.ImportPlan:
        return self.plan


class RestoreDialog(FormDialog):
    """The journal's backups, newest first, with when, what and how big; or another file."""

    def __init__(
        self,
        controller: JournalController,
        backups: list[backup.BackupInfo],
        ask_file: Callable[[], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            controller, "Restore from Backup", "backup", parent, heading="Restore from a backup"
        )
        self.backups = backups
        self.ask_file = ask_file
        self.other: Path | None = None
        self.save_button.setText("&Restore…")
        self.save_button.setToolTip("Replace the journal with the chosen backup (asks first)")
        folder = paths.backup_dir(controller.journal.path)
        if backups:
            text = (
                "Choose the backup to go back to. Before anything is replaced, the journal as it "
                "is now is saved as a backup too, so a restore can itself be undone (that copy "
                f"is kept {backup.SAFETY_DAYS} days, or until you delete it)."
            )
        else:
            text = (
                "There are no backups of this journal yet. They are made once a day while the "
                f"app is used, and by File > Back Up Now, in {folder}.\n\nTo restore a backup "
                "kept somewhere else, choose Other File…"
            )
        self.intro = QLabel(text)
        self.intro.setWordWrap(True)
        self.body.addWidget(self.intro)
        self.table = _table(("Taken", "Kind", "Size"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName("Backups")
        for info in backups:
            row = self.table.rowCount()
            self.table.insertRow(row)
            kind = "Before a restore" if info.kind == "before-restore" else "Regular"
            self.table.setItem(row, 0, _item(when_text(info.taken_at)))
            self.table.setItem(row, 1, _item(kind))
            size = _item(size_text(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 2, size)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.body.addWidget(self.table, 1)
        self.table.setVisible(bool(backups))
        self.other_button = QPushButton("&Other File…")
        self.other_button.setToolTip("Restore a backup kept somewhere else (a USB stick, ...)")
        self.other_button.clicked.connect(self._choose_other)
        self._buttons.addButton(self.other_button, self._buttons.ButtonRole.ResetRole)
        self.finish_layout()
        if backups:
            self.table.selectRow(0)
            self.table.setFocus()
            self.resize(max(self.width(), 520), max(self.height(), 360))
        else:
            self.save_button.setEnabled(False)
            self.other_button.setFocus()
            self.resize(max(self.width(), 520), self.height())

    def _choose_other(self) -> None:
        chosen = self.ask_file()
        if chosen is not None:
            self.other = chosen
            self.accept()

    def selected(self) -> Path | None:
        if self.other is not None:
            return self.other
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()].path if rows else None

    def save(self) -> Path:
        chosen = self.selected()
        if chosen is None:
            raise UserError("Choose the backup to restore.")
        return chosen


# --- the actions -------------------------------------------------------------------------------


class TransferActions(QObject):
    """The menu entries and flows of this module, attached to one main window."""

    dialog_opened = Signal(object)  # a dialog or message box a flow just opened
    finished = Signal(str, object)  # (flow, its result): "import", "export", "backup", ...

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller: JournalController = window.controller  # type: ignore[attr-defined]
        self.settings = QSettings()
        self.dialog: QWidget | None = None  # the dialog a flow has open (tests look at it)
        self.progress: QProgressDialog | None = None
        self.damaged = False  # set by the start-up check: no automatic backup of a damaged file
        self._backup_failure_told = False
        self._auto_timer = QTimer(self)
        self._auto_timer.setInterval(AUTO_BACKUP_EVERY_MS)
        self._auto_timer.timeout.connect(self.auto_backup)
        self._build_actions()

    # --- menus -------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: str | None,
        icon_name: str | None,
        tip: str,
    ) -> QAction:
        action = QAction(text, self.window)
        if icon_name:
            action.setIcon(theme.icon(icon_name))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        w = self.window
        self.act_import = self._action(
            "&Import…",
            self.import_file,
            "Ctrl+Shift+I",
            "import",
            "Import contacts from vCard or CSV, or a journal from JSON (Ctrl+Shift+I)",
        )
        self.act_export = self._action(
            "&Export…",
            self.export_file,
            "Ctrl+Shift+E",
            "export",
            "Export customers (CSV, vCard), the journal (JSON) or reminders (iCalendar)",
        )
        # No ellipsis: it asks nothing more, it backs up into the backup folder at once.
        self.act_backup = self._action(
            "&Back Up Now",
            self.backup_now,
            None,
            "backup",
            "Back up the journal into its backup folder now",
        )
        self.act_restore = self._action(
            "&Restore from Backup…",
            self.restore,
            None,
            None,
            "Replace the journal with one of its backups",
        )
        self.act_erase = self._action(
            "E&rase Customer…",
            self.erase_customer,
            None,
            "delete",
            "Erase this customer and everything logged about them, for good",
        )
        file_menu = w.file_menu  # type: ignore[attr-defined]
        quit_action = w.act_quit  # type: ignore[attr-defined]
        for action in (self.act_import, self.act_export):
            file_menu.insertAction(quit_action, action)
        file_menu.insertSeparator(quit_action)
        for action in (self.act_backup, self.act_restore):
            file_menu.insertAction(quit_action, action)
        file_menu.insertSeparator(quit_action)
        w.customer_menu.addSeparator()  # type: ignore[attr-defined]
        w.customer_menu.addAction(self.act_erase)  # type: ignore[attr-defined]
        # Enabled with the other customer actions, when a customer is selected.
        w.customer_actions.append(self.act_erase)  # type: ignore[attr-defined]
        # The welcome panel's "Import contacts…" triggers this.
        w.act_import = self.act_import  # type: ignore[attr-defined]

    # --- small helpers ------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self.controller.journal.path

    def _show(self, dialog: QWidget) -> None:
        # Each flow makes its dialogs afresh: freed once closed, or every import would leave
        # one more hidden dialog under the window.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]
        self.dialog_opened.emit(dialog)

    def _forget_dialog(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def tell(
        self,
        text: str,
        *,
        title: str = APP_TITLE,
        icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    ) -> QMessageBox:
        """A sentence in a window-modal message box (not exec: the window keeps painting)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        self._show(box)
        return box

    def status(self, text: str, msecs: int = 10_000) -> None:
        self.window.statusBar().showMessage(text, msecs)

    def _last_folder(self) -> str:
        folder = self.settings.value("transfer/folder", "")
        if folder and Path(str(folder)).is_dir():
            return str(folder)
        return QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())

    def _remember_folder(self, path: Path) -> None:
        self.settings.setValue("transfer/folder", str(path.parent))

    def _run(
        self,
        label: str,
        work: Callable[[Callable[[int, int], bool]], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[UserError, Task], None],
        *,
        cancellable: bool = True,
        steps: bool = True,
    ) -> Task:
        """Run *work* in the controller's worker with a window-modal progress dialog.

        The dialog appears only if the work takes longer than a moment, so a quick export
        doesn't flash a window. *steps* False: a busy bar (the work reports no progress).
        """
        progress = QProgressDialog(label, "Cancel" if cancellable else "", 0, 0, self.window)
        progress.setWindowTitle(APP_TITLE)
        progress.setMinimumWidth(380)  # room for a file name in the label
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        if not cancellable:
            progress.setCancelButton(None)
        progress.setValue(0)
        self.progress = progress
        task: Task | None = None

        def finish() -> None:
            # hide(), not close(): closing a QProgressDialog emits canceled.
            progress.hide()
            progress.deleteLater()
            if self.progress is progress:
                self.progress = None

        def done(result: Any) -> None:
            finish()
            on_done(result)

        def failed(exc: UserError) -> None:
            finish()
            assert task is not None
            on_failed(exc, task)

        def advance(done_steps: int, total: int) -> None:
            if task is None or task.cancelled or not steps or total <= 0:
                return
            progress.setMaximum(total)
            progress.setValue(min(done_steps, total))

        task = self.controller.run_task(work, done, failed, advance)
        progress.canceled.connect(task.cancel)
        progress.canceled.connect(lambda: self.status("Cancelling…", 0))
        return task

    def _failed(self, flow: str) -> Callable[[UserError, Task], None]:
        def failed(exc: UserError, _task: Task) -> None:
            self.tell(for_app(exc.message))
            self.finished.emit(flow, exc)

        return failed

    # --- import --------------------------------------------------------------------------------

    def ask_import_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, "Import", self._last_folder(), ";;".join(IMPORT_FILTERS)
        )
        return Path(name) if name else None

    def import_file(self, path: Path | str | None = None) -> None:
        """File > Import…: the whole flow, from choosing the file to the refreshed list."""
        chosen = Path(path) if path is not None else self.ask_import_path()
        if chosen is None:
            return
        self._remember_folder(chosen)
        try:
            fmt = imports.format_of(chosen)
        except UserError:
            self.tell(
                f"Customer Journal can't tell what kind of file {chosen.name} is from its "
                "name: it imports vCard (.vcf), CSV (.csv) and Customer Journal JSON "
                "(.json) files."
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
                f"Reading {chosen.name}…",
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

        def work(_report: Any) -> imports.ImportPlan:
            # Reading and planning only read: cancelling here just drops the answer.
            source = imports.read_source(path, format=fmt, mapping=mapping)
            return imports.plan_import(journal, source, today=today)

        def planned(plan: imports.ImportPlan) -> None:
            if task.cancelled:
                self.status("Import cancelled: nothing was written.")
                self.finished.emit("import", None)
                return
            dialog = ImportPreviewDialog(self.controller, plan, self.window)
            dialog.accepted.connect(lambda: self._apply(plan))
            dialog.rejected.connect(
                lambda: (self.status("Nothing was imported."), self.finished.emit("import", None))
            )
            self._show(dialog)

        def failed(exc: UserError, failed_task: Task) -> None:
            if failed_task.cancelled:
                self.finished.emit("import", None)
                return
            self._failed("import")(exc, failed_task)

        task = self._run(f"Reading {path.name}…", work, planned, failed, steps=False)

    def _apply(self, plan: imports.ImportPlan) -> None:
        journal = self.controller.journal
        today = self.controller.today()
        name = plan.source.path.name if plan.source.path else "the file"

        def work(report: Callable[[int, int], bool]) -> imports.ImportResult:
            return imports.apply_import(journal, plan, progress=report, today=today)

        def done(result: imports.ImportResult) -> None:
            if result.cancelled:
                self.status(result.message)
            else:
                self.controller.announce(result)
            self.finished.emit("import", result)

        self._run(f"Importing {name}…", work, done, self._failed("import"))

    # --- export --------------------------------------------------------------------------------

    def ask_export_path(self) -> Path | None:
        dialog = QFileDialog(self.window, "Export")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDirectory(self._last_folder())
        dialog.setNameFilters([title for title, _e, _f in EXPORT_TYPES])
        stem = f"{self.path.stem} {self.controller.today().isoformat()}"
        dialog.selectFile(stem + EXPORT_TYPES[0][1])
        dialog.setDefaultSuffix(EXPORT_TYPES[0][1].lstrip("."))

        def type_chosen(title: str) -> None:
            # The suggested name follows the chosen type, as users expect of a Save dialog.
            for t, ext, _fmt in EXPORT_TYPES:
                if t == title:
                    dialog.setDefaultSuffix(ext.lstrip("."))
                    dialog.selectFile(stem + ext)

        dialog.filterSelected.connect(type_chosen)
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        return export_target(dialog.selectedFiles()[0], dialog.selectedNameFilter())

    def export_file(self, path: Path | str | None = None) -> None:
        """File > Export…: the format follows the file's extension (the type chosen)."""
        target = Path(path) if path is not None else self.ask_export_path()
        if target is None:
            return
        self._remember_folder(target)
        try:
            # The save dialog asks before replacing a file, but never knows which are ours.
            files.refuse_journal_files(target, self.path)
        except UserError as exc:
            self.tell(exc.message)
            self.finished.emit("export", None)
            return
        try:
            fmt = exporting.export_format(target)
        except UserError:
            self.tell(
                f"Choose a file type for {target.name}: CSV (.csv), vCard (.vcf), "
                "JSON (.json) or iCalendar (.ics)."
            )
            self.finished.emit("export", None)
            return
        if not target.parent.is_dir():
            self.tell(f"The folder {target.parent} does not exist: choose another place.")
            self.finished.emit("export", None)
            return
        journal = self.controller.journal
        today = self.controller.today()
        # The exporter writes owner-only through its own temporary file; we give it one more
        # temporary name, so that a cancelled export never replaces the target.
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".export", dir=target.parent
        )
        os.close(fd)
        tmp = Path(tmp_name)

        def work(_report: Any) -> exporting.ExportResult:
            return exporting.export_file(journal, tmp, fmt, today=today)

        def done(result: exporting.ExportResult) -> None:
            if task.cancelled:
                tmp.unlink(missing_ok=True)
                self.status(f"Export cancelled: {target.name} was not written.")
                self.finished.emit("export", None)
                return
            try:
                os.replace(tmp, target)
            except OSError as exc:
                tmp.unlink(missing_ok=True)
                self.tell(f"Can't write {target}: {exc.strerror or exc}.")
                self.finished.emit("export", None)
                return
            self.status(result.message.replace(str(tmp), str(target)))
            self.finished.emit(
                "export",
                exporting.ExportResult(
                    target,
                    result.format,
                    result.count,
                    result.message.replace(str(tmp), str(target)),
                ),
            )

        def failed(exc: UserError, failed_task: Task) -> None:
            tmp.unlink(missing_ok=True)
            if failed_task.cancelled:
                self.finished.emit("export", None)
                return
            self.tell(exc.message.replace(str(tmp), str(target)))
            self.finished.emit("export", exc)

        task = self._run(f"Exporting to {target.name}…", work, done, failed, steps=False)

    # --- backups -------------------------------------------------------------------------------

    def backup_now(self) -> None:
        """File > Back Up Now: a backup into the backup folder, then the usual rotation."""
        journal = self.path

        def work(report: Callable[[int, int], bool]) -> backup.BackupInfo:
            return backup.back_up(journal, progress=report)

        def done(made: backup.BackupInfo) -> None:
            self.status(f"Backed up the journal to {made.path} ({size_text(made.size)}).")
            self.finished.emit("backup", made.path)

        def failed(exc: UserError, task: Task) -> None:
            if task.cancelled or isinstance(exc, backup.BackupCancelled):
                self.status("Backup cancelled: nothing was written.")
                self.finished.emit("backup", None)
                return
            self._failed("backup")(exc, task)

        self._run("Backing up the journal…", work, done, failed)

    def start_auto_backups(self) -> None:
        """After a clean start-up check: the day's backup now, then a look every hour."""
        self.auto_backup(checked=True)  # the journal was checked a moment ago
        self._auto_timer.start()

    def auto_backup(self, checked: bool = False) -> Task | None:
        """The day's backup in a worker (at most one a day; never of a damaged journal)."""
        if self.damaged:
            return None
        journal = self.path

        def done(made: Path | None) -> None:
            if made is not None:
                self.status(f"Made today's backup of the journal ({made.name}).")
            self.finished.emit("auto-backup", made)

        def failed(exc: UserError) -> None:
            if isinstance(exc, backup.JournalDamaged):
                self.damaged = True
            # Told once a session: a backup that keeps failing (a full disk) is worth a box,
            # but not one an hour.
            if not self._backup_failure_told:
                self._backup_failure_told = True
                self.tell(f"Today's automatic backup could not be made. {for_app(exc.message)}")
            self.finished.emit("auto-backup", exc)

        return self.controller.run_task(
            lambda _r: backup.auto_backup(journal, checked=checked), done, failed
        )

    def on_close(self) -> Path | None:
        """The window is closing: once every worker has finished, the day's backup if due.

        Synchronous, because the process ends right after. A failure is logged, not shown:
        the user is leaving, and the next start tries again (and says so if it fails).
        """
        self._auto_timer.stop()
        if self.damaged:
            return None
        if not self.controller.wait_for_tasks(CLOSE_WAIT_MS):
            log_bug("closing backup skipped: work still running", exc_info=False)
            return None
        try:
            return backup.auto_backup(self.path)
        except UserError as exc:
            log_bug("closing backup failed: %s", exc.message, exc_info=False)
        except Exception:  # never keep the app from closing
            log_bug("closing backup failed")
        return None

    # --- restore -------------------------------------------------------------------------------

    def ask_backup_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            "Restore from a backup file",
            str(paths.backup_dir(self.path)),
            "Customer Journal backups (*.sqlite3 *.db);;All files (*)",
        )
        return Path(name) if name else None

    def restore(self, backup_file: Path | str | None = None) -> None:
        """File > Restore from Backup…: choose (unless given), confirm, restore, reopen."""
        if backup_file is not None:
            self._confirm_restore(Path(backup_file))
            return
        try:
            backups = backup.list_backups(self.path)
        except OSError as exc:
            self.tell(f"Can't read the backup folder: {exc.strerror or exc}.")
            return
        dialog = RestoreDialog(self.controller, backups, self.ask_backup_file, self.window)
        dialog.accepted.connect(lambda: self._confirm_restore(dialog.result_value))
        dialog.rejected.connect(lambda: self.finished.emit("restore", None))
        self._show(dialog)

    def _confirm_restore(self, chosen: Path, *, damaged: bool = False) -> None:
        taken = next((b.taken_at for b in backup.list_backups(self.path) if b.path == chosen), None)
        what = f"the backup taken {when_text(taken)}" if taken else str(chosen)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Restore from Backup",
            f"Replace the journal {self.path.name} with {what}?",
            parent=self.window,
        )
        if damaged:
            kept = (
                "The damaged journal is not lost: it is kept, under a name ending in "
                f"“-damaged.sqlite3”, in {paths.backup_dir(self.path)}."
            )
        else:
            kept = (
                "Anything added or changed since then will be gone from the journal, but not "
                "lost: the journal as it is now is saved first, as a backup marked “before a "
                "restore”."
            )
        box.setInformativeText(kept)
        restore_button = box.addButton("&Restore", QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)  # replacing the journal is never the Enter-key default
        box.setEscapeButton(cancel)

        def answered(_code: int) -> None:
            if box.clickedButton() is restore_button:
                self.run_restore(chosen)
            else:
                self.finished.emit("restore", None)

        box.finished.connect(answered)
        self._show(box)

    def run_restore(self, chosen: Path) -> None:
        """Close the journal, restore in a worker, reopen, and let every view reload.

        The journal is closed first: a restore of a damaged file replaces the file, and
        connections still open on the old one would go on reading it.
        """
        from custjournal.store.journal import open_journal

        controller = self.controller
        journal_path = self.path
        controller.wait_for_tasks(CLOSE_WAIT_MS)  # nothing may be reading the old file
        old = controller.journal
        old.close()

        def reopen(result: backup.RestoreResult | None) -> None:
            try:
                journal = open_journal(journal_path)
            except UserError as exc:
                # Keep the old object: its engine opens new connections on the same path.
                self.tell(exc.message)
                journal = old
            # Closes the old one (and anything the status poll reopened meanwhile), clears
            # undo, and tells every view.
            controller.replace_journal(journal, result)

        def done(result: backup.RestoreResult) -> None:
            reopen(result)
            self.damaged = False
            self.finished.emit("restore", result)

        def failed(exc: UserError, task: Task) -> None:
            reopen(None)
            self._failed("restore")(exc, task)

        self._run(
            "Restoring the journal…",
            lambda _r: backup.restore(journal_path, chosen),
            done,
            failed,
            cancellable=False,
            steps=False,
        )

    # --- erase ---------------------------------------------------------------------------------

    def erase_customer(self, customer_id: int | None = None) -> None:
        """Customer > Erase Customer…: confirm (naming them), then forget, maybe in backups."""
        cid = customer_id or self.window.current_customer_id()  # type: ignore[attr-defined]
        if cid is None:
            return
        customer = self.controller.customer(cid)
        if customer is None:
            self.tell(f"There is no customer #{cid}: it may have been erased already.")
            return
        name, company = customer.name, customer.company
        # A handful of small read-only opens (at most 11 backups): quick enough to ask now.
        held = backup.backups_holding(self.path, cid, name)
        who = name + (f" ({company})" if company else "")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Erase Customer",
            f"Erase {who} and everything logged about them?",
            parent=self.window,
        )
        info = (
            "Their conversations, promises, facts, gifts, invitations, milestones and "
            "purchases are removed from the journal for good. This can't be undone."
        )
        if held:
            info += (
                f"\n\n{plural(len(held), 'backup')} still "
                f"{'holds' if len(held) == 1 else 'hold'} {name}."
            )
            # Parented to the box: a parentless check box is freed by Python under Qt's feet.
            also = QCheckBox(
                f"Erase them from {'that backup' if len(held) == 1 else 'those backups'} too", box
            )
            box.setCheckBox(also)
        box.setInformativeText(info)
        erase = box.addButton("&Erase", QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def answered(_code: int) -> None:
            if box.clickedButton() is erase:
                also = box.checkBox() is not None and box.checkBox().isChecked()
                self._run_erase(cid, name, also)
            else:
                self.finished.emit("erase", None)

        box.finished.connect(answered)
        self._show(box)

    def _run_erase(self, cid: int, name: str, in_backups: bool) -> None:
        journal = self.controller.journal
        journal_path = self.path

        def work(_report: Any) -> ops.Result:
            # secure_delete, index optimize and (in backups) VACUUM can take seconds: a worker.
            result = ops.forget_customer(journal, cid)
            if in_backups:
                erased = backup.erase_from_backups(journal_path, cid, name)
                tail = (
                    f" Erased them from {plural(len(erased), 'backup')} too." + erased.sentence()
                    if erased
                    else " No backup holds them."
                )
            else:
                held = backup.backups_holding(journal_path, cid, name)
                tail = (
                    f" {plural(len(held), 'backup')} still "
                    f"{'holds' if len(held) == 1 else 'hold'} them."
                    if held
                    else ""
                )
            return ops.Result(result.id, result.change, result.message + tail)

        def done(result: ops.Result) -> None:
            # Undo snapshots may hold their words in memory, and can't come back anyway.
            self.controller.undo_stack.clear()
            self.controller.announce(result)
            self.finished.emit("erase", result)

        self._run(
            f"Erasing {name}…", work, done, self._failed("erase"), cancellable=False, steps=False
        )
