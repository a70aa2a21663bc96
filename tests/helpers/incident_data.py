"""A returning survivor's new incident, in the format ``incidents.add_incident`` takes."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from desktop.core.services.cases.incidents import INTERVIEW


def new_incident(told: date | None = None, **changes: Any) -> dict[str, Any]:
    """A physical assault by a family member, told on ``told`` (default: today), its date
    estimated; a mandatory report made to the police, she informed first."""
    told = told or date.today()
    data: dict[str, Any] = {
        INTERVIEW: told,
        "incident.date": told - timedelta(days=1),
        "incident.date_precision": "estimated",
        "incident.reported_by": "third_party",
        "incident.time_of_day": "morning",
        "incident.location_type": "survivor_home",
        "incident.region": "mopti",
        "incident.cercle": "mopti.bandiagara",
        "incident.account": "Second récit fictif.",
        "incident.gbv_type": "physical_assault",
        "incident.classification_answers": [False, False, True],
        "incident.goods_exchanged": False,
        "incident.wants_legal_action": "yes",
        "incident.mandatory_report_made": True,
        "incident.mandatory_report_to": "police",
        "incident.mandatory_report_on": told,
        "incident.mandatory_report_informed": True,
        "perpetrators": [{"is_primary": True, "sex": "male", "age_group": "41_60",
                          "relationship": "family"}],
    }
    data.update(changes)
    return data
