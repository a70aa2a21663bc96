"""A complete, valid intake for tests (every catalogue field filled)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from desktop.core.catalogue import fields, reference


def sample_intake(name: str = "Fictive Survivante", **changes: Any) -> dict[str, Any]:
    """A valid adult intake; ``changes`` override keys (use ``None`` to blank one)."""
    today = date.today()
    interview = today - timedelta(days=2)
    data: dict[str, Any] = {
        "registration.date_of_interview": interview,
        "registration.date_of_report": interview,
        "registration.referred_by": ["health", "community_leader"],
        "survivor.name": name,
        "survivor.phone": "+223 70 00 00 00",
        "survivor.address": "Quartier fictif, Sévaré",
        "survivor.date_of_birth": date(interview.year - 24, 1, 15),
        "survivor.estimated_age": None,
        "survivor.sex": "female",
        "survivor.nationality": "mali",
        "survivor.ethnicity": "peul",
        "survivor.marital_status": "married",
        "survivor.dependents": 2,
        "survivor.occupation": "Commerçante",
        "survivor.displacement_status": "idp",
        "survivor.disability": "none",
        "survivor.unaccompanied_child": False,
        "survivor.caregiver_name": None,
        "survivor.caregiver_phone": None,
        "survivor.caregiver_relationship": None,
        "survivor.caregiver_informed": None,
        "incident.date": interview - timedelta(days=3),
        "incident.time_of_day": "evening_night",
        "incident.location_type": "field_bush",
        "incident.region": "mopti",
        "incident.cercle": "mopti.bandiagara",
        "incident.commune": "Commune fictive",
        "incident.displacement_at_incident": "during_refuge",
        "incident.account": "Récit fictif de l'incident.",
        "incident.gbv_type": "rape",
        "incident.classification_answers": [True],
        "incident.harmful_practice": "none",
        "incident.goods_exchanged": True,
        "incident.abduction": "none",
        "incident.reported_elsewhere": "gbvims_org",
        "incident.reported_where": "Centre de santé fictif",
        "incident.previous_incidents": False,
        "incident.wants_legal_action": "undecided",
        "incident.date_precision": "exact",
        "incident.reported_by": "survivor",
        "incident.mandatory_report_made": False,
        "incident.mandatory_report_to": None,
        "incident.mandatory_report_on": None,
        "incident.mandatory_report_informed": None,
        "sea.reported_to_un_on": interview,
        "sea.un_consent": True,
        "sea.un_consent_given_on": interview,
        "sea.un_consent_given_by": "survivor",
        "sea.paternity_claim": False,
        "consent.services": True,
        "consent.statistics": True,
        "consent.given_by": "survivor",
        "consent.given_on": interview,
        "assessment.safety_risk": "high",
        "perpetrators": [
            {"is_primary": True, "sex": "male", "age_group": "26_40",
             "relationship": "un_humanitarian", "occupation": "Chauffeur",
             "occupation_code": "driver",
             "nationality": "other", "name": None, "previous_incident_with": False,
             "sea_affiliation": "un_military", "sea_entity": "Contingent fictif"},
            {"is_primary": False, "sex": "male", "age_group": "18_25",
             "relationship": "stranger", "occupation": None, "occupation_code": None,
             "nationality": "mali",
             "name": None, "previous_incident_with": None, "sea_affiliation": None,
             "sea_entity": None},
        ],
    }
    for code in reference.codes("service_types"):
        data[fields.release_key(code)] = code in ("health", "psychosocial")
    for code in reference.codes("needs"):
        checked, note = fields.need_keys(code)
        data[checked] = code in ("medical", "psychosocial")
        data[note] = "Note fictive" if code == "medical" else None
    data.update(changes)
    return data
