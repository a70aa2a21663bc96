"""The period report's former queries, read from the source tables (cases, survivors,
incidents, perpetrators, referrals, services given) instead of the fact tables: the oracle
the maintained summaries are checked against (``tests/core/test_statistics_facts*.py``).

:func:`build_report` computes a report exactly as ``statistics.build_report`` did before the
fact tables (``store/models/stats_facts.py``): same temporary tables, same GROUP BYs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from unittest import mock

from sqlalchemy import ColumnElement, and_, case, func, insert, literal, select, text, union
from sqlalchemy.orm import Session, aliased

from desktop.core.services.cases.survivor_age import age_at_incident, age_group
from desktop.core.services.reports import statistics
from desktop.core.services.reports import stats_facts as facts
from desktop.core.services.reports import stats_queries as q
from desktop.core.services.reports.report_period import Period
from desktop.core.services.reports.report_tables import Report
from desktop.core.store.models import (
    Case,
    Incident,
    Perpetrator,
    Referral,
    ReferralStatusChange,
    ServiceGiven,
    Survivor,
)


def _delay():  # type: ignore[no-untyped-def]
    intake_report = case((Incident.date_of_interview == Case.date_of_interview,
                          Case.date_of_report), else_=None)
    reported = func.coalesce(intake_report, Incident.date_of_interview)
    days = func.julianday(reported) - func.julianday(Incident.incident_date)
    return case(
        (Incident.incident_date.is_(None), literal(q.NONE)),
        (days < 0, literal(q.NONE)),
        (days <= 3, literal("0_3")), (days <= 5, literal("4_5")),
        (days <= 14, literal("6_14")), (days <= 30, literal("15_30")),
        else_=literal("over_30"))


def incidents_reported_in(scope: q.Scope) -> list[ColumnElement[bool]]:
    """Incidents of counted cases told to the centre in the period."""
    return q.counted_cases(scope, Incident.date_of_interview >= scope.period.start,
                           Incident.date_of_interview <= scope.period.end, joined=True)


def referral_conditions(scope: q.Scope) -> list[ColumnElement[bool]]:
    """Referrals of the period (by ``counted_on``), not drafts, of counted cases."""
    return q.counted_cases(scope, Referral.counted_on >= scope.period.start,
                           Referral.counted_on <= scope.period.end, Referral.status != "draft",
                           joined=True)


def fill(session: Session, scope: q.Scope) -> None:
    """The former ``stats_facts.fill``: the period's incidents and referrals joined from the
    source tables into the report's temporary tables."""
    session.execute(text("DROP TABLE IF EXISTS temp.stats_facts"))
    facts.FACTS.create(session.connection())
    primary = aliased(Perpetrator, name="first_primary")
    source = (select(Incident.gbv_type, Incident.location_type, Survivor.sex,
                     age_group(age_at_incident()), _delay(),
                     case((primary.id.is_not(None), 1), else_=0), primary.relationship_code,
                     primary.age_group)
              .select_from(Case).join(Survivor, Case.survivor_id == Survivor.id)
              .join(Incident, Incident.case_id == Case.id)
              .outerjoin(primary, q.first_primary(primary))
              .where(*incidents_reported_in(scope)))
    session.execute(insert(facts.FACTS).from_select([c.name for c in facts.FACTS.columns],
                                                    source))
    session.execute(text("DROP TABLE IF EXISTS temp.stats_referrals"))
    facts.REFERRALS.create(session.connection())
    outcome = case(
        (and_(Referral.status == "sent", Referral.due_on < scope.cutoff),
         literal("no_response")), else_=Referral.status)
    provided = (select(func.min(ReferralStatusChange.at))
                .where(ReferralStatusChange.referral_id == Referral.id,
                       ReferralStatusChange.to_status == "service_provided")
                .scalar_subquery())
    days = func.julianday(func.date(provided)) - func.julianday(Referral.sent_on)
    referrals = (select(Referral.service_type, outcome, days, Referral.case_id)
                 .select_from(Referral).join(Case, Referral.case_id == Case.id)
                 .where(*referral_conditions(scope)))
    session.execute(insert(facts.REFERRALS).from_select(
        ["service_type", "outcome", "days", "case_id"], referrals))


def services_given(session: Session, scope: q.Scope) -> q.Counts:
    """The former ``stats_queries.services_given`` (services joined to their cases)."""
    conditions = q.counted_cases(scope, ServiceGiven.given_on >= scope.period.start,
                                 ServiceGiven.given_on <= scope.period.end, joined=True)
    query = (select(ServiceGiven.service_type, func.count()).select_from(ServiceGiven)
             .join(Case, ServiceGiven.case_id == Case.id).where(*conditions)
             .group_by(ServiceGiven.service_type))
    return {str(k): int(n) for k, n in session.execute(query)}


def survivors_assisted(session: Session, scope: q.Scope) -> int:
    """The former ``stats_facts.survivors_assisted``."""
    in_house = (select(ServiceGiven.case_id.label("case_id")).select_from(ServiceGiven)
                .join(Case, ServiceGiven.case_id == Case.id)
                .where(*q.counted_cases(scope, ServiceGiven.given_on >= scope.period.start,
                                        ServiceGiven.given_on <= scope.period.end,
                                        joined=True)))
    assisted = union(in_house, select(facts.REFERRALS.c.case_id)).subquery()
    return int(session.scalar(select(func.count()).select_from(assisted)) or 0)


@contextmanager
def former_queries() -> Iterator[None]:
    """Within the block the report runs its former queries (the source tables)."""
    with mock.patch.object(facts, "fill", fill), \
            mock.patch.object(q, "services_given", services_given), \
            mock.patch.object(facts, "survivors_assisted", survivors_assisted):
        yield


def build_report(session: Session, period: Period, *, site_id: str | None = None,
                 lang: str | None = "en", today: date | None = None) -> Report:
    """The report as the former queries computed it."""
    with former_queries():
        return statistics.build_report(session, period, site_id=site_id, lang=lang,
                                       today=today)
