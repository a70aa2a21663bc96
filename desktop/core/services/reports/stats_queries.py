"""The SQL behind the period report: one GROUP BY per table, over consented cases only.

Counted cases are those whose survivor gave the ``statistics`` consent and did not withdraw it
(``cases.stats_consent``, kept in step with the consents at each write, see
``store/models/derived.py``), optionally of one site. Cases "of the period" are those whose
interview date falls in it; incidents of the period those told to the centre in it (each
incident's own interview: the GBVIMS convention, incidents reported in the month, a returning
survivor's new incident counted in its own month). The incident, referral, service and SEA
tables read the period's range of the fact tables (``store/models/stats_facts.py``, kept in
step at each write, :func:`fact_conditions`); the case counts read ranges of
``ix_cases_stats_interview`` and ``ix_cases_stats_closed``, the overdue follow-ups two ranges of
``ix_follow_ups_done_due``; "active at the end" also reads the cases still open (the caseload),
from the index alone. :func:`counted_cases` (site and consent of a case joined
from another table) serves the follow-up count.
Age and day arithmetic use SQLite's date functions (``strftime``/``julianday``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    func,
    select,
    text,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from desktop.core.services.referrals.followups import overdue_on
from desktop.core.services.reports.report_period import Period
from desktop.core.store.models import (
    Case,
    FollowUp,
    Incident,
    Perpetrator,
    SeaFact,
    ServiceFact,
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


# A report reads the same pages in several queries, and a supervisor often runs several
# reports: a larger page cache on the connection that runs them spares SQLCipher most page
# decryptions (negative: KiB). It stays on that pooled connection (lowering it again frees
# little memory and makes every later report start cold): at most 192 MiB.
REPORT_CACHE_KIB = -196608


def prepare(session: Session) -> None:
    """Ready the session for a report or export: a larger page cache on its connection.

    (Consent is a column of the case, ``stats_consent``: nothing is gathered per report.)"""
    current = int(session.execute(text("PRAGMA cache_size")).scalar() or 0)
    if current > REPORT_CACHE_KIB:  # negative values are KiB: a smaller cache than wanted
        session.execute(text(f"PRAGMA cache_size = {REPORT_CACHE_KIB}"))


def release(session: Session) -> None:
    """Undo :func:`prepare` (nothing to drop: the cache stays, see ``REPORT_CACHE_KIB``)."""


def first_primary(alias: Any) -> ColumnElement[bool]:
    """Join condition: ``alias`` (an aliased ``Perpetrator``) is the incident's first primary
    perpetrator, the one the GBVIMS tables and exports describe."""
    other = aliased(Perpetrator)
    first = (select(func.min(other.position))
             .where(other.incident_id == Incident.id, other.is_primary.is_(True))
             .scalar_subquery())
    return and_(alias.incident_id == Incident.id, alias.is_primary.is_(True),
                alias.position == first)


def consented() -> ColumnElement[bool]:
    """The case's survivor consented to statistics and did not withdraw it."""
    return Case.stats_consent == True  # noqa: E712 (SQL: served by the stats indexes)


def _consented_joined() -> ColumnElement[bool]:
    """``consented`` for a case joined from another table (a follow-up, a referral): written so
    that no index serves it, so that the query reads the other table's rows of the period and
    looks each case up (``ix_cases_counted_by_id``), never every consented case."""
    return func.coalesce(Case.stats_consent, False) == True  # noqa: E712


def counted_cases(scope: Scope, *cheap: ColumnElement[bool],
                  joined: bool = False) -> list[ColumnElement[bool]]:
    """Conditions on ``Case`` common to every table (site and consent) after ``cheap`` ones;
    ``joined``: the cases are joined from the table the ``cheap`` conditions select.

    SQLite tests the terms of a WHERE in order: the consent check comes last so that it runs
    only for rows the cheap column comparisons kept."""
    conditions = list(cheap)
    if scope.site_id is not None:
        site = Case.site_id == scope.site_id
        conditions.append(func.coalesce(Case.site_id, "") == scope.site_id if joined else site)
    return [*conditions, _consented_joined() if joined else consented()]


def fact_conditions(fact: Any, day: InstrumentedAttribute, scope: Scope,
                    *more: ColumnElement[bool]) -> list[ColumnElement[bool]]:
    """Rows of a fact table (``store/models/stats_facts.py``) of the period by ``day`` (its
    key's first column: one contiguous range), of counted cases (consent last: tested only on
    the rows of the range), of the scope's site."""
    conditions = [day >= scope.period.start, day <= scope.period.end, *more]
    if scope.site_id is not None:
        conditions.append(fact.site_id == scope.site_id)
    return [*conditions, fact.stats_consent == True]  # noqa: E712


def services_given(session: Session, scope: Scope) -> Counts:
    """Services the centre gave in house in the period (by the day given), by type."""
    query = (select(ServiceFact.service_type, func.count())
             .where(*fact_conditions(ServiceFact, ServiceFact.given_on, scope))
             .group_by(ServiceFact.service_type))
    return {str(k): int(n) for k, n in session.execute(query)}


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def case_counts(session: Session, scope: Scope) -> Counts:
    """Cases opened in the period, active at its end, and closed during it.

    Each count is a range of ``ix_cases_stats_interview`` or ``ix_cases_stats_closed`` read
    alone (site included): the period's cases, its closures, the closures after it and the
    cases still open."""
    period = scope.period
    end = _start(period.end_exclusive)
    site = [] if scope.site_id is None else [Case.site_id == scope.site_id]

    def count(*conditions: ColumnElement[bool]) -> int:
        query = select(func.count()).select_from(Case).where(consented(), *conditions, *site)
        return int(session.scalar(query) or 0)

    return {
        "opened": count(Case.date_of_interview >= period.start,
                        Case.date_of_interview <= period.end),
        # Closed after the end: the few closures since, from ``ix_cases_stats_closed`` (the
        # interview day through date() so that the planner never reads instead every case
        # interviewed up to the end from ``ix_cases_stats_interview``: 0.46 s at 1M cases).
        "active": count(Case.closed_at.is_(None), Case.date_of_interview <= period.end)
        + count(Case.closed_at >= end, func.date(Case.date_of_interview) <= period.end),
        "closed": count(Case.closed_at >= _start(period.start), Case.closed_at < end),
    }


def sea_affiliations(session: Session, scope: Scope) -> Counts:
    """SEA cases of the period by perpetrator affiliation (a case counts once per affiliation;
    one whose perpetrators have none under "not recorded"), from ``stats_sea_facts``."""
    query = (select(SeaFact.affiliation, func.count())
             .where(*fact_conditions(SeaFact, SeaFact.date_of_interview, scope))
             .group_by(SeaFact.affiliation))
    return {(str(k) or NONE): int(n) for k, n in session.execute(query)}


def overdue_follow_ups(session: Session, scope: Scope) -> int:
    """Follow-ups overdue on the cutoff day, by the Follow-ups page's own rule
    (:func:`followups.overdue_on`).

    Counted in two ranges of ``ix_follow_ups_done_due``, the follow-ups still open and those
    done after the cutoff, instead of reading the whole history."""
    day = scope.cutoff
    total = 0
    for part in (FollowUp.done_on.is_(None), FollowUp.done_on > day):
        query = (select(func.count()).select_from(FollowUp)
                 .join(Case, FollowUp.case_id == Case.id)
                 .where(*counted_cases(scope, part, overdue_on(day), joined=True)))
        total += int(session.scalar(query) or 0)
    return total


def not_consented(session: Session, scope: Scope) -> int:
    """Cases of the period left out because there is no (or a withdrawn) statistics consent."""
    conditions: list[ColumnElement[bool]] = [
        Case.date_of_interview >= scope.period.start, Case.date_of_interview <= scope.period.end]
    if scope.site_id is not None:
        conditions.append(Case.site_id == scope.site_id)
    conditions.append(Case.stats_consent == False)  # noqa: E712
    return int(session.scalar(select(func.count()).select_from(Case).where(*conditions)) or 0)
