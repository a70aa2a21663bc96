"""Batches the hub refuses with one clear line, storing nothing: replayed, out of order (a
gap), altered, signed by a site it has not enrolled; and the same through a batch file."""

from __future__ import annotations

from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select, update

from desktop.core.services.identity import site_identity
from desktop.core.services.sync import client, journal, sync_service, wire
from desktop.core.store.models import Case
from desktop.core.store.vault import Vault
from desktop.hub import db, status
from desktop.hub.models import RECORD_TABLES, HubBatch
from tests.hub.conftest import HubThread
from tests.hub.test_sync import enrol


@pytest.fixture
def synced(admin: Vault, hub_server: HubThread, monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """A site with 40 demo cases, enrolled and synced; returns the batches it sent."""
    from desktop.core.services.demo import generator as demo

    demo.generate(admin, 40, seed=9)
    sent: list[bytes] = []
    real = client.call

    def recording(url: str, path: str, **kwargs: Any) -> bytes:
        if path == "/v1/batches":
            sent.append(kwargs["data"])
        return real(url, path, **kwargs)

    monkeypatch.setattr(client, "call", recording)
    enrol(admin, hub_server)
    sync_service.sync(admin)
    assert sent
    return sent


def _post(hub: HubThread, data: bytes) -> client.HubRefused:
    with pytest.raises(client.HubRefused) as refused:
        client.call(hub.url, "/v1/batches", data=data)
    assert "\n" not in str(refused.value)
    return refused.value


def _stored(hub: HubThread) -> tuple[int, int]:
    with db.session(hub.db) as session:
        return (int(session.scalar(select(func.count()).select_from(HubBatch)) or 0),
                int(session.scalar(select(func.count()).select_from(RECORD_TABLES["cases"]))
                    or 0))


def test_a_replayed_batch_is_refused(synced: list[bytes], hub_server: HubThread) -> None:
    before, sent = _stored(hub_server), len(synced)
    refused = _post(hub_server, synced[0])
    assert refused.status == 409 and "already stored (replayed)" in str(refused)
    assert refused.ack is not None and wire.read_ack(refused.ack).batch == sent
    assert _stored(hub_server) == before


def test_an_altered_batch_is_refused(synced: list[bytes], hub_server: HubThread,
                                     admin: Vault) -> None:
    with admin.session() as session:  # something new to send, so the number is the next one
        session.execute(update(Case).where(Case.stats_consent.is_(True)).values(step=6))
    with admin.reader() as session:
        pending = journal.next_batch(session, lambda data: site_identity.sign(admin, data))
    assert pending is not None
    before = _stored(hub_server)
    for at in (len(wire.BATCH_MAGIC) + 30, len(pending.data) - 100, len(pending.data) - 1):
        altered = bytearray(pending.data)
        altered[at] ^= 0x01
        refused = _post(hub_server, bytes(altered))
        assert refused.status in (400, 403), str(refused)
    assert _stored(hub_server) == before
    assert "not signed by site MOPTI" in str(_post(hub_server, pending.data[:-64] + b"\0" * 64))
    client.call(hub_server.url, "/v1/batches", data=pending.data)  # the genuine one goes in


def test_a_batch_out_of_order_is_refused(synced: list[bytes], hub_server: HubThread,
                                         admin: Vault) -> None:
    with admin.session() as session:
        session.execute(update(Case).where(Case.stats_consent.is_(True)).values(step=5))
    with admin.reader() as session:
        state = journal.state(session)
        skipping = journal.next_batch(session, lambda data: site_identity.sign(admin, data),
                                      after=(state.acked_batch + 1, state.acked_seq))
    assert skipping is not None
    before = _stored(hub_server)
    refused = _post(hub_server, skipping.data)
    assert refused.status == 409 and "(a gap" in str(refused)
    assert _stored(hub_server) == before


def test_a_batch_of_an_unenrolled_site_is_refused(synced: list[bytes],
                                                  hub_server: HubThread) -> None:
    stranger = Ed25519PrivateKey.generate()
    for name in ("GHOST", "MOPTI"):  # unknown, and the enrolled name with another key
        data = wire.seal_batch({"site": name, "batch": 99, "from": 0, "upto": 1, "backlog": 0},
                               {"records": {}, "removed": []}, stranger.sign)
        refused = _post(hub_server, data)
        assert refused.status == 403
        says = "not enrolled" if name == "GHOST" else "not signed by site MOPTI"
        assert says in str(refused)
    assert [s.name for s in status.sites(hub_server.db)] == ["MOPTI"]


def test_garbage_is_refused_in_one_line(hub_server: HubThread) -> None:
    for data in (b"", b"hello", wire.BATCH_MAGIC + b"\xff" * 50, b"\0" * 10_000):
        refused = _post(hub_server, data)
        assert refused.status == 400 and "not a Relais sync batch" in str(refused)


def test_a_batch_naming_a_record_twice_is_refused_whole(synced: list[bytes],
                                                        hub_server: HubThread,
                                                        admin: Vault) -> None:
    with admin.session() as session:
        session.execute(update(Case).where(Case.stats_consent.is_(True)).values(step=3))
    with admin.reader() as session:
        pending = journal.next_batch(session, lambda data: b"\0" * 64)
        assert pending is not None
    batch = wire.read_batch(pending.data)
    payload = batch.records()
    rows = payload["records"]["incidents"]["rows"]
    rows.append(list(rows[0]))  # the same incident twice
    with admin.reader() as session:
        acked = journal.state(session).acked_batch
    sent = len(synced)
    data = wire.seal_batch({"site": "MOPTI", "batch": batch.number, "from": batch.start,
                            "upto": batch.upto, "backlog": 0}, payload,
                           lambda signed: site_identity.sign(admin, signed))
    before = _stored(hub_server)
    refused = _post(hub_server, data)
    assert refused.status == 400 and "not valid (ids)" in str(refused)
    assert _stored(hub_server) == before and acked == sent
