"""Referrals from a case to a provider: creation under consent, status workflow, feedback.

Rules (``docs/domain.md``, Referrals):

- A referral is for one service type, to an active provider offering it. Creating one for
  several service types (``create_referrals``) makes one referral per type, all or none.
- The priority sets the due date of the provider's answer: emergency 1 day, urgent 3 days,
  normal 14 days (``days`` in ``resources/reference/priorities.json``).
- Refused (``ConsentMissing``) unless the survivor consented to release information for that
  service type (consent ``release:<type>``, given and not withdrawn) — or a supervisor
  overrides with a written reason, recorded on the referral and audited ``consent_override``.
- Status: draft → sent → accepted | declined; accepted → service_provided |
  service_not_provided; any of these → closed. Each change keeps date, person and note.
  "no_response" is derived, never stored: status sent and the due date passed.

Reading goes through ``referral_queries`` (lists, detail, overdue), re-exported here.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.catalogue import reference
from desktop.core.errors import NotFound, PermissionDenied, ValidationError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit, settings
from desktop.core.services.accounts.access import get_case
from desktop.core.services.accounts.permissions import Permission, can, require_case_work
from desktop.core.services.referrals.reference_numbers import make_reference
from desktop.core.services.referrals.referral_queries import (
    ALLOWED,
    ReferralContext,
    ReferralDetail,
    ReferralRow,
    find_by_reference,
    list_referrals,
    overdue_referrals,
    page_key,
    referral_context,
    referral_detail,
    release_consented,
    shown_status,
)
from desktop.core.store.models import (
    Case,
    Referral,
    ReferralStatusChange,
    ServiceProvider,
    Site,
    utcnow,
)
from desktop.core.store.vault import Actor, Vault


class ConsentMissing(PermissionDenied):
    """The survivor has not consented to release information for this service type."""


def _tr(text: str) -> str:
    return translate("Referrals", text)


def due_date(priority: str, start: date | None = None) -> date:
    """The date the provider's answer is due: ``start`` (today) plus the priority's days."""
    if not reference.has("priorities", priority):
        raise ValidationError({"priority": _tr("Choose a priority.")})
    days = int(reference.value("priorities", priority, "days", 14))
    return (start or date.today()) + timedelta(days=days)


def _service_label(code: str) -> str:
    return reference.label("service_types", code) if reference.has("service_types", code) \
        else code


def _check_consent(actor: Actor, case: Case, service_type: str,
                   override_reason: str | None) -> bool:
    """True when the referral goes ahead under a supervisor's override."""
    if release_consented(case, service_type):
        return False
    if override_reason is None:
        raise ConsentMissing(_tr(
            "The survivor has not consented to release information for {service}: the "
            "referral is refused.").format(service=_service_label(service_type)),
            hint=_tr("Record the survivor's consent first, or ask a supervisor to override "
                     "with a written reason."))
    if not can(actor, Permission.OVERRIDE_CONSENT):
        raise PermissionDenied(_tr("Only a supervisor can override a missing consent."))
    if not override_reason.strip():
        raise ValidationError({"override_reason": _tr(
            "Write the reason for overriding the missing consent.")})
    return True


def _next_reference(session: Session, actor: Actor, today: date) -> str:
    site = session.get(Site, actor.site_id)
    number = settings.next_number(session, "referral_sequence")
    return make_reference(site.code if site else "SIT", today.year, number)


def create_referrals(vault: Vault, case_id: str, *, provider_id: str | None,
                     service_types: list[str] | tuple[str, ...], priority: str,
                     reason: str | None = None, override_reason: str | None = None,
                     today: date | None = None) -> list[ReferralRow]:
    """Refer case ``case_id`` to a provider for one or more service types: one draft
    referral per type, in one transaction (all are made, or none). ``override_reason`` is a
    supervisor's written reason to go ahead without the release consent."""
    actor = require_case_work(vault)
    today = today or date.today()
    errors: dict[str, str] = {}
    if not service_types:
        errors["service_types"] = _tr("Choose at least one service.")
    elif any(not reference.has("service_types", s) for s in service_types):
        errors["service_types"] = _tr("Unknown service type.")
    if not provider_id:
        errors["provider_id"] = _tr("Choose a provider.")
    if not reference.has("priorities", priority):
        errors["priority"] = _tr("Choose a priority.")
    if errors:
        raise ValidationError(errors)
    made: list[str] = []
    with vault.session() as session:
        case = get_case(session, actor, case_id)
        provider = session.get(ServiceProvider, provider_id)
        if provider is None or not provider.active:
            raise ValidationError({"provider_id": _tr(
                "This provider is not (or no longer) active in the directory.")})
        offered = {s.service_type for s in provider.services}
        for service_type in dict.fromkeys(service_types):
            if service_type not in offered:
                raise ValidationError({"provider_id": _tr(
                    "This provider does not offer {service}.").format(
                        service=_service_label(service_type))})
            overridden = _check_consent(actor, case, service_type, override_reason)
            made.append(_add(session, actor, case, provider, service_type, priority,
                             reason, override_reason if overridden else None, today))
    return [r for r in list_referrals(vault, case_id=case_id, today=today) if r.id in made]


def create_referral(vault: Vault, case_id: str, *, service_type: str, provider_id: str,
                    priority: str, reason: str | None = None,
                    override_reason: str | None = None,
                    today: date | None = None) -> ReferralRow:
    """One referral for one service type (see ``create_referrals``)."""
    return create_referrals(vault, case_id, provider_id=provider_id,
                            service_types=[service_type], priority=priority, reason=reason,
                            override_reason=override_reason, today=today)[0]


def _add(session: Session, actor: Actor, case: Case, provider: ServiceProvider,
         service_type: str, priority: str, reason: str | None, override: str | None,
         today: date) -> str:
    referral = Referral(
        site_id=case.site_id, reference=_next_reference(session, actor, today),
        case_id=case.id, provider_id=provider.id, service_type=service_type,
        priority=priority, due_on=due_date(priority, today),
        reason=(reason or "").strip() or None, status="draft",
        created_by_id=actor.staff_id, consent_override=override is not None,
        override_reason=override.strip() if override else None,
        override_by_id=actor.staff_id if override else None)
    session.add(referral)
    session.flush()
    session.add(ReferralStatusChange(site_id=case.site_id, referral_id=referral.id,
                                     from_status=None, to_status="draft", at=utcnow(),
                                     by_id=actor.staff_id, note=None))
    audit.record(session, actor, "referral_created", record_type="referral",
                 record_id=referral.id, details=f"{service_type} {priority}")
    if override is not None:
        # The supervisor's reason is the one free text the audit keeps (docs: audit.py).
        audit.record(session, actor, "consent_override", record_type="referral",
                     record_id=referral.id,
                     details=f"release:{service_type}; {override.strip()[:400]}")
    return referral.id


def _visible_referral(session: Session, actor: Actor, referral_id: str) -> Referral:
    referral = session.get(Referral, referral_id)
    if referral is None:
        raise NotFound(_tr("This referral does not exist or is not yours to see."))
    get_case(session, actor, referral.case_id)
    return referral


def change_status(vault: Vault, referral_id: str, to_status: str, *, note: str | None = None,
                  on: date | None = None) -> ReferralDetail:
    """Move a referral to ``to_status`` if the workflow allows it, keeping date, person and
    note; ``sent`` also records the day it was sent. Audited ``referral_status``."""
    actor = require_case_work(vault)
    with vault.session() as session:
        referral = _visible_referral(session, actor, referral_id)
        apply_status(session, actor, referral, to_status, note=note, on=on)
    return referral_detail(vault, referral_id)


def apply_status(session: Session, actor: Actor, referral: Referral, to_status: str, *,
                 note: str | None = None, on: date | None = None,
                 at: datetime | None = None) -> None:
    """``change_status`` inside the caller's transaction (a package sent or its feedback
    imported): the same rule, history (``at``: when it happened, default now) and audit."""
    allowed = ALLOWED.get(referral.status, ())
    if to_status not in allowed:
        raise ValidationError({"status": _tr(
            "A referral cannot go from \"{old}\" to \"{new}\".").format(
                old=_status_label(referral.status), new=_status_label(to_status))})
    session.add(ReferralStatusChange(
        site_id=referral.site_id, referral_id=referral.id, from_status=referral.status,
        to_status=to_status, at=at or utcnow(), by_id=actor.staff_id,
        note=(note or "").strip() or None))
    if to_status == "sent":
        referral.sent_on = on or date.today()
    audit.record(session, actor, "referral_status", record_type="referral",
                 record_id=referral.id, details=f"{referral.status}->{to_status}")
    referral.status = to_status


def _status_label(code: str) -> str:
    return reference.label("referral_statuses", code) \
        if reference.has("referral_statuses", code) else code


def record_feedback(vault: Vault, referral_id: str, *, received_on: date | None,
                    services_given: str | None, next_steps: str | None) -> ReferralDetail:
    """The provider's feedback (counter-referral): when it came, services given, next steps.
    Audited ``referral_feedback``."""
    actor = require_case_work(vault)
    check_feedback(received_on, services_given, next_steps)
    with vault.session() as session:
        referral = _visible_referral(session, actor, referral_id)
        apply_feedback(session, actor, referral, received_on=received_on,
                       services_given=services_given, next_steps=next_steps)
    return referral_detail(vault, referral_id)


def check_feedback(received_on: date | None, services_given: str | None,
                   next_steps: str | None) -> None:
    """``ValidationError`` unless the feedback has its date (not in the future) and says what
    was given or what comes next."""
    errors: dict[str, Any] = {}
    if received_on is None:
        errors["received_on"] = _tr("Enter the date the feedback was received.")
    elif received_on > date.today():
        errors["received_on"] = _tr("The date the feedback was received is in the future.")
    if not (services_given or "").strip() and not (next_steps or "").strip():
        errors["services_given"] = _tr("Write the services given or the next steps.")
    if errors:
        raise ValidationError(errors)


def apply_feedback(session: Session, actor: Actor, referral: Referral, *,
                   received_on: date | None, services_given: str | None,
                   next_steps: str | None) -> None:
    """``record_feedback`` inside the caller's transaction (a feedback package imported)."""
    referral.feedback_received_on = received_on
    referral.feedback_services = (services_given or "").strip() or None
    referral.feedback_next_steps = (next_steps or "").strip() or None
    audit.record(session, actor, "referral_feedback", record_type="referral",
                 record_id=referral.id)


def referral_id_of(vault: Vault, reference_text: str) -> str:
    """The id of the referral with this reference, if visible (``NotFound`` otherwise)."""
    row = find_by_reference(vault, reference_text)
    return row.id


__all__ = [
    "ALLOWED", "ConsentMissing", "ReferralContext", "ReferralDetail", "ReferralRow",
    "change_status", "create_referral", "create_referrals", "due_date", "find_by_reference",
    "list_referrals", "overdue_referrals", "page_key", "record_feedback", "referral_context",
    "referral_detail", "referral_id_of", "release_consented", "shown_status",
]
