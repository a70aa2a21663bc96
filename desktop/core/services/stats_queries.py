"""The SQL behind the period report: one GROUP BY per table, over consented cases only.

Every query starts from :func:`counted_cases`: cases whose survivor gave the ``statistics``
consent and did not withdraw it, optionally of one site. Cases "of the period" are those
whose interview date falls in it (the GBVIMS convention: incidents reported in the month).
Age and day arithmetic use SQLite's date functions (``strftime``/``julianday``).
"""

from __future__ import annotations

import statistics as pystats
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from desktop.core.services.report_period import Period
from desktop.core.store.models import (
    Case,
    Consent,
    FollowUp,
    Incident,
    Perpetrator,
    Referral,
    ReferralStatusChange,
    Survivor,
)

DELAY_BUCKETS = ("0_3", "4_5", "6_14", "15_30", "over_30")
NONE = "__none__"  # the group of rows where the value was not recorded

Counts = dict[str, int]
Matrix = dict[tuple[str, str], int]


@dataclass(frozen=True)
class Scope:
    """What a query covers: the period, one site or all, and the day overdue is judged on."""

    period: Period
    site_id: str | None
    today: date

    @property
    def cutoff(self) -> date:
        """The day "overdue" and "no response" are judged on: the period's end, or today."""
        return min(self.period.end, self.today)


def consented() -> ColumnElement[bool]:
    """The case's survivor consented to statistics and did not withdraw it."""
    return exists().where(
        Consent.case_id == Case.id, Consent.scope == "statistics",
        Consent.given.is_(True), Consent.withdrawn_on.is_(None))


def counted_cases(scope: Scope) -> list[ColumnElement[bool]]:
    """Conditions on ``Case`` common to every table: consent and site."""
    conditions = [consented()]
    if scope.site_id is not None:
        conditions.append(Case.site_id == scope.site_id)
    return conditions


def reported_in(scope: Scope) -> list[ColumnElement[bool]]:
    """Counted cases whose interview falls in the period."""
    return [*counted_cases(scope), Case.date_of_interview >= scope.period.start,
            Case.date_of_interview <= scope.period.end]


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _grouped(session: Session, key: ColumnElement | InstrumentedAttribute,
             conditions: Sequence[ColumnElement[bool]],
             *joins: object, count: ColumnElement | None = None) -> Counts:
    query = select(func.coalesce(key, NONE), count if count is not None else func.count())
    query = query.select_from(Case)
    for target in joins:
        query = query.join(target)  # type: ignore[arg-type]
    rows = session.execute(query.where(*conditions).group_by(func.coalesce(key, NONE)))
    return {str(k): int(n) for k, n in rows}


def _matrix(session: Session, first: ColumnElement | InstrumentedAttribute,
            second: ColumnElement | InstrumentedAttribute,
            conditions: Sequence[ColumnElement[bool]], *joins: object) -> Matrix:
    a, b = func.coalesce(first, NONE), func.coalesce(second, NONE)
    query = select(a, b, func.count()).select_from(Case)
    for target in joins:
        query = query.join(target)  # type: ignore[arg-type]
    rows = session.execute(query.where(*conditions).group_by(a, b))
    return {(str(x), str(y)): int(n) for x, y, n in rows}


def case_counts(session: Session, scope: Scope) -> Counts:
    """Cases opened in the period, active at its end, and closed during it."""
    period = scope.period
    end = _start(period.end_exclusive)
    opened = session.scalar(select(func.count()).select_from(Case).where(*reported_in(scope)))
    active = session.scalar(select(func.count()).select_from(Case).where(
        *counted_cases(scope), Case.date_of_interview <= period.end,
        or_(Case.closed_at.is_(None), Case.closed_at >= end)))
    closed = session.scalar(select(func.count()).select_from(Case).where(
        *counted_cases(scope), Case.closed_at >= _start(period.start), Case.closed_at < end))
    return {"opened": int(opened or 0), "active": int(active or 0), "closed": int(closed or 0)}


def gbv_types(session: Session, scope: Scope) -> Counts:
    """Incidents of the period by GBV type."""
    return _grouped(session, Incident.gbv_type, reported_in(scope), Incident)


def location_types(session: Session, scope: Scope) -> Counts:
    """Incidents of the period by type of location."""
    return _grouped(session, Incident.location_type, reported_in(scope), Incident)


def _survivor_age() -> ColumnElement:
    on = func.coalesce(Incident.incident_date, Case.date_of_interview)
    years = (cast(func.strftime("%Y", on), Integer)
             - cast(func.strftime("%Y", Survivor.date_of_birth), Integer)
             - case((func.strftime("%m-%d", on) < func.strftime("%m-%d", Survivor.date_of_birth),
                     1), else_=0))
    return case((Survivor.date_of_birth.is_not(None), years), else_=Survivor.estimated_age)


def _age_group(age: ColumnElement) -> ColumnElement:
    limits = ((11, "0_11"), (17, "12_17"), (25, "18_25"), (40, "26_40"), (60, "41_60"))
    whens = [(age.is_(None), literal("unknown")), (age < 0, literal("unknown"))]
    whens += [(age <= top, literal(code)) for top, code in limits]
    return case(*whens, else_=literal("61_plus"))


def survivor_sex_age(session: Session, scope: Scope) -> Matrix:
    """Incidents of the period by (survivor sex, survivor age group at the incident)."""
    return _matrix(session, Survivor.sex, _age_group(_survivor_age()), reported_in(scope),
                   Survivor, Incident)


def _primary_perpetrator() -> ColumnElement[bool]:
    other = aliased(Perpetrator)
    first = (select(func.min(other.position))
             .where(other.incident_id == Perpetrator.incident_id, other.is_primary.is_(True))
             .scalar_subquery())
    return and_(Perpetrator.is_primary.is_(True), Perpetrator.position == first)


def perpetrator_relationship_age(session: Session, scope: Scope) -> Matrix:
    """Incidents of the period by (relationship, age group) of the first primary perpetrator."""
    return _matrix(session, Perpetrator.relationship_code, Perpetrator.age_group,
                   [*reported_in(scope), _primary_perpetrator()], Incident, Perpetrator)


def report_delay(session: Session, scope: Scope) -> Counts:
    """Incidents of the period by days from the incident to the report (GBVIMS buckets)."""
    reported = func.coalesce(Case.date_of_report, Case.date_of_interview)
    days = func.julianday(reported) - func.julianday(Incident.incident_date)
    bucket = case(
        (Incident.incident_date.is_(None), literal(NONE)),
        (days < 0, literal(NONE)),
        (days <= 3, literal("0_3")), (days <= 5, literal("4_5")),
        (days <= 14, literal("6_14")), (days <= 30, literal("15_30")),
        else_=literal("over_30"))
    return _grouped(session, bucket, reported_in(scope), Incident)


def sea_affiliations(session: Session, scope: Scope) -> Counts:
    """SEA cases of the period by perpetrator affiliation (a case counts once per affiliation)."""
    conditions = [*reported_in(scope), Case.sea.is_(True)]
    counts = _grouped(session, Perpetrator.sea_affiliation,
                      [*conditions, Perpetrator.sea_affiliation.is_not(None)],
                      Incident, Perpetrator, count=func.count(func.distinct(Case.id)))
    affiliated = exists().where(Incident.case_id == Case.id,
                                Perpetrator.incident_id == Incident.id,
                                Perpetrator.sea_affiliation.is_not(None))
    missing = session.scalar(select(func.count()).select_from(Case)
                             .where(*conditions, ~affiliated))
    if missing:
        counts[NONE] = int(missing)
    return counts


def _referral_conditions(scope: Scope) -> list[ColumnElement[bool]]:
    on = func.coalesce(Referral.sent_on, func.date(Referral.created_at))
    return [*counted_cases(scope), Referral.status != "draft",
            on >= scope.period.start.isoformat(), on <= scope.period.end.isoformat()]


def referral_outcomes(session: Session, scope: Scope) -> Matrix:
    """Referrals of the period by (service type, outcome); "no_response" when overdue."""
    outcome = case(
        (and_(Referral.status == "sent", Referral.due_on < scope.cutoff),
         literal("no_response")), else_=Referral.status)
    query = (select(Referral.service_type, outcome, func.count())
             .select_from(Referral).join(Case, Referral.case_id == Case.id)
             .where(*_referral_conditions(scope)).group_by(Referral.service_type, outcome))
    return {(str(s), str(o)): int(n) for s, o, n in session.execute(query)}


def days_to_service(session: Session, scope: Scope) -> tuple[float | None, int]:
    """Median days from sending a referral to "service provided", and how many referrals."""
    provided = (select(ReferralStatusChange.referral_id,
                       func.min(ReferralStatusChange.at).label("at"))
                .where(ReferralStatusChange.to_status == "service_provided")
                .group_by(ReferralStatusChange.referral_id).subquery())
    days = func.julianday(func.date(provided.c.at)) - func.julianday(Referral.sent_on)
    query = (select(days).select_from(Referral)
             .join(Case, Referral.case_id == Case.id)
             .join(provided, provided.c.referral_id == Referral.id)
             .where(*_referral_conditions(scope), Referral.sent_on.is_not(None)))
    values = [float(v) for v in session.scalars(query) if v is not None and v >= 0]
    if not values:
        return None, 0
    return float(pystats.median(values)), len(values)


def overdue_follow_ups(session: Session, scope: Scope) -> int:
    """Follow-ups due before the cutoff day and not done by it."""
    cutoff = scope.cutoff
    query = (select(func.count()).select_from(FollowUp)
             .join(Case, FollowUp.case_id == Case.id)
             .where(*counted_cases(scope), FollowUp.due_on < cutoff,
                    or_(FollowUp.done_on.is_(None), FollowUp.done_on > cutoff)))
    return int(session.scalar(query) or 0)


def not_consented(session: Session, scope: Scope) -> int:
    """Cases of the period left out because there is no (or a withdrawn) statistics consent."""
    conditions: list[ColumnElement[bool]] = [
        ~consented(), Case.date_of_interview >= scope.period.start,
        Case.date_of_interview <= scope.period.end]
    if scope.site_id is not None:
        conditions.append(Case.site_id == scope.site_id)
    return int(session.scalar(select(func.count()).select_from(Case).where(*conditions)) or 0)
