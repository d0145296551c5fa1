"""Draws a :class:`Handout` on paper: a PDF file (QPdfWriter) or a printer (QPrinter).

Layout, top to bottom: the clinic's name, the title and date; one block per medicine (its key facts
beside a QR code to its public page); ruled lines for notes; and on every page a footer with the
education-not-advice line and "Page 1 of 2". Blocks never split across pages unless one alone is
taller than a page. Text is real text (searchable, read by screen readers); QR codes are vector squares.
"""

from __future__ import annotations

import html
import logging
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

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
from kiosk.ui.widgets.icon_array import PRINT_COLORS, paint_icon_array, picture_height
from kiosk.ui.widgets.qr import paint_qr

log = logging.getLogger(__name__)

PAPER = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}
MARGIN_MM = 13  # half an inch: every office printer reaches it
PDF_DPI = 300
BODY_PT = 12.5  # large print for readers over 50; 12 pt is the usual floor for patient leaflets
QR_INCHES = 1.25  # a phone reads it from arm's length; modules stay above 0.5 mm
INK = "#000000"
RULE = "#555555"


@dataclass
class _Piece:
    """One block of the handout, laid out and measured, waiting for its place on a page."""

    parts: list[tuple[float, float, QTextDocument]]  # (x, y) within the block, and the text there
    height: float
    codes: list[tuple[float, str]] = field(default_factory=list)  # (x, url) of QR codes at the top
    rule_above: bool = False
    note_lines: int = 0  # ruled lines for notes, starting at note_top, note_width long
    note_top: float = 0.0
    note_width: float = 0.0
    codes_top: float = 0.0
    pictures: list[tuple[QRectF, int]] = field(default_factory=list)  # 100-person pictures: where, how many


def _css(pt: float) -> str:
    return f"""
body {{ font-family: "{FONT_FAMILY}"; font-size: {pt}pt; color: {INK}; }}
p {{ margin: 0px; }}
p.clinic {{ font-size: {pt * 1.25:.1f}pt; font-weight: bold; }}
p.title {{ font-size: {pt * 1.6:.1f}pt; font-weight: bold; margin-top: 4px; }}
p.date {{ margin-top: 4px; }}
p.medicine {{ font-size: {pt * 1.3:.1f}pt; font-weight: bold; margin-bottom: 6px; }}
p.fact {{ margin-bottom: 5px; }}
ul {{ margin-top: 2px; margin-bottom: 6px; }}
li {{ margin-bottom: 2px; }}
p.caption {{ font-size: {pt * 0.8:.1f}pt; }}
p.notes {{ font-size: {pt * 1.15:.1f}pt; font-weight: bold; }}
"""


class HandoutPainter:
    """Lays out and paints one handout on any paged device (PDF writer or printer)."""

    def __init__(self, handout: Handout, device: QPagedPaintDevice) -> None:
        self.handout = handout
        self.device = device
        self.dpi = device.logicalDpiY()
        self.width = float(device.width())
        self.height = float(device.height())
        self.qr_size = QR_INCHES * self.dpi
        self.gap = 0.18 * self.dpi
        self.footer = self._document(
            f'<p class="caption">{html.escape(handout.disclaimer)}</p>', self.width * 0.8
        )

    def _document(self, body: str, width: float) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.device)
        document.setDefaultStyleSheet(_css(BODY_PT))
        document.setDocumentMargin(0)
        document.setHtml(f"<body>{body}</body>")
        document.setTextWidth(width)
        return document

    def _header(self) -> _Piece:
        h = self.handout
        parts = []
        if h.clinic_name:
            parts.append(f'<p class="clinic">{html.escape(h.clinic_name)}</p>')
        parts.append(f'<p class="title">{html.escape(h.title)}</p>')
        parts.append(f'<p class="date">{html.escape(h.date_line)}</p>')
        document = self._document("".join(parts), self.width)
        return _Piece([(0, 0, document)], document.size().height())

    @staticmethod
    def _facts_html(facts: tuple[Fact, ...]) -> str:
        rows = []
        for fact in facts:
            label = f"<b>{html.escape(fact.label)}:</b>"
            if len(fact.lines) == 1:
                rows.append(f'<p class="fact">{label} {html.escape(fact.lines[0])}</p>')
            else:
                items = "".join(f"<li>{html.escape(line)}</li>" for line in fact.lines)
                rows.append(f'<p class="fact">{label}</p><ul>{items}</ul>')
        return "".join(rows)

    def _medicine(self, medicine: HandoutMedicine) -> _Piece:
        """The title over two columns: short answers on the left, side effects and cautions right."""
        column = (self.width - self.gap) / 2
        title = self._document(f'<p class="medicine">{html.escape(medicine.title)}</p>', self.width)
        top = title.size().height()
        left = self._document(self._facts_html(medicine.facts), column)
        right = self._document(self._facts_html(medicine.details), column)
        parts = [(0.0, 0.0, title), (0.0, top, left), (column + self.gap, top, right)]
        left_height = left.size().height()
        piece = _Piece(parts, 0.0, rule_above=True)
        if len(self.handout.medicines) == 1:  # one code fits in the space under the short answers
            code_top = top + left_height + self.gap
            piece.codes = [(0.0, medicine.info_url)]
            piece.codes_top = code_top
            caption = self._document(
                f'<p class="caption"><b>{html.escape(self.handout.scan_caption)}</b><br>'
                f"{html.escape(medicine.info_site)}</p>",
                column - self.qr_size - self.gap / 2,
            )
            parts.append((self.qr_size + self.gap / 2, code_top, caption))
            left_height += self.gap + max(self.qr_size, caption.size().height())
            # ... and so do the notes, as many lines as the long right-hand column leaves room for
            notes = self._document(f'<p class="notes">{html.escape(self.handout.notes_heading)}</p>', column)
            parts.append((0.0, top + left_height + self.gap, notes))
            piece.note_top = top + left_height + self.gap + notes.size().height()
            piece.note_width = column
            spare = top + right.size().height() - piece.note_top
            piece.note_lines = max(4, int(spare // self._line_gap()))
            left_height = piece.note_top - top + piece.note_lines * self._line_gap()
        piece.height = top + max(left_height, right.size().height())
        return piece

    def _trial(self, medicine: HandoutMedicine) -> _Piece:
        """What the main study found: two 100-person pictures side by side, each with its sentence."""
        section = medicine.trial
        assert section is not None
        heading = self._document(f'<p class="notes">{html.escape(section.heading)}</p>', self.width)
        top = heading.size().height() + self.gap / 3
        parts: list[tuple[float, float, QTextDocument]] = [(0.0, 0.0, heading)]
        piece = _Piece(parts, 0.0)
        said = section.words
        if said is None:
            note = self._document(f'<p class="fact">{html.escape(section.note)}</p>', self.width)
            parts.append((0.0, top, note))
            top += note.size().height()
        else:
            column = (self.width - self.gap) / 2
            picture = min(column, 1.7 * self.dpi)  # 1.7 inches: each figure over 4 mm wide
            arms = (
                (section.without_people, said.without_caption, said.without_sentence),
                (section.with_people, said.with_caption, said.with_sentence),
            )
            bottom = top
            for index, (people, caption, sentence) in enumerate(arms):
                x = index * (column + self.gap)
                label = self._document(f'<p class="fact"><b>{html.escape(caption)}</b></p>', column)
                parts.append((x, top, label))
                y = top + label.size().height() + self.gap / 4
                piece.pictures.append((QRectF(x, y, picture, picture_height(picture)), people))
                y += picture_height(picture) + self.gap / 4
                words = self._document(f'<p class="fact">{html.escape(sentence)}</p>', column)
                parts.append((x, y, words))
                bottom = max(bottom, y + words.size().height())
            legend = self._document(f'<p class="caption">{html.escape(said.legend)}</p>', self.width)
            parts.append((0.0, bottom + self.gap / 4, legend))
            top = bottom + self.gap / 4 + legend.size().height()
        about = self._document(
            f'<p class="fact">{html.escape(section.study_line)} {html.escape(section.who_line)}</p>'
            f'<p class="caption">{html.escape(section.source_line)}</p>',
            self.width,
        )
        parts.append((0.0, top + self.gap / 4, about))
        piece.height = top + self.gap / 4 + about.size().height()
        return piece

    def _codes(self) -> _Piece:
        """One QR code per medicine in a row, each with the medicine's name and the site it opens."""
        medicines = self.handout.medicines
        heading = self._document(f'<p class="notes">{html.escape(self.handout.scan_caption)}</p>', self.width)
        top = heading.size().height() + self.gap / 2
        slot = self.width / max(len(medicines), 2)
        parts = [(0.0, 0.0, heading)]
        codes = []
        caption_height = 0.0
        for index, medicine in enumerate(medicines):
            x = index * slot
            codes.append((x + (slot - self.qr_size) / 2, medicine.info_url))
            caption = self._document(
                f'<p class="caption" align="center"><b>{html.escape(medicine.title)}</b><br>'
                f"{html.escape(medicine.info_site)}</p>",
                slot - self.gap / 2,
            )
            parts.append((x + self.gap / 4, top + self.qr_size + self.gap * 0.2, caption))
            caption_height = max(caption_height, caption.size().height())
        piece = _Piece(parts, top + self.qr_size + self.gap * 0.2 + caption_height, codes, rule_above=True)
        piece.codes_top = top
        return piece

    def _notes(self, lines: int) -> _Piece:
        heading = html.escape(self.handout.notes_heading)
        document = self._document(f'<p class="notes">{heading}</p>', self.width)
        top = document.size().height()
        return _Piece([(0, 0, document)], top + lines * self._line_gap(), [], False, lines, top, self.width)

    def _line_gap(self) -> float:
        return 0.38 * self.dpi

    def _bottom(self) -> float:
        return self.height - self.footer.size().height() - self.gap

    def layout(self) -> list[list[tuple[float, _Piece]]]:
        """Pieces placed on pages: [(y, piece), ...] per page."""
        pages: list[list[tuple[float, _Piece]]] = [[]]
        y = 0.0
        pieces = [self._header()]
        for medicine in self.handout.medicines:
            pieces.append(self._medicine(medicine))
            if medicine.trial is not None:
                pieces.append(self._trial(medicine))
        if len(self.handout.medicines) > 1:
            pieces.append(self._codes())
        for piece in pieces:
            if y + piece.height > self._bottom() and pages[-1]:
                pages.append([])
                y = 0.0
            pages[-1].append((y, piece))
            y += piece.height + self.gap * 1.25
        if len(self.handout.medicines) == 1:
            return pages  # the notes are beside the facts
        room = int((self._bottom() - y - self._notes(0).height) // self._line_gap())
        if room < 2:  # no real space for notes: give them a fresh page
            pages.append([])
            y = 0.0
            room = int((self._bottom() - self._notes(0).height) // self._line_gap())
        pages[-1].append((y, self._notes(min(room, 10))))
        return pages

    def paint(self) -> int:
        pages = self.layout()
        painter = QPainter(self.device)
        if not painter.isActive():
            raise OSError("the handout could not be drawn on this device")
        try:
            for number, placed in enumerate(pages, start=1):
                if number > 1:
                    self.device.newPage()
                for y, piece in placed:
                    self._paint_piece(painter, y, piece)
                self._paint_footer(painter, number, len(pages))
        finally:
            painter.end()
        return len(pages)

    def _paint_piece(self, painter: QPainter, y: float, piece: _Piece) -> None:
        pen = QPen(QColor(RULE))
        pen.setWidthF(self.dpi / 96)
        painter.setPen(pen)
        if piece.rule_above:
            painter.drawLine(QPointF(0, y - self.gap * 0.75), QPointF(self.width, y - self.gap * 0.75))
        for x, dy, document in piece.parts:
            painter.save()
            painter.translate(x, y + dy)
            document.drawContents(painter)
            painter.restore()
        for x, url in piece.codes:
            paint_qr(painter, url, QRectF(x, y + piece.codes_top, self.qr_size, self.qr_size), INK)
        for area, people in piece.pictures:
            paint_icon_array(painter, area.translated(0, y), people, PRINT_COLORS)
        painter.setPen(pen)
        for line in range(1, piece.note_lines + 1):
            line_y = y + piece.note_top + line * self._line_gap()
            painter.drawLine(QPointF(0, line_y), QPointF(piece.note_width, line_y))

    def _paint_footer(self, painter: QPainter, number: int, total: int) -> None:
        top = self.height - self.footer.size().height()
        painter.save()
        painter.translate(0, top)
        self.footer.drawContents(painter)
        painter.restore()
        label = self._document(
            f'<p class="caption" align="right">{html.escape(self.handout.page_label(number, total))}</p>',
            self.width * 0.2,
        )
        painter.save()
        painter.translate(self.width * 0.8, top)
        label.drawContents(painter)
        painter.restore()


def _set_page(device: QPagedPaintDevice, paper: str) -> None:
    layout = QPageLayout(
        QPageSize(PAPER.get(paper, PAPER["letter"])),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    device.setPageLayout(layout)


def save_pdf(handout: Handout, path: Path, paper: str = "letter") -> int:
    """Write the handout to ``path``; returns the number of pages. Raises OSError if it cannot."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setTitle(handout.title)
    writer.setCreator(APP_NAME)
    _set_page(writer, paper)
    pages = HandoutPainter(handout, writer).paint()
    del writer  # flushes and closes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")
    return pages


def write_pdf_to_stdout(handout: Handout, paper: str = "letter") -> int:
    """Write the handout's PDF to standard output (``--out -``); returns the number of pages."""
    with tempfile.TemporaryDirectory(prefix="kiosk-handout-") as folder:
        path = Path(folder) / "handout.pdf"
        pages = save_pdf(handout, path, paper)
        sys.stdout.flush()
        with path.open("rb") as pdf:
            shutil.copyfileobj(pdf, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    return pages


def printer_available(name: str) -> bool:
    from PySide6.QtPrintSupport import QPrinterInfo  # loaded only when a handout is printed

    return bool(name) and not QPrinterInfo.printerInfo(name).isNull()


def print_handout(handout: Handout, printer_name: str, paper: str = "letter") -> int:
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
    pages = HandoutPainter(handout, printer).paint()
    log.info("printed a %d-page handout on %s", pages, printer_name)
    return pages
