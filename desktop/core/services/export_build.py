"""Turn what the services compute into the plain data the format code takes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.documents.period_report import DocTable, ReportDoc
from desktop.core.exports import case_rows, incident_recorder, victim_assistance
from desktop.core.exports.tabular import Sheet
from desktop.core.i18n import translate
from desktop.core.services import export_rows
from desktop.core.services.report_tables import SMALL, TOTAL, Report


def _t(text: str, lang: str) -> str:
    return translate("Reports", text, lang)


def report_title(report: Report) -> str:
    """``Statistics — March 2026``."""
    return _t("Statistics", report.lang) + " — " + report.period.label(report.lang)


def _subtitle(report: Report) -> list[str]:
    lang = report.lang
    period = report.period
    return [
        _t("Period: {start} to {end}", lang).format(start=period.start.isoformat(),
                                                    end=period.end.isoformat()),
        _t("Site: {site}", lang).format(site=report.site_label),
        _t("Made on {day}", lang).format(day=report.made_on.isoformat()),
    ]


def _notes(report: Report) -> list[str]:
    lang = report.lang
    return [
        _t("Only cases whose survivor consented to sharing non-identifying data for "
           "statistics are counted.", lang),
        _t("Counts from 1 to 4 are shown as \u201c<5\u201d to protect survivors; zero is "
           "shown as 0.", lang),
        _t("A few other counts are shown as \u201chidden\u201d so that no \u201c<5\u201d can be "
           "worked out by subtraction from the totals.", lang),
        _t("Incidents are counted in the period of their interview.", lang),
    ]


def report_doc(report: Report) -> ReportDoc:
    """The PDF's content (already suppressed)."""
    tables = []
    for table in report.tables:
        chart = None if table.key == "cases" else table.chart_values()
        tables.append(DocTable(table.title, table.header(), table.cells(), chart, table.note,
                               total_row=any(r.code == TOTAL for r in table.rows)))
    footer = _t("Relais — de-identified statistics — counts from 1 to 4 shown as <5",
                report.lang)
    return ReportDoc(report_title(report), _subtitle(report), report.figures(), tables, footer,
                     SMALL, _t("Chart:", report.lang), _notes(report))


def _sheet_name(index: int, title: str) -> str:
    clean = re.sub(r"[\[\]:*?/\\]", " ", title)
    return f"{index}. {clean}"[:31]


def report_sheets(report: Report) -> list[Sheet]:
    """One sheet for the figures, then one per table (suppressed)."""
    lang = report.lang
    about = [[line] for line in _subtitle(report)] + [[""]]
    about += [[k, v] for k, v in report.figures()] + [[""]] + [[n] for n in _notes(report)]
    sheets = [Sheet(_t("Summary", lang)[:31], [report_title(report), ""], about, len(about),
                    widths={0: 60, 1: 30})]
    for i, table in enumerate(report.tables, start=1):
        rows = table.cells()
        sheets.append(Sheet(_sheet_name(i, table.title), table.header(), rows, len(rows),
                            title=table.title, widths={0: 45},
                            bold_last_row=any(r.code == TOTAL for r in table.rows)))
    return sheets


def report_csv_sheets(report: Report) -> list[Sheet]:
    """The same content as CSV sections."""
    figures = [[k, v] for k, v in report.figures()]
    head = Sheet("summary", ["", ""], [[line, ""] for line in _subtitle(report)] + figures,
                 title=report_title(report))
    return [head] + [Sheet(t.key, t.header(), t.cells(), title=t.title) for t in report.tables]


def case_sheet(session: Session, scope: export_rows.RowScope, *, identifying: bool,
               lang: str) -> Sheet:
    """The row-level case sheet (streamed)."""
    cols = case_rows.columns(identifying=identifying, lang=lang)
    wanted = export_rows.case_expressions(cols)
    total = export_rows.count(session, scope)

    def rows() -> Iterator[list[Any]]:
        for record in export_rows.records(session, scope, wanted):
            record = export_rows.expand_case_record(record, cols)
            yield case_rows.row(record, cols, identifying=identifying, lang=lang)

    name = translate("Exports", "Cases", lang)
    return Sheet(name, case_rows.header(cols, lang), rows(), total)


def ir_sheets(session: Session, scope: export_rows.RowScope, today: date) -> list[Sheet]:
    """``Incident Data`` and ``Menu Data`` (streamed)."""
    total = export_rows.count(session, scope)
    seen: dict[str, int] = {}
    records = (export_rows.expand_ir_record(r, seen) for r in export_rows.records(
        session, scope, export_rows.ir_expressions(today)))
    return list(incident_recorder.sheets(records, total))


def victim_sheet(session: Session, scope: export_rows.RowScope, lang: str,
                 today: date) -> Sheet:
    """The victim-assistance sheet."""
    records = list(export_rows.victim_assistance(session, scope))
    rows = list(victim_assistance.rows(records, lang, today))
    return Sheet(translate("Exports", "Victim assistance", lang)[:31],
                 victim_assistance.header(lang), rows, len(rows))
