"""The intake form: every section, validation beside the fields, drafts, opening the case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError, ValidationError
from desktop.core.i18n import current_language
from desktop.core.services.accounts import settings
from desktop.core.services.cases import intake
from desktop.gui.cases import intake_drafts
from desktop.gui.cases.consent_section import ConsentSection
from desktop.gui.cases.intake_sections import (
    IncidentSection,
    PerpetratorSection,
    PlainSection,
    RegistrationSection,
    SeaSection,
)
from desktop.gui.cases.safety_section import SafetyAssessmentSection
from desktop.gui.cases.sections import Section
from desktop.gui.cases.validation_display import ErrorBoard

STATUS_OK = "color: #1b5e20;"
STATUS_BAD = "color: #b00020;"


class IntakeForm(QWidget):
    """Collects an intake, keeps drafts of it and opens the case through ``intake``.

    ``case_opened(case_id)`` fires once the service returned (the case is committed).
    """

    case_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.vault: Any = None
        self.case_id: str | None = None  # set when editing an open case
        self.lang = lang or current_language()
        self.board = ErrorBoard()
        self.touched: set[str] = set()
        self.show_all_errors = False
        self._loading = False
        self._build()
        self.drafts = intake_drafts.DraftKeeper(self, owner=self)
        self._revalidate = QTimer(self)
        self._revalidate.setSingleShot(True)
        self._revalidate.setInterval(250)
        self._revalidate.timeout.connect(self.validate)

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.registration = RegistrationSection(self.lang, self.board)
        self.survivor = PlainSection("survivor", self.lang, self.board)
        self.incident = IncidentSection(self.lang, self.board)
        self.perpetrators = PerpetratorSection(self.lang, self.board)
        self.sea = SeaSection(self.lang, self.board)
        self.consent = ConsentSection(self.lang, self.board)
        self.assessment = SafetyAssessmentSection(self.lang, self.board)
        self.sections: list[Section] = [
            self.registration, self.survivor, self.incident, self.perpetrators, self.sea,
            self.consent, self.assessment]
        inner = QWidget()
        column = QVBoxLayout(inner)
        for section in self.sections:
            column.addWidget(section)
            section.changed.connect(self._changed)
        column.addStretch(1)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(inner)
        self.status = QLabel(self)
        self.status.setObjectName("intake:status")
        self.status.setWordWrap(True)
        self.save_draft_button = QPushButton(self.tr("Save draft"), self)
        self.save_draft_button.setObjectName("intake:save_draft")
        self.save_draft_button.clicked.connect(self.save_draft)
        self.open_button = QPushButton(self.tr("Open case"), self)
        self.open_button.setObjectName("intake:open_case")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_case)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_draft_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(buttons)
        self._update_sea()

    # -- data ------------------------------------------------------------------------------
    def data(self) -> dict[str, Any]:
        """What the form holds, keyed by catalogue field key (plus ``perpetrators``)."""
        data: dict[str, Any] = {}
        for section in self.sections:
            if section is self.sea and not self.sea.isVisibleTo(self):
                continue
            data.update(section.values())
        return data

    def set_data(self, data: dict[str, Any]) -> None:
        """Show ``data`` in every section (``{}`` empties the form)."""
        self._loading = True
        try:
            for section in self.sections:
                section.set_values(data)
        finally:
            self._loading = False
        self._update_sea()

    def is_empty(self) -> bool:
        """True when nothing was typed or chosen."""
        data = self.data()
        perpetrators = data.pop("perpetrators", [])
        data.pop("incident.classification_answers", None)
        return not any(v not in (None, "", []) for v in data.values()) and not any(
            v not in (None, "", []) for p in perpetrators for v in p.values())

    def set_vault(self, vault: Any) -> None:
        """Receive the vault (``None`` on lock: the form is emptied)."""
        self.vault = vault
        self.perpetrators.list.set_name_shown(vault is not None and bool(
            settings.get(vault, settings.COLLECT_PERPETRATOR_NAME)))
        if vault is None:
            self.drafts.stop()
            self.new_intake()
            self.status.clear()
        else:
            self.drafts.offer_back()

    def new_intake(self) -> None:
        """Start an empty intake."""
        self.case_id = None
        self.open_button.setText(self.tr("Open case"))
        self.set_data({})
        self.registration.show_numbers(None, None)
        self.touched.clear()
        self.show_all_errors = False
        self.board.clear()
        self.drafts.dirty = False

    def load_case(self, case_id: str) -> None:
        """Show an open case's intake to correct it ("Save changes" updates the case)."""
        self.new_intake()
        self.set_data(intake.load_intake(self.vault, case_id))
        self.case_id = case_id
        self.open_button.setText(self.tr("Save changes"))
        self.show_case_numbers(case_id)
        self.drafts.dirty = False

    # -- changes and validation ------------------------------------------------------------
    def _changed(self) -> None:
        self._update_sea()
        if self._loading:
            return
        sender = self.sender()
        if isinstance(sender, Section):
            self.touched.update(k for k, e in sender.editors.items() if e.value() is not None)
        self.drafts.mark_changed()
        self.status.clear()
        self._revalidate.start()

    def _update_sea(self) -> None:
        self.sea.setVisible(self.perpetrators.list.any_sea())
        self.consent.update_for(self.data())  # the child's age band: who consents, assents

    def errors(self) -> dict[str, str]:
        """What ``intake.validate`` says about the form now."""
        return dict(intake.validate(self.data(), lang=self.lang))

    def validate(self) -> dict[str, str]:
        """Show messages beside touched fields (every field after an attempt to open)."""
        errors = self.errors()
        shown = errors if self.show_all_errors else {
            k: v for k, v in errors.items() if self._is_touched(k)}
        self.board.show(shown)
        return errors

    def _is_touched(self, key: str) -> bool:
        return key in self.touched

    # -- actions ---------------------------------------------------------------------------
    def save_draft(self) -> bool:
        """Keep what was typed, valid or not."""
        if self.drafts.save(force=True):
            self._say(self.tr("Draft saved."), ok=True)
            return True
        return False

    def open_case(self) -> str | None:
        """Open the case when the intake is valid; otherwise show why and focus the field."""
        if self.vault is None:
            return None
        self.show_all_errors = True
        errors = self.validate()
        if errors:
            self._refuse(errors)
            return None
        self._say(self.tr("Saving…"), ok=True)
        editing = self.case_id
        try:
            if editing is not None:
                intake.update_case(self.vault, editing, self.data())
                case_id = editing
            else:
                case_id = intake.open_case(self.vault, self.data())
        except ValidationError as exc:
            self.board.show(exc.errors)
            self._refuse(exc.errors)
            return None
        except UserError as exc:
            self._say(str(exc), ok=False)
            return None
        except Exception:
            self._say(self.tr("Not saved: an unexpected problem occurred."), ok=False)
            raise
        self.drafts.forget()
        self.case_id = case_id
        self.open_button.setText(self.tr("Save changes"))
        self.show_case_numbers(case_id)
        self._say(self.tr("Changes saved.") if editing else self.tr("Saved: the case is open."),
                  ok=True)
        self.case_opened.emit(case_id)
        return case_id

    def show_case_numbers(self, case_id: str) -> None:
        """Show the case number and survivor code the service generated."""
        saved = intake.load_intake(self.vault, case_id)
        self.registration.show_numbers(
            saved.get("registration.case_number") or saved.get("case_number"),
            saved.get("registration.survivor_code") or saved.get("survivor_code"))

    def _refuse(self, errors: dict[str, str]) -> None:
        count = len(errors)
        self._say(self.tr("The case was not opened: %n field(s) to correct.", "", count),
                  ok=False)
        self.board.focus_first()
        widget = self.focusWidget()
        if widget is not None:
            self.scroller.ensureWidgetVisible(widget)

    def _say(self, text: str, *, ok: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(STATUS_OK if ok else STATUS_BAD)

    def before_lock(self) -> None:
        """Keep the typing as a draft before locking."""
        self.drafts.save()

    def closeEvent(self, event: Any) -> None:
        """Keep the typing as a draft when the window closes."""
        self.drafts.save()
        super().closeEvent(event)
