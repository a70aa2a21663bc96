"""``relais hub report`` (the national period report as PDF, XLSX or CSV) and ``relais hub
user add`` (a coordinator of the hub's web page; the password read from the terminal, or one
line of standard input)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.cli.io import Secrets, out
from desktop.core.i18n import translate

C = "HubCLI"


def register(commands: Any, db_option: Callable[[Any], None],
             url_of: Callable[[Any], str]) -> None:
    """Add ``report`` and ``user`` to the ``relais hub`` subcommands (``db_option`` adds
    ``--db``; ``url_of`` reads it as ``relais hub``'s other commands do)."""
    report = commands.add_parser("report", help=translate(
        C, "the national report for a period (PDF, XLSX or CSV)"))
    db_option(report)
    report.add_argument("--from", dest="start", required=True,
                        help=translate(C, "first day (YYYY-MM-DD)"))
    report.add_argument("--to", dest="end", required=True,
                        help=translate(C, "last day, included (YYYY-MM-DD)"))
    report.add_argument("--site", action="append", default=[], help=translate(
        C, "a site's name at the hub (repeat for several; default: every site)"))
    report.add_argument("--format", dest="fmt", required=True, choices=["pdf", "xlsx", "csv"],
                        help=translate(C, "file format"))
    report.add_argument("--out", required=True, help=translate(C, "file to write"))
    report.set_defaults(handler=run_report, url_of=url_of)
    user = commands.add_parser("user", help=translate(C, "the hub's coordinators"))
    verbs = user.add_subparsers(dest="user_command", required=True, parser_class=type(user))
    add = verbs.add_parser("add", help=translate(
        C, "add a coordinator (the password is asked for)"))
    db_option(add)
    add.add_argument("--name", required=True, help=translate(C, "her name to log in with"))
    add.set_defaults(handler=run_user_add, url_of=url_of)


def run_report(args: Any, _secrets: Secrets) -> int:
    """Write the national report."""
    from desktop.cli.cmd_export import _day, period_of

    period = period_of(_day("--from", args.start), _day("--to", args.end))
    url = args.url_of(args)
    from desktop.hub import report_files, report_queries

    report = report_queries.national_report(url, period, sites=args.site or None)
    target = report_files.write(report, args.fmt, Path(args.out))
    out(translate(C, "Wrote {path} (national report, {sites}, {period}).").format(
        path=target, sites=report.site_label, period=period.label()))
    return 0


def run_user_add(args: Any, secrets: Secrets) -> int:
    """Add a coordinator."""
    url = args.url_of(args)
    from desktop.hub import accounts

    password = secrets.new_password(translate(C, "Password for {name}: ").format(
        name=args.name.strip()))
    accounts.add_user(url, args.name, password)
    out(translate(C, "Coordinator {name} added: she logs in at the hub's web page.")
        .format(name=args.name.strip()))
    return 0
