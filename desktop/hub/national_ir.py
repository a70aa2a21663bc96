"""The combined Incident Recorder workbook: every site's consented incidents at the hub, written
by the site's own Incident Recorder code (``core.exports.incident_recorder``: its columns, menus
and values; the streamed XLSX writer).

Each row is an incident told in the period (its own interview; a case without incident by the
case's). Differences from a site's file, all from what the hub holds: the INCIDENT ID is the
site's name, the survivor code and the incident's rank (``MOPTI-S-0042-2``: case numbers stay on
the site), the CASE MANAGER CODE is empty (staff never go up), the REPORTING AGENCY CODE is the
site's name at the hub, and the assessed needs do not travel, so a service nobody was referred
to reads "N/A" rather than "declined".
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from desktop.core.exports import incident_recorder
from desktop.core.exports.files import Ticker
from desktop.core.exports.xlsx_stream import write_xlsx_stream
from desktop.core.services.reports.export_rows import split
from desktop.core.services.reports.report_period import Period
from desktop.hub import db
from desktop.hub.models import RECORD_TABLES

C = RECORD_TABLES["cases"]
INC = RECORD_TABLES["incidents"]
PERP = RECORD_TABLES["perpetrators"]
REF = RECORD_TABLES["referrals"]
GIVEN = RECORD_TABLES["services_given"]
CONSENT = RECORD_TABLES["consents"]
CASE_FIELDS = ("sex", "ethnicity", "nationality", "marital_status", "displacement_status",
               "disability", "unaccompanied_child")
INCIDENT_FIELDS = ("incident_date", "survivor_age", "displacement_at_incident", "time_of_day",
                   "location_type", "region", "cercle", "gbv_type", "harmful_practice",
                   "goods_exchanged", "abduction", "reported_elsewhere", "previous_incidents",
                   "wants_legal_action")


def _cases(session: Session, period: Period, sites: Sequence[str] | None) -> list[Any]:
    told = func.coalesce(INC.c.date_of_interview, C.c.date_of_interview)
    query = (select(C, *(INC.c[f].label(f"i_{f}") for f in INCIDENT_FIELDS),
                    INC.c.id.label("incident_key"),
                    INC.c.date_of_interview.label("i_interview"))
             .select_from(C)
             .outerjoin(INC, and_(INC.c.site == C.c.site, INC.c.case_id == C.c.id))
             .where(told >= period.start, told <= period.end, C.c.stats_consent.is_(True))
             .order_by(C.c.date_of_interview, C.c.site, C.c.survivor_code,
                       INC.c.date_of_interview, INC.c.incident_date))
    if sites:
        query = query.where(C.c.site.in_(sites))
    return list(session.execute(query))


def _by_case(session: Session, table: Any, *columns: Any, where: Any = None
             ) -> dict[tuple[str, str], list[tuple[Any, ...]]]:
    query = select(table.c.site, table.c.case_id, *columns)
    if where is not None:
        query = query.where(where)
    found: dict[tuple[str, str], list[tuple[Any, ...]]] = defaultdict(list)
    for site, case_id, *values in session.execute(query):
        found[(site, case_id)].append(tuple(values))
    return found


def _ranks(session: Session, keys: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """Each incident's rank in its case (1 for the oldest told), whatever the period."""
    rank = func.row_number().over(partition_by=(INC.c.site, INC.c.case_id),
                                  order_by=(INC.c.date_of_interview, INC.c.incident_date,
                                            INC.c.id))
    rows = session.execute(select(INC.c.site, INC.c.id, rank))
    return {(site, key): int(n) for site, key, n in rows if (site, key) in keys}


def records(session: Session, period: Period, sites: Sequence[str] | None,
            today: date) -> list[dict[str, Any]]:
    """One record per row, keyed as ``incident_recorder.incident_row`` reads them."""
    rows = _cases(session, period, sites)
    perps = _by_case(session, PERP, PERP.c.incident_id, PERP.c.position, PERP.c.sex,
                     PERP.c.previous_incident_with, PERP.c.age_group, PERP.c.relationship_code,
                     PERP.c.occupation_code, where=PERP.c.is_primary.is_(True))
    refs = _by_case(session, REF, REF.c.service_type, REF.c.status, REF.c.due_on,
                    where=REF.c.status != "draft")
    given = _by_case(session, GIVEN, GIVEN.c.incident_id, GIVEN.c.service_type)
    releases = _by_case(session, CONSENT, CONSENT.c.scope, where=and_(
        CONSENT.c.given.is_(True), CONSENT.c.withdrawn_on.is_(None)))
    ranks = _ranks(session, {(r.site, r.incident_key) for r in rows if r.incident_key})
    out = []
    for row in rows:
        key = (row.site, row.id)
        primary = sorted((p for p in perps.get(key, []) if p[0] == row.incident_key),
                         key=lambda p: p[1])
        first = primary[0] if primary else (None,) * 7
        rank = ranks.get((row.site, row.incident_key), 1)
        number = f"{row.site}-{row.survivor_code}"
        record: dict[str, Any] = {
            "incident_id": number if rank <= 1 else f"{number}-{rank}",
            "survivor_code": row.survivor_code, "caseworker_code": "",
            "agency_code": row.site, "date_of_interview": row.date_of_interview,
            **{f: getattr(row, f) for f in CASE_FIELDS},
            **{f: getattr(row, f"i_{f}") for f in INCIDENT_FIELDS},
            "primary_count": len(primary), "p_sex": first[2], "p_previous": first[3],
            "p_age_group": first[4], "p_relationship": first[5], "p_occupation": first[6],
            "referred_by": split(row.referred_by), "needs": [],
            "releases": {s.split(":", 1)[1] for (s,) in releases.get(key, [])
                         if s.startswith("release:")},
            "referrals": [(service, "no_response" if state == "sent" and due is not None
                           and due < today else state) for service, state, due in
                          refs.get(key, [])],
            "in_house": {service for incident, service in given.get(key, [])
                         if incident == row.incident_key},
        }
        out.append(record)
    return out


def workbook(url: str, period: Period, sites: Sequence[str] | None,
             today: date | None = None) -> tuple[bytes, str]:
    """The workbook's bytes and its file name (``relais-incident-recorder-national-….xlsx``);
    an unknown site name is refused in one line."""
    from desktop.hub.report_queries import known_sites

    sites = known_sites(url, sites)
    with db.session(url) as session:
        found = records(session, period, sites, today or date.today())
    sheets = incident_recorder.sheets(_iter(found), len(found))
    buffer = io.BytesIO()
    write_xlsx_stream(buffer, list(sheets), Ticker(len(found), None, None))
    return buffer.getvalue(), f"relais-incident-recorder-national-{period.slug()}.xlsx"


def _iter(found: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    yield from found
