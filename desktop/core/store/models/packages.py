"""Referral packages between installations (issue 14): the contact cards attached to providers
of the directory, the packages already imported (so that none is applied twice), the referrals
received from other organisations and the feedback that came back for the referrals sent."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.store.models.base import Base, SiteStamped, Stamped

INCOMING_STATUSES = ("incoming", "accepted", "declined")


class ProviderCard(Stamped, Base):
    """The contact card of a provider that runs Relais: its public keys, checked by their
    fingerprint when attached. One card per provider, and a card belongs to one provider."""

    __tablename__ = "provider_cards"
    provider_id: Mapped[str] = mapped_column(
        ForeignKey("service_providers.id", ondelete="CASCADE"), unique=True)
    organisation: Mapped[str] = mapped_column(String(200))
    site: Mapped[str] = mapped_column(String(200))
    signing_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    age_recipient: Mapped[str] = mapped_column(String(80))
    card_created: Mapped[date] = mapped_column(Date)
    fingerprint: Mapped[str] = mapped_column(String(32), unique=True)
    attached_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))


class ReceivedPackage(Stamped, Base):
    """A package imported here (its id, from whom, what it held): a second import of the same
    package adds nothing."""

    __tablename__ = "received_packages"
    package_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(12))  # referral | feedback
    sender_fingerprint: Mapped[str] = mapped_column(String(32))
    provider_id: Mapped[str | None] = mapped_column(ForeignKey("service_providers.id"))
    digest: Mapped[str] = mapped_column(String(64))  # SHA-256 of the decrypted package
    item_count: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    imported_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))


class IncomingReferral(SiteStamped, Base):
    """A referral another organisation sent here: what its letter carries (the survivor's
    details only as her consent allowed), then accepted (a case opened or linked) or declined,
    and the feedback recorded for it here, to be sent back."""

    __tablename__ = "incoming_referrals"
    provider_id: Mapped[str] = mapped_column(ForeignKey("service_providers.id"), index=True)
    sender_fingerprint: Mapped[str] = mapped_column(String(32))
    package_id: Mapped[str] = mapped_column(String(36))
    remote_id: Mapped[str] = mapped_column(String(36), unique=True)  # the sender's referral id
    reference: Mapped[str] = mapped_column(String(32))
    sender_organisation: Mapped[str] = mapped_column(String(200))
    sender_site: Mapped[str] = mapped_column(String(200))
    sender_contacts: Mapped[str | None] = mapped_column(Text)  # JSON list of lines
    worker_name: Mapped[str | None] = mapped_column(String(200))
    worker_phone: Mapped[str | None] = mapped_column(String(64))
    service_type: Mapped[str] = mapped_column(String(30))
    priority: Mapped[str] = mapped_column(String(12))
    due_on: Mapped[date] = mapped_column(Date, index=True)
    referred_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    survivor_code: Mapped[str] = mapped_column(String(32))
    # Her identification, only when her consent for this service allowed it (else all None).
    name: Mapped[str | None] = mapped_column(String(200))
    age: Mapped[int | None] = mapped_column(Integer)
    sex: Mapped[str | None] = mapped_column(String(10))
    phone: Mapped[str | None] = mapped_column(String(64))
    safe_contact: Mapped[str | None] = mapped_column(Text)  # JSON list of lines
    consent_given_by: Mapped[str | None] = mapped_column(String(30))
    consent_given_on: Mapped[date | None] = mapped_column(Date)
    consent_recorded_by: Mapped[str | None] = mapped_column(String(200))
    override_by: Mapped[str | None] = mapped_column(String(200))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(12), default="incoming", index=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decided_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    decline_reason: Mapped[str | None] = mapped_column(Text)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), index=True)
    # Feedback to send back: the outcome (a referral status at the sender), when it was set.
    outcome: Mapped[str | None] = mapped_column(String(24))
    outcome_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    services_provided: Mapped[str | None] = mapped_column(String(300))  # codes joined with ","
    feedback_note: Mapped[str | None] = mapped_column(Text)
    feedback_sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class FeedbackReceived(Stamped, Base):
    """The newest feedback applied to a referral sent here: an older one never overwrites it."""

    __tablename__ = "feedback_received"
    referral_id: Mapped[str] = mapped_column(
        ForeignKey("referrals.id", ondelete="CASCADE"), unique=True)
    status: Mapped[str] = mapped_column(String(24))
    status_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    package_id: Mapped[str] = mapped_column(String(36))
