"""The consent scopes as one compact grid: a row per scope, Yes / No / Not asked columns.

The rows are the consent section's yes/no scopes of the catalogue (receive services, share
non-identifying statistics, release information to each service type of the reference data).
Each row is a ``FieldEditor`` (``True``, ``False``, or ``None`` for "not asked") whose radio
buttons are named ``<key>:yes``, ``<key>:no`` and ``<key>:unknown``. Keyboard: Tab reaches the
grid, Left / Right change the answer of a row, Up / Down go to the row above or below.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from desktop.gui.cases import catalogue_view as cv
from desktop.gui.cases.field_widgets import FieldEditor
from desktop.gui.cases.validation_display import ErrorBoard, ErrorLabel

translate = QCoreApplication.translate
COLUMN = 110  # the width of each answer column, the same in the header and every row
ANSWERS: tuple[tuple[bool | None, str], ...] = ((True, "yes"), (False, "no"), (None, "unknown"))
HEADER_STYLE = "font-weight: bold;"
GROUP_STYLE = "font-weight: bold; color: #333333; padding-top: 4px;"
STRIPE_STYLE = "background: #f1f4f8; border-radius: 2px;"


def answer_titles() -> list[str]:
    """The column titles, translated: Yes, No, Not asked."""
    return [translate("ConsentGrid", "Yes"), translate("ConsentGrid", "No"),
            translate("ConsentGrid", "Not asked")]


def _cell(parent: QWidget, widget: QWidget | None = None) -> QWidget:
    cell = QWidget(parent)
    cell.setFixedWidth(COLUMN)
    line = QHBoxLayout(cell)
    line.setContentsMargins(0, 0, 0, 0)
    line.setAlignment(Qt.AlignmentFlag.AlignCenter)
    if widget is not None:
        widget.setParent(cell)
        line.addWidget(widget)
    return cell


class ConsentChoice(FieldEditor):
    """One scope's answer as three radio buttons under the grid's three columns."""

    def __init__(self, key: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[bool | None, QRadioButton] = {}
        self._layout.setContentsMargins(0, 3, 0, 3)
        for (value, name), title in zip(ANSWERS, answer_titles(), strict=True):
            button = QRadioButton()
            button.setObjectName(f"{key}:{name}")
            button.setAccessibleName(f"{caption} — {title}")
            button.setToolTip(f"{caption} — {title}")
            self.group.addButton(button)
            self.buttons[value] = button
            self._layout.addWidget(_cell(self, button))
            button.toggled.connect(self._toggled)
        self._layout.addStretch(1)
        self.buttons[None].setChecked(True)

    def _toggled(self, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def value(self) -> bool | None:
        for value, button in self.buttons.items():
            if button.isChecked():
                return value
        return None

    def set_value(self, value: Any) -> None:
        self.buttons[None if value is None else bool(value)].setChecked(True)

    def focus_widget(self) -> QWidget:
        return self.buttons[self.value()]


class ConsentGrid(QWidget):
    """The grid of consent scopes: header, a row per scope, each row's error under it."""

    def __init__(self, lang: str, board: ErrorBoard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consent:grid")
        self.lang = lang
        self.editors: dict[str, ConsentChoice] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(0)
        self.grid.setColumnStretch(2, 1)
        header = QWidget(self)
        line = QHBoxLayout(header)
        line.setContentsMargins(0, 0, 0, 0)
        for title in answer_titles():
            label = QLabel(title)
            label.setStyleSheet(HEADER_STYLE)
            line.addWidget(_cell(header, label))
        line.addStretch(1)
        self.grid.addWidget(header, 0, 1)
        row = 1
        releases = False
        for field in cv.consent_scope_fields():
            service = cv.release_service(field)
            if service is not None and not releases:
                releases = True
                group = QLabel(translate("ConsentGrid", "Release information to:"), self)
                group.setObjectName("consent:release_group")
                group.setStyleSheet(GROUP_STYLE)
                self.grid.addWidget(group, row, 0)
                row += 1
            caption = (cv.choice_label("service_types", service, lang) if service is not None
                       else cv.label_of(field, lang))
            if len(self.editors) % 2 == 0:  # every other row shaded, to follow a row across
                stripe = QWidget(self)
                stripe.setStyleSheet(STRIPE_STYLE)
                stripe.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
                self.grid.addWidget(stripe, row, 0, 1, 3)
            label = QLabel(caption + (" *" if field.required else ""), self)
            label.setObjectName(f"label:{field.key}")
            label.setWordWrap(True)
            label.setIndent(20 if service is not None else 0)
            editor = ConsentChoice(field.key, caption, self)
            label.setBuddy(editor.focus_widget())
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(editor, row, 1)
            error = ErrorLabel(field.key, self)
            self.grid.addWidget(error, row + 1, 0, 1, 3)
            board.add(error, editor.focus_widget)
            self.editors[field.key] = editor
            for button in editor.buttons.values():
                button.installEventFilter(self)
            row += 2

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab lands on a row's answer; Up / Down: to the row above or below; Left / Right:
        the previous or next answer."""
        rows = list(self.editors.values())
        here = next((i for i, e in enumerate(rows) if watched in e.buttons.values()), None)
        if here is None:
            return False
        choice = rows[here]
        if (event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent)
                and event.reason() in (Qt.FocusReason.TabFocusReason,
                                       Qt.FocusReason.BacktabFocusReason)
                and watched is not choice.focus_widget()):
            choice.focus_widget().setFocus(event.reason())
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            target = here + (1 if key == Qt.Key.Key_Down else -1)
            if 0 <= target < len(rows):
                rows[target].focus_widget().setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            order = [value for value, _name in ANSWERS]
            column = order.index(next(v for v, b in choice.buttons.items() if b is watched))
            column = max(0, min(len(order) - 1,
                                column + (1 if key == Qt.Key.Key_Right else -1)))
            button = choice.buttons[order[column]]
            button.setChecked(True)
            button.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False
