"""The case file's consent tab: each consent with its date, who gave it and its history (every
change, dated, with who gave it and who recorded it), and the supervisor's approval of a
consent given for a child by another trusted adult or the case worker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.services.cases.case_file import scope_label
from desktop.core.services.consent.consent_history import change_label
from desktop.gui.cases import case_text as ct
from desktop.gui.cases import catalogue_view as cv
from desktop.gui.empty_state import EmptyState

PENDING_STYLE = "color: #b00020; font-weight: bold;"
APPROVED_STYLE = "color: #1b5e20;"


def _lower_first(label: str) -> str:
    """A label inside a sentence ("the survivor"); a dash when there is none."""
    return label[:1].lower() + label[1:] if label else "—"


class ConsentPanel(QWidget):
    """Consents of the case (``show_file``); ``approve`` asks for the supervisor's approval."""

    approve = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setObjectName("case:consent_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.details = QLabel(self)
        self.details.setObjectName("case:consent_details")
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.list = QListWidget(self)  # one entry of two lines per consent (wraps when narrow)
        self.list.setObjectName("case:consents")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.empty = EmptyState(self.list, self.tr(
            "No consent recorded: record her consents in the intake (Edit the intake)."),
            parent=self, compact=True)
        layout.addWidget(self.empty, 1)
        self.approve_button = QPushButton(self.tr("Approve this consent"), self)
        self.approve_button.setObjectName("case:approve_consent")
        self.approve_button.clicked.connect(self.approve)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.approve_button)
        layout.addLayout(line)

    def show_file(self, file: Any, may_approve: bool = False) -> None:
        """Show the consents of a case file (``None`` clears)."""
        self.list.clear()
        self.status.clear()
        self.details.clear()
        self.approve_button.setVisible(False)
        if file is None:
            return
        for c in file.consents:
            self.list.addItem(self._entry(c))
        self.status.setText(self._status(file))
        self.status.setVisible(bool(self.status.text()))
        self.status.setStyleSheet(PENDING_STYLE if file.consent_pending else APPROVED_STYLE)
        self.details.setText(self._details(file))
        self.details.setVisible(bool(self.details.text()))
        self.approve_button.setVisible(bool(file.consent_pending) and may_approve)

    def _entry(self, c: Any) -> str:
        """``Consent … : Yes`` then who gave it, when, who recorded it (and its withdrawal), then
        each change of its history, oldest first."""
        head = self.tr("{consent}: {answer}").format(consent=scope_label(c.scope, self.lang),
                                                     answer=ct.show_value(bool(c.given)))
        # A consent refused (never given) was answered, not "given", by the survivor.
        given = bool(c.given) or c.withdrawn_on is not None
        line = (self.tr("given by {who} on {day}, recorded by {worker}") if given else
                self.tr("answered by {who} on {day}, recorded by {worker}")).format(
            who=_lower_first(cv.choice_label("consent_given_by", c.given_by, self.lang)),
            day=ct.show_value(c.given_on), worker=c.recorded_by or "—")
        if c.withdrawn_on is not None:
            line += " · " + self.tr("withdrawn on {day}").format(
                day=ct.show_value(c.withdrawn_on))
        history = [self.tr("{day}: {change} — {who}, recorded by {worker}").format(
            day=ct.show_value(h.on), change=change_label(h.change, self.lang),
            who=_lower_first(cv.choice_label("consent_given_by", h.given_by, self.lang)),
            worker=h.recorded_by or "—") for h in c.changes]
        return "\n        ".join([f"{head}\n    {line}", *history])

    def _status(self, file: Any) -> str:
        lines = []
        if file.consent_pending:
            lines.append(self.tr("Consent pending supervisor approval: until then referrals "
                                 "that need consent are refused and nothing identifying is "
                                 "shared."))
        elif file.consent_approved_by:
            lines.append(self.tr("Consent approved by {who} on {when}.").format(
                who=file.consent_approved_by, when=ct.show_value(file.consent_approved_at)))
        return "\n".join(lines)

    def _details(self, file: Any) -> str:
        lines = []
        if file.caregiver_unsuitable:
            lines.append(self.tr("Caregiver's consent not asked — {why}.").format(
                why=cv.choice_label("caregiver_unsuitable", file.caregiver_unsuitable,
                                    self.lang)))
        if file.child_assent is not None:
            lines.append(self.tr("The child's informed assent: {answer}.").format(
                answer=ct.show_value(file.child_assent)))
        note = getattr(file, "best_interest_note", None)
        if note:  # what the supervisor weighs before approving a substitute's consent
            lines.append(self.tr("Best-interest note: {note}").format(note=note))
        return "\n".join(lines)
