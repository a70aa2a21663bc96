"""Small helpers for forms: a red message beside each field, password fields."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

ERROR_STYLE = "color: #b00020;"
W = TypeVar("W", bound=QWidget)


class FieldErrors:
    """Red labels under the fields of a ``QFormLayout``, keyed like ``ValidationError.errors``."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}

    def add_row(self, form: QFormLayout, key: str, label: str, field: W) -> W:
        """Add ``field`` with its label and an (empty, hidden) error label under it."""
        error = self._error_label(key)
        form.addRow(label, field)
        form.addRow("", error)
        self.labels[key] = error
        self.fields[key] = field
        return field

    def attach(self, form: QFormLayout, key: str, field: W) -> W:
        """Like :meth:`add_row` for a field already in ``form`` (a Qt Designer form): its
        error label goes in a row of its own right under it."""
        error = self._error_label(key)
        row = int(form.getWidgetPosition(field)[0])  # type: ignore[index]
        form.insertRow(row + 1, "", error)
        self.labels[key] = error
        self.fields[key] = field
        return field

    @staticmethod
    def _error_label(key: str) -> QLabel:
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        # Right under its field: a form gives a wrapped label two lines' height.
        error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        error.hide()
        return error

    def show(self, errors: dict[str, str]) -> None:
        """Show ``errors`` beside their fields (unknown keys go to ``"form"`` if present)."""
        self.clear()
        first: QWidget | None = None
        for key, message in errors.items():
            label = self.labels.get(key) or self.labels.get("form")
            if label is None:
                continue
            label.setText((label.text() + "\n" + message).strip())
            label.show()
            if first is None and key in self.fields:
                first = self.fields[key]
        if first is not None:
            first.setFocus()

    def clear(self) -> None:
        """Hide every message."""
        for label in self.labels.values():
            label.clear()
            label.hide()

    def text(self, key: str) -> str:
        """The message shown for ``key`` (empty if none)."""
        label = self.labels.get(key)
        return label.text() if label is not None and not label.isHidden() else ""


def password_field(name: str) -> QLineEdit:
    """A password entry (hidden characters)."""
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def line_field(name: str) -> QLineEdit:
    """A plain text entry named for tests."""
    field = QLineEdit()
    field.setObjectName(name)
    return field
