"""Tables that fit the window, and remember each person's column widths and sort.

``fit_columns`` sizes the columns of a table to their contents, then — when that is wider than
the table — narrows the "flexible" columns (long texts such as a GBV type or a provider's
name, cut with "…" and shown whole in the tooltip) so that every key column (status, due date,
next follow-up) stays in view at 1366×768 and 1280×720. ``TableMemory`` keeps the widths the
person set by hand and the sort column in ``prefs`` (per username and table; no case data).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView

from desktop.gui import prefs

MIN_FLEXIBLE = 90  # a flexible column never narrower than this…
MIN_SQUEEZED = 60  # …unless the list could not show every column whole otherwise
MAX_COLUMN = 320  # no column wider than this after sizing to contents


def _header(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTreeView):
        return view.header()
    assert isinstance(view, QTableView)
    return view.horizontalHeader()


def fit_columns(view: QAbstractItemView, flexible: list[int], *, available: int | None = None,
                contents: bool = True) -> None:
    """Size ``view``'s columns to their contents (at most ``MAX_COLUMN``), then narrow the
    ``flexible`` ones (widest first) until the columns fit the viewport."""
    header = _header(view)
    count = header.count()
    if contents:
        for column in range(count):
            if header.isSectionHidden(column):
                continue
            view.resizeColumnToContents(column)  # type: ignore[attr-defined]
            header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN))
    room = available if available is not None else view.viewport().width()
    if room <= 0:
        return
    shown = [c for c in range(count) if not header.isSectionHidden(c)]
    flex = [c for c in flexible if c in shown]
    fixed = sum(header.sectionSize(c) for c in shown if c not in flex)
    widths = {c: header.sectionSize(c) for c in flex}
    if not flex or fixed + sum(widths.values()) <= room:
        return
    # A flexible column keeps at least the floor; the last one its whole header (a list that
    # ends on a cut title looks cut off).
    floors = {c: min(widths[c], MIN_FLEXIBLE) for c in flex}
    if shown[-1] in floors:
        floors[shown[-1]] = min(widths[shown[-1]],
                                max(MIN_FLEXIBLE, header.sectionSizeHint(shown[-1])))

    def narrowed(cap: int) -> dict[int, int]:
        return {c: max(min(w, cap), floors[c]) for c, w in widths.items()}

    low = MIN_FLEXIBLE
    if fixed + sum(narrowed(low).values()) > room:  # squeeze more rather than cut the end
        low = MIN_SQUEEZED
        floors.update({c: min(widths[c], MIN_SQUEEZED) for c in flex if c != shown[-1]})
    # The widest cap on the flexible columns that lets everything fit (never below a floor).
    high = max(widths.values())
    while low < high:
        cap = (low + high + 1) // 2
        if fixed + sum(narrowed(cap).values()) <= room:
            low = cap
        else:
            high = cap - 1
    for column, width in narrowed(low).items():
        if width < widths[column]:
            header.resizeSection(column, width)


class TableMemory(QObject):
    """Remembers the widths the person gave the columns and the sort, per username.

    ``keys()`` names the columns shown now (they change with the role or "show names"), so a
    width follows its column. Widths are saved when the person drags a column border; the sort
    when they click a header.
    """

    def __init__(self, view: QAbstractItemView, name: str, keys: Callable[[], list[str]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent or view)
        self.view = view
        self.name = name
        self.keys = keys
        self.username = ""
        self._restoring = False
        header = _header(view)
        header.sectionResized.connect(self._resized)
        header.sortIndicatorChanged.connect(self._sorted)

    def set_user(self, username: str) -> None:
        """Whose widths and sort these are ("" after the lock: nothing is saved)."""
        self.username = username

    def _state(self) -> dict[str, Any]:
        return prefs.table_state(self.username, self.name) if self.username else {}

    def _save(self, state: dict[str, Any]) -> None:
        if self.username:
            prefs.set_table_state(self.username, self.name, state)

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._restoring or not self.username:
            return
        if not (self.view.isVisible() and _header(self.view).underMouse()):
            return  # only what the person drags, not the automatic sizing
        keys = self.keys()
        if 0 <= column < len(keys):
            state = self._state()
            state.setdefault("widths", {})[keys[column]] = new
            self._save(state)

    def _sorted(self, column: int, order: Qt.SortOrder) -> None:
        if self._restoring or not self.username:
            return
        keys = self.keys()
        if 0 <= column < len(keys):
            state = self._state()
            state["sort"] = [keys[column], order == Qt.SortOrder.DescendingOrder]
            self._save(state)

    def saved_sort(self) -> tuple[str, bool] | None:
        """The column key and "descending" the person sorted by last, or ``None``."""
        sort = self._state().get("sort")
        if isinstance(sort, list) and len(sort) == 2:
            return str(sort[0]), bool(sort[1])
        return None

    def restore_widths(self) -> None:
        """Give the columns the widths the person set (after the automatic sizing)."""
        widths = self._state().get("widths", {})
        if not isinstance(widths, dict):
            return
        header = _header(self.view)
        self._restoring = True
        try:
            for column, key in enumerate(self.keys()):
                width = widths.get(key)
                if isinstance(width, int) and 20 <= width <= 2000:
                    header.resizeSection(column, width)
        finally:
            self._restoring = False

    def restore_sort(self) -> None:
        """Sort as the person sorted last (through the view, so the model sorts)."""
        sort = self.saved_sort()
        keys = self.keys()
        if sort is None or sort[0] not in keys:
            return
        order = Qt.SortOrder.DescendingOrder if sort[1] else Qt.SortOrder.AscendingOrder
        self._restoring = True
        try:
            self.view.sortByColumn(keys.index(sort[0]), order)  # type: ignore[attr-defined]
        finally:
            self._restoring = False


class FittedColumns(QObject):
    """Keeps a view's columns fitted: sized to contents, the person's widths applied, then the
    flexible columns narrowed so that every column stays in view; again on each resize."""

    def __init__(self, view: QAbstractItemView, flexible: Callable[[], list[int]],
                 memory: TableMemory | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.flexible = flexible
        self.memory = memory
        self._widths: list[int] = []  # the widths fitted lately (a scroll bar coming and
        self._fitting = False  # going must not make the sizing go round in circles)
        view.viewport().installEventFilter(self)

    def fit(self) -> None:
        """Size, restore, narrow (call after the rows changed)."""
        if self._fitting:
            return
        self._fitting = True
        try:
            fit_columns(self.view, [], available=10**6)  # contents only
            if self.memory is not None:
                self.memory.restore_widths()
            fit_columns(self.view, self.flexible(), contents=False)
        finally:
            self._fitting = False
        self._widths = [self.view.viewport().width()]

    def eventFilter(self, watched: QObject, event: Any) -> bool:
        if (event.type() == event.Type.Resize and watched is self.view.viewport()
                and self.view.isVisible() and not self._fitting):
            width = self.view.viewport().width()
            if width not in self._widths:
                widths = [*self._widths, width][-3:]
                self.fit()
                self._widths = widths
        return False
