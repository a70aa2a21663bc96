"""The case file's "Services given" tab: what the centre gave itself (type, day, who, a note)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError, ValidationError
from desktop.core.services.casework import services_given
from desktop.gui import dialogs
from desktop.gui.cases import catalogue_view as cv
from desktop.gui.cases.case_file_parts import show_date
from desktop.gui.empty_state import EmptyState

ERROR_STYLE = "color: #b00020;"


class ServicesGivenPanel(QWidget):
    """Lists the services given in house and records a new one through ``services_given``."""

    changed = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.vault: Any = None
        self.case_id: str | None = None
        self.list = QTreeWidget(self)
        self.list.setObjectName("services:list")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Service"), self.tr("Given by"),
                                   self.tr("Incident"), self.tr("Note")])
        self.list.setColumnWidth(0, 90)
        self.list.setColumnWidth(1, 170)
        self.list.setColumnWidth(2, 140)
        self.list.setColumnWidth(3, 60)
        self.kind = QComboBox(self)
        self.kind.setObjectName("services:type")
        for code, label in cv.list_choices("service_types", lang):
            self.kind.addItem(label, code)
        self.day = QDateEdit(self)
        self.day.setObjectName("services:date")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setDate(QDate.currentDate())
        self.provider = QComboBox(self)
        self.provider.setObjectName("services:provider")
        self.note = QLineEdit(self)
        self.note.setObjectName("services:note")
        self.note.setMaxLength(services_given.NOTE_LIMIT)
        self.note.setPlaceholderText(self.tr("A short note (what was done), optional"))
        self.error = QLabel(self)
        self.error.setObjectName("services:error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Record the service"), self)
        self.add_button.setObjectName("services:add")
        self.add_button.clicked.connect(self.record)
        self.remove_button = QPushButton(self.tr("Remove the selected service…"), self)
        self.remove_button.setObjectName("services:remove")
        self.remove_button.clicked.connect(self.remove)
        intro = QLabel(self.tr("Medical, psychosocial and other services the centre gives "
                               "itself (not referred). They count as assistance in the "
                               "reports and the Incident Recorder."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Service"), self.kind)
        form.addRow(self.tr("Given on"), self.day)
        form.addRow(self.tr("Given by"), self.provider)
        form.addRow(self.tr("Note"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.empty = EmptyState(self.list, self.tr(
            "No service given by the centre recorded yet: record one below."), parent=self,
            compact=True)
        layout.addWidget(self.empty, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def set_vault(self, vault: Any) -> None:
        """``None`` (lock) clears the panel."""
        self.vault = vault
        if vault is None:
            self.show_case(None)

    def show_case(self, case_id: str | None, is_open: bool = True) -> None:
        """Show the services of a case (``None`` clears); recording needs an open case."""
        self.case_id = case_id
        self.list.clear()
        self.note.clear()
        self.error.clear()
        self.provider.clear()
        for widget in (self.kind, self.day, self.provider, self.note, self.add_button,
                       self.remove_button):
            widget.setEnabled(case_id is not None and is_open)
        if case_id is None or self.vault is None:
            return
        try:
            rows = services_given.list_for_case(self.vault, case_id)
            people = services_given.providers(self.vault)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        for row in rows:
            item = QTreeWidgetItem([show_date(row.given_on),
                                    cv.choice_label("service_types", row.service_type,
                                                    self.lang),
                                    row.provider, str(row.incident_number), row.note or ""])
            item.setData(0, 256, row.id)
            self.list.addTopLevelItem(item)
        me = getattr(self.vault.actor, "staff_id", None)
        for staff_id, name in people:
            self.provider.addItem(name, staff_id)
        self.provider.setCurrentIndex(max(self.provider.findData(me), 0))

    def record(self) -> bool:
        """Record the service typed in the form; say what is wrong otherwise."""
        if self.vault is None or self.case_id is None:
            return False
        day = self.day.date().toPython()
        try:
            services_given.record(self.vault, self.case_id, self.kind.currentData(),
                                  day if isinstance(day, date) else None,  # type: ignore[arg-type]
                                  self.provider.currentData() or "", self.note.text())
        except ValidationError as exc:
            self.error.setText(" ".join(exc.errors.values()))
            return False
        except UserError as exc:
            dialogs.show_error(self, exc)
            return False
        case_id = self.case_id
        self.show_case(case_id)
        self.error.setText("")
        self.changed.emit(case_id)
        return True

    def remove(self) -> None:
        """Remove the selected service, after asking."""
        item = self.list.currentItem()
        if item is None or self.vault is None or self.case_id is None:
            return
        if not dialogs.ask(self, self.tr("Remove this service? Do it only for a service "
                                         "recorded by mistake.")):
            return
        try:
            services_given.remove(self.vault, self.case_id, item.data(0, 256))
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        case_id = self.case_id
        self.show_case(case_id)
        self.changed.emit(case_id)
