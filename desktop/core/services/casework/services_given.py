"""Services the centre gives itself: medical, psychosocial and other care given in house.

Each is recorded on the case with its type (``service_types``), the day, who gave it (an active
staff member of the case's site) and a short note (free text, identifying: never logged or
exported de-identified). It belongs to the incident it answers: the case's latest incident
told on or before that day. Reports count it as assistance; the Incident Recorder marks
"Service provided by your agency" on that incident's row. Feature package: cases.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.catalogue import reference
from desktop.core.catalogue.fields import QT_TRANSLATE_NOOP
from desktop.core.errors import NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.access import get_case, require_visible, staff_actor
from desktop.core.services.accounts.permissions import GRANTS, Permission
from desktop.core.store.models import Case, Incident, ServiceGiven, Staff
from desktop.core.store.vault import Vault

NOTE_LIMIT = 500
_CASE_ROLES = [str(r) for r, grants in GRANTS.items() if Permission.WORK_ON_CASES in grants]
_MESSAGES = {
    "type": QT_TRANSLATE_NOOP("Services", "Choose the type of service."),
    "date": QT_TRANSLATE_NOOP("Services", "Enter the day the service was given."),
    "future": QT_TRANSLATE_NOOP("Services", "This date is in the future."),
    "before": QT_TRANSLATE_NOOP(
        "Services", "A service is given on or after the day the case was opened."),
    "provider": QT_TRANSLATE_NOOP(
        "Services", "Choose who gave the service (an active staff member of the site)."),
    "note": QT_TRANSLATE_NOOP("Services", "Keep the note under 500 characters."),
    "gone": QT_TRANSLATE_NOOP("Services", "This service is not recorded on this case."),
}


def _t(key: str) -> str:
    return translate("Services", _MESSAGES[key])


@dataclass(frozen=True)
class ServiceRow:
    """A service given in house, as the case file lists it."""

    id: str
    service_type: str
    given_on: date
    provider_id: str
    provider: str
    note: str | None
    incident_number: int


def answering_incident(case: Case, given_on: date) -> Incident | None:
    """The incident a service given on ``given_on`` answers: the latest one told on or before
    that day (the first incident when none was)."""
    def day(incident: Incident) -> date:
        return incident.date_of_interview or case.date_of_interview

    told = sorted((i for i in case.incidents if day(i) <= given_on), key=day)  # stable
    return told[-1] if told else (case.incidents[0] if case.incidents else None)


def _check(session: Session, case: Case, service_type: str, given_on: object,
           provider_id: str, note: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not reference.has("service_types", service_type):
        errors["service_type"] = _t("type")
    if not isinstance(given_on, date):
        errors["given_on"] = _t("date")
    elif given_on > date.today():
        errors["given_on"] = _t("future")
    elif given_on < case.date_of_interview:
        errors["given_on"] = _t("before")
    person = session.get(Staff, provider_id) if provider_id else None
    if person is None or not person.active or person.site_id != case.site_id:
        errors["provider_id"] = _t("provider")
    if len(note) > NOTE_LIMIT:
        errors["note"] = _t("note")
    return errors


def record(vault: Vault, case_id: str, service_type: str, given_on: date, provider_id: str,
           note: str = "") -> str:
    """Record a service given in house on a visible, not closed case; returns its id
    (``ValidationError`` keyed ``service_type``/``given_on``/``provider_id``/``note``).
    Audited ``service_given`` (with the type, never the note)."""
    actor = staff_actor(vault)
    note = (note or "").strip()
    with vault.session() as session:
        case = get_case(session, actor, case_id, for_update=True)
        errors = _check(session, case, service_type, given_on, provider_id, note)
        if errors:
            raise ValidationError(errors)
        incident = answering_incident(case, given_on)
        row = ServiceGiven(site_id=case.site_id, case_id=case.id, service_type=service_type,
                           given_on=given_on, provider_id=provider_id,
                           recorded_by_id=actor.staff_id, note=note or None,
                           incident_id=incident.id if incident else None)
        session.add(row)
        session.flush()
        audit.record(session, actor, "service_given", record_type="case", record_id=case.id,
                     details=service_type)
        return row.id


def remove(vault: Vault, case_id: str, service_id: str) -> None:
    """Remove a service recorded by mistake (audited ``service_removed``)."""
    actor = staff_actor(vault)
    with vault.session() as session:
        case = get_case(session, actor, case_id, for_update=True)
        row = session.get(ServiceGiven, service_id)
        if row is None or row.case_id != case.id:
            raise NotFound(_t("gone"))
        session.delete(row)
        audit.record(session, actor, "service_removed", record_type="case", record_id=case.id,
                     details=row.service_type)


def list_for_case(vault: Vault, case_id: str) -> list[ServiceRow]:
    """The services given in house on a visible case, oldest first."""
    actor = require_visible(vault, case_id)
    with vault.reader() as session:
        case = get_case(session, actor, case_id)
        numbers = {i.id: n for n, i in enumerate(case.incidents, 1)}
        query = (select(ServiceGiven, Staff.full_name, Staff.username)
                 .join(Staff, ServiceGiven.provider_id == Staff.id)
                 .where(ServiceGiven.case_id == case.id)
                 .order_by(ServiceGiven.given_on, ServiceGiven.created_at))
        return [ServiceRow(s.id, s.service_type, s.given_on, s.provider_id, name or user,
                           s.note, numbers.get(s.incident_id or "", 1))
                for s, name, user in session.execute(query)]


def providers(vault: Vault) -> list[tuple[str, str]]:
    """(staff id, name) of the active staff of the actor's site who work on cases."""
    actor = staff_actor(vault)
    with vault.reader() as session:
        query = (select(Staff.id, Staff.full_name, Staff.username)
                 .where(Staff.active.is_(True), Staff.site_id == actor.site_id,
                        Staff.role.in_(_CASE_ROLES))
                 .order_by(Staff.full_name, Staff.username))
        return [(i, name or user) for i, name, user in session.execute(query)]
