"""Parts of the case file: steps, notes, history (the plan: ``plan_panel``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.cases import case_text as ct
from desktop.gui.cases import catalogue_view as cv
from desktop.gui.empty_state import EmptyState


def show_date(value: Any) -> str:
    """A date (or date-time, in local time) as the form shows it."""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else str(value)


LAST_STEP_BY_HAND = 5  # step 6 (closure) comes with an approved closure


class StepsPanel(QWidget):
    """The six steps, the date each started, and "advance to the next step"."""

    advance = Signal(int)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._current = 1
        grid = QGridLayout(self)
        self.dates: list[QLabel] = []
        self.names: list[QLabel] = []
        for number in range(1, 7):
            name = QLabel(f"{number}. {cv.step_label(number, lang)}", self)
            when = QLabel(self)
            when.setObjectName(f"step:{number}:date")
            grid.addWidget(name, number - 1, 0)
            grid.addWidget(when, number - 1, 1)
            self.names.append(name)
            self.dates.append(when)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("case:advance_step")
        self.next_button.clicked.connect(lambda: self.advance.emit(self._current + 1))
        grid.addWidget(self.next_button, 6, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(7, 1)

    def show_file(self, file: Any) -> None:
        """Show the steps of a case file (``None`` clears)."""
        started = ct.step_dates(file) if file is not None else {}
        self._current = int(getattr(file, "step", 1) or 1)
        for number, (name, when) in enumerate(zip(self.names, self.dates, strict=True), 1):
            when.setText(show_date(started.get(number)) if number in started else "—")
            font = name.font()
            font.setBold(file is not None and number == self._current)
            name.setFont(font)
        open_case = file is not None and getattr(file, "status", "open") == "open"
        can_advance = open_case and self._current < LAST_STEP_BY_HAND
        self.next_button.setVisible(can_advance)
        if can_advance:
            self.next_button.setText(self.tr("Move to step {number}: {name}").format(
                number=self._current + 1, name=cv.step_label(self._current + 1, self.lang)))


class NotesPanel(QWidget):
    """Dated notes, newest first, and a box to add one."""

    add_note = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("case:notes")
        self.list.setWordWrap(True)
        self.empty = EmptyState(self.list, self.tr("No note yet: write the first one below."),
                                parent=self, compact=True)
        layout.addWidget(self.empty, 1)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("case:new_note")
        self.text.setPlaceholderText(self.tr("Write a note…"))
        self.text.setMaximumHeight(90)
        layout.addWidget(self.text)
        self.button = QPushButton(self.tr("Add the note"), self)
        self.button.setObjectName("case:add_note")
        self.button.clicked.connect(self._add)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.button)
        layout.addLayout(line)

    def _add(self) -> None:
        text = self.text.toPlainText().strip()
        if text:
            self.add_note.emit(text)

    def show_file(self, file: Any) -> None:
        """Show the notes (``None`` clears the list and the box)."""
        self.list.clear()
        if file is None:
            self.text.clear()
            return
        for note in ct.notes_of(file):
            self.list.addItem(f"{show_date(note[0])} — {note[1]}\n{note[2]}")


class HistoryPanel(QTreeWidget):
    """What happened to the case, from the audit log."""

    def __init__(self, describe: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.describe = describe
        self.setObjectName("case:history")
        self.setRootIsDecorated(False)
        self.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self.setColumnWidth(0, 140)

    def show_events(self, events: list[Any]) -> None:
        """Show audit rows (newest first); an empty list clears."""
        self.clear()
        for event in events:
            self.addTopLevelItem(QTreeWidgetItem([
                show_date(event.at), event.actor, self.describe(event.action)]))
