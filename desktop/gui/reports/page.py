"""Reports: choose a period and a site, see the statistics, export files.

"Show" computes the period report off the GUI thread (``statistics.period_report``, audited)
and shows its tables and charts. "Export…" asks for protection options, where to save, and
runs ``exports.export`` off the GUI thread with a progress bar and a Cancel button. Only roles
with ``RUN_REPORTS`` see any of it; everyone else sees a sentence.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.i18n import current_language
from desktop.core.services.accounts.permissions import Permission, can
from desktop.core.services.reports import exports, statistics
from desktop.core.services.reports.report_period import Period
from desktop.gui import dialogs, worker
from desktop.gui.page import Page
from desktop.gui.reports.export_dialog import ExportOptionsDialog
from desktop.gui.reports.export_runner import ExportRunner
from desktop.gui.reports.period_picker import PeriodPicker
from desktop.gui.reports.report_view import ReportView

FILTERS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)", "csv": "CSV (*.csv)",
           "zip": "ZIP (*.zip)"}


class ReportsPage(Page):
    """Period statistics on screen and exports, for supervisors and administrators."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options: ExportOptionsDialog | None = None
        self.show_task: worker.Task | None = None
        self._generation = 0
        self.not_allowed = QLabel(self.tr(
            "Reports and exports are for supervisors and administrators. Ask your supervisor "
            "for the figures you need."), self)
        self.not_allowed.setObjectName("not_allowed")
        self.not_allowed.setWordWrap(True)
        self.not_allowed.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.content = QWidget(self)
        self.picker = PeriodPicker(self.content)
        self.site = QComboBox(self.content)
        self.site.setObjectName("site")
        self.show_button = QPushButton(self.tr("Show"), self.content)
        self.show_button.setObjectName("show_report")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.show_report)
        self.busy = QLabel(self.content)
        self.busy.setObjectName("report_busy")
        self.kind = QComboBox(self.content)
        self.kind.setObjectName("export_kind")
        for key, label in self._kind_labels().items():
            self.kind.addItem(label, key)
        self.fmt = QComboBox(self.content)
        self.fmt.setObjectName("export_format")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.export_button = QPushButton(self.tr("Export…"), self.content)
        self.export_button.setObjectName("export")
        self.export_button.clicked.connect(self.export)
        self.runner = ExportRunner(self.content)
        self.runner.done.connect(lambda _: self._update_buttons())
        self.view = ReportView()
        self._layout()
        self._kind_changed()
        self.set_vault(None)

    def _layout(self) -> None:
        choose = QGroupBox(self.tr("Period and site"), self.content)
        form = QFormLayout(choose)
        form.addRow(self.tr("Period"), self.picker)
        site_row = QHBoxLayout()
        site_row.addWidget(self.site, 1)
        site_row.addWidget(self.show_button)
        site_row.addWidget(self.busy, 1)
        form.addRow(self.tr("Site"), site_row)
        export_box = QGroupBox(self.tr("Export a file"), self.content)
        export_row = QHBoxLayout(export_box)
        export_row.addWidget(QLabel(self.tr("Kind")))
        export_row.addWidget(self.kind, 2)
        export_row.addWidget(QLabel(self.tr("Format")))
        export_row.addWidget(self.fmt, 1)
        export_row.addWidget(self.export_button)
        top = QHBoxLayout()
        top.addWidget(choose, 3)
        top.addWidget(export_box, 2)
        scroll = QScrollArea(self.content)
        scroll.setObjectName("report_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.view)
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(top)
        inner.addWidget(self.runner)
        inner.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.not_allowed)
        layout.addWidget(self.content, 1)

    def title(self) -> str:
        """The navigation label."""
        return self.tr("Reports")

    def _kind_labels(self) -> dict[str, str]:
        return {
            "stats": self.tr("Statistics (tables and charts)"),
            "cases": self.tr("De-identified cases (one row per case)"),
            "incident-recorder": self.tr("GBVIMS Incident Recorder"),
            "victim-assistance": self.tr("SEA victim assistance"),
        }

    def _kind_changed(self) -> None:
        self.fmt.clear()
        for fmt in exports.FORMATS[self.kind.currentData()]:
            self.fmt.addItem(fmt.upper(), fmt)

    # -- vault ------------------------------------------------------------------------------
    def set_vault(self, vault: Any) -> None:
        """Show the controls to roles that may run reports; ``None`` clears everything."""
        self.vault = vault
        self._generation += 1
        allowed = vault is not None and can(vault.actor, Permission.RUN_REPORTS)
        if vault is None:
            self.runner.clear()
            if self.options is not None:
                self.options.reject()
                self.options = None
            self.site.clear()
            self.busy.clear()
        self.view.clear()
        self.not_allowed.setVisible(vault is not None and not allowed)
        self.content.setVisible(allowed)
        if allowed:
            self._load_sites()
        self._update_buttons()

    def refresh(self) -> None:
        """Keep the choices; the report is recomputed only on "Show"."""
        self._update_buttons()

    def _load_sites(self) -> None:
        self.site.clear()
        try:
            sites = statistics.sites(self.vault)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        mine = self.vault.actor.site_id
        names = dict(sites)
        self.site.addItem(self.tr("This site ({name})").format(name=names.get(mine, "")), mine)
        if len(sites) > 1:
            self.site.addItem(self.tr("All sites"), None)

    def _update_buttons(self) -> None:
        ready = self.vault is not None
        self.show_button.setEnabled(ready and self.show_task is None)
        self.export_button.setEnabled(ready and not self.runner.busy())

    # -- show -------------------------------------------------------------------------------
    def _period(self) -> Period | None:
        try:
            return self.picker.period()
        except UserError as exc:
            dialogs.show_error(self, exc)
            return None

    def show_report(self) -> worker.Task | None:
        """Compute the period report off the GUI thread, then show it."""
        period = self._period()
        if period is None or self.vault is None:
            return None
        vault, site_id, lang = self.vault, self.site.currentData(), current_language()
        generation = self._generation
        task = self.show_task = worker.start(
            lambda _task: statistics.period_report(vault, period, site_id=site_id, lang=lang))
        self.busy.setText(self.tr("Computing…"))
        self._update_buttons()
        task.finished.connect(lambda report: self._shown(generation, report))
        task.failed.connect(lambda exc: self._show_failed(generation, exc))
        return task

    def _shown(self, generation: int, report: Any) -> None:
        self.show_task = None
        self.busy.clear()
        self._update_buttons()
        if generation == self._generation and self.vault is not None:
            self.view.show_report(report)

    def _show_failed(self, generation: int, exc: UserError) -> None:
        self.show_task = None
        self.busy.clear()
        self._update_buttons()
        if (generation == self._generation and self.vault is not None
                and not isinstance(exc, worker.Cancelled)):
            dialogs.show_error(self, exc)

    # -- export -----------------------------------------------------------------------------
    def export(self) -> None:
        """Ask for options, then where to save, then run the export with progress."""
        period = self._period()
        if period is None or self.vault is None:
            return
        kind, fmt = self.kind.currentData(), self.fmt.currentData()
        site_id, lang = self.site.currentData(), current_language()

        def make_request(password: str | None, identifying: bool,
                         reason: str) -> exports.ExportRequest:
            return exports.ExportRequest(kind, fmt, period, site_id, password, identifying,
                                         reason, lang)

        self.options = ExportOptionsDialog(
            make_request, kind_label=self.kind.currentText(),
            may_identify=kind == "cases" and can(self.vault.actor,
                                                 Permission.IDENTIFYING_EXPORT), parent=self,
            csv=fmt == "csv", vet=lambda request: exports.vet(self.vault, request))
        self.options.accepted.connect(self._options_chosen)
        self.options.open()

    def _options_chosen(self) -> None:
        dialog, self.options = self.options, None
        if dialog is None or dialog.request is None or self.vault is None:
            return
        request = dialog.request
        dialog.deleteLater()
        name = exports.suggested_name(request)
        suffix = Path(name).suffix
        chosen = dialogs.save_file(self, self.tr("Save the export"), str(Path.home() / name),
                                   FILTERS.get(suffix.lstrip("."), ""))
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        self.runner.start(self.vault, request, target)
        self._update_buttons()
