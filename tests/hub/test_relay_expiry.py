"""Relayed packages a recipient never fetches: the hub deletes them after its retention period
(``relais hub serve --keep-packages DAYS``, 90 by default), ``relais hub status`` shows what
waits for whom and since when, and the sender is told at its next sync."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select, update

from desktop.core.services.packages import sending
from desktop.core.services.sync import relay_client
from desktop.core.store.models.base import utcnow
from desktop.hub import db, relay_expiry
from desktop.hub.models import HubRelayed, HubRelayExpired
from tests.helpers import folders
from tests.helpers.cli_process import run_relais
from tests.helpers.package_data import Pair, referrals_to_partner
from tests.hub.conftest import HubThread, _wait_healthy, free_port
from tests.hub.test_relay import _relay_rows, _sync, pair  # noqa: F401 (the fixture)

ROOT = Path(__file__).resolve().parents[2]


def _send_one(pair: Pair, tmp_path: Path) -> str:  # noqa: F811
    [referral_id] = referrals_to_partner(pair)
    with folders.as_user(pair.ours, folders.CASEWORKER) as awa:
        sent = sending.send_referrals(awa, [referral_id], tmp_path / f"{referral_id}.relais")
        relay_client.queue(awa, sent.path, sent.fingerprint)
    assert _sync(pair.ours).sent == 1
    return sent.fingerprint


def _hub_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return run_relais(["--lang", "en", "hub", *args], timeout=120, cwd=ROOT,
                      env=dict(os.environ, PYTHONPATH=str(ROOT)))


def test_a_package_never_fetched_expires_and_its_sender_is_told(
        pair: Pair, hub_server: HubThread, tmp_path: Path) -> None:  # noqa: F811
    recipient = _send_one(pair, tmp_path)
    [held] = _relay_rows(hub_server.db)
    shown = _hub_cli("status", "--db", hub_server.db)
    assert shown.returncode == 0, shown.stderr
    lines = {line.split("\t")[0]: line.split("\t") for line in shown.stdout.splitlines()}
    assert lines["site"][-2:] == ["packages waiting", "oldest package"]
    assert lines["CLINIQUE"][-2:] == ["1", held.received_at.strftime("%Y-%m-%d %H:%M UTC")]
    assert lines["MOPTI"][-2:] == ["0", ""]
    now = utcnow()
    assert relay_expiry.expire(hub_server.db, 90, now + timedelta(days=89)) == 0
    assert len(_relay_rows(hub_server.db)) == 1  # within the 90 days: still waiting
    assert relay_expiry.expire(hub_server.db, 90, now + timedelta(days=91)) == 1
    assert _relay_rows(hub_server.db) == []
    with db.session(hub_server.db) as s:
        [notice] = s.scalars(select(HubRelayExpired))
        assert (notice.sender, notice.recipient, notice.digest) == (
            "MOPTI", recipient, held.digest)  # the envelope's facts, the package gone
    assert relay_expiry.waiting(hub_server.db) == {}
    got = _sync(pair.partner)
    assert (got.fetched, got.expired) == (0, 0)  # nothing reaches the partner any more
    told = _sync(pair.ours)
    assert told.expired == 1
    [line] = told.problems
    assert recipient in line and "never fetched" in line and "stick" in line
    with db.session(hub_server.db) as s:
        assert list(s.scalars(select(HubRelayExpired))) == []  # shown: forgotten
    again = _sync(pair.ours)
    assert (again.expired, again.problems) == (0, [])  # told once


def test_a_fetched_package_never_expires_and_a_partners_notices_are_not_ours(
        pair: Pair, hub_server: HubThread, tmp_path: Path) -> None:  # noqa: F811
    _send_one(pair, tmp_path)
    assert _sync(pair.partner).fetched == 1
    assert relay_expiry.expire(hub_server.db, 1, utcnow() + timedelta(days=400)) == 0
    _send_one(pair, tmp_path)
    assert relay_expiry.expire(hub_server.db, 1, utcnow() + timedelta(days=2)) == 1
    with folders.as_user(pair.partner) as admin:  # the partner asks for the sender's notices
        request = relay_client._mailbox(admin, [])
    assert relay_expiry.notices(hub_server.db, request) == b"[]"
    with folders.as_user(pair.ours) as admin:
        own = relay_client._mailbox(admin, [])
    assert relay_expiry.notices(hub_server.db, own).count(b'"id"') == 1  # the sender's own


def test_the_server_deletes_old_packages_at_start(pair: Pair, hub_server: HubThread,  # noqa: F811
                                                  tmp_path: Path) -> None:
    _send_one(pair, tmp_path)
    with db.session(hub_server.db) as s:
        s.execute(update(HubRelayed).values(received_at=utcnow() - timedelta(days=3)))
    refused = _hub_cli("serve", "--db", hub_server.db, "--listen", "127.0.0.1:1",
                       "--keep-packages", "0")
    assert refused.returncode == 1 and "from 1 to 3650" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and _relay_rows(hub_server.db)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "desktop", "hub", "serve", "--db", hub_server.db, "--listen",
         f"127.0.0.1:{port}", "--keep-packages", "2"], cwd=ROOT, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    try:
        _wait_healthy(f"http://127.0.0.1:{port}", server)
        deadline = time.monotonic() + 30
        while _relay_rows(hub_server.db) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _relay_rows(hub_server.db) == []
    finally:
        server.terminate()
        server.wait(timeout=30)
    with db.session(hub_server.db) as s:
        assert len(list(s.scalars(select(HubRelayExpired)))) == 1
