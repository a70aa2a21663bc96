"""The case file's "Referrals and follow-ups" tab: the case's referrals and its follow-ups as
two lists (each saying so when it is empty, with the button that starts one), and one
referral's detail in their place when it is opened (Enter, a double-click, *Open*, or a
follow-up's *Open its referral*); *Back to the case's referrals* or Esc goes back."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.i18n import current_language
from desktop.core.services.referrals import followups
from desktop.core.services.referrals import workflow as referrals
from desktop.gui import badges, dialogs
from desktop.gui.badges import BadgeDelegate
from desktop.gui.empty_state import EmptyState
from desktop.gui.followups import actions as followup_actions
from desktop.gui.referrals import modal
from desktop.gui.referrals.detail import ReferralDetail, open_in_place
from desktop.gui.referrals.list_model import ReferralModel
from desktop.gui.referrals.new_referral import NewReferralDialog, show_day
from desktop.gui.referrals.tables import row_table, selected_item

CASE_COLUMNS = ("reference", "service", "provider", "status", "due_on")
REFERRAL_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # a follow-up's referral id


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
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_lists())
        self.stack.addWidget(self._build_detail())
        self.stack.currentChanged.connect(lambda _index: self._update_buttons())
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)  # shown with a referral's detail
        bar.addWidget(self.new_button)
        bar.addWidget(self.follow_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.show_case(None)

    def _build_lists(self) -> QWidget:
        self.lists = QWidget(self)
        self.lists.setObjectName("case:referral_lists")
        self.model = ReferralModel(self.lang, CASE_COLUMNS, self)
        self.table = row_table(self.lists, "case:referrals", self.model, 2)
        self.table.setItemDelegate(BadgeDelegate(badges.REFERRAL_COLOURS, self.table))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda index: self.open_referral(
            self.model.item(index.row()).id))
        self.referrals_empty = EmptyState(
            self.table, self.tr("No referral yet."), self.tr("New referral…"),
            self.new_referral, self.lists, compact=True)
        self.open_button = QPushButton(self.tr("Open the referral"), self.lists)
        self.open_button.setObjectName("case:open_referral")
        self.open_button.clicked.connect(self._open_selected)
        self.follow_ups = QTreeWidget(self.lists)
        self.follow_ups.setObjectName("case:follow_ups")
        self.follow_ups.setRootIsDecorated(False)
        self.follow_ups.setAllColumnsShowFocus(True)
        self.follow_ups.setHeaderLabels([self.tr("Due on"), self.tr("Referral"),
                                         self.tr("Purpose"), self.tr("Done on"),
                                         self.tr("Outcome")])
        self.follow_ups.itemSelectionChanged.connect(self._update_buttons)
        self.follow_ups.itemActivated.connect(lambda item, _column: self._open_follow_up(item))
        for column, width in enumerate((90, 170, 300, 90)):
            self.follow_ups.setColumnWidth(column, width)
        self.follow_ups_empty = EmptyState(
            self.follow_ups, self.tr("No follow-up planned yet."),
            self.tr("Schedule a follow-up…"), lambda: self._schedule(None), self.lists,
            compact=True)
        self.its_referral_button = QPushButton(self.tr("Open its referral"), self.lists)
        self.its_referral_button.setObjectName("case:follow_up_referral")
        self.its_referral_button.clicked.connect(
            lambda: self._open_follow_up(self.follow_ups.currentItem()))
        self.review_button = QPushButton(self.tr("View the review…"), self.lists)
        self.review_button.setObjectName("case:follow_up_review")
        self.review_button.clicked.connect(self._view_review)
        self.done_button = QPushButton(self.tr("Mark the follow-up done…"), self.lists)
        self.done_button.setObjectName("case:follow_up_done")
        self.done_button.clicked.connect(self._done)
        layout = QVBoxLayout(self.lists)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("<b>Referrals</b>"), self.lists))
        heading.addStretch(1)
        heading.addWidget(self.open_button)
        layout.addLayout(heading)
        layout.addWidget(self.referrals_empty, 3)
        follow_heading = QHBoxLayout()
        follow_heading.addWidget(QLabel(self.tr("<b>Follow-ups</b>"), self.lists))
        follow_heading.addStretch(1)
        follow_heading.addWidget(self.its_referral_button)
        follow_heading.addWidget(self.review_button)
        follow_heading.addWidget(self.done_button)
        layout.addLayout(follow_heading)
        layout.addWidget(self.follow_ups_empty, 2)
        return self.lists

    def _build_detail(self) -> QWidget:
        self.detail_view = QWidget(self)
        self.detail_view.setObjectName("case:referral_detail")
        self.detail = ReferralDetail(self.lang, self.detail_view, link_case=False)
        self.detail.changed.connect(self._detail_changed)
        self.detail.follow_up.connect(lambda _case, referral: self._schedule(referral))
        scroll = QScrollArea(self.detail_view)
        scroll.setObjectName("case:referral_scroll")
        scroll.setWidget(self.detail)
        scroll.setWidgetResizable(True)
        self.back_button = QPushButton(self.tr("Back to the case's referrals"), self)
        self.back_button.setObjectName("case:referrals_back")
        self.back_button.clicked.connect(self.show_lists)
        layout = QVBoxLayout(self.detail_view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        return self.detail_view

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc in a referral's detail goes back to the lists (else to the case file's
        page, which goes back to where the case was opened from)."""
        if event.key() == Qt.Key.Key_Escape and self.showing_detail():
            self.show_lists()
            event.accept()
            return
        super().keyPressEvent(event)

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
        """Show the referrals and follow-ups of a case (``None`` clears); a referral open
        stays open when it is still the same case."""
        if case_id != self.case_id:
            self.detail.show_detail(None)
            self.stack.setCurrentWidget(self.lists)
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
        today = date.today()
        for row in follow:
            item = QTreeWidgetItem([show_day(row.due_on), row.referral_reference or "",
                                    row.purpose or "", show_day(row.done_on),
                                    row.outcome or ""])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            item.setData(1, Qt.ItemDataRole.UserRole, bool(row.done_on))
            item.setData(0, REFERRAL_ROLE, row.referral_id)
            item.setToolTip(2, row.purpose or "")
            item.setToolTip(4, row.outcome or "")
            late = badges.days_late((today - row.due_on).days) if not row.done_on else ""
            if late:  # "n days late", as on the Follow-ups page
                item.setForeground(0, QColor(badges.LATE_COLOUR))
                item.setToolTip(0, late)
            self.follow_ups.addTopLevelItem(item)
        row_number = self.model.row_of(shown) if shown else -1
        if row_number >= 0:
            self.table.selectRow(row_number)
            self.detail.show_referral(shown)
        else:
            self.detail.show_detail(None)
            self.stack.setCurrentWidget(self.lists)
        self._update_buttons()

    # -- the lists and the detail ----------------------------------------------------------
    def showing_detail(self) -> bool:
        """True while a referral's detail is shown in place of the lists."""
        return self.stack.currentWidget() is self.detail_view

    def show_lists(self) -> None:
        """Back to the referrals and follow-ups of the case (the referral still selected)."""
        self.stack.setCurrentWidget(self.lists)
        self.table.setFocus()

    def open_referral(self, referral_id: str) -> None:
        """Show one referral of the case (its detail, letter and history) in place of the
        lists."""
        if open_in_place(referral_id, self.model, self.table, self.detail, self.stack,
                         self.detail_view):
            self.back_button.setFocus()

    def _open_selected(self) -> None:
        referral = selected_item(self.table, self.model)
        if referral is not None:
            self.open_referral(referral.id)

    def _open_follow_up(self, item: QTreeWidgetItem | None) -> None:
        referral_id = item.data(0, REFERRAL_ROLE) if item is not None else None
        if referral_id:
            self.open_referral(referral_id)
        elif item is not None and item.data(1, Qt.ItemDataRole.UserRole):
            self._view_review()  # a done follow-up of no referral: its review

    def _update_buttons(self) -> None:
        present = self.case_id is not None and self.vault is not None
        self.new_button.setEnabled(present)
        self.follow_button.setEnabled(present)
        item = self.follow_ups.currentItem() if self.follow_ups.selectedItems() else None
        done = item is not None and bool(item.data(1, Qt.ItemDataRole.UserRole))
        self.done_button.setEnabled(present and item is not None and not done)
        self.review_button.setEnabled(present and done)
        self.its_referral_button.setEnabled(
            present and item is not None and bool(item.data(0, REFERRAL_ROLE)))
        self.open_button.setEnabled(present and selected_item(self.table, self.model)
                                    is not None)
        self.back_button.setVisible(self.showing_detail())
        self.open_button.setVisible(self.model.rowCount() > 0)  # nothing to open otherwise
        has_follow_ups = self.follow_ups.topLevelItemCount() > 0
        self.its_referral_button.setVisible(has_follow_ups)
        self.done_button.setVisible(has_follow_ups)
        self.review_button.setVisible(has_follow_ups)

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
            self.open_referral(dialog.created[0].id)  # its letter is the next thing to do
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

    def _view_review(self) -> None:
        item = self.follow_ups.currentItem()
        if item is not None and self.vault is not None:
            followup_actions.view_review(self, self.vault, item.data(0, Qt.ItemDataRole.UserRole))

    def _detail_changed(self, _referral_id: str) -> None:
        if self.case_id is not None:
            self.show_case(self.case_id)
            self.changed.emit(self.case_id)
