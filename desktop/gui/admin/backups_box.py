"""The Backups section of the Administration page.

Back up now (off the GUI thread, with progress), the list of backups (date, kind, size), the
backup folder (e.g. a USB stick) and how many to keep, and restore (confirmed twice; then the
session locks and the login window comes back). "Backup written" is said only after the
service returned.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import i18n
from desktop.core.errors import UserError
from desktop.core.services.accounts import settings
from desktop.core.services.safety import backups
from desktop.gui import dialogs, restore_flow, worker

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
        super().__init__(translate("Backups", "Backups"), parent)
        self.vault: Any = None
        self.task: worker.Task | None = None
        self.items: list[backups.BackupInfo] = []
        self.folder_label = QLabel()
        self.folder_label.setObjectName("backup_folder")
        self.folder_label.setWordWrap(True)
        self.keep = QSpinBox()
        self.keep.setObjectName("backup_keep")
        self.keep.setRange(1, 365)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backups_table")
        self.table.setHorizontalHeaderLabels([
            translate("Backups", "Date"), translate("Backups", "Kind"),
            translate("Backups", "Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(160)
        self.progress = QProgressBar()
        self.progress.setObjectName("backup_progress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)

        where = QHBoxLayout()
        where.addWidget(QLabel(translate("Backups", "Backup folder:")))
        where.addWidget(self.folder_label, 1)
        self.choose_button = self._button(where, "choose_backup_folder",
                                          translate("Backups", "Choose…"), self.choose_folder)
        self.default_button = self._button(where, "default_backup_folder",
                                           translate("Backups", "Data folder"),
                                           self.use_data_folder)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(translate("Backups", "Keep the newest")))
        keep_row.addWidget(self.keep)
        keep_row.addWidget(QLabel(translate("Backups", "daily and manual backups")))
        self._button(keep_row, "save_backup_keep", translate("Backups", "Save"), self.save_keep)
        keep_row.addStretch(1)
        actions = QHBoxLayout()
        self.backup_button = self._button(actions, "backup_now",
                                          translate("Backups", "Back up now"), self.backup_now)
        self.restore_button = self._button(actions, "restore_backup",
                                           translate("Backups", "Restore…"), self.restore)
        self.restore_file_button = self._button(
            actions, "restore_file", translate("Backups", "Restore from a file…"),
            self.restore_file)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate(
            "Backups", "A backup is made at the first login of each day. Backups are encrypted: "
                       "they open only with a password or the recovery key.")))
        layout.addLayout(where)
        layout.addLayout(keep_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)

    @staticmethod
    def _button(row: QHBoxLayout, name: str, label: str, action: Any) -> QPushButton:
        """A push button named ``name`` (tests find it by name), added to ``row``."""
        made = QPushButton(label)
        made.setObjectName(name)
        made.clicked.connect(action)
        row.addWidget(made)
        return made

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
