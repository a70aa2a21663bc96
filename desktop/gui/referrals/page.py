"""The Referrals page: the referrals the person may see, filtered by status, with a detail
panel (history, next statuses, feedback, letter)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.i18n import current_language
from desktop.core.services import referrals
from desktop.gui import dialogs
from desktop.gui.followups import actions as followup_actions
from desktop.gui.page import Page
from desktop.gui.referrals import labels
from desktop.gui.referrals.detail import ReferralDetail
from desktop.gui.referrals.list_model import ReferralModel
from desktop.gui.referrals.tables import row_table, selected_item

PAGE = 200  # referrals read at a time (keyset pages)


class ReferralsPage(Page):
    """Registered in ``desktop.gui.pages`` as ``referrals``."""

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.lang = lang or current_language()
        self.status = QComboBox(self)
        self.status.setObjectName("referrals:status_filter")
        self.status.addItem(self.tr("All statuses"), None)
        for code, text in labels.choices(labels.REFERRAL_STATUSES, self.lang):
            self.status.addItem(text, code)
        self.status.currentIndexChanged.connect(self.refresh)
        self.count = QLabel(self)
        self.count.setObjectName("referrals:count")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Status"), self))
        top.addWidget(self.status)
        top.addStretch(1)
        top.addWidget(self.count)
        self.model = ReferralModel(self.lang, parent=self)
        self.model.rowsInserted.connect(self._count)  # a further page (``fetchMore``)
        self.table = row_table(self, "referrals:table", self.model, 3)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.detail = ReferralDetail(self.lang, self)
        self.detail.changed.connect(self._changed)
        self.detail.follow_up.connect(self._schedule)
        scroll = QScrollArea(self)
        scroll.setWidget(self.detail)
        scroll.setWidgetResizable(True)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Referrals")

    def set_vault(self, vault: Any) -> None:
        """List the referrals after login; ``None`` clears the list and the detail."""
        super().set_vault(vault)
        self.detail.set_vault(vault)
        if vault is None:
            self.model.set_rows([])
            self.count.clear()
        else:
            self.refresh()

    def before_lock(self) -> None:
        """Keep the unsaved note or feedback of the referral shown as a draft."""
        self.detail.before_lock()

    def refresh(self) -> None:
        """Reload the list, keeping the referral shown selected."""
        if self.vault is None:
            return
        shown = self.detail.referral_id()
        vault, status = self.vault, self.status.currentData()

        def next_page(last: Any) -> list[Any]:
            return referrals.list_referrals(vault, status=status, limit=PAGE,
                                            after=referrals.page_key(last))

        try:
            rows = referrals.list_referrals(vault, status=status, limit=PAGE)
        except UserError as exc:
            dialogs.show_error(self, exc)
            rows = []
        self.model.set_pages(rows, next_page, PAGE)
        self._count()
        row = self.model.row_of(shown) if shown else -1
        if row >= 0:
            self.table.selectRow(row)
            self.detail.show_referral(shown)  # it may have changed elsewhere
        else:
            self.detail.show_detail(None)

    def _count(self) -> None:
        shown = self.model.rowCount()
        self.count.setText(self.tr("{count} referrals").format(count=shown) if self.model.complete
                           else self.tr("at least {count} referrals").format(count=shown))

    def select(self, referral_id: str) -> None:
        """Select (and show) one referral of the list."""
        row = self.model.row_of(referral_id)
        if row >= 0:
            self.table.selectRow(row)

    def _selected(self) -> None:
        referral = selected_item(self.table, self.model)
        if referral is not None and referral.id != self.detail.referral_id():
            self.detail.show_referral(referral.id)

    def _changed(self, _referral_id: str) -> None:
        self.refresh()

    def _schedule(self, case_id: str, referral_id: str) -> None:
        detail = self.detail.detail
        about = detail.reference if detail is not None else ""
        if followup_actions.schedule(self, self.vault, case_id, referral_id, about):
            dialogs.inform(self, self.tr("Follow-up scheduled."))
