"""Text from the journal never reaches the terminal raw: escape sequences and bidi overrides in
an imported name or note are shown as visible escapes, on stdout and stderr, in prompts and in
JSON (where the escape is JSON's own, so the document still means the same text)."""

from __future__ import annotations

import json
import re

import pytest

EVIL = "Json\x1b]0;pwned\x07Esc"  # retitles a terminal window, as a review found
SHOWN = "Json\\u001b]0;pwned\\u0007Esc"
BIDI = "Ada \u202eevil\u202c Byron"
NOTE = "call back\x1b[2J\x9b31m soon"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def imported(cli, tmp_path):
    document = {
        "format": "custjournal",
        "version": 1,
        "customers": [{"name": EVIL, "notes": NOTE}, {"name": BIDI}, {"name": "Json Plain"}],
    }
    path = tmp_path / "evil.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    r = cli("import", str(path))
    assert r.code == 0, r.err


def assert_clean(r) -> None:
    assert not RAW.search(r.out), r.out
    assert not RAW.search(r.err), r.err


def test_search_shows_the_escape_sequence_instead_of_running_it(cli, imported):
    r = cli("search", "esc")
    assert r.code == 0
    assert SHOWN in r.out
    assert_clean(r)


@pytest.mark.parametrize(
    "args",
    [
        ("list",),
        ("show", "#1"),
        ("show", "#2"),
        ("search", "ada"),
        ("search", "soon"),
        ("due",),
        ("brief", "#1"),
        ("brief", "#1", "--format", "markdown"),
        ("brief", "#2", "--format", "json"),
        ("list", "--json"),
        ("search", "esc", "--json"),
    ],
)
def test_every_reading_command_prints_nothing_raw(cli, imported, args):
    r = cli(*args)
    assert r.code == 0, r.err
    assert_clean(r)


def test_bidi_overrides_are_shown_not_obeyed(cli, imported):
    r = cli("show", "#2")
    assert "Ada \\u202eevil\\u202c Byron" in r.out
    assert_clean(r)


def test_json_output_still_means_the_same_text(cli, imported):
    r = cli("show", "#1", "--json")
    assert_clean(r)
    document = json.loads(r.out)
    assert (document["name"], document["notes"]) == (EVIL, NOTE)
    assert json.loads(cli("show", "#2", "--json").out)["name"] == BIDI


def test_error_sentences_on_stderr_are_filtered(cli, imported):
    r = cli("show", "json")  # ambiguous: the candidates are listed on stderr
    assert r.code == 1 and SHOWN in r.err
    assert_clean(r)
    r = cli("show", "\x1b[31mred")
    assert r.code == 1 and "\\u001b[31mred" in r.err
    assert_clean(r)
    r = cli("frobnicate\x1b]0;x\x07")  # argparse's own message repeats the argument
    assert r.code == 2
    assert_clean(r)


def test_prompts_and_confirmations_are_filtered(cli, imported, monkeypatch):
    asked = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or "n")
    r = cli("forget", "#1")
    assert r.code == 1
    (prompt,) = asked
    assert SHOWN in prompt and not RAW.search(prompt)
    r = cli("log", "#1", "--summary", "tea")
    assert r.code == 0 and SHOWN in r.out
    assert_clean(r)
    r = cli("forget", "#1", "--yes")
    assert r.code == 0 and SHOWN in r.out
    assert_clean(r)


def test_an_export_to_a_pipe_is_data_and_goes_out_as_it_is(cli, imported):
    r = cli("export", "-", "--format", "json")
    assert r.code == 0
    names = [c["name"] for c in json.loads(r.out)["customers"]]
    assert EVIL in names
