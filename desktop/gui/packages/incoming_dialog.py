"""One incoming referral (what the partner sent, nothing more), and what the person does with
it: *Accept* (a new case, or the case of an existing survivor code; the case file then opens),
*Decline* with a reason, and, once accepted, *Feedback to the partner…*."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.atomic import write_atomically
from desktop.core.errors import StorageError, UserError
from desktop.core.i18n import current_language
from desktop.core.services.packages import incoming, incoming_letter
from desktop.gui import dialogs
from desktop.gui.packages import incoming_text
from desktop.gui.packages.feedback_dialog import send_feedback_flow
from desktop.gui.packages.parts import ok_cancel, problem_label
from desktop.gui.packages.send_action import safe_name
from desktop.gui.referrals import modal

translate = QCoreApplication.translate


class AcceptDialog(QDialog):
    """Open a new case, or add the referral to the case of a survivor code already here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incoming:accept_dialog")
        self.setWindowTitle(translate("IncomingDialog", "Accept the referral"))
        self.new_case = QRadioButton(translate("IncomingDialog", "Open a new case"), self)
        self.new_case.setObjectName("accept:new_case")
        self.existing = QRadioButton(translate(
            "IncomingDialog", "She is already known here: add it to the case of the survivor "
            "code"), self)
        self.existing.setObjectName("accept:existing")
        group = QButtonGroup(self)
        group.addButton(self.new_case)
        group.addButton(self.existing)
        self.new_case.setChecked(True)
        self.code = QLineEdit(self)
        self.code.setObjectName("accept:survivor_code")
        self.code.setEnabled(False)
        self.existing.toggled.connect(self.code.setEnabled)
        self.error = problem_label("accept:error", self)
        buttons, _ok = ok_cancel(self, translate("IncomingDialog", "Accept"), "accept:ok")
        layout = QVBoxLayout(self)
        layout.addWidget(self.new_case)
        layout.addWidget(self.existing)
        layout.addWidget(self.code)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def survivor_code(self) -> str | None:
        """The survivor code typed, or ``None`` for a new case."""
        return self.code.text().strip() or None if self.existing.isChecked() else None

    def show_problem(self, text: str) -> None:
        """Say why the referral was not accepted (the dialog comes back)."""
        self.error.setText(text)
        self.error.show()


class IncomingDialog(QDialog):
    """``case_opened(case_id)`` after an acceptance; ``changed`` after any decision."""

    case_opened = Signal(str)
    changed = Signal()

    def __init__(self, vault: Any, row: Any, parent: QWidget | None = None,
                 lang: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incoming:dialog")
        self.vault = vault
        self.row = row
        self.lang = lang or current_language()
        self.setWindowTitle(translate("IncomingDialog", "Incoming referral"))
        self.form = QFormLayout()
        self.shared = QGroupBox(translate(
            "IncomingDialog", "About the survivor (only what her consent lets the partner "
            "share)"), self)
        self.shared_form = QFormLayout(self.shared)
        self.state = QLabel(self)
        self.state.setObjectName("incoming:state")
        self.state.setWordWrap(True)
        self.accept_button = self._button("incoming:accept",
                                          translate("IncomingDialog", "Accept…"), self.do_accept)
        self.decline_button = self._button("incoming:decline",
                                           translate("IncomingDialog", "Decline…"),
                                           self.do_decline)
        self.letter_button = self._button(
            "incoming:letter", translate("IncomingDialog", "Save the letter as PDF…"),
            self.save_letter)
        self.feedback_button = self._button(
            "incoming:feedback", translate("IncomingDialog", "Feedback to the partner…"),
            self.do_feedback)
        buttons = QDialogButtonBox(self)
        for button in (self.letter_button, self.accept_button, self.decline_button,
                       self.feedback_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("incoming:close")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.shared)
        layout.addWidget(self.state)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)
        self._fill()

    def _button(self, name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _fill(self) -> None:
        for form in (self.form, self.shared_form):
            while form.rowCount():
                form.removeRow(0)
        for caption, value in incoming_text.header_rows(self.row, self.lang):
            label = QLabel(value, self)
            label.setWordWrap(True)
            self.form.addRow(caption, label)
        shared = incoming_text.shared_rows(self.row, self.lang)
        for caption, value in shared:
            label = QLabel(value, self)
            label.setWordWrap(True)
            self.shared_form.addRow(caption, label)
        if not shared:
            self.shared_form.addRow(QLabel(translate(
                "IncomingDialog", "Nothing that identifies her was shared: ask the partner "
                "(her consent did not allow it)."), self))
        status = incoming_text.status_of(self.row)
        self.state.setText(incoming_text.status_text(self.row, self.lang))
        self.accept_button.setVisible(status == "open")
        self.decline_button.setVisible(status == "open")
        self.feedback_button.setVisible(status in ("accepted", "declined"))
        self.feedback_button.setText(
            translate("IncomingDialog", "Send the refusal to the partner…")
            if status == "declined" else translate("IncomingDialog", "Feedback to the partner…"))

    def _reload(self) -> None:
        try:
            rows = incoming.incoming_referrals(self.vault, open_only=False)
        except UserError:
            return
        self.row = next((r for r in rows if r.id == self.row.id), self.row)
        self._fill()
        self.changed.emit()

    def do_accept(self) -> None:
        """Accept: open a case (or find the one of a survivor code), then its case file."""
        dialog = AcceptDialog(self)
        while modal.run(dialog):
            try:
                case_id = incoming.accept(self.vault, self.row.id,
                                          survivor_code=dialog.survivor_code())
            except UserError as exc:
                dialog.show_problem(exc.message)
                continue
            self._reload()
            self.accept()
            self.case_opened.emit(case_id)
            return

    def do_decline(self) -> None:
        """Decline with a reason (the partner learns it with the feedback)."""
        reason = dialogs.ask_text(self, translate("IncomingDialog", "Decline the referral"),
                                  translate("IncomingDialog", "Why do you decline it?"))
        if reason is None:
            return
        try:
            incoming.decline(self.vault, self.row.id, reason.strip())
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        self._reload()

    def do_feedback(self) -> None:
        """Record the services provided and the outcome, and write the feedback package."""
        if send_feedback_flow(self, self.vault, self.row, self.lang):
            self._reload()

    def save_letter(self) -> None:
        """The referral's letter as the partner would have printed it, saved as a PDF."""
        chosen = dialogs.save_file(self, translate("IncomingDialog", "Save the letter as PDF"),
                                   f"{safe_name(self.row.reference)}.pdf", "PDF (*.pdf)")
        if not chosen:
            return
        path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(f"{chosen}.pdf")
        try:
            pdf = incoming_letter.incoming_letter(self.vault, self.row.id, self.lang)
            write_atomically(path, pdf)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        except OSError:
            dialogs.show_error(self, StorageError(translate(
                "IncomingDialog", "The letter could not be written to this place.")))
            return
        dialogs.inform(self, translate("IncomingDialog", "Letter saved to {path}.").format(
            path=path))
