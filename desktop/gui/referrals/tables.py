"""What the directory and referral screens share: a row model over service objects, a
read-only single-selection table view, and the service-type check boxes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QTableView,
    QWidget,
)

from desktop.gui.referrals import labels

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows are the service's objects; subclasses give ``headers`` and ``cell``."""

    def __init__(self, lang: str, columns: tuple[str, ...], parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.columns = columns
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        """Replace every row (an empty list clears)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def item(self, row: int) -> Any:
        """The object shown on ``row``."""
        return self._rows[row]

    def row_of(self, item_id: str) -> int:
        """The row showing the object whose ``id`` is ``item_id``, or -1."""
        for row, item in enumerate(self._rows):
            if item.id == item_id:
                return row
        return -1

    def headers(self) -> dict[str, str]:
        """Column key → translated header."""
        raise NotImplementedError

    def cell(self, item: Any, column: str, role: int) -> Any:
        """What ``role`` shows for ``item`` in ``column`` (``None`` for nothing)."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) \
                or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.columns):
            return None
        return self.headers()[self.columns[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        return self.cell(self._rows[index.row()], self.columns[index.column()], role)


def row_table(parent: QWidget, name: str, model: QAbstractTableModel,
              stretch: int) -> QTableView:
    """A table showing ``model`` whole rows at a time; column ``stretch`` takes the room."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    model.modelReset.connect(table.resizeColumnsToContents)  # each column as wide as needed
    return table


def selected_item(table: QTableView, model: RowsModel) -> Any:
    """The object of the selected row, or ``None``."""
    rows = table.selectionModel().selectedRows()
    return model.item(rows[0].row()) if rows else None


def service_boxes(box: QGroupBox, lang: str, prefix: str) -> dict[str, QCheckBox]:
    """One check box per service type in ``box`` (two columns), named ``prefix:<code>``."""
    grid = QGridLayout(box)
    boxes: dict[str, QCheckBox] = {}
    for number, (code, text) in enumerate(labels.choices(labels.SERVICE_TYPES, lang)):
        check = QCheckBox(text, box)
        check.setObjectName(f"{prefix}:{code}")
        boxes[code] = check
        grid.addWidget(check, number // 2, number % 2)
    return boxes
