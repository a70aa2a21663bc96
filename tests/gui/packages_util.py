"""Two organisations for the package screens' tests: ours (the ``folder`` fixture, "ONG
Essai", Mopti) and a partner made with its own identity (never a copy of the template, which
would share its keys): the One-Stop Centre of Gao."""

from __future__ import annotations

from pathlib import Path

from desktop.core.services.accounts import settings
from desktop.core.services.packages import cards
from desktop.core.services.referrals import directory, workflow
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.vault import Vault
from tests.gui.referrals_util import add_case
from tests.helpers import folders

PARTNER_ORGANISATION = "Centre One Stop de Gao"


def partner_folder(tmp_path: Path) -> DataFolder:
    """The partner's data folder: its own keys, its organisation renamed."""
    folder, _recovery = folders.new_folder(tmp_path / "partner")
    with folders.as_user(folder) as vault:
        settings.set_value(vault, "organisation", PARTNER_ORGANISATION)
    return folder


def provider_id(vault: Vault, town: str) -> str:
    """The id of the One-Stop Centre of ``town`` in ``vault``'s directory."""
    (row,) = [p for p in directory.list_providers(vault) if p.town == town]
    return row.id


def exchange_cards(ours: Vault, theirs: Vault, tmp_path: Path) -> None:
    """Each side attaches the other's card (through the core, fingerprint confirmed): ours
    knows the partner as the centre of Gao, the partner knows us as the centre of Mopti."""
    for maker, taker, town in ((theirs, ours, "Gao"), (ours, theirs, "Mopti")):
        card = cards.export_card(maker, tmp_path / f"{town}.relaiscard")
        cards.attach_card(taker, provider_id(taker, town), card, card.fingerprint())


def referral_to_partner(vault: Vault, *, release: tuple[str, ...] = ("psychosocial",)) -> str:
    """A case with a psychosocial referral to the centre of Gao (consent as ``release``);
    the referral's id."""
    case_id = add_case(vault, release=release)
    row = workflow.create_referral(vault, case_id, service_type="psychosocial",
                                   provider_id=provider_id(vault, "Gao"), priority="urgent",
                                   reason="Suivi psychologique")
    return row.id
