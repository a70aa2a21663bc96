"""The "Case summary PDF…" action of the case file view.

Asks for the language (French or English) and where to save, then has the case summary
service build the PDF off the GUI thread (it checks who may see the case and audits it) and
writes it through a temporary file renamed at the end, so a failure leaves no partial PDF.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget

from desktop.core.errors import UserError
from desktop.core.exports.files import atomic_output
from desktop.core.i18n import current_language
from desktop.core.services.summaries import case_summary
from desktop.gui import dialogs, worker

LANGUAGES = (("fr", "Français"), ("en", "English"))


class SummaryPdfButton(QPushButton):
    """A button for ``view`` (a case file view with ``vault``, ``case_id`` and ``file``)."""

    def __init__(self, view: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent or view)
        self.view = view
        self.task: worker.Task | None = None
        self.setObjectName("case:summary_pdf")
        self.setText(self.tr("Case summary PDF…"))
        self.setToolTip(self.tr("The whole case file as a PDF, to print or to keep. It "
                                "identifies the survivor: keep it safe."))
        self.clicked.connect(self.make_pdf)

    def make_pdf(self) -> worker.Task | None:
        """Ask the language and the file, then build and write the PDF off the GUI thread."""
        vault, case_id = self.view.vault, self.view.case_id
        if vault is None or case_id is None or self.task is not None:
            return None
        names = [name for _, name in LANGUAGES]
        current = 0 if current_language() == "fr" else 1
        chosen = dialogs.choose_item(self, self.tr("Case summary"),
                                     self.tr("Language of the summary"), names, current)
        if chosen is None:
            return None
        lang = dict((name, code) for code, name in LANGUAGES)[chosen]
        number = str(getattr(self.view.file, "case_number", "") or "case")
        suggested = str(Path.home() / case_summary.suggested_name(number))
        path = dialogs.save_file(self, self.tr("Save the case summary"), suggested,
                                 "PDF (*.pdf)")
        if not path:
            return None
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")

        def work(_task: worker.Task) -> Path:
            pdf = case_summary.case_summary_pdf(vault, case_id, lang=lang)
            with atomic_output(target) as temp:  # complete or absent, never half-written
                temp.write_bytes(pdf)
            return target

        self.setEnabled(False)
        task = self.task = worker.start(work)
        task.finished.connect(self._written)
        task.failed.connect(self._failed)
        return task

    def _written(self, target: Path) -> None:
        self.task = None
        self.setEnabled(True)
        dialogs.inform(self, self.tr("The case summary was written to:\n{path}").format(
            path=target))

    def _failed(self, exc: UserError) -> None:
        self.task = None
        self.setEnabled(True)
        if not isinstance(exc, worker.Cancelled):
            dialogs.show_error(self, exc)
