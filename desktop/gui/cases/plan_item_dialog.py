"""The dialog of one plan item: the need it answers, goal, actions, who is responsible, target
date, status (with the reason when not done) and the referrals made for it."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.catalogue import reference
from desktop.gui.cases import catalogue_view as cv


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PlanItemDialog(QDialog):
    """Add or edit a plan item; ``values()`` is what ``case_plan.add_item`` takes.

    ``choices`` is a ``case_plan.PlanChoices``; ``item`` a ``PlanItemRow`` to edit (``None``
    for a new item). A problem the service finds is shown in the dialog (``show_problem``)."""

    def __init__(self, choices: Any, lang: str, item: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_item_dialog")
        self.setWindowTitle(self.tr("Edit the plan item") if item else
                            self.tr("Add a plan item"))
        self.setMinimumWidth(640)
        self.choices = choices
        self.need = QComboBox(self)
        self.need.setObjectName("plan_item:need")
        self.need.addItem(self.tr("General (no particular need)"), None)
        for code in choices.needs:
            self.need.addItem(cv.choice_label("needs", code, lang), code)
        self.goal = self._text("plan_item:goal", self.tr("What she wants to reach"), 60)
        self.actions_box = self._text("plan_item:actions",
                                      self.tr("What will be done, step by step"), 80)
        self.responsible = QComboBox(self)
        self.responsible.setObjectName("plan_item:responsible")
        for code, label in reference.choices("plan_responsible", lang):
            self.responsible.addItem(label, code)
        self.person = QComboBox(self)
        self.person.setObjectName("plan_item:person")
        self.responsible.currentIndexChanged.connect(self._fill_people)
        self.target = QDateEdit(self)
        self.target.setObjectName("plan_item:target_on")
        self.target.setCalendarPopup(True)
        self.target.setDisplayFormat("dd/MM/yyyy")
        self.target.setDate(_qdate(date.today() + timedelta(days=14)))
        self.status = QComboBox(self)
        self.status.setObjectName("plan_item:status")
        for code, label in reference.choices("plan_statuses", lang):
            self.status.addItem(label, code)
        self.reason = self._text("plan_item:reason", self.tr("Why it was not done"), 50)
        self.status.currentIndexChanged.connect(self._update)
        self.referrals = QListWidget(self)
        self.referrals.setObjectName("plan_item:referrals")
        self.referrals.setMaximumHeight(80)
        self.referrals.setWordWrap(True)
        self.referrals.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for referral_id, label in choices.referrals:
            entry = QListWidgetItem(label, self.referrals)
            entry.setData(Qt.ItemDataRole.UserRole, referral_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
        form = QFormLayout()
        form.addRow(self.tr("Need answered"), self.need)
        form.addRow(self.tr("Goal"), self.goal)
        form.addRow(self.tr("Actions"), self.actions_box)
        form.addRow(self.tr("Responsible"), self.responsible)
        form.addRow("", self.person)
        form.addRow(self.tr("Target date"), self.target)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Why not done"), self.reason)
        form.addRow(self.tr("Referrals made for it"), self.referrals if choices.referrals
                    else QLabel(self.tr("No referral yet for this case."), self))
        self.problem = QLabel(self)
        self.problem.setObjectName("plan_item:problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._fill_people()
        if item is not None:
            self._load(item)
        self._update()

    def _text(self, name: str, placeholder: str, height: int) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setObjectName(name)
        box.setPlaceholderText(placeholder)
        box.setMaximumHeight(height)
        box.setTabChangesFocus(True)
        return box

    def _fill_people(self) -> None:
        kind = self.responsible.currentData()
        self.person.clear()
        people = {"staff": self.choices.staff, "provider": self.choices.providers}.get(kind, [])
        for person_id, name in people:
            self.person.addItem(name, person_id)
        self.person.setVisible(bool(people))

    def _update(self) -> None:
        not_done = self.status.currentData() == "not_done"
        self.reason.setEnabled(not_done)

    def _load(self, item: Any) -> None:
        self.need.setCurrentIndex(max(self.need.findData(item.need), 0))
        self.goal.setPlainText(item.goal)
        self.actions_box.setPlainText(item.actions or "")
        self.responsible.setCurrentIndex(max(self.responsible.findData(item.responsible), 0))
        person = item.responsible_staff_id or item.responsible_provider_id
        self.person.setCurrentIndex(max(self.person.findData(person), 0))
        if item.target_on is not None:
            self.target.setDate(_qdate(item.target_on))
        self.status.setCurrentIndex(max(self.status.findData(item.status), 0))
        self.reason.setPlainText(item.not_done_reason or "")
        for row in range(self.referrals.count()):
            entry = self.referrals.item(row)
            if entry.data(Qt.ItemDataRole.UserRole) in item.referral_ids:
                entry.setCheckState(Qt.CheckState.Checked)

    def values(self) -> dict[str, Any]:
        """The item as typed, in the keywords of ``case_plan.add_item``."""
        kind = self.responsible.currentData()
        person = self.person.currentData()
        return {
            "need": self.need.currentData(),
            "goal": self.goal.toPlainText().strip(),
            "actions": self.actions_box.toPlainText().strip(),
            "responsible": kind,
            "responsible_staff_id": person if kind == "staff" else None,
            "responsible_provider_id": person if kind == "provider" else None,
            "target_on": self.target.date().toPython(),
            "status": self.status.currentData(),
            "not_done_reason": self.reason.toPlainText().strip(),
            "referral_ids": [self.referrals.item(r).data(Qt.ItemDataRole.UserRole)
                             for r in range(self.referrals.count())
                             if self.referrals.item(r).checkState() == Qt.CheckState.Checked],
        }

    def show_problem(self, text: str) -> None:
        """Show what the service refused (the dialog stays open, nothing typed is lost)."""
        self.problem.setText(text)
