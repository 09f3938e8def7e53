"""One error language: the lower layers (domain, store, ops, interop) name no command-line flag.

Their sentences say what is wrong and, through `UserError.field` and `.hint`, what it is about
and what to do (domain/errors.py); the command line adds its flags (cli/common.py), the app
puts the sentence under the field. A flag spelled inside a lower layer's string would reach the
app's user as advice they can't follow, so every string literal there is scanned.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import custjournal

PACKAGE = Path(custjournal.__file__).parent
LOWER_LAYERS = ("domain", "store", "ops", "interop")
# A flag as a user types it: two hyphens, then a letter ('-- a comment' in SQL is not one);
# or a command a sentence tells the user to run ("run 'custjournal check'"). The iCalendar
# export's "Customer Journal: custjournal show '#12'" is data in the user's calendar, not a
# sentence, and is not quoted as one.
FLAG = re.compile(r"(?<![\w-])--[a-z][a-z-]*|(?:run |')custjournal [a-z]+")
# Files whose sentences another lane is rewriting at the same time: they move to the hint
# vocabulary once that lane has landed (say so when one is taken off this list).
PENDING: set[str] = set()


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstring nodes: documentation may mention the commands that use a module."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def flags_in(source: str) -> list[tuple[int, str]]:
    """(line, flag) for each flag spelled in a string literal of *source*, docstrings aside."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    hits = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            hits += [(node.lineno, flag) for flag in FLAG.findall(node.value)]
    return hits


def test_the_scan_finds_a_flag_in_a_sentence_and_not_in_sql_or_docs():
    source = '''"""Module docs may say `due --today`."""
def f():
    """So may a function's: --journal."""
    sql = "SELECT 1 -- a comment"
    raise UserError("An important date needs its day: add " f"--date {x}.")
    raise UserError("The journal is damaged: run 'custjournal check'.")
'''
    assert sorted(flags_in(source)) == [(5, "--date"), (6, "'custjournal check")]


def test_lower_layers_name_no_command_line_flag():
    found = []
    for layer in LOWER_LAYERS:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            name = path.relative_to(PACKAGE).as_posix()
            if name in PENDING:
                continue
            found += [f"{name}:{line}: {flag}" for line, flag in flags_in(path.read_text())]
    assert found == []


def test_the_command_line_words_every_hint_and_names_an_option_for_every_field_it_has():
    from custjournal.cli.common import FIELD_FLAGS, HINTS
    from custjournal.domain.errors import Field, Hint

    assert set(HINTS) == set(Hint)
    assert set(FIELD_FLAGS) <= set(Field)
    # positional arguments, where a flag would mislead: `add NAME`, `log CUSTOMER`
    assert Field.NAME not in FIELD_FLAGS and Field.CUSTOMER not in FIELD_FLAGS
