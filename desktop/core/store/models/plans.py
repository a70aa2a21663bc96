"""The case action plan, its supervisor reviews, follow-up reviews and the closure checklist.

A plan item answers one assessed need (``need``, a code of ``needs``; empty for a goal that
answers none in particular) with a goal, the actions, who is responsible (``responsible``: a
code of ``plan_responsible`` — a staff member, a provider, or the survivor herself), a target
date and a status (``plan_statuses``; "not done" carries its reason). The case's free-text
``Case.action_plan`` stays as the plan's note. Goal, actions, reasons, comments and notes are
free text and identifying (``catalogue.plan_fields``).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.store.models.base import Base, SiteStamped

PLAN_STATUSES = ("planned", "in_progress", "done", "not_done")
OPEN_PLAN_STATUSES = ("planned", "in_progress")


class PlanItem(SiteStamped, Base):
    """One line of the case action plan."""

    __tablename__ = "plan_items"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    need: Mapped[str | None] = mapped_column(String(20))
    goal: Mapped[str] = mapped_column(Text)
    actions: Mapped[str | None] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(10))
    responsible_staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    responsible_provider_id: Mapped[str | None] = mapped_column(
        ForeignKey("service_providers.id"))
    target_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="planned")
    not_done_reason: Mapped[str | None] = mapped_column(Text)
    referrals: Mapped[list[PlanItemReferral]] = relationship(
        cascade="all, delete-orphan", order_by="PlanItemReferral.created_at")


class PlanItemReferral(SiteStamped, Base):
    """A referral made for a plan item."""

    __tablename__ = "plan_item_referrals"
    __table_args__ = (UniqueConstraint("plan_item_id", "referral_id"),)
    plan_item_id: Mapped[str] = mapped_column(
        ForeignKey("plan_items.id", ondelete="CASCADE"), index=True)
    referral_id: Mapped[str] = mapped_column(ForeignKey("referrals.id"), index=True)


class PlanReview(SiteStamped, Base):
    """A supervisor's review of a case's plan (the latest one is shown), with a comment."""

    __tablename__ = "plan_reviews"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    reviewed_by_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    reviewed_on: Mapped[date] = mapped_column(Date)
    comment: Mapped[str | None] = mapped_column(Text)


class FollowUpReview(SiteStamped, Base):
    """What a follow-up found: how it was done (``followup_methods``), whether she is still
    safe (``followup_safety`` and a note), the needs found new (codes added to the
    assessment, joined with ``,``) and whether closure is recommended."""

    __tablename__ = "follow_up_reviews"
    follow_up_id: Mapped[str] = mapped_column(ForeignKey("follow_ups.id"), unique=True)
    method: Mapped[str] = mapped_column(String(12))
    safety: Mapped[str] = mapped_column(String(10))
    safety_note: Mapped[str | None] = mapped_column(Text)
    new_needs: Mapped[str | None] = mapped_column(String(200))
    closure_recommended: Mapped[bool] = mapped_column(Boolean, default=False)
    updates: Mapped[list[FollowUpPlanUpdate]] = relationship(
        cascade="all, delete-orphan", order_by="FollowUpPlanUpdate.created_at")


class FollowUpPlanUpdate(SiteStamped, Base):
    """A plan item's status as a follow-up found it (``from_status`` → ``to_status``)."""

    __tablename__ = "follow_up_plan_updates"
    review_id: Mapped[str] = mapped_column(
        ForeignKey("follow_up_reviews.id", ondelete="CASCADE"), index=True)
    plan_item_id: Mapped[str] = mapped_column(
        ForeignKey("plan_items.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str] = mapped_column(String(12))
    to_status: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str | None] = mapped_column(Text)


class ClosureChecklist(SiteStamped, Base):
    """The checklist of a closure request (removed when the request is refused or the case
    reopened): each item ticked or not, and the explanation an unticked item needs."""

    __tablename__ = "closure_checklists"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                         unique=True)
    safety_plan_reviewed: Mapped[bool] = mapped_column(Boolean, default=False)
    knows_can_return: Mapped[bool] = mapped_column(Boolean, default=False)
    goals_met: Mapped[bool] = mapped_column(Boolean, default=False)
    explanation: Mapped[str | None] = mapped_column(Text)
