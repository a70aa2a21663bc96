"""The recovery key, shown once: big, grouped for reading aloud, with a Print button."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.gui import dialogs

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
        intro = QLabel(
            translate(
                "RecoveryKey",
                "This is the recovery key. It opens the database if every password "
                "is lost. It is shown only now: write it on paper or print it, and "
                "keep it locked away.",
            )
        )
        intro.setWordWrap(True)
        self.key_label = QLabel(key_lines(key))
        self.key_label.setObjectName("recovery_key")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(22)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet("padding: 16px; border: 1px solid #888; background: #fff;")
        self.print_button = QPushButton(translate("RecoveryKey", "Print…"))
        self.print_button.setObjectName("print_key")
        self.print_button.clicked.connect(lambda: print_key(self, self.key, self.organisation))
        self.written = QCheckBox(
            translate("RecoveryKey", "I have written it down (or printed it) and put it away")
        )
        self.written.setObjectName("written_down")
        self.continue_button = QPushButton(translate("RecoveryKey", "Continue"))
        self.continue_button.setObjectName("continue")
        self.continue_button.setEnabled(False)
        self.continue_button.setVisible(with_continue)
        self.written.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.confirmed)

        self.key_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addWidget(self.key_label)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.written)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.continue_button)
        layout.addLayout(bottom)


class RecoveryKeyDialog(QDialog):
    """The new recovery key after a reset, in a window of its own."""

    def __init__(self, key: str, organisation: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RecoveryKey", "New recovery key"))
        self.view = RecoveryKeyView(key, organisation, self)
        self.view.confirmed.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
