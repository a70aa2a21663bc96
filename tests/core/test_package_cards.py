"""Issue 14, point 1: contact cards carry an installation's public keys, signed by its own key;
a card is attached to a provider only when the fingerprint read over the phone matches."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from desktop.core.errors import DamagedData, PermissionDenied, ValidationError
from desktop.core.services.accounts import audit
from desktop.core.services.identity import site_identity
from desktop.core.services.packages import cards
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.vault import Vault
from tests.helpers import folders
from tests.helpers.referral_data import legal_provider, osc


def _partner_card(tmp_path: Path) -> Path:
    """The card of another installation, exported by its administrator."""
    partner, _ = folders.new_folder(tmp_path / "partner")
    with folders.as_user(partner) as vault:
        cards.export_card(vault, tmp_path / "partner.relaiscard")
    return tmp_path / "partner.relaiscard"


def test_a_card_round_trips_with_its_fingerprint(admin: Vault, tmp_path: Path) -> None:
    out = tmp_path / "nous.relaiscard"
    card = cards.export_card(admin, out)
    assert card.fingerprint() == site_identity.own_public(admin).fingerprint()
    read = cards.read_card(out)
    assert read == card and read.organisation == "ONG Essai" and read.site == "Mopti"
    assert [e.action for e in audit.events(admin, action="card_exported")] == ["card_exported"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "nous.relaiscard"]  # no temp


def test_only_an_administrator_exports_the_card(caseworker: Vault, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        cards.export_card(caseworker, tmp_path / "x.relaiscard")
    assert not (tmp_path / "x.relaiscard").exists()


@pytest.mark.parametrize("change", ["organisation", "signing_key", "age_recipient", "created",
                                    "signature", "unsigned", "version", "version true",
                                    "truncated", "huge", "not json", "extra"])
def test_a_changed_or_damaged_card_is_refused_in_one_line(admin: Vault, tmp_path: Path,
                                                           change: str) -> None:
    out = tmp_path / "c.relaiscard"
    cards.export_card(admin, out)
    data = out.read_bytes()
    doc = json.loads(data)
    if change == "organisation":
        doc["organisation"] = "ONG Pirate"
    elif change == "signing_key":
        doc["signing_key"] = base64.b64encode(site_identity.new_key_pair().signing_public).decode()
    elif change == "age_recipient":
        doc["age_recipient"] = site_identity.new_key_pair().age_recipient
    elif change == "created":
        doc["created"] = "2020-01-01"
    elif change == "signature":
        doc["signature"] = doc["signature"][:-4] + ("AAA=" if doc["signature"][-4:] != "AAA="
                                                    else "BBB=")
    elif change == "unsigned":
        del doc["signature"]
    elif change == "version":
        doc["version"] = 2
    elif change == "version true":  # True == 1 in Python
        doc["version"] = True
    elif change == "extra":
        doc["note"] = "x"
    if change == "truncated":
        out.write_bytes(data[: len(data) // 2])
    elif change == "huge":
        out.write_bytes(data + b" " * cards.MAX_CARD_BYTES)
    elif change == "not json":
        out.write_bytes(b"\x00\xff" * 20)
    else:
        out.write_text(json.dumps(doc))
    with pytest.raises(DamagedData) as refused:
        cards.read_card(out)
    assert "\n" not in str(refused.value)


def test_a_card_is_attached_only_with_its_fingerprint(admin: Vault, tmp_path: Path) -> None:
    card = cards.read_card(_partner_card(tmp_path))
    provider = legal_provider(admin)
    assert cards.electronic_provider_ids(admin) == set()
    wrong = "2222-2222-2222-2222-2222"
    with pytest.raises(ValidationError, match="not the card's"):
        cards.attach_card(admin, provider, card, wrong)
    assert cards.provider_card(admin, provider) is None
    typed = card.fingerprint().lower().replace("-", " ")  # as someone types it
    cards.attach_card(admin, provider, card, typed)
    assert cards.provider_card(admin, provider) == card
    assert cards.electronic_provider_ids(admin) == {provider}
    cards.detach_card(admin, provider)
    assert cards.provider_card(admin, provider) is None
    assert [e.action for e in audit.events(admin, record_id=provider)
            if e.action.startswith("card_")] == ["card_detached", "card_attached"]


def test_own_card_or_one_card_for_two_providers_is_refused(admin: Vault,
                                                           tmp_path: Path) -> None:
    own = cards.export_card(admin, tmp_path / "own.relaiscard")
    provider = legal_provider(admin)
    with pytest.raises(ValidationError, match="own card"):
        cards.attach_card(admin, provider, own, own.fingerprint())
    card = cards.read_card(_partner_card(tmp_path))
    cards.attach_card(admin, provider, card, card.fingerprint())
    with pytest.raises(ValidationError, match="already attached"):
        cards.attach_card(admin, osc(admin), card, card.fingerprint())


def test_a_case_worker_cannot_attach_a_card(folder: DataFolder, tmp_path: Path) -> None:
    card = cards.read_card(_partner_card(tmp_path))
    with folders.as_user(folder) as admin:
        provider = legal_provider(admin)
    with folders.as_user(folder, folders.CASEWORKER) as awa, pytest.raises(PermissionDenied):
        cards.attach_card(awa, provider, card, card.fingerprint())
