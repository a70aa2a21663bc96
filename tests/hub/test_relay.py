"""Referral and feedback packages relayed by the hub: site A → hub → partner B and the
feedback back, each imported through the normal ``import_package``; the hub holds them only
encrypted, checks the envelope only, and deletes what was delivered."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core.services.packages import feedback, incoming, sending
from desktop.core.services.referrals import workflow as referrals
from desktop.core.services.sync import client, relay_client, relay_wire, sync_service
from desktop.core.store.datafolder import DataFolder
from desktop.hub import db, relay
from desktop.hub.models import HubRelayed
from tests.helpers import folders
from tests.helpers.package_data import Pair, exchange_cards, referrals_to_partner
from tests.helpers.referral_data import SURVIVOR_NAME, SURVIVOR_PHONE
from tests.hub.conftest import HubThread
from tests.hub.test_sync import enrol

MARKERS = (SURVIVOR_NAME, SURVIVOR_PHONE, "Kadidia", "Conseil juridique", "Dossier déposé",
           folders.MARKER)


@pytest.fixture
def pair(folder: DataFolder, tmp_path: Path, hub_server: HubThread) -> Pair:
    """Our site and the partner, cards exchanged, both enrolled at the hub."""
    made = exchange_cards(folder, tmp_path)
    for data, name in ((made.ours, "MOPTI"), (made.partner, "CLINIQUE")):
        with folders.as_user(data) as admin:
            enrol(admin, hub_server, name)
    return made


def _sync(data: DataFolder) -> relay_client.Relayed:
    with folders.as_user(data) as admin:
        return sync_service.sync(admin).packages


def _relay_rows(url: str) -> list[HubRelayed]:
    with db.session(url) as session:
        return list(session.scalars(select(HubRelayed)))


def _readable(url: str) -> list[str]:
    """Markers found anywhere in the relay table's rows (every column, as the hub stores it)."""
    with db.session(url) as session:
        raw = b"".join(b"|".join(str(v).encode() if not isinstance(v, bytes) else v
                                 for v in row) for row in session.execute(
            select(HubRelayed.__table__)))
    return [m for m in MARKERS if m.encode() in raw or m.encode("utf-16-le") in raw]


def test_a_referral_travels_a_hub_b_and_its_feedback_back(pair: Pair, hub_server: HubThread,
                                                          tmp_path: Path) -> None:
    [referral_id] = referrals_to_partner(pair)
    with folders.as_user(pair.ours, folders.CASEWORKER) as awa:
        sent = sending.send_referrals(awa, [referral_id], tmp_path / "ref.relais")
        relay_client.queue(awa, sent.path, sent.fingerprint)
    assert _sync(pair.ours).sent == 1
    [stored] = _relay_rows(hub_server.db)
    assert stored.sender == "MOPTI" and stored.recipient == sent.fingerprint
    assert _readable(hub_server.db) == []  # the hub holds nothing it can read
    got = _sync(pair.partner)  # fetched and imported at once (the administrator works on cases)
    assert (got.fetched, got.imported, got.waiting, got.problems) == (1, 1, 0, [])
    assert _relay_rows(hub_server.db) == []  # delivered: deleted on the hub
    with folders.as_user(pair.partner, folders.CASEWORKER) as awa:
        assert relay_client.import_waiting(awa).imported == 0  # nothing left waiting
        [row] = incoming.incoming_referrals(awa)
        assert row.name == SURVIVOR_NAME
        incoming.accept(awa, row.id)
        feedback.record_feedback(awa, row.id, services_provided=["legal"],
                                 outcome="service_provided", note="Dossier déposé")
        back = feedback.send_feedback(awa, [row.id], tmp_path / "retour.relais")
        relay_client.queue(awa, back.path, back.fingerprint)
    assert _sync(pair.partner).sent == 1
    assert _readable(hub_server.db) == [] and len(_relay_rows(hub_server.db)) == 1
    assert (_sync(pair.ours).fetched, _sync(pair.ours).fetched) == (1, 0)
    with folders.as_user(pair.ours, folders.CASEWORKER) as awa:
        detail = referrals.referral_detail(awa, referral_id)
        assert detail.status == "service_provided"
        assert detail.feedback_next_steps == "Dossier déposé" and detail.feedback_received_on
    assert _relay_rows(hub_server.db) == []


def test_the_hub_checks_the_envelope_and_gives_a_site_only_its_own(
        pair: Pair, hub_server: HubThread, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    [referral_id] = referrals_to_partner(pair)
    with folders.as_user(pair.ours, folders.CASEWORKER) as awa:
        sent = sending.send_referrals(awa, [referral_id], tmp_path / "ref.relais")
        package = sent.path.read_bytes()
        mine = relay_client.queue(awa, sent.path, sent.fingerprint).read_bytes()
    forged = relay_wire.seal_relayed("MOPTI", sent.fingerprint, package,
                                     Ed25519PrivateKey.generate().sign)
    with pytest.raises(client.HubRefused, match="not signed by the site it names"):
        client.call(hub_server.url, "/v1/relay", data=forged)
    cut = mine[:100] + mine[101:]
    with pytest.raises(client.HubRefused, match="not a relayed package"):
        client.call(hub_server.url, "/v1/relay", data=cut)
    with folders.as_user(pair.ours) as admin:
        stranger = relay_client.queue(admin, sent.path, "AAAA-BBBB-CCCC-DDDD").read_bytes()
    with pytest.raises(client.HubRefused, match="recipient is not enrolled"):
        client.call(hub_server.url, "/v1/relay", data=stranger)
    assert relay.store(hub_server.db, mine).again is False
    assert relay.store(hub_server.db, mine).again is True  # the same package stored once
    # The sender asking for the partner's mailbox gets its own (empty) one.
    with folders.as_user(pair.ours) as admin:
        request = relay_client._mailbox(admin, [])
    assert relay.inbox(hub_server.db, request) == b""
    [row] = _relay_rows(hub_server.db)
    with folders.as_user(pair.ours) as admin:
        assert relay.delivered(hub_server.db, relay_client._mailbox(admin, [row.id])) == 0
    assert len(_relay_rows(hub_server.db)) == 1
    with db.session(hub_server.db) as session:
        assert session.scalar(select(func.count()).select_from(HubRelayed)) == 1


def test_by_the_command_line(pair: Pair, hub_server: HubThread, tmp_path: Path) -> None:
    from tests.hub.test_batch_files import _relais

    [referral_id] = referrals_to_partner(pair)
    with folders.as_user(pair.ours, folders.CASEWORKER) as awa:
        ref = referrals.referral_detail(awa, referral_id).reference
    sent = _relais("packages", "send", "--data", str(pair.ours.path), "--as", "awa",
                   "--referral", ref, "--via-hub", stdin=folders.PASSWORD + "\n")
    assert sent.returncode == 0, sent.stderr
    assert "Queued for the hub" in sent.stdout
    admin_pw = folders.ADMIN_PASSWORD + "\n"
    up = _relais("sync", "--data", str(pair.ours.path), "--as", "admin", stdin=admin_pw)
    assert up.returncode == 0, up.stderr
    assert "Packages: 1 sent through the hub, 0 received" in up.stdout
    # A package file given by hand needs its recipient: one line, nothing queued.
    loose = tmp_path / "loose.relais"
    loose.write_bytes(b"age-encryption.org/v1\n" + b"x" * 200)
    no_to = _relais("sync", "--data", str(pair.ours.path), "--as", "admin", "--send-package",
                    str(loose), stdin=admin_pw)
    assert no_to.returncode == 1 and no_to.stderr.count("\n") == 1, no_to.stderr
    assert "--to" in no_to.stderr
    down = _relais("sync", "--data", str(pair.partner.path), "--as", "admin", stdin=admin_pw)
    assert down.returncode == 0, down.stderr
    assert "0 sent through the hub, 1 received, 1 imported" in down.stdout
    with folders.as_user(pair.partner, folders.CASEWORKER) as awa:
        assert len(incoming.incoming_referrals(awa)) == 1
