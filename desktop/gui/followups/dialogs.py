"""Small dialogs of follow-ups: schedule one (date, who, purpose); marking one done is the
review of ``review_dialog``."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ScheduleDialog(QDialog):
    """When, for whom (supervisors may assign), and why."""

    def __init__(self, staff: list[tuple[str, str]], me: str, about: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followup:schedule")
        self.setWindowTitle(self.tr("Schedule a follow-up"))
        self.due = QDateEdit(self)
        self.due.setObjectName("followup:due")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.due.setDate(_qdate(date.today() + timedelta(days=7)))
        self.assignee = QComboBox(self)
        self.assignee.setObjectName("followup:assignee")
        for staff_id, name in staff:
            self.assignee.addItem(name, staff_id)
        self.assignee.setCurrentIndex(max(self.assignee.findData(me), 0))
        self.assignee.setEnabled(len(staff) > 1)
        self.purpose = QPlainTextEdit(self)
        self.purpose.setObjectName("followup:purpose")
        self.purpose.setPlaceholderText(self.tr("What to check (e.g. whether the survivor "
                                                "received the service)"))
        self.purpose.setMaximumHeight(80)
        form = QFormLayout()
        if about:
            form.addRow(self.tr("For"), QLabel(about, self))
        form.addRow(self.tr("Due on"), self.due)
        form.addRow(self.tr("Assigned to"), self.assignee)
        form.addRow(self.tr("Purpose"), self.purpose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        """``due_on``, ``assigned_to_id`` and ``purpose``."""
        return {"due_on": self.due.date().toPython(),
                "assigned_to_id": self.assignee.currentData(),
                "purpose": self.purpose.toPlainText().strip() or None}
