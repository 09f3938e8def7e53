"""Settings kept inside the journal (so they travel with it): cadences per stage, currency."""

from __future__ import annotations

from sqlalchemy.engine import Connection
from sqlmodel import Session

from custjournal.domain.vocab import DEFAULT_CADENCE, STAGES


def set_raw(conn: Connection, key: str, value: str) -> None:
    conn.exec_driver_sql(
        "INSERT INTO setting (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def all_settings(session: Session) -> dict[str, str]:
    rows = session.connection().exec_driver_sql("SELECT key, value FROM setting")
    return {k: v for k, v in rows}


def cadences(session: Session) -> dict[str, int]:
    """The stay-in-touch cadence of each stage, in days, as set in this journal."""
    stored = all_settings(session)
    result = dict(DEFAULT_CADENCE)
    for stage in STAGES:
        value = stored.get(f"cadence.{stage}")
        if value and value.isdigit():
            result[stage] = int(value)
    return result


def currency(session: Session) -> str:
    return all_settings(session).get("currency", "EUR")
