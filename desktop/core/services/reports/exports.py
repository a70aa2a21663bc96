"""Exports for supervisors: statistics, case rows, Incident Recorder, victim assistance.

Rules: a de-identified export needs ``RUN_REPORTS`` and counts only cases whose survivor
consented to statistics; the victim-assistance file lists a victim row by row only with her
consent to inform the UN entity / SEA focal point / Victims' Rights Advocate, and otherwise
only counts her (statistics consent, small counts suppressed); an identifying case export
needs ``IDENTIFYING_EXPORT``, a written reason and a password, and is audited as
``export_identifying``. A file is written only where
the caller says, through a temporary file renamed at the end: a cancelled or failed export
leaves nothing. ``progress(done, total)`` is called from the exporting thread;
``cancelled()`` is polled while rows are written.
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core.documents import pdfkit, period_report
from desktop.core.errors import PermissionDenied, UserError, ValidationError
from desktop.core.exports import protect, tabular
from desktop.core.exports.files import CancelCheck, Progress, Ticker, atomic_output
from desktop.core.exports.xlsx_stream import write_xlsx_stream
from desktop.core.i18n import current_language, translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.permissions import (
    OWN_SITE,
    Permission,
    report_site,
    require,
)
from desktop.core.services.reports import export_build, statistics, stats_queries
from desktop.core.services.reports.export_kinds import (
    CSV_SEPARATORS,
    FORMATS,
    KINDS,
    MIN_PASSWORD,
)
from desktop.core.services.reports.export_rows import RowScope
from desktop.core.services.reports.report_period import Period
from desktop.core.store.vault import Vault


@dataclass(frozen=True)
class ExportRequest:
    """What to export: kind, format, period, site (``OWN_SITE``: the person's own, the
    default; None: every site, for those who may), password, identifying."""

    kind: str
    fmt: str
    period: Period
    site_id: str | None = OWN_SITE
    password: str | None = None
    identifying: bool = False
    reason: str = ""
    lang: str | None = None
    csv_separator: str | None = None  # None: the one Excel uses in the export's language


@dataclass(frozen=True)
class ExportResult:
    """What was written."""

    path: Path
    rows: int
    protected: bool


def _t(text: str) -> str:
    return translate("Exports", text)


def check(request: ExportRequest) -> None:
    """``ValidationError`` for a request that cannot be made (kind, format, password …)."""
    errors: dict[str, str] = {}
    if request.kind not in FORMATS:
        errors["kind"] = _t("Choose one of: {kinds}.").format(kinds=", ".join(KINDS))
    elif request.fmt not in FORMATS[request.kind]:
        errors["format"] = _t("This export can be made as: {formats}.").format(
            formats=", ".join(FORMATS[request.kind]))
    if request.csv_separator not in (None, *CSV_SEPARATORS.values()):
        errors["csv_separator"] = _t("The CSV separator can be ; or ,.")
    if request.password is not None and len(request.password) < MIN_PASSWORD:
        errors["password"] = _t("The export password needs at least {n} characters.").format(
            n=MIN_PASSWORD)
    if request.identifying:
        if request.kind != "cases":
            errors["identifying"] = _t("Only the case export can include identifying data.")
        if len(request.reason.strip()) < 10:
            errors["reason"] = _t("Write why identifying data must leave Relais "
                                  "(at least 10 characters).")
        if not request.password:
            errors["password"] = _t("An identifying export must be protected by a password.")
    if errors:
        raise ValidationError(errors)


def suggested_name(request: ExportRequest) -> str:
    """A file name with no identifying data: ``relais-stats-2026-03.pdf`` (``.zip`` for a
    protected CSV)."""
    suffix = "zip" if request.fmt == "csv" and request.password else request.fmt
    extra = "-identifying" if request.identifying else ""
    return f"relais-{request.kind}{extra}-{request.period.slug()}.{suffix}"


def separator(request: ExportRequest, lang: str) -> str:
    """The CSV field separator: the one chosen, else the one Excel uses in ``lang``."""
    return request.csv_separator or CSV_SEPARATORS.get(lang, ",")


def file_path(request: ExportRequest, target: Path) -> Path:
    """``target`` with the extension of what is written in it: a password-protected CSV is a
    zip, so ``report.csv`` becomes ``report.zip`` (and ``report`` ``report.zip``)."""
    if request.fmt != "csv" or not request.password or target.suffix.lower() == ".zip":
        return target
    if target.suffix.lower() == ".csv":
        return target.with_suffix(".zip")
    return target.with_name(target.name + ".zip")


def export(vault: Vault, request: ExportRequest, target: Path, *,
           progress: Progress | None = None, cancelled: CancelCheck | None = None,
           today: date | None = None) -> ExportResult:
    """Make the export and write it to ``target``; audited once the file is in place."""
    request = replace(request, site_id=vet(vault, request))
    lang = request.lang or current_language()
    today = today or date.today()
    period = request.period
    victims = request.kind == "victim-assistance"  # her consent to inform the UN decides
    scope = RowScope(period.start, period.end, request.site_id,
                     consented_only=not request.identifying and not victims, sea_only=victims)
    target = file_path(request, Path(target))
    with vault.reader() as session:
        stats_queries.prepare(session)  # the consented cases, for every kind
        try:
            rows = _make(session, request, scope, target, lang, today, progress, cancelled)
        finally:
            stats_queries.release(session)
    action = "export_identifying" if request.identifying else "export"
    details = (f"{request.kind} {request.fmt} {period.slug()} site={request.site_id or 'all'}"
               f" rows={rows} protected={'yes' if request.password else 'no'}")
    if request.identifying:
        details += f" reason={request.reason.strip()[:300]}"
    audit.log(vault, action, record_type="export", details=details)
    return ExportResult(target, rows, bool(request.password))


def vet(vault: Vault, request: ExportRequest) -> str | None:
    """The site the request covers (``permissions.report_site``), or ``PermissionDenied`` /
    ``ValidationError`` for a request this person may not make.

    A refusal (role, or a missing reason or password) is audited ``export_refused`` with the
    kind and what was missing, never the reason's text."""
    try:
        actor = require(vault, Permission.IDENTIFYING_EXPORT if request.identifying
                        else Permission.RUN_REPORTS)
        site_id = report_site(actor, request.site_id)
        check(request)
    except (PermissionDenied, ValidationError) as exc:
        _audit_refusal(vault, request, exc)
        raise
    return site_id


def _audit_refusal(vault: Vault, request: ExportRequest, exc: UserError) -> None:
    if vault.actor is None or not vault.is_open:
        return
    why = ("permission" if isinstance(exc, PermissionDenied)
           else ",".join(sorted(getattr(exc, "errors", {}))) or "invalid")
    kind = request.kind if request.kind in FORMATS else "unknown"
    with contextlib.suppress(UserError):  # the refusal itself must still reach the person
        audit.log(vault, "export_refused", record_type="export",
                  details=f"{kind} identifying={'yes' if request.identifying else 'no'} "
                          f"why={why}")


def _make(session: Session, request: ExportRequest, scope: RowScope, target: Path, lang: str,
          today: date, progress: Progress | None, cancelled: CancelCheck | None) -> int:
    """Build the export's content and write it; returns the number of rows."""
    if request.kind == "stats":
        report = statistics.build_report(session, request.period, site_id=request.site_id,
                                         lang=lang, today=today)
        return _write_stats(report, request, target, lang, progress, cancelled)
    if request.kind == "cases":
        sheets = [export_build.case_sheet(session, scope, identifying=request.identifying,
                                          lang=lang)]
    elif request.kind == "incident-recorder":
        sheets = export_build.ir_sheets(session, scope)
    else:
        sheets = export_build.victim_sheets(session, scope, lang, today)
    ticker = Ticker(sheets[0].total, progress, cancelled)
    _write_sheets(sheets, request, target, lang, ticker)
    # The case export's one sheet: the rows written (its total is only the progress's).
    return ticker.done if request.kind == "cases" else sheets[0].total


def _write_stats(report: statistics.Report, request: ExportRequest, target: Path, lang: str,
                 progress: Progress | None, cancelled: CancelCheck | None) -> int:
    rows = sum(len(t.rows) for t in report.tables)
    ticker = Ticker(rows, progress, cancelled, every=1)
    if request.fmt == "pdf":
        ticker.check()
        pdf = period_report.render(export_build.report_doc(report))
        if request.password:
            pdf = pdfkit.encrypt(pdf, request.password)
        ticker.check()
        with atomic_output(target) as temp:
            temp.write_bytes(pdf)
        ticker.finish()
        return rows
    sheets = (export_build.report_sheets(report) if request.fmt == "xlsx"
              else export_build.report_csv_sheets(report))
    _write_sheets(sheets, request, target, lang, ticker)
    return rows


def _write_sheets(sheets: list[tabular.Sheet], request: ExportRequest, target: Path,
                  lang: str, ticker: Ticker) -> None:
    with atomic_output(target) as temp:
        if request.fmt == "xlsx":
            # Row exports (cases, Incident Recorder) can be 100,000 rows: streamed writer.
            write = tabular.write_xlsx if request.kind == "stats" else write_xlsx_stream
            if request.password:
                buffer = io.BytesIO()
                write(buffer, sheets, ticker)
                ticker.check()
                protect.encrypt_xlsx(buffer, temp, request.password)
            else:
                write(temp, sheets, ticker)
        else:
            text = io.StringIO()
            tabular.write_csv(text, sheets, ticker, separator(request, lang))
            data = text.getvalue().encode("utf-8-sig")
            if request.password:
                inner = suggested_name(ExportRequest(**{**request.__dict__, "password": None}))
                protect.zip_aes(data, temp, inner, request.password)
            else:
                temp.write_bytes(data)
        ticker.finish()
