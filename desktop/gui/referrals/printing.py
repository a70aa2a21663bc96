"""Paint a PDF (a referral letter rendered by the core) onto a printer, and preview it.

The core renders letters as PDF bytes in memory; Qt prints with ``QPainter`` on a ``QPrinter``.
Pages are rasterised (QtPdf's ``QPdfDocument`` when the Qt build has it, otherwise pypdfium2)
and each image is scaled to fit the printer's page rectangle, keeping its proportions, so the
printer's own paper size (A4, Letter, …) is respected.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

MAX_DPI = 200  # enough for a sharp letter; a 600 dpi A4 page would weigh 140 MB


def page_images(pdf: bytes, dpi: float) -> list[QImage]:
    """Each page of ``pdf`` as an image at ``dpi`` dots per inch."""
    try:  # pragma: no cover - depends on the Qt build
        return _qtpdf_images(pdf, dpi)
    except ImportError:
        return _pdfium_images(pdf, dpi)


def _pdfium_images(pdf: bytes, dpi: float) -> list[QImage]:
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    document = pypdfium2.PdfDocument(pdf)
    images: list[QImage] = []
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72.0,
                                 force_bitmap_format=pdfium_c.FPDFBitmap_BGRx)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB32)
            images.append(image.copy())  # detach from pdfium's buffer
            bitmap.close()
            page.close()
    finally:
        document.close()
    return images


def _qtpdf_images(pdf: bytes, dpi: float) -> list[QImage]:  # pragma: no cover
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    images = []
    for index in range(document.pageCount()):
        points = document.pagePointSize(index)
        size = (points * dpi / 72.0).toSize()
        images.append(document.render(index, size))
    document.close()
    return images


def fit(image_size: QSizeF, target: QRectF) -> QRectF:
    """The largest rectangle of ``image_size``'s proportions centred in ``target``."""
    if image_size.isEmpty():
        return QRectF(target)
    scale = min(target.width() / image_size.width(), target.height() / image_size.height())
    width, height = image_size.width() * scale, image_size.height() * scale
    return QRectF(target.x() + (target.width() - width) / 2,
                  target.y() + (target.height() - height) / 2, width, height)


def paint_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Paint every page of ``pdf`` on ``printer`` (one sheet each); return the page count,
    0 when the printer could not be opened or refused the job."""
    dpi = min(max(printer.resolution(), 72), MAX_DPI)
    images = page_images(pdf, dpi)
    if not images:
        return 0
    if not printer_present(printer):
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    sent = False
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = printer.pageRect(QPrinter.Unit.DevicePixel)
        area = QRectF(0, 0, rect.width(), rect.height())  # origin = printable area
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            painter.drawImage(fit(QSizeF(image.size()), area), image)
    finally:
        sent = painter.end()
    return len(images) if sent else 0


def printer_present(printer: QPrinter) -> bool:
    """False for a system printer that is gone (removed, or its queue deleted) since it was
    chosen: Qt would spool the job and lose it without a word (its CUPS backend reports
    nothing), while Windows refuses to start the document."""
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return True
    return printer.printerName() in QPrinterInfo.availablePrinterNames()


class PrintFailed(Exception):
    """The printer could not be opened or refused the job: nothing was printed."""


def is_preview(printer: QPrinter) -> bool:
    """True while ``QPrintPreviewDialog`` draws its preview (not a real print)."""
    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


def a4_printer(mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution) -> QPrinter:
    """A printer preset to A4 portrait (the person may change it in the dialog).

    At the printer's own resolution: in ``ScreenResolution`` mode Qt prints at the screen's
    96 dpi, and ``paint_pdf`` would send the printer a blurred page."""
    printer = QPrinter(mode)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


class LetterPreview(QPrintPreviewDialog):
    """A print preview of a letter.

    ``preview_pdf()`` gives what is shown (nothing is recorded); ``print_pdf(deliver)`` is called
    only when the person really prints: it renders the bytes to print and hands them to
    ``deliver`` before recording the print (the service marks a reprint as a copy). ``deliver``
    paints them on the printer and raises ``PrintFailed`` if the printer refused them, so a
    print that did not happen is not recorded.
    """

    def __init__(self, printer: QPrinter, preview_pdf: Callable[[], bytes],
                 print_pdf: Callable[[Callable[[bytes], None]], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(printer, parent)
        self.letter_printer = printer  # Qt does not own it: keep it alive with the dialog
        self.setObjectName("letter:preview")
        self._preview_pdf = preview_pdf
        self._print_pdf = print_pdf
        self._cached: bytes | None = None
        self.printed_pages = 0
        self.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        if is_preview(printer):
            if self._cached is None:
                self._cached = self._preview_pdf()
            paint_pdf(printer, self._cached)
            return
        self._print_pdf(lambda pdf: self._deliver(printer, pdf))

    def _deliver(self, printer: QPrinter, pdf: bytes) -> None:
        self.printed_pages = paint_pdf(printer, pdf)
        if not self.printed_pages:
            raise PrintFailed
