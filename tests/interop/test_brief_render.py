"""Renderings of the brief: 80-column text, Markdown, JSON, HTML and a PDF whose text is read back.

Names and notes mix accents, Cyrillic, CJK and emoji, as in a real book of accounts.
"""

import datetime as dt
import html
import json
import os
import re
import shutil
import stat
import subprocess
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custjournal import ops
from custjournal.domain.brief import SECTIONS
from custjournal.interop import brief_render
from custjournal.interop.brief_render import (
    display_width,
    to_dict,
    to_html,
    to_markdown,
    to_text,
    wrap,
)
from custjournal.store.brief_data import load_brief

TODAY = dt.date(2026, 3, 15)
D = dt.timedelta
LONG_URL = "https://example.com/" + "a" * 100
NOTES_CJK = "北京茶叶店的老板很喜欢我们的乌龙茶，每个月都订两箱，还介绍了三位朋友。" * 2


def days(n):
    return TODAY - D(days=n)


@pytest.fixture
def rich(journal):
    """A customer with something in every section, in several scripts."""
    cid = ops.add_customer(
        journal,
        "Zoë Ñúñez-Иванова 王小明",
        company="Café Ünïcode 北京茶叶",
        role="Owner",
        stage="connection",
        today=days(400),
    ).id
    ops.log_conversation(
        journal,
        cid,
        on=days(3),
        channel="meeting",
        summary="Ужин в Москве 🎉 and tea",
        delights=["Loved the oolong 🍵 — «отлично»", NOTES_CJK],
        pains=[
            ops.PainInput("Late delivery of the *special* <order>"),
            ops.PainInput("Конкурент снова опоздал", "competitor"),
        ],
        why_buy="Because you listen — and " + LONG_URL,
        promise="Send the 茶 catalogue",
        promise_due=days(1),
        today=TODAY,
    )
    ops.add_fact(journal, cid, "family", "Дочь Маша, 7 лет", on=days(10), today=TODAY)
    ops.add_fact(
        journal, cid, "important-date", "誕生日 🎂", month_day=(3, 20), on=days(300), today=TODAY
    )
    ops.add_gift(
        journal,
        cid,
        "Tea sampler 🍵",
        on=days(20),
        cost_minor=2550,
        reaction="Très content",
        today=TODAY,
    )
    ops.record_invitation(
        journal, cid, "Fête du thé", TODAY + D(days=10), invited_on=days(2), today=TODAY
    )
    ops.add_milestone(
        journal, cid, "first-disclosure", on=days(10), note="told about Маша", today=TODAY
    )
    ops.add_purchase(journal, cid, 1_234_500, on=days(40), today=TODAY)
    ops.add_purchase(journal, cid, 5000, on=days(40), currency="JPY", today=TODAY)
    referrer = ops.add_customer(journal, "Ада Ловелас 🍵", today=days(400)).id
    ops.link_customers(
        journal, cid, referrer, "referred-by", note="at the 茶 fair", since=days(300), today=TODAY
    )
    with journal.read() as session:
        return load_brief(session, cid, TODAY)


@pytest.fixture
def bare(journal):
    cid = ops.add_customer(journal, "Grace", today=days(5)).id
    with journal.read() as session:
        return load_brief(session, cid, TODAY)


def cjk_pattern(text):
    """A regex matching *text* where any CJK ideograph may come out as a CJK radical."""
    return "".join(
        f"(?:{re.escape(ch)}|[\u2e80-\u2eff])" if "\u4e00" <= ch <= "\u9fff" else re.escape(ch)
        for ch in text
    )


def words(text):
    return re.sub(r"\s+", " ", text).strip()


# --- column counting and wrapping --------------------------------------------------------------


def test_display_width_counts_wide_and_zero_width_characters():
    assert display_width("abc") == 3
    assert display_width("北京") == 4
    assert display_width("🎉") == 2
    assert display_width("Zoe\u0308") == 3  # e + combining diaeresis
    assert display_width("❤️") == 2  # text heart + VS16: drawn as an emoji


def test_wrap_breaks_at_spaces_and_never_inside_a_word():
    text = "the quick brown fox jumps over the lazy dog " * 5
    lines = wrap(text, 30, "  - ")
    assert all(display_width(ln) <= 30 for ln in lines)
    assert lines[0].startswith("  - ") and all(ln.startswith("    ") for ln in lines[1:])
    assert words(" ".join(ln.strip(" -") for ln in lines)) == words(text)
    for ln in lines:
        assert set(ln.split()) <= {"-", *text.split()}  # every piece is a whole word


def test_wrap_breaks_cjk_between_characters_but_not_before_closing_punctuation():
    lines = wrap(NOTES_CJK, 20)
    assert all(display_width(ln) <= 20 for ln in lines)
    assert "".join(lines) == NOTES_CJK
    assert not any(ln[0] in "，。" for ln in lines)


def test_wrap_splits_only_a_word_wider_than_the_line():
    lines = wrap("see " + LONG_URL + " now", 40)
    assert all(display_width(ln) <= 40 for ln in lines)
    assert lines[0] == "see"  # the URL starts on its own line rather than after "see"
    assert "".join(lines[1:]).replace("now", "").strip() == LONG_URL.strip()


_SCRIPTS = st.sampled_from(
    list("abcdefghij ÉéüçЖжйЫ北京茶叶店老板。，、") + ["🎉", "🍵", "❤️", "e\u0301", "  ", "\n"]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_SCRIPTS, max_size=120).map("".join), st.integers(min_value=12, max_value=90))
def test_wrap_never_overflows_and_loses_nothing(text, width):
    # (The autouse home fixture is function-scoped; this pure function never touches it.)
    lines = wrap(text, width, "  - ", "    ")
    assert all(display_width(ln) <= width for ln in lines)
    body = "".join(ln[4:] for ln in lines)
    assert body.replace(" ", "") == "".join(text.split())


def test_wrap_replaces_control_characters():
    (line,) = wrap("evil\x1b[2Jname\x07", 80)
    assert "\x1b" not in line and "\x07" not in line and "name" in line


# --- text ---------------------------------------------------------------------------------------


def test_text_fits_80_columns_and_keeps_every_word(rich):
    text = to_text(rich)
    for line in text.splitlines():
        assert display_width(line) <= 80, line
    flat = text.replace("\n", " ")
    for needle in ("Zoë Ñúñez-Иванова 王小明", "Дочь Маша, 7 лет", "Loved the oolong 🍵", "Très"):
        assert needle in flat
    # The CJK note comes out whole once line breaks (made between characters) are removed.
    assert NOTES_CJK in re.sub(r"\n +", "", text)
    assert LONG_URL in re.sub(r"\n +", "", text)


def test_text_sections_in_order_and_talking_points_marked(rich):
    text = to_text(rich)
    titles = ["TALKING POINTS"] + [t.upper() for _, t in SECTIONS]
    positions = [text.index("\n" + t + "\n") for t in titles]
    assert positions == sorted(positions)
    assert "  ! Overdue promise (due 2026-03-14, yesterday): Send the 茶 catalogue" in text
    assert "  ! Coming up in 5 days (2026-03-20): 誕生日 🎂" in text
    assert "Left out of value: 1 purchase in JPY (50 JPY)" in text
    assert "12,345.00 EUR in all" in text


def test_text_leaves_empty_sections_out(bare):
    text = to_text(bare)
    assert "Grace" in text and "Last touch  never" in text
    for title in ["TALKING POINTS"] + [t.upper() for _, t in SECTIONS]:
        assert title not in text


def test_text_narrower_widths_still_fit(rich):
    for width in (40, 57):
        assert all(display_width(ln) <= width for ln in to_text(rich, width).splitlines())


# --- Markdown, JSON, HTML -----------------------------------------------------------------------


def test_markdown_escapes_user_text_and_keeps_scripts(rich):
    md = to_markdown(rich)
    assert md.startswith("# Zoë Ñúñez-Иванова 王小明\n")
    assert r"Late delivery of the \*special\* \<order\>" in md
    assert "## Talking points" in md and "- **!** **Overdue promise" in md
    assert NOTES_CJK in md and "Дочь Маша" in md and "🎉" in md
    headings = [ln[3:] for ln in md.splitlines() if ln.startswith("## ")]
    assert headings == ["Talking points", "Relationship health"] + [t for _, t in SECTIONS]


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("1. Acme", r"1\. Acme"),
        ("#1 fan", r"\#1 fan"),
        ("[x](y) a_b", r"\[x\](y) a\_b"),
        ("plain prose (with 3.5% and a - dash)", "plain prose (with 3.5% and a - dash)"),
    ],
)
def test_markdown_escapes_only_what_would_mean_something(text, escaped):
    assert brief_render.md_escape(text) == escaped


def test_markdown_leaves_empty_sections_out(bare):
    assert "## " not in to_markdown(bare)


def test_json_is_plain_with_iso_dates_and_decimal_strings(rich):
    doc = json.loads(json.dumps(to_dict(rich), ensure_ascii=False))
    c = doc["customer"]
    assert doc["as_of"] == "2026-03-15"
    assert (c["value_total"], c["value_12m"], c["currency"]) == ("12345.00", "12345.00", "EUR")
    assert c["left_out_of_value"] == [{"currency": "JPY", "amount": "50.00", "purchases": 1}]
    assert doc["talking_points"][0] == {
        "kind": "promise",
        "text": "Overdue promise (due 2026-03-14, yesterday): Send the 茶 catalogue",
        "urgent": True,
        "date": "2026-03-14",
    }
    gift = next(i for i in doc["gifts_invitations"] if i["type"] == "gift")
    assert (gift["cost"], gift["currency"], gift["date"]) == ("25.50", "EUR", "2026-02-23")
    assert [k for k, _ in SECTIONS if k in doc] == [k for k, _ in SECTIONS]


def test_html_escapes_everything_and_leaves_empty_sections_out(rich, bare):
    page = to_html(rich)
    assert "&lt;order&gt;" in page and "<order>" not in page
    assert "<h2>Talking points</h2>" in page and "Дочь Маша" in page
    assert '<meta charset="utf-8"/>' in page
    empty = to_html(bare)
    assert "<h2>" not in empty and "<h1>Grace</h1>" in empty
    assert "<html>" not in to_html(bare, standalone=False)


def test_every_rendering_has_the_health_section(rich):
    h = rich.health
    assert h is not None and h.knowledge.score is not None
    first = h.knowledge.reasons[0]
    text = to_text(rich)
    assert "\nRELATIONSHIP HEALTH\n" in text
    assert text.index("RELATIONSHIP HEALTH") < text.index("WHAT THEY VALUE")
    assert f"  Knowledge      {h.knowledge.score:>3}/100  {first[:20]}" in text
    md = to_markdown(rich)
    assert f"- **Knowledge {h.knowledge.score}/100** · " in md
    assert f"*Next step:* {brief_render.md_escape(h.next_step)}" in md
    doc = to_dict(rich)
    assert doc["health"]["knowledge"] == {
        "score": h.knowledge.score,
        "reasons": list(h.knowledge.reasons),
    }
    assert doc["health"]["next_step"] == h.next_step
    page = to_html(rich)
    assert "<h2>Relationship health</h2>" in page
    assert f'<td class="key">Knowledge</td><td class="score">{h.knowledge.score}/100</td>' in page
    assert html.escape(first) in page


def test_a_brief_with_nothing_to_tell_about_health_leaves_it_out(bare):
    assert bare.health is not None
    assert all(e.score is None for e in bare.health.elements)
    assert "HEALTH" not in to_text(bare) and "health" not in to_markdown(bare)
    assert "health" not in to_html(bare)
    assert to_dict(bare)["health"]["knowledge"]["score"] is None


def test_interop_render_does_not_import_qt():
    code = (
        "import sys, custjournal.interop.brief_render, custjournal.interop.brief_pdf; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run(
        [os.sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


# --- PDF ----------------------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils' pdftotext")
def test_pdf_holds_the_text_in_every_script(rich, tmp_path, qapp):
    from custjournal.interop.brief_pdf import write_pdf

    path = tmp_path / "out" / "brief.pdf"
    path.parent.mkdir()
    write_pdf(rich, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert "\x00" not in raw and "\ufffd" not in raw  # no glyph went missing
    # Noto CJK draws some ideographs with the same glyph as a radical (小 and ⼩, 龙 and ⻰), and
    # Qt's text layer names the glyph by the lower code point: NFKC folds the Kangxi radicals
    # back, and cjk_pattern lets a radical stand for an ideograph of the supplement block.
    text = words(unicodedata.normalize("NFKC", raw))
    for needle in (
        "Zoë Ñúñez-Иванова 王小明",
        "Café Ünïcode 北京茶叶",
        "Дочь Маша, 7 лет",
        "Конкурент снова опоздал",
        "Talking points",
        "Trust milestones",
        "Relationship health",
        "Très content",
        "<order>",
    ):
        assert needle in text, needle
    assert re.search(cjk_pattern(unicodedata.normalize("NFKC", NOTES_CJK)), text.replace(" ", ""))
    if shutil.which("pdfimages"):
        # Colour emoji are drawn as images (text extraction can't see them): one per emoji.
        listing = subprocess.run(
            ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
        ).stdout
        assert len(listing.splitlines()) > 2


def test_render_module_lists_its_public_api():
    assert set(brief_render.__all__) >= {"to_text", "to_markdown", "to_dict", "to_html"}


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="needs poppler-utils' pdfinfo")
def test_several_briefs_make_one_pdf_each_from_a_new_page(rich, bare, tmp_path, qapp):
    from custjournal.interop.brief_pdf import write_pdf, write_pdf_many

    def pages(path):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
        return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))

    alone = [tmp_path / "rich.pdf", tmp_path / "bare.pdf"]
    write_pdf(rich, alone[0])
    write_pdf(bare, alone[1])
    both = write_pdf_many([rich, bare, rich], tmp_path / "all.pdf")
    assert stat.S_IMODE(both.stat().st_mode) == 0o600
    assert pages(both) == 2 * pages(alone[0]) + pages(alone[1])
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(both), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    # Each brief starts a page: its name heads one, in the order given (NFKC: see above).
    text = unicodedata.normalize("NFKC", text)
    heads = [p.strip().splitlines()[0] for p in text.split("\f") if p.strip()]
    assert heads.count(rich.header.name) == 2 and bare.header.name in heads
    assert heads.index(bare.header.name) > heads.index(rich.header.name)


def test_the_health_section_says_what_explains_each_score(journal):
    """A promise kept ten days late: Responsibility 50 says why in every rendering ("0 of 1
    promise due kept on time." and "1 kept late."), not only its first sentence."""
    cid = ops.add_customer(journal, "Ada", today=days(100)).id
    ops.add_promise(journal, cid, "send samples", due=days(20), on=days(30), today=days(30))
    ops.mark_promise_done(journal, cid, "send samples", on=days(10), today=days(10))
    with journal.read() as session:
        brief = load_brief(session, cid, TODAY)
    r = brief.health.responsibility
    assert r.score == 50
    said = "0 of 1 promise due kept on time. 1 kept late."
    assert tuple(r.reasons[:2]) == ("0 of 1 promise due kept on time.", "1 kept late.")
    assert f"  Responsibility  50/100  {said}" in to_text(brief)
    assert f"- **Responsibility 50/100** · {said}" in to_markdown(brief)
    assert f'<span class="note">{said}</span>' in to_html(brief)
    assert to_dict(brief)["health"]["responsibility"]["reasons"][:2] == list(r.reasons[:2])
