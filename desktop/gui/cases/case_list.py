"""The case list: filters, search, "show names" for allowed roles, and the lazy table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.i18n import current_language
from desktop.core.services.accounts import staff as accounts
from desktop.core.services.accounts.permissions import Permission, can, is_admin_role
from desktop.core.services.cases import case_list as cases
from desktop.gui import badges, dialogs
from desktop.gui.badges import BadgeDelegate, Legend
from desktop.gui.cases import case_text as ct
from desktop.gui.cases import catalogue_view as cv
from desktop.gui.cases.list_model import CaseListModel
from desktop.gui.empty_state import EmptyState
from desktop.gui.table_fit import FittedColumns, TableMemory

PRECISION = 40  # rows looked at to size the columns (never the whole list)


class CaseListView(QWidget):
    """Lists the cases the person may see; ``open_requested(case_id)`` on double-click."""

    open_requested = Signal(str)
    new_intake_requested = Signal()  # the empty list's *New intake…*

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.lang = lang or current_language()
        self.vault: Any = None
        self.model = CaseListModel(self, self.lang)
        self._sized = False
        self._build()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(9)
        combo.currentIndexChanged.connect(self.apply)
        return combo

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("cases:search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Case number or survivor code"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply)
        self.search.textChanged.connect(self._search_timer.start)
        self.status = self._combo("cases:status")
        self.step = self._combo("cases:step")
        self.gbv = self._combo("cases:gbv_type")
        self.sea = self._combo("cases:sea")
        self.worker = self._combo("cases:caseworker")
        self.overdue = QCheckBox(self.tr("Follow-up overdue"), self)
        self.overdue.setObjectName("cases:overdue")
        self.overdue.toggled.connect(self.apply)
        self.names = QCheckBox(self.tr("Show names"), self)
        self.names.setObjectName("cases:show_names")
        self.names.toggled.connect(self._toggle_names)
        self.count = QLabel(self)
        self.count.setObjectName("cases:count")
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(QLabel(self.tr("Show"), self))
        top.addWidget(self.status)
        top.addWidget(self.names)
        top.addWidget(self.count)
        filters = QHBoxLayout()
        for caption, widget in ((self.tr("Step"), self.step), (self.tr("GBV type"), self.gbv),
                                (self.tr("SEA"), self.sea),
                                (self.tr("Case worker"), self.worker)):
            label = QLabel(caption, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
            if widget is self.worker:
                self.worker_label = label
        filters.addWidget(self.overdue)
        filters.addStretch(1)
        self.table = QTableView(self)
        self.table.setObjectName("cases:table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)  # a narrowed header
        # keeps its first words
        self.table.horizontalHeader().setResizeContentsPrecision(PRECISION)
        self.table.horizontalHeader().setSortIndicator(-1, self.table.horizontalHeader()
                                                       .sortIndicatorOrder())
        self.table.activated.connect(self._double_clicked)  # double-click or Enter
        self.table.setItemDelegate(BadgeDelegate(badges.CASE_COLOURS, self.table))
        self.memory = TableMemory(self.table, "cases", self.model.column_keys)
        self.fitted = FittedColumns(self.table, self.model.flexible, self.memory)
        self.model.modelReset.connect(self._after_reset)
        self.legend = Legend([(code, ct.status_label(code)) for code in badges.CASE_COLOURS],
                             badges.CASE_COLOURS, self)
        self.model.rowsInserted.connect(self._after_reset)  # more counted (``fetchMore``)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        self.empty = EmptyState(self.table, "", self.tr("New intake…"), self._empty_action,
                                self)
        self._reset_filters_next = False
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.legend)
        self._fill_filters()

    def _fill_filters(self) -> None:
        for combo in (self.status, self.step, self.gbv, self.sea, self.worker):
            combo.blockSignals(True)
            combo.clear()
        self.status.addItem(self.tr("Open cases"), "open")  # the to-do list by default
        self.status.addItem(self.tr("Closure requested"), "closure_requested")
        self.status.addItem(self.tr("Closed cases"), "closed")
        self.status.addItem(self.tr("All cases"), None)
        for combo in (self.step, self.gbv, self.sea, self.worker):
            combo.addItem(self.tr("All"), None)
        for number in range(1, 7):
            self.step.addItem(cv.step_label(number, self.lang), number)
        for code, label in cv.gbv_types(self.lang):
            self.gbv.addItem(label, code)
        self.sea.addItem(self.tr("SEA only"), True)
        self.sea.addItem(self.tr("Without SEA"), False)
        if self.vault is not None and can(self.vault.actor, Permission.SEE_ALL_SITE_CASES):
            me = self.vault.actor.staff_id
            for person in accounts.list_staff(self.vault):
                if not is_admin_role(person.role) or person.staff_id == me:
                    self.worker.addItem(person.full_name or person.username, person.staff_id)
        for combo in (self.status, self.step, self.gbv, self.sea, self.worker):
            combo.blockSignals(False)

    # -- vault -----------------------------------------------------------------------------
    def set_vault(self, vault: Any) -> None:
        """Show ``vault``'s cases; ``None`` (lock) empties the list and the filters."""
        self.vault = vault
        actor = vault.actor if vault is not None else None
        allowed = can(actor, Permission.SEE_NAMES_IN_LISTS)
        self.names.blockSignals(True)
        self.names.setChecked(False)
        self.names.blockSignals(False)
        self.names.setVisible(allowed)
        self.worker.setVisible(can(actor, Permission.SEE_ALL_SITE_CASES))
        self.worker_label.setVisible(can(actor, Permission.SEE_ALL_SITE_CASES))
        self.model.show_caseworker = can(actor, Permission.SEE_ALL_SITE_CASES)
        self.memory.set_user(actor.username if actor is not None else "")
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.search.setPlaceholderText(
            self.tr("Case number, survivor code or name") if allowed
            else self.tr("Case number or survivor code"))
        self.overdue.blockSignals(True)
        self.overdue.setChecked(False)
        self.overdue.blockSignals(False)
        self._fill_filters()
        self.model.show_names = False
        self._sized = False
        self.model.query = self._saved_sort(self.query())
        self.model.set_vault(vault)
        self._show_sort()

    def _saved_sort(self, query: Any) -> Any:
        """The query sorted as this person sorted the list last."""
        sort = self.memory.saved_sort()
        if sort is None or sort[0] not in cases.SORT_KEYS:
            return query
        return ct.with_sort(query, sort[0], sort[1])

    def _show_sort(self) -> None:
        header = self.table.horizontalHeader()
        keys = self.model.column_keys()
        sort = self.model.query.sort
        header.blockSignals(True)
        if sort in keys:
            order = (Qt.SortOrder.DescendingOrder if self.model.query.descending
                     else Qt.SortOrder.AscendingOrder)
            header.setSortIndicator(keys.index(sort), order)
        header.blockSignals(False)

    def show_overdue_of(self, staff_id: str) -> None:
        """Open cases of one case worker with a follow-up overdue (from the home page)."""
        if self.vault is None:
            return
        for combo, value in ((self.status, "open"), (self.worker, staff_id)):
            index = combo.findData(value)
            if index >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
        self.overdue.blockSignals(True)
        self.overdue.setChecked(True)
        self.overdue.blockSignals(False)
        self.apply()

    def query(self) -> Any:
        """The ``CaseQuery`` the filters and the search box describe."""
        return ct.make_query(
            status=self.status.currentData(), step=self.step.currentData(),
            gbv_type=self.gbv.currentData(),
            sea=self.sea.currentData(), caseworker_id=self.worker.currentData(),
            overdue_followup=self.overdue.isChecked(), text=self.search.text().strip(),
            previous=self.model.query)

    def apply(self) -> None:
        """Run the query again with the current filters."""
        if self.vault is None:
            return
        self.model.set_query(self.query())

    def refresh(self) -> None:
        """Reload (after a change elsewhere)."""
        if self.vault is not None:
            self.model.reload()

    def _after_reset(self) -> None:
        total = self.model.rowCount()
        if total and not self._sized:
            self.fitted.fit()
            self._sized = True
        shown = (self.tr("%n case(s)", "", total) if self.model.complete
                 else self.tr("at least %n case(s)", "", total))
        if self.vault is not None and cases.listed_by_name_index(self.vault, self.model.query):
            shown = f"{shown} — " + (  # a name search lists in the name index's order
                self.tr("names found: most recently registered first")
                if self.model.query.descending else self.tr("names found: first registered first"))
        self.count.setText(shown if self.vault is not None else "")
        self._empty_text()

    def _filtered(self) -> bool:
        """True when a filter other than the status (or the search box) narrows the list."""
        return bool(self.search.text().strip()) or self.overdue.isChecked() or any(
            combo.currentData() is not None
            for combo in (self.step, self.gbv, self.sea, self.worker))

    def _empty_text(self) -> None:
        """What the empty list says, and what its button does: show every case again when
        filters hide them, else start a new intake."""
        status = self.status.currentData()
        self._reset_filters_next = self._filtered() or status not in ("open", None)
        if self._filtered():
            text = self.tr("No case matches these filters.")
        elif status == "open":
            text = self.tr("No open case for now: a case starts with an intake.")
        elif status is None:
            text = self.tr("No case yet: a case starts with an intake.")
        else:
            text = self.tr("No case in this list.")
        self.empty.set_text(text, self.tr("Show all cases") if self._reset_filters_next
                            else self.tr("New intake…"), self.vault is not None)

    def _empty_action(self) -> None:
        if not self._reset_filters_next:
            self.new_intake_requested.emit()
            return
        for combo in (self.status, self.step, self.gbv, self.sea, self.worker):
            combo.blockSignals(True)
            combo.setCurrentIndex(next((i for i in range(combo.count())
                                        if combo.itemData(i) is None), 0))
            combo.blockSignals(False)
        for widget in (self.search, self.overdue):
            widget.blockSignals(True)
        self.search.clear()
        self.overdue.setChecked(False)
        for widget in (self.search, self.overdue):
            widget.blockSignals(False)
        self.apply()

    def _toggle_names(self, show: bool) -> None:
        self._sized = False
        try:
            self.model.set_show_names(show)
        except UserError as exc:
            self.names.blockSignals(True)
            self.names.setChecked(False)
            self.names.blockSignals(False)
            dialogs.show_error(self, exc)

    def _double_clicked(self, index: Any) -> None:
        case_id = self.model.case_id(index.row())
        if case_id:
            self.open_requested.emit(case_id)


__all__ = ["CaseListView", "cases"]
