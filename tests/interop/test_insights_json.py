"""The JSON of the Insights page (`insights_render.to_dict`) is what a plain walk of the
dataclasses gives: its fast paths (fields cached per class, id lists copied whole) change
nothing, checked on a demo journal."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from custjournal import demo
from custjournal.domain import insights as di
from custjournal.domain.values import format_minor
from custjournal.interop import insights_render
from custjournal.store.insights import compute_insights


def plain(value: Any) -> Any:
    """The straightforward conversion the docs describe (docs/insights.md, "JSON")."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        result: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if f.name.endswith("_minor"):
                result[f.name[: -len("_minor")]] = None if item is None else format_minor(item)
            else:
                result[f.name] = plain(item)
            if f.name == "customer_ids" and isinstance(value, di.Theme | di.PainTheme):
                result["customer_count"] = len(item)
        return result
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def test_to_dict_is_the_plain_walk_of_the_page(journal):
    today = dt.date(2025, 6, 1)
    demo.fill(journal, customers=40, seed=5, today=today)
    for segment in (di.Segment(), di.Segment.parse("tier:A"), di.Segment.parse("stage:loyalty")):
        with journal.reader() as source:
            page = compute_insights(source, segment, today)
        expected = {key: plain(section) for key, section in page.sections()}
        got = insights_render.to_dict(page)
        assert got["sections"] == expected
        # Bools stay bools (True is an int, but not an id).
        assert json.dumps(got["sections"], sort_keys=True) == json.dumps(expected, sort_keys=True)
