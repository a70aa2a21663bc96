"""The recovery key, shown once: big, grouped for reading aloud, with a Print button
(``ui/recovery_key.ui``)."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui import dialogs, look

translate = QCoreApplication.translate


def key_lines(key: str) -> str:
    """The key's groups of four, on two lines for reading aloud and writing down."""
    groups = key.split("-")
    half = (len(groups) + 1) // 2
    return "  ".join(groups[:half]) + "\n" + "  ".join(groups[half:])


def recovery_document(key: str, organisation: str = "") -> QTextDocument:
    """A simple printable page: the key and what it is for (no survivor data)."""
    lines = html.escape(key_lines(key)).replace("\n", "<br/>")
    advice = html.escape(
        translate(
            "RecoveryKey",
            "This key opens the database when every password is lost. "
            "Keep this page locked away, apart from the computer.",
        )
    )
    heading = html.escape(translate("RecoveryKey", "Recovery key"))
    printed = html.escape(translate("RecoveryKey", "Printed on"))
    body = (
        f"<h1>Relais — {heading}</h1>"
        f"<p>{html.escape(organisation)}</p>"
        f"<p>{printed} {date.today().isoformat()}</p>"
        f"<p style='font-family: monospace; font-size: 24pt; font-weight: bold'>{lines}</p>"
        f"<p>{advice}</p>"
    )
    document = QTextDocument()
    document.setHtml(body)
    return document


def print_key(parent: QWidget | None, key: str, organisation: str = "") -> bool:
    """Ask for a printer and print the key page; False if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if not dialogs.accept_print(parent, QPrintDialog(printer, parent)):
        return False
    recovery_document(key, organisation).print_(printer)
    return True


class RecoveryKeyView(QWidget):
    """The key in large grouped letters, Print, and "I have written it down"."""

    confirmed = Signal()

    def __init__(
        self,
        key: str,
        organisation: str = "",
        parent: QWidget | None = None,
        *,
        with_continue: bool = True,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.organisation = organisation
        form = look.load_form("recovery_key", self)  # ui/recovery_key.ui
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        self.key_label = look.child(form, QLabel, "recovery_key")
        self.key_label.setText(key_lines(key))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(22)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.print_button = look.child(form, QPushButton, "print_key")
        self.print_button.setIcon(look.icon("print"))
        self.print_button.clicked.connect(lambda: print_key(self, self.key, self.organisation))
        self.written = look.child(form, QCheckBox, "written_down")
        self.continue_button = look.child(form, QPushButton, "continue")
        self.continue_button.setVisible(with_continue)
        self.written.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.confirmed)


class RecoveryKeyDialog(QDialog):
    """The new recovery key after a reset, in a window of its own."""

    def __init__(self, key: str, organisation: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RecoveryKey", "New recovery key"))
        self.view = RecoveryKeyView(key, organisation, self)
        self.view.confirmed.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
