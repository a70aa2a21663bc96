"""The Referrals page: the referrals the person may see, filtered by status and searched, and
one referral's detail (history, next statuses, feedback, letter) in place of the list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.i18n import current_language
from desktop.core.services.referrals import workflow as referrals
from desktop.gui import badges, dialogs
from desktop.gui.badges import BadgeDelegate, Legend
from desktop.gui.empty_state import EmptyState
from desktop.gui.followups import actions as followup_actions
from desktop.gui.packages.referrals_buttons import PackageButtons
from desktop.gui.page import Page
from desktop.gui.referrals import labels
from desktop.gui.referrals.detail import ReferralDetail, open_in_place
from desktop.gui.referrals.list_model import ReferralModel
from desktop.gui.referrals.tables import row_table
from desktop.gui.table_fit import FittedColumns, TableMemory

TODO = ("draft", "sent", "no_response", "accepted")  # still waiting on someone

PAGE = 200  # referrals read at a time (keyset pages)
SEARCHED = 2000  # referrals of each status read at most for "to do" or a search


class ReferralsPage(Page):
    """Registered in ``desktop.gui.pages`` as ``referrals``.

    The list takes the page's whole width (status and due date always in view); Enter or a
    double-click opens a referral's detail in its place, and Esc or "Back to the list" goes
    back. The list opens on the referrals still to do (draft, sent, no answer, accepted).
    *Open the case file* (under the list, and beside the case number in the detail) opens the
    referral's case (``open_requested``, opened by the main window). Esc on the list, or on
    a referral opened from another page, goes back to the page before (the main window's).
    """

    open_requested = Signal(str, str)  # ("case", id): an accepted incoming referral's case

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.lang = lang or current_language()
        self.linked = False  # the referral shown was opened from another page
        self.search = QLineEdit(self)
        self.search.setObjectName("referrals:search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Reference, case number, service or provider"))
        self.search.textChanged.connect(self._filter)
        self.status = QComboBox(self)
        self.status.setObjectName("referrals:status_filter")
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("To do (draft, sent, accepted)"), "todo")
        for code, text in labels.choices(labels.REFERRAL_STATUSES, self.lang):
            self.status.addItem(text, code)
        self.status.setCurrentIndex(1)
        self.status.currentIndexChanged.connect(self.refresh)
        self.count = QLabel(self)
        self.count.setObjectName("referrals:count")
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(QLabel(self.tr("Status"), self))
        top.addWidget(self.status)
        top.addStretch(1)
        top.addWidget(self.count)
        self.packages = PackageButtons(self)  # desktop/gui/packages
        for button in self.packages.buttons():
            top.addWidget(button)
        self.model = ReferralModel(self.lang, parent=self)
        self.table = row_table(self, "referrals:table", self.model, 5)
        self.table.setItemDelegate(BadgeDelegate(badges.REFERRAL_COLOURS, self.table))
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.memory = TableMemory(self.table, "referrals", self.model.column_keys)
        self.fitted = FittedColumns(self.table, self.model.flexible, self.memory)
        self.model.modelReset.connect(self.fitted.fit)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("referrals:open")
        self.open_button.clicked.connect(self._open_selected)
        self.case_button = QPushButton(self.tr("Open the case file"), self)
        self.case_button.setObjectName("referrals:open_case")
        self.case_button.clicked.connect(self._open_case_of_selected)
        legend = Legend([(code, labels.status_label(code, self.lang))
                         for code in badges.REFERRAL_COLOURS], badges.REFERRAL_COLOURS, self)
        under = QHBoxLayout()
        under.addWidget(legend, 1)
        under.addWidget(self.case_button)
        under.addWidget(self.open_button)
        self.list_view = QWidget(self)
        list_layout = QVBoxLayout(self.list_view)
        list_layout.setContentsMargins(0, 0, 0, 0)
        self.empty = EmptyState(self.table, "", self.tr("Show every referral"),
                                self._show_everything, self.list_view)
        list_layout.addWidget(self.empty, 1)
        list_layout.addLayout(under)
        self.model.rowsInserted.connect(self._count)  # a further page (``fetchMore``)
        self.detail = ReferralDetail(self.lang, self)
        self.detail.changed.connect(self._changed)
        self.detail.follow_up.connect(self._schedule)
        self.detail.open_case.connect(lambda case_id: self.open_requested.emit("case", case_id))
        scroll = QScrollArea(self)
        scroll.setWidget(self.detail)
        scroll.setWidgetResizable(True)
        self.back_button = QPushButton(self.tr("Back to the list"), self)
        self.back_button.setObjectName("referrals:back")
        self.back_button.clicked.connect(self.show_list)
        self.detail_view = QWidget(self)
        detail_layout = QVBoxLayout(self.detail_view)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        back_row = QHBoxLayout()
        back_row.addWidget(self.back_button)
        back_row.addStretch(1)
        detail_layout.addLayout(back_row)
        detail_layout.addWidget(scroll, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.detail_view)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc (not taken by a field or a list) goes back."""
        if event.key() == Qt.Key.Key_Escape:
            if self.stack.currentWidget() is self.detail_view:
                self.show_list()
                if not self.linked:
                    event.accept()
                    return
            self.linked = False
            event.ignore()  # the main window goes back to the page before
            return
        super().keyPressEvent(event)

    def title(self) -> str:
        return self.tr("Referrals")

    def set_vault(self, vault: Any) -> None:
        """List the referrals after login; ``None`` clears the list and the detail."""
        super().set_vault(vault)
        self.detail.set_vault(vault)
        self.memory.set_user(vault.actor.username if vault is not None else "")
        self.show_list()
        if vault is None:
            self.model.set_rows([])
            self.search.clear()
            self.count.clear()
        else:
            self.refresh()

    def before_lock(self) -> None:
        """Keep the unsaved note or feedback of the referral shown as a draft."""
        self.detail.before_lock()

    def refresh(self) -> None:
        """Reload the list, keeping the referral shown."""
        if self.vault is None:
            return
        shown = self.detail.referral_id()
        vault, status = self.vault, self.status.currentData()

        def next_page(last: Any) -> list[Any]:
            return referrals.list_referrals(vault, status=status, limit=PAGE,
                                            after=referrals.page_key(last))

        try:
            self._load(status)
        except UserError as exc:
            dialogs.show_error(self, exc)
            self.model.set_rows([])
        self._count()
        self._empty_text(status)
        self.open_button.setEnabled(self.model.rowCount() > 0)
        self.case_button.setEnabled(self.model.rowCount() > 0)
        if shown and self.stack.currentWidget() is self.detail_view:
            self.detail.show_referral(shown)  # it may have changed elsewhere
        elif not shown:
            self.detail.show_detail(None)

    def _load(self, status: str | None) -> None:
        """One status and no search: keyset pages as the list scrolls. "To do" or a search:
        at most ``SEARCHED`` referrals of each status read, then filtered here."""
        vault = self.vault
        words = self.search.text().strip().casefold().split()
        if status != "todo" and not words:
            def next_page(last: Any) -> list[Any]:
                return referrals.list_referrals(vault, status=status, limit=PAGE,
                                                after=referrals.page_key(last))

            self.model.set_pages(referrals.list_referrals(vault, status=status, limit=PAGE),
                                 next_page, PAGE)
            return
        codes = TODO if status == "todo" else (status,)
        read = [referrals.list_referrals(vault, status=code, limit=SEARCHED) for code in codes]
        rows = [r for part in read for r in part if all(w in self._haystack(r) for w in words)]
        if status == "todo":
            rows.sort(key=lambda r: (r.due_on, r.reference))
        self.model.set_rows(rows, complete=all(len(part) < SEARCHED for part in read))

    def _empty_text(self, status: str | None) -> None:
        """What the empty list says: nothing waiting, nothing found, or nothing yet."""
        filtered = status is not None or bool(self.search.text().strip())
        if self.search.text().strip():
            text = self.tr("No referral matches this search.")
        elif status == "todo":
            text = self.tr("No referral waiting: nothing to do here today.")
        elif status is not None:
            text = self.tr("No referral with this status.")
        else:
            text = self.tr("No referral yet. A referral is made from a case file, tab "
                           "Referrals: New referral…")
        self.empty.set_text(text, action_shown=filtered)

    def _show_everything(self) -> None:
        """Every referral: no search, every status."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        if self.status.currentIndex() == 0:
            self.refresh()
        else:
            self.status.setCurrentIndex(0)  # refreshes

    def _filter(self) -> None:
        """Show the rows matching the search box (reference, case, service, provider)."""
        self.refresh()

    def _haystack(self, row: Any) -> str:
        return " ".join((row.reference, row.case_number or "", row.provider_name or "",
                         labels.service_label(row.service_type, self.lang))).casefold()

    def show_list(self) -> None:
        """Back to the list (Esc), the referral shown still selected."""
        self.stack.setCurrentWidget(self.list_view)
        shown = self.detail.referral_id()
        row = self.model.row_of(shown) if shown else -1
        if row >= 0:
            self.table.selectRow(row)
        self.table.setFocus()

    def open_referral(self, referral_id: str) -> None:
        """Show one referral's detail (from the home page), whatever the filter."""
        if self.model.row_of(referral_id) < 0:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.status.setCurrentIndex(0)  # every status: refreshes
            self._filter()
        self.select(referral_id)
        self.linked = self.stack.currentWidget() is self.detail_view

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._open_row(rows[0].row() if rows else 0)

    def _open_case_of_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        if 0 <= row < self.model.rowCount():
            self.open_requested.emit("case", self.model.referral(row).case_id)

    def _open_row(self, row: int) -> None:
        self.linked = False
        if 0 <= row < self.model.rowCount():
            self.select(self.model.referral(row).id)

    def _count(self) -> None:
        shown = self.model.rowCount()
        if not self.model.complete:
            text = self.tr("at least {count} referrals")
        elif shown <= 1:  # French counts 0 and 1 in the singular
            text = self.tr("{count} referral")
        else:
            text = self.tr("{count} referrals")
        self.count.setText(text.format(count=shown))

    def select(self, referral_id: str) -> None:
        """Open one referral of the list: its detail in place of the list."""
        open_in_place(referral_id, self.model, self.table, self.detail, self.stack,
                      self.detail_view)

    def _changed(self, _referral_id: str) -> None:
        self.refresh()

    def _schedule(self, case_id: str, referral_id: str) -> None:
        detail = self.detail.detail
        about = detail.reference if detail is not None else ""
        if followup_actions.schedule(self, self.vault, case_id, referral_id, about):
            dialogs.inform(self, self.tr("Follow-up scheduled."))
