"""Gifts in the JSON document carry their cost's currency, and an import keeps it; a file made
before gifts kept their currency gives its gifts the document's currency, or (naming none) the
currency of the journal it goes into."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from custjournal import ops
from custjournal.domain.errors import UserError
from custjournal.interop import jsonio
from custjournal.store.journal import open_journal

NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)


def dump(journal) -> dict:
    out = io.StringIO()
    with journal.read() as session:
        jsonio.write_journal(session, out, now=NOW)
    return json.loads(out.getvalue())


def gifts(journal) -> dict[str, tuple[str | None, str | None]]:
    doc = dump(journal)
    return {g["what"]: (g["cost"], g["currency"]) for c in doc["customers"] for g in c["gifts"]}


def test_gifts_are_exported_and_imported_with_their_currency(journal, tmp_path):
    ops.set_currency(journal, "EUR")
    ada = ops.add_customer(journal, "Ada Lovelace").id
    ops.add_gift(journal, ada, "Tea", cost_minor=9957)
    ops.set_currency(journal, "JPY")
    ops.add_gift(journal, ada, "Mochi", cost_minor=150000)
    ops.add_gift(journal, ada, "Cup", cost_minor=550, currency="usd")
    assert gifts(journal) == {
        "Tea": ("99.57", "EUR"),
        "Mochi": ("1500.00", "JPY"),
        "Cup": ("5.50", "USD"),
    }
    path = tmp_path / "journal.json"
    path.write_text(json.dumps(dump(journal)), encoding="utf-8")

    other = open_journal(tmp_path / "other.sqlite3")
    try:
        ops.set_currency(other, "CHF")
        ops.add_customer(other, "Somebody Else")  # a journal with data: a merge, new ids
        result = ops.import_file(other, path)
        assert result.added == 1
        assert gifts(other) == gifts(journal)  # each keeps its own, not the journal's CHF
    finally:
        other.close()


def _old_file(tmp_path, *, currency: str | None) -> str:
    """A document as made before gifts kept their currency: gifts without `currency`."""
    doc = {
        "format": "custjournal",
        "version": 1,
        "customers": [
            {
                "name": "Ada Lovelace",
                "gifts": [{"what": "Tea", "given_on": "2026-06-02", "cost": "99.57"}],
            }
        ],
    }
    if currency is not None:
        doc["currency"] = currency
    path = tmp_path / "old.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_an_old_file_gives_its_gifts_the_documents_currency(journal, tmp_path):
    ops.set_currency(journal, "CHF")
    ops.add_customer(journal, "Somebody Else")
    ops.import_file(journal, _old_file(tmp_path, currency="GBP"))
    assert gifts(journal) == {"Tea": ("99.57", "GBP")}


def test_a_file_naming_no_currency_gives_its_gifts_the_journals(journal, tmp_path):
    ops.set_currency(journal, "CHF")
    ops.add_customer(journal, "Somebody Else")
    ops.import_file(journal, _old_file(tmp_path, currency=None))
    assert gifts(journal) == {"Tea": ("99.57", "CHF")}


def test_a_gift_with_a_bad_currency_is_refused_by_place(tmp_path):
    path = _old_file(tmp_path, currency="EUR")
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["customers"][0]["gifts"][0]["currency"] = "E1"
    with pytest.raises(UserError) as refused:
        jsonio.load(json.dumps(doc))
    assert "customers[0].gifts[0].currency" in refused.value.message


def test_a_file_naming_no_currency_imported_twice_keeps_one_gift(journal, tmp_path):
    ops.set_currency(journal, "CHF")
    ops.add_customer(journal, "Somebody Else")
    path = _old_file(tmp_path, currency=None)
    ops.import_file(journal, path)
    again = ops.import_file(journal, path)
    assert (again.added, again.merged, again.skipped) == (0, 0, 1)
    assert gifts(journal) == {"Tea": ("99.57", "CHF")}
    assert sum(len(c["gifts"]) for c in dump(journal)["customers"]) == 1
