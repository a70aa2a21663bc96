"""The Follow-ups page: what is due today and what is overdue, for me or (supervisors) the
whole site; mark one done with its outcome."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.i18n import current_language
from desktop.core.services.accounts.permissions import Permission, can
from desktop.core.services.referrals import followups
from desktop.gui import badges, dialogs
from desktop.gui.empty_state import EmptyState
from desktop.gui.followups import actions
from desktop.gui.page import Page
from desktop.gui.referrals.new_referral import show_day
from desktop.gui.table_fit import FittedColumns

CASE_ROLE = int(Qt.ItemDataRole.UserRole) + 1
REFERRAL_ROLE = int(Qt.ItemDataRole.UserRole) + 2

SHOWN = 500  # follow-ups listed at most in each list (the oldest first)


def _shown_count(rows: list[Any]) -> str:
    """``12``, or ``500+`` when there are more than ``SHOWN``."""
    return f"{SHOWN}+" if len(rows) > SHOWN else str(len(rows))


class FollowUpList(QTreeWidget):
    """Follow-ups with due date, how late, case, referral, purpose and who (that last column
    only when it is not always the person herself)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setHeaderLabels([self.tr("Due on"), self.tr("Late"), self.tr("Case"),
                              self.tr("Referral"), self.tr("Purpose"),
                              self.tr("Assigned to")])
        self.fitted = FittedColumns(self, lambda: [4, 5])

    def show_rows(self, rows: list[Any], today: date | None = None) -> None:
        """Show follow-up rows (an empty list clears)."""
        self.clear()
        day = today or date.today()
        for row in rows:
            late = badges.due_text((row.due_on - day).days)
            item = QTreeWidgetItem([show_day(row.due_on), late, row.case_number or "",
                                    row.referral_reference or "", row.purpose or "",
                                    row.assigned_to_name or ""])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            item.setData(0, CASE_ROLE, row.case_id)
            item.setData(0, REFERRAL_ROLE, row.referral_id)
            item.setToolTip(4, row.purpose or "")
            if row.due_on < day:
                item.setForeground(1, QColor(badges.LATE_COLOUR))
            self.addTopLevelItem(item)
        self.fitted.fit()

    def case_of(self, item: QTreeWidgetItem | None) -> str:
        """The case of a row ("" for none)."""
        return str(item.data(0, CASE_ROLE) or "") if item is not None else ""

    def referral_of(self, item: QTreeWidgetItem | None) -> str:
        """The referral of a row ("" for a follow-up of the case itself)."""
        return str(item.data(0, REFERRAL_ROLE) or "") if item is not None else ""

    def selected_id(self) -> str | None:
        """The follow-up selected, or ``None``."""
        items = self.selectedItems()
        item = items[0] if items else None
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def about(self) -> str:
        """A short description of the selected follow-up (case number and due date)."""
        items = self.selectedItems()
        return f"{items[0].text(2)} — {items[0].text(0)}" if items else ""


class FollowUpsPage(Page):
    """Registered in ``desktop.gui.pages`` as ``followups``. Enter, a double-click or *Open
    the case file* opens a follow-up's case, *Open the referral* its referral
    (``open_requested``, opened by the main window); Esc goes back to the page before (the
    main window's)."""

    open_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.lang = lang or current_language()
        self.scope = QComboBox(self)
        self.scope.setObjectName("followups:scope")
        self.scope.addItem(self.tr("My follow-ups"), "mine")
        self.scope.addItem(self.tr("Whole site"), "site")
        self.scope.currentIndexChanged.connect(self.refresh)
        self.today_label = QLabel(self)
        self.overdue_label = QLabel(self)
        self.overdue_label.setStyleSheet("color: #b00020;")
        self.today = FollowUpList("followups:today", self)
        self.overdue = FollowUpList("followups:overdue", self)
        for tree, other in ((self.today, self.overdue), (self.overdue, self.today)):
            tree.itemSelectionChanged.connect(self._update_buttons)
            tree.itemPressed.connect(lambda *_, other=other: other.clearSelection())
            tree.itemActivated.connect(
                lambda item, _col, tree=tree: self._open_case(tree.case_of(item)))
        self.done_button = QPushButton(self.tr("Mark done…"), self)
        self.done_button.setObjectName("followups:mark_done")
        self.done_button.clicked.connect(self.mark_done)
        self.case_button = QPushButton(self.tr("Open the case file"), self)
        self.case_button.setObjectName("followups:open_case")
        self.case_button.clicked.connect(self._open_selected_case)
        self.referral_button = QPushButton(self.tr("Open the referral"), self)
        self.referral_button.setObjectName("followups:open_referral")
        self.referral_button.clicked.connect(self._open_selected_referral)
        self.today_empty = EmptyState(self.today, self.tr("Nothing due today."),
                                      parent=self, compact=True)
        self.overdue_empty = EmptyState(self.overdue, self.tr("No follow-up overdue."),
                                        parent=self, compact=True)
        self.search = QLineEdit(self)
        self.search.setObjectName("followups:search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Case number, referral, purpose or person"))
        self.search.textChanged.connect(self._filter)
        self.rows: tuple[list[Any], list[Any]] = ([], [])
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Follow-ups</b>"), self))
        top.addWidget(self.search, 1)
        top.addWidget(self.scope)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.case_button)
        bottom.addWidget(self.referral_button)
        bottom.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.today_label)
        layout.addWidget(self.today_empty, 1)
        layout.addWidget(self.overdue_label)
        layout.addWidget(self.overdue_empty, 1)
        layout.addLayout(bottom)
        self.set_vault(None)

    def title(self) -> str:
        return self.tr("Follow-ups")

    def set_vault(self, vault: Any) -> None:
        """List my follow-ups after login; ``None`` clears both lists."""
        super().set_vault(vault)
        supervisor = vault is not None and can(vault.actor, Permission.SEE_ALL_SITE_CASES)
        self.scope.setVisible(supervisor)
        self.scope.blockSignals(True)  # a supervisor starts with the whole site
        self.scope.setCurrentIndex(self.scope.findData("site" if supervisor else "mine"))
        self.scope.blockSignals(False)
        for tree in (self.today, self.overdue):
            tree.setColumnHidden(5, not supervisor)  # a case worker's are all hers
        if vault is None:
            self.rows = ([], [])
            self.search.clear()
            self.today.show_rows([])
            self.overdue.show_rows([])
            self._counts(0, 0)
            self._update_buttons()
        else:
            self.refresh()

    def refresh(self) -> None:
        """Reload due-today and overdue follow-ups from the service."""
        if self.vault is None:
            return
        scope = self.scope.currentData()
        try:  # one more than shown: to know there are more (a bounded read, never them all)
            today = followups.due_today(self.vault, scope=scope, limit=SHOWN + 1)
            late = followups.overdue(self.vault, scope=scope, limit=SHOWN + 1)
        except UserError as exc:
            dialogs.show_error(self, exc)
            today, late = [], []
        self.rows = (today, late)
        self._filter()

    def _filter(self) -> None:
        """Show the rows matching the search box."""
        words = self.search.text().strip().casefold().split()

        def matches(row: Any) -> bool:
            text = " ".join((row.case_number or "", row.referral_reference or "",
                             row.purpose or "", row.assigned_to_name or "")).casefold()
            return all(word in text for word in words)

        today = [r for r in self.rows[0] if matches(r)]
        late = [r for r in self.rows[1] if matches(r)]
        self.today.show_rows(today[:SHOWN])
        self.overdue.show_rows(late[:SHOWN])
        self._counts(_shown_count(today), _shown_count(late))
        self._update_buttons()

    def _open_case(self, case_id: str) -> None:
        if case_id:
            self.open_requested.emit("case", case_id)

    def _selected_item(self) -> QTreeWidgetItem | None:
        tree = self._current()
        items = tree.selectedItems() if tree is not None else []
        return items[0] if items else None

    def _open_selected_case(self) -> None:
        tree = self._current()
        if tree is not None:
            self._open_case(tree.case_of(self._selected_item()))

    def _open_selected_referral(self) -> None:
        tree = self._current()
        referral_id = tree.referral_of(self._selected_item()) if tree is not None else ""
        if referral_id:
            self.open_requested.emit("referral", referral_id)

    def _counts(self, today: int | str, late: int | str) -> None:
        self.today_label.setText(self.tr("<b>Due today</b> ({count})").format(count=today))
        self.overdue_label.setText(self.tr("<b>Overdue</b> ({count})").format(count=late))

    def _current(self) -> FollowUpList | None:
        for tree in (self.today, self.overdue):
            if tree.selectedItems():
                return tree
        return None

    def _update_buttons(self) -> None:
        current = self._current()
        chosen = self.vault is not None and current is not None
        self.done_button.setEnabled(chosen)
        self.case_button.setEnabled(chosen)
        self.referral_button.setEnabled(
            chosen and current is not None and bool(current.referral_of(self._selected_item())))

    def mark_done(self) -> None:
        """Record the outcome of the selected follow-up."""
        tree = self._current()
        if tree is None or self.vault is None:
            return
        follow_up_id = tree.selected_id()
        if follow_up_id and actions.mark_done(self, self.vault, follow_up_id, tree.about()):
            self.refresh()
