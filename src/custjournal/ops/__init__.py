"""The one way to change a journal: a function per user action.

Each function validates its input by the domain rules, runs as one transaction, keeps the search
index in step, and returns a Result saying what it made and what changed. The command line, the
app (with undo and refresh) and the importers all write through here.
"""

from custjournal.ops.actions import *  # noqa: F403
from custjournal.ops.actions import __all__  # noqa: F401
from custjournal.ops.imports import (  # noqa: F401
    ImportPlan,
    ImportResult,
    PlanItem,
    apply_import,
    import_file,
    plan_import,
    read_source,
)
from custjournal.ops.reminders import dismiss, snooze, unsnooze  # noqa: F401
