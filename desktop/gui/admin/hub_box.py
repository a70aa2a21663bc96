"""The Hub section of the Administration page: where this site stands with the national hub
(address, its name there, the hub's fingerprint, last sync, changes waiting), *Synchronise*
(in the background, with progress; one sync at a time with the automatic one of a login,
``desktop.gui.hub_sync``), whether to synchronise at each login, and *Enrol at a hub…*
(address and one-time code)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.services.accounts import settings
from desktop.core.services.sync import at_login, sync_service
from desktop.gui import dialogs, hub_sync, worker

translate = QCoreApplication.translate


class HubBox(QGroupBox):
    """This site's standing at the hub, and the buttons that enrol and synchronise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("HubBox", "National hub"), parent)
        self.setObjectName("hub_box")
        self.vault: Any = None
        self.task: worker.Task | None = None
        form = QFormLayout(self)
        self.state = QLabel(self)
        self.state.setObjectName("hub:state")
        self.state.setWordWrap(True)
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("hub:fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_sync = QLabel(self)
        self.last_sync.setObjectName("hub:last_sync")
        self.backlog = QLabel(self)
        self.backlog.setObjectName("hub:backlog")
        form.addRow(translate("HubBox", "Hub"), self.state)
        form.addRow(translate("HubBox", "Hub's fingerprint"), self.fingerprint)
        form.addRow(translate("HubBox", "Last synchronisation"), self.last_sync)
        form.addRow(translate("HubBox", "Changes waiting"), self.backlog)
        self.reference = QLabel(self)
        self.reference.setObjectName("hub:reference")
        self.reference.setWordWrap(True)
        form.addRow(translate("HubBox", "Reference lists"), self.reference)
        self.automatic = QCheckBox(translate(
            "HubBox", "Synchronise at each login when the hub answers"), self)
        self.automatic.setObjectName("hub:automatic")
        self.automatic.setToolTip(translate(
            "HubBox", "Whoever logs in, the site sends its waiting changes and receives the "
                      "national directory and its packages, in the background."))
        self.automatic.toggled.connect(self._set_automatic)
        form.addRow(self.automatic)
        row = QHBoxLayout()
        self.sync_button = QPushButton(translate("HubBox", "Synchronise"), self)
        self.sync_button.setObjectName("hub:sync")
        self.sync_button.clicked.connect(self.synchronise)
        self.enrol_button = QPushButton(translate("HubBox", "Enrol at a hub…"), self)
        self.enrol_button.setObjectName("hub:enrol")
        self.enrol_button.clicked.connect(self.enrol)
        self.progress = QLabel(self)
        self.progress.setObjectName("hub:progress")
        self.progress.setWordWrap(True)  # a refusal in full, without widening the page
        row.addWidget(self.sync_button)
        row.addWidget(self.enrol_button)
        row.addWidget(self.progress, 1)
        form.addRow(row)
        hub_sync.notifier().changed.connect(self._sync_changed)
        hub_sync.notifier().sent.connect(self._sent)

    def set_vault(self, vault: Any) -> None:
        """Show the standing of ``vault``'s site (an administrator's), or nothing."""
        self.vault = vault
        self.progress.setText(hub_sync.last_line() if vault is not None else "")
        self.refresh()

    def refresh(self) -> None:
        """Read the standing again."""
        standing = sync_service.standing(self.vault) if self.vault is not None else None
        self.sync_button.setEnabled(standing is not None and hub_sync.current() is None)
        automatic = translate("HubBox", "Synchronising automatically…")
        if self.task is None and hub_sync.automatic_running():
            self.progress.setText(automatic)
        elif self.progress.text() == automatic:
            self.progress.clear()
        self.automatic.setVisible(standing is not None and bool(standing.hub_url))
        if standing is None:
            self.state.setText(translate(
                "HubBox", "Not enrolled: ask the hub's coordinator for an enrolment code."))
            for label in (self.fingerprint, self.last_sync, self.backlog, self.reference):
                label.clear()
            return
        self.automatic.blockSignals(True)
        self.automatic.setChecked(bool(settings.get(self.vault, at_login.SETTING)))
        self.automatic.blockSignals(False)
        self.state.setText(translate("HubBox", "{site} at {url}").format(
            site=standing.hub_site, url=standing.hub_url or translate("HubBox", "(by file)")))
        self.fingerprint.setText(standing.hub_fingerprint)
        self.last_sync.setText(standing.last_sync_at.strftime("%d/%m/%Y %H:%M")
                               if standing.last_sync_at else translate("HubBox", "never"))
        self.backlog.setText(str(standing.backlog))
        self.reference.setText(_reference_text(standing.reference))

    def synchronise(self) -> None:
        """Send what waits to the hub in the background; say what was sent."""
        vault = self.vault

        def work(task: worker.Task) -> sync_service.Result:
            return sync_service.sync(vault, progress=hub_sync.report,
                                     stop=lambda: task.cancelled)  # a lock stops it

        task = hub_sync.start(work)
        if task is None:  # the automatic sync of a login runs: it says when it ends
            return
        self.task = task
        self.sync_button.setEnabled(False)
        self.progress.setText(translate("HubBox", "Synchronising…"))
        self.task.finished.connect(self._done)
        self.task.failed.connect(self._failed)

    def _sent(self, cases: int) -> None:
        if self.task is not None:
            self.progress.setText(hub_sync.sending(cases))

    def _done(self, result: sync_service.Result) -> None:
        self.task = None
        self.progress.setText(hub_sync.summary(result))  # what went up and came down
        self.progress.setToolTip(hub_sync.problems(result))
        self.refresh()

    def _failed(self, error: UserError) -> None:
        self.task = None
        self.progress.setText(error.message)
        self.refresh()

    def _sync_changed(self) -> None:
        """A sync started or ended elsewhere (the automatic one of a login): read again."""
        if self.vault is None or self.task is not None:
            return
        if hub_sync.current() is None:  # the automatic sync ended: how it went
            self.progress.setText(hub_sync.last_line())
        try:
            self.refresh()
        except UserError:  # the session is being locked
            return

    def _set_automatic(self, on: bool) -> None:
        try:
            settings.set_value(self.vault, at_login.SETTING, on)
        except UserError as exc:
            dialogs.show_error(self, exc)
            self.refresh()

    def enrol(self) -> None:
        """Ask the hub's address and the one-time code, then enrol."""
        url, ok = QInputDialog.getText(self, translate("HubBox", "Enrol at a hub"),
                                       translate("HubBox", "The hub's address (https://…)"),
                                       QLineEdit.EchoMode.Normal, "https://")
        if not ok or not url.strip():
            return
        code, ok = QInputDialog.getText(self, translate("HubBox", "Enrol at a hub"),
                                        translate("HubBox", "The one-time enrolment code"))
        if not ok or not code.strip():
            return
        try:
            sync_service.enrol(self.vault, url.strip(), code.strip())
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        self.refresh()
        self.progress.setText(translate(
            "HubBox", "Enrolled. Compare the hub's fingerprint with the coordinator's."))


def _reference_text(held: Any) -> str:
    """The reference lists version held, and the lists it updated."""
    if held is None or not held.version:
        return translate("HubBox", "as shipped with this version of Relais")
    return translate("HubBox", "version {version} from the hub ({lists})").format(
        version=held.version, lists=", ".join(held.lists))
