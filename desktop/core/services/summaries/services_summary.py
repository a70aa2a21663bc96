"""The case summary's services given in house (feature package: summaries, beside
case_summary): each service with its type, day, who gave it, the incident it answers and its
note. The note is free text and identifying; it is printed here (the summary is the case file)
and nowhere else — not in the PDF's metadata nor its file name."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.documents import case_summary as doc
from desktop.core.services.reports import report_labels as labels
from desktop.core.services.summaries.wording import day as _day
from desktop.core.services.summaries.wording import t as _t
from desktop.core.store.models import Case, Incident, ServiceGiven, Staff


def incident_name(number: int, incident: Incident, lang: str) -> str:
    """``2 — Physical assault`` (the incident's number in the case, then its type)."""
    kind = labels.label("gbv_types", incident.gbv_type, lang) if incident.gbv_type else ""
    return f"{number} — {kind}" if kind else str(number)


def services_given(session: Session, case: Case, lang: str) -> doc.Grid:
    """The services the centre gave her itself, oldest first."""
    incidents = {i.id: incident_name(n, i, lang) for n, i in enumerate(case.incidents, 1)}
    query = (select(ServiceGiven, Staff.full_name, Staff.username)
             .join(Staff, ServiceGiven.provider_id == Staff.id)
             .where(ServiceGiven.case_id == case.id)
             .order_by(ServiceGiven.given_on, ServiceGiven.created_at))
    rows = [[labels.label("service_types", s.service_type, lang), _day(s.given_on),
             name or user, incidents.get(s.incident_id or "", ""), s.note or ""]
            for s, name, user in session.execute(query)]
    return doc.Grid(_t("Services given by the centre", lang), [_t(h, lang) for h in (
        "Service", "Date", "Provided by", "Incident", "Note")], rows,
        _t("No service given by the centre.", lang))
