"""The home page "Today", the first page after login: what waits on the person now.

My follow-ups due and overdue, referrals awaiting the provider's answer, drafts to finish;
for a supervisor also the closures to approve and the site's overdue work by case worker. Every
row opens its case (or referral) in one click or with Enter: the page emits
``open_requested(kind, target)`` and the main window opens it (``today.navigate``). When nothing
waits, one sentence says so and offers a new intake. The rows come from
``desktop.core.services.cases.today`` (visible cases only, no survivor names).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.i18n import current_language
from desktop.core.services.cases import today as today_service
from desktop.gui import badges, dialogs
from desktop.gui.packages.incoming_section import IncomingSection
from desktop.gui.page import Page
from desktop.gui.referrals import labels
from desktop.gui.today.sections import Section, cells_late, show_day


class TodayPage(Page):
    """Registered in ``desktop.gui.pages`` as ``today``."""

    open_requested = Signal(str, str)  # kind, target (see ``today_service.TodayRow``)

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.lang = lang or current_language()
        self.data: today_service.Today | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("today:heading")
        self.new_button = QPushButton(self.tr("New intake…"), self)
        self.new_button.setObjectName("today:new_intake")
        self.new_button.clicked.connect(lambda: self.open_requested.emit("new_intake", ""))
        self.empty = QLabel(self)
        self.empty.setObjectName("today:empty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("font-size: 13pt; padding: 24px 0;")
        self.followups = Section(
            "followups", self.tr("My follow-ups due and overdue"),
            self.tr("No follow-up due. Schedule one from a case file "
                    "(tab Referrals)."),
            [self.tr("Due on"), self.tr("Late"), self.tr("Case"), self.tr("Purpose")],
            [3], self)
        self.referrals = Section(
            "referrals", self.tr("Referrals awaiting an answer"),
            self.tr("No referral waits for a provider's answer."),
            [self.tr("Answer due"), self.tr("Late"), self.tr("Reference"), self.tr("Case"),
             self.tr("Service")], [3, 4], self)
        self.drafts = Section(
            "drafts", self.tr("Drafts to finish"), self.tr("No draft waits."),
            [self.tr("What"), self.tr("Late"), self.tr("Case"), self.tr("Reference"),
             self.tr("Saved or due")], [0, 3], self)
        self.closures = Section(
            "closures", self.tr("Closures to approve"),
            self.tr("No case waits for your approval to close."),
            [self.tr("Case"), self.tr("Survivor code"), self.tr("Asked by"),
             self.tr("Asked on")], [1, 2], self)
        self.site = Section(
            "site", self.tr("Overdue work on the site, by case worker"),
            self.tr("Nothing is overdue on the site."),
            [self.tr("Case worker"), self.tr("Follow-ups overdue"),
             self.tr("Referrals late"), self.tr("Oldest")], [0], self)
        self.high_risk = Section(
            "high_risk", self.tr("Open cases at high risk"),
            self.tr("No open case is at high risk."),
            [self.tr("Case"), self.tr("Survivor code"), self.tr("Assessed on"),
             self.tr("Case worker")], [1, 3], self)
        self.sections = [self.high_risk, self.followups, self.referrals, self.drafts,
                         self.closures, self.site]
        for section in self.sections:
            section.list.open_requested.connect(self.open_requested)
        self.incoming = IncomingSection(self, self.lang)  # packages (desktop/gui/packages)
        self.incoming.case_requested.connect(lambda case: self.open_requested.emit("case", case))
        self.incoming.changed.connect(self.refresh)
        self._layout()
        self.set_vault(None)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.incoming.import_button)
        top.addWidget(self.new_button)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(10)
        self.grid.addWidget(self.high_risk, 0, 0, 1, 2)  # first: her safety before the rest
        self.grid.addWidget(self.incoming, 5, 0, 1, 2)  # under the others
        self.grid.addWidget(self.followups, 1, 0)
        self.grid.addWidget(self.referrals, 1, 1)
        self.grid.addWidget(self.drafts, 2, 0, 1, 2)  # beside the closures for a supervisor
        self.grid.addWidget(self.site, 3, 0, 1, 2)
        # Another section goes in row 4 with ``add_section``.
        for column in (0, 1):
            self.grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addLayout(self.grid, 1)

    def add_section(self, section: Section, row: int = 4) -> None:
        """Place another section under the others (its rows open like theirs)."""
        self.sections.append(section)
        section.list.open_requested.connect(self.open_requested)
        self.grid.addWidget(section, row, 0, 1, 2)

    def title(self) -> str:
        return self.tr("Today")

    def set_vault(self, vault: Any) -> None:
        """Show the person's day after login; ``None`` (lock) empties every section."""
        super().set_vault(vault)
        if vault is None:
            self.data = None
            for section in self.sections:
                section.clear()
            self.incoming.set_vault(None)
            self.heading.clear()
            self.empty.hide()
            return
        self.refresh()

    def refresh(self) -> None:
        """Ask the service again (each time the page is shown)."""
        if self.vault is None:
            return
        try:
            self.data = today_service.today(self.vault)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        self.incoming.set_vault(self.vault)
        self._show(self.data)

    # -- rows -------------------------------------------------------------------------------
    def _show(self, data: today_service.Today) -> None:
        day = QLocale(self.lang).toString(QDate(data.day), QLocale.FormatType.LongFormat)
        self.heading.setText(self.tr("<h2>Today, {day}</h2>").format(day=day))
        for section in self.sections:
            section.list.clear()
        for row in data.followups.rows:
            late, is_late = cells_late(row.due_on, row.days_late, data.day)
            self.followups.list.add_row(
                [show_day(row.due_on), late, row.case_number, row.detail], row.kind,
                row.target, late=is_late, tips={2: self._case_tip(row)})
        self.followups.show_count(len(data.followups.rows), data.followups.total)
        for row in data.referrals.rows:
            late, is_late = cells_late(row.due_on, row.days_late, data.day)
            self.referrals.list.add_row(
                [show_day(row.due_on), late, row.reference or "", row.case_number,
                 labels.service_label(row.detail, self.lang)], row.kind, row.target,
                late=is_late, tips={3: self._case_tip(row)})
        self.referrals.show_count(len(data.referrals.rows), data.referrals.total)
        for row in data.drafts.rows:
            late, is_late = cells_late(row.due_on, row.days_late, data.day) \
                if row.kind == "referral" else ("", False)
            when = show_day(row.at.date() if row.at else row.due_on)
            self.drafts.list.add_row([self._draft_what(row), late, row.case_number,
                                      row.reference or "", when],
                                     row.kind, row.target, late=is_late)
        self.drafts.show_count(len(data.drafts.rows), data.drafts.total)
        for row in data.high_risk.rows:
            self.high_risk.list.add_row(
                [row.case_number, row.survivor_code, show_day(row.due_on), row.who],
                row.kind, row.target, tips={0: self._case_tip(row)})
        self.high_risk.show_count(len(data.high_risk.rows), data.high_risk.total)
        # A case worker sees her own cases: no "Case worker" column left empty.
        self.high_risk.list.setColumnHidden(3, data.site_overdue is None)
        self.high_risk.setEnabled(data.high_risk.total > 0)
        self._supervisor(data)
        waiting = (data.to_do() + len(data.site_overdue or ()) + data.high_risk.total
                   + self.incoming.total)
        self.empty.setVisible(waiting == 0)
        self.empty.setText(self.tr(
            "Nothing is due today. To register a survivor, click “New intake…”; the case "
            "list is under Cases.") if waiting == 0 else "")
        for section in self.sections:
            section.setVisible(waiting > 0 and section.isEnabled())
        self.incoming.setVisible(self.incoming.total > 0)

    def _supervisor(self, data: today_service.Today) -> None:
        self.grid.removeWidget(self.drafts)
        self.grid.removeWidget(self.closures)
        if data.closures is not None:
            self.grid.addWidget(self.drafts, 2, 0)
            self.grid.addWidget(self.closures, 2, 1)
        else:
            self.grid.addWidget(self.drafts, 2, 0, 1, 2)
        self.closures.setEnabled(data.closures is not None)
        self.site.setEnabled(data.site_overdue is not None)
        if data.closures is not None:
            for row in data.closures.rows:
                self.closures.list.add_row(
                    [row.case_number, row.survivor_code, row.who,
                     show_day(row.at.date() if row.at else None)], row.kind, row.target)
            self.closures.show_count(len(data.closures.rows), data.closures.total)
        for load in data.site_overdue or ():
            self.site.list.add_row(
                [load.name, str(load.overdue_followups), str(load.late_referrals),
                 badges.days_late(load.oldest_days_late)], "worker", load.staff_id)
        count = len(data.site_overdue or ())
        self.site.show_count(count, count)

    def _case_tip(self, row: today_service.TodayRow) -> str:
        return self.tr("Case {number}, survivor code {code}").format(
            number=row.case_number, code=row.survivor_code)

    def _draft_what(self, row: today_service.TodayRow) -> str:
        if row.kind == "intake_draft" and not row.target:
            return self.tr("Intake not finished (new case)")
        if row.kind == "intake_draft":
            return self.tr("Intake correction not saved")
        if row.kind == "referral_draft":
            return self.tr("Note or feedback not saved")
        return self.tr("Referral not sent yet")

    def counts(self) -> dict[str, int]:
        """How many rows each section shows (for tests)."""
        return {s.objectName().partition(":")[2]: s.count() for s in self.sections}

