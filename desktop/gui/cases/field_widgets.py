"""One editor widget per catalogue field kind, all with the same small interface.

Every editor is a ``FieldEditor``: ``value()`` returns plain data (``str``, ``int``, ``bool``,
``datetime.date``, a list of codes, or ``None`` when nothing was entered), ``set_value()`` puts
data back, and ``changed`` fires on every edit. The inner Qt control carries the field key as
its object name so tests (and accessibility tools) can find it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QToolButton,
    QWidget,
)

Choices = Sequence[tuple[str, str]]
NO_DATE = QDate(1900, 1, 1)
COMBO_MAX_WIDTH = 380


class FieldEditor(QWidget):
    """Base class: a field's editor with ``value``/``set_value``/``changed``."""

    changed = Signal()

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"editor:{key}")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        """The entered value, or ``None``."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show ``value`` (``None`` clears)."""
        raise NotImplementedError

    def clear(self) -> None:
        """Forget what was entered."""
        self.set_value(None)

    def focus_widget(self) -> QWidget:
        """The control that takes the focus when this field has an error."""
        return self


class TextEditor(FieldEditor):
    """A one-line text (``QLineEdit``)."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(key)
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)

    def value(self) -> str | None:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        return self.edit


class LongTextEditor(FieldEditor):
    """Free text over several lines (``QPlainTextEdit``)."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName(key)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(70)
        self.edit.setMaximumHeight(120)
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)

    def value(self) -> str | None:
        return self.edit.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        return self.edit


class DateEditor(FieldEditor):
    """A date that may be "not set": the minimum date shows as the special text."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.edit = QDateEdit(self)
        self.edit.setObjectName(key)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setMaximumDate(QDate(2100, 12, 31))
        self.edit.setSpecialValueText(self.tr("not set"))
        self.edit.setCalendarPopup(True)
        self.edit.setDate(NO_DATE)
        self.edit.dateChanged.connect(self.changed)
        self.today = QToolButton(self)
        self.today.setText(self.tr("Today"))
        self.today.setObjectName(f"{key}:today")
        self.today.clicked.connect(lambda: self.edit.setDate(QDate.currentDate()))
        self.reset = QToolButton(self)
        self.reset.setText("×")
        self.reset.setToolTip(self.tr("Clear the date"))
        self.reset.setObjectName(f"{key}:clear")
        self.reset.clicked.connect(self.clear)
        self.edit.setMinimumWidth(150)
        self._layout.addWidget(self.edit)
        self._layout.addWidget(self.today)
        self._layout.addWidget(self.reset)
        self._layout.addStretch(1)

    def value(self) -> date | None:
        shown = self.edit.date()
        if shown == NO_DATE or not shown.isValid():
            return None
        return date(shown.year(), shown.month(), shown.day())

    def set_value(self, value: Any) -> None:
        if isinstance(value, str) and value:
            value = date.fromisoformat(value[:10])
        if isinstance(value, date):
            self.edit.setDate(QDate(value.year, value.month, value.day))
        else:
            self.edit.setDate(NO_DATE)

    def focus_widget(self) -> QWidget:
        return self.edit


class IntEditor(FieldEditor):
    """A whole number; the lowest value (-1) means "not set"."""

    def __init__(self, key: str, parent: QWidget | None = None, maximum: int = 150) -> None:
        super().__init__(key, parent)
        self.edit = QSpinBox(self)
        self.edit.setObjectName(key)
        self.edit.setRange(-1, maximum)
        self.edit.setSpecialValueText(self.tr("not set"))
        self.edit.setValue(-1)
        self.edit.valueChanged.connect(self.changed)
        self._layout.addWidget(self.edit)
        self._layout.addStretch(1)

    def value(self) -> int | None:
        number = self.edit.value()
        return None if number < 0 else number

    def set_value(self, value: Any) -> None:
        self.edit.setValue(-1 if value in (None, "") else int(value))

    def focus_widget(self) -> QWidget:
        return self.edit


class BoolEditor(FieldEditor):
    """Yes / No / Unknown as three radio buttons (unknown is ``None``)."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[bool | None, QRadioButton] = {}
        for value, text, name in ((True, self.tr("Yes"), "yes"), (False, self.tr("No"), "no"),
                                  (None, self.tr("Unknown"), "unknown")):
            button = QRadioButton(text, self)
            button.setObjectName(f"{key}:{name}")
            self.group.addButton(button)
            self.buttons[value] = button
            self._layout.addWidget(button)
            button.toggled.connect(self._toggled)
        self._layout.addStretch(1)

    def _toggled(self, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def value(self) -> bool | None:
        for value, button in self.buttons.items():
            if button.isChecked() and value is not None:
                return value
        return None

    def set_value(self, value: Any) -> None:
        if value is None:
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
            self.changed.emit()
        else:
            self.buttons[bool(value)].setChecked(True)

    def focus_widget(self) -> QWidget:
        return self.buttons[True]


class ChoiceEditor(FieldEditor):
    """One code from a reference list (``QComboBox``; the first entry means "not set")."""

    def __init__(self, key: str, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        # The label of a code no longer offered (retired by the hub) that an old record holds.
        self.describe: Callable[[str], str] = str
        self.combo = QComboBox(self)
        self.combo.setObjectName(key)
        self.combo.currentIndexChanged.connect(self.changed)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMaximumWidth(COMBO_MAX_WIDTH)  # a long entry is cut when closed, whole
        self._layout.addWidget(self.combo)
        self._layout.addStretch(1)
        self.set_choices(choices)

    def set_choices(self, choices: Choices) -> None:
        """Replace the list, keeping the current code when it is still offered."""
        current = self.value()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem("—", None)
        for code, label in choices:
            self.combo.addItem(label, code)
        index = self.combo.findData(current) if current is not None else 0
        self.combo.setCurrentIndex(max(index, 0))
        view = self.combo.view()  # in the open list
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)
        self.combo.blockSignals(False)
        if current is not None and index < 0:
            self.changed.emit()

    def value(self) -> str | None:
        data = self.combo.currentData()
        return None if data is None else str(data)

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else 0
        if index < 0:  # an old record's retired code: shown and kept, offered to no one else
            self.combo.addItem(self.describe(str(value)), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))

    def focus_widget(self) -> QWidget:
        return self.combo


class MultiChoiceEditor(FieldEditor):
    """Several codes from a reference list, as check boxes in two columns."""

    def __init__(self, key: str, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.describe: Callable[[str], str] = str  # as ChoiceEditor's
        self._box = QWidget(self)
        self._grid = QGridLayout(self._box)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for code, label in choices:
            self._add(code, label)
        self._layout.addWidget(self._box)

    def _add(self, code: str, label: str) -> QCheckBox:
        check = QCheckBox(label, self._box)
        check.setObjectName(f"{self.key}:{code}")
        check.toggled.connect(self.changed)
        index = len(self.boxes)
        self._grid.addWidget(check, index // 2, index % 2)
        self.boxes[code] = check
        return check

    def value(self) -> list[str] | None:
        codes = [code for code, check in self.boxes.items() if check.isChecked()]
        return codes or None

    def set_value(self, value: Any) -> None:
        if isinstance(value, str):
            value = [part for part in value.split(",") if part]
        chosen = set(value or ())
        for code in value or ():  # an old record's retired code: shown and kept
            if code not in self.boxes:
                self._add(str(code), self.describe(str(code)))
        for code, check in self.boxes.items():
            check.setChecked(code in chosen)

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()), self)


def make_editor(key: str, kind: str, choices: Choices = (),
                parent: QWidget | None = None) -> FieldEditor:
    """The editor for a field of ``kind`` (text, longtext, date, int, bool, choice, …)."""
    if kind == "longtext":
        return LongTextEditor(key, parent)
    if kind == "date":
        return DateEditor(key, parent)
    if kind == "int":
        return IntEditor(key, parent)
    if kind == "bool":
        return BoolEditor(key, parent)
    if kind == "choice":
        return ChoiceEditor(key, choices, parent)
    if kind == "multichoice":
        return MultiChoiceEditor(key, choices, parent)
    return TextEditor(key, parent)


__all__ = ["FieldEditor", "Qt", "make_editor"]
