"""The JSON shapes of `list --json` and `show --json` (`docs/rules.md`, "JSON").

Money goes out as a decimal string ("12000.00") beside its currency, never as a float.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from custjournal.domain.values import format_minor
from custjournal.store.queries import CustomerRow

_MONEY_FIELDS = {"amount_minor": "amount", "cost_minor": "cost"}


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def entry(row: dict[str, Any]) -> dict[str, Any]:
    """An entry dict with money as decimal strings and dates as ISO strings."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if key in _MONEY_FIELDS:
            out[_MONEY_FIELDS[key]] = None if value is None else format_minor(value)
        elif isinstance(value, list):
            out[key] = [entry(v) if isinstance(v, dict) else _plain(v) for v in value]
        else:
            out[key] = _plain(value)
    return out


def list_item(row: CustomerRow, currency: str, today: dt.date) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "company": row.company,
        "stage": row.stage,
        "tier": row.tier,
        "last_contact": _plain(row.last_contact),
        "value_12m": format_minor(row.value_12m),
        "currency": currency,
        "next_due": _plain(row.next_due),  # the next contact
        # The app's Due column: the earlier of next_due and an open promise's due date, and the
        # days from today to it (negative: overdue), as the column says them ("3 d overdue").
        "days_until_due": (row.due_on - today).days,
        "due": _plain(row.due_on),
        "cadence_days": row.cadence_days,
        "tags": row.tags,
        "archived": row.archived,
    }


def customer_document(
    detail: dict[str, Any], row: CustomerRow | None, currency: str, today: dt.date
) -> dict[str, Any]:
    doc = entry(detail)
    if row is not None:
        doc.update(
            {
                "tier": row.tier,
                "value_12m": format_minor(row.value_12m),
                "currency": currency,
                "last_contact": _plain(row.last_contact),
                "next_due": _plain(row.next_due),
                "cadence_days": row.cadence_days,
            }
        )
    return doc
