"""The intake's initial assessment, whose safety part shows the level its answers suggest as
they are chosen (the risk questions are catalogue fields: ``catalogue/safety.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.catalogue import safety
from desktop.gui.cases import catalogue_view as cv
from desktop.gui.cases.intake_sections import PlainSection
from desktop.gui.cases.validation_display import ErrorBoard

translate = QCoreApplication.translate
PREFIX = "assessment.safety_"
LEVEL_KEY = "assessment.safety_risk"


class SafetyAssessmentSection(PlainSection):
    """The assessment section with a live "level the answers suggest" line."""

    def __init__(self, lang: str, board: ErrorBoard, parent: QWidget | None = None) -> None:
        super().__init__("assessment", lang, board, parent)
        self.lang = lang
        intro = QLabel(translate(
            "IntakeSections", "Safety: ask each question; the level follows from her answers "
            "(set another level only with a reason). Who threatens her is a relationship, "
            "never a name."), self)
        intro.setWordWrap(True)
        self.body.insertWidget(0, intro)
        self.suggested = QLabel(self)
        self.suggested.setObjectName("intake:safety_suggested")
        self.body.insertWidget(1, self.suggested)
        self.changed.connect(self._show_suggested)
        self._show_suggested()

    def answers(self) -> dict[str, str]:
        """The risk questions answered (question code → answer code)."""
        out = {}
        for key, editor in self.editors.items():
            if key.startswith(PREFIX) and key != LEVEL_KEY and not key.endswith("_reason"):
                value = editor.value()
                if value:
                    out[key[len(PREFIX):]] = str(value)
        return out

    def _show_suggested(self) -> None:
        level = safety.suggested_level(self.answers())
        text = cv.choice_label("safety_risk", level, self.lang) if level else translate(
            "IntakeSections", "none yet")
        self.suggested.setText(translate(
            "IntakeSections", "Level the answers suggest: {level}").format(level=text))
        self.suggested.setStyleSheet("color: #b00020; font-weight: bold;"
                                     if level == safety.HIGH else "font-weight: bold;")
