"""Validation messages shown beside their field, in red, and focus on the first error."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #b00020;"


class ErrorLabel(QLabel):
    """A red message under a field; hidden while there is nothing to say."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"error:{key}")
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.hide()

    def show_message(self, message: str) -> None:
        """Show ``message`` (an empty one hides the label)."""
        if message != self.text():
            self.setText(message)
        if self.isHidden() == bool(message):
            self.setVisible(bool(message))


class ErrorBoard:
    """The error labels of a form, in the order fields appear.

    ``focus_of`` gives, for a key, the widget to focus (it may first reveal a hidden section).
    """

    def __init__(self) -> None:
        self._labels: dict[str, ErrorLabel] = {}
        self._focus: dict[str, Callable[[], QWidget | None]] = {}
        self.errors: dict[str, str] = {}

    def add(self, label: ErrorLabel, focus: Callable[[], QWidget | None]) -> None:
        """Register ``label`` (form order) and how to reach its field."""
        self._labels[label.key] = label
        self._focus[label.key] = focus

    def remove_prefix(self, prefix: str) -> None:
        """Forget labels whose key starts with ``prefix`` (a removed perpetrator)."""
        for key in [k for k in self._labels if k.startswith(prefix)]:
            del self._labels[key]
            del self._focus[key]

    def label(self, key: str) -> ErrorLabel | None:
        """The label beside field ``key``."""
        return self._labels.get(key)

    def show(self, errors: Mapping[str, str]) -> list[str]:
        """Show ``errors`` beside their fields; returns keys that have no label."""
        self.errors = dict(errors)
        for key, label in self._labels.items():
            label.show_message(errors.get(key, ""))
        return [key for key in errors if key not in self._labels]

    def clear(self) -> None:
        """Hide every message."""
        self.show({})

    def first_error(self, among: Collection[str] | None = None) -> str | None:
        """The first field (in form order) with an error (among the keys ``among``)."""
        errors = [k for k in self.errors if among is None or k in among]
        for key in self._labels:
            if key in errors:
                return key
        return next(iter(errors), None)

    def focus_first(self, among: Collection[str] | None = None) -> QWidget | None:
        """Give the focus to the first field with an error (among the keys ``among``);
        returns that widget."""
        key = self.first_error(among)
        if key is None or key not in self._focus:
            return None
        widget = self._focus[key]()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget
