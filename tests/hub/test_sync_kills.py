"""Sync that survives the line: the client or the hub killed with SIGKILL at random moments of
an upload, many times, with cases changing between attempts; at the end the hub holds exactly
the site's consented cases, each as the site has it now, and every batch once.

``RELAIS_HUB_KILL_CYCLES`` sets the number of kills (a few by default, so the suite stays short;
e.g. 30 for the issue's evidence), ``RELAIS_HUB_KILL_CASES`` the site's size (400 by default;
20000 for the issue's evidence: batches of 50 cases then, each kill up to 3 s into the upload)."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

from sqlalchemy import func, select, text, update

from desktop.core.services import session as sessions
from desktop.core.services.demo import generator as demo
from desktop.core.services.sync import snapshot, sync_service
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import Case, SyncJournal
from desktop.hub import db
from desktop.hub.models import RECORD_TABLES, HubBatch
from tests.helpers import folders
from tests.hub.conftest import HubProcess
from tests.hub.test_sync import enrol

ROOT = Path(__file__).resolve().parents[2]
KILL_CYCLES = int(os.environ.get("RELAIS_HUB_KILL_CYCLES", "4"))
CASES = int(os.environ.get("RELAIS_HUB_KILL_CASES", "400"))
# Many small batches: a kill lands inside an upload, between two of them (or inside one).
PER_BATCH = max(10, CASES // 400)
KILL_WITHIN = 0.06 * PER_BATCH  # seconds after the first acknowledgement, at most
CHANGED = 150  # cases changed before each attempt: about 15 batches to send each time


def _run_client(folder: DataFolder) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.sync_runner", str(folder.path), str(PER_BATCH)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert proc.stdin is not None
    proc.stdin.write(folders.ADMIN_PASSWORD + "\n")
    proc.stdin.flush()
    return proc


def _change_some_cases(folder: DataFolder, rng: random.Random) -> None:
    """Cases change between attempts (a withdrawn consent too), as on a working site."""
    vault = folders.login(folder)
    try:
        with vault.session() as s:
            ids = list(s.scalars(select(Case.id).order_by(Case.id)))
            for case_id in rng.sample(ids, CHANGED):
                s.execute(update(Case).where(Case.id == case_id)
                          .values(step=rng.randint(1, 6)))
            gone = rng.choice(ids)
            s.execute(text("UPDATE consents SET withdrawn_on = date('now') WHERE case_id = :id "
                           "AND scope = 'statistics'"), {"id": gone})
            s.execute(update(Case).where(Case.id == gone).values(stats_consent=False))
    finally:
        sessions.lock(vault)


def _site_truth(folder: DataFolder) -> dict[str, int]:
    vault = folders.login(folder)
    try:
        with vault.reader() as s:
            return {case_id: step for case_id, step in s.execute(
                select(Case.id, Case.step).where(Case.stats_consent.is_(True)))}
    finally:
        sessions.lock(vault)


def test_kill_the_client_or_the_hub_during_uploads_loses_and_duplicates_nothing(
        folder: DataFolder, hub_process: HubProcess) -> None:
    hub_server = hub_process
    began = time.monotonic()
    rng = random.Random(int(os.environ.get("RELAIS_HUB_KILL_SEED", "15")))
    vault = folders.login(folder)
    try:
        demo.generate(vault, CASES, seed=8)
        enrol(vault, hub_server)
    finally:
        sessions.lock(vault)
    kills = {"client": 0, "hub": 0}
    interrupted = 0
    for _cycle in range(KILL_CYCLES):
        _change_some_cases(folder, rng)
        proc = _run_client(folder)
        lines: list[str] = []
        reader = threading.Thread(target=lambda p=proc, out=lines: out.extend(p.stdout or []),
                                  daemon=True)
        reader.start()
        started = time.monotonic()
        while not lines and proc.poll() is None and time.monotonic() - started < 60:
            time.sleep(0.01)  # the first batch acknowledged: the upload is under way
        time.sleep(rng.uniform(0.0, KILL_WITHIN))
        victim = rng.choice(("client", "hub"))
        if victim == "client":
            proc.kill()
        else:
            hub_server.kill()
        kills[victim] += 1
        proc.wait(timeout=120)
        reader.join(timeout=10)
        interrupted += bool(lines) and "done\n" not in lines
        if hub_server.proc.poll() is not None:
            hub_server.start()
    assert sum(kills.values()) == KILL_CYCLES
    assert interrupted >= KILL_CYCLES // 2  # most kills landed between two batches of an upload
    vault = folders.login(folder)
    try:
        final = sync_service.sync(vault)
        assert final.backlog == 0
        with vault.reader() as s:
            assert s.scalar(select(func.count()).select_from(SyncJournal)) == 0
    finally:
        sessions.lock(vault)
    truth = _site_truth(folder)
    cases = RECORD_TABLES["cases"]
    with db.session(hub_server.db) as s:
        on_hub = {case_id: step for case_id, step in s.execute(
            select(cases.c.id, cases.c.step))}
        numbers = list(s.scalars(select(HubBatch.number).order_by(HubBatch.number)))
        incidents = s.scalar(select(func.count()).select_from(RECORD_TABLES["incidents"]))
    assert on_hub == truth  # exactly her consented cases, each as the site has it now
    assert numbers == list(range(1, len(numbers) + 1))  # every batch once, none missing
    vault = folders.login(folder)
    try:
        with vault.reader() as s:
            site_incidents = s.scalar(text(
                "SELECT count(*) FROM incidents JOIN cases ON cases.id = incidents.case_id "
                "WHERE cases.stats_consent"))
    finally:
        sessions.lock(vault)
    assert incidents == site_incidents
    site_rows = _site_records(folder)
    with db.session(hub_server.db) as s:
        for kind, table in RECORD_TABLES.items():
            ids = list(s.scalars(select(table.c.id)))
            assert len(ids) == len(set(ids)) == len(site_rows[kind]), kind  # none twice
            assert set(ids) == site_rows[kind], kind  # every record of hers, no other
    print(f"\n{KILL_CYCLES} kills ({kills['client']} of the client, {kills['hub']} of the "
          f"hub; {interrupted} inside an upload) over {CASES} cases in batches of "
          f"{PER_BATCH}: {len(numbers)} batches stored, {len(truth)} consented cases and "
          f"{sum(len(v) for v in site_rows.values())} records on the hub exactly as on the "
          f"site, in {time.monotonic() - began:.0f} s")


def _site_records(folder: DataFolder) -> dict[str, set[str]]:
    """The ids of every record the site's consented cases send (what the hub must hold)."""
    vault = folders.login(folder)
    try:
        with vault.reader() as s:
            payload = snapshot.build(s, list(s.scalars(select(Case.id))))
    finally:
        sessions.lock(vault)
    return {kind: {row[0] for row in part["rows"]} for kind, part in payload["records"].items()}
