"""Painting a letter PDF on a printer: every page printed, scaled to the printer's paper."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desktop.gui.referrals import printing


def two_page_pdf() -> bytes:
    """A small A4 PDF of two pages (a stand-in for a letter with its return slip)."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for number in (1, 2):
        pdf.drawString(72, 770, f"Page {number} — lettre de référence ɛɔɲŋ")
        pdf.rect(36, 36, A4[0] - 72, A4[1] - 72)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdf_printer(path: Path, size: QPageSize.PageSizeId) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(size))
    return printer


def test_every_page_is_printed_on_a4(qapp, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    assert printing.paint_pdf(pdf_printer(out, QPageSize.PageSizeId.A4), two_page_pdf()) == 2
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 2
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert abs(width - 595) < 2 and abs(height - 842) < 2


def test_the_printer_paper_size_is_kept(qapp, tmp_path: Path) -> None:
    out = tmp_path / "letter-paper.pdf"
    printing.paint_pdf(pdf_printer(out, QPageSize.PageSizeId.Letter), two_page_pdf())
    page = pypdf.PdfReader(out).pages[0]
    assert abs(float(page.mediabox.width) - 612) < 2  # US Letter, not A4
    assert abs(float(page.mediabox.height) - 792) < 2


def test_fit_keeps_proportions_inside_the_page() -> None:
    page = QRectF(0, 0, 600, 800)
    a4 = QSizeF(595, 842)
    fitted = printing.fit(a4, page)
    assert fitted.height() == 800 and fitted.width() < 600
    assert abs(fitted.width() / fitted.height() - 595 / 842) < 1e-6
    assert page.contains(fitted)


def test_pages_render_to_images(qapp) -> None:
    images = printing.page_images(two_page_pdf(), 50)
    assert len(images) == 2
    assert abs(images[0].width() - 595 * 50 / 72) < 2


def test_preview_records_nothing_and_a_real_print_asks_the_service(qtbot, tmp_path) -> None:
    calls: list[str] = []

    def preview_pdf() -> bytes:
        calls.append("preview")
        return two_page_pdf()

    def print_pdf(deliver) -> None:  # type: ignore[no-untyped-def]
        calls.append("print")
        deliver(two_page_pdf())

    dialog = printing.LetterPreview(printing.a4_printer(), preview_pdf, print_pdf)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "preview" in calls)
    assert "print" not in calls
    out = tmp_path / "real.pdf"
    printer = pdf_printer(out, QPageSize.PageSizeId.A4)
    dialog.paintRequested.emit(printer)  # what the dialog's "Print" button does
    assert calls.count("print") == 1
    assert dialog.printed_pages == 2
    assert len(pypdf.PdfReader(out).pages) == 2
    dialog.close()
