"""Service providers, referrals with their status history, follow-ups, letters issued."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.store.models.base import Base, SiteStamped

REFERRAL_STATUSES = (
    "draft", "sent", "accepted", "declined", "service_provided", "service_not_provided", "closed",
)
PRIORITIES = ("emergency", "urgent", "normal")


class ServiceProvider(SiteStamped, Base):
    """An organisation in the service directory."""

    __tablename__ = "service_providers"
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # osc, ngo, network, government, un
    region: Mapped[str | None] = mapped_column(String(40), index=True)
    town: Mapped[str | None] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(String(300))
    contact_person: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(64))
    email: Mapped[str | None] = mapped_column(String(200))
    languages: Mapped[str | None] = mapped_column(String(200))
    hours: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)  # e.g. "legal aid through partners"
    takes_sea: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    natural_key: Mapped[str] = mapped_column(String(300), unique=True)  # for import dedupe
    # Set on a provider of the national directory the hub published (its key there); None
    # for the site's own providers, which the hub's directory never changes.
    hub_key: Mapped[str | None] = mapped_column(String(300), unique=True, index=True)
    services: Mapped[list[ProviderService]] = relationship(
        back_populates="provider", cascade="all, delete-orphan")


class ProviderService(SiteStamped, Base):
    """A service type a provider offers."""

    __tablename__ = "provider_services"
    __table_args__ = (UniqueConstraint("provider_id", "service_type"),)
    provider_id: Mapped[str] = mapped_column(
        ForeignKey("service_providers.id", ondelete="CASCADE"), index=True)
    service_type: Mapped[str] = mapped_column(String(30), index=True)
    provider: Mapped[ServiceProvider] = relationship(back_populates="services")


class Referral(SiteStamped, Base):
    """A referral of a case to a provider for one service type."""

    __tablename__ = "referrals"
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    provider_id: Mapped[str] = mapped_column(ForeignKey("service_providers.id"), index=True)
    service_type: Mapped[str] = mapped_column(String(30), index=True)
    priority: Mapped[str] = mapped_column(String(12))
    due_on: Mapped[date] = mapped_column(Date, index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(24), default="draft", index=True)
    created_by_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    sent_on: Mapped[date | None] = mapped_column(Date)
    consent_override: Mapped[bool] = mapped_column(Boolean, default=False)
    override_reason: Mapped[str | None] = mapped_column(Text)
    override_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    feedback_received_on: Mapped[date | None] = mapped_column(Date)
    feedback_services: Mapped[str | None] = mapped_column(Text)
    feedback_next_steps: Mapped[str | None] = mapped_column(Text)
    # The day it counts in the period report: sent_on, else the day made (models/derived.py).
    counted_on: Mapped[date | None] = mapped_column(Date, index=True)
    history: Mapped[list[ReferralStatusChange]] = relationship(
        back_populates="referral", cascade="all, delete-orphan",
        order_by="ReferralStatusChange.at")


# The referral lists' order (due date, reference): pages read in order, with LIMIT.
Index("ix_referrals_due_reference", Referral.due_on, Referral.reference)


class ReferralStatusChange(SiteStamped, Base):
    """One status change: when, who, and a note."""

    __tablename__ = "referral_status_changes"
    index_site = index_changes = False  # read only through their case (see Stamped)
    referral_id: Mapped[str] = mapped_column(
        ForeignKey("referrals.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(24))
    to_status: Mapped[str] = mapped_column(String(24))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    by_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str | None] = mapped_column(Text)
    referral: Mapped[Referral] = relationship(back_populates="history")


class FollowUp(SiteStamped, Base):
    """A follow-up due on a date, for a case or one of its referrals."""

    __tablename__ = "follow_ups"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    referral_id: Mapped[str | None] = mapped_column(ForeignKey("referrals.id"), index=True)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    assigned_to_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), index=True)
    purpose: Mapped[str | None] = mapped_column(Text)
    done_on: Mapped[date | None] = mapped_column(Date, index=True)
    done_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    outcome: Mapped[str | None] = mapped_column(Text)


# The overdue count: open follow-ups, and those done after a day, by due date (index alone).
Index("ix_follow_ups_done_due", FollowUp.done_on, FollowUp.due_on, FollowUp.case_id)


class LetterIssued(SiteStamped, Base):
    """A referral letter printed or saved; the second and later are copies."""

    __tablename__ = "letters_issued"
    referral_id: Mapped[str] = mapped_column(ForeignKey("referrals.id"), index=True)
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    by_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    language: Mapped[str] = mapped_column(String(5))
    how: Mapped[str] = mapped_column(String(10))  # print | pdf
    copy_number: Mapped[int] = mapped_column(Integer, default=0)
