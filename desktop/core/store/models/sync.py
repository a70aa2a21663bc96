"""The change journal the hub sync reads, and the sync's state (one row).

``sync_journal`` gets one row per change of a case or of anything of hers that travels
(``services/sync/records.py``), written by SQLite triggers (migration ``5c0a7e9b1d15``), so
that bulk writers (the demo, imports) are journaled like the ORM. The sync sends the cases
named after the position the hub acknowledged, and deletes the rows up to that position only
once the hub's acknowledgement came back.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.store.models.base import Base, Stamped


class SyncJournal(Base):
    """One change: the case it concerns, in the order the changes were committed."""

    __tablename__ = "sync_journal"
    __table_args__ = {"sqlite_autoincrement": True}
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(String(36))


class SyncState(Stamped, Base):
    """This installation's enrolment at a hub and what the hub acknowledged (one row)."""

    __tablename__ = "sync_state"
    hub_url: Mapped[str | None] = mapped_column(String(300))
    hub_site: Mapped[str] = mapped_column(String(64))  # this site's name at the hub
    hub_signing_key: Mapped[bytes] = mapped_column(LargeBinary)  # Ed25519 public, 32 bytes
    hub_age_recipient: Mapped[str] = mapped_column(String(100))
    acked_batch: Mapped[int] = mapped_column(Integer, default=0)
    acked_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    last_sync_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Batches written to a file, not yet acknowledged: JSON [[number, end position], …].
    written: Mapped[str | None] = mapped_column(Text)
