"""The report shown after a CSV import: what was added, updated, and each rejected row."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _count(report: Any, *names: str) -> int:
    for name in names:
        value = getattr(report, name, None)
        if isinstance(value, int):
            return value
        if isinstance(value, list | tuple):
            return len(value)
    return 0


def rejected_rows(report: Any) -> list[tuple[str, str]]:
    """``(row number, reason)`` for each rejected row of an import report."""
    rows: list[tuple[str, str]] = []
    for item in getattr(report, "rejected", None) or ():
        if isinstance(item, tuple | list):
            rows.append((str(item[0]), str(item[1])))
        else:
            number = getattr(item, "line", None) or getattr(item, "row", "")
            reason = getattr(item, "reason", None) or getattr(item, "message", "")
            rows.append((str(number), str(reason)))
    return rows


class ImportReportDialog(QDialog):
    """Counts, then one line per rejected row with the reason."""

    def __init__(self, report: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directory:import_report")
        self.setWindowTitle(self.tr("Import of the directory"))
        self.resize(640, 360)
        rejected = rejected_rows(report)
        self.summary = QLabel(self.tr(
            "{added} providers added, {updated} updated, {unchanged} already up to date, "
            "{rejected} rows rejected.").format(
                added=_count(report, "added", "created"),
                updated=_count(report, "updated"),
                unchanged=_count(report, "unchanged", "skipped", "duplicates"),
                rejected=len(rejected)), self)
        self.summary.setObjectName("directory:import_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(rejected), 2, self)
        self.table.setObjectName("directory:rejected_rows")
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Why it was rejected")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (number, reason) in enumerate(rejected):
            self.table.setItem(row, 0, QTableWidgetItem(number))
            self.table.setItem(row, 1, QTableWidgetItem(reason))
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(rejected))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        if rejected:
            heading = QLabel(self.tr("<b>Rows not imported</b> (correct them in the file, "
                                     "then import it again):"), self)
            layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
