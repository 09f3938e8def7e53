"""The command line's JSON layout (interop/readable_json.py): any JSON reader reads the values
json.dumps would give; plain arrays sit on one line, structure is indented."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from custjournal.interop import readable_json

DOCUMENTS = [
    {},
    [],
    {"a": []},
    {"n": None, "t": True, "f": 1.5, "s": 'Zoë «quoted» "x" \u202e'},
    {"ids": list(range(50)), "nested": [{"ids": [1, 2], "empty": {}}, {"x": [[1, 2], [3]]}]},
    {"quotes": ["They deliver quickly, even on a Saturday morning.", "Same-day answers", "x"]},
    [1, "two", None, {"three": [3]}],
    {1: "one", "2": "two"},
]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_reads_back_as_json_dumps_writes_it(document: object) -> None:
    text = readable_json.dumps(document)
    assert text.endswith("\n")
    assert json.loads(text) == json.loads(json.dumps(document))


def test_plain_arrays_on_one_line_structure_indented() -> None:
    text = readable_json.dumps({"ids": [3, 1, 2], "rows": [{"id": 1, "tags": ["a", "b"]}]})
    assert text == (
        '{\n  "ids": [3, 1, 2],\n  "rows": [\n    {\n      "id": 1,\n'
        '      "tags": ["a", "b"]\n    }\n  ]\n}\n'
    )


def test_long_texts_one_per_line() -> None:
    quotes = ["They deliver quickly, even on a Saturday morning.", "Same-day answers, always."]
    text = readable_json.dumps({"quotes": quotes})
    assert f'\n    "{quotes[0]}",\n    "{quotes[1]}"\n' in text


def test_values_json_has_no_type_for_go_through_default() -> None:
    text = readable_json.dumps({"on": dt.date(2026, 2, 28)}, default=dt.date.isoformat)
    assert json.loads(text) == {"on": "2026-02-28"}
    with pytest.raises(TypeError):
        readable_json.dumps({"on": dt.date(2026, 2, 28)})
