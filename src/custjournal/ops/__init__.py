"""The one way to change a journal: a function per user action.

Each function validates its input by the domain rules, runs as one transaction, keeps the search
index in step, and returns a Result saying what it made and what changed. The command line, the
app (with undo and refresh) and the importers all write through here.
"""

from custjournal.ops.actions import *  # noqa: F403
from custjournal.ops.actions import __all__  # noqa: F401

# `X as X`: the names this package re-exports (mypy strict checks explicit re-exports).
from custjournal.ops.imports import ImportPlan as ImportPlan
from custjournal.ops.imports import ImportResult as ImportResult
from custjournal.ops.imports import PlanItem as PlanItem
from custjournal.ops.imports import apply_import as apply_import
from custjournal.ops.imports import import_file as import_file
from custjournal.ops.imports import plan_import as plan_import
from custjournal.ops.imports import read_source as read_source
from custjournal.ops.merge import mark_not_duplicates as mark_not_duplicates
from custjournal.ops.merge import merge_customers as merge_customers
from custjournal.ops.reminders import dismiss as dismiss
from custjournal.ops.reminders import snooze as snooze
from custjournal.ops.reminders import unsnooze as unsnooze
