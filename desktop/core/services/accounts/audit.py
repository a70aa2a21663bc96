"""The audit log: who did what to which record, and when.

``details`` is for codes and counts only (a status, a kind of export, a reason typed by a
supervisor); callers never put survivor-identifying values in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.store.models import AuditEvent, utcnow
from desktop.core.store.vault import Actor, Vault

ACTIONS = (
    "login", "login_failed", "logout", "lock", "unlock", "recovery_login",
    "user_added", "user_removed", "user_changed", "password_changed", "password_reset",
    "recovery_key_reset", "database_rekeyed", "settings_changed",
    "case_viewed", "case_created", "case_edited", "case_assigned", "case_step",
    "case_closure_requested", "case_closure_rejected", "case_closed", "case_reopened", "note_added",
    "referral_created", "referral_status", "referral_feedback", "consent_override",
    "consent_approved",
    "letter_printed", "letter_saved", "followup_created", "followup_done",
    "provider_changed", "directory_import", "directory_export",
    "report_viewed", "export", "export_identifying", "case_summary",
    "backup", "restore", "migration", "integrity_check",
    "names_shown", "export_refused",
    "sea_file_edited",
    "plan_changed", "plan_reviewed",
    "incident_added", "service_given", "service_removed",
    "safety_assessed", "safety_plan_saved", "safe_contact_saved",
    "identity_rotated",
    "hub_enrolled", "hub_sync",
    "directory_from_hub", "reference_from_hub",
    "card_exported", "card_attached", "card_detached", "package_sent", "package_imported",
    "package_refused", "incoming_accepted", "incoming_declined", "incoming_feedback",
)


@dataclass(frozen=True)
class AuditRow:
    """One event as shown in the history."""

    at: datetime
    actor: str
    action: str
    record_type: str | None
    record_id: str | None
    details: str | None


def record(session: Session, actor: Actor | None, action: str, *, record_type: str | None = None,
           record_id: str | None = None, details: str | None = None,
           actor_name: str | None = None, at: datetime | None = None) -> None:
    """Add an event to the current transaction."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    session.add(AuditEvent(
        at=at or utcnow(),
        site_id=actor.site_id if actor else None,
        actor_id=actor.staff_id if actor else None,
        actor=(actor_name or (actor.username if actor else "?"))[:64],
        action=action,
        record_type=record_type,
        record_id=record_id,
        details=details,
    ))


def log(vault: Vault, action: str, **kwargs: object) -> None:
    """Record one event in its own transaction, as the logged-in actor."""
    with vault.session() as session:
        record(session, vault.actor, action, **kwargs)  # type: ignore[arg-type]


def events(vault: Vault, *, record_id: str | None = None, action: str | None = None,
           limit: int = 500) -> list[AuditRow]:
    """Newest events first, optionally for one record or one action."""
    query = select(AuditEvent).order_by(AuditEvent.at.desc()).limit(limit)
    if record_id is not None:
        query = query.where(AuditEvent.record_id == record_id)
    if action is not None:
        query = query.where(AuditEvent.action == action)
    with vault.reader() as session:
        return [AuditRow(e.at, e.actor, e.action, e.record_type, e.record_id, e.details)
                for e in session.scalars(query)]
