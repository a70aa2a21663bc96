"""Relayed packages that nobody fetched: deleted after the retention period, the sender told.

A package waits on the hub for its recipient (``relay.py``). One that its recipient has not
fetched ``keep_days`` days after it arrived (default ``DEFAULT_KEEP_DAYS``; ``relais hub serve
--keep-packages DAYS``) is deleted by the server (at start, then every hour): a site that never
syncs must not make the hub a store of encrypted packages for ever. What remains is a notice
with the envelope's facts only (``hub_relay_expired``: recipient's fingerprint, digest, size,
dates), which the sender fetches at its next sync (``POST /v1/relay/expired``, a mailbox
request it signed) and clears once it has shown it (the ids it names are deleted); a notice
nobody fetched is forgotten after ``NOTICE_DAYS``. ``relais hub status`` shows, per recipient
site, how many packages wait and since when.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, insert, select

from desktop.core.store.models.base import utcnow
from desktop.hub import db
from desktop.hub.models import HubRelayed, HubRelayExpired, HubSite
from desktop.hub.relay import _mailbox

DEFAULT_KEEP_DAYS = 90
NOTICE_DAYS = 365
MAX_NOTICES = 1000  # per answer


@dataclass(frozen=True)
class Waiting:
    """Packages waiting on the hub for one site."""

    site: str
    packages: int
    oldest: datetime


def expire(url: str, keep_days: int = DEFAULT_KEEP_DAYS, now: datetime | None = None) -> int:
    """Delete the packages received more than ``keep_days`` days before ``now`` and still
    not fetched, keeping a notice for each sender; how many were deleted."""
    now = now or utcnow()
    with db.session(url) as session:
        gone = session.execute(
            delete(HubRelayed).where(HubRelayed.received_at < now - timedelta(days=keep_days))
            .returning(HubRelayed.id, HubRelayed.sender, HubRelayed.recipient,
                       HubRelayed.digest, HubRelayed.size, HubRelayed.received_at)).all()
        if gone:
            session.execute(insert(HubRelayExpired), [
                {"id": row.id, "sender": row.sender, "recipient": row.recipient,
                 "digest": row.digest, "size": row.size, "received_at": row.received_at,
                 "expired_at": now} for row in gone])
        session.execute(delete(HubRelayExpired).where(
            HubRelayExpired.expired_at < now - timedelta(days=NOTICE_DAYS)))
        return len(gone)


def notices(url: str, data: bytes) -> bytes:
    """For the site that signed the mailbox request ``data``: delete the notices it names
    (it has shown them), answer the others (JSON list, oldest first)."""
    with db.session(url) as session:
        site, ids = _mailbox(session, data)
        if ids:
            session.execute(delete(HubRelayExpired).where(
                HubRelayExpired.sender == site.name, HubRelayExpired.id.in_(ids[:10_000])))
        rows = session.scalars(select(HubRelayExpired).where(
            HubRelayExpired.sender == site.name).order_by(HubRelayExpired.expired_at,
                                                          HubRelayExpired.id)
            .limit(MAX_NOTICES))
        return json.dumps([{"id": r.id, "recipient": r.recipient, "digest": r.digest,
                            "size": r.size, "received_at": r.received_at.isoformat(),
                            "expired_at": r.expired_at.isoformat()} for r in rows]).encode()


def waiting(url: str) -> dict[str, Waiting]:
    """Packages waiting, by recipient site's name (a fingerprint no site has is shown as
    it is): how many and the oldest's arrival."""
    with db.session(url) as session:
        names = {fp: name for name, fp in session.execute(
            select(HubSite.name, HubSite.fingerprint).where(HubSite.fingerprint.is_not(None)))}
        found: dict[str, Waiting] = {}
        for fp, count, oldest in session.execute(
                select(HubRelayed.recipient, func.count(), func.min(HubRelayed.received_at))
                .group_by(HubRelayed.recipient)):
            site = names.get(fp, fp)
            found[site] = Waiting(site=site, packages=int(count), oldest=oldest)
        return found
