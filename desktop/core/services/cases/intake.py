"""Intake: open a case from a valid intake, edit it, read it back.

Intake data is ``dict[str, Any]`` keyed by catalogue field key (``"survivor.name"``,
``"incident.date"``, …; dates as ``datetime.date``), plus ``"perpetrators"``: a list of dicts
keyed by the perpetrator fields' short names (``"sex"``, ``"relationship"``, …) and
``"incident.classification_answers"``: the classification answers in order (list of bools).
"""

from __future__ import annotations

import secrets
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.catalogue import conditions
from desktop.core.catalogue.fields import QT_TRANSLATE_NOOP
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit, settings
from desktop.core.services.accounts.access import get_case, staff_actor
from desktop.core.services.cases import drafts, perpetrator_names
from desktop.core.services.cases import intake_mapping as mapping
from desktop.core.services.cases.intake_rules import validate
from desktop.core.services.casework import safety_intake
from desktop.core.services.consent import consent_approval
from desktop.core.store.models import (
    Case,
    CaseStep,
    Incident,
    Site,
    Staff,
    Survivor,
    new_id,
    utcnow,
)
from desktop.core.store.vault import Actor, Vault

__all__ = ["DRAFT_KIND", "load_intake", "open_case", "update_case", "validate"]

DRAFT_KIND = "intake"
CODE_ALPHABET = "ACDEFHJKLMNPRTUVWXY34679"  # no look-alikes (0/O, 1/I, 5/S, 8/B, 2/Z)


def new_survivor_code() -> str:
    """A short random code that says nothing about the person (``S-K7MRTA``)."""
    return "S-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(6))


def case_number(site_code: str, year: int, sequence: int) -> str:
    """``MOP-2026-00042``: site code, year, sequence."""
    return f"{site_code}-{year}-{sequence:05d}"


def _site_code(session: Session, actor: Actor) -> str:
    site = session.get(Site, actor.site_id)
    return (site.code if site else "") or "REL"


def _unique_survivor_code(session: Session) -> str:
    while True:
        code = new_survivor_code()
        if session.scalar(select(Survivor.id).where(Survivor.survivor_code == code)) is None:
            return code


def _check(data: dict[str, Any], lang: str | None = None) -> None:
    errors = validate(data, lang=lang)
    if errors:
        raise ValidationError(errors, translate("Intake", QT_TRANSLATE_NOOP(
            "Intake", "Some fields need attention; see the messages beside them."), lang))


def open_case(vault: Vault, data: dict[str, Any]) -> str:
    """Open a case from a valid intake and return its id (``ValidationError`` otherwise).

    Generates the case number and the survivor code, stores every part of the intake in one
    transaction, records steps 1 and 2 (the intake is the first assessment), audits
    ``case_created`` and discards the actor's new-intake draft. A conditional field its
    answer does not call for is not saved.
    """
    actor = staff_actor(vault)
    data = conditions.without_hidden(data)
    _check(data)
    today = date.today()
    # One flush, at the commit: the queries below read nothing this intake writes.
    with vault.session() as session, session.no_autoflush:
        sequence = settings.next_number(session, "case_sequence")
        survivor = Survivor(site_id=actor.site_id, survivor_code=_unique_survivor_code(session))
        case = Case(id=new_id(), site_id=actor.site_id, survivor=survivor,
                    created_by_id=actor.staff_id,
                    caseworker_id=actor.staff_id, status="open", step=2, opened_at=utcnow(),
                    case_number=case_number(_site_code(session, actor), today.year, sequence))
        incident = Incident(site_id=actor.site_id, case=case)
        mapping.apply_simple(data, {"cases": case, "survivors": survivor, "incidents": incident})
        incident.date_of_interview = case.date_of_interview
        perpetrators = list(data.get(mapping.PERPETRATORS) or [])
        names = perpetrator_names.collected(session)
        if not names:
            perpetrator_names.refuse_names(perpetrators)
        mapping.perpetrator_rows(perpetrators, incident, actor.site_id,
                                 None if names else {})
        mapping.derive(case, incident, perpetrators)
        mapping.consent_rows(data, case, actor, today)
        mapping.need_rows(data, case)
        session.add(case)
        safety_intake.apply_intake(session, case, data, actor, today)
        for step in (1, 2):
            session.add(CaseStep(case=case, site_id=actor.site_id, step=step,
                                 started_on=case.date_of_interview, by_id=actor.staff_id))
        audit.record(session, actor, "case_created", record_type="case", record_id=case.id)
        drafts.discard_in_session(session, actor.staff_id, DRAFT_KIND, "")
        return case.id


def update_case(vault: Vault, case_id: str, data: dict[str, Any]) -> None:
    """Save an edited intake of a visible, not closed case (audited ``case_edited``); a
    conditional field its answer does not call for is emptied."""
    actor = staff_actor(vault)
    data = conditions.without_hidden(data)
    _check(data)
    with vault.session() as session:
        case = get_case(session, actor, case_id, for_update=True)
        approved = consent_approval.snapshot(case)
        incident = case.incidents[0] if case.incidents else Incident(
            site_id=case.site_id, case=case)
        mapping.apply_simple(data, {"cases": case, "survivors": case.survivor,
                                    "incidents": incident})
        incident.date_of_interview = case.date_of_interview
        perpetrators = list(data.get(mapping.PERPETRATORS) or [])
        kept = None
        if not perpetrator_names.collected(session):
            perpetrator_names.refuse_names(perpetrators)
            kept = perpetrator_names.stored_names(incident)
        incident.perpetrators.clear()
        session.flush()
        session.add_all(mapping.perpetrator_rows(perpetrators, incident, case.site_id, kept))
        mapping.derive(case, incident, perpetrators)
        session.add_all(mapping.consent_rows(data, case, actor, date.today()))
        consent_approval.drop_if_changed(case, approved)
        case.needs.clear()
        session.flush()
        session.add_all(mapping.need_rows(data, case))
        safety_intake.apply_intake(session, case, data, actor, date.today())
        case.updated_at = utcnow()
        audit.record(session, actor, "case_edited", record_type="case", record_id=case.id)
        drafts.discard_in_session(session, actor.staff_id, DRAFT_KIND, case_id)


def load_intake(vault: Vault, case_id: str) -> dict[str, Any]:
    """The intake of a visible case, in the same format (audited ``case_viewed``).

    The generated fields come filled: ``registration.case_number``, ``registration.survivor_code``,
    ``registration.caseworker`` (the case worker's full name) and ``registration.site`` (the
    site's name).
    """
    actor = staff_actor(vault)
    with vault.session() as session:
        case = get_case(session, actor, case_id)
        incident = case.incidents[0] if case.incidents else None
        data = mapping.read(case.survivor, case, incident)
        data.update(safety_intake.read_intake(session, case))
        if not perpetrator_names.collected(session):
            perpetrator_names.hide(data[mapping.PERPETRATORS], incident)
        worker = session.get(Staff, case.caseworker_id)
        site = session.get(Site, case.site_id)
        data["registration.caseworker"] = (worker.full_name or worker.username) if worker else ""
        data["registration.site"] = site.name if site else ""
        audit.record(session, actor, "case_viewed", record_type="case", record_id=case.id,
                     details="intake")
    return data
