"""The SEA victim's file (``sea_files`` and its lists) for the victim-assistance export.

Feature package: ``reports`` (with ``export_rows``). Only the incidents of SEA cases whose
survivor consented to inform the UN entity / SEA focal point / Victims' Rights Advocate
(:func:`export_rows.un_shared`) are read: without that consent nothing of her file is even
selected. An SEA incident whose file was never edited still has its record (the intake's date
reported to the UN and paternity claim; the other fields empty).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desktop.core.services.casework.sea_file import computed_age, from_perpetrator
from desktop.core.services.reports import export_rows
from desktop.core.services.reports.export_rows import RowScope
from desktop.core.services.reports.stats_queries import consented
from desktop.core.store.models import (
    Case,
    Incident,
    SeaChild,
    SeaFile,
    ServiceProvider,
    Staff,
    Survivor,
)

NOT_RECORDED = "not_recorded"

FILE_COLUMNS = ("allegation_ref", "entity", "mission", "personnel_category", "sea_kind",
                "perpetrator_nationality", "investigation_status", "investigation_status_on")


def _names(session: Session) -> tuple[dict[str, str], dict[str, str]]:
    providers = dict(session.execute(select(ServiceProvider.id, ServiceProvider.name)).all())
    staff = {i: (f or u) for i, f, u in session.execute(
        select(Staff.id, Staff.full_name, Staff.username))}
    return providers, staff


def victim_files(session: Session, scope: RowScope) -> Iterator[dict[str, Any]]:
    """One record per incident of a consented SEA case in ``scope``, in interview order: the
    file's fields, her age at the incident, and its ``children``, ``claims``, ``informed``
    and ``assistance`` as lists of dicts."""
    query = (select(Incident, SeaFile, Survivor.survivor_code, Survivor.date_of_birth,
                    Case.case_number)
             .select_from(Case).join(Survivor, Case.survivor_id == Survivor.id)
             .join(Incident, Incident.case_id == Case.id)
             .outerjoin(SeaFile, SeaFile.incident_id == Incident.id)
             .where(*export_rows._conditions(scope), Case.sea.is_(True),
                    export_rows.un_shared())
             .order_by(Case.date_of_interview, Case.case_number, Incident.created_at)
             .options(selectinload(Incident.perpetrators), selectinload(SeaFile.children),
                      selectinload(SeaFile.claims), selectinload(SeaFile.informed),
                      selectinload(SeaFile.assistance)))
    providers, staff = _names(session)
    for incident, sea, code, born, number in session.execute(query):
        yield _record(incident, sea, code, born, number, providers, staff)


def _record(incident: Incident, sea: SeaFile | None, code: str, born: Any, number: str,
            providers: dict[str, str], staff: dict[str, str]) -> dict[str, Any]:
    record: dict[str, Any] = {key: getattr(sea, key) if sea else None for key in FILE_COLUMNS}
    if sea is None:  # never saved: what the intake says (as the SEA tab shows it)
        record.update(from_perpetrator(incident))
    computed = computed_age(born, incident.incident_date)
    record.update(
        victim_code=code, case_number=number, reported_to_un_on=incident.sea_reported_to_un_on,
        paternity_claim=incident.sea_paternity_claim,
        age=computed if computed is not None else (sea.victim_age if sea else None),
        age_computed=computed is not None)
    if sea is None:
        record.update(children=[], claims=[], informed=[], assistance=[])
        return record
    numbers = {c.id: c.position for c in sea.children}
    record["children"] = [{"number": c.position, "date_of_birth": c.date_of_birth,
                           "sex": c.sex} for c in sea.children]
    record["claims"] = [{
        "number": c.position, "child": numbers.get(c.child_id or ""), "filed_on": c.filed_on,
        "dna_sample_on": c.dna_sample_on, "paternity_established_on":
        c.paternity_established_on, "support_ordered_on": c.support_ordered_on,
        "support_paid_on": c.support_paid_on} for c in sea.claims]
    record["informed"] = [{"on": i.informed_on, "about": i.about} for i in sea.informed]
    record["assistance"] = [{
        "type": a.assistance_type, "child": numbers.get(a.child_id or ""),
        "provided_on": a.provided_on, "until_on": a.until_on,
        "provider": providers.get(a.provider_id or ""),
        "provided_by": staff.get(a.provided_by_id or "")} for a in sea.assistance]
    return record


def counted_files(session: Session, scope: RowScope) -> tuple[dict[str, int], int]:
    """For the SEA victims only counted (statistics consent, no consent to inform the UN):
    how many by the investigation status of their first incident's file (``not_recorded``
    when none), and how many children born of SEA in all. Nothing else of them is read."""
    first = (select(Incident.id).where(Incident.case_id == Case.id)
             .order_by(Incident.created_at).limit(1).scalar_subquery())
    status = (select(SeaFile.investigation_status).where(SeaFile.incident_id == first)
              .scalar_subquery())
    children = (select(func.count(SeaChild.id)).join(SeaFile, SeaChild.sea_file_id == SeaFile.id)
                .join(Incident, SeaFile.incident_id == Incident.id)
                .where(Incident.case_id == Case.id).scalar_subquery())
    query = (select(status, children).select_from(Case)
             .where(*export_rows._conditions(scope), consented(), ~export_rows.un_shared()))
    by_status: dict[str, int] = {}
    total_children = 0
    for code, count in session.execute(query):
        key = code or NOT_RECORDED
        by_status[key] = by_status.get(key, 0) + 1
        total_children += int(count or 0)
    return by_status, total_children
