"""The GBVIMS classification as six yes/no questions, in order, stopping at the first yes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.cases import catalogue_view as cv

RESULT_STYLE = ("font-weight: bold; background: #eef3fb; border: 1px solid #b8c8e6; "
                "border-radius: 3px; padding: 4px 6px;")
FLAG_STYLE = "color: #b00020; font-weight: bold;"
NOTE_STYLE = "color: #555555; font-size: 11px; font-style: italic;"


class ClassificationWidget(QWidget):
    """Asks the questions one after another and shows the resulting GBV type live.

    ``value()`` is the GBV type code (``None`` until the questions are answered) and
    ``answers()`` the list of answers given (``True``/``False``), kept with the incident.
    """

    changed = Signal()

    def __init__(self, key: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.lang = lang
        self.setObjectName(f"editor:{key}")
        self.questions = cv.classification_questions(lang)
        notes = cv.classification_notes(lang)
        self.notes: list[QLabel | None] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.rows: list[tuple[QLabel, QLabel, QWidget, QButtonGroup]] = []
        self.yes: list[QRadioButton] = []
        self.no: list[QRadioButton] = []
        for index, text in enumerate(self.questions):
            number = QLabel(f"{index + 1}.", self)
            question = QLabel(text, self)
            question.setWordWrap(True)
            buttons = QWidget(self)
            line = QHBoxLayout(buttons)
            line.setContentsMargins(0, 0, 0, 0)
            group = QButtonGroup(buttons)
            yes = QRadioButton(self.tr("Yes"), buttons)
            no = QRadioButton(self.tr("No"), buttons)
            yes.setObjectName(f"classify:{index}:yes")
            no.setObjectName(f"classify:{index}:no")
            for button in (yes, no):
                group.addButton(button)
                line.addWidget(button)
                button.toggled.connect(self._update)
            grid.addWidget(number, 2 * index, 0)
            grid.addWidget(question, 2 * index, 1)
            grid.addWidget(buttons, 2 * index, 2)
            note = QLabel(notes[index], self) if notes[index] else None
            if note is not None:  # the classification tool's note for this type
                note.setObjectName(f"classify:{index}:note")
                note.setWordWrap(True)
                note.setStyleSheet(NOTE_STYLE)
                grid.addWidget(note, 2 * index + 1, 1, 1, 2)
            self.notes.append(note)
            self.rows.append((number, question, buttons, group))
            self.yes.append(yes)
            self.no.append(no)
        self.result = QLabel(self)
        self.result.setObjectName("classification:result")
        self.result.setStyleSheet(RESULT_STYLE)
        layout.addWidget(self.result)
        self.exploitation = QLabel(self.tr(
            "Possible sexual exploitation: goods, money or services were exchanged."), self)
        self.exploitation.setObjectName("classification:exploitation")
        self.exploitation.setStyleSheet(FLAG_STYLE)
        self.exploitation.setWordWrap(True)
        self.exploitation.hide()
        layout.addWidget(self.exploitation)
        self._goods: bool | None = None
        self._update()

    # -- answers ---------------------------------------------------------------------------
    def answers(self) -> list[bool]:
        """The answers given, in order, up to the first yes."""
        given: list[bool] = []
        for yes, no in zip(self.yes, self.no, strict=True):
            if yes.isChecked():
                given.append(True)
                break
            if not no.isChecked():
                break
            given.append(False)
        return given

    def value(self) -> str | None:
        """The GBV type code, or ``None`` while questions remain unanswered."""
        given = self.answers()
        if not given or (given[-1] is False and len(given) < len(self.questions)):
            return None
        return cv.classify(given)

    def set_value(self, value: Any, answers: list[bool] | None = None) -> None:
        """Show the answers (or, without them, the answers that lead to ``value``)."""
        if answers is None:
            answers = cv.answers_for(value) if value else []
        for index, (yes, no) in enumerate(zip(self.yes, self.no, strict=True)):
            group = self.rows[index][3]
            group.setExclusive(False)
            yes.setChecked(index < len(answers) and answers[index] is True)
            no.setChecked(index < len(answers) and answers[index] is False)
            group.setExclusive(True)
        self._update()

    def clear(self) -> None:
        """Forget every answer."""
        self.set_value(None, [])

    def focus_widget(self) -> QWidget:
        """The first unanswered question."""
        index = min(len(self.answers()), len(self.yes) - 1)
        return self.yes[index]

    def set_goods_exchanged(self, goods: bool | None) -> None:
        """Whether goods or money were exchanged (for the sexual exploitation flag)."""
        self._goods = goods
        self._update_flag()

    # -- display ---------------------------------------------------------------------------
    def _update(self, *_: object) -> None:
        given = self.answers()
        stop = len(given) if given and given[-1] else len(given) + 1
        for index, (number, question, buttons, _group) in enumerate(self.rows):
            visible = index < stop
            for widget in (number, question, buttons, self.notes[index]):
                if widget is not None:
                    widget.setVisible(visible)
        code = self.value()
        if code is None:
            self.result.setText(self.tr("GBV type: not known yet"))
        else:
            self.result.setText(self.tr("GBV type: {type}").format(
                type=cv.gbv_label(code, self.lang)))
        self._update_flag()
        self.changed.emit()

    def _update_flag(self) -> None:
        code = self.value()
        self.exploitation.setVisible(
            code is not None and cv.possible_exploitation(code, self._goods))
