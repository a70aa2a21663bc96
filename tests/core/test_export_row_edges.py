"""Row exports at their edges, on a few cases written through the ORM: a case recorded without
an incident, a needs note holding "=", the scope an export gets when it says only its period,
and the column lists and scopes every export shares, which none of them may change.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import select

from desktop.core.exports import case_rows
from desktop.core.services.reports import export_build, stats_queries
from desktop.core.services.reports.export_rows import RowScope
from desktop.core.store.models import AssessmentNeed, Case, Consent, Incident, Staff, Survivor
from desktop.core.store.vault import Vault

DAY = date(2026, 4, 9)
PERIOD = (date(2026, 4, 1), date(2026, 4, 30))


def _case(vault: Vault, n: int, *, incident: bool = True, consent: bool = True,
          sea: bool = False, note: str | None = None) -> str:
    """One case interviewed on ``DAY``; returns its number."""
    with vault.session() as session:
        worker, site = session.execute(
            select(Staff.id, Staff.site_id).where(Staff.username == "awa")).one()
        case = Case(case_number=f"EDG-{n:04d}", created_by_id=worker, caseworker_id=worker,
                    status="open", step=2, date_of_interview=DAY, sea=sea, site_id=site,
                    opened_at=datetime.combine(DAY, time(9), tzinfo=UTC),
                    survivor=Survivor(survivor_code=f"VE-{n:04d}", name=f"Qxedge {n}",
                                      sex="female", site_id=site))
        if incident:
            case.incidents.append(Incident(gbv_type="rape", site_id=site))
        case.consents.append(Consent(scope="statistics", given=consent, given_by="survivor",
                                     given_on=DAY, recorded_by_id=worker, site_id=site))
        if note is not None:
            case.needs.append(AssessmentNeed(need="medical", note=note, site_id=site))
        session.add(case)
        return case.case_number


def _case_rows(vault: Vault, scope: RowScope, *, identifying: bool = False
               ) -> list[dict[str, str]]:
    """The case sheet's rows, each as column key → its cell (the label, for a coded one)."""
    with vault.reader() as session:
        stats_queries.prepare(session)
        sheet = export_build.case_sheet(session, scope, identifying=identifying, lang="en")
        rows = list(sheet.rows)
        stats_queries.release(session)
    labels = {c.key: c.label for c in case_rows.columns(identifying=identifying, lang="en")}
    at = {key: sheet.header.index(label) for key, label in labels.items()
          if label in sheet.header}
    return [{key: row[i] for key, i in at.items()} for row in rows]


def test_a_case_without_incident_is_numbered_by_its_case_number_in_the_recorder(
        admin: Vault) -> None:
    lone = _case(admin, 1, incident=False)
    told = _case(admin, 2)
    with admin.reader() as session:
        data, _menu = export_build.ir_sheets(session, RowScope(*PERIOD))
        ids = sorted(str(r[0]) for r in data.rows)
    assert ids == [lone, told]


def test_a_needs_note_holding_an_equals_sign_is_exported_whole(admin: Vault) -> None:
    note = "Dose=2 cp/jour; RDV=lundi"
    number = _case(admin, 1, note=note)
    rows = _case_rows(admin, RowScope(*PERIOD, consented_only=False), identifying=True)
    assert [(r["registration.case_number"], r["assessment.need_medical"],
             r["assessment.need_medical_note"]) for r in rows] == [(number, "Yes", note)]


def test_a_scope_given_only_its_period_exports_the_consented_cases_of_every_kind(
        admin: Vault) -> None:
    """The safe default: what nobody asked to widen stays the consented cases (GBV and SEA)."""
    plain = _case(admin, 1)
    sea = _case(admin, 2, sea=True)
    _case(admin, 3, consent=False)
    rows = _case_rows(admin, RowScope(*PERIOD))
    assert sorted(r["registration.case_number"] for r in rows) == [plain, sea]


def test_the_column_lists_and_scopes_every_export_shares_cannot_be_changed() -> None:
    column = case_rows.columns(identifying=False, lang="en")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        column.table = "survivors"  # type: ignore[misc]
    scope = RowScope(*PERIOD)
    with pytest.raises(dataclasses.FrozenInstanceError):
        scope.consented_only = False  # type: ignore[misc]
