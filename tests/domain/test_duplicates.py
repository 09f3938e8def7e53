"""The duplicate finder, table-driven: what makes a pair, what doesn't, and the reason given."""

from __future__ import annotations

import pytest

from custjournal.domain import duplicates
from custjournal.domain.duplicates import Person

# (first, second, expected reason or None for "not a pair")
CASES = [
    # the same email, however it is written
    (
        Person(1, "Ada Lovelace", emails=("ada@example.com",)),
        Person(2, "A. King", emails=("ADA@Example.com ",)),
        "same email ada@example.com",
    ),
    # a phone with and without its country code, punctuation and a trunk 0
    (
        Person(1, "Ada Lovelace", phones=("+44 20 7946-0000",)),
        Person(2, "Augusta King", phones=("(020) 7946 0000",)),
        "same phone +44 20 7946-0000",
    ),
    (
        Person(1, "Ada Lovelace", phones=("0044 20 7946 0000",)),
        Person(2, "Augusta King", phones=("020/7946.0000",)),
        "same phone 0044 20 7946 0000",
    ),
    # a typo
    (Person(1, "Jon Smith"), Person(2, "John Smith", company="Acme"), "names 95% alike"),
    # case and accents
    (Person(1, "Zoë Brontë"), Person(2, "ZOE BRONTE"), "same name"),
    # given and family name swapped
    (Person(1, "Smith, John"), Person(2, "John Smith"), "names 100% alike"),
    # a missing middle name
    (Person(1, "Ada King Lovelace"), Person(2, "Ada Lovelace"), "names 100% alike"),
    # close names with the same company (legal form and case aside)
    (
        Person(1, "Chris Miller", company="Acme GmbH"),
        Person(2, "Christopher Miller", company="ACME"),
        "names 80% alike, same company",
    ),
    # email and name together
    (
        Person(1, "Jon Smith", emails=("js@acme.example",)),
        Person(2, "John Smith", emails=("js@acme.example",)),
        "same email js@acme.example, names 95% alike",
    ),
    # not pairs: colleagues at the same firm, different people with a shared first name,
    # numbers too short to tell, names only a little alike
    (Person(1, "Ada Lovelace", company="Acme"), Person(2, "Grace Hopper", company="Acme"), None),
    (Person(1, "John Smith"), Person(2, "John Miller"), None),
    (Person(1, "Ada", phones=("12-34",)), Person(2, "Bob", phones=("1234",)), None),
    (Person(1, "Chris Miller"), Person(2, "Christopher Miller"), None),
    (
        Person(1, "Ada Lovelace", phones=("+49 30 1234567",)),
        Person(2, "Bob Brown", phones=("+49 30 7654321",)),
        None,
    ),
]


@pytest.mark.parametrize("kind", ["rapidfuzz", "difflib"])
@pytest.mark.parametrize(("a", "b", "reason"), CASES)
def test_pairs_and_their_reasons(a, b, reason, kind):
    found = duplicates.find([a, b], ratio=duplicates.ratio_function(kind))
    if reason is None:
        assert found == []
    else:
        assert [(p.first, p.second, p.reason) for p in found] == [(1, 2, reason)]


def test_a_pair_said_not_to_be_duplicates_is_left_out():
    people = [Person(1, "Jon Smith"), Person(2, "John Smith"), Person(3, "John Smith")]
    assert len(duplicates.find(people)) == 3
    found = duplicates.find(people, not_duplicates={(2, 1), (1, 3)})
    assert [(p.first, p.second) for p in found] == [(2, 3)]


def test_stronger_evidence_comes_first():
    people = [
        Person(1, "Jon Smith"),
        Person(2, "John Smith"),
        Person(3, "Grace Hopper", emails=("g@navy.mil",)),
        Person(4, "Grace Hopper", emails=("g@navy.mil",)),
    ]
    assert [(p.first, p.second) for p in duplicates.find(people)] == [(3, 4), (1, 2)]


def test_a_shared_mailbox_is_no_evidence():
    people = [
        Person(i, f"Person {chr(64 + i)}", emails=("invoices@acme.example",))
        for i in (1, 2, 3, 4, 5)
    ]
    assert duplicates.find(people) == []


def test_progress_is_reported_and_can_cancel():
    people = [Person(i, f"John Smith{i % 3}") for i in range(50)]
    seen: list[tuple[int, int]] = []
    duplicates.find(people, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] > 0
    with pytest.raises(duplicates.Cancelled):
        duplicates.find(people, progress=lambda d, t: True)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("+49 30 1234567", "030 1234567", True),
        ("+1 (555) 123-4567", "555.123.4567", True),
        ("0044 20 7946 0958", "+44 20 7946 0958", True),
        ("+49 30 1234567", "+33 30 1234567", False),  # another country, another number
        ("1234567", "91234567890", False),
        ("12345", "12345", False),  # too short to say
    ],
)
def test_phones_are_compared_without_country_code_and_punctuation(a, b, same):
    assert duplicates.same_phone(duplicates.phone_key(a), duplicates.phone_key(b)) is same
