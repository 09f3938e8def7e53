"""A / B / C tiers from the last 12 months of purchases (`docs/rules.md`, "Model": Tier).

Among unpinned customers with purchases in the window, ranked by value, the first ceil(20%) are A
and the next, up to ceil(50%) in all, are B; ties at a boundary go to the higher tier. Everyone
else is C. Pinned customers keep their pin and take no slot.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence


def window_start(today: dt.date) -> dt.date:
    """The first day of the 12 months that end on *today* (29 February falls back a day)."""
    try:
        last_year = today.replace(year=today.year - 1)
    except ValueError:
        last_year = today.replace(year=today.year - 1, day=28)
    return last_year + dt.timedelta(days=1)


def assign(
    values: Mapping[int, int], pins: Mapping[int, str | None], all_ids: list[int]
) -> dict[int, str]:
    """Tier for every id in *all_ids*; *values* holds 12-month value (minor units) of buyers."""
    a_floor, b_floor = ranking(values, pins)
    get_value, get_pin = values.get, pins.get
    return {cid: tier(get_value(cid), get_pin(cid), a_floor, b_floor) for cid in all_ids}


def ranking(values: Mapping[int, int], pins: Mapping[int, str | None]) -> tuple[float, float]:
    """The floors of tiers A and B (`floors`) among the buyers of *values* who are not pinned
    (pinned customers take no slot); infinite when there are none. With `tier`, what `assign`
    gives, for a caller that works a customer's tier out beside the rest of their row."""
    ranked = sorted((v for cid, v in values.items() if not pins.get(cid)), reverse=True)
    return floors(ranked) if ranked else (math.inf, math.inf)


def tier(value: int | None, pin: str | None, a_floor: float, b_floor: float) -> str:
    """A customer's tier: the pin if pinned, C without purchases in the window (*value* None),
    else by the floors of `ranking` (ties at a boundary go to the higher tier)."""
    if pin:
        return pin
    if value is None:
        return "C"
    return "A" if value >= a_floor else ("B" if value >= b_floor else "C")


def floors(ranked: Sequence[int]) -> tuple[int, int]:
    """The lowest value that is tier A and the lowest that is B (or better), given the values of
    the unpinned buyers highest first (not empty): ties at a boundary go to the higher tier, so
    a value is A when it is at least the first, B when at least the second.
    `store/due_count.py` ranks with these too."""
    n = len(ranked)
    return ranked[math.ceil(n * 0.2) - 1], ranked[math.ceil(n * 0.5) - 1]
