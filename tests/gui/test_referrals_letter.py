"""The referral letter from the referral panel: print preview, a real print, save as PDF.
Each print or save is recorded; the preview alone records nothing; a reprint says COPY."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication

from desktop.core.services.accounts import audit
from desktop.core.services.referrals import directory
from desktop.core.services.referrals import workflow as referrals
from desktop.gui import dialogs
from desktop.gui.referrals import letter
from desktop.gui.referrals.page import ReferralsPage
from tests.gui.cases_util import choose, click
from tests.gui.referrals_util import add_case


def referral_page(qtbot, vault) -> tuple[ReferralsPage, str]:  # type: ignore[no-untyped-def]
    case_id = add_case(vault, release=("health",))
    provider = next(p for p in directory.list_providers(vault) if p.town == "Mopti")
    made = referrals.create_referrals(vault, case_id, provider_id=provider.id,
                                      service_types=["health"], priority="urgent",
                                      reason="Soins <urgents> & suivi")
    page = ReferralsPage(lang="en")
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.set_vault(vault)
    page.select(made[0].id)
    assert page.detail.referral_id() == made[0].id
    return page, made[0].id


def text_of(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_preview_opens_and_closing_it_records_nothing(qtbot, caseworker, monkeypatch) -> None:
    page, referral_id = referral_page(qtbot, caseworker)
    opened: list[QPrintPreviewDialog] = []

    def look_then_close(dialog: QPrintPreviewDialog) -> int:
        opened.append(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog._cached is not None)  # type: ignore[attr-defined]
        assert any(w is dialog for w in QApplication.topLevelWidgets())
        dialog.reject()
        return 0

    monkeypatch.setattr(letter, "show_preview", look_then_close)
    click(qtbot, page, "referral:print")
    assert len(opened) == 1 and opened[0].windowTitle() == "Referral letter — preview"
    assert referrals.referral_detail(caseworker, referral_id).letters_issued == 0
    assert "letter_printed" not in [e.action for e in audit.events(caseworker)]


def test_printing_records_the_letter_and_a_reprint_is_a_copy(qtbot, caseworker, monkeypatch,
                                                             tmp_path: Path) -> None:
    page, referral_id = referral_page(qtbot, caseworker)
    outputs: list[Path] = []

    def print_to_pdf(dialog: QPrintPreviewDialog) -> int:
        dialog.show()
        qtbot.waitUntil(lambda: dialog._cached is not None)  # type: ignore[attr-defined]
        out = tmp_path / f"printed-{len(outputs)}.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))  # the printer's paper
        dialog.paintRequested.emit(printer)  # what the dialog's Print button does
        outputs.append(out)
        dialog.accept()
        return 1

    monkeypatch.setattr(letter, "show_preview", print_to_pdf)
    choose(qtbot, page, "referral:letter_lang", "French")
    click(qtbot, page, "referral:print")
    click(qtbot, page, "referral:print")
    assert referrals.referral_detail(caseworker, referral_id).letters_issued == 2
    assert [e.action for e in audit.events(caseworker)].count("letter_printed") == 2
    first = pypdf.PdfReader(outputs[0])
    assert len(first.pages) >= 1
    assert abs(float(first.pages[0].mediabox.width) - 612) < 2  # US Letter kept


def test_save_as_pdf_writes_where_chosen(qtbot, caseworker, tmp_path: Path) -> None:
    page, referral_id = referral_page(qtbot, caseworker)
    reference = page.detail.detail.reference
    assert letter.default_file_name(reference, "fr") == f"lettre-{reference}.pdf"
    target = tmp_path / "choisi"
    dialogs.script(str(target), str(tmp_path / "again.pdf"))
    choose(qtbot, page, "referral:letter_lang", "English")
    click(qtbot, page, "referral:save_pdf")
    saved = target.with_name("choisi.pdf")
    assert saved.exists()
    first = text_of(saved.read_bytes())
    assert reference.replace(" ", "") in first.replace(" ", "")
    assert "COPY" not in first
    click(qtbot, page, "referral:save_pdf")
    assert "COPY no. 1" in text_of((tmp_path / "again.pdf").read_bytes())  # the reprint
    assert [e.action for e in audit.events(caseworker)].count("letter_saved") == 2
    assert referrals.referral_detail(caseworker, referral_id).letters_issued == 2


