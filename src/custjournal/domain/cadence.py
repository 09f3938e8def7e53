"""Stay-in-touch cadence: the stage's default, halved for tier A, a customer's override first."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass

from custjournal.domain.vocab import STAGE_LABELS


@dataclass(frozen=True)
class Cadence:
    days: int
    explanation: str  # e.g. "Connection cadence, halved for tier A: 11 days"


def effective(stage: str, tier: str, override: int | None, cadences: Mapping[str, int]) -> Cadence:
    if override:
        return Cadence(override, f"own cadence: {override} days")
    base = cadences[stage]
    label = STAGE_LABELS.get(stage, stage)
    if tier == "A":
        days = math.ceil(base / 2)
        return Cadence(days, f"{label} cadence, halved for tier A: {days} days")
    return Cadence(base, f"{label} cadence: {base} days")


def next_due(last_touch: dt.date | None, added_on: dt.date, cadence_days: int) -> dt.date:
    """The day contact is due: last touch (or the day the customer was added) plus the cadence."""
    return (last_touch or added_on) + dt.timedelta(days=cadence_days)


def due_on(next_contact: dt.date, promise_due: dt.date | None) -> dt.date:
    """When a customer next needs something from you (the list's Due, `list --sort due`,
    Insights' best customers): the next contact, or an open promise due earlier."""
    return promise_due if promise_due is not None and promise_due < next_contact else next_contact


def is_due(due_day: dt.date, today: dt.date) -> bool:
    """Whether *due_day* (`due_on`) is past: the list shows it as overdue, Insights says "due"."""
    return due_day < today
