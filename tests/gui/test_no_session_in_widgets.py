"""No widget holds a session: the app's screens read and write through the controller only."""

from __future__ import annotations

import re
from pathlib import Path

import custjournal.gui

GUI = Path(custjournal.gui.__file__).parent
SESSION = re.compile(r"\.journal\.(read|write)\(")
SWAP = re.compile(r"\bcontroller\.journal\s*=[^=]")


def offending(pattern: re.Pattern[str]) -> list[str]:
    found = []
    for path in sorted(GUI.rglob("*.py")):
        if path.name == "controller.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                found.append(f"{path.relative_to(GUI)}:{number}: {line.strip()}")
    return found


def test_no_gui_module_but_the_controller_opens_a_session_on_the_journal():
    assert offending(SESSION) == []


def test_no_gui_module_swaps_the_controllers_journal_from_outside():
    assert offending(SWAP) == []


def test_replace_journal_closes_the_old_one_clears_undo_and_tells_every_view(qtbot, controller):
    from custjournal import ops
    from custjournal.domain.changes import Changed
    from custjournal.store.journal import open_journal

    ada = ops.add_customer(controller.journal, "Ada Lovelace").id
    promise = ops.add_promise(controller.journal, ada, "Send the quote").id
    controller.delete("promise", promise, "promise")
    assert controller.undo_stack.canUndo()
    old = controller.journal
    new = open_journal(old.path)
    with qtbot.waitSignal(controller.changed) as told:
        controller.replace_journal(new)
    assert controller.journal is new
    assert Changed.OUTSIDE in told.args[0].what and told.args[0].concerns(ada)
    assert not controller.undo_stack.canUndo()
    assert controller.customer_name(ada) == "Ada Lovelace"
