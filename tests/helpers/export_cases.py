"""Many varied cases for the export oracle tests (``tests/core/test_export_rows_oracle.py``),
written straight with the ORM and chosen, not drawn at random, so that every row-level export
rule meets a case that tells it apart: two sites, several incidents per case (one told before
its case was opened), perpetrators at several positions (primary or not, affiliated or not),
referrals in every status (draft, sent overdue, sent due today, sent due later …), needs with
and without a note, release consents given, withdrawn or never given, consents given by a
substitute with and without a supervisor's approval, services given in house per incident, and
interviews on the period's first and last day and one day outside it.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.store.models import (
    AssessmentNeed,
    Case,
    Consent,
    ConsentApproval,
    Incident,
    Perpetrator,
    Referral,
    ServiceGiven,
    Staff,
    Survivor,
)
from tests.helpers.report_data import provider

START, END = date(2026, 2, 1), date(2026, 3, 31)  # the exported period
TODAY = date(2026, 3, 20)  # the day the exports are made
SERVICES = ("health", "psychosocial", "legal", "safety", "shelter", "livelihoods")
NEEDS = ("medical", "psychosocial", "legal", "safety", "shelter", "socio_economic")
AFFILIATIONS = ("un_military", "un_police", "un_civilian", "un_agency", "ngo_partner")
# (status, due_on): every way a referral can stand on TODAY
REFERRALS = (("sent", TODAY - timedelta(days=1)), ("sent", TODAY), ("draft", TODAY),
             ("sent", TODAY + timedelta(days=9)), ("accepted", TODAY), ("closed", TODAY),
             ("declined", TODAY), ("service_provided", TODAY),
             ("service_not_provided", TODAY), ("draft", TODAY - timedelta(days=3)))
# interview days: on both bounds, one day outside each, and inside
DAYS = (START, END, START - timedelta(days=1), END + timedelta(days=1),
        START + timedelta(days=9), START + timedelta(days=23), END - timedelta(days=6),
        START + timedelta(days=40))
COUNT = 72


@dataclass(frozen=True)
class Built:
    """What the builder made: the site ids and the case numbers of its special cases."""

    sites: tuple[str, str]
    early_incident: str  # interviewed after the period; one incident told inside it


def _id(n: int, kind: int) -> str:
    """A fixed, well spread id (the exports' joins compare ids: their order must vary)."""
    return str(uuid.UUID(bytes=hashlib.sha256(f"{kind}:{n}".encode()).digest()[:16]))


def _at(day: date, hours: int = 0) -> datetime:
    return datetime.combine(day, time(9, 0), tzinfo=UTC) + timedelta(hours=hours)


def _perpetrators(i: int, sea: bool, incident: int) -> list[dict[str, object]]:
    """The perpetrators of incident ``incident`` of case ``i`` (dicts of column values)."""
    count = 1 + (i + incident) % 3
    out: list[dict[str, object]] = []
    for pos in range(count):
        affiliated = sea and {0: pos >= 1, 1: True, 2: False, 3: pos == 0,
                              4: incident >= 1}[i // 3 % 5]
        out.append({
            "position": pos, "is_primary": pos == (i % 4 == 1) or (i + pos) % 3 == 0,
            "sex": ("male", "female", None)[(i + pos) % 3],
            "age_group": ("18_25", "26_40", "41_60", "unknown")[(i + pos + incident) % 4],
            "relationship_code": "un_humanitarian" if affiliated else
            ("intimate_partner", "family", "stranger")[(i + pos) % 3],
            "sea_affiliation": AFFILIATIONS[(i + pos + incident) % 5] if affiliated else None,
            "sea_entity": f"Contingent {i}-{incident}-{pos}" if affiliated else None})
    return out


def build(session: Session, sites: tuple[str, str]) -> Built:
    """Add ``COUNT`` cases over the two ``sites`` (then a special one); returns them. Every
    third case is an SEA case; its rank among them picks where its affiliated perpetrators
    are (``_perpetrators``) and how she consented to inform the UN (``_consents``)."""
    staff = dict(session.execute(select(Staff.username, Staff.id)).all())
    workers = (staff["awa"], staff["fanta"])
    providers = {s: provider(session, s, f"Centre {n}", SERVICES)
                 for n, s in enumerate(sites, 1)}
    for i in range(COUNT):
        _case(session, i, DAYS[i % len(DAYS)], sites[i % 2], workers[i % 3 % 2],
              providers[sites[i % 2]].id)
    early = _case(session, COUNT, END + timedelta(days=3), sites[0], workers[0],
                  providers[sites[0]].id, extra_told=[END - timedelta(days=2)])
    session.flush()
    return Built(sites, early)


def _case(session: Session, i: int, interview: date, site: str, worker: str, provider_id: str,
          *, extra_told: list[date] | None = None) -> str:
    sea = i % 3 == 0
    number = f"ORC-{i:04d}"
    survivor = Survivor(
        id=_id(i, 1), survivor_code=f"V-{i:04d}", name=f"Qxoracle name {i}", sex="female",
        estimated_age=18 + i % 40, nationality="mali", marital_status="single",
        displacement_status="resident", disability="none", site_id=site)
    case = Case(
        id=_id(i, 2), case_number=number, survivor=survivor, created_by_id=worker,
        caseworker_id=worker, status="open", step=2, date_of_interview=interview,
        referred_by=("self", "self,health", "police", "health,legal")[i % 4], gbv_type="rape",
        sea=sea, site_id=site, opened_at=_at(interview))
    session.add(case)
    extra = (i // 2) % 3 or int(sea and i // 3 % 5 == 4)  # pattern 4: needs a later incident
    told = [None, *(extra_told if extra_told is not None else
                    [interview + timedelta(days=12 * k) for k in range(1, 1 + extra)])]
    incidents = []
    for n, day in enumerate(told):
        incident = Incident(
            id=_id(i * 10 + n, 3), date_of_interview=day, created_at=_at(interview, n),
            incident_date=interview - timedelta(days=3 + n), gbv_type="rape",
            location_type="survivor_home", region="mopti", time_of_day="morning",
            sea_paternity_claim=(True, False, None)[(i + n) % 3] if sea else None,
            sea_reported_to_un_on=interview + timedelta(days=n) if sea else None, site_id=site)
        for p, values in enumerate(_perpetrators(i, sea, n)):
            incident.perpetrators.append(Perpetrator(
                id=_id(i * 100 + n * 10 + p, 4), site_id=site, **values))  # type: ignore[arg-type]
        case.incidents.append(incident)
        incidents.append(incident)
    _consents(case, i, interview, worker, site, sea)
    for k, need in enumerate(NEEDS):
        if (i >> k) % 2:
            case.needs.append(AssessmentNeed(need=need, site_id=site,
                                             note=f"Qxnote {i}" if (i + k) % 3 else None))
    session.flush()
    if (i // 3 % 6 == 1) if sea else i % 4 == 3:
        session.add(ConsentApproval(case_id=case.id, approved_by_id=worker, site_id=site,
                                    approved_at=_at(interview)))
    for k in range(i // 2 % 4):
        status, due = REFERRALS[(i + 3 * k) % len(REFERRALS)]
        sent = None if status == "draft" else interview + timedelta(days=k)
        session.add(Referral(
            id=_id(i * 10 + k, 5), reference=f"ORC-R-{i:04d}-{k}", case_id=case.id,
            provider_id=provider_id, service_type=SERVICES[(i + k) % 6],
            priority="normal", due_on=due, status=status, created_by_id=worker, sent_on=sent,
            site_id=site, created_at=_at(interview, k)))
    given = int(i // 3 % 5 != 0) if sea else i % 5 // 2  # an SEA case of pattern 0: none
    for k in range(given):  # services given in house, on one incident or on the case
        given_to = incidents[(i + k) % len(incidents)] if (i + k) % 4 else None
        session.add(ServiceGiven(
            id=_id(i * 10 + k, 6), case_id=case.id, service_type=SERVICES[(i * 2 + k) % 6],
            incident_id=given_to.id if given_to else None, given_on=interview + timedelta(k),
            provider_id=worker, recorded_by_id=worker, site_id=site))
    session.flush()
    return number


def _consents(case: Case, i: int, interview: date, worker: str, site: str, sea: bool) -> None:
    """Statistics consent given, refused, withdrawn or never asked; release consents; for SEA
    cases the consent to inform the UN, some given by a substitute (a trusted adult)."""
    def add(scope: str, given: bool, *, withdrawn: bool = False, by: str = "survivor") -> None:
        case.consents.append(Consent(
            scope=scope, given=given, given_by=by, given_on=interview, recorded_by_id=worker,
            site_id=site, withdrawn_on=interview + timedelta(days=1) if withdrawn else None))

    if i % 11 != 5:
        add("statistics", i % 7 != 3, withdrawn=i % 13 == 6)
    add("services", True)
    for k, service in enumerate(SERVICES):
        state = (i + k) % 4  # 0: never asked, 1: given, 2: refused, 3: given then withdrawn
        if state:
            add(f"release:{service}", state != 2, withdrawn=state == 3)
    if sea:  # by the SEA case's rank: 0 and 4 she gave it, 1 a trusted adult (approved), 2 a
        # trusted adult (not approved), 3 never asked, 5 refused; withdrawn now and then
        kind = i // 3 % 6
        if kind != 3:
            add("un_sharing", kind != 5, by="trusted_adult" if kind in (1, 2) else "survivor",
                withdrawn=i // 3 % 7 == 6)
