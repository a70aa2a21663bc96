"""The Backups section of the Administration page.

Back up now (off the GUI thread, with progress), the list of backups (date, kind, size), the
backup folder (e.g. a USB stick) and how many to keep, and restore (confirmed twice; then the
session locks and the login window comes back). "Backup written" is said only after the
service returned. The section's form is ``ui/backups.ui``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.core import i18n
from desktop.core.errors import UserError
from desktop.core.services.accounts import settings
from desktop.core.services.safety import backups
from desktop.gui import dialogs, look, restore_flow, worker

translate = QCoreApplication.translate


def _kind(reason: str) -> str:
    return {
        "daily": translate("Backups", "Daily"),
        "manual": translate("Backups", "Manual"),
        "before-upgrade": translate("Backups", "Before an upgrade"),
    }.get(reason, reason)


def _size(size: int) -> str:
    if size >= 1_000_000:
        return translate("Backups", "{n} MB").format(n=i18n.decimal(size / 1e6))
    return translate("Backups", "{n} kB").format(n=max(1, round(size / 1e3)))


class BackupsBox(QGroupBox):
    """Backups for administrators; emits ``written(path)`` after a backup was written."""

    written = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Any = None
        self.task: worker.Task | None = None
        self.items: list[backups.BackupInfo] = []
        look.load_into("backups", self)  # ui/backups.ui
        self.folder_label = look.child(self, QLabel, "backup_folder")
        self.keep = look.child(self, QSpinBox, "backup_keep")
        self.table = look.child(self, QTableWidget, "backups_table")
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.progress = look.child(self, QProgressBar, "backup_progress")
        self.progress.hide()
        self.status = look.child(self, QLabel, "backup_status")
        self.choose_button = self._button("choose_backup_folder", self.choose_folder)
        self.default_button = self._button("default_backup_folder", self.use_data_folder)
        self._button("save_backup_keep", self.save_keep)
        self.backup_button = self._button("backup_now", self.backup_now, "backup")
        self.restore_button = self._button("restore_backup", self.restore, "restore")
        self.restore_file_button = self._button("restore_file", self.restore_file, "import")

    def _button(self, name: str, action: Any, icon: str = "") -> QPushButton:
        """The form's push button ``name`` (tests find it by name), doing ``action``."""
        found = look.child(self, QPushButton, name)
        found.clicked.connect(lambda _=False: action())
        if icon:
            found.setIcon(look.icon(icon))
        return found

    # -- state ------------------------------------------------------------------------------
    def set_vault(self, vault: Any) -> None:
        """Show the backups of ``vault`` (an administrator's), or clear everything."""
        self.vault = vault
        self.status.clear()
        if vault is None:
            self.items = []
            self.table.setRowCount(0)
            self.folder_label.clear()
            return
        self.refresh()

    def refresh(self) -> None:
        """Read the folder, the rotation count and the list of backups again."""
        if self.vault is None:
            return
        try:
            chosen = str(settings.get(self.vault, "backup_folder"))
            self.folder_label.setText(chosen or translate(
                "Backups", "the data folder ({path})").format(path=self.vault.folder.backups_dir))
            self.keep.setValue(int(settings.get(self.vault, "backup_keep")))
            self.items = backups.list_backups(self.vault)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        self.table.setRowCount(len(self.items))
        for i, info in enumerate(self.items):
            for j, text in enumerate((f"{info.created_at:%d/%m/%Y %H:%M}", _kind(info.reason),
                                      _size(info.size))):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                self.table.setItem(i, j, item)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)

    # -- actions ----------------------------------------------------------------------------
    def backup_now(self) -> worker.Task | None:
        """Write a backup in the background; say "written" only when the service returned."""
        if self.vault is None or self.task is not None:
            return None
        vault = self.vault
        self.backup_button.setEnabled(False)
        self.progress.show()
        self.status.setText(translate("Backups", "Writing the backup…"))

        def work(_task: worker.Task) -> backups.BackupResult:
            return backups.make_backup(vault)

        self.task = worker.start(work, saves=True)
        self.task.finished.connect(self._written)
        self.task.failed.connect(self._failed)
        return self.task

    def _end_task(self) -> None:
        self.task = None
        self.progress.hide()
        self.backup_button.setEnabled(True)

    def _written(self, result: backups.BackupResult) -> None:
        self._end_task()
        self.status.setText(translate("Backups", "Backup written: {path} ({size}).").format(
            path=result.path, size=_size(result.size)))
        if result.notice:
            dialogs.warn(self, result.notice, translate("Backups", "Backup"))
        self.refresh()
        self.written.emit(result.path)

    def _failed(self, exc: UserError) -> None:
        self._end_task()
        self.status.setText(translate("Backups", "No backup was written."))
        dialogs.show_error(self, exc)

    def choose_folder(self) -> None:
        """Choose the backup folder (a USB stick, for example)."""
        if self.vault is None:
            return
        start = str(settings.get(self.vault, "backup_folder")) or str(Path.home())
        chosen = dialogs.choose_folder(self, translate("Backups", "Backup folder"), start)
        if chosen:
            self._save_folder(chosen)

    def use_data_folder(self) -> None:
        """Write backups to the data folder's backups/ again."""
        self._save_folder("")

    def _save_folder(self, path: str) -> None:
        try:
            backups.set_backup_folder(self.vault, path)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        self.refresh()
        self.status.setText(translate("Backups", "Saved."))

    def save_keep(self) -> None:
        """Save how many backups to keep."""
        try:
            settings.set_value(self.vault, "backup_keep", self.keep.value())
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        self.status.setText(translate("Backups", "Saved."))

    def restore(self) -> None:
        """Restore the selected backup (confirmed twice, then the login comes back)."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            dialogs.inform(self, translate("Backups", "Select a backup in the list first."))
            return
        self._restore(self.items[row].path)

    def restore_file(self) -> None:
        """Restore a backup file chosen on disk (e.g. from another computer's stick)."""
        chosen = dialogs.open_file(self, translate("Backups", "Choose a backup"),
                                   translate("Backups", "Relais backups (*.relaisbak)"))
        if chosen:
            self._restore(Path(chosen))

    def _restore(self, path: Path) -> None:
        actor = self.vault.actor if self.vault is not None else None
        username = actor.username if actor is not None and not actor.is_recovery else ""
        restore_flow.ask_and_restore(self, path, username)
