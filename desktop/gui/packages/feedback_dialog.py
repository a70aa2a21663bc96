"""*Feedback to the partner…* for an accepted incoming referral: the services provided, the
outcome and a note, recorded here and written as a feedback package for the sender (the
returned slip of a paper referral)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.services.packages import feedback
from desktop.gui import dialogs
from desktop.gui.packages import incoming_text
from desktop.gui.packages.fingerprint import spaced
from desktop.gui.packages.parts import ok_cancel, problem_label
from desktop.gui.packages.send_action import (
    PACKAGE_FILTER,
    PACKAGE_SUFFIX,
    package_path,
    safe_name,
)
from desktop.gui.referrals import labels, modal
from desktop.gui.referrals.tables import service_boxes

translate = QCoreApplication.translate
OUTCOMES = ("service_provided", "service_not_provided")


class FeedbackDialog(QDialog):
    """The feedback's fields; ``services()``, ``outcome()`` and ``note()`` give them."""

    def __init__(self, row: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedback:dialog")
        self.setWindowTitle(translate("FeedbackDialog", "Feedback to the partner"))
        intro = QLabel(translate(
            "FeedbackDialog", "For {organisation}, about their referral {reference}. They "
            "will see the services provided, the outcome and your note in the referral's "
            "history.").format(organisation=incoming_text.sender_text(row),
                               reference=getattr(row, "reference", "")), self)
        intro.setWordWrap(True)
        box = QGroupBox(translate("FeedbackDialog", "Services provided"), self)
        self.service_checks = service_boxes(box, lang, "feedback:service")
        asked = getattr(row, "service_type", None)
        done = tuple(getattr(row, "services_provided", ()) or ())
        for code, check in self.service_checks.items():
            check.setChecked(code in done if done else code == asked)
        self.outcome_box = QComboBox(self)
        self.outcome_box.setObjectName("feedback:outcome")
        for code in OUTCOMES:
            self.outcome_box.addItem(labels.status_label(code, lang), code)
        previous = getattr(row, "outcome", None)
        if previous in OUTCOMES:
            self.outcome_box.setCurrentIndex(OUTCOMES.index(previous))
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("feedback:note")
        self.note_edit.setPlaceholderText(translate(
            "FeedbackDialog", "What was done, what comes next (no more than she agreed to "
            "share)"))
        self.note_edit.setPlainText(str(getattr(row, "feedback_note", "") or ""))
        self.note_edit.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(translate("FeedbackDialog", "Outcome"), self.outcome_box)
        form.addRow(translate("FeedbackDialog", "Note"), self.note_edit)
        self.error = problem_label("feedback:error", self)
        buttons, _ok = ok_cancel(self, translate("FeedbackDialog", "Write the feedback "
                                                                   "package…"), "feedback:ok")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def services(self) -> list[str]:
        """The service types ticked."""
        return [code for code, check in self.service_checks.items() if check.isChecked()]

    def outcome(self) -> str:
        """The outcome's code (a referral status at the sender)."""
        return str(self.outcome_box.currentData())

    def note(self) -> str:
        """The note, trimmed."""
        return self.note_edit.toPlainText().strip()

    def show_problem(self, text: str) -> None:
        """Say what is wrong (the dialog comes back with everything typed)."""
        self.error.setText(text)
        self.error.show()


def send_feedback_flow(parent: QWidget, vault: Any, row: Any, lang: str) -> bool:
    """Ask for the feedback, record it, write the package; True once the file is written.
    A declined referral's answer (its reason) is written without asking anything more."""
    if getattr(row, "status", "") == "declined":
        return write_feedback(parent, vault, row)
    dialog = FeedbackDialog(row, lang, parent)
    while modal.run(dialog):
        try:
            feedback.record_feedback(vault, row.id, services_provided=dialog.services(),
                                     outcome=dialog.outcome(), note=dialog.note())
        except UserError as exc:
            dialog.show_problem(exc.message)
            continue
        return write_feedback(parent, vault, row, recorded=True)
    return False


def write_feedback(parent: QWidget, vault: Any, row: Any, *, recorded: bool = False) -> bool:
    """Ask where to write the feedback package of ``row`` (or of a list of rows, one package)
    and write it; True once written."""
    rows = list(row) if isinstance(row, list) else [row]
    name = "feedback " + (str(getattr(rows[0], "reference", "")) if len(rows) == 1 else
                          f"{len(rows)} referrals")
    path = dialogs.save_file(
        parent, translate("FeedbackDialog", "Write the feedback package"),
        f"{safe_name(name)}{PACKAGE_SUFFIX}", PACKAGE_FILTER)
    if not path:
        if recorded:
            dialogs.inform(parent, translate(
                "FeedbackDialog", "The feedback is recorded here; no package was "
                "written. Click “Feedback to the partner…” again to write it."))
        return False
    try:
        sent = feedback.send_feedback(vault, [r.id for r in rows], package_path(path))
    except UserError as exc:
        dialogs.show_error(parent, exc)
        return False
    dialogs.inform(parent, translate(
        "FeedbackDialog", "Feedback package written to {path} for {organisation} "
        "(fingerprint {fingerprint}): the answers to {count} referrals. Send them the file: "
        "importing it updates their referrals.").format(
            path=sent.path, organisation=sent.organisation,
            fingerprint=spaced(sent.fingerprint), count=sent.count))
    return True
