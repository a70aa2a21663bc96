"""Safety: the risk assessments of a case (each kept, never rewritten) and its safety plan.

``cases.safety_risk`` holds the level of the latest assessment (denormalised, so that the case
list and the query of high-risk open cases read one indexed column). The safe-contact
instructions are columns of ``survivors`` (``safe_to_call`` …): they are hers, not the case's.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.store.models.base import Base, SiteStamped
from desktop.core.store.models.cases import Case


class SafetyAssessment(SiteStamped, Base):
    """One risk assessment: ``answers`` (JSON, question code → answer code), the level they
    suggested, the ``level`` recorded (the worker may set another one, with a ``reason`` —
    free text, identifying), when and by whom; ``source`` is ``intake``, ``case_file`` or
    ``earlier_version`` (the one-code risk of a database from before assessments)."""

    __tablename__ = "safety_assessments"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    assessed_by_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    answers: Mapped[str | None] = mapped_column(Text)
    suggested_level: Mapped[str | None] = mapped_column(String(10))
    level: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(20), default="case_file")


class SafetyPlan(SiteStamped, Base):
    """Her safety plan, in her words (every part free text, identifying)."""

    __tablename__ = "safety_plans"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                         unique=True)
    concerns: Mapped[str | None] = mapped_column(Text)
    trusted_people: Mapped[str | None] = mapped_column(Text)
    trusted_places: Mapped[str | None] = mapped_column(Text)
    strategies: Mapped[str | None] = mapped_column(Text)
    emergency_contacts: Mapped[str | None] = mapped_column(Text)
    updated_by_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))


# High-risk open cases of a site (the home page's query, services/safety_queries.py).
Index("ix_cases_site_safety_risk", Case.site_id, Case.safety_risk, Case.status)
PLAN_PARTS = ("concerns", "trusted_people", "trusted_places", "strategies",
              "emergency_contacts")
