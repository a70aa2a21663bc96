"""The queries behind row-level exports: one streamed SELECT per export, rows as plain dicts.

Only the columns an export needs are selected: a de-identified export never reads an
identifying column from the database at all.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from desktop.core.catalogue.fields import UN_SHARING
from desktop.core.exports import case_rows
from desktop.core.exports.case_rows import Column
from desktop.core.services.cases import survivor_age
from desktop.core.services.consent.consent_rules import SUBSTITUTES
from desktop.core.services.reports.stats_queries import consented, first_primary
from desktop.core.store.models import (
    AssessmentNeed,
    Case,
    Consent,
    ConsentApproval,
    Incident,
    Perpetrator,
    Referral,
    ServiceGiven,
    ServiceProvider,
    Site,
    Staff,
    Survivor,
)

Primary = aliased(Perpetrator, name="primary_perpetrator")
_TABLES: dict[str, Any] = {"cases": Case, "survivors": Survivor, "incidents": Incident,
                           "perpetrators": Primary}
_SEP = "\x1f"


@dataclass(frozen=True)
class RowScope:
    """Cases interviewed from ``start`` to ``end``; one site or all; consented ones only?"""

    start: date
    end: date
    site_id: str | None = None
    consented_only: bool = True
    sea_only: bool = False


def _conditions(scope: RowScope) -> list[ColumnElement[bool]]:
    out = [Case.date_of_interview >= scope.start, Case.date_of_interview <= scope.end]
    if scope.site_id is not None:
        out.append(Case.site_id == scope.site_id)
    if scope.consented_only:
        out.append(consented())
    if scope.sea_only:
        out.append(Case.sea.is_(True))
    return out


def row_conditions(scope: RowScope) -> list[ColumnElement[bool]]:
    """``_conditions`` for one row per incident: each incident told in the period (its own
    interview; a case without incident by the case's)."""
    told = func.coalesce(Incident.date_of_interview, Case.date_of_interview)
    return [told >= scope.start, told <= scope.end, *_conditions(scope)[2:]]


def export_tables(query: Select) -> Select:
    """``query`` from the cases with their survivor, incidents (one row each), first primary
    perpetrator, case worker and site."""
    return (query.select_from(Case).join(Survivor, Case.survivor_id == Survivor.id)
            .outerjoin(Incident, Incident.case_id == Case.id)
            .outerjoin(Primary, first_primary(Primary))
            .join(Staff, Case.caseworker_id == Staff.id)
            .outerjoin(Site, Case.site_id == Site.id))


def count(session: Session, scope: RowScope) -> int:
    """How many rows (incidents, or cases without one) the export will have."""
    query = export_tables(select(func.count())).where(*row_conditions(scope))
    return int(session.scalar(query) or 0)


def case_count(session: Session, scope: RowScope) -> int:
    """How many rows the case export will have, for its progress: the cases and their
    incidents alone (each case has its survivor and case worker; the first primary
    perpetrator and the site add no row), without the joins :func:`count` makes."""
    query = (select(func.count()).select_from(Case)
             .outerjoin(Incident, Incident.case_id == Case.id).where(*row_conditions(scope)))
    return int(session.scalar(query) or 0)


def _concat(column: Any, *where: ColumnElement[bool], model: Any) -> ColumnElement:
    return (select(func.group_concat(column, _SEP)).select_from(model).where(*where)
            .scalar_subquery())


def _needs() -> ColumnElement:
    return _concat(AssessmentNeed.need, AssessmentNeed.case_id == Case.id, model=AssessmentNeed)


def _consents() -> ColumnElement:
    return _concat(Consent.scope, Consent.case_id == Case.id, Consent.given.is_(True),
                   Consent.withdrawn_on.is_(None), model=Consent)


def _referrals() -> ColumnElement:
    """``type:status`` of each referral made (the Recorder tells a referral under way, an
    overdue one too, from one declined or refused: ``incident_recorder.service_value``)."""
    return _concat(Referral.service_type + literal(":") + Referral.status,
                   Referral.case_id == Case.id, Referral.status != "draft", model=Referral)


LISTED = ("_consents", "_needs", "_need_notes")  # per case, read for each batch of cases


def case_expressions(cols: Sequence[Column]) -> dict[str, Any]:
    """SQL for each exported column (identifying columns only if they were asked for); the
    case's consents and needs (``LISTED``) are keys without SQL: ``export_batches`` reads them
    for a batch of cases at a time."""
    out: dict[str, Any] = {}
    for c in cols:
        if c.key == case_rows.AGE:
            out[c.key] = survivor_age.age_at_incident()
        elif c.key == case_rows.AGE_GROUP:
            out[c.key] = survivor_age.age_group(survivor_age.age_at_incident())
        elif c.key == "registration.caseworker":
            out[c.key] = Staff.code
        elif c.key == "registration.site":
            out[c.key] = Site.code
        elif c.table in _TABLES and c.column:
            out[c.key] = getattr(_TABLES[c.table], c.column)
    lists = {listed_key(c) for c in cols}
    out.update((key, None) for key in LISTED if key in lists)
    return out


def listed_key(column: Column) -> str | None:
    """Which per-case list gives ``column`` its value (None: a column of the row itself)."""
    if column.table == "consents":
        return "_consents"
    if column.table == "assessment_needs":
        return "_need_notes" if "." in (column.column or "") else "_needs"
    return None


def split(value: str | list[str] | None) -> list[str]:
    """A ``group_concat`` (or comma-joined codes) back into a list (a list: as it is)."""
    if not value:
        return []
    if isinstance(value, list):
        return value
    sep = _SEP if _SEP in value else ","
    return [v for v in value.split(sep) if v]


def expand_case_record(record: dict[str, Any], cols: Sequence[Column]) -> dict[str, Any]:
    """Fill the consent and need columns and split multi-choice codes."""
    given = set(split(record.pop("_consents", None)))
    needs = set(split(record.pop("_needs", None)))
    notes = dict(n.split("=", 1) for n in split(record.pop("_need_notes", None)) if "=" in n)
    for c in cols:
        if c.table == "consents" and c.column:
            record[c.key] = c.column in given
        elif c.table == "assessment_needs" and c.column:
            need, _, part = c.column.partition(".")
            record[c.key] = notes.get(need) if part else need in needs
        elif c.kind == "multichoice":
            record[c.key] = split(record.get(c.key))
    return record


def _incident_number() -> ColumnElement:
    """The incident's rank in its case, oldest first (1 for the intake's)."""
    earlier = aliased(Incident)
    return (select(func.count()).select_from(earlier)
            .where(earlier.case_id == Incident.case_id, earlier.created_at <= Incident.created_at)
            .scalar_subquery())


def ir_expressions() -> dict[str, Any]:
    """What the Incident Recorder needs: no identifying column (the age at the incident, not
    the date of birth) and no free text."""
    primaries = (select(func.count()).select_from(Perpetrator)
                 .where(Perpetrator.incident_id == Incident.id, Perpetrator.is_primary.is_(True))
                 .scalar_subquery())
    return {
        "case_number": Case.case_number, "incident_key": Incident.id,
        "incident_number": _incident_number(),
        "survivor_code": Survivor.survivor_code, "caseworker_code": Staff.code,
        "agency_code": Site.code, "date_of_interview": Case.date_of_interview,
        "incident_date": Incident.incident_date,
        "survivor_age": survivor_age.age_at_incident(),
        "sex": Survivor.sex, "ethnicity": Survivor.ethnicity,
        "nationality": Survivor.nationality, "marital_status": Survivor.marital_status,
        "displacement_status": Survivor.displacement_status,
        "disability": Survivor.disability, "unaccompanied_child": Survivor.unaccompanied_child,
        "displacement_at_incident": Incident.displacement_at_incident,
        "time_of_day": Incident.time_of_day, "location_type": Incident.location_type,
        "region": Incident.region, "cercle": Incident.cercle,
        "gbv_type": Incident.gbv_type, "harmful_practice": Incident.harmful_practice,
        "goods_exchanged": Incident.goods_exchanged, "abduction": Incident.abduction,
        "reported_elsewhere": Incident.reported_elsewhere,
        "previous_incidents": Incident.previous_incidents, "primary_count": primaries,
        "p_sex": Primary.sex, "p_previous": Primary.previous_incident_with,
        "p_age_group": Primary.age_group, "p_relationship": Primary.relationship_code,
        "p_occupation": Primary.occupation_code,
        "wants_legal_action": Incident.wants_legal_action, "referred_by": Case.referred_by,
        "needs": _needs(), "consents": _consents(), "referrals": _referrals(),
        "in_house": _concat(ServiceGiven.service_type, ServiceGiven.incident_id == Incident.id,
                            model=ServiceGiven),
    }


def expand_ir_record(record: dict[str, Any], seen: dict[str, int]) -> dict[str, Any]:
    """Split the concatenated lists; number a case's second and later incidents (by their
    rank in the case, so that an incident keeps its id whatever period is exported)."""
    record["referred_by"] = split(record.get("referred_by"))
    record["needs"] = split(record.get("needs"))
    record["releases"] = {s.split(":", 1)[1] for s in split(record.pop("consents", None))
                          if s.startswith("release:")}
    record["referrals"] = [tuple(r.split(":", 1)) for r in split(record.get("referrals"))]
    record["in_house"] = set(split(record.get("in_house")))
    number = record["case_number"]
    seen[number] = seen.get(number, 0) + 1
    rank = int(record.pop("incident_number", None) or seen[number])
    record["incident_id"] = number if rank <= 1 else f"{number}-{rank}"
    return record


def un_shared() -> ColumnElement[bool]:
    """The survivor consented to inform the UN entity / SEA focal point / Victims' Rights
    Advocate (given, not withdrawn) — and no consent given by a substitute for her caregiver
    still waits for a supervisor's approval."""
    given = (select(literal(1)).select_from(Consent)
             .where(Consent.case_id == Case.id, Consent.scope == UN_SHARING,
                    Consent.given.is_(True), Consent.withdrawn_on.is_(None)).exists())
    substitute = (select(literal(1)).select_from(Consent)
                  .where(Consent.case_id == Case.id, Consent.given.is_(True),
                         Consent.withdrawn_on.is_(None), Consent.given_by.in_(SUBSTITUTES))
                  .exists())
    approved = (select(literal(1)).select_from(ConsentApproval)
                .where(ConsentApproval.case_id == Case.id).exists())
    return and_(given, or_(~substitute, approved))


def counted_victims(session: Session, scope: RowScope) -> Iterator[tuple[str | None, list[str]]]:
    """SEA victims counted without being listed (statistics consent, no consent to inform the
    UN): the first perpetrator affiliation and the service types she was referred to or given
    in house."""
    affiliation = (select(Perpetrator.sea_affiliation)
                   .join(Incident, Perpetrator.incident_id == Incident.id)
                   .where(Incident.case_id == Case.id, Perpetrator.sea_affiliation.is_not(None))
                   .order_by(Incident.created_at, Perpetrator.position).limit(1)
                   .scalar_subquery())
    services = _concat(Referral.service_type, Referral.case_id == Case.id,
                       Referral.status != "draft", model=Referral)
    in_house = _concat(ServiceGiven.service_type, ServiceGiven.case_id == Case.id,
                       model=ServiceGiven)
    query = (select(affiliation, services, in_house).select_from(Case)
             .where(*_conditions(scope), consented(), ~un_shared()))
    for code, types, given in session.execute(query):
        yield code, sorted(set(split(types)) | set(split(given)))


def _sea_incident(incident: Any) -> ColumnElement[bool]:
    """``incident`` is the case's SEA incident: the first with an affiliated perpetrator, else
    its first incident (one row per assistance, however many incidents)."""
    inc, other, person = aliased(Incident), aliased(Incident), aliased(Perpetrator)
    affiliated = (select(inc.id).join(person, person.incident_id == inc.id)
                  .where(inc.case_id == Case.id, person.sea_affiliation.is_not(None))
                  .order_by(inc.created_at, person.position).limit(1).scalar_subquery())
    first = (select(other.id).where(other.case_id == Case.id).order_by(other.created_at)
             .limit(1).scalar_subquery())
    return incident.id == func.coalesce(affiliated, first)


def victim_assistance(session: Session, scope: RowScope) -> Iterator[dict[str, Any]]:
    """SEA cases whose survivor consented to inform the UN (:func:`un_shared`), with each
    assistance — each referral, then each service the centre gave in house (provider: the
    site; ``given_on``) — the first affiliated perpetrator and the provider."""
    perp = aliased(Perpetrator, name="sea_perpetrator")
    incident = aliased(Incident, name="sea_incident")
    first = aliased(Perpetrator)
    position = (select(func.min(first.position))
                .where(first.incident_id == incident.id, first.sea_affiliation.is_not(None))
                .scalar_subquery())
    yield from _referral_assistance(session, scope, incident, perp, position)
    yield from _in_house_assistance(session, scope, incident, perp, position)


def _referral_assistance(session: Session, scope: RowScope, incident: Any, perp: Any,
                         position: Any) -> Iterator[dict[str, Any]]:
    query = (select(Survivor.survivor_code, Case.case_number, perp.sea_affiliation,
                    perp.sea_entity, incident.sea_paternity_claim,
                    incident.sea_reported_to_un_on, ServiceProvider.name,
                    Referral.service_type, Referral.sent_on, Referral.due_on,
                    Referral.feedback_received_on, Referral.status)
             .select_from(Case).join(Survivor, Case.survivor_id == Survivor.id)
             .outerjoin(incident, and_(incident.case_id == Case.id, _sea_incident(incident)))
             .outerjoin(perp, and_(perp.incident_id == incident.id, perp.position == position,
                                   perp.sea_affiliation.is_not(None)))
             .outerjoin(Referral, and_(Referral.case_id == Case.id, Referral.status != "draft"))
             .outerjoin(ServiceProvider, Referral.provider_id == ServiceProvider.id)
             .where(*_conditions(scope), un_shared(),
                    or_(Referral.id.is_not(None), ~exists().where(
                        ServiceGiven.case_id == Case.id)))
             .order_by(Case.date_of_interview, Case.case_number, Referral.sent_on))
    keys = ("victim_code", "case_number", "affiliation", "entity", "paternity_claim",
            "reported_to_un_on", "provider", "service_type", "referred_on", "due_on",
            "feedback_on", "status")
    for values in session.execute(query):
        yield dict(zip(keys, values, strict=True))


def _in_house_assistance(session: Session, scope: RowScope, incident: Any, perp: Any,
                         position: Any) -> Iterator[dict[str, Any]]:
    query = (select(Survivor.survivor_code, Case.case_number, perp.sea_affiliation,
                    perp.sea_entity, incident.sea_paternity_claim,
                    incident.sea_reported_to_un_on, Site.name, ServiceGiven.service_type,
                    ServiceGiven.given_on)
             .select_from(ServiceGiven).join(Case, ServiceGiven.case_id == Case.id)
             .join(Survivor, Case.survivor_id == Survivor.id)
             .outerjoin(Site, Case.site_id == Site.id)
             .outerjoin(incident, and_(incident.case_id == Case.id, _sea_incident(incident)))
             .outerjoin(perp, and_(perp.incident_id == incident.id, perp.position == position,
                                   perp.sea_affiliation.is_not(None)))
             .where(*_conditions(scope), un_shared())
             .order_by(Case.date_of_interview, Case.case_number, ServiceGiven.given_on))
    keys = ("victim_code", "case_number", "affiliation", "entity", "paternity_claim",
            "reported_to_un_on", "provider", "service_type", "given_on")
    for values in session.execute(query):
        yield dict(zip(keys, values, strict=True), status="service_provided")

