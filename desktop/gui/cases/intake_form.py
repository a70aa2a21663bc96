"""The intake form in steps: one step per catalogue section, an outline beside them with each
step's progress and errors, validation beside the fields, drafts, opening the case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.core.errors import UserError, ValidationError
from desktop.core.i18n import current_language
from desktop.core.services.accounts import settings
from desktop.core.services.cases import intake
from desktop.gui.cases import catalogue_view as cv
from desktop.gui.cases import intake_drafts
from desktop.gui.cases.consent_section import ConsentSection
from desktop.gui.cases.intake_pages import TITLE_STYLE, StepPages, form_button
from desktop.gui.cases.intake_sections import (
    IncidentSection,
    PerpetratorSection,
    PlainSection,
    RegistrationSection,
    SeaSection,
)
from desktop.gui.cases.intake_steps import OUTLINE_WIDTH, StepOutline, StepState
from desktop.gui.cases.safety_section import SafetyAssessmentSection
from desktop.gui.cases.sections import Section
from desktop.gui.cases.validation_display import ErrorBoard

STATUS_OK = "color: #1b5e20;"
STATUS_BAD = "color: #b00020;"
SEA_STEP = "sea"


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


class IntakeForm(QWidget):
    """Collects an intake step by step, keeps drafts of it and opens the case through
    ``intake``.

    ``case_opened(case_id)`` fires once the service returned (the case is committed);
    ``announced(text)`` carries what to tell the person then ("Case MOP-2026-00042 is open").
    """

    case_opened = Signal(str)
    announced = Signal(str)

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.vault: Any = None
        self.case_id: str | None = None  # set when editing an open case
        self.lang = lang or current_language()
        self.board = ErrorBoard()
        self.touched: set[str] = set()
        self.show_all_errors = False
        self.sea_shown = False
        self._loading = False
        self._build()
        self.drafts = intake_drafts.DraftKeeper(self, owner=self)
        self._revalidate = QTimer(self)
        self._revalidate.setSingleShot(True)
        self._revalidate.setInterval(250)
        self._revalidate.timeout.connect(self.validate)
        self.validate()  # the outline says what each step still needs

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
        for section in self.sections:
            section.changed.connect(self._changed)
        self.outline = StepOutline(self)
        self.pages = StepPages(self.sections, self.outline, self)
        self.step_title = self.pages.title
        self.previous_button = self.pages.previous_button
        self.next_button = self.pages.next_button
        self.heading = QLabel(self.tr("New intake"), self)  # or "Intake of case …"
        self.heading.setObjectName("intake:heading")
        self.heading.setStyleSheet(TITLE_STYLE)
        self.heading.setWordWrap(True)
        self.heading.setFixedWidth(OUTLINE_WIDTH)
        self.status = QLabel(self)
        self.status.setObjectName("intake:status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_draft_button = form_button(self, "intake:save_draft",
                                             self.tr("Save draft"), self.save_draft)
        self.open_button = form_button(self, "intake:open_case", self.tr("Open case"),
                                       self.open_case)
        self.open_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.save_draft_button, self.previous_button, self.next_button,
                       self.open_button):
            buttons.addWidget(button)
        right = QVBoxLayout()
        right.addWidget(self.step_title)
        right.addWidget(self.pages, 1)
        right.addLayout(buttons)
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.outline, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self._update_dependent()
        self.go_to_step(self.sections[0].name)

    # -- steps -----------------------------------------------------------------------------
    def current_step(self) -> str:
        """The name of the step shown (``registration``, ``survivor``, …)."""
        return self.pages.current()

    def scroll_area(self, name: str | None = None) -> QScrollArea:
        """The scroll area of step ``name`` (default: the step shown)."""
        return self.pages.scroll_area(name)

    def go_to_step(self, name: str) -> None:
        """Show step ``name`` (the SEA step of a case without SEA: the step before it)."""
        self.pages.go_to(name)

    @staticmethod
    def step_of(key: str) -> str:
        """The step holding field ``key`` (``perpetrators.0.sex`` → ``perpetrators``)."""
        return key.split(".", 1)[0]

    # -- data ------------------------------------------------------------------------------
    def data(self) -> dict[str, Any]:
        """What the form holds, keyed by catalogue field key (plus ``perpetrators``)."""
        data: dict[str, Any] = {}
        for section in self.sections:
            if section is self.sea and not self.sea_shown:
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
        self._update_dependent()
        self.validate()

    def is_empty(self) -> bool:
        """True when nothing was typed or chosen."""
        data = self.data()
        perpetrators = data.pop("perpetrators", [])
        data.pop(cv.ANSWERS_KEY, None)
        return not any(not _empty(v) for v in data.values()) and not any(
            not _empty(v) for p in perpetrators for v in p.values())

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
        """Start an empty intake, at its first step."""
        self.case_id = None
        self.open_button.setText(self.tr("Open case"))
        self.heading.setText(self.tr("New intake"))
        self.touched.clear()
        self.show_all_errors = False
        self.set_data({})
        self.registration.show_numbers(None, None)
        self.board.clear()
        self.go_to_step(self.sections[0].name)
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
        self._update_dependent()
        if self._loading:
            return
        sender = self.sender()
        if isinstance(sender, Section):
            self.touched.update(k for k, e in sender.editors.items() if e.value() is not None)
        self.drafts.mark_changed()
        self.status.clear()
        self._revalidate.start()

    def _update_dependent(self) -> None:
        """Show what the answers call for: the SEA step, the conditional fields, the child's
        consent fields."""
        self.sea_shown = self.perpetrators.list.any_sea()
        self.outline.set_step_shown(SEA_STEP, self.sea_shown)
        if self.pages.currentWidget() is self.pages.scrolls[SEA_STEP] and not self.sea_shown:
            self.go_to_step(SEA_STEP)  # falls back to the step before
        elif self.pages.currentWidget() is not None:
            self.pages.show_position()  # the SEA step may have changed the numbering
        data = self.data()
        hidden = cv.hidden_keys(data)
        for section in self.sections:
            section.apply_conditions(hidden)
        self.consent.update_for(data)  # the child's age band: who consents, assents

    def errors(self) -> dict[str, str]:
        """What ``intake.validate`` says about the form now."""
        return dict(intake.validate(self.data(), lang=self.lang))

    def validate(self) -> dict[str, str]:
        """Show messages beside touched fields (every field after an attempt to open) and
        each step's progress in the outline."""
        errors = self.errors()
        shown = errors if self.show_all_errors else {
            k: v for k, v in errors.items() if k in self.touched}
        self.board.show(shown)
        for section in self.sections:
            keys = [k for k in errors if self.step_of(k) == section.name]
            self.outline.show_state(section.name, StepState(
                filled=self._filled(section), missing=len(keys),
                errors=sum(1 for k in keys if k in shown)))
        return errors

    def _filled(self, section: Section) -> int:
        values = section.values()
        values.pop(cv.ANSWERS_KEY, None)
        items = values.pop("perpetrators", None) or []
        return sum(1 for v in values.values() if not _empty(v)) + sum(
            1 for p in items for k, v in p.items() if not _empty(v) and k != "is_primary")

    # -- actions ---------------------------------------------------------------------------
    def save_draft(self) -> bool:
        """Keep what was typed, valid or not."""
        if self.drafts.save(force=True):
            self._say(self.tr("Draft saved."), ok=True)
            return True
        return False

    def open_case(self) -> str | None:
        """Open the case when the intake is valid; otherwise go to the first step in error
        and focus its first field."""
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
        number = self.show_case_numbers(case_id)
        text = (self.tr("Changes saved.") if editing else
                self.tr("Saved: case {number} is open.").format(number=number))
        self._say(text, ok=True)
        self.case_opened.emit(case_id)
        self.announced.emit(text)
        return case_id

    def show_case_numbers(self, case_id: str) -> str:
        """Show the case number and survivor code the service generated; returns the
        number."""
        saved = intake.load_intake(self.vault, case_id)
        number = saved.get("registration.case_number") or saved.get("case_number") or ""
        self.heading.setText(self.tr("Intake of case {number}").format(number=number))
        self.registration.show_numbers(
            number, saved.get("registration.survivor_code") or saved.get("survivor_code"))
        return str(number)

    def _refuse(self, errors: dict[str, str]) -> None:
        count = len(errors)
        self._say(self.tr("The case was not opened: %n field(s) to correct.", "", count),
                  ok=False)
        order = self.outline.shown_steps()
        step = next((s for s in order if any(self.step_of(k) == s for k in errors)), None)
        if step is None:
            return
        self.go_to_step(step)
        widget = self.board.focus_first([k for k in errors if self.step_of(k) == step])
        if widget is not None:
            self.scroll_area(step).ensureWidgetVisible(widget)

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
