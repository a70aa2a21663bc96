"""The intake's steps as pages: one scrolling page per section, the step's title, Previous /
Next, and the outline (``intake_steps.StepOutline``) kept in step with them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.cases.intake_steps import StepOutline
from desktop.gui.cases.sections import Section

translate = QCoreApplication.translate
TITLE_STYLE = "font-size: 15px; font-weight: bold; padding: 2px 0 4px 0;"


def form_button(parent: QWidget, name: str, text: str, slot: Any, keys: str = "") -> QPushButton:
    """A button of the form; with ``keys``, also a shortcut (shown in its tooltip) that works
    anywhere in ``parent``."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(slot)
    if keys:
        sequence = QKeySequence(keys)
        shortcut = QShortcut(sequence, parent)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        button.setToolTip(f"{text.strip('‹› ')} "
                          f"({sequence.toString(QKeySequence.SequenceFormat.NativeText)})")
    return button


class StepPages(QStackedWidget):
    """One page per section (its title moves above it); ``outline`` follows the page shown."""

    def __init__(self, sections: Sequence[Section], outline: StepOutline,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.outline = outline
        self.order = [section.name for section in sections]
        self.scrolls: dict[str, QScrollArea] = {}
        for section in sections:
            title = section.title()
            section.setTitle("")  # the step's title is above it
            section.setFlat(True)
            scroll = QScrollArea(self)
            scroll.setObjectName(f"step:{section.name}")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            holder = QWidget(scroll)
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 8, 0)
            column.addWidget(section)
            column.addStretch(1)
            scroll.setWidget(holder)
            self.addWidget(scroll)
            self.scrolls[section.name] = scroll
            outline.add_step(section.name, title)
        self.title = QLabel(parent)
        self.title.setObjectName("intake:step_title")
        self.title.setStyleSheet(TITLE_STYLE)
        self.title.setWordWrap(True)
        self.previous_button = form_button(
            parent, "intake:previous", translate("IntakeForm", "‹ Previous"),
            lambda: self.step_by(-1), "Ctrl+PgUp")
        self.next_button = form_button(
            parent, "intake:next", translate("IntakeForm", "Next ›"), lambda: self.step_by(1),
            "Ctrl+PgDown")
        outline.step_chosen.connect(self.go_to)

    def current(self) -> str:
        """The name of the step shown (``registration``, ``survivor``, …)."""
        shown = self.currentWidget()
        return next(name for name, scroll in self.scrolls.items() if scroll is shown)

    def scroll_area(self, name: str | None = None) -> QScrollArea:
        """The scroll area of step ``name`` (default: the step shown)."""
        return self.scrolls[name or self.current()]

    def go_to(self, name: str) -> None:
        """Show step ``name`` (a step not offered, like the SEA step of a case without SEA,
        falls back to the one before it)."""
        steps = self.outline.shown_steps()
        if name not in steps:
            earlier = [s for s in steps if name in self.order
                       and self.order.index(s) < self.order.index(name)]
            name = earlier[-1] if earlier else steps[0]
        self.setCurrentWidget(self.scrolls[name])
        self.outline.select(name)
        self.show_position()

    def show_position(self) -> None:
        """The step's title ("Step 2 of 6 — Survivor") and which way one can go."""
        steps = self.outline.shown_steps()
        name = self.current()
        number = steps.index(name) + 1 if name in steps else 1
        title = translate("IntakeForm", "Step {number} of {count} — {title}").format(
            number=number, count=len(steps), title=self.outline.titles[name])
        if self.title.text() != title:  # this runs as one types: change only what changed
            self.title.setText(title)
        for button, enabled in ((self.previous_button, number > 1),
                                (self.next_button, number < len(steps))):
            if button.isEnabled() != enabled:
                button.setEnabled(enabled)

    def step_by(self, delta: int) -> None:
        """Go ``delta`` steps forward (or back), among the steps offered."""
        steps = self.outline.shown_steps()
        index = steps.index(self.current()) + delta
        if 0 <= index < len(steps):
            self.go_to(steps[index])
            self.scroll_area().verticalScrollBar().setValue(0)
