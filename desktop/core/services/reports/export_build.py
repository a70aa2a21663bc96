"""Turn what the services compute into the plain data the format code takes."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.catalogue import reference
from desktop.core.documents.period_report import DocTable, ReportDoc
from desktop.core.exports import case_rows, incident_recorder, victim_assistance, victim_file
from desktop.core.exports.tabular import Sheet
from desktop.core.i18n import translate
from desktop.core.services.accounts import settings
from desktop.core.services.cases import perpetrator_names
from desktop.core.services.reports import (
    export_batches,
    export_cases,
    export_rows,
    sea_export_rows,
)
from desktop.core.services.reports.report_period import day_label
from desktop.core.services.reports.report_tables import SMALL, TOTAL, Report, suppress


def _t(text: str, lang: str) -> str:
    return translate("Reports", text, lang)


def report_title(report: Report) -> str:
    """``Statistics — March 2026``."""
    return _t("Statistics", report.lang) + " — " + report.period.label(report.lang)


def _subtitle(report: Report) -> list[str]:
    lang = report.lang
    period = report.period
    return [
        _t("Period: {start} to {end}", lang).format(start=day_label(period.start),
                                                    end=day_label(period.end)),
        _t("Site: {site}", lang).format(site=report.site_label),
        _t("Made on {day}", lang).format(day=day_label(report.made_on)),
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
        _t("A survivor who reported several incidents counts once per incident in the incident "
           "tables, and once among the cases and the survivors assisted.", lang),
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


def numbers(rows: list[list[str]]) -> list[list[str | int]]:
    """Shown cells with each count as a number, so that a spreadsheet sums them; a hidden
    count ("<5", "hidden", "n.p.") stays text. Only reads what ``Table.cells`` decided."""
    return [[_number(cell) for cell in row] for row in rows]


def _number(cell: str) -> str | int:
    return int(cell) if cell.isascii() and cell.isdigit() else cell


def report_sheets(report: Report) -> list[Sheet]:
    """One sheet for the figures, then one per table (suppressed)."""
    lang = report.lang
    about: list[list[str | int]] = [[line] for line in _subtitle(report)]
    about += [[""], *([k, _number(v)] for k, v in report.figures()), [""]]
    about += [[n] for n in _notes(report)]
    sheets = [Sheet(_t("Summary", lang), [report_title(report), ""], about, len(about),
                    widths={0: 60, 1: 30})]
    for table in report.tables:
        rows = numbers(table.cells())
        sheets.append(Sheet(table.title, table.header(), rows, len(rows),
                            title=table.title, widths={0: 45},
                            bold_last_row=any(r.code == TOTAL for r in table.rows)))
    return sheets


def report_csv_sheets(report: Report) -> list[Sheet]:
    """The same content as CSV sections."""
    figures = [[k, v] for k, v in report.figures()]
    head = Sheet("summary", ["", ""], [[line, ""] for line in _subtitle(report)] + figures,
                 title=report_title(report))
    return [head] + [Sheet(t.key, t.header(), t.cells(), title=t.title) for t in report.tables]


ETHNICITY = "survivor.ethnicity"


def _shares_ethnicity(session: Session) -> bool:
    return bool(settings.get_in_session(session, settings.SHARE_ETHNICITY))


def case_sheet(session: Session, scope: export_rows.RowScope, *, identifying: bool,
               lang: str) -> Sheet:
    """The row-level case sheet (streamed); the ethnicity only if an administrator shares it
    (or in the identifying export)."""
    withheld = frozenset() if _shares_ethnicity(session) else frozenset({ETHNICITY})
    cols = case_rows.columns(identifying=identifying, lang=lang, withheld=withheld)
    if not perpetrator_names.collected(session):  # a name kept from before stays hidden
        cols = [c for c in cols if c.key != perpetrator_names.KEY]
    wanted = export_rows.case_expressions(cols)
    total = export_rows.case_count(session, scope)  # the progress (the ticker counts rows)
    rows = export_cases.CaseRows(session, scope, cols, wanted, identifying=identifying,
                                 lang=lang)  # values for a CSV, XML straight for an XLSX
    name = translate("Exports", "Cases", lang)
    return Sheet(name, case_rows.header(cols, lang), rows, total)


def ir_sheets(session: Session, scope: export_rows.RowScope) -> list[Sheet]:
    """``Incident Data`` and ``Menu Data`` (streamed); the ETHNICITY column stays empty unless
    an administrator shares the ethnicity."""
    total = export_rows.count(session, scope)
    seen: dict[str, int] = {}
    wanted = export_rows.ir_expressions()
    if not _shares_ethnicity(session):
        del wanted["ethnicity"]
    records = (export_rows.expand_ir_record(r, seen) for r in export_batches.records(
        session, scope, wanted))
    return list(incident_recorder.sheets(records, total))


def hide_complement(counts: dict[str, int], total: int) -> dict[str, str]:
    """Counts of a breakdown that sums to ``total`` as shown: 1–4 as "<5", and when exactly
    one cell is hidden while the total shows, the next smallest one too (as "*"), so that no
    hidden count can be worked out by subtraction."""
    shown = {k: suppress(n) for k, n in counts.items()}
    hidden = [k for k, n in counts.items() if 1 <= n <= 4]
    if len(hidden) == 1 and suppress(total) != SMALL:
        others = sorted((n, k) for k, n in counts.items() if n > 4)
        if others:
            shown[others[0][1]] = victim_assistance.COMPLEMENT
    return shown


def victim_sheets(session: Session, scope: export_rows.RowScope, lang: str,
                  today: date) -> list[Sheet]:
    """The victim-assistance rows (victims who consented to inform the UN), then the summary
    of counts: how many are listed, how many are only counted, and for those, by category of
    personnel and type of assistance (small counts suppressed)."""
    records = list(export_rows.victim_assistance(session, scope))
    rows = list(victim_assistance.rows(records, lang, today))
    files = list(sea_export_rows.victim_files(session, scope))  # consented victims only
    own = {r[0]: r[1:7] for r in reversed(rows)}  # her columns, as on her first row
    rows += victim_file.assistance_rows(files, own, lang)
    counted = list(export_rows.counted_victims(session, scope))
    categories = Counter(victim_assistance.category_code(a) for a, _ in counted)
    by_category = hide_complement(
        {c: categories.get(c, 0) for c in victim_assistance.CATEGORY_CODES}, len(counted))
    services = Counter(s for _, types in counted for s in types)
    by_service = {s: suppress(services[s]) for s in sorted(services)}
    statuses, children = sea_export_rows.counted_files(session, scope)
    codes = [*reference.codes("sea_investigation_statuses"), sea_export_rows.NOT_RECORDED]
    by_status = hide_complement({c: statuses.get(c, 0) for c in codes}, len(counted))
    summary = victim_assistance.summary_rows(
        len({r["case_number"] for r in records}), suppress(len(counted)), by_category,
        by_service, lang, victim_file.summary_rows(by_status, suppress(children), lang))
    return [Sheet(translate("Exports", "Victim assistance", lang)[:31],
                  victim_assistance.header(lang), rows, len(rows)),
            *victim_file_sheets(files, lang),
            Sheet(translate("Exports", "Summary", lang)[:31],
                  victim_assistance.summary_header(lang), summary, len(summary),
                  title=translate("Exports", "Summary", lang),
                  widths={0: 70, 1: 14})]


def victim_file_sheets(files: list[dict[str, Any]], lang: str) -> list[Sheet]:
    """The SEA file of each victim who consented: victims, children born of SEA, claims."""
    children = list(victim_file.children_rows(files, lang))
    claims = list(victim_file.claims_rows(files))
    victims = [victim_file.victim_row(f, lang) for f in files]
    return [Sheet(translate("Exports", "SEA victims", lang), victim_file.victims_header(lang),
                  victims, len(victims)),
            Sheet(translate("Exports", "Children born of SEA", lang),
                  victim_file.children_header(lang), children, len(children)),
            Sheet(translate("Exports", "Paternity and support claims", lang),
                  victim_file.claims_header(lang), claims, len(claims))]
