"""The Brief view (Ctrl+B): the one-page pre-meeting brief, with Print, Save as PDF, Copy.

The brief is built once by the domain layer (`store.brief_data.load_brief`) and shown through its
HTML rendering; printing lays out the same HTML, the PDF comes from `interop.brief_pdf`, and
Copy as Markdown puts `interop.brief_render.to_markdown` on the clipboard.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from custjournal.domain.brief import Brief
from custjournal.domain.changes import Change
from custjournal.domain.errors import UserError
from custjournal.gui import file_dialogs, theme
from custjournal.gui.controller import JournalController
from custjournal.gui.flow_bar import FlowBar
from custjournal.gui.sentences import say
from custjournal.interop import brief_render, files


class BriefView(QWidget):
    back_needed = Signal(int)  # back to the customer's page

    def __init__(self, controller: JournalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.brief: Brief | None = None
        self.customer_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        bar = FlowBar(self.tr("Brief"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.act_back = self._action(bar, self.tr("Back"), "undo", "Esc", self._back)
        bar.addSeparator()
        self.act_print = self._action(
            bar, self.tr("Print…"), "brief", QKeySequence.StandardKey.Print, self.print_brief
        )
        self.act_pdf = self._action(
            bar, self.tr("Save as PDF…"), "export", "Ctrl+Shift+S", self.save_pdf
        )
        self.act_copy = self._action(
            bar, self.tr("Copy as Markdown"), "log", "Ctrl+Shift+C", self.copy_markdown
        )
        self.bar = bar
        layout.addWidget(bar)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Brief"))
        layout.addWidget(self.browser)
        controller.changed.connect(self._on_changed)

    def _action(
        self, bar: FlowBar, text: str, icon_name: str, key: QKeySequence.StandardKey | str, slot
    ) -> QAction:
        action = QAction(theme.icon(icon_name), text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        bar.addAction(action)
        self.addAction(action)
        return action

    def show_customer(self, customer_id: int) -> None:
        self.customer_id = customer_id
        self.reload()

    def reload(self) -> None:
        if self.customer_id is None:
            return
        try:
            self.brief = self.controller.brief(self.customer_id)
        except UserError as exc:
            self.brief = None
            self.browser.setPlainText(say(exc.message))
            return
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(brief_render.to_html(self.brief, say=say))
        self.browser.verticalScrollBar().setValue(scroll)

    def _on_changed(self, change: Change) -> None:
        # A brief reads every kind of entry of its customer, and the journal's settings (the
        # cadence line, the currency): any change that concerns its customer redraws it.
        if self.isVisible() and self.customer_id is not None and change.concerns(self.customer_id):
            self.reload()

    def _back(self) -> None:
        if self.customer_id is not None:
            self.back_needed.emit(self.customer_id)

    def markdown(self) -> str:
        return brief_render.to_markdown(self.brief) if self.brief else ""

    def copy_markdown(self) -> None:
        if self.brief is None:
            return
        QGuiApplication.clipboard().setText(self.markdown())
        self.controller.message.emit(self.tr("The brief is on the clipboard, as Markdown."))

    def print_brief(self) -> None:
        if self.brief is None:
            return
        # QtPrintSupport loads when a brief is first printed, not with the window.
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(
            self.tr("Print the brief of {name}").format(name=self.brief.header.name)
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        from custjournal.interop.brief_pdf import fit_to_page

        # On one sheet of the paper chosen, as the PDF is (shortened where it would not fit).
        fitted = fit_to_page(self.brief, say=say, page_size=printer.pageLayout().pageSize())
        document = QTextDocument()
        document.setHtml(brief_render.to_html(fitted, say=say))
        document.print_(printer)
        self.controller.message.emit(
            self.tr("Sent the brief of {name} to print.").format(name=self.brief.header.name)
        )

    def save_pdf(self, path: str | None = None) -> Path | None:
        if self.brief is None:
            return None
        if not path:
            from custjournal.gui.folders import last_folder

            suggested = last_folder("pdf") / self.tr("Brief - {name}.pdf").format(
                name=self.brief.header.name
            )
            path = file_dialogs.save_file_name(
                self, self.tr("Save the brief as PDF"), str(suggested), self.tr("PDF files (*.pdf)")
            )
            if not path:
                return None
        from custjournal.interop.brief_pdf import write_pdf

        try:
            files.refuse_journal_files(path, self.controller.journal.file)
        except UserError as exc:
            self.controller.error.emit(exc.message)
            return None
        try:
            written = write_pdf(self.brief, path, say=say)
        except OSError as exc:
            self.controller.error.emit(
                self.tr(
                    "The PDF could not be saved to {path}: {strerror}. Choose another folder."
                ).format(path=path, strerror=exc.strerror)
            )
            return None
        from custjournal.gui.folders import remember_folder

        remember_folder("pdf", written)
        self.controller.message.emit(
            self.tr("Saved the brief as {written}.").format(written=written)
        )
        return written
