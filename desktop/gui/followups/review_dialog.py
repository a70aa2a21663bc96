"""The follow-up review: how it was done, the outcome, each open plan item's status, new
needs, whether she is still safe, and whether closure is recommended."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.catalogue import reference
from desktop.core.services.referrals.followup_review import SAFETY_NEEDS_NOTE, ItemUpdate


class FollowUpReviewDialog(QDialog):
    """Filled by the case worker when a follow-up is done; Save is enabled once the method,
    the outcome and the safety answer are given (and the notes they require)."""

    def __init__(self, about: str, items: list[Any], assessed: list[str], lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followup:done")
        self.setWindowTitle(self.tr("Follow-up done: review"))
        self.setMinimumWidth(620)
        self.method = QComboBox(self)
        self.method.setObjectName("review:method")
        self.method.addItem(self.tr("— choose —"), None)
        for code, label in reference.choices("followup_methods", lang):
            self.method.addItem(label, code)
        self.method.currentIndexChanged.connect(self._update)
        self.outcome = QPlainTextEdit(self)
        self.outcome.setObjectName("followup:outcome")
        self.outcome.setPlaceholderText(self.tr("Outcome: what was found, what comes next"))
        self.outcome.setMaximumHeight(70)
        self.outcome.setTabChangesFocus(True)
        self.outcome.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("For"), QLabel(about, self))
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Outcome"), self.outcome)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._plan_box(items, lang))
        layout.addWidget(self._needs_box(assessed, lang))
        layout.addWidget(self._safety_box(lang))
        self.closure = QCheckBox(self.tr("Closure of the case recommended"), self)
        self.closure.setObjectName("review:closure_recommended")
        layout.addWidget(self.closure, 0, Qt.AlignmentFlag.AlignLeft)
        self.problem = QLabel(self)
        self.problem.setObjectName("review:problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def _plan_box(self, items: list[Any], lang: str) -> QGroupBox:
        box = QGroupBox(self.tr("Open items of the action plan: needs met?"), self)
        grid = QGridLayout(box)
        self.items: dict[str, tuple[QComboBox, QLineEdit, str]] = {}
        if not items:
            grid.addWidget(QLabel(self.tr("No open item in the plan."), box), 0, 0)
        for row, item in enumerate(items):
            need = reference.label("needs", item.need, lang) if item.need else self.tr(
                "General")
            label = QLabel(self.tr("{need}: {goal}").format(need=need, goal=item.goal), box)
            label.setWordWrap(True)
            status = QComboBox(box)
            status.setObjectName(f"review:item:{item.id}:status")
            for code, text in reference.choices("plan_statuses", lang):
                status.addItem(text, code)
            status.setCurrentIndex(max(status.findData(item.status), 0))
            reason = QLineEdit(box)
            reason.setObjectName(f"review:item:{item.id}:reason")
            reason.setPlaceholderText(self.tr("Why not done"))
            status.currentIndexChanged.connect(self._update)
            reason.textChanged.connect(self._update)
            grid.addWidget(label, row, 0)
            grid.addWidget(status, row, 1)
            grid.addWidget(reason, row, 2)
            self.items[item.id] = (status, reason, item.status)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        return box

    def _needs_box(self, assessed: list[str], lang: str) -> QGroupBox:
        box = QGroupBox(self.tr("New needs (added to the assessment)"), self)
        line = QHBoxLayout(box)
        self.needs: dict[str, QCheckBox] = {}
        for code, label in reference.choices("needs", lang):
            if code in assessed:
                continue
            check = QCheckBox(label, box)
            check.setObjectName(f"review:need:{code}")
            line.addWidget(check)
            self.needs[code] = check
        if not self.needs:
            line.addWidget(QLabel(self.tr("Every need is already in the assessment."), box))
        line.addStretch(1)
        return box

    def _safety_box(self, lang: str) -> QGroupBox:
        box = QGroupBox(self.tr("Is she still safe?"), self)
        layout = QVBoxLayout(box)
        line = QHBoxLayout()
        self.safety = QButtonGroup(box)
        self.safety_buttons: dict[str, QRadioButton] = {}
        for code, label in reference.choices("followup_safety", lang):
            button = QRadioButton(label, box)
            button.setObjectName(f"review:safety:{code}")
            button.toggled.connect(self._update)
            self.safety.addButton(button)
            self.safety_buttons[code] = button
            line.addWidget(button)
        line.addStretch(1)
        layout.addLayout(line)
        self.safety_note = QLineEdit(box)
        self.safety_note.setObjectName("review:safety_note")
        self.safety_note.setPlaceholderText(self.tr("What worries you (required for a concern "
                                                    "or \"no\")"))
        self.safety_note.textChanged.connect(self._update)
        layout.addWidget(self.safety_note)
        return box

    # -- reading ---------------------------------------------------------------------------
    def safety_code(self) -> str | None:
        """The safety answer chosen (``None`` before one is)."""
        return next((c for c, b in self.safety_buttons.items() if b.isChecked()), None)

    def updates(self) -> dict[str, ItemUpdate]:
        """Each open item's status as set (all of them, changed or not)."""
        return {item_id: ItemUpdate(status.currentData(), reason.text().strip())
                for item_id, (status, reason, _) in self.items.items()}

    def values(self) -> dict[str, Any]:
        """What ``followup_review.complete`` takes."""
        return {"outcome": self.outcome.toPlainText().strip(),
                "method": self.method.currentData(), "safety": self.safety_code(),
                "safety_note": self.safety_note.text().strip(),
                "closure_recommended": self.closure.isChecked(), "updates": self.updates(),
                "new_needs": [c for c, box in self.needs.items() if box.isChecked()]}

    def show_problem(self, text: str) -> None:
        """Show what the service refused (nothing typed is lost)."""
        self.problem.setText(text)

    def _update(self) -> None:
        for status, reason, _ in self.items.values():
            reason.setEnabled(status.currentData() == "not_done")
        values = self.values()
        problem = ""
        if values["method"] is None:
            problem = self.tr("Say how the follow-up was done.")
        elif not values["outcome"]:
            problem = self.tr("Write the outcome.")
        elif values["safety"] is None:
            problem = self.tr("Say whether she is still safe.")
        elif values["safety"] in SAFETY_NEEDS_NOTE and not values["safety_note"]:
            problem = self.tr("Write what worries you about her safety.")
        elif any(u.status == "not_done" and not u.reason for u in values["updates"].values()):
            problem = self.tr("Say why each item not done was not done.")
        self.problem.setText(problem)
        self.save.setEnabled(not problem)
