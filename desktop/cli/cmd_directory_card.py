"""``relais directory card --provider ID|NAME --card FILE --fingerprint XXXX-…``: attach a
provider's contact card once its fingerprint was checked with the provider (directory
managers); ``--detach`` removes it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import main as cli
from desktop.cli.io import Secrets, login_as, logout, out
from desktop.core.errors import UserError
from desktop.core.i18n import translate

if TYPE_CHECKING:
    from desktop.core.store.vault import Vault


def register(actions) -> None:  # type: ignore[no-untyped-def]
    card = actions.add_parser("card", help=translate(
        "CLI", "attach a provider's contact card after checking its fingerprint"))
    cli.common(card)
    card.add_argument("--provider", required=True, metavar="ID|NAME",
                      help=translate("CLI", "the provider, by id or by exact name"))
    card.add_argument("--card", metavar="FILE.relaiscard",
                      help=translate("CLI", "the provider's contact card"))
    card.add_argument("--fingerprint", metavar="XXXX-XXXX-…", help=translate(
        "CLI", "the fingerprint the provider read to you"))
    card.add_argument("--detach", action="store_true",
                      help=translate("CLI", "remove the provider's card instead"))
    card.set_defaults(handler=run_card)


def provider_id(vault: Vault, text: str) -> str:
    """The id of the provider named by ``text`` (its id, or its exact name ignoring case)."""
    from desktop.core.services.referrals import directory

    rows = directory.list_providers(vault, include_inactive=True)
    found = [r for r in rows if r.id == text.strip()] or [
        r for r in rows if r.name.casefold() == text.strip().casefold()]
    if len(found) != 1:
        raise UserError(translate("CLI", "No single provider is {text}.").format(text=text),
                        hint=translate("CLI", "Give its name exactly as the directory "
                                              "writes it."))
    return found[0].id


def run_card(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    if not args.detach and (not args.card or not args.fingerprint):
        raise UserError(translate("CLI", "Give --card and --fingerprint (or --detach)."))
    from desktop.core.services.packages import cards

    card = cards.read_card(Path(args.card)) if not args.detach else None
    vault = login_as(args, secrets)
    try:
        target = provider_id(vault, args.provider)
        if card is None:
            cards.detach_card(vault, target)
            out(translate("CLI", "Card removed."))
            return 0
        cards.attach_card(vault, target, card, args.fingerprint)
        out(translate("CLI", "Card of {organisation} ({site}) attached, fingerprint "
                             "{fingerprint}.").format(organisation=card.organisation,
                                                      site=card.site,
                                                      fingerprint=card.fingerprint()))
        return 0
    finally:
        logout(vault)
