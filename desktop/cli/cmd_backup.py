"""``relais backup`` and ``relais restore``.

``relais backup --data DIR --as USER [--to FILE]``: the password of USER is read (terminal
prompt, or one line of standard input); without ``--to`` the backup goes to the chosen backup
folder (or ``DIR/backups``) and old ones are rotated.

``relais restore --data DIR --from FILE [--as USER | --recovery]``: the backup proves the
person, not the current database (which may be the damaged one). With ``--as``, the password of
that administrator account *as it is in the backup* is read; with ``--recovery``, the backup's
recovery key; with neither, the username and then the password are read (two lines on standard
input). The folder must not be open in Relais. The backup's organisation, site, date and
number of cases are printed before anything is replaced; a backup of another organisation or
database than the one in DIR is refused unless ``--replace-other-organisation`` is given (an
empty DIR, a new PC, takes any backup). The replaced files are kept in
``DIR/replaced-YYYYmmdd-HHMMSS/``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import main as cli
from desktop.cli.io import Secrets, folder_of, login_as, logout, out
from desktop.core.i18n import decimal, translate

if TYPE_CHECKING:
    from desktop.core.services.safety import restore


def register(sub) -> None:  # type: ignore[no-untyped-def]
    backup = sub.add_parser("backup", help=translate(
        "CLI", "write an encrypted backup (database and key slots)"))
    cli.common(backup)
    backup.add_argument("--to", metavar="FILE", help=translate(
        "CLI", "backup file to write (default: the backup folder, with rotation)"))
    backup.set_defaults(handler=run_backup)

    parser = sub.add_parser("restore", help=translate(
        "CLI", "restore a backup into the data folder (the replaced files are kept aside)"))
    cli.common(parser, needs_user=False)
    parser.add_argument("--from", dest="source", metavar="FILE", required=True,
                        help=translate("CLI", "backup file to restore"))
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--as", dest="user", help=translate(
        "CLI", "an administrator account in the backup (its password is read)"))
    who.add_argument("--recovery", action="store_true", help=translate(
        "CLI", "read the backup's recovery key instead of a password"))
    parser.add_argument("--replace-other-organisation", action="store_true", help=translate(
        "CLI", "allow a backup of another organisation or database to replace this folder's"))
    parser.set_defaults(handler=run_restore)


def run_backup(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    target = Path(args.to).expanduser() if args.to else None
    from desktop.core.services.safety import backups

    if target is not None and target.is_dir():
        target = target / backups.backup_name("manual")
    vault = login_as(args, secrets)
    try:
        result = backups.make_backup(vault, target)
    finally:
        logout(vault)
    if result.notice:
        print(f"relais: {result.notice}", file=sys.stderr)
    out(translate("CLI", "Backup written: {path} ({size} MB, {seconds} s)").format(
        path=result.path, size=decimal(result.size / 1e6), seconds=decimal(result.seconds)))
    return 0


def _print_summary(summary: restore.BackupSummary) -> None:
    out(translate("CLI", "Backup of {organisation}, site {site}, made {date}: {cases} cases, "
                         "{accounts} accounts.").format(
        organisation=summary.organisation, site=summary.site,
        date=f"{summary.created_at:%Y-%m-%d %H:%M}", cases=summary.cases,
        accounts=summary.accounts))
    if summary.other:
        out(translate("CLI", "This data folder holds another database ({live}).").format(
            live=summary.live_organisation or summary.live_database_id[:8]))


def run_restore(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    folder = folder_of(args.data)
    source = Path(args.source).expanduser()
    options = {"replace_other_organisation": args.replace_other_organisation,
               "on_summary": _print_summary}
    from desktop.core.services.safety import restore

    if args.recovery:
        recovery_key = secrets.read(translate("CLI", "Recovery key of the backup: "))
        result = restore.restore_backup(folder, source, recovery_key=recovery_key, **options)
    else:
        user = args.user or secrets.read(
            translate("CLI", "Administrator username in the backup: ")).strip()
        password = secrets.read(translate("CLI", "Password for {user} (as in the backup): ")
                                .format(user=user))
        result = restore.restore_backup(folder, source, username=user, password=password,
                                        **options)
    out(translate("CLI", "Restored the backup of {date} ({n} accounts).").format(
        date=f"{result.backup_created_at:%Y-%m-%d %H:%M}", n=result.accounts))
    if result.replaced is not None:
        out(translate("CLI", "The replaced files are kept in {path}.").format(
            path=result.replaced))
    return 0
