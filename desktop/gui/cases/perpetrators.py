"""Alleged perpetrators: one panel each, added and removed by the user (at least one)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.gui.cases import catalogue_view as cv
from desktop.gui.cases.sections import FieldGrid
from desktop.gui.cases.validation_display import ErrorBoard

PREFIX = "perpetrators"
NAME, NAME_REF = "name", "name_ref"


class PerpetratorPanel(QGroupBox):
    """The fields of one perpetrator; error keys are ``perpetrators.<n>.<field>``."""

    changed = Signal()
    remove_requested = Signal(int)

    def __init__(self, index: int, lang: str, board: ErrorBoard,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.setObjectName(f"perpetrator:{index}")
        self.setTitle(self.tr("Alleged perpetrator {number}").format(number=index + 1))
        layout = QVBoxLayout(self)
        prefix = f"{PREFIX}.{index}."
        self.grid = FieldGrid(cv.perpetrator_fields(), lang, board, prefix, self)
        self.grid.changed.connect(self.changed)
        layout.addWidget(self.grid)
        self.sea_grid = FieldGrid(cv.perpetrator_sea_fields(), lang, board, prefix, self)
        self.sea_grid.changed.connect(self.changed)
        layout.addWidget(self.sea_grid)
        self.remove = QPushButton(self.tr("Remove this perpetrator"), self)
        self.remove.setObjectName(f"perpetrator:{index}:remove")
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self.index))
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.remove)
        layout.addLayout(line)
        self.changed.connect(self._update_sea)
        self._update_sea()
        self.name_shown = True
        self.name_ref: str | None = None  # a name stored but hidden (perpetrator_names)

    def _short(self, key: str) -> str:
        return key.rsplit(".", 1)[-1]

    def show_name(self, shown: bool) -> None:
        """Show or hide the name field (an administrator's setting); a hidden name is not
        collected."""
        self.name_shown = shown
        editor = next((e for k, e in self.grid.editors.items() if self._short(k) == NAME), None)
        if editor is None:
            return
        layout = self.grid.grid
        row = int(layout.getItemPosition(layout.indexOf(editor))[0])  # type: ignore[index]
        for r in (row, row + 1):
            for c in range(layout.columnCount()):
                item = layout.itemAtPosition(r, c)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.setVisible(shown)
        if not shown:
            editor.set_value(None)

    def values(self) -> dict[str, Any]:
        """The perpetrator as a dict keyed by short field names."""
        data = {self._short(k): e.value() for k, e in self.grid.editors.items()}
        if self.is_sea():
            data.update({self._short(k): e.value() for k, e in self.sea_grid.editors.items()})
        if not self.name_shown:
            data.pop(NAME, None)
            if self.name_ref:
                data[NAME_REF] = self.name_ref
        return data

    def set_values(self, data: dict[str, Any]) -> None:
        """Show a perpetrator's data (short field names)."""
        for editors in (self.grid.editors, self.sea_grid.editors):
            for key, editor in editors.items():
                editor.set_value(data.get(self._short(key)))
        self.name_ref = data.get(NAME_REF)

    def is_sea(self) -> bool:
        """True when this perpetrator is UN or humanitarian personnel."""
        for key, editor in self.grid.editors.items():
            if key.endswith(".relationship") or key.endswith(".relationship_code"):
                return cv.is_sea_relationship(editor.value())
        return False

    def _update_sea(self) -> None:
        self.sea_grid.setVisible(self.is_sea())


class PerpetratorList(QWidget):
    """The list of perpetrator panels with an "Add" button."""

    changed = Signal()

    def __init__(self, lang: str, board: ErrorBoard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.board = board
        self.panels: list[PerpetratorPanel] = []
        self.name_shown = True
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add a perpetrator"), self)
        self.add_button.setObjectName("perpetrator:add")
        self.add_button.clicked.connect(self.add)
        self.layout_.addWidget(self.add_button)
        self.set_values([{}])

    def add(self) -> PerpetratorPanel:
        """Add an empty panel at the end."""
        panel = PerpetratorPanel(len(self.panels), self.lang, self.board, self)
        panel.changed.connect(self.changed)
        panel.remove_requested.connect(self.remove_at)
        panel.show_name(self.name_shown)
        self.layout_.insertWidget(self.layout_.count() - 1, panel)
        panel.show()
        self.panels.append(panel)
        self._update_buttons()
        self.changed.emit()
        return panel

    def remove_at(self, index: int) -> None:
        """Remove perpetrator ``index`` (the last one cannot be removed)."""
        if len(self.panels) <= 1:
            return
        data = self.values()
        del data[index]
        self.set_values(data)

    def values(self) -> list[dict[str, Any]]:
        """Every perpetrator, in order."""
        return [panel.values() for panel in self.panels]

    def set_values(self, data: list[dict[str, Any]]) -> None:
        """Rebuild the panels from ``data`` (always at least one panel)."""
        for panel in self.panels:
            panel.hide()
            panel.setParent(None)  # gone at once, so its field names are free again
            panel.deleteLater()
        self.panels = []
        self.board.remove_prefix(f"{PREFIX}.")
        for item in data or [{}]:
            self.add().set_values(item)
        self.changed.emit()

    def set_name_shown(self, shown: bool) -> None:
        """Show the perpetrator's name field, or not (``collect_perpetrator_name``)."""
        self.name_shown = shown
        for panel in self.panels:
            panel.show_name(shown)

    def any_sea(self) -> bool:
        """True when at least one perpetrator is UN or humanitarian personnel."""
        return any(panel.is_sea() for panel in self.panels)

    def _update_buttons(self) -> None:
        for panel in self.panels:
            panel.remove.setEnabled(len(self.panels) > 1)
