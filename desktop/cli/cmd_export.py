"""``relais export``: statistics, case rows, Incident Recorder and victim-assistance files.

The user's password is read first, then (with ``--password-protect``) the export password:
prompted twice on a terminal, one line from standard input otherwise.
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import main as cli
from desktop.cli.io import Secrets, login_as, logout, out
from desktop.core.i18n import translate
from desktop.core.services.reports import export_kinds
from desktop.core.services.reports.report_period import Period

if TYPE_CHECKING:
    from desktop.core.services.reports.exports import ExportRequest


def _day(flag: str, text: str) -> date:
    """The date in ``text``; a usage error (exit 2) naming ``flag`` otherwise.

    Parsed here rather than by argparse so the message follows ``--lang``."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise SystemExit(_usage(translate("CLI", "argument {flag}: not a date (YYYY-MM-DD): "
                                          "{text}").format(flag=flag, text=text))) from None


def register(sub) -> None:  # type: ignore[no-untyped-def]
    parser = sub.add_parser("export", help=translate(
        "CLI", "export statistics, cases, the Incident Recorder or victim assistance"))
    cli.common(parser)
    parser.add_argument("--kind", required=True, choices=list(export_kinds.KINDS),
                        help=translate("CLI", "what to export"))
    parser.add_argument("--from", dest="start", required=True,
                        help=translate("CLI", "first day (YYYY-MM-DD)"))
    parser.add_argument("--to", dest="end", required=True,
                        help=translate("CLI", "last day, included (YYYY-MM-DD)"))
    parser.add_argument("--format", dest="fmt", required=True, choices=["pdf", "xlsx", "csv"],
                        help=translate("CLI", "file format"))
    parser.add_argument("--out", required=True, help=translate(
        "CLI", "file to write (a password-protected CSV is a .zip and named so)"))
    parser.add_argument("--separator", choices=list(export_kinds.CSV_SEPARATORS.values()),
                        help=translate("CLI", "CSV separator (default: ; in French, "
                                              ", in English, as Excel expects)"))
    parser.add_argument("--site", help=translate(
        "CLI", "site code, or \"all\" (default: your own site)"))
    parser.add_argument("--password-protect", action="store_true", help=translate(
        "CLI", "protect the file with a password (read after yours)"))
    parser.add_argument("--identifying", action="store_true", help=translate(
        "CLI", "include identifying data (supervisors; needs --reason and a password)"))
    parser.add_argument("--reason", default="", help=translate(
        "CLI", "why identifying data must leave Relais (recorded in the audit log)"))
    parser.set_defaults(handler=run)


def period_of(start: date, end: date) -> Period:
    """A month or a quarter when the dates are exactly one, else the dates themselves."""
    whole_month = start.day == 1 and end == date(
        start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    if whole_month:
        return Period.month(start.year, start.month)
    if start.day == 1 and start.month % 3 == 1 and start.year == end.year:
        quarter = Period.quarter(start.year, (start.month - 1) // 3 + 1)
        if quarter.end == end:
            return quarter
    return Period.between(start, end)


def run(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    # The writers (PDF, XLSX, ZIP) load only for an export, not for every command's start.
    from desktop.core.services.reports import exports
    from desktop.core.services.reports.exports import ExportRequest

    if args.reason and not args.identifying:
        raise SystemExit(_usage(translate("CLI", "--reason goes with --identifying")))
    period = period_of(_day("--from", args.start), _day("--to", args.end))
    target = Path(args.out)
    request = ExportRequest(args.kind, args.fmt, period, identifying=args.identifying,
                            reason=args.reason, password="" if args.password_protect else None,
                            csv_separator=args.separator)
    exports.check(_with_placeholder(request))  # before any password is asked for
    vault = login_as(args, secrets)
    try:
        if args.site:  # else the request's default: her own site
            site_id = None if args.site.casefold() == "all" else _site_id(vault, args.site)
            request = replace(request, site_id=site_id)
        if args.password_protect:
            password = secrets.new_password(translate("CLI", "Export password: "))
            request = replace(request, password=password)
        result = exports.export(vault, request, target)
    finally:
        logout(vault)
    protected = translate("CLI", ", password-protected") if result.protected else ""
    out(translate("CLI", "Wrote {path} ({rows} rows{protected}).").format(
        path=result.path, rows=result.rows, protected=protected))
    return 0


def _with_placeholder(request: ExportRequest) -> ExportRequest:
    """The request as ``check`` should see it before the password is typed."""
    if request.password is None:
        return request
    return replace(request, password="x" * export_kinds.MIN_PASSWORD)


def _site_id(vault, code: str) -> str:  # type: ignore[no-untyped-def]
    from desktop.core.errors import NotFound
    from desktop.core.services.reports import statistics

    for site_id, site_code, _name in statistics.site_codes(vault):
        if site_code.casefold() == code.casefold():
            return site_id
    raise NotFound(translate("CLI", "No site has the code {code}.").format(code=code))


def _usage(message: str) -> int:
    import sys

    print(f"relais: {message}", file=sys.stderr)
    return 2
