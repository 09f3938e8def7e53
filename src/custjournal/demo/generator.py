"""Demo data: fills a journal with a realistic, varied sample of customers and their history.

The `demo` command and the scale benchmarks use it. The sample is a book of accounts of a
specialty coffee and tea supplier: cafés, hotels, shops and offices from many countries (names in
Latin script with accents, and some in Cyrillic, Greek, Chinese, Japanese and Korean), each with a
stage and its history, conversations with several sentences of notes, delights, pain points (with
us or with a competitor, some resolved), reasons for buying, promises (open, overdue, kept),
personal facts and important dates, gifts, invitations with their status history, trust
milestones, and purchases spread like real revenue: a few customers bring most of it, and some
who bought on a regular rhythm have stopped.

The names, places and sentences live in `demo/corpus.py`; this module plans and writes. Everything
happens in one write transaction (so a failure or a cancel leaves the journal as it was) and is
written through `store.bulk` (one executemany per table and batch, ids handed out after the
current maximum of each table, so children link to their parents without a round trip; rows are
in the metadata's column order). The full-text index is rebuilt at the end, inside the same transaction. The same seed and the
same `today` give the same journal.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from custjournal.demo.corpus import (
    BEANS,
    BODY,
    COMPETITORS,
    CONTACT_LABELS,
    CULTURE_WEIGHTS,
    CULTURES,
    CUSTOM_MILESTONES,
    CUSTOMER_NOTES,
    DELIGHT_THEMES,
    EMOJI,
    EVENTS,
    FACT_CATEGORIES,
    FACT_CUM,
    FACTS,
    GIFTS,
    IMPORTANT_DATES,
    INTERESTS,
    KIDS,
    MAIL_HOSTS,
    MILESTONE_NOTES,
    NEXT,
    OCCASIONS,
    OPENERS,
    OTHER_GOODS,
    PAINS_COMP,
    PAINS_US,
    PERSONAL,
    PLACES,
    PRODUCTS,
    PROMISES,
    REACTIONS,
    RELATIVES,
    ROLES,
    SEASONS,
    STREETS,
    SUMMARIES,
    TAGS,
    THEME_WEIGHTS,
    WEEKDAYS,
    WHY_BUY_THEMES,
    Culture,
    Name,
    full_name,
    is_latin,
    to_ascii,
)
from custjournal.domain import vocab
from custjournal.domain.reminders import MONTHS
from custjournal.store import backend, bulk, derived, models, search, settings
from custjournal.store.journal import Journal

__all__ = ["DemoCancelled", "DemoSummary", "fill"]

T = TypeVar("T")

# Customers generated and written per batch; progress is reported after each batch.
BATCH = 250
# Demo history spans this many days up to `today`.
HISTORY_DAYS = 730


class DemoCancelled(Exception):
    """The progress callback asked to stop; the transaction was rolled back, nothing was added."""


@dataclass(frozen=True)
class DemoSummary:
    customers: int  # customers added
    entries: int  # rows added about them: every table but customer and customer_tag
    rows: dict[str, int] = field(default_factory=dict)  # rows added per table


# --- the tables written --------------------------------------------------------------------

# Parents before children is store.bulk's business; this is the set the demo fills: every
# table of the journal but its settings and the user's own decisions about what is shown (the
# reminders' snooze/dismiss marks, pairs said not to be duplicates).
NOT_FILLED = ("setting", "reminder_state", "not_duplicate")
TABLES = tuple(t for t in models.TABLE_NAMES if t not in NOT_FILLED)
_NOT_ENTRIES = {"customer", "customer_tag"}


# Current stages, weighted: most customers are early in the relationship, fewer are loyal.
_STAGE_WEIGHTS = list(itertools.accumulate((25, 18, 17, 22, 18)))
_CHANNEL_WEIGHTS = list(itertools.accumulate((30, 15, 10, 25, 12, 5, 3)))  # vocab.CHANNELS order
# Conversations per 30 days of history, by current stage.
_CONTACT_RATE = {
    "prospecting": 1.1,
    "consideration": 2.0,
    "purchase": 1.6,
    "connection": 1.25,
    "loyalty": 1.1,
}
# How far back (days) a customer of each stage was added: earliest and latest.
_ADDED_BACK = {
    "prospecting": (0, 420),
    "consideration": (20, 600),
    "purchase": (60, 730),
    "connection": (150, 730),
    "loyalty": (300, 730),
}
# Pareto exponent for revenue: about 80 % of it from the top 20 % of buyers.
_PARETO_ALPHA = 1.16
_MIN_YEARLY_MINOR = 30_000  # what the smallest buyers spend a year, in minor units


@dataclass
class _Plan:
    """What is decided about a customer before their history is written."""

    stage: str
    added: dt.date
    yearly_minor: int = 0  # revenue a year for buyers; 0 for customers who never bought
    rhythm: int = 0  # days between purchases for regular buyers; 0 for irregular ones
    stopped: bool = False  # a regular buyer whose buying stopped


_POSSESSIVE_AFTER_S = re.compile(r"(?<=s)'s\b")


def _fill(template: str, slots: Mapping[str, str]) -> str:
    """*template* with its slots filled, and a possessive on a name ending in s written as
    English writes it: "Highland Roasters' machines", not "Highland Roasters's"."""
    return _POSSESSIVE_AFTER_S.sub("'", template.format_map(slots))


class _Slots(dict[str, str]):
    """Template values drawn on first use, so one note names the same product throughout."""

    def __init__(self, gen: _Generator, person: _Person) -> None:
        super().__init__()
        self.gen = gen
        self.person = person

    def __missing__(self, key: str) -> str:
        value = self.gen.slot(key, self.person)
        self[key] = value
        return value


@dataclass
class _Person:
    first: str
    pos: str  # possessive pronoun
    company: str
    city: str
    culture: Culture
    kids: tuple[str, str] = ("", "")  # the same two children in every fact
    # Fact templates and pain texts already written for this customer: a fact is never said
    # twice (no second "two kids" with other names), a pain never both open and resolved.
    said: set[str] = field(default_factory=set)


class _Generator:
    def __init__(
        self,
        rng: random.Random,
        today: dt.date,
        currency: str,
        cadences: dict[str, int],
        tables: bulk.Writer,
    ) -> None:
        self.rng = rng
        self.today = today
        self.currency = currency
        self.cadences = cadences
        self.t = tables
        # Other cities a note mentions: those written in Latin script, as an English note would.
        self.all_cities = tuple(city for c in CULTURES for city in c.cities if is_latin(city))
        self.first_fact: dt.date | None = None  # of the customer being written
        # (id, company, day added) of every customer written, for the links between them.
        self.written: list[tuple[int, str | None, dt.date]] = []
        self._today_stamp = bulk.day_stamp(today)

    # --- small helpers, on the hot path ---------------------------------------------------

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.rng.random() * len(items))]

    def themed(self, themes: Sequence[Sequence[str]]) -> str:
        """A way of saying one of *themes*, the first themes the most often."""
        weights = THEME_WEIGHTS[: len(themes)]
        theme = themes[bisect.bisect_right(weights, self.rng.random() * weights[-1])]
        return self.pick(theme)

    def day_between(self, first: dt.date, last: dt.date) -> dt.date:
        span = (last - first).days
        if span <= 0:
            return first
        return first + dt.timedelta(days=int(self.rng.random() * (span + 1)))

    def stamp(self, day: dt.date) -> str:
        """created_at/updated_at of something noted on *day*, in the working hours (UTC)."""
        if day >= self.today:
            # Logged today: midnight UTC, so no stamp lies ahead of the day the demo is made.
            return self._today_stamp
        return bulk.day_stamp(day, 7 * 3600 + int(self.rng.random() * 11 * 3600))

    def slot(self, key: str, person: _Person) -> str:
        rng = self.rng
        if key == "first":
            return person.first
        if key == "pos":
            return person.pos
        if key == "pos_cap":
            return person.pos.capitalize()
        if key == "company":
            return person.company
        if key == "city":
            return person.city
        if key in ("product", "product2"):
            return self.pick(PRODUCTS)
        if key in ("bean", "bean2", "bean3"):
            return self.pick(BEANS)
        if key == "comp":
            return self.pick(COMPETITORS)
        if key == "city2":
            return self.pick(self.all_cities)
        if key == "n":
            return str(5 * (1 + int(rng.random() * 40)))
        if key == "m":
            return str(5 * (1 + int(rng.random() * 20)))
        if key == "pct":
            return str(3 + int(rng.random() * 20))
        if key == "month":
            return self.pick(MONTHS)
        if key == "season":
            return self.pick(SEASONS)
        if key == "weekday":
            return self.pick(WEEKDAYS)
        if key == "relative":
            return self.pick(RELATIVES)
        if key == "kid":
            return person.kids[0]
        if key == "kid2":
            return person.kids[1]
        if key == "interest":
            return self.pick(INTERESTS)
        if key == "place":
            return self.pick(PLACES)
        if key == "event":
            return self.pick(EVENTS)
        if key == "colleague":
            return self.pick(("head chef", "partner", "accountant", "store manager"))
        if key == "invoice":
            return (
                f"INV-{self.today.year - int(rng.random() * 2)}-{int(rng.random() * 90000) + 10000}"
            )
        if key == "order":
            return f"PO-{int(rng.random() * 900000) + 100000}"
        if key == "other":
            culture = self.culture()
            female = rng.random() < 0.5
            given = self.pick(culture.women if female else culture.men).native
            sur = self.pick(culture.surnames)
            return full_name(culture, given, sur.female if female else sur.native)
        raise KeyError(key)

    def culture(self) -> Culture:
        r = self.rng.random() * CULTURE_WEIGHTS[-1]
        return CULTURES[bisect.bisect_right(CULTURE_WEIGHTS, r)]

    # --- planning: stages and revenue need to see all customers at once --------------------

    def plan(self, count: int) -> list[_Plan]:
        rng = self.rng
        plans = []
        for _ in range(count):
            stage = vocab.STAGES[
                bisect.bisect_right(_STAGE_WEIGHTS, rng.random() * _STAGE_WEIGHTS[-1])
            ]
            low, high = _ADDED_BACK[stage]
            # Skewed: more customers were added recently than long ago.
            back = low + int((high - low) * rng.random() ** 1.3)
            plans.append(_Plan(stage, self.today - dt.timedelta(days=back)))
        buyers = [p for p in plans if p.stage in ("purchase", "connection", "loyalty")]
        # Loyal, long-standing customers are likelier to be the big ones, but any buyer can be.
        pull = {"purchase": 1.0, "connection": 1.6, "loyalty": 2.6}
        ranked = sorted(
            buyers,
            key=lambda p: rng.random() * pull[p.stage] * (0.3 + (self.today - p.added).days / 365),
            reverse=True,
        )
        total = len(ranked)
        for rank, p in enumerate(ranked):
            # Pareto quantiles: value falls with rank as (rank/total)^(-1/alpha).
            quantile = (rank + 0.5) / total
            noise = math.exp(rng.gauss(0.0, 0.25))
            p.yearly_minor = int(_MIN_YEARLY_MINOR * quantile ** (-1 / _PARETO_ALPHA) * noise)
            kind = rng.random()
            if kind < 0.55:
                p.rhythm = rng.choice((14, 30, 30, 30, 45, 45, 60, 60, 90, 90))
                p.stopped = kind < 0.15
        return plans

    # --- one customer and everything about them -------------------------------------------

    def customer(self, plan: _Plan) -> None:
        rng, t, today = self.rng, self.t, self.today
        cid = t["customer"].new_id()
        culture = self.culture()
        female = rng.random() < 0.5
        given = self.pick(culture.women if female else culture.men)
        sur = self.pick(culture.surnames)
        surname = sur.female if female else sur.native
        name = full_name(culture, given.native, surname)
        city = self.pick(culture.cities)
        company, domain = self.company(culture, sur, city)
        first_kid = self.pick(KIDS)
        second_kid = self.pick([k for k in KIDS if k != first_kid])
        person = _Person(
            given.native if culture.order == "western" else name,
            "her" if female else "his",
            company or name,
            city,
            culture,
            (first_kid, second_kid),
        )
        added = plan.added
        stamp = self.stamp(added)
        self.written.append((cid, company, added))

        local = f"{given.latin}.{sur.latin}"
        if rng.random() < 0.3:
            local = f"{given.latin[:1]}{sur.latin}"
        email = f"{local}@{domain or self.pick(MAIL_HOSTS)}" if rng.random() < 0.92 else None
        phone = None
        if rng.random() < 0.85:
            area, number = 100 + int(rng.random() * 900), 1000000 + int(rng.random() * 9000000)
            phone = f"{culture.phone} {area} {number}"
        notes = None
        if rng.random() < 0.3:
            notes = _fill(self.pick(CUSTOMER_NOTES), _Slots(self, person))
        role = self.pick(ROLES) if company else None
        # A few customers have their own cadence, a tier pin, or are archived.
        cadence = rng.choice((10, 14, 30, 60)) if rng.random() < 0.05 else None
        pin = rng.choice(("A", "B")) if rng.random() < 0.02 else None
        archived = 1 if rng.random() < 0.02 else 0
        t["customer"].rows.append(
            (
                stamp,
                stamp,
                cid,
                name,
                company,
                role,
                email,
                phone,
                notes,
                plan.stage,
                cadence,
                pin,
                archived,
            )
        )
        tags = {self.pick(TAGS) for _ in range(1 + int(rng.random() * 3))}
        t["customer_tag"].rows.extend((cid, tag) for tag in sorted(tags))
        self.contact_points(cid, stamp, given, sur, domain, culture, city)

        stage_days = self.stage_history(cid, plan)
        # Most relationships are tended; about a third have been neglected for a while.
        cad = cadence or self.cadences.get(plan.stage, 21)
        if rng.random() < 0.32:
            quiet = cad + 3 + int(rng.random() * (cad * 3 + 60))
        else:
            quiet = int(rng.random() * cad)
        last_active = max(added, today - dt.timedelta(days=quiet))

        buyer = plan.yearly_minor > 0
        first_purchase = stage_days.get("purchase") if buyer else None
        self.first_fact = None
        conversations = self.conversations(cid, plan, person, added, last_active, first_purchase)
        self.facts(cid, person, added, last_active, plan.stage)
        self.gifts(cid, person, plan.stage, added, last_active)
        accepted = self.invitations(cid, plan.stage, added, last_active)
        purchases = self.purchases(cid, plan, first_purchase) if first_purchase else []
        self.milestones(
            cid, plan.stage, person, self.first_fact, purchases, accepted, added, conversations
        )

    def company(self, culture: Culture, sur: Name, city: str) -> tuple[str | None, str | None]:
        if self.rng.random() < 0.08:
            return None, None  # a private customer
        pattern = self.pick(culture.companies)
        native, _, latin = pattern.partition("=")
        company = _fill(native, {"sur": sur.native, "city": city})
        slug = latin.format(sur=sur.latin) if latin else to_ascii(company)
        slug = slug.replace(" ", "-")[:24].strip("-") or sur.latin
        return company, f"{slug}.{culture.tld}"

    def contact_points(
        self,
        cid: int,
        stamp: str,
        given: Name,
        sur: Name,
        domain: str | None,
        culture: Culture,
        city: str,
    ) -> None:
        rng, table = self.rng, self.t["contact_point"]
        for kind in vocab.CONTACT_KINDS:
            if rng.random() > {"email": 0.35, "phone": 0.45, "address": 0.5, "url": 0.3}[kind]:
                continue
            label = self.pick(CONTACT_LABELS[kind])
            if kind == "email":
                value = f"{given.latin}.{sur.latin}@{self.pick(MAIL_HOSTS)}"
                if label == "accounting" and domain:
                    value = f"invoices@{domain}"
            elif kind == "phone":
                value = f"{culture.phone} {int(rng.random() * 90000000) + 10000000}"
            elif kind == "address":
                street = STREETS.get(culture.tld, "Market Street")
                value = f"{street} {1 + int(rng.random() * 120)}, {city}"
            else:
                if not domain:
                    continue
                value = f"https://www.{domain}/"
            table.rows.append((stamp, stamp, table.new_id(), cid, kind, label, value))

    def stage_history(self, cid: int, plan: _Plan) -> dict[str, dt.date]:
        """Stage changes from Prospecting to the current stage; returns when each was entered."""
        rng, table = self.rng, self.t["stage_change"]
        target = vocab.STAGES.index(plan.stage)
        path = ["prospecting"]
        for stage in vocab.STAGES[1 : target + 1]:
            # Some customers skip Consideration and buy straight away.
            if stage == "consideration" and target > 1 and rng.random() < 0.25:
                continue
            path.append(stage)
        if plan.stage == "connection" and rng.random() < 0.1:
            path[-1:] = ["connection", "loyalty", "connection"]  # loyalty lapsed
        # Stages are mostly reached early on; staying in the last one is the long part.
        span = (self.today - plan.added).days
        days = sorted(
            plan.added + dt.timedelta(days=int(span * self.rng.random() ** 1.6)) for _ in path[1:]
        )
        entered: dict[str, dt.date] = {}
        previous: str | None = None
        for stage, day in zip(path, [plan.added, *days], strict=True):
            stamp = self.stamp(day)
            table.rows.append((stamp, stamp, table.new_id(), cid, previous, stage, day.isoformat()))
            entered.setdefault(stage, day)
            previous = stage
        return entered

    def conversations(
        self,
        cid: int,
        plan: _Plan,
        person: _Person,
        added: dt.date,
        last_active: dt.date,
        first_purchase: dt.date | None,
    ) -> list[dt.date]:
        rng, t = self.rng, self.t
        months = max(0.5, (last_active - added).days / 30)
        count = max(1, int(months * _CONTACT_RATE[plan.stage] * (0.5 + rng.random())))
        count = min(count, 80)
        days = sorted(self.day_between(added, last_active) for _ in range(count - 1))
        days.append(last_active)  # the last touch is the last conversation
        why_left = 2
        conv_table = t["conversation"]
        for day in days:
            conv_id = conv_table.new_id()
            iso = day.isoformat()
            stamp = self.stamp(day)
            channel = vocab.CHANNELS[
                bisect.bisect_right(_CHANNEL_WEIGHTS, rng.random() * _CHANNEL_WEIGHTS[-1])
            ]
            slots = _Slots(self, person)
            summary = _fill(self.pick(SUMMARIES), slots)
            notes = self.note(channel, slots) if rng.random() < 0.85 else None
            why = None
            if first_purchase and day >= first_purchase and why_left and rng.random() < 0.12:
                why = _fill(self.themed(WHY_BUY_THEMES), slots)
                why_left -= 1
            conv_table.rows.append((stamp, stamp, conv_id, cid, iso, channel, summary, notes, why))
            r = rng.random()
            if r < 0.45:
                for _ in range(1 + (r < 0.1)):
                    text = _fill(self.themed(DELIGHT_THEMES), slots)
                    t["delight"].rows.append(
                        (stamp, stamp, t["delight"].new_id(), cid, conv_id, text)
                    )
            if rng.random() < 0.35:
                self.pain(cid, conv_id, day, stamp, slots)
            if rng.random() < 0.35:
                self.promise(cid, conv_id, day, stamp, slots)
            if rng.random() < 0.12:
                self.fact(cid, conv_id, day, person)
        return days

    def note(self, channel: str, slots: _Slots) -> str:
        rng = self.rng
        parts = [self.pick(OPENERS[channel])]
        body = rng.sample(BODY, 1 + int(rng.random() * 4))
        parts.extend(body)
        if rng.random() < 0.3:
            parts.append(self.pick(PERSONAL))
        culture = slots.person.culture
        if culture.local and rng.random() < 0.4:
            parts.append(self.pick(culture.local))
        parts.append(self.pick(NEXT))
        if rng.random() < 0.05:
            parts.append(self.pick(EMOJI))
        return _fill(" ".join(parts), slots)

    def pain(self, cid: int, conv_id: int, day: dt.date, stamp: str, slots: _Slots) -> None:
        rng, table = self.rng, self.t["pain_point"]
        with_us = rng.random() < 0.55
        if with_us:
            template = self.pick(PAINS_US)
        else:
            # Each competitor has the complaint customers make of it most (by its place in the
            # list), and now and then another: Insights can tell them apart by what they do.
            own = PAINS_COMP[COMPETITORS.index(slots["comp"]) % len(PAINS_COMP)]
            template = own if rng.random() < 0.7 else self.pick(PAINS_COMP)
        text = _fill(template, slots)
        if text in slots.person.said:
            return  # said before: the same pain is not both open and resolved
        slots.person.said.add(text)
        resolved = None
        updated = stamp
        # Pains with us are mostly answered; a competitor's pain is "resolved" less often
        # (they fixed it, or the customer moved to us). Recent ones are still open.
        if (self.today - day).days > 10 and rng.random() < (0.65 if with_us else 0.25):
            resolved = min(self.today, day + dt.timedelta(days=1 + int(rng.random() * 45)))
            updated = self.stamp(resolved)
        table.rows.append(
            (
                stamp,
                updated,
                table.new_id(),
                cid,
                conv_id,
                text,
                "us" if with_us else "competitor",
                resolved.isoformat() if resolved else None,
            )
        )

    def promise(
        self, cid: int, conv_id: int | None, day: dt.date, stamp: str, slots: _Slots
    ) -> None:
        rng, table, today = self.rng, self.t["promise"], self.today
        text = _fill(self.pick(PROMISES), slots)
        due = None if rng.random() < 0.1 else day + dt.timedelta(days=2 + int(rng.random() * 28))
        done = None
        target = due or day + dt.timedelta(days=14)
        if target <= today:
            # Most promises that came due were kept, some late; a few are overdue, and those
            # are recent: a user who kept a journal for two years closed the old ones.
            still_open = 0.15 if (today - target).days <= 60 else 0.01
            if rng.random() >= still_open:
                if rng.random() < 0.85:  # on time: by the due day
                    done = self.day_between(day, target)
                else:  # late, by a few days
                    done = target + dt.timedelta(days=1 + int(rng.random() * 10))
                done = min(today, done)
        elif rng.random() < 0.2:
            done = self.day_between(day, today)  # kept early
        updated = self.stamp(done) if done else stamp
        table.rows.append(
            (
                stamp,
                updated,
                table.new_id(),
                cid,
                conv_id,
                text,
                day.isoformat(),
                due.isoformat() if due else None,
                done.isoformat() if done else None,
            )
        )

    def fact(
        self,
        cid: int,
        conv_id: int | None,
        day: dt.date,
        person: _Person,
        category: str | None = None,
    ) -> None:
        rng, table = self.rng, self.t["fact"]
        slots = _Slots(self, person)
        month = mday = None
        if category is None:
            category = FACT_CATEGORIES[bisect.bisect_right(FACT_CUM, rng.random() * FACT_CUM[-1])]
        template = self.pick(IMPORTANT_DATES if category == "important-date" else FACTS[category])
        if template in person.said:
            return  # known already: a second one could contradict it
        person.said.add(template)
        if category == "important-date":
            text = _fill(template, slots)
            month = 1 + int(rng.random() * 12)
            mday = 1 + int(rng.random() * (29 if month == 2 else 30))
        else:
            text = _fill(template, slots)
        stamp = self.stamp(day)
        table.rows.append(
            (
                stamp,
                stamp,
                table.new_id(),
                cid,
                conv_id,
                category,
                text,
                day.isoformat(),
                month,
                mday,
            )
        )
        if self.first_fact is None or day < self.first_fact:
            self.first_fact = day

    def facts(
        self, cid: int, person: _Person, added: dt.date, last_active: dt.date, stage: str
    ) -> None:
        """Facts learned outside a logged conversation, and important dates."""
        rng = self.rng
        depth = vocab.STAGES.index(stage)
        for _ in range(int(rng.random() * (1 + depth * 2))):
            self.fact(cid, None, self.day_between(added, last_active), person)
        # Customers further along have shared a birthday or an anniversary more often.
        if rng.random() < (0.6 if depth >= 2 else 0.1):
            for _ in range(1 + (rng.random() < 0.3)):
                day = self.day_between(added, last_active)
                self.fact(cid, None, day, person, "important-date")

    def gifts(
        self, cid: int, person: _Person, stage: str, added: dt.date, last_active: dt.date
    ) -> None:
        rng, table = self.rng, self.t["gift"]
        count = int(rng.random() * (1 + vocab.STAGES.index(stage) * 2.2))
        for _ in range(count):
            what, kind, low, high = GIFTS[int(rng.random() * len(GIFTS))]
            day = self.day_between(added, last_active)
            stamp = self.stamp(day)
            cost = low + int(rng.random() * (high - low)) if rng.random() < 0.9 else None
            table.rows.append(
                (
                    stamp,
                    stamp,
                    table.new_id(),
                    cid,
                    _fill(what, _Slots(self, person)),
                    kind,
                    day.isoformat(),
                    cost,
                    rng.choice(OCCASIONS),
                    rng.choice(REACTIONS),
                    self.currency,
                )
            )

    def invitations(
        self, cid: int, stage: str, added: dt.date, last_active: dt.date
    ) -> dt.date | None:
        """Invitations with their status history; returns the day one was first accepted."""
        rng, t, today = self.rng, self.t, self.today
        depth = vocab.STAGES.index(stage)
        count = int(rng.random() * depth * 1.3)
        first_accepted: dt.date | None = None
        changes = t["invitation_status_change"]
        for _ in range(count):
            inv_id = t["invitation"].new_id()
            sent = self.day_between(added, last_active)
            event_on = sent + dt.timedelta(days=10 + int(rng.random() * 50))
            event = f"{self.pick(EVENTS)} {event_on.year}"
            history = [("invited", sent)]
            reply_day = min(today, event_on, sent + dt.timedelta(days=1 + int(rng.random() * 9)))
            r = rng.random()
            if r < 0.6:
                history.append(("accepted", reply_day))
                if event_on <= today:
                    # Most who accept come; the event day records whether they did.
                    history.append(("attended" if rng.random() < 0.85 else "no-show", event_on))
            elif r < 0.85:
                history.append(("declined", reply_day))
            # Otherwise no answer yet: the invitation stays "invited".
            for status, day in history:
                stamp = self.stamp(day)
                changes.rows.append(
                    (stamp, stamp, changes.new_id(), inv_id, status, day.isoformat())
                )
                if status == "accepted" and (first_accepted is None or day < first_accepted):
                    first_accepted = day
            status, last = history[-1]
            t["invitation"].rows.append(
                (
                    self.stamp(sent),
                    self.stamp(last),
                    inv_id,
                    cid,
                    event,
                    event_on.isoformat(),
                    sent.isoformat(),
                    0 if rng.random() < 0.05 else 1,
                    status,
                )
            )
        return first_accepted

    def purchases(self, cid: int, plan: _Plan, first: dt.date) -> list[dt.date]:
        rng, table, today = self.rng, self.t["purchase"], self.today
        days: list[dt.date] = []
        span = (today - first).days
        if plan.rhythm:
            step = plan.rhythm
            if plan.stopped and span < 6 * step:
                step = max(14, span // 6)  # a quicker rhythm, so the stop can show
            end = today
            if plan.stopped and span >= 6 * step:
                # Bought like clockwork (three purchases at least), then stopped 3 to 8 rhythms
                # ago: what the "buying stopped" reminder looks for.
                back = 3 + int(rng.random() * min(6, span // step - 5))
                end = today - dt.timedelta(days=step * back)
            day = first
            while day <= end:
                days.append(day)
                jitter = int(step * 0.15)
                day += dt.timedelta(days=step + int(rng.random() * (2 * jitter + 1)) - jitter)
            per = plan.yearly_minor * step / 365
        else:
            count = 1 + int(rng.random() * max(1, span // 30))
            days = sorted({first, *(self.day_between(first, today) for _ in range(count - 1))})
            per = plan.yearly_minor * max(span, 90) / 365 / len(days)
        usual = self.pick(BEANS)  # most of what a customer buys is their usual coffee or tea
        for day in days:
            amount = max(500, int(per * (0.7 + 0.6 * rng.random())))
            stamp = self.stamp(day)
            if rng.random() < 0.75:
                what = f"{5 * (1 + int(rng.random() * 30))} kg {usual}"
            else:
                what = self.pick(OTHER_GOODS)
            table.rows.append(
                (stamp, stamp, table.new_id(), cid, day.isoformat(), amount, self.currency, what)
            )
        return days

    def milestones(
        self,
        cid: int,
        stage: str,
        person: _Person,
        first_fact: dt.date | None,
        purchases: list[dt.date],
        accepted: dt.date | None,
        added: dt.date,
        conversations: list[dt.date],
    ) -> None:
        rng, table = self.rng, self.t["milestone"]
        found: list[tuple[str, dt.date, bool, str | None]] = []
        slots = _Slots(self, person)
        if first_fact:
            found.append(("first-disclosure", first_fact, False, None))
        if purchases:
            found.append(("first-purchase", purchases[0], False, None))
        if accepted:
            found.append(("accepted-invitation", accepted, False, None))
        late = conversations[len(conversations) // 2 :] or [added]
        chances = {"referral": (0.5, 0.15), "testimonial": (0.4, 0.1), "advocate": (0.25, 0.0)}
        for kind, (loyal, connected) in chances.items():
            p = loyal if stage == "loyalty" else connected if stage == "connection" else 0.0
            if rng.random() < p:
                found.append((kind, self.pick(late), False, None))
        if stage in ("connection", "loyalty") and rng.random() < 0.12:
            kind, note = CUSTOM_MILESTONES[int(rng.random() * len(CUSTOM_MILESTONES))]
            found.append((kind, self.pick(late), True, note))
        for kind, day, custom, note in found:
            if not custom:
                note = _fill(MILESTONE_NOTES[kind], slots) if rng.random() < 0.7 else None
            stamp = self.stamp(day)
            table.rows.append(
                (stamp, stamp, table.new_id(), cid, kind, int(custom), day.isoformat(), note)
            )

    def links(self) -> None:
        """Connections among the customers written: about one in eight was referred by an
        earlier one, a few work with or report to another; and one pair of companies in about
        forty is said to be one firm (a subsidiary under another name)."""
        rng, people = self.rng, self.written
        table, firms = self.t["relationship"], self.t["same_firm"]
        seen: set[tuple[int, int, str]] = set()
        for i, (cid, _company, added) in enumerate(people):
            if i == 0:
                continue
            roll = rng.random()
            if roll < 0.12:
                kind, note = "referred-by", self.pick(LINK_NOTES)
            elif roll < 0.17:
                kind, note = "works-with", None
            elif roll < 0.20:
                kind, note = "reports-to", None
            else:
                continue
            other, _c, other_added = people[int(rng.random() * i)]
            day = max(added, other_added)
            first, second = (other, cid) if kind == "works-with" and other < cid else (cid, other)
            if (first, second, kind) in seen:
                continue
            seen.add((first, second, kind))
            stamp = self.stamp(day)
            table.rows.append(
                (stamp, stamp, table.new_id(), first, second, kind, note, day.isoformat())
            )
        companies = sorted({c for _i, c, _d in people if c})
        for _ in range(max(1, len(companies) // 40) if len(companies) > 1 else 0):
            a = self.pick(companies)
            b = self.pick([c for c in companies if c != a])
            stamp = self._today_stamp
            firms.rows.append((stamp, stamp, firms.new_id(), a, b))


# Why a referral came about, in a word or two (a relationship's note).
LINK_NOTES = (
    "met at a trade fair",
    "old friends from school",
    "recommended us over lunch",
    "a neighbour",
    "same golf club",
    None,
)


def fill(
    journal: Journal,
    *,
    customers: int = 200,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Callable[[int, int], bool | None] | None = None,
) -> DemoSummary:
    """Add *customers* demo customers with about fifty entries each, in one transaction.

    Adds to what the journal holds. The same *seed* and *today* give the same rows (ids follow
    what is already there). Dates lie in the two years up to *today*; only promise due dates and
    event dates may lie ahead. *progress(done, total)* is called every BATCH customers, and with
    (total, total) once the search index is rebuilt; if it returns True the transaction is
    rolled back and DemoCancelled is raised.
    """
    if customers < 0:
        raise ValueError("customers must not be negative")
    today = today or dt.date.today()
    with journal.write() as session:
        conn = session.connection()
        currency = settings.currency(session)
        cadences = settings.cadences(session)
        # Rows are tuples in the columns' order; a row's version and author (migration 0009)
        # keep their defaults: 1, and nobody (made-up entries were written by no one).
        tables = bulk.Writer(conn, TABLES, leave_out=("version", "author"))
        gen = _Generator(random.Random(seed), today, currency, cadences, tables)
        plans = gen.plan(customers)

        # Writing the rows is one half of the work, indexing them for search the other (it
        # takes longer, but is reported per customer too), so progress counts 2 steps each.
        def report(done: int) -> None:
            if progress is not None and progress(done, 2 * customers):
                raise DemoCancelled("Demo data cancelled: the journal was left as it was.")

        # Bulk inserts with the derived columns' triggers off; then worked out once for the
        # new customers (their ids follow the journal's largest).
        first_new = tables["customer"].next_id
        with derived.suspended(conn, set(range(first_new, first_new + customers))):
            for start in range(0, customers, BATCH):
                batch = plans[start : start + BATCH]
                for plan in batch:
                    gen.customer(plan)
                tables.flush()
                if start + len(batch) < customers:
                    report(start + len(batch))
            gen.links()
            tables.flush()
        backend.ids_written(conn)  # a team journal's id sequences move past the demo's ids
        if customers:
            # The last report waits for the index, so that "all done" means searchable too;
            # cancelling here still rolls everything back. The index covers the customers
            # already in the journal as well: its share is scaled to the new ones.
            search.rebuild(
                conn, progress=lambda done, total: report(customers + done * customers // total)
            )
    rows = {name: tables[name].written for name in TABLES}
    entries = sum(n for name, n in rows.items() if name not in _NOT_ENTRIES)
    return DemoSummary(customers=rows["customer"], entries=entries, rows=rows)
