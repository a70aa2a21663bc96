"""The case file: summary, steps, assessment and plan, notes, consent, referrals, history,
closure."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.i18n import current_language
from desktop.core.services.accounts import staff as accounts
from desktop.core.services.accounts.permissions import Permission, Role, can
from desktop.core.services.cases import case_list as cases
from desktop.core.services.consent import consent_approval
from desktop.gui import dialogs
from desktop.gui.cases import case_text as ct
from desktop.gui.cases.case_badges_row import CaseBadgesRow
from desktop.gui.cases.case_file_parts import (
    HistoryPanel,
    NotesPanel,
    StepsPanel,
    show_date,
)
from desktop.gui.cases.closure_dialog import ClosureDialog
from desktop.gui.cases.consent_panel import ConsentPanel
from desktop.gui.cases.incidents_panel import IncidentsPanel
from desktop.gui.cases.plan_panel import ActionPlanPanel
from desktop.gui.cases.safety_panel import SafetyPanel
from desktop.gui.cases.sea_panel import SeaPanel
from desktop.gui.cases.services_panel import ServicesGivenPanel
from desktop.gui.cases.summary_action import SummaryPdfButton
from desktop.gui.referrals.case_panel import CaseReferralsPanel

SUMMARY = ("case_number", "survivor_code", "survivor_name", "status", "step", "gbv_type",
           "sea", "caseworker", "date_of_interview", "safety_risk")


class CaseFileView(QWidget):
    """One case; every change goes through ``cases`` and the view reloads after it."""

    edit_intake = Signal(str)
    changed = Signal(str)
    # Tests may replace this to fill the closure dialog instead of showing it.
    closure_dialog: Callable[[str, QWidget], Any] = ClosureDialog

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.lang = lang or current_language()
        self.vault: Any = None
        self.case_id: str | None = None
        self.file: Any = None
        self._build()

    def _build(self) -> None:
        # A header above the tabs (two pairs of caption and value a row), so that the tabs
        # have the whole width of a 1366×768 screen.
        self.summary = QGroupBox(self.tr("Summary"), self)
        grid = QGridLayout(self.summary)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.values: dict[str, QLabel] = {}
        captions = self._captions()
        half = (len(SUMMARY) + 1) // 2
        # First line: the badges (high risk, n days late, consent missing, SEA), each with
        # its tooltip saying why (``cases.case_badges``).
        self.badges = CaseBadgesRow(self.summary)
        grid.addWidget(self.badges, 0, 0, 1, 4)
        for index, key in enumerate(SUMMARY):
            label = QLabel(self.summary)
            label.setObjectName(f"case:{key}")
            label.setWordWrap(True)
            self.values[key] = label
            row, column = 1 + index % half, 2 * (index // half)
            grid.addWidget(QLabel(captions[key], self.summary), row, column)
            grid.addWidget(label, row, column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.flags = QLabel(self.summary)
        self.flags.setObjectName("case:flags")
        self.flags.setStyleSheet("color: #b00020; font-weight: bold;")
        grid.addWidget(self.flags, half + 1, 0, 1, 4)
        self.closure = QLabel(self.summary)
        self.closure.setObjectName("case:closure")
        self.closure.setWordWrap(True)
        grid.addWidget(self.closure, half + 2, 0, 1, 4)
        self.steps = StepsPanel(self.lang, self)
        self.steps.advance.connect(self._advance)
        self.plan = ActionPlanPanel(self.lang, self)
        self.plan.save_plan.connect(self._save_plan)
        self.plan.changed.connect(self._plan_changed)
        self.notes = NotesPanel(self)
        self.notes.add_note.connect(self._add_note)
        self.referrals_area = QWidget(self)
        self.referrals_area.setObjectName("case:referrals_area")
        area = QVBoxLayout(self.referrals_area)
        area.setContentsMargins(0, 0, 0, 0)
        self.referrals = CaseReferralsPanel(self.referrals_area, self.lang)
        self.referrals.changed.connect(self._referrals_changed)
        area.addWidget(self.referrals)
        self.history = HistoryPanel(ct.action_label, self)
        self.consents = ConsentPanel(self.lang, self)
        self.consents.approve.connect(self._approve_consent)
        self.tabs = QTabWidget(self)
        # Ten tabs at 1366×768: all in view, a long label shortened ("…", whole in its
        # tooltip) rather than hidden behind scroll arrows.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.setObjectName("case:tabs")
        self.tabs.addTab(self.steps, self.tr("Steps"))
        self.tabs.addTab(self.plan, self.tr("Plan"))
        self.safety = SafetyPanel(self.lang, self)  # risk, safe contact, safety plan
        self.safety.changed.connect(self._safety_changed)
        self.tabs.addTab(self.safety, self.tr("Safety"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.tabs.addTab(self.consents, self.tr("Consent"))
        self.tabs.addTab(self.referrals_area, self.tr("Referrals"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.sea_panel = SeaPanel(self.lang, self)  # shown for SEA cases only
        self.sea_panel.changed.connect(self.changed)
        self.tabs.addTab(self.sea_panel, self.tr("SEA"))
        self.incidents = IncidentsPanel(self.lang, self)
        self.services = ServicesGivenPanel(self.lang, self)
        for panel in (self.incidents, self.services):
            panel.changed.connect(self._panel_changed)
        self.tabs.insertTab(1, self.incidents, self.tr("Incidents"))
        self.tabs.insertTab(3, self.services, self.tr("Services"))
        for index in range(self.tabs.count()):  # the whole label when it is shortened
            self.tabs.setTabToolTip(index, self.tabs.tabText(index))
        self._build_actions()
        header = QHBoxLayout()
        header.addWidget(self.summary, 3)
        header.addWidget(self.action_box, 1)
        main = QVBoxLayout()
        main.addLayout(header)
        main.addWidget(self.tabs, 1)
        self.message = QLabel(self)
        self.message.setObjectName("case:message")
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(main, 1)

    def _build_actions(self) -> None:
        self.action_box = QGroupBox(self.tr("Actions"), self)
        layout = QVBoxLayout(self.action_box)
        self.edit_button = self._button("case:edit_intake", self.tr("Edit the intake"),
                                        lambda: self.edit_intake.emit(self.case_id or ""))
        assign = QHBoxLayout()
        self.assign_to = QComboBox(self.action_box)
        self.assign_to.setObjectName("case:assign_to")
        self.assign_button = QPushButton(self.tr("Assign"), self.action_box)
        self.assign_button.setObjectName("case:assign")
        self.assign_button.clicked.connect(self._assign)
        assign.addWidget(self.assign_to, 1)
        assign.addWidget(self.assign_button)
        layout.addWidget(self.edit_button)
        layout.addLayout(assign)
        self.request_button = self._button("case:request_closure",
                                           self.tr("Request closure…"), self._request_closure)
        self.approve_button = self._button("case:approve_closure",
                                           self.tr("Approve the closure"), self._approve)
        self.reject_button = self._button("case:reject_closure",
                                          self.tr("Refuse the closure"), self._reject)
        self.reopen_button = self._button("case:reopen", self.tr("Reopen the case"),
                                          self._reopen)
        for button in (self.request_button, self.approve_button, self.reject_button,
                       self.reopen_button):
            layout.addWidget(button)
        self.summary_pdf = SummaryPdfButton(self, self.action_box)
        layout.addWidget(self.summary_pdf)

    def _button(self, name: str, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self.action_box)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _captions(self) -> dict[str, str]:
        return {
            "case_number": self.tr("Case number"), "survivor_code": self.tr("Survivor code"),
            "survivor_name": self.tr("Name"), "status": self.tr("Status"),
            "step": self.tr("Step"), "gbv_type": self.tr("GBV type"), "sea": self.tr("SEA"),
            "caseworker": self.tr("Case worker"),
            "date_of_interview": self.tr("Date of interview"),
            "safety_risk": self.tr("Safety risk"),
        }

    # -- showing ---------------------------------------------------------------------------
    def set_vault(self, vault: Any) -> None:
        """``None`` (lock) clears everything shown."""
        self.vault = vault
        if vault is None:
            self.show_case(None)

    def show_case(self, case_id: str | None) -> None:
        """Load and show a case (the service audits the view); ``None`` clears."""
        self.case_id = case_id
        self.message.clear()
        self.message.hide()
        self.file = None
        if case_id is not None and self.vault is not None:
            try:
                self.file = cases.case_file(self.vault, case_id)
            except UserError as exc:
                dialogs.show_error(self, exc)
                self.case_id = None
        self._show()

    def _show(self) -> None:
        file = self.file
        for key, label in self.values.items():
            label.setText(ct.summary_text(file, key, self.lang) if file is not None else "")
        self.flags.setText(ct.flags_text(file, self.lang) if file is not None else "")
        self.flags.setVisible(bool(self.flags.text()))
        self.badges.show_case(self.vault, self.case_id if file is not None else None,
                              self.lang)
        self.closure.setText(ct.closure_text(file, self.lang))
        self.steps.show_file(file)
        self.plan.show_file(file, self.vault)
        self.notes.show_file(file)
        actor = self.vault.actor if self.vault is not None else None
        self.consents.show_file(file, can(actor, Permission.OVERRIDE_CONSENT))
        self.history.show_events(list(ct.history_of(file)) if file is not None else [])
        self.referrals.set_vault(self.vault)
        self.referrals.show_case(self.case_id if file is not None else None)
        sea = bool(getattr(file, "sea", False))
        self.sea_panel.show_case(self.vault, self.case_id if sea else None)
        self.tabs.setTabVisible(self.tabs.indexOf(self.sea_panel), sea)
        is_open = getattr(file, "status", None) == "open"
        for panel in (self.incidents, self.services):
            panel.set_vault(self.vault)
            panel.show_case(self.case_id if file is not None else None, is_open)
        self.safety.vault = self.vault
        self.safety.show_case(self.case_id if file is not None else None,
                              is_open=getattr(file, "status", None) == "open")
        self._update_actions()

    def _panel_changed(self, case_id: str) -> None:
        """A panel saved something: reload the file (summary, history) and say so."""
        tab = self.tabs.currentIndex()
        self.show_case(case_id)
        self.tabs.setCurrentIndex(tab)
        self.changed.emit(case_id)

    def _update_actions(self) -> None:
        actor = self.vault.actor if self.vault is not None else None
        status = getattr(self.file, "status", None)
        supervisor = can(actor, Permission.APPROVE_CLOSURE)
        is_open = status == "open"
        self.action_box.setEnabled(self.file is not None)
        self.edit_button.setVisible(is_open)
        self.request_button.setVisible(is_open)
        self.approve_button.setVisible(status == "closure_requested" and supervisor)
        self.reject_button.setVisible(status == "closure_requested" and supervisor)
        self.reopen_button.setVisible(status == "closed")
        may_assign = can(actor, Permission.ASSIGN_CASES) and self.file is not None
        self.assign_to.setVisible(may_assign)
        self.assign_button.setVisible(may_assign)
        self.assign_to.clear()
        if may_assign:
            me = actor.staff_id if actor is not None else None
            for person in accounts.list_staff(self.vault):
                if person.role == Role.CASEWORKER or person.staff_id == me:
                    self.assign_to.addItem(person.full_name or person.username,
                                           person.staff_id)
            index = self.assign_to.findData(getattr(self.file, "caseworker_id", None))
            self.assign_to.setCurrentIndex(max(index, 0))

    # -- actions (each calls one service, then reloads) ------------------------------------
    def _run(self, done: str, call: Callable[[str], Any]) -> bool:
        if self.vault is None or self.case_id is None:
            return False
        try:
            call(self.case_id)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return False
        case_id = self.case_id
        self.show_case(case_id)
        self.message.setText(done)
        self.message.show()
        self.changed.emit(case_id)
        return True

    def _advance(self, step: int) -> None:
        self._run(self.tr("Step saved."),
                  lambda case_id: cases.set_step(self.vault, case_id, step))

    def _save_plan(self, text: str) -> None:
        if self._run(self.tr("Plan saved."),
                     lambda case_id: cases.set_action_plan(self.vault, case_id, text)):
            self.tabs.setCurrentWidget(self.plan)
            self.plan.status.setText(self.tr("Plan saved."))

    def _referrals_changed(self, case_id: str) -> None:
        """A referral or follow-up changed (a follow-up review may change the plan and the
        needs): reload the file, staying on the same tab."""
        tab = self.tabs.currentIndex()
        self.show_case(case_id)
        self.tabs.setCurrentIndex(tab)
        self.changed.emit(case_id)

    def _plan_changed(self, done: str) -> None:
        if self._run(done, lambda case_id: None):
            self.tabs.setCurrentWidget(self.plan)
            self.plan.status.setText(done)

    def _add_note(self, text: str) -> None:
        if self._run(self.tr("Note added."),
                     lambda case_id: cases.add_note(self.vault, case_id, text)):
            self.notes.text.clear()
            self.tabs.setCurrentWidget(self.notes)

    def _assign(self) -> None:
        staff_id = self.assign_to.currentData()
        if staff_id:
            self._run(self.tr("Case assigned."),
                      lambda case_id: cases.assign(self.vault, case_id, staff_id))

    def _request_closure(self) -> None:
        dialog = self.closure_dialog(self.lang, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reasons, note, checklist = dialog.chosen(), dialog.note_text(), dialog.checklist()
        self._run(self.tr("Closure requested: a supervisor will approve it."),
                  lambda case_id: cases.request_closure(self.vault, case_id, reasons, note,
                                                        checklist=checklist))

    def _approve(self) -> None:
        if not dialogs.ask(self, ct.approval_question(self.file, self.lang)):
            return
        self._run(self.tr("Case closed."),
                  lambda case_id: cases.approve_closure(self.vault, case_id))

    def _reject(self) -> None:
        self._run(self.tr("Closure refused: the case stays open."),
                  lambda case_id: cases.reject_closure(self.vault, case_id))

    def _safety_changed(self, case_id: str) -> None:
        self.show_case(case_id)  # the summary shows the new level
        self.tabs.setCurrentWidget(self.safety)
        self.changed.emit(case_id)

    def _approve_consent(self) -> None:
        if self._run(self.tr("Consent approved."),
                     lambda case_id: consent_approval.approve(self.vault, case_id)):
            self.tabs.setCurrentWidget(self.consents)

    def _reopen(self) -> None:
        if dialogs.ask(self, self.tr("Reopen this case?")):
            self._run(self.tr("Case reopened."),
                      lambda case_id: cases.reopen(self.vault, case_id))


__all__ = ["CaseFileView", "show_date"]
