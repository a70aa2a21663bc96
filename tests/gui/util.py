"""Helpers for GUI tests: type into named fields, read everything the screen shows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def field(parent: QWidget, name: str) -> QWidget:
    """The child widget named ``name`` (fails clearly if missing)."""
    widget = parent.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name}"
    return widget


def type_into(qtbot, parent: QWidget, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click into the field ``name``, select all, and type ``text`` as a person would."""
    widget = field(parent, name)
    assert isinstance(widget, QLineEdit)
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
        else:  # QTest cannot map accented letters to keys: insert as an input method would
            widget.insert(char)
    assert widget.text() == text


def click(qtbot, parent: QWidget, name: str) -> None:  # type: ignore[no-untyped-def]
    """Click the button named ``name``."""
    button = field(parent, name)
    assert isinstance(button, QAbstractButton)
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _columns(model) -> int:  # type: ignore[no-untyped-def]
    try:
        return int(model.columnCount(QModelIndex()))
    except TypeError:  # list models hide columnCount
        return 1


def shown_texts(root: QWidget) -> list[str]:
    """Every text a person could read in ``root`` and its children (fields, labels, lists,
    tables, combo boxes)."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLineEdit | QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(QModelIndex()), 500)):
                for col in range(_columns(model)):
                    value = model.index(row, col).data()
                    if value is not None:
                        texts.append(str(value))
    return texts


def all_shown_texts() -> list[str]:
    """``shown_texts`` of every top-level window, plus the clipboard."""
    texts: list[str] = []
    for window in QApplication.topLevelWidgets():
        texts.extend(shown_texts(window))
    texts.append(QApplication.clipboard().text())
    return texts
