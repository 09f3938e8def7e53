"""Linking customers and same-firm declarations through ops, read back from both sides."""

import datetime as dt

import pytest

from custjournal import ops
from custjournal.domain import links as rules
from custjournal.domain.changes import Changed
from custjournal.domain.errors import UserError
from custjournal.store import links, queries
from custjournal.store.brief_data import load_brief
from tests import rawdb

TODAY = dt.date(2026, 3, 15)


@pytest.fixture
def people(journal):
    ada = ops.add_customer(journal, "Ada Lovelace", company="Acme GmbH", today=TODAY).id
    bob = ops.add_customer(journal, "Bob Smith", company="ACME gmbh", today=TODAY).id
    cy = ops.add_customer(journal, "Cyril Ölund", company="Acme Industries S.A.", today=TODAY).id
    return {"ada": ada, "bob": bob, "cy": cy}


def count(journal, table):
    con = rawdb.connect(rawdb.where(journal))
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def labels(journal, customer_id):
    with journal.read() as session:
        return [(r["label"], r["other_name"]) for r in links.relationships(session, customer_id)]


def test_a_link_is_stored_once_and_read_from_either_side(journal, people):
    result = ops.link_customers(
        journal, people["bob"], people["ada"], "referred-by", note="met at a fair", today=TODAY
    )
    assert result.message == "Linked: Bob Smith — referred by Ada Lovelace."
    assert result.change.customer_ids == {people["ada"], people["bob"]}
    assert result.change.what == Changed.RELATIONSHIP
    assert count(journal, "relationship") == 1
    assert labels(journal, people["bob"]) == [("Referred by", "Ada Lovelace")]
    assert labels(journal, people["ada"]) == [("Referred", "Bob Smith")]


def test_inverse_words_store_the_same_row(journal, people):
    ops.link_customers(journal, people["ada"], people["bob"], "referred", today=TODAY)
    ops.link_customers(journal, people["ada"], people["cy"], "Manages", today=TODAY)
    assert labels(journal, people["bob"]) == [("Referred by", "Ada Lovelace")]
    assert labels(journal, people["cy"]) == [("Reports to", "Ada Lovelace")]
    assert sorted(labels(journal, people["ada"])) == [
        ("Manages", "Cyril Ölund"),
        ("Referred", "Bob Smith"),
    ]
    # Said again from the other side with the inverse word: the same link, not a second one.
    with pytest.raises(UserError, match="already linked"):
        ops.link_customers(journal, people["bob"], people["ada"], "referred-by", today=TODAY)
    assert count(journal, "relationship") == 2


def test_symmetric_kinds_are_one_row_whichever_side_sets_them(journal, people):
    ops.link_customers(journal, people["bob"], people["ada"], "works with", today=TODAY)
    with pytest.raises(UserError, match="already linked"):
        ops.link_customers(journal, people["ada"], people["bob"], "works-with", today=TODAY)
    # A new note updates it.
    r = ops.link_customers(
        journal, people["ada"], people["bob"], "works-with", note="same desk", today=TODAY
    )
    assert r.message.startswith("Updated the link")
    assert count(journal, "relationship") == 1
    assert labels(journal, people["ada"]) == [("Works with", "Bob Smith")]
    assert labels(journal, people["bob"]) == [("Works with", "Ada Lovelace")]


@pytest.mark.parametrize(
    ("who", "other", "kind", "words"),
    [
        ("ada", "ada", "family", "can't be linked to themselves"),
        (
            "ada",
            "bob",
            "friend",
            "Unknown relationship kind 'friend': use one of referred-by, "
            "referred, works-with, reports-to, manages, partner, family.",
        ),
        ("ada", "bob", "", "Unknown relationship kind"),
    ],
)
def test_bad_links_are_refused_and_nothing_is_written(journal, people, who, other, kind, words):
    with pytest.raises(UserError) as caught:
        ops.link_customers(journal, people[who], people[other], kind, today=TODAY)
    assert words in caught.value.message
    assert count(journal, "relationship") == 0


def test_a_customer_that_is_gone_is_refused(journal, people):
    with pytest.raises(UserError, match="no customer #999"):
        ops.link_customers(journal, people["ada"], 999, "partner", today=TODAY)
    assert count(journal, "relationship") == 0


def test_a_link_in_the_future_is_refused(journal, people):
    with pytest.raises(UserError, match="future"):
        ops.link_customers(
            journal,
            people["ada"],
            people["bob"],
            "partner",
            since=TODAY + dt.timedelta(days=1),
            today=TODAY,
        )


def test_unlink_by_kind_or_all_and_undo_puts_it_back(journal, people):
    ops.link_customers(journal, people["ada"], people["bob"], "partner", today=TODAY)
    ops.link_customers(journal, people["bob"], people["ada"], "works-with", today=TODAY)
    with pytest.raises(UserError, match="not linked as 'family'"):
        ops.unlink_customers(journal, people["ada"], people["bob"], "family")
    r = ops.unlink_customers(journal, people["bob"], people["ada"], "partner")
    assert count(journal, "relationship") == 1
    assert r.inverse is not None
    ops.apply_inverse(journal, r.inverse, "Undone")
    assert count(journal, "relationship") == 2
    r = ops.unlink_customers(journal, people["ada"], people["bob"])
    assert r.message == "Removed the 2 links between Ada Lovelace and Bob Smith."
    assert count(journal, "relationship") == 0


def test_erasing_a_customer_takes_their_links(journal, people):
    ops.link_customers(journal, people["bob"], people["ada"], "referred-by", today=TODAY)
    ops.forget_customer(journal, people["ada"])
    assert count(journal, "relationship") == 0
    assert labels(journal, people["bob"]) == []


def test_show_detail_and_brief_carry_the_links(journal, people):
    ops.add_purchase(journal, people["ada"], 500_000, on=TODAY, today=TODAY)
    ops.link_customers(
        journal,
        people["bob"],
        people["ada"],
        "referred-by",
        since=dt.date(2025, 4, 1),
        today=TODAY,
    )
    ops.add_milestone(journal, people["ada"], "referral", on=dt.date(2025, 4, 3), today=TODAY)
    with journal.read() as session:
        detail = queries.customer_detail(session, people["bob"])
        assert [(r["kind"], r["direction"], r["other_id"]) for r in detail["relationships"]] == [
            ("referred-by", "out", people["ada"])
        ]
        bob = load_brief(session, people["bob"], TODAY)
        ada = load_brief(session, people["ada"], TODAY)
    assert [c.text for c in bob.connections] == ["Referred by Ada Lovelace (tier A) in 2025"]
    assert [c.text for c in ada.connections] == ["Referred Bob Smith (tier C) in 2025"]
    # The referral milestone names whom the referral brought.
    assert [(m.label, m.note) for m in ada.milestones if m.kind == "referral"] == [
        ("Gave a referral", "referred Bob Smith")
    ]


# --- companies -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Acme GmbH", "ACME gmbh"),
        ("Acme GmbH", "Acme"),
        ("Acmé Ltd.", "acme"),
        ("Acme, Inc.", "ACME LLC"),
        ("Moteurs S.A.R.L.", "moteurs sarl"),
        ("Müller GmbH & Co. KG", "MÜLLER"),
        ("Van Dijk B.V.", "van dijk bv"),
        ("Acme AG", "Acme SA"),
        ("北京茶叶有限公司", "北京茶叶"),
        ("株式会社 サクラ", "サクラ株式会社"),
    ],
)
def test_company_names_fold_case_accents_and_legal_forms(a, b):
    assert rules.company_key(a) == rules.company_key(b)


def test_a_name_that_is_only_a_legal_form_keeps_it_and_different_firms_differ():
    assert rules.company_key("GmbH") == "gmbh"
    assert rules.company_key("Acme") != rules.company_key("Acme Industries")
    assert rules.company_key(None) == rules.company_key("  ") == ""


def test_companies_group_spellings_and_same_firm_declarations(journal, people):
    ops.add_purchase(journal, people["ada"], 100_000, on=TODAY, today=TODAY)
    ops.add_purchase(journal, people["bob"], 50_000, on=TODAY - dt.timedelta(days=400), today=TODAY)
    ops.add_promise(journal, people["bob"], "Call back", due=TODAY, today=TODAY)
    ops.log_conversation(journal, people["cy"], on=TODAY - dt.timedelta(days=2), today=TODAY)
    with journal.read() as session:
        found = links.companies(session, TODAY)
    assert [(c.name, [m.name for m in c.members]) for c in found] == [
        ("Acme GmbH", ["Ada Lovelace", "Bob Smith"]),
        ("Acme Industries S.A.", ["Cyril Ölund"]),
    ]
    acme = found[0]
    assert acme.value_12m == 100_000  # Bob's purchase is older than 12 months
    assert acme.open_promises == 1 and acme.next_promise_due == TODAY
    r = ops.declare_same_firm(journal, "Acme", "Acme Industries")
    assert r.change.what == Changed.SAME_FIRM
    with pytest.raises(UserError, match="already one firm"):
        ops.declare_same_firm(journal, "ACME Industries SA", "acme gmbh")
    with journal.read() as session:
        found = links.companies(session, TODAY)
        assert links.company_of(session, people["cy"], TODAY).key == found[0].key
    assert len(found) == 1 and len(found[0].members) == 3
    assert found[0].last_contact == TODAY - dt.timedelta(days=2)
    # Taken back: apart again; undo of that joins them again.
    r = ops.undeclare_same_firm(journal, "acme industries", "ACME")
    with journal.read() as session:
        assert len(links.companies(session, TODAY)) == 2
    ops.apply_inverse(journal, r.inverse, "Undone")
    with journal.read() as session:
        assert len(links.companies(session, TODAY)) == 1
    with pytest.raises(UserError, match="never said"):
        ops.undeclare_same_firm(journal, "Acme GmbH", "ACME")
    with pytest.raises(UserError, match="no company name"):
        ops.declare_same_firm(journal, "...", "Acme")


def test_a_merge_moves_links_to_the_customer_kept_and_drops_one_between_the_two(journal, people):
    ops.link_customers(journal, people["bob"], people["ada"], "referred-by", today=TODAY)
    ops.link_customers(journal, people["cy"], people["bob"], "reports-to", today=TODAY)
    ops.merge_customers(journal, people["ada"], people["bob"])
    assert labels(journal, people["ada"]) == [("Manages", "Cyril Ölund")]
    assert labels(journal, people["cy"]) == [("Reports to", "Ada Lovelace")]
    assert count(journal, "relationship") == 1
