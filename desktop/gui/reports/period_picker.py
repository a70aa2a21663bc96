"""Choosing the period of a report: a month, a quarter, or any dates (QDateEdit)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from desktop.core.i18n import current_language
from desktop.core.services.reports.report_period import Period

KINDS = ("month", "quarter", "dates")
DATE_FORMAT = "dd/MM/yyyy"


def _date_edit(name: str, value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


class PeriodPicker(QWidget):
    """Kind of period, then the month and year, the quarter and year, or two dates."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        today = today or date.today()
        locale = QLocale(current_language())
        self.kind = QComboBox(self)
        self.kind.setObjectName("period_kind")
        for key, text in zip(KINDS, (self.tr("Month"), self.tr("Quarter"), self.tr("Dates")),
                             strict=True):
            self.kind.addItem(text, key)
        self.month = QComboBox(self)
        self.month.setObjectName("period_month")
        for number in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(number).capitalize(), number)
        self.month.setCurrentIndex(today.month - 1)
        self.quarter = QComboBox(self)
        self.quarter.setObjectName("period_quarter")
        for number in range(1, 5):
            first = locale.standaloneMonthName(3 * number - 2)
            last = locale.standaloneMonthName(3 * number)
            self.quarter.addItem(self.tr("Q{n} ({first}–{last})").format(
                n=number, first=first, last=last), number)
        self.quarter.setCurrentIndex((today.month - 1) // 3)
        self.year = QSpinBox(self)
        self.year.setObjectName("period_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.start = _date_edit("period_from", today.replace(day=1))
        self.end = _date_edit("period_to", today)
        self.to_label = QLabel(self.tr("to"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.month, self.quarter, self.year, self.start,
                       self.to_label, self.end):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def set_kind(self, kind: str) -> None:
        """Choose ``month``, ``quarter`` or ``dates``."""
        self.kind.setCurrentIndex(KINDS.index(kind))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.month.setVisible(kind == "month")
        self.quarter.setVisible(kind == "quarter")
        self.year.setVisible(kind in ("month", "quarter"))
        for widget in (self.start, self.to_label, self.end):
            widget.setVisible(kind == "dates")

    def period(self) -> Period:
        """The period chosen (``ValidationError`` when the dates are the wrong way round)."""
        kind = self.kind.currentData()
        if kind == "month":
            return Period.month(self.year.value(), int(self.month.currentData()))
        if kind == "quarter":
            return Period.quarter(self.year.value(), int(self.quarter.currentData()))
        start, end = self.start.date(), self.end.date()
        return Period.between(date(start.year(), start.month(), start.day()),
                              date(end.year(), end.month(), end.day()))
