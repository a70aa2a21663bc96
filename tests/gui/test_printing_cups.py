"""Printing through a real CUPS queue (a private cupsd, a cups-pdf printer), as an office prints.

The referral letter goes through the GUI's Print path: the referral page's Print button, the
letter's print preview, the printer chosen by name with a number of copies (what the print
dialog sets), ``paintRequested`` (what the dialog's Print button emits). Qt's print support
talks to cupsd through libcups exactly as it would to an office printer; the job passes the
CUPS filters and cups-pdf writes what the printer would have received. That PDF is read back:
A4, one page per letter page, sharp enough, the same picture as the letter the service
rendered (a reprint: the one marked COPY), and its words when tesseract can read them. The
print is in the audit log and the letters-issued history; the queue's page log shows the
copies and the job's name, which names no one.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog

from desktop.core.documents import period_report
from desktop.core.services.accounts import audit
from desktop.core.services.referrals import letters
from desktop.core.services.referrals import workflow as referrals
from desktop.core.services.reports import export_build, statistics
from desktop.core.services.reports.report_period import Period
from desktop.core.services.summaries import case_summary
from desktop.gui import dialogs
from desktop.gui.referrals import letter, printing
from tests.gui import cups_queue
from tests.gui.cases_util import choose, click
from tests.gui.referrals_util import add_case
from tests.gui.test_referrals_letter import referral_page

pytestmark = pytest.mark.skipif(cups_queue.missing() is not None,
                                reason=str(cups_queue.missing()))
THUMB = QSizeF(120, 170)  # pages compared at this size, in grey levels
HAVE_OCR = shutil.which("tesseract") is not None


@pytest.fixture(scope="module")
def queue() -> Iterator[cups_queue.Queue]:
    with cups_queue.running_queue() as running:
        yield running


@pytest.fixture
def clean_queue(queue: cups_queue.Queue) -> cups_queue.Queue:
    queue.forget_jobs()
    return queue


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return dict(line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)


def page_image(pdf: Path, page: int = 1, dpi: int = 72) -> QImage:
    """Page ``page`` of ``pdf`` rendered by poppler, in grey."""
    stem = pdf.with_name(f"{pdf.stem}-p{page}-{dpi}")
    subprocess.run(["pdftoppm", "-f", str(page), "-l", str(page), "-r", str(dpi), "-gray",
                    "-singlefile", str(pdf), str(stem)], check=True, timeout=30)
    image = QImage(str(stem) + ".pgm")
    assert not image.isNull()
    return image


def thumb(image: QImage) -> list[int]:
    small = image.scaled(THUMB.toSize(), Qt.AspectRatioMode.IgnoreAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    small = small.convertToFormat(QImage.Format.Format_Grayscale8)
    return [small.pixelColor(x, y).value() for y in range(small.height())
            for x in range(small.width())]


def difference(a: list[int], b: list[int]) -> float:
    """Mean absolute difference of two thumbnails, in grey levels (0: identical)."""
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)


def printed_area(spooled: QImage, printer: QPrinter, source: QSizeF) -> QImage:
    """The part of a spooled page where ``paint_pdf`` painted the letter (the printable area,
    keeping the letter's proportions), at the spooled page's own resolution."""
    points = printer.pageLayout().paintRectPoints()
    scale = spooled.width() / printer.pageLayout().fullRectPoints().width()
    area = printing.fit(source, QRectF(points))
    return spooled.copy(int(area.x() * scale), int(area.y() * scale),
                        int(area.width() * scale), int(area.height() * scale))


def ocr(pdf: Path) -> str:
    """The words tesseract reads on the first page of ``pdf`` (French and English)."""
    image = pdf.with_name(f"{pdf.stem}-p1-200.pgm")
    page_image(pdf, dpi=200)
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one core: the machine is shared
    out = subprocess.run(["tesseract", str(image), "-", "-l", "fra+eng"], capture_output=True,
                         text=True, timeout=60, check=True, env=env)
    return out.stdout


def test_qt_sees_the_cups_printer(qapp, queue: cups_queue.Queue) -> None:
    assert queue.name in QPrinterInfo.availablePrinterNames()
    info = QPrinterInfo.printerInfo(queue.name)
    assert "CUPS-PDF" in info.makeAndModel()
    assert info.defaultPageSize().name() == "A4"


def print_letters(qtbot, vault, tmp_path: Path, monkeypatch, queue: cups_queue.Queue,
                  copies: list[int]) -> tuple[str, list[bytes], list[QPrinter]]:
    """Print the letter of a new referral once per entry of ``copies`` through the GUI."""
    page, referral_id = referral_page(qtbot, vault)
    rendered: list[bytes] = []
    printers: list[QPrinter] = []
    real_render = letters.render_letter

    def spy(*args, **kwargs) -> bytes:  # type: ignore[no-untyped-def]
        pdf = real_render(*args, **kwargs)
        rendered.append(pdf)
        return pdf

    def choose_printer_and_print(dialog: QPrintPreviewDialog) -> int:
        dialog.show()
        qtbot.waitUntil(lambda: dialog._cached is not None)  # type: ignore[attr-defined]
        printer = dialog.letter_printer  # type: ignore[attr-defined]
        # what the print dialog does when the person picks the printer and the copies
        printer.setPrinterName(queue.name)
        printer.setCopyCount(copies[len(printers)])
        assert printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        assert printer.isValid()
        dialog.paintRequested.emit(printer)  # what the dialog's Print button does
        printers.append(printer)
        dialog.accept()
        return 1

    monkeypatch.setattr(letters, "render_letter", spy)
    monkeypatch.setattr(letter, "show_preview", choose_printer_and_print)
    choose(qtbot, page, "referral:letter_lang", "French")
    for _ in copies:
        click(qtbot, page, "referral:print")
    return referral_id, rendered, printers


def test_a_letter_printed_on_a_cups_printer_is_the_letter(
        qtbot, caseworker, tmp_path: Path, monkeypatch, clean_queue: cups_queue.Queue) -> None:
    referral_id, rendered, printers = print_letters(qtbot, caseworker, tmp_path, monkeypatch,
                                                    clean_queue, copies=[2, 1])
    spooled = clean_queue.wait_for_jobs(2)
    detail = referrals.referral_detail(caseworker, referral_id)

    # recorded as today: two prints, the second one a copy
    assert detail.letters_issued == 2
    printed = [e for e in audit.events(caseworker) if e.action == "letter_printed"]
    assert len(printed) == 2 and printed[-1].record_id == referral_id

    # the queue's page log: the copies asked for, A4, a job name that names no one
    jobs = clean_queue.page_log()
    assert [job[4] for job in jobs] == ["2", "1"], jobs  # copies
    assert all(job[5] == "A4" for job in jobs), jobs
    reference = detail.reference
    for job in jobs:
        assert job[3] == letter.job_name(reference), job

    for pdf, source_bytes, printer in zip(spooled, rendered, printers, strict=True):
        info = pdf_info(pdf)
        source = tmp_path / f"source-{pdf.stem}.pdf"
        source.write_bytes(source_bytes)
        assert "(A4)" in info["Page size"], info
        # every page of the letter, as many times as the copies asked for
        assert int(info["Pages"]) == int(pdf_info(source)["Pages"]) * printer.copyCount()
        # sharp enough on paper: the page picture is at least 150 dpi
        listed = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True,
                                text=True, check=True).stdout.splitlines()[2:]
        assert listed and min(int(row.split()[12]) for row in listed) >= 150, listed

    # the picture on the paper is the letter the service rendered; the reprint is the COPY
    original, copy = (thumb(page_image(tmp_path / f"source-{p.stem}.pdf")) for p in spooled)
    for pdf, printer, expected, other in ((spooled[0], printers[0], original, copy),
                                          (spooled[1], printers[1], copy, original)):
        area = printed_area(page_image(pdf), printer, QSizeF(595.28, 841.89))
        seen = thumb(area)
        assert difference(seen, expected) < 6, difference(seen, expected)
        assert difference(seen, expected) < difference(seen, other)


@pytest.mark.skipif(not HAVE_OCR, reason="tesseract (Debian tesseract-ocr) not installed")
def test_the_printed_letter_reads_as_the_letter(
        qtbot, caseworker, tmp_path: Path, monkeypatch, clean_queue: cups_queue.Queue) -> None:
    referral_id, _, _ = print_letters(qtbot, caseworker, tmp_path, monkeypatch, clean_queue,
                                      copies=[1, 1])
    first, second = clean_queue.wait_for_jobs(2)
    reference = referrals.referral_detail(caseworker, referral_id).reference
    words = ocr(first)
    assert "référence" in words.lower() or "reference" in words.lower(), words
    digits = re.sub(r"\D", "", reference)
    assert digits in re.sub(r"\D", "", words), (reference, words)
    copy_mark = re.compile(r"\bCOPIE\b")  # not the "ne la copiez pas" of the notice
    assert not copy_mark.search(words.upper()), words
    assert copy_mark.search(ocr(second).upper())


def test_a_print_on_a_printer_gone_since_it_was_chosen_is_not_recorded(
        qtbot, caseworker, monkeypatch, clean_queue: cups_queue.Queue) -> None:
    added = clean_queue.run("lpadmin", "-p", "Gone", "-E", "-v", "cups-pdf:/gone",
                            "-m", cups_queue.CUPS_PDF_DRIVER)
    assert added.returncode == 0, added.stderr
    page, referral_id = referral_page(qtbot, caseworker)
    dialogs.script()  # messages recorded, not shown

    def choose_then_lose_the_printer(dialog: QPrintPreviewDialog) -> int:
        dialog.show()
        qtbot.waitUntil(lambda: dialog._cached is not None)  # type: ignore[attr-defined]
        printer = dialog.letter_printer  # type: ignore[attr-defined]
        if not dialogs.shown:
            printer.setPrinterName("Gone")  # chosen in the print dialog…
            removed = clean_queue.run("lpadmin", "-x", "Gone")  # …then unplugged and removed
            assert removed.returncode == 0, removed.stderr
        else:
            printer.setPrinterName(clean_queue.name)
        dialog.paintRequested.emit(printer)
        dialog.accept()
        return 1

    monkeypatch.setattr(letter, "show_preview", choose_then_lose_the_printer)
    click(qtbot, page, "referral:print")
    assert referrals.referral_detail(caseworker, referral_id).letters_issued == 0
    assert "letter_printed" not in [e.action for e in audit.events(caseworker)]
    assert [kind for kind, _ in dialogs.shown] == ["error"], dialogs.shown
    assert "printer did not accept" in dialogs.shown[0][1]
    assert "not recorded" in dialogs.shown[0][1]
    click(qtbot, page, "referral:print")  # on the printer that is there, it prints
    assert referrals.referral_detail(caseworker, referral_id).letters_issued == 1
    assert len(clean_queue.wait_for_jobs(1)) == 1


def print_pdf(queue: cups_queue.Queue, pdf: bytes, name: str) -> QPrinter:
    printer = printing.a4_printer()
    printer.setPrinterName(queue.name)
    printer.setDocName(name)
    assert printing.paint_pdf(printer, pdf) >= 1
    return printer


def test_case_summary_and_statistics_print_on_a4(
        qapp, supervisor, tmp_path: Path, clean_queue: cups_queue.Queue) -> None:
    case_id = add_case(supervisor, release=("health",))
    summary = case_summary.case_summary_pdf(supervisor, case_id, lang="fr",
                                            today=date(2026, 4, 3))
    report = statistics.period_report(supervisor, Period.month(2026, 4), lang="fr")
    stats = period_report.render(export_build.report_doc(report))
    printers = [print_pdf(clean_queue, summary, "Relais case summary"),
                print_pdf(clean_queue, stats, "Relais statistics")]
    spooled = clean_queue.wait_for_jobs(2)
    for pdf, source_bytes, printer in zip(spooled, (summary, stats), printers, strict=True):
        source = tmp_path / f"source-{pdf.stem}.pdf"
        source.write_bytes(source_bytes)
        info = pdf_info(pdf)
        assert "(A4)" in info["Page size"]
        assert info["Pages"] == pdf_info(source)["Pages"]
        seen = thumb(printed_area(page_image(pdf), printer, QSizeF(595.28, 841.89)))
        assert difference(seen, thumb(page_image(source))) < 6
