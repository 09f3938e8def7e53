"""The one output filter of the command line (`interop.terminal.visible`)."""

from __future__ import annotations

import io
import json
import re
import sys
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from custjournal.interop import terminal

RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def test_controls_and_bidi_overrides_become_visible_escapes():
    assert terminal.visible("a\x1b[2Jb\x07") == "a\\u001b[2Jb\\u0007"
    assert terminal.visible("\x9b31m") == "\\u009b31m"
    assert terminal.visible("x\u202ey\u2066z\u2069") == "x\\u202ey\\u2066z\\u2069"
    assert terminal.visible("lone\rreturn") == "lone\\u000dreturn"


def test_newlines_tabs_and_ordinary_text_pass_unchanged():
    text = "Zoë 北京 🍵\tline\nnext \u200d"
    assert terminal.visible(text) == text
    assert terminal.visible("windows\r\nline") == "windows\nline"


@given(st.text())
def test_nothing_raw_survives_and_filtering_twice_changes_nothing(text: str):
    shown = terminal.visible(text)
    assert not RAW.search(shown)
    assert terminal.visible(shown) == shown


@given(st.text())
def test_json_filtered_is_still_json_of_the_same_text(text: str):
    document = json.dumps({"name": text}, ensure_ascii=False)
    assert json.loads(terminal.visible(document))["name"] == text


def test_the_decorator_filters_both_streams_and_puts_them_back(monkeypatch):
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)

    @terminal.visible_output
    def command() -> int:
        print("name: \x1b]0;x\x07")
        print("error \u202e", file=sys.stderr)
        terminal.progress_line("Importing \x1b: 1/2")
        terminal.data_stream(sys.stdout).write("raw\x1b\n")  # a pipe: data as it is
        return 3

    assert command() == 3
    assert (sys.stdout, sys.stderr) == (out, err)
    assert out.getvalue() == "name: \\u001b]0;x\\u0007\nraw\x1b\n"
    assert err.getvalue() == "error \\u202e\n\rImporting \\u001b: 1/2"


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        alphabet=st.characters(
            min_codepoint=32,
            max_codepoint=0x4E2D,
            blacklist_categories=("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"),
        ),
        max_size=40,
    ),
    columns=st.integers(min_value=1, max_value=30),
)
def test_fit_fills_exactly_the_columns_and_cuts_with_an_ellipsis(text, columns):
    """`list`'s cells: as wide as asked, the text's start kept, '…' where it was cut (the
    ASCII shortcut and the character loop agree). Control characters are escaped first, and
    tested elsewhere."""
    fitted = terminal.fit(text, columns)
    assert terminal.display_width(fitted) == columns
    flat = " ".join(text.split())
    if terminal.display_width(flat) <= columns:
        assert fitted.rstrip(" ") == flat.rstrip(" ")
    else:
        kept = fitted.rstrip(" ")
        assert kept.endswith("…") and flat.startswith(kept[:-1])


def test_every_character_of_the_narrow_set_takes_one_column():
    """The shortcut of display_width, fit and wrap (text as wide as it is long) holds for
    every character it is taken for."""
    narrow = [chr(c) for c in range(0x110000) if terminal._NARROW.fullmatch(chr(c))]
    assert len(narrow) > 1000
    for ch in narrow:
        assert terminal._char_width(ch) == 1, hex(ord(ch))
        assert ch.isprintable() and (ch == " " or not ch.isspace()), hex(ord(ch))


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        alphabet=st.one_of(
            st.sampled_from(" \n\tÀéßłżŁøΩλЖщ—–’“”…€‰\u00ad\u0301\u0483 ab"),
            st.characters(min_codepoint=32, max_codepoint=0x4E2D, blacklist_categories=("Cs",)),
        ),
        max_size=120,
    ),
    width=st.integers(min_value=1, max_value=80),
    first=st.sampled_from(["", "    ", "- ", "Ж "]),
)
def test_the_narrow_shortcuts_lay_text_out_as_the_character_loop_does(text, width, first):
    """display_width, fit and wrap give the same with and without the shortcut for text made
    of one-column characters (Latin, Greek, Cyrillic names, a due item's sentence)."""
    fast = (
        terminal.display_width(terminal._clean(text)),
        terminal.fit(text, width),
        terminal.wrap(text, width, first),
    )
    with mock.patch.object(terminal, "_narrow", lambda _text: False):
        slow = (
            terminal.display_width(terminal._clean(text)),
            terminal.fit(text, width),
            terminal.wrap(text, width, first),
        )
    assert fast == slow


_CELL_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(" \n\tÀéßłżŁøΩλЖщ—–’“”…€‰\u00ad\u0301\u0483 ab"),
        st.characters(min_codepoint=32, max_codepoint=0x4E2D, blacklist_categories=("Cs",)),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(st.one_of(st.none(), _CELL_TEXT, st.sampled_from(["Ada", "Zoë Ångström"]))),
    columns=st.integers(min_value=1, max_value=30),
)
def test_a_column_fitted_at_once_is_each_cell_fitted(texts, columns):
    """`list` lays out a whole column at once: the same cells as fitting each, whatever the
    column holds (a name with two spaces, a tab, CJK or none at all sends it the long way)."""
    assert terminal.fit_all(texts, columns) == [terminal.fit(t or "", columns) for t in texts]


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(st.one_of(_CELL_TEXT, st.sampled_from(["Ada", "Hoàng Ngọc Ánh", "a b"]))),
    width=st.integers(min_value=1, max_value=80),
)
def test_what_is_not_odd_is_laid_out_as_it_is(texts, width):
    """Texts that `odd_ones` does not name are only padded or cut by `fit` and stay on one
    line as they are in `wrap` when they fit: what `due` relies on to lay out its sentences
    at once. Those it names are the ones that are not."""
    odd = terminal.odd_ones(texts)
    for i, text in enumerate(texts):
        columns = max(width, len(text))
        as_it_is = terminal.fit(text, columns) == text.ljust(columns) and (
            terminal.wrap(text, len(text) + 4, "    ") == [("    " + text).rstrip()]
        )
        if i not in odd:
            assert as_it_is
            assert terminal.wrap_plain(text, width, "    ") == terminal.wrap(text, width, "    ")
        else:
            assert not terminal._NARROW.fullmatch(text) or text != " ".join(text.split())


@given(st.text() | st.text(alphabet=st.sampled_from("ab \n\t\r\x1b\u202e\u200b\xa0Zoë北")))
def test_the_filter_writes_what_visible_makes_of_the_text(text):
    """The stream's quick look (printable but for line breaks and tabs) lets through only
    what `visible` leaves as it is."""
    out = io.StringIO()
    assert terminal.VisibleStream(out).write(text) == len(text)
    assert out.getvalue() == (text if RAW.search(text) is None else terminal.visible(text))
