"""The hub's tables (PostgreSQL): enrolled sites, batches received, the hub's key pair, and one
table per kind of record the sites send up.

Decision: the record tables are not the site's models. A site's tables hold names, notes and
staff links the hub must never have, and foreign keys to tables the hub does not keep (staff,
sites, providers of each site's directory). The hub's ``hub_<kind>`` tables are built from the
core's allow-list (``desktop.core.services.sync.records``): the same column names and SQL types
as the site's, only the columns that travel, keyed by ``(site, id)`` — every record keeps its
owner site, and a site's batch only ever replaces that site's rows. National reports read them
with the site's column names.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desktop.core.services.sync import records
from desktop.core.store.models.base import NAMING, utcnow


class HubBase(DeclarativeBase):
    """Base of the hub's models (a metadata of its own, never the site's)."""

    metadata = MetaData(naming_convention=NAMING)


class HubSite(HubBase):
    """A site known to the hub: its one-time enrolment code (hashed) until it enrols, then its
    public keys; what it last sent."""

    __tablename__ = "hub_sites"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    organisation: Mapped[str | None] = mapped_column(String(200))
    site_label: Mapped[str | None] = mapped_column(String(200))  # the site's own name for itself
    code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    code_expires: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    signing_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    age_recipient: Mapped[str | None] = mapped_column(String(100))
    fingerprint: Mapped[str | None] = mapped_column(String(80))
    enrolled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_batch: Mapped[int] = mapped_column(Integer, default=0)
    last_upto: Mapped[int] = mapped_column(BigInteger, default=0)
    last_sync_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    backlog: Mapped[int | None] = mapped_column(Integer)  # changes still waiting at its last sync
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class HubBatch(HubBase):
    """A batch stored: which site, its number, the journal position it covers, its digest."""

    __tablename__ = "hub_batches"
    site: Mapped[str] = mapped_column(ForeignKey("hub_sites.name"), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    upto: Mapped[int] = mapped_column(BigInteger)
    digest: Mapped[str] = mapped_column(String(64))
    cases: Mapped[int] = mapped_column(Integer)
    removed: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(Integer)
    via: Mapped[str] = mapped_column(String(10))  # https | file
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class HubKey(HubBase):
    """The hub's own key pair (kept in its database, backed up with it by ``pg_dump``): Ed25519
    to sign acknowledgements, X25519 (age) to read the batch files sites bring on a stick."""

    __tablename__ = "hub_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    signing_private: Mapped[bytes] = mapped_column(LargeBinary)
    age_identity: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class HubPublication(HubBase):
    """A document the hub published for every site (the national directory): numbered 1, 2, 3…
    per kind, kept whole as the signed bytes the sites receive."""

    __tablename__ = "hub_publications"
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)  # directory
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    items: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(Integer)
    document: Mapped[bytes] = mapped_column(LargeBinary)
    published_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


def _record_table(kind: records.RecordKind) -> Table:
    columns: list[Column[Any]] = [
        Column("site", String(64), ForeignKey("hub_sites.name"), primary_key=True),
        Column("id", String(36), primary_key=True)]
    if "case_id" not in kind.columns and kind is not records.CASE:
        columns.append(Column("case_id", String(36), nullable=False))
    columns += [Column(name, type_) for name, type_ in records.hub_columns(kind)]
    columns.append(Column("batch", Integer(), nullable=False))
    table = Table(f"hub_{kind.name}", HubBase.metadata, *columns)
    case_column = "id" if kind is records.CASE else "case_id"
    if kind is not records.CASE:
        Index(f"ix_hub_{kind.name}_site_case", table.c.site, table.c[case_column])
    return table


RECORD_TABLES: dict[str, Table] = {kind.name: _record_table(kind) for kind in records.KINDS}


def case_column(kind_name: str) -> Column[Any]:
    """The column naming a record's case (``id`` for a case itself)."""
    table = RECORD_TABLES[kind_name]
    return table.c.id if kind_name == records.CASE.name else table.c.case_id


class HubUser(HubBase):
    """A coordinator who may log in to the hub's web page (``relais hub user add``): her name
    and her password's Argon2 hash, never the password."""

    __tablename__ = "hub_users"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    password_hash: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
class HubRelayed(HubBase):
    """A package waiting for its recipient: stored as the sender gave it, still encrypted to
    the recipient (the hub cannot read it), deleted once the recipient acknowledged it."""

    __tablename__ = "hub_relayed"
    __table_args__ = (Index("ix_hub_relayed_recipient_digest", "recipient", "digest",
                            unique=True),
                      Index("ix_hub_relayed_received_at", "received_at"))
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    recipient: Mapped[str] = mapped_column(String(80))  # the recipient's fingerprint
    sender: Mapped[str] = mapped_column(ForeignKey("hub_sites.name"))
    size: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String(64))
    package: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class HubReferenceList(HubBase):
    """A reference list as the hub publishes it now (``relais hub reference publish``): its
    entries (JSON, checked) and the reference version that last changed it. Each reference
    publication carries every list of this table."""

    __tablename__ = "hub_reference_lists"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    entries: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
class HubWebSession(HubBase):
    """A browser's session on the hub's web page (``web/sessions.py``): the SHA-256 of its
    token, never the token; who (NULL for a login form not yet posted); when it began and was
    last used. Deleted at logout or expiry, and with its coordinator."""

    __tablename__ = "hub_web_sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_name: Mapped[str | None] = mapped_column(
        ForeignKey("hub_users.name", ondelete="CASCADE"), index=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class HubRelayExpired(HubBase):
    """A relayed package the hub deleted undelivered (its recipient never fetched it within the
    retention period): what the sender is told at its next sync, then forgotten. Only the
    envelope's facts; the package itself is gone."""

    __tablename__ = "hub_relay_expired"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the package's id
    sender: Mapped[str] = mapped_column(ForeignKey("hub_sites.name"), index=True)
    recipient: Mapped[str] = mapped_column(String(80))
    digest: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expired_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
