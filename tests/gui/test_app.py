"""Start-up pieces: the exception hook and the printable recovery key page."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from desktop.core.errors import UserError
from desktop.gui import dialogs
from desktop.gui.app import excepthook
from desktop.gui.recovery_view import recovery_document


def test_known_errors_show_their_message_and_bugs_a_plain_sentence(qapp, capsys) -> None:  # type: ignore[no-untyped-def]
    dialogs.script()
    excepthook(UserError, UserError("The disk is full."), None)
    try:
        raise RuntimeError("internal detail")
    except RuntimeError as exc:
        excepthook(RuntimeError, exc, exc.__traceback__)
    kinds = [kind for kind, _ in dialogs.shown]
    assert kinds == ["error", "bug"]
    assert "internal detail" not in dialogs.shown[1][1]
    assert "internal detail" in capsys.readouterr().err


def test_recovery_key_page_prints_the_key(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "key.pdf"))
    recovery_document("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-23", "ONG Essai").print_(printer)
    text = " ".join(PdfReader(tmp_path / "key.pdf").pages[0].extract_text().split())
    assert "ABCD EFGH JKMN PQRS TVWX YZ01 23" in text and "ONG Essai" in text
