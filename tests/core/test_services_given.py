"""Services the centre gives itself: recorded on the case (type, day, who, a note), checked,
removed when recorded by mistake, and listed in the victim-assistance file only with her
consent to inform the UN."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.errors import NotFound, ValidationError
from desktop.core.services.cases import incidents, intake
from desktop.core.services.casework import services_given
from desktop.core.services.reports import exports
from desktop.core.services.reports.exports import ExportRequest
from desktop.core.services.reports.report_period import Period
from desktop.core.store.models import AuditEvent, ServiceGiven
from desktop.core.store.vault import Vault
from tests.helpers.days import on
from tests.helpers.export_files import xlsx_rows
from tests.helpers.incident_data import new_incident
from tests.helpers.intake_data import sample_intake

NOTE = "Zzservicenote Kadiatou pansement"


def _me(vault: Vault) -> str:
    assert vault.actor is not None and vault.actor.staff_id is not None
    return vault.actor.staff_id


def test_providers_are_the_site_staff_who_work_on_cases(supervisor: Vault) -> None:
    names = [name for _, name in services_given.providers(supervisor)]
    assert "Sali Superviseure" in names and len(names) >= 2  # the case worker too


def test_recorded_services_are_listed_with_who_and_when(supervisor: Vault, today: date) -> None:
    case_id = intake.open_case(supervisor, sample_intake())
    services_given.record(supervisor, case_id, "health", today - timedelta(days=1),
                          _me(supervisor), f"  {NOTE}  ")
    services_given.record(supervisor, case_id, "psychosocial", today, _me(supervisor))
    listed = services_given.list_for_case(supervisor, case_id)
    assert [(s.service_type, s.given_on, s.note) for s in listed] == [
        ("health", today - timedelta(days=1), NOTE), ("psychosocial", today, None)]
    assert {s.provider for s in listed} == {"Sali Superviseure"}
    with supervisor.reader() as s:
        details = list(s.scalars(select(AuditEvent.details).where(
            AuditEvent.action == "service_given")))
    assert sorted(details) == ["health", "psychosocial"]  # the type, never the note


def test_a_service_belongs_to_the_incident_it_answers(supervisor: Vault, today: date) -> None:
    case_id = intake.open_case(supervisor, sample_intake())  # told two days ago
    services_given.record(supervisor, case_id, "health", today - timedelta(days=1),
                          _me(supervisor))
    incidents.add_incident(supervisor, case_id, new_incident())  # told today
    services_given.record(supervisor, case_id, "psychosocial", today, _me(supervisor))
    assert [(s.service_type, s.incident_number) for s in services_given.list_for_case(
        supervisor, case_id)] == [("health", 1), ("psychosocial", 2)]


@pytest.mark.parametrize(("kind", "day", "key"), [  # days from the day the test runs
    ("massage", timedelta(0), "service_type"),
    ("health", timedelta(days=1), "given_on"),
    ("health", timedelta(days=-30), "given_on"),  # before the case was opened
    ("health", None, "given_on"),
])
def test_bad_service_is_refused_and_nothing_saved(supervisor: Vault, kind: str,
                                                  day: timedelta | None, key: str,
                                                  today: date) -> None:
    case_id = intake.open_case(supervisor, sample_intake())
    with pytest.raises(ValidationError) as caught:
        services_given.record(supervisor, case_id, kind, on(day, today),
                              _me(supervisor))
    assert key in caught.value.errors
    assert services_given.list_for_case(supervisor, case_id) == []


def test_provider_must_be_active_staff_and_note_short(supervisor: Vault, today: date) -> None:
    case_id = intake.open_case(supervisor, sample_intake())
    for someone in ("no-such-person", ""):
        with pytest.raises(ValidationError) as caught:
            services_given.record(supervisor, case_id, "health", today, someone)
        assert "provider_id" in caught.value.errors
    with pytest.raises(ValidationError) as caught:
        services_given.record(supervisor, case_id, "health", today, _me(supervisor), "x" * 501)
    assert "note" in caught.value.errors
    assert services_given.list_for_case(supervisor, case_id) == []


def test_a_mistake_is_removed(supervisor: Vault, today: date) -> None:
    case_id = intake.open_case(supervisor, sample_intake())
    other = intake.open_case(supervisor, sample_intake())
    service = services_given.record(supervisor, case_id, "legal", today, _me(supervisor))
    with pytest.raises(NotFound):
        services_given.remove(supervisor, other, service)  # not this case's
    services_given.remove(supervisor, case_id, service)
    assert services_given.list_for_case(supervisor, case_id) == []
    with supervisor.reader() as s:
        assert s.scalar(select(ServiceGiven.id)) is None


def _victim_rows(vault: Vault, tmp_path: Path, today: date) -> list[list[object]]:
    request = ExportRequest("victim-assistance", "xlsx",
                            Period(today - timedelta(days=10), today), lang="en")
    target = tmp_path / exports.suggested_name(request)
    exports.export(vault, request, target, today=today)
    return xlsx_rows(target, 0)


def test_victim_assistance_lists_services_given_only_with_her_un_consent(
        supervisor: Vault, tmp_path: Path, today: date) -> None:
    shared = intake.open_case(supervisor, sample_intake())  # SEA, consents to inform the UN
    private = intake.open_case(supervisor, sample_intake(**{"sea.un_consent": False}))
    for case_id in (shared, private):
        services_given.record(supervisor, case_id, "health", today, _me(supervisor), NOTE)
    incidents.add_incident(supervisor, shared, new_incident())  # a second incident
    rows = _victim_rows(supervisor, tmp_path, today)
    header, body = rows[0], rows[1:]
    code = intake.load_intake(supervisor, shared)["registration.survivor_code"]
    hidden = intake.load_intake(supervisor, private)["registration.survivor_code"]
    given = [r for r in body if r[header.index("Recorded as")] == "Given in house"]
    assert [r[header.index("Provided from")] for r in given] == [today.isoformat()]
    assert [(r[0], r[header.index("Type of assistance (code)")]) for r in given] == [
        (code, "health")]  # once, though she has two incidents
    assert all(r[0] != hidden for r in body)
    assert not any(NOTE in str(cell) for r in rows for cell in r)
    summary = xlsx_rows(tmp_path / exports.suggested_name(ExportRequest(
        "victim-assistance", "xlsx", Period(today - timedelta(days=10), today), lang="en")),
        "Summary")
    assert any("given in house" in str(r[0]) for r in summary)
