"""The national report as a file (PDF, XLSX, CSV), written by the site's own writers
(``export_build``, ``documents.period_report``, ``exports.tabular``): the same layout, marks and
notes as a site's statistics export. Written beside the target and renamed when complete."""

from __future__ import annotations

import io
from pathlib import Path

from desktop.core.documents import period_report
from desktop.core.exports import tabular
from desktop.core.exports.files import Ticker, atomic_output
from desktop.core.services.reports import export_build
from desktop.core.services.reports.exports import CSV_SEPARATORS
from desktop.core.services.reports.report_tables import Report

FORMATS = ("pdf", "xlsx", "csv")
MEDIA_TYPES = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}


def render(report: Report, fmt: str) -> bytes:
    """The report's file content in ``fmt`` (CSV with the separator Excel uses in its language,
    UTF-8 with a BOM as the site's export)."""
    ticker = Ticker(sum(len(t.rows) for t in report.tables), None, None, every=1)
    if fmt == "pdf":
        return period_report.render(export_build.report_doc(report))
    if fmt == "xlsx":
        buffer = io.BytesIO()
        tabular.write_xlsx(buffer, export_build.report_sheets(report), ticker)
        return buffer.getvalue()
    if fmt == "csv":
        text = io.StringIO()
        tabular.write_csv(text, export_build.report_csv_sheets(report), ticker,
                          CSV_SEPARATORS.get(report.lang, ","))
        return text.getvalue().encode("utf-8-sig")
    raise ValueError(fmt)


def file_name(report: Report, fmt: str) -> str:
    """A name with no site detail beyond the period: ``relais-national-2026-03.pdf``."""
    return f"relais-national-{report.period.slug()}.{fmt}"


def write(report: Report, fmt: str, target: Path) -> Path:
    """Write the report to ``target`` (nothing left behind on failure)."""
    data = render(report, fmt)
    with atomic_output(target) as temp:
        temp.write_bytes(data)
    return target
