"""``relais org show|card``: this installation's identity for partners.

``show`` prints the organisation, the site and the fingerprint that partners compare over the
phone; ``card --out FILE`` writes the contact card (administrators) and prints its fingerprint.
"""

from __future__ import annotations

from pathlib import Path

from desktop.cli import main as cli
from desktop.cli.io import Secrets, login_as, logout, out
from desktop.core.errors import UserError
from desktop.core.i18n import translate


def register(sub) -> None:  # type: ignore[no-untyped-def]
    parser = sub.add_parser("org", help=translate(
        "CLI", "this installation's identity: fingerprint and contact card"))
    actions = parser.add_subparsers(dest="action", required=True, parser_class=type(parser))
    show = actions.add_parser("show", help=translate(
        "CLI", "show the organisation, the site and the fingerprint"))
    cli.common(show)
    show.set_defaults(handler=run_show)
    card = actions.add_parser("card", help=translate(
        "CLI", "write this installation's contact card (administrators)"))
    cli.common(card)
    card.add_argument("--out", required=True, metavar="FILE.relaiscard",
                      help=translate("CLI", "where to write the card"))
    card.set_defaults(handler=run_card)


def run_show(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    vault = login_as(args, secrets)
    from desktop.core.services.packages import cards

    try:
        card = cards.own_card(vault)
        out(translate("CLI", "Organisation: {organisation}").format(
            organisation=card.organisation))
        out(translate("CLI", "Site: {site}").format(site=card.site))
        out(translate("CLI", "Fingerprint: {fingerprint}").format(
            fingerprint=card.fingerprint()))
        return 0
    finally:
        logout(vault)


def run_card(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    path = Path(args.out)
    if path.exists():
        raise UserError(translate("CLI", "{path} already exists.").format(path=path),
                        hint=translate("CLI", "Choose another file name."))
    if not path.parent.is_dir():
        raise UserError(translate("CLI", "The folder {folder} does not exist.").format(
            folder=path.parent))
    vault = login_as(args, secrets)
    from desktop.core.services.packages import cards

    try:
        card = cards.export_card(vault, path)
        out(translate("CLI", "Card written to {path}. Fingerprint: {fingerprint}").format(
            path=path, fingerprint=card.fingerprint()))
        return 0
    finally:
        logout(vault)
