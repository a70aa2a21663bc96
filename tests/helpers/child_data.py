"""Intakes of child survivors for the consent tests (age bands, a caregiver who is an alleged
perpetrator, another trusted adult's consent)."""

from __future__ import annotations

from typing import Any

from tests.helpers.intake_data import sample_intake

NOTE = "La tante de l'enfant l'accompagne ; le père est l'auteur présumé."


def child(age: int, **changes: Any) -> dict[str, Any]:
    """A child survivor's intake (caregiver's consent unless ``changes`` say otherwise)."""
    data = sample_intake(**{
        "survivor.date_of_birth": None, "survivor.estimated_age": age,
        "survivor.caregiver_name": "Tutrice Fictive", "survivor.caregiver_relationship": "mother",
        "survivor.caregiver_informed": True, "consent.given_by": "caregiver",
        "sea.un_consent_given_by": "caregiver"})
    data.update(changes)
    return data


def perpetrator_caregiver(age: int = 9, **changes: Any) -> dict[str, Any]:
    """A child whose alleged perpetrator is her primary caregiver."""
    data = child(age, **changes)
    data["perpetrators"] = [{"is_primary": True, "sex": "male", "age_group": "41_60",
                             "relationship": "caregiver", "name": None}]
    for key in ("sea.un_consent", "sea.un_consent_given_on", "sea.un_consent_given_by"):
        data.pop(key)
    return data


def with_trusted_adult(data: dict[str, Any]) -> dict[str, Any]:
    """Consent by another trusted adult, with the reason and the best-interest note."""
    return {**data, "consent.given_by": "trusted_adult", "consent.child_assent": True,
            "consent.caregiver_unsuitable": "perpetrator", "consent.best_interest_note": NOTE,
            "survivor.caregiver_name": None, "survivor.caregiver_informed": None}
