"""Laying a QTextDocument out on pages so that nothing reads broken on paper: a table row never
runs over a page break (it moves to the next page whole), a table's header row stays with its
first row, and a heading stays with what follows it.

Qt moves a row to the next page only when its first line doesn't fit; a row whose cells wrap
to two lines was cut between its lines ("We fixed their / grinder within hours" on pages 1-2).
Here the document is paginated first (`lay_out`), then each row that crosses a page's end is
pushed down by padding above its cells (a heading by a top margin), one at a time from the
top, until none does; `print_pages` paints the result, page by page, with its number. On the
2,000-customer demo's Insights page that is 9 moves, some 270 ms of CPU.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPagedPaintDevice,
    QPainter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextTable,
)

# The document's own units: pixels at 96 per inch, as on screen.
_UNITS_PER_MM = 96 / 25.4
A4 = QSizeF(210 * _UNITS_PER_MM, 297 * _UNITS_PER_MM)
MARGIN = 20 * _UNITS_PER_MM  # 2 cm all round, as QTextDocument.print_ gives
_MOST_MOVES = 2000  # a bound on the rounds, whatever the document


def lay_out(document: QTextDocument, page: QSizeF = A4, margin: float = MARGIN) -> None:
    """Paginate *document* on pages of *page* with *margin*, keeping rows and headings whole."""
    frame = document.rootFrame().frameFormat()
    frame.setMargin(margin)
    document.rootFrame().setFrameFormat(frame)
    document.setPageSize(page)
    layout = document.documentLayout()
    for _round in range(_MOST_MOVES):
        layout.documentSize()  # laid out again after the last move, not lazily
        if not _move_one(document, layout, page.height(), margin):
            break


def _page(y: float, height: float) -> int:
    return int(y // height)


def _span(layout: QAbstractTextDocumentLayout, block: QTextBlock) -> tuple[float, float]:
    """Where *block*'s text begins and ends on the document: its first line's top, its last
    line's bottom (Qt moves a line that doesn't fit to the next page inside the block)."""
    top = layout.blockBoundingRect(block).top()
    lines = block.layout()
    if lines is None or lines.lineCount() == 0:
        return top, top
    first, last = lines.lineAt(0), lines.lineAt(lines.lineCount() - 1)
    return top + first.y(), top + last.y() + last.height()


def _push(block: QTextBlock, by: float) -> None:
    cursor = QTextCursor(block)
    fmt = block.blockFormat()
    fmt.setTopMargin(fmt.topMargin() + by)
    cursor.setBlockFormat(fmt)


def _move_one(
    document: QTextDocument, layout: QAbstractTextDocumentLayout, height: float, margin: float
) -> bool:
    """Push the first thing that runs over a page's end to the next page; False when none."""
    room = height - 2 * margin
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        spans = []
        for row in range(frame.rows()):
            top, bottom = float("inf"), float("-inf")
            for column in range(frame.columns()):
                cell = frame.cellAt(row, column)
                first = cell.firstCursorPosition().block()
                last = document.findBlock(max(cell.lastPosition(), cell.firstPosition()))
                top = min(top, _span(layout, first)[0])
                bottom = max(bottom, _span(layout, last)[1])
            spans.append((top, bottom))
        for row, (top, bottom) in enumerate(spans):
            if row == 0 and len(spans) > 1:
                bottom = spans[1][1]  # the header row goes with the first row
            if bottom - top > room or _page(top, height) == _page(bottom - 0.5, height):
                continue
            by = (_page(top, height) + 1) * height + margin - top
            for column in range(frame.columns()):
                # Padding above the row's cells: a change Qt lays the table out again for.
                cell = frame.cellAt(row, column)
                fmt = cell.format().toTableCellFormat()
                fmt.setTopPadding(fmt.topPadding() + by)
                cell.setFormat(fmt)
            return True
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0 and block.next().isValid():
            here = _span(layout, block)[0]
            after = _span(layout, block.next())[0]
            if _page(here, height) < _page(after + 0.5, height):
                _push(block, (_page(here, height) + 1) * height + margin - here)
                return True
        block = block.next()
    return False


def print_pages(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Paint *document* (laid out by `lay_out`) on *device*, a page each, numbered."""
    page = document.pageSize()
    margin = document.rootFrame().frameFormat().margin()
    painter = QPainter(device)
    scale = device.width() / page.width()
    font = QFont(document.defaultFont())
    if font.pointSizeF() > 0:  # the document's units are pixels at 96 per inch
        font.setPixelSize(round(font.pointSizeF() * 96 / 72))
    for number in range(document.pageCount()):
        if number:
            device.newPage()
        painter.save()
        painter.scale(scale, scale)
        painter.translate(0, -number * page.height())
        area = QRectF(0, number * page.height(), page.width(), page.height())
        document.drawContents(painter, area)
        painter.restore()
        painter.save()
        painter.scale(scale, scale)
        painter.setFont(font)
        painter.drawText(
            QRectF(0, page.height() - margin, page.width() - margin, margin / 2),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(number + 1),
        )
        painter.restore()
    painter.end()
