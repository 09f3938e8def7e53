"""Undo on a team journal: each person undoes their own change, never another's made meanwhile,
and the foreign keys a customer's rows hang on may come back in either order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from custjournal import ops
from custjournal.store import queries
from custjournal.store.journal import open_journal
from tests.pgserver import PgServer

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def url(pg_server: PgServer, pg_database: str) -> str:
    return pg_server.url(pg_database)


def names(journal) -> list[str]:
    with journal.reader() as source:
        return sorted(c.name for c in queries.candidates(source))


def test_undo_takes_back_only_ones_own_change(url: str):
    mine, theirs = open_journal(url), open_journal(url)
    try:
        added = ops.add_customer(mine, "Ada Lovelace")
        ops.add_customer(theirs, "Grace Hopper")  # not recorded in mine's change
        assert added.inverse is not None
        ops.apply_inverse(mine, added.inverse, "Undone")
        assert names(theirs) == ["Grace Hopper"]
    finally:
        mine.close()
        theirs.close()


def test_a_merged_customer_comes_back_with_every_entry(url: str):
    journal = open_journal(url)
    try:
        ada = ops.add_customer(journal, "Ada Lovelace", tags=["vip"]).id
        twin = ops.add_customer(journal, "Ada King", tags=["math"]).id
        assert ada is not None and twin is not None
        ops.log_conversation(
            journal, twin, on=TODAY, summary="Samples", promise="Send the quote", today=TODAY
        )
        merged = ops.merge_customers(journal, ada, twin, today=TODAY)
        assert names(journal) == ["Ada Lovelace"]
        assert merged.inverse is not None
        # The customer row goes back after its conversation and tag: checked at commit.
        ops.apply_inverse(journal, merged.inverse, "Undone")
        assert names(journal) == ["Ada King", "Ada Lovelace"]
        with journal.read() as session:
            detail = queries.customer_detail(session, twin)
            assert detail is not None
    finally:
        journal.close()


@pytest.fixture
def colleague_url(pg_server: PgServer, pg_database: str) -> Iterator[str]:
    """A colleague's role with the rights to read and change rows (the grant docs/team.md
    shows), on a database the owner set up (with Ada Lovelace in it)."""
    owner = open_journal(pg_server.url(pg_database))
    ops.add_customer(owner, "Ada Lovelace")
    owner.close()
    with pg_server.colleague(pg_database) as colleague:
        yield colleague


def test_a_member_who_does_not_own_the_tables_can_undo(colleague_url: str):
    """A colleague with data rights only undoes a purchase and a deleted conversation of theirs."""
    journal = open_journal(colleague_url)
    try:
        with journal.reader() as source:
            (cid,) = [c.id for c in queries.candidates(source)]  # Ada, the owner's
        bought = ops.add_purchase(journal, cid, 500, on=TODAY, today=TODAY)
        logged = ops.log_conversation(journal, cid, on=TODAY, summary="Samples", today=TODAY)
        assert logged.id is not None
        deleted = ops.delete_entry(journal, "conversation", logged.id)
        for done in (deleted, bought):
            assert done.inverse is not None
            ops.apply_inverse(journal, done.inverse, "Undone")
        with journal.read() as session:
            detail = queries.customer_detail(session, cid)
        assert detail is not None
        assert [c["summary"] for c in detail["conversations"]] == ["Samples"]
        assert detail["purchases"] == []
    finally:
        journal.close()


def test_a_member_who_does_not_own_the_tables_can_import(colleague_url: str, tmp_path):
    """A colleague imports a contacts file (the derived columns' triggers, which only the owner
    may drop, stay on for them) and undoes the import."""
    card = tmp_path / "people.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nEMAIL:grace@navy.example\r\n"
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Alan Turing\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    journal = open_journal(colleague_url)
    try:
        result = ops.import_file(journal, card, today=TODAY)
        assert result.added == 2
        assert names(journal) == ["Ada Lovelace", "Alan Turing", "Grace Hopper"]
        assert result.inverse is not None
        ops.apply_inverse(journal, result.inverse, "Undone")
        assert names(journal) == ["Ada Lovelace"]
    finally:
        journal.close()
