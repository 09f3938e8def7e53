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


def held_in(session: Source, currency: str) -> tuple[int, int]:
    """How many purchases, and gifts with a cost, are in *currency*: what value, tiers and the
    cost of gifts leave out once the journal's currency is another (ops `currency_change`).
    A gift without a currency of its own (deleted before migration 0018, brought back by undo)
    is read in the journal's, as everywhere."""
    ((purchases,),) = rows(
        session, "SELECT count(*) FROM purchase WHERE currency = :currency", {"currency": currency}
    )
    ((gifts,),) = rows(
        session,
        "SELECT count(*) FROM gift WHERE cost_minor IS NOT NULL"
        " AND coalesce(currency, :currency) = :currency",
        {"currency": currency},
    )
    return int(purchases), int(gifts)
