"""Fill the English translation's unfinished plural forms from their source text.

The source text is English with the plural written the Qt way, "%n customer(s)": singular
"%n customer", plural "%n customers" ("(es)" and "y(ies)" likewise; "(s) need", "(s) hold" and
"(s) are" are "needs", "holds" and "is" in the singular; SPECIAL holds the rest). Run by
scripts/translations after lupdate. Only unfinished entries are filled: one edited by hand stays."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from custjournal.domain.i18n import ENGLISH_PLURALS

_MESSAGE = re.compile(
    r'(<message numerus="yes">\s*<source>(?P<source>[^<]*)</source>(?:(?!</message>).)*?)'
    r'<translation type="unfinished">(?:(?!</message>).)*?</translation>',
    re.S,
)


# Where English says more than the noun's ending.
SPECIAL = {
    "%n contact(s) into customers you have": (
        "%n contact into a customer you have",
        "%n contacts into customers you have",
    ),
    "That passphrase does not open the journal: try again (%n tries left).": (
        "That passphrase does not open the journal: try again (%n try left).",
        "That passphrase does not open the journal: try again (%n tries left).",
    ),
    "Erase them from the backup(s) too": (
        "Erase them from that backup too",
        "Erase them from those backups too",
    ),
}


def forms(source: str) -> tuple[str, str]:
    """The singular and plural of *source*."""
    if source in SPECIAL:
        return SPECIAL[source]
    if source in ENGLISH_PLURALS:  # the lower layers' own (their English without Qt)
        return ENGLISH_PLURALS[source]
    if not re.search(r"\((?:s|es|ies)\)", source):
        return source, source  # "Selected customers: %n" reads the same for any number
    # The verb after the noun agrees with it: "%n item(s) need" -> "1 item needs".
    one = re.sub(r"\((?:s|es)\)((?: still)?) (need|hold)\b", r"\1 \2s", source)
    one = re.sub(r"\((?:s|es)\) are\b", " is", one)
    one = re.sub(r"y\(ies\)", "y", one)
    many = re.sub(r"y\(ies\)", "ies", source)
    one = re.sub(r"\((?:s|es)\)", "", one)
    many = re.sub(r"\((s|es)\)", r"\1", many)
    return one, many


def fill(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        one, many = (html.escape(f, quote=False) for f in forms(html.unescape(match["source"])))
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
