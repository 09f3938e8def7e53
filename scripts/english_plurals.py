"""Fill the English translation's unfinished plural forms from their source text.

The source text is English with the plural written the Qt way, "%n customer(s)": singular
"%n customer", plural "%n customers" ("(es)" and "y(ies)" likewise). Run by
scripts/translations after lupdate; an entry it can't read stays unfinished, and the check in
tests/gui/test_translations.py says so.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

_MESSAGE = re.compile(
    r'(<message numerus="yes">\s*<source>(?P<source>[^<]*)</source>(?:(?!</message>).)*?)'
    r'<translation type="unfinished">(?:(?!</message>).)*?</translation>',
    re.S,
)


def forms(source: str) -> tuple[str, str] | None:
    if not re.search(r"\((?:s|es|ies)\)", source):
        return None
    one = re.sub(r"y\(ies\)", "y", source)
    many = re.sub(r"y\(ies\)", "ies", source)
    one = re.sub(r"\((?:s|es)\)", "", one)
    many = re.sub(r"\((s|es)\)", r"\1", many)
    return one, many


def fill(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        found = forms(html.unescape(match["source"]))
        if found is None:
            return match[0]
        one, many = (html.escape(f, quote=False) for f in found)
        return (
            f"{match[1]}<translation>\n"
            f"            <numerusform>{one}</numerusform>\n"
            f"            <numerusform>{many}</numerusform>\n"
            f"        </translation>"
        )

    return _MESSAGE.sub(replace, text)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        path = Path(name)
        path.write_text(fill(path.read_text(encoding="utf-8")), encoding="utf-8")
