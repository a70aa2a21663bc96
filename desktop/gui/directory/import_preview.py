"""The preview of a directory import: what each row of the file would do, before anything is
written; the Import button writes only the rows to add and to update."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QResizeEvent, QShowEvent
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

from desktop.core.i18n import current_language
from desktop.core.services.referrals import directory_import as di
from desktop.core.services.referrals.directory_import import ImportPreview
from desktop.gui.referrals import labels

_COLOURS = {di.ADD: "#1b5e20", di.UPDATE: "#0d47a1", di.SKIP: "#b00020"}


class ImportPreviewDialog(QDialog):
    """Counts, how the file was read, then one row per line: line, action, name, problems."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directory:import_preview")
        self.setWindowTitle(self.tr("Import of the directory — preview"))
        self.resize(1100, 600)
        self.preview = preview
        self.lang = current_language()
        self.summary = QLabel(self.tr(
            "<b>{add} to add, {update} to update</b>, {unchanged} already up to date, "
            "{merged} merged into an earlier row, <b>{skip} to skip</b>. Nothing is written "
            "until you click Import.").format(
                add=preview.count(di.ADD), update=preview.count(di.UPDATE),
                unchanged=preview.count(di.UNCHANGED), merged=preview.count(di.MERGED),
                skip=preview.count(di.SKIP)), self)
        self.summary.setObjectName("directory:import_summary")
        self.summary.setWordWrap(True)
        self.how = QLabel(self._how(), self)
        self.how.setObjectName("directory:import_how")
        self.how.setWordWrap(True)
        self.table = self._table()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("directory:import_confirm")
        self.import_button.setEnabled(preview.writable)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.how)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def _how(self) -> str:
        p = self.preview
        if p.kind == "xlsx":
            text = self.tr("Read as an Excel workbook, sheet \"{sheet}\"; column names on "
                           "row {line}.").format(sheet=p.sheet, line=p.header_line)
        else:
            separator = {"\t": self.tr("tab")}.get(p.separator, p.separator)
            text = self.tr("Read as {encoding} text, separator \"{separator}\"; column names "
                           "on line {line}.").format(encoding=p.encoding, separator=separator,
                                                     line=p.header_line)
        if p.ignored_columns:
            names = self.field_names()
            columns = [self.tr("{column} (like \"{field}\"? add it to the synonyms)").format(
                column=c, field=names[p.column_hints[c]]) if c in p.column_hints else c
                for c in p.ignored_columns]
            text += " " + self.tr("Columns not used: {columns}.").format(
                columns=", ".join(columns))
        return text

    def field_names(self) -> dict[str, str]:
        """The fields of a provider, as the preview names them."""
        return {"name": self.tr("name"), "kind": self.tr("kind"), "region": self.tr("region"),
                "town": self.tr("town"), "address": self.tr("address"),
                "contact_person": self.tr("contact"), "phone": self.tr("phone"),
                "email": self.tr("email"), "services": self.tr("services"),
                "languages": self.tr("languages"), "hours": self.tr("hours"),
                "takes_sea": self.tr("SEA cases"), "active": self.tr("active"),
                "notes": self.tr("notes")}

    def action_text(self, action: str) -> str:
        """The action of a row, as the table shows it."""
        return {di.ADD: self.tr("Add"), di.UPDATE: self.tr("Update"),
                di.UNCHANGED: self.tr("Up to date"), di.MERGED: self.tr("Merged"),
                di.SKIP: self.tr("Skip")}[action]

    def _table(self) -> QTableWidget:
        rows = self.preview.rows
        table = QTableWidget(len(rows), 4, self)
        table.setObjectName("directory:preview_rows")
        table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Action"), self.tr("Name"),
                                         self.tr("Problems and changes")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        top = Qt.AlignmentFlag.AlignTop
        for index, row in enumerate(rows):
            name = row.name if len(row.name) <= 70 else row.name[:69] + "…"
            cells = (str(row.line), self.action_text(row.action), name, self._details(row))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1 and row.action in _COLOURS:
                    item.setForeground(QColor(_COLOURS[row.action]))
                if column == 2 and name != row.name:
                    item.setToolTip(row.name)
                item.setTextAlignment(top | (Qt.AlignmentFlag.AlignRight if column == 0
                                             else Qt.AlignmentFlag.AlignLeft))
                table.setItem(index, column, item)
        table.setColumnWidth(0, 60)
        table.setColumnWidth(1, 110)
        table.setColumnWidth(2, 280)
        return table

    def showEvent(self, event: QShowEvent) -> None:
        """Row heights follow the problems column's width, once the dialog has its size."""
        super().showEvent(event)
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """As ``showEvent``: the rows fit their text at the new width."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def _details(self, row: di.PreviewRow) -> str:
        lines = [problem.text() for problem in row.problems]
        record = row.record
        if record is not None and row.action in (di.ADD, di.UPDATE):
            # What the file's words were understood as, to check before importing.
            parts = [labels.kind_label(record.kind, self.lang) if record.kind else "",
                     labels.place_text(record.region, record.town, self.lang),
                     labels.services_text(list(record.services), self.lang)]
            lines.insert(0, "→ " + " · ".join(part for part in parts if part))
        if row.changes:
            names = self.field_names()
            lines.append(self.tr("Changes: {fields}.").format(
                fields=", ".join(names[key] for key in row.changes)))
        return "\n".join(lines)

