"""Sorting in pieces (domain/sorting.py) gives exactly what one sort gives, ties included."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from custjournal.domain import sorting

# (key, tag): keys repeat often, so equal keys are common; the tag tells items apart.
ITEMS = st.lists(st.tuples(st.integers(0, 6), st.integers()), max_size=60)


@given(ITEMS, st.integers(1, 7), st.booleans())
def test_pieces_merged_are_one_stable_sort(items, piece, reverse):
    at_once, in_pieces = list(items), list(items)
    at_once.sort(key=lambda item: item[0], reverse=reverse)
    sorting.sort_in_pieces(in_pieces, lambda item: item[0], reverse=reverse, piece=piece)
    assert in_pieces == at_once


def test_a_list_of_two_pieces_or_fewer_is_sorted_at_once():
    calls: list[int] = []
    items = [3, 1, 2, 5, 4]
    sorting.sort_in_pieces(items, lambda n: calls.append(n) or n, piece=3)
    assert items == [1, 2, 3, 4, 5] and calls == [3, 1, 2, 5, 4]  # one key per item, one sort
