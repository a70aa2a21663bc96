"""One section of the home page: a heading with its count, a list whose rows open in one
click or with Enter, and a sentence when there is nothing in it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui import badges
from desktop.gui.table_fit import FittedColumns

KIND_ROLE = int(Qt.ItemDataRole.UserRole)
TARGET_ROLE = int(Qt.ItemDataRole.UserRole) + 1


def show_day(value: date | None) -> str:
    """A date as the screens show it (dd/mm/yyyy)."""
    return value.strftime("%d/%m/%Y") if value else ""


class RowList(QTreeWidget):
    """The rows of a section; ``open_requested(kind, target)`` on a click or Enter."""

    open_requested = Signal(str, str)

    def __init__(self, name: str, headers: list[str], flexible: list[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setHeaderLabels(headers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header().setStretchLastSection(True)
        self.fitted = FittedColumns(self, lambda: flexible)
        self.itemClicked.connect(self._open)
        self.itemActivated.connect(self._open)  # Enter (and double-click)

    def add_row(self, cells: list[str], kind: str, target: str, *, late: bool = False,
                tips: dict[int, str] | None = None) -> QTreeWidgetItem:
        """One row; ``late`` shows its second column in red."""
        item = QTreeWidgetItem(cells)
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, TARGET_ROLE, target)
        for column, text in enumerate(cells):
            item.setToolTip(column, (tips or {}).get(column, text))
        if late:
            item.setForeground(1, QColor(badges.LATE_COLOUR))
        self.addTopLevelItem(item)
        return item

    def done_adding(self) -> None:
        """Fit the columns to what was added (the first row current, for the keyboard)."""
        self.fitted.fit()
        first = self.topLevelItem(0)
        if first is not None:
            self.setCurrentItem(first, 0, self.selectionModel().SelectionFlag.NoUpdate)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._open(self.currentItem())
            return
        super().keyPressEvent(event)

    def _open(self, item: QTreeWidgetItem | None, _column: int = 0) -> None:
        if item is not None:
            self.open_requested.emit(str(item.data(0, KIND_ROLE)),
                                     str(item.data(0, TARGET_ROLE) or ""))


class Section(QWidget):
    """A heading "Title (n)", the list, and ``empty_text`` when there is nothing."""

    def __init__(self, name: str, title: str, empty_text: str, headers: list[str],
                 flexible: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"today:{name}")
        self.title = title
        self.heading = QLabel(self)
        self.heading.setObjectName(f"today:{name}:heading")
        self.list = RowList(f"today:{name}:list", headers, flexible, self)
        self.empty = QLabel(empty_text, self)
        self.empty.setObjectName(f"today:{name}:empty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555555; padding: 4px 0 10px 0;")
        self.more = QLabel(self)
        self.more.setObjectName(f"today:{name}:more")
        self.more.setStyleSheet("color: #555555;")
        for label in (self.heading, self.empty, self.more):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(self.heading)
        self.box.addWidget(self.list, 1)
        self.box.addWidget(self.empty)
        self.box.addWidget(self.more)
        self.box.addStretch(0)  # takes the room of an empty list
        self.show_count(0, 0)

    def clear(self) -> None:
        """No rows (on lock)."""
        self.list.clear()
        self.show_count(0, 0)

    def show_count(self, shown: int, total: int) -> None:
        """Heading with the total; the list or the empty sentence; "n more" when cut."""
        self.heading.setText(self.tr("<b>{title}</b> ({count})").format(
            title=self.title, count=total))
        self.list.setVisible(total > 0)
        self.empty.setVisible(total == 0)
        self.box.setStretch(self.box.count() - 1, 0 if total else 1)
        self.more.setVisible(total > shown)
        self.more.setText(self.tr("The {shown} oldest are shown, of {total}.").format(
            shown=shown, total=total))
        self.list.done_adding()

    def count(self) -> int:
        """How many rows the list holds."""
        return self.list.topLevelItemCount()

    def row_targets(self) -> list[tuple[str, str]]:
        """``(kind, target)`` of each row (for tests)."""
        items = [self.list.topLevelItem(i) for i in range(self.count())]
        return [(str(item.data(0, KIND_ROLE)), str(item.data(0, TARGET_ROLE) or ""))
                for item in items if item is not None]


def cells_late(due: date | None, days_late: int, today: date) -> tuple[str, bool]:
    """The "how late" cell: "n days late", "Due today", or "" (and whether it is late)."""
    if due is None:
        return "", False
    return badges.due_text((due - today).days), days_late > 0

