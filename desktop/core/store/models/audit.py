"""Audit events: who did what to which record, and when. Never survivor-identifying text."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.store.models.base import Base, Stamped


class AuditEvent(Stamped, Base):
    """One audited action."""

    __tablename__ = "audit_events"
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    site_id: Mapped[str | None] = mapped_column(String(36), index=True)
    actor_id: Mapped[str | None] = mapped_column(String(36), index=True)
    actor: Mapped[str] = mapped_column(String(64))  # username at the time
    action: Mapped[str] = mapped_column(String(40), index=True)
    record_type: Mapped[str | None] = mapped_column(String(30))
    record_id: Mapped[str | None] = mapped_column(String(36), index=True)
    details: Mapped[str | None] = mapped_column(Text)
