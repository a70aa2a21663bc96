"""Asking for a case's closure: the reasons, a note, and the closure checklist (safety plan
reviewed, she knows she can come back, plan goals met) with the explanation an unticked item
needs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.services.casework import closure_checklist
from desktop.core.services.casework.closure_checklist import Checklist
from desktop.gui.cases import catalogue_view as cv


class ClosureDialog(QDialog):
    """The closure reasons as check boxes; "other" needs a note. Tests fill it directly."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closure_dialog")
        self.setWindowTitle(self.tr("Request closure"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Tick every reason that applies. A supervisor approves the closure."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.reasons: dict[str, QCheckBox] = {}
        for code, label in cv.closure_reasons(lang):
            box = QCheckBox(label, self)
            box.setObjectName(f"closure:{code}")
            box.toggled.connect(self._update)
            layout.addWidget(box, 0, Qt.AlignmentFlag.AlignLeft)
            self.reasons[code] = box
        layout.addWidget(QLabel(self.tr("Note"), self))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("closure:note")
        self.note.setMaximumHeight(90)
        self.note.textChanged.connect(self._update)
        layout.addWidget(self.note)
        layout.addWidget(QLabel(self.tr("<b>Before closing</b>"), self))
        self.checks: dict[str, QCheckBox] = {}
        for name in closure_checklist.ITEMS:
            box = QCheckBox(closure_checklist.label(name, lang), self)
            box.setObjectName(f"closure:check:{name}")
            box.toggled.connect(self._update)
            layout.addWidget(box, 0, Qt.AlignmentFlag.AlignLeft)
            self.checks[name] = box
        layout.addWidget(QLabel(self.tr("Why an item is not ticked"), self))
        self.explanation = QPlainTextEdit(self)
        self.explanation.setObjectName("closure:explanation")
        self.explanation.setMaximumHeight(70)
        self.explanation.setTabChangesFocus(True)
        self.explanation.textChanged.connect(self._update)
        layout.addWidget(self.explanation)
        self.problem = QLabel(self)
        self.problem.setObjectName("closure:problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            Qt.Orientation.Horizontal, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Request closure"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def chosen(self) -> list[str]:
        """The reason codes ticked."""
        return [code for code, box in self.reasons.items() if box.isChecked()]

    def note_text(self) -> str:
        """The note typed."""
        return self.note.toPlainText().strip()

    def checklist(self) -> Checklist:
        """The closure checklist as ticked, with the explanation typed."""
        return Checklist(**{name: box.isChecked() for name, box in self.checks.items()},
                         explanation=self.explanation.toPlainText().strip())

    def _update(self) -> None:
        chosen = self.chosen()
        problem = ""
        if not chosen:
            problem = self.tr("Tick at least one reason.")
        elif "other" in chosen and not self.note_text():
            problem = self.tr("Say what the other reason is in the note.")
        elif self.checklist().unticked() and not self.checklist().explanation:
            problem = self.tr("Explain why each unticked item is not done.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
