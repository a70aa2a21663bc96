"""Conditional fields: asked only when an earlier answer calls for them, and then neither
checked nor saved while that answer does not."""

from __future__ import annotations

from typing import Any

from desktop.core.catalogue import conditions
from desktop.core.services.cases import intake
from tests.helpers.intake_data import sample_intake


def test_a_note_is_asked_only_after_its_answer() -> None:
    data: dict[str, Any] = {"incident.reported_elsewhere": "no"}
    assert not conditions.is_shown("incident.reported_where", data)
    data["incident.reported_elsewhere"] = "gbvims_org"
    assert conditions.is_shown("incident.reported_where", data)
    assert not conditions.is_shown("assessment.need_legal_note", {})
    assert conditions.is_shown("assessment.need_legal_note", {"assessment.need_legal": True})
    assert not conditions.is_shown("assessment.need_legal_note",
                                   {"assessment.need_legal": 1})  # a yes is a bool, not 1
    assert conditions.is_shown("survivor.name", {})  # unconditional fields always are


def test_hidden_details_are_not_validated() -> None:
    # A mandatory report not made: its details are not asked, even half-typed.
    data = sample_intake(**{"incident.mandatory_report_made": False,
                            "incident.mandatory_report_to": "not-a-code"})
    assert intake.validate(data, lang="en") == {}
    data["incident.mandatory_report_made"] = True
    assert set(intake.validate(data, lang="en")) == {
        "incident.mandatory_report_to", "incident.mandatory_report_on",
        "incident.mandatory_report_informed"}


def test_hidden_fields_are_not_saved(caseworker: Any) -> None:
    case_id = intake.open_case(caseworker, sample_intake(**{
        "incident.reported_elsewhere": "no",
        "incident.reported_where": "Typed before she said no",
        "assessment.need_legal": False, "assessment.need_legal_note": "Typed, then unticked"}))
    saved = intake.load_intake(caseworker, case_id)
    assert saved["incident.reported_where"] is None
    assert saved.get("assessment.need_legal_note") in (None, "")
    assert saved["assessment.need_medical_note"] == "Note fictive"  # ticked: kept

    edited = dict(saved, **{"survivor.safe_to_call": "no",
                            "survivor.safe_call_times": "Mornings"})
    intake.update_case(caseworker, case_id, edited)
    assert intake.load_intake(caseworker, case_id)["survivor.safe_call_times"] is None


def test_the_caregiver_is_asked_about_for_a_child_only() -> None:
    adult = sample_intake(**{"survivor.caregiver_name": "Typed by mistake"})
    assert not conditions.is_shown("survivor.caregiver_name", adult)
    assert intake.validate(adult, lang="en") == {}
    assert conditions.is_shown("survivor.caregiver_name", {})  # age not known yet: asked
    child = sample_intake(**{"survivor.date_of_birth": None, "survivor.estimated_age": 12})
    assert conditions.is_shown("survivor.caregiver_informed", child)
    assert "survivor.caregiver_name" in intake.validate(child, lang="en")  # asked: required
