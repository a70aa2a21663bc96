"""The intake's outline: one entry per step (a catalogue section) with its progress.

Each entry says how many fields are filled and what is left: the fields still to complete
(required, or asked by a rule) in grey, the errors shown in red (an error in an earlier step
marks that step red). Clicking an entry, or Previous / Next, goes to that step.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

OUTLINE_WIDTH = 210
ERROR = QColor("#b00020")
ERROR_BACK = QColor("#fdecea")
DONE = QColor("#1b5e20")
PENDING = QColor("#555555")
STYLE = ("QListWidget { border: 1px solid #c8c8c8; background: #fafafa; } "
         "QListWidget::item { padding: 6px 4px; border-bottom: 1px solid #e4e4e4; } "
         "QListWidget::item:selected { background: #dbe8f7; "
         "border-left: 4px solid #2a6ebb; }")


class _KeepColours(QStyledItemDelegate):
    """The current step keeps its colour (red in error, green when done) when selected."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        if isinstance(brush, QBrush):
            option.palette.setBrush(QPalette.ColorRole.HighlightedText, brush)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class StepState:
    """Where a step stands: fields filled, left to complete, errors shown."""

    filled: int = 0
    missing: int = 0
    errors: int = 0


class StepOutline(QListWidget):
    """The list of steps beside the form; ``step_chosen(name)`` when one is clicked."""

    step_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intake:outline")
        self.setFixedWidth(OUTLINE_WIDTH)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(STYLE)
        self.setItemDelegate(_KeepColours(self))
        self.titles: dict[str, str] = {}
        self.states: dict[str, StepState] = {}
        self.currentItemChanged.connect(self._chosen)

    def add_step(self, name: str, title: str) -> None:
        """Add the entry of step ``name``."""
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, name)
        self.addItem(item)
        self.titles[name] = title
        self.show_state(name, StepState())

    def row_of(self, name: str) -> int:
        """The row of step ``name``."""
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == name:
                return row
        raise KeyError(name)

    def set_step_shown(self, name: str, shown: bool) -> None:
        """Show or hide a step that only some cases have (the SEA step)."""
        row = self.row_of(name)
        if self.isRowHidden(row) == shown:
            self.setRowHidden(row, not shown)
            self._renumber()

    def shown_steps(self) -> list[str]:
        """The names of the steps shown, in order."""
        return [str(self.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(self.count()) if not self.isRowHidden(row)]

    def select(self, name: str) -> None:
        """Mark step ``name`` as the current one (without emitting ``step_chosen``)."""
        self.blockSignals(True)
        self.setCurrentRow(self.row_of(name))
        self.blockSignals(False)

    def show_state(self, name: str, state: StepState) -> None:
        """Show where step ``name`` stands."""
        self.states[name] = state
        self._paint(name)

    def has_errors(self, name: str) -> bool:
        """True when step ``name`` is marked in error."""
        return self.states.get(name, StepState()).errors > 0

    def _renumber(self) -> None:
        for name in self.titles:
            self._paint(name)

    def _paint(self, name: str) -> None:
        item = self.item(self.row_of(name))
        shown = self.shown_steps()
        number = shown.index(name) + 1 if name in shown else 0
        state = self.states.get(name, StepState())
        if state.errors:
            line = self.tr("✗ %n error(s) to correct", "", state.errors)
            colour, back = ERROR, ERROR_BACK
        elif state.missing:
            line = self.tr("%n to complete", "", state.missing)
            if state.filled:
                line = self.tr("%n filled", "", state.filled) + " · " + line
            colour, back = PENDING, None
        elif state.filled:
            line = "✓ " + self.tr("%n filled", "", state.filled)
            colour, back = DONE, None
        else:
            line = self.tr("Optional")
            colour, back = PENDING, None
        text = f"{number}. {self.titles[name]}\n{line}"
        if item.text() == text:
            return  # unchanged: no repaint as one types
        item.setText(text)
        item.setForeground(QBrush(colour))
        item.setBackground(QBrush(back) if back is not None else QBrush())
        font = QFont(self.font())
        font.setBold(bool(state.errors))
        item.setFont(font)
        item.setToolTip(line)

    def _chosen(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        if current is not None:
            self.step_chosen.emit(str(current.data(Qt.ItemDataRole.UserRole)))
