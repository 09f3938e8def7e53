"""The command line's JSON as a person reads it: two-space indents, and each array of plain
values (numbers, true/false/null, or a few short strings) on one line.

`json.dumps(indent=2)` puts every element on a line of its own: the Insights page's 10,000
customer ids took 10,000 lines, and the page's JSON 4.5 MB at 10,000 customers, most of it
indentation (every run of `custjournal insights --json` reads it back and writes it out). With
plain arrays on one line the same document is a third of the size, still indented where it has
structure, and any JSON reader reads the same values: only the whitespace differs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

# Arrays of strings stay on one line while that line stays this short (one quote per line
# reads better than a paragraph of them).
_SHORT = 72
_PLAIN = (int, float, bool, type(None))


def dumps(document: Any, default: Callable[[Any], Any] | None = None) -> str:
    """*document* as indented JSON, plain arrays on one line, ending in a newline. *default*:
    as json.dumps's (what to make of a value JSON has no type for)."""
    # The C encoder (no indent), for every leaf and every array on one line.
    inline = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "), default=default).encode
    out: list[str] = []
    _layout(document, "", out, inline)
    out.append("\n")
    return "".join(out)


def _layout(value: Any, pad: str, out: list[str], inline: Callable[[Any], str]) -> None:
    if isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = pad + "  "
        out.append("{")
        sep = "\n"
        for key, item in value.items():
            out.append(sep)
            out.append(inner)
            # A key that is not text is written as JSON writes it ("1", "true", "null").
            out.append(inline(key if isinstance(key, str) else inline(key)))
            out.append(": ")
            _layout(item, inner, out, inline)
            sep = ",\n"
        out.append("\n" + pad + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        if all(isinstance(item, _PLAIN) for item in value):
            out.append(inline(value))
            return
        if all(isinstance(item, (str, *_PLAIN)) for item in value):
            text = inline(value)
            if len(text) <= _SHORT:
                out.append(text)
                return
        inner = pad + "  "
        out.append("[")
        sep = "\n"
        for item in value:
            out.append(sep)
            out.append(inner)
            _layout(item, inner, out, inline)
            sep = ",\n"
        out.append("\n" + pad + "]")
    else:
        out.append(inline(value))
