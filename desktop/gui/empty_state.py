"""A list that says so when it is empty: a sentence (and the button that starts what fills it)
in the list's place, never a blank table under a cut header.

``EmptyState(view, text, action_text, action)`` holds ``view`` and swaps it for the sentence
whenever its model has no row (it follows the model's resets, insertions and removals); the
sentence may change with the list's filters (``set_text``). The message is named
``empty:<name>`` and its button ``empty:<name>:action`` (``name`` is the view's object name).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


class EmptyState(QStackedWidget):
    """``view``, or in its place a sentence and a button while its model is empty."""

    def __init__(self, view: QAbstractItemView, text: str, action_text: str | None = None,
                 action: Callable[[], Any] | None = None, parent: QWidget | None = None,
                 *, compact: bool = False, mirror: QPushButton | None = None) -> None:
        """``mirror``: the page's own button for the same action; the sentence's button is
        enabled and shown only when that one is (a closed case adds nothing)."""
        super().__init__(parent)
        self.view = view
        self.mirror = mirror
        name = view.objectName() or "list"
        self.setObjectName(f"empty_state:{name}")
        self.panel = QFrame(self)
        self.panel.setObjectName(f"empty_panel:{name}")
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel(text, self.panel)
        self.message.setObjectName(f"empty:{name}")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * (1.0 if compact else 1.15))
        self.message.setFont(font)
        self.button = QPushButton(action_text or "", self.panel)
        self.button.setObjectName(f"empty:{name}:action")
        self.button.setVisible(bool(action_text and action))
        if action is not None:
            self.button.clicked.connect(lambda: action())
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.button)
        line.addStretch(1)
        layout = QVBoxLayout(self.panel)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addLayout(line)
        layout.addStretch(1)
        self.addWidget(view)
        self.addWidget(self.panel)
        self._model: QAbstractItemModel | None = None
        self._shown = bool(action_text and action)
        if mirror is not None:
            mirror.installEventFilter(self)
        self.watch()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the mirrored button's enabled state and visibility."""
        if watched is self.mirror and event.type() in (
                QEvent.Type.EnabledChange, QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self._sync()
        return False

    def _sync(self) -> None:
        mirror = self.mirror
        hidden = mirror is not None and mirror.isHidden() and mirror.testAttribute(
            Qt.WidgetAttribute.WA_WState_ExplicitShowHide)  # hidden on purpose, not unshown
        shown = self._shown and not hidden
        self.button.setVisible(shown)
        self.button.setEnabled(mirror is None or mirror.isEnabled())

    def watch(self) -> None:
        """Follow the view's model (call again after ``setModel``)."""
        model = self.view.model()
        if model is self._model:
            return
        self._model = model
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                           model.layoutChanged):
                signal.connect(self.update_state)
        self.update_state()

    def set_text(self, text: str, action_text: str | None = None,
                 action_shown: bool | None = None) -> None:
        """Change the sentence (and the button's words, or hide the button)."""
        self.message.setText(text)
        if action_text is not None:
            self.button.setText(action_text)
        if action_shown is not None:
            self._shown = action_shown
            self._sync()

    def is_empty(self) -> bool:
        """True while the sentence is shown in place of the list."""
        return self.currentWidget() is self.panel

    def update_state(self, *_: Any) -> None:
        """Show the sentence when the model has no row, else the list."""
        model = self.view.model()
        empty = model is None or model.rowCount() == 0
        self.setCurrentWidget(self.panel if empty else self.view)
