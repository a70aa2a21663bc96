"""A case's pseudonymous snapshot, as it goes up: the rows of ``records.KINDS`` for the cases
named, read in a few queries per batch; cases without the statistics consent (or gone) go as
removals."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop.core.services.accounts import settings
from desktop.core.services.sync import records
from desktop.core.store import models as m

# How each kind reaches its case: (the case id's column, the joins from the kind's table).
_INCIDENT_CASE = (m.Incident.case_id, ((m.Incident, "incident_id"),))
_SEA_CASE = (m.Incident.case_id, ((m.SeaFile, "sea_file_id"), (m.Incident, None)))
CASE_PATH: dict[str, tuple[Any, tuple[tuple[Any, str | None], ...]]] = {
    "perpetrators": _INCIDENT_CASE,
    "sea_files": _INCIDENT_CASE,
    "sea_children": _SEA_CASE,
    "sea_claims": _SEA_CASE,
    "sea_informed": _SEA_CASE,
    "sea_assistance": _SEA_CASE,
    "referral_status_changes": (m.Referral.case_id, ((m.Referral, "referral_id"),)),
}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _age(born: date | None, estimated: int | None, on: date | None) -> int | None:
    """Whole years from birth to ``on`` (the statistics' rule); the estimated age otherwise."""
    if born is not None and on is not None:
        return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return estimated


def _query(kind: records.RecordKind, case_ids: Sequence[str]) -> Select[Any]:
    table = kind.model.__table__  # type: ignore[attr-defined]
    columns = [table.c.id]
    if kind.name in CASE_PATH:
        case_col, joins = CASE_PATH[kind.name]
        columns.append(case_col.label("case_id"))
    columns += [table.c[name] for name in kind.columns]
    query = select(*columns)
    if kind.name in CASE_PATH:
        left = table
        for model, fk in joins:
            target = model.__table__
            if fk is not None:
                query = query.join(target, target.c.id == left.c[fk])
            else:  # sea_files → incidents
                query = query.join(target, target.c.id == m.SeaFile.__table__.c.incident_id)
            left = target
        return query.where(case_col.in_(case_ids))
    return query.where(table.c.case_id.in_(case_ids))


def build(session: Session, case_ids: Sequence[str]) -> dict[str, Any]:
    """The payload for ``case_ids``: their records if consented, else their removal."""
    share_ethnicity = bool(settings.get_in_session(session, settings.SHARE_ETHNICITY))
    survivor = m.Survivor.__table__.c
    case_table = m.Case.__table__.c
    rows: dict[str, list[list[Any]]] = {kind.name: [] for kind in records.KINDS}
    births: dict[str, tuple[date | None, int | None]] = {}
    consented: list[str] = []
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start:start + 500]
        query = (select(case_table.id, *(case_table[n] for n in records.CASE.columns),
                        survivor.survivor_code, survivor.date_of_birth, survivor.estimated_age,
                        *(survivor[n] for n in records.SURVIVOR_FACTS),
                        survivor.caregiver_informed)
                 .join(m.Survivor.__table__, survivor.id == case_table.survivor_id)
                 .where(case_table.id.in_(chunk), case_table.stats_consent.is_(True)))
        for row in session.execute(query).mappings():
            born, estimated = row["date_of_birth"], row["estimated_age"]
            births[row["id"]] = (born, estimated)
            facts = {n: row[n] for n in records.SURVIVOR_FACTS}
            if not share_ethnicity:
                facts[records.ETHNICITY] = None
            values = [row["id"], *(row[n] for n in records.CASE.columns), row["survivor_code"],
                      _age(born, estimated, row["date_of_interview"]),
                      *(facts[n] for n in records.SURVIVOR_FACTS), row["caregiver_informed"]]
            rows["cases"].append([_plain(v) for v in values])
            consented.append(row["id"])
    for kind in records.KINDS[1:]:
        for start in range(0, len(consented), 500):
            chunk = consented[start:start + 500]
            for found in session.execute(_query(kind, chunk)).all():
                values = list(found)
                if kind is records.INCIDENT:
                    born, estimated = births[found.case_id]
                    values.append(_age(born, estimated, found.incident_date or
                                       found.date_of_interview))
                rows[kind.name].append([_plain(v) for v in values])
    gone = sorted(set(case_ids) - set(consented))
    return {"records": {kind.name: {"columns": wire_columns(kind), "rows": rows[kind.name]}
                        for kind in records.KINDS},
            "removed": gone}


def wire_columns(kind: records.RecordKind) -> list[str]:
    """The columns of ``kind`` as they travel: ``id``, the case's id, the allow-list, then the
    values computed on the site (the hub's ``values.wire_columns`` must say the same)."""
    own_case = "case_id" in kind.columns or kind is records.CASE
    return ["id", *([] if own_case else ["case_id"]), *kind.columns,
            *(name for name, _column in kind.extra)]
