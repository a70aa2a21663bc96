"""Cases written straight with the ORM, for report and export tests.

``add_case`` builds one case exactly as asked (for counts worked out by hand); ``populate``
builds many varied cases whose identifying values all carry ``SECRET`` so a test can look for
any of them in an export.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.store.models import (
    AssessmentNeed,
    Case,
    CaseNote,
    Consent,
    FollowUp,
    Incident,
    Perpetrator,
    ProviderService,
    Referral,
    ReferralStatusChange,
    ServiceProvider,
    Staff,
    Survivor,
)

SECRET = "Qxsecret"  # every identifying value written by ``populate`` contains it
_numbers = itertools.count(1)


@dataclass
class Ref:
    """A referral to add: service, status, dates; ``provided_on`` adds the status change."""

    service: str = "health"
    status: str = "sent"
    sent_on: date | None = None
    due_on: date | None = None
    provided_on: date | None = None
    feedback_on: date | None = None


@dataclass
class Perp:
    """A perpetrator to add."""

    sex: str | None = "male"
    age_group: str | None = "26_40"
    relationship: str | None = "intimate_partner"
    primary: bool = True
    affiliation: str | None = None
    entity: str | None = None
    occupation_code: str | None = None


@dataclass
class Spec:
    """One case to add (defaults: a consented rape case of an adult woman)."""

    interview: date
    sex: str | None = "female"
    birth: date | None = None
    age: int | None = 30
    gbv: str | None = "rape"
    location: str | None = "survivor_home"
    incident: date | None = None
    reported: date | None = None
    consent: bool | None = True  # None: no statistics consent row at all
    withdrawn: bool = False
    closed_on: date | None = None
    sea: bool = False
    perps: list[Perp] = field(default_factory=lambda: [Perp()])
    refs: list[Ref] = field(default_factory=list)
    follow_ups: list[tuple[date, date | None]] = field(default_factory=list)
    site_id: str | None = None
    region: str | None = "mopti"
    cercle: str | None = None
    commune: str | None = None
    referred_by: str | None = "self"
    needs: tuple[str, ...] = ()
    secret: str = SECRET
    un_consent: bool | None = None  # consent to inform the UN (SEA); None: no record
    legal_action: str | None = None  # wants legal action (legal_action code)


def staff_ids(session: Session) -> dict[str, tuple[str, str]]:
    """username → (staff id, site id)."""
    return {u: (i, s) for u, i, s in session.execute(
        select(Staff.username, Staff.id, Staff.site_id))}


def provider(session: Session, site_id: str, name: str = "Centre Test",
             services: tuple[str, ...] = ("health", "psychosocial", "legal")) -> ServiceProvider:
    """A service provider offering ``services``."""
    found = session.scalar(select(ServiceProvider).where(ServiceProvider.name == name))
    if found is not None:
        return found
    row = ServiceProvider(name=name, kind="ngo", region="mopti", town="Mopti",
                          natural_key=name.lower(), site_id=site_id, takes_sea=True,
                          services=[ProviderService(service_type=s, site_id=site_id)
                                    for s in services])
    session.add(row)
    session.flush()
    return row


def _at(day: date) -> datetime:
    return datetime.combine(day, time(10, 0), tzinfo=UTC)


def add_case(session: Session, spec: Spec, worker: str = "awa") -> Case:
    """Add one case as ``spec`` says; returns it (flushed)."""
    worker_id, worker_site = staff_ids(session)[worker]
    site = spec.site_id or worker_site
    n = next(_numbers)
    secret = f"{spec.secret}{n:05d}"
    survivor = Survivor(
        survivor_code=f"S-{n:06d}", name=f"Name {secret}", phone=f"+223{secret}",
        address=f"Address {secret}", date_of_birth=spec.birth, estimated_age=spec.age,
        sex=spec.sex, nationality="mali", ethnicity="bambara", marital_status="single",
        displacement_status="resident", disability="none", caregiver_name=f"Carer {secret}",
        caregiver_phone=f"+224{secret}", site_id=site)
    case = Case(
        case_number=f"MOP-{n:06d}", survivor=survivor, created_by_id=worker_id,
        caseworker_id=worker_id, status="closed" if spec.closed_on else "open",
        step=6 if spec.closed_on else 2, date_of_interview=spec.interview,
        date_of_report=spec.reported, referred_by=spec.referred_by, gbv_type=spec.gbv,
        sea=spec.sea, site_id=site, opened_at=_at(spec.interview),
        action_plan=f"Plan {secret}", closure_note=f"Closure {secret}" if spec.closed_on
        else None, closure_reason="needs_met" if spec.closed_on else None,
        closed_at=_at(spec.closed_on) if spec.closed_on else None,
        closed_by_id=worker_id if spec.closed_on else None)
    session.add(case)
    incident = Incident(
        incident_date=spec.incident, time_of_day="morning",
        location_type=spec.location, region=spec.region, cercle=spec.cercle,
        commune=spec.commune, account=f"Account {secret}", gbv_type=spec.gbv,
        harmful_practice="none", goods_exchanged=False, abduction="none",
        reported_elsewhere="no", reported_where=f"Where {secret}", previous_incidents=False,
        wants_legal_action=spec.legal_action, site_id=site)
    case.incidents.append(incident)
    for i, p in enumerate(spec.perps):
        incident.perpetrators.append(Perpetrator(
            position=i, is_primary=p.primary, sex=p.sex, age_group=p.age_group,
            relationship_code=p.relationship, occupation=f"Job {secret}",
            occupation_code=p.occupation_code, nationality="mali",
            name=f"Perp {secret}", sea_affiliation=p.affiliation, sea_entity=p.entity,
            site_id=site))
    if spec.consent is not None:
        case.consents.append(Consent(
            scope="statistics", given=spec.consent, given_on=spec.interview,
            recorded_by_id=worker_id, site_id=site,
            withdrawn_on=spec.interview + timedelta(days=1) if spec.withdrawn else None))
    case.consents.append(Consent(scope="services", given=True, given_on=spec.interview,
                                 recorded_by_id=worker_id, site_id=site))
    if spec.un_consent is not None:
        case.consents.append(Consent(scope="un_sharing", given=spec.un_consent,
                                     given_on=spec.interview, recorded_by_id=worker_id,
                                     site_id=site))
    for need in spec.needs:
        case.needs.append(AssessmentNeed(need=need, note=f"Need {secret}", site_id=site))
    session.flush()
    session.add(CaseNote(case_id=case.id, author_id=worker_id, text=f"Note {secret}",
                         site_id=site))
    for ref in spec.refs:
        _add_referral(session, case, ref, worker_id, site, secret)
    for due, done in spec.follow_ups:
        session.add(FollowUp(case_id=case.id, due_on=due, done_on=done,
                             assigned_to_id=worker_id, purpose=f"Follow {secret}",
                             outcome=f"Outcome {secret}" if done else None, site_id=site,
                             done_by_id=worker_id if done else None))
    session.flush()
    return case


def _add_referral(session: Session, case: Case, ref: Ref, worker_id: str, site: str,
                  secret: str) -> Referral:
    prov = provider(session, site)
    sent = ref.sent_on or case.date_of_interview
    row = Referral(
        reference=f"REF-{next(_numbers):06d}", case_id=case.id, provider_id=prov.id,
        service_type=ref.service, priority="normal", due_on=ref.due_on or sent +
        timedelta(days=14), reason=f"Reason {secret}", status=ref.status,
        created_by_id=worker_id, sent_on=None if ref.status == "draft" else sent,
        feedback_received_on=ref.feedback_on, feedback_services=f"Given {secret}"
        if ref.feedback_on else None, site_id=site, created_at=_at(sent))
    changes: list[tuple[str | None, str, date]] = []
    if ref.status != "draft":
        changes.append(("draft", "sent", sent))
    if ref.provided_on:
        changes.append(("sent", "service_provided", ref.provided_on))
    elif ref.status not in ("draft", "sent"):
        changes.append(("sent", ref.status, sent + timedelta(days=2)))
    for before, after, on in changes:
        row.history.append(ReferralStatusChange(
            from_status=before, to_status=after, at=_at(on), by_id=worker_id,
            note=f"Change {secret}", site_id=site))
    session.add(row)
    return row


CHOICES: dict[str, list[Any]] = {
    "gbv": ["rape", "sexual_assault", "physical_assault", "forced_marriage",
            "denial_of_resources", "psychological_abuse", "non_gbv", None],
    "sex": ["female", "female", "female", "male", None],
    "location": ["survivor_home", "perpetrator_home", "road", "field_bush", "school",
                 "camp_site", None],
    "relationship": ["intimate_partner", "family", "neighbour", "stranger", "un_humanitarian",
                     "armed_group", None],
    "age_group": ["0_11", "12_17", "18_25", "26_40", "41_60", "61_plus", "unknown", None],
    "service": ["health", "psychosocial", "legal", "safety", "shelter", "livelihoods"],
    "status": ["sent", "accepted", "declined", "service_provided", "service_not_provided",
               "closed", "draft"],
    "affiliation": ["un_military", "un_police", "un_civilian", "un_agency", "ngo_partner"],
}


def random_spec(rng: random.Random, start: date, days: int) -> Spec:
    """A varied case interviewed within ``days`` after ``start``."""
    interview = start + timedelta(days=rng.randrange(days))
    sea = rng.random() < 0.15
    perps = [Perp(sex=rng.choice(["male", "male", "female", None]),
                  age_group=rng.choice(CHOICES["age_group"]),
                  relationship="un_humanitarian" if sea else rng.choice(CHOICES["relationship"]),
                  primary=i == 0 or rng.random() < 0.3,
                  affiliation=rng.choice(CHOICES["affiliation"]) if sea else None,
                  entity=f"Contingent {rng.randrange(9)}" if sea else None)
             for i in range(rng.choice([1, 1, 1, 2]))]
    refs = [Ref(service=rng.choice(CHOICES["service"]), status=(status := rng.choice(
        CHOICES["status"])), sent_on=interview + timedelta(days=rng.randrange(3)),
        provided_on=interview + timedelta(days=rng.randrange(3, 20))
        if status == "service_provided" else None) for _ in range(rng.randrange(3))]
    closed = interview + timedelta(days=rng.randrange(10, 90)) if rng.random() < 0.4 else None
    return Spec(
        interview=interview, sex=rng.choice(CHOICES["sex"]),
        birth=date(rng.randrange(1950, 2020), rng.randrange(1, 13), rng.randrange(1, 29))
        if rng.random() < 0.5 else None, age=rng.randrange(5, 70) if rng.random() < 0.8
        else None, gbv=rng.choice(CHOICES["gbv"]), location=rng.choice(CHOICES["location"]),
        incident=interview - timedelta(days=rng.choice([0, 2, 4, 9, 20, 60]))
        if rng.random() < 0.9 else None, consent=rng.random() < 0.85, sea=sea, perps=perps,
        un_consent=interview.day % 5 < 3 if sea else None,  # no draw: the sequence stays
        refs=refs, closed_on=closed, region=rng.choice(["mopti", "bamako", "gao"]),
        needs=tuple(rng.sample(["medical", "psychosocial", "legal", "safety"], 2)),
        follow_ups=[(interview + timedelta(days=7), interview + timedelta(days=8)
                     if rng.random() < 0.5 else None)])


def populate(session: Session, count: int, *, start: date = date(2026, 1, 1), days: int = 90,
             seed: int = 7) -> None:
    """Add ``count`` varied cases interviewed from ``start`` over ``days`` days."""
    rng = random.Random(seed)
    workers = ["awa", "fanta"]
    for i in range(count):
        add_case(session, random_spec(rng, start, days), workers[i % 2])
