"""Every incident of a case: a survivor who comes back after a new incident gets a new
incident on her existing case (same case number, same survivor code).

A new incident's answers have the intake's format for the ``incident.*`` fields, its
``incident.classification_answers`` and ``perpetrators``, plus :data:`INTERVIEW` (the day she
told the centre of it; statistics count the incident in that period). Feature package: cases.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.core.catalogue.fields import QT_TRANSLATE_NOOP
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.access import get_case, require_visible, staff_actor
from desktop.core.services.cases import drafts, perpetrator_names
from desktop.core.services.cases import intake_mapping as mapping
from desktop.core.services.cases.intake_rules import validate_incident
from desktop.core.store.models import Incident, utcnow
from desktop.core.store.vault import Vault

INTERVIEW = "incident.date_of_interview"
DRAFT_KIND = "incident"  # a new incident's unsaved answers, per case (``drafts``)
_MESSAGES = {
    "interview": QT_TRANSLATE_NOOP("Intake", "Enter the day she told the centre of it."),
    "before_case": QT_TRANSLATE_NOOP(
        "Intake", "A new incident is told on or after the day the case was opened."),
    "future": QT_TRANSLATE_NOOP("Intake", "This date is in the future."),
    "summary": QT_TRANSLATE_NOOP(
        "Intake", "Some fields need attention; see the messages beside them."),
}


@dataclass(frozen=True)
class PerpetratorLine:
    """What the list of incidents shows of one alleged perpetrator (no name, no occupation)."""

    is_primary: bool
    sex: str | None
    age_group: str | None
    relationship: str | None


@dataclass(frozen=True)
class IncidentRow:
    """One incident of a case, as the case file lists it (``number`` from 1, oldest first)."""

    id: str
    number: int
    date_of_interview: date | None
    incident_date: date | None
    date_precision: str | None
    gbv_type: str | None
    reported_by: str | None
    wants_legal_action: str | None
    mandatory_report_made: bool | None
    mandatory_report_to: str | None
    mandatory_report_on: date | None
    mandatory_report_informed: bool | None
    perpetrators: tuple[PerpetratorLine, ...]


def _t(key: str, lang: str | None) -> str:
    return translate("Intake", _MESSAGES[key], lang)


def validate(data: dict[str, Any], *, opened_on: date | None = None,
             born: date | None = None, today: date | None = None,
             lang: str | None = None) -> dict[str, str]:
    """Every problem in a new incident's answers: field key → message in ``lang``."""
    today = today or date.today()
    interview = data.get(INTERVIEW)
    checked = dict(data, **{"registration.date_of_interview": interview,
                            "survivor.date_of_birth": born})
    errors = validate_incident(checked, today, lang)
    if not isinstance(interview, date):
        errors[INTERVIEW] = _t("interview", lang)
    elif interview > today:
        errors[INTERVIEW] = _t("future", lang)
    elif opened_on is not None and interview < opened_on:
        errors[INTERVIEW] = _t("before_case", lang)
    return errors


def add_incident(vault: Vault, case_id: str, data: dict[str, Any]) -> str:
    """Record a new incident on a visible, not closed case; returns its id.

    ``ValidationError`` (keyed by field) when an answer is missing or wrong; nothing is saved
    then. The case's SEA and possible-exploitation flags take the new incident into account.
    Audited ``incident_added``; the actor's draft of a new incident on this case is discarded.
    """
    actor = staff_actor(vault)
    with vault.session() as session:
        case = get_case(session, actor, case_id, for_update=True)
        errors = validate(data, opened_on=case.date_of_interview,
                          born=case.survivor.date_of_birth)
        if errors:
            raise ValidationError(errors, _t("summary", None))
        if not perpetrator_names.collected(session):  # the name field is off: none taken
            perpetrator_names.refuse_names(list(data.get(mapping.PERPETRATORS) or []))
        incident = Incident(site_id=case.site_id, case=case,
                            date_of_interview=data[INTERVIEW])
        session.add(incident)  # in the session before anything autoflushes: even alone
        mapping.apply_incident(data, incident)
        perpetrators = list(data.get(mapping.PERPETRATORS) or [])
        session.add_all(mapping.perpetrator_rows(perpetrators, incident, case.site_id))
        mapping.derive(case, incident, perpetrators)
        case.updated_at = utcnow()
        session.flush()
        audit.record(session, actor, "incident_added", record_type="case", record_id=case.id,
                     details=f"incident {len(case.incidents)}")
        drafts.discard_in_session(session, actor.staff_id, DRAFT_KIND, case.id)
        return incident.id


def list_incidents(vault: Vault, case_id: str) -> list[IncidentRow]:
    """The incidents of a visible case, oldest first, each with its perpetrators."""
    actor = require_visible(vault, case_id)
    with vault.reader() as session:
        case = get_case(session, actor, case_id)
        return [IncidentRow(
            id=i.id, number=n, date_of_interview=i.date_of_interview or case.date_of_interview,
            incident_date=i.incident_date, date_precision=i.date_precision,
            gbv_type=i.gbv_type, reported_by=i.reported_by,
            wants_legal_action=i.wants_legal_action,
            mandatory_report_made=i.mandatory_report_made,
            mandatory_report_to=i.mandatory_report_to,
            mandatory_report_on=i.mandatory_report_on,
            mandatory_report_informed=i.mandatory_report_informed,
            perpetrators=tuple(PerpetratorLine(p.is_primary, p.sex, p.age_group,
                                               p.relationship_code) for p in i.perpetrators))
            for n, i in enumerate(case.incidents, 1)]
