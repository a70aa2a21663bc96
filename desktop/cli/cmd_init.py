"""``relais init``: create the data folder, its database and first administrator."""

from __future__ import annotations

from desktop.cli import main as cli
from desktop.cli.io import Secrets, folder_of, logout, out
from desktop.core.i18n import translate
from desktop.core.services.accounts.permissions import Role


def register(sub) -> None:  # type: ignore[no-untyped-def]
    parser = sub.add_parser("init", help=translate("CLI", "create a new encrypted database"))
    cli.common(parser, needs_user=False)
    parser.add_argument("--org", required=True, help=translate("CLI", "organisation name"))
    parser.add_argument("--site", required=True, help=translate("CLI", "site name"))
    parser.add_argument("--admin", required=True, help=translate("CLI", "administrator username"))
    parser.add_argument("--full-name", default="", help=translate("CLI", "administrator's name"))
    parser.add_argument(
        "--admin-role", choices=[Role.ADMIN_SUPERVISOR.value, Role.ADMINISTRATOR.value],
        default=Role.ADMIN_SUPERVISOR.value, help=translate(
            "CLI", "admin_supervisor (default: also supervises the cases, as in a small "
                   "centre) or administrator (accounts, settings and backups only, no access "
                   "to survivors' cases)"))
    for option, what in (("--address", translate("CLI", "the organisation's address, printed "
                                                        "on referral letters (optional)")),
                         ("--phone", translate("CLI", "the organisation's phone (optional)")),
                         ("--email", translate("CLI", "the organisation's e-mail (optional)"))):
        parser.add_argument(option, default="", help=what)
    parser.set_defaults(handler=run)


def run(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    folder = folder_of(args.data)
    folder.require_empty()
    contacts = {"address": args.address, "phone": args.phone, "email": args.email}
    from desktop.core.services.accounts import settings

    for name, value in contacts.items():  # a wrong e-mail is said before the password asked
        settings.checked(f"organisation_{name}", value)
    password = secrets.new_password(
        translate("CLI", "New password for {user}: ").format(user=args.admin))
    from desktop.core.services import session

    vault, recovery_key = session.initialise(
        folder, organisation=args.org, site=args.site, admin_username=args.admin,
        admin_password=password, admin_full_name=args.full_name, admin_role=args.admin_role,
        contacts=contacts)
    logout(vault)
    out(recovery_key)
    import sys
    print(translate("CLI", "Recovery key above: write it down and keep it in a safe place. "
                          "It is shown only once."), file=sys.stderr)
    return 0
