"""What each row-level export must hold, read plainly case by case through the ORM.

Written apart from ``desktop.core.services.reports.export_rows`` (none of its code is used): a
case's rows, their incidents, perpetrators, referrals, needs, consents and services given
are read as a case worker would read them on the case's screens, and the rules of each export
are written out here in Python.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.store.models import (
    Case,
    Consent,
    ConsentApproval,
    Incident,
    Perpetrator,
    Referral,
    ServiceGiven,
    ServiceProvider,
    Site,
    Staff,
    Survivor,
)

SUBSTITUTES = {"trusted_adult", "caseworker"}  # who may consent for a child instead of her carer


@dataclass
class Plain:
    """One case and everything hanging from it, as plain Python objects."""

    case: Case
    survivor: Survivor
    site_code: str
    site_name: str
    worker_code: str
    incidents: list[Incident]  # oldest first
    perpetrators: dict[str, list[Perpetrator]]  # incident id -> by position
    consents: list[Consent]
    needs: list[str]
    referrals: list[Referral]
    providers: dict[str, str]
    given: list[ServiceGiven]
    approved: bool
    told: dict[str, date] = field(default_factory=dict)  # incident id -> day it was told


def read_cases(session: Session) -> list[Plain]:
    """Every case of the database, read through the ORM."""
    sites = {s.id: s for s in session.scalars(select(Site))}
    staff = {s.id: s for s in session.scalars(select(Staff))}
    providers = {p.id: p.name for p in session.scalars(select(ServiceProvider))}
    approved = set(session.scalars(select(ConsentApproval.case_id)))
    out = []
    for case in session.scalars(select(Case)):
        incidents = sorted(session.scalars(select(Incident).where(Incident.case_id == case.id)),
                           key=lambda i: i.created_at)
        perps = {i.id: sorted(session.scalars(select(Perpetrator).where(
            Perpetrator.incident_id == i.id)), key=lambda p: p.position) for i in incidents}
        site = sites.get(case.site_id or "")
        plain = Plain(
            case=case, survivor=session.get_one(Survivor, case.survivor_id),
            site_code=site.code if site else "", site_name=site.name if site else "",
            worker_code=staff[case.caseworker_id].code, incidents=incidents, perpetrators=perps,
            consents=list(session.scalars(select(Consent).where(Consent.case_id == case.id))),
            needs=[n.need for n in case.needs],
            referrals=sorted(session.scalars(select(Referral).where(
                Referral.case_id == case.id)), key=lambda r: r.reference),
            providers=providers,
            given=list(session.scalars(select(ServiceGiven).where(
                ServiceGiven.case_id == case.id))),
            approved=case.id in approved)
        plain.told = {i.id: i.date_of_interview or case.date_of_interview for i in incidents}
        out.append(plain)
    return out


def holds(p: Plain, scope: str) -> bool:
    """A consent of ``scope`` given and not withdrawn."""
    return any(c.scope == scope and c.given and c.withdrawn_on is None for c in p.consents)


def statistics_consent(p: Plain) -> bool:
    """She consented to statistics (and did not withdraw it)."""
    return holds(p, "statistics")


def shares_with_un(p: Plain) -> bool:
    """Her consent to inform the UN holds, and a consent a substitute gave was approved."""
    by_substitute = any(c.given and c.withdrawn_on is None and c.given_by in SUBSTITUTES
                        for c in p.consents)
    return holds(p, "un_sharing") and (not by_substitute or p.approved)


def in_period(day: date | None, start: date, end: date) -> bool:
    """``day`` from ``start`` to ``end``, both included."""
    return day is not None and start <= day <= end


def exported_incidents(p: Plain, start: date, end: date) -> list[Incident]:
    """The incidents a row export lists for the case: each told in the period."""
    return [i for i in p.incidents if in_period(p.told[i.id], start, end)]


def incident_id(p: Plain, incident: Incident) -> str:
    """The Incident Recorder's id: the case number, then -2, -3 … by age in the case."""
    rank = p.incidents.index(incident) + 1
    return p.case.case_number if rank == 1 else f"{p.case.case_number}-{rank}"


def first_primary(p: Plain, incident: Incident) -> Perpetrator | None:
    """The primary perpetrator with the lowest position."""
    return next((x for x in p.perpetrators[incident.id] if x.is_primary), None)


def referral_statuses(p: Plain, today: date) -> list[tuple[str, str]]:
    """(service type, status) of each referral made (not a draft); a sent one past its due
    day is "no_response"."""
    return [(r.service_type, "no_response" if r.status == "sent" and r.due_on < today
             else r.status) for r in p.referrals if r.status != "draft"]


def ir_record(p: Plain, incident: Incident, today: date) -> dict[str, Any]:
    """What the Incident Recorder's service columns are worked out from, for one incident."""
    return {
        "in_house": {g.service_type for g in p.given if g.incident_id == incident.id},
        "referrals": referral_statuses(p, today),
        "referred_by": [s for s in (p.case.referred_by or "").split(",") if s],
        "needs": p.needs,
        "releases": {c.scope.split(":", 1)[1] for c in p.consents
                     if c.scope.startswith("release:") and c.given and c.withdrawn_on is None},
    }


def sea_incident(p: Plain) -> Incident | None:
    """The case's SEA incident: the first with an affiliated perpetrator, else the first."""
    for incident in p.incidents:
        if any(x.sea_affiliation for x in p.perpetrators[incident.id]):
            return incident
    return p.incidents[0] if p.incidents else None


def sea_perpetrator(p: Plain) -> Perpetrator | None:
    """The first affiliated perpetrator of her SEA incident."""
    incident = sea_incident(p)
    if incident is None:
        return None
    return next((x for x in p.perpetrators[incident.id] if x.sea_affiliation), None)


def yes_no(value: bool | None) -> str:
    """The victim-assistance file's English Yes / No ("" when unknown)."""
    return "" if value is None else ("Yes" if value else "No")


def assistance_rows(p: Plain, today: date) -> list[tuple[str, ...]]:
    """Her victim-assistance rows: (victim code, affiliation, entity, paternity claim,
    provider, service type, referred on, status, given on)."""
    incident = sea_incident(p)
    perp = sea_perpetrator(p)
    own = (p.survivor.survivor_code, (perp.sea_affiliation or "") if perp else "",
           (perp.sea_entity or "") if perp else "",
           yes_no(incident.sea_paternity_claim) if incident else "")
    made = [r for r in p.referrals if r.status != "draft"]
    rows: list[tuple[str, ...]] = [(*own, p.providers[r.provider_id], r.service_type,
             r.sent_on.isoformat() if r.sent_on else "",
             "no_response" if r.status == "sent" and r.due_on < today else r.status, "")
            for r in made]
    rows += [(*own, p.site_name, g.service_type, "", "service_provided", g.given_on.isoformat())
             for g in p.given]
    return rows or [(*own, "", "", "", "", "")]


def counted_services(cases: list[Plain]) -> Counter[str]:
    """For the victims only counted: how many were referred to (or given in house) each
    service type."""
    found: Counter[str] = Counter()
    for p in cases:
        found.update({r.service_type for r in p.referrals if r.status != "draft"}
                     | {g.service_type for g in p.given})
    return found


def counted_affiliations(cases: list[Plain]) -> list[str | None]:
    """For the victims only counted: the affiliation of the first affiliated perpetrator of
    any of her incidents (oldest incident first), or None."""
    out = []
    for p in cases:
        found = [x.sea_affiliation for i in p.incidents for x in p.perpetrators[i.id]
                 if x.sea_affiliation]
        out.append(found[0] if found else None)
    return out
