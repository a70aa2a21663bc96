"""The incident and referral tables of the period report, from the maintained fact tables.

:func:`fill` reads the period's rows of ``stats_incident_facts`` and ``stats_referral_facts``
(``store/models/stats_facts.py``: one short row per incident or referral, stored in the order
of the day it counts on, kept in step with every write) into temporary in-memory tables of
codes and buckets; the tables are then GROUP BYs over them. A month is one contiguous range of
the fact tables instead of one random page per case, incident, survivor and referral, so it
costs the same at 10,000 and 1,000,000 cases. Age groups and delay buckets are applied here,
when the report runs (the age groups are a reference list the hub may change).
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
from sqlalchemy.orm import Session

from desktop.core.services.cases.survivor_age import age_group
from desktop.core.services.reports.stats_queries import (
    NONE,
    Counts,
    Matrix,
    Scope,
    fact_conditions,
)
from desktop.core.store.models import IncidentFact, ReferralFact, ServiceFact

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


def delay_bucket(days: ColumnElement) -> ColumnElement:
    """Days from the incident to the report in the GBVIMS buckets (NULL: no incident date)."""
    return case(
        (days.is_(None), literal(NONE)), (days < 0, literal(NONE)),
        (days <= 3, literal("0_3")), (days <= 5, literal("4_5")),
        (days <= 14, literal("6_14")), (days <= 30, literal("15_30")),
        else_=literal("over_30"))


def fill(session: Session, scope: Scope) -> None:
    """(Re)build the temporary tables of the period's counted incidents and referrals."""
    session.execute(text("DROP TABLE IF EXISTS temp.stats_facts"))
    FACTS.create(session.connection())
    f, columns = IncidentFact, IncidentFact.__table__.c
    source = (select(f.gbv_type, f.location_type, f.sex, age_group(columns.age),
                     delay_bucket(columns.delay_days), case((f.has_perpetrator, 1), else_=0),
                     f.relationship, f.perpetrator_age)
              .where(*fact_conditions(f, f.date_of_interview, scope)))
    session.execute(insert(FACTS).from_select([c.name for c in FACTS.columns], source))
    _fill_referrals(session, scope)


def _fill_referrals(session: Session, scope: Scope) -> None:
    session.execute(text("DROP TABLE IF EXISTS temp.stats_referrals"))
    REFERRALS.create(session.connection())
    r = ReferralFact
    outcome = case((and_(r.status == "sent", r.due_on < scope.cutoff), literal("no_response")),
                   else_=r.status)
    source = (select(r.service_type, outcome, r.days_to_service, r.case_id)
              .where(*fact_conditions(r, r.counted_on, scope, r.status != "draft")))
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
    in_house = select(ServiceFact.case_id.label("case_id")).where(
        *fact_conditions(ServiceFact, ServiceFact.given_on, scope))
    assisted = union(in_house, select(REFERRALS.c.case_id)).subquery()
    return int(session.scalar(select(func.count()).select_from(assisted)) or 0)
