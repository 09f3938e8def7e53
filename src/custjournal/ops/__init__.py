"""The one way to change a journal: a function per user action.

Each function validates its input by the domain rules, runs as one transaction, keeps the search
index in step, and returns a Result saying what it made and what changed. The command line, the
app (with undo and refresh) and the importers all write through here.

The package loads its modules (and with them SQLAlchemy and SQLModel) at the first use of one of
its names, not when it is imported: a command or screen that only reads never pays for them.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from custjournal.ops.actions import *  # noqa: F403
    from custjournal.ops.actions import __all__  # noqa: F401

    # `X as X`: the names this package re-exports (mypy strict checks explicit re-exports).
    from custjournal.ops.bulk import add_tag_many as add_tag_many
    from custjournal.ops.bulk import remove_tag_many as remove_tag_many
    from custjournal.ops.bulk import set_archived_many as set_archived_many
    from custjournal.ops.bulk import set_cadence_many as set_cadence_many
    from custjournal.ops.bulk import set_stage_many as set_stage_many
    from custjournal.ops.imports import ImportPlan as ImportPlan
    from custjournal.ops.imports import ImportResult as ImportResult
    from custjournal.ops.imports import PlanItem as PlanItem
    from custjournal.ops.imports import apply_import as apply_import
    from custjournal.ops.imports import import_file as import_file
    from custjournal.ops.imports import plan_import as plan_import
    from custjournal.ops.imports import read_source as read_source
    from custjournal.ops.links import declare_same_firm as declare_same_firm
    from custjournal.ops.links import link_customers as link_customers
    from custjournal.ops.links import remove_link as remove_link
    from custjournal.ops.links import undeclare_same_firm as undeclare_same_firm
    from custjournal.ops.links import unlink_customers as unlink_customers
    from custjournal.ops.merge import mark_not_duplicates as mark_not_duplicates
    from custjournal.ops.merge import merge_customers as merge_customers
    from custjournal.ops.reminders import dismiss as dismiss
    from custjournal.ops.reminders import snooze as snooze
    from custjournal.ops.reminders import unsnooze as unsnooze


# The names re-exported from ops/bulk.py, imports.py, links.py, merge.py and reminders.py (the rest: actions.__all__).
_FROM = {
    "custjournal.ops.bulk": (
        "add_tag_many",
        "remove_tag_many",
        "set_archived_many",
        "set_cadence_many",
        "set_stage_many",
    ),
    "custjournal.ops.imports": (
        "ImportPlan",
        "ImportResult",
        "PlanItem",
        "apply_import",
        "import_file",
        "plan_import",
        "read_source",
    ),
    "custjournal.ops.links": (
        "declare_same_firm",
        "link_customers",
        "remove_link",
        "undeclare_same_firm",
        "unlink_customers",
    ),
    "custjournal.ops.merge": ("mark_not_duplicates", "merge_customers"),
    "custjournal.ops.reminders": ("dismiss", "snooze", "unsnooze"),
}


def __getattr__(name: str) -> Any:
    # The first name asked for loads the package's modules, as a plain import used to; each
    # name is then kept in the package, so this runs once per name.
    import importlib
    import importlib.util

    if not name.startswith("_") and importlib.util.find_spec(f"custjournal.ops.{name}"):
        return importlib.import_module(f"custjournal.ops.{name}")  # `ops.imports.format_of`
    actions = importlib.import_module("custjournal.ops.actions")
    if name == "__all__":
        return actions.__all__
    for module_name, names in _FROM.items():
        if name in names:
            value = getattr(importlib.import_module(module_name), name)
            break
    else:
        if name not in actions.__all__:
            raise AttributeError(f"module 'custjournal.ops' has no attribute {name!r}")
        value = getattr(actions, name)
    globals()[name] = value
    return value
