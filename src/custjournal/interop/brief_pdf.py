"""The brief as a PDF: its HTML rendering laid out by Qt (QTextDocument into a QPdfWriter, A4).

Qt is imported inside `write_pdf` only: interop must stay importable without Qt, and the command
line loads Qt only when asked for a PDF. Without a running QGuiApplication one is created, on the
offscreen platform when there is no display, so `custjournal brief X --format pdf -o f.pdf`
works over ssh and in CI. Inside the app the app's own QApplication is used.

Text goes in as text (fonts embedded, CJK included, when fonts-noto-cjk or the like is
installed), so it can be searched and extracted; colour emoji are drawn as images by Qt and
come out of a text extraction as nothing. The file is written whole or not at all (a temporary
file beside it, then renamed) and readable by its owner only: a brief holds private notes.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from custjournal import APP_TITLE
from custjournal.domain.brief import Brief, fit_steps, shortened
from custjournal.interop.brief_render import Say, to_html, to_html_many

__all__ = ["fit_to_page", "render_pdf", "render_pdf_many", "write_pdf", "write_pdf_many"]

_PAGE = re.compile(rb"/Type\s*/Page\b")  # a page object of a PDF ("/Pages" is their tree)

# Keep the application Qt needs alive for the life of the process: PySide deletes a
# QGuiApplication whose last Python reference goes, and a second one can't be created after.
_app: Any = None


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True  # their native platform plugins need no display variable
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _ensure_gui_application() -> None:
    global _app
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        return
    # Without a display, Qt's default platform (xcb), or one named in QT_QPA_PLATFORM, aborts
    # the whole process (exit 134, uncatchable): offscreen is the one that works there.
    if not _has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication([sys.argv[0] if sys.argv else "custjournal"])


def render_pdf(brief: Brief, *, say: Say = str) -> bytes:
    """The PDF document of *brief*, as bytes; *say* as for `to_html` (the app's language).
    A brief too long for one page is shortened until it fits (`fit_to_page`)."""
    return _fit(brief, say, None, f"Brief: {brief.header.name}")[1]


def render_pdf_many(briefs: Sequence[Brief], *, say: Say = str) -> bytes:
    """One PDF document of several briefs, each from a new page (and on one), as bytes."""
    names = ", ".join(b.header.name for b in briefs[:3]) + (" …" if len(briefs) > 3 else "")
    fitted = [fit_to_page(b, say=say) for b in briefs]
    return _render(to_html_many(fitted, say=say), f"Briefs: {names}")


def fit_to_page(brief: Brief, *, say: Say = str, page_size: Any = None) -> Brief:
    """*brief* as it fits on one page of *page_size* (a QPageSize; default A4): itself when it
    does, else the longest of the shorter briefs (domain/brief.py `fit_steps`) that does, else
    the shortest."""
    return _fit(brief, say, page_size, "")[0]


def _fit(brief: Brief, say: Say, page_size: Any, title: str) -> tuple[Brief, bytes]:
    """`fit_to_page`, and the PDF of the brief chosen (titled *title*). Judged by making the
    PDF of each try (about 25 ms at the demo's busiest; a binary search over the steps takes a
    handful): a layout of the document alone, without drawing, came out up to three lines
    shorter than the page Qt drew, and a brief cut off by its last lines is worse than none."""
    pdf = _render(to_html(brief, say=say), title, page_size)
    if _pages(pdf) <= 1:
        return brief, pdf
    steps = fit_steps(brief)
    if not steps:
        return brief, pdf
    made: dict[int, bytes] = {}  # the step -> its PDF, when it fit
    # Each step is no longer than the one before: the first that fits is found by halving.
    low, high = 0, len(steps) - 1
    while low < high:
        middle = (low + high) // 2
        pdf = _render(to_html(shortened(brief, steps[middle]), say=say), title, page_size)
        if _pages(pdf) <= 1:
            made[middle] = pdf
            high = middle
        else:
            low = middle + 1
    chosen = shortened(brief, steps[low])
    if low not in made:  # the shortest, never tried
        made[low] = _render(to_html(chosen, say=say), title, page_size)
    return chosen, made[low]


def _pages(pdf: bytes) -> int:
    return len(_PAGE.findall(pdf))


def _render(html: str, title: str, page_size: Any = None) -> bytes:
    _ensure_gui_application()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextOption

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4) if page_size is None else page_size)
    # QTextDocument.print_ lays an unpaginated document out with a 2 cm margin of its own and a
    # page number at the foot (documented): the writer adds none, or the margins would add up.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator(APP_TITLE)
    document = QTextDocument()
    # A word wider than the page (a long URL) breaks anywhere instead of running off the paper.
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setHtml(html)
    document.print_(writer)
    del writer  # the PDF is finished when the writer goes
    buffer.close()
    return bytes(data.data())


def write_pdf(brief: Brief, path: str | os.PathLike[str], *, say: Say = str) -> Path:
    """Write *brief* as an A4 PDF to *path* (owner-only, replaced whole). Returns the path."""
    return _write(render_pdf(brief, say=say), path)


def write_pdf_many(
    briefs: Sequence[Brief], path: str | os.PathLike[str], *, say: Say = str
) -> Path:
    """Write several briefs as one A4 PDF to *path*, each from a new page (owner-only, whole)."""
    return _write(render_pdf_many(briefs, say=say), path)


def _write(pdf: bytes, path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:  # mkstemp makes it 0600 already
            out.write(pdf)
        os.replace(temp, target)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise
    os.chmod(target, 0o600)
    return target
