"""Settings kept inside the journal (so they travel with it): cadences per stage, currency."""

from __future__ import annotations

from typing import TYPE_CHECKING

from custjournal.domain.vocab import DEFAULT_CADENCE, STAGES
from custjournal.store.reader import Source, rows

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


def set_raw(conn: Connection, key: str, value: str) -> None:
    conn.exec_driver_sql(
        "INSERT INTO setting (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def all_settings(session: Source) -> dict[str, str]:
    return {k: v for k, v in rows(session, "SELECT key, value FROM setting")}


def cadences(session: Source) -> dict[str, int]:
    """The stay-in-touch cadence of each stage, in days, as set in this journal."""
    stored = all_settings(session)
    result = dict(DEFAULT_CADENCE)
    for stage in STAGES:
        value = stored.get(f"cadence.{stage}")
        if value and value.isdigit():
            result[stage] = int(value)
    return result


def currency(session: Source) -> str:
    return all_settings(session).get("currency", "EUR")
