"""The tables of a period report as each output publishes them (for ``disclosure.attack``).

Each reader returns the tables in the report's order, as strings read back from the output:
the report model itself, the XLSX sheets, the CSV sections and the PDF's text.
"""

from __future__ import annotations

import csv
import io
import random
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader

from desktop.core.services.reports.report_period import Period
from desktop.core.services.reports.report_protect import INCIDENT_TABLES
from desktop.core.services.reports.report_tables import Report
from tests.helpers.disclosure import HIDDEN_MARKS, SMALL_MARK, WITHHELD_MARKS, Place, Published
from tests.helpers.export_files import xlsx_rows


def from_report(report: Report) -> list[Published]:
    """The tables as the report model shows them (``Table.cells``)."""
    return [Published(t.key, t.header(), t.cells()) for t in report.tables]


def shared_places(report: Report) -> list[Place]:
    """The cells an informed reader knows to hold one same count: the grand totals of the
    incident tables and the cases opened, when they count the same incidents (from the raw
    counts: a reader who knows each case has one incident)."""
    keys = [t.key for t in report.tables]
    gbv = report.table("gbv_type")
    incidents = gbv.rows[-1].counts[-1]
    places: list[Place] = []
    for t, table in enumerate(report.tables):
        last_row, last_col = len(table.rows) - 1, len(table.columns) - 1
        if table.key in INCIDENT_TABLES and table.rows[-1].counts[-1] == incidents:
            places.append((t, last_row, last_col))
    cases = report.table("cases")
    if cases.value("opened", 0) == incidents:
        places.append((keys.index("cases"), 0, 0))
    return places


def from_xlsx(path: Path) -> list[Published]:
    """One table per sheet after the summary: title, blank line, header, rows."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    count = len(book.worksheets)
    book.close()
    tables = []
    for index in range(1, count):
        rows = [["" if v is None else str(v) for v in row] for row in xlsx_rows(path, index)]
        tables.append(Published(rows[0][0], rows[2], rows[3:]))
    return tables


def from_csv(path: Path, delimiter: str = ";") -> list[Published]:
    """One table per CSV section after the summary: title, header, rows (``;``-separated as
    a French export is)."""
    sections: list[list[list[str]]] = [[]]
    for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")),
                          delimiter=delimiter):
        if row:
            sections[-1].append(row)
        else:
            sections.append([])
    return [Published(s[0][0], s[1], s[2:]) for s in sections[1:]]


def _is_value(text: str) -> bool:
    return text == SMALL_MARK or text in HIDDEN_MARKS or text in WITHHELD_MARKS or \
        text.isdigit()


def from_pdf(path: Path, report: Report, footer: str) -> list[Published]:
    """The tables as the PDF's text gives them: after each table's title, its cells in order
    (one per line; labels and headings are not counts; page footers are skipped)."""
    lines: list[str] = []
    for page in PdfReader(str(path)).pages:
        page_lines = [line.strip() for line in (page.extract_text() or "").splitlines()]
        if footer in page_lines:  # the footer, then the page number
            at = page_lines.index(footer)
            del page_lines[at:at + 2]
        lines += page_lines
    tables = []
    position = 0
    for table in report.tables:
        position = next(i for i in range(position, len(lines)) if lines[i] == table.title or (
            len(lines[i]) >= 30 and table.title.startswith(lines[i])))  # a title on two lines
        width = len(table.columns)
        values: list[str] = []
        for line in lines[position + 1:]:
            if len(values) == width * len(table.rows):
                break
            if _is_value(line):
                values.append(line)
        rows = [[row.label, *values[r * width:(r + 1) * width]]
                for r, row in enumerate(table.rows)]
        tables.append(Published(table.title, table.header(), rows))
    return tables


def random_periods(count: int, seed: int, today: date) -> list[Period]:
    """Months, quarters and ranges of 1 to 200 days in the three years before ``today``."""
    rng = random.Random(seed)
    periods = []
    for i in range(count):
        if i % 5 == 0:
            periods.append(Period.month(rng.choice([2024, 2025, 2026]), rng.randrange(1, 7)))
        elif i % 5 == 1:
            periods.append(Period.quarter(rng.choice([2024, 2025]), rng.randrange(1, 5)))
        else:
            start = today - timedelta(days=rng.randrange(1, 3 * 365))
            periods.append(Period.between(start, min(today, start + timedelta(
                days=rng.choice([1, 7, 20, 45, 90, 200])))))
    return periods
