"""Many sites at once on loopback: 50 simulated sites (each its own Ed25519 key, enrolled)
send their batches concurrently, some twice at the same moment; each site's batches are
stored once and in order, and no site's records touch another's. Also a site that was offline
for months sends its whole backlog in one sync."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import func, select, update

from desktop.core.services.demo import generator as demo
from desktop.core.services.sync import client, records, snapshot, sync_service, wire
from desktop.core.store.models import Case
from desktop.core.store.vault import Vault
from desktop.hub import db, enrolment, status
from desktop.hub.models import RECORD_TABLES
from tests.hub.conftest import HubThread
from tests.hub.test_sync import enrol

SITES = 50
BATCHES = 4
CASES_PER_BATCH = 25


def _case_row(case_id: str) -> list[object]:
    columns = snapshot.wire_columns(records.CASE)
    row: dict[str, object] = dict.fromkeys(columns)
    row.update(id=case_id, status="open", step=1, date_of_interview="2026-09-01",
               stats_consent=True, sea=False, survivor_code=case_id[:8].upper())
    return [row[name] for name in columns]


def _simulated_site(hub: HubThread, number: int) -> tuple[str, int]:
    """Enrol one simulated site and send its batches (each one twice at once); returns its
    name and the refusals it met."""
    key = Ed25519PrivateKey.generate()
    name = f"SITE{number:02d}"
    code = enrolment.new_code(hub.db, name)
    enrolment.enrol(hub.db, code, organisation="Org", site_label=name,
                    signing_key=key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
                    age_recipient="age1" + "q" * 58, fingerprint="X")
    refused = 0
    upto = 0
    for batch in range(1, BATCHES + 1):
        ids = [str(uuid.uuid4()) for _ in range(CASES_PER_BATCH)]
        payload = {"records": {"cases": {"columns": snapshot.wire_columns(records.CASE),
                                         "rows": [_case_row(i) for i in ids]}},
                   "removed": []}
        data = wire.seal_batch({"site": name, "batch": batch, "from": upto,
                                "upto": upto + CASES_PER_BATCH, "backlog": 0}, payload,
                               key.sign)
        upto += CASES_PER_BATCH
        with ThreadPoolExecutor(2) as twice:
            for future in [twice.submit(client.call, hub.url, "/v1/batches", data=data)
                           for _ in range(2)]:
                try:
                    future.result()
                except client.HubRefused as exc:
                    assert exc.status == 409 and "replayed" in str(exc)
                    refused += 1
    return name, refused


def test_fifty_sites_sync_at_once(hub_server: HubThread) -> None:
    with ThreadPoolExecutor(SITES) as pool:
        results = list(pool.map(lambda n: _simulated_site(hub_server, n), range(SITES)))
    assert sum(refused for _name, refused in results) == SITES * BATCHES  # each copy once
    lines = status.sites(hub_server.db)
    assert len(lines) == SITES
    assert {(line.last_batch, line.cases) for line in lines} == {
        (BATCHES, BATCHES * CASES_PER_BATCH)}
    cases = RECORD_TABLES["cases"]
    with db.session(hub_server.db) as session:
        assert session.scalar(select(func.count()).select_from(cases)) == \
            SITES * BATCHES * CASES_PER_BATCH


def test_a_site_offline_for_three_months_sends_its_backlog(
        admin: Vault, hub_server: HubThread, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core.services.sync import journal

    monkeypatch.setattr(journal, "CASES_PER_BATCH", 100)
    demo.generate(admin, 100, seed=21, today=date.today() - timedelta(days=92))
    enrol(admin, hub_server)
    sync_service.sync(admin)
    # Three months without a line: new cases every week, older ones moving on.
    for week in range(13):
        demo.generate(admin, 30, seed=100 + week,
                      today=date.today() - timedelta(days=91 - 7 * week))
        with admin.session() as session:
            session.execute(update(Case).where(Case.step < 6).values(step=Case.step + 1))
    one = sync_service.sync(admin, max_batches=1)  # the line comes back, and is cut at once
    [line] = status.sites(hub_server.db)
    assert one.batches == 1 and line.backlog and line.backlog > 0  # the hub sees what waits
    rest = sync_service.sync(admin)
    assert rest.backlog == 0 and rest.batches >= 1
    with admin.reader() as session:
        truth = {case_id: step for case_id, step in session.execute(
            select(Case.id, Case.step).where(Case.stats_consent.is_(True)))}
    cases = RECORD_TABLES["cases"]
    with db.session(hub_server.db) as session:
        on_hub = {case_id: step for case_id, step in session.execute(
            select(cases.c.id, cases.c.step))}
    assert len(truth) > 200 and on_hub == truth
