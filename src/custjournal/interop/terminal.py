"""Text for a terminal: the one output filter, display columns (wide CJK and emoji count two),
wrapping at word boundaries (and between CJK characters), and fitting a cell of a table.

Everything the command line prints goes through `visible()`: `main` is decorated with
`visible_output`, which puts a filter on stdout and stderr for the command's run. Text from the
journal (an imported name, a note) may hold terminal escape sequences (ESC ] 0 ; ... BEL retitles
the window, others move the cursor or rewrite what is on screen) and right-to-left overrides that
make a line read other than it is; they are shown as `\\u001b`, `\\u202e`..., never sent raw. The
form is JSON's own escape, so `--json` output stays valid JSON meaning the same text. Only data
written to a pipe or a file (`export - --format csv | ...`) goes out as it is (`data_stream`).

`wrap`/`fit` lay text out for `list`, `show`, `due`, `brief`; `ask` asks y/N on the terminal.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any, TextIO, TypeVar, cast

from custjournal.domain.text import is_cjk

# C0 controls but tab and newline, DEL, C1 controls (0x9b is a one-byte CSI to many terminals),
# and the bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def visible(text: str) -> str:
    """*text* safe to print: control characters and bidi overrides shown as `\\u001b`-style
    escapes; newlines and tabs kept (a Windows line end is a newline)."""
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(_escape, text.replace("\r\n", "\n"))


class VisibleStream:
    """A text stream that passes everything written through `visible()` to *stream*."""

    def __init__(self, stream: TextIO) -> None:
        self.unfiltered = stream

    def write(self, text: str) -> int:
        # Printable text (but for its line breaks and tabs) holds nothing `visible` changes:
        # no control character (Cc) and no bidi control (Cf). Asked first, in C, because it
        # is four times as quick as the expression over a due list's 900,000 characters.
        if (
            text.isprintable() or text.replace("\n", " ").replace("\t", " ").isprintable()
        ) or _UNSAFE.search(text) is None:
            self.unfiltered.write(text)
        else:
            self.unfiltered.write(visible(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, fileno, encoding, close...
        return getattr(self.unfiltered, name)


F = TypeVar("F", bound=Callable[..., Any])


def visible_output(func: F) -> F:
    """Run *func* with stdout and stderr filtered by `visible()` (the command line's `main`)."""

    @functools.wraps(func)
    def run(*args: Any, **kwargs: Any) -> Any:
        saved = sys.stdout, sys.stderr
        if not isinstance(sys.stdout, VisibleStream):
            sys.stdout = VisibleStream(sys.stdout)
        if not isinstance(sys.stderr, VisibleStream):
            sys.stderr = VisibleStream(sys.stderr)
        try:
            return func(*args, **kwargs)
        finally:
            sys.stdout, sys.stderr = saved

    return cast(F, run)


def data_stream(stream: TextIO) -> TextIO:
    """Where to write data (an export to standard output): as it is to a pipe or a file, through
    the filter when a person reads it on a terminal."""
    if isinstance(stream, VisibleStream) and not stream.isatty():
        return stream.unfiltered
    return stream


def progress_line(text: str) -> None:
    """Rewrite the current line of stderr with *text*: a progress counter on a terminal."""
    stream = sys.stderr
    raw = stream.unfiltered if isinstance(stream, VisibleStream) else stream
    raw.write("\r" + visible(text))
    raw.flush()


_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
# Closing punctuation that must not begin a line in CJK text (a small kinsoku set).
_NO_LINE_START = set("、。，．・：；？！）」』】〕〉》〙〗〟’”｝〜ー…‥")


# Characters one column wide each, printable, no space but " ": Latin (but the soft hyphen; with
# Vietnamese's precomposed letters), Greek and Cyrillic without their combining marks, dashes,
# quotes, other punctuation and currency signs. Text made only of them (most names and notes)
# is as wide as it is long, as ASCII is, and is measured without the per-character loop below,
# which cost `list` of 10,000 customers more than its query did (tests/interop/test_terminal.py checks every character of the set).
_NARROW = re.compile(
    "[\x20-\x7e\xa1-\xac\xae-\u02ff\u1e00-\u1eff\u0370-\u0377\u037a-\u037f\u0384-\u038a\u038c"
    "\u038e-\u03a1\u03a3-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e\u20a0-\u20c0]*"
)


def _narrow(text: str) -> bool:
    """Whether every character of *text* takes one column (see _NARROW)."""
    return text.isascii() or _NARROW.fullmatch(text) is not None


# Cached: a due list of 6,000 items asks for the same few hundred characters 60,000 times.
@functools.lru_cache(maxsize=4096)
def _char_width(ch: str) -> int:
    if ch in _ZERO_WIDTH or unicodedata.combining(ch):
        return 0
    category = unicodedata.category(ch)
    if category in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Terminal columns *text* takes: wide (CJK, emoji) count 2, combining marks 0.

    A character followed by VS16 (emoji presentation, as in "❤️") is drawn as a wide emoji.
    """
    if _narrow(text):  # most text: one column a character (controls are cleaned before)
        return len(text)
    total = 0
    previous = 0
    for ch in text:
        if ch == "\ufe0f" and previous == 1:
            total += 1
            previous = 2
            continue
        previous = _char_width(ch)
        total += previous
    return total


def _clean(text: str) -> str:
    """User text made safe for a terminal (`visible`), before its columns are counted.

    Tabs and line breaks are only whitespace: wrapping joins them into spaces.
    """
    return text if text.isprintable() else visible(text)


def _breakable(ch: str) -> bool:
    code = ord(ch)
    return is_cjk(ch) or 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF


def _tokens(text: str) -> Iterator[tuple[str, bool]]:
    """(piece, space before) pieces a line may break between.

    Words are split at spaces; inside a word, each CJK character is a piece of its own (those
    scripts break between characters), with closing punctuation kept on the previous piece.
    """
    for word in text.split():
        if _narrow(word):  # no CJK, no combining marks: the word is one piece
            yield word, True
            continue
        pieces: list[str] = []
        for ch in word:
            if pieces and ch in _NO_LINE_START:
                pieces[-1] += ch
            elif _breakable(ch) or not pieces or _breakable(pieces[-1][-1]):
                pieces.append(ch)
            else:
                pieces[-1] += ch
        # Combining marks and joiners stay with what they modify: only a base character starts
        # a new piece, so merge pieces that start with a zero-width character.
        merged: list[str] = []
        for piece in pieces:
            if merged and _char_width(piece[0]) == 0:
                merged[-1] += piece
            else:
                merged.append(piece)
        for i, piece in enumerate(merged):
            yield piece, i == 0


def _fit(piece: str, room: int) -> str:
    """The longest start of *piece* within *room* columns (at least one character)."""
    end = 1
    while end < len(piece) and display_width(piece[: end + 1]) <= room:
        end += 1
    while end < len(piece) and _char_width(piece[end]) == 0:
        end += 1  # a combining mark stays with its letter
    # A variation selector can make the last letter wide ("❤" + VS16): then leave the letter,
    # with its marks, for the next line.
    while end > 1 and display_width(piece[:end]) > room:
        end -= 1
        while end > 1 and _char_width(piece[end]) == 0:
            end -= 1
    return piece[:end]


def _wrap_narrow(words: list[str], width: int, first: str, rest: str) -> list[str] | None:
    """`wrap`'s loop below for words of one-column characters (each as wide as it is long, and
    each one piece), or None when a word must be cut to fit a line (the loop below does that).
    A due list has a thousand sentences longer than a line."""
    lines: list[str] = []
    line, used, empty = first, len(first), True
    for word in words:
        w = len(word)
        if used + (0 if empty else 1) + w <= width:
            line = line + word if empty else line + " " + word
            used += w if empty else w + 1
            empty = False
            continue
        if not empty:
            lines.append(line)
            line, used = rest, len(rest)
        if w > width - used > 0:
            return None
        line += word
        used += w
        empty = False
    if empty:  # no words: the prefix alone, as the loop below leaves it
        return [line.rstrip()] if not lines else lines
    lines.append(line)
    return lines  # each line ends with a word: nothing to strip


def wrap(text: str, width: int = 80, first: str = "", rest: str | None = None) -> list[str]:
    """*text* wrapped to *width* display columns, after the prefixes *first* and *rest*."""
    text = _clean(text)
    joined = " ".join(text.split())
    if len(first) + len(joined) <= width and _narrow(first) and _narrow(joined):
        # The common case (a due item's sentence): one line, the words joined by single spaces,
        # as the loop below lays them out.
        return [(first + joined).rstrip()]
    rest = " " * display_width(first) if rest is None else rest
    if _narrow(first) and _narrow(rest) and _narrow(joined):
        laid = _wrap_narrow(joined.split(), width, first, rest)
        if laid is not None:
            return laid
    lines: list[str] = []
    line, used = first, display_width(first)
    empty = True  # nothing but the prefix on the current line yet
    for piece, space in _tokens(text):
        w = display_width(piece)
        gap = 1 if (space and not empty) else 0
        if used + gap + w <= width:
            line += " " * gap + piece
            used += gap + w
            empty = False
            continue
        if not empty:
            lines.append(line)
            line, used, empty = rest, display_width(rest), True
        # Only a piece wider than a whole line gets here: cut it to fill line after line.
        while display_width(piece) > width - used and width - used > 0:
            head = _fit(piece, width - used)
            lines.append(line + head)
            piece = piece[len(head) :]
            line, used = rest, display_width(rest)
        line += piece
        used += display_width(piece)
        empty = False
    if not empty or not lines:
        lines.append(line)
    return [ln.rstrip() for ln in lines]


def fit(text: str, columns: int) -> str:
    """*text* on one line in exactly *columns* terminal columns, cut with '…' if longer."""
    text = " ".join(_clean(text).split())
    width = display_width(text)
    if width <= columns:
        return text + " " * (columns - width)
    if _narrow(text):  # one column a character: the loop below, without its 20 passes a cell
        return text[: columns - 1] + "…"
    cut = ""
    for ch in text:
        if display_width(cut + ch) > columns - 1:
            break
        cut += ch
    return cut + "…" + " " * (columns - 1 - display_width(cut))


# A character that makes a text of a column (joined by "\n", `odd_ones`) odd: outside _NARROW,
# but for the "\n" between texts. One character class, one character: SRE scans a column of
# 6,000 sentences for it in a millisecond, where an alternation with the spaces, or a run of
# such characters, took seven or more.
_ODD_CHARACTER = "[^" + _NARROW.pattern[1:-2] + "\n]"


@functools.cache
def _odd_character() -> re.Pattern[str]:
    """_ODD_CHARACTER compiled when first asked for (`due` and `list`, not `brief`)."""
    return re.compile(_ODD_CHARACTER)


# Spaces that make a text odd, and how far into each the text at fault starts.
_ODD_SPACES = (("  ", 0), (" \n", 0), ("\n ", 1))


def odd_ones(texts: list[str]) -> set[int]:
    """The positions in *texts* of the texts that `fit` and `wrap` do not lay out as they are:
    the others are made of one-column characters (_NARROW: no controls, no line breaks, no
    space but " "), their words one space apart, no space at either end. Found for a whole
    column at once, in C: `list` lays out 20,000 cells, `due` 6,000 names and sentences, and
    looking at each cost them more than their queries."""
    if not texts:
        return set()
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:  # a text with a line break of its own
        return {i for i, text in enumerate(texts) if "\n" in text} | odd_ones(
            [text.replace("\n", " ") for text in texts]
        )
    spots = [match.start() for match in _odd_character().finditer(joined)]
    for pair, shift in _ODD_SPACES:
        at = joined.find(pair)
        while at != -1:
            spots.append(at + shift)
            at = joined.find(pair, at + 1)
    if joined[:1] == " ":
        spots.append(0)
    if joined[-1:] == " ":
        spots.append(len(joined) - 1)
    if not spots:
        return set()
    # Where each text ends, its "\n" included (iterators in C: no Python call per text).
    ends = list(itertools.accumulate(map((1).__add__, map(len, texts))))
    return {bisect.bisect_right(ends, spot) for spot in spots}


def wrap_plain(text: str, width: int, first: str) -> list[str]:
    """`wrap(text, width, first)` of a text that `odd_ones` does not name (nor *first*, spaces
    under it), without looking at it again: a due list wraps a thousand sentences."""
    laid = _wrap_narrow(text.split(), width, first, " " * len(first))
    return wrap(text, width, first) if laid is None else laid


def fit_all(texts: list[str | None], columns: int) -> list[str]:
    """`fit(text or "", columns)` of each of *texts*, the same strings: a column at once but
    for its `odd_ones`, which are fitted one by one."""
    cells = [text or "" for text in texts]
    odd = odd_ones(cells)
    cut = columns - 1
    fitted = [text.ljust(columns) if len(text) <= columns else text[:cut] + "…" for text in cells]
    for i in odd:
        fitted[i] = fit(cells[i], columns)
    return fitted


def ask(question: str) -> bool:
    """Ask *question* on the terminal, y/N; True only for y or yes (Ctrl+D is no).

    The question is filtered here: on a terminal, input() writes its prompt past sys.stdout.
    """
    try:
        answer = input(visible(f"{question} [y/N] "))
    except EOFError:
        answer = ""
    return answer.strip().casefold() in ("y", "yes")
