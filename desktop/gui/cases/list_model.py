"""A lazy table model over case ids: rows are fetched a page at a time when displayed.

For each query (filter, search, sort) ``cases.first_page`` gives the ids of the first page,
read with LIMIT from an index, and the number of cases counted up to ``COUNT_STEP`` (beyond it
the list says "at least"): the first screen never reads or counts every case. Scrolling to the
end of the rows counted so far asks for the next step (Qt's ``fetchMore``: a count bounded by
the rows shown plus ``COUNT_STEP``). A page of ids is read by offset
(``cases.case_ids(offset=, limit=)``) when the view shows it, with its rows from
``cases.case_rows``; only the last few pages are kept. So a million cases cost two small queries
for the first screen and one or two small queries per page shown, and memory stays bounded
whatever the number of cases.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.core.services.cases import case_list as cases
from desktop.gui import badges
from desktop.gui.badges import BADGE_ROLE
from desktop.gui.cases import case_text as ct
from desktop.gui.cases import catalogue_view as cv

PAGE = 100
OVERDUE_COLOUR = "#b00020"
KEPT_PAGES = 20
COUNT_STEP = cases.COUNT_LIMIT  # rows counted at first, and added by each ``fetchMore``
Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for ``pyside6-lupdate`` (it looks for ``QT_TRANSLATE_NOOP``)."""
    return text




@dataclass(frozen=True)
class Column:
    """One column: the ``CaseRow`` attribute (also the service's sort key) and its header."""

    attr: str
    header: str  # English source, translated when shown
    identifying: bool = False
    flexible: bool = False  # long text: narrowed (cut with "…") so the key columns fit


def _columns() -> list[Column]:
    return [
        Column("case_number", QT_TRANSLATE_NOOP("CaseListModel", "Case number")),
        Column("survivor_code", QT_TRANSLATE_NOOP("CaseListModel", "Survivor code"),
               flexible=True),
        Column("name", QT_TRANSLATE_NOOP("CaseListModel", "Name"), identifying=True,
               flexible=True),
        Column("status", QT_TRANSLATE_NOOP("CaseListModel", "Status")),
        Column("next_followup", QT_TRANSLATE_NOOP("CaseListModel", "Next follow-up")),
        Column("safety_risk", QT_TRANSLATE_NOOP("CaseListModel", "Safety")),
        Column("step", QT_TRANSLATE_NOOP("CaseListModel", "Step"), flexible=True),
        Column("gbv_type", QT_TRANSLATE_NOOP("CaseListModel", "GBV type"), flexible=True),
        Column("sea", QT_TRANSLATE_NOOP("CaseListModel", "SEA")),
        Column("date_of_interview", QT_TRANSLATE_NOOP("CaseListModel", "Interview")),
        Column("caseworker", QT_TRANSLATE_NOOP("CaseListModel", "Case worker"),
               flexible=True),
    ]


class CaseListModel(QAbstractTableModel):
    """The cases a person may see, for one query; ``case_id(row)`` gives the id."""

    def __init__(self, parent: Any = None, lang: str = "fr") -> None:
        super().__init__(parent)
        self.lang = lang
        self.vault: Any = None
        self.query: Any = cases.CaseQuery()
        self.show_names = False
        self.show_caseworker = True  # not for a case worker: they are all hers
        self.today = date.today()
        self.ids: list[str] = []  # the first page's ids
        self.total = 0  # rows counted so far
        self.complete = True  # ``total`` is every case of the query (not "at least")
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._id_pages: OrderedDict[int, list[str]] = OrderedDict()
        self.columns = self._visible_columns()
        self.fetches = 0  # pages fetched (tests check the model stays lazy)

    # -- state -----------------------------------------------------------------------------
    def _visible_columns(self) -> list[Column]:
        return [c for c in _columns() if (self.show_names or not c.identifying)
                and (self.show_caseworker or c.attr != "caseworker")]

    def column_keys(self) -> list[str]:
        """The attributes of the columns shown, in order."""
        return [c.attr for c in self.columns]

    def flexible(self) -> list[int]:
        """The columns that may be narrowed to fit."""
        return [i for i, c in enumerate(self.columns) if c.flexible]

    def set_vault(self, vault: Any) -> None:
        """Show the cases visible to ``vault``'s actor (``None``: show nothing)."""
        self.vault = vault
        if vault is None:
            self.show_names = False
            self.query = cases.CaseQuery()
        self.reload()

    def set_query(self, query: Any) -> None:
        """Filter, search or sort again."""
        self.query = query
        self.reload()

    def set_show_names(self, show: bool) -> None:
        """Show or hide the survivor name column (the service refuses roles not allowed and
        audits each showing)."""
        if show and self.vault is not None:
            cases.reveal_names(self.vault)
        self.show_names = show
        self.reload()

    def reload(self) -> None:
        """Ask the service for the first page again; forget every cached row."""
        self.beginResetModel()
        self.today = date.today()
        self.columns = self._visible_columns()
        self._pages.clear()
        self._id_pages.clear()
        page = (cases.first_page(self.vault, self.query, PAGE, count_limit=COUNT_STEP)
                if self.vault else None)
        self.total, self.ids = (page.total, list(page.ids)) if page else (0, [])
        self.complete = page.exact if page else True
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """More cases than counted so far (the view asks when scrolled to the end)."""
        return not parent.isValid() and self.vault is not None and not self.complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Count up to ``COUNT_STEP`` cases more and add their rows."""
        if not self.canFetchMore(parent):
            return
        limit = self.total + COUNT_STEP
        found = cases.count(self.vault, self.query, limit=limit)
        self.complete = found < limit
        if found > self.total:
            self.beginInsertRows(QModelIndex(), self.total, found - 1)
            self.total = found
            self.endInsertRows()

    def case_id(self, row: int) -> str | None:
        """The id of the case in ``row``."""
        if not 0 <= row < self.total:
            return None
        ids = self._page_ids(row // PAGE)
        offset = row % PAGE
        return ids[offset] if offset < len(ids) else None

    def _page_ids(self, page: int) -> list[str]:
        if page == 0:
            return self.ids
        ids = self._id_pages.get(page)
        if ids is None:
            ids = cases.case_ids(self.vault, self.query, offset=page * PAGE, limit=PAGE)
            self._id_pages[page] = ids
            while len(self._id_pages) > KEPT_PAGES:
                self._id_pages.popitem(last=False)
        else:
            self._id_pages.move_to_end(page)
        return ids

    def row_of(self, row: int) -> Any:
        """The ``CaseRow`` shown in ``row`` (fetched with its page if needed)."""
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            chunk = self._page_ids(page)
            rows = list(cases.case_rows(self.vault, chunk, with_names=self.show_names))
            self.fetches += 1
            self._pages[page] = rows
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        offset = row - page * PAGE
        return rows[offset] if offset < len(rows) else None

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return translate("CaseListModel", self.columns[section].header)
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.vault is None:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.UserRole, Qt.ItemDataRole.ForegroundRole,
                        BADGE_ROLE):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self.case_id(index.row())
        row = self.row_of(index.row())
        if row is None:
            return None
        column = self.columns[index.column()]
        if role == BADGE_ROLE:
            return getattr(row, "status", None) if column.attr == "status" else None
        if role == Qt.ItemDataRole.ForegroundRole:
            late = column.attr == "next_followup" and getattr(row, "overdue", False)
            high = column.attr == "safety_risk" and getattr(row, "safety_risk", None) == "high"
            return QColor(OVERDUE_COLOUR) if late or high else None
        if column.attr == "next_followup":
            return self._next_followup(row)
        return self._text(column.attr, getattr(row, column.attr, None))

    def _next_followup(self, row: Any) -> str:
        """The date, and "n days late" when the follow-up is overdue."""
        due = getattr(row, "next_followup", None)
        if not isinstance(due, date):
            return ""
        late = badges.days_late((self.today - due).days) if getattr(row, "overdue", False) \
            else ""
        return f"{due.strftime('%d/%m/%Y')} — {late}" if late else due.strftime("%d/%m/%Y")

    def _text(self, attr: str, value: Any) -> str:
        if value is None or value == "":
            return ""
        if attr == "gbv_type":
            return cv.gbv_label(value, self.lang)
        if attr == "step":
            return cv.step_label(int(value), self.lang)
        if attr == "status":
            return ct.status_label(str(value))
        if attr == "sea":
            return translate("CaseListModel", "SEA") if value else ""
        if attr == "safety_risk":  # a badge for a high risk; the level in words otherwise
            label = cv.choice_label("safety_risk", str(value), self.lang)
            return f"⚠ {label}" if value == "high" else label
        if isinstance(value, date):
            return value.strftime("%d/%m/%Y")
        return str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column: the service orders the ids (over every case, not one page)."""
        if not 0 <= column < len(self.columns):
            return
        if self.columns[column].attr not in cases.SORT_KEYS:  # the safety badge: not sorted
            return  # (no index orders levels; the list keeps its order)
        self.query = ct.with_sort(self.query, self.columns[column].attr,
                                  order == Qt.SortOrder.DescendingOrder)
        self.reload()
