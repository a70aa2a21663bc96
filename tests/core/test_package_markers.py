"""Issue 14, tests: a marker-name scan of every package file a round trip writes. The survivor's
name is never outside the encryption, in any encoding; inside, a referral package carries only
what the letter carries (under her consent), never the rest of her file; a feedback package
carries nothing about her at all."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.services.packages import feedback, incoming
from desktop.core.services.referrals import workflow as referrals
from desktop.core.store.datafolder import DataFolder
from tests.core.test_packages import _import, _plaintext, _send
from tests.helpers import folders
from tests.helpers.package_data import exchange_cards
from tests.helpers.referral_data import SURVIVOR_PHONE, add_case

MARKER = folders.MARKER
# What her file holds and no letter carries (values of tests/helpers/intake_data.py).
NEVER = ("Quartier fictif", "Récit fictif", "Commerçante", "Contingent fictif", "Chauffeur",
         "Note fictive", "Centre de santé fictif", "Commune fictive", "peul")


def _encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be"),
            json.dumps(text).encode(), json.dumps(text, ensure_ascii=False).encode()[1:-1]]


def test_every_package_file_keeps_her_name_inside_and_only_what_she_consented_to(
        folder: DataFolder, tmp_path: Path) -> None:
    pair = exchange_cards(folder, tmp_path)
    with folders.as_user(pair.ours, folders.SUPERVISOR) as sali:
        consented = add_case(sali, release=("legal",), name=MARKER)
        refused = add_case(sali, release=("health",), name=MARKER + " Deux")
        ids = [referrals.create_referral(sali, case, service_type="legal",
                                         provider_id=pair.partner_provider, priority="normal",
                                         override_reason=None if case == consented else "Urgent"
                                         ).id for case in (consented, refused)]
    _send(pair, ids, tmp_path / "envoi.relais", folders.SUPERVISOR)
    _import(pair.partner, tmp_path / "envoi.relais")
    with folders.as_user(pair.partner, folders.CASEWORKER) as awa:
        rows = incoming.incoming_referrals(awa)
        for row in rows:
            incoming.accept(awa, row.id)
        feedback.record_feedback(awa, rows[0].id, services_provided=["legal"],
                                 outcome="service_provided", note="Suivi fait")
        feedback.send_feedback(awa, [r.id for r in rows], tmp_path / "retour.relais")
    packages = sorted(tmp_path.glob("*.relais"))
    assert [p.name for p in packages] == ["envoi.relais", "retour.relais"]
    for package in packages:
        raw = package.read_bytes()
        assert raw.startswith(b"age-encryption.org/v1\n")
        for word in (MARKER, *MARKER.split(), SURVIVOR_PHONE):
            assert not any(form in raw for form in _encodings(word)), (package.name, word)
    sent = _plaintext(pair.partner, tmp_path / "envoi.relais").decode("utf-8", "replace")
    assert sent.count(MARKER) == 1  # the consented referral only, not "… Deux"
    assert MARKER + " Deux" not in sent
    for value in NEVER:
        assert value not in sent, value
    back = _plaintext(pair.ours, tmp_path / "retour.relais").decode("utf-8", "replace")
    for word in (*MARKER.split(), SURVIVOR_PHONE, '"survivor_code"', '"identity"'):
        assert word not in back, word  # (not "S-": a random fingerprint may hold it)
