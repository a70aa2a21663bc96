""""New incident…": the intake's incident questions (catalogue widgets, classification,
perpetrators) for a survivor who comes back, saved on her existing case."""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError, ValidationError
from desktop.core.services.accounts import settings
from desktop.core.services.cases import drafts, incidents
from desktop.gui import dialogs
from desktop.gui.cases.field_widgets import make_editor
from desktop.gui.cases.intake_sections import IncidentSection, PerpetratorSection
from desktop.gui.cases.sections import FieldGrid, Section
from desktop.gui.cases.validation_display import ErrorBoard

STATUS_BAD = "color: #b00020;"


class NewIncidentDialog(QDialog):
    """Collects a new incident and saves it through ``incidents.add_incident``."""

    def __init__(self, vault: Any, case_id: str, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_id = case_id
        self.lang = lang
        self.incident_id: str | None = None
        self.setObjectName("new_incident")
        self.setWindowTitle(self.tr("New incident"))
        self.board = ErrorBoard()
        told = Section("told", self.tr("When she told the centre"), self)
        grid = FieldGrid([], lang, self.board, parent=told)
        self.interview = make_editor(incidents.INTERVIEW, "date", (), grid)
        self.interview.set_value(date.today())
        grid.add_widget(self.tr("Date of interview for this incident *"), self.interview,
                        key=incidents.INTERVIEW)
        told.add_grid(grid)
        intro = QLabel(self.tr("She keeps her case number and survivor code; this incident "
                               "is counted in the statistics and the Incident Recorder in "
                               "the period of this interview."), told)
        intro.setWordWrap(True)
        told.body.insertWidget(0, intro)
        self.incident = IncidentSection(lang, self.board)
        self.perpetrators = PerpetratorSection(lang, self.board)
        self.perpetrators.list.set_name_shown(bool(
            settings.get(vault, settings.COLLECT_PERPETRATOR_NAME)))  # off unless turned on
        self.perpetrators.set_values({})
        inner = QWidget()
        column = QVBoxLayout(inner)
        for section in (told, self.incident, self.perpetrators):
            column.addWidget(section)
        column.addStretch(1)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(inner)
        self.status = QLabel(self)
        self.status.setObjectName("new_incident:status")
        self.status.setStyleSheet(STATUS_BAD)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("new_incident:save")
        self.save_button.setText(self.tr("Save the incident"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(1000, 700)
        self._restore_draft()

    # -- drafts: closed by a lock (or Escape), the typing is kept for this case --------------
    def _restore_draft(self) -> None:
        try:
            data = drafts.load_draft(self.vault, incidents.DRAFT_KIND, self.case_id)
        except UserError:
            return
        if not data:
            return
        data = drafts.revive_dates(dict(data))
        told = data.get(incidents.INTERVIEW)
        if isinstance(told, str):
            data[incidents.INTERVIEW] = date.fromisoformat(told)
        self.interview.set_value(data.get(incidents.INTERVIEW))
        self.incident.set_values(data)
        self.perpetrators.set_values(data)
        self.status.setText(self.tr("The unsaved incident was restored."))

    def _has_typing(self) -> bool:
        data = self.data()
        data.pop(incidents.INTERVIEW, None)
        data.pop("incident.classification_answers", None)
        people = data.pop("perpetrators", [])
        return any(v not in (None, "", []) for v in data.values()) or any(
            v not in (None, "", []) for p in people for k, v in p.items() if k != "is_primary")

    def reject(self) -> None:
        """Closed without saving (a lock, Escape): keep what was typed as a draft."""
        if self.incident_id is None and self._has_typing():
            with contextlib.suppress(UserError):
                drafts.save_draft(self.vault, incidents.DRAFT_KIND, self.data(), self.case_id)
        super().reject()

    def cancel(self) -> None:
        """Cancel: forget what was typed."""
        with contextlib.suppress(UserError):
            drafts.discard_draft(self.vault, incidents.DRAFT_KIND, self.case_id)
        super().reject()

    def data(self) -> dict[str, Any]:
        """The answers, in the format ``incidents.add_incident`` takes."""
        data = {incidents.INTERVIEW: self.interview.value()}
        data.update(self.incident.values())
        data.update(self.perpetrators.values())
        return data

    def save(self) -> str | None:
        """Save the incident when valid (then close); show what is wrong otherwise."""
        try:
            self.incident_id = incidents.add_incident(self.vault, self.case_id, self.data())
        except ValidationError as exc:
            self.board.show(exc.errors)
            self.status.setText(self.tr("Not saved: %n field(s) to correct.", "",
                                        len(exc.errors)))
            self.board.focus_first()
            widget = self.focusWidget()
            if widget is not None:
                self.scroller.ensureWidgetVisible(widget)
            return None
        except UserError as exc:
            dialogs.show_error(self, exc)
            return None
        self.accept()
        return self.incident_id
