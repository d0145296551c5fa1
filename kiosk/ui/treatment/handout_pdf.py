"""Draws a :class:`Handout` on paper: a PDF file (QPdfWriter) or a printer (QPrinter).

Layout, top to bottom: the clinic's name, the title and date; one block per medicine (its key facts
beside a QR code to its public page); ruled lines for notes; and on every page a footer with the
clinic's name, the education-not-advice line and "Page 1 of 2". Blocks flow across pages
(:mod:`kiosk.ui.treatment.page_flow`): long lists split between lines, pictures stay whole, nothing reaches
the footer. Text is real text (searchable, read by screen readers); QR codes are vector squares.
"""

from __future__ import annotations

import html
import logging
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QPointF, QRectF
from PySide6.QtGui import (
    QColor,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from kiosk import APP_NAME
from kiosk.core.handout import Fact, Handout, HandoutMedicine
from kiosk.ui.shell.app import FONT_FAMILY
from kiosk.ui.treatment.page_flow import Block, Figure, Flow, Placed, Text, room_to_start, wrapping
from kiosk.ui.widgets.icon_array import PRINT_COLORS, paint_icon_array, picture_height
from kiosk.ui.widgets.qr import paint_qr

log = logging.getLogger(__name__)

PAPER = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}
MARGIN_MM = 13  # half an inch: every office printer reaches it
PDF_DPI = 300
BODY_PT = 12.5  # large print for readers over 50
LARGE_PRINT_PT = 16.0  # the large-print handout (config print.large_print)
MIN_PT = 12.0  # the usual floor for patient leaflets: no caption or footer goes under it
QR_INCHES = 1.25  # a phone reads it from arm's length; modules stay above 0.5 mm
INK = "#000000"
RULE = "#555555"


def _css(pt: float) -> str:
    small = max(MIN_PT, pt * 0.8)
    return f"""
body {{ font-family: "{FONT_FAMILY}"; font-size: {pt}pt; color: {INK}; }}
p {{ margin: 0px; }}
p.clinic {{ font-size: {pt * 1.25:.1f}pt; font-weight: bold; }}
p.title {{ font-size: {pt * 1.6:.1f}pt; font-weight: bold; margin-top: 4px; }}
p.date {{ margin-top: 4px; }}
p.medicine {{ font-size: {pt * 1.3:.1f}pt; font-weight: bold; }}
p.fact {{ margin-bottom: 5px; }}
ul {{ margin: 0px; }}
p.caption {{ font-size: {small:.1f}pt; }}
p.notes {{ font-size: {pt * 1.15:.1f}pt; font-weight: bold; }}
"""


class HandoutPainter:
    """Lays out and paints one handout on any paged device (PDF writer or printer).

    ``body_pt`` is the size of the body text; everything else (headings, captions, pictures' words)
    follows it, and nothing goes under ``MIN_PT``. Large print is just a bigger ``body_pt``.
    """

    def __init__(self, handout: Handout, device: QPagedPaintDevice, body_pt: float = BODY_PT) -> None:
        self.handout = handout
        self.device = device
        self.body_pt = max(MIN_PT, body_pt)
        self.dpi = device.logicalDpiY()
        self.width = float(device.width())
        self.height = float(device.height())
        self.qr_size = QR_INCHES * self.dpi
        self.gap = 0.18 * self.dpi
        self.gutter = (
            0.3 * self.dpi
        )  # between the two columns: wide enough that eyes (and readers) keep them apart
        self.column = (self.width - self.gutter) / 2
        self.second = self.column + self.gutter  # where the right-hand column starts
        footer = html.escape(handout.disclaimer)
        if handout.clinic_name:  # the clinic's name on every page: a page that strays still says whose it is
            footer = f"<b>{html.escape(handout.clinic_name)}</b><br>{footer}"
        self.footer = self._document(f'<p class="caption">{footer}</p>', self.width * 0.76)

    def _document(self, body: str, width: float) -> QTextDocument:
        document = wrapping(QTextDocument())
        document.documentLayout().setPaintDevice(self.device)
        document.setDefaultStyleSheet(_css(self.body_pt))
        document.setDocumentMargin(0)
        document.setHtml(f"<body>{body}</body>")
        document.setTextWidth(width)
        return document

    def _text(self, body: str, width: float, **options: Any) -> Text:
        return Text(self._document(body, width), **options)

    def _header(self) -> Text:
        h = self.handout
        parts = []
        if h.clinic_name:
            parts.append(f'<p class="clinic">{html.escape(h.clinic_name)}</p>')
        parts.append(f'<p class="title">{html.escape(h.title)}</p>')
        parts.append(f'<p class="date">{html.escape(h.date_line)}</p>')
        return self._text("".join(parts), self.width, space_after=self.gap * 1.25)

    def _facts(self, facts: tuple[Fact, ...], medicine: str) -> list[list[Block]]:
        """Blocks per fact: a list is one block per item, so a long one splits between its items; on
        the next page it goes on under the medicine's name and the list's label again."""
        groups: list[list[Block]] = []
        for fact in facts:
            label = f"<b>{html.escape(fact.label)}:</b>"
            if len(fact.lines) == 1:
                body = f'<p class="fact">{label} {html.escape(fact.lines[0])}</p>'
                groups.append([self._text(body, self.column)])
                continue
            group: list[Block] = [
                self._text(f'<p class="fact">{label}</p>', self.column, keep_with_next=True)
            ]
            again = self._text(
                f'<p class="fact"><b>{html.escape(medicine)} · {html.escape(fact.label)}:</b></p>',
                self.column,
            )
            for line in fact.lines:
                item = f"<ul><li>{html.escape(line)}</li></ul>"
                group.append(self._text(item, self.column, space_after=self.gap / 12, continued=again))
            group[-1].space_after = self.gap / 4
            groups.append(group)
        return groups

    def _rule(self) -> Figure:
        def paint(painter: QPainter, x: float, y: float) -> None:
            painter.setPen(self._pen())
            painter.drawLine(QPointF(0, y + self.gap * 0.5), QPointF(self.width, y + self.gap * 0.5))

        return Figure(self.gap, paint, keep_with_next=True)

    def _pen(self) -> QPen:
        pen = QPen(QColor(RULE))
        pen.setWidthF(self.dpi / 96)
        return pen

    def _medicine(self, flow: Flow, medicine: HandoutMedicine) -> None:
        """The title over two columns: short answers on the left, side effects and cautions right."""
        title = self._text(
            f'<p class="medicine">{html.escape(medicine.title)}</p>',
            self.width,
            keep_with_next=True,
            space_after=self.gap / 2,
        )
        left = _flat(self._facts(medicine.facts, medicine.title))
        right_groups = self._facts(medicine.details, medicine.title)
        right = _flat(right_groups)
        flow.add([self._rule(), title], 0.0, self.width)
        flow.ensure(max(left[0].height, right[0].height))
        if len(self.handout.medicines) > 1:
            flow.columns([(0.0, self.column, left), (self.second, self.column, right)])
            return
        # one code fits in the space under the short answers, and so do the notes
        left[-1].space_after = self.gap
        notes = self._text(
            f'<p class="notes">{html.escape(self.handout.notes_heading)}</p>',
            self.column,
            keep_with_next=True,
        )
        lines = self._note_lines(4, self.column)
        left += [self._code(medicine), notes, lines]
        right, below = _beside(right_groups, sum(_height(block) + block.space_after for block in left))
        start = (flow.page, flow.y)
        flow.columns([(self.second, self.column, right)])
        right_end = (flow.page, flow.y)
        flow.page, flow.y = start
        flow.columns([(0.0, self.column, left)])
        if (flow.page, flow.y) < right_end and flow.page == right_end[0]:  # lines down to the column's end
            more = int((right_end[1] - flow.y) // self._line_gap())
            lines.height += more * self._line_gap()
            flow.y += more * self._line_gap()
        flow.page, flow.y = max((flow.page, flow.y), right_end)
        if below:  # what did not fit beside the notes (each form's steps) continues in two columns
            flow.y += self.gap if flow.y > 0 else 0.0
            first, second = _halves(below)
            flow.ensure(first[0].height)
            flow.columns([(0.0, self.column, first), (self.second, self.column, second)])

    def _code(self, medicine: HandoutMedicine) -> Figure:
        """The QR code with what it opens beside it."""
        caption = self._document(
            f'<p class="caption"><b>{html.escape(self.handout.scan_caption)}</b><br>'
            f"{html.escape(medicine.info_site)}</p>",
            self.column - self.qr_size - self.gap / 2,
        )

        def paint(painter: QPainter, x: float, y: float) -> None:
            paint_qr(painter, medicine.info_url, QRectF(x, y, self.qr_size, self.qr_size), INK)
            painter.save()
            painter.translate(x + self.qr_size + self.gap / 2, y)
            caption.drawContents(painter)
            painter.restore()

        height = max(self.qr_size, caption.size().height())
        return Figure(height, paint, space_after=self.gap)

    def _note_lines(self, count: int, width: float) -> Figure:
        def paint(painter: QPainter, x: float, y: float) -> None:
            painter.setPen(self._pen())
            for line in range(1, int(lines.height // self._line_gap()) + 1):
                painter.drawLine(
                    QPointF(x, y + line * self._line_gap()), QPointF(x + width, y + line * self._line_gap())
                )

        lines = Figure(count * self._line_gap(), paint)
        return lines

    def _trial(self, flow: Flow, medicine: HandoutMedicine) -> None:
        """What the main study found: two 100-person pictures side by side, each with its sentence."""
        section = medicine.trial
        assert section is not None
        flow.y += self.gap if flow.y > 0 else 0.0
        heading = self._text(
            f'<p class="notes">{html.escape(section.heading)}</p>',
            self.width,
            keep_with_next=True,
            space_after=self.gap / 3,
        )
        said = section.words
        if said is None:
            note = self._text(f'<p class="fact">{html.escape(section.note)}</p>', self.width)
            flow.add([heading, note], 0.0, self.width)
        else:
            picture = min(self.column, 1.7 * self.dpi)  # 1.7 inches: each figure over 4 mm wide
            arms = (
                (section.without_people, said.without_caption, said.without_sentence),
                (section.with_people, said.with_caption, said.with_sentence),
            )
            columns: list[tuple[float, float, list[Block]]] = []
            for index, (people, caption, sentence) in enumerate(arms):
                label = self._text(
                    f'<p class="fact"><b>{html.escape(caption)}</b></p>',
                    self.column,
                    keep_with_next=True,
                    space_after=self.gap / 4,
                )
                words = self._text(f'<p class="fact">{html.escape(sentence)}</p>', self.column)
                columns.append(
                    (
                        index * self.second,
                        self.column,
                        [label, self._people(picture, people), words],
                    )
                )
            tallest = max(room_to_start(blocks) for _, _, blocks in columns)  # caption, picture, sentence
            flow.ensure(heading.height + heading.space_after + tallest)
            flow.add([heading], 0.0, self.width)
            flow.columns(columns)
            flow.add(
                [
                    self._text(
                        f'<p class="caption">{html.escape(said.legend)}</p>',
                        self.width,
                        space_after=self.gap / 4,
                    )
                ],
                0.0,
                self.width,
            )
        about = self._text(
            f'<p class="fact">{html.escape(section.study_line)} {html.escape(section.who_line)}</p>'
            f'<p class="caption">{html.escape(section.source_line)}</p>',
            self.width,
        )
        flow.add([about], 0.0, self.width)

    def _people(self, width: float, people: int) -> Figure:
        def paint(painter: QPainter, x: float, y: float) -> None:
            paint_icon_array(painter, QRectF(x, y, width, picture_height(width)), people, PRINT_COLORS)

        return Figure(picture_height(width), paint, space_after=self.gap / 4, keep_with_next=True)

    def _codes(self, flow: Flow) -> None:
        """One QR code per medicine in a row, each with the medicine's name and the site it opens."""
        medicines = self.handout.medicines
        heading = self._text(
            f'<p class="notes">{html.escape(self.handout.scan_caption)}</p>',
            self.width,
            keep_with_next=True,
            space_after=self.gap / 2,
        )
        slot = self.width / max(len(medicines), 2)
        captions = [
            self._document(
                f'<p class="caption" align="center"><b>{html.escape(medicine.title)}</b><br>'
                f"{html.escape(medicine.info_site)}</p>",
                slot - self.gap / 2,
            )
            for medicine in medicines
        ]

        def paint(painter: QPainter, x: float, y: float) -> None:
            for index, (medicine, caption) in enumerate(zip(medicines, captions, strict=True)):
                left = x + index * slot
                paint_qr(
                    painter,
                    medicine.info_url,
                    QRectF(left + (slot - self.qr_size) / 2, y, self.qr_size, self.qr_size),
                    INK,
                )
                painter.save()
                painter.translate(left + self.gap / 4, y + self.qr_size + self.gap * 0.2)
                caption.drawContents(painter)
                painter.restore()

        height = self.qr_size + self.gap * 0.2 + max(c.size().height() for c in captions)
        flow.add([self._rule(), heading, Figure(height, paint, space_after=self.gap * 1.25)], 0.0, self.width)

    def _notes(self, flow: Flow) -> None:
        heading = self._text(f'<p class="notes">{html.escape(self.handout.notes_heading)}</p>', self.width)
        room = int((flow.room() - heading.height) // self._line_gap())
        if room < 2:  # no real space for notes: give them a fresh page
            flow.new_page()
            room = int((flow.room() - heading.height) // self._line_gap())
        flow.add([heading, self._note_lines(min(room, 10), self.width)], 0.0, self.width)

    def _line_gap(self) -> float:
        return 0.38 * self.dpi

    def _bottom(self) -> float:
        return self.height - self.footer.size().height() - self.gap

    def layout(self) -> list[list[Placed]]:
        """Every block placed on its page, none below the footer's top."""
        flow = Flow(self._bottom())
        flow.add([self._header()], 0.0, self.width)
        for medicine in self.handout.medicines:
            self._medicine(flow, medicine)
            flow.y += self.gap * 1.25
            if medicine.trial is not None:
                self._trial(flow, medicine)
                flow.y += self.gap * 1.25
        if len(self.handout.medicines) > 1:
            self._codes(flow)
            self._notes(flow)
        return flow.pages

    def paint(self) -> int:
        pages = self.layout()
        painter = QPainter(self.device)
        if not painter.isActive():
            raise OSError("the handout could not be drawn on this device")
        try:
            for number, placed in enumerate(pages, start=1):
                if number > 1:
                    self.device.newPage()
                for item in placed:
                    item.paint(painter)
                self._paint_footer(painter, number, len(pages))
        finally:
            painter.end()
        return len(pages)

    def _paint_footer(self, painter: QPainter, number: int, total: int) -> None:
        top = self.height - self.footer.size().height()
        painter.save()
        painter.translate(0, top)
        self.footer.drawContents(painter)
        painter.restore()
        label = self._document(
            f'<p class="caption" align="right">{html.escape(self.handout.page_label(number, total))}</p>',
            self.width * 0.22,
        )
        painter.save()
        painter.translate(self.width * 0.78, top)
        label.drawContents(painter)
        painter.restore()


def _height(block: Block) -> float:
    return block.height


def _flat(groups: list[list[Block]]) -> list[Block]:
    return [block for group in groups for block in group]


def _beside(groups: list[list[Block]], room: float) -> tuple[list[Block], list[list[Block]]]:
    """The facts that fit in ``room`` (at least one), and the rest."""
    used = 0.0
    for index, group in enumerate(groups):
        used += sum(_height(block) + block.space_after for block in group)
        if used > room and index > 0:
            return _flat(groups[:index]), groups[index:]
    return _flat(groups), []


def _halves(groups: list[list[Block]]) -> tuple[list[Block], list[Block]]:
    """Facts in reading order split into two columns as even as whole facts allow."""
    heights = [sum(_height(block) for block in group) for group in groups]
    split = min(range(1, len(groups) + 1), key=lambda k: max(sum(heights[:k]), sum(heights[k:])))
    return _flat(groups[:split]), _flat(groups[split:])


def _set_page(device: QPagedPaintDevice, paper: str) -> None:
    layout = QPageLayout(
        QPageSize(PAPER.get(paper, PAPER["letter"])),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    device.setPageLayout(layout)


def body_size(large_print: bool) -> float:
    """The body text size for the clinic's handout setting (print.large_print)."""
    return LARGE_PRINT_PT if large_print else BODY_PT


def save_pdf(handout: Handout, path: Path, paper: str = "letter", body_pt: float = BODY_PT) -> int:
    """Write the handout to ``path``; returns the number of pages. Raises OSError if it cannot."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setTitle(handout.title)
    writer.setCreator(APP_NAME)
    _set_page(writer, paper)
    pages = HandoutPainter(handout, writer, body_pt).paint()
    del writer  # flushes and closes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")
    return pages


def write_pdf_to_stdout(handout: Handout, paper: str = "letter", body_pt: float = BODY_PT) -> int:
    """Write the handout's PDF to standard output (``--out -``); returns the number of pages."""
    with tempfile.TemporaryDirectory(prefix="kiosk-handout-") as folder:
        path = Path(folder) / "handout.pdf"
        pages = save_pdf(handout, path, paper, body_pt)
        sys.stdout.flush()
        with path.open("rb") as pdf:
            shutil.copyfileobj(pdf, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    return pages


def printer_available(name: str) -> bool:
    from PySide6.QtPrintSupport import QPrinterInfo  # loaded only when a handout is printed

    return bool(name) and not QPrinterInfo.printerInfo(name).isNull()


def print_handout(
    handout: Handout, printer_name: str, paper: str = "letter", body_pt: float = BODY_PT
) -> int:
    """Send the handout to the named printer; raises OSError when it is not there or refuses."""
    if not printer_available(printer_name):
        raise OSError(f"printer '{printer_name}' is not available")
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    printer = QPrinter(QPrinterInfo.printerInfo(printer_name), QPrinter.PrinterMode.HighResolution)
    printer.setDocName(handout.title)
    printer.setCreator(APP_NAME)
    _set_page(printer, paper)
    if not printer.isValid():
        raise OSError(f"printer '{printer_name}' is not ready")
    pages = HandoutPainter(handout, printer, body_pt).paint()
    log.info("printed a %d-page handout on %s", pages, printer_name)
    return pages
