"""The Incident Recorder workbook as Excel reads it: real dates in the Recorder's display, numbers
as numbers, the coded answers (legal action, perpetrator occupation), a complete Menu Data."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl

from desktop.core.catalogue import reference
from desktop.core.services.cases import intake
from desktop.core.services.reports import exports
from desktop.core.services.reports.exports import ExportRequest
from desktop.core.services.reports.report_period import Period
from desktop.core.store.vault import Vault
from tests.helpers.intake_data import sample_intake
from tests.helpers.report_data import SECRET, Perp, Spec, add_case

QUARTER = Period.quarter(2026, 1)


def _export(vault: Vault, tmp_path: Path) -> openpyxl.Workbook:
    request = ExportRequest("incident-recorder", "xlsx", QUARTER, lang="fr")
    target = tmp_path / exports.suggested_name(request)
    exports.export(vault, request, target, today=date(2026, 4, 20))
    return openpyxl.load_workbook(target)


def _rows(book: openpyxl.Workbook) -> list[dict[str, object]]:
    rows = list(book["Incident Data"].iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def test_dates_are_excel_dates_and_counts_numbers(supervisor: Vault, tmp_path: Path) -> None:
    with supervisor.session() as s:
        add_case(s, Spec(date(2026, 3, 5), birth=date(1990, 7, 14), incident=date(2026, 3, 2),
                         perps=[Perp(), Perp("male", "18_25", "family")]))
    book = _export(supervisor, tmp_path)
    row = _rows(book)[0]
    assert row["DATE OF INTERVIEW"] == datetime(2026, 3, 5)
    assert row["DATE OF INCIDENT"] == datetime(2026, 3, 2)
    assert row["DATE OF BIRTH"] == datetime(1991, 1, 1)  # the estimate for 35, not her birthday
    assert row["No. ALLEGED PRIMARY PERPETRATOR(S)"] == 2
    sheet = book["Incident Data"]
    header = [c.value for c in sheet[1]]
    for name in ("DATE OF INTERVIEW", "DATE OF INCIDENT", "DATE OF BIRTH"):
        cell = sheet.cell(row=2, column=header.index(name) + 1)
        assert cell.is_date and cell.number_format == "dd-mmm-yyyy"
    count = sheet.cell(row=2, column=header.index("No. ALLEGED PRIMARY PERPETRATOR(S)") + 1)
    assert count.data_type == "n"


def test_unknown_dates_stay_empty(supervisor: Vault, tmp_path: Path) -> None:
    with supervisor.session() as s:
        add_case(s, Spec(date(2026, 3, 5), birth=None, age=None, incident=None))
    row = _rows(_export(supervisor, tmp_path))[0]
    assert row["DATE OF INCIDENT"] is None and row["DATE OF BIRTH"] is None
    assert row["DATE OF INTERVIEW"] == datetime(2026, 3, 5)


def test_legal_action_and_coded_occupation(supervisor: Vault, tmp_path: Path) -> None:
    with supervisor.session() as s:
        add_case(s, Spec(date(2026, 3, 5), legal_action="undecided",
                         perps=[Perp(occupation_code="military")]))
        add_case(s, Spec(date(2026, 3, 6), legal_action="yes"))
        add_case(s, Spec(date(2026, 3, 7)))
    rows = _rows(_export(supervisor, tmp_path))
    assert [r["WANTS LEGAL ACTION?"] for r in rows] == [
        "Undecided at time of report", "Yes", None]
    assert [r["ALLEGED PERPETRATOR OCCUPATION"] for r in rows] == [
        "Armed Forces / Armed Group", None, None]
    # The typed occupation ("Job <secret>") never reaches the Recorder.
    assert all(SECRET.lower() not in str(v).lower() for r in rows for v in r.values())


def test_menu_data_lists_every_district_used(supervisor: Vault, tmp_path: Path) -> None:
    cercles = reference.codes("cercles")
    regions = {c: reference.region_of_cercle(c) for c in cercles}
    assert len(cercles) > 50  # more than the 50 rows the menu used to stop at
    with supervisor.session() as s:
        for i, cercle in enumerate(cercles):
            add_case(s, Spec(date(2026, 1, 1 + i % 28), region=regions[cercle], cercle=cercle))
    book = _export(supervisor, tmp_path)
    used = {(r["INCIDENT COUNTY"], r["INCIDENT DISTRICT"]) for r in _rows(book)}
    menu = list(book["Menu Data"].iter_rows(values_only=True))
    column = {name: {r[i] for r in menu[1:] if r[i]} for i, name in enumerate(menu[0])}
    assert len(used) == len(cercles)
    assert {d for _, d in used} <= column["INCIDENT DISTRICT"]
    assert {c for c, _ in used} <= column["INCIDENT COUNTY"]
    assert len(column["INCIDENT DISTRICT"]) == len({d for _, d in used})


def test_intake_question_reaches_the_recorder(supervisor: Vault, tmp_path: Path) -> None:
    data = sample_intake(**{
        "registration.date_of_interview": date(2026, 3, 10),
        "registration.date_of_report": date(2026, 3, 10), "incident.date": date(2026, 3, 8),
        "consent.given_on": date(2026, 3, 10), "sea.reported_to_un_on": date(2026, 3, 10),
        "sea.un_consent_given_on": date(2026, 3, 10), "incident.wants_legal_action": "no"})
    case_id = intake.open_case(supervisor, data)
    back = intake.load_intake(supervisor, case_id)
    assert back["incident.wants_legal_action"] == "no"
    assert back["perpetrators"][0]["occupation_code"] == "driver"
    assert back["perpetrators"][0]["occupation"] == "Chauffeur"  # the typed words are kept
    row = _rows(_export(supervisor, tmp_path))[0]
    assert row["WANTS LEGAL ACTION?"] == "No"
    assert row["ALLEGED PERPETRATOR OCCUPATION"] == "Driver / Transporter"
