"""The brief's loader agrees with the customer list, tier by tier, and refuses a missing customer."""

import dataclasses
import datetime as dt

import pytest

from custjournal import ops
from custjournal.domain.detail import CustomerDetail
from custjournal.domain.errors import UserError
from custjournal.store import queries
from custjournal.store.brief_data import load_brief, load_detail
from custjournal.store.queries import customer_tier

TODAY = dt.date(2026, 3, 15)


def test_one_customers_tier_and_next_due_match_the_whole_list(journal):
    # Ten buyers with ties at both boundaries, two pinned, one buying in another currency,
    # one whose purchases fall outside the window, and two who never bought.
    amounts = [900, 700, 700, 500, 400, 400, 300, 200, 100, 100]
    ids = []
    for n, amount in enumerate(amounts):
        cid = ops.add_customer(journal, f"Buyer {n}", stage="connection", today=TODAY).id
        ops.add_purchase(journal, cid, amount * 100, on=TODAY - dt.timedelta(days=n), today=TODAY)
        ids.append(cid)
    ops.update_customer(journal, ids[0], tier_pin="C")
    ops.update_customer(journal, ids[8], tier_pin="A")
    usd = ops.add_customer(journal, "Dollar", today=TODAY).id
    ops.add_purchase(journal, usd, 10**7, on=TODAY, currency="USD", today=TODAY)
    old = ops.add_customer(journal, "Lapsed", today=TODAY).id
    ops.add_purchase(journal, old, 10**7, on=dt.date(2024, 1, 1), today=TODAY)
    ids += [usd, old, ops.add_customer(journal, "Never", today=TODAY).id]
    ops.log_conversation(journal, ids[3], on=TODAY - dt.timedelta(days=4), today=TODAY)

    with journal.read() as session:
        rows = {r.id: r for r in queries.customer_rows(session, TODAY)}
        for cid in ids:
            assert customer_tier(session, cid, TODAY, "EUR") == rows[cid].tier, cid
            brief = load_brief(session, cid, TODAY)
            assert brief.header.tier == rows[cid].tier
            assert brief.header.next_due == rows[cid].next_due
            assert brief.header.value_12m.minor == rows[cid].value_12m
    assert {rows[i].tier for i in ids} == {"A", "B", "C"}


def test_a_missing_customer_is_a_sentence(journal):
    with journal.read() as session, pytest.raises(UserError, match="does not exist"):
        load_brief(session, 42, TODAY)


def test_the_detail_reaches_the_domain_typed_frozen_and_with_days(journal):
    cid = ops.add_customer(journal, "Ada", today=TODAY).id
    ops.add_promise(journal, cid, "send the brochure", due=TODAY, on=TODAY, today=TODAY)
    ops.add_purchase(journal, cid, 1250, on=TODAY, today=TODAY)
    with journal.read() as session:
        detail = load_detail(session, cid)
    assert isinstance(detail, CustomerDetail)
    assert detail.name == "Ada" and type(detail.added_on) is dt.date
    (promise,) = detail.promises
    assert (promise.text, promise.made_on, promise.due_on) == ("send the brochure", TODAY, TODAY)
    (purchase,) = detail.purchases
    assert (purchase.purchased_on, purchase.amount_minor) == (TODAY, 1250)
    with pytest.raises(dataclasses.FrozenInstanceError):
        detail.name = "Grace"
    assert not hasattr(detail, "__dict__")  # slots: no stray attributes


def test_no_detail_for_a_missing_customer(journal):
    with journal.read() as session:
        assert load_detail(session, 42) is None
