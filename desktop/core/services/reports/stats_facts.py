"""The incident and referral tables of the period report, from the maintained fact tables.

:func:`fill` reads the period's rows of ``stats_incident_facts`` and ``stats_referral_facts``
(``store/models/stats_facts.py``: one short row per incident or referral, stored in the order
of the day it counts on, kept in step with every write). The incidents are read once, as codes
and buckets, and counted in that one pass for the five incident tables (:class:`IncidentCounts`,
kept in ``session.info``: memory grows with the number of distinct codes, never with the
incidents; five GROUP BYs over a temporary table of 46,000 incidents took half a second at a
million cases); the referrals go into a temporary in-memory table. A month is one contiguous
range of the fact tables instead of one random page per case, incident, survivor and referral, so it
costs the same at 10,000 and 1,000,000 cases. Age groups and delay buckets are applied here,
when the report runs (the age groups are a reference list the hub may change).
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Float,
    MetaData,
    Select,
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

_COUNTS = "relais.stats_incident_counts"  # the session.info key of the period's counts
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


@dataclass
class IncidentCounts:
    """The period's incidents counted for each incident table, in one pass over their rows."""

    gbv_types: Counter[str] = field(default_factory=Counter)
    locations: Counter[str] = field(default_factory=Counter)
    delay: Counter[str] = field(default_factory=Counter)
    sex_age: Counter[tuple[str, str]] = field(default_factory=Counter)
    perpetrator: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, rows: Iterable[Sequence[Any]]) -> None:
        """Count ``rows`` of (GBV type, location type, sex, age group, delay bucket, has a
        primary perpetrator, relationship, perpetrator's age group); None counts as NONE."""
        def key(value: Any) -> str:
            return NONE if value is None else str(value)

        for gbv, location, sex, age, delay, has_perpetrator, relationship, p_age in rows:
            self.gbv_types[key(gbv)] += 1
            self.locations[key(location)] += 1
            self.delay[key(delay)] += 1
            self.sex_age[key(sex), key(age)] += 1
            if has_perpetrator == 1:
                self.perpetrator[key(relationship), key(p_age)] += 1


def incident_rows(scope: Scope) -> Select[Any]:
    """The period's counted incidents as :meth:`IncidentCounts.add` reads them."""
    f, columns = IncidentFact, IncidentFact.__table__.c
    return (select(f.gbv_type, f.location_type, f.sex, age_group(columns.age),
                   delay_bucket(columns.delay_days), case((f.has_perpetrator, 1), else_=0),
                   f.relationship, f.perpetrator_age)
            .where(*fact_conditions(f, f.date_of_interview, scope)))


def keep_counts(session: Session, counts: IncidentCounts) -> None:
    """Keep the period's incident counts for the table functions below."""
    session.info[_COUNTS] = counts


def fill(session: Session, scope: Scope) -> None:
    """Count the period's incidents and (re)build the temporary table of its referrals."""
    counts = IncidentCounts()
    result = session.execute(incident_rows(scope), execution_options={"yield_per": 5000})
    for rows in result.partitions():
        counts.add(rows)
    keep_counts(session, counts)
    _fill_referrals(session, scope)


def _counts(session: Session) -> IncidentCounts:
    counts = session.info.get(_COUNTS)
    return counts if isinstance(counts, IncidentCounts) else IncidentCounts()


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
    """Forget the counts and drop the temporary table."""
    session.info.pop(_COUNTS, None)
    session.execute(text("DROP TABLE IF EXISTS temp.stats_referrals"))


def gbv_types(session: Session) -> Counts:
    """Incidents of the period by GBV type."""
    return dict(_counts(session).gbv_types)


def location_types(session: Session) -> Counts:
    """Incidents of the period by type of location."""
    return dict(_counts(session).locations)


def report_delay(session: Session) -> Counts:
    """Incidents of the period by days from the incident to the report (GBVIMS buckets)."""
    return dict(_counts(session).delay)


def survivor_sex_age(session: Session) -> Matrix:
    """Incidents of the period by (survivor sex, survivor age group at the incident)."""
    return dict(_counts(session).sex_age)


def perpetrator_relationship_age(session: Session) -> Matrix:
    """Incidents of the period by (relationship, age group) of the first primary perpetrator."""
    return dict(_counts(session).perpetrator)


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
