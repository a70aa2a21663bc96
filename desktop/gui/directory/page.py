"""The Directory page: service providers, search and filters, add/edit, import (CSV, XLSX)
with a preview, CSV export."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError, ValidationError
from desktop.core.i18n import current_language
from desktop.core.services.accounts.permissions import Permission, can
from desktop.core.services.referrals import directory, directory_import
from desktop.gui import dialogs, worker
from desktop.gui.directory.import_preview import ImportPreviewDialog
from desktop.gui.directory.model import ProviderModel
from desktop.gui.directory.provider_dialog import ProviderDialog
from desktop.gui.packages.directory_cards import CardActions
from desktop.gui.page import Page
from desktop.gui.referrals import labels, modal
from desktop.gui.referrals.tables import row_table, selected_item

CSV_FILTER = "CSV (*.csv)"
IMPORT_FILTER = "CSV, Excel (*.csv *.txt *.xlsx)"


class DirectoryPage(Page):
    """Registered in ``desktop.gui.pages`` as ``directory``."""

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.lang = lang or current_language()
        self.import_task: worker.Task | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("directory:search")
        self.search.setPlaceholderText(self.tr("Search by name, town, contact…"))
        self.search.textChanged.connect(self.refresh)
        self.service = self._filter("directory:service", self.tr("All services"),
                                    labels.SERVICE_TYPES)
        self.region = self._filter("directory:region", self.tr("All regions"), labels.REGIONS)
        self.inactive = QCheckBox(self.tr("Show inactive"), self)
        self.inactive.setObjectName("directory:show_inactive")
        self.inactive.toggled.connect(self.refresh)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.service, 1)
        filters.addWidget(self.region, 1)
        filters.addWidget(self.inactive)
        self.model = ProviderModel(self.lang, self)
        self.table = row_table(self, "directory:table", self.model, 3)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.count = QLabel(self)
        self.count.setObjectName("directory:count")
        self.add_button = self._button("directory:add", self.tr("Add a provider…"), self.add)
        self.edit_button = self._button("directory:edit", self.tr("Open…"), self.open_selected)
        self.deactivate_button = self._button("directory:deactivate", self.tr("Deactivate"),
                                              self.deactivate)
        self.import_button = self._button("directory:import", self.tr("Import (CSV, Excel)…"),
                                          self.import_csv)
        self.export_button = self._button("directory:export", self.tr("Export CSV…"),
                                          self.export_csv)
        bar = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.deactivate_button):
            bar.addWidget(button)
        self.cards = CardActions(self)  # partners' contact cards (desktop/gui/packages)
        for button in self.cards.buttons():
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addLayout(bar)
        self._update_buttons()

    def _filter(self, name: str, everything: str, list_name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(everything, None)
        for code, text in labels.choices(list_name, self.lang):
            combo.addItem(text, code)
        combo.currentIndexChanged.connect(self.refresh)
        return combo

    def _button(self, name: str, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def title(self) -> str:
        return self.tr("Directory")

    # -- Page interface ---------------------------------------------------------------------
    def set_vault(self, vault: Any) -> None:
        """Show the providers after login; ``None`` clears the table."""
        super().set_vault(vault)
        if vault is None:
            self.model.set_rows([])
            self.search.clear()
            self.count.clear()
        else:
            self.refresh()
        self._update_buttons()

    def refresh(self) -> None:
        """List the providers matching the search and the filters."""
        if self.vault is None:
            return
        try:
            rows = directory.list_providers(
                self.vault, text=self.search.text().strip() or None,
                service_type=self.service.currentData(), region=self.region.currentData(),
                include_inactive=self.inactive.isChecked())
        except UserError as exc:
            dialogs.show_error(self, exc)
            rows = []
        self.model.electronic = self.cards.electronic_ids(self.vault)
        self.model.set_rows(rows)
        self.count.setText(self.tr("{count} providers").format(count=len(rows)))
        self._update_buttons()

    # -- actions ----------------------------------------------------------------------------
    def _manager(self) -> bool:
        return can(getattr(self.vault, "actor", None), Permission.MANAGE_DIRECTORY)

    def _update_buttons(self) -> None:
        manager = self.vault is not None and self._manager()
        for button in (self.add_button, self.deactivate_button, self.import_button):
            button.setVisible(manager)
        self.cards.update(manager)
        self.edit_button.setText(self.tr("Edit…") if manager else self.tr("Details…"))
        self.export_button.setEnabled(self.vault is not None)

    def selected(self) -> Any:
        """The provider selected in the table, or ``None``."""
        return selected_item(self.table, self.model)

    def add(self) -> None:
        """A new provider (administrators)."""
        dialog = ProviderDialog(self.lang, parent=self)
        self._save_loop(dialog, lambda values: directory.create_provider(self.vault, values))

    def open_selected(self) -> None:
        """Edit the selected provider (administrators) or show its details (others)."""
        provider = self.selected()
        if provider is None or self.vault is None:
            return
        if not self._manager():
            modal.run(ProviderDialog(self.lang, provider, read_only=True, parent=self))
            return
        dialog = ProviderDialog(self.lang, provider, parent=self)
        self._save_loop(dialog, lambda values: directory.update_provider(
            self.vault, provider.id, values))

    def _save_loop(self, dialog: ProviderDialog, save: Callable[[dict[str, Any]], Any]) -> None:
        while modal.run(dialog):
            try:
                save(dialog.values())
            except ValidationError as exc:
                dialog.show_errors(exc.errors)
                continue
            except UserError as exc:
                dialogs.show_error(self, exc)
                return
            self.refresh()
            return

    def deactivate(self) -> None:
        """Mark the selected provider inactive (kept for old referrals)."""
        provider = self.selected()
        if provider is None or not dialogs.ask(self, self.tr(
                "Deactivate {name}? It will no longer be offered for new referrals.").format(
                    name=provider.name)):
            return
        try:
            directory.set_active(self.vault, provider.id, False)
        except UserError as exc:
            dialogs.show_error(self, exc)
        self.refresh()

    def import_csv(self) -> None:
        """Choose a CSV or XLSX file, preview what importing it would do (read off the GUI
        thread), and write the good rows only when the administrator clicks Import."""
        path = dialogs.open_file(self, self.tr("Import providers from a CSV or Excel file"),
                                 IMPORT_FILTER)
        if not path or self.vault is None:
            return
        vault = self.vault
        self.import_button.setEnabled(False)
        self.count.setText(self.tr("Reading the file…"))
        task = self.import_task = worker.start(
            lambda _task: directory_import.preview_import(vault, path))
        task.finished.connect(lambda preview: self._previewed(vault, preview))
        task.failed.connect(self._import_failed)

    def _previewed(self, vault: Any, preview: directory_import.ImportPreview) -> None:
        self._import_over()
        if self.vault is not vault:  # locked meanwhile: nothing is shown or written
            return
        if not modal.run(ImportPreviewDialog(preview, self)) or self.vault is not vault:
            return
        self.import_button.setEnabled(False)
        task = self.import_task = worker.start(
            lambda _task: directory_import.apply_import(vault, preview), saves=True)
        task.finished.connect(self._imported)
        task.failed.connect(self._import_failed)

    def _imported(self, report: directory_import.ImportReport) -> None:
        self._import_over()
        dialogs.inform(self, self.tr(
            "{added} providers added, {updated} updated, {unchanged} already up to date, "
            "{skipped} rows skipped.").format(
                added=report.added, updated=report.updated, unchanged=report.unchanged,
                skipped=report.skipped))

    def _import_failed(self, exc: UserError) -> None:
        self._import_over()
        if self.vault is not None:
            dialogs.show_error(self, exc)

    def _import_over(self) -> None:
        self.import_task = None
        self.import_button.setEnabled(True)
        self.refresh()

    def export_csv(self) -> None:
        """Write the directory to a CSV file the person chooses."""
        path = dialogs.save_file(self, self.tr("Export the directory"), "directory.csv",
                                 CSV_FILTER)
        if not path:
            return
        try:
            count = directory.export_csv(self.vault, path, self.lang)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        dialogs.inform(self, self.tr("{count} providers written to {path}.").format(
            count=count, path=path))
