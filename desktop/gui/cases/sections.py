"""A form section built from catalogue fields: label, editor and error message per field."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.gui.cases import catalogue_view as cv
from desktop.gui.cases.field_widgets import (
    ChoiceEditor,
    FieldEditor,
    MultiChoiceEditor,
    make_editor,
)
from desktop.gui.cases.validation_display import ErrorBoard, ErrorLabel

HINT_STYLE = ("color: #7a4a00; background: #fff1d6; border: 1px solid #e0b870; "
              "border-radius: 3px; padding: 0 4px; font-size: 11px;")
LABEL_WIDTH = 230  # labels wrap beyond it; the editors keep the room
SECTION_STYLE = ("QGroupBox { font-weight: bold; font-size: 14px; } "
                 "QGroupBox * { font-weight: normal; font-size: 12px; }")
HELP_STYLE = "color: #666666; font-size: 11px;"


def field_label(field: Any, lang: str, parent: QWidget | None = None) -> QLabel:
    """The label of a field: required fields end with ``*``; identifying ones say so."""
    text = cv.label_of(field, lang)
    if getattr(field, "required", False):
        text += " *"
    label = QLabel(text, parent)
    label.setObjectName(f"label:{field.key}")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    label.setMinimumWidth(LABEL_WIDTH)
    return label


def identifying_hint(parent: QWidget | None = None) -> QLabel:
    """The small "identifying" mark beside a field that identifies the survivor."""
    hint = QLabel(parent)
    hint.setObjectName("identifying")
    hint.setText(QCoreApplication.translate("CasesForm", "identifying"))
    hint.setStyleSheet(HINT_STYLE)
    hint.setToolTip(QCoreApplication.translate(
        "CasesForm", "This information identifies the survivor: it never leaves the "
        "encrypted database without consent."))
    return hint


class FieldGrid(QWidget):
    """Fields laid out on a grid: label | editor (+ identifying mark) / error under."""

    changed = Signal()

    def __init__(self, fields: Iterable[Any], lang: str, board: ErrorBoard,
                 prefix: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.board = board
        self.prefix = prefix
        self.editors: dict[str, FieldEditor] = {}
        self.rows: dict[str, list[QWidget]] = {}  # what shows a field: label, editor, help…
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(1, 1)
        self.grid.setVerticalSpacing(2)
        self._row = 0
        for field in fields:
            self.add_field(field)

    def _describer(self, list_name: str) -> Callable[[str], str]:
        """The label of a code of ``list_name`` that a form no longer offers."""
        return lambda code: cv.choice_label(list_name, code, self.lang)

    def add_field(self, field: Any, editor: FieldEditor | None = None,
                  wide: bool = False) -> FieldEditor:
        """Add a row for ``field`` (``editor`` replaces the default one for its kind;
        ``wide`` puts the label above an editor as wide as the section)."""
        key = self.prefix + cv.short_key(field) if self.prefix else field.key
        if editor is None:
            editor = make_editor(key, field.kind, cv.choices_of(field, self.lang), self)
            if isinstance(editor, ChoiceEditor | MultiChoiceEditor) and field.choices:
                editor.describe = self._describer(str(field.choices))
        editor.changed.connect(self.changed)
        self.editors[key] = editor
        label = field_label(field, self.lang, self)
        label.setBuddy(editor.focus_widget())
        row = self.rows[key] = [label, editor]
        hint = cv.help_of(field, self.lang)
        if wide:
            label.setAlignment(Qt.AlignmentFlag.AlignLeft)
            label.setStyleSheet("font-weight: bold;")
            self.grid.addWidget(label, self._row, 0, 1, 3)
            if hint:  # the instruction comes before what it explains
                self._row += 1
                self.grid.addWidget(self._help(key, hint, row), self._row, 0, 1, 3)
            self._row += 1
            self.grid.addWidget(editor, self._row, 0, 1, 3)
        else:
            self.grid.addWidget(label, self._row, 0)
            self.grid.addWidget(editor, self._row, 1)
        if getattr(field, "identifying", False):
            mark = identifying_hint(self)
            row.append(mark)
            self.grid.addWidget(mark, self._row, 2,
                                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if hint and not wide:
            self._row += 1
            self.grid.addWidget(self._help(key, hint, row), self._row, 1, 1, 2)
        error = ErrorLabel(key, self)
        self.grid.addWidget(error, self._row + 1, 1, 1, 2)
        self.board.add(error, self._focus_for(editor))
        self._row += 2
        return editor

    def _help(self, key: str, hint: str, row: list[QWidget]) -> QLabel:
        help_label = QLabel(hint, self)
        help_label.setObjectName(f"help:{key}")
        help_label.setStyleSheet(HELP_STYLE)
        help_label.setWordWrap(True)
        row.append(help_label)
        return help_label

    def set_row_shown(self, key: str, shown: bool) -> None:
        """Show or hide everything of field ``key`` (its error message stays the board's)."""
        for widget in self.rows.get(key, ()):
            if widget.isHidden() == shown:  # only what changes (this runs as one types)
                widget.setVisible(shown)
        error = self.findChild(ErrorLabel, f"error:{key}")
        if error is not None and not shown:
            error.hide()

    def add_note(self, widget: QWidget) -> None:
        """A row as wide as the grid holding ``widget`` (an explanation before fields)."""
        self.grid.addWidget(widget, self._row, 0, 1, 3)
        self._row += 1

    def add_widget(self, label: str, widget: QWidget, key: str = "") -> None:
        """A row that is not a catalogue field (e.g. a generated number)."""
        caption = QLabel(label, self)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.grid.addWidget(caption, self._row, 0)
        self.grid.addWidget(widget, self._row, 1, 1, 2)
        self._row += 1
        if key:
            error = ErrorLabel(key, self)
            self.grid.addWidget(error, self._row, 1, 1, 2)
            self.board.add(error, lambda: widget)
            self._row += 1

    def _focus_for(self, editor: FieldEditor) -> Callable[[], QWidget | None]:
        return editor.focus_widget


class Section(QGroupBox):
    """One titled section of the intake form."""

    changed = Signal()

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setStyleSheet(SECTION_STYLE)
        self.name = name
        self.setObjectName(f"section:{name}")
        self.body = QVBoxLayout(self)
        self.editors: dict[str, FieldEditor] = {}
        self.grids: list[FieldGrid] = []
        self.hidden: frozenset[str] = frozenset()  # conditional fields not called for

    def add_grid(self, grid: FieldGrid) -> FieldGrid:
        """Add a grid of fields to this section."""
        self.body.addWidget(grid)
        self.editors.update(grid.editors)
        self.grids.append(grid)
        grid.changed.connect(self.changed)
        return grid

    def apply_conditions(self, hidden: frozenset[str]) -> None:
        """Hide the conditional fields in ``hidden``, show the others (``cv.hidden_keys``)."""
        self.hidden = frozenset(key for key in self.editors if key in hidden)
        for grid in self.grids:
            for key in grid.editors:
                if cv.is_conditional(key):
                    grid.set_row_shown(key, key not in hidden)

    def values(self) -> dict[str, Any]:
        """Field key → entered value for this section (``None`` for a hidden field)."""
        return {key: None if key in self.hidden else editor.value()
                for key, editor in self.editors.items()}

    def set_values(self, data: dict[str, Any]) -> None:
        """Show ``data`` (keys absent from it are cleared)."""
        for key, editor in self.editors.items():
            editor.set_value(data.get(key))
