"""Two organisations that exchange packages: ours (the ``folder`` fixture: "ONG Essai",
Mopti) and a partner legal clinic, a data folder of its own with its own identity, each having
attached the other's card to the provider that stands for it in its directory."""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.core.services.packages import cards
from desktop.core.services.referrals import directory
from desktop.core.services.referrals import workflow as referrals
from desktop.core.store.datafolder import DataFolder
from tests.helpers import folders
from tests.helpers.referral_data import add_case, legal_provider


@dataclass(frozen=True)
class Pair:
    """Our folder and the partner's, with the provider ids that stand for each other."""

    ours: DataFolder
    partner: DataFolder
    partner_provider: str  # the partner, in our directory
    our_provider: str  # us, in the partner's directory


@functools.cache
def _partner_template() -> Path:
    """The partner's data folder with its staff, made once per test process (as the ``folder``
    fixture's template is); each pair works on a copy of it."""
    base = Path(tempfile.mkdtemp(prefix="relais-partner-"))
    atexit.register(shutil.rmtree, base, True)
    partner, _ = folders.new_folder(base / "partner")
    folders.with_staff(partner)
    return partner.path


def exchange_cards(ours: DataFolder, tmp_path: Path) -> Pair:
    """A partner folder (with staff) and the cards exchanged and attached on both sides."""
    shutil.copytree(_partner_template(), tmp_path / "partner",
                    ignore=shutil.ignore_patterns("*.lock"))
    partner = DataFolder(tmp_path / "partner")
    with folders.as_user(partner) as admin:
        their_card = cards.export_card(admin, tmp_path / "partner.relaiscard")
        our_provider = directory.create_provider(admin, {
            "name": "ONG Essai (Mopti)", "kind": "ngo", "region": "mopti", "town": "Mopti",
            "services": ["health", "psychosocial"], "takes_sea": True}).id
    with folders.as_user(ours) as admin:
        our_card = cards.export_card(admin, tmp_path / "ours.relaiscard")
        partner_provider = legal_provider(admin)
        cards.attach_card(admin, partner_provider, their_card, their_card.fingerprint())
    with folders.as_user(partner) as admin:
        cards.attach_card(admin, our_provider, our_card, our_card.fingerprint())
    return Pair(ours, partner, partner_provider, our_provider)


def referrals_to_partner(pair: Pair, count: int = 1, *, release: tuple[str, ...] = ("legal",),
                         service: str = "legal") -> list[str]:
    """``count`` referrals of one case of awa's to the partner (drafts); returns their ids.
    Without a release consent for ``service`` the supervisor overrides, with a reason."""
    user = folders.CASEWORKER if service in release else folders.SUPERVISOR
    with folders.as_user(pair.ours, user) as vault:
        case_id = add_case(vault, release=release)
        override = None if service in release else "Urgence juridique"
        return [referrals.create_referral(vault, case_id, service_type=service,
                                          provider_id=pair.partner_provider,
                                          priority="urgent", reason="Conseil juridique",
                                          override_reason=override).id
                for _ in range(count)]
