"""The brief is one page (docs/brief.md): a long history is shortened until its PDF fits, each
section saying how many entries it leaves out. On the 2,000-customer demo, 18 of the 20
busiest customers' briefs ran to a second page before."""

import datetime as dt
import re
import shutil
import subprocess

import pytest

from custjournal import ops
from custjournal.domain.brief import fit_steps, shortened
from custjournal.interop.brief_render import to_html, to_markdown
from custjournal.store.brief_data import load_brief

TODAY = dt.date(2026, 3, 15)
CATEGORIES = ("family", "interests", "preferences", "goals", "dislikes")
needs_poppler = pytest.mark.skipif(
    shutil.which("pdfinfo") is None or shutil.which("pdftotext") is None,
    reason="needs poppler-utils",
)


def days(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


@pytest.fixture
def busy(journal):
    """Years of entries in every section, as the demo's busiest customers have."""
    cid = ops.add_customer(journal, "Chloe Hughes", stage="loyalty", today=days(900)).id
    for n in range(40):
        ops.log_conversation(
            journal,
            cid,
            on=days(800 - n * 20),
            summary=f"Catch-up number {n} about the winter menu and the espresso blend",
            delights=[f"Loved the delivery number {n}; it came a day early and well packed."],
            pains=[
                ops.PainInput(f"Batch {n} of the Guatemala Antigua was roasted too dark."),
                ops.PainInput(f"Competitor {n} never answers e-mails.", "competitor"),
            ],
            today=TODAY,
        )
    for n in range(20):
        ops.add_fact(
            journal, cid, CATEGORIES[n % 5], f"Fact number {n}, worth knowing.", on=days(700 - n)
        )
    for n in range(12):
        ops.add_gift(journal, cid, f"Tasting box {n}", on=days(600 - n * 40), reaction="Pleased.")
    for n, kind in enumerate(("first-disclosure", "first-purchase", "testimonial", "referral")):
        ops.add_milestone(journal, cid, kind, on=days(850 - n * 100), note=f"note {n}")
    with journal.read() as session:
        return load_brief(session, cid, TODAY)


def pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))


@needs_poppler
def test_a_long_history_fits_one_page_saying_what_it_leaves_out(busy, tmp_path, qapp):
    from custjournal.interop.brief_pdf import _render, write_pdf

    whole = tmp_path / "whole.pdf"
    whole.write_bytes(_render(to_html(busy), "whole"))
    assert pages(whole) > 1  # the journal holds more than a page
    path = write_pdf(busy, tmp_path / "brief.pdf")
    assert pages(path) == 1
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    for heading in (
        "Talking points",
        "Relationship health",
        "What they value",
        "Pain points",
        "Personal",
        "Last conversations",
        "Gifts and invitations",
        "Trust milestones",
    ):
        assert heading in text, heading
    assert "older entries in the journal" in text
    # The newest entries are the ones kept.
    assert "Catch-up number 39" in text and "Catch-up number 0 " not in text


@needs_poppler
def test_several_long_briefs_each_fit_their_page(busy, tmp_path, qapp):
    from custjournal.interop.brief_pdf import write_pdf_many

    assert pages(write_pdf_many([busy, busy], tmp_path / "both.pdf")) == 2


def test_each_step_is_shorter_and_counts_what_it_leaves_out(busy):
    steps = fit_steps(busy)
    assert steps
    sizes = []
    for limits in steps:
        short = shortened(busy, limits)
        shown = (
            len(short.values)
            + len(short.pain_points)
            + len(short.conversations)
            + len(short.gifts_invitations)
            + len(short.milestones)
            + sum(len(g.facts) for g in short.personal)
        )
        whole = (
            len(busy.values)
            + len(busy.pain_points)
            + len(busy.conversations)
            + len(busy.gifts_invitations)
            + len(busy.milestones)
            + sum(len(g.facts) for g in busy.personal)
        )
        assert shown + sum(short.older.values()) - sum(busy.older.values()) == whole
        sizes.append(shown)
    assert sizes == sorted(sizes, reverse=True) and len(set(sizes)) == len(sizes)
    last = shortened(busy, steps[-1])
    # Every section keeps its newest entry; the milestones their latest, still oldest first.
    assert last.conversations[0] == busy.conversations[0]
    assert last.milestones == busy.milestones[-1:]
    assert all(len(g.facts) == 1 for g in last.personal)
    assert "… and" in to_markdown(last) and "older entries in the journal" in to_html(last)
