"""A case opened from an accepted incoming referral: the survivor as the referral named her
(only what her consent let the sender share), a new survivor code and case number here, step 1
(registration) started today. The rest of the intake is done by the worker who meets her."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.services.accounts import audit, settings
from desktop.core.services.cases import intake
from desktop.core.store.models import Case, CaseStep, Incident, Site, Survivor, utcnow
from desktop.core.store.vault import Actor

# Who referred her, as the intake's "referred by" list says it, from the sender's kind.
SOURCE_OF_KIND = {"government": "government", "osc": "health"}


def _survivor_code(session: Session) -> str:
    while True:
        code = intake.new_survivor_code()
        if session.scalar(select(Survivor.id).where(Survivor.survivor_code == code)) is None:
            return code


def open_referred_case(session: Session, actor: Actor, *, name: str | None, sex: str | None,
                       phone: str | None, age: int | None, source_kind: str) -> Case:
    """Open the case (in the caller's transaction), audited ``case_created``."""
    today = date.today()
    site = session.get(Site, actor.site_id)
    sequence = settings.next_number(session, "case_sequence")
    survivor = Survivor(site_id=actor.site_id, survivor_code=_survivor_code(session),
                        name=name, sex=sex, phone=phone, estimated_age=age)
    case = Case(site_id=actor.site_id, survivor=survivor, created_by_id=actor.staff_id,
                caseworker_id=actor.staff_id, status="open", step=1, opened_at=utcnow(),
                date_of_interview=today, date_of_report=today,
                referred_by=SOURCE_OF_KIND.get(source_kind, "humanitarian"),
                case_number=intake.case_number((site.code if site else "") or "REL",
                                               today.year, sequence))
    session.add(case)
    session.add(Incident(site_id=actor.site_id, case=case, date_of_interview=today))
    session.add(CaseStep(case=case, site_id=actor.site_id, step=1, started_on=today,
                         by_id=actor.staff_id))
    session.flush()
    audit.record(session, actor, "case_created", record_type="case", record_id=case.id,
                 details="incoming referral")
    return case
