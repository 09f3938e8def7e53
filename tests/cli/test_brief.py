"""`custjournal brief` as a user types it: formats, files, bad values, and no Qt unless PDF."""

import json
import os
import shutil
import stat
import subprocess
import sys

import pytest

from custjournal.interop.brief_render import display_width
from tests import rawdb


@pytest.fixture
def ada(cli):
    for args in (
        ("add", "Ada Lovelace", "--company", "Analytical Engines", "--stage", "connection"),
        ("add", "Adam Smith"),
        ("add", "Мария Иванова 🎉", "--company", "北京茶叶"),
        (
            "log",
            "Ada Lovelace",
            "--on",
            "2026-03-01",
            "--summary",
            "Q2 plans",
            "--delight",
            "quick quote",
            "--pain",
            "slow shipping",
            "--promise",
            "send brochure",
            "--due",
            "2026-03-10",
        ),
        ("purchase", "Ada Lovelace", "--amount", "1200", "--on", "2026-02-01"),
    ):
        r = cli(*args)
        assert r.code == 0, r.err


def test_text_is_the_default_and_fits_80_columns(cli, ada):
    r = cli("brief", "ada lovelace", "--today", "2026-03-15")
    assert r.code == 0, r.err
    assert r.out.startswith("Ada Lovelace")
    assert "! Overdue promise (due 2026-03-10, 5 days ago): send brochure" in r.out
    assert "Ask why they bought" in r.out
    assert all(display_width(line) <= 80 for line in r.out.splitlines())


def test_markdown_and_json(cli, ada):
    md = cli("brief", "#3", "--format", "Markdown", "--today", "2026-03-15")
    assert md.code == 0 and md.out.startswith("# Мария Иванова 🎉\n") and "北京茶叶" in md.out
    doc = json.loads(cli("brief", "id:1", "--format", "json", "--today", "2026-03-15").out)
    assert doc["customer"]["name"] == "Ada Lovelace"
    assert doc["customer"]["value_total"] == "1200.00"
    assert doc["talking_points"][0]["urgent"] is True


def test_output_file_is_private(cli, ada, tmp_path):
    target = tmp_path / "brief.md"
    r = cli("brief", "ada lovelace", "--format", "markdown", "-o", str(target))
    assert r.code == 0, r.err
    assert "Saved the brief of Ada Lovelace" in r.out
    assert target.read_text(encoding="utf-8").startswith("# Ada Lovelace")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--format", "docx"),
            "--format: unknown format 'docx': use one of text, markdown, json, pdf.",
        ),
        (("--format", "pdf"), "A PDF needs a file to go to: add -o FILE"),
        (("--today", "2026-02-30"), "is not a valid --today date"),
        (("-o", "/nonexistent-folder/x.md"), "The folder /nonexistent-folder does not exist"),
    ],
)
def test_bad_values_exit_1_with_a_sentence(cli, ada, args, message):
    r = cli("brief", "ada lovelace", *args)
    assert r.code == 1 and message in r.err and r.out == ""


def test_ambiguous_and_unknown_customers(cli, ada):
    r = cli("brief", "ada")
    assert r.code == 1 and "Ada Lovelace" in r.err and "Adam Smith" in r.err
    assert cli("brief", "Nobody").code == 1


def test_missing_journal_exits_1_and_creates_nothing(cli, journal_path):
    r = cli("brief", "ada")
    assert r.code == 1 and rawdb.said_missing(r.err, journal_path)
    assert not rawdb.exists(journal_path)


def test_an_unknown_option_is_argparse_misuse(cli, ada):
    assert cli("brief", "ada lovelace", "--colour").code == 2


def _run(journal_path, *args, code=""):
    """The command line in a fresh interpreter, without a display, as in a terminal over ssh."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    script = (
        "import sys\n"
        "from custjournal.cli import main\n"
        f"rc = main(['--journal', {str(journal_path)!r}, *{list(args)!r}])\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print('QT-MODULES', qt, file=sys.stderr)\n"
        "sys.exit(rc)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_text_formats_never_load_qt(ada, journal_path, fmt):
    r = _run(journal_path, "brief", "ada lovelace", "--format", fmt)
    assert r.returncode == 0, r.stderr
    assert "QT-MODULES []" in r.stderr


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils' pdftotext")
def test_pdf_works_without_a_display(ada, journal_path, tmp_path):
    target = tmp_path / "ada.pdf"
    r = _run(journal_path, "brief", "#3", "--format", "pdf", "-o", str(target))
    assert r.returncode == 0, r.stderr
    assert "QT-MODULES ['PySide6" in r.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(target), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert "Мария Иванова" in text and "北京茶叶" in text
