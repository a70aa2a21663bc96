"""The incident tables of the period report, from one pass over the period's cases.

:func:`fill` reads each counted incident of the period (told to the centre in it) once
(case, survivor, incident, first primary perpetrator) into a temporary in-memory table
holding only codes and buckets; the tables are then GROUP BYs over it. One pass of page
reads instead of one per table keeps the report fast on a large encrypted database.
"""

from __future__ import annotations

import statistics

from sqlalchemy import (
    Column,
    ColumnElement,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    case,
    func,
    insert,
    literal,
    select,
    text,
    union,
)
from sqlalchemy.orm import Session, aliased

from desktop.core.services.cases.survivor_age import age_at_incident, age_group
from desktop.core.services.reports.stats_queries import (
    NONE,
    Counts,
    Matrix,
    Scope,
    counted_cases,
    first_primary,
    incidents_reported_in,
    referral_conditions,
)
from desktop.core.store.models import (
    Case,
    Incident,
    Perpetrator,
    Referral,
    ReferralStatusChange,
    ServiceGiven,
    Survivor,
)

FACTS = Table(
    "stats_facts", MetaData(),
    Column("gbv_type", String(20)), Column("location_type", String(30)),
    Column("sex", String(10)), Column("age_group", String(10)), Column("delay", String(10)),
    Column("has_perpetrator", Integer), Column("relationship", String(30)),
    Column("perpetrator_age", String(10)),
    prefixes=["TEMPORARY"],
)
REFERRALS = Table(
    "stats_referrals", MetaData(),
    Column("service_type", String(30)), Column("outcome", String(24)), Column("days", Float),
    Column("case_id", String(36)),
    prefixes=["TEMPORARY"],
)
Primary = aliased(Perpetrator, name="first_primary")


def _delay() -> ColumnElement:
    """Days from the incident to the report, in the GBVIMS buckets (the case's date of report
    for the incident of the intake, a later incident's own interview for the others)."""
    intake_report = case((Incident.date_of_interview == Case.date_of_interview,
                          Case.date_of_report), else_=None)
    reported = func.coalesce(intake_report, Incident.date_of_interview)
    days = func.julianday(reported) - func.julianday(Incident.incident_date)
    return case(
        (Incident.incident_date.is_(None), literal(NONE)),
        (days < 0, literal(NONE)),
        (days <= 3, literal("0_3")), (days <= 5, literal("4_5")),
        (days <= 14, literal("6_14")), (days <= 30, literal("15_30")),
        else_=literal("over_30"))


def fill(session: Session, scope: Scope) -> None:
    """(Re)build the temporary table of the period's counted incidents."""
    session.execute(text("DROP TABLE IF EXISTS temp.stats_facts"))
    FACTS.create(session.connection())
    source = (select(Incident.gbv_type, Incident.location_type, Survivor.sex,
                     age_group(age_at_incident()), _delay(),
                     case((Primary.id.is_not(None), 1), else_=0), Primary.relationship_code,
                     Primary.age_group)
              .select_from(Case).join(Survivor, Case.survivor_id == Survivor.id)
              .join(Incident, Incident.case_id == Case.id)
              .outerjoin(Primary, first_primary(Primary))
              .where(*incidents_reported_in(scope)))
    session.execute(insert(FACTS).from_select([c.name for c in FACTS.columns], source))
    _fill_referrals(session, scope)


def _fill_referrals(session: Session, scope: Scope) -> None:
    session.execute(text("DROP TABLE IF EXISTS temp.stats_referrals"))
    REFERRALS.create(session.connection())
    outcome = case(
        (and_(Referral.status == "sent", Referral.due_on < scope.cutoff),
         literal("no_response")), else_=Referral.status)
    provided = (select(func.min(ReferralStatusChange.at))
                .where(ReferralStatusChange.referral_id == Referral.id,
                       ReferralStatusChange.to_status == "service_provided")
                .scalar_subquery())
    days = func.julianday(func.date(provided)) - func.julianday(Referral.sent_on)
    source = (select(Referral.service_type, outcome, days, Referral.case_id).select_from(Referral)
              .join(Case, Referral.case_id == Case.id).where(*referral_conditions(scope)))
    session.execute(insert(REFERRALS).from_select(["service_type", "outcome", "days", "case_id"],
                                                  source))


def release(session: Session) -> None:
    """Drop the temporary tables."""
    session.execute(text("DROP TABLE IF EXISTS temp.stats_facts"))
    session.execute(text("DROP TABLE IF EXISTS temp.stats_referrals"))


def _by(session: Session, *columns: ColumnElement, where: ColumnElement[bool] | None = None
        ) -> dict[tuple[str, ...], int]:
    keys = [func.coalesce(c, NONE) for c in columns]
    query = select(*keys, func.count()).group_by(*keys)
    if where is not None:
        query = query.where(where)
    return {tuple(str(v) for v in row[:-1]): int(row[-1]) for row in session.execute(query)}


def gbv_types(session: Session) -> Counts:
    """Incidents of the period by GBV type."""
    return {k[0]: n for k, n in _by(session, FACTS.c.gbv_type).items()}


def location_types(session: Session) -> Counts:
    """Incidents of the period by type of location."""
    return {k[0]: n for k, n in _by(session, FACTS.c.location_type).items()}


def report_delay(session: Session) -> Counts:
    """Incidents of the period by days from the incident to the report (GBVIMS buckets)."""
    return {k[0]: n for k, n in _by(session, FACTS.c.delay).items()}


def survivor_sex_age(session: Session) -> Matrix:
    """Incidents of the period by (survivor sex, survivor age group at the incident)."""
    return {(k[0], k[1]): n for k, n in _by(session, FACTS.c.sex, FACTS.c.age_group).items()}


def perpetrator_relationship_age(session: Session) -> Matrix:
    """Incidents of the period by (relationship, age group) of the first primary perpetrator."""
    found = _by(session, FACTS.c.relationship, FACTS.c.perpetrator_age,
                where=FACTS.c.has_perpetrator == 1)
    return {(k[0], k[1]): n for k, n in found.items()}


def referral_outcomes(session: Session) -> Matrix:
    """Referrals of the period by (service type, outcome); "no_response" when overdue."""
    keys = (REFERRALS.c.service_type, REFERRALS.c.outcome)
    rows = session.execute(select(*keys, func.count()).group_by(*keys))
    return {(str(s), str(o)): int(n) for s, o, n in rows}


def days_to_service(session: Session) -> tuple[float | None, int]:
    """Median days from sending a referral to "service provided", and how many referrals."""
    values = [float(v) for v in session.scalars(select(REFERRALS.c.days).where(
        REFERRALS.c.days >= 0))]
    if not values:
        return None, 0
    return float(statistics.median(values)), len(values)


def survivors_assisted(session: Session, scope: Scope) -> int:
    """Survivors (cases) given a service in house or referred in the period: each once,
    however many services, referrals or incidents (the referrals from :func:`fill`'s table)."""
    in_house = (select(ServiceGiven.case_id.label("case_id")).select_from(ServiceGiven)
                .join(Case, ServiceGiven.case_id == Case.id)
                .where(*counted_cases(scope, ServiceGiven.given_on >= scope.period.start,
                                      ServiceGiven.given_on <= scope.period.end,
                                      joined=True)))
    assisted = union(in_house, select(REFERRALS.c.case_id)).subquery()
    return int(session.scalar(select(func.count()).select_from(assisted)) or 0)
