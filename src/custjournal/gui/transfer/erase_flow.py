"""Customer > Erase Customer in the app.

A confirmation naming the customer, saying it can't be undone and how many backups still hold
them, with a checkbox to erase them there too (`ops.forget_customer`, then
`store.backup.erase_from_backups`, as `custjournal forget --backups` does). On a team database
the backups of ours are its JSON backups on this computer (`interop.team_backups`), and the
confirmation says what is out of reach: the server's own backups and colleagues' exports.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QMessageBox

from custjournal import ops
from custjournal.gui.i18n import Words
from custjournal.gui.sentences import say
from custjournal.gui.transfer.common import TransferBase


class EraseFlow(TransferBase):
    """Customer > Erase Customer…"""

    def erase_customer(self, customer_id: int | None = None) -> None:
        """Customer > Erase Customer…: confirm (naming them), then forget, maybe in backups."""
        from custjournal.interop import team_backups
        from custjournal.store import backup

        cid = customer_id or self.current_customer_id()
        if cid is None:
            return
        customer = self.controller.customer(cid)
        if customer is None:
            self.tell(
                self.tr("There is no customer #{cid}: it may have been erased already.").format(
                    cid=cid
                )
            )
            return
        name, company, added = customer.name, customer.company, customer.added
        file = self.controller.journal.file  # None: a team database, its JSON backups here
        team = self._team_folder()
        if file is not None:
            # A handful of small read-only opens (at most 11 backups): quick enough to ask now.
            held = backup.backups_holding(file, cid, name, added)
            self._confirm_erase(cid, name, company, held, added)
            return
        if team is None:
            self._confirm_erase(cid, name, company, [], added)
            return
        # One pass over each JSON backup's bytes: ~0.05 s for a 10,000-customer export, and
        # a team keeps as many as it made, so in the worker.
        folder = team
        self._run(
            self.tr("Looking into the JSON backups on this computer…"),
            lambda _report: team_backups.exports_holding(folder, cid, name, added),
            lambda held: self._confirm_erase(cid, name, company, held, added),
            self._failed("erase"),
            cancellable=False,
            steps=False,
        )

    def _confirm_erase(
        self, cid: int, name: str, company: str | None, held: list[Any], added: str | None
    ) -> None:
        """The confirmation naming the customer; *held*: the backups that still hold them
        (*added*: when the customer was added, what knows them there under an older name)."""
        file = self.controller.journal.file
        who = name + (f" ({company})" if company else "")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Erase Customer"),
            self.tr("Erase {who} and everything logged about them?").format(who=who),
            parent=self.window,
        )
        info = self.tr(
            "Their conversations, promises, facts, gifts, invitations, milestones and "
            "purchases are removed from the journal for good. This can't be undone."
        )
        if held and file is not None:
            info += "\n\n" + Words.tr("%n backup(s) still hold {name}.", "", len(held)).format(
                name=name
            )
            # Parented to the box: a parentless check box is freed by Python under Qt's feet.
            also = QCheckBox(Words.tr("Erase them from the backup(s) too", "", len(held)), box)
            box.setCheckBox(also)
        elif held:
            info += "\n\n" + Words.tr(
                "%n JSON backup(s) of the team database on this computer still hold {name}.",
                "",
                len(held),
            ).format(name=name)
            also = QCheckBox(
                Words.tr("Erase them from the JSON backup(s) on this computer too", "", len(held)),
                box,
            )
            box.setCheckBox(also)
        if file is None:
            info += "\n\n" + self.tr(
                "The server's own backups (pg_dump) and JSON backups on colleagues' computers "
                "are not erased from here: erase them there as your team keeps those."
            )
        box.setInformativeText(info)
        erase = box.addButton(self.tr("&Erase"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def answered(_code: int) -> None:
            if box.clickedButton() is erase:
                also = box.checkBox() is not None and box.checkBox().isChecked()
                self._run_erase(cid, name, also, added)
            else:
                self.finished.emit("erase", None)

        box.finished.connect(answered)
        self._show(box)

    def _team_folder(self) -> str | None:
        """The folder name of this team database's JSON backups (None: a journal file)."""
        target = getattr(self.controller.journal, "target", None)
        return None if target is None else str(target.folder_name)

    def _run_erase(self, cid: int, name: str, in_backups: bool, added: str | None) -> None:
        from custjournal.store import backup

        journal = self.controller.journal
        journal_path = journal.file  # None: a team database, its JSON backups on this computer
        team = self._team_folder()

        def work(_report: Any) -> ops.Result:
            # secure_delete, index optimize and (in backups) VACUUM can take seconds: a worker.
            result = ops.forget_customer(journal, cid)
            if journal_path is None:
                return self._after_team_erase(result, team, cid, name, in_backups, added)
            if in_backups:
                erased = backup.erase_from_backups(journal_path, cid, name, added)
                tail = (
                    " " + Words.tr("Erased them from %n backup(s) too.", "", len(erased))
                    if erased
                    else self.tr(" No backup holds them.")
                )
                if erased.removed:  # in the app's language (erased.sentence() is the CLI's)
                    tail += " " + Words.tr(
                        "%n damaged copies that could not be edited were deleted instead.",
                        "",
                        len(erased.removed),
                    )
            else:
                held = backup.backups_holding(journal_path, cid, name, added)
                tail = (
                    " " + Words.tr("%n backup(s) still hold them.", "", len(held)) if held else ""
                )
            return ops.Result(result.id, result.change, say(result.message) + tail)

        def done(result: ops.Result) -> None:
            # Undo snapshots may hold their words in memory, and can't come back anyway.
            self.controller.undo_stack.clear()
            self.controller.announce(result)
            self.finished.emit("erase", result)

        self._run(
            self.tr("Erasing {name}…").format(name=name),
            work,
            done,
            self._failed("erase"),
            cancellable=False,
            steps=False,
        )

    def _after_team_erase(
        self,
        result: ops.Result,
        team: str | None,
        cid: int,
        name: str,
        in_backups: bool,
        added: str | None,
    ) -> ops.Result:
        """The team database's JSON backups on this computer, after the customer was erased
        from the database (in the worker: erasing reads each backup whole)."""
        from custjournal.interop import team_backups

        if team is None:
            return result
        if in_backups:
            erased = team_backups.erase_from_exports(team, cid, name, added)
            tail = (
                " "
                + Words.tr(
                    "Erased them from %n JSON backup(s) on this computer too.", "", len(erased)
                )
                if erased
                else ""
            )
            if erased.removed:
                tail += " " + Words.tr(
                    "%n of them could not be read as an export and held the name: deleted instead.",
                    "",
                    len(erased.removed),
                )
        else:
            held = team_backups.exports_holding(team, cid, name, added)
            tail = (
                " " + Words.tr("%n JSON backup(s) on this computer still hold them.", "", len(held))
                if held
                else ""
            )
        return ops.Result(result.id, result.change, say(result.message) + tail)
