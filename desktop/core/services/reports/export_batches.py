"""Row exports read in keyset batches of whole cases, so that memory stays bounded and no
query sorts or holds the whole export: each batch is the next ``BATCH`` rows or so after the
last case read, by interview date and case number (the export's order), cut before a case
that goes on past it; the consents and needs of a batch's cases are read in one query each.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Select, String, column, func, literal, select, text, tuple_
from sqlalchemy.orm import Session

from desktop.core.services.reports.export_rows import (
    LISTED,
    RowScope,
    export_tables,
    row_conditions,
)
from desktop.core.store.models import AssessmentNeed, Case, Consent, Incident

BATCH = 5000  # rows read per query: memory stays bounded whatever the number of cases


def records(session: Session, scope: RowScope, wanted: dict[str, Any],
            batch: int | None = None) -> Iterator[dict[str, Any]]:
    """Stream one dict per row, keyed like ``wanted``, by interview date, case number and
    incident: read in keyset batches of about ``batch`` rows (default ``BATCH``), each batch
    whole cases (the cases after the last one read, by interview date and case number)."""
    keys = list(wanted)
    for rows in _batches(session, scope, wanted, batch or BATCH):
        for r in rows:
            yield dict(zip(keys, r[:len(keys)], strict=True))


def ordered_query(scope: RowScope, values: Sequence[Any]) -> Select[Any]:
    """The export's rows in its order (interview date, case number, incident): ``values``,
    then the case's interview date, number and id."""
    query = export_tables(select(*(v.label(f"c{i}") for i, v in enumerate(values)),
                         Case.date_of_interview.label("k_day"),
                         Case.case_number.label("k_number"), Case.id.label("k_id")))
    return query.where(*row_conditions(scope)).order_by(Case.date_of_interview, Case.case_number,
                                                     Incident.created_at)


def _batches(session: Session, scope: RowScope, wanted: dict[str, Any], batch: int
             ) -> Iterator[Sequence[Any]]:
    """The rows of ``records`` a batch at a time, as tuples: the values of ``wanted``, then the
    case's interview date, number and id."""
    width = len(wanted)
    query = ordered_query(scope, list(wanted.values()))
    after: tuple[Any, Any] | None = None
    while True:
        page = query if after is None else query.where(
            Case.date_of_interview >= after[0],  # the index range; the pair is exact
            tuple_(Case.date_of_interview, Case.case_number) > tuple_(*after))
        rows = session.execute(page.limit(batch)).all()
        full = len(rows) >= batch
        if full:  # the last case may go on past the batch: it starts the next one
            last = tuple(rows[-1][width:width + 2])
            kept = [r for r in rows if tuple(r[width:width + 2]) != last]
            rows = kept or session.execute(query.where(  # one case longer than a batch
                Case.date_of_interview == last[0], Case.case_number == last[1])).all()
        if rows:
            after = tuple(rows[-1][width:width + 2])  # type: ignore[assignment]
            yield rows
        if not full:
            return


def case_records(session: Session, scope: RowScope, wanted: dict[str, Any],
                 batch: int | None = None) -> Iterator[dict[str, Any]]:
    """``records`` of ``case_expressions``: the consents and needs of each batch's cases read
    in one query each (by case id) instead of one subquery per row."""
    plain = {k: v for k, v in wanted.items() if k not in LISTED}
    keys = list(plain)
    width = len(keys)
    listed = [k for k in LISTED if k in wanted]
    for rows in _batches(session, scope, plain, batch or BATCH):
        ids = sorted({r[width + 2] for r in rows})
        found = {k: per_case(session, k, ids) for k in listed}
        for r in rows:
            record = dict(zip(keys, r[:width], strict=True))
            for k in listed:
                record[k] = found[k].get(r[width + 2], [])
            yield record


def per_case(session: Session, key: str, ids: list[str]) -> dict[str, list[str]]:
    """What ``_consents``, ``_needs`` or ``_need_notes`` give for each case of ``ids``."""
    chosen = text("SELECT value FROM json_each(:case_ids)").bindparams(
        case_ids=json.dumps(ids)).columns(column("value", String))
    query: Any
    if key == "_consents":
        query = select(Consent.case_id, Consent.scope).where(
            Consent.case_id.in_(chosen), Consent.given.is_(True), Consent.withdrawn_on.is_(None))
    elif key == "_needs":
        query = select(AssessmentNeed.case_id, AssessmentNeed.need).where(
            AssessmentNeed.case_id.in_(chosen))
    else:
        query = select(AssessmentNeed.case_id, AssessmentNeed.need + literal("=")
                       + func.coalesce(AssessmentNeed.note, "")).where(
            AssessmentNeed.case_id.in_(chosen))
    out: dict[str, list[str]] = {}
    result = session.connection().execute(query)
    try:  # plain strings, read from the DBAPI cursor: nothing to convert
        for case_id, value in result.cursor.fetchall():
            if value:
                out.setdefault(case_id, []).append(value)
    finally:
        result.close()
    return out
