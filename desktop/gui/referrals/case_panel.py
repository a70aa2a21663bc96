"""The case file's "Referrals and follow-ups" tab: the case's referrals (with the detail of
the one selected), its follow-ups, and buttons to refer and to schedule a follow-up."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.i18n import current_language
from desktop.core.services.referrals import followups
from desktop.core.services.referrals import workflow as referrals
from desktop.gui import dialogs
from desktop.gui.followups import actions as followup_actions
from desktop.gui.referrals import modal
from desktop.gui.referrals.detail import ReferralDetail
from desktop.gui.referrals.list_model import ReferralModel
from desktop.gui.referrals.new_referral import NewReferralDialog, show_day
from desktop.gui.referrals.tables import row_table, selected_item

CASE_COLUMNS = ("reference", "service", "provider", "status", "due_on")


class CaseReferralsPanel(QWidget):
    """Plugged into ``CaseFileView.referrals_area``; ``changed`` after each saved change."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case:referrals_panel")
        self.lang = lang or current_language()
        self.vault: Any = None
        self.case_id: str | None = None
        self.new_button = QPushButton(self.tr("New referral…"), self)
        self.new_button.setObjectName("case:new_referral")
        self.new_button.clicked.connect(self.new_referral)
        self.follow_button = QPushButton(self.tr("Schedule a follow-up…"), self)
        self.follow_button.setObjectName("case:schedule_follow_up")
        self.follow_button.clicked.connect(lambda: self._schedule(None))
        self.done_button = QPushButton(self.tr("Mark the follow-up done…"), self)
        self.done_button.setObjectName("case:follow_up_done")
        self.done_button.clicked.connect(self._done)
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.follow_button)
        bar.addStretch(1)
        self.model = ReferralModel(self.lang, CASE_COLUMNS, self)
        self.table = row_table(self, "case:referrals", self.model, 2)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.follow_ups = QTreeWidget(self)
        self.follow_ups.setObjectName("case:follow_ups")
        self.follow_ups.setRootIsDecorated(False)
        self.follow_ups.setHeaderLabels([self.tr("Due on"), self.tr("Referral"),
                                         self.tr("Purpose"), self.tr("Done on"),
                                         self.tr("Outcome")])
        self.follow_ups.itemSelectionChanged.connect(self._update_buttons)
        for column, width in enumerate((90, 150, 240, 90)):
            self.follow_ups.setColumnWidth(column, width)
        self.detail = ReferralDetail(self.lang, self)
        self.detail.changed.connect(self._detail_changed)
        self.detail.follow_up.connect(lambda _case, referral: self._schedule(referral))
        lists = QWidget(self)
        left = QVBoxLayout(lists)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.table, 2)
        left.addWidget(QLabel(self.tr("<b>Follow-ups</b>"), lists))
        left.addWidget(self.follow_ups, 1)
        done_line = QHBoxLayout()
        done_line.addStretch(1)
        done_line.addWidget(self.done_button)
        left.addLayout(done_line)
        scroll = QScrollArea(self)
        scroll.setWidget(self.detail)
        scroll.setWidgetResizable(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(lists)
        splitter.addWidget(scroll)
        splitter.setSizes([260, 440])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.show_case(None)

    def set_vault(self, vault: Any) -> None:
        """``None`` (lock) clears everything."""
        self.vault = vault
        self.detail.set_vault(vault)
        if vault is None:
            self.show_case(None)

    def before_lock(self) -> None:
        """Keep the unsaved note or feedback of the referral shown as a draft."""
        self.detail.before_lock()

    def show_case(self, case_id: str | None) -> None:
        """Show the referrals and follow-ups of a case (``None`` clears)."""
        if case_id != self.case_id:
            self.detail.show_detail(None)
        self.case_id = case_id
        rows: list[Any] = []
        follow: list[Any] = []
        if case_id and self.vault is not None:
            try:
                rows = referrals.list_referrals(self.vault, case_id=case_id)
                follow = followups.for_case(self.vault, case_id)
            except UserError as exc:
                dialogs.show_error(self, exc)
        shown = self.detail.referral_id()
        self.model.set_rows(rows)
        self.follow_ups.clear()
        for row in follow:
            item = QTreeWidgetItem([show_day(row.due_on), row.referral_reference or "",
                                    row.purpose or "", show_day(row.done_on),
                                    row.outcome or ""])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            item.setData(1, Qt.ItemDataRole.UserRole, bool(row.done_on))
            self.follow_ups.addTopLevelItem(item)
        row_number = self.model.row_of(shown) if shown else -1
        if row_number >= 0:
            self.table.selectRow(row_number)
            self.detail.show_referral(shown)
        else:
            self.detail.show_detail(None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        present = self.case_id is not None and self.vault is not None
        self.new_button.setEnabled(present)
        self.follow_button.setEnabled(present)
        item = self.follow_ups.currentItem()
        self.done_button.setEnabled(present and item is not None
                                    and not item.data(1, Qt.ItemDataRole.UserRole))

    def _selected(self) -> None:
        referral = selected_item(self.table, self.model)
        if referral is not None and referral.id != self.detail.referral_id():
            self.detail.show_referral(referral.id)

    def new_referral(self) -> None:
        """Open the referral dialog for this case."""
        if self.case_id is None or self.vault is None:
            return
        try:
            dialog = NewReferralDialog(self.vault, self.case_id, self.lang, self)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        if modal.run(dialog) and dialog.created:
            self.show_case(self.case_id)
            self.table.selectRow(self.model.row_of(dialog.created[0].id))
            self.changed.emit(self.case_id)

    def _schedule(self, referral_id: str | None) -> None:
        if self.case_id is None or self.vault is None:
            return
        about = self.detail.detail.reference if referral_id and self.detail.detail else ""
        if followup_actions.schedule(self, self.vault, self.case_id, referral_id, about):
            self.show_case(self.case_id)
            self.changed.emit(self.case_id)

    def _done(self) -> None:
        item = self.follow_ups.currentItem()
        if item is None or self.case_id is None:
            return
        follow_up_id = item.data(0, Qt.ItemDataRole.UserRole)
        if followup_actions.mark_done(self, self.vault, follow_up_id, item.text(0)):
            self.show_case(self.case_id)
            self.changed.emit(self.case_id)

    def _detail_changed(self, _referral_id: str) -> None:
        if self.case_id is not None:
            self.show_case(self.case_id)
            self.changed.emit(self.case_id)
