"""Restoring a backup from the GUI, and the messages of the daily backup after login.

``install(shell)`` (called once by ``app.run_gui``) makes the login window's "Restore a
backup…" button offer the latest good backup when the database is damaged, and shows the daily
backup's notice (e.g. "the USB stick is not plugged in") after each unlock.

A restore needs the folder closed: the session is locked first, the restore runs off the GUI
thread, and the login window comes back. The person proves themselves with an administrator's
password *as it is in the backup* or the recovery key; the backup is then opened and verified
(before the session is locked) so that the confirmation names its organisation, site, date and
number of cases, and a backup of another database needs one more confirmation naming both.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.services.accounts import settings
from desktop.core.services.safety import backups, restore
from desktop.gui import dialogs, look, worker

translate = QCoreApplication.translate

_state: dict[str, Any] = {"shell": None, "task": None, "dialog": None, "progress": None}


class RestoreDialog(QDialog):
    """Asks who restores: an administrator's username and password, or the recovery key
    (``ui/restore.ui``).

    On "Restore" the backup is opened and verified with that secret off the GUI thread
    (``restore.preview``: nothing is locked or replaced); a wrong secret is said here. Then
    ``chosen(values, summary)`` is emitted with ``username``/``password`` or ``recovery_key``
    and what the backup holds, for the confirmation.
    """

    chosen = Signal(object, object)

    def __init__(self, backup: Path, username: str = "", parent: QWidget | None = None, *,
                 folder: Any = None, live_organisation: str = "") -> None:
        super().__init__(parent)
        self.backup = backup
        self.folder = folder
        self.live_organisation = live_organisation
        self.task: worker.Task | None = None
        look.load_into("restore", self)  # ui/restore.ui
        self.explain = look.child(self, QLabel, "explain")
        self.username = look.child(self, QLineEdit, "restore_username")
        self.username.setText(username)
        self.password = look.child(self, QLineEdit, "restore_password")
        self.use_recovery = look.child(self, QCheckBox, "restore_use_recovery")
        self.use_recovery.toggled.connect(self._toggle)
        self.message = look.child(self, QLabel, "restore_message")
        self.message.hide()
        self.form = look.child(self, QFormLayout, "form")
        self.password_label = look.child(self, QLabel, "password_label")
        buttons = look.child(self, QDialogButtonBox, "buttons")
        self.ok = buttons.addButton(translate("Restore", "Restore"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("restore_ok")
        self.ok.setIcon(look.icon("restore"))
        buttons.addButton(translate("Restore", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        if username:
            self.password.setFocus()

    def _toggle(self, on: bool) -> None:
        """The recovery key in place of the username and password (shown as typed)."""
        self.form.setRowVisible(self.username, not on)
        self.password_label.setText(translate("Restore", "Recovery key:") if on
                                    else translate("Restore", "Password:"))
        self.password.setEchoMode(QLineEdit.EchoMode.Normal if on
                                  else QLineEdit.EchoMode.Password)
        self.password.setFocus()
        self.adjustSize()  # no hole where the username row was

    def _say(self, text: str) -> None:
        """Show ``text`` under the form, the dialog growing to show all of it."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.adjustSize()

    def secret(self) -> dict[str, str]:
        """The fields as keyword arguments for the restore service."""
        if self.use_recovery.isChecked():
            return {"recovery_key": self.password.text()}
        return {"username": self.username.text().strip(), "password": self.password.text()}

    def submit(self) -> None:
        """Open and verify the backup with the secret (off the GUI thread); on success emit
        ``chosen`` and close, otherwise say why here."""
        if self.task is not None:
            return
        values = self.secret()
        backup, folder, live = self.backup, self.folder, self.live_organisation
        self.ok.setEnabled(False)
        self._say(translate("Restore", "Opening the backup…"))

        def work(_task: worker.Task) -> restore.BackupSummary:
            return restore.preview(folder, backup, live_organisation=live, **values)

        self.task = worker.start(work)
        self.task.finished.connect(lambda summary: self._opened(values, summary))
        self.task.failed.connect(self._refused)

    def _opened(self, values: dict[str, str], summary: restore.BackupSummary) -> None:
        self.task = None
        self.password.clear()
        self.accept()
        self.chosen.emit(values, summary)

    def _refused(self, exc: UserError) -> None:
        self.task = None
        self.ok.setEnabled(True)
        self._say(str(exc))
        self.password.clear()


def install(shell: Any) -> None:
    """Hook the restore offer into the login window and the daily backup notice into unlock."""
    _state["shell"] = shell
    backups.defer_daily_backups(True)
    shell.restore_handler = offer_latest
    if shell.login is not None:  # a login window already shown
        shell.login.restore_requested.connect(offer_latest)
    shell.unlocked.connect(lambda: show_login_notice(shell))


def show_login_notice(shell: Any) -> worker.Task | None:
    """Run the daily backup if it is due (off the GUI thread; the lock waits for it), then
    show what it has to say (an unplugged stick, a full disk), if anything."""
    vault = shell.vault
    if vault is None:
        return None

    def work(_task: worker.Task) -> backups.BackupResult | None:
        return backups.run_due_backup(vault)

    def done(_result: object = None) -> None:
        notice = backups.take_login_notice(vault)
        if notice and shell.vault is vault:
            dialogs.warn(shell.main, notice, translate("Restore", "Backup"))

    task = worker.start(work, saves=True)
    task.finished.connect(done)
    task.failed.connect(done)
    _state["daily"] = task
    return task


def offer_latest() -> None:
    """From the login window after ``DamagedData``: offer the newest good backup."""
    shell = _state["shell"]
    parent = shell.login if shell is not None else None
    latest = backups.latest_good_backup(shell.folder)
    if latest is None:
        dialogs.warn(parent, translate(
            "Restore", "No backup was found in the data folder or the backup folder. Choose a "
                       "backup file (for example on the USB stick)."))
        chosen = dialogs.open_file(parent, translate("Restore", "Choose a backup"),
                                   translate("Restore", "Relais backups (*.relaisbak)"))
        if not chosen:
            return
        latest = Path(chosen)
    username = shell.login.username.text() if shell.login is not None else ""
    ask_and_restore(parent, latest, username)


def ask_and_restore(parent: QWidget | None, backup: Path, username: str = "") -> None:
    """Ask who restores and open the backup with that secret; then show what it holds and
    confirm (twice, and once more naming both organisations if it is of another database);
    then lock, restore off the GUI thread and log in again."""
    _state["dialog"] = None
    try:
        backups.backup_date(backup)  # a file that is not a backup is said at once
    except UserError as exc:
        dialogs.show_error(parent, exc)
        return
    shell = _state["shell"]
    live = ""
    if shell is not None and shell.vault is not None:
        live = str(settings.get(shell.vault, "organisation") or "")
    dialog = RestoreDialog(backup, username, parent, folder=shell.folder if shell else None,
                           live_organisation=live)
    _state["dialog"] = dialog
    dialog.chosen.connect(lambda values, summary: confirm(parent, backup, values, summary))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def confirm(parent: QWidget | None, backup: Path, values: dict[str, Any],
            summary: restore.BackupSummary) -> bool:
    """The confirmations, with what the verified backup holds; starts the restore if all
    are answered yes."""
    title = translate("Restore", "Restore a backup")
    date = f"{summary.created_at:%d/%m/%Y %H:%M}"
    first = translate(
        "Restore",
        "Restore the backup of {organisation} ({site}), made on {date}, holding {cases} "
        "cases?\n\nThe database is replaced by the one in the backup: everything saved after "
        "{date} will no longer be in Relais. The current files are kept in a 'replaced-…' "
        "folder inside the data folder. Everyone is logged out.").format(
            organisation=summary.organisation, site=summary.site, date=date,
            cases=summary.cases)
    if not dialogs.ask(parent, first, title, yes=translate("Restore", "Continue"),
                       no=translate("Restore", "Cancel")):
        return False
    if summary.other:
        live = summary.live_organisation or translate("Restore", "the database now in this "
                                                                 "folder")
        other = translate(
            "Restore",
            "This backup is of another organisation or database: {organisation} ({site}), not "
            "{live}.\n\nReplace the database of {live} with that of {organisation}? Only do "
            "this if you mean to take this PC over for {organisation}.").format(
                organisation=summary.organisation, site=summary.site, live=live)
        if not dialogs.ask(parent, other, title,
                           yes=translate("Restore", "Replace with {organisation}").format(
                               organisation=summary.organisation),
                           no=translate("Restore", "Cancel")):
            return False
        values = {**values, "replace_other_organisation": True}
    second = translate("Restore", "Are you sure? Work saved after {date} will be set aside.") \
        .format(date=date)
    if not dialogs.ask(parent, second, title, yes=translate("Restore", "Restore"),
                       no=translate("Restore", "Cancel")):
        return False
    start_restore(backup, values)
    return True


def start_restore(backup: Path, values: dict[str, Any]) -> worker.Task | None:
    """Lock the session (the folder must be closed), then restore in the background."""
    shell = _state["shell"]
    if shell.vault is not None and not shell.lock("logout"):
        # A backup or a save is still running: the lock waits for it, and so do we.
        QTimer.singleShot(300, lambda: start_restore(backup, values))
        return None
    folder = shell.folder
    progress = QProgressDialog(translate("Restore", "Restoring the backup…"), "", 0, 0,
                               shell.login)
    progress.setCancelButton(None)  # type: ignore[arg-type]
    progress.setMinimumDuration(0)
    progress.show()
    _state["progress"] = progress

    def work(_task: worker.Task) -> restore.RestoreResult:
        return restore.restore_backup(folder, backup, **values)  # type: ignore[arg-type]

    _state["outcome"] = None
    task = worker.start(work, saves=True)
    task.finished.connect(lambda result: _restored(shell, result))
    task.failed.connect(lambda exc: _failed(shell, exc))
    _state["task"] = task
    return task


def _close_progress() -> None:
    progress = _state.pop("progress", None)
    if progress is not None:
        progress.close()
        progress.deleteLater()


def _restored(shell: Any, result: restore.RestoreResult) -> None:
    _close_progress()
    text = translate("Restore", "The backup of {date} was restored ({n} accounts). Log in "
                                "again.").format(date=f"{result.backup_created_at:%d/%m/%Y %H:%M}",
                                                 n=result.accounts)
    if result.replaced is not None:
        text += "\n" + translate("Restore", "The replaced files are kept in {path}.").format(
            path=result.replaced)
    shell.show_login("")
    _state["outcome"] = result
    dialogs.inform(shell.login, text, translate("Restore", "Backup restored"))


def _failed(shell: Any, exc: UserError) -> None:
    _close_progress()
    shell.show_login("")
    _state["outcome"] = exc
    dialogs.show_error(shell.login, exc)
