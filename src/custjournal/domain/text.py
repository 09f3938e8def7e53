"""Folding text for matching: case and accents removed, Unicode normal forms made alike."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Casefold and strip combining marks, so 'Zoë', 'ZOE' and 'zoe' compare equal."""
    if text.isascii():  # most text: nothing to decompose, and casefold is lower() here
        return text.lower()
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped.casefold())


def is_cjk(ch: str) -> bool:
    """Ideographs, kana and hangul: scripts written without spaces between words."""
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF  # hiragana, katakana
        or 0x3400 <= code <= 0x4DBF  # CJK extension A
        or 0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
        or 0xAC00 <= code <= 0xD7AF  # hangul syllables
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0x20000 <= code <= 0x2FA1F  # extensions B..
    )
