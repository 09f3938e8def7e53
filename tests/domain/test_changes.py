"""Typed 'what changed': every operation says it with the same flags, through one interface."""

from __future__ import annotations

import datetime as dt

from custjournal import ops
from custjournal.domain.changes import ENTRY_FLAGS, Change, Changed, OpResult
from custjournal.interop import exporting, jsonio
from custjournal.store import backup

TODAY = dt.date(2026, 11, 23)


def test_every_entry_kind_and_every_part_of_the_json_document_has_a_flag():
    for kind in ops.ENTRY_MODELS:
        assert kind in ENTRY_FLAGS, kind
    for part in jsonio.PARTS:
        for table in (part, *part.children):
            assert table.name in ENTRY_FLAGS, table.name


def test_an_import_says_pain_the_way_the_actions_do(journal, tmp_path):
    ada = ops.add_customer(journal, "Ada Lovelace").id
    logged = ops.log_conversation(
        journal, ada, summary="Call", on=TODAY, pains=[ops.PainInput("slow quotes")], today=TODAY
    )
    assert Changed.PAIN in logged.change.what
    document = tmp_path / "all.json"
    exporting.export_file(journal, document, today=TODAY)
    other = ops.import_file(journal, document, today=TODAY)
    assert Changed.PAIN in other.change.what
    assert Changed.CUSTOMER in other.change.what


def test_settings_concern_every_customer_and_an_entry_only_its_own():
    settings = Change(what=Changed.SETTINGS)
    promise = Change(frozenset({1}), Changed.PROMISE)
    assert settings.concerns(1) and settings.concerns(2)
    assert promise.concerns(1) and not promise.concerns(2)
    assert Change.outside().concerns(7)


def test_every_operation_result_satisfies_one_interface(journal, tmp_path):
    ada = ops.add_customer(journal, "Ada Lovelace").id
    results: list[object] = [
        ops.add_promise(journal, ada, "Send the quote", today=TODAY),
        ops.update_settings(journal, cadences={"connection": 30}),
        ops.set_currency(journal, "USD"),
        ops.set_cadence(journal, "loyalty", 60),
        ops.snooze(journal, ada, "neglected", TODAY + dt.timedelta(days=3), today=TODAY),
    ]
    deleted = ops.delete_entry(journal, "promise", results[0].id)
    results += [deleted, ops.restore_entry(journal, deleted.snapshot or {})]
    document = tmp_path / "all.json"
    exporting.export_file(journal, document, today=TODAY)
    results.append(ops.import_file(journal, document, today=TODAY))
    copy = backup.backup_now(journal.path)
    results.append(ops.forget_customer(journal, ada))
    journal.close()
    results.append(backup.restore(journal.path, copy))
    for result in results:
        assert isinstance(result, OpResult), result
        assert isinstance(result.change, Change) and result.message
    settings_results = results[1:4]
    assert all(r.change.what == Changed.SETTINGS for r in settings_results)
    assert results[-1].change.concerns(ada)
