"""A gift's currency through ops: a new gift takes the journal's currency (or the one given),
an edit may change it (a bad code is one sentence, nothing saved), a deleted gift comes back
with it, and `currency_change` says what a new journal currency would leave out of value."""

from __future__ import annotations

import pytest

from custjournal import ops
from custjournal.domain.errors import UserError


def _gift(journal, customer_id: int) -> dict:
    with journal.reader() as source:
        from custjournal.store import queries

        detail = queries.customer_detail(source, customer_id)
    assert detail is not None
    (gift,) = detail["gifts"]
    return gift


def test_a_new_gift_takes_the_journals_currency_and_keeps_it(journal):
    ops.set_currency(journal, "EUR")
    ada = ops.add_customer(journal, "Ada Lovelace").id
    gift_id = ops.add_gift(journal, ada, "Tea", cost_minor=9957).id
    ops.set_currency(journal, "JPY")
    assert _gift(journal, ada)["currency"] == "EUR"

    ops.update_entry(journal, "gift", gift_id, currency="usd", cost_minor=550)
    gift = _gift(journal, ada)
    assert (gift["currency"], gift["cost_minor"]) == ("USD", 550)
    with pytest.raises(UserError) as refused:
        ops.update_entry(journal, "gift", gift_id, currency="dollars")
    assert "not a currency code" in refused.value.message and refused.value.field == "currency"
    assert _gift(journal, ada)["currency"] == "USD"

    deleted = ops.delete_entry(journal, "gift", gift_id)
    assert deleted.snapshot is not None
    ops.restore_entry(journal, deleted.snapshot)
    assert _gift(journal, ada)["currency"] == "USD"


def test_currency_change_counts_what_stays_in_the_old_currency(journal):
    ops.set_currency(journal, "EUR")
    ada = ops.add_customer(journal, "Ada Lovelace").id
    assert ops.currency_change(journal, "JPY").warning is None  # nothing in EUR yet
    ops.add_gift(journal, ada, "Sample", cost_minor=500)
    assert ops.currency_change(journal, "JPY").warning == (
        "1 gift with a cost is in EUR: it will no longer count toward the cost of gifts in JPY."
    )
    ops.add_gift(journal, ada, "Cup", cost_minor=700)
    assert ops.currency_change(journal, "JPY").warning == (
        "2 gifts with a cost are in EUR: they will no longer count toward the cost of gifts in JPY."
    )
    with journal.reader() as source:
        from custjournal.store import queries

        detail = queries.customer_detail(source, ada)
    assert detail is not None
    for gift in detail["gifts"]:
        ops.delete_entry(journal, "gift", gift["id"])
    ops.add_purchase(journal, ada, 12000)
    assert ops.currency_change(journal, "JPY").warning == (
        "1 purchase is in EUR: it will no longer count toward value or tiers in JPY."
    )
    ops.add_purchase(journal, ada, 5000)
    assert ops.currency_change(journal, "JPY").warning == (
        "2 purchases are in EUR: they will no longer count toward value or tiers in JPY."
    )
    ops.add_purchase(journal, ada, 700, currency="USD")  # already left out: not counted
    ops.add_gift(journal, ada, "Tea", cost_minor=9957)
    ops.add_gift(journal, ada, "Card")  # no cost: leaves nothing out

    change = ops.currency_change(journal, "jpy")
    assert (change.old, change.new, change.purchases, change.gifts) == ("EUR", "JPY", 2, 1)
    assert change.warning == (
        "2 purchases and 1 gift with a cost are in EUR: they will no longer count toward "
        "value, tiers or the cost of gifts in JPY."
    )
    same = ops.currency_change(journal, "EUR")
    assert same.warning is None and same.old == same.new
    with pytest.raises(UserError):
        ops.currency_change(journal, "E1")
