"""File > Export in the app: the format follows the file type chosen (CSV, vCard 4.0, JSON,
iCalendar).

The exporter reports no progress, so the dialog shows a busy bar; Cancel is honest all the
same: the export is written to a temporary file beside the target, which replaces the target
only if the user did not cancel.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from custjournal.domain.errors import UserError
from custjournal.gui import file_dialogs
from custjournal.gui.controller import Task
from custjournal.gui.sentences import say
from custjournal.gui.transfer.common import TransferBase

if TYPE_CHECKING:  # the exporters load at the first export, not with the window
    from custjournal.interop import exporting

# (filter shown in the save dialog, its extension, the exporter's format)
EXPORT_TYPES = (
    ("CSV — customers (*.csv)", ".csv", "csv"),
    ("vCard 4.0 — customers (*.vcf)", ".vcf", "vcard"),
    ("JSON — the whole journal (*.json)", ".json", "json"),
    ("iCalendar — reminders and promises (*.ics)", ".ics", "ics"),
)
# What a selection of customers exports to (JSON and iCalendar are the whole journal's).
SELECTION_TYPES = EXPORT_TYPES[:2]


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


class ExportFlow(TransferBase):
    """File > Export…"""

    def ask_export_path(
        self, types: tuple[tuple[str, str, str], ...] = EXPORT_TYPES
    ) -> Path | None:
        dialog = file_dialogs.save_dialog(self.window, self.tr("Export"))
        dialog.setDirectory(self._last_folder())
        dialog.setNameFilters([title for title, _e, _f in types])
        stem = f"{self.path.stem} {self.controller.today().isoformat()}"
        dialog.selectFile(stem + types[0][1])
        dialog.setDefaultSuffix(types[0][1].lstrip("."))

        def type_chosen(title: str) -> None:
            # The suggested name follows the chosen type, as users expect of a Save dialog.
            for t, ext, _fmt in types:
                if t == title:
                    dialog.setDefaultSuffix(ext.lstrip("."))
                    dialog.selectFile(stem + ext)

        dialog.filterSelected.connect(type_chosen)
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        return export_target(dialog.selectedFiles()[0], dialog.selectedNameFilter())

    def export_file(
        self, path: Path | str | None = None, customer_ids: list[int] | None = None
    ) -> None:
        """File > Export…: the format follows the file's extension (the type chosen).

        *customer_ids*: only these customers (the list's selection), as CSV or vCard.
        """
        if path is None:
            types = EXPORT_TYPES if customer_ids is None else SELECTION_TYPES
            target = self.ask_export_path(types)
        else:
            target = Path(path)
        if target is None:
            return
        from custjournal.interop import exporting, files

        self._remember_folder(target)
        try:
            # The save dialog asks before replacing a file, but never knows which are ours.
            files.refuse_journal_files(target, self.controller.journal.file)
        except UserError as exc:
            self.tell(say(exc.message))
            self.finished.emit("export", None)
            return
        try:
            fmt = exporting.export_format(target)
        except UserError:
            self.tell(
                self.tr(
                    "Choose a file type for {name}: CSV (.csv), vCard (.vcf), JSON (.json) or iCalendar (.ics)."
                ).format(name=target.name)
            )
            self.finished.emit("export", None)
            return
        if not target.parent.is_dir():
            self.tell(
                self.tr("The folder {parent} does not exist: choose another place.").format(
                    parent=target.parent
                )
            )
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
            return exporting.export_file(journal, tmp, fmt, today=today, customer_ids=customer_ids)

        def done(result: exporting.ExportResult) -> None:
            if task.cancelled:
                tmp.unlink(missing_ok=True)
                self.status(
                    self.tr("Export cancelled: {name} was not written.").format(name=target.name)
                )
                self.finished.emit("export", None)
                return
            try:
                os.replace(tmp, target)
            except OSError as exc:
                tmp.unlink(missing_ok=True)
                self.tell(
                    self.tr("Can't write {target}: {value}.").format(
                        target=target, value=exc.strerror or exc
                    )
                )
                self.finished.emit("export", None)
                return
            self.status(say(result.message).replace(str(tmp), str(target)))
            self.finished.emit(
                "export",
                exporting.ExportResult(
                    target,
                    result.format,
                    result.count,
                    say(result.message).replace(str(tmp), str(target)),
                ),
            )

        def failed(exc: UserError, failed_task: Task) -> None:
            tmp.unlink(missing_ok=True)
            if failed_task.cancelled:
                self.finished.emit("export", None)
                return
            self.tell(say(exc.message).replace(str(tmp), str(target)))
            self.finished.emit("export", exc)

        task = self._run(
            self.tr("Exporting to {name}…").format(name=target.name),
            work,
            done,
            failed,
            steps=False,
        )
