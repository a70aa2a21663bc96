"""``relais users list|add|remove|passwd|phone``: staff accounts (administrators; a person may
set their own work phone, printed on the referral letters they write)."""

from __future__ import annotations

from desktop.cli import main as cli
from desktop.cli.io import Secrets, login_as, logout, out
from desktop.core.i18n import translate
from desktop.core.services.accounts.contact_checks import check_phone
from desktop.core.services.accounts.permissions import Permission, Role, require


def register(sub) -> None:  # type: ignore[no-untyped-def]
    parser = sub.add_parser("users", help=translate("CLI", "manage staff accounts"))
    actions = parser.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help=translate("CLI", "list accounts"))
    cli.common(listing)
    add = actions.add_parser("add", help=translate("CLI", "add a person"))
    cli.common(add)
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--full-name", default="")
    add.add_argument("--phone", default="", help=translate(
        "CLI", "work phone, printed on the referral letters the person writes"))
    remove = actions.add_parser("remove", help=translate(
        "CLI", "remove a person (their key slot goes, the database is rekeyed)"))
    cli.common(remove)
    remove.add_argument("username")
    passwd = actions.add_parser("passwd", help=translate("CLI", "set a person's password"))
    cli.common(passwd)
    passwd.add_argument("username")
    phone = actions.add_parser("phone", help=translate(
        "CLI", "set a person's work phone (empty: none), printed on their referral letters"))
    cli.common(phone)
    phone.add_argument("username")
    phone.add_argument("phone")
    for p in (listing, add, remove, passwd, phone):
        p.set_defaults(handler=run)


def run(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    vault = login_as(args, secrets)
    from desktop.core.services.accounts import staff as accounts

    try:
        if args.action == "list":
            for row in accounts.list_staff(vault):
                out("\t".join([row.username, row.role, row.full_name]))
        elif args.action == "add":
            # Refuse a role that may not add people before asking for their new password.
            require(vault, Permission.MANAGE_STAFF)
            check_phone(args.phone)  # a wrong phone is said before the password is asked
            password = secrets.new_password(
                translate("CLI", "New password for {user}: ").format(user=args.username))
            accounts.add_person(vault, args.username, args.role, password, args.full_name,
                                phone=args.phone)
            out(translate("CLI", "Added {user}.").format(user=args.username))
        elif args.action == "phone":
            accounts.set_phone(vault, args.username, args.phone)
            out(translate("CLI", "Work phone saved for {user}.").format(user=args.username))
        elif args.action == "remove":
            accounts.remove_person(vault, args.username)
            out(translate("CLI", "Removed {user}; the database was rekeyed.").format(
                user=args.username))
        elif args.action == "passwd":
            if args.username.casefold() != args.user.casefold():
                require(vault, Permission.MANAGE_STAFF)
            password = secrets.new_password(
                translate("CLI", "New password for {user}: ").format(user=args.username))
            if args.username.casefold() == args.user.casefold():
                accounts.change_own_password(vault, _current(secrets, args), password)
            else:
                accounts.reset_password(vault, args.username, password)
            out(translate("CLI", "Password changed for {user}.").format(user=args.username))
        return 0
    finally:
        logout(vault)


def _current(secrets: Secrets, args) -> str:  # type: ignore[no-untyped-def]
    # The acting password was read first and already proved; reuse is not possible without
    # keeping it, so the own-password change asks for it again.
    return secrets.read(translate("CLI", "Current password for {user}: ").format(user=args.user))
