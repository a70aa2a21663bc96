"""The case file's "Incidents" tab: each incident of the case (its GBV type, perpetrators,
date, who reported it, the mandatory report) and "New incident…" for a survivor who comes
back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.services.cases import incidents
from desktop.gui import dialogs
from desktop.gui.cases import catalogue_view as cv
from desktop.gui.cases.case_file_parts import show_date
from desktop.gui.cases.new_incident_dialog import NewIncidentDialog
from desktop.gui.table_fit import FittedColumns

DETAIL_STYLE = "background: #fafafa; border: 1px solid #dddddd; padding: 4px;"


class IncidentsPanel(QWidget):
    """Lists the incidents of a case; "New incident…" records another one."""

    changed = Signal(str)
    # Tests may replace this to fill the dialog instead of showing it.
    dialog: Callable[..., Any] = NewIncidentDialog

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.vault: Any = None
        self.case_id: str | None = None
        self.list = QTreeWidget(self)
        self.list.setObjectName("incidents:list")
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.setHeaderLabels([
            self.tr("No."), self.tr("Told on"), self.tr("Date of incident"),
            self.tr("Type of GBV"), self.tr("Alleged perpetrators"), self.tr("Reported by"),
            self.tr("Mandatory report")])
        # Columns sized to what they hold (dates and "Reported by" whole), the long texts
        # (perpetrators, mandatory report, GBV type) narrowed only when the list is too narrow.
        self.fitted = FittedColumns(self.list, lambda: [4, 6, 3])
        self.new_button = QPushButton(self.tr("New incident…"), self)
        self.new_button.setObjectName("case:new_incident")
        self.new_button.clicked.connect(self.new_incident)
        intro = QLabel(self.tr("A survivor who comes back after a new incident keeps her "
                               "case: record the incident here. Each incident is counted in "
                               "the statistics and the Incident Recorder."), self)
        intro.setWordWrap(True)
        self.closed_hint = QLabel(self.tr("The case is closed: reopen it (Actions) to record "
                                          "a new incident."), self)
        self.closed_hint.setObjectName("incidents:closed_hint")
        self.closed_hint.setWordWrap(True)
        self.closed_hint.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.closed_hint)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        self.detail = QLabel(self)
        self.detail.setObjectName("incidents:detail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet(DETAIL_STYLE)
        self.list.currentItemChanged.connect(self._show_detail)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)

    def set_vault(self, vault: Any) -> None:
        """``None`` (lock) clears the panel."""
        self.vault = vault
        if vault is None:
            self.show_case(None)

    def show_case(self, case_id: str | None, is_open: bool = True) -> None:
        """Show the incidents of a case (``None`` clears); a new one needs an open case."""
        self.case_id = case_id
        self.list.clear()
        self.detail.clear()
        self.new_button.setEnabled(case_id is not None and is_open)
        self.closed_hint.setVisible(case_id is not None and not is_open)
        if case_id is None or self.vault is None:
            return
        try:
            rows = incidents.list_incidents(self.vault, case_id)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        for row in rows:
            item = QTreeWidgetItem(self._cells(row))
            for column in range(item.columnCount()):
                item.setToolTip(column, item.text(column))  # a cut cell reads in full
            self.list.addTopLevelItem(item)
        self.fitted.fit()
        latest = self.list.topLevelItem(self.list.topLevelItemCount() - 1)
        if latest is not None:  # the latest incident, in full below the list
            self.list.setCurrentItem(latest)

    def _show_detail(self, item: QTreeWidgetItem | None, *_: object) -> None:
        if item is None:
            self.detail.clear()
            return
        header = self.list.headerItem()
        self.detail.setText("\n".join(
            f"{header.text(c)} : {item.text(c)}" if self.lang == "fr"
            else f"{header.text(c)}: {item.text(c)}" for c in range(item.columnCount())))

    def _cells(self, row: incidents.IncidentRow) -> list[str]:
        lang = self.lang
        when = show_date(row.incident_date) if row.incident_date else ""
        if row.date_precision in ("estimated", "unknown"):
            precision = cv.choice_label("date_precision", row.date_precision, lang).lower()
            when = f"{when} ({precision})" if when else precision
        people = "; ".join(", ".join(v for v in (
            cv.choice_label("relationships", p.relationship, lang),
            cv.choice_label("sex", p.sex, lang), cv.choice_label("age_groups", p.age_group, lang))
            if v) for p in row.perpetrators) or "—"
        if row.mandatory_report_made:
            report = self.tr("Yes: {to}, {on}").format(
                to=cv.choice_label("mandatory_report_recipients", row.mandatory_report_to,
                                   lang), on=show_date(row.mandatory_report_on))
            if row.mandatory_report_informed is False:
                report += " — " + self.tr("she was not told first")
        elif row.mandatory_report_made is False:
            report = self.tr("No")
        else:
            report = "—"
        return [str(row.number), show_date(row.date_of_interview), when,
                cv.choice_label("gbv_types", row.gbv_type, lang), people,
                cv.choice_label("reported_by", row.reported_by, lang) or "—", report]

    def new_incident(self) -> str | None:
        """Ask for the new incident; reload once it is saved."""
        if self.vault is None or self.case_id is None:
            return None
        dialog = self.dialog(self.vault, self.case_id, self.lang, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        case_id = self.case_id
        self.show_case(case_id)
        self.changed.emit(case_id)
        return str(dialog.incident_id or "")
