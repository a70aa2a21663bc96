"""A site's batch received: checked, stored in one transaction, acknowledged.

Refused with one clear line, nothing written: bytes that are not a batch, a site the hub has not
enrolled, a signature that does not match (any byte changed), a batch already stored
(replayed: the refusal carries the current acknowledgement, so a site whose answer was cut
learns where it stands), a batch that skips a number (a gap: batches are stored in order only).
The site's row is locked for the whole transaction, so two copies of one batch arriving at once
store it once. A batch replaces, for each case it names, that case's records *of that site*
(keyed by site and record id): no other site's record is ever touched.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import String, any_, bindparam, delete, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import IntegrityError

from desktop.core.errors import UserError
from desktop.core.i18n import translate
from desktop.core.services.sync import records, wire
from desktop.core.store.models.base import utcnow
from desktop.hub import db, hub_keys
from desktop.hub.models import RECORD_TABLES, HubBatch, HubSite, case_column
from desktop.hub.values import damaged, rows_of


class Refused(UserError):
    """A batch the hub does not store; ``ack`` is the site's current acknowledgement, when the
    site is known."""

    def __init__(self, message: str, ack: bytes | None = None, status: int = 400,
                 reason: str = "refused", site: str = "") -> None:
        super().__init__(message)
        self.site = site
        self.ack = ack
        self.status = status
        self.reason = reason  # unenrolled | signature | replayed | gap


@dataclass(frozen=True)
class Stored:
    """What a batch changed on the hub."""

    site: str
    number: int
    cases: int
    removed: int
    ack: bytes


def current_ack(url: str, site_name: str) -> bytes:
    """The signed acknowledgement of the highest batch stored for ``site_name``."""
    with db.session(url) as session:
        site = session.get(HubSite, site_name)
        if site is None or site.signing_key is None:
            raise Refused(_unenrolled(site_name), status=403, reason="unenrolled")
        return wire.seal_ack(site.name, site.last_batch, site.last_upto,
                             hub_keys.load(session).sign)


def _unenrolled(name: str) -> str:
    return translate("Hub", "Refused: site {site} is not enrolled at this hub.").format(
        site=name[:64])


def receive(url: str, data: bytes, via: str = "https") -> Stored:
    """Check and store one batch (``via``: ``https`` or ``file``); returns its acknowledgement."""
    from desktop.core.services.identity.site_identity import verify

    batch = wire.read_batch(data)
    with db.session(url) as session:
        keys = hub_keys.load(session)
        site = session.scalar(select(HubSite).where(HubSite.name == batch.site)
                              .with_for_update())
        if site is None or site.signing_key is None:
            raise Refused(_unenrolled(batch.site), status=403, reason="unenrolled")
        if not verify(site.signing_key, batch.signed, batch.signature):
            raise Refused(translate(
                "Hub", "Refused: batch {number} is not signed by site {site} (altered on the "
                       "way, or signed by another key).").format(number=batch.number,
                                                               site=site.name), status=403,
                reason="signature")
        ack = wire.seal_ack(site.name, site.last_batch, site.last_upto, keys.sign)
        if batch.number <= site.last_batch:
            raise Refused(translate(
                "Hub", "Refused: batch {number} of site {site} was already stored (replayed); "
                       "the hub has up to batch {last}.").format(
                number=batch.number, site=site.name, last=site.last_batch), ack, status=409,
                reason="replayed")
        if batch.number == site.last_batch + 1 and batch.start != site.last_upto:
            raise Refused(translate(
                "Hub", "Refused: batch {number} of site {site} does not start where batch "
                       "{last} ended (made before the hub's last answer reached the site): take "
                       "that answer back to the site, then send again.").format(
                number=batch.number, site=site.name, last=site.last_batch), ack, status=409,
                reason="gap")
        if batch.number != site.last_batch + 1:
            raise Refused(translate(
                "Hub", "Refused: batch {number} of site {site} comes before batch {expected} "
                       "(a gap: batches are stored in order).").format(
                number=batch.number, site=site.name, expected=site.last_batch + 1), ack,
                status=409, reason="gap")
        sent, removed, rows = rows_of(batch.records(), site.name, batch.number)
        _replace(session, site.name, sent | removed, rows)
        site.last_batch, site.last_upto = batch.number, batch.upto
        site.backlog, site.last_sync_at = batch.backlog, utcnow()
        session.add(HubBatch(site=site.name, number=batch.number, upto=batch.upto,
                             digest=hashlib.sha256(data).hexdigest(), cases=len(sent),
                             removed=len(removed), size=len(data), via=via))
        try:
            session.flush()
        except IntegrityError as exc:
            raise damaged("ids") from exc
        ack = wire.seal_ack(site.name, batch.number, batch.upto, keys.sign)
    return Stored(site=batch.site, number=batch.number, cases=len(sent), removed=len(removed),
                  ack=ack)


def _replace(session, site: str, cases: set[str], rows: dict) -> None:  # type: ignore[no-untyped-def]
    """Replace the records of ``cases`` of ``site`` by ``rows`` (children first out, parents
    first in). Rows go in with PostgreSQL's ``COPY`` in the same transaction (several times
    faster than INSERTs for the thousands of rows of a batch)."""
    ids = sorted(cases)
    for kind in reversed(records.KINDS):  # one array parameter: no statement of 500 binds
        table = RECORD_TABLES[kind.name]
        session.execute(delete(table).where(table.c.site == site, case_column(kind.name) ==
                                            any_(bindparam("ids", ids, ARRAY(String)))))
    import psycopg

    raw = session.connection().connection.driver_connection
    try:
        _copy(raw, rows)
    except psycopg.IntegrityError as exc:  # an id twice in one batch
        raise damaged("ids") from exc


def _copy(raw, rows: dict) -> None:  # type: ignore[no-untyped-def]
    with raw.cursor() as cursor:
        for kind in records.KINDS:
            wanted = rows[kind.name]
            if not wanted:
                continue
            table = RECORD_TABLES[kind.name]
            names = [column.name for column in table.columns]
            with cursor.copy(f"COPY {table.name} ({', '.join(names)}) FROM STDIN") as copy:
                for row in wanted:
                    copy.write_row([row[name] for name in names])
