"""Services the centre gives itself (medical, psychosocial, …), recorded on the case.

Each is dated, says who gave it (a staff member) and carries a short note (free text:
identifying). ``incident_id`` is the incident it answers: the case's latest incident reported
on or before the day it was given (set by ``services/services_given.py``), so that the
Incident Recorder marks it on that incident's row.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.store.models.base import Base, SiteStamped


class ServiceGiven(SiteStamped, Base):
    """One service given in house (``service_type``: a ``service_types`` code)."""

    __tablename__ = "services_given"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    incident_id: Mapped[str | None] = mapped_column(
        ForeignKey("incidents.id", ondelete="SET NULL"), index=True)
    service_type: Mapped[str] = mapped_column(String(30))
    given_on: Mapped[date] = mapped_column(Date, index=True)
    provider_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    recorded_by_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str | None] = mapped_column(Text)
