"""The national period report: the site's report (``core.services.reports.statistics``) fed
from the hub's PostgreSQL tables.

The queries here are the site's (``stats_queries``, ``stats_facts``) read over ``hub_<kind>``
tables: the same conditions (consented cases only, incidents by their own interview, the
first primary perpetrator, referrals by ``counted_on`` and not drafts, the follow-ups' overdue
rule), the same age groups (``survivor_age.age_group`` over the age each site sent), joined on
``(site, case_id)`` since every record keeps its owner site. The tables, labels and the cells to
hide then come from the core (``statistics.assemble``, ``report_protect.protect``): one rule on a
site and nationally. Cases without the statistics consent never reach the hub, so the national
"not counted" figure says it is not known.
"""

from __future__ import annotations

import statistics as stats
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    or_,
    select,
    union,
)
from sqlalchemy.orm import Session

from desktop.core.i18n import current_language, translate
from desktop.core.services.cases.survivor_age import age_group
from desktop.core.services.reports.report_period import Period
from desktop.core.services.reports.report_tables import Report
from desktop.core.services.reports.statistics import Figures, assemble
from desktop.core.services.reports.stats_queries import NONE, Counts
from desktop.hub import db
from desktop.hub.models import RECORD_TABLES, HubSite

C = RECORD_TABLES["cases"]
INC = RECORD_TABLES["incidents"]
PERP = RECORD_TABLES["perpetrators"]
REF = RECORD_TABLES["referrals"]
REF_STATUS = RECORD_TABLES["referral_status_changes"]
FOLLOW = RECORD_TABLES["follow_ups"]
GIVEN = RECORD_TABLES["services_given"]


@dataclass(frozen=True)
class Scope:
    """The period, the sites (None: all) and the day "overdue" is judged on."""

    period: Period
    sites: tuple[str, ...] | None
    today: date

    @property
    def cutoff(self) -> date:
        """The period's end, or today when the period is not over."""
        return min(self.period.end, self.today)


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _case_of(table: Any) -> ColumnElement[bool]:
    return and_(table.c.site == C.c.site, table.c.case_id == C.c.id)


def counted(scope: Scope, *cheap: ColumnElement[bool]) -> list[ColumnElement[bool]]:
    """``cheap`` conditions, the sites asked, and the statistics consent (the site's rule)."""
    conditions = list(cheap)
    if scope.sites is not None:
        conditions.append(C.c.site.in_(scope.sites))
    return [*conditions, C.c.stats_consent.is_(True)]


def _grouped(session: Session, query: Any) -> dict[tuple[str, ...], int]:
    return {tuple(str(v) for v in row[:-1]): int(row[-1]) for row in session.execute(query)}


def case_counts(session: Session, scope: Scope) -> Counts:
    """Cases opened in the period, active at its end, closed during it."""
    period, end = scope.period, _start(scope.period.end_exclusive)

    def count(*conditions: ColumnElement[bool]) -> int:
        return int(session.scalar(select(func.count()).select_from(C)
                                  .where(*counted(scope, *conditions))) or 0)

    return {
        "opened": count(C.c.date_of_interview >= period.start,
                        C.c.date_of_interview <= period.end),
        "active": count(C.c.date_of_interview <= period.end,
                        or_(C.c.closed_at.is_(None), C.c.closed_at >= end)),
        "closed": count(C.c.closed_at >= _start(period.start), C.c.closed_at < end),
    }


def _first_primary() -> Any:
    """The incidents' first primary perpetrator (lowest position among the primary ones)."""
    ranked = select(PERP.c.site, PERP.c.incident_id, PERP.c.relationship_code,
                    PERP.c.age_group, func.row_number().over(
                        partition_by=(PERP.c.site, PERP.c.incident_id),
                        order_by=PERP.c.position).label("rank")
                    ).where(PERP.c.is_primary.is_(True)).subquery()
    return select(ranked).where(ranked.c.rank == 1).subquery("first_primary")


def _delay() -> ColumnElement[Any]:
    """The GBVIMS bucket of days from the incident to the report (the site's rule)."""
    intake_report = case((INC.c.date_of_interview == C.c.date_of_interview,
                          C.c.date_of_report), else_=None)
    days = func.coalesce(intake_report, INC.c.date_of_interview) - INC.c.incident_date
    return case(
        (INC.c.incident_date.is_(None), literal(NONE)), (days < 0, literal(NONE)),
        (days <= 3, literal("0_3")), (days <= 5, literal("4_5")),
        (days <= 14, literal("6_14")), (days <= 30, literal("15_30")),
        else_=literal("over_30"))


def incident_facts(session: Session, scope: Scope) -> list[tuple[str, ...]]:
    """One line per counted incident of the period: (GBV type, location, sex, age group,
    delay, has perpetrator, relationship, perpetrator's age group), NONE when not recorded."""
    primary = _first_primary()
    query = (select(INC.c.gbv_type, INC.c.location_type, C.c.sex,
                    age_group(INC.c.survivor_age), _delay(),
                    case((primary.c.incident_id.is_not(None), "1"), else_="0"),
                    primary.c.relationship_code, primary.c.age_group)
             .select_from(INC).join(C, _case_of(INC))
             .outerjoin(primary, and_(primary.c.site == INC.c.site,
                                      primary.c.incident_id == INC.c.id))
             .where(*counted(scope, INC.c.date_of_interview >= scope.period.start,
                             INC.c.date_of_interview <= scope.period.end)))
    return [tuple(NONE if v is None else str(v) for v in row) for row in session.execute(query)]


def _count(lines: Sequence[tuple[str, ...]], *positions: int) -> dict[tuple[str, ...], int]:
    out: dict[tuple[str, ...], int] = {}
    for line in lines:
        key = tuple(line[p] for p in positions)
        out[key] = out.get(key, 0) + 1
    return out


def sea_affiliations(session: Session, scope: Scope) -> Counts:
    """SEA cases of the period by perpetrator affiliation (once per affiliation a case has)."""
    conditions = counted(scope, C.c.date_of_interview >= scope.period.start,
                         C.c.date_of_interview <= scope.period.end, C.c.sea.is_(True))
    query = (select(PERP.c.sea_affiliation,
                    func.count(func.distinct(func.concat(C.c.site, "/", C.c.id))))
             .select_from(C).join(PERP, _case_of(PERP))
             .where(PERP.c.sea_affiliation.is_not(None), *conditions)
             .group_by(PERP.c.sea_affiliation))
    counts = {k[0]: n for k, n in _grouped(session, query).items()}
    affiliated = exists().where(_case_of(PERP), PERP.c.sea_affiliation.is_not(None))
    missing = session.scalar(select(func.count()).select_from(C).where(*conditions, ~affiliated))
    if missing:
        counts[NONE] = int(missing)
    return counts


def _referrals(scope: Scope) -> Any:
    """The referrals of the period (by ``counted_on``, not drafts) of counted cases: service,
    outcome ("no_response" when sent and overdue), days to service, case."""
    outcome = case((and_(REF.c.status == "sent", REF.c.due_on < scope.cutoff),
                    literal("no_response")), else_=REF.c.status)
    # The first "service provided" of each referral, grouped once (a hash join), not looked
    # up referral by referral: status changes have no index by referral at the hub.
    provided = (select(REF_STATUS.c.site, REF_STATUS.c.referral_id,
                       func.min(REF_STATUS.c.at).label("at"))
                .where(REF_STATUS.c.to_status == "service_provided")
                .group_by(REF_STATUS.c.site, REF_STATUS.c.referral_id).subquery("provided"))
    days = cast(func.timezone("UTC", provided.c.at), Date) - REF.c.sent_on
    return (select(REF.c.service_type.label("service_type"), outcome.label("outcome"),
                   days.label("days"), REF.c.site.label("site"), REF.c.case_id.label("case_id"))
            .select_from(REF).join(C, _case_of(REF))
            .outerjoin(provided, and_(provided.c.site == REF.c.site,
                                      provided.c.referral_id == REF.c.id))
            .where(*counted(scope, REF.c.counted_on >= scope.period.start,
                            REF.c.counted_on <= scope.period.end, REF.c.status != "draft"))
            .subquery("period_referrals"))


def overdue_follow_ups(session: Session, scope: Scope) -> int:
    """Follow-ups overdue on the cutoff day (due before it, not done by it)."""
    day = scope.cutoff
    query = (select(func.count()).select_from(FOLLOW).join(C, _case_of(FOLLOW))
             .where(*counted(scope, FOLLOW.c.due_on < day,
                             or_(FOLLOW.c.done_on.is_(None), FOLLOW.c.done_on > day))))
    return int(session.scalar(query) or 0)


def figures(session: Session, scope: Scope) -> Figures:
    """Every count of the report, read from the hub's tables."""
    lines = incident_facts(session, scope)
    referrals = _referrals(scope)
    outcomes = _grouped(session, select(referrals.c.service_type, referrals.c.outcome,
                                        func.count()).group_by(referrals.c.service_type,
                                                               referrals.c.outcome))
    days = [float(v) for v in session.scalars(select(referrals.c.days)
                                              .where(referrals.c.days >= 0))]
    in_period = (GIVEN.c.given_on >= scope.period.start, GIVEN.c.given_on <= scope.period.end)
    given = _grouped(session, select(GIVEN.c.service_type, func.count()).select_from(GIVEN)
                     .join(C, _case_of(GIVEN)).where(*counted(scope, *in_period))
                     .group_by(GIVEN.c.service_type))
    in_house = (select(GIVEN.c.site, GIVEN.c.case_id).select_from(GIVEN)
                .join(C, _case_of(GIVEN)).where(*counted(scope, *in_period)))
    assisted = union(in_house, select(referrals.c.site, referrals.c.case_id)).subquery()
    with_perpetrator = [line for line in lines if line[5] == "1"]
    return Figures(
        cases=case_counts(session, scope),
        gbv_types={k[0]: n for k, n in _count(lines, 0).items()},
        survivor_sex_age={(k[0], k[1]): n for k, n in _count(lines, 2, 3).items()},
        perpetrator={(k[0], k[1]): n for k, n in _count(with_perpetrator, 6, 7).items()},
        locations={k[0]: n for k, n in _count(lines, 1).items()},
        delay={k[0]: n for k, n in _count(lines, 4).items()},
        sea_affiliations=sea_affiliations(session, scope),
        referral_outcomes={(k[0], k[1]): n for k, n in outcomes.items()},
        services_given={k[0]: n for k, n in given.items()},
        median_days_to_service=float(stats.median(days)) if days else None,
        median_sample=len(days), overdue_follow_ups=overdue_follow_ups(session, scope),
        not_consented=None,
        survivors_assisted=int(session.scalar(select(func.count()).select_from(assisted)) or 0))


def site_names(url: str) -> list[str]:
    """Every site the hub knows, by name."""
    with db.session(url) as session:
        return list(session.scalars(select(HubSite.name).order_by(HubSite.name)))


def known_sites(url: str, sites: Sequence[str] | None) -> tuple[str, ...] | None:
    """The sites asked, each once (None: every site); an unknown name is refused in one
    line."""
    from desktop.core.errors import UserError

    chosen = None if not sites else tuple(dict.fromkeys(sites))
    if chosen is not None:
        unknown = sorted(set(chosen) - set(site_names(url)))
        if unknown:
            raise UserError(translate("Hub", "No such site at the hub: {names}.")
                            .format(names=", ".join(unknown)))
    return chosen


def national_report(url: str, period: Period, *, sites: Sequence[str] | None = None,
                    lang: str | None = None, today: date | None = None) -> Report:
    """The period report over every site (``sites`` None) or the sites named; an unknown
    site name is refused in one line."""
    lang = lang or current_language()
    chosen = known_sites(url, sites)
    scope = Scope(period, chosen, today or date.today())
    label = (translate("Reports", "All sites", lang) if chosen is None
             else ", ".join(chosen))
    with db.session(url) as session:
        found = figures(session, scope)
    return assemble(found, period, site_id=None, site_label=label, lang=lang,
                    today=scope.today)
