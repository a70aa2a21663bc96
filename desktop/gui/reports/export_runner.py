"""Run one export off the GUI thread, with a progress bar and a Cancel button.

The export service writes through a temporary file renamed at the very end, so a cancelled or
failed export leaves no file. The runner says where the file was written only once the service
call has returned. If Cancel comes too late (the file was already complete), the person is told
the truth: the file was written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.core.errors import UserError
from desktop.core.services.reports import exports
from desktop.gui import dialogs, worker


class _Outcome:
    """What the work function returned, seen by the GUI thread even after a late cancel."""

    def __init__(self) -> None:
        self.result: exports.ExportResult | None = None


class ExportRunner(QWidget):
    """A progress strip for one export at a time."""

    done = Signal(object)  # the ExportResult, or None when cancelled or failed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: worker.Task | None = None
        self._outcome = _Outcome()
        self.status = QLabel(self)
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("export_progress")
        self.bar.setRange(0, 100)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancel_export")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status, 2)
        layout.addWidget(self.bar, 2)
        layout.addWidget(self.cancel_button)
        self._idle()

    def busy(self) -> bool:
        """True while an export runs."""
        return self.task is not None

    def start(self, vault: Any, request: exports.ExportRequest, target: Path) -> worker.Task:
        """Start writing ``request`` to ``target``; returns the task (tests wait on it)."""
        outcome = self._outcome = _Outcome()

        def work(task: worker.Task) -> exports.ExportResult:
            def progress(done: int, total: int) -> None:
                task.report(100 * done // total if total else 100)

            result = exports.export(vault, request, target, progress=progress,
                                    cancelled=lambda: task.cancelled)
            outcome.result = result
            return result

        self.bar.setRange(0, 0)  # busy until the first rows are written
        self.bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Exporting…"))
        self.show()
        task = self.task = worker.start(work, saves=False)
        task.progress.connect(self._progress)
        task.finished.connect(self._finished)
        task.failed.connect(self._failed)
        return task

    def _progress(self, percent: int) -> None:
        self.bar.setRange(0, 100)
        self.bar.setValue(percent)

    def cancel(self) -> None:
        """Ask the running export to stop; the service removes its temporary file."""
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _finished(self, result: exports.ExportResult) -> None:
        self.task = None
        self._idle()
        self.status.setText(self.tr("Written: {path}").format(path=result.path))
        self.status.show()
        dialogs.inform(self, self._written(result))
        self.done.emit(result)

    def _failed(self, exc: UserError) -> None:
        task, self.task = self.task, None
        self._idle()
        late = self._outcome.result
        if late is not None:  # cancelled after the file was complete: it exists
            self.status.setText(self.tr("Written: {path}").format(path=late.path))
            self.status.show()
            dialogs.inform(self, self._written(late))
            self.done.emit(late)
            return
        if task is not None and task.cancelled:
            self.status.setText(self.tr("Export cancelled; no file was written."))
            self.status.show()
        else:
            self.status.clear()
            dialogs.show_error(self, exc)
        self.done.emit(None)

    def _written(self, result: exports.ExportResult) -> str:
        text = self.tr("The export was written to:\n{path}").format(path=result.path)
        if result.protected:
            text += "\n" + self.tr("It is protected by the password you chose.")
        return text

    def _idle(self) -> None:
        self.bar.hide()
        self.cancel_button.hide()

    def clear(self) -> None:
        """Stop any export and forget what was shown (lock)."""
        if self.task is not None:
            self.task.cancel()
        self.status.clear()
        self._idle()
