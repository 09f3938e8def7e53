"""Fill the English translation's unfinished plural forms from their source text.

The source text is English with the plural written the Qt way, "%n customer(s)": singular
"%n customer", plural "%n customers", by domain/i18n.py's `plural_forms` ("(es)" and "y(ies)" likewise; "(s) need",
"(s) hold", "(s) are" and "(s) were" are "needs", "holds", "is" and "was" in the singular);
SPECIAL holds the rest). Run by
scripts/translations after lupdate. Only unfinished entries are filled: one edited by hand stays."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from custjournal.domain.i18n import ENGLISH_PLURALS, plural_forms

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
    """The singular and plural of *source*: the lower layers' own rule (domain/i18n.py), which
    gives the command line its English, so the app's English says the same."""
    if source in SPECIAL:
        return SPECIAL[source]
    if source in ENGLISH_PLURALS:  # the lower layers' own (their English without Qt)
        return ENGLISH_PLURALS[source]
    return plural_forms(source)


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
