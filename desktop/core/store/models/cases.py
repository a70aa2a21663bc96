"""Survivors, cases, incidents, perpetrators, consent, assessment, plan, notes, drafts.

Coded values are the stable codes of the reference lists in ``resources/reference``; the field
catalogue (``desktop.core.catalogue``) says which columns identify the survivor.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
    select,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.store.models.base import Base, SiteStamped

CASE_STATUSES = ("open", "closure_requested", "closed")
# A statistics consent given and not withdrawn (the condition of ``ix_consents_statistics``).
STATISTICS_CONSENT = "scope = 'statistics' AND given = 1 AND withdrawn_on IS NULL"
# A consent in force (given, not withdrawn), as the exports test it (``given IS 1``).
GIVEN_CONSENT = "given IS 1 AND withdrawn_on IS NULL"
# Indexes of the case list: access by site, by case worker, by author; sorts within a site.
CASE_LIST_INDEXES = (
    ("ix_cases_list_site", ("site_id",)),
    ("ix_cases_list_caseworker", ("caseworker_id",)),
    ("ix_cases_list_creator", ("created_by_id",)),
    ("ix_cases_list_site_interview", ("site_id", "date_of_interview")),
    ("ix_cases_list_site_opened", ("site_id", "opened_at")),
    ("ix_cases_list_site_gbv", ("site_id", "gbv_type")),
    ("ix_cases_list_site_step", ("site_id", "step")),
    ("ix_cases_list_site_status", ("site_id", "status")),
    ("ix_cases_list_site_sea", ("site_id", "sea")),
)


class Survivor(SiteStamped, Base):
    """The person assisted. ``name``, ``phone``, ``address`` and caregiver details identify her."""

    __tablename__ = "survivors"
    survivor_code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(64))
    address: Mapped[str | None] = mapped_column(String(300))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    estimated_age: Mapped[int | None] = mapped_column(Integer)
    sex: Mapped[str | None] = mapped_column(String(10))
    nationality: Mapped[str | None] = mapped_column(String(40))
    ethnicity: Mapped[str | None] = mapped_column(String(80))
    marital_status: Mapped[str | None] = mapped_column(String(20))
    dependents: Mapped[int | None] = mapped_column(Integer)
    occupation: Mapped[str | None] = mapped_column(String(120))
    displacement_status: Mapped[str | None] = mapped_column(String(20))
    disability: Mapped[str | None] = mapped_column(String(20))
    unaccompanied_child: Mapped[bool | None] = mapped_column(Boolean)
    caregiver_name: Mapped[str | None] = mapped_column(String(200))
    caregiver_phone: Mapped[str | None] = mapped_column(String(64))
    caregiver_relationship: Mapped[str | None] = mapped_column(String(40))
    caregiver_informed: Mapped[bool | None] = mapped_column(Boolean)
    caregiver_is_perpetrator: Mapped[bool | None] = mapped_column(Boolean)
    # Safe contact (safety_answers codes; the times, number and code word identify her).
    safe_to_call: Mapped[str | None] = mapped_column(String(10))
    safe_to_message: Mapped[str | None] = mapped_column(String(10))
    safe_call_times: Mapped[str | None] = mapped_column(String(200))
    safe_phone: Mapped[str | None] = mapped_column(String(64))
    safe_word: Mapped[str | None] = mapped_column(String(300))


class Case(SiteStamped, Base):
    """A case: one survivor's path through the six case management steps."""

    __tablename__ = "cases"
    __table_args__ = tuple(
        # The case list (services/cases/case_list.py): its access paths and sort keys, each
        # ending in (number_key, id) so that a page of ids is read from the index alone, in order.
        Index(name, *columns, "number_key", "id") for name, columns in CASE_LIST_INDEXES)
    case_number: Mapped[str] = mapped_column(String(32), unique=True)
    survivor_id: Mapped[str] = mapped_column(ForeignKey("survivors.id"))  # see ix_cases_survivor
    created_by_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), index=True)
    caseworker_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    step: Mapped[int] = mapped_column(Integer, default=1, index=True)
    date_of_interview: Mapped[date] = mapped_column(Date, index=True)
    date_of_report: Mapped[date | None] = mapped_column(Date)
    referred_by: Mapped[str | None] = mapped_column(String(200))  # codes joined with ","
    gbv_type: Mapped[str | None] = mapped_column(String(20), index=True)  # denormalised
    sea: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    possible_exploitation: Mapped[bool] = mapped_column(Boolean, default=False)
    safety_risk: Mapped[str | None] = mapped_column(String(10))  # latest assessment
    action_plan: Mapped[str | None] = mapped_column(Text)
    opened_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    closure_reason: Mapped[str | None] = mapped_column(String(30))
    closure_note: Mapped[str | None] = mapped_column(Text)
    closure_requested_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    closure_requested_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    closed_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # A child survivor's consent (child_consent_bands.json): her assent; when the caregiver is
    # not appropriate, why, and the best-interest note (free text).
    child_assent: Mapped[bool | None] = mapped_column(Boolean)
    caregiver_unsuitable: Mapped[str | None] = mapped_column(String(30))
    best_interest_note: Mapped[str | None] = mapped_column(Text)
    # Derived, kept in step at each flush (models/derived.py): the statistics consent is
    # given and not withdrawn; the case number's sort key (sequence padded to 12 digits).
    stats_consent: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    number_key: Mapped[str | None] = mapped_column(String(40))

    survivor: Mapped[Survivor] = relationship(lazy="joined")
    incidents: Mapped[list[Incident]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Incident.created_at")
    consents: Mapped[list[Consent]] = relationship(
        back_populates="case", cascade="all, delete-orphan")
    needs: Mapped[list[AssessmentNeed]] = relationship(
        back_populates="case", cascade="all, delete-orphan")
    steps: Mapped[list[CaseStep]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseStep.step")
    consent_approval: Mapped[ConsentApproval | None] = relationship(
        back_populates="case", cascade="all, delete-orphan", uselist=False)


# Covering index for the period report's case counts (opened, active, closed).
Index("ix_cases_interview_closed", Case.date_of_interview, Case.closed_at)
# The period report's case counts on counted cases, from an index alone (stats_queries.py).
Index("ix_cases_stats_interview", Case.stats_consent, Case.date_of_interview, Case.closed_at,
      Case.site_id)
Index("ix_cases_stats_closed", Case.stats_consent, Case.closed_at, Case.date_of_interview,
      Case.site_id)
# A case joined from a follow-up or a referral: its consent and site from the index alone.
Index("ix_cases_counted_by_id", Case.id, Case.stats_consent, Case.site_id)
# The cases of survivors found by name or code, with their site and sort key, from the index
# alone (a name shared by thousands is then thousands of index reads, not of rows).
Index("ix_cases_survivor", Case.survivor_id, Case.site_id, Case.number_key, Case.id)


class CaseStep(SiteStamped, Base):
    """When a case entered one of the six steps."""

    __tablename__ = "case_steps"
    index_site = index_changes = False  # read only through their case (see Stamped)
    __table_args__ = (UniqueConstraint("case_id", "step"),)
    # no index of its own: the unique (case_id, …) constraint's index serves it
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    step: Mapped[int] = mapped_column(Integer)
    started_on: Mapped[date] = mapped_column(Date)
    by_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    case: Mapped[Case] = relationship(back_populates="steps")


class Incident(SiteStamped, Base):
    """An incident of the case: the one reported at intake, then each new one she reports
    (``account`` identifies the survivor)."""

    __tablename__ = "incidents"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    incident_date: Mapped[date | None] = mapped_column(Date, index=True)
    # ``date_precision``: exact / estimated / unknown (then no date); the day this incident was
    # told to the centre (the case's interview for the first one; statistics count it then).
    date_precision: Mapped[str | None] = mapped_column(String(10))
    date_of_interview: Mapped[date | None] = mapped_column(Date, index=True)
    reported_by: Mapped[str | None] = mapped_column(String(20))  # survivor / third_party
    time_of_day: Mapped[str | None] = mapped_column(String(20))
    location_type: Mapped[str | None] = mapped_column(String(30))
    region: Mapped[str | None] = mapped_column(String(40))
    cercle: Mapped[str | None] = mapped_column(String(60))
    commune: Mapped[str | None] = mapped_column(String(120))
    displacement_at_incident: Mapped[str | None] = mapped_column(String(20))
    account: Mapped[str | None] = mapped_column(Text)
    gbv_type: Mapped[str | None] = mapped_column(String(20), index=True)
    classification_answers: Mapped[str | None] = mapped_column(String(200))  # JSON
    harmful_practice: Mapped[str | None] = mapped_column(String(20))
    goods_exchanged: Mapped[bool | None] = mapped_column(Boolean)
    abduction: Mapped[str | None] = mapped_column(String(30))
    reported_elsewhere: Mapped[str | None] = mapped_column(String(20))
    reported_where: Mapped[str | None] = mapped_column(String(200))
    previous_incidents: Mapped[bool | None] = mapped_column(Boolean)
    wants_legal_action: Mapped[str | None] = mapped_column(String(20))  # legal_action code
    # Mandatory reporting: made? to whom (mandatory_report_recipients), when, was she told first.
    mandatory_report_made: Mapped[bool | None] = mapped_column(Boolean)
    mandatory_report_to: Mapped[str | None] = mapped_column(String(30))
    mandatory_report_on: Mapped[date | None] = mapped_column(Date)
    mandatory_report_informed: Mapped[bool | None] = mapped_column(Boolean)
    sea_reported_to_un_on: Mapped[date | None] = mapped_column(Date)
    sea_paternity_claim: Mapped[bool | None] = mapped_column(Boolean)

    case: Mapped[Case] = relationship(back_populates="incidents")
    perpetrators: Mapped[list[Perpetrator]] = relationship(
        back_populates="incident", cascade="all, delete-orphan",
        order_by="Perpetrator.position")


@event.listens_for(Incident, "before_insert")
def _told_with_the_case(_mapper: Any, connection: Any, target: Incident) -> None:
    """An incident recorded without its own interview day was told with the case (the
    intake's): statistics count every incident by that day."""
    if target.date_of_interview is None:
        target.date_of_interview = (
            target.case.date_of_interview if target.case is not None else connection.scalar(
                select(Case.date_of_interview).where(Case.id == target.case_id)))


class Perpetrator(SiteStamped, Base):
    """An alleged perpetrator (``name`` is identifying)."""

    __tablename__ = "perpetrators"
    index_site = index_changes = False  # read only through their case (see Stamped)
    incident_id: Mapped[str] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=True)
    sex: Mapped[str | None] = mapped_column(String(10))
    age_group: Mapped[str | None] = mapped_column(String(10))
    relationship_code: Mapped[str | None] = mapped_column(String(30))
    occupation: Mapped[str | None] = mapped_column(String(120))
    occupation_code: Mapped[str | None] = mapped_column(String(30))  # perpetrator_occupations
    nationality: Mapped[str | None] = mapped_column(String(40))
    name: Mapped[str | None] = mapped_column(String(200))
    previous_incident_with: Mapped[bool | None] = mapped_column(Boolean)
    sea_affiliation: Mapped[str | None] = mapped_column(String(30))
    sea_entity: Mapped[str | None] = mapped_column(String(200))
    incident: Mapped[Incident] = relationship(back_populates="perpetrators")


class Consent(SiteStamped, Base):
    """One consent: ``scope`` is ``services``, ``statistics``, ``release:<service type>`` or
    ``un_sharing`` (inform the UN entity / SEA focal point / Victims' Rights Advocate).

    ``given_by``: ``survivor``, ``caregiver``, or for a child whose caregiver is not appropriate
    ``trusted_adult`` / ``caseworker`` (then valid once a supervisor approved it on the case).
    """

    __tablename__ = "consents"
    index_site = index_changes = False  # read only through their case (see Stamped)
    __table_args__ = (
        UniqueConstraint("case_id", "scope"),
        # Cases counted in statistics (a small partial index: the period report reads it whole).
        Index("ix_consents_statistics", "case_id", sqlite_where=text(STATISTICS_CONSENT),
              postgresql_where=text(STATISTICS_CONSENT)),
        # The consents in force of each case, read from the index alone: a row export reads
        # them for every case it lists (index 24 MB at 100,000 cases; the table 400 MB).
        Index("ix_consents_given", "case_id", "scope", sqlite_where=text(GIVEN_CONSENT)),
    )
    # no index of its own: the unique (case_id, …) constraint's index serves it
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    scope: Mapped[str] = mapped_column(String(40))
    given: Mapped[bool] = mapped_column(Boolean, default=False)
    given_by: Mapped[str] = mapped_column(String(20), default="survivor")
    given_on: Mapped[date | None] = mapped_column(Date)
    recorded_by_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    case: Mapped[Case] = relationship(back_populates="consents")
    changes: Mapped[list[ConsentChange]] = relationship(
        back_populates="consent", cascade="all, delete-orphan",
        order_by="ConsentChange.position")


class ConsentChange(SiteStamped, Base):
    """One step in a consent's history, never rewritten: ``change`` is ``given``,
    ``not_given`` (recorded as not given), ``withdrawn``, ``given_again``, ``giver_changed`` or
    ``date_changed``; ``on`` the day it took effect; ``given_by`` who gave (or withdrew) it then;
    ``recorded_by_id`` who recorded it and ``recorded_at`` when."""

    __tablename__ = "consent_changes"
    __table_args__ = (UniqueConstraint("consent_id", "position"),)  # also its consent's index
    index_site = index_changes = False  # read only through its consent (see Stamped)
    consent_id: Mapped[str] = mapped_column(ForeignKey("consents.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    change: Mapped[str] = mapped_column(String(20))
    on: Mapped[date | None] = mapped_column(Date)
    given_by: Mapped[str] = mapped_column(String(20))
    recorded_by_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    consent: Mapped[Consent] = relationship(back_populates="changes")


class ConsentApproval(SiteStamped, Base):
    """A supervisor's approval of a consent given for a child by another trusted adult or the
    case worker (the caregiver not being appropriate); removed when that consent changes."""

    __tablename__ = "consent_approvals"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                         unique=True)
    approved_by_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    approved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    case: Mapped[Case] = relationship(back_populates="consent_approval")


class AssessmentNeed(SiteStamped, Base):
    """A need found at assessment (medical, psychosocial, legal, …) with a short note."""

    __tablename__ = "assessment_needs"
    index_site = index_changes = False  # read only through their case (see Stamped)
    __table_args__ = (UniqueConstraint("case_id", "need"),)
    # no index of its own: the unique (case_id, …) constraint's index serves it
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    need: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    case: Mapped[Case] = relationship(back_populates="needs")


class CaseNote(SiteStamped, Base):
    """A dated note in the case file (free text: treated as identifying)."""

    __tablename__ = "case_notes"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    text: Mapped[str] = mapped_column(Text)


class Draft(SiteStamped, Base):
    """Unsaved form input kept so that no typing is lost (crash, lock, close)."""

    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("staff_id", "kind", "ref"),)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    ref: Mapped[str] = mapped_column(String(36), default="")  # case id or "" for a new intake
    data: Mapped[str] = mapped_column(Text)  # JSON
