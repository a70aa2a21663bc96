"""The intake's consent section: who consents follows the child's age band.

The section shows what the band asks (caregiver's consent, the child's assent, her own consent),
asks for the child's assent only when her band asks for it and someone else consents, and asks
why the caregiver does not consent and for a best-interest note when another trusted adult or
the case worker consents (or the child does not assent). The rules themselves are the core's
(``consent_rules``); hidden fields give no value.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.services.cases.intake_rules import ADULT_AGE, survivor_age
from desktop.core.services.consent import consent_rules as rules
from desktop.gui.cases import catalogue_view as cv
from desktop.gui.cases.consent_grid import ConsentGrid
from desktop.gui.cases.sections import FieldGrid, Section
from desktop.gui.cases.validation_display import ErrorBoard

translate = QCoreApplication.translate
BAND_STYLE = ("color: #0d3c61; background: #e8f1fb; border: 1px solid #9cc1e6; "
              "border-radius: 3px; padding: 4px;")
WARNING_STYLE = ("color: #7a1010; background: #fdecea; border: 1px solid #e6a1a1; "
                 "border-radius: 3px; padding: 4px;")
CHILD_KEYS = (rules.ASSENT, rules.UNSUITABLE, rules.NOTE)


class ConsentSection(Section):
    """Consent, with the child's band and the fields it asks for."""

    def __init__(self, lang: str, board: ErrorBoard, parent: QWidget | None = None) -> None:
        super().__init__("consent", cv.section_title("consent", lang), parent)
        self.lang = lang
        self.band = QLabel(self)
        self.band.setObjectName("consent:band")
        self.band.setWordWrap(True)
        self.band.setStyleSheet(BAND_STYLE)
        self.warning = QLabel(translate(
            "ConsentSection", "The caregiver is recorded as an alleged perpetrator: another "
            "trusted adult or the case worker gives consent, with a best-interest note, and a "
            "supervisor approves it."), self)
        self.warning.setObjectName("consent:caregiver_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.body.addWidget(self.band)
        self.body.addWidget(self.warning)
        self.scopes = ConsentGrid(lang, board, self)  # yes / no / not asked, scope by scope
        self.scopes.setStyleSheet("QLabel { font-weight: normal; }")
        self.body.addWidget(self.scopes)
        self.editors.update(self.scopes.editors)
        for editor in self.scopes.editors.values():
            editor.changed.connect(self.changed)
        others = [f for f in cv.section_fields("consent") if f.key not in self.scopes.editors]
        self.grid = self.add_grid(FieldGrid(others, lang, board, parent=self))
        self.shown: dict[str, bool] = dict.fromkeys(CHILD_KEYS, False)
        self.update_for({})

    def update_for(self, data: dict[str, Any]) -> None:
        """Show the band and the child's fields that ``data`` (the whole intake) calls for."""
        age = survivor_age(data, date.today())
        entry = rules.band(age) if age is not None and age < ADULT_AGE else None
        given_by = data.get(rules.GIVEN_BY)
        perpetrator = rules.caregiver_is_perpetrator(data)
        self.band.setVisible(entry is not None)
        if entry is not None:
            self.band.setText(translate("ConsentSection", "Child survivor — {band}.").format(
                band=rules.band_label(entry, self.lang)))
        self.warning.setVisible(entry is not None and perpetrator)
        assent = rules.assent_asked(entry, given_by)
        # Shown whenever a substitute consents (also when the age is not known yet), so that
        # what the rules ask for can always be typed.
        substitute = any(rules.is_substitute(data.get(key)) for key in rules.givers_asked(data))
        no_assent = assent and self.editors[rules.ASSENT].value() is False
        self._show(rules.ASSENT, assent)
        self._show(rules.UNSUITABLE, substitute or (entry is not None and perpetrator))
        self._show(rules.NOTE, substitute or no_assent)

    def _show(self, key: str, visible: bool) -> None:
        self.shown[key] = visible
        self.grid.set_row_shown(key, visible)  # label, editor, help and "identifying" mark

    def values(self) -> dict[str, Any]:
        data = super().values()
        for key, visible in self.shown.items():
            if not visible:
                data[key] = None
        return data
