"""``relais high-risk``: the open cases whose latest safety level is high (the person's own
caseload; ``--site`` for the whole site, supervisors only), one per line, tab-separated: case
number, survivor code, case worker, status, date of the latest assessment (YYYY-MM-DD). No
name: the survivor code identifies no one. Belongs with the ``safety`` services."""

from __future__ import annotations

from desktop.cli import main as cli
from desktop.cli.io import Secrets, login_as, logout, out
from desktop.core.i18n import translate


def register(sub) -> None:  # type: ignore[no-untyped-def]
    listing = sub.add_parser("high-risk", help=translate(
        "CLI", "list the open cases at high safety risk (tab-separated)"))
    cli.common(listing)
    listing.add_argument("--site", action="store_true", help=translate(
        "CLI", "every case of the site (supervisors), not only yours"))
    listing.set_defaults(handler=run_list)


def run_list(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    vault = login_as(args, secrets)
    from desktop.core.services.casework import safety_queries

    try:
        for row in safety_queries.high_risk_cases(vault, "site" if args.site else "mine"):
            out("\t".join([row.case_number, row.survivor_code,
                           row.caseworker.replace("\t", " "), row.status,
                           row.assessed_on.isoformat() if row.assessed_on else ""]))
        return 0
    finally:
        logout(vault)
