"""*Import a package…*: choose the file, import it off the GUI thread (a progress dialog for
big batches), then one clear summary; a package from an unknown sender is refused with the
sender's fingerprint and how to add their card."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core.errors import UserError
from desktop.core.services.packages import receiving
from desktop.core.services.packages.package_files import PACKAGE_SUFFIX
from desktop.gui import dialogs, worker
from desktop.gui.packages.fingerprint import spaced

translate = QCoreApplication.translate
PACKAGE_FILTER = f"Relais (*{PACKAGE_SUFFIX});;* (*)"
SHOW_PROGRESS_AFTER_MS = 400  # a small package is done before the dialog would appear


def summary(result: Any) -> str:
    """What an import did, in one sentence a person can check."""
    if result.already_imported:
        return translate("PackageImport", "This package from {organisation} was already "
                         "imported: nothing was added.").format(
                             organisation=result.sender_organisation)
    return translate(
        "PackageImport", "Package from {organisation}: {new} new incoming referrals, {feedbacks} "
        "feedbacks applied, {known} already known (nothing was added twice).").format(
            organisation=result.sender_organisation, new=result.new_incoming,
            feedbacks=result.feedbacks_applied, known=result.duplicates)


def unknown_sender_text(exc: Any) -> str:
    """The refusal of a package whose sender's card is not in the directory."""
    return translate(
        "PackageImport", "Nothing was imported: this package comes from {organisation}, whose "
        "contact card is not in your directory.\n\nIts fingerprint is {fingerprint}.\n\nAsk "
        "them for their contact card, call them on a number you already know to check that "
        "fingerprint, then in the Directory select their provider and click “Import a "
        "partner's card…”. Import the package again afterwards.").format(
            organisation=getattr(exc, "organisation", "") or "?",
            fingerprint=spaced(str(getattr(exc, "fingerprint", ""))))


class PackageImporter(QObject):
    """Runs one import at a time for ``parent``; ``imported(result)`` once it is done (after
    the summary), ``task`` while it runs."""

    imported = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = parent
        self.task: worker.Task | None = None
        self.progress: QProgressDialog | None = None
        self.result: Any = None

    def choose_and_import(self, vault: Any) -> None:
        """Ask for the package file, then import it."""
        if vault is None or self.task is not None:
            return
        path = dialogs.open_file(self.widget, translate("PackageImport", "Import a package"),
                                 PACKAGE_FILTER)
        if path:
            self.import_path(vault, Path(path))

    def import_path(self, vault: Any, path: Path) -> worker.Task:
        """Import ``path`` in a worker thread (the lock waits for it)."""

        def work(task: worker.Task) -> Any:
            def progress(done: int, total: int) -> None:
                if task.cancelled:
                    raise worker.Cancelled()
                task.report(100 * done // max(total, 1))

            return receiving.import_package(vault, path, progress=progress)

        self.progress = dialog = QProgressDialog(
            translate("PackageImport", "Checking and importing the package…"),
            translate("PackageImport", "Cancel"), 0, 100, self.widget)
        dialog.setObjectName("package:progress")
        dialog.setWindowTitle(translate("PackageImport", "Import a package"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        task = self.task = worker.start(work, saves=True)
        task.progress.connect(dialog.setValue)
        dialog.canceled.connect(task.cancel)
        task.finished.connect(self._done)
        task.failed.connect(self._failed)
        return task

    def _over(self) -> None:
        self.task = None
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, result: Any) -> None:
        self._over()
        self.result = result
        dialogs.inform(self.widget, summary(result),
                       translate("PackageImport", "Package imported"))
        self.imported.emit(result)

    def _failed(self, exc: UserError) -> None:
        self._over()
        if isinstance(exc, receiving.UnknownSender):
            dialogs.warn(self.widget, unknown_sender_text(exc),
                         translate("PackageImport", "Unknown sender"))
        elif isinstance(exc, worker.Cancelled):
            dialogs.inform(self.widget, translate(
                "PackageImport", "Import cancelled: nothing was imported."))
        else:
            dialogs.show_error(self.widget, exc)
