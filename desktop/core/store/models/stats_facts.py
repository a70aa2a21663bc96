"""The period report's summaries: narrow fact tables clustered by the day each row counts on.

A month's report read each of the month's cases, incidents, survivors, perpetrators and
referrals on its own page (the keys are random UUIDs): at 1,000,000 cases the busiest month
cost 14 s of random page reads. These tables hold one short row per incident, referral and
service given in house, keyed by the day it counts on (``WITHOUT ROWID``: the rows are stored
in key order), so a month is one contiguous range of a few hundred pages whatever the size of
the database:

- ``stats_incident_facts``: per incident told to the centre (by the incident's own interview
  day), the case's site and statistics consent, GBV and location type, the survivor's sex,
  age at the incident in years and the days from the incident to the report (numbers: the age
  groups are a reference list the hub may change, so the report buckets them when it runs),
  the first primary perpetrator's relationship and age group;
- ``stats_referral_facts``: per referral, by the day it counts on (sent, or else made), its
  status, due day, type of service and days from sending to "service provided";
- ``stats_service_facts``: per service given in house, by the day given;
- ``stats_sea_facts``: per SEA case (by its interview day), each affiliation of its
  perpetrators, or "" when none has one.

Rows of every case are written for every case, consented or not (the report filters on
``stats_consent``). They are kept in step in the flush of every ORM write that touches a case,
its survivor, consents, incidents, perpetrators, referrals, their status changes or services
(:func:`_after_flush` notes the cases, :func:`_before_commit` recomputes their rows from the
source tables once per transaction, after its last flush); bulk writers
call :func:`refresh` (some cases) or :func:`rebuild` (all), as does the migration that made the
tables. The rules are SQL here, the same as the report's former queries (age as
``services/cases/survivor_age.py`` computes it, delay as the GBVIMS tables count it).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    Float,
    Integer,
    String,
    bindparam,
    event,
    text,
)
from sqlalchemy.orm import Mapped, Session, UOWTransaction, mapped_column
from sqlalchemy.orm.attributes import get_history

from desktop.core.store.models.base import Base
from desktop.core.store.models.cases import (
    STATISTICS_CONSENT,
    Case,
    Consent,
    Incident,
    Perpetrator,
    Survivor,
)
from desktop.core.store.models.referrals import Referral, ReferralStatusChange
from desktop.core.store.models.services_given import ServiceGiven


class _OfCase:
    """The case a fact row belongs to (the rows :func:`refresh` replaces), its site and whether
    its survivor consented to statistics (the report counts only those)."""

    case_id: Mapped[str] = mapped_column(String(36), index=True)
    site_id: Mapped[str | None] = mapped_column(String(36))
    stats_consent: Mapped[bool] = mapped_column(Boolean)


class IncidentFact(_OfCase, Base):
    """One incident as the period report counts it (see the module doc)."""

    __tablename__ = "stats_incident_facts"
    __table_args__ = {"sqlite_with_rowid": False}
    date_of_interview: Mapped[date] = mapped_column(Date, primary_key=True)
    incident_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    gbv_type: Mapped[str | None] = mapped_column(String(20))
    location_type: Mapped[str | None] = mapped_column(String(30))
    sex: Mapped[str | None] = mapped_column(String(10))
    age: Mapped[int | None] = mapped_column(Integer)  # years at the incident
    delay_days: Mapped[int | None] = mapped_column(Integer)  # None: no incident date
    has_perpetrator: Mapped[bool] = mapped_column(Boolean)
    relationship: Mapped[str | None] = mapped_column(String(30))
    perpetrator_age: Mapped[str | None] = mapped_column(String(10))


class ReferralFact(_OfCase, Base):
    """One referral as the period report counts it."""

    __tablename__ = "stats_referral_facts"
    __table_args__ = {"sqlite_with_rowid": False}
    counted_on: Mapped[date] = mapped_column(Date, primary_key=True)
    referral_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    status: Mapped[str] = mapped_column(String(24))
    due_on: Mapped[date | None] = mapped_column(Date)
    service_type: Mapped[str | None] = mapped_column(String(30))
    days_to_service: Mapped[float | None] = mapped_column(Float)


class ServiceFact(_OfCase, Base):
    """One service given in house, as the period report counts it."""

    __tablename__ = "stats_service_facts"
    __table_args__ = {"sqlite_with_rowid": False}
    given_on: Mapped[date] = mapped_column(Date, primary_key=True)
    service_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    service_type: Mapped[str | None] = mapped_column(String(30))


class SeaFact(Base):
    """One SEA case with one affiliation of its perpetrators ("" when none has one), by the
    case's interview day: a case with perpetrators of several affiliations has one row each."""

    __tablename__ = "stats_sea_facts"
    __table_args__ = {"sqlite_with_rowid": False}
    date_of_interview: Mapped[date] = mapped_column(Date, primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)
    affiliation: Mapped[str] = mapped_column(String(30), primary_key=True)
    site_id: Mapped[str | None] = mapped_column(String(36))
    stats_consent: Mapped[bool] = mapped_column(Boolean)


TABLES = ("stats_incident_facts", "stats_referral_facts", "stats_service_facts",
          "stats_sea_facts")
# The case's statistics consent, from its consents (as ``derived.STATS_CONSENT_SQL``: computed
# here too so that these rows never depend on the order of the flush listeners).
_CONSENTED = ("EXISTS (SELECT 1 FROM consents WHERE consents.case_id = cases.id AND "
              f"{STATISTICS_CONSENT})")
_ON = "coalesce(incidents.incident_date, cases.date_of_interview)"
_AGE = (f"CASE WHEN survivors.date_of_birth IS NOT NULL THEN "
        f"CAST(strftime('%Y', {_ON}) AS INTEGER) - "
        "CAST(strftime('%Y', survivors.date_of_birth) AS INTEGER) - "
        f"CASE WHEN strftime('%m-%d', {_ON}) < strftime('%m-%d', survivors.date_of_birth) "
        "THEN 1 ELSE 0 END ELSE survivors.estimated_age END")
# The case's date of report for the incident of the intake, a later incident's own interview.
_DELAY = ("CASE WHEN incidents.incident_date IS NULL THEN NULL ELSE "
          "julianday(coalesce(CASE WHEN incidents.date_of_interview = cases.date_of_interview "
          "THEN cases.date_of_report END, incidents.date_of_interview)) "
          "- julianday(incidents.incident_date) END")
_FIRST_PRIMARY = ("(SELECT p.id FROM perpetrators p WHERE p.incident_id = incidents.id "
                  "AND p.is_primary = 1 AND p.position IS NOT NULL "
                  "ORDER BY p.position, p.id LIMIT 1)")
INCIDENTS_SQL = f"""
INSERT INTO stats_incident_facts (date_of_interview, incident_id, case_id, site_id,
    stats_consent, gbv_type, location_type, sex, age, delay_days, has_perpetrator,
    relationship, perpetrator_age)
SELECT incidents.date_of_interview, incidents.id, cases.id, cases.site_id, {_CONSENTED},
    incidents.gbv_type, incidents.location_type, survivors.sex, {_AGE}, {_DELAY},
    primary_one.id IS NOT NULL, primary_one.relationship_code, primary_one.age_group
FROM incidents JOIN cases ON cases.id = incidents.case_id
JOIN survivors ON survivors.id = cases.survivor_id
LEFT JOIN perpetrators primary_one ON primary_one.id = {_FIRST_PRIMARY}
WHERE incidents.date_of_interview IS NOT NULL AND {{where}}
ORDER BY incidents.date_of_interview, incidents.id"""
_PROVIDED = ("(SELECT min(h.at) FROM referral_status_changes h WHERE h.referral_id = "
             "referrals.id AND h.to_status = 'service_provided')")
REFERRALS_SQL = f"""
INSERT INTO stats_referral_facts (counted_on, referral_id, case_id, site_id, stats_consent,
    status, due_on, service_type, days_to_service)
SELECT referrals.counted_on, referrals.id, cases.id, cases.site_id, {_CONSENTED},
    referrals.status, referrals.due_on, referrals.service_type,
    julianday(date({_PROVIDED})) - julianday(referrals.sent_on)
FROM referrals JOIN cases ON cases.id = referrals.case_id
WHERE referrals.counted_on IS NOT NULL AND {{where}}
ORDER BY referrals.counted_on, referrals.id"""
SERVICES_SQL = f"""
INSERT INTO stats_service_facts (given_on, service_id, case_id, site_id, stats_consent,
    service_type)
SELECT services_given.given_on, services_given.id, cases.id, cases.site_id, {_CONSENTED},
    services_given.service_type
FROM services_given JOIN cases ON cases.id = services_given.case_id
WHERE services_given.given_on IS NOT NULL AND {{where}}
ORDER BY services_given.given_on, services_given.id"""
_AFFILIATED = ("SELECT 1 FROM incidents JOIN perpetrators ON perpetrators.incident_id = "
               "incidents.id WHERE incidents.case_id = cases.id AND "
               "perpetrators.sea_affiliation IS NOT NULL")
SEA_SQL = f"""
INSERT INTO stats_sea_facts (date_of_interview, case_id, affiliation, site_id, stats_consent)
SELECT DISTINCT cases.date_of_interview, cases.id, perpetrators.sea_affiliation, cases.site_id,
    {_CONSENTED}
FROM cases JOIN incidents ON incidents.case_id = cases.id
JOIN perpetrators ON perpetrators.incident_id = incidents.id
WHERE cases.sea = 1 AND cases.date_of_interview IS NOT NULL
    AND perpetrators.sea_affiliation IS NOT NULL AND {{where}}
UNION ALL
SELECT cases.date_of_interview, cases.id, '', cases.site_id, {_CONSENTED}
FROM cases WHERE cases.sea = 1 AND cases.date_of_interview IS NOT NULL
    AND NOT EXISTS ({_AFFILIATED}) AND {{where}}"""
FILLS = (INCIDENTS_SQL, REFERRALS_SQL, SERVICES_SQL, SEA_SQL)
CHUNK = 500


def rebuild(conn: Connection) -> None:
    """Every fact row computed again from the source tables (the migration, bulk loads, the
    tests' recount)."""
    for table in TABLES:
        conn.execute(text(f"DELETE FROM {table}"))
    for sql in FILLS:
        conn.execute(text(sql.format(where="1")))


def refresh(conn: Connection, case_ids: Iterable[str], *,
            fresh: Iterable[str] = ()) -> None:
    """The fact rows of ``case_ids`` computed again (none left for a case that is gone);
    ``fresh``: cases made in this transaction, which have no rows to delete yet."""
    ids, new = sorted(set(case_ids)), set(fresh)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        old = {"ids": [i for i in chunk if i not in new]}
        for table in TABLES if old["ids"] else ():
            conn.execute(text(f"DELETE FROM {table} WHERE case_id IN :ids")
                         .bindparams(bindparam("ids", expanding=True)), old)
        for sql in FILLS:
            conn.execute(text(sql.format(where="cases.id IN :ids"))
                         .bindparams(bindparam("ids", expanding=True)), {"ids": chunk})


def _values(obj: Any, name: str) -> set[Any]:
    """The attribute's value now and, if it changed in this flush, before."""
    history = get_history(obj, name)
    return {*history.added, *history.unchanged, *history.deleted}


def touched_cases(session: Session, objects: Iterable[Any]) -> set[str]:
    """Ids of the cases whose fact rows ``objects`` (written in a flush) may change."""
    cases: set[Any] = set()
    survivors: set[Any] = set()
    incidents: set[Any] = set()
    referrals: set[Any] = set()
    parents: dict[Any, Any] = {}  # incident or referral of this flush → its case
    for obj in objects:
        if isinstance(obj, Case):
            cases |= _values(obj, "id")
        elif isinstance(obj, Incident | Consent | Referral | ServiceGiven):
            cases |= _values(obj, "case_id")
            if isinstance(obj, Incident | Referral) and obj.id is not None:
                parents[obj.id] = obj.case_id
        elif isinstance(obj, Survivor) and obj not in session.new:  # a new one: a new case
            survivors |= _values(obj, "id")
        elif isinstance(obj, Perpetrator):
            incidents |= _values(obj, "incident_id")
        elif isinstance(obj, ReferralStatusChange):
            referrals |= _values(obj, "referral_id")
    conn = session.connection()
    for sql, keys in (("SELECT id FROM cases WHERE survivor_id IN :ids", survivors),
                      ("SELECT case_id FROM incidents WHERE id IN :ids", incidents),
                      ("SELECT case_id FROM referrals WHERE id IN :ids", referrals)):
        keys.discard(None)
        known = {key for key in keys if key in parents}
        cases |= {parents[key] for key in known}
        if keys - known:
            cases |= set(conn.scalars(text(sql).bindparams(bindparam("ids", expanding=True)),
                                      {"ids": sorted(keys - known)}))
    cases.discard(None)
    return {str(case_id) for case_id in cases}


_PENDING = "stats_facts_cases"  # session.info: cases flushed since the facts were refreshed
_FRESH = "stats_facts_new_cases"  # session.info: cases inserted in this transaction
_GONE = "stats_facts_deleted_cases"  # session.info: cases deleted in this transaction


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _flush: UOWTransaction) -> None:
    """Note every case this flush wrote something of (a transaction often flushes several
    times: its rows are computed once, before it commits)."""
    ids = touched_cases(session, [*session.new, *session.dirty, *session.deleted])
    if ids:
        session.info.setdefault(_PENDING, set()).update(ids)
    fresh = session.info.setdefault(_FRESH, set())
    fresh |= {obj.id for obj in session.new if isinstance(obj, Case)}
    # A case deleted in this transaction had rows: never "fresh", even if made again.
    session.info.setdefault(_GONE, set()).update(
        obj.id for obj in session.deleted if isinstance(obj, Case))


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    """The fact rows of the noted cases, computed in the transaction about to commit (after
    its last flush)."""
    session.flush()
    ids, fresh = session.info.pop(_PENDING, None), session.info.pop(_FRESH, set())
    fresh -= session.info.pop(_GONE, set())
    if ids:
        refresh(session.connection(), ids, fresh=fresh)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    """Nothing written, nothing to compute."""
    for key in (_PENDING, _FRESH, _GONE):
        session.info.pop(key, None)
