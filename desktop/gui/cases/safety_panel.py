"""The case file's Safety tab: the level and its latest assessment, safe contact beside her
phone, a new risk assessment (the level the answers suggest, shown as they are chosen), the
history of assessments, and the safety plan in her words (``safety_plan_box``).

Every change goes through ``services.safety``; the tab reloads after each one and emits
``changed`` so that the case file shows the new level.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.catalogue import reference
from desktop.core.catalogue import safety as questions
from desktop.core.errors import UserError, ValidationError
from desktop.core.services.casework import safety_assessment as safety
from desktop.gui import dialogs
from desktop.gui.cases import catalogue_view as cv
from desktop.gui.cases.case_file_parts import show_date
from desktop.gui.cases.safety_plan_box import SafeContactBox, SafetyPlanBox
from desktop.gui.empty_state import EmptyState

HIGH_STYLE = "color: #b00020; font-weight: bold;"


def combo(name: str, items: list[tuple[str, str]], blank: str, parent: QWidget) -> QComboBox:
    """A choice box with a blank first entry (data ``None``)."""
    box = QComboBox(parent)
    box.setObjectName(name)
    box.addItem(blank, None)
    for code, text in items:
        box.addItem(text, code)
    return box


class SafetyPanel(QWidget):
    """The Safety tab of one case (``set_vault``, ``show_case``; ``None`` clears)."""

    changed = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.vault: Any = None
        self.case_id: str | None = None
        self.file: safety.SafetyFile | None = None
        inner = QWidget()
        column = QVBoxLayout(inner)
        self.level = QLabel(inner)
        self.level.setObjectName("safety:level")
        self.level.setWordWrap(True)
        column.addWidget(self.level)
        self.contact = SafeContactBox(lang, inner)
        self.contact.save.clicked.connect(self._save_contact)
        column.addWidget(self.contact)
        column.addWidget(self._build_assessment(inner))
        column.addWidget(self._build_history(inner))
        self.plan = SafetyPlanBox(inner)
        self.plan.save.clicked.connect(self._save_plan)
        column.addWidget(self.plan)
        column.addStretch(1)
        scroller = QScrollArea(self)
        scroller.setWidgetResizable(True)
        scroller.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroller)
        self.message = QLabel(self)
        self.message.setObjectName("safety:message")
        self.message.setStyleSheet("color: #1b5e20;")
        layout.addWidget(self.message)

    def _build_assessment(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("New risk assessment"), parent)
        form = QFormLayout(box)
        self.answers: dict[str, QComboBox] = {}
        for q in questions.questions():
            code = str(q["code"])
            choice = combo(f"safety:answer:{code}", reference.choices(
                questions.choices_list(q), self.lang), "", box)
            choice.currentIndexChanged.connect(self._show_suggested)
            choice.setMinimumWidth(220)  # labels stay on one line (a wrapped one is cut)
            form.addRow(reference.label(questions.QUESTIONS, code, self.lang), choice)
            self.answers[code] = choice
        self.suggested = QLabel(box)
        self.suggested.setObjectName("safety:suggested")
        form.addRow(self.tr("Level the answers suggest"), self.suggested)
        self.chosen = combo("safety:chosen_level", reference.choices("safety_risk", self.lang),
                            self.tr("As suggested"), box)
        form.addRow(self.tr("Level"), self.chosen)
        self.reason = QLineEdit(box)
        self.reason.setObjectName("safety:reason")
        self.reason.setPlaceholderText(self.tr("Why, when the level is not the one suggested"))
        form.addRow(self.tr("Reason"), self.reason)
        self.error = QLabel(box)
        self.error.setObjectName("safety:error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.record = QPushButton(self.tr("Record the assessment"), box)
        self.record.setObjectName("safety:record")
        self.record.clicked.connect(self._record)
        line = QHBoxLayout()
        line.addWidget(self.error, 1)
        line.addWidget(self.record)
        form.addRow(line)
        self._show_suggested()
        return box

    def _build_history(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Assessments (newest first)"), parent)
        layout = QVBoxLayout(box)
        self.history = QTableWidget(0, 6, box)
        self.history.setObjectName("safety:history")
        self.history.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Level"), self.tr("Suggested"), self.tr("By"),
            self.tr("Recorded in"), self.tr("Reason")])
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setMinimumHeight(120)
        self.history_empty = EmptyState(self.history, self.tr(
            "No assessment yet: answer the questions and record it."), parent=box,
            compact=True)
        layout.addWidget(self.history_empty)
        return box

    # -- showing ---------------------------------------------------------------------------
    def set_vault(self, vault: Any) -> None:
        """``None`` (lock) clears everything shown."""
        self.vault = vault
        if vault is None:
            self.show_case(None)

    def show_case(self, case_id: str | None, *, is_open: bool = True) -> None:
        """Load and show the safety part of a case (``None`` clears)."""
        self.case_id = case_id
        self.file = None
        self.message.clear()
        if case_id is not None and self.vault is not None:
            try:
                self.file = safety.safety_file(self.vault, case_id)
            except UserError as exc:
                dialogs.show_error(self, exc)
                self.case_id = None
        self._show(is_open)

    def _show(self, is_open: bool) -> None:
        file = self.file
        self._clear_form()
        self.level.setText(self._level_text(file))
        self.level.setStyleSheet(HIGH_STYLE if file is not None and file.high else "")
        self.contact.show_contact(file.contact if file is not None else None)
        self.plan.show_plan(file)
        rows = file.assessments if file is not None else []
        self.history.setRowCount(len(rows))
        for r, a in enumerate(rows):
            cells = [show_date(a.assessed_on), self._level(a.level),
                     self._level(a.suggested_level) if a.suggested_level else "", a.by,
                     self._source(a.source), a.reason or ""]
            tip = self._answers_text(a.answers)
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(tip)  # the answers it was made from
                self.history.setItem(r, c, item)
        self.history.resizeColumnsToContents()
        for widget in (self.record, self.contact.save, self.plan.save):
            widget.setEnabled(file is not None and is_open)

    def _clear_form(self) -> None:
        for box in self.answers.values():
            box.setCurrentIndex(0)
        self.chosen.setCurrentIndex(0)
        self.reason.clear()
        self.error.clear()

    def _answers_text(self, answers: dict[str, str]) -> str:
        lines = []
        for q in questions.questions():
            code = answers.get(str(q["code"]))
            if code:
                lines.append(reference.label(questions.QUESTIONS, str(q["code"]), self.lang)
                             + " " + cv.choice_label(questions.choices_list(q), code, self.lang))
        return "\n".join(lines) or self.tr("No answer recorded (a level only).")

    def _level(self, code: str | None) -> str:
        return cv.choice_label("safety_risk", code, self.lang) or "—"

    def _source(self, code: str) -> str:
        return {"intake": self.tr("Intake"), "case_file": self.tr("Case file"),
                "earlier_version": self.tr("Before assessments")}.get(code, code)

    def _level_text(self, file: safety.SafetyFile | None) -> str:
        if file is None:
            return ""
        text = self.tr("Safety risk: {level}").format(level=self._level(file.level))
        latest = file.latest
        if latest is not None:
            text += " — " + self.tr("latest assessment on {day} by {person}").format(
                day=show_date(latest.assessed_on), person=latest.by or "—")
        else:
            text += " — " + self.tr("no assessment yet")
        return ("⚠ " + text) if file.high else text

    def _show_suggested(self) -> None:
        level = questions.suggested_level(self.chosen_answers())
        self.suggested.setText(self._level(level) if level else self.tr(
            "none yet (answer the questions)"))
        self.suggested.setStyleSheet(HIGH_STYLE if level == questions.HIGH else "")

    def chosen_answers(self) -> dict[str, str]:
        """The answers chosen in the form (question code → answer code)."""
        return {code: box.currentData() for code, box in self.answers.items()
                if box.currentData()}

    # -- actions ---------------------------------------------------------------------------
    def _run(self, done: str, call: Callable[[str], Any]) -> bool:
        if self.vault is None or self.case_id is None:
            return False
        try:
            call(self.case_id)
        except ValidationError as exc:
            self.error.setText(" ".join(dict.fromkeys(exc.errors.values())))
            return False
        except UserError as exc:
            dialogs.show_error(self, exc)
            return False
        case_id = self.case_id
        self.changed.emit(case_id)
        self.message.setText(done)
        return True

    def _record(self) -> None:
        self._run(self.tr("Assessment recorded."), lambda case_id: safety.record_assessment(
            self.vault, case_id, self.chosen_answers(), self.chosen.currentData(),
            self.reason.text()))

    def _save_plan(self) -> None:
        self._run(self.tr("Safety plan saved."),
                  lambda case_id: safety.save_plan(self.vault, case_id, self.plan.parts()))

    def _save_contact(self) -> None:
        self._run(self.tr("Safe contact saved."), lambda case_id: safety.save_contact(
            self.vault, case_id, self.contact.values()))
