"""Referral letter: preview and print (Qt print preview), or save as PDF.

The letter is rendered in memory by ``desktop.core.services.referrals.letters``. Showing the preview
records nothing; each real print or save goes through ``letters.render_letter`` so the
service records it on the referral and in the audit log (a reprint is marked "copy").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.core.errors import StorageError, UserError
from desktop.core.services.referrals import letters
from desktop.gui import dialogs
from desktop.gui.referrals import printing

# Tests replace this to answer the preview (e.g. close it, or print it to a PDF file).
show_preview = printing.LetterPreview.exec


def default_file_name(reference: str, lang: str) -> str:
    """The suggested file name: the referral reference only, never a name."""
    word = "lettre" if lang == "fr" else "letter"
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in reference)
    return f"{word}-{safe}.pdf"


def job_name(reference: str) -> str:
    """The print job's name as the printer queue shows it: the reference, never a name."""
    return QCoreApplication.translate("ReferralLetter", "Referral letter {reference}").format(
        reference=reference)


def preview_and_print(parent: QWidget | None, vault: Any, referral_id: str,
                      lang: str, reference: str = "") -> printing.LetterPreview | None:
    """Open the print preview; print only if the person asks (recorded by the service).

    ``reference`` (the referral's) names the job in the printer queue."""
    state: dict[str, Any] = {"error": None}

    def preview_pdf() -> bytes:
        return bytes(letters.preview_letter(vault, referral_id, lang))

    def print_pdf(deliver: Callable[[bytes], None]) -> None:
        try:  # recorded only once the printer took the letter
            letters.render_letter(vault, referral_id, lang, how="print", deliver=deliver)
        except UserError as exc:
            state["error"] = exc
        except printing.PrintFailed:
            state["error"] = UserError(
                QCoreApplication.translate("ReferralLetter",
                                           "The printer did not accept the letter."),
                hint=QCoreApplication.translate(
                    "ReferralLetter", "Check that the printer is on and connected, then print "
                                      "again. This print was not recorded."))

    try:
        preview_pdf()  # fail early with a clear message rather than an empty preview
    except UserError as exc:
        dialogs.show_error(parent, exc)
        return None
    printer = printing.a4_printer()
    if reference:
        printer.setDocName(job_name(reference))
    dialog = printing.LetterPreview(printer, preview_pdf, print_pdf, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ReferralLetter",
                                                     "Referral letter — preview"))
    show_preview(dialog)
    if state["error"] is not None:
        dialogs.show_error(parent, state["error"])
    return dialog


def save_pdf(parent: QWidget | None, vault: Any, referral_id: str, reference: str,
             lang: str) -> Path | None:
    """Ask where to save the letter, render it (recorded) and write it there."""
    title = QCoreApplication.translate("ReferralLetter", "Save the letter as PDF")
    chosen = dialogs.save_file(parent, title, default_file_name(reference, lang),
                               "PDF (*.pdf)")
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        pdf = bytes(letters.render_letter(vault, referral_id, lang, how="pdf"))
        path.write_bytes(pdf)
    except UserError as exc:
        dialogs.show_error(parent, exc)
        return None
    except OSError:
        dialogs.show_error(parent, StorageError(
            QCoreApplication.translate("ReferralLetter",
                                       "The letter could not be written to this place."),
            hint=QCoreApplication.translate(
                "ReferralLetter", "Choose another folder or a USB key with free space.")))
        return None
    return path
