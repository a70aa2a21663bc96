"""The period report on screen: the single figures, then each table with its bar chart.

Counts are shown as the service hides them (``Table.cells``: "<5" for 1 to 4, "hidden" for a
count hidden so that a "<5" cannot be worked out from the totals), and the charts use
``Table.chart_values`` (no bar for a hidden count). ``clear()`` removes every
table and figure (called on lock).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.services.reports.report_tables import TOTAL, Report, Table
from desktop.gui.reports.bar_chart import BarChart

NO_CHART = {"cases"}  # opened / active / closed are not parts of one whole
WIDTH_ALONE = 640  # a table without a chart beside it, or a chart under a wide table


def make_table_widget(table: Table) -> QTableWidget:
    """A read-only table showing ``table`` with its hidden counts marked."""
    cells = table.cells()
    widget = QTableWidget(len(cells), len(table.header()))
    widget.setObjectName(f"table_{table.key}")
    widget.setHorizontalHeaderLabels(table.header())
    widget.verticalHeader().hide()
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setWordWrap(False)
    bold = QFont(widget.font())
    bold.setBold(True)
    for r, (row, values) in enumerate(zip(table.rows, cells, strict=True)):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c > 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row.code == TOTAL:
                item.setFont(bold)
            widget.setItem(r, c, item)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for c in range(1, widget.columnCount()):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    widget.resizeRowsToContents()
    height = header.height() + sum(widget.rowHeight(r) for r in range(widget.rowCount()))
    widget.setFixedHeight(height + 2 * widget.frameWidth() + 2)
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return widget


class ReportView(QWidget):
    """Shows one ``Report``; empty until ``show_report`` and after ``clear``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.tables: dict[str, QTableWidget] = {}
        self.charts: dict[str, BarChart] = {}
        self.heading = QLabel(self)
        self.heading.setObjectName("report_heading")
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.figures = QFormLayout()
        self.notes = QLabel(self)
        self.notes.setObjectName("report_notes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #555555;")
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.figures)
        layout.addWidget(self.notes)
        layout.addLayout(self.body)
        layout.addStretch(1)

    def show_report(self, report: Report) -> None:
        """Replace what is shown with ``report``."""
        self.clear()
        self.report = report
        self.heading.setText(self.tr("{period} — {site}").format(
            period=report.period.label(report.lang), site=report.site_label))
        for label, value in report.figures():
            shown = QLabel(value)
            shown.setObjectName("figure_value")
            self.figures.addRow(label, shown)
        self.notes.setText(self.tr(
            "Only cases whose survivor consented to statistics are counted. Counts from 1 to 4 "
            "are shown as \u201c<5\u201d, and a few other counts as \u201chidden\u201d so "
            "that no \u201c<5\u201d can be worked out from the totals; their bars are not "
            "drawn."))
        for table in report.tables:
            self.body.addWidget(self._group(table))
        # The scroll area sizes this widget by height-for-width (wrapped labels), which can
        # come out shorter than the fixed-height tables and charts need: never go below it.
        self.setMinimumHeight(self.minimumSizeHint().height())

    def _group(self, table: Table) -> QGroupBox:
        box = QGroupBox(table.title, self)
        box.setObjectName(f"group_{table.key}")
        widget = make_table_widget(table)
        self.tables[table.key] = widget
        wide = len(table.columns) > 2  # a two-way table takes the whole width
        row = QVBoxLayout() if wide else QHBoxLayout()
        if table.key in NO_CHART:
            widget.setMaximumWidth(WIDTH_ALONE)
            row.addWidget(widget, 3, Qt.AlignmentFlag.AlignLeft)
        else:
            row.addWidget(widget, 3)
            chart = BarChart(box)
            chart.setObjectName(f"chart_{table.key}")
            chart.set_values(table.chart_values())
            if wide:
                chart.setMinimumWidth(WIDTH_ALONE * 7 // 8)
                chart.setMaximumWidth(WIDTH_ALONE)
                chart.setToolTip(self.tr("Totals of the rows above."))
            self.charts[table.key] = chart
            row.addWidget(chart, 2, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        if table.note:
            note = QLabel(table.note, box)
            note.setWordWrap(True)
            note.setStyleSheet("color: #555555;")
            layout.addWidget(note)
        return box

    def clear(self) -> None:
        """Remove every table, chart and figure."""
        self.report = None
        self.setMinimumHeight(0)
        self.heading.clear()
        self.notes.clear()
        while self.figures.rowCount():
            self.figures.removeRow(0)
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                for table in widget.findChildren(QTableWidget):
                    table.clearContents()
                    table.setRowCount(0)
                widget.hide()
                widget.deleteLater()
        self.tables.clear()
        for chart in self.charts.values():
            chart.clear()
        self.charts.clear()

    def cell_texts(self, key: str) -> list[list[str]]:
        """What table ``key`` shows, row by row (for tests and copy)."""
        widget = self.tables[key]
        return [[(item.text() if (item := widget.item(r, c)) is not None else "")
                 for c in range(widget.columnCount())] for r in range(widget.rowCount())]
