"""A small journal with every kind of entry (and non-Latin text), built through ops.

Used by the JSON round-trip tests and by tests/store/fixtures/make_schema_fixture.py, which
made the first released schema's fixture from it.
"""

from __future__ import annotations

import datetime as dt

from custjournal import ops
from custjournal.store.journal import Journal

DAY = dt.date(2026, 11, 20)


def fill_every_kind(journal: Journal) -> dict[str, int]:
    """Three customers covering every table; returns their ids by short name."""
    ada = ops.add_customer(
        journal,
        "Ada Lovelace",
        company="Analytical Engines",
        role="CTO",
        email="ada@example.com",
        phone="+44 20 7946 0000",
        notes="Prefers mornings; writes long letters.",
        stage="connection",
        tags=["vip", "tea"],
        cadence_days=10,
        contact_points=[
            ("email", "home", "ada@home.example"),
            ("url", None, "https://ada.example"),
        ],
        today=DAY - dt.timedelta(days=30),
    ).id
    zhang = ops.add_customer(
        journal,
        "张伟",
        company="北京茶叶有限公司",
        notes="Zoë's cousin — ça va? Привет!",
        tags=["中国"],
        today=DAY - dt.timedelta(days=20),
    ).id
    bob = ops.add_customer(journal, "Bob O'Brien", today=DAY).id
    assert ada and zhang and bob
    ops.set_stage(journal, ada, "loyalty", on=DAY - dt.timedelta(days=5), today=DAY)
    conv = ops.log_conversation(
        journal,
        ada,
        on=DAY - dt.timedelta(days=3),
        channel="meeting",
        summary="Q4 plans",
        notes="Long talk about engines.",
        delights=["quick quote"],
        pains=[ops.PainInput("slow shipping"), ops.PainInput("rude support", "competitor")],
        why_buy="you listen",
        promise="send brochure",
        promise_due=DAY + dt.timedelta(days=10),
        today=DAY,
    ).id
    ops.resolve_pain_point(journal, ada, "slow", on=DAY, today=DAY)
    ops.log_conversation(
        journal, zhang, on=DAY, channel="call", summary="谈了北京茶叶的价格", today=DAY
    )
    ops.add_fact(
        journal,
        ada,
        "important-date",
        "Birthday (born 1815)",
        month_day=(12, 10),
        on=DAY,
        conversation_id=conv,
        today=DAY,
    )
    ops.add_fact(journal, zhang, "interests", "喜欢绿茶", on=DAY, today=DAY)
    ops.add_promise(journal, bob, "call back", due=DAY + dt.timedelta(days=2), on=DAY, today=DAY)
    ops.mark_promise_done(journal, ada, "send", on=DAY, today=DAY)
    ops.add_gift(
        journal,
        ada,
        "Tea sampler",
        on=DAY,
        cost_minor=2550,
        occasion="Christmas",
        reaction="delighted",
        kind="freebie",
        today=DAY,
    )
    ops.record_invitation(
        journal, ada, "Spring gala", DAY + dt.timedelta(days=100), invited_on=DAY, today=DAY
    )
    ops.record_invitation(
        journal,
        ada,
        "Spring gala",
        DAY + dt.timedelta(days=100),
        status="accepted",
        invited_on=DAY,
        today=DAY,
    )
    ops.add_milestone(
        journal, ada, "first-disclosure", on=DAY, note="told me about her children", today=DAY
    )
    ops.add_milestone(journal, zhang, "Visited our factory", custom=True, on=DAY, today=DAY)
    ops.add_purchase(journal, ada, 1200050, on=DAY, what="Engine", today=DAY)
    ops.add_purchase(journal, zhang, 99900, on=DAY, what="茶叶", currency="CNY", today=DAY)
    ops.link_customers(
        journal, bob, ada, "referred-by", note="met at the gala", since=DAY, today=DAY
    )
    ops.link_customers(journal, ada, zhang, "works-with", today=DAY)
    ops.declare_same_firm(journal, "Analytical Engines Ltd", "北京茶叶有限公司")
    with journal.write() as session:
        # A snoozed reminder: reminder_state has no ops function of its own yet.
        session.connection().exec_driver_sql(
            "INSERT INTO reminder_state (customer_id, item_key, snoozed_until, dismissed_on, "
            "created_at, updated_at) VALUES (?, 'neglected', ?, NULL, "
            "'2026-11-20 10:00:00.000000', '2026-11-20 10:00:00.000000')",
            (bob, (DAY + dt.timedelta(days=7)).isoformat()),
        )
    ops.mark_not_duplicates(journal, zhang, bob)  # a "not duplicates" decision
    return {"ada": ada, "zhang": zhang, "bob": bob}
