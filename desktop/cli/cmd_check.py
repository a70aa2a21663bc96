"""``relais check``: integrity of the database and key slots.

The full check runs whatever the size of the database and needs no write access: the result
is reported even when the check cannot be audited. A damaged database is one line on stderr
(how many problems, the first one) and exit 1; the details (page numbers, never data) follow
on stdout for whoever repairs it.
"""

from __future__ import annotations

import sys

from desktop.cli import main as cli
from desktop.cli.io import Secrets, folder_of, out
from desktop.core.i18n import translate


def register(sub) -> None:  # type: ignore[no-untyped-def]
    parser = sub.add_parser("check", help=translate(
        "CLI", "check the database (quick_check and cipher_integrity_check)"))
    cli.common(parser)
    parser.add_argument("--full", action="store_true",
                        help=translate("CLI", "run the full integrity_check (slower)"))
    parser.set_defaults(handler=run)


def run(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    folder = folder_of(args.data)
    folder.require_exists()
    password = secrets.read(translate("CLI", "Password for {user}: ").format(user=args.user))
    from desktop.core.services.safety import checkup

    report = checkup.check_integrity(folder, args.user, password, full=args.full)
    if not report.ok:
        print(f"relais: {report.summary()} "
              + translate("CLI", "Restore the latest backup."), file=sys.stderr)
        for line in report.lines()[:20]:
            out(line)
        return 1
    out("ok" if report.audited else translate(
        "CLI", "ok (the check could not be recorded in the audit log: the folder refused "
               "the write)"))
    return 0
