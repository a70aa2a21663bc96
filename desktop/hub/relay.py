"""Packages relayed between sites: the hub keeps each, still encrypted to its recipient, until
the recipient fetched it and said so.

The hub cannot read a package (it is age-encrypted to the recipient installation's key, which
the hub never has); it checks only the outer envelope (``desktop.core.services.sync.relay_wire``):
the sender is an enrolled site and signed it with its enrolled key, the size and digest hold,
the recipient's fingerprint is that of a site enrolled here. The same package given twice is
stored once. A site fetches its packages with a request it signed (recent: a copied request
does not work for long) and acknowledges them by id; only then are they deleted.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select

from desktop.core.errors import DamagedData, UserError
from desktop.core.i18n import translate
from desktop.core.services.identity.site_identity import verify
from desktop.core.services.sync import relay_wire, wire
from desktop.core.store.models.base import utcnow
from desktop.hub import db
from desktop.hub.models import HubRelayed, HubSite

MAX_ANSWER = 64 * 1024 * 1024


class RelayRefused(UserError):
    """A refusal with its HTTP status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Stored:
    """A package stored for its recipient (``again``: it was already there)."""

    id: str
    again: bool


def _site(session, name: str) -> HubSite:  # type: ignore[no-untyped-def]
    site = session.get(HubSite, name) if isinstance(name, str) and len(name) <= 64 else None
    if site is None or site.signing_key is None:
        raise RelayRefused(translate("Hub", "Refused: this site is not enrolled at this hub."),
                           403)
    return site


def store(url: str, data: bytes) -> Stored:
    """Check a relayed package's envelope and keep it for its recipient."""
    relayed = relay_wire.read_relayed(data)
    with db.session(url) as session:
        sender = _site(session, relayed.site)
        if not verify(sender.signing_key or b"", relayed.signed, relayed.signature):
            raise RelayRefused(translate("Hub", "Refused: the package is not signed by the "
                                                "site it names."), 403)
        known = session.scalar(select(func.count()).select_from(HubSite).where(
            HubSite.fingerprint == relayed.recipient, HubSite.signing_key.is_not(None)))
        if not known:
            raise RelayRefused(translate("Hub", "Refused: the recipient is not enrolled at this "
                                                "hub; give it the package on a stick."), 404)
        same = session.scalar(select(HubRelayed.id).where(
            HubRelayed.recipient == relayed.recipient, HubRelayed.digest == relayed.digest))
        if same is not None:
            return Stored(id=same, again=True)
        row = HubRelayed(id=str(uuid.uuid4()), recipient=relayed.recipient,
                         sender=sender.name, size=len(relayed.package), digest=relayed.digest,
                         package=relayed.package)
        session.add(row)
        return Stored(id=row.id, again=False)


def _mailbox(session, data: bytes) -> tuple[HubSite, list[str]]:  # type: ignore[no-untyped-def]
    bad = DamagedData(translate("Hub", "Refused: not a mailbox request."))
    value, signed, signature = wire.read_json(relay_wire.MAILBOX_MAGIC, data, bad)
    site = _site(session, str(value.get("site", "")))
    if not verify(site.signing_key or b"", signed, signature):
        raise RelayRefused(translate("Hub", "Refused: the request is not signed by the site "
                                            "it names."), 403)
    try:
        at = datetime.fromisoformat(str(value.get("at")))
    except ValueError as exc:
        raise bad from exc
    if at.tzinfo is None or abs(utcnow() - at) > timedelta(seconds=relay_wire.FRESH_SECONDS):
        raise RelayRefused(translate("Hub", "Refused: the request is too old (or this "
                                            "computer's clock is wrong)."), 403)
    ids = value.get("ids", [])
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise bad
    return site, ids


def inbox(url: str, data: bytes) -> bytes:
    """The packages waiting for the site that signed ``data`` (as many as fit one answer)."""
    with db.session(url) as session:
        site, _ids = _mailbox(session, data)
        items: list[bytes] = []
        size = 0
        rows = session.execute(select(HubRelayed.id, HubRelayed.size).where(
            HubRelayed.recipient == site.fingerprint).order_by(HubRelayed.received_at))
        for row_id, row_size in rows:
            if items and size + row_size > MAX_ANSWER:
                break
            package = session.scalar(select(HubRelayed.package).where(HubRelayed.id == row_id))
            items.append(row_id.encode().ljust(relay_wire.ID_BYTES) + (package or b""))
            size += row_size
        return wire.pack_items(items)


def delivered(url: str, data: bytes) -> int:
    """Delete the packages the signing site says it received; how many were deleted."""
    with db.session(url) as session:
        site, ids = _mailbox(session, data)
        if not ids:
            return 0
        done = session.execute(delete(HubRelayed).where(
            HubRelayed.recipient == site.fingerprint, HubRelayed.id.in_(ids[:10_000])))
        return int(done.rowcount or 0)  # type: ignore[attr-defined]


def waiting(url: str) -> dict[str, int]:
    """Packages waiting, by recipient fingerprint (``relais hub status``)."""
    with db.session(url) as session:
        return {fp: int(n) for fp, n in session.execute(
            select(HubRelayed.recipient, func.count()).group_by(HubRelayed.recipient))}
