"""What this site applied of what the hub publishes: the version of each kind (the national
directory), so an older or replayed publication is ignored."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.store.models.base import Base, utcnow


class HubPublicationApplied(Base):
    """The newest version of a hub publication (``kind``: directory) this site applied."""

    __tablename__ = "hub_publications_applied"
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    published_at: Mapped[str | None] = mapped_column(String(40))
    applied_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
